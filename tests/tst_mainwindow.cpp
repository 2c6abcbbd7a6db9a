// The catalog window, offscreen: opens a catalog, navigates domain -> product -> contract,
// searches a field and opens it, imports a folder off the GUI thread.
#include "DemoCatalog.h"
#include "ImportResultDialog.h"
#include "KafkaDashboard.h"
#include "MainWindow.h"
#include "SchemaPanel.h"
#include "SettingsDialog.h"
#include "itemmodels/CatalogTreeModel.h"
#include "itemmodels/SchemaModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "kafka/Kafka.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <sys/mount.h>

using namespace meshdesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void browseAndSearch();
    void schemaTab();
    void importFolder();
    void settingsDialog();
    void liveDataDashboard();
    void readOnlyCatalogIsBrowsed();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    const test::TestKeys keys({QStringLiteral("alice"), QStringLiteral("bob")});
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
}

void TestMainWindow::browseAndSearch()
{
    const QString db = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(test::createDemoCatalog(db), 24);
    MainWindow w(db, QStringLiteral("alice"));
    w.show();
    QVERIFY(w.isCatalogOpen());
    CatalogTreeModel *tree = w.treeModel();
    QCOMPARE(tree->rowCount(), 5);
    const QModelIndex product =
        tree->findEntity(QStringLiteral("product"), QStringLiteral("shipments"));
    QVERIFY(product.isValid());
    auto *view = w.findChild<QTreeView *>(QStringLiteral("catalogTree"));
    view->setCurrentIndex(
        static_cast<QAbstractProxyModel *>(view->model())->mapFromSource(product));
    auto *details = w.findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY(details->toPlainText().contains(QLatin1String("Shipments")));
    QVERIFY(details->toPlainText().contains(QLatin1String("orders-v1"))); // input port
    // on to its contract: the product's output port row in the tree
    view->expand(view->currentIndex());
    const QModelIndex port = view->model()->index(0, 0, view->currentIndex());
    QCOMPARE(port.data(CatalogTreeModel::KindRole).toString(), QStringLiteral("port"));
    view->setCurrentIndex(port);
    QCOMPARE(w.schemaModel()->rowCount(), 1);
    QCOMPARE(w.schemaModel()->rowCount(w.schemaModel()->index(0, 0)), 6);
    auto *source = w.findChild<QPlainTextEdit *>(QStringLiteral("source"));
    w.showTab(2); // "View source" loads on demand
    QVERIFY(source->toPlainText().startsWith(QLatin1String("# Demo catalog")));
    w.showTab(0);
    // search a field by name and open it
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchField"));
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("birth"));
    SearchResultsModel *results = w.searchModel();
    QVERIFY(results->hitCount() >= 1);
    QCOMPARE(results->index(0, 0).data().toString(),
             QStringLiteral("Fields (1)")); // grouped by kind
    QVERIFY(results->firstHit().data().toString().contains(QLatin1String("birth_date")));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(details->toPlainText().contains(QLatin1String("Customer Profiles")));
    QCOMPARE(w.schemaModel()->contract().id, QStringLiteral("customer-profiles-v1"));
    auto *schemaView = w.findChild<QTreeView *>(QStringLiteral("schemaView"));
    QCOMPARE(schemaView->currentIndex().data(SchemaModel::PathRole).toString(),
             QStringLiteral("customer_profiles.birth_date"));
    // back and forward between opened items
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(w.schemaModel()->contract().id, QStringLiteral("shipments-v1"));
    QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
    QVERIFY(details->toPlainText().contains(QLatin1String("Shipments")));
    QCOMPARE(w.schemaModel()->rowCount(), 0); // the product page
    QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(w.schemaModel()->contract().id, QStringLiteral("shipments-v1"));
    // a link on the product page: the producer of an input port
    w.openEntity(QStringLiteral("product"), QStringLiteral("shipments"));
    Q_EMIT details->anchorClicked(QUrl(QStringLiteral("product:orders")));
    QVERIFY(details->toPlainText().startsWith(QLatin1String("Orders")));
}

