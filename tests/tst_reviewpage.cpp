// The governance GUI, offscreen: the inbox badge, the review page (diff filter, policies,
// impact, four-eyes), a decision, the audit warning on open, the dashboard.
#include "CatalogDashboard.h"
#include "DemoCatalog.h"
#include "GovernanceDashboard.h"
#include "MainWindow.h"
#include "PoliciesDialog.h"
#include "ReviewPage.h"
#include "itemmodels/ChangeListModel.h"
#include "itemmodels/DiffModel.h"
#include "itemmodels/SchemaModel.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"
#include "ledger/Ledger.h"

#include <QDialogButtonBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

class TestReviewPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void inboxAndReview();
    void decideInTheWindow();
    void brokenAuditWarnsOnOpen();
    void dashboard();
    void policiesDialog();

private:
    QString freshDemo();
    QTemporaryDir m_dir;
    std::unique_ptr<test::TestKeys> m_keys; // alice, bob, carol: the window finds them too
};

void TestReviewPage::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
    m_keys = std::make_unique<test::TestKeys>();
    qputenv("MESHDESK_KEY_DIR", QFile::encodeName(m_keys->dir()));
}

QString TestReviewPage::freshDemo()
{
    static int n = 0;
    const QString db = m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++n));
    CatalogStore s;
    if (!s.open(db))
        return {};
    ledger::Ledger l(s, &m_keys->ring());
    l.load();
    l.createCatalog(QStringLiteral("alice"));
    for (const QString &who : {QStringLiteral("bob"), QStringLiteral("carol")})
        l.admit(QStringLiteral("alice"), who, m_keys->publicKey(who));
    const QDir demo(QStringLiteral(MESHDESK_DEMO_DIR));
    importPaths(l, test::demoFiles(), QStringLiteral("alice"));
    importPaths(l, {demo.filePath(QStringLiteral("changes/orders-v2.odcs.yaml"))},
                QStringLiteral("bob"));
    l.grant(QStringLiteral("alice"), QStringLiteral("carol"), QStringLiteral("governance-owner"),
            QStringLiteral("checkout"));
    l.grant(QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("governance-owner"),
            QStringLiteral("checkout"));
    return db;
}

void TestReviewPage::inboxAndReview()
{
    MainWindow w(freshDemo(), QStringLiteral("bob"));
    w.show();
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("leftTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(1), QStringLiteral("Inbox (1)"));
    QCOMPARE(w.changeModel()->pendingCount(), 1);
    auto *inbox = w.findChild<QTableView *>(QStringLiteral("inbox"));
    inbox->setCurrentIndex(w.changeModel()->index(0, 0));
    ReviewPage *page = w.reviewPage();
    QVERIFY(page->isVisible());
    QCOMPARE(page->review().change.id, 1);
    QCOMPARE(page->diffModel()->rowCount(), 6);
    auto *diffView = page->findChild<QTableView *>(QStringLiteral("diffView"));
    page->setSeverityFilter(1); // breaking only
    QCOMPARE(diffView->model()->rowCount(), 2);
    QVERIFY(diffView->model()
                ->index(0, 0)
                .data(DiffModel::PathRole)
                .toString()
                .startsWith(QLatin1String("schema.orders")));
    QCOMPARE(diffView->model()->index(0, DiffModel::PathColumn).data().toString(),
             QStringLiteral("orders.customer_email"));
    page->setSeverityFilter(0);
    QCOMPARE(diffView->model()->rowCount(), 6);
    auto *impact = page->findChild<QTreeWidget *>(QStringLiteral("impact"));
    QCOMPARE(impact->topLevelItemCount(), 8);
    auto *policies = page->findChild<QTreeWidget *>(QStringLiteral("policies"));
    QCOMPARE(policies->topLevelItemCount(), 6);
    // bob proposed it: four-eyes keeps his buttons disabled, and the page says why
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("approve"))->isEnabled());
    QVERIFY2(page->decisionBlockedText().contains(QLatin1String("four-eyes")),
             qPrintable(page->decisionBlockedText()));
    // a diff row opens the field in the schema view
    page->setSeverityFilter(1);
    const QModelIndex row = diffView->model()->index(1, 0);
    QCOMPARE(row.data(DiffModel::FieldPathRole).toString(), QStringLiteral("orders.order_total"));
    Q_EMIT diffView->activated(row);
    auto *schemaView = w.findChild<QTreeView *>(QStringLiteral("schemaView"));
    QCOMPARE(schemaView->currentIndex().data(SchemaModel::PathRole).toString(),
             QStringLiteral("orders.order_total"));
    QCOMPARE(schemaView->currentIndex().data().toString(), QStringLiteral("order_total"));
}

