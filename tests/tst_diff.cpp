// The semantic diff rules, one row each, plus natural-key matching and the Avro compatibility.
#include "formats/AvroSchema.h"
#include "formats/DocumentImporter.h"
#include "governance/AvroCompatibility.h"
#include "governance/Diff.h"
#include "governance/Policies.h"
#include "governance/TextDiff.h"

#include <QJsonDocument>
#include <QtTest>

using namespace meshdesk;
using namespace meshdesk::governance;

namespace {
const QByteArray kBase = R"(apiVersion: v3.1.0
kind: DataContract
id: orders
version: 1.0.0
status: active
domain: checkout
description:
  purpose: Orders
servers:
  - server: prod
    type: kafka
    format: json
    host: a:9092
  - server: lake
    type: postgres
roles:
  - role: reader
    access: read
  - role: writer
    access: write
team:
  name: checkout-team
  members:
    - username: anna
      role: owner
    - username: ben
      role: engineer
slaProperties:
  - property: latency
    value: 5
    unit: m
customProperties:
  - property: cost-center
    value: 42
tags: [orders]
schema:
  - name: orders
    physicalName: orders_v1
    properties:
      - name: id
        logicalType: string
        physicalType: uuid
        required: true
        primaryKey: true
        description: Order id
      - name: amount
        logicalType: integer
        physicalType: int
        required: true
        description: Amount
        logicalTypeOptions:
          minimum: 0
          maximum: 1000
      - name: code
        logicalType: string
        physicalType: varchar(10)
        description: Code
        logicalTypeOptions:
          maxLength: 10
          minLength: 2
      - name: state
        logicalType: string
        physicalType: varchar(10)
        description: State
        logicalTypeOptions:
          enum: [open, paid, cancelled]
      - name: note
        logicalType: string
        physicalType: text
        description: Free text
      - name: address
        logicalType: object
        description: Address
        properties:
          - name: city
            logicalType: string
            required: true
            description: City
  - name: items
    properties:
      - name: sku
        logicalType: string
        description: SKU
)";

Contract parse(const QByteArray &text)
{
    const FileImport r = importBytes(QStringLiteral("c.yaml"), text);
    if (!r.ok())
        qFatal("fixture does not parse: %s", qPrintable(r.firstError()));
    return r.documents.front().document.contract;
}

QByteArray edit(const char *from, const char *to)
{
    QByteArray t = kBase;
    if (!t.contains(from))
        qFatal("fixture edit: '%s' not found", from);
    return t.replace(from, to);
}
} // namespace

class TestDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void identicalAndReordered();
    void rules_data();
    void rules();
    void typeWidening_data();
    void typeWidening();
    void productPorts();
    void differentIdsRefused();
    void avroCompatibility_data();
    void avroCompatibility();
    void apacheAvroCases_data();
    void apacheAvroCases();
    void avroNamesAliasesAndRecursion();
    void avroUnionBranchLogicalTypes();
    void newConstraints_data();
    void newConstraints();
    void listsInsideObjectsByKey();
    void decimalsAndDcsKeys();
    void policies();
    void lifecycle_data();
    void lifecycle();
    void sideBySide_data();
    void sideBySide();
};

void TestDiff::identicalAndReordered()
{
    QVERIFY(diffContracts(parse(kBase), parse(kBase)).changes.empty());
    // servers, roles, members, objects and fields in another order: no change
    QByteArray t = kBase;
    t.replace("  - server: prod\n    type: kafka\n    format: json\n    host: a:9092\n  - server: "
              "lake\n    type: postgres\n",
              "  - server: lake\n    type: postgres\n  - server: prod\n    type: kafka\n    "
              "format: json\n    host: a:9092\n");
    t.replace("  - role: reader\n    access: read\n  - role: writer\n    access: write\n",
              "  - role: writer\n    access: write\n  - role: reader\n    access: read\n");
    t.replace(
        "    - username: anna\n      role: owner\n    - username: ben\n      role: engineer\n",
        "    - username: ben\n      role: engineer\n    - username: anna\n      role: owner\n");
    QVERIFY(t != kBase);
    const DiffResult d = diffContracts(parse(kBase), parse(t));
    QVERIFY2(d.changes.empty(), d.changes.empty() ? "" : qPrintable(d.changes.front().path));
}

