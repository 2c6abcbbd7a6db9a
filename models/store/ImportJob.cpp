#include "ImportJob.h"

#include "core/Log.h"
#include "ledger/Ledger.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <memory>

namespace meshdesk {

QStringList collectImportFiles(const QStringList &paths, QStringList *missing)
{
    QStringList files;
    static const QStringList suffixes{QStringLiteral("yaml"), QStringLiteral("yml"),
                                      QStringLiteral("json"), QStringLiteral("avsc")};
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(p, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString f = it.next();
                if (f.contains(QLatin1String("/.")))
                    continue;
                if (suffixes.contains(QFileInfo(f).suffix().toLower()))
                    found << f;
            }
            found.sort();
            files << found;
        } else if (fi.exists()) {
            files << p;
        } else if (missing) {
            *missing << p;
        }
    }
    return files;
}

namespace {

void count(ImportSummary &summary, const FileOutcome &out, int sign)
{
    for (const StoredDocument &d : out.documents) {
        switch (d.outcome) {
        case StoredDocument::Outcome::Added:
            summary.added += sign;
            break;
        case StoredDocument::Outcome::Unchanged:
            summary.unchanged += sign;
            break;
        case StoredDocument::Outcome::PendingChange:
            summary.pending += sign;
            break;
        }
    }
    if (!out.ok && !out.notImported)
        summary.failedFiles += sign;
    if (out.ok && out.queued)
        summary.queued += sign;
}

void apply(FileOutcome &out, const ledger::ActResult &r)
{
    out.ok = r.ok;
    out.queued = r.ok && r.queued;
    out.storeError = r.error;
    out.documents = r.stored.documents;
}

} // namespace

ImportSummary importPaths(ledger::Ledger &ledger, const QStringList &files, const QString &user,
                          const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    const int total = int(files.size());
    // Parsing is pure and runs ahead on the pool; results come back in file order.
    // The calling thread writes SQLite, so the parsers get the other cores (on 2 cores, one
    // parser beside the writer beat two parsers competing with it: 16 vs 10 MB/s).
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    // (behind a pointer: QtConcurrent copies its results as it stores and hands them out, and
    // a parsed file with its documents and source bytes is large)
    QFuture<std::shared_ptr<FileImport>> parsed =
        QtConcurrent::mapped(&pool, files, [](const QString &path) {
            return std::make_shared<FileImport>(importFile(path));
        });

    // Files are written in batches of about 200 ms of work (one commit each): a crash or a
    // cancel loses at most that fraction of a second, and only whole files.
    struct Pending
    {
        size_t outcome;
        FileImport file;
    };
    std::vector<Pending> batch;
    QElapsedTimer sinceCommit;
    QString batchError;
    bool batching = false;
    // The database failed (locked, full, damaged, read-only): stop, and mark what is lost.
    auto stop = [&](const QString &error) {
        summary.databaseError = error;
        log::store()->error("import stopped: {}", error);
    };
    auto notImported = [&](FileOutcome &out) {
        count(summary, out, -1);
        out.ok = false;
        out.notImported = true;
        out.storeError.clear();
        out.documents.clear();
        count(summary, out, +1);
    };
    auto startBatch = [&] {
        batching = false;
        // a team catalog queues its acts; nothing to batch
        if (total > 1 && !ledger.isTeam()) {
            batching = ledger.beginBatch(&batchError);
            if (!batching)
                stop(batchError); // BEGIN IMMEDIATE failed: locked, read-only or damaged
        }
        sinceCommit.restart();
    };
    // A failed batch is replayed one file per transaction, so only failing files are lost.
    auto replay = [&] {
        for (Pending &p : batch) {
            FileOutcome &out = summary.files[p.outcome];
            if (!summary.databaseError.isEmpty()) {
                notImported(out);
                continue;
            }
            count(summary, out, -1);
            const ledger::ActResult r = ledger.submit(p.file, user);
            apply(out, r);
            count(summary, out, +1);
            if (r.stored.databaseError) {
                stop(r.error);
                notImported(out);
            }
        }
        batch.clear();
    };
    auto commit = [&] {
        if (!batching)
            return;
        batching = false;
        if (!ledger.commitBatch(&batchError)) {
            // a failed COMMIT is the database's failure (disk full, I/O): the batch is lost
            stop(batchError);
            for (Pending &p : batch)
                notImported(summary.files[p.outcome]);
        }
        batch.clear();
    };
    startBatch();
    for (int i = 0; i < total && summary.databaseError.isEmpty(); ++i) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            parsed.cancel();
            break;
        }
        if (batching && sinceCommit.elapsed() > 200) {
            commit();
            if (!summary.databaseError.isEmpty())
                break;
            startBatch();
            if (!summary.databaseError.isEmpty())
                break;
        }
        FileImport fi = std::move(*parsed.resultAt(i)); // read once, by this loop only
        FileOutcome out;
        out.path = fi.path;
        out.bytes = fi.size;
        out.diagnostics = fi.diagnostics;
        summary.bytes += fi.size;
        bool lost = false; // parsed, but not stored because the database failed
        if (fi.ok()) {
            ledger::ActResult r = ledger.submit(fi, user);
            if (r.stored.batchRolledBack) {
                batching = false;
                if (r.stored.databaseError)
                    stop(r.error); // the replay then marks the undone batch as not imported
                replay();          // the earlier files of the undone batch
                if (summary.databaseError.isEmpty()) {
                    r = ledger.submit(fi, user); // and this one, alone
                    if (r.stored.databaseError)
                        stop(r.error);
                }
                lost = !summary.databaseError.isEmpty();
                if (!lost)
                    startBatch();
            } else if (r.stored.databaseError) {
                stop(r.error);
                lost = true;
            }
            apply(out, r);
            if (lost) {
                out.ok = false;
                out.notImported = true;
                out.storeError.clear();
                out.documents.clear();
            } else if (batching) {
                batch.push_back({summary.files.size(), std::move(fi)});
            }
        }
        if (!out.ok && !out.notImported)
            log::catalog()->warn("import of {} failed: {}", out.path,
                                 out.storeError.isEmpty()
                                     ? FileImport{out.path, 0, {}, out.diagnostics}.firstError()
                                     : out.storeError);
        count(summary, out, +1);
        summary.files.push_back(std::move(out));
        if (progress)
            progress(i + 1, total, summary.files.back().path);
    }
    commit();
    if (!summary.databaseError.isEmpty()) {
        parsed.cancel();
        summary.notImported = total - int(summary.files.size());
        for (const FileOutcome &f : summary.files)
            summary.notImported += f.notImported;
    }
    parsed.waitForFinished();
    return summary;
}

} // namespace meshdesk
