#include "SchemaModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshdesk {

SchemaModel::SchemaModel(QObject *parent) : QAbstractItemModel(parent) {}

void SchemaModel::setContract(const Contract &contract)
{
    beginResetModel();
    m_contract = contract;
    m_root.children.clear();
    m_root.expanded = false;
    endResetModel();
}

QModelIndex SchemaModel::indexOfPath(const QString &path) const
{
    QModelIndex parent;
    QModelIndex found;
    // descend one level at a time along the longest matching path prefix
    while (true) {
        QModelIndex next;
        const int rows = rowCount(parent);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex child = index(r, 0, parent);
            const QString p = child.data(PathRole).toString();
            if (p == path)
                return child;
            if (path.startsWith(p + QLatin1Char('.')) || path.startsWith(p + QLatin1Char('[')) ||
                path.startsWith(p + QLatin1Char('{'))) {
                next = child;
                break;
            }
        }
        if (!next.isValid())
            return found;
        found = next;
        parent = next;
    }
}

const std::vector<std::unique_ptr<SchemaModel::Node>> &SchemaModel::childrenOf(const Node *n) const
{
    if (!n->expanded) {
        n->expanded = true;
        auto add = [&](const SchemaObject *o, const Field *f, const QString &path) {
            auto c = std::make_unique<Node>();
            c->object = o;
            c->field = f;
            c->parent = n;
            c->row = int(n->children.size());
            c->path = path;
            n->children.push_back(std::move(c));
        };
        if (n == &m_root) {
            for (const SchemaObject &o : m_contract.objects)
                add(&o, nullptr, o.name);
        } else {
            const std::vector<Field> &fields = n->field ? n->field->fields : n->object->fields;
            for (const Field &f : fields)
                add(nullptr, &f, n->path + QLatin1Char('.') + f.name);
            if (n->field) {
                if (const Field *key = n->field->keyType())
                    add(nullptr, key, n->path + QStringLiteral("{key}"));
                if (const Field *items = n->field->arrayItems())
                    add(nullptr, items, n->path + QStringLiteral("[]"));
            }
        }
    }
    return n->children;
}

const SchemaModel::Node *SchemaModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : &m_root;
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const auto &children = childrenOf(node(parent));
    return createIndex(row, column, children.at(size_t(row)).get());
}

QModelIndex SchemaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *p = node(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, const_cast<Node *>(p));
}

int SchemaModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *n = node(parent);
    if (n == &m_root)
        return int(m_contract.objects.size());
    const std::vector<Field> &fields = n->field ? n->field->fields : n->object->fields;
    return int(fields.size()) + (n->field && n->field->arrayItems() ? 1 : 0) +
           (n->field && n->field->keyType() ? 1 : 0);
}

int SchemaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SchemaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    if (role == PathRole)
        return n->path;
    if (n->object) {
        const SchemaObject &o = *n->object;
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case NameColumn:
                return o.name;
            case LogicalTypeColumn:
                return o.logicalType;
            case PhysicalTypeColumn:
                return o.physicalType;
            case DescriptionColumn:
                return o.description.simplified();
            case QualityColumn:
                return qualityText(o.quality);
            case TagsColumn:
                return o.tags.join(QStringLiteral(", "));
            case RelationshipsColumn:
                return relationshipsText(o.relationships);
            case FlagsColumn:
                return o.deprecated ? tr("deprecated") : QString();
            default:
                return {};
            }
        }
        if (role == Qt::ToolTipRole && index.column() != NameColumn)
            return data(index, Qt::DisplayRole);
        if (role == Qt::ToolTipRole)
            return o.description;
        return {};
    }
    const Field &f = *n->field;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return f.name;
        case LogicalTypeColumn:
            return f.logicalType;
        case PhysicalTypeColumn:
            return f.physicalType;
        case FlagsColumn: {
            QStringList flags;
            if (f.primaryKey)
                flags << tr("key");
            if (f.required)
                flags << tr("required");
            if (f.unique)
                flags << tr("unique");
            if (f.uniqueItems)
                flags << tr("unique items");
            if (f.partitioned)
                flags << tr("partition");
            if (f.deprecated)
                flags << tr("deprecated");
            return flags.join(QStringLiteral(", "));
        }
        case ClassificationColumn:
            return f.pii ? (f.classification.isEmpty() ||
                                    f.classification.compare(QLatin1String("pii"),
                                                             Qt::CaseInsensitive) == 0
                                ? tr("PII")
                                : tr("PII, %1").arg(f.classification))
                         : f.classification;
        case DescriptionColumn:
            return f.description.simplified();
        case EnumColumn:
            return f.enumValues.join(QStringLiteral(", "));
        case RangeColumn:
            return rangeText(f);
        case PatternColumn:
            return patternText(f);
        case ExamplesColumn: {
            QStringList ex;
            for (const auto &e : f.examples)
                ex << jsonText(e);
            return ex.join(QStringLiteral(", "));
        }
        case QualityColumn:
            return qualityText(f.quality);
        case TagsColumn:
            return f.tags.join(QStringLiteral(", "));
        case DefaultColumn:
            return f.defaultValue;
        case RelationshipsColumn:
            return relationshipsText(f.relationships);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == DescriptionColumn)
            return f.description;
        return data(index, Qt::DisplayRole);
    case PiiRole:
        return f.pii;
    case RequiredRole:
        return f.required;
    case PrimaryKeyRole:
        return f.primaryKey;
    default:
        return {};
    }
}

QVariant SchemaModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Field");
    case LogicalTypeColumn:
        return tr("Logical type");
    case PhysicalTypeColumn:
        return tr("Physical type");
    case FlagsColumn:
        return tr("Constraints");
    case ClassificationColumn:
        return tr("Classification");
    case DescriptionColumn:
        return tr("Description");
    case EnumColumn:
        return tr("Values");
    case RangeColumn:
        return tr("Range");
    case PatternColumn:
        return tr("Pattern / format");
    case ExamplesColumn:
        return tr("Examples");
    case QualityColumn:
        return tr("Quality");
    case TagsColumn:
        return tr("Tags");
    case DefaultColumn:
        return tr("Default");
    case RelationshipsColumn:
        return tr("References");
    }
    return {};
}

const Field *SchemaModel::fieldAt(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->field : nullptr;
}

const SchemaObject *SchemaModel::objectAt(const QModelIndex &index) const
{
    return index.isValid() ? node(index)->object : nullptr;
}

namespace {

QString number(double d)
{
    return QString::number(d, 'g', 15);
}

// min/max as "a … b", "≥ a", "≤ b", "> a", "< b"
QString rangeSpan(const QString &lo, bool loExclusive, const QString &hi, bool hiExclusive)
{
    if (!lo.isEmpty() && !hi.isEmpty())
        return QStringLiteral("%1%2 … %3%4")
            .arg(loExclusive ? QStringLiteral("(") : QString(), lo, hi,
                 hiExclusive ? QStringLiteral(")") : QString());
    if (!lo.isEmpty())
        return (loExclusive ? QStringLiteral("> ") : QStringLiteral("≥ ")) + lo;
    if (!hi.isEmpty())
        return (hiExclusive ? QStringLiteral("< ") : QStringLiteral("≤ ")) + hi;
    return {};
}

QString pretty(const QJsonValue &v)
{
    if (v.isArray() || v.isObject()) {
        const QString compact = jsonText(v);
        if (compact.size() <= 70)
            return compact;
        return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                             : QJsonDocument(v.toObject()).toJson())
            .trimmed();
    }
    return jsonText(v);
}

} // namespace

