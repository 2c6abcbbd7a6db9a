#include "Evidence.h"

#include "Review.h"
#include "core/Names.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace meshdesk::governance {

using names::csvCell;
using names::markdownText;

EvidencePack buildEvidence(CatalogStore &store, qint64 changeId, const QString &from,
                           const QString &to, const QString &exportedBy)
{
    EvidencePack pack;
    try {
        const AuditVerification v = store.verifyAudit();
        pack.markdown =
            QStringLiteral("# MeshDesk evidence pack\n\nCatalog: `%1`  \nExported: %2 "
                           "by %3  \nAudit chain: %4\n\n")
                .arg(names::markdownCode(store.path()), nowUtc(), markdownText(exportedBy),
                     v.intact ? QStringLiteral("intact (%1 rows verified)").arg(v.rows)
                              : QStringLiteral("BROKEN at row #%1: %2")
                                    .arg(v.firstBrokenId)
                                    .arg(markdownText(v.reason)));
        const QList<AuditRow> rows =
            store.auditLog(changeId > 0 ? QString() : from, changeId > 0 ? QString() : to);
        QList<AuditRow> selected;
        if (changeId > 0) {
            const Review r = buildReview(store, changeId);
            if (!r.ok()) {
                pack.error = r.error;
                return pack;
            }
            pack.markdown += r.toMarkdown();
            const QString subject = r.change.kind + QLatin1Char('/') + r.change.key;
            for (const AuditRow &row : rows)
                if (row.subject == subject && QJsonDocument::fromJson(row.details.toUtf8())
                                                      .object()
                                                      .value(QLatin1String("change"))
                                                      .toInteger() == changeId)
                    selected << row;
            pack.baseName = QStringLiteral("change-%1").arg(changeId);
        } else {
            pack.markdown += QStringLiteral("## Period %1 - %2\n\n")
                                 .arg(from.isEmpty() ? QStringLiteral("start") : markdownText(from),
                                      to.isEmpty() ? QStringLiteral("now") : markdownText(to));
            selected = rows;
            QMap<QString, int> byAction;
            for (const AuditRow &r : rows)
                ++byAction[r.action];
            for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
                pack.markdown +=
                    QStringLiteral("- %1: %2\n").arg(markdownText(it.key())).arg(it.value());
            pack.baseName = QStringLiteral("audit");
        }
        pack.markdown += QStringLiteral("\n## Audit rows\n\n| id | at | actor | action | subject | "
                                        "hash |\n|---|---|---|---|---|---|\n");
        pack.csv = QStringLiteral("id,at,actor,action,subject,details,prev_hash,hash\n");
        for (const AuditRow &r : selected) {
            // every cell escaped: names, subjects and details come from users and documents
            pack.markdown +=
                QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` |\n")
                    .arg(r.id)
                    .arg(markdownText(r.at), markdownText(r.actor), markdownText(r.action),
                         markdownText(r.subject), names::markdownCode(r.hash.left(16)));
            pack.csv += QStringList{QString::number(r.id), csvCell(r.at),      csvCell(r.actor),
                                    csvCell(r.action),     csvCell(r.subject), csvCell(r.details),
                                    csvCell(r.prevHash),   csvCell(r.hash)}
                            .join(QLatin1Char(',')) +
                        QLatin1Char('\n');
        }
    } catch (const StoreError &e) {
        pack.error = e.message;
    }
    return pack;
}

namespace {
// Writes bytes to <dir>/<name> through a new temporary file in the same folder, renamed over
// the target only when every byte is on disk: a full disk leaves the old file (or none) and
// an error, never a cut file. The temporary file is created exclusively (O_EXCL: a planted
// symlink is not followed) and the rename replaces a symlink at the target instead of writing
// through it.
bool writeAtomically(const QString &dir, const QString &name, const QByteArray &bytes,
                     QString *tempPath, QString *error)
{
    const QString target = QDir(dir).filePath(name);
    QTemporaryFile file(QDir(dir).filePath(QStringLiteral(".%1.XXXXXX").arg(name)));
    file.setAutoRemove(true);
    auto failed = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(target, what);
        return false;
    };
    if (!file.open())
        return failed(
            QStringLiteral("cannot create a file in %1 (%2)").arg(dir, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.flush())
        return failed(QStringLiteral("cannot write (%1); nothing was replaced")
                          .arg(file.error() == QFileDevice::ResourceError
                                   ? QStringLiteral("the disk is full")
                                   : file.errorString()));
    if (::fsync(file.handle()) != 0)
        return failed(QStringLiteral("cannot write (%1); nothing was replaced")
                          .arg(errno == ENOSPC ? QStringLiteral("the disk is full")
                                               : QString::fromLocal8Bit(strerror(errno))));
    file.close();
    if (file.error() != QFileDevice::NoError)
        return failed(
            QStringLiteral("cannot close (%1); nothing was replaced").arg(file.errorString()));
    file.setAutoRemove(false);
    *tempPath = file.fileName();
    return true;
}
} // namespace

bool writeEvidence(const EvidencePack &pack, const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("%1: cannot create the folder").arg(dir);
        return false;
    }
    const QString md = pack.baseName + QStringLiteral(".md");
    const QString csv = pack.baseName + QStringLiteral(".csv");
    QString mdTemp, csvTemp;
    const bool written = writeAtomically(dir, md, pack.markdown.toUtf8(), &mdTemp, error) &&
                         writeAtomically(dir, csv, pack.csv.toUtf8(), &csvTemp, error);
    auto removeTemps = [&] {
        for (const QString &t : {mdTemp, csvTemp})
            if (!t.isEmpty())
                QFile::remove(t);
    };
    if (!written) {
        removeTemps();
        return false;
    }
    // rename(2) replaces the directory entry: a symlink planted at the target is replaced,
    // never followed (QFile::rename and QSaveFile would write through it).
    auto renameOver = [&](QString &temp, const QString &name) {
        const QString target = QDir(dir).filePath(name);
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) ==
            0) {
            temp.clear();
            return true;
        }
        if (error)
            *error = QStringLiteral("%1: cannot replace it (%2)")
                         .arg(target, QString::fromLocal8Bit(strerror(errno)));
        removeTemps();
        return false;
    };
    if (!renameOver(mdTemp, md) || !renameOver(csvTemp, csv))
        return false;
    return true;
}

} // namespace meshdesk::governance
