// Search hits grouped by kind (products, contracts, schema objects, fields, domains): group
// rows at the top level, hits below. What the query names exactly comes first: the group
// holding an exact match leads, and exact matches lead their group (a domain called "orders"
// above nineteen fields that mention orders). QtCore only.
#pragma once

#include "store/CatalogStore.h"

#include <QAbstractItemModel>

namespace meshdesk {

class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        RefRole,
        PathRole,
        IsGroupRole,
        SnippetRole, // the matching text around the hit, matches in [brackets]
        ExactRole    // the title (or a field's or object's name) is the query itself
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    // `query`: what was searched (for exact matches first)
    void setHits(const QList<SearchHit> &hits, const QString &query = {});
    static bool isExact(const SearchHit &hit, const QString &query);
    int hitCount() const;
    QModelIndex firstHit() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString kind;
        QList<SearchHit> hits;
    };
    QList<Group> m_groups;
    QString m_query;
};

} // namespace meshdesk