void TestMainWindow::schemaTab()
{
    // ODCS 3.2 enums with labels: the values column, the details pane, names never clipped
    QSettings().remove(QStringLiteral("SchemaPanel"));
    const QString db = m_dir.filePath(QStringLiteral("schema.sqlite"));
    {
        test::TestCatalog catalog(db, {QStringLiteral("alice")});
        QVERIFY(catalog.ok);
        const QString dir = QStringLiteral(MESHDESK_TEST_DATA "/fixtures/contracts/odcs/v3.2");
        const ImportSummary summary =
            catalog.import(collectImportFiles({dir}), QStringLiteral("alice"));
        QCOMPARE(summary.failedFiles, 0);
        QCOMPARE(summary.added, 4);
    }
    MainWindow w(db, QStringLiteral("alice"));
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.openEntity(QStringLiteral("contract"),
                 QStringLiteral("a3e8e1f9-1c8b-4f2e-9a7d-3c5e7b6a9f12"));
    w.showTab(1);
    SchemaPanel *panel = w.schemaPanel();
    QTreeView *view = panel->view();
    QVERIFY(!view->isColumnHidden(SchemaModel::EnumColumn));
    QVERIFY(!view->isColumnHidden(SchemaModel::DescriptionColumn));
    // nothing in this contract has a pattern: that column stays out of the way
    QVERIFY(view->isColumnHidden(SchemaModel::PatternColumn));
    QVERIFY(view->isColumnHidden(SchemaModel::ExamplesColumn)); // off by default
    const QModelIndex orders = view->model()->index(0, 0);
    const QModelIndex status = view->model()->index(1, 0, orders);
    QCOMPARE(status.data().toString(), QStringLiteral("status"));
    QCOMPARE(view->model()->index(1, SchemaModel::EnumColumn, orders).data().toString(),
             QStringLiteral("pending, processing, shipped, cancelled"));
    // the longest name fits its column while the description still has room
    int widest = 0;
    for (int r = 0; r < view->model()->rowCount(orders); ++r)
        widest =
            std::max(widest, view->sizeHintForIndex(view->model()->index(r, 0, orders)).width());
    QVERIFY2(view->columnWidth(0) >= widest + view->indentation(),
             qPrintable(QStringLiteral("%1 < %2").arg(view->columnWidth(0)).arg(widest)));
    // ... and the description takes all that is left, the other columns having given way
    // down to their headers' width
    int others = 0;
    QStringList widths;
    for (int c = 0; c < SchemaModel::ColumnCount; ++c) {
        widths << QString::number(view->isColumnHidden(c) ? -1 : view->columnWidth(c));
        if (!view->isColumnHidden(c) && c != SchemaModel::DescriptionColumn)
            others += view->columnWidth(c);
    }
    const QString layout =
        widths.join(QLatin1Char(' ')) + QStringLiteral(" of %1").arg(view->viewport()->width());
    QVERIFY2(view->columnWidth(SchemaModel::DescriptionColumn) >= 60, qPrintable(layout));
    QVERIFY2(others + view->columnWidth(SchemaModel::DescriptionColumn) <=
                 view->viewport()->width() + 1,
             qPrintable(layout));
    // the details pane: everything the field declares
    view->setCurrentIndex(status);
    const QString details = panel->detailsPane()->toPlainText();
    QVERIFY2(details.contains(QLatin1String("Order received, awaiting processing.")),
             qPrintable(details));
    QVERIFY(details.contains(QLatin1String("\"label\": \"Cancelled\"")));
    QVERIFY(details.contains(QLatin1String("businessDefinition")));
    // the column chooser: a menu of checkable columns, remembered
    QToolButton *columns = panel->columnsButton();
    QAction *examples = nullptr;
    for (QAction *a : columns->menu()->actions())
        if (a->data().toInt() == SchemaModel::ExamplesColumn)
            examples = a;
    QVERIFY(examples && !examples->isChecked());
    examples->trigger();
    QVERIFY(!view->isColumnHidden(SchemaModel::ExamplesColumn));
    QVERIFY(!QSettings()
                 .value(QStringLiteral("SchemaPanel/hiddenColumns"))
                 .toList()
                 .contains(QVariant(int(SchemaModel::ExamplesColumn))));
    panel->setColumnShown(SchemaModel::ExamplesColumn, false);
    QVERIFY(view->isColumnHidden(SchemaModel::ExamplesColumn));
    QVERIFY(!examples->isChecked());
    // the contract page lists what the document says beyond the schema
    w.openEntity(QStringLiteral("contract"),
                 QStringLiteral("3e8a1b6c-4d2f-4a90-b1c7-5e9f0a2b3c4d"));
    auto *page = w.findChild<QTextBrowser *>(QStringLiteral("details"));
    QVERIFY(page->toPlainText().contains(QLatin1String("deprecated")));
}

