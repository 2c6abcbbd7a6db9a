// What a desktop catalog is expected to do, offscreen: the start page, the Help menu, Qt's own
// German, search states (no results, exact first, the cap), the tree (pending marks, numeric
// order, expansion kept), the product and contract pages, View source (line numbers, find),
// the Kafka connections form, the audit log browser, dashboards and the dark palette.
#include "AuditLogDialog.h"
#include "CatalogDashboard.h"
#include "DemoCatalog.h"
#include "HelpDialogs.h"
#include "KafkaConnectionsDialog.h"
#include "KafkaDashboard.h"
#include "MainWindow.h"
#include "Palette.h"
#include "ReviewPage.h"
#include "SettingsDialog.h"
#include "SourceView.h"
#include "StartPage.h"
#include "TestIdentities.h"
#include "Translations.h"
#include "itemmodels/AuditLogModel.h"
#include "itemmodels/CatalogTreeModel.h"
#include "itemmodels/ChangeListModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QAbstractProxyModel>
#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPieSeries>
#include <QPushButton>
#include <QScopeGuard>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace meshdesk;

class TestDesktop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void qtGermanLoaded();
    void helpMenu();
    void startPage();
    void emptyCatalogOffersButtons();
    void searchStates();
    void treeMarksOrderAndExpansion();
    void productAndContractPages();
    void viewSourceFind();
    void kafkaConnectionsForm();
    void auditLogBrowser();
    void dashboardsInteractive();
    void darkPalette();

private:
    QString demoWithChange(const QString &name);
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestKeys> m_keys; // alice, bob, carol act with demo keys
};

void TestDesktop::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
    QSettings().clear();
    m_keys = std::make_unique<test::TestKeys>();
    qputenv("MESHDESK_KEY_DIR", QFile::encodeName(m_keys->dir()));
}

// The demo catalog (alice imports it, is admin) with bob's proposed Orders v2; carol is a
// governance owner of checkout.
QString TestDesktop::demoWithChange(const QString &name)
{
    const QString db = m_dir.filePath(name);
    test::TestCatalog c(db);
    if (!c.ok)
        return {};
    c.import(test::demoFiles(), QStringLiteral("alice"));
    c.import({QStringLiteral(MESHDESK_DEMO_DIR "/changes/orders-v2.odcs.yaml")},
             QStringLiteral("bob"));
    c.ledger->grant(QStringLiteral("alice"), QStringLiteral("carol"),
                    QStringLiteral("governance-owner"), QStringLiteral("checkout"));
    return db;
}

void TestDesktop::qtGermanLoaded()
{
    // Qt's own catalogue comes with ours: the buttons of every standard dialog and the names of
    // keys in shortcuts are German too
    const QLocale before;
    const QList<QTranslator *> translators = installTranslators(*qApp, QStringLiteral("de"));
    QVERIFY(!translators.isEmpty());
    {
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(QKeySequence(QStringLiteral("Ctrl+O")).toString(QKeySequence::NativeText),
                 QStringLiteral("Strg+O"));
        QCOMPARE(QLocale().language(), QLocale::German); // dates and numbers follow
    }
    for (QTranslator *t : translators) {
        qApp->removeTranslator(t);
        delete t;
    }
    QLocale::setDefault(before);
}

void TestDesktop::helpMenu()
{
    MainWindow w(demoWithChange(QStringLiteral("help.sqlite")), QStringLiteral("alice"));
    QMenu *help = w.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QStringList entries;
    for (QAction *a : help->actions())
        entries << a->text().remove(QLatin1Char('&'));
    for (const char *want : {"Documentation", "Keyboard shortcuts", "About MeshDesk", "About Qt"})
        QVERIFY2(entries.contains(QLatin1String(want)), qPrintable(entries.join(", ")));
    // About names the libraries with their versions
    const QString about = aboutText();
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
    QVERIFY(about.contains(QLatin1String("librdkafka")));
    QVERIFY(about.contains(QRegularExpression(QStringLiteral("SQLite</td><td>3\\.\\d+"))));
    // the shortcuts, read from the menus as they spell them
    ShortcutsDialog shortcuts(w.menuBar());
    QStringList rows;
    for (QTreeWidgetItemIterator it(shortcuts.list()); *it; ++it)
        rows << (*it)->text(0) + QLatin1Char('=') + (*it)->text(1);
    QVERIFY2(rows.contains(QStringLiteral("Import files…=") +
                           QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)),
             qPrintable(rows.join(" | ")));
    QVERIFY(rows.contains(QStringLiteral("Inbox=Ctrl+I")));
}

