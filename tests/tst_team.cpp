// One catalog for a team, over Kafka (librdkafka's mock cluster on loopback, a real Kafka
// protocol peer): desks create and join a team log, admit and decide by signed acts, set aside
// whatever they must not apply, and converge on the same catalog.
#include "DemoCatalog.h"
#include "identity/SshSig.h"
#include "kafka/Kafka.h"
#include "team/Team.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

namespace {

QByteArray contract(const QString &id, int version, const QString &domain = QStringLiteral("checkout"),
                    const QByteArray &extra = {})
{
    return QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\nid: %1\nname: %1\nversion: "
                          "%2.0.0\ndomain: %3\nstatus: active\nschema:\n  - name: t\n    "
                          "properties:\n      - name: f%2\n        logicalType: string\n")
               .arg(id)
               .arg(version)
               .arg(domain)
               .toUtf8() +
           extra;
}

// A desk: its own key folder (one identity), its own catalog file, its view of the team log.
struct Desk
{
    Desk(const QString &name, const QString &dir, const team::TeamConfig &config)
        : name(name), keys(dir + QStringLiteral("/keys-") + name), ring(keys, nullptr),
          config(config), db(dir + QStringLiteral("/") + name + QStringLiteral(".sqlite"))
    {
        keys.create(name, identity::Storage::Demo, {});
        reopen();
    }
    void reopen()
    {
        ledger.reset();
        store = std::make_unique<CatalogStore>();
        store->open(db);
        ledger = std::make_unique<ledger::Ledger>(*store, &ring);
        ledger->load();
        team::attach(*ledger, team::binding(*store));
    }
    QString publicKey() const { return keys.find(name)->key.openSshLine(name); }
    QString fingerprint() const { return keys.find(name)->key.fingerprint(); }
    team::SyncReport sync(int timeoutMs = 8000) { return team::syncOnce(*ledger, config, timeoutMs); }
    ledger::ActResult submit(const QByteArray &doc)
    {
        return ledger->submit(importBytes(QStringLiteral("c.yaml"), doc), name);
    }
    QString name;
    identity::KeyStore keys;
    identity::Keyring ring;
    team::TeamConfig config;
    QString db;
    std::unique_ptr<CatalogStore> store;
    std::unique_ptr<ledger::Ledger> ledger;
};

// The field rows of a desk's search index, "contract/path" sorted.
QStringList indexedFields(const Desk &d)
{
    QStringList out;
    sqlite3 *h = nullptr;
    if (sqlite3_open_v2(d.db.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(h, "SELECT ref, path FROM search_fields", -1, &st, nullptr);
        while (st && sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0))) +
                       QLatin1Char('/') +
                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    out.sort();
    return out;
}

qint64 pendingChange(CatalogStore &s, const QString &key)
{
    for (const ChangeRecord &c : s.changes(QStringLiteral("pending")))
        if (c.key == key)
            return c.id;
    return 0;
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createJoinAdmitDecide();
    void wrongRootRefused();
    void hostileEventsSetAside();
    void tamperedDeskMisleadsNobody();
    void largeDocuments();
    void convergence();
    void threeBrokersOneDown();

private:
    // alice creates the team from her catalog; bob and carol join and are admitted; bob owns
    // checkout, carol governs it.
    void team3();
    std::unique_ptr<kafka::MockBroker> m_broker;
    std::unique_ptr<QTemporaryDir> m_dir;
    team::TeamConfig m_config;
    std::unique_ptr<Desk> m_a, m_b, m_c;
};

void TestTeam::init()
{
    m_a.reset();
    m_b.reset();
    m_c.reset();
    m_broker = std::make_unique<kafka::MockBroker>();
    QVERIFY(m_broker->start());
    m_dir = std::make_unique<QTemporaryDir>();
    m_config = {};
    m_config.bootstrap = m_broker->bootstrap();
    m_config.topic = QStringLiteral("meshdesk.team");
    m_config.timeoutMs = 8000;
    // librdkafka 2.0's mock cluster names no controller, so the Admin API cannot create topics
    // there: the topic is made the way the demo broker makes it (1 partition, as team create would)
    QVERIFY(m_broker->createTopic(m_config.topic, 1));
}

