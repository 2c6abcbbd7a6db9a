// The catalog's SQLite store. Versions are append-only rows keeping the verbatim source; the
// first version of an id is approved on import, any later differing version becomes a pending
// change for governance. Each file is stored in one transaction. Read methods throw StoreError.
#pragma once

#include "formats/DocumentImporter.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace meshdesk {

namespace sql {
class Checkpointer;
class Statement;
struct SqliteError;
} // namespace sql

// The current time in UTC as ISO 8601 with milliseconds (how the store records times).
QString nowUtc();

struct StoreError
{
    QString message;
};

struct StoreOptions
{
    enum class Mode
    {
        // Creates the file if missing, migrates it, refuses a damaged one (a quick integrity
        // check) and an existing 0-byte file. For commands that write.
        ReadWrite,
        // Never writes: opens an existing catalog read-only (a file the user may only read, in
        // a folder they may not write, too). For commands that only read.
        ReadOnly,
        // The GUI: ReadWrite when the file can be written, else ReadOnly (isReadOnly() says).
        Browse
    };
    Mode mode = Mode::ReadWrite;
    int busyTimeoutMs = 5000;
    QString user;       // who opens it: the creator of a new database becomes its first admin
    int migrateTo = -1; // -1: latest (tests stop earlier to test upgrades)
};

struct EntitySummary
{
    QString kind;
    QString key;
    QString name;
    QString version;
    QString domain;
    QString status;
    QString owner;
    QString format;
    qint64 versionId = 0;
    int pendingChanges = 0;
};

struct DomainSummary
{
    QString name;
    int products = 0;
    int contracts = 0;
};

struct VersionRecord
{
    qint64 id = 0;
    QString kind;
    QString key;
    QString version;
    QString name;
    QString state; // approved, pending, rejected
    QString format;
    QString sourcePath;
    QString importedAt;
    QString importedBy;
    QByteArray source;
    bool current = false;
};

struct ChangeRecord
{
    qint64 id = 0;
    QString kind;
    QString key;
    QString subject; // the entity's name
    QString status;
    QString proposer;
    QString createdAt;
    qint64 oldVersionId = 0;
    qint64 newVersionId = 0;
    QString oldVersion;
    QString newVersion;
    QString decidedBy;
    QString decidedAt;
    QString comment;
    QString proposal; // the id of the signed act that proposed it ("legacy:N" before signing)
    QString decision; // the id of the signed decision
};

struct SearchHit
{
    QString kind; // domain, product, contract, object, field
    QString ref;  // key of the product/contract (domain name for domains)
    QString path; // object.field.sub for objects and fields
    QString title;
    QString snippet;
};

struct StoredDocument
{
    enum class Outcome
    {
        Added,
        Unchanged,
        PendingChange
    };
    QString kind;
    QString key;
    Outcome outcome = Outcome::Added;
    qint64 changeId = 0;
};

struct StoreResult
{
    bool ok = false;
    bool batchRolledBack = false; // the failure undid the whole batch (see beginBatch)
    // The failure is the database's, not the file's (locked, disk full, damaged, read-only,
    // I/O): the next file would fail the same way.
    bool databaseError = false;
    QString error;
    std::vector<StoredDocument> documents;
};

struct RoleGrant
{
    QString user;
    QString role;   // admin, owner, governance-owner, viewer
    QString domain; // empty for admin
    QString grantedBy;
    QString grantedAt;
};

struct AuditRow
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action; // import, propose, approve, reject, grant, revoke, policy, create, migrate,
                    // genesis, admit, remove, join
    QString subject;
    QString details;  // JSON
    QString prevHash; // legacy rows (before signing): the hash chain
    QString hash;
    QString eventId;        // signed acts: the event's id (empty for legacy rows)
    QString keyFingerprint; // signed acts: the signing key
};

// A signed governance act as stored: opaque bytes to the store (see ledger/Event.h).
struct EventRecord
{
    qint64 seq = 0; // the local log order
    QString id;
    QString type;
    QString actor;
    QString keyFingerprint;
    QString at;
    QByteArray body;
    QByteArray signature;
    qint64 offset = -1; // the team log's offset, when it came from one
};

struct MemberRecord
{
    QString name;
    QString publicKey; // OpenSSH line
    QString fingerprint;
    QString admittedBy;
    QString admittedAt;
    bool active = true;
};

