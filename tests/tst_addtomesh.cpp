// Add to Mesh in the GUI, offscreen, against librdkafka's mock cluster (no translator is loaded:
// plural texts read "(s)"): the topic browser's
// mesh view (published per the product's domain, the rest per the naming rule), the dialog's
// inference off the GUI thread, editing the draft, the policies saying what is missing, and
// publishing through the import path into the catalog.
#include "AddToMeshDialog.h"
#include "DemoCatalog.h"
#include "KafkaConnectionsDialog.h"
#include "MainWindow.h"
#include "RemoveFromMeshDialog.h"
#include "TopicMeshBrowser.h"
#include "formats/DocumentImporter.h"
#include "kafka/Connection.h"
#include "kafka/Kafka.h"
#include "itemmodels/ChangeListModel.h"
#include "kafka/TopicLinks.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QtTest>

using namespace meshdesk;

namespace {

QTreeWidgetItem *findItem(QTreeWidget *tree, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(0) == text)
            return *it;
    return nullptr;
}

QStringList childTexts(QTreeWidgetItem *item)
{
    QStringList out;
    for (int i = 0; item && i < item->childCount(); ++i)
        out << item->child(i)->text(0);
    return out;
}

QList<kafka::TopicInfo> infos(const QStringList &names)
{
    QList<kafka::TopicInfo> out;
    for (const QString &n : names)
        out.append({n, {{0, 0, 5}}});
    return out;
}

QByteArray cart(int i)
{
    static const QStringList states{QStringLiteral("open"), QStringLiteral("paid"),
                                    QStringLiteral("abandoned")};
    return QStringLiteral(
               R"({"cart_id":"c%1","customer_email":"u%1@shop.example","state":"%2","total":%3,"opened_at":"2026-03-01T10:%4:00Z","lines":[{"sku":"s%1","qty":%5}]})")
        .arg(i)
        .arg(states[i % 3])
        .arg(i * 1.5)
        .arg(i % 60, 2, 10, QLatin1Char('0'))
        .arg(i % 4 + 1)
        .toUtf8();
}

} // namespace

class TestAddToMesh : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void meshTopicsGrouping();
    void browserInTheConnectionsDialog();
    void addToMeshFlow();
    void unreachableBrokerIsShown();
    void removeFromMeshDialog();
};

