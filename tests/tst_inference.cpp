// "Add to Mesh" without the GUI: a contract inferred from a topic's messages (JSON edge cases,
// the demo topics, Avro plain and in the Confluent wire format through a Schema Registry, all
// over librdkafka's mock cluster), the documents written for a new product (ODPS + ODCS) read back
// and valid against the standards' JSON Schemas, the publish check of the governance policies,
// and `meshdesk infer`.
#include "DemoCatalog.h"
#include "formats/DocumentImporter.h"
#include "formats/DocumentWriter.h"
#include "governance/Policies.h"
#include "kafka/AvroDecoder.h"
#include "kafka/Conformance.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"
#include "kafka/SchemaInference.h"
#include "kafka/TopicLinks.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace meshdesk;
using namespace meshdesk::kafka;

namespace {

const Field *field(const std::vector<Field> &fields, const QString &path)
{
    const QString head = path.section(QLatin1Char('.'), 0, 0);
    const QString rest = path.section(QLatin1Char('.'), 1);
    for (const Field &f : fields) {
        if (f.name != head)
            continue;
        if (rest.isEmpty())
            return &f;
        if (rest == QLatin1String("[]"))
            return f.arrayItems();
        if (rest.startsWith(QLatin1String("[].")))
            return f.arrayItems() ? field(f.arrayItems()->fields, rest.mid(3)) : nullptr;
        return field(f.fields, rest);
    }
    return nullptr;
}

QList<Message> messagesOf(const QList<QByteArray> &values)
{
    QList<Message> out;
    for (qsizetype i = 0; i < values.size(); ++i) {
        Message m;
        m.offset = i;
        m.value = values[i];
        out << m;
    }
    return out;
}

// every sample conforms to the schema inferred from it
int violationsIn(const SchemaObject &schema, const QList<QByteArray> &values, QString *first)
{
    const ConformanceChecker checker(schema);
    int n = 0;
    for (const QByteArray &v : values) {
        QList<Violation> found;
        if (checker.checkJson(v, &found) == ConformanceChecker::Json::Invalid)
            continue;
        if (!found.isEmpty() && first && first->isEmpty())
            *first = QString::fromUtf8(v) + QStringLiteral(": ") + found.front().path +
                     QStringLiteral(" ") + found.front().message;
        n += int(found.size());
    }
    return n;
}

// A minimal Schema Registry on loopback: GET /schemas/ids/N answers the schema registered as N.
class MiniRegistry : public QTcpServer
{
public:
    QHash<int, QByteArray> schemas;
    int requests = 0;
    MiniRegistry()
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                ++requests;
                const QByteArray request = s->readAll();
                const QByteArray path = request.split(' ').value(1);
                const int id = path.startsWith("/schemas/ids/") ? path.mid(13).toInt() : -1;
                const bool known = schemas.contains(id);
                const QByteArray body =
                    known ? QJsonDocument(QJsonObject{{QStringLiteral("schema"),
                                                       QString::fromUtf8(schemas.value(id))}})
                                .toJson(QJsonDocument::Compact)
                          : QByteArray("{\"error_code\":40403,\"message\":\"Schema not found\"}");
                s->write((known ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 404 Not Found\r\n") +
                         QByteArray("Content-Type: application/json\r\nContent-Length: ") +
                         QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                s->disconnectFromHost();
            });
        });
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }
};

QByteArray wire(int id, const QByteArray &avroBinary)
{
    QByteArray framed(5, '\0'); // magic byte 0, then the id in 4 bytes, big-endian
    framed[1] = char((id >> 24) & 0xff);
    framed[2] = char((id >> 16) & 0xff);
    framed[3] = char((id >> 8) & 0xff);
    framed[4] = char(id & 0xff);
    return framed + avroBinary;
}

const char *cartsAvsc = R"({"type":"record","name":"Cart","namespace":"shop.checkout","fields":[
  {"name":"cart_id","type":"string"},
  {"name":"items","type":"long"},
  {"name":"total","type":"double"},
  {"name":"state","type":"string"},
  {"name":"coupon","type":["null","string"],"default":null}]})";

} // namespace

class TestInference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jsonEdgeCases();
    void formatsEnumsExamplesAndKey();
    void acceptsItsSamplesAndFlagsABreakingMessage();
    void demoTopicsOverTheBroker();
    void avroPlainAndWireFormat();
    void writtenDocumentsReadBack();
    void writtenDocumentsAreValid();
    void yamlScalarsRoundTrip();
    void publishCheckSaysWhatIsMissing();
    void publishThroughTheImportPath();
    void inferCommand();
};

