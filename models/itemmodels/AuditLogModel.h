// The audit log as a table (time, actor, action, subject, details), filterable by actor,
// action and period without asking the store again. Rows come from CatalogStore::auditLog()
// only, whatever the log's form underneath. QtCore only.
#pragma once

#include "store/CatalogStore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>

namespace meshdesk {

class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        TimeColumn,
        ActorColumn,
        ActionColumn,
        SubjectColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        ActorRole = Qt::UserRole + 1,
        ActionRole,
        TimeRole,   // QDateTime (UTC)
        DetailsRole // the details as indented JSON
    };

    explicit AuditLogModel(QObject *parent = nullptr);
    void setRows(const QList<AuditRow> &rows);
    QStringList actors() const;  // distinct, sorted
    QStringList actions() const; // distinct, sorted

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRow> m_rows;
    QList<QDateTime> m_times;
};

// Keeps the rows of one actor, one action (empty: any) within [from, to) (invalid: open).
class AuditLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setActor(const QString &actor);
    void setAction(const QString &action);
    void setPeriod(const QDateTime &from, const QDateTime &to);

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override;

private:
    QString m_actor, m_action;
    QDateTime m_from, m_to;
};

} // namespace meshdesk
