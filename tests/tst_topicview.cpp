// The live topic view offscreen against the mock cluster: history then live tail on the
// sampler thread, conformance marks, the filters, the bounded buffer, a dead broker shown.
#include "TopicView.h"
#include "formats/DocumentImporter.h"
#include "itemmodels/MessageModel.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace meshdesk;

class TestTopicView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveWithConformance();
    void boundedBuffer();
    void deadBroker();
};

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
    view.start();
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 21, 15000);
    QCOMPARE(view.messages()->totalViolating(), 1);
    view.setOnlyViolations(true);
    QCOMPARE(view.visibleRows(), 1);
    view.setOnlyViolations(false);
    view.setTextFilter(QStringLiteral("bad"));
    QCOMPARE(view.visibleRows(), 1);
    view.setTextFilter({});
    // live: a new message shows up while the view runs
    QTRY_VERIFY_WITH_TIMEOUT(view.state() == QLatin1String("live"), 10000);
    QVERIFY(broker.produce(QStringLiteral("orders"), "late", "not json"));
    QTRY_COMPARE_WITH_TIMEOUT(view.messages()->rowCount(), 22, 10000);
    QCOMPARE(view.messages()->totalViolating(), 2);               // not JSON counts as a violation
    QTRY_VERIFY_WITH_TIMEOUT(!view.rateSeries().isEmpty(), 5000); // the chart ticks
    view.stop();
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

QTEST_MAIN(TestTopicView)
#include "tst_topicview.moc"