void TestInference::jsonEdgeCases()
{
    // mixed integer and float, missing fields, nulls, nested arrays, an object in an array,
    // a value of several types, something that is not JSON
    const QList<QByteArray> values{
        R"({"id":1,"price":10,"note":"a","tags":["x"],"matrix":[[1,2],[3]],"lines":[{"sku":"A","qty":1}],"mixed":1,"always":null})",
        R"({"id":2,"price":10.5,"tags":[],"matrix":[[4]],"lines":[{"sku":"B","qty":2,"gift":true}],"mixed":"one","always":null})",
        R"({"id":3,"price":1e2,"note":null,"tags":["y","z"],"matrix":[],"lines":[],"mixed":2,"always":null})",
        "not json at all", R"([1,2,3])"};
    InferRequest req;
    req.sample.topic = QStringLiteral("shop.edge-cases");
    const InferResult r = inferMessages(messagesOf(values), req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.samples, 3);
    QCOMPARE(r.rejected, 2);
    QVERIFY2(
        r.notes.join(QLatin1Char('\n')).contains(QLatin1String("partition 0 offset 3: not JSON")),
        qPrintable(r.notes.join(QLatin1Char('\n'))));
    QCOMPARE(r.object.physicalName, QStringLiteral("shop.edge-cases"));
    QCOMPARE(r.object.name, QStringLiteral("shop_edge_cases"));
    const std::vector<Field> &f = r.object.fields;
    // document order: first appearance
    QStringList names;
    for (const Field &x : f)
        names << x.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("id"), QStringLiteral("price"), QStringLiteral("note"),
                          QStringLiteral("tags"), QStringLiteral("matrix"), QStringLiteral("lines"),
                          QStringLiteral("mixed"), QStringLiteral("always")}));
    QCOMPARE(field(f, "id")->logicalType, QStringLiteral("integer"));
    QVERIFY(field(f, "id")->required);
    QCOMPARE(field(f, "price")->logicalType, QStringLiteral("number")); // 10, 10.5 and 1e2
    QVERIFY(field(f, "price")->required);
    // missing once and null once: optional, nullable
    const Field *note = field(f, "note");
    QCOMPARE(note->logicalType, QStringLiteral("string"));
    QVERIFY(!note->required);
    QCOMPARE(note->customProperties.size(), 1);
    QCOMPARE(note->customProperties[0].toObject().value(QLatin1String("property")).toString(),
             QStringLiteral("nullable"));
    QCOMPARE(field(f, "tags")->logicalType, QStringLiteral("array"));
    QCOMPARE(field(f, "tags.[]")->logicalType, QStringLiteral("string"));
    // an array of arrays of integers
    QCOMPARE(field(f, "matrix")->logicalType, QStringLiteral("array"));
    QCOMPARE(field(f, "matrix.[]")->logicalType, QStringLiteral("array"));
    QVERIFY(field(f, "matrix.[]")->arrayItems());
    QCOMPARE(field(f, "matrix.[]")->arrayItems()->logicalType, QStringLiteral("integer"));
    // an array of objects: required inside the elements
    QCOMPARE(field(f, "lines.[]")->logicalType, QStringLiteral("object"));
    QVERIFY(field(f, "lines.[].sku")->required);
    QVERIFY(field(f, "lines.[].qty")->required);
    QVERIFY(!field(f, "lines.[].gift")->required); // in one element of two
    QCOMPARE(field(f, "lines.[].gift")->logicalType, QStringLiteral("boolean"));
    // several types: no logical type, and said so
    QVERIFY(field(f, "mixed")->logicalType.isEmpty());
    QVERIFY(field(f, "mixed")->description.contains(QLatin1String("integer, string")));
    QVERIFY(field(f, "always")->logicalType.isEmpty());
    QVERIFY(!field(f, "always")->required);
    // nothing usable
    const InferResult none = inferMessages(messagesOf({"x", "[1]"}), req);
    QVERIFY(!none.ok);
    QVERIFY2(none.error.contains(QLatin1String("none of the 2 message(s)")),
             qPrintable(none.error));
    QVERIFY(!inferMessages({}, req).ok);
}

void TestInference::formatsEnumsExamplesAndKey()
{
    QList<Message> messages;
    const QStringList states{QStringLiteral("open"), QStringLiteral("paid"),
                             QStringLiteral("shipped")};
    for (int i = 0; i < 30; ++i) {
        Message m;
        m.offset = i;
        m.key = QByteArray::number(1000 + i);
        m.value =
            QStringLiteral(
                R"({"cart_id":%1,"uuid":"%2","day":"2026-03-%3","at":"2026-03-%3T10:1%4:00Z","mail":"user%1@example.com","link":"https:\/\/shop.example/c/%1","state":"%5","free":"text %1","owner_name":"Person %1"})")
                .arg(1000 + i)
                .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                .arg(10 + i % 18)
                .arg(i % 10)
                .arg(states[i % 3])
                .toUtf8();
        messages << m;
    }
    InferRequest req;
    req.sample.topic = QStringLiteral("checkout.carts.v1");
    const InferResult r = inferMessages(messages, req);
    QVERIFY2(r.ok, qPrintable(r.error));
    const std::vector<Field> &f = r.object.fields;
    QCOMPARE(field(f, "uuid")->format, QStringLiteral("uuid"));
    QCOMPARE(field(f, "uuid")->logicalType, QStringLiteral("string"));
    QCOMPARE(field(f, "day")->logicalType, QStringLiteral("date"));
    QCOMPARE(field(f, "at")->logicalType, QStringLiteral("timestamp"));
    QCOMPARE(field(f, "mail")->format, QStringLiteral("email"));
    QCOMPARE(field(f, "link")->format, QStringLiteral("uri"));
    // a low-cardinality string over enough samples: an enum candidate; free text is none
    QCOMPARE(field(f, "state")->enumValues, states);
    QVERIFY(field(f, "free")->enumValues.isEmpty());
    QVERIFY(field(f, "uuid")->enumValues.isEmpty());
    // examples, but never of personal data (an e-mail address, a person's name)
    QCOMPARE(field(f, "free")->examples.size(), 3);
    QCOMPARE(field(f, "state")->examples.size(), 3);
    QVERIFY(field(f, "mail")->examples.isEmpty());
    QVERIFY(field(f, "owner_name")->examples.isEmpty());
    // the message key is the cart id in every message, each distinct: the primary key
    QVERIFY(field(f, "cart_id")->primaryKey);
    QVERIFY(!field(f, "uuid")->primaryKey);
    // too few samples prove no enum: three values seen once each
    const InferResult few = inferMessages(messages.mid(0, 3), req);
    QVERIFY(field(few.object.fields, "state")->enumValues.isEmpty());
}

