// The lineage view offscreen on the demo catalog: focus, depth, expand a node, impact and path
// highlights, search, export as SVG (parsed back), PNG, DOT and JSON.
#include "DemoCatalog.h"
#include "LineageView.h"
#include "MainWindow.h"
#include "TopicView.h"
#include "lineage/MeshLoader.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QGraphicsView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace meshdesk;

class TestLineageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void focusExpandExport();
    void openFromProductPage();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestLineageView::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
    m_db = m_dir.filePath(QStringLiteral("l.sqlite"));
    QCOMPARE(test::createDemoCatalog(m_db, QStringLiteral("t")), 24);
}

void TestLineageView::focusExpandExport()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1200, 800);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    view.focusProduct(QStringLiteral("shipments"));
    QVERIFY(ready.wait(10000));
    const auto &g = view.graph();
    QCOMPARE(view.visibleNodes().size(), 3); // orders -> shipments -> delivery-performance
    QCOMPARE(int(view.currentLayout().nodes.size()), 3);
    const int orders = g.indexOf(QStringLiteral("orders"));
    QCOMPARE(view.hiddenNeighbours(orders, true), 1);  // its external source
    QCOMPARE(view.hiddenNeighbours(orders, false), 4); // its other consumers: the "+4" handle
    view.expandNode(orders, false);
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.hiddenNeighbours(orders, false), 0);
    QCOMPARE(view.visibleNodes().size(), 7);
    // collapse orders' downstream again: what the focus still reaches stays
    view.collapseNode(orders, false);
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.visibleNodes().size(), 3);
    QVERIFY(view.visibleNodes().contains(g.indexOf(QStringLiteral("delivery-performance"))));
    view.collapseNode(g.indexOf(QStringLiteral("shipments")), true);
    QVERIFY(ready.wait(10000));
    QVERIFY(!view.visibleNodes().contains(orders));
    // field-level lineage of a product's output contract
    view.setFieldLineageProvider([&s](const QString &product) {
        QList<lineage::FieldLineage> rows;
        for (const ProductPorts &p : s.currentOutputPorts())
            if (p.productKey == product)
                if (const auto v = s.currentVersion(QStringLiteral("contract"), p.contractId))
                    rows += lineage::fieldLineage(s.document(*v)->contract);
        return rows;
    });
    view.showFieldLineage(g.indexOf(QStringLiteral("customer-360")));
    QTreeWidget *panel = view.fieldPanel();
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->topLevelItem(0)->childCount(), 2);
    QCOMPARE(panel->topLevelItem(0)->child(0)->text(0),
             QStringLiteral("customer_360.lifetime_value"));
    QVERIFY(panel->topLevelItem(0)->child(0)->text(1).contains(
        QLatin1String("refunds-v1.refunds.amount")));
    // depth controls
    view.focusProduct(QStringLiteral("orders"), 0, 1);
    QVERIFY(ready.wait(10000));
    QVERIFY(view.visibleNodes().contains(g.indexOf(QStringLiteral("customer-360"))));
    QVERIFY(!view.visibleNodes().contains(g.indexOf(QStringLiteral("executive-kpis"))));
    // impact and path highlights
    view.highlightImpact(QStringLiteral("orders"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.highlighted().size(), 9); // orders and its 8 downstream products
    view.highlightPath(QStringLiteral("orders"), QStringLiteral("executive-kpis"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.highlighted().size(), 3); // orders -> campaign-attribution -> executive-kpis
    // whole mesh
    view.showWholeMesh();
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.visibleNodes().size(), int(g.nodes().size()));
    // exports
    const QString svg = m_dir.filePath(QStringLiteral("lineage.svg"));
    QVERIFY(view.exportSvg(svg));
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&f);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText();
    QVERIFY(!xml.hasError());
    QVERIFY2(texts.contains(QStringLiteral("Executive KPIs")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Orders")));
    QVERIFY(view.exportPng(m_dir.filePath(QStringLiteral("lineage.png"))));
    QVERIFY(!QImage(m_dir.filePath(QStringLiteral("lineage.png"))).isNull());
    QVERIFY(view.toDot().contains(QLatin1String("\"orders\" -> \"shipments\"")));
    QCOMPARE(QJsonDocument::fromJson(view.toJson())
                 .object()
                 .value(QLatin1String("nodes"))
                 .toArray()
                 .size(),
             int(g.nodes().size()));
}

void TestLineageView::openFromProductPage()
{
    MainWindow w(m_db, QStringLiteral("t"));
    w.show();
    QSignalSpy ready(w.lineageView(), &LineageView::layoutReady);
    w.openEntity(QStringLiteral("product"), QStringLiteral("refunds"));
    auto *details = w.findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY(details->toHtml().contains(QLatin1String("lineage:refunds")));
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("lineage:refunds")));
    QVERIFY(ready.wait(10000));
    QVERIFY(w.lineageView()->isVisible());
    QVERIFY(w.lineageView()->visibleNodes().contains(
        w.lineageView()->graph().indexOf(QStringLiteral("refunds"))));
    // double-click on a node opens its product page
    Q_EMIT w.lineageView()->productActivated(QStringLiteral("orders"));
    QVERIFY(details->isVisible());
    QVERIFY(details->toPlainText().startsWith(QLatin1String("Orders")));
    // its Kafka output port opens the contract's live messages
    QVERIFY(details->toHtml().contains(QLatin1String("live:orders-v1")));
    w.setKafkaBootstrap(
        QStringLiteral("127.0.0.1:1")); // nothing listens: the view says so, the GUI goes on
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("live:orders-v1")));
    QVERIFY(w.topicView()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(w.topicView()->state().contains(QLatin1String("unreachable")), 15000);
}

QTEST_MAIN(TestLineageView)
#include "tst_lineageview.moc"
