// The domain tree: domains -> data products -> output ports (their contracts) -> schema
// objects; contracts no product publishes sit directly under their domain. Schema objects are
// loaded through a loader the first time their parent's rows are asked for (no signals, like
// SchemaModel), so a 10,000-product catalog costs one row per product until the user opens
// one. QtCore only; ui/ maps the roles to looks.
#pragma once

#include "store/CatalogStore.h"

#include <QAbstractItemModel>
#include <functional>
#include <memory>

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
        PendingRole, // open changes here and below: a product's include its contracts', a domain's
                     // everything in it
        DomainRole,
        ObjectRole
    };
    enum Column
    {
        NameColumn,
        VersionColumn,
        StatusColumn,
        ColumnCount
    };
    // contract key -> names of its schema objects (called on first expansion)
    using ObjectLoader = std::function<QStringList(const QString &contractKey)>;

    explicit CatalogTreeModel(QObject *parent = nullptr);

    void setObjectLoader(ObjectLoader loader) { m_loader = std::move(loader); }
    // Replaces the content: domains, current products and contracts, products' output ports.
    void setCatalog(const QList<DomainSummary> &domains, const QList<EntitySummary> &entities,
                    const QList<ProductPorts> &outputPorts = {});

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The row of a product or a contract (a contract: its standalone row, else its port).
    QModelIndex findEntity(const QString &kind, const QString &key) const;
    QModelIndex findDomain(const QString &name) const;

private:
    struct Node
    {
        enum class Kind
        {
            Root,
            Domain,
            Product,
            Port,
            Contract,
            Object
        } kind = Kind::Root;
        QString key; // product/contract key, contract id for ports, object name
        QString label;
        QString version;
        QString status;
        QString domain;
        QString contract; // for ports and objects: the contract they show
        int pending = 0;
        Node *parent = nullptr;
        int row = 0;
        bool lazy = false; // children (schema objects) not fetched yet
        std::vector<std::unique_ptr<Node>> children;
    };
    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *n) const;
    Node *add(Node *parent, Node::Kind kind, const QString &key, const QString &label);
    void ensureLoaded(Node *n) const;

    Node m_root;
    ObjectLoader m_loader;
    QHash<QString, Node *> m_products;
    QHash<QString, Node *> m_contracts; // standalone or first port showing it
};

} // namespace meshdesk
