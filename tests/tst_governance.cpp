// Governance in the store and on the command line: roles, four-eyes decisions, immutability,
// two processes deciding at once, the hash-chained audit log, downstream impact, evidence.
#include "governance/Review.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

namespace {
QByteArray contract(const char *version, const char *extra = "")
{
    return QByteArray(
               "apiVersion: v3.1.0\nkind: DataContract\nid: orders-v1\nname: Orders\nversion: ") +
           version +
           "\ndomain: checkout\nstatus: active\nschema:\n  - name: orders\n    properties:\n"
           "      - name: id\n        logicalType: string\n        description: Id\n" +
           extra;
}
const char *kEmail = "      - name: email\n        logicalType: string\n        classification: "
                     "pii\n        description: E-mail\n";

QByteArray product(const char *id, const char *domain, const char *in, const char *out)
{
    return QByteArray("apiVersion: v1.0.0\nkind: DataProduct\nid: ") + id + "\nname: " + id +
           "\ndomain: " + domain + "\nstatus: active\nteam:\n  name: team-" + id +
           "\ninputPorts:\n  - name: in\n    contractId: " + in +
           "\noutputPorts:\n  - name: out\n    contractId: " + out + "\n";
}

struct Run
{
    int code;
    QByteArray out, err;
};

Run runMeshdesk(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MESHDESK_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstAdminAndRoles();
    void decisionRules();
    void approveMakesCurrent();
    void rejectKeepsOld();
    void concurrentDecisions();
    void auditChain();
    void impactAndReview();
    void diffCommand();
    void evidencePack();

private:
    void seed(CatalogStore &s);
    QTemporaryDir m_dir;
    QString m_db;
};

void TestGovernance::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("gov%1.sqlite").arg(++n));
}

