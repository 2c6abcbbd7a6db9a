#include "DocumentImporter.h"

#include "Importers.h"
#include "YamlNode.h"
#include "YamlReader.h"
#include "core/Names.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <functional>

namespace meshdesk {

bool FileImport::ok() const
{
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return false;
    return true;
}

QString FileImport::firstError() const
{
    for (const Diagnostic &d : diagnostics)
        if (d.isError())
            return d.toString();
    return {};
}

std::optional<SourceFormat> detectFormat(const YamlNode &root)
{
    // Avro: a named type (record, enum, fixed) at the top, a union holding one (["null", R]),
    // or an array or map of records.
    auto avroNamed = [](const YamlNode *n) {
        if (!n || !n->isMap() || !n->get(u"name"))
            return false;
        const YamlNode *t = n->get(u"type");
        if (!t || !t->isScalar())
            return false;
        return ((t->text == QLatin1String("record") || t->text == QLatin1String("error")) &&
                n->get(u"fields")) ||
               (t->text == QLatin1String("enum") && n->get(u"symbols")) ||
               (t->text == QLatin1String("fixed") && n->get(u"size"));
    };
    if (root.isSeq()) {
        if (std::any_of(root.items.begin(), root.items.end(),
                        [&](const YamlNodePtr &i) { return avroNamed(i.get()); }))
            return SourceFormat::Avro;
        return std::nullopt;
    }
    if (!root.isMap())
        return std::nullopt;
    auto text = [&](const char *key) {
        const YamlNode *n = root.get(QLatin1String(key));
        return n && n->isScalar() ? n->text : QString();
    };
    const QString kind = text("kind");
    if (root.get(u"dataContractSpecification"))
        return SourceFormat::DataContractSpec;
    if (kind == QLatin1String("DataContract") && root.get(u"apiVersion"))
        return SourceFormat::Odcs;
    if (kind == QLatin1String("DataProduct") && root.get(u"apiVersion"))
        return SourceFormat::Odps;
    if (root.get(u"dataProductSpecification") ||
        (root.get(u"info") && (root.get(u"outputPorts") || root.get(u"inputPorts"))))
        return SourceFormat::DataProductSpec;
    if (kind.compare(QLatin1String("dataproduct"), Qt::CaseInsensitive) == 0 &&
        root.get(u"components"))
        return SourceFormat::Witboost;
    if (avroNamed(&root))
        return SourceFormat::Avro;
    if ((text("type") == QLatin1String("array") && avroNamed(root.get(u"items"))) ||
        (text("type") == QLatin1String("map") && avroNamed(root.get(u"values"))))
        return SourceFormat::Avro;
    // The Linux Foundation's Open Data Product Specification (2.x-4.x): `product` with
    // `details`, and a `schema` URL of opendataproducts.org; it shares the acronym ODPS with
    // Bitol's standard above but not its shape.
    if (const YamlNode *product = root.get(u"product");
        product && product->isMap() &&
        (product->get(u"details") ||
         text("schema").contains(QLatin1String("opendataproducts.org"))))
        return SourceFormat::OpenDataProductSpec;
    if (root.get(u"id") && root.get(u"members"))
        return SourceFormat::Team;
    if (root.get(u"id") && root.get(u"name") && root.get(u"owner") && !root.get(u"schema") &&
        !root.get(u"models"))
        return SourceFormat::SourceSystem;
    return std::nullopt;
}

namespace {

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (QByteArrayView(bytes.constData(), probe).contains('\0'))
        return true;
    return !QUtf8StringView(bytes).isValidUtf8();
}

ImportedDocument mapDocument(const YamlNode &root, SourceFormat f, Diagnostics &warnings)
{
    ImportedDocument d;
    switch (f) {
    case SourceFormat::Odcs: {
        const QString v = yaml::str(root, "apiVersion");
        if (v.startsWith(QLatin1String("v2")) || v.startsWith(QLatin1String("2")))
            yaml::fail(
                &root,
                QStringLiteral("ODCS %1 is not supported; convert it to v3").arg(names::quoted(v)));
        d.kind = ImportedDocument::Kind::Contract;
        d.contract = formats::readOdcs(root);
        break;
    }
    case SourceFormat::DataContractSpec:
        d.kind = ImportedDocument::Kind::Contract;
        d.contract = formats::readDataContractSpec(root, warnings);
        break;
    case SourceFormat::Avro:
        d.kind = ImportedDocument::Kind::Contract;
        d.contract = formats::readAvro(root);
        break;
    case SourceFormat::Odps:
        d.kind = ImportedDocument::Kind::Product;
        d.product = formats::readOdps(root);
        break;
    case SourceFormat::DataProductSpec:
        d.kind = ImportedDocument::Kind::Product;
        d.product = formats::readDataProductSpec(root);
        break;
    case SourceFormat::Witboost:
        d.kind = ImportedDocument::Kind::Product;
        d.product = formats::readWitboost(root);
        break;
    case SourceFormat::Team:
        d.kind = ImportedDocument::Kind::Team;
        d.auxiliary = formats::readAuxiliary(root);
        break;
    case SourceFormat::SourceSystem:
        d.kind = ImportedDocument::Kind::SourceSystem;
        d.auxiliary = formats::readAuxiliary(root);
        break;
    case SourceFormat::OpenDataProductSpec:
        d.kind = ImportedDocument::Kind::Product;
        d.product = formats::readOpenDataProductSpec(root);
        break;
    }
    return d;
}

// The first id, name, version, domain or owner longer than names::kMaxIdentifierLength (0
// when the model does not know its line); nothing when all are within the limit.
std::optional<std::pair<int, QString>> overlongIdentifier(const ImportedDocument &d)
{
    const std::pair<const char *, QString> top[] = {
        {"id", d.key()},        {"name", d.name()},     {"version", d.version()},
        {"domain", d.domain()}, {"status", d.status()}, {"owner", d.owner()}};
    for (const auto &[what, value] : top)
        if (const QString e = names::identifierError(QLatin1String(what), value); !e.isEmpty())
            return std::pair{0, e};
    std::optional<std::pair<int, QString>> found;
    std::function<void(const std::vector<Field> &)> walk = [&](const std::vector<Field> &fields) {
        for (const Field &f : fields) {
            if (found)
                return;
            if (const QString e = names::identifierError(QStringLiteral("field name"), f.name);
                !e.isEmpty()) {
                found = std::pair{f.line, e};
                return;
            }
            walk(f.fields);
            walk(f.items);
        }
    };
    for (const SchemaObject &o : d.contract.objects) {
        if (const QString e = names::identifierError(QStringLiteral("schema object name"), o.name);
            !e.isEmpty())
            return std::pair{0, e};
        walk(o.fields);
    }
    for (const auto *ports : {&d.product.inputPorts, &d.product.outputPorts})
        for (const Port &p : *ports)
            for (const auto &[what, value] :
                 {std::pair{"port name", p.name}, std::pair{"port contract id", p.contractId}})
                if (const QString e = names::identifierError(QLatin1String(what), value);
                    !e.isEmpty())
                    return std::pair{0, e};
    return found;
}

} // namespace

