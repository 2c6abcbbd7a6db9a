// The live topic view offscreen against the mock cluster: history then live tail on the
// sampler thread, conformance marks, the filters, the bounded buffer, a dead broker shown.
#include "JsonTreeWidget.h"
#include "KafkaConnectionsDialog.h"
#include "TopicView.h"
#include "formats/DocumentImporter.h"
#include "itemmodels/MessageModel.h"
#include "kafka/AvroDecoder.h"
#include "kafka/Connection.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QtTest>

using namespace meshdesk;

class TestTopicView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveWithConformance();
    void boundedBuffer();
    void rowsInTimeOrder();
    void deadBroker();
    void connections();
    void startPositionAndBuffer();
    void brokerDownAndUp();
    void jsonTree();
    void profileSecurity();
    void avroValues();
};

static QByteArray valid(int i)
{
    return QStringLiteral(
               R"({"order_id":"o-%1","customer_id":"c-1","customer_email":"a@b.c","order_total":%1,"currency":"EUR","order_status":"paid","placed_at":"2026-11-26T10:00:00Z"})")
        .arg(i)
        .toUtf8();
}

static SchemaObject orders()
{
    return importFile(QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"))
        .documents.front()
        .document.contract.objects.front();
}

void TestTopicView::liveWithConformance()
{
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 2));
    QRandomGenerator rng(1);
    const QList<kafka::Feed> feeds{{QStringLiteral("orders"), orders()}};
    for (int i = 0; i < 20; ++i)
        kafka::produceRound(broker, feeds, rng, 0);
    QVERIFY(broker.produce(QStringLiteral("orders"), "bad",
                           "{\"order_id\": 5}")); // violates: wrong type, missing fields
    TopicView view;
    QAbstractItemModelTester tester(view.messages(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("orders"), orders());
    QSignalSpy shown(&view, &TopicView::batchShown);
    auto *startButton = view.findChild<QPushButton *>(QStringLiteral("startSampling"));
    auto *stopButton = view.findChild<QPushButton *>(QStringLiteral("stopSampling"));
    QVERIFY(startButton->isEnabled() && !stopButton->isEnabled());
    view.start();
    QVERIFY(!startButton->isEnabled() && stopButton->isEnabled()); // one of them at a time
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 21, 15000);
    QCOMPARE(view.messages()->totalViolating(), 1);
    view.setOnlyViolations(true);
    QCOMPARE(view.visibleRows(), 1);
    view.setOnlyViolations(false);
    view.setTextFilter(QStringLiteral("bad"));
    QCOMPARE(view.visibleRows(), 1);
    // its value as a collapsible tree, the violations marked where they are
    view.showMessage(0);
    JsonTreeWidget *tree = view.messageTree();
    QTreeWidgetItem *orderId = tree->itemForPath(QStringLiteral("order_id"));
    QVERIFY(orderId);
    QCOMPARE(orderId->text(1), QStringLiteral("5"));
    QVERIFY(orderId->text(2).contains(QLatin1String("expected a string")));
    QTreeWidgetItem *missing = tree->itemForPath(QStringLiteral("customer_id"));
    QVERIFY(missing);
    QCOMPARE(missing->text(1), QStringLiteral("(missing)"));
    QCOMPARE(missing->text(2), QStringLiteral("required field missing"));
    QCOMPARE(tree->topLevelItemCount(), 7); // order_id and the six missing
    view.setTextFilter({});
    // live: a new message shows up while the view runs
    QTRY_VERIFY_WITH_TIMEOUT(view.state() == QLatin1String("live"), 10000);
    QVERIFY(broker.produce(QStringLiteral("orders"), "late", "not json"));
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 22, 10000);
    QCOMPARE(view.messages()->totalViolating(), 2);               // not JSON counts as a violation
    QTRY_VERIFY_WITH_TIMEOUT(!view.rateSeries().isEmpty(), 5000); // the chart ticks
    // the 21 messages of the history are a backlog, not the topic's rate: the chart (and its
    // y axis) shows what arrives live
    QTest::qWait(1100);
    double top = 0;
    for (const QPointF &p : view.rateSeries())
        top = std::max(top, p.y());
    QVERIFY2(top >= 1 && top <= 2, qPrintable(QString::number(top)));
    view.stop();
    QVERIFY(startButton->isEnabled() && !stopButton->isEnabled());
}

