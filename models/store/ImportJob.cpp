#include "ImportJob.h"

#include "core/Log.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFuture>
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

ImportSummary importPaths(CatalogStore &store, const QStringList &files, const QString &user,
                          const ImportProgress &progress, const std::atomic_bool *cancel)
{
    ImportSummary summary;
    const int total = int(files.size());
    // Parsing is pure and runs ahead on the pool; results come back in file order.
    QFuture<FileImport> parsed =
        QtConcurrent::mapped(files, [](const QString &path) { return importFile(path); });
    for (int i = 0; i < total; ++i) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            parsed.cancel();
            break;
        }
        const FileImport fi = parsed.resultAt(i);
        FileOutcome out;
        out.path = fi.path;
        out.bytes = fi.size;
        out.diagnostics = fi.diagnostics;
        summary.bytes += fi.size;
        if (fi.ok()) {
            const StoreResult sr = store.store(fi, user);
            out.ok = sr.ok;
            out.storeError = sr.error;
            out.documents = sr.documents;
            for (const StoredDocument &d : sr.documents) {
                switch (d.outcome) {
                case StoredDocument::Outcome::Added: ++summary.added; break;
                case StoredDocument::Outcome::Unchanged: ++summary.unchanged; break;
                case StoredDocument::Outcome::PendingChange: ++summary.pending; break;
                }
            }
        }
        if (!out.ok) {
            ++summary.failedFiles;
            log::catalog()->warn("import of {} failed: {}", fi.path,
                                 out.storeError.isEmpty() ? fi.firstError() : out.storeError);
        }
        summary.files.push_back(std::move(out));
        if (progress)
            progress(i + 1, total, fi.path);
    }
    parsed.waitForFinished();
    return summary;
}

} // namespace meshdesk
