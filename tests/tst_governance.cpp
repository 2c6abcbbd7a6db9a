// Governance through the ledger and on the command line: roles, four-eyes decisions,
// immutability, two processes deciding at once, the signed audit log, downstream impact,
// evidence. (Forgery and tampering: tst_ledger.)
#include "TestIdentities.h"
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

QString g_keyDir; // the test's key folder (demo keys of every name it acts under)

Run runMeshdesk(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESHDESK_KEY_DIR"), g_keyDir);
    env.remove(QStringLiteral("MESHDESK_KEY_FILE"));
    p.setProcessEnvironment(env);
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
    std::unique_ptr<test::TestCatalog> seed();
    QTemporaryDir m_dir;
    QString m_db;
    const QStringList m_people{QStringLiteral("alice"), QStringLiteral("bob"),
                               QStringLiteral("carol"), QStringLiteral("dave"),
                               QStringLiteral("erin")};
};

void TestGovernance::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("gov%1.sqlite").arg(++n));
}

// alice creates the catalog and imports v1, bob proposes v2 (change #1), and alice makes
// carol, bob and dave governance owners of checkout; erin is a member without a role.
std::unique_ptr<test::TestCatalog> TestGovernance::seed()
{
    auto c = std::make_unique<test::TestCatalog>(m_db, m_people);
    g_keyDir = c->keys.dir();
    if (!c->ok)
        return nullptr;
    ledger::Ledger &l = *c->ledger;
    if (!l.submit(importBytes(QStringLiteral("v1.yaml"), contract("1.0.0", kEmail)),
                  QStringLiteral("alice"))
             .ok)
        return nullptr;
    const ledger::ActResult r =
        l.submit(importBytes(QStringLiteral("v2.yaml"), contract("2.0.0")), QStringLiteral("bob"));
    if (!r.ok || r.stored.documents.front().outcome != StoredDocument::Outcome::PendingChange)
        return nullptr;
    for (const char *who : {"carol", "bob", "dave"})
        if (!l.grant(QStringLiteral("alice"), QLatin1String(who),
                     QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                 .ok)
            return nullptr;
    return c;
}

void TestGovernance::firstAdminAndRoles()
{
    test::TestCatalog c(m_db, {QStringLiteral("alice"), QStringLiteral("mallory")});
    QVERIFY(c.ok);
    ledger::Ledger &l = *c.ledger;
    QVERIFY(c.store.hasRole(QStringLiteral("alice"), QStringLiteral("admin"), {}));
    QCOMPARE(l.rootFingerprint(), c.keys.ring().identity(QStringLiteral("alice"))->key.fingerprint());
    // a member who is not an admin cannot make themselves one
    QVERIFY(!c.store.hasRole(QStringLiteral("mallory"), QStringLiteral("admin"), {}));
    ledger::ActResult r = l.grant(QStringLiteral("mallory"), QStringLiteral("mallory"),
                                  QStringLiteral("admin"), {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not an admin")), qPrintable(r.error));
    QVERIFY(!l.grant(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("emperor"),
                     QStringLiteral("d"))
                 .ok);
    QVERIFY(!l.grant(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"), {})
                 .ok); // needs a domain
    QVERIFY(l.grant(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                    QStringLiteral("d"))
                .ok);
    QVERIFY(!l.grant(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                     QStringLiteral("d"))
                 .ok); // already
    QVERIFY(c.store.hasRole(QStringLiteral("x"), QStringLiteral("owner"), QStringLiteral("d")));
    QVERIFY(l.revoke(QStringLiteral("alice"), QStringLiteral("x"), QStringLiteral("owner"),
                     QStringLiteral("d"))
                .ok);
    QVERIFY(!c.store.hasRole(QStringLiteral("x"), QStringLiteral("owner"), QStringLiteral("d")));
    QVERIFY(!l.revoke(QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("admin"), {})
                 .ok); // last admin
    QVERIFY(l.verify().intact);
}

void TestGovernance::decisionRules()
{
    const auto c = seed();
    QVERIFY(c);
    ledger::Ledger &s = *c->ledger;
    ledger::ActResult r = s.decide(99, QStringLiteral("carol"), true, {});
    QVERIFY(!r.ok);
    QVERIFY(r.error.contains(QLatin1String("no change #99")));
    r = s.decide(1, QStringLiteral("erin"), true, {});
    QVERIFY(r.error.contains(QLatin1String("not a governance owner")));
    r = s.decide(1, QStringLiteral("bob"), true, {});
    QVERIFY(r.error.contains(QLatin1String("four-eyes")));
    r = s.decide(1, QStringLiteral("carol"), false, QStringLiteral("  "));
    QVERIFY(r.error.contains(QLatin1String("needs a comment")));
    QCOMPARE(c->store.change(1)->status, QStringLiteral("pending"));
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
    const auto c = seed();
    QVERIFY(c);
    CatalogStore &s = c->store;
    QVERIFY(!s.search(QStringLiteral("email")).isEmpty());
    QVERIFY(c->ledger->decide(1, QStringLiteral("carol"), true, {}).ok);
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
    const auto c = seed();
    QVERIFY(c);
    CatalogStore &s = c->store;
    QVERIFY(c->ledger->decide(1, QStringLiteral("carol"), false,
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
    const auto c = seed();
    QVERIFY(c);
    // Two processes decide the same change at the same moment: exactly one wins.
    QProcess a, b;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESHDESK_KEY_DIR"), g_keyDir);
    a.setProcessEnvironment(env);
    b.setProcessEnvironment(env);
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
    const auto ch = s.change(1);
    QVERIFY(ch->status == QLatin1String(a.exitCode() == 0 ? "approved" : "rejected"));
    ledger::Ledger l(s, nullptr);
    QVERIFY(l.load());
    const ledger::VerifyResult v = l.verify();
    QVERIFY2(v.intact, qPrintable(v.act + QStringLiteral(": ") + v.reason));
}

void TestGovernance::auditChain()
{
    const auto c = seed();
    QVERIFY(c);
    CatalogStore &s = c->store;
    QVERIFY(c->ledger->decide(1, QStringLiteral("carol"), true, {}).ok);
    const auto rows = ledger::auditLog(s);
    QStringList actions;
    for (const AuditRow &r : rows)
        actions << r.action;
    QCOMPARE(actions,
             (QStringList{QStringLiteral("genesis"), QStringLiteral("admit"), QStringLiteral("admit"),
                          QStringLiteral("admit"), QStringLiteral("admit"), QStringLiteral("import"),
                          QStringLiteral("propose"), QStringLiteral("grant"), QStringLiteral("grant"),
                          QStringLiteral("grant"), QStringLiteral("approve")}));
    QCOMPARE(rows.last().actor, QStringLiteral("carol"));
    QCOMPARE(rows.last().keyFingerprint,
             c->keys.ring().identity(QStringLiteral("carol"))->key.fingerprint());
    const ledger::VerifyResult v = c->ledger->verify();
    QVERIFY2(v.intact, qPrintable(v.reason));
    QCOMPARE(v.events, 11);
    // the log refuses edits through SQL (tst_ledger: what a tamperer who drops the trigger gets)
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    QVERIFY(sqlite3_exec(db, "UPDATE events SET actor = 'mallory' WHERE seq = 3", nullptr, nullptr,
                         nullptr) != SQLITE_OK);
    QVERIFY(sqlite3_exec(db, "DELETE FROM events WHERE seq = 3", nullptr, nullptr, nullptr) !=
            SQLITE_OK);
    sqlite3_close(db);
    const Run r = runMeshdesk(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("11 signed act"), r.out.constData());
}

void TestGovernance::impactAndReview()
{
    const auto c = seed();
    QVERIFY(c);
    CatalogStore &s = c->store;
    // orders-v1 -> shipments -> delivery -> kpis; an unrelated product elsewhere
    for (const QByteArray &p : {product("orders", "checkout", "db", "orders-v1"),
                                product("shipments", "fulfillment", "orders-v1", "shipments-v1"),
                                product("delivery", "fulfillment", "shipments-v1", "delivery-v1"),
                                product("kpis", "finance", "delivery-v1", "kpis-v1"),
                                product("other", "finance", "x", "y")})
        QVERIFY(c->ledger->submit(importBytes(QStringLiteral("p.yaml"), p), QStringLiteral("alice")).ok);
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
}

void TestGovernance::evidencePack()
{
    {
        const auto c = seed();
        QVERIFY(c);
        QVERIFY(c->ledger
                    ->decide(1, QStringLiteral("carol"), false,
                             QStringLiteral("drops PII consumers need"))
                    .ok);
    }
    const QString out = m_dir.filePath(QStringLiteral("evidence"));
    Run r =
        runMeshdesk({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--change"),
                     QStringLiteral("1"), QStringLiteral("--out"), out, QStringLiteral("--db"),
                     m_db, QStringLiteral("--as"), QStringLiteral("erin")});
    QCOMPARE(r.code, 0);
    QFile md(out + QStringLiteral("/change-1.md"));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QByteArray text = md.readAll();
    QVERIFY2(text.contains("Audit log: intact"), text.constData());
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
    // the signed acts, checked by OpenSSH alone
    if (!QStandardPaths::findExecutable(QStringLiteral("ssh-keygen")).isEmpty()) {
        QProcess sh;
        sh.start(QStringLiteral("sh"), {out + QStringLiteral("/change-1/verify.sh")});
        QVERIFY(sh.waitForFinished(20000));
        const QByteArray said = sh.readAllStandardOutput() + sh.readAllStandardError();
        QVERIFY2(sh.exitCode() == 0, said.constData());
        QCOMPARE(said.count("Good \"meshdesk\" signature"), 2);
        QVERIFY(said.contains("signature for carol"));
        QVERIFY(said.contains("signature for bob"));
    }
    r = runMeshdesk({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                     out, QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(out + QStringLiteral("/audit.csv")));
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "tst_governance.moc"