namespace {
QString plain(QString t)
{
    return t.replace(QChar(0x2028), QLatin1Char('\n')).replace(QChar(0x2029), QLatin1Char('\n'));
}
} // namespace

void TestDesktop::startPage()
{
    QSettings().clear();
    MainWindow w(demoWithChange(QStringLiteral("start.sqlite")), QStringLiteral("carol"));
    w.show();
    StartPage *start = w.startPage();
    QVERIFY(start->isVisible()); // a new window opens on it
    QVERIFY(!start->isEmptyCatalog());
    // (table cells and line breaks as newlines)
    const QString text = plain(start->text());
    QVERIFY2(text.contains(QLatin1String("5\nDomains")) &&
                 text.contains(QLatin1String("12\nData products")) &&
                 text.contains(QLatin1String("12\nContracts")) &&
                 text.contains(QLatin1String("1\nPending changes")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Change #1: contract Orders")));
    QVERIFY(text.contains(QLatin1String("Nothing yet")));
    QVERIFY(!start->findChild<QPushButton *>(QStringLiteral("startDemo"))->isVisible());
    QVERIFY(start->findChild<QPushButton *>(QStringLiteral("startImportFiles"))->isVisible());
    // a link opens the review
    Q_EMIT start->linkActivated(QStringLiteral("review:1"));
    QVERIFY(w.reviewPage()->isVisible());
    // what was opened is remembered, for this catalog, also in a new window
    w.openEntity(QStringLiteral("product"), QStringLiteral("shipments"));
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    w.showStartPage();
    const QString recent = start->text().section(QStringLiteral("Recently opened"), 1);
    QVERIFY2(recent.contains(QLatin1String("Orders")) &&
                 recent.contains(QLatin1String("Shipments")),
             qPrintable(recent));
    MainWindow again(m_dir.filePath(QStringLiteral("start.sqlite")), QStringLiteral("carol"));
    const QString later = again.startPage()->text().section(QStringLiteral("Recently opened"), 1);
    QVERIFY2(later.indexOf(QLatin1String("Orders")) >= 0 &&
                 later.indexOf(QLatin1String("Orders")) < later.indexOf(QLatin1String("Shipments")),
             qPrintable(later)); // newest first
}

void TestDesktop::emptyCatalogOffersButtons()
{
    MainWindow w(m_dir.filePath(QStringLiteral("empty.sqlite")), QStringLiteral("alice"));
    w.show();
    StartPage *start = w.startPage();
    QVERIFY(start->isVisible());
    QVERIFY(start->isEmptyCatalog());
    QVERIFY(start->text().contains(QLatin1String("This catalog is empty")));
    QVERIFY(!start->text().contains(QLatin1String("meshdesk --demo"))); // no command line
    for (const char *name : {"startImportFiles", "startImportFolder", "startDemo"})
        QVERIFY2(start->findChild<QPushButton *>(QLatin1String(name))->isVisible(), name);
    QSignalSpy demo(start, &StartPage::demoRequested);
    QSignalSpy files(start, &StartPage::importFilesRequested);
    QObject::disconnect(start, &StartPage::importFilesRequested, &w,
                        nullptr); // (the window would open a file dialog)
    start->findChild<QPushButton *>(QStringLiteral("startImportFiles"))->click();
    QCOMPARE(files.count(), 1);
    // importing fills it
    QSignalSpy done(&w, &MainWindow::importFinished);
    w.importPaths({QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml")});
    QVERIFY(done.wait(30000));
    QVERIFY(!start->isEmptyCatalog());
    QVERIFY(plain(start->text()).contains(QLatin1String("1\nContracts")));
}

void TestDesktop::searchStates()
{
    MainWindow w(demoWithChange(QStringLiteral("search.sqlite")), QStringLiteral("alice"));
    w.show();
    auto *search = w.findChild<QLineEdit *>(QStringLiteral("searchField"));
    auto *note = w.findChild<QLabel *>(QStringLiteral("searchNote"));
    auto *results = w.findChild<QTreeView *>(QStringLiteral("searchResults"));
    // nothing found: said so, and a near spelling offered
    search->setText(QStringLiteral("custmer"));
    QVERIFY(note->isVisible());
    QVERIFY(!results->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("No results for “custmer”")),
             qPrintable(note->text()));
    QTRY_VERIFY2(note->text().contains(QLatin1String("suggest:customer")),
                 qPrintable(note->text()));
    Q_EMIT note->linkActivated(QStringLiteral("suggest:customer"));
    QCOMPARE(search->text(), QStringLiteral("customer"));
    QVERIFY(w.searchModel()->hitCount() > 0);
    // exact first: the domain named "customer" comes before the fields that mention it
    QVERIFY(w.searchModel()->firstHit().data(SearchResultsModel::ExactRole).toBool());
    int domainGroup = -1, fieldGroup = -1;
    for (int g = 0; g < w.searchModel()->rowCount(); ++g) {
        const QString kind =
            w.searchModel()->index(g, 0).data(SearchResultsModel::KindRole).toString();
        if (kind == QLatin1String("domain"))
            domainGroup = g;
        if (kind == QLatin1String("field"))
            fieldGroup = g;
    }
    QVERIFY(domainGroup >= 0 && fieldGroup >= 0);
    QVERIFY2(domainGroup < fieldGroup, "the exact domain is listed after the fields");
    // snippets are there for the delegate
    bool snippet = false;
    for (int g = 0; g < w.searchModel()->rowCount(); ++g)
        for (int r = 0; r < w.searchModel()->rowCount(w.searchModel()->index(g, 0)); ++r)
            snippet = snippet || w.searchModel()
                                     ->index(r, 0, w.searchModel()->index(g, 0))
                                     .data(SearchResultsModel::SnippetRole)
                                     .toString()
                                     .contains(QLatin1Char('['));
    QVERIFY(snippet);
    // a capped search says so and shows all on request
    search->setText(QStringLiteral("st"));
    const int capped = w.searchModel()->hitCount();
    QCOMPARE(capped, 40);
    QVERIFY2(note->isVisible() && note->text().contains(QLatin1String("Show all")),
             qPrintable(note->text()));
    Q_EMIT note->linkActivated(QStringLiteral("all"));
    QVERIFY2(w.searchModel()->hitCount() > capped, qPrintable(note->text()));
    QVERIFY(!note->text().contains(QLatin1String("Show all")));
}

void TestDesktop::treeMarksOrderAndExpansion()
{
    // numbers in names sort as numbers
    CatalogTreeModel model;
    auto product = [](const char *key, const char *name, const char *domain) {
        EntitySummary e;
        e.kind = QStringLiteral("product");
        e.key = QLatin1String(key);
        e.name = QLatin1String(name);
        e.domain = QLatin1String(domain);
        return e;
    };
    model.setCatalog({{QStringLiteral("zone 10"), 0, 0}, {QStringLiteral("zone 9"), 0, 0}},
                     {product("a", "Product 10", "zone 9"), product("b", "product 9", "zone 9"),
                      product("c", "Product 1", "zone 9")});
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("zone 9"));
    const QModelIndex zone9 = model.index(0, 0);
    QCOMPARE(model.index(0, 0, zone9).data().toString(), QStringLiteral("Product 1"));
    QCOMPARE(model.index(1, 0, zone9).data().toString(), QStringLiteral("product 9"));
    QCOMPARE(model.index(2, 0, zone9).data().toString(), QStringLiteral("Product 10"));

    // the pending change of the Orders contract marks its product and its domain
    const QString db = demoWithChange(QStringLiteral("tree.sqlite"));
    MainWindow w(db, QStringLiteral("carol"));
    w.show();
    CatalogTreeModel *tree = w.treeModel();
    const QModelIndex orders =
        tree->findEntity(QStringLiteral("product"), QStringLiteral("orders"));
    QCOMPARE(orders.data(CatalogTreeModel::PendingRole).toInt(), 1);
    QCOMPARE(orders.parent().data(CatalogTreeModel::PendingRole).toInt(), 1);
    QCOMPARE(orders.parent().data().toString(), QStringLiteral("checkout"));
    auto *view = w.findChild<QTreeView *>(QStringLiteral("catalogTree"));
    auto *proxy = static_cast<QAbstractProxyModel *>(view->model());
    QVERIFY(proxy->mapFromSource(orders).data().toString().contains(QLatin1String("1 pending")));
    QVERIFY(proxy->mapFromSource(orders.parent())
                .data()
                .toString()
                .contains(QLatin1String("1 pending")));
    // open a product and a port; a decision reloads the tree, and they stay open
    const QModelIndex shipments = proxy->mapFromSource(
        tree->findEntity(QStringLiteral("product"), QStringLiteral("shipments")));
    view->setCurrentIndex(shipments);
    view->expand(shipments);
    view->expand(proxy->index(0, 0, shipments));
    view->collapse(proxy->mapFromSource(tree->findDomain(QStringLiteral("finance"))));
    w.openReview(1);
    QCOMPARE(w.reviewPage()->review().change.id, 1);
    Q_EMIT w.reviewPage()->decisionRequested(1, true, QString());
    QTRY_COMPARE(w.changeModel()->pendingCount(), 0);
    const QModelIndex after = proxy->mapFromSource(
        tree->findEntity(QStringLiteral("product"), QStringLiteral("shipments")));
    QVERIFY(view->isExpanded(after));
    QVERIFY(view->isExpanded(proxy->index(0, 0, after)));
    QVERIFY(!view->isExpanded(proxy->mapFromSource(tree->findDomain(QStringLiteral("finance")))));
    QCOMPARE(view->currentIndex(), after);
    QVERIFY(w.reviewPage()->isVisible()); // the decision's page stays
    QCOMPARE(tree->findEntity(QStringLiteral("product"), QStringLiteral("orders"))
                 .data(CatalogTreeModel::PendingRole)
                 .toInt(),
             0);
}

void TestDesktop::productAndContractPages()
{
    MainWindow w(demoWithChange(QStringLiteral("pages.sqlite")), QStringLiteral("carol"));
    w.show();
    auto *details = w.findChild<QTextBrowser *>(QStringLiteral("details"));
    auto *tabs = details->parentWidget()->parentWidget();
    QTabWidget *pageTabs = qobject_cast<QTabWidget *>(tabs);
    QVERIFY(pageTabs);
    // a contract with a pending change says so above its page, with the way to review it
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QVERIFY2(w.entityBannerText().contains(QLatin1String("waiting for review")) &&
                 w.entityBannerText().contains(QLatin1String("review:1")),
             qPrintable(w.entityBannerText()));
    // "Read by" on the contract, "Used by" on the product that publishes it
    QVERIFY(details->toPlainText().contains(QLatin1String("Read by")));
    w.showTab(2); // View source
    w.openEntity(QStringLiteral("product"), QStringLiteral("orders"));
    QCOMPARE(pageTabs->currentIndex(), 0); // a product opens on its summary
    const QString page = details->toPlainText();
    QVERIFY2(page.contains(QLatin1String("Used by (downstream)")), qPrintable(page));
    for (const char *consumer : {"Shipments", "Refunds", "Customer 360"})
        QVERIFY2(page.contains(QLatin1String(consumer)), consumer);
    // the product has no change of its own, but the contract it publishes has
    QVERIFY2(w.entityBannerText().contains(QLatin1String("its contract orders-v1")),
             qPrintable(w.entityBannerText()));
    // timestamps in the user's locale, not ISO
    QVERIFY2(!page.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\dT"))),
             qPrintable(page));
    // a product no one reads
    w.openEntity(QStringLiteral("product"), QStringLiteral("executive-kpis"));
    QVERIFY(details->toPlainText().contains(QLatin1String("No product in the catalog reads")));
}

void TestDesktop::viewSourceFind()
{
    MainWindow w(demoWithChange(QStringLiteral("source.sqlite")), QStringLiteral("alice"));
    w.show();
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    w.showTab(2);
    SourceView *source = w.sourceView();
    QVERIFY(source->isVisible());
    // line numbers: a gutter as wide as the largest number
    auto *editor = static_cast<LineNumberedEdit *>(source->editor());
    QVERIFY(editor->blockCount() > 20);
    QVERIFY(editor->gutterWidth() >=
            editor->fontMetrics().horizontalAdvance(QStringLiteral("999")));
    QVERIFY(editor->viewport()->geometry().left() >= editor->gutterWidth());
    // Ctrl+F in the source finds in the source (not the catalog search)
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    editor->setFocus();
    QTRY_VERIFY(editor->hasFocus());
    QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(source->findField()->hasFocus());
    QTest::keyClicks(source->findField(), QStringLiteral("order_"));
    const int matches = source->matchCount();
    QVERIFY2(matches >= 3, qPrintable(QString::number(matches)));
    QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("order_"));
    const int first = editor->textCursor().position();
    QTest::keyClick(source->findField(), Qt::Key_Return);
    QVERIFY(editor->textCursor().position() > first);
    QCOMPARE(editor->extraSelections().size(), matches);
    source->findField()->setText(QStringLiteral("no such text anywhere"));
    QCOMPARE(source->matchCount(), 0);
}

void TestDesktop::kafkaConnectionsForm()
{
    QSettings().remove(QStringLiteral("kafka"));
    KafkaConnectionsDialog dialog;
    dialog.show();
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    auto *protocol = dialog.findChildren<QComboBox *>().at(0);
    auto visible = [&](const QString &label) {
        for (int r = 0; r < form->rowCount(); ++r) {
            auto *l = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)
                                                 ? form->itemAt(r, QFormLayout::LabelRole)->widget()
                                                 : nullptr);
            if (l && l->text() == label)
                return l->isVisible();
        }
        return false;
    };
    protocol->setCurrentText(QStringLiteral("PLAINTEXT"));
    QVERIFY(!visible(QStringLiteral("SASL mechanism:")));
    QVERIFY(!visible(QStringLiteral("Password:")));
    QVERIFY(!visible(QStringLiteral("CA file:")));
    protocol->setCurrentText(QStringLiteral("SASL_SSL"));
    QVERIFY(visible(QStringLiteral("SASL mechanism:")));
    QVERIFY(visible(QStringLiteral("User:")));
    QVERIFY(visible(QStringLiteral("Password:")));
    QVERIFY(visible(QStringLiteral("CA file:")));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("browseCa"))->isVisible());
    protocol->setCurrentText(QStringLiteral("SSL"));
    QVERIFY(!visible(QStringLiteral("User:")));
    QVERIFY(visible(QStringLiteral("CA file:")));
    // New, save, Delete
    auto *list = dialog.findChild<QListWidget *>();
    const int before = list->count();
    dialog.findChild<QPushButton *>(QStringLiteral("newProfile"))->click();
    QCOMPARE(dialog.currentProfile().name, QStringLiteral("new profile"));
    dialog.setCurrent({QStringLiteral("test-cluster"),
                       QStringLiteral("127.0.0.1:1"),
                       QStringLiteral("PLAINTEXT"),
                       QStringLiteral("PLAIN"),
                       {},
                       {}});
    dialog.saveCurrent();
    QCOMPARE(list->count(), before + 1);
    QVERIFY(kafka::findProfile(QStringLiteral("test-cluster")).has_value());
    list->setCurrentRow(list->count() - 1);
    dialog.findChild<QPushButton *>(QStringLiteral("deleteProfile"))->click();
    QCOMPARE(list->count(), before);
    QVERIFY(!kafka::findProfile(QStringLiteral("test-cluster")).has_value());
}