void TestInference::acceptsItsSamplesAndFlagsABreakingMessage()
{
    QList<QByteArray> values;
    const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD")};
    for (int i = 0; i < 40; ++i)
        values
            << QStringLiteral(
                   R"({"order_id":"%1","total":%2,"currency":"%3","placed":"2026-01-0%4T08:00:00.%5Z","lines":[{"sku":"s%6","qty":%6}],"gift":%7%8})")
                   .arg(QUuid::createUuid().toString(QUuid::WithoutBraces))
                   .arg(i % 2 ? QString::number(i) : QString::number(i + 0.25))
                   .arg(currencies[i % 2])
                   .arg(1 + i % 9)
                   .arg(100 + i)
                   .arg(i % 5 + 1)
                   .arg(i % 3 ? QStringLiteral("true") : QStringLiteral("false"))
                   .arg(i % 4 ? QStringLiteral(",\"note\":null") : QString())
                   .toUtf8();
    InferRequest req;
    req.sample.topic = QStringLiteral("orders");
    const InferResult r = inferMessages(messagesOf(values), req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QString first;
    QCOMPARE(violationsIn(r.object, values, &first), 0);
    QVERIFY2(first.isEmpty(), qPrintable(first));
    // the same after writing and importing it back (what a user publishes)
    const QByteArray yaml = formats::writeOdcs(draftContract(
        r, QStringLiteral("127.0.0.1:9092"), QStringLiteral("orders"), QStringLiteral("json")));
    const FileImport back = importBytes(QStringLiteral("orders.odcs.yaml"), yaml);
    QVERIFY2(back.ok(),
             qPrintable(back.firstError() + QLatin1Char('\n') + QString::fromUtf8(yaml)));
    const SchemaObject imported = back.documents.front().document.contract.objects.front();
    QCOMPARE(violationsIn(imported, values, &first), 0);
    // and it flags what breaks it
    const ConformanceChecker checker(imported);
    auto violations = [&](const QByteArray &v) {
        QList<Violation> out;
        checker.checkJson(v, &out);
        QStringList paths;
        for (const Violation &x : out)
            paths << x.path;
        return paths;
    };
    const QByteArray base = values.front();
    QCOMPARE(violations(base), QStringList());
    QByteArray broken = base;
    broken.replace("\"currency\":\"EUR\"", "\"currency\":\"XXX\""); // not in the enum
    QCOMPARE(violations(broken), QStringList{QStringLiteral("currency")});
    broken = base;
    broken.replace("\"lines\":[{\"sku\":\"s1\",\"qty\":1}]",
                   "\"lines\":[{\"sku\":\"s1\",\"qty\":\"one\"}]");
    QCOMPARE(violations(broken), QStringList{QStringLiteral("lines[0].qty")}); // wrong type
    QJsonObject o = QJsonDocument::fromJson(base).object();
    o.remove(QStringLiteral("total")); // a required field missing
    QCOMPARE(violations(QJsonDocument(o).toJson(QJsonDocument::Compact)),
             QStringList{QStringLiteral("total")});
    o = QJsonDocument::fromJson(base).object();
    o.insert(QStringLiteral("order_id"), QStringLiteral("not-a-uuid")); // the format
    QCOMPARE(violations(QJsonDocument(o).toJson(QJsonDocument::Compact)),
             QStringList{QStringLiteral("order_id")});
    o = QJsonDocument::fromJson(base).object();
    o.insert(QStringLiteral("placed"), QStringLiteral("yesterday"));
    QCOMPARE(violations(QJsonDocument(o).toJson(QJsonDocument::Compact)),
             QStringList{QStringLiteral("placed")});
    // a nullable field may be null or absent
    o = QJsonDocument::fromJson(base).object();
    o.insert(QStringLiteral("note"), QJsonValue::Null);
    QCOMPARE(violations(QJsonDocument(o).toJson(QJsonDocument::Compact)), QStringList());
}

void TestInference::demoTopicsOverTheBroker()
{
    // each Kafka topic of the demo catalog, fed by the demo generator (no deliberate
    // violations), sampled from the mock cluster and inferred: the same fields and types as
    // the contract it was generated from
    MockBroker broker;
    QVERIFY(broker.start());
    QList<Contract> contracts;
    for (const QString &file : test::demoFiles()) {
        const FileImport fi = importFile(file);
        if (fi.ok() && fi.documents.front().document.kind == ImportedDocument::Kind::Contract)
            contracts << fi.documents.front().document.contract;
    }
    const QList<Feed> feeds = feedsOf(contracts);
    QCOMPARE(feeds.size(), 5);
    for (const Feed &feed : feeds)
        QVERIFY(broker.createTopic(feed.topic, 2));
    QRandomGenerator rng(17);
    for (int i = 0; i < 60; ++i)
        produceRound(broker, feeds, rng, 0);
    for (const Feed &feed : feeds) {
        QVERIFY(broker.produce(feed.topic, "flush", {}, 0, nullptr, 10000) || true);
        InferRequest req;
        req.sample.bootstrap = broker.bootstrap();
        req.sample.topic = feed.topic;
        req.sample.last = 100;
        const InferResult r = inferTopic(req);
        QVERIFY2(r.ok, qPrintable(feed.topic + QStringLiteral(": ") + r.error));
        QCOMPARE(r.samples, 60);
        QCOMPARE(r.rejected, 1); // the empty "flush" message
        for (const Field &declared : feed.schema.fields) {
            const Field *inferred = field(r.object.fields, declared.name);
            QVERIFY2(inferred, qPrintable(feed.topic + QLatin1Char('.') + declared.name));
            const QString want = declared.logicalType;
            const QString got = inferred->logicalType;
            // a number field whose values all happened to be whole is an integer: still a number
            QVERIFY2(got == want ||
                         (want == QLatin1String("number") && got == QLatin1String("integer")),
                     qPrintable(QStringLiteral("%1.%2: %3, inferred %4")
                                    .arg(feed.topic, declared.name, want, got)));
            QVERIFY2(inferred->required, qPrintable(declared.name)); // the generator sends all
            if (!declared.enumValues.isEmpty() && declared.enumValues.size() <= 10) {
                QStringList want = declared.enumValues;
                want.sort();
                // every value of a small enum shows up in 60 messages
                QCOMPARE(inferred->enumValues, want);
            }
        }
        QCOMPARE(r.object.fields.size(), feed.schema.fields.size());
        // the draft accepts what it came from: sampled again, nothing violates it
        SampleRequest again;
        again.bootstrap = broker.bootstrap();
        again.topic = feed.topic;
        again.mode = SampleRequest::Mode::FromBeginning;
        const SampleResult s = sample(again);
        QList<QByteArray> values;
        for (const Message &m : s.messages)
            if (!m.value.isEmpty())
                values << m.value;
        QString first;
        QCOMPARE(violationsIn(r.object, values, &first), 0);
    }
}

void TestInference::avroPlainAndWireFormat()
{
    MockBroker broker;
    QVERIFY(broker.start());
    AvroDecoder codec;
    QString error;
    QVERIFY2(codec.setSchema(cartsAvsc, &error), qPrintable(error));
    QVERIFY(broker.createTopic(QStringLiteral("carts.plain"), 1));
    QVERIFY(broker.createTopic(QStringLiteral("carts.wire"), 1));
    const QStringList states{QStringLiteral("open"), QStringLiteral("paid")};
    for (int i = 0; i < 12; ++i) {
        QJsonObject cart{{QStringLiteral("cart_id"), QStringLiteral("c%1").arg(i)},
                         {QStringLiteral("items"), i},
                         {QStringLiteral("total"), i * 1.5},
                         {QStringLiteral("state"), states[i % 2]}};
        if (i % 3 == 0)
            cart.insert(QStringLiteral("coupon"), QStringLiteral("SAVE%1").arg(i));
        const QByteArray binary = codec.encode(cart, &error);
        QVERIFY2(!binary.isEmpty(), qPrintable(error));
        QVERIFY(broker.produce(QStringLiteral("carts.plain"), QStringLiteral("c%1").arg(i).toUtf8(),
                               binary, 0, nullptr, 0));
        QVERIFY(broker.produce(QStringLiteral("carts.wire"), QStringLiteral("c%1").arg(i).toUtf8(),
                               wire(i < 8 ? 5 : 6, binary), 0, nullptr, i == 11 ? 10000 : 0));
    }
    // plain Avro with the writer's schema given: the schema's fields and types, the values'
    // examples and enum candidates
    InferRequest req;
    req.sample.bootstrap = broker.bootstrap();
    req.sample.topic = QStringLiteral("carts.plain");
    req.sample.mode = SampleRequest::Mode::FromBeginning;
    req.format = QStringLiteral("avro");
    req.avroSchema = cartsAvsc;
    InferResult r = inferTopic(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.samples, 12);
    QCOMPARE(r.rejected, 0);
    QCOMPARE(r.writerSchema, QByteArray(cartsAvsc));
    const std::vector<Field> &f = r.object.fields;
    QCOMPARE(f.size(), size_t(5));
    QCOMPARE(field(f, "items")->logicalType, QStringLiteral("integer"));
    QCOMPARE(field(f, "items")->physicalType, QStringLiteral("long"));
    QCOMPARE(field(f, "total")->logicalType, QStringLiteral("number"));
    QVERIFY(field(f, "cart_id")->required);
    QVERIFY(!field(f, "coupon")->required); // a union with null
    QCOMPARE(field(f, "state")->enumValues, states);
    QCOMPARE(field(f, "cart_id")->examples.size(), 3);
    QVERIFY(field(f, "cart_id")->primaryKey); // the key, distinct in every message
    QCOMPARE(r.object.physicalName, QStringLiteral("carts.plain"));
    // without the writer's schema, plain Avro cannot be read: said so
    req.avroSchema.clear();
    r = inferTopic(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("writer's schema")), qPrintable(r.error));
    // the Confluent wire format: the writer's schema is the registry's for the newest id
    MiniRegistry registry;
    QByteArray v6 = cartsAvsc;
    v6.replace("\"items\",\"type\":\"long\"", "\"items\",\"type\":\"int\"");
    registry.schemas.insert(5, cartsAvsc);
    registry.schemas.insert(6, v6);
    req.sample.topic = QStringLiteral("carts.wire");
    req.registryUrl = registry.url();
    r = inferTopic(req);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.schemaId, 6);
    QCOMPARE(r.writerSchema, v6);
    QCOMPARE(field(r.object.fields, "items")->physicalType, QStringLiteral("int"));
    QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("schema ids 5, 6")),
             qPrintable(r.notes.join(QLatin1Char(' '))));
    QCOMPARE(r.samples, 12);
    // the wire format without a registry: named
    req.registryUrl.clear();
    r = inferTopic(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("Schema Registry")), qPrintable(r.error));
    // the demo topics in Avro (the Confluent wire format, the registry holding the schema the
    // demo derives from each contract): the writer's schema's fields, examples from the values
    QList<Contract> contracts;
    for (const QString &file : test::demoFiles()) {
        const FileImport fi = importFile(file);
        if (fi.ok() && fi.documents.front().document.kind == ImportedDocument::Kind::Contract)
            contracts << fi.documents.front().document.contract;
    }
    QRandomGenerator rng(5);
    int id = 100;
    req.registryUrl = registry.url();
    for (const Feed &feed : feedsOf(contracts)) {
        const QByteArray schemaJson = avroSchemaFor(feed.schema);
        registry.schemas.insert(++id, schemaJson);
        AvroDecoder demo;
        QVERIFY2(demo.setSchema(schemaJson, &error), qPrintable(error));
        const QString avroTopic = feed.topic + QStringLiteral(".avro");
        for (int i = 0; i < 20; ++i) {
            const QByteArray binary =
                demo.encode(demoEvent(feed.schema.fields, rng, false), &error);
            QVERIFY2(!binary.isEmpty(), qPrintable(error));
            QVERIFY(broker.produce(avroTopic, QByteArray::number(i), wire(id, binary), 0, nullptr,
                                   i == 19 ? 10000 : 0));
        }
        req.sample.topic = avroTopic;
        r = inferTopic(req);
        QVERIFY2(r.ok, qPrintable(avroTopic + QStringLiteral(": ") + r.error));
        QCOMPARE(r.samples, 20);
        QCOMPARE(r.schemaId, id);
        QCOMPARE(r.object.fields.size(), feed.schema.fields.size());
        for (size_t i = 0; i < feed.schema.fields.size(); ++i) {
            const Field &declared = feed.schema.fields[i];
            const Field &inferred = r.object.fields[i];
            QCOMPARE(inferred.name, declared.name);
            QCOMPARE(inferred.required, declared.required);
            if (declared.logicalType == QLatin1String("string") ||
                declared.logicalType == QLatin1String("integer") ||
                declared.logicalType == QLatin1String("number"))
                QVERIFY2(!inferred.examples.isEmpty() || governance::looksPersonal(declared.name),
                         qPrintable(avroTopic + QLatin1Char('.') + declared.name));
        }
    }
    // a registry that does not know the id
    req.sample.topic = QStringLiteral("carts.wire");
    registry.schemas.remove(6);
    req.registryUrl = registry.url();
    r = inferTopic(req);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("schema registry")), qPrintable(r.error));
}

