// Team catalog benchmarks (signed acts over a Kafka topic in librdkafka's mock cluster), each
// beside a baseline measured in the same run:
//  1. signing and verifying one act (an SSH signature by Ed25519 over the act's canonical JSON)
//     vs the plain SHA-256 hash chain the audit log had before (hash of previous hash + row);
//  2a. materializing N events (products with histories of proposals and decisions, ~100 acts
//     each) into a new desk's SQLite from memory, as team::applyMessages does with what it reads
//     (verify + apply; goal: 100,000 events in < 5 s), with the CPU time of all threads;
//  2b. 2a by part, each alone: checking every signature on all cores, preparing the acts
//     (parsing events and documents) on all cores, and applying prepared acts on one thread.
//     Their sum over the cores is the floor of 2a's time on this machine;
//  2. the same through the mock cluster (team create, then team join) vs reading the messages
//     without applying them. librdkafka 2.0's mock cluster keeps only about 5 MiB per partition
//     (older messages are deleted as on a broker with size retention), so it runs only up to
//     20,000 events (default N is 1,000) and the rate is extrapolated;
//  3. a decision taken on one desk, visible on another (both with their sync thread running, as
//     in the GUI): p50 / p95 over 40 decisions (goal p95 < 1 s) vs the topic's own
//     produce-to-consume latency.
// Usage: bench_team [EVENTS [SECTION]]   (SECTION: 1, 2a, 2b, 2 or 3; the generated catalog is
// cached in the build folder)
#include "TestIdentities.h"
#include "identity/SshSig.h"
#include "kafka/Kafka.h"
#include "ledger/Ledger.h"
#include "team/Team.h"
#include "team/TeamSync.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <sys/resource.h>

using namespace meshdesk;

