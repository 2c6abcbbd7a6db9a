// The self-serve flows in the catalog window, offscreen: propose an edit of a contract and of a
// field (the dialog previews the reviewer's diff; the proposal is a signed act), Remove from Mesh
// from the product page, export the open contract, and the Create wizard end to end against the
// mock cluster (topic created, product and contract proposed, lineage previewed), and its refusal.
#include "CreateProductWizard.h"
#include "CurateDialog.h"
#include "DemoCatalog.h"
#include "LineageView.h"
#include "MainWindow.h"
#include "RemoveFromMeshDialog.h"
#include "ReviewPage.h"
#include "SelfServeActions.h"
#include "TestIdentities.h"
#include "formats/ModelEdits.h"
#include "itemmodels/DiffModel.h"
#include "itemmodels/SchemaModel.h"
#include "kafka/MockAdminFront.h"
#include "lineage/MeshLoader.h"

#include <QAbstractProxyModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

using namespace meshdesk;

class TestSelfServeUi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void proposeAnEdit();
    void proposeAFieldEdit();
    void removeFromTheProductPage();
    void exportTheOpenContract();
    void createWizardEndToEnd();
    void createWizardShowsRefusal();

private:
    // Runs `drive` on the next dialog the actions show, once it is shown.
    template <typename Dialog>
    void onNextDialog(SelfServeActions *actions, std::function<void(Dialog *)> drive)
    {
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection =
            connect(actions, &SelfServeActions::dialogShown, this, [connection, drive](QWidget *w) {
                disconnect(*connection);
                auto *d = qobject_cast<Dialog *>(w);
                QVERIFY(d);
                // never hang: a dialog still open after 20 s is closed
                QTimer::singleShot(20000, d, &QDialog::reject);
                // driven once it runs (a wizard starts on its first page then)
                QTimer::singleShot(0, d, [d, drive] { drive(d); });
            });
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestSelfServeUi::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
}

void TestSelfServeUi::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("ui%1.sqlite").arg(++n));
    // alice creates the catalog (admin) and admits the others: their keys in MESHDESK_KEY_DIR
    test::TestCatalog cat(m_db, {QStringLiteral("alice"), QStringLiteral("bob"),
                                 QStringLiteral("carol"), QStringLiteral("li.wei")});
    QVERIFY(cat.ok);
    QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
}

void TestSelfServeUi::proposeAnEdit()
{
    MainWindow w(m_db, QStringLiteral("bob"));
    w.show();
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    SelfServeActions *actions = w.selfServe();
    QVERIFY(actions->editAction()->isEnabled());
    int previewRows = -1;
    onNextDialog<CurateDialog>(actions, [&](CurateDialog *d) {
        QVERIFY(d->isUsable());
        d->descriptionEdit()->setPlainText(QStringLiteral("Orders, curated."));
        d->tagsEdit()->setText(QStringLiteral("checkout, streaming, curated"));
        d->commentEdit()->setText(QStringLiteral("clearer"));
        connect(d, &CurateDialog::previewReady, d, [d, &previewRows] {
            if (d->previewModel()->rowCount() < 3)
                return; // the first previews see part of the typing
            previewRows = d->previewModel()->rowCount();
            d->findChild<QPushButton *>(QStringLiteral("propose"))->click();
        });
    });
    actions->editAction()->trigger();
    // description, tags (one added), version
    QCOMPARE(previewRows, 3);
    QVERIFY2(w.bannerText().contains(QLatin1String("proposed")), qPrintable(w.bannerText()));
    // the review of the new change is open; nothing changed in place
    QVERIFY(w.reviewPage()->isVisible());
    const governance::Review &r = w.reviewPage()->review();
    QCOMPARE(r.change.key, QStringLiteral("orders-v1"));
    QCOMPARE(r.change.proposer, QStringLiteral("bob"));
    QCOMPARE(r.note.value(QLatin1String("comment")).toString(), QStringLiteral("clearer"));
    QCOMPARE(r.note.value(QLatin1String("action")).toString(), QStringLiteral("edit"));
    QVERIFY(!r.proposalKey.isEmpty()); // signed with bob's key
    // the review says how it came about
    bool shown = false;
    for (QLabel *l : w.reviewPage()->findChildren<QLabel *>())
        shown = shown || (l->text().contains(QLatin1String("curation edit")) &&
                          l->text().contains(QLatin1String("clearer")));
    QVERIFY(shown);
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QCOMPARE(s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"))->version,
             QStringLiteral("1.0.0"));
    QCOMPARE(s.changes(QStringLiteral("pending")).size(), 1);
}

