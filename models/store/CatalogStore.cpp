#include "CatalogStore.h"

#include "Checkpointer.h"
#include "Sqlite.h"
#include "core/Log.h"
#include "core/Names.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QUrl>
#include <cstdio>
#include <ctime>
#include <functional>
#include <sqlite3.h>

namespace meshdesk {

using sql::SqliteError;
using sql::Statement;

namespace {

struct Migration
{
    const char *sql;
};

// Numbered migrations: index i upgrades schema version i to i+1. Never edit a released one;
// append a new one. C++ back-fills run after the SQL (see migrate()).
const Migration kMigrations[] = {
    // 1: entities and their append-only versions, pending changes
    {R"SQL(
CREATE TABLE entities(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('contract','product','team','source')),
  key TEXT NOT NULL,
  current_version_id INTEGER REFERENCES versions(id) DEFERRABLE INITIALLY DEFERRED,
  UNIQUE (kind, key));
CREATE TABLE versions(
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  version TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  domain TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT '',
  format TEXT NOT NULL,
  format_version TEXT NOT NULL DEFAULT '',
  source_path TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('approved','pending','rejected')),
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL);
CREATE INDEX versions_entity ON versions(entity_id);
CREATE INDEX versions_domain ON versions(domain);
CREATE TABLE changes(
  id INTEGER PRIMARY KEY,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  old_version_id INTEGER NOT NULL REFERENCES versions(id),
  new_version_id INTEGER NOT NULL UNIQUE REFERENCES versions(id),
  proposer TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','approved','rejected')),
  decided_by TEXT,
  decided_at TEXT,
  comment TEXT);
CREATE INDEX changes_status ON changes(status);
CREATE TRIGGER versions_append_only BEFORE UPDATE OF entity_id, version, source, sha256, format
  ON versions BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
CREATE TRIGGER versions_never_deleted BEFORE DELETE ON versions
  BEGIN SELECT RAISE(ABORT, 'versions are append-only'); END;
)SQL"},
    // 2: full-text search over the current versions (back-filled from their sources)
    {R"SQL(
CREATE VIRTUAL TABLE search_entities USING fts5(
  kind UNINDEXED, ref UNINDEXED, path, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE VIRTUAL TABLE search_fields USING fts5(
  ref UNINDEXED, path, title, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
CREATE TABLE indexed_domains(name TEXT PRIMARY KEY) WITHOUT ROWID;
)SQL"},
    // 3: product ports, for lineage (back-filled from product sources)
    {R"SQL(
CREATE TABLE ports(
  version_id INTEGER NOT NULL REFERENCES versions(id),
  direction TEXT NOT NULL CHECK (direction IN ('input','output','management')),
  name TEXT NOT NULL,
  port_version TEXT NOT NULL DEFAULT '',
  contract_id TEXT NOT NULL DEFAULT '');
CREATE INDEX ports_version ON ports(version_id);
CREATE INDEX ports_contract ON ports(contract_id);
)SQL"},
    // 4: governance: roles per domain, a hash-chained append-only audit log, settings (enabled
    //    policies), and decided changes become immutable
    {R"SQL(
CREATE TABLE roles(
  user TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin','owner','governance-owner','viewer')),
  domain TEXT NOT NULL DEFAULT '',
  granted_by TEXT NOT NULL,
  granted_at TEXT NOT NULL,
  PRIMARY KEY (user, role, domain));
CREATE TABLE audit(
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  details TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL);
CREATE TRIGGER audit_append_only BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_never_deleted BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER changes_decided_immutable BEFORE UPDATE ON changes WHEN OLD.status <> 'pending'
  BEGIN SELECT RAISE(ABORT, 'a decided change is immutable'); END;
)SQL"},
    // 5: signed governance: every act is an event signed by its actor's key (ledger/), kept
    //    byte for byte; members are names with their public keys; a team catalog also keeps the
    //    events it set aside and its own acts not yet published. The audit table above stays
    //    for the rows written before signing (read as legacy history).
    {R"SQL(
CREATE TABLE events(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  actor TEXT NOT NULL,
  key_fp TEXT NOT NULL,
  at TEXT NOT NULL,
  body BLOB NOT NULL,
  signature BLOB NOT NULL,
  log_offset INTEGER);
CREATE TRIGGER events_append_only BEFORE UPDATE OF seq, id, type, actor, key_fp, at, body,
  signature ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TRIGGER events_never_deleted BEFORE DELETE ON events
  BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
CREATE TABLE members(
  name TEXT PRIMARY KEY,
  public_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  admitted_by TEXT NOT NULL,
  admitted_at TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1);
CREATE TABLE set_aside(
  id TEXT NOT NULL,
  log_offset INTEGER,
  body BLOB NOT NULL,
  signature BLOB NOT NULL,
  reason TEXT NOT NULL,
  at TEXT NOT NULL);
CREATE TABLE outbox(
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  body BLOB NOT NULL,
  signature BLOB NOT NULL,
  queued_at TEXT NOT NULL);
ALTER TABLE changes ADD COLUMN proposal TEXT NOT NULL DEFAULT '';
ALTER TABLE changes ADD COLUMN decision TEXT NOT NULL DEFAULT '';
ALTER TABLE versions ADD COLUMN event TEXT NOT NULL DEFAULT '';
CREATE INDEX changes_proposal ON changes(proposal);
UPDATE changes SET proposal = 'legacy:' || id;
)SQL"},
    // 6: where each entity's search rows are (the FTS tables cannot look a row up by its
    //    unindexed ref: replacing an approved version's rows scanned the whole index, which made
    //    approvals slow on a large catalog and a team log's materialization quadratic)
    {R"SQL(
CREATE TABLE search_rows(
  ref TEXT NOT NULL,
  kind TEXT NOT NULL,
  fields INTEGER NOT NULL, -- 1: a row of search_fields, 0: of search_entities
  row INTEGER NOT NULL
);
CREATE INDEX search_rows_ref ON search_rows(ref, fields);
INSERT INTO search_rows(ref, kind, fields, row) SELECT ref, kind, 0, rowid FROM search_entities;
INSERT INTO search_rows(ref, kind, fields, row) SELECT ref, 'field', 1, rowid FROM search_fields;
)SQL"},
};

} // namespace

QString nowUtc()
{
    // What QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) writes, without Qt's
    // time-zone machinery: every imported file records the time twice (its act and its version
    // rows), and Qt's way was 2% of an import's writing thread.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    const time_t secs = time_t(ms / 1000);
    struct tm t = {};
    if (ms < 0 || !gmtime_r(&secs, &t) || t.tm_year + 1900 > 9999)
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    char text[64]; // (24 used; room for what -Wformat-truncation imagines)
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.tm_year + 1900,
                  t.tm_mon + 1, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, int(ms % 1000));
    return QString::fromLatin1(text);
}

