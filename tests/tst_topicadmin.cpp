// Topic creation through the Kafka Admin API (librdkafka's CreateTopics) against the mock
// cluster, with its admin front: the settings of a service level arrive as sent, the topic exists
// afterwards (produced to and read back), and each refusal says why: credentials that may not
// create topics, a topic that exists, more replicas than brokers, an unreachable cluster.
#include "kafka/Kafka.h"
#include "kafka/MockAdminFront.h"
#include "kafka/TopicAdmin.h"
#include "selfserve/ServiceLevels.h"

#include <QTcpServer>
#include <QtTest>

using namespace meshdesk;
using namespace meshdesk::kafka;

class TestTopicAdmin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsWithTheServiceLevelsSettings();
    void validateOnlyCreatesNothing();
    void refusedCredentialsSaySo();
    void refusals();
    void threeBrokersGold();
    void unreachable();
};

namespace {
QString value(const CreateTopicRequest &r, const char *key)
{
    for (const auto &[k, v] : r.configs)
        if (k == QLatin1String(key))
            return v;
    return {};
}
} // namespace

void TestTopicAdmin::createsWithTheServiceLevelsSettings()
{
    MockBroker broker;
    QVERIFY(broker.start(1));
    MockAdminFront front(broker);
    QString error;
    QVERIFY2(front.start(&error), qPrintable(error));
    const selfserve::ServiceLevel bronze = *selfserve::serviceLevel(QStringLiteral("bronze"));
    const TopicCreation r =
        createTopic(front.bootstrap(), {}, bronze.topic(QStringLiteral("checkout.big-orders.v1")));
    QVERIFY2(r.ok, qPrintable(r.error));
    const QList<CreateTopicRequest> sent = front.requests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent[0].name, QStringLiteral("checkout.big-orders.v1"));
    QCOMPARE(sent[0].partitions, 1);
    QCOMPARE(sent[0].replicationFactor, 1);
    QCOMPARE(value(sent[0], "retention.ms"), QStringLiteral("604800000"));
    QCOMPARE(value(sent[0], "cleanup.policy"), QStringLiteral("delete"));
    QVERIFY(!sent[0].validateOnly);
    // the topic is real: produced to and read back (straight from the mock, no front needed)
    QVERIFY(broker.produce(QStringLiteral("checkout.big-orders.v1"), "k", "{\"a\":1}", 0, &error));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("checkout.big-orders.v1");
    req.mode = SampleRequest::Mode::FromBeginning;
    req.timeoutMs = 10000;
    const SampleResult s = sample(req);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.partitions, 1);
    QCOMPARE(s.messages.size(), 1);
    // and again: it exists now
    const TopicCreation again =
        createTopic(front.bootstrap(), {}, bronze.topic(QStringLiteral("checkout.big-orders.v1")));
    QVERIFY(!again.ok);
    QVERIFY(again.exists);
    QCOMPARE(again.kafkaError, 36);
    QVERIFY2(again.error.contains(QLatin1String("already exists")), qPrintable(again.error));
}

void TestTopicAdmin::validateOnlyCreatesNothing()
{
    MockBroker broker;
    QVERIFY(broker.start(1));
    MockAdminFront front(broker);
    QVERIFY(front.start());
    TopicSettings t;
    t.name = QStringLiteral("only.checked");
    t.partitions = 2;
    const TopicCreation check = createTopic(front.bootstrap(), {}, t, true);
    QVERIFY2(check.ok, qPrintable(check.error));
    QVERIFY(front.requests().back().validateOnly);
    // nothing was created: creating it for real works (and would say "exists" otherwise)
    const TopicCreation real = createTopic(front.bootstrap(), {}, t);
    QVERIFY2(real.ok, qPrintable(real.error));
    QVERIFY(!front.requests().back().validateOnly);
}

