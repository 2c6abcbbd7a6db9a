// The SQLite store: append-only versions, pending changes, one transaction per file, locks,
// newer or corrupt databases, migrations from every earlier schema version, search.
#include "TestIdentities.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QtTest>
#include <sqlite3.h>

using namespace meshdesk;

namespace {
QByteArray contract(const char *id, const char *version, const char *extra = "")
{
    return QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: ") + id + "\nname: Orders " +
           id + "\nversion: " + version +
           "\ndomain: checkout\nstatus: active\n"
           "schema:\n  - name: orders\n    properties:\n"
           "      - name: order_id\n        logicalType: string\n        required: true\n"
           "      - name: customer_email\n        logicalType: string\n        classification: "
           "pii\n"
           "        description: E-mail address of the customer\n" +
           extra;
}

QByteArray product(const char *id, const char *input, const char *output)
{
    return QByteArray("apiVersion: v1.0.0\nkind: DataProduct\nid: ") + id + "\nname: Product " +
           id +
           "\ndomain: fulfillment\nstatus: active\nversion: 1.0.0\n"
           "inputPorts:\n  - name: in\n    contractId: " +
           input + "\noutputPorts:\n  - name: out\n    contractId: " + output + "\n";
}

FileImport parse(const QByteArray &text, const QString &name = QStringLiteral("doc.yaml"))
{
    return importBytes(name, text);
}

int count(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    const int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void firstVersionApproved();
    void reimportIdenticalIsNoop();
    void differingContentBecomesPendingChange();
    void sameVersionNumberDifferentContent();
    void failingFileLeavesNothing();
    void failingFileInsideBatchIsReplayed();
    void lockedDatabase();
    void newerSchemaRefused();
    void corruptDatabase();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void versionsAreAppendOnly();
    void search();
    void walAndForeignKeys();
    void checkpointsInBackground();
    void fixturesImportWhole();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestStore::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("cat%1.sqlite").arg(++n));
}

void TestStore::firstVersionApproved()
{
    CatalogStore s;
    QString error;
    QVERIFY2(s.open(m_db, {}, &error), qPrintable(error));
    QCOMPARE(s.schemaVersion(), CatalogStore::latestSchemaVersion());
    const StoreResult r = s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.documents.size(), size_t(1));
    QCOMPARE(r.documents[0].outcome, StoredDocument::Outcome::Added);
    const auto v = s.currentVersion(QStringLiteral("contract"), QStringLiteral("c1"));
    QVERIFY(v);
    QCOMPARE(v->state, QStringLiteral("approved"));
    QCOMPARE(v->importedBy, QStringLiteral("alice"));
    QCOMPARE(v->source, contract("c1", "1.0.0"));
    const auto list = s.entities(QStringLiteral("contract"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].domain, QStringLiteral("checkout"));
    QCOMPARE(list[0].version, QStringLiteral("1.0.0"));
    const auto domains = s.domains();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains[0].contracts, 1);
    QVERIFY(s.changes().isEmpty());
}

void TestStore::reimportIdenticalIsNoop()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    const StoreResult r = s.store(parse(contract("c1", "1.0.0")), QStringLiteral("bob"));
    QVERIFY(r.ok);
    QCOMPARE(r.documents[0].outcome, StoredDocument::Outcome::Unchanged);
    QCOMPARE(s.history(QStringLiteral("contract"), QStringLiteral("c1")).size(), 1);
    QVERIFY(s.changes().isEmpty());
}

void TestStore::differingContentBecomesPendingChange()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    const QByteArray v2 = contract("c1", "2.0.0", "tags: [new]\n");
    const StoreResult r = s.store(parse(v2), QStringLiteral("bob"));
    QVERIFY(r.ok);
    QCOMPARE(r.documents[0].outcome, StoredDocument::Outcome::PendingChange);
    QVERIFY(r.documents[0].changeId > 0);
    // The approved version stays current; the proposal is stored, never lost.
    const auto cur = s.currentVersion(QStringLiteral("contract"), QStringLiteral("c1"));
    QCOMPARE(cur->version, QStringLiteral("1.0.0"));
    const auto history = s.history(QStringLiteral("contract"), QStringLiteral("c1"));
    QCOMPARE(history.size(), 2);
    QCOMPARE(history[1].state, QStringLiteral("pending"));
    QCOMPARE(history[1].source, v2);
    const auto changes = s.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes[0].status, QStringLiteral("pending"));
    QCOMPARE(changes[0].proposer, QStringLiteral("bob"));
    QCOMPARE(changes[0].oldVersion, QStringLiteral("1.0.0"));
    QCOMPARE(changes[0].newVersion, QStringLiteral("2.0.0"));
    QCOMPARE(s.entities(QStringLiteral("contract"))[0].pendingChanges, 1);
    // Importing the same proposal again adds nothing.
    QCOMPARE(s.store(parse(v2), QStringLiteral("carol")).documents[0].outcome,
             StoredDocument::Outcome::Unchanged);
    QCOMPARE(s.changes().size(), 1);
}