void TestTeam::team3()
{
    m_a = std::make_unique<Desk>(QStringLiteral("alice"), m_dir->path(), m_config);
    m_b = std::make_unique<Desk>(QStringLiteral("bob"), m_dir->path(), m_config);
    m_c = std::make_unique<Desk>(QStringLiteral("carol"), m_dir->path(), m_config);
    QVERIFY(m_a->submit(contract(QStringLiteral("orders"), 1)).ok);
    const team::Outcome created = team::create(*m_a->ledger, QStringLiteral("alice"), m_config);
    QVERIFY2(created.ok, qPrintable(created.error));
    QVERIFY(m_a->ledger->isTeam());
    for (Desk *d : {m_b.get(), m_c.get()}) {
        const team::Outcome joined =
            team::join(*d->ledger, d->name, m_config, m_a->ledger->rootFingerprint());
        QVERIFY2(joined.ok, qPrintable(joined.error));
        QVERIFY2(joined.message.contains(QLatin1String("asked to be admitted")),
                 qPrintable(joined.message));
    }
    QVERIFY(m_a->sync().error.isEmpty());
    const QList<team::JoinRequest> requests = team::joinRequests(*m_a->ledger);
    QCOMPARE(requests.size(), 2);
    for (const team::JoinRequest &j : requests) {
        // the admin compares each fingerprint, then admits the key the request carries
        QVERIFY(j.fingerprint == m_b->fingerprint() || j.fingerprint == m_c->fingerprint());
        QVERIFY(m_a->ledger->admit(QStringLiteral("alice"), j.name, j.publicKey).queued);
    }
    QVERIFY(m_a->ledger->grant(QStringLiteral("alice"), QStringLiteral("bob"),
                               QStringLiteral("owner"), QStringLiteral("checkout"))
                .queued);
    QVERIFY(m_a->ledger->grant(QStringLiteral("alice"), QStringLiteral("carol"),
                               QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .queued);
    const team::SyncReport r = m_a->sync();
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.published, 4);
    QVERIFY(team::joinRequests(*m_a->ledger).isEmpty());
    for (Desk *d : {m_b.get(), m_c.get()})
        QVERIFY(d->sync().error.isEmpty());
    QVERIFY(!m_b->ledger->memberOf(m_b->fingerprint()).isEmpty());
}

void TestTeam::createJoinAdmitDecide()
{
    team3();
    // bob proposes a breaking change: queued, then in the log, then a pending change everywhere
    const ledger::ActResult p = m_b->submit(contract(QStringLiteral("orders"), 2));
    QVERIFY2(p.ok && p.queued, qPrintable(p.error));
    QCOMPARE(m_b->store->outgoing().size(), 1);
    QVERIFY(m_b->sync().error.isEmpty());
    QVERIFY(m_b->store->outgoing().isEmpty());
    QVERIFY(m_c->sync().error.isEmpty());
    const qint64 change = pendingChange(*m_c->store, QStringLiteral("orders"));
    QVERIFY(change > 0);
    // bob may not decide his own; carol does, and every desk sees it
    QVERIFY(m_b->ledger->decide(pendingChange(*m_b->store, QStringLiteral("orders")),
                                QStringLiteral("bob"), true, {})
                .error.contains(QLatin1String("four-eyes")));
    QVERIFY(m_c->ledger->decide(change, QStringLiteral("carol"), true, QStringLiteral("fine")).queued);
    QVERIFY(m_c->sync().error.isEmpty());
    for (Desk *d : {m_a.get(), m_b.get()})
        QVERIFY(d->sync().error.isEmpty());
    for (Desk *d : {m_a.get(), m_b.get(), m_c.get()}) {
        QCOMPARE(d->store->currentVersion(QStringLiteral("contract"), QStringLiteral("orders"))->version,
                 QStringLiteral("2.0.0"));
        QVERIFY(d->ledger->verify().intact);
    }
    const QString digest = m_a->ledger->digest();
    QCOMPARE(m_b->ledger->digest(), digest);
    QCOMPARE(m_c->ledger->digest(), digest);
    // and a desk restarted from its file carries on from its offset
    m_b->reopen();
    const team::SyncReport again = m_b->sync();
    QCOMPARE(again.applied, 0);
    QCOMPARE(m_b->ledger->digest(), digest);
}

