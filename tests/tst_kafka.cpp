// Kafka against librdkafka's mock cluster over loopback (a real protocol peer): sampling the
// last N or from the beginning, the bounded buffer, decoding, conformance against a contract,
// a dead broker and a broker going down, and the command line with a demo-broker child.
#include "DemoCatalog.h"
#include "formats/DocumentImporter.h"
#include "kafka/AvroDecoder.h"
#include "kafka/Conformance.h"
#include "kafka/Connection.h"
#include "kafka/Kafka.h"
#include "kafka/SamplerWorker.h"
#include "kafka/TopicLinks.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace meshdesk;
using namespace meshdesk::kafka;

namespace {
SchemaObject ordersSchema()
{
    const FileImport f = importFile(QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"));
    return f.documents.front().document.contract.objects.front();
}
QByteArray valid(int i)
{
    return QStringLiteral(
               R"({"order_id":"o-%1","customer_id":"c-1","customer_email":"a@b.c","order_total":%1,"currency":"EUR","order_status":"paid","placed_at":"2026-11-26T10:00:00Z"})")
        .arg(i)
        .toUtf8();
}
} // namespace

class TestKafka : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void conformance_data();
    void conformance();
    void checkerRules();
    void resumeFromOffsets();
    void leaderDown();
    void commandLineProfile();
    void topicLinksAndConformance();
    void sampleLastAndBeginning();
    void decodeBrokenMessages();
    void deadBrokerAndBrokerDown();
    void commandLine();
    void kcatInterop();
    void avroAndWireFormat();
    void followCommand();
};

void TestKafka::conformance_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QStringList>("violations"); // paths
    QTest::newRow("valid") << valid(1) << QStringList();
    QTest::newRow("missing required")
        << QByteArray(
               R"({"customer_id":"c","customer_email":"a","order_total":1,"currency":"EUR","order_status":"paid","placed_at":"2026-11-26T10:00:00Z"})")
        << QStringList{QStringLiteral("order_id")};
    QTest::newRow("null required")
        << QByteArray(valid(1)).replace(R"("order_id":"o-1")", R"("order_id":null)")
        << QStringList{QStringLiteral("order_id")};
    QTest::newRow("wrong type") << QByteArray(valid(1)).replace(R"("order_total":1)",
                                                                R"("order_total":"one")")
                                << QStringList{QStringLiteral("order_total")};
    QTest::newRow("not an integer")
        << QByteArray(valid(1)).replace(R"("order_total":1)", R"("order_total":1.5)")
        << QStringList{QStringLiteral("order_total")};
    QTest::newRow("below minimum")
        << QByteArray(valid(1)).replace(R"("order_total":1)", R"("order_total":-5)")
        << QStringList{QStringLiteral("order_total")};
    QTest::newRow("enum") << QByteArray(valid(1)).replace(R"("currency":"EUR")",
                                                          R"("currency":"XXX")")
                          << QStringList{QStringLiteral("currency")};
    QTest::newRow("timestamp") << QByteArray(valid(1)).replace(
                                      R"("placed_at":"2026-11-26T10:00:00Z")",
                                      R"("placed_at":"yesterday")")
                               << QStringList{QStringLiteral("placed_at")};
    QTest::newRow("not an object") << QByteArray("[1,2]") << QStringList{QString()};
}

void TestKafka::conformance()
{
    QFETCH(QByteArray, message);
    QFETCH(QStringList, violations);
    const Decoded d = decodeJson(message);
    QCOMPARE(d.kind, Decoded::Kind::Json);
    QStringList paths;
    for (const Violation &v : checkConformance(d.json, ordersSchema()))
        paths << v.path;
    QCOMPARE(paths, violations);
    // the raw-bytes path (simdjson) finds the same violations with the same messages
    const ConformanceChecker checker(ordersSchema());
    QList<Violation> raw;
    QCOMPARE(checker.checkJson(message, &raw), ConformanceChecker::Json::Valid);
    const QList<Violation> viaQt = checker.check(d.json);
    QCOMPARE(raw.size(), viaQt.size());
    for (int i = 0; i < raw.size(); ++i) {
        QCOMPARE(raw[i].path, viaQt[i].path);
        QCOMPARE(raw[i].message, viaQt[i].message);
    }
}