QString SchemaModel::rangeText(const Field &f)
{
    QStringList parts;
    auto side = [](const std::optional<double> &n, const QString &t) { return n ? number(*n) : t; };
    const QString lo = side(f.minimum, f.minimumText),
                  xlo = side(f.exclusiveMinimum, f.exclusiveMinimumText);
    const QString hi = side(f.maximum, f.maximumText),
                  xhi = side(f.exclusiveMaximum, f.exclusiveMaximumText);
    const QString values = rangeSpan(xlo.isEmpty() ? lo : xlo, !xlo.isEmpty(),
                                     xhi.isEmpty() ? hi : xhi, !xhi.isEmpty());
    if (!values.isEmpty())
        parts << values;
    auto count = [](const std::optional<qint64> &a, const std::optional<qint64> &b) {
        return rangeSpan(a ? QString::number(*a) : QString(), false,
                         b ? QString::number(*b) : QString(), false);
    };
    if (f.minLength || f.maxLength)
        parts << tr("length %1").arg(count(f.minLength, f.maxLength));
    if (f.minItems || f.maxItems)
        parts << tr("items %1").arg(count(f.minItems, f.maxItems));
    if (f.minProperties || f.maxProperties)
        parts << tr("properties %1").arg(count(f.minProperties, f.maxProperties));
    if (f.multipleOf)
        parts << tr("multiple of %1").arg(number(*f.multipleOf));
    if (f.precision || f.scale)
        parts << tr("precision %1, scale %2")
                     .arg(f.precision ? QString::number(*f.precision) : QStringLiteral("?"))
                     .arg(f.scale.value_or(0));
    return parts.join(QStringLiteral("; "));
}

QString SchemaModel::patternText(const Field &f)
{
    QStringList parts;
    if (!f.pattern.isEmpty())
        parts << f.pattern;
    if (!f.format.isEmpty())
        parts << tr("format %1").arg(f.format);
    if (f.timezone)
        parts << (*f.timezone ? tr("with time zone") : tr("without time zone"));
    if (!f.defaultTimezone.isEmpty())
        parts << tr("default zone %1").arg(f.defaultTimezone);
    return parts.join(QStringLiteral("; "));
}

QString SchemaModel::qualityText(const QJsonArray &quality)
{
    QStringList rules;
    for (const auto &q : quality) {
        const QJsonObject o = q.toObject();
        QString name;
        for (const char *k : {"name", "rule", "metric", "description", "type"}) {
            name = jsonText(o.value(QLatin1String(k)));
            if (!name.isEmpty())
                break;
        }
        QStringList cond;
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().startsWith(QLatin1String("must")))
                cond << it.key() + QLatin1Char(' ') + jsonText(it.value());
        rules << (cond.isEmpty() ? name : name + QLatin1Char(' ') + cond.join(QLatin1Char(' ')));
    }
    return rules.join(QStringLiteral("; "));
}

QString SchemaModel::relationshipsText(const std::vector<Relationship> &rels)
{
    QStringList out;
    for (const Relationship &r : rels)
        out << (r.from.isEmpty() ? QString() : r.from.join(QLatin1Char(',')) + QLatin1Char(' ')) +
                   QStringLiteral("→ ") + r.to.join(QLatin1Char(','));
    return out.join(QStringLiteral("; "));
}

