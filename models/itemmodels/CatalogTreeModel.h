// The domain tree: domains -> data products and contracts (current versions). QtCore only;
// ui/ maps the roles (KindRole, StatusRole, PendingRole) to icons and colours.
#pragma once

#include "store/CatalogStore.h"

#include <QAbstractItemModel>

namespace meshdesk {

class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        KeyRole,
        StatusRole,
        PendingRole,
        DomainRole
    };
    enum Column
    {
        NameColumn,
        VersionColumn,
        StatusColumn,
        ColumnCount
    };

    explicit CatalogTreeModel(QObject *parent = nullptr);

    // Replaces the content (domains and entities as read from a store).
    void setCatalog(const QList<DomainSummary> &domains, const QList<EntitySummary> &entities);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    QModelIndex findEntity(const QString &kind, const QString &key) const;

private:
    struct DomainNode
    {
        QString name;
        QList<EntitySummary> entities;
    };
    QList<DomainNode> m_domains;
};

} // namespace meshdesk