void TestAddToMesh::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestAddToMesh::meshTopicsGrouping()
{
    QTemporaryDir dir;
    test::TestCatalog cat(dir.filePath(QStringLiteral("c.sqlite")), {QStringLiteral("alice")});
    QVERIFY(cat.ok);
    QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
    CatalogStore &store = cat.store;
    const QList<kafka::TopicLink> links = kafka::kafkaTopics(store);
    const QStringList topics{
        QStringLiteral("checkout.orders.v1"),       QStringLiteral("checkout.payments.v1"),
        QStringLiteral("fulfillment.shipments.v1"), QStringLiteral("checkout.carts.v1"),
        QStringLiteral("warehouse.pickings"),       QStringLiteral("legacy_events")};
    kafka::MeshTopics mesh = kafka::meshTopics(topics, links, kafka::defaultDomainRule());
    QCOMPARE(mesh.published.size(), 3);
    QCOMPARE(mesh.published[0].domain, QStringLiteral("checkout"));
    QCOMPARE(mesh.published[0].link->productKeys, QStringList{QStringLiteral("orders")});
    QCOMPARE(mesh.published[2].domain, QStringLiteral("fulfillment"));
    QCOMPARE(mesh.unpublished.size(), 3);
    QCOMPARE(mesh.unpublished[0].topic, QStringLiteral("checkout.carts.v1"));
    QCOMPARE(mesh.unpublished[0].domain, QStringLiteral("checkout"));
    QVERIFY(mesh.unpublished[0].domainKnown);
    QCOMPARE(mesh.unpublished[1].domain, QStringLiteral("warehouse"));
    QVERIFY(!mesh.unpublished[1].domainKnown);
    QCOMPARE(mesh.unpublished[2].topic, QStringLiteral("legacy_events"));
    QVERIFY(mesh.unpublished[2].domain.isEmpty()); // the rule finds none: last
    // another naming rule: the part before an underscore
    QCOMPARE(
        kafka::domainByRule(QStringLiteral("legacy_events"), QStringLiteral("^(?<domain>[a-z]+)_")),
        QStringLiteral("legacy"));
    QCOMPARE(kafka::domainByRule(QStringLiteral("a.b"), QStringLiteral("^([a-z]+)\\.")),
             QStringLiteral("a")); // the first group without a name
    QVERIFY(kafka::domainByRule(QStringLiteral("a.b"), QStringLiteral("(")).isEmpty());

    // the browser shows the same
    TopicMeshBrowser browser;
    browser.setNamingRule(kafka::defaultDomainRule());
    browser.setLinks(links);
    browser.setTopics(infos(topics));
    QTreeWidget *tree = browser.tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("In the mesh: 3 topic(s)"));
    QCOMPARE(childTexts(tree->topLevelItem(0)),
             (QStringList{QStringLiteral("checkout: 2 topic(s)"),
                          QStringLiteral("fulfillment: 1 topic(s)")}));
    QCOMPARE(childTexts(tree->topLevelItem(1)),
             (QStringList{QStringLiteral("checkout: 1 topic(s)"),
                          QStringLiteral("warehouse (a new domain): 1 topic(s)"),
                          QStringLiteral("No domain (the naming rule finds none): 1 topic(s)")}));
    QTreeWidgetItem *orders = findItem(tree, QStringLiteral("checkout.orders.v1"));
    QCOMPARE(orders->text(2), QStringLiteral("Orders"));
    QTreeWidgetItem *carts = findItem(tree, QStringLiteral("checkout.carts.v1"));
    QCOMPARE(carts->text(2), QStringLiteral("not in the mesh"));
    // Add to Mesh only for a topic not in the mesh; a published one opens its product
    tree->setCurrentItem(orders);
    QVERIFY(!browser.addButton()->isEnabled());
    QSignalSpy opened(&browser, &TopicMeshBrowser::entityActivated);
    Q_EMIT tree->itemActivated(orders, 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.front().value(1).toString(), QStringLiteral("orders"));
    tree->setCurrentItem(carts);
    QVERIFY(browser.addButton()->isEnabled());
    QSignalSpy add(&browser, &TopicMeshBrowser::addToMeshRequested);
    browser.addButton()->click();
    QCOMPARE(add.count(), 1);
    QCOMPARE(add.front().value(0).toString(), QStringLiteral("checkout.carts.v1"));
    QCOMPARE(add.front().value(1).toString(), QStringLiteral("checkout"));
    // a rule change regroups at once (and an invalid one is said, not applied)
    browser.setNamingRule(QStringLiteral("^(?<domain>[a-z]+)[._]"));
    QVERIFY(findItem(tree, QStringLiteral("legacy (a new domain): 1 topic(s)")));
    QCOMPARE(browser.selectedTopic(), QStringLiteral("checkout.carts.v1")); // kept selected
    browser.setNamingRule(QStringLiteral("(["));
    QVERIFY(findItem(tree, QStringLiteral("legacy (a new domain): 1 topic(s)")));
    QVERIFY(browser.findChildren<QLabel *>().size() > 0);
}

void TestAddToMesh::browserInTheConnectionsDialog()
{
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("checkout.carts.v1"), 1));
    QVERIFY(broker.createTopic(QStringLiteral("checkout.orders.v1"), 1));
    KafkaConnectionsDialog dialog;
    dialog.setCurrent({QStringLiteral("mock"),
                       broker.bootstrap(),
                       QStringLiteral("PLAINTEXT"),
                       QStringLiteral("PLAIN"),
                       {},
                       {}});
    auto *views = dialog.findChild<QTabWidget *>(QStringLiteral("topicViews"));
    QVERIFY(views);
    QCOMPARE(views->count(), 2);
    QCOMPARE(views->widget(1), dialog.meshBrowser());
    kafka::TopicLink orders;
    orders.topic = QStringLiteral("checkout.orders.v1");
    orders.contractId = QStringLiteral("orders-v1");
    orders.productKeys = {QStringLiteral("orders")};
    orders.productNames = {QStringLiteral("Orders")};
    orders.domain = QStringLiteral("checkout");
    dialog.setTopicLinks({orders});
    QSignalSpy tested(&dialog, &KafkaConnectionsDialog::tested);
    dialog.testConnection();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.front().value(0).toBool(), true);
    QTreeWidget *tree = dialog.meshBrowser()->tree();
    QVERIFY(findItem(tree, QStringLiteral("In the mesh: 1 topic(s)")));
    QVERIFY(findItem(tree, QStringLiteral("Not in the mesh: 1 topic(s)")));
    QSignalSpy add(&dialog, &KafkaConnectionsDialog::addToMeshRequested);
    Q_EMIT tree->itemActivated(findItem(tree, QStringLiteral("checkout.carts.v1")), 0);
    QCOMPARE(add.count(), 1);
}