void TestTeam::wrongRootRefused()
{
    m_a = std::make_unique<Desk>(QStringLiteral("alice"), m_dir->path(), m_config);
    QVERIFY(team::create(*m_a->ledger, QStringLiteral("alice"), m_config).ok);
    Desk mallory(QStringLiteral("mallory"), m_dir->path(), m_config);
    const team::Outcome r =
        team::join(*mallory.ledger, QStringLiteral("mallory"), m_config, mallory.fingerprint());
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("not the")) && r.error.contains(m_a->ledger->rootFingerprint()),
             qPrintable(r.error));
    QCOMPARE(mallory.store->eventCount(), 0); // nothing applied
    // and a topic that already holds a log is not created over
    Desk other(QStringLiteral("oscar"), m_dir->path(), m_config);
    const team::Outcome c = team::create(*other.ledger, QStringLiteral("oscar"), m_config);
    QVERIFY(!c.ok);
    QVERIFY2(c.error.contains(QLatin1String("already holds")), qPrintable(c.error));
}

// Everything a desk must never apply: each set aside with its reason, on every desk alike.
void TestTeam::hostileEventsSetAside()
{
    team3();
    const QString topic = m_config.topic;
    QVERIFY(m_b->submit(contract(QStringLiteral("orders"), 2)).queued);
    QVERIFY(m_b->sync().error.isEmpty());
    for (Desk *d : {m_a.get(), m_c.get()})
        d->sync();
    // a valid act, kept to replay and to alter
    const auto proposal = m_c->store->event(m_c->store->changes(QStringLiteral("pending")).first().proposal);
    QVERIFY(proposal);
    const QByteArray replay = team::encode(proposal->body, proposal->signature);
    QByteArray altered = replay;
    altered.replace("f2", "f9");
    // mallory: a key nobody admitted, acting as herself and claiming to be carol
    Desk mallory(QStringLiteral("mallory"), m_dir->path(), m_config);
    const QString catalog = m_a->ledger->catalogId();
    const QString head = m_a->ledger->state().head;
    const identity::SecretKey malloryKey = *mallory.ring.unlock(QStringLiteral("mallory")).key;
    const qint64 change = pendingChange(*m_c->store, QStringLiteral("orders"));
    const QString proposalId = m_c->store->change(change)->proposal;
    const QJsonObject approve{{QStringLiteral("proposal"), proposalId},
                              {QStringLiteral("subject"), QStringLiteral("contract/orders")},
                              {QStringLiteral("verdict"), QStringLiteral("approve")},
                              {QStringLiteral("comment"), QString()}};
    const identity::SecretKey bobKey = *m_b->ring.unlock(QStringLiteral("bob")).key;
    // bob's key claiming to be carol (a governance owner)
    const QByteArray forged = ledger::makeBody(ledger::type::decide, catalog, QStringLiteral("carol"),
                                               bobKey.publicKey(), head, approve);
    const QByteArray nonMember = ledger::makeBody(ledger::type::decide, catalog,
                                                  QStringLiteral("mallory"),
                                                  malloryKey.publicKey(), head, approve);
    // bob (a member, the proposer, no governance role) approves his own change
    const QByteArray selfApproval = ledger::makeBody(ledger::type::decide, catalog,
                                                     QStringLiteral("bob"), bobKey.publicKey(),
                                                     head, approve);
    const QList<QPair<QByteArray, QString>> hostile{
        {QByteArray("{\"not\":\"an act\"}"), QStringLiteral("not a MeshDesk act")},
        {team::encode(forged, {}), QStringLiteral("unsigned")},
        {altered, QStringLiteral("bad signature")},
        {team::encode(forged, identity::sshsig::sign(bobKey, forged)),
         QStringLiteral("claims to be carol's")},
        {team::encode(nonMember, identity::sshsig::sign(malloryKey, nonMember)),
         QStringLiteral("not a member")},
        {team::encode(selfApproval, identity::sshsig::sign(bobKey, selfApproval)),
         QStringLiteral("four-eyes")},
        {replay, QStringLiteral("a replay")},
    };
    for (const auto &[value, reason] : hostile)
        QVERIFY(m_broker->produce(topic, "x", value, 0));
    // a decision by someone without the role: alice (admin, but no governance owner)
    QVERIFY(m_a->ledger->decide(change, QStringLiteral("alice"), true, {}).error.contains(
        QLatin1String("not a governance owner"))); // refused on her desk already
    const QByteArray noRole = ledger::makeBody(
        ledger::type::decide, catalog, QStringLiteral("alice"),
        m_a->keys.find(QStringLiteral("alice"))->key, head, approve);
    QVERIFY(m_broker->produce(
        topic, "x",
        team::encode(noRole, identity::sshsig::sign(*m_a->ring.unlock(QStringLiteral("alice")).key,
                                                    noRole)),
        0));
    // and a revoked member: alice removes bob, then an act signed by bob's key
    QVERIFY(m_a->ledger->removeMember(QStringLiteral("alice"), QStringLiteral("bob")).queued);
    QVERIFY(m_a->sync().error.isEmpty());
    const QByteArray afterRevocation = ledger::makeBody(
        ledger::type::submit, catalog, QStringLiteral("bob"), bobKey.publicKey(),
        m_a->ledger->state().head,
        QJsonObject{{QStringLiteral("path"), QStringLiteral("x.yaml")},
                    {QStringLiteral("document"), QString::fromUtf8(contract(QStringLiteral("x"), 1))}});
    QVERIFY(m_broker->produce(topic, "x",
                              team::encode(afterRevocation,
                                           identity::sshsig::sign(bobKey, afterRevocation)),
                              0));
    QStringList expected;
    for (const auto &h : hostile)
        expected << h.second;
    expected << QStringLiteral("not a governance owner") << QStringLiteral("revoked");
    for (Desk *d : {m_a.get(), m_b.get(), m_c.get()}) {
        const team::SyncReport r = d->sync();
        QVERIFY(r.error.isEmpty());
        const QList<SetAsideRecord> aside = d->store->setAside();
        for (const QString &why : expected)
            QVERIFY2(std::any_of(aside.cbegin(), aside.cend(),
                                 [&](const SetAsideRecord &a) { return a.reason.contains(why); }),
                     qPrintable(d->name + QStringLiteral(": nothing set aside for ") + why));
        QCOMPARE(d->store->change(pendingChange(*d->store, QStringLiteral("orders")))->status,
                 QStringLiteral("pending"));
        QVERIFY(!d->store->currentVersion(QStringLiteral("contract"), QStringLiteral("x")));
        QVERIFY(d->ledger->verify().intact);
    }
    QCOMPARE(m_b->ledger->digest(), m_a->ledger->digest());
    QCOMPARE(m_c->ledger->digest(), m_a->ledger->digest());
}

