#include "ModelEdits.h"

#include "DocumentEditor.h"
#include "YamlNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <functional>

namespace meshdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::ModelEdits", text);
}

using Target = ModelEdit::Target;

QString attributeName(Target t)
{
    switch (t) {
    case Target::Description:
        return QStringLiteral("description");
    case Target::Usage:
        return QStringLiteral("usage");
    case Target::Limitations:
        return QStringLiteral("limitations");
    case Target::Tags:
        return QStringLiteral("tags");
    case Target::Owner:
        return QStringLiteral("owner");
    case Target::Status:
        return QStringLiteral("status");
    case Target::Version:
        return QStringLiteral("version");
    case Target::FieldDescription:
        return QStringLiteral("description");
    case Target::FieldClassification:
        return QStringLiteral("classification");
    case Target::FieldPii:
        return QStringLiteral("pii");
    }
    return {};
}

QString scalarText(const YamlNode *n)
{
    return n && n->isScalar() ? n->text : QString();
}

bool isPiiProperty(const YamlNode &cp)
{
    return cp.isMap() &&
           scalarText(cp.get(u"property")).compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0;
}

// Maps one model edit to document edits for the document as it is now.
class Mapper
{
public:
    Mapper(const YamlNode &root, SourceFormat format, const QString &formatVersion)
        : m_root(root), m_format(format), m_formatVersion(formatVersion)
    {
    }

    bool map(const ModelEdit &e, QList<DocumentEdit> &out, QString *error)
    {
        m_error.clear();
        const bool ok = e.isFieldEdit() ? mapField(e, out) : mapEntity(e, out);
        if (!ok && error)
            *error = m_error;
        return ok;
    }

private:
    bool unsupported(const QString &what)
    {
        m_error = tr("%1 has no place for %2").arg(formatDisplayName(m_format), what);
        return false;
    }

    static DocPath path(const QString &a)
    {
        DocPath p;
        p.key(a);
        return p;
    }
    static DocPath path(const QString &a, const QString &b)
    {
        DocPath p;
        p.key(a).key(b);
        return p;
    }

    // Sets a text (or removes the key when empty).
    static DocumentEdit text(const DocPath &p, const QJsonValue &v, const QStringList &after = {})
    {
        if (v.isString() && v.toString().isEmpty())
            return DocumentEdit::remove(p);
        return DocumentEdit::set(p, v, after);
    }

    bool bitol() const { return m_format == SourceFormat::Odcs || m_format == SourceFormat::Odps; }
    bool lfOdps() const { return m_format == SourceFormat::OpenDataProductSpec; }
    // The Linux Foundation's ODPS keeps texts per language (product.details.en, ...): the one
    // the importer reads, English when there, else the first (the others stay as they are).
    DocPath lfLanguage(const char *block, const QString &key) const
    {
        DocPath p;
        p.key(QStringLiteral("product")).key(QString::fromLatin1(block));
        QString language = QStringLiteral("en");
        if (const YamlNode *product = m_root.get(u"product"))
            if (const YamlNode *b = product->get(QString::fromLatin1(block));
                b && b->isMap() && !b->get(u"en") && !b->entries.empty())
                language = b->entries.front().key;
        p.key(language).key(key);
        return p;
    }
    bool info() const
    {
        return m_format == SourceFormat::DataContractSpec ||
               m_format == SourceFormat::DataProductSpec;
    }

