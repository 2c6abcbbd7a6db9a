// Durability: a `meshdesk import` child is killed (SIGKILL) in the middle of a large import;
// the reopened store is consistent and holds only whole files.
#include "TestIdentities.h"
#include "store/CatalogStore.h"

#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

namespace {
int query(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_busy_timeout(db, 2000);
    sqlite3_stmt *st = nullptr;
    int n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}
} // namespace

class TestCrashImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringImport();
};

void TestCrashImport::killDuringImport()
{
    const test::TestKeys keys({QStringLiteral("alice")}); // every import is a signed act
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("mesh"));
    QDir().mkpath(input);
    const int files = 3000;
    // Each file holds a product and its contract: both or neither may be in the store.
    for (int i = 0; i < files; ++i) {
        QByteArray text =
            "apiVersion: v1.0.0\nkind: DataProduct\nid: p" + QByteArray::number(i) +
            "\nname: P\ndomain: d\noutputPorts:\n  - name: out\n    contractId: c" +
            QByteArray::number(i) + "\n---\napiVersion: v3.1.0\nkind: DataContract\nid: c" +
            QByteArray::number(i) + "\nversion: 1.0.0\nschema:\n  - name: t\n    properties:\n";
        for (int f = 0; f < 60; ++f)
            text += "      - name: field_" + QByteArray::number(f) +
                    "\n        logicalType: string\n        description: Field number " +
                    QByteArray::number(f) + " of a generated contract\n";
        QFile out(input + QStringLiteral("/f%1.yaml").arg(i, 5, 10, QLatin1Char('0')));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
    }
    const QString db = dir.filePath(QStringLiteral("crash.sqlite"));
    {
        CatalogStore s; // create the schema first so polling can read it
        QVERIFY(s.open(db));
    }
    QProcess child;
    child.start(QStringLiteral(MESHDESK_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                 QStringLiteral("alice"), input});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(query(db, "SELECT count(*) FROM versions") >= 200, 60000);
    child.kill(); // SIGKILL: no clean-up, no rollback by the process itself
    QVERIFY(child.waitForFinished());
    const int stored = query(db, "SELECT count(*) FROM versions");
    QVERIFY2(stored < 2 * files, "the import finished before it was killed: make it larger");

    CatalogStore s;
    QString error;
    QVERIFY2(s.open(db, {}, &error), qPrintable(error));
    QCOMPARE(query(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"),
             1);
    const int products = int(s.entities(QStringLiteral("product")).size());
    const int contracts = int(s.entities(QStringLiteral("contract")).size());
    QVERIFY(products > 0);
    QCOMPARE(products, contracts); // whole files only
    QCOMPARE(query(db, "SELECT count(*) FROM entities e JOIN entities f ON f.kind = 'contract' AND "
                       "f.key = 'c' || substr(e.key, 2) WHERE e.kind = 'product'"),
             products);
    QCOMPARE(query(db, "SELECT count(*) FROM entities WHERE current_version_id IS NULL"), 0);
    QCOMPARE(query(db, "SELECT count(DISTINCT ref) FROM search_entities WHERE kind = 'contract'"),
             contracts);
    qInfo("killed after %d of %d files were stored", products, files);

    // Importing again completes the catalog; what was stored is unchanged, nothing duplicated.
    QProcess again;
    again.start(QStringLiteral(MESHDESK_BINARY),
                {QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--as"),
                 QStringLiteral("alice"), input});
    QVERIFY(again.waitForFinished(240000));
    QCOMPARE(again.exitCode(), 0);
    QCOMPARE(int(s.entities(QStringLiteral("product")).size()), files);
    QCOMPARE(query(db, "SELECT count(*) FROM versions"), 2 * files);
    QVERIFY(s.changes().isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashImport)
#include "tst_crashimport.moc"