// Editing one desk's SQLite makes that desk believe things; no other desk accepts anything.
void TestTeam::tamperedDeskMisleadsNobody()
{
    team3();
    QVERIFY(m_b->submit(contract(QStringLiteral("orders"), 2)).queued);
    QVERIFY(m_b->sync().error.isEmpty());
    // bob writes a second key of his into his own file as a governance owner
    QVERIFY(m_b->keys.create(QStringLiteral("bobby"), identity::Storage::Demo, {}).identity);
    const identity::PublicKey bobby = m_b->keys.find(QStringLiteral("bobby"))->key;
    sqlite3 *h = nullptr;
    sqlite3_open(m_b->db.toUtf8().constData(), &h);
    const QByteArray sql = "INSERT INTO members VALUES ('bobby', '" + bobby.openSshLine().toUtf8() +
                           "', '" + bobby.fingerprint().toUtf8() +
                           "', 'alice', '2026', 1); INSERT INTO roles VALUES ('bobby', "
                           "'governance-owner', 'checkout', 'alice', '2026');";
    QCOMPARE(sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(h);
    m_b->reopen();
    const qint64 change = pendingChange(*m_b->store, QStringLiteral("orders"));
    const ledger::ActResult d = m_b->ledger->decide(change, QStringLiteral("bobby"), true, {});
    QVERIFY2(d.queued, qPrintable(d.error)); // his desk believes it
    m_b->sync();
    for (Desk *other : {m_a.get(), m_c.get()}) {
        other->sync();
        QCOMPARE(other->store->change(pendingChange(*other->store, QStringLiteral("orders")))->status,
                 QStringLiteral("pending"));
        const QList<SetAsideRecord> aside = other->store->setAside();
        QVERIFY(std::any_of(aside.cbegin(), aside.cend(), [](const SetAsideRecord &a) {
            return a.reason.contains(QLatin1String("not a member"));
        }));
        QVERIFY(other->ledger->verify().intact);
    }
    // and his own desk's audit says what was done to it
    const ledger::VerifyResult v = m_b->ledger->verify();
    QVERIFY(!v.intact);
}

void TestTeam::largeDocuments()
{
    m_config.maxMessageBytes = 256 * 1024;
    team3();
    // 2 MB that compress well: sent compressed, applied everywhere
    QByteArray big = "description: |\n";
    for (int i = 0; i < 40000; ++i)
        big += "  the same long line of a generous description, again and again " +
               QByteArray::number(i % 10) + "\n";
    QVERIFY(big.size() > 2 * 1000 * 1000);
    const ledger::ActResult ok = m_b->submit(contract(QStringLiteral("big"), 1, QStringLiteral("checkout"), big));
    QVERIFY2(ok.queued, qPrintable(ok.error));
    QVERIFY(m_b->sync().error.isEmpty());
    QVERIFY(m_c->sync().error.isEmpty());
    QVERIFY(m_c->store->currentVersion(QStringLiteral("contract"), QStringLiteral("big")));
    // 600 KB that do not compress: refused before anything is queued, naming the limit
    QByteArray noise = "description: \"";
    QRandomGenerator rng(7);
    while (noise.size() < 600 * 1024)
        noise += QByteArray::number(rng.generate64(), 36);
    noise += "\"\n";
    const ledger::ActResult refused =
        m_b->submit(contract(QStringLiteral("noise"), 1, QStringLiteral("checkout"), noise));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("256 KiB")), qPrintable(refused.error));
    QVERIFY(m_b->store->outgoing().isEmpty());
}