    bool mapEntity(const ModelEdit &e, QList<DocumentEdit> &out)
    {
        static const QStringList topAfter{QStringLiteral("tenant"), QStringLiteral("domain"),
                                          QStringLiteral("status"), QStringLiteral("version"),
                                          QStringLiteral("name"),   QStringLiteral("id")};
        static const QStringList infoAfter{QStringLiteral("title"), QStringLiteral("version")};
        switch (e.target) {
        case Target::Description: {
            if (bitol()) {
                const YamlNode *d = m_root.get(u"description");
                if (d && d->isScalar())
                    out << text(path(QStringLiteral("description")), e.value);
                else
                    out << text(path(QStringLiteral("description"), QStringLiteral("purpose")),
                                e.value, topAfter);
            } else if (info()) {
                out << text(path(QStringLiteral("info"), QStringLiteral("description")), e.value,
                            infoAfter);
            } else if (m_format == SourceFormat::Witboost) {
                out << text(path(QStringLiteral("description")), e.value,
                            {QStringLiteral("name"), QStringLiteral("id")});
            } else if (lfOdps()) {
                out << text(lfLanguage("details", QStringLiteral("description")), e.value,
                            {QStringLiteral("valueProposition"), QStringLiteral("productID"),
                             QStringLiteral("name")});
            } else if (m_format == SourceFormat::Avro) {
                DocPath p;
                if (m_root.isSeq())
                    p.index(0);
                p.key(QStringLiteral("doc"));
                out << text(p, e.value, {QStringLiteral("name"), QStringLiteral("namespace")});
            } else {
                return unsupported(tr("a description"));
            }
            return true;
        }
        case Target::Usage:
        case Target::Limitations: {
            const QString part = attributeName(e.target);
            if (bitol()) {
                const YamlNode *d = m_root.get(u"description");
                if (d && d->isScalar()) { // text form: becomes the mapping form
                    QJsonObject o{{QStringLiteral("purpose"), d->text}};
                    if (!e.value.toString().isEmpty())
                        o.insert(part, e.value);
                    out << DocumentEdit::set(path(QStringLiteral("description")), o);
                } else {
                    out << text(path(QStringLiteral("description"), part), e.value, topAfter);
                }
            } else if (m_format == SourceFormat::DataContractSpec) {
                out << text(path(QStringLiteral("terms"), part), e.value);
            } else {
                return unsupported(e.target == Target::Usage ? tr("usage") : tr("limitations"));
            }
            return true;
        }
        case Target::Tags: {
            const QJsonArray tags = e.value.toArray();
            if (m_format == SourceFormat::Avro)
                return unsupported(tr("tags"));
            QJsonArray value = tags;
            if (m_format == SourceFormat::Witboost) {
                const YamlNode *old = m_root.get(u"tags");
                if (old && old->isSeq() && !old->items.empty() && old->items.front()->isMap()) {
                    value = {};
                    for (const QJsonValue &t : tags)
                        value.append(QJsonObject{{QStringLiteral("tagFQN"), t}});
                }
            }
            if (lfOdps()) {
                const DocPath p = lfLanguage("details", QStringLiteral("tags"));
                out << (tags.isEmpty() ? DocumentEdit::remove(p) : DocumentEdit::set(p, tags));
                return true;
            }
            if (tags.isEmpty())
                out << DocumentEdit::remove(path(QStringLiteral("tags")));
            else
                out << DocumentEdit::set(path(QStringLiteral("tags")), value,
                                         {QStringLiteral("description"), QStringLiteral("domain"),
                                          QStringLiteral("info")});
            return true;
        }
        case Target::Owner: {
            const QString owner = e.value.toString().trimmed();
            if (owner.isEmpty()) {
                m_error = tr("the owner cannot be empty");
                return false;
            }
            if (bitol())
                return mapTeamOwner(owner, out);
            if (info())
                out << DocumentEdit::set(path(QStringLiteral("info"), QStringLiteral("owner")),
                                         owner, infoAfter);
            else if (m_format == SourceFormat::Witboost)
                out << DocumentEdit::set(path(QStringLiteral("dataProductOwner")), owner);
            else if (lfOdps() && m_root.get(u"product") &&
                     m_root.get(u"product")->get(u"dataHolder"))
                out << DocumentEdit::set(lfLanguage("dataHolder", QStringLiteral("legalName")),
                                         owner);
            else
                return unsupported(tr("an owner"));
            return true;
        }
        case Target::Status:
        case Target::Version: {
            const QString key = attributeName(e.target);
            if (bitol() || m_format == SourceFormat::Witboost)
                out << DocumentEdit::set(
                    path(key), e.value,
                    {QStringLiteral("version"), QStringLiteral("name"), QStringLiteral("id")});
            else if (info())
                out << DocumentEdit::set(path(QStringLiteral("info"), key), e.value, infoAfter);
            else if (lfOdps())
                out << DocumentEdit::set(
                    lfLanguage("details", e.target == Target::Status
                                              ? QStringLiteral("status")
                                              : QStringLiteral("productVersion")),
                    e.value);
            else
                return unsupported(e.target == Target::Status ? tr("a status") : tr("a version"));
            return true;
        }
        default:
            return false;
        }
    }