void TestDiff::rules_data()
{
    QTest::addColumn<QByteArray>("newText");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("severity");

    auto row = [](const char *name, const QByteArray &t, const char *path, const char *kind,
                  const char *sev) {
        QTest::newRow(name) << t << QString::fromLatin1(path) << QString::fromLatin1(kind)
                            << QString::fromLatin1(sev);
    };
    // breaking
    row("field removed",
        edit("      - name: note\n        logicalType: string\n        physicalType: text\n        "
             "description: Free text\n",
             ""),
        "schema.orders.properties.note", "removed", "breaking");
    row("object removed",
        edit("  - name: items\n    properties:\n      - name: sku\n        logicalType: string\n   "
             "     description: SKU\n",
             ""),
        "schema.items", "removed", "breaking");
    row("logical type changed",
        edit("      - name: note\n        logicalType: string",
             "      - name: note\n        logicalType: integer"),
        "schema.orders.properties.note.logicalType", "changed", "breaking");
    row("physical type narrowed",
        edit("physicalType: varchar(10)\n        description: Code",
             "physicalType: varchar(5)\n        description: Code"),
        "schema.orders.properties.code.physicalType", "changed", "breaking");
    row("required false->true",
        edit(
            "        physicalType: text\n        description: Free text\n",
            "        physicalType: text\n        required: true\n        description: Free text\n"),
        "schema.orders.properties.note.required", "changed", "breaking");
    row("unique added",
        edit("        physicalType: text\n        description: Free text\n",
             "        physicalType: text\n        unique: true\n        description: Free text\n"),
        "schema.orders.properties.note.unique", "changed", "breaking");
    row("maximum narrowed", edit("maximum: 1000", "maximum: 500"),
        "schema.orders.properties.amount.maximum", "changed", "breaking");
    row("minimum narrowed", edit("minimum: 0", "minimum: 1"),
        "schema.orders.properties.amount.minimum", "changed", "breaking");
    row("maxLength narrowed", edit("maxLength: 10", "maxLength: 8"),
        "schema.orders.properties.code.maxLength", "changed", "breaking");
    row("minLength narrowed", edit("minLength: 2", "minLength: 3"),
        "schema.orders.properties.code.minLength", "changed", "breaking");
    row("pattern added",
        edit("        physicalType: text\n        description: Free text\n",
             "        physicalType: text\n        description: Free text\n        "
             "logicalTypeOptions:\n          pattern: '^[a-z]+$'\n"),
        "schema.orders.properties.note.pattern", "added", "breaking");
    row("enum value removed", edit("enum: [open, paid, cancelled]", "enum: [open, paid]"),
        "schema.orders.properties.state.enum", "removed", "breaking");
    row("server removed", edit("  - server: lake\n    type: postgres\n", ""), "servers.lake",
        "removed", "breaking");
    row("role removed", edit("  - role: writer\n    access: write\n", ""), "roles.writer",
        "removed", "breaking");
    row("required field added",
        edit("      - name: note\n",
             "      - name: extra\n        logicalType: string\n        required: true\n        "
             "description: x\n      - name: note\n"),
        "schema.orders.properties.extra", "added", "breaking");
    row("nested field removed",
        edit("          - name: city\n            logicalType: string\n            required: "
             "true\n            description: City\n",
             "          - name: zip\n            logicalType: string\n            description: "
             "Zip\n"),
        "schema.orders.properties.address.properties.city", "removed", "breaking");
    // non-breaking
    row("optional field added",
        edit("      - name: note\n", "      - name: extra\n        logicalType: string\n        "
                                     "description: x\n      - name: note\n"),
        "schema.orders.properties.extra", "added", "non-breaking");
    row("object added",
        QByteArray(kBase).append("  - name: refunds\n    properties:\n      - name: id\n        "
                                 "logicalType: string\n        description: Id\n"),
        "schema.refunds", "added", "non-breaking");
    row("enum value added",
        edit("enum: [open, paid, cancelled]", "enum: [open, paid, cancelled, refunded]"),
        "schema.orders.properties.state.enum", "added", "non-breaking");
    row("maximum widened", edit("maximum: 1000", "maximum: 5000"),
        "schema.orders.properties.amount.maximum", "changed", "non-breaking");
    row("maxLength removed", edit("          maxLength: 10\n", ""),
        "schema.orders.properties.code.maxLength", "removed", "non-breaking");
    row("required true->false",
        edit("        physicalType: int\n        required: true",
             "        physicalType: int\n        required: false"),
        "schema.orders.properties.amount.required", "changed", "non-breaking");
    row("type widened int->long", edit("physicalType: int\n", "physicalType: long\n"),
        "schema.orders.properties.amount.physicalType", "changed", "non-breaking");
    row("varchar widened",
        edit("physicalType: varchar(10)\n        description: Code",
             "physicalType: varchar(20)\n        description: Code"),
        "schema.orders.properties.code.physicalType", "changed", "non-breaking");
    row("server added",
        QByteArray(kBase).replace("roles:\n", "  - server: dr\n    type: postgres\nroles:\n"),
        "servers.dr", "added", "non-breaking");
    // info
    row("description", edit("description: Free text", "description: Notes"),
        "schema.orders.properties.note.description", "changed", "info");
    row("tags", edit("tags: [orders]", "tags: [orders, sales]"), "tags", "added", "info");
    row("owner", edit("  name: checkout-team", "  name: shop-team"), "team.name", "changed",
        "info");
    row("team member", edit("    - username: ben\n      role: engineer\n", ""), "team.members.ben",
        "removed", "info");
    row("SLA", edit("    value: 5\n", "    value: 10\n"), "slaProperties.latency", "changed",
        "info");
    row("custom property", edit("value: 42", "value: 43"), "customProperties.cost-center",
        "changed", "info");
    row("status", edit("status: active", "status: deprecated"), "status", "changed", "info");
    row("data product", edit("domain: checkout\n", "domain: checkout\ndataProduct: orders\n"),
        "dataProduct", "added", "info");
    row("purpose", edit("  purpose: Orders", "  purpose: All orders"), "description.purpose",
        "changed", "info");
    row("server host", edit("host: a:9092", "host: b:9092"), "servers.prod.host", "changed",
        "info");
}

void TestDiff::rules()
{
    QFETCH(QByteArray, newText);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    const DiffResult d = diffContracts(parse(kBase), parse(newText));
    const auto it = std::find_if(d.changes.begin(), d.changes.end(),
                                 [&](const Change &c) { return c.path == path; });
    QStringList all;
    for (const Change &c : d.changes)
        all << c.path + QLatin1Char('=') + severityName(c.severity);
    QVERIFY2(it != d.changes.end(), qPrintable(all.join(QStringLiteral("; "))));
    QCOMPARE(kindName(it->kind), kind);
    QCOMPARE(severityName(it->severity), severity);
    QCOMPARE(d.breaking(), severity == QLatin1String("breaking"));
    QVERIFY(!d.toJson().value(QLatin1String("changes")).toArray().isEmpty());
}

