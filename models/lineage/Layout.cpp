#include "Layout.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <numeric>

namespace meshdesk::lineage {

const NodeBox *LayoutResult::boxOf(int node) const
{
    for (const NodeBox &b : nodes)
        if (b.node == node)
            return &b;
    return nullptr;
}

long long countCrossings(std::vector<std::pair<int, int>> edges)
{
    // sort by upper position, then count inversions of the lower positions (Fenwick tree)
    std::sort(edges.begin(), edges.end());
    int maxLower = 0;
    for (const auto &e : edges)
        maxLower = std::max(maxLower, e.second);
    std::vector<int> tree(size_t(maxLower) + 2, 0);
    long long crossings = 0;
    int seen = 0;
    for (const auto &e : edges) {
        // count earlier edges whose lower end is greater than this one's
        int le = 0;
        for (int i = e.second + 1; i > 0; i -= i & -i)
            le += tree[size_t(i)];
        crossings += seen - le;
        for (int i = e.second + 1; i < int(tree.size()); i += i & -i)
            ++tree[size_t(i)];
        ++seen;
    }
    return crossings;
}

namespace {

struct VNode // a real or dummy node in the layered graph
{
    int graphNode = -1; // -1 for a dummy
    int layer = 0;
    int domain = 0; // index of the domain (dummies take their edge's source domain)
    double pos = 0; // position within the layer
    double x = 0;
    std::vector<int> up, down; // neighbours in the adjacent layers
};

} // namespace

LayoutResult layout(const Graph &graph, const QSet<int> &only, const LayoutOptions &opt)
{
    LayoutResult result;
    // 1. the nodes and edges to lay out
    std::vector<int> nodes;
    for (int i = 0; i < int(graph.nodes().size()); ++i)
        if (only.isEmpty() || only.contains(i))
            nodes.push_back(i);
    if (nodes.empty())
        return result;
    QHash<int, int> local;
    for (int i = 0; i < int(nodes.size()); ++i)
        local.insert(nodes[size_t(i)], i);
    const int n = int(nodes.size());
    std::vector<std::pair<int, int>> edges; // local from, to
    std::vector<int> edgeIds;
    for (int e = 0; e < int(graph.edges().size()); ++e) {
        const Edge &ed = graph.edges()[size_t(e)];
        const auto f = local.constFind(ed.from), t = local.constFind(ed.to);
        if (f == local.constEnd() || t == local.constEnd() || *f == *t)
            continue; // self-loops are reported by cycles(), not drawn
        edges.push_back({*f, *t});
        edgeIds.push_back(e);
    }
    std::vector<std::vector<int>> out(static_cast<size_t>(n)), in(static_cast<size_t>(n));
    for (int e = 0; e < int(edges.size()); ++e) {
        out[size_t(edges[size_t(e)].first)].push_back(e);
        in[size_t(edges[size_t(e)].second)].push_back(e);
    }
    // 2. break cycles: edges closing a DFS back path are reversed
    std::vector<bool> reversed(edges.size(), false);
    {
        std::vector<int> state(static_cast<size_t>(n), 0); // 0 new, 1 on stack, 2 done
        for (int s = 0; s < n; ++s) {
            if (state[size_t(s)])
                continue;
            std::vector<std::pair<int, size_t>> stack{{s, 0}};
            state[size_t(s)] = 1;
            while (!stack.empty()) {
                auto &[v, i] = stack.back();
                if (i < out[size_t(v)].size()) {
                    const int e = out[size_t(v)][i++];
                    const int w = edges[size_t(e)].second;
                    if (state[size_t(w)] == 1)
                        reversed[size_t(e)] = true;
                    else if (state[size_t(w)] == 0) {
                        state[size_t(w)] = 1;
                        stack.push_back({w, 0});
                    }
                } else {
                    state[size_t(v)] = 2;
                    stack.pop_back();
                }
            }
        }
    }
    auto src = [&](int e) {
        return reversed[size_t(e)] ? edges[size_t(e)].second : edges[size_t(e)].first;
    };
    auto dst = [&](int e) {
        return reversed[size_t(e)] ? edges[size_t(e)].first : edges[size_t(e)].second;
    };
    // 3. longest-path layering (Kahn's order)
    std::vector<int> layer(static_cast<size_t>(n), 0), indeg(static_cast<size_t>(n), 0);
    std::vector<std::vector<int>> succ(static_cast<size_t>(n));
    for (int e = 0; e < int(edges.size()); ++e) {
        succ[size_t(src(e))].push_back(e);
        ++indeg[size_t(dst(e))];
    }
    std::vector<int> queue;
    for (int v = 0; v < n; ++v)
        if (!indeg[size_t(v)])
            queue.push_back(v);
    for (size_t qi = 0; qi < queue.size(); ++qi) {
        const int v = queue[qi];
        for (int e : succ[size_t(v)]) {
            const int w = dst(e);
            layer[size_t(w)] = std::max(layer[size_t(w)], layer[size_t(v)] + 1);
            if (--indeg[size_t(w)] == 0)
                queue.push_back(w);
        }
    }
    // sources sit one layer above their first consumer (shorter edges, fewer dummies)
    for (int v = 0; v < n; ++v) {
        if (!in[size_t(v)].empty() || succ[size_t(v)].empty())
            continue;
        int minChild = INT_MAX;
        for (int e : succ[size_t(v)])
            minChild = std::min(minChild, layer[size_t(dst(e))]);
        layer[size_t(v)] = std::max(0, minChild - 1);
    }
    int layers = 0;
    for (int v = 0; v < n; ++v)
        layers = std::max(layers, layer[size_t(v)] + 1);
    // domains
    QHash<QString, int> domainIndex;
    std::vector<QString> domainNames;
    auto domainOf = [&](int graphNode) {
        const QString &d = graph.nodes()[size_t(graphNode)].domain;
        auto it = domainIndex.constFind(d);
        if (it != domainIndex.constEnd())
            return *it;
        domainIndex.insert(d, int(domainNames.size()));
        domainNames.push_back(d);
        return int(domainNames.size()) - 1;
    };
    // 4. the layered graph with dummies
    std::vector<VNode> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        v[size_t(i)].graphNode = nodes[size_t(i)];
        v[size_t(i)].layer = layer[size_t(i)];
        v[size_t(i)].domain = domainOf(nodes[size_t(i)]);
    }
    std::vector<std::vector<int>> chain(edges.size()); // per edge: its vnodes from src to dst
    for (int e = 0; e < int(edges.size()); ++e) {
        int prev = src(e);
        chain[size_t(e)].push_back(prev);
        for (int l = layer[size_t(src(e))] + 1; l < layer[size_t(dst(e))]; ++l) {
            VNode d;
            d.layer = l;
            d.domain = v[size_t(src(e))].domain;
            v.push_back(d);
            const int id = int(v.size()) - 1;
            v[size_t(prev)].down.push_back(id);
            v[size_t(id)].up.push_back(prev);
            chain[size_t(e)].push_back(id);
            prev = id;
        }
        v[size_t(prev)].down.push_back(dst(e));
        v[size_t(dst(e))].up.push_back(prev);
        chain[size_t(e)].push_back(dst(e));
    }
    result.dummies = int(v.size()) - n;
    std::vector<std::vector<int>> rows(static_cast<size_t>(layers));
    // initial order: by domain, then by a DFS-ish order (the queue order)
    std::vector<int> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return v[size_t(a)].domain < v[size_t(b)].domain; });
    for (int id : order)
        rows[size_t(v[size_t(id)].layer)].push_back(id);
    auto renumber = [&](std::vector<int> &row) {
        for (int i = 0; i < int(row.size()); ++i)
            v[size_t(row[size_t(i)])].pos = i;
    };
    for (auto &row : rows)
        renumber(row);
    // 5. crossing minimisation: barycenter sweeps, domains kept contiguous per layer
    auto sortRow = [&](std::vector<int> &row, bool useUp) {
        std::vector<double> bary(v.size(), 0);
        QHash<int, std::pair<double, int>> domainSum;
        for (int id : row) {
            const auto &nb = useUp ? v[size_t(id)].up : v[size_t(id)].down;
            double b = v[size_t(id)].pos;
            if (!nb.empty()) {
                b = 0;
                for (int m : nb)
                    b += v[size_t(m)].pos;
                b /= double(nb.size());
            }
            bary[size_t(id)] = b;
            auto &ds = domainSum[v[size_t(id)].domain];
            ds.first += b;
            ds.second += 1;
        }
        std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
            if (opt.clusterDomains && v[size_t(a)].domain != v[size_t(b)].domain) {
                const auto da = domainSum.value(v[size_t(a)].domain),
                           db = domainSum.value(v[size_t(b)].domain);
                const double ma = da.first / da.second, mb = db.first / db.second;
                if (ma != mb)
                    return ma < mb;
                return v[size_t(a)].domain < v[size_t(b)].domain;
            }
            return bary[size_t(a)] < bary[size_t(b)];
        });
        renumber(row);
    };
    auto totalCrossings = [&] {
        long long c = 0;
        for (int l = 0; l + 1 < layers; ++l) {
            std::vector<std::pair<int, int>> es;
            for (int id : rows[size_t(l)])
                for (int m : v[size_t(id)].down)
                    es.push_back({int(v[size_t(id)].pos), int(v[size_t(m)].pos)});
            c += countCrossings(std::move(es));
        }
        return c;
    };
    // transpose (as dot does): swap neighbours of a layer while that removes crossings with
    // both adjacent layers; within a domain only, so clusters stay contiguous
    auto pairCrossings = [&](int a, int b) { // a left of b: crossings among their edges
        long long c = 0;
        for (const auto *nbs : {&v[size_t(a)].up, &v[size_t(a)].down}) {
            const auto &na = *nbs;
            const auto &nb = nbs == &v[size_t(a)].up ? v[size_t(b)].up : v[size_t(b)].down;
            for (int x : na)
                for (int y : nb)
                    if (v[size_t(x)].pos > v[size_t(y)].pos)
                        ++c;
        }
        return c;
    };
    auto transpose = [&] {
        for (int round = 0; round < 4; ++round) {
            bool improved = false;
            for (auto &row : rows) {
                for (size_t i = 0; i + 1 < row.size(); ++i) {
                    const int a = row[i], b = row[i + 1];
                    if (opt.clusterDomains && v[size_t(a)].domain != v[size_t(b)].domain)
                        continue;
                    if (pairCrossings(a, b) > pairCrossings(b, a)) {
                        std::swap(row[i], row[i + 1]);
                        v[size_t(row[i])].pos = double(i);
                        v[size_t(row[i + 1])].pos = double(i + 1);
                        improved = true;
                    }
                }
            }
            if (!improved)
                break;
        }
    };
    long long best = totalCrossings();
    std::vector<std::vector<int>> bestRows = rows;
    for (int s = 0; s < opt.sweeps && best > 0; ++s) {
        for (int l = 1; l < layers; ++l)
            sortRow(rows[size_t(l)], true);
        for (int l = layers - 2; l >= 0; --l)
            sortRow(rows[size_t(l)], false);
        transpose();
        const long long c = totalCrossings();
        if (c < best) {
            best = c;
            bestRows = rows;
        } else if (c >= best) {
            rows = bestRows;
            for (auto &row : rows)
                renumber(row);
            if (s > 1)
                break; // no further gain
        }
    }
    rows = bestRows;
    for (auto &row : rows)
        renumber(row);
    result.crossings = best;
    // 6. coordinates: pack each layer, then pull nodes towards their neighbours' median
    //    (alternating down and up), never closer than the minimum separation
    const double unit = opt.nodeWidth + opt.hGap;
    auto width = [&](int id) { return v[size_t(id)].graphNode >= 0 ? opt.nodeWidth : opt.hGap; };
    for (auto &row : rows) {
        double x = 0;
        for (int id : row) {
            v[size_t(id)].x = x + width(id) / 2;
            x += width(id) + opt.hGap;
        }
    }
    auto place = [&](std::vector<int> &row, bool useUp) {
        std::vector<double> want(row.size());
        for (size_t i = 0; i < row.size(); ++i) {
            const auto &nb = useUp ? v[size_t(row[i])].up : v[size_t(row[i])].down;
            if (nb.empty()) {
                want[i] = v[size_t(row[i])].x;
                continue;
            }
            std::vector<double> xs;
            for (int m : nb)
                xs.push_back(v[size_t(m)].x);
            std::nth_element(xs.begin(), xs.begin() + long(xs.size() / 2), xs.end());
            want[i] = xs[xs.size() / 2];
        }
        // as close to the wish as the neighbours allow: packed from the left, packed from the
        // right, and the average of both (both keep the order and the separation, so does it)
        const size_t k = row.size();
        std::vector<double> left(k), right(k);
        auto sep = [&](size_t a, size_t b) {
            return (width(row[a]) + width(row[b])) / 2 + opt.hGap;
        };
        for (size_t i = 0; i < k; ++i)
            left[i] = i ? std::max(want[i], left[i - 1] + sep(i - 1, i)) : want[i];
        for (size_t i = k; i-- > 0;)
            right[i] = i + 1 < k ? std::min(want[i], right[i + 1] - sep(i, i + 1)) : want[i];
        for (size_t i = 0; i < k; ++i)
            v[size_t(row[i])].x = (left[i] + right[i]) / 2;
    };
    for (int pass = 0; pass < 4; ++pass) {
        for (int l = 1; l < layers; ++l)
            place(rows[size_t(l)], true);
        for (int l = layers - 2; l >= 0; --l)
            place(rows[size_t(l)], false);
    }
    Q_UNUSED(unit);
    // x is a centre: the leftmost thing (a node's left side or a dummy's centre, where an edge
    // bends) goes to 0
    double minX = 1e300;
    for (const VNode &x : v)
        minX = std::min(minX, x.graphNode >= 0 ? x.x - opt.nodeWidth / 2 : x.x);
    // 7. results
    auto yOf = [&](int l) { return l * (opt.nodeHeight + opt.layerGap); };
    // one tinted band per domain and layer (a domain is contiguous within each layer)
    QMap<std::pair<int, int>, QRectF> domainRects; // (layer, domain) -> band
    for (int i = 0; i < n; ++i) {
        const VNode &x = v[size_t(i)];
        const QRectF r(x.x - opt.nodeWidth / 2 - minX, yOf(x.layer), opt.nodeWidth, opt.nodeHeight);
        result.nodes.push_back({x.graphNode, x.layer, r});
        const std::pair<int, int> key{x.layer, x.domain};
        domainRects[key] = domainRects.value(key, r).united(r);
        result.bounds = result.bounds.isNull() ? r : result.bounds.united(r);
    }
    for (auto it = domainRects.cbegin(); it != domainRects.cend(); ++it) {
        result.domains.push_back(
            {domainNames[size_t(it.key().second)], it.value().adjusted(-8, -16, 8, 8)});
        result.bounds |= result.domains.back().rect;
    }
    for (int e = 0; e < int(edges.size()); ++e) {
        EdgePath p;
        p.edge = edgeIds[size_t(e)];
        p.reversed = reversed[size_t(e)];
        const auto &c = chain[size_t(e)];
        for (size_t k = 0; k < c.size(); ++k) {
            const VNode &x = v[size_t(c[k])];
            const double cx = x.x - minX;
            if (x.graphNode >= 0)
                p.points.push_back(QPointF(cx, yOf(x.layer) + (k == 0 ? opt.nodeHeight : 0)));
            else
                p.points.push_back(QPointF(cx, yOf(x.layer) + opt.nodeHeight / 2));
            // a bend can lie outside every node (a long edge around a layer's end)
            const QPointF &b = p.points.back();
            result.bounds.setCoords(
                std::min(result.bounds.left(), b.x()), std::min(result.bounds.top(), b.y()),
                std::max(result.bounds.right(), b.x()), std::max(result.bounds.bottom(), b.y()));
        }
        if (p.reversed)
            std::reverse(p.points.begin(), p.points.end());
        result.edges.push_back(std::move(p));
    }
    result.layers = layers;
    return result;
}

} // namespace meshdesk::lineage