    bool mapTeamOwner(const QString &owner, QList<DocumentEdit> &out)
    {
        const YamlNode *team = m_root.get(u"team");
        if (team && team->isMap()) { // ODCS 3.1 / ODPS: {name, members}
            out << DocumentEdit::set(path(QStringLiteral("team"), QStringLiteral("name")), owner);
            return true;
        }
        const QJsonObject member{{QStringLiteral("username"), owner},
                                 {QStringLiteral("role"), QStringLiteral("owner")}};
        if (team && team->isSeq()) { // ODCS 3.0: the list of members; the owner is a role
            for (int i = 0; i < int(team->items.size()); ++i) {
                const YamlNode &m = *team->items[size_t(i)];
                if (m.isMap() &&
                    scalarText(m.get(u"role"))
                        .contains(QLatin1String("owner"), Qt::CaseInsensitive) &&
                    scalarText(m.get(u"dateOut")).isEmpty()) {
                    DocPath p;
                    p.key(QStringLiteral("team")).index(i).key(QStringLiteral("username"));
                    out << DocumentEdit::set(p, owner);
                    return true;
                }
            }
            out << DocumentEdit::append(path(QStringLiteral("team")), member);
            return true;
        }
        const bool listForm =
            m_format == SourceFormat::Odcs && (m_formatVersion.startsWith(QLatin1String("v3.0")) ||
                                               m_formatVersion.startsWith(QLatin1String("3.0")));
        if (listForm)
            out << DocumentEdit::set(path(QStringLiteral("team")), QJsonArray{member});
        else
            out << DocumentEdit::set(path(QStringLiteral("team"), QStringLiteral("name")), owner);
        return true;
    }

    // --- fields

    bool fieldNotFound(const ModelEdit &e)
    {
        m_error = tr("there is no field %1 in the document").arg(e.field.join(QLatin1Char('.')));
        return false;
    }

    bool mapField(const ModelEdit &e, QList<DocumentEdit> &out)
    {
        if (e.field.size() < 2) {
            m_error = tr("a field edit names the schema object and the field");
            return false;
        }
        const YamlNode *node = nullptr;
        DocPath p;
        switch (m_format) {
        case SourceFormat::Odcs:
            if (!odcsField(e.field, p, node))
                return fieldNotFound(e);
            return odcsAttribute(e, *node, p, out);
        case SourceFormat::DataContractSpec: {
            if (!dcsField(e.field, p, node))
                return fieldNotFound(e);
            static const QStringList after{QStringLiteral("description"), QStringLiteral("type"),
                                           QStringLiteral("$ref")};
            if (e.target == Target::FieldPii)
                out << DocumentEdit::set(p.child(QStringLiteral("pii")), e.value.toBool(), after);
            else
                out << text(p.child(attributeName(e.target)), e.value,
                            e.target == Target::FieldDescription
                                ? QStringList{QStringLiteral("type"), QStringLiteral("$ref")}
                                : after);
            return true;
        }
        case SourceFormat::Avro:
            if (e.target != Target::FieldDescription)
                return unsupported(e.target == Target::FieldPii ? tr("a PII flag")
                                                                : tr("a classification"));
            if (!avroField(e.field, p))
                return fieldNotFound(e);
            out << text(p.child(QStringLiteral("doc")), e.value, {QStringLiteral("name")});
            return true;
        default:
            m_error = tr("only contracts have fields");
            return false;
        }
    }

    static int itemNamed(const YamlNode *list, const QString &name, const char *key = "name")
    {
        if (!list || !list->isSeq())
            return -1;
        for (int i = 0; i < int(list->items.size()); ++i) {
            const YamlNode &n = *list->items[size_t(i)];
            if (n.isMap() && scalarText(n.get(QLatin1String(key))) == name)
                return i;
        }
        return -1;
    }