namespace {

// One transaction; inside a batch nothing (the batch is the transaction).
class Transaction
{
public:
    // inBatch: an outer transaction (a batch, or a writeTransaction()) is running already.
    Transaction(sqlite3 *db, bool inBatch) : m_db(db), m_inBatch(inBatch)
    {
        if (!inBatch)
            sql::execScript(db, "BEGIN IMMEDIATE");
    }
    ~Transaction()
    {
        if (!m_done && !m_inBatch)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    void commit()
    {
        if (!m_inBatch)
            sql::execScript(m_db, "COMMIT");
        m_done = true;
    }

private:
    sqlite3 *m_db;
    bool m_inBatch;
    bool m_done = false;
};

} // namespace

CatalogStore::CatalogStore() = default;

CatalogStore::~CatalogStore()
{
    close();
}

int CatalogStore::latestSchemaVersion()
{
    return int(std::size(kMigrations));
}

QString CatalogStore::defaultPath()
{
    const QString env = qEnvironmentVariable("MESHDESK_DB");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("catalog.sqlite"));
}

void CatalogStore::close()
{
    m_statements.clear();
    m_readOnly = false;
    m_inBatch = false; // (SQLite rolls an open batch back on close)
    dropPendingIndex();
    // the checkpointer goes first: the writer, as the last connection, checkpoints what is left
    // when it closes
    if (m_checkpointer && m_db)
        sqlite3_wal_hook(m_db, nullptr, nullptr);
    m_checkpointer.reset();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void CatalogStore::rethrow(const SqliteError &e) const
{
    throw StoreError{sql::describeError(e, m_path, m_options.busyTimeoutMs)};
}

void CatalogStore::checkpointInBackground()
{
    if (m_checkpointer || !m_db || m_readOnly)
        return;
    m_checkpointer = std::make_unique<sql::Checkpointer>(m_path.toUtf8().constData());
    if (m_checkpointer->ok())
        m_checkpointer->attach(m_db);
    else
        m_checkpointer.reset(); // (said in the log) the writer goes on checkpointing itself
}

Statement &CatalogStore::cached(const char *sqlText)
{
    auto it = m_statements.find(sqlText);
    if (it == m_statements.end())
        it = m_statements.insert(sqlText, std::make_shared<Statement>(m_db, sqlText));
    it.value()->reset();
    return *it.value();
}

namespace {
// Bytes in the write-ahead log beside a database (a 0-byte main file with a non-empty WAL is a
// new catalog whose first commits were not checkpointed yet, not an empty file).
qint64 walSize(const QString &path)
{
    return QFileInfo(path + QStringLiteral("-wal")).size();
}
} // namespace

bool CatalogStore::openFile(const QString &path, bool readOnly, QString *error)
{
    // SQLite counts its memory under a global mutex at every allocation unless told not to
    // (MeshDesk never asks for the counts): a lock and an unlock per row value written. Only
    // possible before SQLite's first use; afterwards the call is refused and changes nothing.
    static const bool memoryNotCounted = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(memoryNotCounted);
    close();
    const QByteArray name = path.toUtf8();
    int rc = sqlite3_open_v2(
        name.constData(), &m_db,
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
            SQLITE_OPEN_NOMUTEX,
        nullptr);
    try {
        if (rc != SQLITE_OK)
            sql::throwError(m_db, rc);
        sqlite3_busy_timeout(m_db, m_options.busyTimeoutMs);
        sqlite3_extended_result_codes(m_db, 1);
        // Reading the schema version is the first touch of the file: a corrupt or foreign
        // file fails here with SQLITE_NOTADB.
        schemaVersion();
        return true;
    } catch (const SqliteError &e) {
        const int primary = e.code & 0xff;
        // A WAL catalog in a folder the user may not write: SQLite cannot create the shared
        // memory file beside it, even for reading. With no log waiting to be checkpointed the
        // main file is the whole catalog, so read it as an immutable file.
        if (readOnly && (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) &&
            walSize(path) == 0 && QFileInfo::exists(path)) {
            close();
            const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                                       .toString(QUrl::FullyEncoded)
                                       .toUtf8() +
                                   "?immutable=1";
            rc = sqlite3_open_v2(uri.constData(), &m_db,
                                 SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
            try {
                if (rc != SQLITE_OK)
                    sql::throwError(m_db, rc);
                sqlite3_extended_result_codes(m_db, 1);
                schemaVersion();
                log::store()->info("{}: the folder is not writable; read as an immutable file",
                                   path);
                return true;
            } catch (const SqliteError &e2) {
                if (error)
                    *error = sql::describeError(e2, path, m_options.busyTimeoutMs);
            }
        } else if (error) {
            *error = sql::describeError(e, path, m_options.busyTimeoutMs);
        }
    }
    close();
    return false;
}

bool CatalogStore::open(const QString &path, const StoreOptions &options, QString *error)
{
    close();
    m_path = path;
    m_options = options;
    const QFileInfo info(path);
    bool readOnly = options.mode == StoreOptions::Mode::ReadOnly;
    if (options.mode == StoreOptions::Mode::Browse)
        readOnly =
            info.exists() && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable());
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        close();
        return false;
    };
    bool created = false;
    if (readOnly) {
        if (!info.exists())
            return fail(QStringLiteral("%1: no catalog here (the file does not exist); import "
                                       "files to create one, or name another with --db")
                            .arg(path));
    } else {
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("%1: cannot create the folder").arg(path));
        // SQLite takes an empty file for a new database: a 0-byte file someone named is more
        // likely a truncated catalog or a mistake than a wish for a new one.
        if (info.exists() && info.isFile() && info.size() == 0 && walSize(path) == 0)
            return fail(QStringLiteral("%1: the file is empty (0 bytes), so it is not a MeshDesk "
                                       "catalog; refusing to turn it into one. Remove it to "
                                       "start a new catalog there, or name another with --db")
                            .arg(path));
        created = !info.exists();
    }
    if (!openFile(path, readOnly, error))
        return false;
    try {
        int current = schemaVersion();
        if (current > latestSchemaVersion())
            throw StoreError{QStringLiteral("%1: the database has schema version %2, newer than "
                                            "this MeshDesk understands (%3); refusing to open it "
                                            "(never downgraded). Use a newer MeshDesk.")
                                 .arg(path)
                                 .arg(current)
                                 .arg(latestSchemaVersion())};
        const int target = options.migrateTo < 0 ? latestSchemaVersion() : options.migrateTo;
        if (readOnly && current < target) {
            // An older catalog: upgrading it is a write, done by a writing open (which checks
            // the file first) when the user may write it; else it cannot be read by this version.
            if (!info.isWritable())
                throw StoreError{QStringLiteral("%1: the catalog has schema version %2, older "
                                                "than this MeshDesk's (%3), and the file is "
                                                "read-only, so it cannot be upgraded; ask its "
                                                "owner to open it once with this version")
                                     .arg(path)
                                     .arg(current)
                                     .arg(target)};
            close();
            CatalogStore upgrader;
            StoreOptions writing = options;
            writing.mode = StoreOptions::Mode::ReadWrite;
            QString upgradeError;
            if (!upgrader.open(path, writing, &upgradeError))
                throw StoreError{upgradeError};
            upgrader.close();
            if (!openFile(path, true, error))
                return false;
            current = schemaVersion();
        }
        if (readOnly) {
            sql::execScript(m_db, "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
                                  "PRAGMA temp_store=MEMORY; PRAGMA query_only=ON;");
            m_schema = current;
        } else {
            if (!created) {
                // Never write into a damaged file: a write can spread the damage, and what it
                // adds may be unreadable later. quick_check reads every page (not the indexes'
                // agreement with their tables: audit verify runs the full check).
                Statement st(m_db, "PRAGMA quick_check(3)");
                QStringList problems;
                while (st.step())
                    if (st.text(0) != QLatin1String("ok"))
                        problems << st.text(0);
                if (!problems.isEmpty())
                    throw StoreError{QStringLiteral("%1: the database is damaged (%2); refusing "
                                                    "to write into it. Restore it from a backup; "
                                                    "'meshdesk audit verify' lists the damage")
                                         .arg(path, problems.join(QStringLiteral("; ")))};
            }
            // WAL: readers (the GUI) never block the importer. A 64 MiB page cache and
            // in-memory temp store keep a batch's pages and the per-file savepoint journals off
            // the disk until commit (measured: they halved the store time of a 2,000-file
            // import).
            sql::execScript(m_db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                                  "PRAGMA foreign_keys=ON; PRAGMA cache_size=-65536; "
                                  "PRAGMA temp_store=MEMORY;");
            migrate(target);
        }
        resetStatements();
        m_readOnly = readOnly;
        log::store()->info("opened {} (schema {}{})", path, schemaVersion(),
                           readOnly ? QStringLiteral(", read-only") : QString());
        return true;
    } catch (const SqliteError &e) {
        if (error)
            *error = sql::describeError(e, path, options.busyTimeoutMs);
    } catch (const StoreError &e) {
        if (error)
            *error = e.message;
    }
    close();
    return false;
}