namespace {

QByteArray contract(int product, int version)
{
    // a small contract (four fields); each version changes one field's type: a breaking change
    return QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\nid: c%1\nname: Contract %1\n"
                          "version: %2.0.0\ndomain: d%3\nstatus: active\nschema:\n  - name: t\n"
                          "    properties:\n      - name: id\n        logicalType: string\n"
                          "        required: true\n      - name: amount\n        logicalType: %4\n"
                          "      - name: note\n        logicalType: string\n"
                          "      - name: at\n        logicalType: timestamp\n")
        .arg(product)
        .arg(version)
        .arg(product % 20)
        .arg(version % 2 ? QStringLiteral("number") : QStringLiteral("integer"))
        .toUtf8();
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of every thread of this process (or of the calling thread), user + system
double cpuSeconds(int who = RUSAGE_SELF)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

// Fills a local catalog with `events` signed acts: per product a first version (added), then
// pairs of a proposal by bob and carol's approval. Cached: generating costs more than reading.
bool generate(const QString &db, test::TestKeys &keys, int events)
{
    CatalogStore store;
    if (!store.open(db))
        return false;
    ledger::Ledger ledger(store, &keys.ring());
    ledger.load();
    // complete when generated once (the count is a little below `events`: ~100 acts a product)
    if (store.setting(QStringLiteral("bench.generated")) == QString::number(events))
        return true;
    if (store.eventCount() > 0) {
        std::fprintf(stderr, "%s: an unfinished cache; delete it and run again\n", qPrintable(db));
        return false;
    }
    std::fprintf(stderr, "generating %d signed acts (once; cached in %s)...\n", events,
                 qPrintable(db));
    ledger.createCatalog(QStringLiteral("alice"));
    ledger.admit(QStringLiteral("alice"), QStringLiteral("bob"),
                 keys.publicKey(QStringLiteral("bob")));
    ledger.admit(QStringLiteral("alice"), QStringLiteral("carol"),
                 keys.publicKey(QStringLiteral("carol")));
    for (int d = 0; d < 20; ++d)
        ledger.grant(QStringLiteral("alice"), QStringLiteral("carol"),
                     QStringLiteral("governance-owner"), QStringLiteral("d%1").arg(d));
    const int products = std::max(1, events / 100);
    const int perProduct = (events - int(store.eventCount())) / products;
    for (int p = 0; p < products; ++p) {
        ledger.beginBatch();
        ledger.submit(importBytes(QStringLiteral("c.yaml"), contract(p, 1)), QStringLiteral("bob"));
        for (int v = 2; 2 * (v - 1) < perProduct; ++v) {
            const ledger::ActResult r = ledger.submit(
                importBytes(QStringLiteral("c.yaml"), contract(p, v)), QStringLiteral("bob"));
            qint64 change = 0;
            for (const StoredDocument &s : r.stored.documents)
                change = std::max(change, s.changeId);
            if (!change || !ledger.decide(change, QStringLiteral("carol"), true, {}).ok) {
                std::fprintf(stderr, "generation failed at product %d version %d: %s\n", p, v,
                             qPrintable(r.error));
                return false;
            }
        }
        if (p == products - 1)
            store.putSetting(QStringLiteral("bench.generated"), QString::number(events));
        ledger.commitBatch();
        if (p % 100 == 99)
            std::fprintf(stderr, "  %d of %d products, %lld acts\n", p + 1, products,
                         store.eventCount());
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<team::SyncReport>();
    const int events = argc > 1 ? std::atoi(argv[1]) : 1000;
    // a second argument runs one section: 1, 2a, 2b, 2 or 3
    const QString only = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    auto runs = [&only](const char *section) {
        return only.isEmpty() || only == QLatin1String(section);
    };
    QTemporaryDir dir;
    test::TestKeys keys({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});

    // 1. signing and verifying one act vs the plain hash chain
    if (runs("1")) {
        const identity::SecretKey key = *keys.ring().unlock(QStringLiteral("alice")).key;
        QByteArray body = "{\"after\":\"" + QByteArray(64, 'a') +
                          "\",\"actor\":\"alice\",\"type\":\"decide\",\"fields\":{\"change\":1,"
                          "\"approve\":true,\"comment\":\"" +
                          QByteArray(400, 'x') + "\"}}";
        const int n = 5000;
        QElapsedTimer t;
        t.start();
        QByteArray sig;
        for (int i = 0; i < n; ++i) {
            body[12] = char('a' + i % 26);
            sig = identity::sshsig::sign(key, body);
        }
        const double signUs = ms(t) * 1000 / n;
        t.restart();
        int ok = 0;
        for (int i = 0; i < n; ++i)
            ok += identity::sshsig::verify(sig, body).ok ? 1 : 0;
        const double verifyUs = ms(t) * 1000 / n;
        t.restart();
        QByteArray prev(32, '\0');
        for (int i = 0; i < n; ++i) {
            body[12] = char('a' + i % 26);
            prev = QCryptographicHash::hash(prev + body, QCryptographicHash::Sha256);
        }
        const double chainUs = ms(t) * 1000 / n;
        std::printf("1. one act (%lld bytes), %d times:\n"
                    "   sign (SSHSIG, Ed25519)      %7.1f us\n"
                    "   verify                      %7.1f us   (%d of %d valid)\n"
                    "   baseline: SHA-256 chain     %7.1f us   (sign %.0fx, verify %.0fx of it)\n",
                    qint64(body.size()), n, signUs, verifyUs, ok, n, chainUs, signUs / chainUs,
                    verifyUs / chainUs);
    }

    // 2. materializing the topic into a new desk
    kafka::MockBroker broker;
    if (!broker.start()) {
        std::fprintf(stderr, "mock cluster not started\n");
        return 1;
    }
    team::TeamConfig config;
    config.bootstrap = broker.bootstrap();
    config.topic = QStringLiteral("meshdesk.bench");
    config.timeoutMs = 30000;
    broker.createTopic(config.topic, 1);
    const QString cache = QCoreApplication::applicationDirPath() +
                          QStringLiteral("/bench_team-%1.sqlite").arg(events);
    if (!generate(cache, keys, events))
        return 1;
    // 2a. the acts materialized from memory: what MeshDesk itself costs, without the mock
    // cluster's fetches (which cap the reading below) and without its 5 MiB limit
    QList<team::LogMessage> messages;
    QString digestA;
    {
        CatalogStore a;
        a.open(cache);
        ledger::Ledger la(a, nullptr);
        la.load();
        digestA = la.digest();
        qint64 offset = 0;
        for (const EventRecord &e : a.events())
            messages.append({offset++, e.id.toUtf8(), team::encode(e.body, e.signature)});
    }
    if (runs("2a")) {
        const QString dbM = dir.filePath(QStringLiteral("m.sqlite"));
        CatalogStore store;
        store.open(dbM);
        ledger::Ledger ledger(store, nullptr);
        ledger.load();
        ledger.setTeam(true);
        team::SyncReport report;
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        for (qsizetype i = 0; i < messages.size() && report.error.isEmpty(); i += 2000)
            team::applyMessages(ledger, messages.mid(i, 2000), report);
        const double applyMs = ms(t), cpu = cpuSeconds() - cpu0;
        std::printf("2a. %lld events materialized from memory (verify + apply, no broker): "
                    "%.0f ms (%.0f events/s), %d applied, %d set aside%s%s\n"
                    "   at this rate 100,000 events take %.1f s (goal < 5 s)\n"
                    "   CPU time of all threads: %.1f s (%.0f us per event); the wall time cannot "
                    "be below %.1f s on %d cores (a figure other processes' load does not "
                    "change)\n",
                    qint64(messages.size()), applyMs, double(messages.size()) * 1000 / applyMs,
                    report.applied, report.setAside,
                    ledger.digest() == digestA ? ", digest equal to desk A's" : ", DIGEST DIFFERS",
                    report.error.isEmpty()
                        ? ""
                        : qPrintable(QStringLiteral(" (") + report.error + QLatin1Char(')')),
                    100000.0 * applyMs / 1000 / double(messages.size()), cpu,
                    cpu * 1e6 / double(messages.size()), cpu / QThread::idealThreadCount(),
                    QThread::idealThreadCount());
    }

    // 2b. 2a by part, each on its own: checking the signatures on every core, preparing the acts
    // (parsing events and documents, signatures included) on every core, and applying prepared
    // acts in the log's order on one thread (what cannot run in parallel). 2a overlaps them.
    if (runs("2b")) {
        QElapsedTimer t;
        t.start();
        double cpu0 = cpuSeconds();
        std::atomic<int> valid{0};
        QtConcurrent::blockingMap(messages, [&valid](const team::LogMessage &m) {
            QByteArray body, sig;
            QString error;
            if (team::decode(m.value, &body, &sig, &error) &&
                identity::sshsig::verify(sig, body).ok)
                ++valid;
        });
        const double verifyMs = ms(t), verifyCpu = cpuSeconds() - cpu0;
        CatalogStore store;
        store.open(dir.filePath(QStringLiteral("p.sqlite")));
        store.checkpointInBackground(); // as team::applyMessages does
        ledger::Ledger ledger(store, nullptr);
        ledger.load();
        ledger.setTeam(true);
        double prepareMs = 0, prepareCpu = 0, applyMs = 0, applyCpu = 0, applyThreadCpu = 0;
        int applied = 0;
        for (qsizetype i = 0; i < messages.size(); i += 2000) {
            const QList<team::LogMessage> window = messages.mid(i, 2000);
            t.restart();
            cpu0 = cpuSeconds();
            const QList<ledger::Ledger::Prepared> prepared =
                QtConcurrent::blockingMapped(window, &team::prepare);
            prepareMs += ms(t);
            prepareCpu += cpuSeconds() - cpu0;
            t.restart();
            cpu0 = cpuSeconds();
            const double thread0 = cpuSeconds(RUSAGE_THREAD);
            ledger.beginBatch();
            for (const ledger::Ledger::Prepared &p : prepared)
                applied += ledger.applyPrepared(p).applied ? 1 : 0;
            ledger.commitBatch();
            applyMs += ms(t);
            applyCpu += cpuSeconds() - cpu0;
            applyThreadCpu += cpuSeconds(RUSAGE_THREAD) - thread0;
        }
        const double n = double(messages.size()), per100k = 100000.0 / n;
        std::printf(
            "2b. 2a by part, each alone (per 100,000 acts):\n"
            "   check every signature (decode + Ed25519), %d cores: %6.1f s wall, CPU %5.1f s "
            "(%d of %lld valid)\n"
            "   prepare (parse act + document, signature included): %6.1f s wall, CPU %5.1f s\n"
            "   apply prepared acts in log order, one thread:        %6.1f s wall, CPU %5.1f s "
            "(that thread %.1f s; %d applied%s)\n"
            "   floor with one signature check per act: (prepare CPU + apply CPU) / %d cores = "
            "%.1f s, and never below the apply thread's %.1f s\n"
            "   without the signature checks (what checking fewer signatures than acts could "
            "reach): (prepare CPU - check CPU + apply CPU) / %d cores = %.1f s\n",
            QThread::idealThreadCount(), verifyMs / 1000 * per100k, verifyCpu * per100k, int(valid),
            qint64(n), prepareMs / 1000 * per100k, prepareCpu * per100k, applyMs / 1000 * per100k,
            applyCpu * per100k, applyThreadCpu * per100k, applied,
            ledger.digest() == digestA ? ", digest equal to desk A's" : ", DIGEST DIFFERS",
            QThread::idealThreadCount(),
            (prepareCpu + applyCpu) * per100k / QThread::idealThreadCount(),
            applyMs / 1000 * per100k, QThread::idealThreadCount(),
            (prepareCpu - verifyCpu + applyCpu) * per100k / QThread::idealThreadCount());
    }

    QString root; // the catalog's trust root (sections 2 and 3 each make a catalog)
    // 2. through the mock cluster: it keeps about 5 MiB, so larger logs do not fit in it
    if (!runs("2")) {
    } else if (events > 20000) {
        std::printf("2. (through the mock cluster: skipped for %d events; it keeps about 5 MiB, "
                    "run bench_team 1000)\n",
                    events);
    } else {
        const QString dbA = dir.filePath(QStringLiteral("a.sqlite"));
        QFile::copy(cache, dbA);
        qint64 total = 0;
        {
            CatalogStore store;
            store.open(dbA);
            ledger::Ledger ledger(store, &keys.ring());
            ledger.load();
            QElapsedTimer t;
            t.start();
            const team::Outcome created = team::create(ledger, QStringLiteral("alice"), config);
            if (!created.ok) {
                std::fprintf(stderr, "team create: %s\n", qPrintable(created.error));
                return 1;
            }
            total = store.eventCount();
            root = ledger.rootFingerprint();
            std::printf("2. %lld events published by team create in %.0f ms\n", total, ms(t));
        }
        // baseline: read the same messages from the topic, nothing applied
        {
            kafka::SampleRequest req;
            req.bootstrap = config.bootstrap;
            req.topic = config.topic;
            req.mode = kafka::SampleRequest::Mode::FromBeginning;
            req.max = int(total);
            req.timeoutMs = 60000;
            QElapsedTimer t;
            t.start();
            const kafka::SampleResult r = kafka::sample(req);
            std::printf("   baseline: consume the %lld messages (no checks)  %8.0f ms\n",
                        r.delivered, ms(t));
        }
        {
            const QString dbB = dir.filePath(QStringLiteral("b.sqlite"));
            CatalogStore store;
            store.open(dbB);
            ledger::Ledger ledger(store, &keys.ring());
            ledger.load();
            QElapsedTimer t;
            t.start();
            const double cpu0 = cpuSeconds();
            const team::Outcome joined = team::join(ledger, QStringLiteral("bob"), config, root);
            const double joinMs = ms(t), cpu = cpuSeconds() - cpu0;
            if (!joined.ok) {
                std::fprintf(stderr, "team join: %s\n", qPrintable(joined.error));
                return 1;
            }
            std::printf(
                "   materialize (verify + apply every act), team join: %8.0f ms  "
                "(%.0f events/s)  %lld events, %d set aside\n"
                "   at this rate 100,000 events take %.1f s (goal < 5 s)\n"
                "   CPU time of all threads: %.1f s (%.0f us per event); the wall time cannot "
                "be below %.1f s on %d cores (a figure other processes' load does not "
                "change)\n",
                joinMs, double(total) * 1000 / joinMs, store.eventCount(),
                int(store.setAside().size()), 100000.0 * joinMs / 1000 / double(total), cpu,
                cpu * 1e6 / double(total), cpu / QThread::idealThreadCount(),
                QThread::idealThreadCount());
        }
    }

    // 3. a decision on desk C visible on desk A: both with a sync thread, as in the GUI
    if (runs("3")) {
        const QString small =
            QCoreApplication::applicationDirPath() + QStringLiteral("/bench_team-latency.sqlite");
        QFile::remove(small);
        kafka::MockBroker b2;
        b2.start();
        team::TeamConfig c2 = config;
        c2.bootstrap = b2.bootstrap();
        c2.topic = QStringLiteral("meshdesk.latency");
        c2.timeoutMs = 8000;
        b2.createTopic(c2.topic, 1);
        const QString dbA2 = dir.filePath(QStringLiteral("la.sqlite"));
        const QString dbC2 = dir.filePath(QStringLiteral("lc.sqlite"));
        const int rounds = 40;
        {
            CatalogStore s;
            s.open(dbA2);
            ledger::Ledger l(s, &keys.ring());
            l.load();
            l.createCatalog(QStringLiteral("alice"));
            l.admit(QStringLiteral("alice"), QStringLiteral("bob"),
                    keys.publicKey(QStringLiteral("bob")));
            l.admit(QStringLiteral("alice"), QStringLiteral("carol"),
                    keys.publicKey(QStringLiteral("carol")));
            for (int d = 0; d < 20; ++d)
                l.grant(QStringLiteral("alice"), QStringLiteral("carol"),
                        QStringLiteral("governance-owner"), QStringLiteral("d%1").arg(d));
            for (int p = 0; p < rounds; ++p) {
                l.submit(importBytes(QStringLiteral("c.yaml"), contract(p, 1)),
                         QStringLiteral("bob"));
                l.submit(importBytes(QStringLiteral("c.yaml"), contract(p, 2)),
                         QStringLiteral("bob"));
            }
            if (!team::create(l, QStringLiteral("alice"), c2).ok)
                return 1;
            root = l.rootFingerprint();
        }
        {
            CatalogStore s;
            s.open(dbC2);
            ledger::Ledger l(s, &keys.ring());
            l.load();
            if (!team::join(l, QStringLiteral("carol"), c2, root).ok)
                return 1;
        }
        // desk A's sync thread (the GUI's TeamSync), desk C acting on this thread with its own
        QThread threadA, threadC;
        auto *syncA = new team::TeamSync(dbA2, c2);
        auto *syncC = new team::TeamSync(dbC2, c2);
        syncA->moveToThread(&threadA);
        syncC->moveToThread(&threadC);
        QObject::connect(&threadA, &QThread::started, syncA, &team::TeamSync::run);
        QObject::connect(&threadC, &QThread::started, syncC, &team::TeamSync::run);
        threadA.start();
        threadC.start();
        CatalogStore a, c;
        a.open(dbA2);
        c.open(dbC2);
        ledger::Ledger lc(c, &keys.ring());
        lc.load();
        team::attach(lc, team::binding(c));
        lc.setQueuedCallback([syncC] { syncC->wake(); });
        std::vector<double> latency;
        for (const ChangeRecord &ch : c.changes(QStringLiteral("pending"))) {
            lc.load(); // the sync thread's acts
            QElapsedTimer t;
            t.start();
            const ledger::ActResult r = lc.decide(ch.id, QStringLiteral("carol"), true, {});
            if (!r.ok) {
                std::fprintf(stderr, "decide: %s\n", qPrintable(r.error));
                break;
            }
            // desk A: the decision is in its catalog (what its window reloads on progressed())
            while (t.elapsed() < 10000) {
                const auto seen = a.change(ch.id);
                if (seen && seen->status == QLatin1String("approved"))
                    break;
                QThread::msleep(2);
            }
            latency.push_back(ms(t));
        }
        syncA->stop();
        syncC->stop();
        threadA.quit();
        threadC.quit();
        threadA.wait();
        threadC.wait();
        delete syncA;
        delete syncC;
        // baseline: the topic's own produce-to-consume latency for one small message
        std::vector<double> raw;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            b2.produce(QStringLiteral("raw"), "k", "v", 0);
            kafka::SampleRequest req;
            req.bootstrap = b2.bootstrap();
            req.topic = QStringLiteral("raw");
            req.mode = kafka::SampleRequest::Mode::FromBeginning;
            req.max = i + 1;
            kafka::sample(req);
            raw.push_back(ms(t));
        }
        std::printf("3. a decision on desk C visible in desk A's catalog (%zu decisions):\n"
                    "   p50 %6.0f ms   p95 %6.0f ms   max %6.0f ms   (goal p95 < 1000 ms)\n"
                    "   baseline: produce one message + a new consumer reading it (connect "
                    "included): p50 %6.0f ms  p95 %6.0f ms\n",
                    latency.size(), percentile(latency, 0.5), percentile(latency, 0.95),
                    latency.empty() ? 0 : *std::max_element(latency.begin(), latency.end()),
                    percentile(raw, 0.5), percentile(raw, 0.95));
    }
    return 0;
}