void TestKafka::checkerRules()
{
    // a schema with every rule, nested objects and arrays, checked through both paths
    auto field = [](const char *name, const char *type, bool required = false) {
        Field f;
        f.name = QString::fromLatin1(name);
        f.logicalType = QString::fromLatin1(type);
        f.required = required;
        return f;
    };
    SchemaObject o;
    Field code = field("code", "string", true);
    code.pattern = QStringLiteral("^[A-Z]{3}-[0-9]+$");
    code.minLength = 5;
    code.maxLength = 8;
    Field ratio = field("ratio", "number");
    ratio.exclusiveMinimum = 0;
    ratio.exclusiveMaximum = 1;
    Field day = field("day", "date");
    Field at = field("at", "timestamp");
    Field lines = field("lines", "array");
    Field line = field("", "object");
    Field qty = field("qty", "integer", true);
    qty.maximum = 99;
    line.fields.push_back(qty);
    lines.items.push_back(line);
    Field name = field("name", "string");
    name.maxLength = 3; // characters, not bytes
    o.fields = {code, ratio, day, at, lines, name, field("flag", "boolean")};
    const ConformanceChecker checker(o);
    auto paths = [&](const QByteArray &json) {
        QList<Violation> raw;
        if (checker.checkJson(json, &raw) != ConformanceChecker::Json::Valid)
            return QStringList{QStringLiteral("<not json>")};
        const QList<Violation> qt = checker.check(QJsonDocument::fromJson(json).object());
        QStringList out;
        for (int i = 0; i < raw.size(); ++i) {
            out << raw[i].path;
            if (i >= qt.size() || qt[i].path != raw[i].path || qt[i].message != raw[i].message)
                out << QStringLiteral("<paths disagree>");
        }
        if (qt.size() != raw.size())
            out << QStringLiteral("<counts disagree>");
        return out;
    };
    QCOMPARE(
        paths(
            R"({"code":"ABC-12","ratio":0.5,"day":"2024-02-29","at":"2026-01-02T03:04:05.678+01:00","lines":[{"qty":1}],"name":"äöü","flag":true})"),
        QStringList());
    QCOMPARE(paths(R"({"code":"abc-12"})"), QStringList{QStringLiteral("code")});
    QCOMPARE(paths(R"({"code":"ABC-123456"})"), QStringList{QStringLiteral("code")}); // too long
    QCOMPARE(paths(R"({"code":"ABC-12","ratio":0})"), QStringList{QStringLiteral("ratio")});
    QCOMPARE(paths(R"({"code":"ABC-12","ratio":1})"), QStringList{QStringLiteral("ratio")});
    QCOMPARE(paths(R"({"code":"ABC-12","day":"2023-02-29"})"), QStringList{QStringLiteral("day")});
    QCOMPARE(paths(R"({"code":"ABC-12","lines":[{"qty":1},{"qty":100},{}]})"),
             (QStringList{QStringLiteral("lines[1].qty"), QStringLiteral("lines[2].qty")}));
    QCOMPARE(paths(R"({"code":"ABC-12","lines":{}})"), QStringList{QStringLiteral("lines")});
    QCOMPARE(paths(R"({"code":"ABC-12","name":"äöüß"})"), QStringList{QStringLiteral("name")});
    QCOMPARE(paths(R"({"code":"ABC-12","flag":"yes"})"), QStringList{QStringLiteral("flag")});
    QCOMPARE(paths(R"({"code":"ABC-12",)"), QStringList{QStringLiteral("<not json>")});
    QCOMPARE(paths("{\"code\":\"\xff\"}"), QStringList{QStringLiteral("<not json>")});
    // timestamps: the allocation-free fast path accepts only what Qt accepts, and Qt decides the
    // rest
    const QStringList stamps{QStringLiteral("2026-11-26T10:00:00Z"),
                             QStringLiteral("2026-11-26T10:00:00.1Z"),
                             QStringLiteral("2026-11-26T10:00:00.123+05:30"),
                             QStringLiteral("2026-11-26T10:00:00"),
                             QStringLiteral("2026-11-26T24:00:00Z"),
                             QStringLiteral("2026-02-30T10:00:00Z"),
                             QStringLiteral("2026-11-26 10:00:00"),
                             QStringLiteral("2026-11-26T10:00Z"),
                             QStringLiteral("2026-11-26T10:00:00.123456Z"),
                             QStringLiteral("2026-11-26T10:00:60Z"),
                             QStringLiteral("26-11-2026T10:00:00Z"),
                             QStringLiteral("2026-11-26T10:00:00+25:00"),
                             QStringLiteral("yesterday")};
    for (const QString &stamp : stamps) {
        const QByteArray json =
            QStringLiteral(R"({"code":"ABC-12","at":"%1"})").arg(stamp).toUtf8();
        const bool qtAccepts = QDateTime::fromString(stamp, Qt::ISODateWithMs).isValid();
        QCOMPARE(paths(json).isEmpty(), qtAccepts);
    }
}