QStringList CatalogStore::integrityProblems(int maxProblems)
{
    QStringList problems;
    try {
        Statement st(m_db, QByteArray("PRAGMA integrity_check(" +
                                      QByteArray::number(std::max(1, maxProblems)) + ")")
                               .constData());
        while (st.step())
            if (st.text(0) != QLatin1String("ok"))
                problems << st.text(0);
    } catch (const SqliteError &e) {
        const int primary = e.code & 0xff;
        if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
            return {e.message}; // so damaged that the check itself stops
        rethrow(e);
    }
    return problems;
}

int CatalogStore::schemaVersion() const
{
    Statement st(m_db, "PRAGMA user_version");
    return st.step() ? int(st.integer(0)) : 0;
}

void CatalogStore::migrate(int target)
{
    int current = schemaVersion();
    const int initial = current;
    m_schema = current;
    while (current < target) {
        Transaction tx(m_db, false);
        sql::execScript(m_db, kMigrations[current].sql);
        const int next = current + 1;
        m_schema = next; // the back-fills below write the tables this migration created
        if (next == 2)
            backfillSearchIndex();
        if (next == 3)
            backfillPorts();
        if (next == 4 && (initial > 0 || target == 4)) {
            // whoever upgrades an old database is its first admin (a new database gets its
            // admin from its signed genesis instead: see ledger/Ledger; tests that stop at
            // schema 4 build the old kind)
            if (!m_options.user.isEmpty()) {
                Statement st(m_db, "INSERT INTO roles(user, role, domain, granted_by, granted_at) "
                                   "VALUES (?, 'admin', '', ?, ?)");
                st.bind(1, m_options.user).bind(2, m_options.user).bind(3, nowUtc());
                st.exec();
            }
            appendAudit(m_options.user.isEmpty() ? QStringLiteral("system") : m_options.user,
                        initial == 0 ? QStringLiteral("create") : QStringLiteral("migrate"), m_path,
                        QJsonObject{{QStringLiteral("schema"), next},
                                    {QStringLiteral("admin"), m_options.user}});
        }
        sql::execScript(m_db,
                        QByteArray("PRAGMA user_version=" + QByteArray::number(next)).constData());
        tx.commit();
        log::store()->info("{}: migrated schema {} -> {}", m_path, current, next);
        current = next;
    }
}