// The governance-relevant content of the tables, as the ledger compares and digests it.
struct MaterializedState
{
    struct Version
    {
        QString subject; // kind/key
        QString sha;
        QString state;
        QString domain;
        QString event;
        bool current = false;
    };
    struct Change
    {
        qint64 id = 0;
        QString proposal, subject, proposer, status, decidedBy, comment, decision;
        QString newSha, newDomain;
    };
    QList<Version> versions; // ordered by subject, then id
    QList<Change> changes;   // ordered by id
    QHash<QString, bool> policies;
};

// An event a desk did not apply, with the reason (a team log can carry anything).
struct SetAsideRecord
{
    QString id;
    qint64 offset = -1;
    QByteArray body;
    QByteArray signature;
    QString reason;
    QString at;
};

struct AuditVerification
{
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0;
    QString reason;
};

struct Consumer
{
    QString productId;
    QString name;
    QString owner;
    QString domain;
    QString viaContract; // the contract it reads
    int depth = 1;       // 1 = reads the changed contract directly
};

struct ProductPorts // an output port of a product's current version
{
    QString productKey;
    QString portName;
    QString contractId;
};

struct OperationResult
{
    bool ok = false;
    QString error;
    // The failure is the database's (locked, disk full, damaged, read-only, I/O), not the
    // act's: see CatalogStore::isDatabaseFailure.
    bool databaseError = false;
};

class CatalogStore
{
public:
    CatalogStore();
    ~CatalogStore();
    CatalogStore(const CatalogStore &) = delete;
    CatalogStore &operator=(const CatalogStore &) = delete;

    static int latestSchemaVersion();
    // Where the catalog lives unless --db or MESHDESK_DB say otherwise.
    static QString defaultPath();