namespace {
DataProduct productFor(const Contract &c)
{
    DataProduct p;
    p.id = QStringLiteral("checkout-carts");
    p.name = QStringLiteral("Shopping carts");
    p.domain = QStringLiteral("checkout");
    p.status = QStringLiteral("active");
    p.version = QStringLiteral("1.0.0");
    p.description.purpose = QStringLiteral("Every shopping cart as it changes.");
    p.team.name = QStringLiteral("Checkout Team");
    p.team.members.push_back({QStringLiteral("anna.schmidt"),
                              {},
                              QStringLiteral("owner"),
                              QStringLiteral("2026-01-15"),
                              {},
                              {}});
    p.owner = p.team.name;
    Port out;
    out.name = QStringLiteral("carts");
    out.version = QStringLiteral("1.0.0");
    out.type = QStringLiteral("topic");
    out.contractId = c.id;
    out.description = QStringLiteral("Carts on Kafka");
    p.outputPorts.push_back(out);
    p.customProperties.append(
        QJsonObject{{QStringLiteral("property"), QStringLiteral("qualityTier")},
                    {QStringLiteral("value"), QStringLiteral("curated")}});
    return p;
}

Contract filledContract()
{
    QList<QByteArray> values;
    for (int i = 0; i < 20; ++i)
        values
            << QStringLiteral(
                   R"({"cart_id":"c%1","state":"%2","total":%3,"customer_email":"u%1@x.example","lines":[{"sku":"a","qty":%1}],"opened":"2026-02-01T10:00:00Z"})")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("open") : QStringLiteral("paid"))
                   .arg(i * 2.5)
                   .toUtf8();
    InferRequest req;
    req.sample.topic = QStringLiteral("checkout.carts.v1");
    const InferResult r = inferMessages(messagesOf(values), req);
    Contract c = draftContract(r, QStringLiteral("127.0.0.1:9092"),
                               QStringLiteral("checkout.carts.v1"), QStringLiteral("json"));
    c.domain = QStringLiteral("checkout");
    c.dataProduct = QStringLiteral("checkout-carts");
    c.status = QStringLiteral("active");
    c.description.purpose =
        QStringLiteral("Every shopping cart as it changes: \"quoted\", #hash, a: colon");
    c.team.name = QStringLiteral("Checkout Team");
    c.owner = c.team.name;
    c.slaProperties =
        QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("availability")},
                               {QStringLiteral("value"), 99.9},
                               {QStringLiteral("unit"), QStringLiteral("percent")}},
                   QJsonObject{{QStringLiteral("property"), QStringLiteral("latency")},
                               {QStringLiteral("value"), 5},
                               {QStringLiteral("unit"), QStringLiteral("m")}}};
    c.customProperties.append(
        QJsonObject{{QStringLiteral("property"), QStringLiteral("qualityTier")},
                    {QStringLiteral("value"), QStringLiteral("curated")}});
    std::function<void(Field &)> describe = [&](Field &f) {
        f.description = QStringLiteral("The %1.").arg(f.name);
        for (Field &child : f.fields)
            describe(child);
        for (Field &item : f.items)
            describe(item);
    };
    for (Field &f : c.objects.front().fields) {
        describe(f);
        if (f.name == QLatin1String("customer_email")) {
            f.pii = true;
            f.classification = QStringLiteral("restricted");
        }
    }
    return c;
}
} // namespace

