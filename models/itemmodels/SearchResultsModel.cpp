#include "SearchResultsModel.h"

namespace meshdesk {

// internal id 0: a group row; n > 0: a hit of group n-1

SearchResultsModel::SearchResultsModel(QObject *parent) : QAbstractItemModel(parent) {}

bool SearchResultsModel::isExact(const SearchHit &hit, const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return false;
    // a field or object: its own name (the last part of the path) or its path
    const QString name = hit.path.isEmpty() ? hit.title : hit.path.section(QLatin1Char('.'), -1);
    return hit.title.compare(q, Qt::CaseInsensitive) == 0 ||
           name.compare(q, Qt::CaseInsensitive) == 0 ||
           (!hit.path.isEmpty() && hit.path.compare(q, Qt::CaseInsensitive) == 0) ||
           (hit.kind == QLatin1String("domain") && hit.ref.compare(q, Qt::CaseInsensitive) == 0);
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits, const QString &query)
{
    static const QStringList order{QStringLiteral("product"), QStringLiteral("contract"),
                                   QStringLiteral("object"), QStringLiteral("field"),
                                   QStringLiteral("domain")};
    beginResetModel();
    m_groups.clear();
    m_query = query;
    QList<Group> withExact, rest;
    for (const QString &kind : order) {
        Group g{kind, {}};
        for (const SearchHit &h : hits)
            if (h.kind == kind)
                g.hits << h;
        if (g.hits.isEmpty())
            continue;
        std::stable_partition(g.hits.begin(), g.hits.end(),
                              [&query](const SearchHit &h) { return isExact(h, query); });
        (isExact(g.hits.front(), query) ? withExact : rest) << g;
    }
    m_groups = withExact + rest;
    endResetModel();
}

int SearchResultsModel::hitCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.hits.size());
    return n;
}

QModelIndex SearchResultsModel::firstHit() const
{
    return m_groups.isEmpty() ? QModelIndex() : index(0, 0, index(0, 0));
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).hits.size());
    return 0;
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return index.internalId() == 0 ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Group &g = m_groups.at(index.row());
        if (role == Qt::DisplayRole) {
            const int n = int(g.hits.size());
            if (g.kind == QLatin1String("product"))
                return tr("Data products (%1)").arg(n);
            if (g.kind == QLatin1String("contract"))
                return tr("Contracts (%1)").arg(n);
            if (g.kind == QLatin1String("object"))
                return tr("Schema objects (%1)").arg(n);
            if (g.kind == QLatin1String("field"))
                return tr("Fields (%1)").arg(n);
            return tr("Domains (%1)").arg(n);
        }
        if (role == IsGroupRole)
            return true;
        if (role == KindRole)
            return g.kind;
        return {};
    }
    const SearchHit &h = m_groups.at(int(index.internalId() - 1)).hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (h.kind == QLatin1String("field") || h.kind == QLatin1String("object"))
            return QStringLiteral("%1  —  %2").arg(h.path, h.ref);
        return h.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return h.snippet;
    case ExactRole:
        return isExact(h, m_query);
    case KindRole:
        return h.kind;
    case RefRole:
        return h.ref;
    case PathRole:
        return h.path;
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

} // namespace meshdesk