void TestDiff::typeWidening_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("widening");
    QTest::newRow("int long") << "int"
                              << "long" << true;
    QTest::newRow("long int") << "long"
                              << "int" << false;
    QTest::newRow("float double") << "float"
                                  << "double" << true;
    QTest::newRow("double float") << "double"
                                  << "float" << false;
    QTest::newRow("integer number") << "integer"
                                    << "number" << true;
    QTest::newRow("number integer") << "number"
                                    << "integer" << false;
    QTest::newRow("smallint bigint") << "smallint"
                                     << "bigint" << true;
    QTest::newRow("varchar grow") << "varchar(10)"
                                  << "VARCHAR(255)" << true;
    QTest::newRow("varchar shrink") << "varchar(10)"
                                    << "varchar(9)" << false;
    QTest::newRow("varchar text") << "varchar(10)"
                                  << "text" << true;
    QTest::newRow("decimal grow") << "decimal(10,2)"
                                  << "decimal(12,2)" << true;
    QTest::newRow("decimal scale trades digits") << "decimal(10,2)"
                                                 << "decimal(10,4)" << false;
    QTest::newRow("string int") << "string"
                                << "int" << false;
    QTest::newRow("bigint decimal") << "bigint"
                                    << "decimal(18,2)" << false;
}

void TestDiff::typeWidening()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, widening);
    QCOMPARE(isWideningTypeChange(from, to), widening);
}

void TestDiff::productPorts()
{
    const QByteArray p1 =
        "apiVersion: v1.0.0\nkind: DataProduct\nid: p\nversion: 1.0.0\nstatus: active\n"
        "inputPorts:\n  - name: in\n    version: 1.0.0\n    contractId: a\n"
        "outputPorts:\n  - name: out\n    version: 1.0.0\n    contractId: c1\n"
        "  - name: out\n    version: 2.0.0\n    contractId: c2\n";
    QByteArray p2 = p1;
    p2.replace("  - name: out\n    version: 1.0.0\n    contractId: c1\n", "");
    p2.replace("contractId: a\n", "contractId: a\n  - name: in2\n    contractId: b\n");
    const auto a = importBytes(QStringLiteral("a.yaml"), p1).documents.front().document;
    const auto b = importBytes(QStringLiteral("b.yaml"), p2).documents.front().document;
    const DiffResult d = diffProducts(a.product, b.product);
    QVERIFY(d.breaking());
    auto find = [&](const QString &path) {
        return std::find_if(d.changes.begin(), d.changes.end(),
                            [&](const Change &c) { return c.path == path; });
    };
    QVERIFY(find(QStringLiteral("outputPorts.out@1.0.0")) != d.changes.end());
    QCOMPARE(find(QStringLiteral("outputPorts.out@1.0.0"))->severity, Severity::Breaking);
    QVERIFY(find(QStringLiteral("outputPorts.out@2.0.0")) ==
            d.changes.end()); // same name, other version: matched
    QCOMPARE(find(QStringLiteral("inputPorts.in2"))->severity, Severity::Info);
}

void TestDiff::differentIdsRefused()
{
    const auto a = importBytes(QStringLiteral("a.yaml"), kBase).documents.front().document;
    QByteArray other = kBase;
    other.replace("id: orders", "id: payments");
    const auto b = importBytes(QStringLiteral("b.yaml"), other).documents.front().document;
    DiffResult d;
    QString error;
    QVERIFY(!diffDocuments(a, b, d, &error));
    QVERIFY2(error.contains(QLatin1String("two different contracts")), qPrintable(error));
}

void TestDiff::avroCompatibility_data()
{
    QTest::addColumn<QByteArray>("oldSchema");
    QTest::addColumn<QByteArray>("newSchema");
    QTest::addColumn<QString>("level");
    const QByteArray base =
        R"({"type":"record","name":"R","fields":[{"name":"id","type":"int"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B"]}}]})";
    QTest::newRow("identical") << base << base << "FULL";
    QTest::newRow("optional field with default added")
        << base
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"id","type":"int"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B"]}},{"name":"x","type":["null","string"],"default":null}]})")
        << "FULL";
    QTest::newRow("field without default added")
        << base
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"id","type":"int"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B"]}},{"name":"x","type":"string"}]})")
        << "FORWARD";
    QTest::newRow("field removed")
        << base
        << QByteArray(R"({"type":"record","name":"R","fields":[{"name":"id","type":"int"}]})")
        << "BACKWARD";
    QTest::newRow("int promoted to long")
        << base
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"id","type":"long"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B"]}}]})")
        << "BACKWARD";
    QTest::newRow("enum symbol added")
        << base
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"id","type":"int"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B","C"]}}]})")
        << "BACKWARD";
    QTest::newRow("type changed")
        << base
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"id","type":"string"},{"name":"s","type":{"type":"enum","name":"E","symbols":["A","B"]}}]})")
        << "NONE";
}

void TestDiff::avroCompatibility()
{
    QFETCH(QByteArray, oldSchema);
    QFETCH(QByteArray, newSchema);
    QFETCH(QString, level);
    const auto a = importBytes(QStringLiteral("a.avsc"), oldSchema);
    const auto b = importBytes(QStringLiteral("b.avsc"), newSchema);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.firstError() + b.firstError()));
    const AvroCompatibility c =
        governance::avroCompatibility(*a.documents.front().document.contract.avroSchema,
                                      *b.documents.front().document.contract.avroSchema);
    QCOMPARE(c.level(), level);
    QCOMPARE(c.backward, c.backwardProblems.isEmpty());
}

