// Search hits grouped by kind (products, contracts, schema objects, fields, domains): group
// rows at the top level, hits below. QtCore only.
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
        IsGroupRole
    };

    explicit SearchResultsModel(QObject *parent = nullptr);
    void setHits(const QList<SearchHit> &hits);
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
};

} // namespace meshdesk
