// The lineage view offscreen on the demo catalog: focus, depth, expand a node, impact and path
// highlights, search, export as SVG (parsed back), PNG, DOT and JSON.
#include "DemoCatalog.h"
#include "LineageView.h"
#include "MainWindow.h"
#include "TopicView.h"
#include "Translations.h"
#include "lineage/MeshLoader.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>
#include <QtTest>

using namespace meshdesk;

namespace {

// The edges the scene does not paint: the scene is rendered 1:1 with and without the item that
// draws the edges; each edge's curve passes through the middle of every segment of its layout
// polyline, so the two images must differ there. Also every graph edge between two shown nodes
// (self-loops aside) must have exactly one laid-out path.
QStringList unpaintedEdges(const LineageView &view)
{
    const lineage::Graph &g = view.graph();
    auto name = [&](int edge) {
        const lineage::Edge &e = g.edges()[size_t(edge)];
        return QStringLiteral("%1 -> %2")
            .arg(g.nodes()[size_t(e.from)].id, g.nodes()[size_t(e.to)].id);
    };
    QStringList missing;
    QSet<int> laidOut;
    for (const lineage::EdgePath &p : view.currentLayout().edges)
        if (laidOut.contains(p.edge))
            missing << name(p.edge) + QStringLiteral(" (twice)");
        else
            laidOut.insert(p.edge);
    for (int e : g.edgesWithin(view.visibleNodes()))
        if (g.edges()[size_t(e)].from != g.edges()[size_t(e)].to && !laidOut.contains(e))
            missing << name(e) + QStringLiteral(" (not laid out)");
    QGraphicsScene *scene = view.canvas()->scene();
    QGraphicsItem *edgesItem = nullptr;
    for (QGraphicsItem *item : scene->items())
        if (item->type() == QGraphicsItem::UserType + 2)
            edgesItem = item;
    if (!edgesItem)
        return missing << QStringLiteral("no edges item in the scene");
    const QRectF r = scene->sceneRect();
    auto render = [&] {
        QImage image(r.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        scene->render(&painter, QRectF(image.rect()), r);
        return image;
    };
    const QImage with = render();
    edgesItem->setVisible(false);
    const QImage without = render();
    edgesItem->setVisible(true);
    for (const lineage::EdgePath &p : view.currentLayout().edges) {
        for (size_t i = 1; i < p.points.size(); ++i) {
            const QPoint mid = ((p.points[i - 1] + p.points[i]) / 2 - r.topLeft()).toPoint();
            bool painted = false;
            for (int dx = -2; dx <= 2 && !painted; ++dx)
                for (int dy = -2; dy <= 2 && !painted; ++dy) {
                    const QPoint px = mid + QPoint(dx, dy);
                    painted = with.rect().contains(px) && with.pixel(px) != without.pixel(px);
                }
            if (!painted) {
                missing << name(p.edge);
                break;
            }
        }
    }
    return missing;
}

// Whether everything the scene draws (its items' bounding rect: nodes with their "+N" handles,
// every edge's curve, the domain bands) lies inside what the canvas shows.
bool showsEverything(const LineageView &view, QString *why)
{
    QGraphicsView *canvas = view.canvas();
    const QRectF shown = canvas->mapToScene(canvas->viewport()->rect()).boundingRect();
    const QRectF drawn = canvas->scene()->itemsBoundingRect();
    *why = QStringLiteral("drawn %1,%2 %3x%4, shown %5,%6 %7x%8")
               .arg(drawn.x())
               .arg(drawn.y())
               .arg(drawn.width())
               .arg(drawn.height())
               .arg(shown.x())
               .arg(shown.y())
               .arg(shown.width())
               .arg(shown.height());
    return shown.adjusted(-1, -1, 1, 1).contains(drawn);
}

// WCAG contrast ratio of two colours
double contrast(QColor a, QColor b)
{
    auto lum = [](QColor c) {
        auto ch = [](double v) {
            v /= 255;
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue());
    };
    const double x = lum(a), y = lum(b);
    return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
}

} // namespace

class TestLineageView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void focusExpandExport();
    void everyEdgePainted();
    void fitContainsEverything();
    void refocusResetsState();
    void pathToProductByName();
    void darkThemeHandles();
    void germanToolbarAndStatus();
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

void TestLineageView::everyEdgePainted()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1200, 800);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    view.showWholeMesh();
    QVERIFY(ready.wait(10000));
    QCOMPARE(int(view.currentLayout().edges.size()), int(view.graph().edges().size()));
    QStringList missing = unpaintedEdges(view);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    // and around every product, two steps each way
    for (const lineage::Node &n : view.graph().nodes()) {
        view.focusProduct(n.id, 2, 2);
        QVERIFY(ready.wait(10000));
        missing = unpaintedEdges(view);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(n.id + QStringLiteral(": ") + missing.join(QStringLiteral(", "))));
    }
}

