#include "LineageGraph.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <functional>

namespace meshdesk::lineage {

Graph Graph::build(const QList<ProductInput> &products, const QSet<QString> &knownContracts)
{
    Graph g;
    QHash<QString, QList<int>> producers; // contract -> product nodes
    for (const ProductInput &p : products) {
        if (g.m_index.contains(p.id))
            continue;
        g.m_index.insert(p.id, int(g.m_nodes.size()));
        g.m_nodes.push_back(
            {p.id, p.name.isEmpty() ? p.id : p.name, p.domain, p.owner, p.status, false});
    }
    for (const ProductInput &p : products)
        for (const QString &c : p.outputContracts)
            if (!c.isEmpty())
                producers[c] << g.m_index.value(p.id);
    for (const ProductInput &p : products) {
        const int to = g.m_index.value(p.id);
        for (const QString &c : p.inputContracts) {
            if (c.isEmpty())
                continue;
            QList<int> from = producers.value(c);
            if (from.isEmpty()) {
                // nobody produces it: an external source node, named by the contract
                const QString key = QStringLiteral("external:") + c;
                int ext = g.m_index.value(key, -1);
                if (ext < 0) {
                    ext = int(g.m_nodes.size());
                    g.m_index.insert(key, ext);
                    g.m_nodes.push_back({key, c, QString(), QString(), QString(), true});
                }
                from << ext;
            }
            for (int f : from)
                g.m_edges.push_back({f, to, c});
            // a contract nobody produces is an external source (a system outside the mesh),
            // whether or not a contract document describes it: that is no fault
        }
        if (!knownContracts.isEmpty())
            for (const QString &c : p.outputContracts)
                if (!c.isEmpty() && !knownContracts.contains(c))
                    g.m_warnings.append(
                        {p.id, c,
                         QCoreApplication::translate(
                             "meshdesk::lineage::Graph",
                             "output port of %1 names contract '%2', which is not imported "
                             "(dangling reference)")
                             .arg(p.id, c)});
    }
    g.m_out.assign(g.m_nodes.size(), {});
    g.m_in.assign(g.m_nodes.size(), {});
    for (int e = 0; e < int(g.m_edges.size()); ++e) {
        g.m_out[size_t(g.m_edges[size_t(e)].from)] << e;
        g.m_in[size_t(g.m_edges[size_t(e)].to)] << e;
    }
    return g;
}

QSet<int> Graph::walk(int node, int depth, bool downstream, const QString &firstContract) const
{
    QSet<int> seen{node};
    QList<int> frontier{node};
    for (int d = 0; !frontier.isEmpty() && (depth < 0 || d < depth); ++d) {
        QList<int> next;
        for (int n : frontier) {
            for (int e : downstream ? m_out[size_t(n)] : m_in[size_t(n)]) {
                if (d == 0 && !firstContract.isEmpty() &&
                    m_edges[size_t(e)].contract != firstContract)
                    continue;
                const int m = downstream ? m_edges[size_t(e)].to : m_edges[size_t(e)].from;
                if (!seen.contains(m)) {
                    seen.insert(m);
                    next << m;
                }
            }
        }
        frontier = next;
    }
    return seen;
}

QSet<int> Graph::neighbourhood(int node, int up, int down) const
{
    if (node < 0)
        return {};
    return walk(node, up, false) | walk(node, down, true);
}

QSet<int> Graph::impact(int node, const QString &contract) const
{
    if (node < 0)
        return {};
    QSet<int> s = walk(node, -1, true, contract);
    s.remove(node);
    return s;
}

QSet<int> Graph::upstream(int node, int depth) const
{
    if (node < 0)
        return {};
    QSet<int> s = walk(node, depth, false);
    s.remove(node);
    return s;
}

QList<int> Graph::shortestPath(int from, int to) const
{
    if (from < 0 || to < 0)
        return {};
    QHash<int, int> parent{{from, -1}};
    QList<int> queue{from};
    while (!queue.isEmpty()) {
        const int n = queue.takeFirst();
        if (n == to) {
            QList<int> path;
            for (int x = to; x >= 0; x = parent.value(x))
                path.prepend(x);
            return path;
        }
        for (int e : m_out[size_t(n)]) {
            const int m = m_edges[size_t(e)].to;
            if (!parent.contains(m)) {
                parent.insert(m, n);
                queue << m;
            }
        }
    }
    return {};
}

QList<QList<int>> Graph::cycles() const
{
    // Tarjan's strongly connected components, iterative (a mesh can be deep).
    const int n = int(m_nodes.size());
    std::vector<int> index(size_t(n), -1), low(size_t(n), 0);
    std::vector<bool> onStack(size_t(n), false);
    std::vector<int> stack;
    QList<QList<int>> out;
    int counter = 0;
    for (int start = 0; start < n; ++start) {
        if (index[size_t(start)] >= 0)
            continue;
        std::vector<std::pair<int, int>> work{{start, 0}}; // node, next out-edge position
        while (!work.empty()) {
            auto &[v, pos] = work.back();
            if (pos == 0 && index[size_t(v)] < 0) {
                index[size_t(v)] = low[size_t(v)] = counter++;
                stack.push_back(v);
                onStack[size_t(v)] = true;
            }
            if (pos < m_out[size_t(v)].size()) {
                const int w = m_edges[size_t(m_out[size_t(v)][pos++])].to;
                if (index[size_t(w)] < 0)
                    work.push_back({w, 0});
                else if (onStack[size_t(w)])
                    low[size_t(v)] = std::min(low[size_t(v)], index[size_t(w)]);
                continue;
            }
            if (low[size_t(v)] == index[size_t(v)]) {
                QList<int> comp;
                int w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[size_t(w)] = false;
                    comp << w;
                } while (w != v);
                const bool selfLoop =
                    comp.size() == 1 &&
                    std::any_of(m_out[size_t(v)].begin(), m_out[size_t(v)].end(),
                                [&](int e) { return m_edges[size_t(e)].to == v; });
                if (comp.size() > 1 || selfLoop)
                    out << comp;
            }
            const int finished = v;
            work.pop_back();
            if (!work.empty())
                low[size_t(work.back().first)] =
                    std::min(low[size_t(work.back().first)], low[size_t(finished)]);
        }
    }
    return out;
}