void TestTopicView::rowsInTimeOrder()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(5);
    auto message = [](int partition, qint64 offset, qint64 time) {
        kafka::Message m;
        m.partition = partition;
        m.offset = offset;
        m.timestamp = time;
        m.value = "{}";
        return m;
    };
    auto times = [&model] {
        QList<qint64> out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.index(r, MessageModel::PartitionColumn).data().toLongLong() * 100 +
                       model.index(r, MessageModel::OffsetColumn).data().toLongLong();
        return out;
    };
    // a history read comes partition by partition
    model.append(
        {message(0, 0, 1000), message(0, 1, 3000), message(1, 0, 2000), message(1, 1, 4000)});
    QCOMPARE(times(), (QList<qint64>{0, 100, 1, 101}));
    // live: one in order, one from a partition whose message is a little older
    model.append({message(0, 2, 5000)});
    model.append({message(1, 2, 3500)});
    QCOMPARE(model.rowCount(), 5); // the bound holds: the oldest went
    QCOMPARE(times(), (QList<qint64>{100, 1, 102, 101, 2}));
    // several late ones in one batch, some into the same gap, one with a time already shown
    MessageModel wide;
    QAbstractItemModelTester wideTester(&wide,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    wide.append({message(0, 0, 10), message(0, 1, 20), message(0, 2, 30), message(0, 3, 40)});
    wide.append({message(1, 0, 15), message(1, 1, 16), message(1, 2, 20), message(1, 3, 35),
                 message(1, 4, 50)});
    QList<qint64> at;
    for (int r = 0; r < wide.rowCount(); ++r)
        at << wide.index(r, MessageModel::PartitionColumn).data().toLongLong() * 100 +
                  wide.index(r, MessageModel::OffsetColumn).data().toLongLong();
    QCOMPARE(at, (QList<qint64>{0, 100, 101, 1, 102, 2, 103, 3, 104}));
}

void TestTopicView::boundedBuffer()
{
    MessageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    model.setSchema(orders());
    QList<kafka::Message> batch;
    for (int i = 0; i < 100000; ++i) { // 100,000 arriving at once
        kafka::Message m;
        m.offset = i;
        m.value = i % 10 ? QByteArray("{\"order_id\":\"x\"}") : QByteArray("oops");
        batch << m;
    }
    model.append(batch);
    QCOMPARE(model.rowCount(), 100); // the bound holds
    QCOMPARE(model.totalMessages(), 100000);
    QCOMPARE(model.totalViolating(), 100000); // every message lacks required fields
    QCOMPARE(model.index(99, MessageModel::OffsetColumn).data().toLongLong(),
             99999); // the newest kept
    model.append(batch.mid(0, 10));
    QCOMPARE(model.rowCount(), 100);
    // a 10 MB message: checked, shown bounded (preview and details)
    kafka::Message big;
    big.offset = 1;
    big.value = R"({"order_id":")" + QByteArray(10 * 1024 * 1024, 'x') + R"("})";
    model.append({big});
    const QModelIndex last = model.index(model.rowCount() - 1, MessageModel::ValueColumn);
    QVERIFY(last.data().toString().size() <= 300);
    QCOMPARE(last.data(MessageModel::ViolationCountRole).toInt(), 6);
    const QString details = last.data(MessageModel::DetailsRole).toString();
    QVERIFY(details.size() < 300 * 1024);
    QVERIFY(details.startsWith(QLatin1String("violation customer_id")));
    QVERIFY(details.contains(QLatin1String("more bytes")));
}

