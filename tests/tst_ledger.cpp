// Signed governance against an attacker who has the binary and the database file but not the
// right private keys: impersonation is refused, and every way of editing the SQLite file is
// reported by `audit verify` (library and command line). One key folder per person.
#include "TestIdentities.h"
#include "identity/KeyFile.h"
#include "identity/SshSig.h"
#include "identity/TrustPins.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

namespace {

QByteArray contract(const char *version, const char *extra = "")
{
    return QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: orders-v1\nname: Orders\n"
                      "version: ") +
           version +
           "\ndomain: checkout\nstatus: active\nschema:\n  - name: orders\n    properties:\n"
           "      - name: id\n        logicalType: string\n        description: Id\n" +
           extra;
}

// One person: a key folder of their own with a passphrase-protected key, and a keyring.
struct Person
{
    explicit Person(const QString &name, const QByteArray &pass = "passphrase-of-someone")
        : name(name), store(dir.path()),
          ring(store, [pass](const QString &, bool) { return std::optional(pass); })
    {
        created = store.create(name, identity::Storage::File, pass).identity.has_value();
    }
    QString publicKey() const { return store.find(name)->key.openSshLine(name); }
    QTemporaryDir dir;
    QString name;
    identity::KeyStore store;
    identity::Keyring ring;
    bool created = false;
};

int exec(const QString &db, const QByteArray &sql)
{
    sqlite3 *h = nullptr;
    sqlite3_open(db.toUtf8().constData(), &h);
    char *msg = nullptr;
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, &msg);
    if (msg) {
        qWarning("%s", msg);
        sqlite3_free(msg);
    }
    sqlite3_close(h);
    return rc;
}

struct Run
{
    int code;
    QByteArray out, err;
};

