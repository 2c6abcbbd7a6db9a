// The catalog's SQLite store. Versions are append-only rows keeping the verbatim source; the
// first version of an id is approved on import, any later differing version becomes a pending
// change for governance. Each file is stored in one transaction. Read methods throw StoreError.
#pragma once

#include "formats/DocumentImporter.h"

#include <QHash>
#include <QString>
#include <memory>
#include <optional>

struct sqlite3;

namespace meshdesk {

namespace sql {
class Statement;
struct SqliteError;
} // namespace sql

struct StoreError
{
    QString message;
};

struct StoreOptions
{
    int busyTimeoutMs = 5000;
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
    QString error;
    std::vector<StoredDocument> documents;
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
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Batches group many files into one transaction: FTS5 writes an index segment per commit
    // (and per savepoint), so committing every file separately made bulk imports 2-3x slower.
    // A file that fails inside a batch rolls the whole batch back (batchRolledBack in the
    // result); the caller then stores the batch's files one transaction each, so a failing
    // file still leaves nothing behind while the others are kept. importPaths() does this.
    bool beginBatch(QString *error = nullptr);
    bool commitBatch(QString *error = nullptr);
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

    // Parses a stored version back into the model (the source is the single truth).
    std::optional<ImportedDocument> document(const VersionRecord &v);

private:
    void migrate(int target);
    void backfillSearchIndex();
    void backfillPorts();
    void indexDocument(const ImportedDocument &doc);
    void storePorts(qint64 versionId, const ImportedDocument &doc);
    sql::Statement &cached(const char *sql);
    [[noreturn]] void rethrow(const sql::SqliteError &e) const;

    sqlite3 *m_db = nullptr;
    QString m_path;
    StoreOptions m_options;
    int m_schema = 0;
    bool m_inBatch = false;
    QHash<const char *, std::shared_ptr<sql::Statement>> m_statements;
};

} // namespace meshdesk
