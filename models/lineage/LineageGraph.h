// The mesh as a graph: data products (and external sources: contracts some product reads but
// none produces) as nodes; an edge A -> B when an input port of B names a contract an output
// port of A names. Pure value type with the queries lineage needs (neighbourhoods, impact,
// shortest path, cycles); built from value data so tests need nothing but data.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace meshdesk::lineage {

struct Node
{
    QString id;
    QString name;
    QString domain;
    QString owner;
    QString status;
    bool external = false; // a contract nobody produces
};

struct Edge
{
    int from = 0;
    int to = 0;
    QString contract;
};

struct ProductInput // what the graph is built from
{
    QString id, name, domain, owner, status;
    QStringList inputContracts;
    QStringList outputContracts;
};

struct Warning
{
    QString product;
    QString contract;
    QString message;
};

class Graph
{
public:
    // knownContracts: ids of contracts imported in the catalog. An output port naming a contract
    // that is not imported is a dangling reference (a warning); a contract some product reads
    // and none produces becomes an external source node, which is no warning.
    static Graph build(const QList<ProductInput> &products,
                       const QSet<QString> &knownContracts = {});

    const std::vector<Node> &nodes() const { return m_nodes; }
    const std::vector<Edge> &edges() const { return m_edges; }
    const QList<Warning> &warnings() const { return m_warnings; }
    int indexOf(const QString &id) const { return m_index.value(id, -1); }
    const QList<int> &outEdges(int node) const { return m_out[size_t(node)]; }
    const QList<int> &inEdges(int node) const { return m_in[size_t(node)]; }

    // Nodes within `up` steps upstream and `down` steps downstream of a node (itself included).
    QSet<int> neighbourhood(int node, int up, int down) const;
    // Transitive downstream of a node; of one output port when contract is given.
    QSet<int> impact(int node, const QString &contract = {}) const;
    QSet<int> upstream(int node, int depth = -1) const;
    // Node indexes of a shortest directed path (empty when none).
    QList<int> shortestPath(int from, int to) const;
    // Each cycle as its node indexes (strongly connected components of more than one node,
    // or a self-loop).
    QList<QList<int>> cycles() const;
    // Edges whose both ends are in the set.
    QList<int> edgesWithin(const QSet<int> &nodes) const;

    QJsonObject toJson(const QSet<int> &only = {}) const; // {"nodes":[...],"edges":[...]}
    QString toDot(const QSet<int> &only = {}) const;

private:
    QSet<int> walk(int node, int depth, bool downstream, const QString &firstContract = {}) const;
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<QList<int>> m_out, m_in;
    QHash<QString, int> m_index;
    QList<Warning> m_warnings;
};

} // namespace meshdesk::lineage

namespace meshdesk {
struct Contract;
}

namespace meshdesk::lineage {

// Field-level lineage a contract declares (ODCS transformSourceObjects / transformLogic, Data
// Contract Specification lineage.inputFields): one row per field that names its sources.
struct FieldLineage
{
    QString field;       // object.field.sub
    QStringList sources; // source objects / fields
    QString logic;       // transformation, when given
};
QList<FieldLineage> fieldLineage(const Contract &contract);

} // namespace meshdesk::lineage