void TestAddToMesh::addToMeshFlow()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    QCOMPARE(test::createDemoCatalog(db, QStringLiteral("anna.schmidt")), 24);
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    const QString topic = QStringLiteral("checkout.carts.v1");
    QVERIFY(broker.createTopic(topic, 2));
    for (int i = 0; i < 60; ++i)
        QVERIFY(broker.produce(topic, QStringLiteral("c%1").arg(i).toUtf8(), cart(i), i % 2,
                               nullptr, i == 59 ? 10000 : 0));
    MainWindow w(db, QStringLiteral("anna.schmidt"));
    w.show();
    AddToMeshDialog *d = w.addToMesh({QStringLiteral("mock"),
                                      broker.bootstrap(),
                                      QStringLiteral("PLAINTEXT"),
                                      QStringLiteral("PLAIN"),
                                      {},
                                      {}},
                                     {}, topic, QStringLiteral("checkout"));
    QSignalSpy inferred(d, &AddToMeshDialog::inferred);
    // sampling runs off the GUI thread: the event loop keeps turning meanwhile
    QVERIFY(inferred.wait(20000));
    QCOMPARE(inferred.front().value(0).toBool(), true);
    QCOMPARE(d->inference().samples, 60);
    QVERIFY2(d->message().contains(QLatin1String("60 message(s)")), qPrintable(d->message()));
    const Contract &c = d->contract();
    QCOMPARE(c.id, QStringLiteral("checkout-carts-v1"));
    QCOMPARE(c.objects.front().fields.size(), size_t(6));
    QTreeWidget *schema = d->schemaTree();
    QCOMPARE(schema->topLevelItemCount(), 6);
    QCOMPARE(d->conformingSamples(), 60);
    // the product form starts from the topic and the browser's domain
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("productId"))->text(),
             QStringLiteral("checkout-carts"));
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("productName"))->text(),
             QStringLiteral("Carts"));
    QCOMPARE(d->findChild<QComboBox *>(QStringLiteral("domain"))->currentText(),
             QStringLiteral("checkout"));
    QCOMPARE(d->findChild<QLineEdit *>(QStringLiteral("owner"))->text(),
             QStringLiteral("anna.schmidt"));
    // governance says what is missing, and Publish waits
    auto missing = [d] {
        QStringList out;
        for (const governance::PolicyFinding &f : d->check().blocking())
            out << f.policyId + QLatin1Char(':') + f.path;
        return out;
    };
    QVERIFY(!d->check().ready());
    QVERIFY(missing().contains(QStringLiteral("product-minimum:customProperties.qualityTier")));
    QVERIFY(missing().contains(QStringLiteral("contract-minimum:slaProperties")));
    QVERIFY(missing().contains(QStringLiteral("product-minimum:description.purpose")));
    QVERIFY(missing().contains(
        QStringLiteral("pii-classified:schema.checkout_carts_v1.properties.customer_email")));
    auto *publish = d->findChild<QPushButton *>(QStringLiteral("publish"));
    QVERIFY(!publish->isEnabled());
    QVERIFY(d->findings()->topLevelItemCount() >= 4);
    // the user fills in the product ...
    d->findChild<QPlainTextEdit *>(QStringLiteral("description"))
        ->setPlainText(QStringLiteral("Every shopping cart as it changes."));
    d->findChild<QLineEdit *>(QStringLiteral("team"))->setText(QStringLiteral("Checkout Team"));
    auto *tier = d->findChild<QComboBox *>(QStringLiteral("qualityTier"));
    tier->setCurrentIndex(tier->findData(QStringLiteral("curated")));
    d->findChild<QDoubleSpinBox *>(QStringLiteral("availability"))->setValue(99.5);
    d->findChild<QSpinBox *>(QStringLiteral("latency"))->setValue(5);
    // ... and the schema: the e-mail address is personal data
    schema->setCurrentItem(findItem(schema, QStringLiteral("customer_email")));
    d->findChild<QCheckBox *>(QStringLiteral("fieldPii"))->setChecked(true);
    d->findChild<QComboBox *>(QStringLiteral("fieldClassification"))
        ->setCurrentText(QStringLiteral("restricted"));
    QVERIFY2(d->check().ready(), qPrintable(missing().join(QLatin1String(", "))));
    // an edit that rejects real messages is shown (not blocking): "state" may only be "open"
    schema->setCurrentItem(findItem(schema, QStringLiteral("state")));
    auto *enumEdit = d->findChild<QLineEdit *>(QStringLiteral("fieldEnum"));
    QCOMPARE(enumEdit->text(), QStringLiteral("abandoned, open, paid"));
    enumEdit->setText(QStringLiteral("open"));
    Q_EMIT enumEdit->textEdited(enumEdit->text());
    QCOMPARE(d->conformingSamples(), 20);
    QVERIFY(findItem(d->findings(), QStringLiteral("samples")));
    enumEdit->setText(QStringLiteral("abandoned, open, paid"));
    Q_EMIT enumEdit->textEdited(enumEdit->text());
    QCOMPARE(d->conformingSamples(), 60);
    // descriptions are a warning only; the documents preview shows what will be written
    d->findChild<QTabWidget *>(QStringLiteral("addToMeshTabs"))->setCurrentIndex(2);
    QVERIFY(d->findChild<QPlainTextEdit *>(QStringLiteral("contractYaml"))
                ->toPlainText()
                .contains(QLatin1String("physicalName: checkout.carts.v1")));
    QVERIFY(!publish->isEnabled()); // no folder yet
    const QString folder = dir.filePath(QStringLiteral("checkout-repo"));
    d->setFolder(folder);
    QVERIFY(publish->isEnabled());
    QSignalSpy imported(&w, &MainWindow::importFinished);
    publish->click();
    QVERIFY(imported.wait(20000));
    QVERIFY(QFile::exists(folder + QStringLiteral("/checkout-carts.odps.yaml")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/checkout-carts-v1.odcs.yaml")));
    QVERIFY(w.lastImport());
    QCOMPARE(w.lastImport()->added, 2);
    // in the catalog, its topic published by the new product
    CatalogStore store;
    QVERIFY(store.open(db));
    const auto v =
        store.currentVersion(QStringLiteral("product"), QStringLiteral("checkout-carts"));
    QVERIFY(v);
    QCOMPARE(v->importedBy, QStringLiteral("anna.schmidt"));
    const ImportedDocument product = *store.document(*v);
    QCOMPARE(product.product.domain, QStringLiteral("checkout"));
    QCOMPARE(product.product.owner, QStringLiteral("Checkout Team"));
    bool published = false;
    for (const kafka::TopicLink &l : kafka::kafkaTopics(store))
        published = published ||
                    (l.topic == topic && l.productKeys.contains(QStringLiteral("checkout-carts")));
    QVERIFY(published);
    const auto cv =
        store.currentVersion(QStringLiteral("contract"), QStringLiteral("checkout-carts-v1"));
    QVERIFY(cv);
    const Contract stored = store.document(*cv)->contract;
    const Field &email =
        *std::find_if(stored.objects.front().fields.cbegin(), stored.objects.front().fields.cend(),
                      [](const Field &f) { return f.name == QLatin1String("customer_email"); });
    QVERIFY(email.pii);
    QCOMPARE(email.classification, QStringLiteral("restricted"));
}

void TestAddToMesh::unreachableBrokerIsShown()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    QCOMPARE(test::createDemoCatalog(db, QStringLiteral("anna.schmidt")), 24);
    MainWindow w(db, QStringLiteral("anna.schmidt"));
    AddToMeshDialog *d = w.addToMesh({QStringLiteral("dead"),
                                      QStringLiteral("127.0.0.1:1"),
                                      QStringLiteral("PLAINTEXT"),
                                      QStringLiteral("PLAIN"),
                                      {},
                                      {}},
                                     {}, QStringLiteral("t"), {});
    QSignalSpy inferred(d, &AddToMeshDialog::inferred);
    QVERIFY(inferred.wait(30000));
    QCOMPARE(inferred.front().value(0).toBool(), false);
    QVERIFY2(d->message().contains(QLatin1String("127.0.0.1:1")), qPrintable(d->message()));
    QVERIFY(!d->findChild<QPushButton *>(QStringLiteral("publish"))->isEnabled());
    QVERIFY(!d->publish());
}