void TestGovernance::seed(CatalogStore &s)
{
    StoreOptions o;
    o.user = QStringLiteral("alice");
    QVERIFY(s.open(m_db, o));
    QVERIFY(s.store(importBytes(QStringLiteral("v1.yaml"), contract("1.0.0", kEmail)),
                    QStringLiteral("alice"))
                .ok);
    const StoreResult r =
        s.store(importBytes(QStringLiteral("v2.yaml"), contract("2.0.0")), QStringLiteral("bob"));
    QCOMPARE(r.documents.front().outcome, StoredDocument::Outcome::PendingChange);
    QVERIFY(s.grantRole(QStringLiteral("alice"), QStringLiteral("carol"),
                        QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    QVERIFY(s.grantRole(QStringLiteral("alice"), QStringLiteral("bob"),
                        QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    QVERIFY(s.grantRole(QStringLiteral("alice"), QStringLiteral("dave"),
                        QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
}

void TestGovernance::firstAdminAndRoles()
{
    CatalogStore s;
    StoreOptions o;
    o.user = QStringLiteral("alice");
    QVERIFY(s.open(m_db, o));
    QVERIFY(s.hasRole(QStringLiteral("alice"), QStringLiteral("admin"), {}));
    // a later user opening it is not an admin
    CatalogStore later;
    StoreOptions lo;
    lo.user = QStringLiteral("mallory");
    QVERIFY(later.open(m_db, lo));
    QVERIFY(!later.hasRole(QStringLiteral("mallory"), QStringLiteral("admin"), {}));
    OperationResult r = later.grantRole(QStringLiteral("mallory"), QStringLiteral("mallory"),
                                        QStringLiteral("admin"), {});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("not an admin")));
    QVERIFY(!s.grantRole(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("emperor"),
                         QStringLiteral("d"))
                 .ok);
    QVERIFY(!s.grantRole(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"), {})
                 .ok); // needs a domain
    QVERIFY(s.grantRole(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                        QStringLiteral("d"))
                .ok);
    QVERIFY(!s.grantRole(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                         QStringLiteral("d"))
                 .ok); // already
    QVERIFY(s.hasRole(QStringLiteral("x"), QStringLiteral("owner"), QStringLiteral("d")));
    QVERIFY(s.revokeRole(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                         QStringLiteral("d"))
                .ok);
    QVERIFY(!s.hasRole(QStringLiteral("x"), QStringLiteral("owner"), QStringLiteral("d")));
    QVERIFY(
        !s.revokeRole(QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("admin"), {})
             .ok); // last admin
}

void TestGovernance::decisionRules()
{
    CatalogStore s;
    seed(s);
    OperationResult r = s.decide(99, QStringLiteral("carol"), true, {});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("no change #99")));
    r = s.decide(1, QStringLiteral("erin"), true, {});
    QVERIFY(r.error.contains(QLatin1String("not a governance owner")));
    r = s.decide(1, QStringLiteral("bob"), true, {});
    QVERIFY(r.error.contains(QLatin1String("four-eyes")));
    r = s.decide(1, QStringLiteral("carol"), false, QStringLiteral("  "));
    QVERIFY(r.error.contains(QLatin1String("needs a comment")));
    QCOMPARE(s.change(1)->status, QStringLiteral("pending"));
    QVERIFY(s.decide(1, QStringLiteral("carol"), true, QStringLiteral("fine")).ok);
    r = s.decide(1, QStringLiteral("dave"), false, QStringLiteral("too late"));
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("already approved by carol")));
    // and the database itself refuses to change a decided row
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    QVERIFY(sqlite3_exec(db, "UPDATE changes SET status = 'rejected' WHERE id = 1", nullptr,
                         nullptr, nullptr) != SQLITE_OK);
    sqlite3_close(db);
}

void TestGovernance::approveMakesCurrent()
{
    CatalogStore s;
    seed(s);
    QVERIFY(!s.search(QStringLiteral("email")).isEmpty());
    QVERIFY(s.decide(1, QStringLiteral("carol"), true, {}).ok);
    const auto cur = s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QCOMPARE(cur->version, QStringLiteral("2.0.0"));
    QCOMPARE(cur->state, QStringLiteral("approved"));
    QCOMPARE(s.history(QStringLiteral("contract"), QStringLiteral("orders-v1")).size(),
             2);                                          // old kept
    QVERIFY(s.search(QStringLiteral("email")).isEmpty()); // the index follows the current version
    QVERIFY(!s.search(QStringLiteral("Orders")).isEmpty());
    QCOMPARE(s.change(1)->decidedBy, QStringLiteral("carol"));
}

void TestGovernance::rejectKeepsOld()
{
    CatalogStore s;
    seed(s);
    QVERIFY(s.decide(1, QStringLiteral("carol"), false,
                     QStringLiteral("removes a PII column consumers need"))
                .ok);
    const auto cur = s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QCOMPARE(cur->version, QStringLiteral("1.0.0"));
    const auto history = s.history(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].state, QStringLiteral("rejected"));
    QCOMPARE(history[1].source, contract("2.0.0")); // the proposal stays stored
    QCOMPARE(s.change(1)->comment, QStringLiteral("removes a PII column consumers need"));
}

void TestGovernance::concurrentDecisions()
{
    {
        CatalogStore s;
        seed(s);
    }
    // Two processes decide the same change at the same moment: exactly one wins.
    QProcess a, b;
    a.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("1"),
             QStringLiteral("--db"), m_db, QStringLiteral("--as"), QStringLiteral("carol")});
    b.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("review"), QStringLiteral("reject"), QStringLiteral("1"),
             QStringLiteral("--db"), m_db, QStringLiteral("--as"), QStringLiteral("dave"),
             QStringLiteral("--comment"), QStringLiteral("no")});
    QVERIFY(a.waitForFinished(30000) && b.waitForFinished(30000));
    QCOMPARE(a.exitCode() + b.exitCode(), 1); // one 0, one 1
    const QByteArray loserErr = a.exitCode() ? a.readAllStandardError() : b.readAllStandardError();
    QVERIFY2(loserErr.contains("already"), loserErr.constData());
    CatalogStore s;
    QVERIFY(s.open(m_db));
    const auto c = s.change(1);
    QVERIFY(c->status == QLatin1String(a.exitCode() == 0 ? "approved" : "rejected"));
    QVERIFY(s.verifyAudit().intact);
}

