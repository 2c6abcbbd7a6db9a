// Lineage: the graph from real product fixtures and from a test mesh (fan-in, fan-out, an
// external source, a dangling reference, a cycle), every query, layout invariants, the CLI.
#include "DemoCatalog.h"
#include "formats/DocumentImporter.h"
#include "lineage/Layout.h"
#include "lineage/LineageGraph.h"
#include "lineage/MeshLoader.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QtTest>

using namespace meshdesk;
using namespace meshdesk::lineage;

namespace {
// a -> b, a -> c (fan-out); b, c -> d (fan-in); ext feeds a; e reads a dangling contract;
// x <-> y is a cycle
QList<ProductInput> testMesh()
{
    return {
        {QStringLiteral("a"),
         QStringLiteral("A"),
         QStringLiteral("sales"),
         QStringLiteral("ann"),
         {},
         {QStringLiteral("ext-db")},
         {QStringLiteral("ca")}},
        {QStringLiteral("b"),
         QStringLiteral("B"),
         QStringLiteral("sales"),
         QStringLiteral("bob"),
         {},
         {QStringLiteral("ca")},
         {QStringLiteral("cb")}},
        {QStringLiteral("c"),
         QStringLiteral("C"),
         QStringLiteral("ops"),
         QStringLiteral("cat"),
         {},
         {QStringLiteral("ca")},
         {QStringLiteral("cc")}},
        {QStringLiteral("d"),
         QStringLiteral("D"),
         QStringLiteral("finance"),
         QStringLiteral("dan"),
         {},
         {QStringLiteral("cb"), QStringLiteral("cc")},
         {QStringLiteral("cd")}},
        {QStringLiteral("e"),
         QStringLiteral("E"),
         QStringLiteral("ops"),
         QStringLiteral("eve"),
         {},
         {QStringLiteral("cd")},
         {QStringLiteral("ghost")}},
        {QStringLiteral("x"),
         QStringLiteral("X"),
         QStringLiteral("lab"),
         {},
         {},
         {QStringLiteral("cy")},
         {QStringLiteral("cx")}},
        {QStringLiteral("y"),
         QStringLiteral("Y"),
         QStringLiteral("lab"),
         {},
         {},
         {QStringLiteral("cx")},
         {QStringLiteral("cy")}},
    };
}
QSet<QString> known()
{
    return {QStringLiteral("ca"), QStringLiteral("cb"), QStringLiteral("cc"),
            QStringLiteral("cd"), QStringLiteral("cx"), QStringLiteral("cy")};
}
QStringList ids(const Graph &g, const QSet<int> &set)
{
    QStringList out;
    for (int n : set)
        out << g.nodes()[size_t(n)].id;
    out.sort();
    return out;
}
} // namespace

class TestLineage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildFromMesh();
    void queries();
    void cycles();
    void layoutInvariants();
    void layoutCluster();
    void fromStoreAndCli();
    void fieldLevel();
};