    bool odcsField(const QStringList &segs, DocPath &p, const YamlNode *&node)
    {
        const YamlNode *schema = m_root.get(u"schema");
        const int o = itemNamed(schema, segs.front());
        if (o < 0)
            return false;
        node = schema->items[size_t(o)].get();
        p.key(QStringLiteral("schema")).index(o);
        for (int i = 1; i < segs.size(); ++i) {
            if (segs[i] == QLatin1String("[]")) {
                const YamlNode *items = node->get(u"items");
                if (!items || !items->isMap())
                    return false;
                node = items;
                p.key(QStringLiteral("items"));
                continue;
            }
            const YamlNode *props = node->get(u"properties");
            const int f = itemNamed(props, segs[i]);
            if (f < 0)
                return false;
            node = props->items[size_t(f)].get();
            p.key(QStringLiteral("properties")).index(f);
        }
        return true;
    }

    bool odcsAttribute(const ModelEdit &e, const YamlNode &field, const DocPath &p,
                       QList<DocumentEdit> &out)
    {
        static const QStringList descAfter{QStringLiteral("businessName"), QStringLiteral("name")};
        static const QStringList clsAfter{QStringLiteral("description"),
                                          QStringLiteral("physicalType"),
                                          QStringLiteral("logicalType"), QStringLiteral("name")};
        if (e.target == Target::FieldDescription) {
            out << text(p.child(QStringLiteral("description")), e.value, descAfter);
            return true;
        }
        if (e.target == Target::FieldClassification) {
            out << text(p.child(QStringLiteral("classification")), e.value, clsAfter);
            return true;
        }
        // PII: ODCS v3 has no key of its own; MeshDesk reads classification 'pii', a 'pii' tag
        // or a customProperties entry {property: pii, value: true}.
        const bool want = e.value.toBool();
        const QString cls = scalarText(field.get(u"classification"));
        QStringList tags;
        if (const YamlNode *t = field.get(u"tags"); t && t->isSeq())
            for (const auto &i : t->items)
                tags << scalarText(i.get());
        const YamlNode *cps = field.get(u"customProperties");
        int piiProperty = -1;
        if (cps && cps->isSeq())
            for (int i = 0; i < int(cps->items.size()); ++i)
                if (isPiiProperty(*cps->items[size_t(i)]))
                    piiProperty = i;
        auto propertyValue = [&](int i) {
            DocPath v = p;
            v.key(QStringLiteral("customProperties")).index(i).key(QStringLiteral("value"));
            return v;
        };
        if (want) {
            const bool already = cls.compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0 ||
                                 tags.contains(QLatin1String("pii"), Qt::CaseInsensitive);
            if (already)
                return true;
            if (piiProperty >= 0)
                out << DocumentEdit::set(propertyValue(piiProperty), true);
            else
                out << DocumentEdit::append(
                    p.child(QStringLiteral("customProperties")),
                    QJsonObject{{QStringLiteral("property"), QStringLiteral("pii")},
                                {QStringLiteral("value"), true}});
            return true;
        }
        if (cls.compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0) {
            m_error = tr("the classification 'pii' marks %1 as personal data: change the "
                         "classification as well")
                          .arg(e.field.join(QLatin1Char('.')));
            return false;
        }
        if (tags.contains(QLatin1String("pii"), Qt::CaseInsensitive)) {
            QJsonArray kept;
            for (const QString &t : std::as_const(tags))
                if (t.compare(QLatin1String("pii"), Qt::CaseInsensitive) != 0)
                    kept.append(t);
            if (kept.isEmpty())
                out << DocumentEdit::remove(p.child(QStringLiteral("tags")));
            else
                out << DocumentEdit::set(p.child(QStringLiteral("tags")), kept);
        }
        if (cps && cps->isSeq())
            for (int i = 0; i < int(cps->items.size()); ++i)
                if (isPiiProperty(*cps->items[size_t(i)]))
                    out << DocumentEdit::set(propertyValue(i), false);
        return true;
    }

    bool dcsField(const QStringList &segs, DocPath &p, const YamlNode *&node)
    {
        const YamlNode *models = m_root.get(u"models");
        if (!models || !models->isMap())
            return false; // a 0.9 embedded schema: its fields live inside a text
        node = models->get(segs.front());
        if (!node || !node->isMap())
            return false;
        p.key(QStringLiteral("models")).key(segs.front());
        for (int i = 1; i < segs.size(); ++i) {
            const QString &s = segs[i];
            const char *container = s == QLatin1String("[]")   ? "items"
                                    : s == QLatin1String("{}") ? "values"
                                                               : "fields";
            const YamlNode *c = node->get(QLatin1String(container));
            if (!c || !c->isMap())
                return false;
            if (s == QLatin1String("[]") || s == QLatin1String("{}")) {
                node = c;
                p.key(QLatin1String(container));
                continue;
            }
            node = c->get(s);
            if (!node || !node->isMap())
                return false;
            p.key(QStringLiteral("fields")).key(s);
        }
        return true;
    }