Run runMeshdesk(const QStringList &args, const QString &keyDir,
                const QProcessEnvironment &extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESHDESK_KEY_DIR"), keyDir);
    env.remove(QStringLiteral("MESHDESK_KEY_FILE"));
    for (const QString &k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHDESK_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void impersonationRefused();
    void proposerCannotApproveThroughASecondName();
    void tamperingDetected_data();
    void tamperingDetected();
    void legacyCatalogAdopted();
    void keysNeverInClearText();
    void logSignedAgainUnderAnotherRoot();
    void importSignsAhead();
    void unchangedReimportRecordsNoAct();
    void earlierVersionProposedAgain();

private:
    // alice creates the catalog and imports v1; bob proposes v2 (change #1); carol is a
    // governance owner of checkout.
    void seed();
    QTemporaryDir m_tmp;
    QString m_db;
    std::unique_ptr<Person> m_alice, m_bob, m_carol, m_mallory;
};

void TestLedger::init()
{
    static int n = 0;
    m_db = m_tmp.filePath(QStringLiteral("l%1.sqlite").arg(++n));
    m_alice = std::make_unique<Person>(QStringLiteral("alice"));
    m_bob = std::make_unique<Person>(QStringLiteral("bob"));
    m_carol = std::make_unique<Person>(QStringLiteral("carol"));
    m_mallory = std::make_unique<Person>(QStringLiteral("mallory"));
    QVERIFY(m_alice->created && m_bob->created && m_carol->created && m_mallory->created);
}

void TestLedger::seed()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger alice(s, &m_alice->ring);
    QVERIFY(alice.load());
    QVERIFY(alice
                .submit(importBytes(QStringLiteral("v1.yaml"), contract("1.0.0")),
                        QStringLiteral("alice"))
                .ok); // the first act creates the catalog: alice is its admin and trust root
    for (const Person *p : {m_bob.get(), m_carol.get(), m_mallory.get()})
        QVERIFY(alice.admit(QStringLiteral("alice"), p->name, p->publicKey()).ok);
    QVERIFY(alice
                .grant(QStringLiteral("alice"), QStringLiteral("carol"),
                       QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    ledger::Ledger bob(s, &m_bob->ring);
    QVERIFY(bob.load());
    const ledger::ActResult p = bob.submit(
        importBytes(QStringLiteral("v2.yaml"),
                    contract("2.0.0", "      - name: note\n        logicalType: string\n")),
        QStringLiteral("bob"));
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.stored.documents.front().changeId, 1);
    QVERIFY(bob.verify().intact);
}

// `--as` names whose key acts: a name alone, or another key under the same name, is refused.
void TestLedger::impersonationRefused()
{
    seed();
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger mallory(s, &m_mallory->ring);
    QVERIFY(mallory.load());
    // mallory's desk holds no key of alice's
    ledger::ActResult r = mallory.grant(QStringLiteral("alice"), QStringLiteral("mallory"),
                                        QStringLiteral("admin"), {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("no private key for 'alice'")), qPrintable(r.error));
    // as herself she is no admin
    r = mallory.grant(QStringLiteral("mallory"), QStringLiteral("mallory"), QStringLiteral("admin"),
                      {});
    QVERIFY(r.error.contains(QLatin1String("not an admin")));
    // a key of her own that she calls "alice" is not alice's key
    Person fakeAlice(QStringLiteral("alice"), "mallorys-other-pass");
    ledger::Ledger fake(s, &fakeAlice.ring);
    QVERIFY(fake.load());
    r = fake.grant(QStringLiteral("alice"), QStringLiteral("mallory"), QStringLiteral("admin"), {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not a member of this catalog")), qPrintable(r.error));
    r = fake.decide(1, QStringLiteral("alice"), true, {});
    QVERIFY(!r.ok);

    // and on the command line, exactly as the attack was tried before
    const Run cli =
        runMeshdesk({QStringLiteral("role"), QStringLiteral("grant"), QStringLiteral("mallory"),
                     QStringLiteral("admin"), QStringLiteral("--as"), QStringLiteral("alice"),
                     QStringLiteral("--db"), m_db},
                    m_mallory->dir.path());
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains("no private key for 'alice'"), cli.err.constData());
    QProcessEnvironment env;
    env.insert(QStringLiteral("MESHDESK_KEY_PASSPHRASE"), QStringLiteral("mallorys-other-pass"));
    const Run cli2 =
        runMeshdesk({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("1"),
                     QStringLiteral("--as"), QStringLiteral("alice"), QStringLiteral("--db"), m_db},
                    fakeAlice.dir.path(), env);
    QCOMPARE(cli2.code, 1);
    QVERIFY2(cli2.err.contains("not a member"), cli2.err.constData());
    QCOMPARE(s.change(1)->status, QStringLiteral("pending"));
    QVERIFY(!s.hasRole(QStringLiteral("mallory"), QStringLiteral("admin"), {}));
    QVERIFY(mallory.verify().intact);
}

void TestLedger::proposerCannotApproveThroughASecondName()
{
    seed();
    CatalogStore s;
    QVERIFY(s.open(m_db));
    // bob proposed #1; he may not decide it, grant a second name a role, or act as one
    ledger::Ledger bob(s, &m_bob->ring);
    QVERIFY(bob.load());
    QVERIFY(
        bob.decide(1, QStringLiteral("bob"), true, {}).error.contains(QLatin1String("four-eyes")));
    QVERIFY(bob.grant(QStringLiteral("bob"), QStringLiteral("bob2"),
                      QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .error.contains(QLatin1String("not an admin")));
    QVERIFY(m_bob->store
                .create(QStringLiteral("bob2"), identity::Storage::File, "passphrase-of-someone")
                .identity);
    const ledger::ActResult r = bob.decide(1, QStringLiteral("bob2"), true, {});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not a member")), qPrintable(r.error));
    // carol may, and the decision names her key
    ledger::Ledger carol(s, &m_carol->ring);
    QVERIFY(carol.load());
    QVERIFY(carol.decide(1, QStringLiteral("carol"), true, QStringLiteral("ok")).ok);
    const auto e = s.event(s.change(1)->decision);
    QVERIFY(e);
    QCOMPARE(e->keyFingerprint, m_carol->store.find(QStringLiteral("carol"))->key.fingerprint());
    QVERIFY(carol.verify().intact);
}

void TestLedger::tamperingDetected_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected");
    const QByteArray dropTriggers =
        "DROP TRIGGER events_append_only; DROP TRIGGER "
        "events_never_deleted; DROP TRIGGER changes_decided_immutable; ";
    const QByteArray approveBySql =
        "UPDATE changes SET status = 'approved', decided_by = 'carol' WHERE id = 1; UPDATE "
        "versions SET state = 'approved' WHERE id = (SELECT new_version_id FROM changes WHERE id "
        "= 1); UPDATE entities SET current_version_id = (SELECT new_version_id FROM changes WHERE "
        "id = 1) WHERE id = (SELECT entity_id FROM changes WHERE id = 1);";
    QTest::newRow("approved by three UPDATEs")
        << approveBySql << QStringLiteral("no valid signed decision");
    QTest::newRow("the last act deleted")
        << dropTriggers + "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events);"
        << QStringLiteral("no signed proposal");
    QTest::newRow("every act deleted")
        << dropTriggers + "DELETE FROM events;" << QStringLiteral("no signed acts at all");
    QTest::newRow("a middle act deleted")
        << dropTriggers + "DELETE FROM events WHERE seq = 3;" << QStringLiteral("out of order");
    QTest::newRow("a member added by SQL")
        << QByteArray("INSERT INTO members VALUES ('eve', 'ssh-ed25519 "
                      "AAAAC3NzaC1lZDI1NTE5AAAAIOmQ8fNEOsuBCJfsbv5Hg0gUeaXU4a4V0V2B+Z9vlOEv eve', "
                      "'SHA256:x', 'alice', '2026', 1);")
        << QStringLiteral("is not what the signed acts admitted");
    QTest::newRow("a role granted by SQL")
        << QByteArray("INSERT INTO roles VALUES ('mallory', 'governance-owner', 'checkout', "
                      "'alice', '2026');")
        << QStringLiteral("no signed grant gives it");
    QTest::newRow("a policy switched off by SQL")
        << QByteArray("INSERT OR REPLACE INTO settings VALUES ('policy.field-descriptions', "
                      "'off');")
        << QStringLiteral("policy field-descriptions is switched off");
    QTest::newRow("a version slipped in by SQL")
        << QByteArray("INSERT INTO versions(entity_id, version, name, domain, format, source, "
                      "sha256, state, imported_at, imported_by) SELECT id, '9', 'x', 'checkout', "
                      "'odcs', 'x', 'deadbeef', 'pending', '2026', 'bob' FROM entities LIMIT 1;")
        << QStringLiteral("no signed act submitted it");
    // Edited and "re-chained": the content changed and the id recomputed to match.
    QTest::newRow("an act edited, its id recomputed")
        << QByteArray("EDIT") << QStringLiteral("bad signature");
    QTest::newRow("a forged approval appended")
        << QByteArray("FORGE") << QStringLiteral("claims to be carol's");
    QTest::newRow("an unsigned approval appended")
        << QByteArray("UNSIGNED") << QStringLiteral("unsigned");
}

void TestLedger::tamperingDetected()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    seed();
    {
        CatalogStore s;
        QVERIFY(s.open(m_db));
        ledger::Ledger l(s, nullptr);
        QVERIFY(l.load());
        QVERIFY(l.verify().intact);
        const QString head = l.state().head;
        if (sql == "EDIT" || sql == "FORGE" || sql == "UNSIGNED") {
            // a decision on #1 as carol would sign it, but signed by mallory's key / by nobody,
            // or bob's proposal with its content edited
            QByteArray body, sig;
            if (sql == "EDIT") {
                const auto e = s.event(s.change(1)->proposal);
                body = QByteArray(e->body).replace("name: note", "name: evil");
                sig = e->signature;
                const QString id = ledger::eventId(body);
                QCOMPARE(exec(m_db, "DROP TRIGGER events_append_only; UPDATE events SET body = x'" +
                                        body.toHex() + "', id = '" + id.toLatin1() +
                                        "' WHERE id = '" + e->id.toLatin1() + "'"),
                         SQLITE_OK);
            } else {
                const identity::PublicKey carolKey =
                    m_carol->store.find(QStringLiteral("carol"))->key;
                QJsonObject f{{QStringLiteral("proposal"), s.change(1)->proposal},
                              {QStringLiteral("subject"), QStringLiteral("contract/orders-v1")},
                              {QStringLiteral("verdict"), QStringLiteral("approve")},
                              {QStringLiteral("comment"), QString()}};
                const bool forge = sql == "FORGE";
                const auto malloryKey = m_mallory->ring.unlock(QStringLiteral("mallory")).key;
                body =
                    ledger::makeBody(ledger::type::decide, l.catalogId(), QStringLiteral("carol"),
                                     forge ? malloryKey->publicKey() : carolKey, head, f);
                sig = forge ? identity::sshsig::sign(*malloryKey, body) : QByteArray();
                QCOMPARE(exec(m_db, "INSERT INTO events(id, type, actor, key_fp, at, body, "
                                    "signature) VALUES ('" +
                                        ledger::eventId(body).toLatin1() +
                                        "', 'decide', 'carol', 'k', '2026', x'" + body.toHex() +
                                        "', x'" + sig.toHex() + "')"),
                         SQLITE_OK);
            }
        } else {
            QCOMPARE(exec(m_db, sql), SQLITE_OK);
        }
    }
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger l(s, nullptr);
    QVERIFY(l.load());
    const ledger::VerifyResult v = l.verify();
    QVERIFY(!v.intact);
    QVERIFY2(v.reason.contains(expected),
             qPrintable(QStringLiteral("%1: %2").arg(v.act, v.reason)));
    const Run cli = runMeshdesk({QStringLiteral("audit"), QStringLiteral("verify"),
                                 QStringLiteral("--db"), m_db, QStringLiteral("--json")},
                                m_tmp.path());
    QCOMPARE(cli.code, 1);
    const QJsonObject j = QJsonDocument::fromJson(cli.out).object();
    QCOMPARE(j.value(QLatin1String("intact")).toBool(), false);
    QVERIFY(j.value(QLatin1String("reason")).toString().contains(expected));
}

// A catalog kept before signing (schema 4): its admin's first signed act adopts its state;
// nobody else can, and the legacy rows stay checked.
void TestLedger::legacyCatalogAdopted()
{
    {
        CatalogStore old;
        StoreOptions o;
        o.user = QStringLiteral("alice");
        o.migrateTo = 4;
        QVERIFY(old.open(m_db, o));
        QVERIFY(old.store(importBytes(QStringLiteral("v1.yaml"), contract("1.0.0")),
                          QStringLiteral("alice"))
                    .ok);
        QVERIFY(old.store(importBytes(QStringLiteral("v2.yaml"), contract("2.0.0")),
                          QStringLiteral("bob"))
                    .ok);
    }
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QCOMPARE(s.schemaVersion(), CatalogStore::latestSchemaVersion());
    ledger::Ledger mallory(s, &m_mallory->ring);
    QVERIFY(mallory.load());
    const ledger::ActResult refused = mallory.submit(
        importBytes(QStringLiteral("v3.yaml"), contract("3.0.0")), QStringLiteral("mallory"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("only an admin")), qPrintable(refused.error));
    ledger::Ledger alice(s, &m_alice->ring);
    QVERIFY(alice.load());
    const ledger::ActResult adopted = alice.createCatalog(QStringLiteral("alice"));
    QVERIFY2(adopted.ok, qPrintable(adopted.error));
    QVERIFY(alice.admit(QStringLiteral("alice"), QStringLiteral("carol"), m_carol->publicKey()).ok);
    QVERIFY(alice
                .grant(QStringLiteral("alice"), QStringLiteral("carol"),
                       QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    // the legacy pending change is decided by a signed act
    ledger::Ledger carol(s, &m_carol->ring);
    QVERIFY(carol.load());
    const ledger::ActResult d = carol.decide(1, QStringLiteral("carol"), true, {});
    QVERIFY2(d.ok, qPrintable(d.error));
    ledger::VerifyResult v = carol.verify();
    QVERIFY2(v.intact, qPrintable(v.act + QStringLiteral(": ") + v.reason));
    QVERIFY(v.legacyRows >= 3);
    // the legacy rows are pinned by the adoption
    QCOMPARE(exec(m_db, "DROP TRIGGER audit_never_deleted; DELETE FROM audit WHERE id = (SELECT "
                        "max(id) FROM audit)"),
             SQLITE_OK);
    v = carol.verify();
    QVERIFY(!v.intact);
    QVERIFY2(v.reason.contains(QLatin1String("not the ones the catalog's adoption signed")),
             qPrintable(v.reason));
}

// Private keys are never written in clear text or logged: after creating keys, acting and
// logging verbosely, no file anywhere in the person's home, key folder, catalog or logs holds
// the key's secret bytes in any usual encoding.
void TestLedger::keysNeverInClearText()
{
    QTemporaryDir home;
    const QString keys = home.filePath(QStringLiteral("keys"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("MESHDESK_KEY_PASSPHRASE"), QStringLiteral("a long passphrase"));
    Run r =
        runMeshdesk({QStringLiteral("identity"), QStringLiteral("create"), QStringLiteral("--as"),
                     QStringLiteral("dora"), QStringLiteral("--storage"), QStringLiteral("file")},
                    keys, env);
    QVERIFY2(r.code == 0, r.err.constData());
    const QString db = home.filePath(QStringLiteral("c.sqlite"));
    const QString file = home.filePath(QStringLiteral("c.yaml"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contract("1.0.0"));
    }
    r = runMeshdesk({QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                     QStringLiteral("dora"), QStringLiteral("--verbose"), file},
                    keys, env);
    QVERIFY2(r.code == 0, r.err.constData());
    r = runMeshdesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db,
                     QStringLiteral("--verbose")},
                    keys, env);
    QCOMPARE(r.code, 0);
    // the secret, as only the passphrase reveals it
    QFile keyFile(keys + QStringLiteral("/dora.key"));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const auto decoded = identity::keyfile::decrypt(keyFile.readAll(), "a long passphrase");
    QVERIFY(decoded.key);
    const QByteArray seed = decoded.key->seed();
    const QList<QByteArray> forms{seed, seed.toBase64(), seed.toHex(), seed.toHex().toUpper(),
                                  seed.left(16).toBase64()};
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        ++files;
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 4); // key files, catalog, log
    QVERIFY(!r.out.contains(seed.toBase64()) && !r.err.contains(seed.toBase64()));
}

// Whoever can write the file can throw the whole log away and sign a new one from a new genesis
// under a key of their own: every act verifies, but the root is another. The desk pinned the
// root it verified the file under (beside its keys), so `audit verify` reports it.
void TestLedger::logSignedAgainUnderAnotherRoot()
{
    QTemporaryDir home;
    const QString keys = home.filePath(QStringLiteral("keys"));
    const QString db = home.filePath(QStringLiteral("pinned.sqlite"));
    identity::KeyStore store(keys);
    QVERIFY(store.create(QStringLiteral("alice"), identity::Storage::Demo, {}).identity);
    Person mallory(QStringLiteral("mallory"));
    QVERIFY(mallory.created);
    auto make = [&](identity::Keyring &ring, const QString &admin) {
        CatalogStore s;
        QVERIFY(s.open(db));
        ledger::Ledger l(s, &ring);
        QVERIFY(l.load());
        QVERIFY(l.submit(importBytes(QStringLiteral("c.yaml"), contract("1.0.0")), admin).ok);
    };
    identity::Keyring aliceRing(store, nullptr);
    make(aliceRing, QStringLiteral("alice"));
    Run r = runMeshdesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"),
                         db, QStringLiteral("--json")},
                        keys);
    QCOMPARE(r.code, 0); // verified, and its root pinned
    const QString root =
        QJsonDocument::fromJson(r.out).object().value(QLatin1String("root")).toString();
    // the file replaced by a log mallory signed from a new start: valid in itself
    for (const QString &f : {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm")})
        QFile::remove(f);
    make(mallory.ring, QStringLiteral("mallory"));
    {
        CatalogStore s;
        QVERIFY(s.open(db));
        ledger::Ledger l(s, nullptr);
        QVERIFY(l.load());
        QVERIFY(l.verify().intact);
        QVERIFY(l.rootFingerprint() != root);
    }
    r = runMeshdesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db,
                     QStringLiteral("--json")},
                    keys);
    QCOMPARE(r.code, 1);
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QLatin1String("intact")).toBool(), false);
    QVERIFY2(j.value(QLatin1String("reason")).toString().contains(root), r.out.constData());
    // the GUI's checks (the window's and the audit log dialog's) verify through verifyFile
    const QByteArray before = qgetenv("MESHDESK_KEY_DIR");
    qputenv("MESHDESK_KEY_DIR", keys.toUtf8());
    const ledger::VerifyResult gui = ledger::verifyFile(db);
    qputenv("MESHDESK_KEY_DIR", before);
    QVERIFY(!gui.intact);
    QVERIFY2(gui.reason.contains(root), qPrintable(gui.reason));
    // the pins are the desk's: another desk (another key folder) has none and pins this root
    identity::TrustPins other(home.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(int(other.checkAndPin(db, QStringLiteral("SHA256:x")).kind),
             int(identity::PinCheck::Kind::New));
    QCOMPARE(int(other.checkAndPin(db, QStringLiteral("SHA256:x")).kind),
             int(identity::PinCheck::Kind::Same));
    QCOMPARE(int(other.checkAndPin(db, QStringLiteral("SHA256:y")).kind),
             int(identity::PinCheck::Kind::Changed));
}