void TestTopicAdmin::refusedCredentialsSaySo()
{
    MockBroker broker;
    QVERIFY(broker.start(1));
    MockAdminFront front(broker);
    QVERIFY(front.start());
    // the cluster's ACLs refuse this principal (as a real broker answers CreateTopics)
    front.pushCreateTopicsErrors({29});
    TopicSettings t;
    t.name = QStringLiteral("finance.secret.v1");
    const TopicCreation r = createTopic(front.bootstrap(), {}, t);
    QVERIFY(!r.ok);
    QVERIFY(r.notAllowed);
    QCOMPARE(r.kafkaError, 29);
    QVERIFY2(r.error.contains(QLatin1String("may not create topics")) &&
                 r.error.contains(QLatin1String("TOPIC_AUTHORIZATION_FAILED")) &&
                 r.error.contains(QLatin1String("Authorization failed.")) &&
                 r.error.contains(QLatin1String("CREATE permission")),
             qPrintable(r.error));
    // cluster-level refusal, and a named user in the message
    front.pushCreateTopicsErrors({31});
    const TopicCreation r2 = createTopic(
        front.bootstrap(), {{"sasl.username", "dora"}, {"security.protocol", "plaintext"}}, t);
    QVERIFY(r2.notAllowed);
    QVERIFY2(r2.error.contains(QLatin1String("user 'dora'")), qPrintable(r2.error));
    // the refusals created nothing; the next request (no error queued) does
    QVERIFY(createTopic(front.bootstrap(), {}, t).ok);
}

void TestTopicAdmin::refusals()
{
    MockBroker broker;
    QVERIFY(broker.start(1));
    MockAdminFront front(broker);
    QVERIFY(front.start());
    // silver wants two replicas; this cluster has one broker
    const selfserve::ServiceLevel silver = *selfserve::serviceLevel(QStringLiteral("silver"));
    TopicCreation r = createTopic(front.bootstrap(), {}, silver.topic(QStringLiteral("a.b")));
    QVERIFY(!r.ok);
    QCOMPARE(r.kafkaError, 38);
    QVERIFY2(r.error.contains(QLatin1String("larger than available brokers: 1")),
             qPrintable(r.error));
    // a topic the demo seeded exists already
    QVERIFY(broker.createTopic(QStringLiteral("seeded"), 3));
    TopicSettings t;
    t.name = QStringLiteral("seeded");
    r = createTopic(front.bootstrap(), {}, t);
    QVERIFY(r.exists);
    // an illegal name
    t.name = QStringLiteral("no spaces");
    r = createTopic(front.bootstrap(), {}, t);
    QVERIFY(!r.ok);
    QCOMPARE(r.kafkaError, 17);
}

void TestTopicAdmin::threeBrokersGold()
{
    MockBroker broker;
    QVERIFY(broker.start(3));
    MockAdminFront front(broker);
    QVERIFY(front.start());
    const selfserve::ServiceLevel gold = *selfserve::serviceLevel(QStringLiteral("gold-compacted"));
    const TopicCreation r =
        createTopic(front.bootstrap(), {}, gold.topic(QStringLiteral("crm.state")));
    QVERIFY2(r.ok, qPrintable(r.error));
    const CreateTopicRequest sent = front.requests().back();
    QCOMPARE(sent.partitions, 6);
    QCOMPARE(sent.replicationFactor, 3);
    QCOMPARE(value(sent, "cleanup.policy"), QStringLiteral("compact"));
    QCOMPARE(value(sent, "retention.ms"), QStringLiteral("-1"));
    QCOMPARE(value(sent, "min.insync.replicas"), QStringLiteral("2"));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("crm.state");
    req.timeoutMs = 10000;
    const SampleResult s = sample(req);
    QVERIFY2(s.ok, qPrintable(s.error));
    QCOMPARE(s.partitions, 6);
}

void TestTopicAdmin::unreachable()
{
    // a port nobody listens on
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString dead = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    TopicSettings t;
    t.name = QStringLiteral("x");
    QElapsedTimer clock;
    clock.start();
    const TopicCreation r = createTopic(dead, {}, t, false, 2000);
    QVERIFY(!r.ok);
    QVERIFY(r.unreachable);
    QVERIFY2(r.error.contains(dead), qPrintable(r.error));
    QVERIFY(clock.elapsed() < 8000);
    // librdkafka's mock alone names no controller and has no CreateTopics: why the front exists
    MockBroker broker;
    QVERIFY(broker.start(1));
    const TopicCreation bare = createTopic(broker.bootstrap(), {}, t, false, 1500);
    QVERIFY(!bare.ok);
    QVERIFY2(bare.error.contains(QLatin1String("controller")), qPrintable(bare.error));
}

QTEST_GUILESS_MAIN(TestTopicAdmin)
#include "tst_topicadmin.moc"
