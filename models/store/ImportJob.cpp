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
    if (!out.ok)
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
    QFuture<FileImport> parsed =
        QtConcurrent::mapped(&pool, files, [](const QString &path) { return importFile(path); });

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
    auto startBatch = [&] {
        // a team catalog queues its acts; nothing to batch
        batching = total > 1 && !ledger.isTeam() && ledger.beginBatch(&batchError);
        sinceCommit.restart();
    };
    // A failed batch is replayed one file per transaction, so only failing files are lost.
    auto replay = [&] {
        for (Pending &p : batch) {
            FileOutcome &out = summary.files[p.outcome];
            count(summary, out, -1);
            apply(out, ledger.submit(p.file, user));
            count(summary, out, +1);
        }
        batch.clear();
    };
    auto commit = [&] {
        if (!batching)
            return;
        batching = false;
        if (!ledger.commitBatch(&batchError)) {
            log::store()->error("batch commit failed: {}; storing its files one by one",
                                batchError);
            replay();
        }
        batch.clear();
    };
    startBatch();
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            parsed.cancel();
            break;
        }
        if (batching && sinceCommit.elapsed() > 200) {
            commit();
            startBatch();
        }
        FileImport fi = parsed.resultAt(i);
        FileOutcome out;
        out.path = fi.path;
        out.bytes = fi.size;
        out.diagnostics = fi.diagnostics;
        summary.bytes += fi.size;
        if (fi.ok()) {
            const ledger::ActResult r = ledger.submit(fi, user);
            apply(out, r);
            if (r.stored.batchRolledBack) {
                batching = false;
                replay();                            // the earlier files of the undone batch
                apply(out, ledger.submit(fi, user)); // and this one, alone
                startBatch();
            } else if (batching) {
                batch.push_back({summary.files.size(), std::move(fi)});
            }
        }
        if (!out.ok)
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
    parsed.waitForFinished();
    return summary;
}

} // namespace meshdesk