namespace {
QJsonObject apacheCases()
{
    QFile f(QStringLiteral(MESHDESK_TEST_DATA "/avro/apache-avro-compatibility-cases.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the Apache Avro cases");
    return QJsonDocument::fromJson(f.readAll()).object();
}

std::shared_ptr<const avro::Schema> avroSchema(const QJsonValue &v)
{
    const QByteArray text = v.isString()  ? "\"" + v.toString().toUtf8() + "\""
                            : v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                          : QJsonDocument(v.toObject()).toJson();
    std::vector<YamlDocument> docs;
    ParseError err;
    if (!loadYaml(text, docs, err))
        qFatal("schema does not parse: %s", qPrintable(err.message));
    try {
        return avro::Schema::parse(*docs.front().root);
    } catch (const ParseError &e) {
        qFatal("not an Avro schema: %s (%s)", qPrintable(e.message), text.constData());
    }
}
} // namespace

void TestDiff::apacheAvroCases_data()
{
    QTest::addColumn<QJsonValue>("reader");
    QTest::addColumn<QJsonValue>("writer");
    QTest::addColumn<QStringList>("types"); // empty: compatible
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<QStringList>("locations");
    const QJsonObject cases = apacheCases();
    const QJsonObject schemas = cases.value(QLatin1String("schemas")).toObject();
    auto list = [](const QJsonValue &v) {
        QStringList l;
        for (const auto &x : v.toArray())
            l << x.toString();
        return l;
    };
    for (const auto &c : cases.value(QLatin1String("compatible")).toArray()) {
        const QJsonArray pair = c.toArray();
        const QString r = pair[0].toString(), w = pair[1].toString();
        QTest::newRow(qPrintable(QStringLiteral("compatible %1 <- %2").arg(r, w)))
            << schemas.value(r) << schemas.value(w) << QStringList() << QStringList()
            << QStringList();
    }
    for (const auto &c : cases.value(QLatin1String("incompatible")).toArray()) {
        const QJsonObject o = c.toObject();
        const QString r = o.value(QLatin1String("reader")).toString(),
                      w = o.value(QLatin1String("writer")).toString();
        QTest::newRow(qPrintable(QStringLiteral("incompatible %1 <- %2").arg(r, w)))
            << schemas.value(r) << schemas.value(w) << list(o.value(QLatin1String("types")))
            << list(o.value(QLatin1String("messages")))
            << list(o.value(QLatin1String("locations")));
    }
}

void TestDiff::apacheAvroCases()
{
    QFETCH(QJsonValue, reader);
    QFETCH(QJsonValue, writer);
    QFETCH(QStringList, types);
    QFETCH(QStringList, messages);
    QFETCH(QStringList, locations);
    const auto r = avroSchema(reader);
    const auto w = avroSchema(writer);
    const auto found = avroIncompatibilities(r->root(), w->root());
    QStringList gotTypes, gotMessages, gotLocations;
    for (const AvroIncompatibility &i : found) {
        gotTypes << i.typeName();
        gotMessages << i.message;
        gotLocations << i.location;
    }
    QCOMPARE(gotTypes, types);
    QCOMPARE(gotMessages, messages);
    QCOMPARE(gotLocations, locations);
}

void TestDiff::avroNamesAliasesAndRecursion()
{
    auto parse = [](const QByteArray &text) {
        const FileImport r = importBytes(QStringLiteral("s.avsc"), text);
        if (!r.ok())
            qFatal("%s", qPrintable(r.firstError()));
        return r.documents.front().document;
    };
    // a nested record renamed: Avro readers refuse it, the diff calls it breaking
    const auto v1 = parse(R"({"type":"record","name":"R","namespace":"a","fields":[
        {"name":"inner","type":{"type":"record","name":"Inner","fields":[{"name":"x","type":"int"}]}}]})");
    const auto renamed = parse(R"({"type":"record","name":"R","namespace":"a","fields":[
        {"name":"inner","type":{"type":"record","name":"Other","fields":[{"name":"x","type":"int"}]}}]})");
    AvroCompatibility c =
        governance::avroCompatibility(*v1.contract.avroSchema, *renamed.contract.avroSchema);
    QCOMPARE(c.level(), QStringLiteral("NONE"));
    QVERIFY2(c.backwardProblems.join(QLatin1Char(' ')).contains(QLatin1String("inner")),
             qPrintable(c.backwardProblems.join(QLatin1Char(' '))));
    DiffResult d = diffContracts(v1.contract, renamed.contract);
    QVERIFY(d.breaking());
    QCOMPARE(d.changes.front().path, QStringLiteral("schema.R.properties.inner.typeName"));
    // ... unless the new name lists the old as an alias
    const auto aliased = parse(R"({"type":"record","name":"R","namespace":"a","fields":[
        {"name":"inner","type":{"type":"record","name":"Other","aliases":["Inner"],"fields":[{"name":"x","type":"int"}]}}]})");
    c = governance::avroCompatibility(*v1.contract.avroSchema, *aliased.contract.avroSchema);
    QCOMPARE(c.level(), QStringLiteral("BACKWARD")); // the old reader knows no alias
    QVERIFY(!diffContracts(v1.contract, aliased.contract).breaking());
    // a namespace-only change is the same schema
    const auto moved = parse(R"({"type":"record","name":"R","namespace":"b","fields":[
        {"name":"inner","type":{"type":"record","name":"Inner","fields":[{"name":"x","type":"int"}]}}]})");
    QCOMPARE(
        governance::avroCompatibility(*v1.contract.avroSchema, *moved.contract.avroSchema).level(),
        QStringLiteral("FULL"));
    // a renamed field with the old name as an alias: backward compatible, not "removed"
    const auto f1 = parse(R"({"type":"record","name":"R","fields":[{"name":"a","type":"int"}]})");
    const auto f2 = parse(
        R"({"type":"record","name":"R","fields":[{"name":"b","type":"int","aliases":["a"]}]})");
    QCOMPARE(
        governance::avroCompatibility(*f1.contract.avroSchema, *f2.contract.avroSchema).level(),
        QStringLiteral("BACKWARD"));
    d = diffContracts(f1.contract, f2.contract);
    QVERIFY(!d.breaking());
    QCOMPARE(d.changes.front().path, QStringLiteral("schema.R.properties.a"));
    QCOMPARE(d.changes.front().newValue, QStringLiteral("b"));
    QCOMPARE(d.changes.back().path, QStringLiteral("schema.R.properties.b.aliases")); // info
    // an enum default lets the old reader take a new symbol
    const auto e1 = parse(R"({"type":"record","name":"R","fields":[{"name":"s","type":
        {"type":"enum","name":"S","symbols":["A","B","U"],"default":"U"}}]})");
    const auto e2 = parse(R"({"type":"record","name":"R","fields":[{"name":"s","type":
        {"type":"enum","name":"S","symbols":["A","B","C","U"],"default":"U"}}]})");
    QCOMPARE(
        governance::avroCompatibility(*e1.contract.avroSchema, *e2.contract.avroSchema).level(),
        QStringLiteral("FULL"));
    // decimals match only with equal precision and scale
    const auto d1 = parse(R"({"type":"record","name":"R","fields":[{"name":"p","type":
        {"type":"bytes","logicalType":"decimal","precision":10,"scale":2}}]})");
    const auto d2 = parse(R"({"type":"record","name":"R","fields":[{"name":"p","type":
        {"type":"bytes","logicalType":"decimal","precision":12,"scale":2}}]})");
    QCOMPARE(
        governance::avroCompatibility(*d1.contract.avroSchema, *d2.contract.avroSchema).level(),
        QStringLiteral("NONE"));
    // recursive types: checked once per pair, diffed without expanding forever
    const auto l1 = parse(R"({"type":"record","name":"Node","fields":[{"name":"v","type":"int"},
        {"name":"children","type":{"type":"array","items":"Node"}}]})");
    const auto l2 = parse(R"({"type":"record","name":"Node","fields":[{"name":"v","type":"long"},
        {"name":"children","type":{"type":"array","items":"Node"}}]})");
    QCOMPARE(
        governance::avroCompatibility(*l1.contract.avroSchema, *l2.contract.avroSchema).level(),
        QStringLiteral("BACKWARD"));
    d = diffContracts(l1.contract, l2.contract);
    QStringList paths;
    for (const Change &ch : d.changes)
        paths << ch.path + QLatin1Char(' ') + ch.oldValue + QStringLiteral("->") + ch.newValue;
    QVERIFY2(d.changes.size() == 1, qPrintable(paths.join(QStringLiteral("; "))));
    QCOMPARE(d.changes.front().path, QStringLiteral("schema.Node.properties.v.physicalType"));
}