void TestTopicView::deadBroker()
{
    TopicView view;
    view.show();
    view.setSource(QStringLiteral("127.0.0.1:1"), QStringLiteral("x"), std::nullopt);
    view.start();
    QTRY_VERIFY_WITH_TIMEOUT(view.state().contains(QLatin1String("unreachable")), 15000);
    view.stop(); // returns promptly: the worker honours the interruption
    QVERIFY(view.state().contains(QLatin1String("stopped")));
}

void TestTopicView::connections()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
    QSettings().clear();
    kafka::MockBroker broker;
    QVERIFY(broker.start(2));
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 3));
    QVERIFY(broker.produce(QStringLiteral("orders"), "k", "{}", 1));
    KafkaConnectionsDialog dialog;
    dialog.setCurrent({QStringLiteral("local"),
                       broker.bootstrap(),
                       QStringLiteral("PLAINTEXT"),
                       QStringLiteral("PLAIN"),
                       QStringLiteral("svc"),
                       {}},
                      QStringLiteral("s3cr3t-pw"));
    QSignalSpy tested(&dialog, &KafkaConnectionsDialog::tested);
    dialog.testConnection();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.first().first().toBool(), true);
    QVERIFY2(dialog.result().contains(QLatin1String("2 broker(s)")) ||
                 dialog.result().contains(QLatin1String("2 brokers")),
             qPrintable(dialog.result()));
    QTreeWidget *topics = dialog.topics();
    QCOMPARE(topics->topLevelItemCount(), 1);
    QCOMPARE(topics->topLevelItem(0)->text(1), QStringLiteral("3"));
    QCOMPARE(topics->topLevelItem(0)->text(2), QStringLiteral("1")); // high - low summed
    // the topic's data product, from the catalog: a double-click opens it
    kafka::TopicLink link;
    link.topic = QStringLiteral("orders");
    link.contractId = QStringLiteral("orders-v1");
    link.contractName = QStringLiteral("Orders");
    link.productKeys = {QStringLiteral("orders")};
    link.productNames = {QStringLiteral("Orders")};
    dialog.setTopicLinks({link});
    QCOMPARE(topics->topLevelItem(0)->text(4), QStringLiteral("Orders"));
    QSignalSpy activated(&dialog, &KafkaConnectionsDialog::entityActivated);
    Q_EMIT topics->itemActivated(topics->topLevelItem(0), 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first(),
             (QVariantList{QStringLiteral("product"), QStringLiteral("orders")}));
    // saved: the profile in QSettings, the password never
    dialog.saveCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.result().contains(QLatin1String("saved")), 30000);
    QSettings().sync();
    QFile file(QSettings().fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray settings = file.readAll();
    QVERIFY(settings.contains("local"));
    QVERIFY(!settings.contains("s3cr3t-pw"));
    const auto profiles = kafka::loadProfiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().bootstrap, broker.bootstrap());
    QCOMPARE(KafkaConnectionsDialog::sessionPasswords().value(QStringLiteral("local")),
             QStringLiteral("s3cr3t-pw"));
    // a bad address: the exact error, not a hang
    dialog.setCurrent({QStringLiteral("bad"),
                       QStringLiteral("127.0.0.1:1"),
                       QStringLiteral("PLAINTEXT"),
                       QStringLiteral("PLAIN"),
                       {},
                       {}});
    dialog.testConnection();
    QVERIFY(tested.wait(15000));
    QCOMPARE(tested.last().first().toBool(), false);
    QVERIFY(dialog.result().contains(QLatin1String("127.0.0.1:1")));
}

