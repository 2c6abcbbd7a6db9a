// The changes of a semantic diff as a table (severity, path, kind, old, new). QtCore only.
#pragma once

#include "governance/Diff.h"

#include <QAbstractTableModel>

namespace meshdesk {

class DiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeverityColumn,
        PathColumn,
        KindColumn,
        OldColumn,
        NewColumn,
        ColumnCount
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        PathRole,
        FieldPathRole
    };

    explicit DiffModel(QObject *parent = nullptr);
    void setDiff(const governance::DiffResult &diff);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // "schema.orders.properties.a.properties.b.logicalType" -> "orders.a.b" (SchemaModel's path)
    static QString schemaPathOf(const QString &diffPath);
    // the path as the table shows it: "schema.orders.properties.a.logicalType" ->
    // "orders.a.logicalType"
    static QString displayPath(const QString &diffPath);

private:
    governance::DiffResult m_diff;
};

} // namespace meshdesk