void TestLineageView::fitContainsEverything()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1000, 620);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    QString why;
    // a focus first: the whole mesh after it must not stay centred on that focus
    view.focusProduct(QStringLiteral("churn-prediction"), 3, 0);
    QVERIFY(ready.wait(10000));
    QVERIFY2(showsEverything(view, &why), qPrintable(why));
    view.showWholeMesh();
    QVERIFY(ready.wait(10000));
    QVERIFY2(showsEverything(view, &why), qPrintable(why));
    // zoomed in and panned away, Fit brings everything back
    QGraphicsView *canvas = view.canvas();
    canvas->scale(3, 3);
    canvas->centerOn(canvas->sceneRect().bottomRight());
    QVERIFY(!showsEverything(view, &why));
    auto *fit = view.findChild<QToolButton *>(QStringLiteral("lineageFit"));
    QVERIFY(fit);
    fit->click();
    QVERIFY2(showsEverything(view, &why), qPrintable(why));
    // the 0 key on the graph does the same
    canvas->scale(3, 3);
    QTest::keyClick(canvas, Qt::Key_0);
    QVERIFY2(showsEverything(view, &why), qPrintable(why));
    // and every neighbourhood of the demo fits as it is laid out, then again after a resize
    for (const lineage::Node &n : view.graph().nodes()) {
        view.focusProduct(n.id, 2, 2);
        QVERIFY(ready.wait(10000));
        QVERIFY2(showsEverything(view, &why), qPrintable(n.id + QLatin1Char(' ') + why));
    }
    view.resize(700, 450);
    QCoreApplication::processEvents();
    QVERIFY2(showsEverything(view, &why), qPrintable(why));
}