void TestReviewPage::decideInTheWindow()
{
    MainWindow w(freshDemo(), QStringLiteral("carol"));
    w.show();
    QVERIFY(w.findChild<QToolButton *>(QStringLiteral("actingUser"))
                ->text()
                .contains(QLatin1String("carol")));
    w.openReview(1);
    ReviewPage *page = w.reviewPage();
    auto *approve = page->findChild<QPushButton *>(QStringLiteral("approve"));
    auto *reject = page->findChild<QPushButton *>(QStringLiteral("reject"));
    QVERIFY(approve->isEnabled());
    reject->click(); // no comment
    QVERIFY(w.bannerText().contains(QLatin1String("needs a comment")));
    QCOMPARE(w.changeModel()->pendingCount(), 1);
    // keyboard: Ctrl+Shift+A approves
    QApplication::setActiveWindow(&w);
    QVERIFY(QTest::qWaitForWindowActive(&w));
    page->setFocus();
    QTest::keyClick(page, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(w.changeModel()->pendingCount(), 0);
    QVERIFY(w.bannerText().contains(QLatin1String("approved by carol")));
    // the review says who signed what
    QCOMPARE(page->review().proposalKey,
             m_keys->ring().identity(QStringLiteral("bob"))->key.fingerprint());
    QCOMPARE(page->review().decisionKey,
             m_keys->ring().identity(QStringLiteral("carol"))->key.fingerprint());
    QCOMPARE(page->review().change.status, QStringLiteral("approved"));
    QVERIFY(!approve->isEnabled()); // decided: immutable
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("leftTabs"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Inbox"));
}

void TestReviewPage::brokenAuditWarnsOnOpen()
{
    const QString db = freshDemo();
    sqlite3 *raw = nullptr;
    sqlite3_open(db.toUtf8().constData(), &raw);
    // approved behind the ledger's back: three UPDATEs, no signed decision
    QCOMPARE(sqlite3_exec(raw,
                          "UPDATE changes SET status = 'approved', decided_by = 'carol' WHERE id "
                          "= 1; UPDATE versions SET state = 'approved' WHERE id = (SELECT "
                          "new_version_id FROM changes WHERE id = 1); UPDATE entities SET "
                          "current_version_id = (SELECT new_version_id FROM changes WHERE id = 1) "
                          "WHERE id = (SELECT entity_id FROM changes WHERE id = 1)",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(raw);
    MainWindow w(db, QStringLiteral("carol"));
    w.show();
    QSignalSpy verified(&w, &MainWindow::auditVerified);
    QVERIFY(verified.wait(20000));
    QCOMPARE(verified.first().first().toBool(), false);
    QVERIFY2(w.bannerText().contains(QLatin1String("no valid signed decision")),
             qPrintable(w.bannerText()));
}

void TestReviewPage::dashboard()
{
    const QString db = freshDemo();
    {
        CatalogStore s;
        QVERIFY(s.open(db));
        ledger::Ledger l(s, &m_keys->ring());
        QVERIFY(l.load());
        QVERIFY(l.decide(1, QStringLiteral("carol"), false, QStringLiteral("breaks eight products"))
                    .ok);
    }
    MainWindow w(db, QStringLiteral("carol"));
    w.show();
    QSignalSpy updated(&w, &MainWindow::dashboardUpdated);
    w.openDashboard();
    QVERIFY(updated.wait(20000));
    const auto &st = w.dashboard()->stats();
    QCOMPARE(st.changes, 1);
    QCOMPARE(st.breakingChanges, 1);
    QCOMPARE(st.perWeek.size(), 1);
    QCOMPARE(st.perWeek.first().rejected, 1);
    QVERIFY(st.medianHoursToDecision >= 0);
    QCOMPARE(w.dashboard()->findChildren<QWidget *>().size() > 3, true);
    // the catalog dashboard
    const CatalogStats &cs = w.catalogDashboard()->stats();
    QCOMPARE(cs.productsPerDomain.value(QStringLiteral("checkout")), 2);
    QCOMPARE(cs.productsPerDomain.size(), 5);
    QCOMPARE(cs.contractsByStatus.value(QStringLiteral("active")), 12);
    QVERIFY(cs.fieldsPerDomain.value(QStringLiteral("customer")).pii >= 4);
    QVERIFY(cs.fieldsPerDomain.value(QStringLiteral("customer")).classified <=
            cs.fieldsPerDomain.value(QStringLiteral("customer")).fields);
    QVERIFY(cs.pendingPerDomain.isEmpty()); // the one change was rejected
    QCOMPARE(w.catalogDashboard()->chartCount(), 4);
    const QString png = m_dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(w.catalogDashboard()->exportChart(0, png));
    QImage image(png);
    QVERIFY(!image.isNull() && image.width() > 100);
    // charts react to catalog changes: a new proposal shows up as pending in its domain
    {
        CatalogStore s;
        QVERIFY(s.open(db));
        QByteArray v3 = "apiVersion: v3.1.0\nkind: DataContract\nid: payments-v1\nversion: "
                        "1.1.0\ndomain: checkout\nstatus: active\n";
        ledger::Ledger l(s, &m_keys->ring());
        QVERIFY(l.load());
        QVERIFY(l.submit(importBytes(QStringLiteral("p.yaml"), v3), QStringLiteral("bob")).ok);
    }
    w.openDashboard();
    QVERIFY(updated.wait(20000));
    QCOMPARE(w.catalogDashboard()->stats().pendingPerDomain.value(QStringLiteral("checkout")), 1);
}

void TestReviewPage::policiesDialog()
{
    const QString db = freshDemo();
    CatalogStore s;
    QVERIFY(s.open(db));
    ledger::Ledger l(s, &m_keys->ring());
    QVERIFY(l.load());
    {
        PoliciesDialog notAdmin(l, QStringLiteral("carol"));
        auto *list = notAdmin.findChild<QListWidget *>(QStringLiteral("policyList"));
        QCOMPARE(list->count(), 6);
        QVERIFY(!(list->item(0)->flags() & Qt::ItemIsEnabled));
    }
    PoliciesDialog admin(l, QStringLiteral("alice"));
    auto *list = admin.findChild<QListWidget *>(QStringLiteral("policyList"));
    list->item(2)->setCheckState(Qt::Unchecked); // field-descriptions
    QMetaObject::invokeMethod(&admin, "accept"); // not apply: nothing changes
    QCOMPARE(s.enabledPolicies().size(), 6);
    PoliciesDialog admin2(l, QStringLiteral("alice"));
    auto *list2 = admin2.findChild<QListWidget *>(QStringLiteral("policyList"));
    list2->item(2)->setCheckState(Qt::Unchecked);
    admin2.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(admin2.result(), int(QDialog::Accepted));
    QVERIFY(!s.enabledPolicies().contains(QStringLiteral("field-descriptions")));
    QCOMPARE(s.enabledPolicies().size(), 5);
    QVERIFY(l.verify().intact); // the switch is a signed act
}

QTEST_MAIN(TestReviewPage)
#include "tst_reviewpage.moc"