void TestGovernance::auditChain()
{
    CatalogStore s;
    seed(s);
    QVERIFY(s.decide(1, QStringLiteral("carol"), true, {}).ok);
    const auto rows = s.auditLog();
    QStringList actions;
    for (const AuditRow &r : rows)
        actions << r.action;
    QCOMPARE(actions, (QStringList{QStringLiteral("create"), QStringLiteral("import"),
                                   QStringLiteral("propose"), QStringLiteral("grant"),
                                   QStringLiteral("grant"), QStringLiteral("grant"),
                                   QStringLiteral("approve")}));
    QVERIFY(s.verifyAudit().intact);
    QCOMPARE(s.verifyAudit().rows, 7);
    // the log refuses edits through SQL...
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    QVERIFY(sqlite3_exec(db, "UPDATE audit SET actor = 'mallory' WHERE id = 3", nullptr, nullptr,
                         nullptr) != SQLITE_OK);
    // ...and a tamperer who drops the trigger is still caught by the hash chain
    QCOMPARE(sqlite3_exec(
                 db,
                 "DROP TRIGGER audit_append_only; UPDATE audit SET actor = 'mallory' WHERE id = 3",
                 nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    AuditVerification v = s.verifyAudit();
    QVERIFY(!v.intact);
    QCOMPARE(v.firstBrokenId, 3);
    const Run r = runMeshdesk(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("BROKEN at row #3"), r.out.constData());
}

void TestGovernance::impactAndReview()
{
    CatalogStore s;
    seed(s);
    // orders-v1 -> shipments -> delivery -> kpis; an unrelated product elsewhere
    for (const QByteArray &p : {product("orders", "checkout", "db", "orders-v1"),
                                product("shipments", "fulfillment", "orders-v1", "shipments-v1"),
                                product("delivery", "fulfillment", "shipments-v1", "delivery-v1"),
                                product("kpis", "finance", "delivery-v1", "kpis-v1"),
                                product("other", "finance", "x", "y")})
        QVERIFY(s.store(importBytes(QStringLiteral("p.yaml"), p), QStringLiteral("alice")).ok);
    const auto consumers = s.downstreamConsumers({QStringLiteral("orders-v1")});
    QCOMPARE(consumers.size(), 3);
    QCOMPARE(consumers[0].productId, QStringLiteral("shipments"));
    QCOMPARE(consumers[0].depth, 1);
    QCOMPARE(consumers[0].owner, QStringLiteral("team-shipments"));
    QCOMPARE(consumers[2].productId, QStringLiteral("kpis"));
    QCOMPARE(consumers[2].depth, 3);
    const governance::Review r = governance::buildReview(s, 1);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.diff.breaking()); // email removed
    QCOMPARE(r.impact.size(), 3);
    QVERIFY(r.toJson().value(QLatin1String("breaking")).toBool());
    QVERIFY(r.toMarkdown().contains(QLatin1String("schema.orders.properties.email")));
    QVERIFY(!governance::buildReview(s, 42).ok());
}

void TestGovernance::diffCommand()
{
    const QString a = m_dir.filePath(QStringLiteral("a.yaml")),
                  b = m_dir.filePath(QStringLiteral("b.yaml")),
                  c = m_dir.filePath(QStringLiteral("c.yaml")),
                  other = m_dir.filePath(QStringLiteral("o.yaml"));
    for (const auto &[path, text] :
         {std::pair{a, contract("1.0.0", kEmail)}, std::pair{b, contract("2.0.0")},
          std::pair{c, contract("1.1.0", QByteArray(kEmail)
                                             .append("      - name: extra\n        logicalType: "
                                                     "string\n        description: x\n")
                                             .constData())},
          std::pair{other, QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: other\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    Run r = runMeshdesk({QStringLiteral("diff"), a, b, QStringLiteral("--json")});
    QCOMPARE(r.code, 1); // breaking
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QVERIFY(j.value(QLatin1String("breaking")).toBool());
    const QJsonObject first = j.value(QLatin1String("changes")).toArray().first().toObject();
    for (const char *k : {"path", "kind", "old", "new", "severity"})
        QVERIFY(first.contains(QLatin1String(k)));
    QCOMPARE(first.value(QLatin1String("path")).toString(),
             QStringLiteral("schema.orders.properties.email"));
    r = runMeshdesk({QStringLiteral("diff"), a, c});
    QCOMPARE(r.code, 0); // only an optional field added
    QVERIFY(r.out.contains("optional field added"));
    r = runMeshdesk({QStringLiteral("diff"), a, other});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("two different contracts"));
    r = runMeshdesk({QStringLiteral("diff"), a, m_dir.filePath(QStringLiteral("missing.yaml"))});
    QCOMPARE(r.code, 2);
    // Avro: compatibility in Schema Registry terms
    const QString avro1 =
        QStringLiteral(MESHDESK_TEST_DATA "/fixtures/schemas/avro/multi_union.avsc");
    r = runMeshdesk({QStringLiteral("diff"), avro1, avro1, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value(QLatin1String("compatibility"))
                 .toObject()
                 .value(QLatin1String("level"))
                 .toString(),
             QStringLiteral("FULL"));
    // A recursive Avro type (Node holds an array of Node) diffs; it was refused (exit 2).
    const QString interop =
        QStringLiteral(MESHDESK_TEST_DATA "/fixtures/schemas/avro/interop.avsc");
    QFile src(interop);
    QVERIFY(src.open(QIODevice::ReadOnly));
    const QString interop2 = m_dir.filePath(QStringLiteral("interop2.avsc"));
    QFile dst(interop2);
    QVERIFY(dst.open(QIODevice::WriteOnly));
    dst.write(src.readAll().replace(R"({"name": "label", "type": "string"},
            {"name": "children")",
                                    R"({"name": "label", "type": "string"},
            {"name": "weight", "type": "int", "default": 0},
            {"name": "children")"));
    dst.close();
    r = runMeshdesk({QStringLiteral("diff"), interop, interop2, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject rec = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(rec.value(QLatin1String("changes")).toArray().size(), 1);
    QCOMPARE(rec.value(QLatin1String("changes"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("path"))
                 .toString(),
             QStringLiteral("schema.Interop.properties.recordField.properties.weight"));
    QCOMPARE(rec.value(QLatin1String("compatibility"))
                 .toObject()
                 .value(QLatin1String("level"))
                 .toString(),
             QStringLiteral("FULL")); // a field with a default: both ways
    // datacontract-cli's changelog layout
    r = runMeshdesk({QStringLiteral("diff"), a, b, QStringLiteral("--format"),
                     QStringLiteral("datacontract-cli")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(" changes: 1 error, 0 warning, "), r.out.constData());
    QVERIFY2(r.out.contains("error\t[field_removed] at " + b.toUtf8()), r.out.constData());
    QVERIFY(r.out.contains("        in schema.orders.properties.email\n"));
}

void TestGovernance::evidencePack()
{
    {
        CatalogStore s;
        seed(s);
        QVERIFY(
            s.decide(1, QStringLiteral("carol"), false, QStringLiteral("drops PII consumers need"))
                .ok);
    }
    const QString out = m_dir.filePath(QStringLiteral("evidence"));
    Run r =
        runMeshdesk({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--change"),
                     QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--db"),
                     m_db, QStringLiteral("--as"), QStringLiteral("auditor")});
    QCOMPARE(r.code, 0);
    QFile md(out + QStringLiteral("/change-1.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray text = md.readAll();
    QVERIFY(text.contains("Audit chain: intact"));
    QVERIFY(text.contains("| Decided by | carol"));
    QVERIFY(text.contains("drops PII consumers need"));
    QVERIFY(
        text.contains("schema.orders.properties.email")); // the diff against the decided-on version
    QFile csv(out + QStringLiteral("/change-1.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header, propose, reject
    QVERIFY(lines[1].contains(",propose,"));
    QVERIFY(lines[2].contains(",reject,"));
    r = runMeshdesk({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                     out, QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/audit.csv")));
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
