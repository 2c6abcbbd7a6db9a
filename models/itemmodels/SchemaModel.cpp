#include "SchemaModel.h"

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
            if (path.startsWith(p + QLatin1Char('.')) || path.startsWith(p + QLatin1Char('['))) {
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
            if (n->field)
                if (const Field *items = n->field->arrayItems())
                    add(nullptr, items, n->path + QStringLiteral("[]"));
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
    return int(fields.size()) + (n->field && n->field->arrayItems() ? 1 : 0);
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
            default:
                return {};
            }
        }
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
        }
        return {};
    case Qt::ToolTipRole:
        return f.description;
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
    }
    return {};
}

} // namespace meshdesk
