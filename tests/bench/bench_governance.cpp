// Governance benchmarks, each beside a baseline measured in the same run:
//  1. semantic diff of two versions of a 500-field contract (goal < 10 ms) vs GNU diff -u of
//     the same two files (a text diff, for scale);
//  2. the review page of that change opened in the window (goal < 200 ms) vs building the
//     review data alone.
// Usage: QT_QPA_PLATFORM=offscreen bench_governance
#include "MainWindow.h"
#include "ReviewPage.h"
#include "governance/Diff.h"
#include "governance/Review.h"
#include "store/CatalogStore.h"
#include "TestIdentities.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace meshdesk;

static QByteArray contract(int fields, bool v2)
{
    QByteArray y = "apiVersion: v3.1.0\nkind: DataContract\nid: wide\nname: Wide\nversion: " +
                   QByteArray(v2 ? "2.0.0" : "1.0.0") +
                   "\ndomain: bench\nstatus: active\nschema:\n";
    for (int o = 0; o < 5; ++o) {
        y += "  - name: table_" + QByteArray::number(o) + "\n    properties:\n";
        for (int f = 0; f < fields / 5; ++f) {
            const int i = o * 1000 + f;
            if (v2 && i % 50 == 0)
                continue; // removed fields
            y += "      - name: field_" + QByteArray::number(i) +
                 "\n        logicalType: " + QByteArray(v2 && i % 37 == 0 ? "integer" : "string") +
                 "\n        physicalType: varchar(" +
                 QByteArray::number(v2 && i % 11 == 0 ? 128 : 64) +
                 ")\n        required: " + QByteArray(i % 3 ? "false" : "true") +
                 "\n        description: Field " + QByteArray::number(i) +
                 (v2 && i % 7 == 0 ? " (revised)" : "") +
                 "\n        logicalTypeOptions:\n          maxLength: " +
                 QByteArray::number(v2 && i % 13 == 0 ? 32 : 64) + "\n";
        }
    }
    return y;
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString f1 = dir.filePath(QStringLiteral("v1.yaml")),
                  f2 = dir.filePath(QStringLiteral("v2.yaml"));
    for (const auto &[path, text] :
         {std::pair{f1, contract(500, false)}, std::pair{f2, contract(500, true)}}) {
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text);
    }
    const FileImport a = importFile(f1), b = importFile(f2);
    printf("MeshDesk governance benchmarks\n\n");
    // 1. diff
    constexpr int runs = 50;
    std::vector<double> t;
    governance::DiffResult d;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        governance::diffDocuments(a.documents.front().document, b.documents.front().document, d,
                                  nullptr);
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(t.begin(), t.end());
    QElapsedTimer textDiff;
    textDiff.start();
    QProcess p;
    p.start(QStringLiteral("diff"), {QStringLiteral("-u"), f1, f2});
    p.waitForFinished();
    const double textMs = textDiff.nsecsElapsed() / 1e6;
    printf("1. semantic diff of a %d-field contract (%d changes, %d breaking): median %.2f ms, max "
           "%.2f ms over %d runs (goal < 10 ms)\n",
           a.documents.front().document.contract.countFields(), int(d.changes.size()),
           d.count(governance::Severity::Breaking), t[t.size() / 2], t.back(), runs);
    printf("   baseline GNU diff -u of the same files (process included): %.2f ms, %d lines\n\n",
           textMs, int(p.readAllStandardOutput().count('\n')));
    // 2. review page
    const QString db = dir.filePath(QStringLiteral("g.sqlite"));
    {
        test::TestCatalog c(db, {QStringLiteral("alice"), QStringLiteral("bob"),
                                 QStringLiteral("carol")});
        c.ledger->submit(a, QStringLiteral("alice"));
        c.ledger->submit(b, QStringLiteral("bob"));
        c.ledger->grant(QStringLiteral("alice"), QStringLiteral("carol"),
                        QStringLiteral("governance-owner"), QStringLiteral("bench"));
        qputenv("MESHDESK_KEY_DIR", QFile::encodeName(c.keys.dir()));
    }
    MainWindow w(db, QStringLiteral("carol"));
    w.resize(1920, 1080);
    w.show();
    app.processEvents();
    CatalogStore s;
    s.open(db);
    std::vector<double> data, page;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const governance::Review r = governance::buildReview(s, 1);
        data.push_back(timer.nsecsElapsed() / 1e6);
        timer.restart();
        w.openReview(1);
        w.reviewPage()->repaint(); // laid out and painted
        page.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(data.begin(), data.end());
    std::sort(page.begin(), page.end());
    printf("2. review page of that change, opened and painted at 1920x1080: median %.1f ms, max "
           "%.1f ms over 10 opens (goal < 200 ms)\n",
           page[page.size() / 2], page.back());
    printf("   baseline: building the review data alone (store reads, parse, diff, policies, "
           "impact): median %.1f ms\n",
           data[data.size() / 2]);
    return 0;
}
