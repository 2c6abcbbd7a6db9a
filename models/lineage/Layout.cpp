#include "Layout.h"

#include <QHash>
#include <QMap>
#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <numeric>
#include <span>

namespace meshdesk::lineage {

const NodeBox *LayoutResult::boxOf(int node) const
{
    for (const NodeBox &b : nodes)
        if (b.node == node)
            return &b;
    return nullptr;
}

namespace {

// countCrossings() on the caller's buffers (sorts edges)
long long crossingsIn(std::vector<std::pair<int, int>> &edges, std::vector<int> &tree)
{
    // sort by upper position, then count inversions of the lower positions (Fenwick tree)
    std::sort(edges.begin(), edges.end());
    int maxLower = 0;
    for (const auto &e : edges)
        maxLower = std::max(maxLower, e.second);
    tree.assign(size_t(maxLower) + 2, 0);
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

} // namespace

long long countCrossings(std::vector<std::pair<int, int>> edges)
{
    std::vector<int> tree;
    return crossingsIn(edges, tree);
}

namespace {

struct VNode // a real or dummy node in the layered graph
{
    int graphNode = -1; // -1 for a dummy
    int layer = 0;
    int domain = 0; // index of the domain (dummies take their edge's source domain)
    double pos = 0; // position within the layer
    double x = 0;
    int edge = -1;             // a dummy's edge
    std::vector<int> up, down; // neighbours in the adjacent layers
};

// One sifting pass: each unit in turn moves to the place in `order` where the crossings
// drop most, cost[a * m + b] being those of unit a left of unit b (m = order.size());
// whether any unit moved.
bool siftByCost(const std::vector<long long> &cost, std::vector<size_t> &order)
{
    const size_t m = order.size();
    bool moved = false;
    for (size_t unit = 0; unit < m; ++unit) {
        const size_t i = size_t(std::find(order.begin(), order.end(), unit) - order.begin());
        long long delta = 0, bestDelta = 0;
        size_t bestAt = i;
        for (size_t k = i; k-- > 0;) {
            delta += cost[unit * m + order[k]] - cost[order[k] * m + unit];
            if (delta < bestDelta) {
                bestDelta = delta;
                bestAt = k;
            }
        }
        delta = 0;
        for (size_t k = i + 1; k < m; ++k) {
            delta += cost[order[k] * m + unit] - cost[unit * m + order[k]];
            if (delta < bestDelta) {
                bestDelta = delta;
                bestAt = k;
            }
        }
        if (bestAt == i)
            continue;
        moved = true;
        if (bestAt < i)
            std::rotate(order.begin() + long(bestAt), order.begin() + long(i),
                        order.begin() + long(i) + 1);
        else
            std::rotate(order.begin() + long(i), order.begin() + long(i) + 1,
                        order.begin() + long(bestAt) + 1);
    }
    return moved;
}
// The entries i < k (k a multiple of 8) whose x at a gap's upper and lower line (t, b) lie on
// different sides of (tx, bx): crossing edges. NaN entries never count. With AVX2 where the
// processor has it, else SSE2 (the same vector code).
__attribute__((target_clones("avx2", "default"))) long long
crossingsAt(const float *t, const float *b, size_t k, float tx, float bx)
{
    typedef float F8 __attribute__((vector_size(32)));
    typedef int I8 __attribute__((vector_size(32)));
    const F8 tv = {tx, tx, tx, tx, tx, tx, tx, tx}, bv = {bx, bx, bx, bx, bx, bx, bx, bx};
    I8 acc = {0, 0, 0, 0, 0, 0, 0, 0};
    for (size_t i = 0; i < k; i += 8) { // a true comparison is -1
        F8 t8, b8;
        std::memcpy(&t8, t + i, sizeof t8);
        std::memcpy(&b8, b + i, sizeof b8);
        acc += (tv - t8) * (bv - b8) < 0;
    }
    return -(long long)(acc[0] + acc[1] + acc[2] + acc[3] + acc[4] + acc[5] + acc[6] + acc[7]);
}

// Straight-edge refinement: after coordinate assignment, each real node in turn moves to the
// place where its edges, drawn as straight lines between node centres, cross the fewest other
// edges: another x in a free stretch of its row, or another layer its edges allow (a sink also one
// new layer below the last). Rows keep their domains contiguous and nodes never overlap. The count
// is exact: per gap between adjacent layers, two edges cross when their order at the gap's two
// lines differs. `budget` caps the entries compared. Returns the number of layers used.
int refineOnStraightLines(int layers, std::vector<int> &L, std::vector<double> &X,
                          const std::vector<int> &dom, const std::vector<std::pair<int, int>> &E,
                          double sep, long long budget)
{
    const int n = int(L.size()), m = int(E.size());
    const int maxLayers = layers + 1;
    // each node's edges: incList[incFrom[u] .. incFrom[u + 1])
    std::vector<int> incFrom(size_t(n) + 1, 0), incList(2 * size_t(m));
    for (const auto &[a, b] : E) {
        ++incFrom[size_t(a) + 1];
        ++incFrom[size_t(b) + 1];
    }
    for (int u = 0; u < n; ++u)
        incFrom[size_t(u) + 1] += incFrom[size_t(u)];
    {
        std::vector<int> fill(incFrom.begin(), incFrom.end() - 1);
        for (int e = 0; e < m; ++e) {
            incList[size_t(fill[size_t(E[size_t(e)].first)]++)] = e;
            incList[size_t(fill[size_t(E[size_t(e)].second)]++)] = e;
        }
    }
    auto inc = [&](int u) {
        return std::span<const int>(incList.data() + incFrom[size_t(u)],
                                    size_t(incFrom[size_t(u) + 1] - incFrom[size_t(u)]));
    };
    // per gap: each crossing edge's x at the gap's upper and lower line, padded with NaN (which
    // never counts) to a multiple of 8 for the vector loop
    struct Gap
    {
        std::vector<float> t, b;
        std::vector<int> e;
    };
    std::vector<Gap> gaps(static_cast<size_t>(maxLayers));
    // edge e's index in gap g: slot[e * maxLayers + g], set while e crosses g (left
    // uninitialised: a large graph uses few of them)
    const std::unique_ptr<int[]> slot(new int[size_t(m) * size_t(maxLayers)]);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    auto xAt = [&](int e, int line) {
        const int s = E[size_t(e)].first, t = E[size_t(e)].second;
        return X[size_t(s)] + (X[size_t(t)] - X[size_t(s)]) * double(line - L[size_t(s)]) /
                                  double(L[size_t(t)] - L[size_t(s)]);
    };
    auto addEdge = [&](int e) {
        const int s = E[size_t(e)].first, t = E[size_t(e)].second;
        for (int g = L[size_t(s)]; g < L[size_t(t)]; ++g) {
            Gap &G = gaps[size_t(g)];
            const size_t at = G.e.size();
            slot[size_t(e) * size_t(maxLayers) + size_t(g)] = int(at);
            if (at == G.t.size()) {
                G.t.resize(at + 8, nan);
                G.b.resize(at + 8, nan);
            }
            G.t[at] = float(xAt(e, g));
            G.b[at] = float(xAt(e, g + 1));
            G.e.push_back(e);
        }
    };
    auto removeEdge = [&](int e) {
        for (int g = L[size_t(E[size_t(e)].first)]; g < L[size_t(E[size_t(e)].second)]; ++g) {
            Gap &G = gaps[size_t(g)];
            const size_t at = size_t(slot[size_t(e) * size_t(maxLayers) + size_t(g)]);
            const size_t end = G.e.size() - 1;
            const int last = G.e[end];
            G.t[at] = G.t[end];
            G.b[at] = G.b[end];
            G.e[at] = last;
            slot[size_t(last) * size_t(maxLayers) + size_t(g)] = int(at);
            G.t[end] = G.b[end] = nan;
            G.e.pop_back();
        }
    };
    for (int e = 0; e < m; ++e)
        addEdge(e);
    long long compared = 0;
    // crossings of u's edges (taken out of the gaps) with all others, u at layer lu and x xu;
    // stops once `cutoff` is reached
    auto cost = [&](int u, int lu, double xu, long long cutoff) {
        long long c = 0;
        for (int e : inc(u)) {
            const int w = E[size_t(e)].first == u ? E[size_t(e)].second : E[size_t(e)].first;
            int la = lu, lb = L[size_t(w)];
            double xa = xu, xb = X[size_t(w)];
            if (la > lb) {
                std::swap(la, lb);
                std::swap(xa, xb);
            }
            const double step = (xb - xa) / double(lb - la);
            for (int g = la; g < lb; ++g) {
                const float t = float(xa + step * (g - la)), b = float(xa + step * (g + 1 - la));
                const Gap &G = gaps[size_t(g)];
                const size_t k = (G.e.size() + 7) / 8 * 8;
                c += crossingsAt(G.t.data(), G.b.data(), k, t, b);
                compared += (long long)(k);
            }
            if (c >= cutoff)
                break;
        }
        return c;
    };
    std::vector<std::vector<int>> rows(static_cast<size_t>(maxLayers));
    for (int i = 0; i < n; ++i)
        rows[size_t(L[size_t(i)])].push_back(i);
    auto sortRow = [&](std::vector<int> &row) {
        std::sort(row.begin(), row.end(),
                  [&](int a, int b) { return X[size_t(a)] < X[size_t(b)]; });
    };
    for (auto &row : rows)
        sortRow(row);
    std::vector<double> near;
    std::vector<std::pair<double, double>> stretches; // allowed centres in a row
    std::vector<int> moved(static_cast<size_t>(n), 0);
    int used = layers;
    std::vector<int> visit(static_cast<size_t>(n)); // the bottom layer first
    std::iota(visit.begin(), visit.end(), 0);
    std::stable_sort(visit.begin(), visit.end(),
                     [&](int a, int b) { return L[size_t(a)] > L[size_t(b)]; });
    for (int pass = 0; pass < 3 && compared < budget; ++pass) {
        bool any = false;
        for (size_t i = 0; i < visit.size() && compared < budget; ++i) {
            const int u = visit[i];
            // later passes visit what the one before moved, and their neighbours
            if (inc(u).empty() || (pass > 0 && moved[size_t(u)] != pass))
                continue;
            int l0 = 0, l1 = INT_MAX; // the layers u's edges allow
            near.clear();
            for (int e : inc(u)) {
                const int s = E[size_t(e)].first, t = E[size_t(e)].second;
                if (t == u) {
                    l0 = std::max(l0, L[size_t(s)] + 1);
                    near.push_back(X[size_t(s)]);
                } else {
                    l1 = std::min(l1, L[size_t(t)] - 1);
                    near.push_back(X[size_t(t)]);
                }
            }
            if (l1 == INT_MAX) // a sink: down to the last layer or one new one
                l1 = std::min(maxLayers - 1, used);
            if (rows[size_t(L[size_t(u)])].size() == 1) // no layer is left empty
                l0 = l1 = L[size_t(u)];
            std::nth_element(near.begin(), near.begin() + long(near.size() / 2), near.end());
            const double median = near[near.size() / 2];
            for (int e : inc(u))
                removeEdge(e);
            const long long now = cost(u, L[size_t(u)], X[size_t(u)], LLONG_MAX);
            long long best = now;
            int bestL = L[size_t(u)];
            double bestX = X[size_t(u)];
            for (int l = l0; l <= l1 && now > 0; ++l) {
                // the free stretches of row l (without u) where u keeps the domains contiguous
                const auto &row = rows[size_t(l)];
                bool present = false;
                for (int p : row)
                    present |= p != u && dom[size_t(p)] == dom[size_t(u)];
                stretches.clear();
                int prev = -1;
                for (size_t k = 0; k <= row.size(); ++k) {
                    const int q = k < row.size() ? row[k] : -1;
                    if (q == u)
                        continue;
                    const bool ok =
                        present ? ((prev >= 0 && dom[size_t(prev)] == dom[size_t(u)]) ||
                                   (q >= 0 && dom[size_t(q)] == dom[size_t(u)]))
                                : (prev < 0 || q < 0 || dom[size_t(prev)] != dom[size_t(q)]);
                    const double a = prev < 0 ? -1e18 : X[size_t(prev)] + sep;
                    const double b = q < 0 ? 1e18 : X[size_t(q)] - sep;
                    if (ok && a <= b)
                        stretches.push_back({a, b});
                    prev = q;
                }
                // towards the median of u's neighbours, and (in another layer) u's own x: in the
                // stretch holding it, or the nearest on each side
                for (const double target : {median, X[size_t(u)]}) {
                    size_t k = 0;
                    while (k < stretches.size() && stretches[k].second < target)
                        ++k;
                    for (const size_t j : {k - 1, k}) {
                        if (j >= stretches.size())
                            continue;
                        const double x =
                            std::clamp(target, stretches[j].first, stretches[j].second);
                        if (l == L[size_t(u)] && x == X[size_t(u)])
                            continue;
                        const long long c = cost(u, l, x, best);
                        if (c < best) {
                            best = c;
                            bestL = l;
                            bestX = x;
                        }
                    }
                }
            }
            if (best < now) {
                any = true;
                auto &from = rows[size_t(L[size_t(u)])];
                from.erase(std::find(from.begin(), from.end(), u));
                L[size_t(u)] = bestL;
                X[size_t(u)] = bestX;
                rows[size_t(bestL)].push_back(u);
                sortRow(rows[size_t(bestL)]);
                used = std::max(used, bestL + 1);
                moved[size_t(u)] = pass + 1;
                for (int e : inc(u))
                    moved[size_t(E[size_t(e)].first == u ? E[size_t(e)].second
                                                         : E[size_t(e)].first)] = pass + 1;
            }
            for (int e : inc(u))
                addEdge(e);
        }
        if (!any)
            break;
    }
    return used;
}

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
    std::vector<int> local(graph.nodes().size(), -1); // graph node -> index in nodes
    for (int i = 0; i < int(nodes.size()); ++i)
        local[size_t(nodes[size_t(i)])] = i;
    const int n = int(nodes.size());
    std::vector<std::pair<int, int>> edges; // local from, to
    std::vector<int> edgeIds;
    for (int e = 0; e < int(graph.edges().size()); ++e) {
        const Edge &ed = graph.edges()[size_t(e)];
        const int f = local[size_t(ed.from)], t = local[size_t(ed.to)];
        if (f < 0 || t < 0 || f == t)
            continue; // self-loops are reported by cycles(), not drawn
        edges.push_back({f, t});
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
    // longest-path layering piles the deepest sinks up in the last layer: one wider than
    // 2 sqrt(n) nodes gives half of them, those with the fewest inputs first, to a new layer
    // below (narrower rows, fewer crossings: 100 products in bench_lineage 2,444 -> 2,322)
    if (layers > 1) {
        std::vector<int> last, inputs(static_cast<size_t>(n), 0);
        for (int e = 0; e < int(edges.size()); ++e)
            ++inputs[size_t(dst(e))];
        for (int v = 0; v < n; ++v)
            if (layer[size_t(v)] == layers - 1)
                last.push_back(v); // sinks, each with an input
        if (double(last.size()) > 2 * std::sqrt(double(n))) {
            std::stable_sort(last.begin(), last.end(),
                             [&](int a, int b) { return inputs[size_t(a)] < inputs[size_t(b)]; });
            for (size_t i = 0; i < last.size() / 2; ++i)
                layer[size_t(last[i])] = layers;
            ++layers;
        }
    }
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
    size_t spans = 0;
    for (int e = 0; e < int(edges.size()); ++e)
        spans += size_t(layer[size_t(dst(e))] - layer[size_t(src(e))]);
    v.reserve(size_t(n) + spans - edges.size()); // no moves of the nodes' lists while growing
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
            d.edge = e;
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
    // 5. crossing minimisation, domains kept contiguous within each layer. First the order of
    //    the domains' blocks in each layer, on the skeleton graph (5a; graphs up to 2,000 real
    //    and dummy nodes); then sweeps alternating down and up (5b): each layer is sorted by
    //    barycenter, then refined against both of its neighbour layers: the blocks are sifted
    //    (each to the place among the other blocks where its edges cross the fewest; not while
    //    the skeleton's order holds), then each node within its block, then adjacent nodes
    //    transposed. The best order seen wins. The work is budgeted by the graph's size.
    const bool cluster = opt.clusterDomains;
    auto sameBlock = [&](int a, int b) {
        return !cluster || v[size_t(a)].domain == v[size_t(b)].domain;
    };
    long long work = 0;       // elementary steps spent, against the budget
    bool fixedBlocks = false; // the blocks keep the skeleton's order (blockRank)
    const size_t D = domainNames.size();
    std::vector<int> blockRank(size_t(layers) * D, 0); // a block's place in its layer
    std::vector<double> key(v.size(), 0);
    std::vector<std::pair<double, int>> domainSum; // per domain: barycenter sum, count
    domainSum.resize(domainNames.size());
    auto sortRow = [&](std::vector<int> &row, bool useUp) {
        for (int id : row) {
            const auto &nb = useUp ? v[size_t(id)].up : v[size_t(id)].down;
            double b = v[size_t(id)].pos;
            if (!nb.empty()) {
                b = 0;
                for (int m : nb)
                    b += v[size_t(m)].pos;
                b /= double(nb.size());
            }
            key[size_t(id)] = b;
            domainSum[size_t(v[size_t(id)].domain)] = {0, 0};
        }
        for (int id : row) {
            auto &ds = domainSum[size_t(v[size_t(id)].domain)];
            ds.first += key[size_t(id)];
            ds.second += 1;
        }
        std::sort(row.begin(), row.end(), [&](int a, int b) { // ties keep the current order
            const int da = v[size_t(a)].domain, db = v[size_t(b)].domain;
            if (fixedBlocks && da != db)
                return blockRank[size_t(v[size_t(a)].layer) * D + size_t(da)] <
                       blockRank[size_t(v[size_t(b)].layer) * D + size_t(db)];
            if (cluster && da != db) {
                const auto &sa = domainSum[size_t(da)], &sb = domainSum[size_t(db)];
                const double ma = sa.first / sa.second, mb = sb.first / sb.second;
                if (ma != mb)
                    return ma < mb;
                return da < db;
            }
            if (key[size_t(a)] != key[size_t(b)])
                return key[size_t(a)] < key[size_t(b)];
            return v[size_t(a)].pos < v[size_t(b)].pos;
        });
        renumber(row);
        work += (long long)(row.size());
    };
    std::vector<std::pair<int, int>> pairs;
    std::vector<int> fenwick;
    auto layerCrossings = [&](int l) { // between layer l and l + 1
        pairs.clear();
        for (int id : rows[size_t(l)])
            for (int m : v[size_t(id)].down)
                pairs.push_back({int(v[size_t(id)].pos), int(v[size_t(m)].pos)});
        work += (long long)(pairs.size());
        return crossingsIn(pairs, fenwick);
    };
    auto totalCrossings = [&] {
        long long c = 0;
        for (int l = 0; l + 1 < layers; ++l)
            c += layerCrossings(l);
        return c;
    };
    // the positions of the neighbours of a row's nodes, in one buffer while the row is refined
    // (only the row itself moves): node id's up neighbours at [from, mid), down at [mid, to)
    std::vector<int> nbPos, nbFrom(v.size()), nbMid(v.size()), nbTo(v.size());
    auto cacheNeighbours = [&](const std::vector<int> &row) {
        nbPos.clear();
        for (int id : row) {
            nbFrom[size_t(id)] = int(nbPos.size());
            for (int x : v[size_t(id)].up)
                nbPos.push_back(int(v[size_t(x)].pos));
            nbMid[size_t(id)] = int(nbPos.size());
            for (int x : v[size_t(id)].down)
                nbPos.push_back(int(v[size_t(x)].pos));
            nbTo[size_t(id)] = int(nbPos.size());
        }
    };
    // crossings among the edges of a and b (to both neighbour layers) when a lies left of b,
    // less those when b lies left of a
    auto pairDelta = [&](int a, int b) {
        long long c = 0;
        const int *p = nbPos.data();
        for (int i = nbFrom[size_t(a)]; i < nbMid[size_t(a)]; ++i)
            for (int j = nbFrom[size_t(b)]; j < nbMid[size_t(b)]; ++j)
                c += (p[i] > p[j]) - (p[i] < p[j]);
        for (int i = nbMid[size_t(a)]; i < nbTo[size_t(a)]; ++i)
            for (int j = nbMid[size_t(b)]; j < nbTo[size_t(b)]; ++j)
                c += (p[i] > p[j]) - (p[i] < p[j]);
        return c;
    };
    // transpose (as dot does): swap neighbours while that removes crossings
    auto transposeRow = [&](std::vector<int> &row) {
        bool improved = true;
        for (int round = 0; round < 4 && improved; ++round) {
            improved = false;
            for (size_t i = 0; i + 1 < row.size(); ++i) {
                const int a = row[i], b = row[i + 1];
                if (!sameBlock(a, b))
                    continue;
                work += 2;
                if (pairDelta(a, b) > 0) {
                    std::swap(row[i], row[i + 1]);
                    v[size_t(row[i])].pos = double(i);
                    v[size_t(row[i + 1])].pos = double(i + 1);
                    improved = true;
                }
            }
        }
    };
    // sifting: each node to the best place within its domain's block
    std::vector<int> nodesInRow;
    auto siftNodes = [&](std::vector<int> &row) {
        nodesInRow = row;
        for (int u : nodesInRow) {
            const size_t i = size_t(v[size_t(u)].pos);
            size_t lo = i, hi = i + 1;
            while (lo > 0 && sameBlock(row[lo - 1], u))
                --lo;
            while (hi < row.size() && sameBlock(row[hi], u))
                ++hi;
            if (hi - lo < 3)
                continue; // transpose sees it
            long long delta = 0, bestDelta = 0;
            size_t bestAt = i;
            for (size_t k = i; k-- > lo;) { // u moves left past row[k]
                delta += pairDelta(u, row[k]);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestAt = k;
                }
            }
            delta = 0;
            for (size_t k = i + 1; k < hi; ++k) { // u moves right past row[k]
                delta -= pairDelta(u, row[k]);
                if (delta < bestDelta) {
                    bestDelta = delta;
                    bestAt = k;
                }
            }
            work += 2 * (long long)(hi - lo);
            if (bestAt == i)
                continue;
            if (bestAt < i)
                std::rotate(row.begin() + long(bestAt), row.begin() + long(i),
                            row.begin() + long(i) + 1);
            else
                std::rotate(row.begin() + long(i), row.begin() + long(i) + 1,
                            row.begin() + long(bestAt) + 1);
            for (size_t x = std::min(i, bestAt); x <= std::max(i, bestAt); ++x)
                v[size_t(row[x])].pos = double(x);
        }
    };
    // block sifting: each domain's block of the layer to the place among the other blocks
    // where its edges cross the fewest edges of other blocks (transpose and node sifting
    // never break a block up, so they cannot move one)
    std::vector<std::vector<int>> blockUp, blockDown; // sorted neighbour positions per block
    std::vector<long long> cost;                      // cost[i * m + j]: block i left of j
    std::vector<std::pair<size_t, size_t>> blocks;    // [begin, end) in the row
    auto inversions = [](const std::vector<int> &a, const std::vector<int> &b) {
        // pairs x of a, y of b with x > y (both sorted)
        long long c = 0;
        size_t i = 0;
        for (int y : b) {
            while (i < a.size() && a[i] <= y)
                ++i;
            c += (long long)(a.size() - i);
        }
        return c;
    };
    std::vector<int> next;
    auto siftBlocks = [&](std::vector<int> &row) {
        if (!cluster)
            return;
        blocks.clear();
        for (size_t i = 0; i < row.size();) {
            size_t j = i + 1;
            while (j < row.size() && sameBlock(row[i], row[j]))
                ++j;
            blocks.push_back({i, j});
            i = j;
        }
        const size_t m = blocks.size();
        if (m < 2)
            return;
        blockUp.resize(std::max(blockUp.size(), m));
        blockDown.resize(std::max(blockDown.size(), m));
        for (size_t b = 0; b < m; ++b) {
            blockUp[b].clear();
            blockDown[b].clear();
            for (size_t i = blocks[b].first; i < blocks[b].second; ++i) {
                for (int x : v[size_t(row[i])].up)
                    blockUp[b].push_back(int(v[size_t(x)].pos));
                for (int x : v[size_t(row[i])].down)
                    blockDown[b].push_back(int(v[size_t(x)].pos));
            }
            std::sort(blockUp[b].begin(), blockUp[b].end());
            std::sort(blockDown[b].begin(), blockDown[b].end());
            work += (long long)(blockUp[b].size() + blockDown[b].size());
        }
        cost.assign(m * m, 0);
        for (size_t a = 0; a < m; ++a)
            for (size_t b = 0; b < m; ++b)
                if (a != b) {
                    cost[a * m + b] =
                        inversions(blockUp[a], blockUp[b]) + inversions(blockDown[a], blockDown[b]);
                    work += (long long)(blockUp[a].size() + blockDown[a].size() +
                                        blockUp[b].size() + blockDown[b].size());
                }
        std::vector<size_t> order(m);
        std::iota(order.begin(), order.end(), 0);
        if (!siftByCost(cost, order))
            return;
        next.clear();
        for (size_t b : order)
            next.insert(next.end(), row.begin() + long(blocks[b].first),
                        row.begin() + long(blocks[b].second));
        row.swap(next);
        renumber(row);
    };
    auto refine = [&](std::vector<int> &row) {
        if (!fixedBlocks)
            siftBlocks(row);
        cacheNeighbours(row);
        siftNodes(row);
        transposeRow(row);
    };
    // 5a. the order of the domains' blocks, on the skeleton graph (as dot orders clusters):
    //     one node per domain and layer, one edge per pair of blocks weighted by the edges
    //     between them; many starts are cheap there, and the block order decides most of the
    //     crossings
    std::vector<int> blockOf(size_t(layers) * D, -1);
    using WList = std::vector<std::pair<int, int>>; // (position, weight), sorted by position
    struct SNode
    {
        int layer = 0;
        int domain = 0;
        int pos = 0;
        WList up, down; // (neighbour block, weight) until sorted for a sweep
    };
    std::vector<SNode> sk;
    std::vector<std::vector<int>> srows(static_cast<size_t>(layers));
    for (const auto &row : rows)
        for (int id : row) {
            int &b = blockOf[size_t(v[size_t(id)].layer) * D + size_t(v[size_t(id)].domain)];
            if (b < 0) {
                b = int(sk.size());
                sk.push_back({v[size_t(id)].layer, v[size_t(id)].domain, 0, {}, {}});
                srows[size_t(v[size_t(id)].layer)].push_back(b);
            }
        }
    auto addWeight = [](WList &list, int to) {
        for (auto &x : list)
            if (x.first == to) {
                ++x.second;
                return;
            }
        list.push_back({to, 1});
    };
    for (const VNode &x : v)
        for (int m : x.down) {
            const int a = blockOf[size_t(x.layer) * D + size_t(x.domain)];
            const int b = blockOf[size_t(v[size_t(m)].layer) * D + size_t(v[size_t(m)].domain)];
            addWeight(sk[size_t(a)].down, b);
            addWeight(sk[size_t(b)].up, a);
        }
    auto winv = [](const WList &a, const WList &b) { // weighted pairs x of a, y of b, x > y
        long long total = 0, below = 0, c = 0;
        for (const auto &x : a)
            total += x.second;
        size_t i = 0;
        for (const auto &y : b) {
            while (i < a.size() && a[i].first <= y.first)
                below += a[i++].second;
            c += (long long)(y.second) * (total - below);
        }
        return c;
    };
    // sifting of units (blocks) in a row: each to the place where its edges cross the fewest
    std::vector<long long> unitCost;
    auto siftUnits = [&](const std::vector<WList> &ups, const std::vector<WList> &downs,
                         std::vector<size_t> &order) {
        const size_t m = order.size();
        unitCost.assign(m * m, 0);
        for (size_t a = 0; a < m; ++a)
            for (size_t b = 0; b < m; ++b)
                if (a != b) {
                    unitCost[a * m + b] = winv(ups[a], ups[b]) + winv(downs[a], downs[b]);
                    work += (long long)(ups[a].size() + ups[b].size() + downs[a].size() +
                                        downs[b].size());
                }
        return siftByCost(unitCost, order);
    };
    std::vector<WList> ups, downs;
    auto positioned = [&](const WList &nb, WList &out) { // neighbour blocks -> sorted
        out.clear();                                     // (position, weight)
        for (const auto &x : nb)
            out.push_back({sk[size_t(x.first)].pos, x.second});
        std::sort(out.begin(), out.end());
    };
    auto skRenumber = [&](std::vector<int> &row) {
        for (int i = 0; i < int(row.size()); ++i)
            sk[size_t(row[size_t(i)])].pos = i;
    };
    std::vector<std::pair<double, int>> keyed;
    std::vector<size_t> unitOrder;
    std::vector<int> oldRow;
    auto skSweepRow = [&](std::vector<int> &row, bool useUp) {
        // weighted barycenter, then sifting against both neighbour rows
        keyed.clear();
        for (int b : row) {
            const WList &nb = useUp ? sk[size_t(b)].up : sk[size_t(b)].down;
            double s = 0, w = 0;
            for (const auto &x : nb) {
                s += double(sk[size_t(x.first)].pos) * x.second;
                w += x.second;
            }
            keyed.push_back({w > 0 ? s / w : double(sk[size_t(b)].pos), b});
        }
        for (size_t i = 0; i < keyed.size(); ++i) // ties keep the current order
            keyed[i].second = int(i);
        std::sort(keyed.begin(), keyed.end());
        oldRow = row;
        for (size_t i = 0; i < row.size(); ++i)
            row[i] = oldRow[size_t(keyed[i].second)];
        skRenumber(row);
        ups.resize(row.size());
        downs.resize(row.size());
        for (size_t i = 0; i < row.size(); ++i) {
            positioned(sk[size_t(row[i])].up, ups[i]);
            positioned(sk[size_t(row[i])].down, downs[i]);
        }
        unitOrder.resize(row.size());
        std::iota(unitOrder.begin(), unitOrder.end(), 0);
        if (row.size() > 1 && siftUnits(ups, downs, unitOrder)) {
            oldRow = row;
            for (size_t i = 0; i < row.size(); ++i)
                row[i] = oldRow[unitOrder[i]];
            skRenumber(row);
        }
    };
    auto skCrossings = [&] {
        long long c = 0;
        for (int l = 0; l + 1 < layers; ++l) {
            const auto &row = srows[size_t(l)];
            downs.resize(row.size());
            for (size_t a = 0; a < row.size(); ++a)
                positioned(sk[size_t(row[a])].down, downs[a]);
            for (size_t a = 0; a < row.size(); ++a)
                for (size_t b = a + 1; b < row.size(); ++b) {
                    c += winv(downs[a], downs[b]);
                    work += (long long)(downs[a].size() + downs[b].size());
                }
        }
        return c;
    };
    const bool useSkeleton = cluster && D > 1 && v.size() <= 2000;
    if (useSkeleton) {
        for (auto &row : srows)
            skRenumber(row);
        long long skBest = skCrossings();
        std::vector<std::vector<int>> skBestRows = srows;
        std::vector<int> domainRank(D);
        std::iota(domainRank.begin(), domainRank.end(), 0);
        quint32 seed = 1;
        const long long skBudget = std::max<long long>(10000, (long long)(v.size()) * 10);
        const long long skStart = work;
        for (int start = 0; work - skStart < skBudget && skBest > 0; ++start) {
            if (start == 0) {
                // the domains along the Fiedler vector of their graph (weighted by the edges
                // between them): domains that share edges start next to each other
                std::vector<double> w(D * D, 0), deg(D, 0);
                for (const SNode &b : sk)
                    for (const auto &x : b.down) {
                        const size_t d1 = size_t(b.domain), d2 = size_t(sk[size_t(x.first)].domain);
                        if (d1 == d2)
                            continue;
                        w[d1 * D + d2] += x.second;
                        w[d2 * D + d1] += x.second;
                        deg[d1] += x.second;
                        deg[d2] += x.second;
                    }
                const double shift = 2 * *std::max_element(deg.begin(), deg.end()) + 1;
                std::vector<double> f(D), g(D);
                for (size_t i = 0; i < D; ++i)
                    f[i] = double(i) - double(D - 1) / 2;
                for (int it = 0; it < 100; ++it) { // power iteration on shift*I - L
                    double mean = 0, norm = 0;
                    for (size_t i = 0; i < D; ++i) {
                        double x = (shift - deg[i]) * f[i];
                        for (size_t j = 0; j < D; ++j)
                            x += w[i * D + j] * f[j];
                        g[i] = x;
                        mean += x;
                    }
                    mean /= double(D);
                    for (size_t i = 0; i < D; ++i) {
                        g[i] -= mean; // orthogonal to the constant vector
                        norm += g[i] * g[i];
                    }
                    norm = std::sqrt(norm);
                    if (norm <= 0)
                        break;
                    for (size_t i = 0; i < D; ++i)
                        f[i] = g[i] / norm;
                    work += (long long)(D * D / 8);
                }
                std::vector<int> byF(D);
                std::iota(byF.begin(), byF.end(), 0);
                std::stable_sort(byF.begin(), byF.end(),
                                 [&](int a, int b) { return f[size_t(a)] < f[size_t(b)]; });
                for (size_t i = 0; i < D; ++i)
                    domainRank[size_t(byF[i])] = int(i);
            } else { // further starts: the domains in a shuffled order
                for (size_t i = D; i > 1; --i) {
                    seed = seed * 1664525u + 1013904223u;
                    std::swap(domainRank[i - 1], domainRank[(seed >> 8) % i]);
                }
            }
            for (auto &row : srows) { // the same domain order in every layer to start from
                std::sort(row.begin(), row.end(), [&](int a, int b) {
                    return domainRank[size_t(sk[size_t(a)].domain)] <
                           domainRank[size_t(sk[size_t(b)].domain)];
                });
                skRenumber(row);
            }
            long long local = skCrossings();
            if (local < skBest) {
                skBest = local;
                skBestRows = srows;
            }
            int trying = 0;
            for (int iter = 0; trying < 4 && local > 0 && work - skStart < skBudget; ++iter) {
                if (iter % 2 == 0)
                    for (int l = 1; l < layers; ++l)
                        skSweepRow(srows[size_t(l)], true);
                else
                    for (int l = layers - 2; l >= 0; --l)
                        skSweepRow(srows[size_t(l)], false);
                const long long c = skCrossings();
                work += (long long)(sk.size());
                trying = c < local ? 0 : trying + 1;
                local = std::min(local, c);
                if (c < skBest) {
                    skBest = c;
                    skBestRows = srows;
                }
            }
        }
        srows = skBestRows;
        for (const auto &row : srows)
            for (int i = 0; i < int(row.size()); ++i)
                blockRank[size_t(sk[size_t(row[size_t(i)])].layer) * D +
                          size_t(sk[size_t(row[size_t(i)])].domain)] = i;
        for (auto &row : rows) {
            std::stable_sort(row.begin(), row.end(), [&](int a, int b) {
                return blockRank[size_t(v[size_t(a)].layer) * D + size_t(v[size_t(a)].domain)] <
                       blockRank[size_t(v[size_t(b)].layer) * D + size_t(v[size_t(b)].domain)];
            });
            renumber(row);
        }
    }
    // 5b. the nodes: first within the skeleton's block order, then blocks may move per layer
    long long best = totalCrossings();
    std::vector<std::vector<int>> bestRows = rows;
    // dot's time grows faster than linearly with the graph, and the skeleton spent its share
    const long long perNode = useSkeleton ? 50 : 400;
    const long long budget = work + std::max<long long>(5000, (long long)(v.size()) * perNode);
    for (int phase = 0; phase < 2 && best > 0 && work < budget; ++phase) {
        fixedBlocks = phase == 0 && useSkeleton;
        if (phase == 1 && !useSkeleton)
            break;
        rows = bestRows;
        for (auto &row : rows)
            renumber(row);
        long long local = best;
        int trying = 0;
        for (int iter = 0; local > 0; ++iter) {
            if (iter % 2 == 0)
                for (int l = 1; l < layers; ++l) {
                    sortRow(rows[size_t(l)], true);
                    refine(rows[size_t(l)]);
                }
            else
                for (int l = layers - 2; l >= 0; --l) {
                    sortRow(rows[size_t(l)], false);
                    refine(rows[size_t(l)]);
                }
            const long long c = totalCrossings();
            if (c < local) {
                trying = c < local * 995 / 1000 ? 0 : trying + 1;
                local = c;
            } else {
                ++trying;
            }
            if (c < best) {
                best = c;
                bestRows = rows;
            }
            if (trying >= 8 || work > budget)
                break;
        }
    }
    rows = bestRows;
    for (auto &row : rows)
        renumber(row);
    result.crossings = best;
    // 6. coordinates: pack each layer, then pull nodes towards their neighbours' median and
    //    dummies towards the straight line between their edge's ends (alternating down and up),
    //    never closer than the minimum separation
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
            const VNode &x = v[size_t(row[i])];
            if (x.edge >= 0) { // a long edge drawn about straight crosses what its dummies do
                const VNode &a = v[size_t(src(x.edge))], &b = v[size_t(dst(x.edge))];
                want[i] = a.x + (b.x - a.x) * (x.layer - a.layer) / (b.layer - a.layer);
                continue;
            }
            const auto &nb = useUp ? x.up : x.down;
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
    for (int pass = 0; pass < 2; ++pass) {
        for (int l = 1; l < layers; ++l)
            place(rows[size_t(l)], true);
        for (int l = layers - 2; l >= 0; --l)
            place(rows[size_t(l)], false);
    }
    // 6b. each real node to where its straight edges cross the fewest (bench_lineage counts
    //     straight lines between node centres: 100 products 2,323 -> 2,031 crossings, 1,000
    //     130,248 -> 121,728, 5,000 1,993,238 -> 1,918,412); the work is budgeted by the size
    std::vector<int> finalLayer(static_cast<size_t>(n)), domainOfNode(static_cast<size_t>(n));
    std::vector<double> finalX(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i) {
        finalLayer[size_t(i)] = v[size_t(i)].layer;
        finalX[size_t(i)] = v[size_t(i)].x;
        domainOfNode[size_t(i)] = cluster ? v[size_t(i)].domain : 0;
    }
    if (layers > 1 && !edges.empty()) {
        std::vector<std::pair<int, int>> downEdges;
        for (int e = 0; e < int(edges.size()); ++e)
            downEdges.push_back({src(e), dst(e)});
        layers = refineOnStraightLines(layers, finalLayer, finalX, domainOfNode, downEdges, unit,
                                       (long long)(n)*12000);
    }
    // the bends of long edges: where their dummies were while both ends stayed, else on the
    // straight line; either way out of every node (a node may have moved onto a dummy's place)
    std::vector<std::vector<int>> finalRows(static_cast<size_t>(layers));
    for (int i = 0; i < n; ++i)
        finalRows[size_t(finalLayer[size_t(i)])].push_back(i);
    for (auto &row : finalRows)
        std::sort(row.begin(), row.end(),
                  [&](int a, int b) { return finalX[size_t(a)] < finalX[size_t(b)]; });
    auto clear = [&](int l, double x) {
        const auto &row = finalRows[size_t(l)];
        const auto it = std::lower_bound(row.begin(), row.end(), x, [&](int a, double y) {
            return finalX[size_t(a)] + opt.nodeWidth / 2 < y;
        });
        if (it == row.end() || finalX[size_t(*it)] - opt.nodeWidth / 2 > x)
            return x; // between nodes
        const double c = finalX[size_t(*it)], half = opt.nodeWidth / 2 + opt.hGap / 2;
        return x < c ? c - half : c + half;
    };
    auto unchanged = [&](int i) {
        return finalLayer[size_t(i)] == v[size_t(i)].layer && finalX[size_t(i)] == v[size_t(i)].x;
    };
    std::vector<double> bendX; // edge e's bends at [bendFrom[e], bendFrom[e + 1])
    std::vector<int> bendFrom(edges.size() + 1, 0);
    for (int e = 0; e < int(edges.size()); ++e) {
        const int s = src(e), t = dst(e);
        const int ls = finalLayer[size_t(s)], lt = finalLayer[size_t(t)];
        const bool same = unchanged(s) && unchanged(t);
        for (int l = ls + 1; l < lt; ++l) {
            const double x = same ? v[size_t(chain[size_t(e)][size_t(l - ls)])].x
                                  : finalX[size_t(s)] + (finalX[size_t(t)] - finalX[size_t(s)]) *
                                                            (l - ls) / (lt - ls);
            bendX.push_back(clear(l, x));
        }
        bendFrom[size_t(e) + 1] = int(bendX.size());
    }
    result.dummies = int(bendX.size());
    // crossings between adjacent layers, bends included, in the final order: nodes are items
    // 0..n-1, the bends n.. in bendX's order; each item's rank along its layer, then the
    // pieces of edges between adjacent layers, grouped by the gap (flat, counted first)
    {
        const size_t items = size_t(n) + bendX.size();
        std::vector<int> itemLayer(items), byLayer(items), rank(items);
        std::vector<double> itemX(items);
        for (int i = 0; i < n; ++i) {
            itemLayer[size_t(i)] = finalLayer[size_t(i)];
            itemX[size_t(i)] = finalX[size_t(i)];
        }
        for (int e = 0; e < int(edges.size()); ++e)
            for (int k = bendFrom[size_t(e)]; k < bendFrom[size_t(e) + 1]; ++k) {
                itemLayer[size_t(n + k)] = finalLayer[size_t(src(e))] + 1 + k - bendFrom[size_t(e)];
                itemX[size_t(n + k)] = bendX[size_t(k)];
            }
        std::vector<int> from(size_t(layers) + 1, 0);
        for (size_t i = 0; i < items; ++i)
            ++from[size_t(itemLayer[i]) + 1];
        for (int l = 0; l < layers; ++l)
            from[size_t(l) + 1] += from[size_t(l)];
        std::vector<int> fill(from.begin(), from.end() - 1);
        for (size_t i = 0; i < items; ++i)
            byLayer[size_t(fill[size_t(itemLayer[i])]++)] = int(i);
        for (int l = 0; l < layers; ++l) { // bends at one point share a rank: touching
            const auto b = byLayer.begin() + from[size_t(l)],
                       e = byLayer.begin() + from[size_t(l) + 1];
            std::sort(b, e, [&](int x, int y) { return itemX[size_t(x)] < itemX[size_t(y)]; });
            for (auto it = b; it != e; ++it)
                rank[size_t(*it)] = it != b && itemX[size_t(*it)] == itemX[size_t(*(it - 1))]
                                        ? rank[size_t(*(it - 1))]
                                        : int(it - b);
        }
        std::vector<int> gapFrom(size_t(layers) + 1, 0);
        for (int e = 0; e < int(edges.size()); ++e)
            for (int l = finalLayer[size_t(src(e))]; l < finalLayer[size_t(dst(e))]; ++l)
                ++gapFrom[size_t(l) + 1];
        for (int l = 0; l < layers; ++l)
            gapFrom[size_t(l) + 1] += gapFrom[size_t(l)];
        std::vector<std::pair<int, int>> pieces(size_t(gapFrom[size_t(layers)]));
        fill.assign(gapFrom.begin(), gapFrom.end() - 1);
        for (int e = 0; e < int(edges.size()); ++e) {
            int prev = src(e), l = finalLayer[size_t(src(e))];
            for (int k = bendFrom[size_t(e)]; k <= bendFrom[size_t(e) + 1]; ++k, ++l) {
                const int next = k < bendFrom[size_t(e) + 1] ? n + k : dst(e);
                pieces[size_t(fill[size_t(l)]++)] = {rank[size_t(prev)], rank[size_t(next)]};
                prev = next;
            }
        }
        result.crossings = 0;
        for (int l = 0; l + 1 < layers; ++l) {
            pairs.assign(pieces.begin() + gapFrom[size_t(l)],
                         pieces.begin() + gapFrom[size_t(l) + 1]);
            result.crossings += crossingsIn(pairs, fenwick);
        }
    }
    // x is a centre: the leftmost thing (a node's left side or a bend) goes to 0
    double minX = 1e300;
    for (int i = 0; i < n; ++i)
        minX = std::min(minX, finalX[size_t(i)] - opt.nodeWidth / 2);
    for (double x : bendX)
        minX = std::min(minX, x);
    // 7. results
    auto yOf = [&](int l) { return l * (opt.nodeHeight + opt.layerGap); };
    // one tinted band per domain and layer (a domain is contiguous within each layer)
    QMap<std::pair<int, int>, QRectF> domainRects; // (layer, domain) -> band
    for (int i = 0; i < n; ++i) {
        const VNode &x = v[size_t(i)];
        const int l = finalLayer[size_t(i)];
        const QRectF r(finalX[size_t(i)] - opt.nodeWidth / 2 - minX, yOf(l), opt.nodeWidth,
                       opt.nodeHeight);
        result.nodes.push_back({x.graphNode, l, r});
        const std::pair<int, int> key{l, x.domain};
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
        const int s = src(e), t = dst(e);
        p.points.push_back(
            QPointF(finalX[size_t(s)] - minX, yOf(finalLayer[size_t(s)]) + opt.nodeHeight));
        p.points.reserve(size_t(bendFrom[size_t(e) + 1] - bendFrom[size_t(e)]) + 2);
        for (int k = bendFrom[size_t(e)]; k < bendFrom[size_t(e) + 1]; ++k)
            p.points.push_back(QPointF(bendX[size_t(k)] - minX,
                                       yOf(finalLayer[size_t(s)] + 1 + k - bendFrom[size_t(e)]) +
                                           opt.nodeHeight / 2));
        p.points.push_back(QPointF(finalX[size_t(t)] - minX, yOf(finalLayer[size_t(t)])));
        // a bend can lie outside every node (a long edge around a layer's end)
        for (const QPointF &b : p.points)
            result.bounds.setCoords(
                std::min(result.bounds.left(), b.x()), std::min(result.bounds.top(), b.y()),
                std::max(result.bounds.right(), b.x()), std::max(result.bounds.bottom(), b.y()));
        if (p.reversed)
            std::reverse(p.points.begin(), p.points.end());
        result.edges.push_back(std::move(p));
    }
    result.layers = layers;
    return result;
}

} // namespace meshdesk::lineage
