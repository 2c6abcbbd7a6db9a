// A contract's schema as a tree: schema objects -> fields -> nested fields / array items / map
// keys and values. Rows are created from the contract on demand (the tree is indexed by
// pointers into the contract, so a 10,000-field schema costs no up-front work). Besides the
// columns, details() lists everything the document says about a row (for a details pane).
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
        EnumColumn,    // allowed values
        RangeColumn,   // bounds, lengths, item counts, decimal digits, multipleOf
        PatternColumn, // pattern and format
        ExamplesColumn,
        QualityColumn, // quality rules, one line each
        TagsColumn,
        DefaultColumn,
        RelationshipsColumn,
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
    const Field *fieldAt(const QModelIndex &index) const;         // nullptr for an object row
    const SchemaObject *objectAt(const QModelIndex &index) const; // nullptr for a field row
    // Everything known about a row, as (label, value) pairs in a stable order; values of
    // lists and mappings as indented JSON.
    QList<QPair<QString, QString>> details(const QModelIndex &index) const;

    // Short texts of a field's constraints, as the columns show them.
    static QString rangeText(const Field &f);
    static QString patternText(const Field &f);
    static QString qualityText(const QJsonArray &quality);
    static QString relationshipsText(const std::vector<Relationship> &rels);

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
