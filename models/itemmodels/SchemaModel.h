// A contract's schema as a tree: schema objects -> fields -> nested fields / array items.
// Rows are created from the contract on demand (the tree is indexed by pointers into the
// contract, so a 10,000-field schema costs no up-front work).
#pragma once

#include "catalog/Catalog.h"

#include <QAbstractItemModel>

namespace meshdesk {

class SchemaModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        LogicalTypeColumn,
        PhysicalTypeColumn,
        FlagsColumn,
        ClassificationColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        PiiRole,
        RequiredRole,
        PrimaryKeyRole
    };

    explicit SchemaModel(QObject *parent = nullptr);
    void setContract(const Contract &contract);
    // The row of a path like "orders.address.city" or "orders.events[].code" (PathRole).
    QModelIndex indexOfPath(const QString &path) const;
    const Contract &contract() const { return m_contract; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        const SchemaObject *object = nullptr;
        const Field *field = nullptr;
        const Node *parent = nullptr;
        int row = 0;
        QString path;
        mutable std::vector<std::unique_ptr<Node>> children; // created when first asked
        mutable bool expanded = false;
    };
    const Node *node(const QModelIndex &index) const;
    const std::vector<std::unique_ptr<Node>> &childrenOf(const Node *n) const;

    Contract m_contract;
    Node m_root;
};

} // namespace meshdesk