FileImport importBytes(const QString &path, const QByteArray &bytes, const ImportLimits &limits)
{
    FileImport r;
    r.path = path;
    r.size = bytes.size();
    r.bytes = bytes;
    auto error = [&](int line, int col, const QString &msg) {
        r.diagnostics.append(
            {Diagnostic::Severity::Error, path, line, col, names::boundedMessage(msg)});
    };
    if (bytes.size() > limits.maxFileSize) {
        error(0, 0,
              QStringLiteral("file is %1 MiB, larger than the %2 MiB limit")
                  .arg(bytes.size() / (1024 * 1024))
                  .arg(limits.maxFileSize / (1024 * 1024)));
        return r;
    }
    if (bytes.trimmed().isEmpty()) {
        error(1, 1, QStringLiteral("the file is empty"));
        return r;
    }
    if (looksBinary(bytes)) {
        error(0, 0, QStringLiteral("binary file: not UTF-8 text, so not a YAML or JSON document"));
        return r;
    }
    std::vector<YamlDocument> docs;
    ParseError perr;
    if (!loadYaml(bytes, docs, perr)) {
        error(perr.line, perr.column, perr.message);
        return r;
    }
    if (docs.empty()) {
        error(1, 1, QStringLiteral("the document is empty"));
        return r;
    }
    struct Seen
    {
        int line;
        const YamlNode *root;
    };
    QHash<QString, Seen> seen; // kind/id -> the first document with it
    for (YamlDocument &doc : docs) {
        if (doc.root->isNull() && docs.size() > 1)
            continue; // an empty document between separators
        for (Diagnostic w : doc.warnings) {
            w.file = path;
            r.diagnostics.append(w);
        }
        const auto format = detectFormat(*doc.root);
        if (!format) {
            error(
                doc.root->line ? doc.root->line : 1, doc.root->column ? doc.root->column : 1,
                doc.root->isNull()
                    ? QStringLiteral("the document is empty")
                    : QStringLiteral("unrecognised document: expected ODCS v3 (apiVersion + kind: "
                                     "DataContract), Data Contract Specification "
                                     "(dataContractSpecification), ODPS (apiVersion + kind: "
                                     "DataProduct), Data Product Specification, Open Data "
                                     "Product Specification (product.details), or an Avro "
                                     "record schema"));
            continue;
        }
        try {
            Diagnostics warnings;
            ParsedDocument pd;
            {
                yaml::WarningCollector collect(warnings);
                pd.document = mapDocument(*doc.root, *format, warnings);
            }
            pd.document.line = doc.line;
            if (const auto overlong = overlongIdentifier(pd.document)) {
                error(overlong->first ? overlong->first : doc.root->line,
                      overlong->first ? 0 : doc.root->column, overlong->second);
                continue;
            }
            std::stable_sort(warnings.begin(), warnings.end(),
                             [](const Diagnostic &a, const Diagnostic &b) {
                                 return std::pair(a.line, a.column) < std::pair(b.line, b.column);
                             });
            for (Diagnostic w : warnings) {
                w.file = path;
                r.diagnostics.append(w);
            }
            pd.source = docs.size() == 1 ? bytes : bytes.mid(doc.begin, doc.end - doc.begin);
            const QString key = pd.document.kindName() + QLatin1Char('/') + pd.document.key();
            if (const auto it = seen.constFind(key); it != seen.constEnd()) {
                // The same document again (GitOps exports repeat documents): a no-op, as a
                // repeated import is; the same id with other content is ambiguous.
                if (it->root->toJson() == doc.root->toJson()) {
                    r.diagnostics.append(
                        {Diagnostic::Severity::Warning, path, doc.root->line, doc.root->column,
                         QStringLiteral("%1 '%2' repeats the document at line %3 unchanged; "
                                        "the repeat is skipped")
                             .arg(pd.document.kindName(), pd.document.key())
                             .arg(it->line)});
                    continue;
                }
                error(doc.root->line, doc.root->column,
                      QStringLiteral("duplicate %1 id '%2' in this file with different content "
                                     "(first at line %3)")
                          .arg(pd.document.kindName(), names::quoted(pd.document.key()))
                          .arg(it->line));
                continue;
            }
            seen.insert(key, {doc.root->line, doc.root.get()});
            r.documents.push_back(std::move(pd));
        } catch (const ParseError &e) {
            error(e.line, e.column, e.message);
        }
    }
    if (!r.ok())
        r.documents.clear(); // a file is imported whole or not at all
    return r;
}

void hashSources(FileImport &file)
{
    for (ParsedDocument &pd : file.documents)
        pd.sha256 = QCryptographicHash::hash(pd.source, QCryptographicHash::Sha256).toHex();
}

QByteArray sourceSha256(const ParsedDocument &pd)
{
    return pd.sha256.isEmpty()
               ? QCryptographicHash::hash(pd.source, QCryptographicHash::Sha256).toHex()
               : pd.sha256;
}

FileImport importFile(const QString &path, const ImportLimits &limits)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FileImport r;
        r.path = path;
        r.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                              QStringLiteral("cannot read: %1").arg(f.errorString())});
        return r;
    }
    if (f.size() > limits.maxFileSize) {
        FileImport r;
        r.path = path;
        r.size = f.size();
        r.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0,
                              QStringLiteral("file is %1 MiB, larger than the %2 MiB limit")
                                  .arg(f.size() / (1024 * 1024))
                                  .arg(limits.maxFileSize / (1024 * 1024))});
        return r;
    }
    return importBytes(path, f.readAll(), limits);
}

} // namespace meshdesk
