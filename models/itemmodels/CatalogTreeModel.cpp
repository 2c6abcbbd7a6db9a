#include "CatalogTreeModel.h"

namespace meshdesk {

// Internal ids: 0 = a domain row; n > 0 = an entity row under domain n-1.

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

void CatalogTreeModel::setCatalog(const QList<DomainSummary> &domains,
                                  const QList<EntitySummary> &entities)
{
    beginResetModel();
    m_domains.clear();
    for (const DomainSummary &d : domains)
        m_domains.append({d.name, {}});
    for (const EntitySummary &e : entities) {
        auto it = std::find_if(m_domains.begin(), m_domains.end(),
                               [&](const DomainNode &d) { return d.name == e.domain; });
        if (it == m_domains.end()) {
            m_domains.append({e.domain, {}});
            it = std::prev(m_domains.end());
        }
        it->entities.append(e);
    }
    for (DomainNode &d : m_domains) // products first, then contracts, each by name
        std::stable_sort(d.entities.begin(), d.entities.end(),
                         [](const EntitySummary &a, const EntitySummary &b) {
                             if (a.kind != b.kind)
                                 return a.kind == QLatin1String("product");
                             return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                         });
    endResetModel();
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_domains.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_domains.at(parent.row()).entities.size());
    return 0;
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const DomainNode &d = m_domains.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return d.name.isEmpty() ? tr("(no domain)") : d.name;
            return {};
        case KindRole:
            return QStringLiteral("domain");
        case KeyRole:
        case DomainRole:
            return d.name;
        default:
            return {};
        }
    }
    const EntitySummary &e = m_domains.at(int(index.internalId() - 1)).entities.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return e.name.isEmpty() ? e.key : e.name;
        case VersionColumn:
            return e.version;
        case StatusColumn:
            return e.status;
        }
        return {};
    case Qt::ToolTipRole:
        return e.key;
    case KindRole:
        return e.kind;
    case KeyRole:
        return e.key;
    case StatusRole:
        return e.status;
    case PendingRole:
        return e.pendingChanges;
    case DomainRole:
        return e.domain;
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QModelIndex CatalogTreeModel::findEntity(const QString &kind, const QString &key) const
{
    for (int d = 0; d < m_domains.size(); ++d)
        for (int r = 0; r < m_domains[d].entities.size(); ++r)
            if (m_domains[d].entities[r].kind == kind && m_domains[d].entities[r].key == key)
                return index(r, 0, index(d, 0));
    return {};
}

} // namespace meshdesk