void TestStore::sameVersionNumberDifferentContent()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    const StoreResult r =
        s.store(parse(contract("c1", "1.0.0", "tags: [sneaky]\n")), QStringLiteral("bob"));
    QCOMPARE(r.documents[0].outcome, StoredDocument::Outcome::PendingChange);
    QCOMPARE(s.changes().size(), 1);
    QCOMPARE(s.currentVersion(QStringLiteral("contract"), QStringLiteral("c1"))->source,
             contract("c1", "1.0.0"));
}

void TestStore::failingFileLeavesNothing()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    {
        // A database-level failure on the second document of a file (a trigger stands in for a
        // full disk or a constraint): the first document of the same file must not remain.
        sqlite3 *db = nullptr;
        sqlite3_open(m_db.toUtf8().constData(), &db);
        QCOMPARE(sqlite3_exec(db,
                              "CREATE TRIGGER boom BEFORE INSERT ON versions WHEN NEW.name LIKE "
                              "'%boom%' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray file =
        contract("ok1", "1.0.0") + "---\n" +
        QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: b\nname: boom\n");
    const FileImport parsed = parse(file, QStringLiteral("two.yaml"));
    QVERIFY2(parsed.ok(), qPrintable(parsed.firstError()));
    QCOMPARE(parsed.documents.size(), size_t(2));
    const StoreResult r = s.store(parsed, QStringLiteral("alice"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("simulated failure")), qPrintable(r.error));
    QVERIFY(s.entities(QStringLiteral("contract")).isEmpty());
    QCOMPARE(count(m_db, "SELECT count(*) FROM versions"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM search_entities"), 0);
    QCOMPARE(count(m_db, "SELECT count(*) FROM search_fields"), 0);
    // The next file still imports.
    QVERIFY(s.store(parse(contract("ok2", "1.0.0")), QStringLiteral("alice")).ok);
}

void TestStore::failingFileInsideBatchIsReplayed()
{
    // importPaths() stores files in batches; a database failure on one file undoes the batch,
    // which is then replayed file by file: only the failing file is missing afterwards.
    test::TestCatalog c(m_db, {QStringLiteral("alice")});
    QVERIFY(c.ok);
    CatalogStore &s = c.store;
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TRIGGER boom BEFORE INSERT ON versions WHEN NEW.name LIKE "
                          "'%boom%' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    QTemporaryDir dir;
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        QFile f(dir.filePath(QStringLiteral("f%1.yaml").arg(i, 2, 10, QLatin1Char('0'))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray id = "c" + QByteArray::number(i);
        f.write(i == 17 ? QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: x\nname: boom\n")
                        : contract(id.constData(), "1.0.0"));
        files << f.fileName();
    }
    const ImportSummary sum = c.import(files, QStringLiteral("alice"));
    QCOMPARE(sum.failedFiles, 1);
    QCOMPARE(sum.added, 39);
    QVERIFY(!sum.files[17].ok);
    QVERIFY(sum.files[17].storeError.contains(QLatin1String("simulated failure")));
    QVERIFY(sum.files[16].ok && sum.files[18].ok);
    QCOMPARE(s.entities(QStringLiteral("contract")).size(), 39);
    QCOMPARE(count(m_db, "SELECT count(*) FROM versions"), 39);
    // every stored file has its signed act, the failed one none
    QCOMPARE(count(m_db, "SELECT count(*) FROM events WHERE type = 'submit'"), 39);
    QVERIFY(c.ledger->verify().intact);
}

void TestStore::lockedDatabase()
{
    {
        CatalogStore init;
        QVERIFY(init.open(m_db));
    }
    sqlite3 *other = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &other);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    CatalogStore s;
    StoreOptions o;
    o.busyTimeoutMs = 200;
    QString error;
    QVERIFY2(s.open(m_db, o, &error), qPrintable(error)); // reading is not blocked in WAL mode
    QElapsedTimer t;
    t.start();
    const StoreResult r = s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice"));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("locked by another program")), qPrintable(r.error));
    QVERIFY(t.elapsed() >= 150); // it waited the busy timeout before giving up
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    // Retried after the other writer finished: it works, nothing was half-written.
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    QCOMPARE(s.history(QStringLiteral("contract"), QStringLiteral("c1")).size(), 1);
}

void TestStore::newerSchemaRefused()
{
    {
        CatalogStore s;
        QVERIFY(s.open(m_db));
        QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    }
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    CatalogStore s;
    QString error;
    QVERIFY(!s.open(m_db, {}, &error));
    QVERIFY2(error.contains(QLatin1String("newer than this MeshDesk")), qPrintable(error));
    QCOMPARE(count(m_db, "PRAGMA user_version"), 99); // never downgraded
    QCOMPARE(count(m_db, "SELECT count(*) FROM versions"), 1);
}

void TestStore::corruptDatabase()
{
    QFile f(m_db);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'Z'));
    f.close();
    CatalogStore s;
    QString error;
    QVERIFY(!s.open(m_db, {}, &error));
    QVERIFY2(error.contains(QLatin1String("not a MeshDesk database")), qPrintable(error));
    QVERIFY(!s.isOpen());
    QCOMPARE(QFileInfo(m_db).size(), 8192); // left as it was
}

void TestStore::upgradeFromEveryVersion_data()
{
    QTest::addColumn<int>("from");
    for (int v = 0; v < CatalogStore::latestSchemaVersion(); ++v)
        QTest::newRow(qPrintable(QStringLiteral("v%1").arg(v))) << v;
}

void TestStore::upgradeFromEveryVersion()
{
    QFETCH(int, from);
    {
        CatalogStore old;
        StoreOptions o;
        o.migrateTo = from;
        QVERIFY(old.open(m_db, o));
        QCOMPARE(old.schemaVersion(), from);
        if (from >= 1) { // data written by that version
            QVERIFY(old.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
            QVERIFY(old.store(parse(product("p1", "src", "c1")), QStringLiteral("alice")).ok);
            QVERIFY(old.store(parse(contract("c1", "2.0.0")), QStringLiteral("bob")).ok);
        }
    }
    CatalogStore s;
    QString error;
    QVERIFY2(s.open(m_db, {}, &error), qPrintable(error));
    QCOMPARE(s.schemaVersion(), CatalogStore::latestSchemaVersion());
    if (from >= 1) {
        QCOMPARE(s.entities(QStringLiteral("contract")).size(), 1);
        QCOMPARE(s.changes().size(), 1);
        // back-filled: search over the current version, ports of every product version
        const auto hits = s.search(QStringLiteral("customer_email"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits[0].ref, QStringLiteral("c1"));
        QCOMPARE(
            count(m_db,
                  "SELECT count(*) FROM ports WHERE contract_id = 'c1' AND direction = 'output'"),
            1);
    }
    // and the upgraded store keeps working
    QVERIFY(s.store(parse(contract("c9", "1.0.0")), QStringLiteral("alice")).ok);
    QCOMPARE(s.search(QStringLiteral("Orders c9")).size() > 0, true);
    // every search row is mapped (schema 6, back-filled): approvals replace rows by rowid
    QCOMPARE(count(m_db, "SELECT count(*) FROM search_rows"),
             count(m_db, "SELECT (SELECT count(*) FROM search_entities) + "
                         "(SELECT count(*) FROM search_fields)"));
    QVERIFY(count(m_db, "SELECT count(*) FROM search_rows") > 0);
}

void TestStore::versionsAreAppendOnly()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    sqlite3 *db = nullptr;
    sqlite3_open(m_db.toUtf8().constData(), &db);
    char *err = nullptr;
    QVERIFY(sqlite3_exec(db, "UPDATE versions SET source = 'x'", nullptr, nullptr, &err) !=
            SQLITE_OK);
    QVERIFY(QByteArray(err).contains("append-only"));
    sqlite3_free(err);
    QVERIFY(sqlite3_exec(db, "DELETE FROM versions", nullptr, nullptr, nullptr) != SQLITE_OK);
    sqlite3_close(db);
    QCOMPARE(s.currentVersion(QStringLiteral("contract"), QStringLiteral("c1"))->source,
             contract("c1", "1.0.0"));
}

void TestStore::search()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QVERIFY(s.store(parse(contract("c1", "1.0.0")), QStringLiteral("alice")).ok);
    QVERIFY(s.store(parse(product("p1", "src", "c1")), QStringLiteral("alice")).ok);
    auto hits = s.search(QStringLiteral("customer_email"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits[0].kind, QStringLiteral("field"));
    QCOMPARE(hits[0].path, QStringLiteral("orders.customer_email"));
    hits = s.search(QStringLiteral("cust ema")); // prefixes of every word
    QVERIFY(!hits.isEmpty());
    hits = s.search(QStringLiteral("Product p1"));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits[0].kind, QStringLiteral("product"));
    hits = s.search(QStringLiteral("fulfillment"));
    QVERIFY(std::any_of(hits.begin(), hits.end(),
                        [](const SearchHit &h) { return h.kind == QLatin1String("domain"); }));
    // FTS syntax in user input is plain text, not an error
    QVERIFY(s.search(QStringLiteral("\"unbalanced AND OR (")).isEmpty());
    QVERIFY(s.search(QString()).isEmpty());
    // a pending version is not searchable until approved
    QVERIFY(
        s.store(parse(contract("c1", "2.0.0", "tags: [zanzibar]\n")), QStringLiteral("bob")).ok);
    QVERIFY(s.search(QStringLiteral("zanzibar")).isEmpty());
}

void TestStore::walAndForeignKeys()
{
    CatalogStore s;
    QVERIFY(s.open(m_db));
    QCOMPARE(count(m_db, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 1);
}

void TestStore::checkpointsInBackground()
{
    // A long run of commits (a team log materialized): the log's pages reach the database file
    // on the store's own thread (the writer alone would not checkpoint below 64 MiB), and
    // nothing is lost when the store closes.
    const QString wal = m_db + QStringLiteral("-wal");
    const QByteArray note =
        "      - name: note\n        logicalType: string\n        description: " +
        QByteArray(60000, 'n') + "\n";
    {
        CatalogStore s;
        QVERIFY(s.open(m_db));
        s.checkpointInBackground();
        for (int batch = 0; batch < 10; ++batch) {
            QVERIFY(s.beginBatch());
            for (int i = 0; i < 15; ++i) {
                const QByteArray id = "big-" + QByteArray::number(batch * 15 + i);
                QVERIFY(s.store(parse(contract(id.constData(), "1.0.0", note.constData())),
                                QStringLiteral("alice"))
                            .ok);
            }
            QVERIFY(s.commitBatch());
        }
        // 150 documents of 60 KB: at least 9 MB copied into the database file
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_db).size() > 9'000'000, 20000);
    }
    QVERIFY(!QFileInfo::exists(wal) || QFileInfo(wal).size() == 0);
    CatalogStore again;
    QVERIFY(again.open(m_db));
    QCOMPARE(again.entities(QStringLiteral("contract")).size(), 150);
}

void TestStore::fixturesImportWhole()
{
    test::TestCatalog c(m_db, {QStringLiteral("alice")});
    QVERIFY(c.ok);
    CatalogStore &s = c.store;
    const QStringList files = collectImportFiles({QStringLiteral(MESHDESK_TEST_DATA "/fixtures")});
    QCOMPARE(files.size(), 37);
    const ImportSummary sum = c.import(files, QStringLiteral("alice"));
    QCOMPARE(sum.failedFiles, 0);
    // Five fixtures reuse an id with other content: they become pending changes.
    QCOMPARE(sum.added, 32);
    QCOMPARE(sum.pending, 5);
    QCOMPARE(s.entities(QStringLiteral("product")).size(), 6);
    QCOMPARE(s.entities(QStringLiteral("contract")).size(), 24);
    QCOMPARE(s.entities(QStringLiteral("team")).size(), 1);
    QCOMPARE(s.entities(QStringLiteral("source")).size(), 1);
    const ImportSummary again = c.import(files, QStringLiteral("alice"));
    QCOMPARE(again.added, 0);
    QCOMPARE(again.pending, 0);
    QCOMPARE(again.unchanged, 37);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