// An import signs its acts ahead on another thread, each naming the one signed before it. An act
// recorded in between (here a grant, from the progress callback on the importing thread) breaks
// that chain: the acts signed ahead of it are signed again. A file that does not import is no
// act and breaks nothing. Every act follows the one before it and the log verifies.
void TestLedger::importSignsAhead()
{
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        QFile f(dir.filePath(QStringLiteral("c%1.yaml").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(i == 7 ? QByteArray("kind: [unclosed\n")
                       : "apiVersion: v3.1.0\nkind: DataContract\nid: c" + QByteArray::number(i) +
                             "\nname: C\nversion: 1.0.0\ndomain: checkout\nstatus: active\n");
        files << f.fileName();
    }
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger alice(s, &m_alice->ring);
    QVERIFY(alice.load());
    QVERIFY(alice.admit(QStringLiteral("alice"), m_bob->name, m_bob->publicKey()).ok);
    bool granted = false;
    const ImportSummary sum =
        importPaths(alice, files, QStringLiteral("alice"), [&](int done, int, const QString &) {
            if (done == 20)
                granted = alice
                              .grant(QStringLiteral("alice"), QStringLiteral("carol"),
                                     QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                              .ok;
        });
    QVERIFY(granted);
    QCOMPARE(sum.added, 39);
    QCOMPARE(sum.failedFiles, 1);
    // files 1-19 (but the 7th) were signed ahead; the first (before the stage started) and the
    // 21st (after the grant) were signed on the importing thread
    QVERIFY2(sum.signedAhead >= 18 && sum.signedAhead <= 37,
             qPrintable(QString::number(sum.signedAhead)));
    const QList<EventRecord> events = s.events();
    QCOMPARE(events.size(), 2 + 39 + 1); // genesis, admit, the files, the grant
    QString previous;
    for (const EventRecord &rec : events) {
        QString error;
        const auto e = ledger::Event::parse(rec.body, rec.signature, &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->after, previous);
        QVERIFY2(e->signatureValid(&error), qPrintable(error));
        QCOMPARE(e->actor, QStringLiteral("alice"));
        previous = rec.id;
    }
    const ledger::VerifyResult v = alice.verify();
    QVERIFY2(v.intact, qPrintable(v.reason));
}

// A file whose every document is identical to its entity's current version or to a pending
// proposal changes nothing, so a re-import signs and records no act for it (before, each one
// was a signed submit holding the whole document again). It is still reported as unchanged;
// a changed file in the same run is still signed and recorded, and acts signed ahead go on
// across the files that need none.
void TestLedger::unchangedReimportRecordsNoAct()
{
    seed(); // orders-v1: 1.0.0 current, 2.0.0 pending (bob's proposal)
    QTemporaryDir dir;
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(text);
        return f.fileName();
    };
    auto product = [](int i, const char *version = "1.0.0") {
        return "apiVersion: v1.0.0\nkind: DataProduct\nid: p" + QByteArray::number(i) +
               "\nname: P\nversion: " + version + "\ndomain: checkout\nstatus: active\n";
    };
    QStringList files;
    for (int i = 0; i < 30; ++i)
        files << write(QStringLiteral("p%1.yaml").arg(i, 2, 10, QLatin1Char('0')), product(i));
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger alice(s, &m_alice->ring);
    QVERIFY(alice.load());
    ImportSummary sum = importPaths(alice, files, QStringLiteral("alice"));
    QCOMPARE(sum.added, 30);
    const qsizetype eventsBefore = s.events().size();
    const QString digestBefore = alice.digest();

    // Again, plus both versions of orders-v1 (the current one and the pending proposal), under
    // other names: nothing changes and no act is recorded.
    QStringList again = files;
    again << write(QStringLiteral("v1-copy.yaml"), contract("1.0.0"))
          << write(QStringLiteral("v2-copy.yaml"),
                   contract("2.0.0", "      - name: note\n        logicalType: string\n"));
    sum = importPaths(alice, again, QStringLiteral("alice"));
    QCOMPARE(sum.unchanged, 32);
    QCOMPARE(sum.added + sum.pending + sum.failedFiles, 0);
    for (const FileOutcome &f : sum.files)
        QVERIFY2(f.ok && f.documents.size() == 1 &&
                     f.documents.front().outcome == StoredDocument::Outcome::Unchanged,
                 qPrintable(f.path));
    QCOMPARE(s.events().size(), eventsBefore);
    QCOMPARE(alice.digest(), digestBefore);

    // The same on the command line, with the outcome printed as before.
    QProcessEnvironment env;
    env.insert(QStringLiteral("MESHDESK_KEY_PASSPHRASE"), QStringLiteral("passphrase-of-someone"));
    const Run cli = runMeshdesk({QStringLiteral("import"), dir.path(), QStringLiteral("--as"),
                                 QStringLiteral("alice"), QStringLiteral("--db"), m_db},
                                m_alice->dir.path(), env);
    QVERIFY2(cli.code == 0, cli.err.constData());
    QVERIFY2(cli.out.contains("32 files: 0 added, 32 unchanged, 0 pending changes, 0 rejected"),
             cli.out.constData());
    QCOMPARE(s.events().size(), eventsBefore);
    QCOMPARE(alice.digest(), digestBefore);

    // A run that changes some files among unchanged ones: exactly those are signed acts.
    write(QStringLiteral("p05.yaml"), product(5, "1.1.0")); // a proposal
    write(QStringLiteral("p20.yaml"), product(20, "2.0.0"));
    const QString fresh = write(QStringLiteral("p15b.yaml"), product(99)); // a new entity
    again.insert(16, fresh);
    sum = importPaths(alice, again, QStringLiteral("alice"));
    QCOMPARE(sum.added, 1);
    QCOMPARE(sum.pending, 2);
    QCOMPARE(sum.unchanged, 30);
    const QList<EventRecord> events = s.events();
    QCOMPARE(events.size(), eventsBefore + 3);
    QStringList subjects;
    for (qsizetype i = eventsBefore; i < events.size(); ++i) {
        QString error;
        const auto e = ledger::Event::parse(events[i].body, events[i].signature, &error);
        QVERIFY2(e, qPrintable(error));
        QVERIFY2(e->signatureValid(&error), qPrintable(error));
        QCOMPARE(e->after, events[i - 1].id);
        subjects << e->fields.value(QStringLiteral("subjects")).toArray().at(0).toString();
    }
    QCOMPARE(subjects, (QStringList{QStringLiteral("product/p5"), QStringLiteral("product/p99"),
                                    QStringLiteral("product/p20")}));
    // all three were signed ahead (the stage starts after the first file, unchanged), across
    // the unchanged files between them, which got no act there either
    QCOMPARE(sum.signedAhead, 3);
    QVERIFY(alice.digest() != digestBefore);
    const ledger::VerifyResult v = alice.verify();
    QVERIFY2(v.intact, qPrintable(v.reason));

    // The signing thread judges "changes nothing" by the state when it started plus what it
    // signed; the importing thread judges again by the log as it is. Here carol approves bob's
    // 2.0.0 while the import runs, so the copy of 1.0.0 signed ahead as unchanged is a proposal
    // now: it is signed on the importing thread, and the acts after it follow the new head.
    ledger::Ledger carol(s, &m_carol->ring);
    QVERIFY(carol.load());
    QStringList third = files;
    third.insert(20, dir.filePath(QStringLiteral("v1-copy.yaml")));
    third.insert(25, write(QStringLiteral("p25b.yaml"), product(100)));
    bool approved = false;
    sum = importPaths(alice, third, QStringLiteral("alice"), [&](int done, int, const QString &) {
        if (done == 5)
            approved = carol.decide(1, QStringLiteral("carol"), true, {}).ok;
    });
    QVERIFY(approved);
    QCOMPARE(sum.added, 1);
    QCOMPARE(sum.pending, 1);
    QCOMPARE(sum.unchanged, 30);
    QCOMPARE(sum.files[20].documents.front().outcome, StoredDocument::Outcome::PendingChange);
    const QList<EventRecord> after = s.events();
    QCOMPARE(after.size(), events.size() + 1 + 2); // the decision, the two files
    for (qsizetype i = events.size(); i < after.size(); ++i) {
        QString error;
        const auto e = ledger::Event::parse(after[i].body, after[i].signature, &error);
        QVERIFY2(e && e->signatureValid(&error), qPrintable(error));
        QCOMPARE(e->after, after[i - 1].id);
    }
    // 1.0.0 proposed again after 2.0.0 was approved: two rows of the same bytes, both signed
    const ledger::VerifyResult v3 = alice.verify();
    QVERIFY2(v3.intact, qPrintable(v3.reason));

    // Someone who is not a member is refused as before, even for files that change nothing.
    Person eve(QStringLiteral("eve"));
    ledger::Ledger eveLedger(s, &eve.ring);
    QVERIFY(eveLedger.load());
    const ledger::ActResult r =
        eveLedger.submit(importBytes(QStringLiteral("x.yaml"), product(1)), QStringLiteral("eve"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not a member")), qPrintable(r.error));
}

// The same bytes can be a version row twice: an earlier approved version proposed again (a
// roll-back), a rejected one proposed once more. Audit verify took the second row for an edit
// of the first (it knew one state per subject and bytes).
void TestLedger::earlierVersionProposedAgain()
{
    seed();
    CatalogStore s;
    QVERIFY(s.open(m_db));
    ledger::Ledger alice(s, &m_alice->ring), bob(s, &m_bob->ring), carol(s, &m_carol->ring);
    QVERIFY(alice.load() && bob.load() && carol.load());
    QVERIFY(carol.decide(1, QStringLiteral("carol"), true, {}).ok); // 2.0.0 current
    auto verified = [&] {
        const ledger::VerifyResult v = alice.verify();
        return v.intact ? QString() : v.reason;
    };
    // bob proposes 1.0.0 again: a pending row beside the approved one of the same bytes
    ledger::ActResult r = bob.submit(importBytes(QStringLiteral("v1.yaml"), contract("1.0.0")),
                                     QStringLiteral("bob"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const qint64 back = r.stored.documents.front().changeId;
    QVERIFY(back > 1);
    QCOMPARE(verified(), QString());
    // carol rejects it; bob proposes it once more; carol approves: 1.0.0 is current again
    QVERIFY(carol.decide(back, QStringLiteral("carol"), false, QStringLiteral("not yet")).ok);
    QCOMPARE(verified(), QString());
    r = bob.submit(importBytes(QStringLiteral("v1b.yaml"), contract("1.0.0")),
                   QStringLiteral("bob"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(verified(), QString());
    QVERIFY(
        carol.decide(r.stored.documents.front().changeId, QStringLiteral("carol"), true, {}).ok);
    QCOMPARE(s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"))->version,
             QStringLiteral("1.0.0"));
    QCOMPARE(verified(), QString());
    s.close();
    // the file edited behind the ledgers' back: what a ledger reading it afresh verifies
    auto verifiedAfresh = [&]() -> QString {
        if (!s.open(m_db))
            return QStringLiteral("(not opened)");
        ledger::Ledger l(s, &m_alice->ring);
        QString reason = QStringLiteral("(not loaded)");
        if (l.load()) {
            const ledger::VerifyResult v = l.verify();
            reason = v.intact ? QString() : v.reason;
        }
        s.close();
        return reason;
    };
    // still caught: the rejected row edited into an approved one; 2.0.0 made current again
    QCOMPARE(exec(m_db, "UPDATE versions SET state = 'approved' WHERE state = 'rejected'"),
             SQLITE_OK);
    QString reason = verifiedAfresh();
    QVERIFY2(reason.contains(QLatin1String("approved in the catalog, but the signed acts "
                                           "make it rejected")),
             qPrintable(reason));
    QCOMPARE(exec(m_db, "UPDATE versions SET state = 'rejected' WHERE id = (SELECT min(id) FROM "
                        "versions WHERE state = 'approved' AND version = '1.0.0' AND id > (SELECT "
                        "id FROM versions WHERE version = '2.0.0'))"),
             SQLITE_OK);
    QCOMPARE(exec(m_db, "UPDATE entities SET current_version_id = (SELECT id FROM versions WHERE "
                        "version = '2.0.0')"),
             SQLITE_OK);
    reason = verifiedAfresh();
    QVERIFY2(reason.contains(QLatin1String("current version is not the one")), qPrintable(reason));
}

QTEST_GUILESS_MAIN(TestLedger)
#include "tst_ledger.moc"