void TestKafka::sampleLastAndBeginning()
{
    MockBroker broker;
    QString error;
    QVERIFY2(broker.start(1, &error), qPrintable(error));
    QVERIFY(broker.createTopic(QStringLiteral("orders"), 2));
    for (int i = 0; i < 30; ++i)
        QVERIFY(broker.produce(QStringLiteral("orders"), QByteArray::number(i), valid(i), i % 2,
                               &error, i == 29 ? 5000 : 0));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("orders");
    req.last = 5;
    SampleResult r = sample(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.partitions, 2);
    QCOMPARE(r.messages.size(), 10); // the last 5 of each partition
    for (const Message &m : r.messages)
        QVERIFY(m.offset >= 10);          // 15 per partition: offsets 10..14
    QCOMPARE(r.nextOffsets.value(0), 15); // where a live tail resumes
    QCOMPARE(r.nextOffsets.value(1), 15);
    req.mode = SampleRequest::Mode::FromBeginning;
    r = sample(req);
    QCOMPARE(r.messages.size(), 30);
    // streaming: every message to the callback, none kept
    QSet<QByteArray> keys;
    req.onMessage = [&](const Message &m) { keys.insert(QByteArray(m.key)); };
    r = sample(req);
    req.onMessage = nullptr;
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.delivered, 30);
    QCOMPARE(r.messages.size(), 0);
    QCOMPARE(keys.size(), 30);
    req.mode = SampleRequest::Mode::Last;
    req.last = 0; // nothing, but the end offsets all the same
    r = sample(req);
    QCOMPARE(r.messages.size(), 0);
    QCOMPARE(r.nextOffsets.value(0), 15);
    QCOMPARE(r.nextOffsets.value(1), 15);
    req.last = 5;
    req.mode = SampleRequest::Mode::FromOffset;
    req.offset = 12; // each partition holds offsets 0..14
    r = sample(req);
    QCOMPARE(r.messages.size(), 6);
    for (const Message &m : r.messages)
        QVERIFY(m.offset >= 12);
    req.mode = SampleRequest::Mode::FromBeginning;
    req.max = 7; // the buffer bound holds; the newest are kept
    r = sample(req);
    QCOMPARE(r.messages.size(), 7);
    const SchemaObject schema = ordersSchema();
    for (const Message &m : r.messages)
        QVERIFY(checkConformance(decodeJson(m.value).json, schema).isEmpty());
}

void TestKafka::decodeBrokenMessages()
{
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("mixed"), 2));
    QVERIFY(broker.produce(QStringLiteral("mixed"), "k", "not json at all", 0));
    QVERIFY(
        broker.produce(QStringLiteral("mixed"), "k", QByteArray("{\"a\": 1", 7), 0)); // truncated
    QVERIFY(broker.produce(QStringLiteral("mixed"), "k", QByteArray("\x00\x00\x00\x00\x05\x02", 6),
                           0)); // Confluent-style binary
    QVERIFY(broker.produce(QStringLiteral("mixed"), "k", QByteArray(4 * 1024 * 1024, 'x'),
                           0)); // 4 MB: the mock keeps about 5 MiB per partition
    QVERIFY(broker.produce(QStringLiteral("mixed"), "k", valid(3), 0));
    // a 10 MB JSON message, alone in its partition (the mock keeps ~5 MiB per partition, but
    // never less than the newest message)
    const QByteArray big = R"({"order_id":")" + QByteArray(10 * 1024 * 1024, 'x') + R"("})";
    QVERIFY(broker.produce(QStringLiteral("mixed"), "big", big, 1, nullptr, 30000));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("mixed");
    req.mode = SampleRequest::Mode::FromBeginning;
    SampleResult r = sample(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages.size(), 6); // the stream goes on past broken ones
    // partitions interleave in any order: take the big one (partition 1) out, keep the order
    // of partition 0
    const auto bigAt = std::find_if(r.messages.cbegin(), r.messages.cend(),
                                    [](const Message &m) { return m.partition == 1; });
    QVERIFY(bigAt != r.messages.cend());
    const Message bigMessage = r.messages.takeAt(bigAt - r.messages.cbegin());
    QCOMPARE(bigMessage.value.size(), big.size());
    QList<Violation> violations; // checked like any other: six required fields missing
    QCOMPARE(ConformanceChecker(ordersSchema()).checkJson(bigMessage.value, &violations),
             ConformanceChecker::Json::Valid);
    QCOMPARE(violations.size(), 6);
    QCOMPARE(decodeJson(r.messages[0].value).kind, Decoded::Kind::Text);
    QVERIFY(decodeJson(r.messages[0].value).error.startsWith(QLatin1String("not JSON")));
    QCOMPARE(decodeJson(r.messages[1].value).kind, Decoded::Kind::Text);
    QCOMPARE(decodeJson(r.messages[2].value).kind, Decoded::Kind::Binary);
    QVERIFY(hexDump(r.messages[2].value).startsWith(QLatin1String("00000000  00 00 00 00 05 02")));
    QCOMPARE(r.messages[3].value.size(), 4 * 1024 * 1024);
    QVERIFY(hexDump(r.messages[3].value).size() < 20000); // bounded display
    QCOMPARE(decodeJson(r.messages[4].value).kind, Decoded::Kind::Json);
}

