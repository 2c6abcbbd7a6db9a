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
#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

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

using ParsedFiles = QFuture<std::shared_ptr<FileImport>>;

// Signing ahead (see ledger::Ledger::SubmitSigner): a thread takes the parsed files in order
// from `from` on, signs each one's submit and hands both to the writing thread, at most kAhead
// files ahead of it. The writing thread is the only other reader of the parsed results, and
// reads none from `from` on while a stage runs.
class SigningStage
{
public:
    struct Item
    {
        FileImport file;
        ledger::Event event;
    };
    SigningStage(ParsedFiles &parsed, int from, int total, ledger::Ledger::SubmitSigner signer)
        : m_next(from)
    {
        m_thread = std::thread([this, &parsed, from, total, signer]() mutable {
            for (int i = from; i < total; ++i) {
                {
                    std::unique_lock lock(m_mutex);
                    m_changed.wait(lock, [&] { return m_stop || m_items.size() < kAhead; });
                    if (m_stop)
                        return;
                }
                // (blocks until file i is parsed; the writer cancels the parsing only after
                // this thread ended, so the result comes)
                Item item{std::move(*parsed.resultAt(i)), {}};
                if (item.file.ok())
                    item.event = signer.sign(item.file);
                std::lock_guard lock(m_mutex);
                m_items.push_back(std::move(item));
                m_changed.notify_all();
            }
        });
    }
    ~SigningStage() { stop(); }
    int next() const { return m_next; } // the index take() returns next
    // The next file with its signed submit (an empty event: the file does not import, or it
    // changes nothing and needs no act).
    Item take()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_items.empty(); });
        Item item = std::move(m_items.front());
        m_items.pop_front();
        ++m_next;
        m_changed.notify_all();
        return item;
    }
    // Ends the thread; the files it took but the writer did not, from next() on, in order.
    std::deque<Item> stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
            m_changed.notify_all();
        }
        if (m_thread.joinable())
            m_thread.join();
        return std::exchange(m_items, {});
    }

private:
    static constexpr size_t kAhead = 16;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Item> m_items;
    bool m_stop = false;
    int m_next;
};

} // namespace

ImportSummary importPaths(ledger::Ledger &ledger, const QStringList &files, const QString &user,
                          const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    const int total = int(files.size());
    // Parsing is pure and runs ahead on the pool; results come back in file order.
    // One parser per core: the calling thread writes SQLite, but now that files which change
    // nothing record no act it often waits for the parsers (bench_catalog 4, 2 cores: 0.30-0.38
    // s with two parsers, 0.44-0.52 s with one; bench 1, where the writer is the limit, alike).
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
    // (behind a pointer: QtConcurrent copies its results as it stores and hands them out, and
    // a parsed file with its documents and source bytes is large)
    ParsedFiles parsed = QtConcurrent::mapped(&pool, files, [](const QString &path) {
        auto file = std::make_shared<FileImport>(importFile(path));
        hashSources(*file); // here, not on the writing thread
        return file;
    });
    // Acts are signed ahead on another thread while this one writes (SigningStage), from the
    // first file this thread submitted on: then the key is unlocked (a passphrase is asked for
    // on this thread only) and the catalog has its genesis. A stage stops when an act did not
    // follow its chain (a file refused, a batch undone, another writer): the files it took are
    // written (signed here) and a new stage starts from the log's new head.
    std::unique_ptr<SigningStage> signing;
    std::deque<SigningStage::Item> unsigned_; // taken by a stopped stage, not written yet
    int unsignedFrom = 0;                     // the index of unsigned_.front()
    auto stopSigning = [&] {
        if (!signing)
            return;
        unsignedFrom = signing->next();
        for (SigningStage::Item &item : signing->stop())
            unsigned_.push_back(std::move(item));
        signing.reset();
    };
    auto startSigning = [&](int from) {
        if (signing || !unsigned_.empty() || from >= total)
            return;
        if (auto signer = ledger.submitSigner(user))
            signing = std::make_unique<SigningStage>(parsed, from, total, std::move(*signer));
    };

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
            stopSigning(); // first: the stage may wait for a parsed result
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
        FileImport fi;
        std::optional<ledger::Event> signedAhead;
        if (signing) {
            SigningStage::Item item = signing->take();
            fi = std::move(item.file);
            if (!item.event.id.isEmpty())
                signedAhead = std::move(item.event);
        } else if (!unsigned_.empty() && unsignedFrom == i) {
            fi = std::move(unsigned_.front().file);
            unsigned_.pop_front();
            ++unsignedFrom;
        } else {
            fi = std::move(*parsed.resultAt(i)); // read once, by this loop only
        }
        FileOutcome out;
        out.path = fi.path;
        out.bytes = fi.size;
        out.diagnostics = fi.diagnostics;
        summary.bytes += fi.size;
        bool lost = false; // parsed, but not stored because the database failed
        if (fi.ok()) {
            ledger::ActResult r =
                ledger.submit(fi, user, {}, signedAhead ? &*signedAhead : nullptr);
            // the next acts signed ahead follow this one: they are usable only if it was
            // recorded as signed, or, signed by none, recorded as none (a file that changes
            // nothing), and only while the batch it is in stays
            if (signing && (!r.ok || r.eventId != (signedAhead ? signedAhead->id : QString()) ||
                            r.stored.batchRolledBack))
                stopSigning();
            else if (signedAhead && r.ok)
                ++summary.signedAhead;
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
        const bool recorded = out.ok;
        count(summary, out, +1);
        summary.files.push_back(std::move(out));
        if (progress)
            progress(i + 1, total, summary.files.back().path);
        if (recorded && summary.databaseError.isEmpty() && !ledger.isTeam())
            startSigning(i + 1);
    }
    stopSigning(); // before the parsing is cancelled (the stage may wait for a result)
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