void TestDiff::avroUnionBranchLogicalTypes()
{
    // a union branch's logical type is kept (Apache Avro's union_and_fixed_fields.avsc has
    // ["string", {"type": "long", "logicalType": "timestamp-millis"}]) and its change is seen
    auto parse = [](const QByteArray &branch) {
        const FileImport r =
            importBytes(QStringLiteral("u.avsc"),
                        R"({"type":"record","name":"R","fields":[{"name":"l","type":["string",)" +
                            branch + "]}]}");
        if (!r.ok())
            qFatal("%s", qPrintable(r.firstError()));
        return r.documents.front().document;
    };
    const auto millis = parse(R"({"type":"long","logicalType":"timestamp-millis"})");
    const auto micros = parse(R"({"type":"long","logicalType":"timestamp-micros"})");
    const auto plain = parse(R"("long")");
    const Field &l = millis.contract.objects.front().fields.front();
    QCOMPARE(l.physicalType, QStringLiteral("union<string,long/timestamp-millis>"));
    for (const auto *other : {&micros, &plain}) {
        const DiffResult d = diffContracts(millis.contract, other->contract);
        QCOMPARE(d.changes.size(), size_t(1));
        QCOMPARE(d.changes.front().path, QStringLiteral("schema.R.properties.l.physicalType"));
    }
    // the same union is no change
    QVERIFY(diffContracts(millis.contract,
                          parse(R"({"type":"long","logicalType":"timestamp-millis"})").contract)
                .changes.empty());
}