void TestTopicView::startPositionAndBuffer()
{
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 2));
    for (int i = 0; i < 40; ++i) // offsets 0..19 in each partition
        QVERIFY(broker.produce(QStringLiteral("orders"), QByteArray::number(i), "{}", i % 2,
                               nullptr, i == 39 ? 5000 : 0));
    TopicView view;
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("orders"), std::nullopt);
    view.setStartPosition(kafka::SampleRequest::Mode::FromOffset, 15);
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 10, 15000); // 15..19 twice
    for (int r = 0; r < 10; ++r)
        QVERIFY(view.messages()->index(r, MessageModel::OffsetColumn).data().toLongLong() >= 15);
    view.stop();
    view.setStartPosition(kafka::SampleRequest::Mode::Last, 3);
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 6, 15000);
    view.stop();
    view.setBufferSize(25); // the table keeps the newest 25, the counters count all 40
    view.setStartPosition(kafka::SampleRequest::Mode::FromBeginning);
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->totalMessages(), 40, 15000);
    QCOMPARE(view.messages()->rowCount(), 25);
    view.stop();
}

void TestTopicView::brokerDownAndUp()
{
    // the broker goes down while the view tails it: the state says so, the GUI thread goes on,
    // and once it is back what was produced meanwhile arrives, nothing twice
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 1));
    QVERIFY(broker.produce(QStringLiteral("orders"), "before", valid(1), 0));
    TopicView view;
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("orders"), orders());
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 1, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(view.state() == QLatin1String("live"), 10000);
    QVERIFY(broker.setBrokerDown(1, true));
    QTRY_VERIFY_WITH_TIMEOUT(view.state().contains(QLatin1String("unreachable")), 20000);
    // the event loop keeps turning while the worker waits for the broker
    int ticks = 0;
    QTimer probe;
    connect(&probe, &QTimer::timeout, [&] { ++ticks; });
    probe.start(10);
    QTest::qWait(500);
    QVERIFY(ticks > 10);
    QVERIFY(broker.produce(QStringLiteral("orders"), "during", valid(2), 0, nullptr, 0));
    QVERIFY(broker.setBrokerDown(1, false));
    QVERIFY(broker.produce(QStringLiteral("orders"), "after", valid(3), 0, nullptr, 20000));
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 3, 30000);
    QStringList keys;
    for (int r = 0; r < 3; ++r)
        keys << view.messages()->index(r, MessageModel::KeyColumn).data().toString();
    QCOMPARE(keys, (QStringList{QStringLiteral("before"), QStringLiteral("during"),
                                QStringLiteral("after")}));
    QCOMPARE(view.messages()->totalViolating(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(view.state(), QStringLiteral("live"), 10000);
    view.stop();
}

void TestTopicView::jsonTree()
{
    // nested objects and arrays, a violation deep inside, a big value refused politely
    JsonTreeWidget tree;
    tree.setMessage(R"({"a":{"b":[{"c":1},{"c":"x"}]},"d":null})",
                    {{QStringLiteral("a.b[1].c"), QStringLiteral("expected an integer")},
                     {QStringLiteral("a.e"), QStringLiteral("required field missing")}});
    QTreeWidgetItem *c = tree.itemForPath(QStringLiteral("a.b[1].c"));
    QVERIFY(c);
    QCOMPARE(c->text(1), QStringLiteral("\"x\""));
    QCOMPARE(c->text(2), QStringLiteral("expected an integer"));
    QVERIFY(c->parent()->isExpanded() && c->parent()->parent()->isExpanded()); // not hidden
    QCOMPARE(tree.itemForPath(QStringLiteral("a.e"))->parent(),
             tree.itemForPath(QStringLiteral("a"))); // missing: shown under its parent
    QCOMPARE(tree.itemForPath(QStringLiteral("d"))->text(1), QStringLiteral("null"));
    QCOMPARE(tree.itemForPath(QStringLiteral("a.b[0].c"))->text(1), QStringLiteral("1"));
    tree.setMessage(QByteArray(2 * 1024 * 1024, ' '), {});
    QCOMPARE(tree.topLevelItemCount(), 1);
    QVERIFY(tree.topLevelItem(0)->text(1).contains(QLatin1String("too large")));
}

void TestTopicView::profileSecurity()
{
    // a saved profile for the servers brings its security to the sampler: SASL against the
    // plaintext mock fails (so the settings reached librdkafka), the plaintext profile reads
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
    QSettings().clear();
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 1));
    QVERIFY(broker.produce(QStringLiteral("orders"), "k", valid(1), 0));
    kafka::saveProfiles({{QStringLiteral("secure"),
                          broker.bootstrap(),
                          QStringLiteral("SASL_PLAINTEXT"),
                          QStringLiteral("SCRAM-SHA-256"),
                          QStringLiteral("svc"),
                          {}},
                         {QStringLiteral("plain"),
                          QStringLiteral("127.0.0.1:9"),
                          QStringLiteral("PLAINTEXT"),
                          QStringLiteral("PLAIN"),
                          {},
                          {}}});
    KafkaConnectionsDialog::sessionPasswords().insert(QStringLiteral("secure"),
                                                      QStringLiteral("pw"));
    TopicView view;
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("orders"), orders());
    QCOMPARE(view.profile(), QStringLiteral("secure")); // matched by its bootstrap
    view.start();
    QTRY_VERIFY_WITH_TIMEOUT(view.state().contains(QLatin1String("unreachable")), 20000);
    QCOMPARE(view.messages()->rowCount(), 0);
    view.stop();
    view.setProfile(QStringLiteral("plain")); // plaintext, typed bootstrap kept
    QCOMPARE(view.profile(), QStringLiteral("plain"));
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 1, 15000);
    view.stop();
    QSettings().clear();
}