void TestKafka::deadBrokerAndBrokerDown()
{
    SampleRequest dead;
    dead.bootstrap = QStringLiteral("127.0.0.1:1");
    dead.topic = QStringLiteral("x");
    dead.timeoutMs = 1500;
    QElapsedTimer t;
    t.start();
    const SampleResult r = sample(dead);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("127.0.0.1:1")), qPrintable(r.error));
    QVERIFY(t.elapsed() < 10000); // our own deadline, not librdkafka's
    QVERIFY(r.unreachable);
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("t"), 1));
    QVERIFY(broker.produce(QStringLiteral("t"), "k", valid(1), 0));
    QVERIFY(broker.setBrokerDown(1, true));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("t");
    req.timeoutMs = 1500;
    const SampleResult down = sample(req);
    QVERIFY(!down.ok || down.messages.isEmpty());
    QVERIFY(broker.setBrokerDown(1, false)); // back up: sampling works again
    req.timeoutMs = 10000;
    const SampleResult up = sample(req);
    QVERIFY2(up.ok, qPrintable(up.error));
    QCOMPARE(up.messages.size(), 1);
    // an unknown topic on a broker that does not create topics on demand: named, not a hang
    broker.setTopicError(QStringLiteral("missing"), 3); // UNKNOWN_TOPIC_OR_PART
    req.topic = QStringLiteral("missing");
    t.restart();
    const SampleResult unknown = sample(req);
    QVERIFY(!unknown.ok);
    QVERIFY2(unknown.error.startsWith(QLatin1String("topic 'missing'")) &&
                 unknown.error.contains(QLatin1String("nknown topic")),
             qPrintable(unknown.error));
    QVERIFY(t.elapsed() < 10000);
    QVERIFY(!unknown.unreachable);
}