void TestDiff::newConstraints_data()
{
    QTest::addColumn<QByteArray>("oldProp");
    QTest::addColumn<QByteArray>("newProp");
    QTest::addColumn<QString>("path"); // under schema.t.properties.f
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("severity");
    auto row = [](const char *name, const QByteArray &o, const QByteArray &n, const char *path,
                  const char *kind, const char *sev) {
        QTest::newRow(name) << o << n << QString::fromLatin1(path) << QString::fromLatin1(kind)
                            << QString::fromLatin1(sev);
    };
    const char *arr = "logicalType: array\n        items: {logicalType: string}\n";
    const QByteArray a = QByteArray(arr);
    auto arrOpts = [&](const char *opts) {
        return QByteArray(arr) + "        logicalTypeOptions: {" + opts + "}\n";
    };
    auto k = [](const QByteArray &b) { return b; };
    row("minItems added", k(a), k(arrOpts("minItems: 1")), ".minItems", "added", "breaking");
    row("minItems narrowed", k(arrOpts("minItems: 1")), k(arrOpts("minItems: 2")), ".minItems",
        "changed", "breaking");
    row("maxItems narrowed", k(arrOpts("maxItems: 10")), k(arrOpts("maxItems: 5")), ".maxItems",
        "changed", "breaking");
    row("maxItems widened", k(arrOpts("maxItems: 10")), k(arrOpts("maxItems: 50")), ".maxItems",
        "changed", "non-breaking");
    row("uniqueItems added", k(a), k(arrOpts("uniqueItems: true")), ".uniqueItems", "changed",
        "breaking");
    row("uniqueItems removed", k(arrOpts("uniqueItems: true")), k(a), ".uniqueItems", "changed",
        "non-breaking");
    const char *obj = "logicalType: object\n        properties: [{name: x, logicalType: string}]\n";
    auto objOpts = [&](const char *opts) {
        return QByteArray(obj) + "        logicalTypeOptions: {" + opts + "}\n";
    };
    row("maxProperties narrowed", k(objOpts("maxProperties: 5")), k(objOpts("maxProperties: 3")),
        ".maxProperties", "changed", "breaking");
    row("minProperties removed", k(objOpts("minProperties: 1")), k(QByteArray(obj)),
        ".minProperties", "removed", "non-breaking");
    row("object required list grows", k(objOpts("required: [x]")), k(objOpts("required: [x, y]")),
        ".requiredProperties", "added", "breaking");
    row("object required list shrinks", k(objOpts("required: [x]")), k(objOpts("required: []")),
        ".requiredProperties", "removed", "non-breaking");
    const char *num = "logicalType: number\n";
    auto numOpts = [&](const char *opts) {
        return QByteArray(num) + "        logicalTypeOptions: {" + opts + "}\n";
    };
    row("multipleOf added", num, k(numOpts("multipleOf: 5")), ".multipleOf", "added", "breaking");
    row("multipleOf narrowed", k(numOpts("multipleOf: 0.01")), k(numOpts("multipleOf: 0.05")),
        ".multipleOf", "changed", "breaking");
    row("multipleOf widened", k(numOpts("multipleOf: 10")), k(numOpts("multipleOf: 5")),
        ".multipleOf", "changed", "non-breaking");
    row("inclusive bound becomes exclusive (ODCS 3.0 exclusiveMaximum: true)",
        k(numOpts("maximum: 100")), k(numOpts("maximum: 100, exclusiveMaximum: true")),
        ".exclusiveMaximum", "added", "breaking");
    row("exclusive bound written as a number", k(numOpts("maximum: 100, exclusiveMaximum: true")),
        k(numOpts("exclusiveMaximum: 100")), ".exclusiveMaximum", "", "");
    row("exclusive bound relaxed to inclusive", k(numOpts("exclusiveMinimum: 0")),
        k(numOpts("minimum: 0")), ".minimum", "added", "non-breaking");
    const char *date = "logicalType: date\n";
    auto dateOpts = [&](const char *opts) {
        return QByteArray(date) + "        logicalTypeOptions: {" + opts + "}\n";
    };
    row("date bound narrowed", k(dateOpts("minimum: '2020-01-01'")),
        k(dateOpts("minimum: '2021-01-01'")), ".minimum", "changed", "breaking");
    row("date bound widened", k(dateOpts("maximum: '2021-01-01'")),
        k(dateOpts("maximum: '2030-01-01'")), ".maximum", "changed", "non-breaking");
    row("date bound added", date, k(dateOpts("exclusiveMaximum: '2030-01-01'")),
        ".exclusiveMaximum", "added", "breaking");
    const char *ts = "logicalType: timestamp\n";
    auto tsOpts = [&](const char *opts) {
        return QByteArray(ts) + "        logicalTypeOptions: {" + opts + "}\n";
    };
    row("timestamp bound narrowed (space separator)", k(tsOpts("maximum: '2021-01-01 00:00:00'")),
        k(tsOpts("maximum: '2020-06-01 00:00:00'")), ".maximum", "changed", "breaking");
    row("time zone now included", ts, k(tsOpts("timezone: true")), ".timezone", "changed",
        "breaking");
    row("default time zone changed", k(tsOpts("defaultTimezone: Etc/UTC")),
        k(tsOpts("defaultTimezone: Europe/Berlin")), ".defaultTimezone", "changed", "breaking");
    row("default time zone spelled out", ts, k(tsOpts("defaultTimezone: Etc/UTC")),
        ".defaultTimezone", "added", "info");
    const char *str = "logicalType: string\n";
    row("encrypted name changed", k(QByteArray(str) + "        encryptedName: f_enc\n"),
        k(QByteArray(str) + "        encryptedName: f_enc2\n"), ".encryptedName", "changed",
        "breaking");
    row("relationship removed", k(QByteArray(str) + "        relationships: [{to: other.id}]\n"),
        str, ".relationships.->other.id", "removed", "breaking");
    row("relationship added", str, k(QByteArray(str) + "        relationships: [{to: other.id}]\n"),
        ".relationships.->other.id", "added", "non-breaking");
    row("extension key changed", k(QByteArray(str) + "        x-owner: a\n"),
        k(QByteArray(str) + "        x-owner: b\n"), ".extensions.x-owner", "changed", "info");
    row("enum label changed (3.2 object form)",
        k(QByteArray(str) + "        enum: [{value: a, label: A}]\n"),
        k(QByteArray(str) + "        enum: [{value: a, label: Alpha}]\n"), ".enumDetails.a",
        "changed", "info");
    row("enum value removed (3.2 object form)",
        k(QByteArray(str) + "        enum: [{value: a}, {value: b}]\n"),
        k(QByteArray(str) + "        enum: [{value: a}]\n"), ".enum", "removed", "breaking");
    row("map value type narrowed",
        k("logicalType: map\n        map: {key: {logicalType: string}, value: {logicalType: "
          "number}}\n"),
        k("logicalType: map\n        map: {key: {logicalType: string}, value: {logicalType: "
          "integer}}\n"),
        ".items.logicalType", "changed", "breaking");
    row("semantic type changed", k(QByteArray(str) + "        semanticType: dimension\n"),
        k(QByteArray(str) + "        semanticType: measure\n"), ".semanticType", "changed", "info");
    row("deprecated", str, k(QByteArray(str) + "        deprecated: true\n"), ".deprecated",
        "changed", "info");
}

void TestDiff::newConstraints()
{
    QFETCH(QByteArray, oldProp);
    QFETCH(QByteArray, newProp);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QString, severity);
    auto doc = [](const QByteArray &prop) {
        return "apiVersion: v3.2.0\nkind: DataContract\nid: c\nschema:\n  - name: t\n"
               "    properties:\n      - name: f\n        " +
               prop;
    };
    const DiffResult d = diffContracts(parse(doc(oldProp)), parse(doc(newProp)));
    QStringList all;
    for (const Change &c : d.changes)
        all << c.path + QLatin1Char('=') + severityName(c.severity) + QLatin1Char('/') + c.rule;
    const QString full = QStringLiteral("schema.t.properties.f") + path;
    if (kind.isEmpty()) { // the same meaning: no breaking or non-breaking change
        QVERIFY2(d.count(Severity::Breaking) == 0 && d.count(Severity::NonBreaking) == 0,
                 qPrintable(all.join(QStringLiteral("; "))));
        return;
    }
    const auto it = std::find_if(d.changes.begin(), d.changes.end(),
                                 [&](const Change &c) { return c.path == full; });
    QVERIFY2(it != d.changes.end(), qPrintable(all.join(QStringLiteral("; "))));
    QCOMPARE(kindName(it->kind), kind);
    QCOMPARE(severityName(it->severity), severity);
    QCOMPARE(d.breaking(), severity == QLatin1String("breaking"));
    // and the reverse change is never silent
    QVERIFY(!diffContracts(parse(doc(newProp)), parse(doc(oldProp))).changes.empty());
}