void TestSelfServeUi::proposeAFieldEdit()
{
    MainWindow w(m_db, QStringLiteral("bob"));
    w.show();
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    auto *schema = w.findChild<QTreeView *>(QStringLiteral("schemaView"));
    const QModelIndex field = w.schemaModel()->indexOfPath(QStringLiteral("orders.customer_id"));
    QVERIFY(field.isValid());
    schema->setCurrentIndex(
        static_cast<QAbstractProxyModel *>(schema->model())->mapFromSource(field));
    // the schema's context menu offers it
    QVERIFY(schema->actions().contains(w.selfServe()->editFieldAction()));
    onNextDialog<CurateDialog>(w.selfServe(), [&](CurateDialog *d) {
        QVERIFY2(d->isUsable(), qPrintable(d->error()));
        d->classificationBox()->setCurrentText(QStringLiteral("restricted"));
        d->piiBox()->setChecked(true);
        QTimer::singleShot(0, d, [d] { d->accept(); });
    });
    w.selfServe()->editFieldAction()->trigger();
    CatalogStore s;
    QVERIFY(s.open(m_db));
    const QList<ChangeRecord> pending = s.changes(QStringLiteral("pending"));
    QCOMPARE(pending.size(), 1);
    const governance::Review r = governance::buildReview(s, pending.front().id);
    QStringList paths;
    for (const governance::Change &c : r.diff.changes)
        paths << c.path;
    QVERIFY2(paths.contains(QStringLiteral("schema.orders.properties.customer_id.classification")),
             qPrintable(paths.join(QLatin1Char(','))));
    QVERIFY(paths.contains(QStringLiteral("schema.orders.properties.customer_id.pii")));
}

void TestSelfServeUi::removeFromTheProductPage()
{
    MainWindow w(m_db, QStringLiteral("bob"));
    w.show();
    w.openEntity(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QVERIFY(!w.selfServe()->removeAction()->isEnabled()); // a contract: not from here
    w.openEntity(QStringLiteral("product"), QStringLiteral("orders"));
    QVERIFY(w.selfServe()->pageBar()->isVisibleTo(&w));
    QVERIFY(w.selfServe()->removeAction()->isEnabled());
    w.selfServe()->removeAction()->trigger();
    auto *dialog = w.findChild<RemoveFromMeshDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void TestSelfServeUi::exportTheOpenContract()
{
    MainWindow w(m_db, QStringLiteral("bob"));
    w.show();
    w.openEntity(QStringLiteral("contract"), QStringLiteral("payments-v1"));
    const QString out = m_dir.filePath(QStringLiteral("payments.yaml"));
    w.selfServe()->exportCurrent(out);
    QFile exported(out), original(QStringLiteral(MESHDESK_DEMO_DIR "/payments-v1.odcs.yaml"));
    QVERIFY(exported.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll(), original.readAll());
    QVERIFY(w.bannerText().contains(out));
    // an unwritable place says so
    w.selfServe()->exportCurrent(m_dir.filePath(QStringLiteral("no/such/folder/x.yaml")));
    QVERIFY(w.bannerText().contains(QLatin1String("no/such/folder")));
}

namespace {
// Checks the first port item whose contract is `contract`.
void checkPort(QTreeWidget *tree, const QString &contract)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(1) == contract && (*it)->parent()) {
            (*it)->setCheckState(0, Qt::Checked);
            return;
        }
    QFAIL(qPrintable(contract));
}
void checkField(QTreeWidget *tree, const QString &name, const QString &exposeAs = {})
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == name && ((*it)->flags() & Qt::ItemIsUserCheckable)) {
            (*it)->setCheckState(0, Qt::Checked);
            if (!exposeAs.isEmpty())
                (*it)->setText(2, exposeAs);
            return;
        }
    QFAIL(qPrintable(name));
}
} // namespace