void TestDesktop::auditLogBrowser()
{
    const QString db = demoWithChange(QStringLiteral("audit.sqlite"));
    test::TestCatalog c(db);
    QVERIFY(c.ok);
    CatalogStore &s = c.store;
    QVERIFY(c.ledger->decide(1, QStringLiteral("carol"), false, QStringLiteral("not yet")).ok);
    AuditLogDialog dialog(s);
    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    const int all = dialog.visibleRows();
    QCOMPARE(all, int(ledger::auditLog(s).size()));
    dialog.setActor(QStringLiteral("carol"));
    QCOMPARE(dialog.visibleRows(), 1);
    const QModelIndex row = dialog.table()->model()->index(0, AuditLogModel::ActionColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("reject"));
    dialog.table()->setCurrentIndex(row);
    QVERIFY(dialog.details().contains(QLatin1String("\"comment\": \"not yet\"")));
    dialog.setActor({});
    dialog.setAction(QStringLiteral("grant"));
    QCOMPARE(dialog.visibleRows(), 1); // carol's role
    dialog.setAction({});
    // a period: everything happened today
    dialog.setPeriod(QDate::currentDate(), QDate::currentDate());
    QCOMPARE(dialog.visibleRows(), all);
    dialog.setPeriod(QDate::currentDate().addDays(-10), QDate::currentDate().addDays(-1));
    QCOMPARE(dialog.visibleRows(), 0);
    // the check runs in the background and then says what it found
    QVERIFY(verified.count() == 1 || verified.wait(30000));
    QCOMPARE(verified.front().front().toBool(), true);
    QVERIFY2(dialog.verification().contains(QLatin1String("intact")),
             qPrintable(dialog.verification()));
    // in German the actions are German words; the filter still works on the stored word
    const QLocale before;
    const QList<QTranslator *> translators = installTranslators(*qApp, QStringLiteral("de"));
    // our catalogue is a resource of the application; a test reads the built file beside it
    QTranslator own;
    QVERIFY(own.load(QStringLiteral("meshdesk_de"), QStringLiteral(MESHDESK_QM_DIR)));
    qApp->installTranslator(&own);
    const auto restore = qScopeGuard([&] {
        qApp->removeTranslator(&own);
        for (QTranslator *t : translators) {
            qApp->removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(before);
    });
    AuditLogDialog german(s);
    german.setActor(QStringLiteral("carol"));
    QCOMPARE(german.table()->model()->index(0, AuditLogModel::ActionColumn).data().toString(),
             QStringLiteral("Ablehnung"));
    german.setActor({});
    german.setAction(QStringLiteral("grant"));
    QCOMPARE(german.visibleRows(), 1);
    const auto *actions = german.findChild<QComboBox *>(QStringLiteral("auditAction"));
    QVERIFY(actions);
    QCOMPARE(actions->currentText(), QStringLiteral("Rolle vergeben"));
}

void TestDesktop::dashboardsInteractive()
{
    // opened interactively, at a laptop's size: both columns keep their share and the pie is a
    // pie, not a dot
    MainWindow w(demoWithChange(QStringLiteral("dash.sqlite")), QStringLiteral("alice"));
    w.resize(1024, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy updated(&w, &MainWindow::dashboardUpdated);
    w.openDashboard();
    QVERIFY(updated.wait(20000));
    QCoreApplication::processEvents();
    CatalogDashboard *d = w.catalogDashboard();
    QCOMPARE(d->chartCount(), 4);
    const int left = d->chartView(0)->width(), right = d->chartView(1)->width();
    QVERIFY2(right >= left * 8 / 10 && right >= 250,
             qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));
    QChart *pieChart = d->chartView(1)->chart();
    auto *pie = qobject_cast<QPieSeries *>(pieChart->series().value(0));
    QVERIFY(pie);
    QVERIFY(pieChart->plotArea().width() > 100);
    for (QPieSlice *slice : pie->slices()) // no white radial line: borders in the slice's colour
        QCOMPARE(slice->borderColor(), slice->color());
    // live data: a bar is red where the table says red
    KafkaDashboard live;
    kafka::TopicConformance good, bad;
    good.topic = QStringLiteral("a");
    good.sampled = 100;
    bad.topic = QStringLiteral("b");
    bad.sampled = 100;
    bad.violating = 40;
    live.setResults({good, bad});
    QCOMPARE(live.table()->topLevelItem(1)->foreground(4).color(), palette::shown(palette::bad));
    QCOMPARE(live.barColor(1), palette::shown(palette::bad));
    QCOMPARE(live.barColor(0), palette::shown(palette::good));
}

void TestDesktop::darkPalette()
{
    SettingsDialog::applyTheme(QStringLiteral("dark"));
    QVERIFY(palette::isDark());
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const QColor text = QGuiApplication::palette().color(QPalette::Text);
    // WCAG contrast of two colours
    auto luminance = [](const QColor &c) {
        auto ch = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    auto contrast = [&](const QColor &a, const QColor &b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    // every meaning colour readable as text on the dark base (WCAG AA for large text: 3),
    // where the light tones were not
    for (const QColor &c : {palette::bad, palette::good, palette::accent, palette::warning,
                            palette::special, palette::muted}) {
        QVERIFY2(contrast(palette::shown(c), base) >= 4.5, qPrintable(c.name()));
    }
    QVERIFY(contrast(palette::special, base) < 3); // the old YAML number colour: faint
    // a violating row: normal text on the tint stays readable (was white on pale pink)
    QVERIFY(contrast(text, palette::tint(palette::bad)) >= 4.5);
    // links on a page are the palette's link colour, readable
    QVERIFY(contrast(QGuiApplication::palette().color(QPalette::Link), base) >= 4.5);
    // charts take the palette
    MainWindow w(demoWithChange(QStringLiteral("dark.sqlite")), QStringLiteral("alice"));
    w.show();
    QSignalSpy updated(&w, &MainWindow::dashboardUpdated);
    w.openDashboard();
    QVERIFY(updated.wait(20000));
    QCOMPARE(w.catalogDashboard()->chartView(0)->chart()->backgroundBrush().color(), base);
    SettingsDialog::applyTheme(QStringLiteral("light"));
    QVERIFY(!palette::isDark());
    QCoreApplication::processEvents();
    QCOMPARE(w.catalogDashboard()->chartView(0)->chart()->backgroundBrush().color(),
             QGuiApplication::palette().color(QPalette::Base)); // follows a change at run time
    QCOMPARE(palette::shown(palette::bad), palette::bad);
}

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