// Three desks act concurrently (each queues acts offline, syncs at random), the broker goes down
// and up in the middle, one desk stays offline for long: all end with the same catalog, every
// act applied once or set aside with a reason, none lost.
void TestTeam::convergence()
{
    team3();
    Desk *desks[] = {m_a.get(), m_b.get(), m_c.get()};
    // everyone may propose and decide in their own domains
    for (const char *domain : {"d0", "d1", "d2"})
        for (Desk *d : desks)
            QVERIFY(m_a->ledger->grant(QStringLiteral("alice"), d->name,
                                       QStringLiteral("governance-owner"), QLatin1String(domain))
                        .queued);
    QVERIFY(m_a->sync().error.isEmpty());
    for (Desk *d : desks)
        d->sync();
    QRandomGenerator rng(20261201);
    QSet<QString> queuedIds; // every act any desk queued
    int version = 1;
    for (int round = 0; round < 60; ++round) {
        if (round == 20)
            QVERIFY(m_broker->setBrokerDown(1, true));
        if (round == 30)
            QVERIFY(m_broker->setBrokerDown(1, false));
        for (int i = 0; i < 3; ++i) {
            Desk *d = desks[rng.bounded(3)];
            const bool offlineDesk = d == m_c.get() && round >= 10 && round < 45;
            ledger::ActResult r;
            const QList<ChangeRecord> pending = d->store->changes(QStringLiteral("pending"));
            if (!pending.isEmpty() && rng.bounded(2) == 0) {
                const ChangeRecord &c = pending[int(rng.bounded(int(pending.size())))];
                r = d->ledger->decide(c.id, d->name, rng.bounded(3) > 0,
                                      QStringLiteral("round %1").arg(round));
            } else {
                const QString id = QStringLiteral("c%1").arg(rng.bounded(6));
                r = d->submit(contract(id, ++version, QStringLiteral("d%1").arg(rng.bounded(3))));
            }
            if (r.queued)
                queuedIds.insert(r.eventId);
            if (!offlineDesk && rng.bounded(3) == 0)
                d->sync(round >= 20 && round < 30 ? 1500 : 8000);
        }
    }
    // everyone back and synced until quiet
    for (int pass = 0; pass < 3; ++pass)
        for (Desk *d : desks)
            QVERIFY2(d->sync().error.isEmpty(), qPrintable(d->name));
    const QString digest = m_a->ledger->digest();
    QSet<QString> applied, setAside;
    for (Desk *d : desks) {
        QCOMPARE(d->ledger->digest(), digest);
        QVERIFY(d->store->outgoing().isEmpty()); // nothing stuck
        QVERIFY(d->ledger->verify().intact);
    }
    // The search index holds every contract's current version once (a batch of acts read from
    // the log indexes each entity once, at its end): each version has its own field, f<major>.
    for (Desk *d : desks) {
        QStringList expected;
        for (const EntitySummary &c : d->store->entities(QStringLiteral("contract")))
            expected << c.key + QStringLiteral("/t.f") + c.version.section(QLatin1Char('.'), 0, 0);
        expected.sort();
        QCOMPARE(indexedFields(*d), expected);
        for (const EntitySummary &c : d->store->entities(QStringLiteral("contract"))) {
            const QString field = QStringLiteral("f") + c.version.section(QLatin1Char('.'), 0, 0);
            bool found = false;
            for (const SearchHit &h : d->store->search(field))
                found = found || (h.ref == c.key && h.title == field);
            QVERIFY2(found, qPrintable(d->name + QStringLiteral(": ") + field));
        }
    }
    for (const EventRecord &e : m_a->store->events())
        applied.insert(e.id);
    for (const SetAsideRecord &s : m_a->store->setAside())
        setAside.insert(s.id);
    QCOMPARE(applied.size(), int(m_a->store->eventCount())); // none twice
    for (const QString &id : std::as_const(queuedIds))
        QVERIFY2(applied.contains(id) || setAside.contains(id), "an act was lost");
    qInfo("%d acts queued by 3 desks: %d applied, %d set aside (conflicts), digest %s",
          int(queuedIds.size()), int((queuedIds & applied).size()),
          int((queuedIds & setAside).size()), qPrintable(digest.left(16)));
    QVERIFY((queuedIds & setAside).size() < queuedIds.size());
}

