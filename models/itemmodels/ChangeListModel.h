// The inbox: changes (pending first, newest first) with their subject, versions and proposer.
// QtCore only; ui/ maps StatusRole to looks.
#pragma once

#include "store/CatalogStore.h"

#include <QAbstractTableModel>

namespace meshdesk {

class ChangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        SubjectColumn,
        VersionsColumn,
        ProposerColumn,
        CreatedColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeIdRole = Qt::UserRole + 1,
        StatusRole,
        KindRole,
        KeyRole
    };

    explicit ChangeListModel(QObject *parent = nullptr);
    void setChanges(QList<ChangeRecord> changes);
    int pendingCount() const;
    QModelIndex indexOfChange(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<ChangeRecord> m_changes;
};

} // namespace meshdesk