void TestSelfServeUi::createWizardEndToEnd()
{
    kafka::MockBroker broker;
    QVERIFY(broker.start(1));
    kafka::MockAdminFront front(broker);
    QVERIFY(front.start());
    MainWindow w(m_db, QStringLiteral("li.wei"));
    // as in the demo: the cluster at its bootstrap, its Admin API at the front
    w.setKafkaBootstrap(broker.bootstrap());
    w.setKafkaAdminBootstrap(front.bootstrap());
    w.show();
    bool previewed = false;
    onNextDialog<CreateProductWizard>(w.selfServe(), [&](CreateProductWizard *wiz) {
        QVERIFY(!wiz->button(QWizard::NextButton)->isEnabled()); // no input chosen yet
        checkPort(wiz->inputsTree(), QStringLiteral("orders-v1"));
        checkPort(wiz->inputsTree(), QStringLiteral("customer-profiles-v1"));
        wiz->next();
        QCOMPARE(wiz->currentId(), int(CreateProductWizard::FieldsPage));
        // the keyboard: the first field is current; Space ticks it, Down moves on
        QTreeWidget *fields = wiz->fieldsTree();
        QCoreApplication::processEvents(); // (the page's focus is set from the event loop)
        QTreeWidgetItem *first = fields->currentItem();
        QVERIFY(first && first->parent() && first->parent()->parent()); // a field of an object
        QCOMPARE(QApplication::focusWidget(), fields);
        QTest::keyClick(fields, Qt::Key_Space);
        QCOMPARE(first->checkState(0), Qt::Checked);
        QTest::keyClick(fields, Qt::Key_Down);
        QTreeWidgetItem *second = fields->currentItem();
        QCOMPARE(second, fields->itemBelow(first));
        QTest::keyClick(fields, Qt::Key_Space);
        QCOMPARE(second->checkState(0), Qt::Checked);
        first->setCheckState(0, Qt::Unchecked); // (the choice below is the test's)
        second->setCheckState(0, Qt::Unchecked);
        checkField(wiz->fieldsTree(), QStringLiteral("order_id"));
        checkField(wiz->fieldsTree(), QStringLiteral("customer_id"));
        checkField(wiz->fieldsTree(), QStringLiteral("order_total"), QStringLiteral("total_cents"));
        wiz->next();
        QCOMPARE(wiz->currentId(), int(CreateProductWizard::ProductPage));
        wiz->nameEdit()->setText(QStringLiteral("Big Orders"));
        Q_EMIT wiz->nameEdit()->textEdited(wiz->nameEdit()->text());
        QCOMPARE(wiz->idEdit()->text(), QStringLiteral("big-orders"));
        wiz->domainBox()->setCurrentText(QStringLiteral("customer"));
        QCOMPARE(wiz->topicEdit()->text(), QStringLiteral("customer.big-orders.v1"));
        wiz->ownerEdit()->setText(QStringLiteral("Customer Team"));
        wiz->serviceLevelBox()->setCurrentIndex(0); // bronze: one broker is enough
        QVERIFY(wiz->createTopicBox()->isChecked());
        wiz->folderEdit()->setText(m_dir.filePath(QStringLiteral("created")));
        wiz->next();
        QCOMPARE(wiz->currentId(), int(CreateProductWizard::PreviewPage));
        QVERIFY2(wiz->documents().ok, qPrintable(wiz->documents().problems.join(QLatin1Char(' '))));
        // the lineage preview: the new product, reading Orders and Customer profiles
        const lineage::Graph &g = wiz->lineagePreview()->graph();
        const int node = g.indexOf(QStringLiteral("big-orders"));
        QVERIFY(node >= 0);
        QStringList from;
        for (int e : g.inEdges(node))
            from << g.nodes()[size_t(g.edges()[size_t(e)].from)].id;
        from.sort();
        QCOMPARE(from,
                 QStringList({QStringLiteral("customer-profiles"), QStringLiteral("orders")}));
        previewed = true;
        QTimer::singleShot(0, wiz, [wiz] { wiz->button(QWizard::FinishButton)->click(); });
    });
    w.selfServe()->createAction()->trigger();
    QVERIFY(previewed);
    // the topic was created with the service level's settings
    const QList<kafka::CreateTopicRequest> sent = front.requests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].name, QStringLiteral("customer.big-orders.v1"));
    QCOMPARE(sent[0].errorCode, 0);
    // product and contract are in the catalog, proposed, with field-level lineage
    CatalogStore s;
    QVERIFY(s.open(m_db));
    const auto pv = s.currentVersion(QStringLiteral("product"), QStringLiteral("big-orders"));
    QVERIFY(pv);
    const auto product = s.document(*pv);
    QCOMPARE(product->status(), QStringLiteral("proposed"));
    QCOMPARE(product->owner(), QStringLiteral("Customer Team"));
    QCOMPARE(product->product.inputPorts.size(), size_t(2));
    const auto cv = s.currentVersion(QStringLiteral("contract"), QStringLiteral("big-orders-v1"));
    QVERIFY(cv);
    const Contract c = s.document(*cv)->contract;
    const Field *total =
        findField(c, {QStringLiteral("big_orders"), QStringLiteral("total_cents")});
    QVERIFY(total);
    QCOMPARE(total->transformSourceObjects,
             QStringList{QStringLiteral("orders-v1.orders.order_total")});
    QCOMPARE(total->logicalType, QStringLiteral("integer"));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("created/big-orders.odps.yaml"))));
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("created/big-orders-v1.odcs.yaml"))));
    // the lineage graph has it downstream of orders; the window shows its page
    const lineage::Graph g = lineage::loadGraph(s);
    QVERIFY(g.impact(g.indexOf(QStringLiteral("orders")))
                .contains(g.indexOf(QStringLiteral("big-orders"))));
    QVERIFY2(w.bannerText().contains(QLatin1String("big-orders")), qPrintable(w.bannerText()));
}