void TestLineage::buildFromMesh()
{
    const Graph g = Graph::build(testMesh(), known());
    QCOMPARE(int(g.nodes().size()), 8); // 7 products + the external source
    const int ext = g.indexOf(QStringLiteral("external:ext-db"));
    QVERIFY(ext >= 0);
    QVERIFY(g.nodes()[size_t(ext)].external);
    QCOMPARE(g.nodes()[size_t(ext)].name, QStringLiteral("ext-db"));
    QCOMPARE(int(g.edges().size()), 8); // ext->a, a->b, a->c, b->d, c->d, d->e, y->x, x->y
    QCOMPARE(g.outEdges(g.indexOf(QStringLiteral("a"))).size(), 2); // fan-out
    QCOMPARE(g.inEdges(g.indexOf(QStringLiteral("d"))).size(), 2);  // fan-in
    // dangling: e's output names a contract that is not imported; ext-db is read but has no file
    QStringList warned;
    for (const Warning &w : g.warnings())
        warned << w.contract;
    warned.sort();
    QCOMPARE(warned, (QStringList{QStringLiteral("ext-db"), QStringLiteral("ghost")}));
    const QJsonObject j = g.toJson();
    QCOMPARE(j.value(QLatin1String("nodes")).toArray().size(), 8);
    QCOMPARE(j.value(QLatin1String("edges"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("contract"))
                 .toString(),
             QStringLiteral("ext-db"));
    QVERIFY(g.toDot().contains(QLatin1String("\"a\" -> \"b\"")));
}

void TestLineage::queries()
{
    const Graph g = Graph::build(testMesh(), known());
    const int a = g.indexOf(QStringLiteral("a")), d = g.indexOf(QStringLiteral("d"));
    QCOMPARE(ids(g, g.neighbourhood(a, 1, 1)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("external:ext-db")}));
    QCOMPARE(ids(g, g.neighbourhood(a, 0, 2)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("d")}));
    QCOMPARE(ids(g, g.impact(a)), (QStringList{QStringLiteral("b"), QStringLiteral("c"),
                                               QStringLiteral("d"), QStringLiteral("e")}));
    // the impact of one output port: c's only output feeds d (and so e), not b
    QCOMPARE(ids(g, g.impact(g.indexOf(QStringLiteral("c")), QStringLiteral("cc"))),
             (QStringList{QStringLiteral("d"), QStringLiteral("e")}));
    QCOMPARE(ids(g, g.upstream(d)),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"),
                          QStringLiteral("external:ext-db")}));
    QCOMPARE(ids(g, g.upstream(d, 1)), (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    const QList<int> path = g.shortestPath(a, g.indexOf(QStringLiteral("e")));
    QCOMPARE(path.size(), 4); // a -> b|c -> d -> e
    QCOMPARE(path.first(), a);
    QVERIFY(g.shortestPath(g.indexOf(QStringLiteral("e")), a).isEmpty()); // no way back
    QVERIFY(g.neighbourhood(-1, 1, 1).isEmpty());
}

void TestLineage::cycles()
{
    const Graph g = Graph::build(testMesh(), known());
    const auto cycles = g.cycles();
    QCOMPARE(cycles.size(), 1);
    QSet<int> c(cycles.front().begin(), cycles.front().end());
    QCOMPARE(ids(g, c), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    // drawn anyway: one edge of the cycle is reversed
    const LayoutResult r = layout(g);
    QCOMPARE(
        std::count_if(r.edges.begin(), r.edges.end(), [](const EdgePath &e) { return e.reversed; }),
        1);
}

void TestLineage::layoutInvariants()
{
    // a larger generated mesh
    QList<ProductInput> mesh;
    for (int i = 0; i < 300; ++i) {
        ProductInput p{
            QStringLiteral("p%1").arg(i),  {}, QStringLiteral("d%1").arg(i % 7), {}, {}, {},
            {QStringLiteral("c%1").arg(i)}};
        for (int k = 1; k <= 1 + i % 3 && i >= 10; ++k)
            p.inputContracts << QStringLiteral("c%1").arg((i * 7 + k * 13) % (i - i % 10));
        mesh << p;
    }
    const Graph g = Graph::build(mesh);
    const LayoutResult r = layout(g);
    QCOMPARE(int(r.nodes.size()), 300);
    QVERIFY(r.layers > 3);
    QHash<int, const NodeBox *> box;
    for (const NodeBox &b : r.nodes)
        box.insert(b.node, &b);
    // edges point downward through layers
    for (const EdgePath &e : r.edges) {
        const Edge &ed = g.edges()[size_t(e.edge)];
        QVERIFY(box.value(ed.from)->layer < box.value(ed.to)->layer);
        QVERIFY(e.points.front().y() <= e.points.back().y());
        QCOMPARE(e.points.front(),
                 QPointF(box.value(ed.from)->rect.center().x(), box.value(ed.from)->rect.bottom()));
        QCOMPARE(e.points.back(),
                 QPointF(box.value(ed.to)->rect.center().x(), box.value(ed.to)->rect.top()));
    }
    // no two nodes overlap
    for (size_t i = 0; i < r.nodes.size(); ++i)
        for (size_t j = i + 1; j < r.nodes.size(); ++j)
            QVERIFY2(!r.nodes[i].rect.intersects(r.nodes[j].rect),
                     qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
    // domain clusters contiguous within each layer
    QMap<int, QList<const NodeBox *>> byLayer;
    for (const NodeBox &b : r.nodes)
        byLayer[b.layer] << &b;
    for (auto &row : byLayer) {
        std::sort(row.begin(), row.end(),
                  [](const NodeBox *x, const NodeBox *y) { return x->rect.x() < y->rect.x(); });
        QSet<QString> closed;
        QString current;
        for (const NodeBox *b : row) {
            const QString dom = g.nodes()[size_t(b->node)].domain;
            if (dom != current) {
                QVERIFY2(!closed.contains(dom), qPrintable(dom));
                if (!current.isEmpty())
                    closed.insert(current);
                current = dom;
            }
        }
    }
    QVERIFY(r.crossings >= 0);
    QCOMPARE(countCrossings({{0, 1}, {1, 0}}), 1);
    QCOMPARE(countCrossings({{0, 0}, {1, 1}, {2, 2}}), 0);
    QCOMPARE(countCrossings({{0, 2}, {1, 1}, {2, 0}}), 3);
}

void TestLineage::layoutCluster()
{
    const Graph g = Graph::build(testMesh(), known());
    const QSet<int> hood = g.neighbourhood(g.indexOf(QStringLiteral("d")), 1, 1);
    const LayoutResult r = layout(g, hood);
    QCOMPARE(int(r.nodes.size()), hood.size());
    QVERIFY(r.boxOf(g.indexOf(QStringLiteral("d"))));
    QVERIFY(!r.boxOf(g.indexOf(QStringLiteral("a"))));
    const QString svg = toSvg(g, r);
    QVERIFY(svg.startsWith(QLatin1String("<svg")));
    QCOMPARE(svg.count(QLatin1String("class=\"node\"")), hood.size());
}

void TestLineage::fromStoreAndCli()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("l.sqlite"));
    {
        test::TestCatalog catalog(db, {QStringLiteral("t")});
        QVERIFY(catalog.ok);
        CatalogStore &s = catalog.store;
        QStringList files = test::demoFiles();
        // and the real ODPS fixtures beside them
        files << QStringLiteral(MESHDESK_TEST_DATA
                                "/fixtures/products/odps/customer-data-product.odps.yaml");
        QCOMPARE(catalog.import(files, QStringLiteral("t")).failedFiles, 0);
        const Graph g = loadGraph(s);
        QCOMPARE(std::count_if(g.nodes().begin(), g.nodes().end(),
                               [](const Node &n) { return !n.external; }),
                 13);
        // the demo: 4 external sources; the ODPS fixture reads 4 contracts nobody produces
        QCOMPARE(std::count_if(g.nodes().begin(), g.nodes().end(),
                               [](const Node &n) { return n.external; }),
                 8);
        QCOMPARE(ids(g, g.impact(g.indexOf(QStringLiteral("orders")))).size(), 8);
        QVERIFY(g.cycles().isEmpty());
    }
    QProcess p;
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("lineage"), QStringLiteral("--db"), db, QStringLiteral("--product"),
             QStringLiteral("shipments"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 0);
    const QJsonObject j = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QStringList nodes;
    for (const auto &n : j.value(QLatin1String("nodes")).toArray())
        nodes << n.toObject().value(QLatin1String("id")).toString();
    nodes.sort();
    QCOMPARE(nodes, (QStringList{QStringLiteral("delivery-performance"), QStringLiteral("orders"),
                                 QStringLiteral("shipments")}));
    for (const auto &e : j.value(QLatin1String("edges")).toArray())
        for (const char *k : {"from", "to", "contract"})
            QVERIFY(e.toObject().contains(QLatin1String(k)));
    QVERIFY(p.readAllStandardError().contains("dangling reference"));
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("lineage"), QStringLiteral("--db"), db, QStringLiteral("--product"),
             QStringLiteral("orders"), QStringLiteral("--impact"), QStringLiteral("--json")});
    QVERIFY(p.waitForFinished(30000));
    const QJsonArray impact = QJsonDocument::fromJson(p.readAllStandardOutput()).array();
    QCOMPARE(impact.size(), 8);
    QVERIFY(impact.first().toObject().contains(QLatin1String("owner")));
    p.start(QStringLiteral(MESHDESK_BINARY), {QStringLiteral("lineage"), QStringLiteral("--db"), db,
                                              QStringLiteral("--format"), QStringLiteral("svg")});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY(p.readAllStandardOutput().startsWith("<svg"));
    p.start(QStringLiteral(MESHDESK_BINARY), {QStringLiteral("lineage"), QStringLiteral("--db"), db,
                                              QStringLiteral("--product"), QStringLiteral("nope")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
}

void TestLineage::fieldLevel()
{
    const FileImport odcs = importFile(
        QStringLiteral(MESHDESK_TEST_DATA "/fixtures/contracts/odcs/full-example.odcs.yaml"));
    const auto rows = fieldLineage(odcs.documents.front().document.contract);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows[0].field, QStringLiteral("tbl.transaction_reference_date"));
    QCOMPARE(rows[0].sources.size(), 3);
    QVERIFY(rows[0].logic.startsWith(QLatin1String("sel t1.txn_dt")));
    const FileImport dcs = importFile(QStringLiteral(
        MESHDESK_TEST_DATA "/fixtures/contracts/datacontract/orders-latest.datacontract.yaml"));
    const auto dcsRows = fieldLineage(dcs.documents.front().document.contract);
    QCOMPARE(dcsRows.size(), 1);
    QCOMPARE(dcsRows[0].sources, QStringList{QStringLiteral("checkout_db.orders.email_address")});
}

QTEST_GUILESS_MAIN(TestLineage)
#include "tst_lineage.moc"
