// Kafka benchmarks against the in-process demo broker (librdkafka's mock cluster), each beside
// a baseline measured in the same run:
//  1. consume + decode + contract conformance of 100,000 JSON messages vs `kcat -C -e` reading
//     the same topic (goal: at least kcat's messages/s);
//  3. the same topic through `meshdesk sample --contract F --json` (a process, its output read
//     through a pipe) vs `kcat -C -e` (goal: at least kcat's messages/s);
//  2. the GUI live tail at 50,000 messages/s for 10 s: longest event-loop stall (a 5 ms QTimer
//     probe; goal < 50 ms) and memory (goal: flat).
// Usage: QT_QPA_PLATFORM=offscreen bench_kafka
#include "Rss.h"
#include "TopicView.h"
#include "formats/DocumentImporter.h"
#include "itemmodels/MessageModel.h"
#include "kafka/Conformance.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace meshdesk;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const SchemaObject schema = importFile(QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"))
                                    .documents.front()
                                    .document.contract.objects.front();
    kafka::MockBroker broker;
    QString error;
    if (!broker.start(1, &error)) {
        printf("cannot start the mock cluster: %s\n", qPrintable(error));
        return 1;
    }
    printf("MeshDesk Kafka benchmarks (mock cluster %s)\n\n", qPrintable(broker.bootstrap()));
    // 1. 100,000 messages: ours vs kcat
    const int n = 100000;
    broker.createTopic(QStringLiteral("bench"), 8); // the mock keeps ~5 MiB per partition
    QRandomGenerator rng(7);
    QList<QByteArray> events;
    for (int i = 0; i < 1000; ++i)
        events << QJsonDocument(kafka::demoEvent(schema.fields, rng, i % 10 == 0))
                      .toJson(QJsonDocument::Compact);
    QElapsedTimer pt;
    pt.start();
    for (int i = 0; i < n; ++i)
        broker.produce(QStringLiteral("bench"), QByteArray::number(i), events[i % 1000], -1,
                       nullptr, i + 1 == n ? 30000 : 0);
    printf("1. produced %d messages in %.2f s\n", n, pt.nsecsElapsed() / 1e9);
    QElapsedTimer t;
    t.start();
    kafka::SampleRequest req;
    req.bootstrap = broker.bootstrap();
    req.topic = QStringLiteral("bench");
    req.mode = kafka::SampleRequest::Mode::FromBeginning;
    req.max = n;
    req.timeoutMs = 120000;
    // first as a list (what `meshdesk sample` does), then streaming: each message checked as
    // it arrives, overlapping librdkafka's fetches (what the GUI and the bench goal measure)
    const kafka::ConformanceChecker checker(schema);
    const kafka::SampleResult listed = kafka::sample(req);
    const double consumeOnly = t.nsecsElapsed() / 1e9;
    int violating = 0;
    for (const kafka::Message &m : listed.messages) {
        QList<kafka::Violation> violations;
        violating +=
            checker.checkJson(m.value, &violations) == kafka::ConformanceChecker::Json::Invalid ||
            !violations.isEmpty();
    }
    const double listedTotal = t.nsecsElapsed() / 1e9;
    printf("   MeshDesk consume into a list, then decode + conformance: %d messages (%d violating) "
           "in %.3f s (consume %.3f s, check %.3f s) = %.0f msg/s\n",
           int(listed.messages.size()), violating, listedTotal, consumeOnly,
           listedTotal - consumeOnly, listed.messages.size() / listedTotal);
    int streamedViolating = 0;
    req.onMessage = [&](const kafka::Message &m) {
        QList<kafka::Violation> violations;
        streamedViolating +=
            checker.checkJson(m.value, &violations) == kafka::ConformanceChecker::Json::Invalid ||
            !violations.isEmpty();
    };
    const QString kcat = QStandardPaths::findExecutable(QStringLiteral("kcat"));
    auto runKcat = [&](qint64 *lines) {
        QProcess p;
        QElapsedTimer kt;
        kt.start();
        p.start(kcat, {QStringLiteral("-C"), QStringLiteral("-b"), broker.bootstrap(),
                       QStringLiteral("-t"), QStringLiteral("bench"), QStringLiteral("-e"),
                       QStringLiteral("-q"), QStringLiteral("-o"), QStringLiteral("beginning"),
                       QStringLiteral("-X"), QStringLiteral("fetch.wait.max.ms=10")});
        *lines = 0;
        while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
            p.waitForReadyRead(100);
            *lines += p.readAll().count('\n');
        }
        return kt.nsecsElapsed() / 1e9;
    };
    // a run lasts ~0.1 s, so single runs are noisy: 7 interleaved rounds, medians compared
    const int rounds = 7;
    std::vector<double> oursRates, kcatRates;
    for (int round = 0; round < rounds; ++round) {
        streamedViolating = 0;
        t.restart();
        const kafka::SampleResult r = kafka::sample(req);
        const double ours = t.nsecsElapsed() / 1e9;
        if (r.delivered != n || streamedViolating != violating) {
            printf("   streaming read %lld messages (%d violating): expected %d (%d)\n",
                   r.delivered, streamedViolating, n, violating);
            return 1;
        }
        oursRates.push_back(r.delivered / ours);
        if (!kcat.isEmpty()) {
            qint64 lines = 0;
            const double k = runKcat(&lines);
            kcatRates.push_back(lines / k);
        }
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    printf("   MeshDesk consume + decode + conformance, streaming (%d messages, %d violating, "
           "each checked as it arrives): median of %d runs %.0f msg/s (min %.0f, max %.0f)\n",
           n, violating, rounds, median(oursRates),
           *std::min_element(oursRates.begin(), oursRates.end()),
           *std::max_element(oursRates.begin(), oursRates.end()));
    if (!kcatRates.empty())
        printf("   baseline kcat -C -e (consume and print only), same topic, interleaved: median "
               "%.0f msg/s (min %.0f, max %.0f) -> MeshDesk %.2fx\n",
               median(kcatRates), *std::min_element(kcatRates.begin(), kcatRates.end()),
               *std::max_element(kcatRates.begin(), kcatRates.end()),
               median(oursRates) / median(kcatRates));
    else
        printf("   baseline kcat: not installed (apt-get install kcat)\n");
    // 3. the command line scripts use, side by side with kcat on the same topic: `meshdesk sample
    // --contract F --json` (each message checked and printed as a JSON line as it is read) and
    // `kcat -C -e` (each value printed), both processes started, connected and read to the end
    // of the topic, their whole output read through a pipe
    {
        auto runProcess = [&](const QString &program, const QStringList &args, qint64 *lines,
                              qint64 *bytes) {
            QProcess p;
            QElapsedTimer pt;
            pt.start();
            p.start(program, args);
            *lines = 0;
            *bytes = 0;
            while (p.state() != QProcess::NotRunning || p.bytesAvailable()) {
                p.waitForReadyRead(100);
                const QByteArray chunk = p.readAllStandardOutput();
                *lines += chunk.count('\n');
                *bytes += chunk.size();
            }
            return pt.nsecsElapsed() / 1e9;
        };
        const QStringList meshdeskArgs{
            QStringLiteral("sample"),     QStringLiteral("--bootstrap"),
            broker.bootstrap(),           QStringLiteral("--topic"),
            QStringLiteral("bench"),      QStringLiteral("--from-beginning"),
            QStringLiteral("--max"),      QString::number(n),
            QStringLiteral("--contract"), QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"),
            QStringLiteral("--json")};
        const QStringList kcatArgs{QStringLiteral("-C"),
                                   QStringLiteral("-b"),
                                   broker.bootstrap(),
                                   QStringLiteral("-t"),
                                   QStringLiteral("bench"),
                                   QStringLiteral("-e"),
                                   QStringLiteral("-q"),
                                   QStringLiteral("-o"),
                                   QStringLiteral("beginning"),
                                   QStringLiteral("-X"),
                                   QStringLiteral("fetch.wait.max.ms=10")};
        std::vector<double> cliRates, kcatCliRates;
        qint64 cliBytes = 0, kcatBytes = 0;
        for (int round = 0; round < 5; ++round) {
            qint64 lines = 0, bytes = 0;
            const double ours =
                runProcess(QStringLiteral(MESHDESK_BINARY), meshdeskArgs, &lines, &bytes);
            if (lines != n) {
                printf("3. meshdesk sample printed %lld lines, expected %d\n", lines, n);
                return 1;
            }
            cliRates.push_back(lines / ours);
            cliBytes = bytes;
            if (!kcat.isEmpty()) {
                const double k = runProcess(kcat, kcatArgs, &lines, &bytes);
                kcatCliRates.push_back(lines / k);
                kcatBytes = bytes;
            }
        }
        printf("\n3. command line, %d messages, 5 interleaved runs each (process start, connect, "
               "read to the end, output through a pipe):\n",
               n);
        printf("   meshdesk sample --contract orders-v1.odcs.yaml --json (checked, one JSON line "
               "each, %.1f MB): median %.0f msg/s (min %.0f, max %.0f)\n",
               cliBytes / 1e6, median(cliRates),
               *std::min_element(cliRates.begin(), cliRates.end()),
               *std::max_element(cliRates.begin(), cliRates.end()));
        if (!kcatCliRates.empty())
            printf("   baseline kcat -C -e (values only, %.1f MB), same topic: median %.0f msg/s "
                   "(min %.0f, max %.0f) -> MeshDesk %.2fx\n",
                   kcatBytes / 1e6, median(kcatCliRates),
                   *std::min_element(kcatCliRates.begin(), kcatCliRates.end()),
                   *std::max_element(kcatCliRates.begin(), kcatCliRates.end()),
                   median(cliRates) / median(kcatCliRates));
    }
    // 2. GUI live tail at 50,000 msg/s for 10 s
    broker.createTopic(QStringLiteral("firehose"), 8);
    TopicView view;
    view.resize(1600, 1000);
    view.show();
    view.setSource(broker.bootstrap(), QStringLiteral("firehose"), schema);
    view.start();
    QElapsedTimer probe;
    probe.start();
    qint64 last = 0, worst = 0;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = probe.elapsed();
        worst = std::max(worst, now - last - 5);
        last = now;
    });
    tick.start(5);
    for (int w = 0; w < 20 && view.state() != QLatin1String("live"); ++w)
        app.processEvents(QEventLoop::AllEvents, 100);
    std::atomic_bool stop{false};
    std::atomic<long> produced{0};
    QThread *producer = QThread::create([&] {
        // paced to ~50,000/s in 10 ms slices
        QElapsedTimer pace;
        pace.start();
        while (!stop) {
            const long due = long(pace.elapsed() * 50);
            while (produced < due && !stop) {
                broker.produce(QStringLiteral("firehose"), "k", events[produced % 1000], -1,
                               nullptr, 0);
                ++produced;
            }
            QThread::msleep(2);
        }
    });
    const long rssStart = bench::rssMb();
    last = probe.elapsed();
    worst = 0;
    producer->start();
    QElapsedTimer run;
    run.start();
    long rssMax = rssStart;
    QList<long> rssEvery2s;
    while (run.elapsed() < 10000) {
        app.processEvents(QEventLoop::AllEvents, 20);
        rssMax = std::max(rssMax, bench::rssMb());
        if (run.elapsed() >= 2000 * (rssEvery2s.size() + 1))
            rssEvery2s << bench::rssMb();
    }
    stop = true;
    producer->wait();
    delete producer;
    view.stop();
    printf("\n2. GUI live tail at 50,000 msg/s for 10 s: %ld produced, %lld received (buffer %d "
           "rows)\n",
           produced.load(), view.messages()->totalMessages(), view.messages()->rowCount());
    printf("   longest event-loop stall: %lld ms (goal < 50 ms); RSS %ld MB at start, %ld MB max "
           "(goal: flat)\n",
           worst, rssStart, rssMax);
    QStringList marks;
    for (qsizetype i = 0; i < rssEvery2s.size(); ++i)
        marks << QStringLiteral("%1 s: %2 MB").arg(2 * (i + 1)).arg(rssEvery2s[i]);
    printf("   RSS every 2 s (a plateau, not a climb, is the goal): %s\n",
           qPrintable(marks.join(QStringLiteral(", "))));
    return 0;
}
