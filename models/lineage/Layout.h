// A layered (Sugiyama-style) layout of a lineage graph, written for meshes: cycle breaking,
// longest-path layering (an over-wide last layer of sinks split in two), dummy nodes for long
// edges, crossing minimisation that keeps each domain contiguous within a layer (the domains'
// blocks ordered first on a skeleton graph of one node per domain and layer, then barycenter sweeps
// with sifting and transpose, the work budgeted by the graph's size), median-based coordinate
// assignment (dummies pulled to their edge's straight line), then a refinement on straight edges:
// each node in turn moves to the place (another x in a free stretch of its row, or another layer
// its edges allow, a sink also one new layer below) where its edges, drawn straight between node
// centres, cross the fewest others (an exact count per gap between layers, budgeted). Edges come
// out as polylines through their bends (the view draws them as splines). Measured against
// Graphviz dot in tests/bench/bench_lineage.
#pragma once

#include "LineageGraph.h"

#include <QPointF>
#include <QRectF>
#include <QSet>
#include <vector>

namespace meshdesk::lineage {

struct LayoutOptions
{
    double nodeWidth = 180;
    double nodeHeight = 48;
    double hGap = 30; // between nodes of a layer
    double layerGap = 90;
    bool clusterDomains = true;
};

struct NodeBox
{
    int node = -1; // index into the graph
    int layer = 0;
    QRectF rect;
};

struct EdgePath
{
    int edge = -1;               // index into the graph's edges
    bool reversed = false;       // drawn against its direction to break a cycle
    std::vector<QPointF> points; // from the source's bottom to the target's top
};

struct DomainBand
{
    QString domain;
    QRectF rect; // the domain's nodes in one layer (one band per domain and layer)
};

struct LayoutResult
{
    std::vector<NodeBox> nodes;
    std::vector<EdgePath> edges;
    std::vector<DomainBand> domains;
    QRectF bounds; // everything drawn: nodes, domain bands, the bends of edges
    int layers = 0;
    int dummies = 0;
    long long crossings = 0; // between adjacent layers, bends included (touching is no crossing)
    const NodeBox *boxOf(int node) const;
};

// Lays out the given nodes (all when empty) and the edges among them.
LayoutResult layout(const Graph &graph, const QSet<int> &only = {},
                    const LayoutOptions &options = {});

// Crossings between two layers' edges given positions: inversion count, O(E log E).
long long countCrossings(std::vector<std::pair<int, int>> edges);

} // namespace meshdesk::lineage
