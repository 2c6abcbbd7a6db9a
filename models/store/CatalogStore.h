// The catalog's SQLite store. Versions are append-only rows keeping the verbatim source; the
// first version of an id is approved on import, any later differing version becomes a pending
// change for governance. Each file is stored in one transaction. Read methods throw StoreError.
#pragma once

#include "formats/DocumentImporter.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;

namespace meshdesk {

namespace sql {
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
    QString action; // import, propose, approve, reject, grant, revoke, policy, create, migrate
    QString subject;
    QString details; // JSON
    QString prevHash;
    QString hash;
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

    // Batches group many files into one transaction: FTS5 writes an index segment per commit
    // (and per savepoint), so committing every file separately made bulk imports 2-3x slower.
    // A file that fails inside a batch rolls the whole batch back (batchRolledBack in the
    // result); the caller then stores the batch's files one transaction each, so a failing
    // file still leaves nothing behind while the others are kept. importPaths() does this.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
    // Whether an SQLite result code means the database cannot be written at all (locked, disk
    // full, damaged, read-only, I/O error) rather than that one statement was refused.
    static bool isDatabaseFailure(int sqliteCode);
    bool inBatch() const { return m_inBatch; }

    // Stores every document of a successfully parsed file, all or nothing.
    StoreResult store(const FileImport &file, const QString &user);

    QList<DomainSummary> domains();
    QList<EntitySummary> entities(const QString &kind); // current versions of one kind
    std::optional<VersionRecord> currentVersion(const QString &kind, const QString &key);
    std::optional<VersionRecord> version(qint64 id);
    QList<VersionRecord> history(const QString &kind, const QString &key);
    QList<ChangeRecord> changes(const QString &status = {});
    QList<SearchHit> search(const QString &text, int limit = 50);
    QList<ProductPorts> currentOutputPorts();
    QList<ProductPorts> currentInputPorts();
    // Names of the schema objects of a contract's current version.
    QStringList objectNames(const QString &contractKey);

    // --- governance (CatalogStoreGovernance.cpp) ---
    static QStringList roleNames();
    OperationResult grantRole(const QString &actor, const QString &user, const QString &role,
                              const QString &domain);
    OperationResult revokeRole(const QString &actor, const QString &user, const QString &role,
                               const QString &domain);
    QList<RoleGrant> roles();
    bool hasRole(const QString &user, const QString &role, const QString &domain);
    std::optional<ChangeRecord> change(qint64 id);
    // Approve or reject a pending change: only a governance owner of the domain of the current
    // version, never the proposer; a reject needs a comment; a decided change is immutable.
    OperationResult decide(qint64 changeId, const QString &user, bool approve,
                           const QString &comment);
    QList<AuditRow> auditLog(const QString &from = {}, const QString &to = {});
    AuditVerification verifyAudit();
    QStringList enabledPolicies();
    OperationResult setPolicyEnabled(const QString &actor, const QString &policyId, bool enabled);
    QStringList contractIds();
    // Products that read any of the contracts, and transitively what reads their outputs.
    QList<Consumer> downstreamConsumers(const QStringList &contractIds);

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
                     const QJsonObject &details);
    void reindex(const QString &kind, const QString &key, const ImportedDocument &doc);
    [[noreturn]] void rethrow(const sql::SqliteError &e) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    StoreOptions m_options;
    int m_schema = 0;
    bool m_inBatch = false;
    bool m_readOnly = false;
    QHash<const char *, std::shared_ptr<sql::Statement>> m_statements;
};

} // namespace meshdesk