    // An Avro type node as a record or array to descend into (a union's one non-null member).
    static const YamlNode *unwrap(const YamlNode *t, DocPath &p)
    {
        if (t && t->isSeq()) {
            for (int u = 0; u < int(t->items.size()); ++u)
                if (t->items[size_t(u)]->isMap()) {
                    p.index(u);
                    return t->items[size_t(u)].get();
                }
            return nullptr;
        }
        return t && t->isMap() ? t : nullptr;
    }

    bool avroField(const QStringList &segs, DocPath &p)
    {
        const YamlNode *record = nullptr;
        if (m_root.isSeq()) {
            const int r = itemNamed(&m_root, segs.front());
            if (r < 0)
                return false;
            record = m_root.items[size_t(r)].get();
            p.index(r);
        } else if (scalarText(m_root.get(u"name")) == segs.front()) {
            record = &m_root;
        } else {
            return false;
        }
        const YamlNode *type = record; // the current record or array type
        bool fieldLast = false;
        for (int i = 1; i < segs.size(); ++i) {
            if (!type)
                return false;
            if (segs[i] == QLatin1String("[]")) {
                if (scalarText(type->get(u"type")) != QLatin1String("array"))
                    return false;
                p.key(QStringLiteral("items"));
                type = unwrap(type->get(u"items"), p);
                fieldLast = false;
                continue;
            }
            const YamlNode *fields = type->get(u"fields");
            const int f = itemNamed(fields, segs[i]);
            if (f < 0)
                return false;
            p.key(QStringLiteral("fields")).index(f);
            const YamlNode *field = fields->items[size_t(f)].get();
            fieldLast = true;
            if (i + 1 < segs.size()) {
                p.key(QStringLiteral("type"));
                type = unwrap(field->get(u"type"), p);
            }
        }
        return fieldLast;
    }

    const YamlNode &m_root;
    SourceFormat m_format;
    QString m_formatVersion;
    QString m_error;
};

// Does the imported model show the edit?
bool shows(const ImportedDocument &d, const ModelEdit &e, QString *why)
{
    auto differs = [&](const QString &have) {
        if (why)
            *why = have;
        return false;
    };
    const bool product = d.kind == ImportedDocument::Kind::Product;
    const Description &desc = product ? d.product.description : d.contract.description;
    const QString want = e.value.isString() ? e.value.toString() : QString();
    switch (e.target) {
    case Target::Description:
        return desc.purpose == want || differs(desc.purpose);
    case Target::Usage:
        return desc.usage == want || differs(desc.usage);
    case Target::Limitations:
        return desc.limitations == want || differs(desc.limitations);
    case Target::Tags: {
        QStringList tags;
        for (const QJsonValue &t : e.value.toArray())
            tags << t.toString();
        const QStringList have = product ? d.product.tags : d.contract.tags;
        return have == tags || differs(have.join(QStringLiteral(", ")));
    }
    case Target::Owner:
        return d.owner() == want.trimmed() || differs(d.owner());
    case Target::Status:
        return d.status().compare(want, Qt::CaseInsensitive) == 0 || differs(d.status());
    case Target::Version:
        return d.version() == want || differs(d.version());
    default:
        break;
    }
    const Field *f = findField(d.contract, e.field);
    if (!f)
        return differs(QString());
    if (e.target == Target::FieldDescription)
        return f->description == want || differs(f->description);
    if (e.target == Target::FieldClassification)
        return f->classification == want || differs(f->classification);
    return f->pii == e.value.toBool() ||
           differs(f->pii ? QStringLiteral("true") : QStringLiteral("false"));
}

} // namespace

QString ModelEdit::name() const
{
    if (!isFieldEdit())
        return attributeName(target);
    return QStringLiteral("schema.") + field.join(QLatin1Char('.')) + QLatin1Char('.') +
           attributeName(target);
}