void TestAddToMesh::removeFromMeshDialog()
{
    // Governance > Remove from Mesh on orders: its readers listed with their owners; retiring
    // is refused until it is deprecated; Propose submits the deprecation as a signed proposal
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    QCOMPARE(test::createDemoCatalog(db, QStringLiteral("anna.schmidt")), 24);
    MainWindow w(db, QStringLiteral("anna.schmidt"));
    w.show();
    RemoveFromMeshDialog *d = w.removeFromMesh(QStringLiteral("orders"));
    QVERIFY(d->isVisible());
    auto *deprecate = d->findChild<QRadioButton *>(QStringLiteral("deprecate"));
    auto *retire = d->findChild<QRadioButton *>(QStringLiteral("retire"));
    auto *readers = d->findChild<QTreeWidget *>(QStringLiteral("readers"));
    auto *propose = d->findChild<QPushButton *>(QStringLiteral("propose"));
    auto *override = d->findChild<QCheckBox *>(QStringLiteral("override"));
    QVERIFY(deprecate->isChecked()); // the next step of an active product
    QVERIFY(readers->topLevelItemCount() >= 6);
    QStringList owners;
    for (int i = 0; i < readers->topLevelItemCount(); ++i)
        owners << readers->topLevelItem(i)->text(1);
    QVERIFY(!owners.contains(QString()));
    QVERIFY(propose->isEnabled());
    QVERIFY(!override->isVisible());
    retire->setChecked(true);
    QVERIFY(!propose->isEnabled());
    QVERIFY2(d->message().contains(QLatin1String("deprecate it first")), qPrintable(d->message()));
    deprecate->setChecked(true);
    QVERIFY(propose->isEnabled());
    QCOMPARE(w.changeModel()->pendingCount(), 0);
    propose->click();
    QCOMPARE(w.changeModel()->pendingCount(), 1);
    CatalogStore store;
    QVERIFY(store.open(db));
    const QList<ChangeRecord> pending = store.changes(QStringLiteral("pending"));
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.front().key, QStringLiteral("orders"));
    QCOMPARE(pending.front().proposer, QStringLiteral("anna.schmidt"));
    QVERIFY(!pending.front().proposal.isEmpty()); // a signed act
    // approved (by someone else), the dialog offers retiring, which needs the override
    test::TestKeys keys({QStringLiteral("bob")});
    ledger::Ledger l(store, &keys.ring());
    QVERIFY(l.load());
    QVERIFY(l.admit(QStringLiteral("anna.schmidt"), QStringLiteral("bob"),
                    keys.publicKey(QStringLiteral("bob")))
                .ok);
    QVERIFY(l.grant(QStringLiteral("anna.schmidt"), QStringLiteral("bob"),
                    QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    const ledger::ActResult approved =
        l.decide(pending.front().id, QStringLiteral("bob"), true, QStringLiteral("fine"));
    QVERIFY2(approved.ok, qPrintable(approved.error));
    w.ledger()->load();
    d = w.removeFromMesh(QStringLiteral("orders"));
    retire = d->findChild<QRadioButton *>(QStringLiteral("retire"));
    propose = d->findChild<QPushButton *>(QStringLiteral("propose"));
    override = d->findChild<QCheckBox *>(QStringLiteral("override"));
    auto *reason = d->findChild<QLineEdit *>(QStringLiteral("reason"));
    QVERIFY(retire->isChecked());
    QVERIFY(override->isVisible());
    QVERIFY(!propose->isEnabled());
    override->setChecked(true);
    QVERIFY(!propose->isEnabled()); // a reason too
    reason->setText(QStringLiteral("orders-v2 replaces it"));
    QVERIFY(propose->isEnabled());
    QCOMPARE(governance::retirementOverride(
                 d->proposal().file.documents.front().document.product),
             QStringLiteral("orders-v2 replaces it"));
    propose->click();
    QCOMPARE(w.changeModel()->pendingCount(), 1);
    QCOMPARE(store.changes(QStringLiteral("pending")).front().key, QStringLiteral("orders"));
}

QTEST_MAIN(TestAddToMesh)
#include "tst_addtomesh.moc"