void TestInference::writtenDocumentsReadBack()
{
    const Contract c = filledContract();
    const DataProduct p = productFor(c);
    const QByteArray odcs =
        formats::writeOdcs(c, QStringLiteral("Drafted by a test.\nSecond line."));
    const QByteArray odps = formats::writeOdps(p);
    QVERIFY(odcs.startsWith("# Drafted by a test.\n# Second line.\napiVersion: v3.1.0\n"));
    const FileImport ci = importBytes(QStringLiteral("c.odcs.yaml"), odcs);
    QVERIFY2(ci.ok(), qPrintable(ci.firstError() + QLatin1Char('\n') + QString::fromUtf8(odcs)));
    const FileImport pi = importBytes(QStringLiteral("p.odps.yaml"), odps);
    QVERIFY2(pi.ok(), qPrintable(pi.firstError() + QLatin1Char('\n') + QString::fromUtf8(odps)));
    QCOMPARE(ci.documents.front().document.format(), SourceFormat::Odcs);
    QCOMPARE(pi.documents.front().document.format(), SourceFormat::Odps);
    // the same model back (what the catalog shows and exports): compared as the stable JSON
    Contract expected = c;
    expected.formatVersion = QStringLiteral("v3.1.0");
    // a PII flag ODCS has no keyword for (the classification is 'restricted'): a custom property
    for (Field &f : expected.objects.front().fields)
        if (f.pii)
            f.customProperties.append(
                QJsonObject{{QStringLiteral("property"), QStringLiteral("pii")},
                            {QStringLiteral("value"), true}});
    QJsonObject want = toJson(expected);
    QJsonObject got = toJson(ci.documents.front().document.contract);
    // the importer keeps the server's whole mapping, and the enum's rule among the qualities
    QCOMPARE(got.value(QLatin1String("objects")).toArray().size(), 1);
    auto fieldsOf = [](const QJsonObject &contract) {
        return contract.value(QLatin1String("objects"))
            .toArray()[0]
            .toObject()
            .value(QLatin1String("fields"))
            .toArray();
    };
    // (the enum's rule is among the qualities read back, at every level)
    std::function<QJsonObject(QJsonObject)> withoutQuality = [&](QJsonObject f) {
        f.remove(QStringLiteral("quality"));
        QJsonArray children;
        for (const QJsonValue &c : f.value(QLatin1String("fields")).toArray())
            children.append(withoutQuality(c.toObject()));
        if (!children.isEmpty())
            f.insert(QStringLiteral("fields"), children);
        if (f.contains(QLatin1String("items")))
            f.insert(QStringLiteral("items"),
                     withoutQuality(f.value(QLatin1String("items")).toObject()));
        return f;
    };
    const QJsonArray wantFields = fieldsOf(want), gotFields = fieldsOf(got);
    QCOMPARE(gotFields.size(), wantFields.size());
    for (int i = 0; i < wantFields.size(); ++i) {
        const QJsonObject w = withoutQuality(wantFields[i].toObject());
        const QJsonObject g = withoutQuality(gotFields[i].toObject());
        QCOMPARE(QJsonDocument(g).toJson(QJsonDocument::Compact),
                 QJsonDocument(w).toJson(QJsonDocument::Compact));
    }
    for (const char *key : {"id", "name", "version", "status", "domain", "dataProduct", "owner",
                            "description", "slaProperties", "customProperties"})
        QCOMPARE(got.value(QLatin1String(key)), want.value(QLatin1String(key)));
    const Contract &back = ci.documents.front().document.contract;
    QCOMPARE(field(back.objects.front().fields, "state")->enumValues,
             (QStringList{QStringLiteral("open"), QStringLiteral("paid")}));
    QVERIFY(field(back.objects.front().fields, "customer_email")->pii);
    // the topic is the schema object's physicalName (ODCS 3.1's Kafka server has no 'topic')
    QVERIFY(!back.servers.front().properties.contains(QLatin1String("topic")));
    QCOMPARE(kafka::contractTopics(back).size(), 1);
    QCOMPARE(kafka::contractTopics(back).front().topic, QStringLiteral("checkout.carts.v1"));
    const DataProduct &pb = pi.documents.front().document.product;
    QCOMPARE(pb.id, p.id);
    QCOMPARE(pb.domain, p.domain);
    QCOMPARE(pb.owner, p.owner);
    QCOMPARE(pb.description.purpose, p.description.purpose);
    QCOMPARE(pb.outputPorts.size(), size_t(1));
    QCOMPARE(pb.outputPorts.front().contractId, c.id);
    QCOMPARE(pb.customProperties, p.customProperties);
    // writing what was read gives the same bytes (a stable writer)
    QCOMPARE(formats::writeOdps(pb), odps);
}