void TestDiff::listsInsideObjectsByKey()
{
    const QByteArray base = R"(apiVersion: v3.1.0
kind: DataContract
id: c
servers:
  - server: prod
    type: postgres
    roles:
      - role: reader
        access: read
      - role: writer
        access: write
price:
  priceAmount: 9.95
  priceCurrency: USD
  priceUnit: megabyte
schema:
  - name: t
    quality:
      - name: rows
        metric: rowCount
        mustBeGreaterThan: 10
      - metric: nullValues
        column: a
        mustBe: 0
    properties:
      - name: a
        logicalType: string
)";
    QByteArray reordered = base;
    reordered.replace("      - role: reader\n        access: read\n      - role: writer\n        "
                      "access: write\n",
                      "      - role: writer\n        access: write\n      - role: reader\n     "
                      "   access: read\n");
    reordered.replace("      - name: rows\n        metric: rowCount\n        mustBeGreaterThan: "
                      "10\n      - metric: nullValues\n        column: a\n        mustBe: 0\n",
                      "      - metric: nullValues\n        column: a\n        mustBe: 0\n      - "
                      "name: rows\n        metric: rowCount\n        mustBeGreaterThan: 10\n");
    QVERIFY(reordered != base);
    QVERIFY(diffContracts(parse(base), parse(reordered)).changes.empty());
    QByteArray changed = base;
    changed.replace("access: write", "access: read");
    changed.replace("mustBeGreaterThan: 10", "mustBeGreaterThan: 100");
    changed.replace("priceAmount: 9.95", "priceAmount: 12");
    changed.replace("      - metric: nullValues\n        column: a\n        mustBe: 0\n", "");
    changed += "x-cost-center: 4711\n";
    const DiffResult d = diffContracts(parse(base), parse(changed));
    QStringList paths;
    for (const Change &c : d.changes)
        paths << c.path;
    paths.sort();
    QCOMPARE(paths, (QStringList{QStringLiteral("extensions.x-cost-center"),
                                 QStringLiteral("price.priceAmount"),
                                 QStringLiteral("schema.t.quality.nullValues@a"),
                                 QStringLiteral("schema.t.quality.rows"),
                                 QStringLiteral("servers.prod.roles.writer")}));
}

void TestDiff::decimalsAndDcsKeys()
{
    auto dcs = [](const char *field) {
        return parse(QByteArray("dataContractSpecification: 1.2.1\nid: d\ninfo: {title: t, "
                                "version: 1.0.0}\nmodels:\n  m:\n    fields:\n      f:\n") +
                     field);
    };
    const Contract base = dcs("        type: decimal\n        precision: 10\n        scale: 2\n");
    auto check = [&](const char *field, const char *path, Severity sev) {
        const DiffResult d = diffContracts(base, dcs(field));
        const auto it = std::find_if(d.changes.begin(), d.changes.end(), [&](const Change &c) {
            return c.path == QLatin1String(path);
        });
        QStringList all;
        for (const Change &c : d.changes)
            all << c.path + QLatin1Char('=') + severityName(c.severity);
        if (it == d.changes.end())
            qWarning("%s", qPrintable(all.join(QStringLiteral("; "))));
        return it != d.changes.end() && it->severity == sev;
    };
    QVERIFY(check("        type: decimal\n        precision: 8\n        scale: 2\n",
                  "schema.m.properties.f.precision", Severity::Breaking));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 1\n",
                  "schema.m.properties.f.scale", Severity::Breaking));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 4\n",
                  "schema.m.properties.f.scale", Severity::Breaking)); // integer digits shrink
    QVERIFY(check("        type: decimal\n        precision: 14\n        scale: 4\n",
                  "schema.m.properties.f.precision", Severity::NonBreaking));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 2\n        "
                  "references: other.id\n",
                  "schema.m.properties.f.relationships.->other.id", Severity::NonBreaking));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 2\n        "
                  "config: {bigqueryType: NUMERIC}\n",
                  "schema.m.properties.f.config.bigqueryType", Severity::Info));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 2\n        "
                  "custom-key: some value\n",
                  "schema.m.properties.f.extensions.custom-key", Severity::Info));
    QVERIFY(check("        type: decimal\n        precision: 10\n        scale: 2\n        "
                  "lineage: {inputFields: [{name: src, field: amount}]}\n",
                  "schema.m.properties.f.lineage.inputFields", Severity::Info));
}