ModelEditResult applyModelEdits(const QByteArray &source, const QString &path,
                                const QList<ModelEdit> &edits)
{
    ModelEditResult r;
    const FileImport before = importBytes(path, source);
    if (!before.ok() || before.documents.size() != 1) {
        r.error = before.ok() ? tr("%1: expected one document").arg(path) : before.firstError();
        return r;
    }
    const ImportedDocument &old = before.documents.front().document;
    QByteArray text = source;
    for (const ModelEdit &e : edits) {
        if (e.isFieldEdit() && old.kind != ImportedDocument::Kind::Contract) {
            r.error = tr("%1: only contracts have fields").arg(e.name());
            return r;
        }
        std::vector<YamlDocument> docs;
        ParseError perr;
        if (!loadYaml(text, docs, perr) || docs.size() != 1) {
            r.error = tr("%1: the document does not parse").arg(path);
            return r;
        }
        Mapper mapper(*docs.front().root, old.format(), old.formatVersion());
        QList<DocumentEdit> docEdits;
        QString error;
        if (!mapper.map(e, docEdits, &error)) {
            r.error = QStringLiteral("%1: %2").arg(e.name(), error);
            return r;
        }
        const DocumentEditResult d = applyDocumentEdits(text, docEdits);
        if (!d.ok) {
            r.error = QStringLiteral("%1: %2").arg(e.name(), d.error);
            return r;
        }
        text = d.text;
    }
    const FileImport after = importBytes(path, text);
    if (!after.ok() || after.documents.size() != 1) {
        r.error = tr("the edited document is no longer valid: %1").arg(after.firstError());
        return r;
    }
    const ImportedDocument &doc = after.documents.front().document;
    if (doc.kind != old.kind || doc.key() != old.key()) {
        r.error =
            tr("the edit would change what the document is (%1 %2)").arg(doc.kindName(), doc.key());
        return r;
    }
    // each edit shows in the model (the last one of a target wins)
    for (int i = 0; i < edits.size(); ++i) {
        bool later = false;
        for (int j = i + 1; j < edits.size(); ++j)
            later =
                later || (edits[j].target == edits[i].target && edits[j].field == edits[i].field);
        QString have;
        if (!later && !shows(doc, edits[i], &have)) {
            r.error = tr("%1: written, but the %2 reader reads '%3' back")
                          .arg(edits[i].name(), formatDisplayName(doc.format()), have);
            return r;
        }
    }
    r.ok = true;
    r.source = text;
    r.document = doc;
    return r;
}

namespace {

bool matchFields(const std::vector<Field> &fields, const Field *arrayItems, const QString &rest,
                 QStringList &out)
{
    if (rest.isEmpty())
        return true;
    if (arrayItems &&
        (rest.startsWith(QLatin1String("[]")) || rest.startsWith(QLatin1String(".[]")))) {
        const QString after = rest.mid(rest.startsWith(QLatin1Char('.')) ? 3 : 2);
        out << arrayItems->name;
        if (matchFields(arrayItems->fields, arrayItems->arrayItems(), after, out))
            return true;
        out.removeLast();
    }
    if (!rest.startsWith(QLatin1Char('.')))
        return false;
    const QString r = rest.mid(1);
    // longer names first: "a.b" as one name wins over "a" then "b"
    std::vector<const Field *> byLength;
    for (const Field &f : fields)
        byLength.push_back(&f);
    std::stable_sort(byLength.begin(), byLength.end(), [](const Field *a, const Field *b) {
        return a->name.size() > b->name.size();
    });
    for (const Field *f : byLength) {
        if (!r.startsWith(f->name))
            continue;
        const QString after = r.mid(f->name.size());
        if (!after.isEmpty() && !after.startsWith(QLatin1Char('.')) &&
            !after.startsWith(QLatin1Char('[')))
            continue;
        out << f->name;
        if (matchFields(f->fields, f->arrayItems(), after, out))
            return true;
        out.removeLast();
    }
    return false;
}

} // namespace

