#include "CatalogTreeModel.h"

#include "catalog/DisplayText.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

namespace meshdesk {

CatalogTreeModel::CatalogTreeModel(QObject *parent) : QAbstractItemModel(parent) {}

CatalogTreeModel::Node *CatalogTreeModel::add(Node *parent, Node::Kind kind, const QString &key,
                                              const QString &label)
{
    auto n = std::make_unique<Node>();
    n->kind = kind;
    n->key = key;
    n->label = label;
    n->parent = parent;
    n->row = int(parent->children.size());
    n->domain = parent->domain;
    parent->children.push_back(std::move(n));
    return parent->children.back().get();
}

void CatalogTreeModel::setCatalog(const QList<DomainSummary> &domains,
                                  const QList<EntitySummary> &entities,
                                  const QList<ProductPorts> &outputPorts)
{
    beginResetModel();
    m_root.children.clear();
    m_products.clear();
    m_contracts.clear();
    // names sort as people count: "Product 2" before "Product 10", case aside (the C locale's
    // collator compares code points only, whatever its options: English rules then)
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    QHash<QString, Node *> domainNodes;
    auto domainNode = [&](const QString &name) {
        auto it = domainNodes.find(name);
        if (it != domainNodes.end())
            return *it;
        Node *d = add(&m_root, Node::Kind::Domain, name, name.isEmpty() ? tr("(no domain)") : name);
        d->domain = name;
        domainNodes.insert(name, d);
        return d;
    };
    QList<DomainSummary> sortedDomains = domains;
    std::stable_sort(sortedDomains.begin(), sortedDomains.end(),
                     [&collator](const DomainSummary &a, const DomainSummary &b) {
                         if (a.name.isEmpty() != b.name.isEmpty())
                             return b.name.isEmpty(); // "(no domain)" last
                         return collator.compare(a.name, b.name) < 0;
                     });
    for (const DomainSummary &d : std::as_const(sortedDomains))
        domainNode(d.name);
    QHash<QString, const EntitySummary *> contracts;
    for (const EntitySummary &e : entities)
        if (e.kind == QLatin1String("contract"))
            contracts.insert(e.key, &e);
    QList<const EntitySummary *> products;
    for (const EntitySummary &e : entities)
        if (e.kind == QLatin1String("product"))
            products << &e;
    auto byName = [&collator](const EntitySummary *a, const EntitySummary *b) {
        return collator.compare(a->name.isEmpty() ? a->key : a->name,
                                b->name.isEmpty() ? b->key : b->name) < 0;
    };
    std::stable_sort(products.begin(), products.end(), byName);
    QHash<QString, QList<const ProductPorts *>> portsOf;
    for (const ProductPorts &p : outputPorts)
        portsOf[p.productKey] << &p;
    for (const EntitySummary *p : products) {
        Node *n = add(domainNode(p->domain), Node::Kind::Product, p->key,
                      p->name.isEmpty() ? p->key : p->name);
        n->version = p->version;
        n->status = p->status;
        n->pending = p->pendingChanges;
        m_products.insert(p->key, n);
        for (const ProductPorts *port : portsOf.value(p->key)) {
            const EntitySummary *c = contracts.value(port->contractId);
            Node *pn =
                add(n, Node::Kind::Port, port->contractId,
                    c ? QStringLiteral("%1 \u2192 %2").arg(port->portName, c->name)
                      : QStringLiteral("%1 \u2192 %2").arg(port->portName, port->contractId));
            pn->contract = port->contractId;
            if (c) {
                pn->version = c->version;
                pn->status = c->status;
                pn->pending = c->pendingChanges;
                pn->lazy = true;
                if (!m_contracts.contains(c->key))
                    m_contracts.insert(c->key, pn);
            }
        }
    }
    QList<const EntitySummary *> loose;
    for (const EntitySummary *c : std::as_const(contracts))
        if (!m_contracts.contains(c->key))
            loose << c;
    std::stable_sort(loose.begin(), loose.end(), byName);
    for (const EntitySummary *c : loose) {
        Node *n = add(domainNode(c->domain), Node::Kind::Contract, c->key,
                      c->name.isEmpty() ? c->key : c->name);
        n->contract = c->key;
        n->version = c->version;
        n->status = c->status;
        n->pending = c->pendingChanges;
        n->lazy = true;
        m_contracts.insert(c->key, n);
    }
    // pending marks climb: a product shows its own changes and its contracts', a domain all
    // of what it holds (each contract counted once however many ports show it)
    for (const auto &d : m_root.children) {
        QSet<QString> counted;
        int domainPending = 0;
        for (const auto &child : d->children) {
            if (child->kind == Node::Kind::Contract) {
                if (!counted.contains(QLatin1Char('c') + child->key))
                    domainPending += child->pending;
                counted.insert(QLatin1Char('c') + child->key);
                continue;
            }
            QSet<QString> own;
            int productPending = child->pending;
            for (const auto &port : child->children)
                if (!own.contains(port->contract)) {
                    own.insert(port->contract);
                    productPending += port->pending;
                    if (!counted.contains(QLatin1Char('c') + port->contract))
                        domainPending += port->pending;
                    counted.insert(QLatin1Char('c') + port->contract);
                }
            domainPending += child->pending;
            child->pending = productPending;
        }
        d->pending = domainPending;
    }
    endResetModel();
}

CatalogTreeModel::Node *CatalogTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer())
                           : const_cast<Node *>(&m_root);
}

