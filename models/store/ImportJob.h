// Imports files and folders into a store: files are parsed on a thread pool while the
// calling thread writes them to SQLite in order, one transaction per file. Progress is
// reported per file; cancelling stops before the next file (stored files stay stored).
#pragma once

#include "CatalogStore.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace meshdesk {

namespace ledger {
class Ledger;
}

struct FileOutcome
{
    QString path;
    qint64 bytes = 0;
    bool ok = false;
    Diagnostics diagnostics; // errors (file rejected) and warnings
    QString storeError;
    // Parsed but not stored because the import stopped at a database error (see
    // ImportSummary::databaseError); such a file counts in notImported, not in failedFiles.
    bool notImported = false;
    std::vector<StoredDocument> documents;
    bool queued = false; // a team catalog: signed and sent to the team log, applied from there
};

struct ImportSummary
{
    std::vector<FileOutcome> files;
    int added = 0;
    int unchanged = 0;
    int pending = 0;
    int queued = 0;      // files sent to the team log (a team catalog applies them from there)
    int signedAhead = 0; // acts recorded as signed ahead on another thread (see importPaths)
    int failedFiles = 0;
    qint64 bytes = 0;
    bool cancelled = false;
    // The first error of the database itself (locked, disk full, damaged, read-only): the
    // import stops there, since every further file would fail the same way. notImported
    // counts the files left out: the undone batch, the failing file and those not reached.
    QString databaseError;
    int notImported = 0;
};

// Files named directly are taken whatever their name; folders are walked recursively for
// .yaml, .yml, .json and .avsc files (hidden folders skipped).
QStringList collectImportFiles(const QStringList &paths, QStringList *missing = nullptr);

using ImportProgress = std::function<void(int done, int total, const QString &path)>;

// Every file is submitted as an act signed by user (see ledger/Ledger.h).
ImportSummary importPaths(ledger::Ledger &ledger, const QStringList &files, const QString &user,
                          const ImportProgress &progress = {},
                          const std::atomic_bool *cancel = nullptr);

} // namespace meshdesk