QList<QPair<QString, QString>> SchemaModel::details(const QModelIndex &index) const
{
    QList<QPair<QString, QString>> out;
    if (!index.isValid())
        return out;
    const Node *n = node(index);
    auto put = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out.append({label, value});
    };
    auto putJson = [&](const QString &label, const QJsonValue &v) {
        if ((v.isArray() && !v.toArray().isEmpty()) || (v.isObject() && !v.toObject().isEmpty()))
            put(label, pretty(v));
    };
    auto yes = [](bool b) { return b ? tr("yes") : QString(); };
    put(tr("Path"), n->path);
    if (n->object) {
        const SchemaObject &o = *n->object;
        put(tr("Name"), o.name);
        put(tr("Business name"), o.businessName);
        put(tr("Id"), o.id);
        put(tr("Physical name"), o.physicalName);
        put(tr("Physical type"), o.physicalType);
        put(tr("Description"), o.description);
        put(tr("Granularity"), o.dataGranularityDescription);
        put(tr("Deprecated"), yes(o.deprecated));
        put(tr("Primary key"), o.primaryKey.join(QStringLiteral(", ")));
        put(tr("Tags"), o.tags.join(QStringLiteral(", ")));
        putJson(tr("Synonyms"), o.synonyms);
        putJson(tr("Quality"), o.quality);
        put(tr("References"), relationshipsText(o.relationships));
        putJson(tr("Authoritative definitions"), o.authoritativeDefinitions);
        putJson(tr("Custom properties"), o.customProperties);
        putJson(tr("Context"), o.context);
        putJson(tr("Configuration"), o.config);
        putJson(tr("Links"), o.links);
        putJson(tr("Examples"), o.examples);
        for (auto it = o.extensions.begin(); it != o.extensions.end(); ++it)
            put(it.key(), pretty(it.value()));
        if (o.line > 0)
            put(tr("Line"), QString::number(o.line));
        return out;
    }
    const Field &f = *n->field;
    put(tr("Name"), f.name);
    put(tr("Business name"), f.businessName);
    put(tr("Id"), f.id);
    put(tr("Logical type"), f.logicalType);
    put(tr("Physical type"), f.physicalType);
    put(tr("Physical name"), f.physicalName);
    put(tr("Avro type"), f.typeName);
    put(tr("Avro type aliases"), f.typeAliases.join(QStringLiteral(", ")));
    put(tr("Refers to"), f.typeRef.isEmpty()
                             ? QString()
                             : tr("%1 (not expanded here: a recursive or much reused type, shown "
                                  "where it is first used)")
                                   .arg(f.typeRef));
    put(tr("Description"), f.description);
    put(tr("Required"), yes(f.required));
    put(tr("Unique"), yes(f.unique));
    put(tr("Primary key"),
        f.primaryKey ? (f.primaryKeyPosition > 0 ? tr("yes, position %1").arg(f.primaryKeyPosition)
                                                 : tr("yes"))
                     : QString());
    put(tr("Partitioned"), f.partitioned ? (f.partitionKeyPosition > 0
                                                ? tr("yes, position %1").arg(f.partitionKeyPosition)
                                                : tr("yes"))
                                         : QString());
    put(tr("Classification"), f.classification);
    put(tr("PII"), yes(f.pii));
    put(tr("Critical data element"), yes(f.criticalDataElement));
    put(tr("Deprecated"), yes(f.deprecated));
    put(tr("Semantic type"), f.semanticType);
    put(tr("Encrypted name"), f.encryptedName);
    if (!f.enumDetails.isEmpty())
        putJson(tr("Values"), f.enumDetails);
    else
        put(tr("Values"), f.enumValues.join(QStringLiteral(", ")));
    put(tr("Pattern"), f.pattern);
    put(tr("Format"), f.format);
    put(tr("Range"), rangeText(f));
    if (f.timezone)
        put(tr("Time zone"), *f.timezone ? tr("included") : tr("not included"));
    put(tr("Default time zone"), f.defaultTimezone);
    put(tr("Required properties"), f.requiredProperties.join(QStringLiteral(", ")));
    put(tr("Unique items"), yes(f.uniqueItems));
    put(tr("Default"), f.defaultValue);
    put(tr("Aliases"), f.aliases.join(QStringLiteral(", ")));
    put(tr("Tags"), f.tags.join(QStringLiteral(", ")));
    putJson(tr("Synonyms"), f.synonyms);
    putJson(tr("Examples"), f.examples);
    putJson(tr("Quality"), f.quality);
    put(tr("References"), relationshipsText(f.relationships));
    putJson(tr("Authoritative definitions"), f.authoritativeDefinitions);
    put(tr("Source fields"), f.transformSourceObjects.join(QStringLiteral(", ")));
    put(tr("Transformation"), f.transformLogic);
    put(tr("Transformation description"), f.transformDescription);
    putJson(tr("Lineage"), f.lineage);
    putJson(tr("Custom properties"), f.customProperties);
    putJson(tr("Configuration"), f.config);
    putJson(tr("Links"), f.links);
    for (auto it = f.extensions.begin(); it != f.extensions.end(); ++it)
        put(it.key(), pretty(it.value()));
    if (f.line > 0)
        put(tr("Line"), QString::number(f.line));
    return out;
}

} // namespace meshdesk