void TestSelfServeUi::createWizardShowsRefusal()
{
    kafka::MockBroker broker;
    QVERIFY(broker.start(1));
    kafka::MockAdminFront front(broker);
    QVERIFY(front.start());
    front.pushCreateTopicsErrors({29}); // this user's credentials may not create topics
    MainWindow w(m_db, QStringLiteral("li.wei"));
    w.setKafkaBootstrap(front.bootstrap());
    w.show();
    QString status;
    onNextDialog<CreateProductWizard>(w.selfServe(), [&](CreateProductWizard *wiz) {
        checkPort(wiz->inputsTree(), QStringLiteral("orders-v1"));
        wiz->next();
        checkField(wiz->fieldsTree(), QStringLiteral("order_id"));
        wiz->next();
        wiz->nameEdit()->setText(QStringLiteral("Refused"));
        Q_EMIT wiz->nameEdit()->textEdited(wiz->nameEdit()->text());
        wiz->domainBox()->setCurrentText(QStringLiteral("checkout"));
        wiz->ownerEdit()->setText(QStringLiteral("Checkout Team"));
        wiz->serviceLevelBox()->setCurrentIndex(0);
        wiz->next();
        connect(wiz, &CreateProductWizard::finishedCreating, wiz, [wiz, &status](bool ok) {
            QVERIFY(!ok);
            status = wiz->statusLabel()->text();
            QVERIFY(wiz->button(QWizard::FinishButton)->isEnabled()); // can try again
            wiz->reject();
        });
        QTimer::singleShot(0, wiz, [wiz] { wiz->button(QWizard::FinishButton)->click(); });
    });
    w.selfServe()->createAction()->trigger();
    QVERIFY2(status.contains(QLatin1String("may not create topics")), qPrintable(status));
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(!s.currentVersion(QStringLiteral("product"), QStringLiteral("refused")));
    QVERIFY(!s.currentVersion(QStringLiteral("contract"), QStringLiteral("refused-v1")));
}

QTEST_MAIN(TestSelfServeUi)
#include "tst_selfserveui.moc"