void TestKafka::commandLine()
{
    QProcess broker;
    broker.start(QStringLiteral(MESHDESK_BINARY),
                 {QStringLiteral("demo-broker"), QStringLiteral("--seed")});
    QVERIFY(broker.waitForStarted());
    QVERIFY(broker.waitForReadyRead(10000));
    const QByteArray first = broker.readLine().trimmed();
    QVERIFY2(first.startsWith("bootstrap: 127.0.0.1:"), first.constData());
    const QString bootstrap = QString::fromUtf8(first.mid(11));
    // the generator produces a few events per second: sample until some have arrived
    QProcess p;
    QList<QByteArray> lines;
    for (int attempt = 0; attempt < 20 && lines.size() < 2; ++attempt) {
        QTest::qWait(500);
        p.start(QStringLiteral(MESHDESK_BINARY),
                {QStringLiteral("sample"), QStringLiteral("--bootstrap"), bootstrap,
                 QStringLiteral("--topic"), QStringLiteral("checkout.orders.v1"),
                 QStringLiteral("--from-beginning"), QStringLiteral("--contract"),
                 QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        lines = p.readAllStandardOutput().trimmed().split('\n');
        lines.removeAll(QByteArray());
    }
    QVERIFY(lines.size() >= 2);
    const QJsonObject m = QJsonDocument::fromJson(lines.first()).object();
    for (const char *k : {"partition", "offset", "timestamp", "key", "value", "violations"})
        QVERIFY2(m.contains(QLatin1String(k)), k);
    QVERIFY(m.value(QLatin1String("value")).toObject().contains(QLatin1String("order_id")));
    broker.terminate(); // SIGTERM: it stops by itself
    QVERIFY(broker.waitForFinished(10000));
    QCOMPARE(broker.exitCode(), 0);
    // --port: a fixed bootstrap address any client can be configured with
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 fixed = probe.serverPort();
    probe.close();
    broker.start(QStringLiteral(MESHDESK_BINARY),
                 {QStringLiteral("demo-broker"), QStringLiteral("--seed"), QStringLiteral("--port"),
                  QString::number(fixed)});
    QVERIFY(broker.waitForReadyRead(10000));
    QCOMPARE(broker.readLine().trimmed(),
             QByteArray("bootstrap: 127.0.0.1:") + QByteArray::number(fixed));
    QByteArray sampled;
    for (int attempt = 0; attempt < 20 && sampled.isEmpty(); ++attempt) {
        QTest::qWait(500);
        p.start(QStringLiteral(MESHDESK_BINARY),
                {QStringLiteral("sample"), QStringLiteral("--bootstrap"),
                 QStringLiteral("127.0.0.1:%1").arg(fixed), QStringLiteral("--topic"),
                 QStringLiteral("checkout.orders.v1"), QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        sampled = p.readAllStandardOutput().trimmed();
    }
    QVERIFY(!sampled.isEmpty());
    broker.terminate();
    QVERIFY(broker.waitForFinished(10000));
    QCOMPARE(broker.exitCode(), 0);
    // usage and errors
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("sample"), QStringLiteral("--topic"), QStringLiteral("x")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("sample"), QStringLiteral("--bootstrap"), QStringLiteral("127.0.0.1:1"),
             QStringLiteral("--topic"), QStringLiteral("x"), QStringLiteral("--timeout"),
             QStringLiteral("2")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("127.0.0.1:1"));
}

void TestKafka::kcatInterop()
{
    // any Kafka client talks to the demo broker: kcat produces, MeshDesk samples and checks
    const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    if (kcat.isEmpty())
        QSKIP("kcat is not installed (build.sh installs it)");
    MockBroker broker;
    QVERIFY(broker.start());
    QProcess p;
    p.start(kcat,
            {QStringLiteral("-P"), QStringLiteral("-b"), broker.bootstrap(), QStringLiteral("-t"),
             QStringLiteral("from-kcat"), QStringLiteral("-K"), QStringLiteral(":")});
    QVERIFY(p.waitForStarted());
    p.write("k1:" + valid(1) + "\nk2:" + valid(2) + "\nk3:{\"order_id\": 3}\n");
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("from-kcat");
    req.mode = SampleRequest::Mode::FromBeginning;
    const SampleResult r = sample(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages.size(), 3);
    // partitions interleave: look messages up by key
    QHash<QByteArray, QByteArray> byKey;
    for (const Message &m : r.messages)
        byKey.insert(m.key, m.value);
    QCOMPARE(byKey.size(), 3);
    QVERIFY(checkConformance(decodeJson(byKey.value("k1")).json, ordersSchema()).isEmpty());
    QVERIFY(checkConformance(decodeJson(byKey.value("k2")).json, ordersSchema()).isEmpty());
    QVERIFY(!checkConformance(decodeJson(byKey.value("k3")).json, ordersSchema()).isEmpty());
    // and kcat reads what MeshDesk's producer wrote
    QVERIFY(broker.produce(QStringLiteral("from-kcat"), "k4", valid(4)));
    p.start(kcat, {QStringLiteral("-C"), QStringLiteral("-b"), broker.bootstrap(),
                   QStringLiteral("-t"), QStringLiteral("from-kcat"), QStringLiteral("-e"),
                   QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("%k\n")});
    QVERIFY(p.waitForFinished(20000));
    const QList<QByteArray> keys = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(keys.size(), 4);
    QVERIFY(keys.contains("k4"));
}

void TestKafka::avroAndWireFormat()
{
    const SchemaObject schema = ordersSchema();
    AvroDecoder codec;
    QString error;
    QVERIFY2(codec.setSchema(avroSchemaFor(schema), &error), qPrintable(error));
    const QJsonObject event = decodeJson(valid(7)).json.toObject();
    const QByteArray binary = codec.encode(event, &error);
    QVERIFY2(!binary.isEmpty(), qPrintable(error));
    QVERIFY(binary.size() < valid(7).size()); // Avro is compact
    Decoded d = codec.decode(binary);
    QCOMPARE(d.kind, Decoded::Kind::Json);
    QCOMPARE(d.json.toObject().value(QLatin1String("order_id")).toString(), QStringLiteral("o-7"));
    QCOMPARE(d.json.toObject().value(QLatin1String("order_total")).toDouble(), 7.0);
    QVERIFY(checkConformance(d.json, schema).isEmpty());
    d = codec.decode(binary.left(5)); // truncated
    QCOMPARE(d.kind, Decoded::Kind::Binary);
    QVERIFY(d.error.contains(QLatin1String("truncated")));
    // Confluent wire format: magic byte 0 + schema id 42, schemas from a (registry) lookup
    AvroDecoder wire;
    int lookups = 0;
    wire.setSchemaLookup([&](int id, QString *err) {
        ++lookups;
        if (id == 42)
            return avroSchemaFor(schema);
        *err = QStringLiteral("registry answered 404 for id %1").arg(id);
        return QByteArray();
    });
    const QByteArray framed = QByteArray("\x00\x00\x00\x00\x2a", 5) + binary;
    d = wire.decode(framed);
    QCOMPARE(d.kind, Decoded::Kind::Json);
    QVERIFY(checkConformance(d.json, schema).isEmpty());
    wire.decode(framed);
    QCOMPARE(lookups, 1); // cached
    d = wire.decode(QByteArray("\x00\x00\x00\x00\x07", 5) + binary);
    QVERIFY(d.error.contains(QLatin1String("schema id 7")));
    d = wire.decode(QByteArray("\x05\x00\x00\x00\x2a", 5) + binary);
    QVERIFY(d.error.contains(QLatin1String("magic byte 5")));
    // through the broker
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.produce(QStringLiteral("avro"), "k", framed, 0));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("avro");
    req.mode = SampleRequest::Mode::FromBeginning;
    const SampleResult r = sample(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.messages.size(), 1);
    QCOMPARE(wire.decode(r.messages[0].value)
                 .json.toObject()
                 .value(QLatin1String("currency"))
                 .toString(),
             QStringLiteral("EUR"));

    // a Schema Registry over HTTP (a minimal one on loopback), and one that is down
    QTcpServer registry;
    QVERIFY(registry.listen(QHostAddress::LocalHost));
    connect(&registry, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *s = registry.nextPendingConnection();
        connect(s, &QTcpSocket::readyRead, s, [s, &schema] {
            const QByteArray request = s->readAll();
            const bool known = request.startsWith("GET /schemas/ids/42 ");
            const QByteArray body =
                known ? QJsonDocument(QJsonObject{{QStringLiteral("schema"),
                                                   QString::fromUtf8(avroSchemaFor(schema))}})
                            .toJson(QJsonDocument::Compact)
                      : QByteArray("{\"error_code\":40403,\"message\":\"Schema not found\"}");
            s->write((known ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                     QByteArray("Content-Type: application/json\r\nContent-Length: ") +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
        });
    });
    AvroDecoder viaRegistry;
    viaRegistry.setSchemaLookup(
        registryLookup(QStringLiteral("http://127.0.0.1:%1").arg(registry.serverPort()), 3000));
    // the lookup runs its own event loop (on the sampler thread in the app; here the nested
    // loop also serves the registry above)
    const Decoded fromRegistry = viaRegistry.decode(framed);
    const Decoded missing = viaRegistry.decode(QByteArray("\x00\x00\x00\x00\x07", 5) + binary);
    QCOMPARE(fromRegistry.kind, Decoded::Kind::Json);
    QVERIFY2(missing.error.contains(QLatin1String("schema id 7")), qPrintable(missing.error));
    // the command line decodes Avro with the contract's schema (plain and wire format)
    QVERIFY(broker.produce(QStringLiteral("avro"), "plain", binary, 0));
    QProcess cli;
    cli.start(QStringLiteral(MESHDESK_BINARY),
              {QStringLiteral("sample"), QStringLiteral("--bootstrap"), broker.bootstrap(),
               QStringLiteral("--topic"), QStringLiteral("avro"),
               QStringLiteral("--from-beginning"), QStringLiteral("--format"),
               QStringLiteral("avro"), QStringLiteral("--contract"),
               QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    for (const QByteArray &line : lines) {
        const QJsonObject m = QJsonDocument::fromJson(line).object();
        QCOMPARE(
            m.value(QLatin1String("value")).toObject().value(QLatin1String("order_id")).toString(),
            QStringLiteral("o-7"));
        QVERIFY(m.value(QLatin1String("violations")).toArray().isEmpty());
    }
    AvroDecoder deadRegistry;
    deadRegistry.setSchemaLookup(registryLookup(QStringLiteral("http://127.0.0.1:1"), 2000));
    const Decoded dead = deadRegistry.decode(framed);
    QVERIFY2(dead.error.contains(QLatin1String("schema registry")), qPrintable(dead.error));
}

void TestKafka::leaderDown()
{
    // librdkafka 2.0.2's watermark query ignores its timeout while the partition leader is down:
    // ours answers at its deadline with what it has, and sampling from an offset says why
    MockBroker broker;
    QVERIFY(broker.start(2));
    QVERIFY(broker.createTopic(QStringLiteral("t"), 2));
    QVERIFY(broker.setPartitionLeader(QStringLiteral("t"), 0, 1));
    QVERIFY(broker.setPartitionLeader(QStringLiteral("t"), 1, 2));
    for (int i = 0; i < 4; ++i)
        QVERIFY(broker.produce(QStringLiteral("t"), "k", valid(i), i % 2));
    Watermarks marks = queryWatermarks(broker.bootstrap(), {},
                                       {{QStringLiteral("t"), 0}, {QStringLiteral("t"), 1}}, 5000);
    QVERIFY2(marks.error.isEmpty(), qPrintable(marks.error));
    QCOMPARE(marks.offsets.value({QStringLiteral("t"), 1}), (QPair<qint64, qint64>(0, 2)));
    QVERIFY(broker.setBrokerDown(2, true));
    QElapsedTimer t;
    t.start();
    marks = queryWatermarks(broker.bootstrap(), {},
                            {{QStringLiteral("t"), 0}, {QStringLiteral("t"), 1}}, 1500);
    QVERIFY(t.elapsed() < 5000); // our deadline held (librdkafka's alone would not)
    QVERIFY(!marks.error.isEmpty());
    QVERIFY(!marks.offsets.contains({QStringLiteral("t"), 1}));
    SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("t");
    req.mode = SampleRequest::Mode::FromOffset;
    req.timeoutMs = 1500;
    t.restart();
    const SampleResult r = sample(req);
    QVERIFY(t.elapsed() < 5000);
    QVERIFY(!r.ok);
    QVERIFY2(!r.error.isEmpty(), "the cause is named");
    QVERIFY(broker.setBrokerDown(2, false));
}

void TestKafka::commandLineProfile()
{
    // `sample --profile NAME`: the saved profile's bootstrap and security (SASL against the
    // plaintext mock fails, so the settings reached librdkafka), the password from the
    // environment, and clear refusals
    QTemporaryDir config;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config.path());
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDesk")); // the binary's
    QCoreApplication::setApplicationName(QStringLiteral("meshdesk"));
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("t"), 1));
    QVERIFY(broker.produce(QStringLiteral("t"), "k", valid(1), 0));
    saveProfiles({{QStringLiteral("plain"),
                   broker.bootstrap(),
                   QStringLiteral("PLAINTEXT"),
                   QStringLiteral("PLAIN"),
                   {},
                   {}},
                  {QStringLiteral("secure"),
                   broker.bootstrap(),
                   QStringLiteral("SASL_PLAINTEXT"),
                   QStringLiteral("SCRAM-SHA-512"),
                   QStringLiteral("svc"),
                   {}}});
    QSettings().sync();
    QVERIFY(QFile::exists(config.filePath(QStringLiteral("MeshDesk/meshdesk.conf"))));
    auto run = [&](const QString &profile, bool withPassword) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain here
        if (withPassword)
            env.insert(QStringLiteral("MESHDESK_KAFKA_PASSWORD"), QStringLiteral("pw"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MESHDESK_BINARY),
                {QStringLiteral("sample"), QStringLiteral("--profile"), profile,
                 QStringLiteral("--topic"), QStringLiteral("t"), QStringLiteral("--timeout"),
                 QStringLiteral("3"), QStringLiteral("--json")});
        p.waitForFinished(30000);
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    auto [code, out, errText] = run(QStringLiteral("plain"), false);
    QCOMPARE(code, 0);
    QCOMPARE(out.count('\n'), 1); // the bootstrap came from the profile
    std::tie(code, out, errText) = run(QStringLiteral("secure"), true);
    QCOMPARE(code, 1);
    QVERIFY2(errText.contains(broker.bootstrap().toUtf8()), errText.constData());
    QVERIFY(!errText.contains("pw")); // the password is never printed
    std::tie(code, out, errText) = run(QStringLiteral("secure"), false);
    QCOMPARE(code, 2);
    QVERIFY2(errText.contains("MESHDESK_KAFKA_PASSWORD"), errText.constData());
    std::tie(code, out, errText) = run(QStringLiteral("nope"), false);
    QCOMPARE(code, 2);
    QVERIFY2(errText.contains("no Kafka connection profile named 'nope'"), errText.constData());
}

void TestKafka::resumeFromOffsets()
{
    // the live tail started at given offsets reads exactly from there: nothing missed, nothing
    // repeated (what `sample --follow` and a reconnect rely on)
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("resume"), 2));
    for (int i = 0; i < 20; ++i)
        QVERIFY(broker.produce(QStringLiteral("resume"), QByteArray::number(i), valid(i), i % 2,
                               nullptr, i == 19 ? 5000 : 0));
    SamplerWorker worker;
    QList<Message> got;
    connect(&worker, &SamplerWorker::batch, this,
            [&](const QList<Message> &batch) { got += batch; });
    SamplerWorker::Settings settings;
    settings.bootstrap = broker.bootstrap();
    settings.topic = QStringLiteral("resume");
    settings.resumeFrom = {{0, 7}, {1, 9}};
    worker.start(settings);
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 4, 10000); // offsets 7, 8, 9 and 9
    QVERIFY(broker.produce(QStringLiteral("resume"), "late", valid(99), 1));
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), 5, 10000);
    worker.stop();
    QList<QPair<int, qint64>> seen;
    for (const Message &m : got)
        seen << qMakePair(m.partition, m.offset);
    std::sort(seen.begin(), seen.end());
    QCOMPARE(seen, (QList<QPair<int, qint64>>{{0, 7}, {0, 8}, {0, 9}, {1, 9}, {1, 10}}));
}