QList<int> Graph::edgesWithin(const QSet<int> &nodes) const
{
    QList<int> out;
    for (int e = 0; e < int(m_edges.size()); ++e)
        if (nodes.contains(m_edges[size_t(e)].from) && nodes.contains(m_edges[size_t(e)].to))
            out << e;
    return out;
}

QJsonObject Graph::toJson(const QSet<int> &only) const
{
    QJsonArray nodes, edges;
    for (int i = 0; i < int(m_nodes.size()); ++i) {
        if (!only.isEmpty() && !only.contains(i))
            continue;
        const Node &n = m_nodes[size_t(i)];
        nodes.append(QJsonObject{{QStringLiteral("id"), n.id},
                                 {QStringLiteral("name"), n.name},
                                 {QStringLiteral("domain"), n.domain},
                                 {QStringLiteral("owner"), n.owner},
                                 {QStringLiteral("kind"), n.external ? QStringLiteral("external")
                                                                     : QStringLiteral("product")}});
    }
    for (const Edge &e : m_edges) {
        if (!only.isEmpty() && (!only.contains(e.from) || !only.contains(e.to)))
            continue;
        edges.append(QJsonObject{{QStringLiteral("from"), m_nodes[size_t(e.from)].id},
                                 {QStringLiteral("to"), m_nodes[size_t(e.to)].id},
                                 {QStringLiteral("contract"), e.contract}});
    }
    return QJsonObject{{QStringLiteral("nodes"), nodes}, {QStringLiteral("edges"), edges}};
}

QString Graph::toDot(const QSet<int> &only) const
{
    auto q = [](QString s) {
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
               QLatin1Char('"');
    };
    QString dot =
        QStringLiteral("digraph mesh {\n  rankdir=TB;\n  node [shape=box, style=rounded];\n");
    QHash<QString, QStringList> byDomain;
    for (int i = 0; i < int(m_nodes.size()); ++i)
        if (only.isEmpty() || only.contains(i))
            byDomain[m_nodes[size_t(i)].domain]
                << QStringLiteral("    %1 [label=%2%3];\n")
                       .arg(q(m_nodes[size_t(i)].id), q(m_nodes[size_t(i)].name),
                            m_nodes[size_t(i)].external ? QStringLiteral(", style=dashed")
                                                        : QString());
    int cluster = 0;
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        if (it.key().isEmpty()) {
            dot += it.value().join(QString());
            continue;
        }
        dot += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n")
                   .arg(cluster++)
                   .arg(q(it.key()));
        dot += it.value().join(QString()) + QStringLiteral("  }\n");
    }
    for (const Edge &e : m_edges)
        if (only.isEmpty() || (only.contains(e.from) && only.contains(e.to)))
            dot +=
                QStringLiteral("  %1 -> %2 [tooltip=%3];\n")
                    .arg(q(m_nodes[size_t(e.from)].id), q(m_nodes[size_t(e.to)].id), q(e.contract));
    return dot + QStringLiteral("}\n");
}

} // namespace meshdesk::lineage

#include "catalog/Catalog.h"

namespace meshdesk::lineage {

QList<FieldLineage> fieldLineage(const Contract &contract)
{
    QList<FieldLineage> out;
    std::function<void(const Field &, const QString &)> walk = [&](const Field &f,
                                                                   const QString &path) {
        if (!f.transformSourceObjects.isEmpty() || !f.transformLogic.isEmpty())
            out.append({path, f.transformSourceObjects, f.transformLogic});
        for (const Field &c : f.fields)
            walk(c, path + QLatin1Char('.') + c.name);
        if (const Field *items = f.arrayItems())
            for (const Field &c : items->fields)
                walk(c, path + QStringLiteral("[].") + c.name);
    };
    for (const SchemaObject &o : contract.objects)
        for (const Field &f : o.fields)
            walk(f, o.name + QLatin1Char('.') + f.name);
    return out;
}

} // namespace meshdesk::lineage