QModelIndex CatalogTreeModel::indexOf(const Node *n) const
{
    if (!n || n == &m_root)
        return {};
    return createIndex(n->row, 0, const_cast<Node *>(n));
}

QModelIndex CatalogTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = node(parent);
    ensureLoaded(p);
    return createIndex(row, column, p->children.at(size_t(row)).get());
}

QModelIndex CatalogTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child)->parent);
}

int CatalogTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *n = node(parent);
    ensureLoaded(n);
    return int(n->children.size());
}

int CatalogTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool CatalogTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = node(parent);
    return !n->children.empty() || (n->lazy && m_loader);
}

void CatalogTreeModel::ensureLoaded(Node *n) const
{
    if (!n->lazy || !m_loader)
        return;
    n->lazy = false;
    for (const QString &o : m_loader(n->contract)) {
        Node *c = const_cast<CatalogTreeModel *>(this)->add(n, Node::Kind::Object, o, o);
        c->contract = n->contract;
    }
}

QVariant CatalogTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *n = node(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n->label;
        case VersionColumn:
            return n->version;
        case StatusColumn:
            return statusDisplayName(n->status);
        }
        return {};
    case Qt::ToolTipRole: // the whole label (long names are elided in a narrow tree) and the id
        return n->kind == Node::Kind::Domain ? n->label
               : n->kind == Node::Kind::Port ? QStringLiteral("%1\n%2").arg(n->label, n->contract)
                                             : QStringLiteral("%1\n%2").arg(n->label, n->key);
    case KindRole:
        switch (n->kind) {
        case Node::Kind::Domain:
            return QStringLiteral("domain");
        case Node::Kind::Product:
            return QStringLiteral("product");
        case Node::Kind::Port:
            return QStringLiteral("port");
        case Node::Kind::Contract:
            return QStringLiteral("contract");
        case Node::Kind::Object:
            return QStringLiteral("object");
        case Node::Kind::Root:
            return {};
        }
        return {};
    case KeyRole: // what opens: the product, or the contract a port/object shows
        return n->kind == Node::Kind::Port || n->kind == Node::Kind::Object ? n->contract : n->key;
    case ObjectRole:
        return n->kind == Node::Kind::Object ? n->key : QString();
    case StatusRole:
        return n->status;
    case PendingRole:
        return n->pending;
    case DomainRole:
        return n->domain;
    default:
        return {};
    }
}

QVariant CatalogTreeModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

QModelIndex CatalogTreeModel::findDomain(const QString &name) const
{
    for (const auto &d : m_root.children)
        if (d->key == name)
            return indexOf(d.get());
    return {};
}

QModelIndex CatalogTreeModel::findEntity(const QString &kind, const QString &key) const
{
    if (kind == QLatin1String("product"))
        return indexOf(m_products.value(key));
    if (kind == QLatin1String("contract"))
        return indexOf(m_contracts.value(key));
    return {};
}

} // namespace meshdesk