QStringList fieldSegments(const Contract &contract, const QString &path)
{
    for (const SchemaObject &o : contract.objects) {
        if (!path.startsWith(o.name))
            continue;
        const QString rest = path.mid(o.name.size());
        if (rest.isEmpty() || !rest.startsWith(QLatin1Char('.')))
            continue;
        QStringList out{o.name};
        if (matchFields(o.fields, nullptr, rest, out))
            return out;
    }
    return {};
}

const Field *findField(const Contract &contract, const QStringList &segments)
{
    if (segments.size() < 2)
        return nullptr;
    for (const SchemaObject &o : contract.objects) {
        if (o.name != segments.front())
            continue;
        const std::vector<Field> *level = &o.fields;
        const Field *f = nullptr;
        for (int i = 1; i < segments.size(); ++i) {
            const QString &s = segments[i];
            if ((s == QLatin1String("[]") || s == QLatin1String("{}")) && f && f->arrayItems()) {
                f = f->arrayItems();
            } else {
                const auto it = std::find_if(level->begin(), level->end(),
                                             [&](const Field &x) { return x.name == s; });
                if (it == level->end())
                    return nullptr;
                f = &*it;
            }
            level = &f->fields;
        }
        return f;
    }
    return nullptr;
}

bool parseModelEdit(const QString &assignment, const Contract *contract, ModelEdit &out,
                    QString *error)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (eq <= 0)
        return fail(tr("'%1': expected NAME=VALUE").arg(assignment));
    const QString name = assignment.left(eq).trimmed();
    const QString value = assignment.mid(eq + 1);
    out = {};
    static const QList<QPair<QString, Target>> entity{
        {QStringLiteral("description"), Target::Description},
        {QStringLiteral("purpose"), Target::Description},
        {QStringLiteral("usage"), Target::Usage},
        {QStringLiteral("limitations"), Target::Limitations},
        {QStringLiteral("tags"), Target::Tags},
        {QStringLiteral("owner"), Target::Owner},
        {QStringLiteral("status"), Target::Status},
        {QStringLiteral("version"), Target::Version}};
    for (const auto &[n, t] : entity) {
        if (name != n)
            continue;
        out.target = t;
        if (t == Target::Tags) {
            QJsonArray tags;
            for (const QString &tag : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!tag.trimmed().isEmpty())
                    tags.append(tag.trimmed());
            out.value = tags;
        } else {
            out.value = value;
        }
        return true;
    }
    if (!name.startsWith(QLatin1String("schema.")))
        return fail(tr("'%1' cannot be edited; edit description, usage, limitations, tags, owner, "
                       "status, version or schema.OBJECT.FIELD.description|classification|pii")
                        .arg(name));
    const QString rest = name.mid(7);
    const qsizetype dot = rest.lastIndexOf(QLatin1Char('.'));
    const QString attr = dot > 0 ? rest.mid(dot + 1) : QString();
    const QString fieldPath = dot > 0 ? rest.left(dot) : QString();
    if (attr == QLatin1String("description"))
        out.target = Target::FieldDescription;
    else if (attr == QLatin1String("classification"))
        out.target = Target::FieldClassification;
    else if (attr == QLatin1String("pii"))
        out.target = Target::FieldPii;
    else
        return fail(
            tr("'%1': a field's description, classification or pii can be edited").arg(name));
    out.field = contract ? fieldSegments(*contract, fieldPath)
                         : fieldPath.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (out.field.size() < 2)
        return fail(tr("'%1': no field %2 in the contract").arg(name, fieldPath));
    if (out.target == Target::FieldPii) {
        const QString v = value.trimmed().toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false"))
            return fail(tr("'%1': pii is true or false, not '%2'").arg(name, value));
        out.value = v == QLatin1String("true");
    } else {
        out.value = value;
    }
    return true;
}

QString nextPatchVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral("^(v?)(\\d+)\\.(\\d+)(?:\\.(\\d+))?$"));
    const auto m = re.match(version.trimmed());
    if (!m.hasMatch())
        return {};
    if (m.captured(4).isEmpty())
        return m.captured(1) + m.captured(2) + QLatin1Char('.') +
               QString::number(m.captured(3).toLongLong() + 1);
    return m.captured(1) + m.captured(2) + QLatin1Char('.') + m.captured(3) + QLatin1Char('.') +
           QString::number(m.captured(4).toLongLong() + 1);
}

} // namespace meshdesk