void TestDiff::policies()
{
    const auto cur = importBytes(QStringLiteral("a.yaml"), kBase).documents.front().document;
    // breaking change without a major bump; an unclassified e-mail field without description
    QByteArray t = edit("      - name: note\n        logicalType: string\n        physicalType: "
                        "text\n        description: Free text\n",
                        "      - name: customer_email\n        logicalType: string\n");
    t.replace("version: 1.0.0", "version: 1.1.0");
    const auto prop = importBytes(QStringLiteral("b.yaml"), t).documents.front().document;
    DiffResult d;
    QVERIFY(diffDocuments(cur, prop, d, nullptr));
    PolicyContext ctx{&cur, &prop, &d, {}};
    const auto results = runPolicies(ctx, allPolicyIds());
    QCOMPARE(results.size(), allPolicyIds().size());
    auto result = [&](const char *id) {
        return *std::find_if(results.begin(), results.end(), [&](const PolicyResult &r) {
            return r.policyId == QLatin1String(id);
        });
    };
    QVERIFY(!result("major-version-for-breaking").passed);
    QVERIFY(!result("field-descriptions").passed);
    QCOMPARE(result("field-descriptions").findings.front().path,
             QStringLiteral("schema.orders.properties.customer_email"));
    QVERIFY(!result("pii-classified").passed);
    QVERIFY(result("status-lifecycle").passed);
    QVERIFY(result("product-has-owner").passed); // not a product
    // with a major bump it passes; a disabled policy does not run
    t.replace("version: 1.1.0", "version: 2.0.0");
    const auto major = importBytes(QStringLiteral("c.yaml"), t).documents.front().document;
    DiffResult d2;
    QVERIFY(diffDocuments(cur, major, d2, nullptr));
    PolicyContext ctx2{&cur, &major, &d2, {}};
    QVERIFY(runPolicies(ctx2, {QStringLiteral("major-version-for-breaking")}).front().passed);
    QCOMPARE(runPolicies(ctx2, {QStringLiteral("field-descriptions")}).size(), 1);
    // products: owner and output port contracts
    const auto product =
        importBytes(QStringLiteral("p.yaml"),
                    "apiVersion: v1.0.0\nkind: DataProduct\nid: p\nstatus: active\noutputPorts:\n  "
                    "- name: a\n  - name: b\n    contractId: missing\n")
            .documents.front()
            .document;
    PolicyContext pc{nullptr, &product, nullptr, {QStringLiteral("known")}};
    const auto pr = runPolicies(pc, allPolicyIds());
    auto presult = [&](const char *id) {
        return *std::find_if(pr.begin(), pr.end(), [&](const PolicyResult &r) {
            return r.policyId == QLatin1String(id);
        });
    };
    QVERIFY(!presult("product-has-owner").passed);
    QCOMPARE(presult("output-ports-have-contracts").findings.size(), 2);
    QVERIFY(looksPersonal(QStringLiteral("customer_email")));
    QVERIFY(looksPersonal(QStringLiteral("birth_date")));
    QVERIFY(looksPersonal(QStringLiteral("full_name")));
    QVERIFY(looksPersonal(QStringLiteral("phone")));
    QVERIFY(!looksPersonal(QStringLiteral("product_name")));
    QVERIFY(!looksPersonal(QStringLiteral("order_total")));
}

void TestDiff::lifecycle_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("ok");
    QTest::newRow("draft->active") << "draft"
                                   << "active" << true;
    QTest::newRow("active->deprecated") << "active"
                                        << "deprecated" << true;
    QTest::newRow("active->retired") << "active"
                                     << "retired" << true;
    QTest::newRow("same") << "active"
                          << "active" << true;
    QTest::newRow("active->draft") << "active"
                                   << "draft" << false;
    QTest::newRow("proposed->active") << "proposed"
                                      << "active" << false;
    QTest::newRow("deprecated->active") << "deprecated"
                                        << "active" << false;
    QTest::newRow("unknown") << "active"
                             << "shiny" << false;
}

void TestDiff::lifecycle()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, ok);
    QByteArray a = kBase, b = kBase;
    a.replace("status: active", "status: " + from.toUtf8());
    b.replace("status: active", "status: " + to.toUtf8());
    const auto cur = importBytes(QStringLiteral("a.yaml"), a).documents.front().document;
    const auto prop = importBytes(QStringLiteral("b.yaml"), b).documents.front().document;
    PolicyContext ctx{&cur, &prop, nullptr, {}};
    QCOMPARE(runPolicies(ctx, {QStringLiteral("status-lifecycle")}).front().passed, ok);
}

void TestDiff::sideBySide_data()
{
    QTest::addColumn<QString>("oldValue");
    QTest::addColumn<QString>("newValue");
    QTest::addColumn<bool>("byLine");
    QTest::addColumn<QStringList>("oldChanged"); // the pieces marked, trimmed
    QTest::addColumn<QStringList>("newChanged");
    QTest::newRow("one word of a sentence") << "Orders as placed at the checkout"
                                            << "Orders as paid at the checkout" << false
                                            << QStringList{"placed"} << QStringList{"paid"};
    QTest::newRow("scalar") << "string"
                            << "integer" << false << QStringList{"string"}
                            << QStringList{"integer"};
    QTest::newRow("added") << ""
                           << "x" << false << QStringList{} << QStringList{"x"};
    // compact JSON objects are pretty-printed: only the changed key's line is marked
    QTest::newRow("json object") << R"({"property":"latency","value":4,"unit":"d"})"
                                 << R"({"property":"latency","value":2,"unit":"d"})" << true
                                 << QStringList{"\"value\": 4"} << QStringList{"\"value\": 2"};
    QTest::newRow("json array grows")
        << R"(["a","b"])"
        << R"(["a","b","c"])" << true << QStringList{"\"b\""} << QStringList{"\"b\",", "\"c\""};
}

void TestDiff::sideBySide()
{
    QFETCH(QString, oldValue);
    QFETCH(QString, newValue);
    QFETCH(bool, byLine);
    QFETCH(QStringList, oldChanged);
    QFETCH(QStringList, newChanged);
    const SideBySide s = compareValues(oldValue, newValue);
    QCOMPARE(s.byLine, byLine);
    auto marked = [](const QStringList &parts, const QList<bool> &changed) {
        QStringList out;
        for (qsizetype i = 0; i < parts.size(); ++i)
            if (changed.value(i))
                out << parts[i].trimmed();
        return out;
    };
    QCOMPARE(marked(s.oldParts, s.oldChanged), oldChanged);
    QCOMPARE(marked(s.newParts, s.newChanged), newChanged);
    // the pieces give the (pretty) values back
    const QString sep = byLine ? QStringLiteral("\n") : QString();
    QCOMPARE(s.oldParts.join(sep), prettyValue(oldValue));
    QCOMPARE(s.newParts.join(sep), prettyValue(newValue));
    if (byLine)
        QVERIFY(prettyValue(newValue).contains(QLatin1Char('\n')));
}

QTEST_GUILESS_MAIN(TestDiff)
#include "tst_diff.moc"