void TestTopicView::avroValues()
{
    // a topic of Avro values: decoded on the sampler's thread with the contract's schema (plain
    // binary and the Confluent wire format), then checked, shown and filtered like JSON
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("avro"), 1));
    kafka::AvroDecoder codec;
    QString error;
    QVERIFY2(codec.setSchema(kafka::avroSchemaFor(orders()), &error), qPrintable(error));
    QJsonObject event = QJsonDocument::fromJson(valid(7)).object();
    const QByteArray good = codec.encode(event, &error);
    QVERIFY2(!good.isEmpty(), qPrintable(error));
    event.insert(QStringLiteral("currency"), QStringLiteral("XXX")); // valid Avro, not the contract
    const QByteArray offContract = codec.encode(event, &error);
    QVERIFY(broker.produce(QStringLiteral("avro"), "good", good, 0));
    QVERIFY(broker.produce(QStringLiteral("avro"), "wire",
                           QByteArray("\x00\x00\x00\x00\x2a", 5) + good, 0));
    QVERIFY(broker.produce(QStringLiteral("avro"), "enum", offContract, 0));
    QVERIFY(broker.produce(QStringLiteral("avro"), "cut", good.left(5), 0));
    TopicView view;
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("avro"), orders());
    view.setValueFormat(QStringLiteral("avro"));
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 4, 15000);
    QCOMPARE(view.messages()->totalViolating(), 2);     // the enum and the truncated one
    view.setTextFilter(QStringLiteral("order_status")); // field names: only in the decoded value
    QCOMPARE(view.visibleRows(), 3);
    view.setTextFilter({});
    view.setOnlyViolations(true);
    QCOMPARE(view.visibleRows(), 2);
    view.setOnlyViolations(false);
    view.showMessage(1); // the wire-format one, as a tree
    QTreeWidgetItem *orderId = view.messageTree()->itemForPath(QStringLiteral("order_id"));
    QVERIFY(orderId);
    QCOMPARE(orderId->text(1), QStringLiteral("\"o-7\""));
    view.showMessage(2);
    QVERIFY(view.messageTree()
                ->itemForPath(QStringLiteral("currency"))
                ->text(2)
                .contains(QLatin1String("not one of")));
    view.stop();
}

QTEST_MAIN(TestTopicView)
#include "tst_topicview.moc"