std::optional<ImportedDocument> CatalogStore::document(const VersionRecord &v)
{
    const FileImport parsed = importBytes(v.sourcePath, v.source);
    for (const ParsedDocument &pd : parsed.documents)
        if (pd.document.kindName() == v.kind && pd.document.key() == v.key)
            return pd.document;
    return std::nullopt;
}

namespace {
// Current versions with their sources, for back-fills during migrations.
void forEachCurrent(sqlite3 *db, const char *kindFilter,
                    const std::function<void(qint64, const VersionRecord &)> &fn)
{
    Statement st(
        db, "SELECT v.id, e.kind, e.key, v.source_path, v.source FROM entities e "
            "JOIN versions v ON v.id = e.current_version_id WHERE (?1 IS NULL OR e.kind = ?1)");
    if (kindFilter)
        st.bind(1, QString::fromLatin1(kindFilter));
    while (st.step()) {
        VersionRecord v;
        v.id = st.integer(0);
        v.kind = st.text(1);
        v.key = st.text(2);
        v.sourcePath = st.text(3);
        v.source = st.bytes(4);
        fn(v.id, v);
    }
}
} // namespace

void CatalogStore::backfillSearchIndex()
{
    forEachCurrent(m_db, nullptr, [this](qint64, const VersionRecord &v) {
        if (auto doc = document(v))
            indexDocument(*doc);
    });
}

void CatalogStore::backfillPorts()
{
    std::vector<VersionRecord> all;
    Statement st(m_db, "SELECT v.id, e.kind, e.key, v.source_path, v.source FROM versions v "
                       "JOIN entities e ON e.id = v.entity_id WHERE e.kind = 'product'");
    while (st.step()) {
        VersionRecord v;
        v.id = st.integer(0);
        v.kind = st.text(1);
        v.key = st.text(2);
        v.sourcePath = st.text(3);
        v.source = st.bytes(4);
        all.push_back(v);
    }
    for (const VersionRecord &v : all)
        if (auto doc = document(v))
            storePorts(v.id, *doc);
}

void CatalogStore::storePorts(qint64 versionId, const ImportedDocument &doc)
{
    if (doc.kind != ImportedDocument::Kind::Product || m_schema < 3)
        return;
    auto put = [&](const std::vector<Port> &ports, const char *direction) {
        for (const Port &p : ports) {
            Statement &st = cached("INSERT INTO ports(version_id, direction, name, port_version, "
                                   "contract_id) VALUES (?,?,?,?,?)");
            st.bind(1, versionId)
                .bind(2, QString::fromLatin1(direction))
                .bind(3, p.name)
                .bind(4, p.version)
                .bind(5, p.contractId);
            st.exec();
        }
    };
    put(doc.product.inputPorts, "input");
    put(doc.product.outputPorts, "output");
    put(doc.product.managementPorts, "management");
}

void CatalogStore::indexDocument(const ImportedDocument &doc)
{
    if (m_schema < 2)
        return; // opened at an older schema (upgrade tests): the index arrives with migration 2
    // Fields go to their own index: a catalog has 50x more fields than products, and keeping
    // them apart lets product/contract hits be ranked cheaply (see search()).
    auto row = [&](const QString &kind, const QString &ref, const QString &path,
                   const QString &title, const QString &body) {
        const bool field = kind == QLatin1String("field");
        if (field) {
            Statement &st =
                cached("INSERT INTO search_fields(ref, path, title, body) VALUES (?,?,?,?)");
            st.bind(1, ref).bind(2, path).bind(3, title).bind(4, body);
            st.exec();
        } else {
            Statement &st = cached(
                "INSERT INTO search_entities(kind, ref, path, title, body) VALUES (?,?,?,?,?)");
            st.bind(1, kind).bind(2, ref).bind(3, path).bind(4, title).bind(5, body);
            st.exec();
        }
        if (m_schema >= 6) { // where the row is, for reindex()
            Statement &at =
                cached("INSERT INTO search_rows(ref, kind, fields, row) VALUES (?,?,?,?)");
            at.bind(1, ref)
                .bind(2, kind)
                .bind(3, qint64(field ? 1 : 0))
                .bind(4, qint64(sqlite3_last_insert_rowid(m_db)));
            at.exec();
        }
    };
    const QString domain = doc.domain();
    if (!domain.isEmpty()) {
        // A domain gets its row once, with the first product or contract indexed in it.
        Statement &st = cached("INSERT OR IGNORE INTO indexed_domains(name) VALUES (?)");
        st.bind(1, domain);
        st.exec();
        if (sqlite3_changes(m_db) == 1)
            row(QStringLiteral("domain"), domain, QString(), domain, QString());
    }
    const QString key = doc.key();
    const QString space = QStringLiteral(" ");
    switch (doc.kind) {
    case ImportedDocument::Kind::Product: {
        const DataProduct &p = doc.product;
        QStringList body{p.description.text(), p.tags.join(space), p.owner, p.domain, p.id};
        for (const Port &port : p.outputPorts)
            body << port.name << port.contractId;
        row(QStringLiteral("product"), key, QString(), p.name, body.join(QLatin1Char('\n')));
        break;
    }
    case ImportedDocument::Kind::Contract: {
        const Contract &c = doc.contract;
        row(QStringLiteral("contract"), key, QString(), c.name,
            QStringList{c.description.text(), c.tags.join(space), c.owner, c.domain, c.id,
                        c.dataProduct}
                .join(QLatin1Char('\n')));
        std::function<void(const Field &, const QString &)> field = [&](const Field &f,
                                                                        const QString &path) {
            row(QStringLiteral("field"), key, path, f.name,
                QStringList{f.businessName, f.description, f.tags.join(space), f.classification,
                            f.logicalType, f.pii ? QStringLiteral("pii") : QString()}
                    .join(QLatin1Char('\n')));
            for (const Field &c2 : f.fields)
                field(c2, path + QLatin1Char('.') + c2.name);
            if (const Field *items = f.arrayItems())
                for (const Field &c2 : items->fields)
                    field(c2, path + QStringLiteral("[].") + c2.name);
        };
        for (const SchemaObject &o : c.objects) {
            row(QStringLiteral("object"), key, o.name, o.name,
                QStringList{o.businessName, o.description, o.physicalName, o.tags.join(space)}.join(
                    QLatin1Char('\n')));
            for (const Field &f : o.fields)
                field(f, o.name + QLatin1Char('.') + f.name);
        }
        break;
    }
    default:
        break; // teams and source systems are found through their products
    }
}