void TestKafka::topicLinksAndConformance()
{
    // the demo catalog's Kafka topics, linked to their contracts and products
    QTemporaryDir dir;
    test::TestCatalog catalog(dir.filePath(QStringLiteral("c.sqlite")), {QStringLiteral("alice")});
    QVERIFY(catalog.ok);
    CatalogStore &store = catalog.store;
    QStringList files = test::demoFiles();
    QCOMPARE(catalog.import(files, QStringLiteral("alice")).added, 24);
    const QList<TopicLink> links = kafkaTopics(store);
    QStringList topics;
    for (const TopicLink &l : links)
        topics << l.topic;
    QCOMPARE(topics, (QStringList{QStringLiteral("checkout.orders.v1"),
                                  QStringLiteral("checkout.payments.v1"),
                                  QStringLiteral("fulfillment.shipments.v1"),
                                  QStringLiteral("fulfillment.stock-levels.v1"),
                                  QStringLiteral("marketing.attribution.v1")}));
    const TopicLink &orders = links.front();
    // a kafka server that names no topic publishes each schema object under its physicalName;
    // other servers publish nothing
    Contract contract;
    Server kafkaServer;
    kafkaServer.type = QStringLiteral("kafka");
    kafkaServer.format = QStringLiteral("Avro");
    kafkaServer.properties.insert(QStringLiteral("host"), QStringLiteral("k:9092"));
    Server warehouse;
    warehouse.type = QStringLiteral("postgres");
    contract.servers = {warehouse, kafkaServer};
    SchemaObject a, b, unnamed;
    a.name = QStringLiteral("a");
    a.physicalName = QStringLiteral("topic.a");
    b.name = QStringLiteral("b");
    b.physicalName = QStringLiteral("topic.b");
    unnamed.name = QStringLiteral("view");
    contract.objects = {a, unnamed, b};
    QList<ContractTopic> fromObjects = contractTopics(contract);
    QCOMPARE(fromObjects.size(), 2);
    QCOMPARE(fromObjects[1].topic, QStringLiteral("topic.b"));
    QCOMPARE(fromObjects[1].schema.name, QStringLiteral("b"));
    QCOMPARE(fromObjects[1].host, QStringLiteral("k:9092"));
    QCOMPARE(fromObjects[1].format, QStringLiteral("avro"));
    // with a topic: the object whose physicalName it is, else the first
    contract.servers[1].properties.insert(QStringLiteral("topic"), QStringLiteral("topic.b"));
    fromObjects = contractTopics(contract);
    QCOMPARE(fromObjects.size(), 1);
    QCOMPARE(fromObjects[0].schema.name, QStringLiteral("b"));
    contract.servers[1].properties.insert(QStringLiteral("topic"), QStringLiteral("elsewhere"));
    QCOMPARE(contractTopics(contract).front().schema.name, QStringLiteral("a"));
    QCOMPARE(orders.contractId, QStringLiteral("orders-v1"));
    QCOMPARE(orders.productKeys, QStringList{QStringLiteral("orders")});
    QCOMPARE(orders.productNames, QStringList{QStringLiteral("Orders")});
    QCOMPARE(orders.schema.physicalName, QStringLiteral("checkout.orders.v1"));
    // its conformance: 9 conforming messages and 1 that is not
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(orders.topic, 3));
    for (int i = 0; i < 9; ++i)
        QVERIFY(broker.produce(orders.topic, QByteArray::number(i), valid(i), i % 3, nullptr, 0));
    QVERIFY(broker.produce(orders.topic, "bad", R"({"order_id":"x"})", 0));
    TopicConformance c = measureConformance(broker.bootstrap(), orders);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.sampled, 10);
    QCOMPARE(c.violating, 1);
    QCOMPARE(c.owner, QStringLiteral("Orders"));
    QCOMPARE(c.rate(), 0.9);
    // the last N per partition only
    c = measureConformance(broker.bootstrap(), orders, 1);
    QCOMPARE(c.sampled, 3);
    // a profile's security reaches the measurement: SASL against the plaintext mock fails
    c = measureConformance(broker.bootstrap(), orders, 1, 1500,
                           {{"security.protocol", "SASL_PLAINTEXT"},
                            {"sasl.mechanisms", "PLAIN"},
                            {"sasl.username", "u"},
                            {"sasl.password", "p"}});
    QCOMPARE(c.sampled, 0);
    QVERIFY(!c.error.isEmpty());
    // a dead broker: the cause, within the timeout
    c = measureConformance(QStringLiteral("127.0.0.1:1"), orders, 200, 1500);
    QVERIFY(c.error.startsWith(QLatin1String("127.0.0.1:1")));
    QCOMPARE(c.sampled, 0);
}

