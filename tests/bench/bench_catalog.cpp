// Catalog benchmarks, each printed beside a baseline measured in the same run:
//  1. import throughput of a generated mesh (1,000 products + 1,000 contracts, 2,000 files)
//     vs Python + PyYAML (libyaml CLoader) merely parsing the same files;
//  2. import of 1,000 contracts with 100,000 fields;
//  3. FTS search p50/p95 over 10,000 products / 500,000 fields vs a LIKE scan.
// Usage: bench_catalog [--quick] [--only N] [--write-mesh DIR [PRODUCTS FIELDS]]   (quick: a tenth
// of the sizes, for a smoke run)
#include "store/CatalogStore.h"
#include "store/ImportJob.h"
#include "TestIdentities.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace meshdesk;

namespace {

const char *kWords[] = {"order",  "customer", "payment",   "shipment", "invoice",
                        "stock",  "price",    "refund",    "campaign", "session",
                        "device", "address",  "email",     "account",  "balance",
                        "ledger", "carrier",  "warehouse", "article",  "basket"};

QByteArray contractYaml(int i, int fields, const QString &domain)
{
    QByteArray y = "apiVersion: v3.1.0\nkind: DataContract\nid: contract-" + QByteArray::number(i) +
                   "\nname: Contract " + QByteArray::number(i) +
                   "\nversion: 1.0.0\nstatus: active\ndomain: " + domain.toUtf8() +
                   "\ndescription:\n  purpose: Generated contract number " + QByteArray::number(i) +
                   " for the import benchmark.\nschema:\n  - name: table_" + QByteArray::number(i) +
                   "\n    physicalType: table\n    properties:\n";
    for (int f = 0; f < fields; ++f) {
        const char *w = kWords[(i * 7 + f) % 20];
        const char *w2 = kWords[(i + f * 3) % 20];
        y +=
            "      - name: " + QByteArray(w) + "_" + w2 + "_" + QByteArray::number(f) +
            "\n        logicalType: string\n        physicalType: varchar(64)\n        required: " +
            (f % 3 == 0 ? "true" : "false") + "\n        description: The " + w + " " + w2 +
            " of the record\n";
    }
    return y;
}

QByteArray productYaml(int i, int products, const QString &domain)
{
    QByteArray y = "apiVersion: v1.0.0\nkind: DataProduct\nid: product-" + QByteArray::number(i) +
                   "\nname: Product " + QByteArray::number(i) +
                   "\nversion: 1.0.0\nstatus: active\ndomain: " + domain.toUtf8() +
                   "\ndescription:\n  purpose: Generated product " + QByteArray::number(i) +
                   "\ntags: [generated, bench]\ninputPorts:\n";
    const int inputs = 1 + i % 5;
    for (int k = 0; k < inputs && i > 0; ++k)
        y += "  - name: in" + QByteArray::number(k) +
             "\n    version: 1.0.0\n    contractId: contract-" +
             QByteArray::number(QRandomGenerator::global()->bounded(i)) + "\n";
    y += "outputPorts:\n  - name: out\n    version: 1.0.0\n    contractId: contract-" +
         QByteArray::number(i) + "\nteam:\n  name: team-" + domain.toUtf8() + "\n";
    Q_UNUSED(products);
    return y;
}

QStringList writeMesh(const QString &dir, int products, int fieldsPerContract)
{
    QDir().mkpath(dir);
    QStringList files;
    for (int i = 0; i < products; ++i) {
        const QString domain = QStringLiteral("domain-%1").arg(i % 25);
        for (const auto &[name, text] :
             {std::pair{QStringLiteral("p%1.odps.yaml").arg(i), productYaml(i, products, domain)},
              std::pair{QStringLiteral("c%1.odcs.yaml").arg(i),
                        contractYaml(i, fieldsPerContract, domain)}}) {
            QFile f(dir + QLatin1Char('/') + name);
            f.open(QIODevice::WriteOnly);
            f.write(text);
            files << f.fileName();
        }
    }
    return files;
}

qint64 totalSize(const QStringList &files)
{
    qint64 n = 0;
    for (const QString &f : files)
        n += QFileInfo(f).size();
    return n;
}

double pyyamlSeconds(const QString &dir)
{
    const QString script =
        QStringLiteral("import sys, glob, time, yaml\n"
                       "files = sorted(glob.glob(sys.argv[1] + '/*.yaml'))\n"
                       "t = time.perf_counter()\n"
                       "for f in files:\n"
                       "    with open(f, 'rb') as h: yaml.load(h.read(), Loader=yaml.CSafeLoader)\n"
                       "print(time.perf_counter() - t)\n");
    QProcess p;
    p.start(QStringLiteral(MESHDESK_PYTHON3), {QStringLiteral("-c"), script, dir});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        return -1;
    return p.readAllStandardOutput().trimmed().toDouble();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int scale = quick ? 10 : 1;
    const int onlyIndex = int(app.arguments().indexOf(QStringLiteral("--only")));
    const int only = onlyIndex > 0 ? app.arguments().value(onlyIndex + 1).toInt() : 0;
    QTemporaryDir tmp;
    if (const int w = int(app.arguments().indexOf(QStringLiteral("--write-mesh"))); w > 0) {
        // writes the benchmark's mesh to a folder, for profiling or for other tools
        const int products = app.arguments().value(w + 2, QStringLiteral("1000")).toInt();
        const int fields = app.arguments().value(w + 3, QStringLiteral("8")).toInt();
        writeMesh(app.arguments().value(w + 1), products, fields);
        return 0;
    }
    printf("MeshDesk catalog benchmarks (%s)\n\n", quick ? "quick: 1/10 sizes" : "full sizes");

    if (only == 0 || only == 1) { // 1. import throughput
        const int n = 1000 / scale;
        const QString dir = tmp.filePath(QStringLiteral("mesh"));
        const QStringList files = writeMesh(dir, n, 8);
        const double mb = double(totalSize(files)) / 1e6;
        test::TestCatalog catalog(tmp.filePath(QStringLiteral("import.sqlite")),
                                  {QStringLiteral("bench")});
        QElapsedTimer t;
        t.start();
        const ImportSummary s = catalog.import(files, QStringLiteral("bench"));
        const double secs = t.nsecsElapsed() / 1e9;
        const double py = pyyamlSeconds(dir);
        printf("1. import of %d files (%.2f MB: %d products + %d contracts)\n", int(files.size()),
               mb, n, n);
        printf("   MeshDesk parse+model+SQLite+FTS: %.3f s = %.2f MB/s (%d added, %d failed)\n",
               secs, mb / secs, s.added, s.failedFiles);
        if (py > 0)
            printf("   baseline Python+PyYAML CSafeLoader, parse only: %.3f s = %.2f MB/s  -> "
                   "MeshDesk %.1fx\n",
                   py, mb / py, py / secs);
        else
            printf("   baseline Python+PyYAML: not available (install python3-yaml)\n");
        QElapsedTimer pt;
        pt.start();
        for (const QString &f : files)
            importFile(f);
        const double parseSecs = pt.nsecsElapsed() / 1e9;
        printf("   of which parse+model alone, one thread: %.3f s = %.2f MB/s\n", parseSecs,
               mb / parseSecs);
        printf("   goal: >= 5 MB/s and >= 3x PyYAML\n\n");
    }
    if (only == 0 || only == 2) { // 2. 1,000 contracts / 100,000 fields
        const int n = 1000 / scale;
        const QString dir = tmp.filePath(QStringLiteral("wide"));
        QDir().mkpath(dir);
        QStringList files;
        for (int i = 0; i < n; ++i) {
            QFile f(dir + QStringLiteral("/c%1.yaml").arg(i));
            f.open(QIODevice::WriteOnly);
            f.write(contractYaml(i, 100, QStringLiteral("domain-%1").arg(i % 25)));
            files << f.fileName();
        }
        test::TestCatalog catalog(tmp.filePath(QStringLiteral("wide.sqlite")),
                                  {QStringLiteral("bench")});
        QElapsedTimer t;
        t.start();
        const ImportSummary s = catalog.import(files, QStringLiteral("bench"));
        const double secs = t.nsecsElapsed() / 1e9;
        // baseline in the same run: parsing alone (no store), to show what the store costs
        QElapsedTimer p;
        p.start();
        int parsedFields = 0;
        for (const QString &f : files) {
            const FileImport fi = importFile(f);
            parsedFields += fi.documents.front().document.contract.countFields();
        }
        const double parseSecs = p.nsecsElapsed() / 1e9;
        printf("2. import of %d contracts / %d fields (%.2f MB): %.3f s (goal < 3 s)\n", n, n * 100,
               double(totalSize(files)) / 1e6, secs);
        printf("   baseline parse+model only, one thread: %.3f s for %d fields (%d added)\n\n",
               parseSecs, parsedFields, s.added);
    }
    if (only == 0 || only == 3) { // 3. search over 10,000 products / 500,000 fields
        const int n = 10000 / scale;
        const QString dir = tmp.filePath(QStringLiteral("big"));
        const QStringList files = writeMesh(dir, n, 50);
        const QString db = tmp.filePath(QStringLiteral("search.sqlite"));
        test::TestCatalog catalog(db, {QStringLiteral("bench")});
        CatalogStore &store = catalog.store;
        QElapsedTimer t;
        t.start();
        catalog.import(files, QStringLiteral("bench"));
        const double importSecs = t.nsecsElapsed() / 1e9;
        QStringList queries;
        for (int i = 0; i < 200; ++i) {
            const char *a = kWords[i % 20];
            const char *b = kWords[(i * 7 + 3) % 20];
            queries << (i % 3 == 0 ? QString::fromLatin1(a)
                        : i % 3 == 1
                            ? QStringLiteral("%1 %2").arg(QLatin1String(a), QLatin1String(b))
                            : QStringLiteral("%1_%2").arg(QLatin1String(a),
                                                          QLatin1String(b).left(3)));
        }
        auto percentiles = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return std::pair{v[v.size() / 2], v[size_t(double(v.size()) * 0.95)]};
        };
        std::vector<double> fts;
        int hits = 0;
        for (const QString &q : queries) {
            QElapsedTimer qt;
            qt.start();
            hits += int(store.search(q, 50).size());
            fts.push_back(qt.nsecsElapsed() / 1e6);
        }
        const auto [p50, p95] = percentiles(fts);
        printf("3. search over %d products / %d fields (imported in %.1f s)\n", n, n * 50,
               importSecs);
        printf("   FTS5 (50 results; bm25-ranked unless a word matches > 5,000 fields): p50 %.2f "
               "ms, p95 %.2f ms over %d queries, %d hits (goal p95 < 20 ms)\n",
               p50, p95, int(queries.size()), hits);
        // baseline in the same run: the same queries as a LIKE scan (what a catalog without a
        // full-text index does)
        std::vector<double> like;
        sqlite3 *raw = nullptr;
        sqlite3_open_v2(db.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(raw,
                           "SELECT ref, path, title FROM search_fields WHERE title LIKE ?1 "
                           "OR body LIKE ?1 LIMIT 50",
                           -1, &st, nullptr);
        for (int i = 0; i < 20; ++i) { // 20 queries: a scan each
            const QByteArray pattern =
                "%" + queries[i].split(QLatin1Char(' ')).first().toUtf8() + "%";
            QElapsedTimer qt;
            qt.start();
            sqlite3_bind_text(st, 1, pattern.constData(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW) {
            }
            sqlite3_reset(st);
            like.push_back(qt.nsecsElapsed() / 1e6);
        }
        sqlite3_finalize(st);
        sqlite3_close(raw);
        const auto [l50, l95] = percentiles(like);
        printf("   baseline LIKE scan (first 50 rows): p50 %.2f ms, p95 %.2f ms over %d queries\n",
               l50, l95, int(like.size()));
    }
    return 0;
}