    bool open(const QString &path, const StoreOptions &options = {}, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    // The schema this connection opened (or migrated) the file at, without reading the file.
    int openedSchema() const { return m_schema; }

    // Batches group many files into one transaction: FTS5 writes an index segment per commit
    // (and per savepoint), so committing every file separately made bulk imports 2-3x slower.
    // A file that fails inside a batch rolls the whole batch back (batchRolledBack in the
    // result); the caller then stores the batch's files one transaction each, so a failing
    // file still leaves nothing behind while the others are kept. importPaths() does this.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
    // Undoes everything the open batch wrote (what belongs together, when a later part fails).
    void rollbackBatch();
    // Whether an SQLite result code means the database cannot be written at all (locked, disk
    // full, damaged, read-only, I/O error) rather than that one statement was refused.
    static bool isDatabaseFailure(int sqliteCode);
    bool inBatch() const { return m_inBatch; }

    // Stores every document of a successfully parsed file, all or nothing. eventId: the signed
    // act that submitted it (recorded on its versions and changes).
    StoreResult store(const FileImport &file, const QString &user, const QString &eventId = {});

    QList<DomainSummary> domains();
    QList<EntitySummary> entities(const QString &kind); // current versions of one kind
    std::optional<VersionRecord> currentVersion(const QString &kind, const QString &key);
    std::optional<VersionRecord> version(qint64 id);
    QList<VersionRecord> history(const QString &kind, const QString &key);
    QList<ChangeRecord> changes(const QString &status = {});
    QList<SearchHit> search(const QString &text, int limit = 50);
    // For a search that found nothing: up to `max` searches spelled like indexed names and
    // paths ("cusomer emial" -> "customer email"); empty when nothing is close.
    QStringList suggestSearches(const QString &text, int max = 3);
    QList<ProductPorts> currentOutputPorts();
    QList<ProductPorts> currentInputPorts();
    // Names of the schema objects of a contract's current version.
    QStringList objectNames(const QString &contractKey);

    // --- governance state (CatalogStoreGovernance.cpp) ---
    // The store keeps what the ledger (ledger/Ledger.h) decided; it checks no permissions
    // itself: every write below is an effect of a signed act the ledger accepted, and runs
    // inside writeTransaction().
    static QStringList roleNames();
    QList<RoleGrant> roles();
    bool hasRole(const QString &user, const QString &role, const QString &domain);
    std::optional<ChangeRecord> change(qint64 id);
    std::optional<ChangeRecord> changeByProposal(const QString &proposal, const QString &subject);
    QStringList enabledPolicies();
    // The audit rows written before signing existed (schema 4; ledger::auditLog() reads both
    // these and the signed acts), and their hash chain.
    QList<AuditRow> legacyAuditLog(const QString &from = {}, const QString &to = {});
    AuditVerification verifyLegacyAudit();

    // Runs fn as one write: its own IMMEDIATE transaction, or inside the running batch (where a
    // failure rolls the batch back, as store() does). SQLite errors become the result's error.
    OperationResult writeTransaction(const std::function<OperationResult()> &fn);
    void putRole(const QString &user, const QString &role, const QString &domain, const QString &by,
                 const QString &at);
    void deleteRole(const QString &user, const QString &role, const QString &domain);
    void putPolicy(const QString &policyId, bool enabled);
    void putMember(const MemberRecord &m);
    void deactivateMember(const QString &name);
    QList<MemberRecord> members();
    void applyDecision(qint64 changeId, const QString &user, bool approve, const QString &comment,
                       const QString &eventId, const QString &at);
    void appendEvent(const EventRecord &e);
    QList<EventRecord> events(qint64 afterSeq = 0, int limit = -1);
    QList<EventRecord> eventHeaders(); // without body and signature, in log order
    MaterializedState materialized();
    std::optional<EventRecord> event(const QString &id);
    // A local act seen in the team log (team create publishes the local history).
    void setEventOffset(const QString &id, qint64 offset);
    qint64 eventCount();
    QString lastEventId(); // the newest event's id ("" when none)
    QString setting(const QString &key);
    void putSetting(const QString &key, const QString &value);
    // set-aside events and the outbox of acts not yet published (team catalogs)
    void addSetAside(const SetAsideRecord &r);
    QList<SetAsideRecord> setAside();
    void queueOutgoing(const EventRecord &e);
    QList<EventRecord> outgoing();
    void dropOutgoing(const QString &id);
    QStringList contractIds();
    // Products that read any of the contracts, and transitively what reads their outputs.
    QList<Consumer> downstreamConsumers(const QStringList &contractIds);

    // From now until close(), commits do not checkpoint the write-ahead log on this thread: a
    // thread of the store's own does (store/Checkpointer.h). For long runs of commits (a team
    // log materialized); reading and writing are unchanged.
    void checkpointInBackground();

    // SQLite's full integrity check (every page, every index entry): empty when the file is
    // sound, else up to maxProblems of SQLite's findings. Throws StoreError when it cannot run.
    QStringList integrityProblems(int maxProblems = 10);

    // Parses a stored version back into the model (the source is the single truth).
    std::optional<ImportedDocument> document(const VersionRecord &v);

private:
    bool openFile(const QString &path, bool readOnly, QString *error);
    void migrate(int target);
    void backfillSearchIndex();
    void backfillPorts();
    void indexDocument(const ImportedDocument &doc);
    void storePorts(qint64 versionId, const ImportedDocument &doc);
    QList<ProductPorts> currentPorts(const char *direction);
    sql::Statement &cached(const char *sql);
    void resetStatements();
    void appendAudit(const QString &actor, const QString &action, const QString &subject,
                     const QJsonObject &details); // schema 4 only (before signing)
    void reindex(const QString &kind, const QString &key, const ImportedDocument &doc);
    // Inside a batch the search index is written once per entity, at commitBatch(): a team log
    // applies a product's whole history (dozens of approved versions) in one batch, and only the
    // last approved version is what search shows. Outside a batch these index at once.
    void indexLater(const ImportedDocument &doc);
    void reindexLater(const QString &kind, const QString &key, ImportedDocument doc);
    // holds the entity's document until flushIndex(); fresh: a new entity, nothing indexed yet
    void holdIndex(const QString &kind, const QString &key, ImportedDocument doc, bool fresh);
    void flushIndex();       // writes what indexLater/reindexLater held (inside the batch)
    void dropPendingIndex(); // the batch was rolled back: nothing of it is indexed
    [[noreturn]] void rethrow(const sql::SqliteError &e) const;

    sqlite3 *m_db = nullptr;
    std::unique_ptr<sql::Checkpointer> m_checkpointer;
    QString m_path;
    StoreOptions m_options;
    int m_schema = 0;
    bool m_inBatch = false;
    bool m_readOnly = false;
    bool m_inWrite = false; // inside writeTransaction()
    QHash<const char *, std::shared_ptr<sql::Statement>> m_statements;
    // Proposals stored by this connection, parsed, by version id (the newest 256): approving
    // one reindexes it without parsing its source again (a team log applies a decision right
    // after its proposal). Used only while the version's sha256 still matches.
    struct ParsedVersion
    {
        QByteArray sha;
        ImportedDocument doc;
    };
    QHash<qint64, ParsedVersion> m_parsedProposals;
    QList<qint64> m_parsedOrder;
    struct PendingIndex
    {
        QString kind, key;
        ImportedDocument doc;
        bool fresh; // a new entity: nothing of it is indexed yet
    };
    std::vector<PendingIndex> m_pendingIndex; // in the order first touched in the batch
    QHash<QString, size_t> m_pendingIndexAt;  // kind + '/' + key -> index in m_pendingIndex
};

} // namespace meshdesk