void TestMainWindow::importFolder()
{
    const QString db = m_dir.filePath(QStringLiteral("empty.sqlite"));
    MainWindow w(db, QStringLiteral("bob"));
    w.show();
    QCOMPARE(w.treeModel()->rowCount(), 0);
    QSignalSpy done(&w, &MainWindow::importFinished);
    QTemporaryDir folder;
    for (const QString &f : {QStringLiteral("customer-data-product.odps.yaml"),
                             QStringLiteral("simple-data-product.odps.yaml")})
        QVERIFY(QFile::copy(QStringLiteral(MESHDESK_TEST_DATA "/fixtures/products/odps/") + f,
                            folder.filePath(f)));
    QFile bad(folder.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("apiVersion: v3.1.0\nkind: DataContract\nid: x\ntags: oops\n");
    bad.close();
    w.importPaths({folder.path()});
    QVERIFY(done.wait(30000));
    QCOMPARE(done.count(), 1);
    QVERIFY(w.lastImport());
    QCOMPARE(w.lastImport()->added, 2);
    QCOMPARE(w.lastImport()->failedFiles, 1);
    ImportResultDialog dialog(*w.lastImport());
    QTreeWidget *list = dialog.list();
    QCOMPARE(list->topLevelItemCount(), 3);
    QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("rejected"));
    QVERIFY2(list->topLevelItem(0)->text(2).contains(
                 QLatin1String("broken.yaml:4:7: 'tags' must be a list")),
             qPrintable(list->topLevelItem(0)->text(2)));
    QCOMPARE(list->topLevelItem(1)->text(1), QStringLiteral("imported"));
    QVERIFY(w.treeModel()
                ->findEntity(QStringLiteral("product"),
                             QStringLiteral("064c4630-8aad-4dc0-ba95-0f69940e6b18"))
                .isValid());
}

void TestMainWindow::settingsDialog()
{
    QSettings().clear();
    SettingsDialog dialog(QStringLiteral("alice"));
    // only identities whose keys are on this machine can be chosen
    auto *user = dialog.findChild<QComboBox *>(QStringLiteral("user"));
    QCOMPARE(user->currentData().toString(), QStringLiteral("alice"));
    QVERIFY(user->findData(QStringLiteral("bob")) >= 0);
    QCOMPARE(user->findData(QStringLiteral("mallory")), -1);
    user->setCurrentIndex(user->findData(QStringLiteral("bob")));
    dialog.findChild<QLineEdit *>(QStringLiteral("database"))
        ->setText(m_dir.filePath(QStringLiteral("other.sqlite")));
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("language"));
    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("theme"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("identity")).toString(), QStringLiteral("bob"));
    QCOMPARE(settings.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    QCOMPARE(settings.value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    QVERIFY(settings.value(QStringLiteral("database"))
                .toString()
                .endsWith(QLatin1String("other.sqlite")));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100); // dark applied
    SettingsDialog::applyTheme(QStringLiteral("system"));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 100);
    // geometry and splitter are restored; a size saved on a larger screen is not kept
    const QSize room = QGuiApplication::primaryScreen()->availableGeometry().size();
    const QSize fits = room - QSize(100, 100);
    for (const QSize &saved : {fits, room + QSize(600, 400)}) {
        {
            MainWindow w(m_dir.filePath(QStringLiteral("geo.sqlite")), QStringLiteral("bob"));
            w.show();
            w.resize(saved);
            w.close();
        }
        MainWindow again(m_dir.filePath(QStringLiteral("geo.sqlite")), QStringLiteral("bob"));
        if (saved == fits) {
            QCOMPARE(again.size(), fits);
        } else {
            QVERIFY2(again.width() <= room.width() && again.height() <= room.height(),
                     qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                    .arg(again.width())
                                    .arg(again.height())
                                    .arg(room.width())
                                    .arg(room.height())));
        }
    }
}

