// The semantic diff rules, one row each, plus natural-key matching and the Avro compatibility.
#include "formats/DocumentImporter.h"
#include "governance/AvroCompatibility.h"
#include "governance/Diff.h"
#include "governance/Policies.h"
#include "governance/TextDiff.h"

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
        governance::avroCompatibility(a.documents.front().document.contract.objects.front(),
                                      b.documents.front().document.contract.objects.front());
    QCOMPARE(c.level(), level);
    QCOMPARE(c.backward, c.backwardProblems.isEmpty());
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