void CatalogStore::indexLater(const ImportedDocument &doc)
{
    if (!m_inBatch)
        indexDocument(doc);
    else
        holdIndex(doc.kindName(), doc.key(), doc, true);
}

void CatalogStore::reindexLater(const QString &kind, const QString &key, ImportedDocument doc)
{
    if (!m_inBatch)
        reindex(kind, key, doc);
    else
        holdIndex(kind, key, std::move(doc), false);
}

void CatalogStore::holdIndex(const QString &kind, const QString &key, ImportedDocument doc,
                             bool fresh)
{
    const QString at = kind + QLatin1Char('/') + key;
    if (const auto it = m_pendingIndexAt.constFind(at); it != m_pendingIndexAt.constEnd()) {
        // the entity's latest document; a new entity stays new (none of its rows is written)
        m_pendingIndex[*it].doc = std::move(doc);
        return;
    }
    m_pendingIndexAt.insert(at, m_pendingIndex.size());
    m_pendingIndex.push_back({kind, key, std::move(doc), fresh});
}

void CatalogStore::flushIndex()
{
    // (taken first: a failure below leaves nothing half-flushed to flush again)
    std::vector<PendingIndex> pending = std::exchange(m_pendingIndex, {});
    m_pendingIndexAt.clear();
    for (const PendingIndex &p : pending) {
        if (p.fresh)
            indexDocument(p.doc);
        else
            reindex(p.kind, p.key, p.doc);
    }
}

void CatalogStore::dropPendingIndex()
{
    m_pendingIndex.clear();
    m_pendingIndexAt.clear();
}

void CatalogStore::resetStatements()
{
    // A stepped but unreset statement keeps its read transaction (and, in WAL mode, its old
    // snapshot) open: reset them all when an operation is done.
    for (const auto &st : std::as_const(m_statements))
        st->reset();
}