void TestLineageView::refocusResetsState()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1200, 800);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    view.setFieldLineageProvider([](const QString &) { return QList<lineage::FieldLineage>(); });
    QSignalSpy ready(&view, &LineageView::layoutReady);
    const auto &g = view.graph();
    view.showWholeMesh();
    QVERIFY(ready.wait(10000));
    QVERIFY2(view.statusText().contains(QLatin1String("16 of 16 nodes")),
             qPrintable(view.statusText()));
    view.focusProduct(QStringLiteral("orders"));
    QVERIFY(ready.wait(10000));
    view.highlightPath(QStringLiteral("orders"), QStringLiteral("executive-kpis"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.highlighted().size(), 3);
    QVERIFY2(view.statusText().startsWith(QLatin1String("Path of 2 step")),
             qPrintable(view.statusText()));
    view.showFieldLineage(g.indexOf(QStringLiteral("orders")));
    QVERIFY(view.fieldPanel()->isVisible());
    view.pathField()->setText(QStringLiteral("Executive KPIs"));
    // a new focus: no highlight, no path, no field panel, the status counts the new view
    view.focusProduct(QStringLiteral("shipments"));
    QVERIFY(ready.wait(10000));
    QVERIFY(view.highlighted().isEmpty());
    QVERIFY(!view.fieldPanel()->isVisible());
    QVERIFY(view.pathField()->text().isEmpty());
    QVERIFY2(view.statusText().startsWith(QLatin1String("3 of 16 nodes shown")),
             qPrintable(view.statusText()));
    QVERIFY(!view.statusText().contains(QLatin1String("Path")));
    // the items drawn follow: nothing is painted highlighted
    for (QGraphicsItem *item : view.canvas()->scene()->items())
        if (item->type() == LineageView::NodeItemType)
            QVERIFY(!view.highlighted().contains(g.indexOf(item->toolTip().section('\n', 0, 0))));
    // with Impact on, a new focus highlights the new focus's impact, not the old one's
    view.highlightImpact(QStringLiteral("orders"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(view.highlighted().size(), 9);
    view.focusProduct(QStringLiteral("delivery-performance"));
    QVERIFY(ready.wait(10000));
    QVERIFY(view.highlighted().isEmpty());
    QVERIFY2(!view.statusText().contains(QLatin1String("downstream")),
             qPrintable(view.statusText()));
}

void TestLineageView::pathToProductByName()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1200, 800);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    const auto &g = view.graph();
    view.focusProduct(QStringLiteral("orders"));
    QVERIFY(ready.wait(10000));
    auto ids = [&] {
        QStringList out;
        for (int n : view.highlighted())
            out << g.nodes()[size_t(n)].id;
        out.sort();
        return out;
    };
    // Orders reaches Executive KPIs in two steps, through Revenue or Campaign Attribution
    auto isPathToKpis = [&] {
        const QStringList h = ids();
        return h.size() == 3 && h.contains(QStringLiteral("orders")) &&
               h.contains(QStringLiteral("executive-kpis")) &&
               (h.contains(QStringLiteral("revenue")) ||
                h.contains(QStringLiteral("campaign-attribution")));
    };
    // typed as a user does: part of the name, completed from the product names
    QLineEdit *path = view.pathField();
    path->setFocus();
    QTest::keyClicks(path, QStringLiteral("kpi"));
    QCompleter *completer = path->completer();
    QVERIFY(completer);
    QCOMPARE(completer->completionCount(), 1);
    QCOMPARE(completer->currentCompletion(), QStringLiteral("Executive KPIs"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QCOMPARE(path->text(), QStringLiteral("Executive KPIs"));
    QTest::keyClick(path, Qt::Key_Return);
    QVERIFY(ready.wait(10000));
    QVERIFY2(isPathToKpis(), qPrintable(ids().join(QLatin1Char(' '))));
    // the status names the path (the test loads no translation: "step(s)")
    const QString status = view.statusText();
    QVERIFY2(
        status.startsWith(QStringLiteral("Path of 2 step(s): Orders → ")) &&
            status.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" → Executive KPIs")),
        qPrintable(status));
    // the id still works, names in any case, and a path that runs upstream of the focus
    view.highlightPathTo(QStringLiteral("executive-kpis"));
    QVERIFY(ready.wait(10000));
    QVERIFY2(isPathToKpis(), qPrintable(ids().join(QLatin1Char(' '))));
    view.highlightPathTo(QStringLiteral("executive kpis"));
    QVERIFY(ready.wait(10000));
    QVERIFY2(isPathToKpis(), qPrintable(ids().join(QLatin1Char(' '))));
    view.highlightPathTo(QStringLiteral("webshop-orders-db"));
    QVERIFY(ready.wait(10000));
    QCOMPARE(ids(),
             (QStringList{QStringLiteral("external:webshop-orders-db"), QStringLiteral("orders")}));
    // ambiguous or unknown: said so, nothing highlighted changes
    view.highlightPathTo(QStringLiteral("customer"));
    QCOMPARE(ids(),
             (QStringList{QStringLiteral("external:webshop-orders-db"), QStringLiteral("orders")}));
    QVERIFY2(view.statusText().contains(QLatin1String("'customer' matches 2 products")),
             qPrintable(view.statusText()));
    view.highlightPathTo(QStringLiteral("nope"));
    QVERIFY2(view.statusText().startsWith(QLatin1String("No product matches 'nope'.")),
             qPrintable(view.statusText()));
    QCOMPARE(view.resolveProduct(QStringLiteral("Customer 360")),
             g.indexOf(QStringLiteral("customer-360")));
    QCOMPARE(view.resolveProduct(QStringLiteral("customer 360 (customer-360)")),
             g.indexOf(QStringLiteral("customer-360")));
    // the find box completes the same names
    auto *find = view.findChild<QLineEdit *>(QStringLiteral("lineageSearch"));
    QVERIFY(find->completer());
    QCOMPARE(find->completer()->model(), completer->model());
}