void TestInference::writtenDocumentsAreValid()
{
    // against the standards' own JSON Schemas (ODCS v3.1.0, ODPS v1.0.0), with Python's
    // jsonschema (Debian python3-jsonschema, python3-yaml)
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not installed (build.sh installs it)");
    QProcess probe;
    probe.start(python, {QStringLiteral("-c"), QStringLiteral("import jsonschema, yaml")});
    probe.waitForFinished(30000);
    if (probe.exitCode() != 0)
        QSKIP("python3-jsonschema / python3-yaml are not installed (build.sh installs them)");
    QTemporaryDir dir;
    const Contract c = filledContract();
    const QByteArray odcs = formats::writeOdcs(c);
    const QByteArray odps = formats::writeOdps(productFor(c));
    auto validate = [&](const QByteArray &yaml, const QString &schema) {
        QFile f(dir.filePath(QStringLiteral("doc.yaml")));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(yaml);
        f.close();
        QProcess p;
        p.start(python, {QStringLiteral("-c"),
                         QStringLiteral("import json,sys,yaml,jsonschema\n"
                                        "s=json.load(open(sys.argv[1]))\n"
                                        "d=yaml.safe_load(open(sys.argv[2]))\n"
                                        "v=jsonschema.validators.validator_for(s)(s)\n"
                                        "errs=sorted(v.iter_errors(d), key=str)\n"
                                        "[print(list(e.absolute_path), e.message) for e in errs]\n"
                                        "sys.exit(1 if errs else 0)\n"),
                         QStringLiteral(MESHDESK_TEST_DATA "/standards/") + schema, f.fileName()});
        p.waitForFinished(60000);
        return std::make_pair(p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError());
    };
    auto [code, output] = validate(odcs, QStringLiteral("odcs-json-schema-v3.1.0.json"));
    QVERIFY2(code == 0, output.constData());
    std::tie(code, output) = validate(odps, QStringLiteral("odps-json-schema-v1.0.0.json"));
    QVERIFY2(code == 0, output.constData());
    // the check can fail: an enum where ODCS 3.1 has none is refused
    QByteArray invalid = odcs;
    invalid.replace("    properties:\n", "    properties:\n      - name: bad\n        enum: [a]\n");
    std::tie(code, output) = validate(invalid, QStringLiteral("odcs-json-schema-v3.1.0.json"));
    QCOMPARE(code, 1);
}