void TestKafka::followCommand()
{
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("live"), 1));
    QVERIFY(broker.produce(QStringLiteral("live"), "old", valid(1), 0));
    QProcess p;
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("sample"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("live"), QStringLiteral("--last"),
             QStringLiteral("1"), QStringLiteral("--follow"), QStringLiteral("--json")});
    QVERIFY(p.waitForStarted());
    QVERIFY(p.waitForReadyRead(15000)); // the history: the last message
    QVERIFY(p.readLine().contains("\"key\":\"old\""));
    // then what arrives while it runs, produced at once: the live consumer starts at the
    // history's end offsets, so even a message produced before it is assigned is not missed,
    // and the history is not shown twice
    QVERIFY(broker.produce(QStringLiteral("live"), "new1", valid(2), 0));
    QVERIFY(broker.produce(QStringLiteral("live"), "new2", valid(3), 0));
    QByteArray seen;
    for (int i = 0; i < 100 && seen.count('\n') < 2; ++i) {
        p.waitForReadyRead(100);
        seen += p.readAll();
    }
    QVERIFY2(seen.contains("\"key\":\"new1\""), seen.constData());
    QVERIFY2(seen.contains("\"key\":\"new2\""), seen.constData());
    QVERIFY(seen.indexOf("new1") < seen.indexOf("new2"));
    QVERIFY2(!seen.contains("\"key\":\"old\""), seen.constData());
    p.terminate(); // SIGTERM: stops cleanly
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestKafka)
#include "tst_kafka.moc"
