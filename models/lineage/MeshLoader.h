// Builds the lineage graph of a catalog's current versions (products' ports from the store).
#pragma once

#include "Layout.h"
#include "LineageGraph.h"
#include "store/CatalogStore.h"

namespace meshdesk::lineage {

Graph loadGraph(CatalogStore &store);
// The products of the graph with their ports (to build a graph with one more product: the
// Create wizard's preview).
QList<ProductInput> loadProducts(CatalogStore &store);
// A standalone SVG drawing of a layout (domain bands, nodes, edges with arrowheads).
QString toSvg(const Graph &graph, const LayoutResult &layout);

} // namespace meshdesk::lineage