void TestInference::yamlScalarsRoundTrip()
{
    const QStringList tricky{QStringLiteral("plain words"),
                             QStringLiteral("yes"),
                             QStringLiteral("No"),
                             QStringLiteral("true"),
                             QStringLiteral("null"),
                             QStringLiteral("1.0.0"),
                             QStringLiteral("2026-01-15"),
                             QStringLiteral("-1"),
                             QStringLiteral("a: b"),
                             QStringLiteral("x #y"),
                             QStringLiteral("- item"),
                             QStringLiteral("quote \" and \\"),
                             QStringLiteral("line\nbreak\ttab"),
                             QStringLiteral("ünïcödé 😀"),
                             QStringLiteral("ends with space "),
                             QStringLiteral("*star"),
                             QString(QChar(0x85)) + QStringLiteral("c1"),
                             QStringLiteral("ctrl\x01")};
    for (const QString &s : tricky) {
        Contract c;
        c.id = QStringLiteral("t");
        c.description.purpose = s;
        const QByteArray yaml = formats::writeOdcs(c);
        const FileImport back = importBytes(QStringLiteral("t.yaml"), yaml);
        QVERIFY2(back.ok(),
                 qPrintable(back.firstError() + QStringLiteral(" in ") + QString::fromUtf8(yaml)));
        QCOMPARE(back.documents.front().document.contract.description.purpose, s);
    }
    QCOMPARE(formats::yamlScalar(QStringLiteral("orders")), QByteArray("orders"));
    QCOMPARE(formats::yamlScalar(QStringLiteral("yes")), QByteArray("\"yes\""));
    QCOMPARE(formats::yamlScalar(99.5), QByteArray("99.5"));
    QCOMPARE(formats::yamlScalar(5.0), QByteArray("5"));
}

void TestInference::publishCheckSaysWhatIsMissing()
{
    const QStringList all = governance::allPolicyIds();
    Contract c = filledContract();
    DataProduct p = productFor(c);
    governance::PublishCheck check = governance::checkPublish(p, c, all, {});
    QVERIFY2(check.ready(),
             qPrintable(check.blocking().isEmpty() ? QString() : check.blocking().front().message));
    QVERIFY(check.warnings().isEmpty()); // every field described
    // an empty draft: every missing piece named
    Contract bare = draftContract(
        inferMessages(messagesOf({R"({"a":1,"email":"x@y.example"})"}), InferRequest{}),
        QStringLiteral("b:9092"), QStringLiteral("t"), QStringLiteral("json"));
    DataProduct empty;
    empty.id = QStringLiteral("p");
    check = governance::checkPublish(empty, bare, all, {});
    QVERIFY(!check.ready());
    QStringList paths;
    for (const governance::PolicyFinding &f : check.blocking())
        paths << f.policyId + QLatin1Char(':') + f.path;
    for (const char *want :
         {"product-minimum:domain", "product-minimum:description.purpose",
          "product-minimum:outputPorts", "product-minimum:customProperties.qualityTier",
          "product-has-owner:team", "contract-minimum:description.purpose", "contract-minimum:team",
          "contract-minimum:slaProperties", "pii-classified:schema.topic.properties.email"})
        QVERIFY2(paths.contains(QLatin1String(want)), qPrintable(paths.join(QLatin1String(", "))));
    QStringList warnings;
    for (const governance::PolicyFinding &f : check.warnings())
        warnings << f.policyId;
    warnings.sort();
    // two fields without a description, a product without a status
    QCOMPARE(warnings, (QStringList{QStringLiteral("field-descriptions"),
                                    QStringLiteral("field-descriptions"),
                                    QStringLiteral("status-lifecycle")}));
    // a policy an admin switched off does not block
    QStringList withoutPii = all;
    withoutPii.removeAll(QStringLiteral("pii-classified"));
    check = governance::checkPublish(empty, bare, withoutPii, {});
    for (const governance::PolicyFinding &f : check.blocking())
        QVERIFY(f.policyId != QLatin1String("pii-classified"));
    // a port naming a contract the catalog lacks is refused, the draft's own contract is known
    p.outputPorts.front().contractId = QStringLiteral("elsewhere");
    check = governance::checkPublish(p, c, all, {QStringLiteral("orders-v1")});
    QCOMPARE(check.blocking().size(), 1);
    QCOMPARE(check.blocking().front().policyId, QStringLiteral("output-ports-have-contracts"));
    // an unknown quality tier
    p = productFor(c);
    p.customProperties =
        QJsonArray{QJsonObject{{QStringLiteral("property"), QStringLiteral("qualityTier")},
                               {QStringLiteral("value"), QStringLiteral("gold")}}};
    check = governance::checkPublish(p, c, all, {});
    QCOMPARE(check.blocking().size(), 1);
    QVERIFY(check.blocking().front().message.contains(QLatin1String("'gold'")));
}