void TestTeam::threeBrokersOneDown()
{
    m_broker = std::make_unique<kafka::MockBroker>();
    QVERIFY(m_broker->start(3));
    m_config.bootstrap = m_broker->bootstrap();
    QVERIFY(m_broker->createTopic(m_config.topic, 1, nullptr, 3));
    team3();
    // a follower down: sync goes on
    QVERIFY(m_broker->setPartitionLeader(m_config.topic, 0, 1));
    QVERIFY(m_broker->setBrokerDown(3, true));
    QVERIFY(m_b->submit(contract(QStringLiteral("orders"), 2)).queued);
    QVERIFY2(m_b->sync().error.isEmpty(), "a follower's outage stopped the sync");
    QVERIFY(m_c->sync().error.isEmpty());
    QVERIFY(pendingChange(*m_c->store, QStringLiteral("orders")) > 0);
    // the leader down, leadership moved to a live replica (the cluster's election): still going
    QVERIFY(m_broker->setBrokerDown(1, true));
    QVERIFY(m_broker->setPartitionLeader(m_config.topic, 0, 2));
    QVERIFY(m_c->ledger->decide(pendingChange(*m_c->store, QStringLiteral("orders")),
                                QStringLiteral("carol"), true, {})
                .queued);
    QVERIFY2(m_c->sync(15000).error.isEmpty(), "the sync did not follow the new leader");
    QVERIFY(m_a->sync(15000).error.isEmpty());
    QCOMPARE(m_a->store->currentVersion(QStringLiteral("contract"), QStringLiteral("orders"))->version,
             QStringLiteral("2.0.0"));
    QCOMPARE(m_a->ledger->digest(), m_c->ledger->digest());
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