void TestMainWindow::liveDataDashboard()
{
    // Governance > Dashboard > Live data: each Kafka topic of the catalog, sampled from the
    // broker and checked against its contract, off the GUI thread
    const QString db = m_dir.filePath(QStringLiteral("live.sqlite"));
    QCOMPARE(test::createDemoCatalog(db), 24);
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("checkout.orders.v1"), 1));
    const QByteArray good =
        R"({"order_id":"o-1","customer_id":"c-1","customer_email":"a@b.c","order_total":1,"currency":"EUR","order_status":"paid","placed_at":"2026-11-26T10:00:00Z"})";
    for (int i = 0; i < 3; ++i)
        QVERIFY(broker.produce(QStringLiteral("checkout.orders.v1"), "k", good, 0));
    QVERIFY(broker.produce(QStringLiteral("checkout.orders.v1"), "k", R"({"currency":"XXX"})", 0));
    MainWindow w(db, QStringLiteral("alice"));
    w.setKafkaBootstrap(broker.bootstrap());
    w.show();
    QSignalSpy updated(&w, &MainWindow::kafkaDashboardUpdated);
    w.showDashboardTab(2);
    QVERIFY(updated.wait(30000));
    auto *dashboard = w.findChild<KafkaDashboard *>(QStringLiteral("kafkaDashboard"));
    QVERIFY(dashboard->isVisible());
    const auto &results = dashboard->results();
    QCOMPARE(results.size(), 5); // the demo catalog's five topics
    QCOMPARE(results.front().topic, QStringLiteral("checkout.orders.v1"));
    QCOMPARE(results.front().owner, QStringLiteral("Orders"));
    QCOMPARE(results.front().sampled, 4);
    QCOMPARE(results.front().violating, 1);
    QCOMPARE(dashboard->table()->topLevelItem(0)->text(4), QStringLiteral("75.0%"));
    // the topics are read once per catalog; an import brings its new topic to the next measure
    QTemporaryDir folder;
    QFile extra(folder.filePath(QStringLiteral("extra.odcs.yaml")));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("apiVersion: v3.0.2\nkind: DataContract\nid: extra-v1\nname: Extra\n"
                "version: 1.0.0\nstatus: active\nservers:\n  - server: k\n    type: kafka\n"
                "    topic: aaa.extra\nschema:\n  - name: extra\n    properties:\n"
                "      - name: id\n        logicalType: string\n");
    extra.close();
    QSignalSpy imported(&w, &MainWindow::importFinished);
    w.importPaths({folder.path()});
    QVERIFY(imported.wait(30000));
    QCOMPARE(w.lastImport()->added, 1);
    Q_EMIT dashboard->refreshRequested();
    QVERIFY(updated.wait(30000));
    QCOMPARE(dashboard->results().size(), 6);
    QCOMPARE(dashboard->results().front().topic, QStringLiteral("aaa.extra"));
}

// Issue 16, item 5: a catalog the user may only read is browsed, and the window says so. A
// read-only mount stops root too (file permissions do not), so the test runs as it is.
void TestMainWindow::readOnlyCatalogIsBrowsed()
{
    const QString mnt = m_dir.filePath(QStringLiteral("read-only-mount"));
    QVERIFY(QDir().mkpath(mnt));
    const QByteArray where = QFile::encodeName(mnt);
    if (::mount("tmpfs", where.constData(), "tmpfs", 0, "size=32m") != 0)
        QSKIP("mounting a tmpfs is not permitted here (needs root); tests/gui/readonly-catalog.sh "
              "shows the same as user nobody");
    const auto unmount = qScopeGuard([&] { ::umount2(where.constData(), MNT_DETACH); });
    const QString db = QDir(mnt).filePath(QStringLiteral("shared.sqlite"));
    QCOMPARE(test::createDemoCatalog(db), 24);
    QVERIFY(!QFileInfo::exists(db + QStringLiteral("-wal"))); // the last close checkpointed
    QCOMPARE(::mount(nullptr, where.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr), 0);
    MainWindow w(db, QStringLiteral("alice"));
    w.show();
    QVERIFY(w.isCatalogOpen());
    QCOMPARE(w.treeModel()->rowCount(), 5); // browsable
    QVERIFY2(w.bannerText().contains(QLatin1String("read-only")), qPrintable(w.bannerText()));
    auto *label = w.findChild<QLabel *>(QStringLiteral("readOnly"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    // importing is refused with a message, not attempted
    w.importPaths({QStringLiteral(MESHDESK_SOURCE_DIR "/resources/demo/orders-v1.odcs.yaml")});
    QVERIFY2(w.bannerText().contains(QLatin1String("nothing can be imported")),
             qPrintable(w.bannerText()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