void TestInference::publishThroughTheImportPath()
{
    // written files go to the catalog like any import: new ids are added, a second publish of
    // the same product with a change waits for governance
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("c.sqlite"));
    test::TestCatalog cat(db, {QStringLiteral("alice"), QStringLiteral("anna.schmidt")});
    QVERIFY(cat.ok);
    QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
    Contract c = filledContract();
    DataProduct p = productFor(c);
    const QString folder = dir.filePath(QStringLiteral("git-checkout"));
    QDir().mkpath(folder);
    auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(folder + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(QStringLiteral("checkout-carts.odps.yaml"), formats::writeOdps(p));
    write(QStringLiteral("checkout-carts-v1.odcs.yaml"), formats::writeOdcs(c));
    CatalogStore &store = cat.store;
    const QStringList files{folder + QStringLiteral("/checkout-carts.odps.yaml"),
                            folder + QStringLiteral("/checkout-carts-v1.odcs.yaml")};
    ImportSummary s = cat.import(files, QStringLiteral("anna.schmidt")); // a signed submit
    QCOMPARE(s.added, 2);
    QCOMPARE(s.failedFiles, 0);
    QVERIFY(store.currentVersion(QStringLiteral("product"), QStringLiteral("checkout-carts")));
    // its topic is now one the catalog knows, published by the product
    bool linked = false;
    for (const TopicLink &l : kafkaTopics(store))
        linked = linked || (l.topic == QLatin1String("checkout.carts.v1") &&
                            l.productKeys == QStringList{QStringLiteral("checkout-carts")} &&
                            l.domain == QLatin1String("checkout"));
    QVERIFY(linked);
    c.description.purpose = QStringLiteral("Changed.");
    write(QStringLiteral("checkout-carts-v1.odcs.yaml"), formats::writeOdcs(c));
    s = cat.import(files, QStringLiteral("anna.schmidt"));
    QCOMPARE(s.pending, 1);
    QCOMPARE(store.changes(QStringLiteral("pending")).size(), 1);
    QCOMPARE(store.changes(QStringLiteral("pending")).front().proposer,
             QStringLiteral("anna.schmidt"));
    QVERIFY(cat.ledger->verify().intact);
}

void TestInference::inferCommand()
{
    MockBroker broker;
    QVERIFY(broker.start());
    QVERIFY(broker.createTopic(QStringLiteral("checkout.carts.v1"), 2));
    QList<QByteArray> values;
    for (int i = 0; i < 40; ++i) {
        values
            << QStringLiteral(
                   R"({"cart_id":"c%1","state":"%2","total":%3,"opened":"2026-02-01T10:00:00Z","lines":[{"sku":"a","qty":%1}]})")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("open") : QStringLiteral("paid"))
                   .arg(i * 2.5)
                   .toUtf8();
        QVERIFY(broker.produce(QStringLiteral("checkout.carts.v1"),
                               QStringLiteral("c%1").arg(i).toUtf8(), values.last(), i % 2, nullptr,
                               i == 39 ? 10000 : 0));
    }
    QProcess p;
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("checkout.carts.v1"),
             QStringLiteral("--last"), QStringLiteral("100")});
    QVERIFY(p.waitForFinished(60000));
    const QByteArray yaml = p.readAllStandardOutput();
    const QByteArray errors = p.readAllStandardError();
    QVERIFY2(p.exitCode() == 0, errors.constData());
    QVERIFY2(errors.contains("inferred from 40 messages"), errors.constData());
    QVERIFY(yaml.startsWith("# Drafted by MeshDesk from 40 messages of topic checkout.carts.v1"));
    const FileImport draft = importBytes(QStringLiteral("draft.odcs.yaml"), yaml);
    QVERIFY2(draft.ok(), qPrintable(draft.firstError() + QString::fromUtf8(yaml)));
    const Contract &c = draft.documents.front().document.contract;
    QCOMPARE(c.id, QStringLiteral("checkout-carts-v1"));
    QCOMPARE(c.status, QStringLiteral("draft"));
    QCOMPARE(kafka::contractTopics(c).front().topic, QStringLiteral("checkout.carts.v1"));
    QCOMPARE(c.servers.front().properties.value(QLatin1String("host")).toString(),
             broker.bootstrap());
    const SchemaObject &schema = c.objects.front();
    QCOMPARE(field(schema.fields, "state")->enumValues,
             (QStringList{QStringLiteral("open"), QStringLiteral("paid")}));
    QVERIFY(field(schema.fields, "cart_id")->primaryKey);
    // the contract accepts the messages it was inferred from, and flags one that breaks it
    QString first;
    QCOMPARE(violationsIn(schema, values, &first), 0);
    QVERIFY(
        violationsIn(
            schema,
            {R"({"cart_id":"c1","state":"lost","total":"x","opened":"2026-02-01T10:00:00Z","lines":[]})"},
            nullptr) == 2);
    // --out FILE
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("carts.odcs.yaml"));
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("checkout.carts.v1"),
             QStringLiteral("--out"), out});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(importFile(out).ok());
    // usage, an unknown topic, an empty one
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--topic"), QStringLiteral("x")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("x"), QStringLiteral("--format"),
             QStringLiteral("xml")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("no.such.topic"),
             QStringLiteral("--timeout"), QStringLiteral("5")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(p.readAllStandardError().contains("nknown topic"), "named");
    QVERIFY(broker.createTopic(QStringLiteral("empty"), 1));
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("infer"), QStringLiteral("--bootstrap"), broker.bootstrap(),
             QStringLiteral("--topic"), QStringLiteral("empty")});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("no messages"));
}

QTEST_GUILESS_MAIN(TestInference)
#include "tst_inference.moc"
