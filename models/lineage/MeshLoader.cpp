#include "MeshLoader.h"

#include "store/Sqlite.h"

namespace meshdesk::lineage {

Graph loadGraph(CatalogStore &store)
{
    const QStringList contracts = store.contractIds();
    return Graph::build(loadProducts(store), QSet<QString>(contracts.begin(), contracts.end()));
}

QList<ProductInput> loadProducts(CatalogStore &store)
{
    QList<ProductInput> products;
    QHash<QString, int> index;
    for (const EntitySummary &e : store.entities(QStringLiteral("product"))) {
        index.insert(e.key, int(products.size()));
        products.append({e.key, e.name, e.domain, e.owner, e.status, {}, {}});
    }
    for (const ProductPorts &p : store.currentOutputPorts())
        if (index.contains(p.productKey))
            products[index.value(p.productKey)].outputContracts << p.contractId;
    for (const ProductPorts &p : store.currentInputPorts())
        if (index.contains(p.productKey))
            products[index.value(p.productKey)].inputContracts << p.contractId;
    return products;
}

QString toSvg(const Graph &graph, const LayoutResult &layout)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    const QRectF b = layout.bounds.adjusted(-30, -30, 30, 30);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%1 %2 %3 "
                                 "%4\" width=\"%3\" height=\"%4\" "
                                 "font-family=\"sans-serif\" font-size=\"12\">\n"
                                 "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" "
                                 "refY=\"5\" markerWidth=\"8\" "
                                 "markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 "
                                 "z\" fill=\"#607d8b\"/></marker></defs>\n")
                      .arg(b.x())
                      .arg(b.y())
                      .arg(b.width())
                      .arg(b.height());
    static const char *tints[] = {"#e3f2fd", "#e8f5e9", "#fff3e0", "#f3e5f5",
                                  "#e0f7fa", "#fce4ec", "#f1f8e9", "#ede7f6"};
    QHash<QString, int> tint;
    for (const DomainBand &d : layout.domains) {
        if (d.domain.isEmpty())
            continue;
        const int k = int(tint.value(d.domain, int(tint.size())));
        tint.insert(d.domain, k);
        svg += QStringLiteral(
                   "<g class=\"domain\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                   "rx=\"8\" fill=\"%5\" "
                   "fill-opacity=\"0.6\"/><text x=\"%6\" y=\"%7\" fill=\"#455a64\">%8</text></g>\n")
                   .arg(d.rect.x())
                   .arg(d.rect.y())
                   .arg(d.rect.width())
                   .arg(d.rect.height())
                   .arg(QLatin1String(tints[k % 8]))
                   .arg(d.rect.x() + 6)
                   .arg(d.rect.y() + 12)
                   .arg(esc(d.domain));
    }
    for (const EdgePath &e : layout.edges) {
        QString d = QStringLiteral("M%1,%2").arg(e.points.front().x()).arg(e.points.front().y());
        for (size_t i = 1; i < e.points.size(); ++i) {
            const QPointF a = e.points[i - 1], c = e.points[i];
            const double my = (a.y() + c.y()) / 2;
            d += QStringLiteral(" C%1,%2 %3,%4 %5,%6")
                     .arg(a.x())
                     .arg(my)
                     .arg(c.x())
                     .arg(my)
                     .arg(c.x())
                     .arg(c.y());
        }
        svg += QStringLiteral("<path class=\"edge\" d=\"%1\" fill=\"none\" stroke=\"#607d8b\" "
                              "marker-end=\"url(#arrow)\"><title>%2</title></path>\n")
                   .arg(d, esc(graph.edges()[size_t(e.edge)].contract));
    }
    for (const NodeBox &nb : layout.nodes) {
        const Node &n = graph.nodes()[size_t(nb.node)];
        svg +=
            QStringLiteral(
                "<g class=\"node\" id=\"%1\"><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" "
                "rx=\"6\" fill=\"#ffffff\" "
                "stroke=\"%6\"%7/><text x=\"%8\" y=\"%9\" text-anchor=\"middle\">%10</text></g>\n")
                .arg(esc(n.id))
                .arg(nb.rect.x())
                .arg(nb.rect.y())
                .arg(nb.rect.width())
                .arg(nb.rect.height())
                .arg(n.external ? QStringLiteral("#9e9e9e") : QStringLiteral("#1565c0"),
                     n.external ? QStringLiteral(" stroke-dasharray=\"4 3\"") : QString())
                .arg(nb.rect.center().x())
                .arg(nb.rect.center().y() + 4)
                .arg(esc(n.name));
    }
    return svg + QStringLiteral("</svg>\n");
}

} // namespace meshdesk::lineage