StoreResult CatalogStore::store(const FileImport &file, const QString &user, const QString &eventId)
{
    StoreResult result;
    const auto cleanup = qScopeGuard([this] { resetStatements(); });
    if (!file.ok()) {
        result.error = file.firstError();
        return result;
    }
    if (const QString e = names::userNameError(user); !e.isEmpty()) {
        result.error = e; // the front ends check it first; this keeps the rule for every caller
        return result;
    }
    try {
        Transaction tx(m_db, m_inBatch || m_inWrite);
        const QString now = nowUtc();
        // (an absolute path is only cleaned: no call for the working folder)
        const QString sourcePath = QDir::isAbsolutePath(file.path)
                                       ? QDir::cleanPath(file.path)
                                       : QFileInfo(file.path).absoluteFilePath();
        for (const ParsedDocument &pd : file.documents) {
            const ImportedDocument &doc = pd.document;
            StoredDocument out{doc.kindName(), doc.key()};
            const QByteArray sha = sourceSha256(pd);

            qint64 entityId = 0, currentId = 0;
            {
                Statement &st = cached(
                    "SELECT id, current_version_id FROM entities WHERE kind = ? AND key = ?");
                st.bind(1, out.kind).bind(2, out.key);
                if (st.step()) {
                    entityId = st.integer(0);
                    currentId = st.integer(1);
                }
            }
            if (entityId) {
                // Identical to the current version or to a proposal still pending: nothing to do.
                Statement &st = cached(
                    "SELECT count(*) FROM versions v WHERE v.entity_id = ? AND v.sha256 = ? AND "
                    "(v.id = ? OR v.state = 'pending')");
                st.bind(1, entityId).bind(2, sha).bind(3, currentId);
                if (st.step() && st.integer(0) > 0) {
                    out.outcome = StoredDocument::Outcome::Unchanged;
                    result.documents.push_back(out);
                    continue;
                }
            } else {
                Statement &st = cached("INSERT INTO entities(kind, key) VALUES (?, ?)");
                st.bind(1, out.kind).bind(2, out.key);
                st.exec();
                entityId = sqlite3_last_insert_rowid(m_db);
            }
            const bool isNew = currentId == 0;
            // the signed act that submitted it, in the same row (schema 5 on)
            const bool withEvent = m_schema >= 5 && !eventId.isEmpty();
            Statement &ins =
                withEvent
                    ? cached("INSERT INTO versions(entity_id, version, name, domain, status, "
                             "owner, format, format_version, source_path, source, sha256, state, "
                             "imported_at, imported_by, event) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                    : cached("INSERT INTO versions(entity_id, version, name, domain, status, "
                             "owner, format, format_version, source_path, source, sha256, state, "
                             "imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            if (withEvent)
                ins.bind(15, eventId);
            ins.bind(1, entityId)
                .bind(2, doc.version())
                .bind(3, doc.name())
                .bind(4, doc.domain())
                .bind(5, doc.status())
                .bind(6, doc.owner())
                .bind(7, formatName(doc.format()))
                .bind(8, doc.formatVersion())
                .bind(9, sourcePath)
                .bind(10, pd.source)
                .bind(11, sha)
                .bind(12, isNew ? QStringLiteral("approved") : QStringLiteral("pending"))
                .bind(13, now)
                .bind(14, user);
            ins.exec();
            const qint64 versionId = sqlite3_last_insert_rowid(m_db);
            storePorts(versionId, doc);
            if (isNew) {
                Statement &st = cached("UPDATE entities SET current_version_id = ? WHERE id = ?");
                st.bind(1, versionId).bind(2, entityId);
                st.exec();
                indexLater(doc);
                out.outcome = StoredDocument::Outcome::Added;
                if (m_schema == 4)
                    appendAudit(user, QStringLiteral("import"),
                                out.kind + QLatin1Char('/') + out.key,
                                QJsonObject{{QStringLiteral("version"), doc.version()},
                                            {QStringLiteral("versionId"), versionId},
                                            {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                            {QStringLiteral("file"), file.path}});
            } else {
                Statement &st =
                    withEvent ? cached("INSERT INTO changes(entity_id, old_version_id, "
                                       "new_version_id, proposer, created_at, proposal) VALUES "
                                       "(?,?,?,?,?,?)")
                              : cached("INSERT INTO changes(entity_id, old_version_id, "
                                       "new_version_id, proposer, created_at) VALUES (?,?,?,?,?)");
                if (withEvent)
                    st.bind(6, eventId);
                st.bind(1, entityId)
                    .bind(2, currentId)
                    .bind(3, versionId)
                    .bind(4, user)
                    .bind(5, now);
                st.exec();
                out.changeId = sqlite3_last_insert_rowid(m_db);
                out.outcome = StoredDocument::Outcome::PendingChange;
                m_parsedProposals.insert(versionId, {sha, doc});
                m_parsedOrder.append(versionId);
                if (m_parsedOrder.size() > 256)
                    m_parsedProposals.remove(m_parsedOrder.takeFirst());
                if (m_schema >= 5 && !withEvent) {
                    Statement &pr = cached("UPDATE changes SET proposal = ? WHERE id = ?");
                    pr.bind(1, QStringLiteral("legacy:%1").arg(out.changeId)).bind(2, out.changeId);
                    pr.exec();
                }
                if (m_schema == 4)
                    appendAudit(user, QStringLiteral("propose"),
                                out.kind + QLatin1Char('/') + out.key,
                                QJsonObject{{QStringLiteral("change"), out.changeId},
                                            {QStringLiteral("version"), doc.version()},
                                            {QStringLiteral("versionId"), versionId},
                                            {QStringLiteral("previousVersionId"), currentId},
                                            {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                            {QStringLiteral("file"), file.path}});
            }
            result.documents.push_back(out);
        }
        tx.commit();
        result.ok = true;
    } catch (const SqliteError &e) {
        result.error = sql::describeError(e, m_path, m_options.busyTimeoutMs);
        result.databaseError = isDatabaseFailure(e.code);
        result.documents.clear();
        if (m_inBatch) {
            // Everything since beginBatch() is undone; the caller stores those files again
            // one transaction each (see importPaths).
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            m_inBatch = false;
            dropPendingIndex();
            result.batchRolledBack = true;
        }
        log::store()->error("{}", result.error);
    }
    return result;
}

bool CatalogStore::isDatabaseFailure(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_NOMEM:
    case SQLITE_PROTOCOL:
        return true;
    default:
        return false;
    }
}

bool CatalogStore::beginBatch(QString *error)
{
    if (m_inBatch)
        return true;
    try {
        sql::execScript(m_db, "BEGIN IMMEDIATE");
        m_inBatch = true;
        return true;
    } catch (const SqliteError &e) {
        if (error)
            *error = sql::describeError(e, m_path, m_options.busyTimeoutMs);
        return false;
    }
}

bool CatalogStore::commitBatch(QString *error)
{
    if (!m_inBatch)
        return true;
    try {
        flushIndex(); // still inside the batch: a failure here undoes the batch like any other
        m_inBatch = false;
        sql::execScript(m_db, "COMMIT");
        return true;
    } catch (const SqliteError &e) {
        m_inBatch = false;
        dropPendingIndex();
        resetStatements();
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        if (error)
            *error = sql::describeError(e, m_path, m_options.busyTimeoutMs);
        return false;
    }
}

void CatalogStore::rollbackBatch()
{
    if (!m_inBatch)
        return;
    m_inBatch = false;
    dropPendingIndex();
    resetStatements();
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

QList<DomainSummary> CatalogStore::domains()
{
    QList<DomainSummary> out;
    try {
        Statement st(m_db, "SELECT v.domain, sum(e.kind = 'product'), sum(e.kind = 'contract') "
                           "FROM entities e JOIN versions v ON v.id = e.current_version_id "
                           "WHERE e.kind IN ('product','contract') GROUP BY v.domain "
                           "ORDER BY v.domain = '', v.domain COLLATE NOCASE");
        while (st.step())
            out.append({st.text(0), int(st.integer(1)), int(st.integer(2))});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

QList<EntitySummary> CatalogStore::entities(const QString &kind)
{
    QList<EntitySummary> out;
    try {
        Statement st(
            m_db, "SELECT e.kind, e.key, v.name, v.version, v.domain, v.status, v.owner, v.format, "
                  "v.id, (SELECT count(*) FROM changes c WHERE c.entity_id = e.id AND "
                  "c.status = 'pending') FROM entities e JOIN versions v ON v.id = "
                  "e.current_version_id WHERE e.kind = ? ORDER BY v.domain COLLATE NOCASE, "
                  "v.name COLLATE NOCASE, e.key");
        st.bind(1, kind);
        while (st.step()) {
            EntitySummary s;
            s.kind = st.text(0);
            s.key = st.text(1);
            s.name = st.text(2);
            s.version = st.text(3);
            s.domain = st.text(4);
            s.status = st.text(5);
            s.owner = st.text(6);
            s.format = st.text(7);
            s.versionId = st.integer(8);
            s.pendingChanges = int(st.integer(9));
            out.append(s);
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

namespace {
constexpr const char *kVersionColumns =
    "SELECT v.id, e.kind, e.key, v.version, v.name, v.state, v.format, v.source_path, "
    "v.imported_at, v.imported_by, v.source, v.id = e.current_version_id FROM versions v JOIN "
    "entities e ON e.id = v.entity_id ";

VersionRecord readVersion(const Statement &st)
{
    VersionRecord v;
    v.id = st.integer(0);
    v.kind = st.text(1);
    v.key = st.text(2);
    v.version = st.text(3);
    v.name = st.text(4);
    v.state = st.text(5);
    v.format = st.text(6);
    v.sourcePath = st.text(7);
    v.importedAt = st.text(8);
    v.importedBy = st.text(9);
    v.source = st.bytes(10);
    v.current = st.integer(11) != 0;
    return v;
}
} // namespace

std::optional<VersionRecord> CatalogStore::currentVersion(const QString &kind, const QString &key)
{
    try {
        Statement st(m_db, (QByteArray(kVersionColumns) +
                            "WHERE e.kind = ? AND e.key = ? AND v.id = e.current_version_id")
                               .constData());
        st.bind(1, kind).bind(2, key);
        if (st.step())
            return readVersion(st);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return std::nullopt;
}

std::optional<VersionRecord> CatalogStore::version(qint64 id)
{
    try {
        static const QByteArray sql = QByteArray(kVersionColumns) + "WHERE v.id = ?";
        Statement &st = cached(sql.constData());
        const auto done = qScopeGuard([&] { st.reset(); }); // see change()
        st.bind(1, id);
        if (st.step())
            return readVersion(st);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return std::nullopt;
}

QList<VersionRecord> CatalogStore::history(const QString &kind, const QString &key)
{
    QList<VersionRecord> out;
    try {
        Statement st(m_db,
                     (QByteArray(kVersionColumns) + "WHERE e.kind = ? AND e.key = ? ORDER BY v.id")
                         .constData());
        st.bind(1, kind).bind(2, key);
        while (st.step())
            out.append(readVersion(st));
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

namespace {
// The columns of a ChangeRecord, read by changes() and changeByProposal()
QByteArray changeSelect(int schema)
{
    // schema 5 added the signed proposal and decision (older schemas: upgrade tests)
    return QByteArray("SELECT c.id, e.kind, e.key, nv.name, c.status, c.proposer, c.created_at, "
                      "c.old_version_id, c.new_version_id, ov.version, nv.version, c.decided_by, "
                      "c.decided_at, c.comment, ") +
           (schema >= 5 ? "c.proposal, c.decision" : "'', ''") +
           " FROM changes c JOIN entities e ON e.id = c.entity_id JOIN versions ov ON ov.id = "
           "c.old_version_id JOIN versions nv ON nv.id = c.new_version_id ";
}

ChangeRecord changeRow(Statement &st)
{
    ChangeRecord c;
    c.id = st.integer(0);
    c.kind = st.text(1);
    c.key = st.text(2);
    c.subject = st.text(3);
    c.status = st.text(4);
    c.proposer = st.text(5);
    c.createdAt = st.text(6);
    c.oldVersionId = st.integer(7);
    c.newVersionId = st.integer(8);
    c.oldVersion = st.text(9);
    c.newVersion = st.text(10);
    c.decidedBy = st.text(11);
    c.decidedAt = st.text(12);
    c.comment = st.text(13);
    c.proposal = st.text(14);
    c.decision = st.text(15);
    return c;
}
} // namespace

QList<ChangeRecord> CatalogStore::changes(const QString &status)
{
    QList<ChangeRecord> out;
    try {
        const QByteArray sql =
            changeSelect(m_schema) + "WHERE (?1 IS NULL OR c.status = ?1) ORDER BY c.id";
        Statement st(m_db, sql.constData());
        if (!status.isEmpty())
            st.bind(1, status);
        while (st.step())
            out.append(changeRow(st));
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

std::optional<ChangeRecord> CatalogStore::change(qint64 id)
{
    try {
        static const QByteArray current = changeSelect(5) + "WHERE c.id = ?1";
        std::optional<Statement> own; // older schemas (upgrade tests): not cached
        if (m_schema < 5)
            own.emplace(m_db, (changeSelect(m_schema) + "WHERE c.id = ?1").constData());
        Statement &st = m_schema >= 5 ? cached(current.constData()) : *own;
        // reset after reading: a cached statement left on a row keeps its read transaction
        // open, and this connection would not see what other connections commit
        const auto done = qScopeGuard([&] { st.reset(); });
        st.bind(1, id);
        if (st.step())
            return changeRow(st);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return std::nullopt;
}

std::optional<ChangeRecord> CatalogStore::changeByProposal(const QString &proposal,
                                                           const QString &subject)
{
    // by the index on changes(proposal): a decision applied from a team log looks its change
    // up here, and reading every change for it made materializing quadratic
    if (m_schema < 5)
        return std::nullopt;
    try {
        static const QByteArray sql = changeSelect(5) +
                                      "WHERE c.proposal = ?1 AND e.kind || '/' || e.key = ?2 "
                                      "ORDER BY c.id LIMIT 1";
        Statement &st = cached(sql.constData());
        const auto done = qScopeGuard([&] { st.reset(); }); // see change()
        st.bind(1, proposal).bind(2, subject);
        if (st.step())
            return changeRow(st);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return std::nullopt;
}

QList<ProductPorts> CatalogStore::currentPorts(const char *direction)
{
    QList<ProductPorts> out;
    try {
        Statement st(m_db, "SELECT e.key, p.name, p.contract_id FROM entities e JOIN ports p ON "
                           "p.version_id = e.current_version_id WHERE e.kind = 'product' AND "
                           "p.direction = ? ORDER BY e.key, p.rowid");
        st.bind(1, QString::fromLatin1(direction));
        while (st.step())
            out.append({st.text(0), st.text(1), st.text(2)});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

QList<ProductPorts> CatalogStore::currentInputPorts()
{
    return currentPorts("input");
}

QList<ProductPorts> CatalogStore::currentOutputPorts()
{
    return currentPorts("output");
}

QStringList CatalogStore::objectNames(const QString &contractKey)
{
    QStringList out;
    if (const auto v = currentVersion(QStringLiteral("contract"), contractKey))
        if (const auto doc = document(*v))
            for (const SchemaObject &o : doc->contract.objects)
                out << o.name;
    return out;
}

QList<SearchHit> CatalogStore::search(const QString &text, int limit)
{
    QList<SearchHit> out;
    // Every word must match as a prefix: "cust ema" finds customer_email_address. Words are
    // quoted so FTS5 operators in user input are plain text.
    static const QRegularExpression words(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList all;
    for (auto it = words.globalMatch(text); it.hasNext();)
        all << it.next().captured(0);
    // A one-letter word is not yet a prefix worth expanding (FTS5 has no 1-letter prefix
    // index; "c*" cost 30 ms at 500,000 fields): ignored beside longer words, matched as a
    // whole word alone. Search-as-you-type keeps the previous words' results meanwhile.
    if (all.size() > 1)
        all.removeIf([](const QString &w) { return w.size() < 2; });
    QStringList prefixTerms, exactTerms;
    for (const QString &w : std::as_const(all)) {
        prefixTerms << (w.size() < 2 ? QStringLiteral("\"%1\"").arg(w)
                                     : QStringLiteral("\"%1\"*").arg(w));
        exactTerms << QStringLiteral("\"%1\"").arg(w);
    }
    if (prefixTerms.isEmpty() || limit <= 0)
        return out;
    const QString match = prefixTerms.join(QLatin1Char(' '));
    try {
        // bm25 costs a few microseconds per matching row: a word matching 25,000 rows cost
        // 40 ms to rank. Rank when the match set is small; otherwise list rows whose title has
        // the words (exact tokens first, then prefixes) unranked. Same for both indexes.
        constexpr qint64 rankLimit = 5000;
        auto matchCount = [&](const char *sql) {
            Statement cnt(m_db, sql);
            cnt.bind(1, match).bind(2, rankLimit);
            return cnt.step() ? cnt.integer(0) : 0;
        };
        // Domains, products, contracts, objects (title weighs most).
        const qint64 entityWant = std::max(1, limit / 2);
        auto collectEntities = [&](const char *sql, const QString &m) {
            Statement st(m_db, sql);
            st.bind(1, m).bind(2, entityWant);
            while (st.step() && out.size() < entityWant) {
                const SearchHit h{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)};
                if (std::none_of(out.cbegin(), out.cend(), [&](const SearchHit &o) {
                        return o.kind == h.kind && o.ref == h.ref && o.path == h.path;
                    }))
                    out.append(h);
            }
        };
        if (matchCount("SELECT count(*) FROM (SELECT 1 FROM search_entities WHERE search_entities "
                       "MATCH ? LIMIT ?)") < rankLimit) {
            collectEntities(
                "SELECT kind, ref, path, title, snippet(search_entities, 4, '[', ']', '…', 8) "
                "FROM search_entities WHERE search_entities MATCH ? ORDER BY "
                "bm25(search_entities, 0, 0, 2.0, 10.0, 1.0) LIMIT ?",
                match);
        } else {
            for (const QString &m :
                 {QStringLiteral("{title} : ") + exactTerms.join(QLatin1Char(' ')),
                  QStringLiteral("{title} : ") + match, match})
                collectEntities(
                    "SELECT kind, ref, path, title, snippet(search_entities, 4, '[', ']', '…', 8) "
                    "FROM search_entities WHERE search_entities MATCH ? LIMIT ?",
                    m);
        }
        // Fields
        const qint64 want = limit - out.size();
        const qint64 matches = matchCount("SELECT count(*) FROM (SELECT 1 FROM search_fields WHERE "
                                          "search_fields MATCH ? LIMIT ?)");
        auto collect = [&](const char *sql, const QString &m, qint64 n) {
            Statement st(m_db, sql);
            st.bind(1, m).bind(2, n);
            while (st.step() && out.size() < limit) {
                const SearchHit h{QStringLiteral("field"), st.text(0), st.text(1), st.text(2),
                                  st.text(3)};
                if (std::none_of(out.cbegin(), out.cend(), [&](const SearchHit &o) {
                        return o.kind == h.kind && o.ref == h.ref && o.path == h.path;
                    }))
                    out.append(h);
            }
        };
        if (matches < rankLimit) {
            collect(
                "SELECT ref, path, title, snippet(search_fields, 3, '[', ']', '…', 8) FROM "
                "search_fields WHERE search_fields MATCH ? ORDER BY bm25(search_fields, 0, 2.0, "
                "10.0, 1.0) LIMIT ?",
                match, want);
        } else {
            collect("SELECT ref, path, title, snippet(search_fields, 3, '[', ']', '…', 8) FROM "
                    "search_fields WHERE search_fields MATCH ? LIMIT ?",
                    QStringLiteral("{title} : ") + exactTerms.join(QLatin1Char(' ')), want);
            collect("SELECT ref, path, title, snippet(search_fields, 3, '[', ']', '…', 8) FROM "
                    "search_fields WHERE search_fields MATCH ? LIMIT ?",
                    QStringLiteral("{title} : ") + match, want);
            collect("SELECT ref, path, title, snippet(search_fields, 3, '[', ']', '…', 8) FROM "
                    "search_fields WHERE search_fields MATCH ? LIMIT ?",
                    match, want);
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

} // namespace meshdesk