void TestLineageView::germanToolbarAndStatus()
{
    // German at a 1024 px window (the view ~700 px wide): the toolbar squeezed its fields to
    // "Produ…" and pushed its buttons out; node badges said "active". Now the toolbar takes a
    // second row where one does not fit, and the badge speaks the interface's language.
    const QLocale before;
    const QList<QTranslator *> translators = installTranslators(*qApp, QStringLiteral("de"));
    // our catalogue is a resource of the application; a test reads the built file beside it
    QTranslator own;
    QVERIFY(own.load(QStringLiteral("meshdesk_de"), QStringLiteral(MESHDESK_QM_DIR)));
    qApp->installTranslator(&own);
    const auto uninstall = qScopeGuard([&] {
        qApp->removeTranslator(&own);
        for (QTranslator *t : translators) {
            qApp->removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    });
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(700, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    view.focusProduct(QStringLiteral("orders"));
    QVERIFY(ready.wait(10000));
    auto *find = view.findChild<QLineEdit *>(QStringLiteral("lineageSearch"));
    auto *path = view.findChild<QLineEdit *>(QStringLiteral("lineagePathTo"));
    QVERIFY(find && path);
    QCOMPARE(find->placeholderText(), QStringLiteral("Produkt finden…"));
    auto fits = [&view](QWidget *w) {
        const QRect r(w->mapTo(&view, QPoint(0, 0)), w->size());
        return view.rect().contains(r) && w->width() >= w->minimumSizeHint().width();
    };
    for (const char *name :
         {"lineageSearch", "lineagePathTo", "lineageWholeMesh", "lineageFit", "lineageExport"}) {
        auto *w = view.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(w && fits(w), name);
    }
    for (QLineEdit *field : {find, path}) // the hint is readable, not elided
        QVERIFY2(field->width() >=
                     field->fontMetrics().horizontalAdvance(field->placeholderText()) + 12,
                 qPrintable(field->placeholderText()));
    const int fieldsRow = find->mapTo(&view, QPoint(0, 0)).y();
    auto *fit = view.findChild<QWidget *>(QStringLiteral("lineageFit"));
    QVERIFY(fit->mapTo(&view, QPoint(0, 0)).y() > fieldsRow); // the controls on a second row
    // wide enough: one row again
    view.resize(1600, 600);
    QTRY_VERIFY(fit->mapTo(&view, QPoint(0, 0)).y() < fieldsRow + find->height());
    // the badge and the tooltip name the status in German
    bool german = false, english = false;
    for (QGraphicsItem *item : view.canvas()->scene()->items()) {
        german = german || item->toolTip().contains(QStringLiteral("aktiv"));
        english = english || item->toolTip().contains(QStringLiteral("active"));
    }
    QVERIFY(german);
    QVERIFY(!english);
}

void TestLineageView::darkThemeHandles()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    LineageView view;
    view.resize(1200, 800);
    QPalette dark = view.palette(); // as Settings > Theme > Dark sets it
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    view.setPalette(dark);
    view.show();
    view.setGraph(lineage::loadGraph(s));
    QSignalSpy ready(&view, &LineageView::layoutReady);
    view.focusProduct(QStringLiteral("shipments"));
    QVERIFY(ready.wait(10000));
    const auto &g = view.graph();
    const int orders = g.indexOf(QStringLiteral("orders"));
    QCOMPARE(view.hiddenNeighbours(orders, true), 1);
    QCOMPARE(view.hiddenNeighbours(orders, false), 4);
    QGraphicsScene *scene = view.canvas()->scene();
    const QRectF r = scene->sceneRect();
    const QColor canvas = view.canvas()->palette().color(QPalette::Base);
    QImage image(r.size().toSize(), QImage::Format_RGB32);
    image.fill(canvas);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(image.rect()), r);
    }
    // the "+1" above Orders and the "+4" below it: their text stands out from the canvas
    const QRectF box = view.currentLayout().boxOf(orders)->rect.translated(-r.topLeft());
    for (const QRectF &handle : {QRectF(box.center().x() - 22, box.top() - 16, 44, 15),
                                 QRectF(box.center().x() - 22, box.bottom() + 1, 44, 15)}) {
        double best = 0;
        for (int x = int(handle.left()); x < int(handle.right()); ++x)
            for (int y = int(handle.top()); y < int(handle.bottom()); ++y)
                best = std::max(best, contrast(QColor(image.pixel(x, y)), canvas));
        QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("contrast %1").arg(best)));
    }
    // and the node names
    double best = 0;
    for (int x = int(box.left()); x < int(box.right()); ++x)
        for (int y = int(box.top()); y < int(box.center().y()); ++y)
            best = std::max(best, contrast(QColor(image.pixel(x, y)), canvas));
    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("contrast %1").arg(best)));
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
