#include "Evidence.h"

#include "Review.h"
#include "core/Names.h"
#include "identity/SshSig.h"
#include "ledger/Ledger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace meshdesk::governance {

using names::csvCell;
using names::markdownText;

EvidencePack buildEvidence(ledger::Ledger &ledger, qint64 changeId, const QString &from,
                           const QString &to, const QString &exportedBy)
{
    EvidencePack pack;
    CatalogStore &store = ledger.store();
    try {
        const ledger::VerifyResult v = ledger.verify();
        pack.markdown =
            QStringLiteral("# MeshDesk evidence pack\n\nCatalog: `%1`  \nTrust root: `%5`  \n"
                           "Exported: %2 by %3  \nAudit log: %4\n\n")
                .arg(names::markdownCode(store.path()), nowUtc(), markdownText(exportedBy),
                     v.intact ? QStringLiteral("intact (%1 signed acts verified)").arg(v.events)
                              : QStringLiteral("BROKEN at %1: %2")
                                    .arg(markdownText(v.act), markdownText(v.reason)),
                     names::markdownCode(ledger.rootFingerprint()));
        const QList<AuditRow> rows = ledger::auditLog(
            store, changeId > 0 ? QString() : from, changeId > 0 ? QString() : to);
        QList<AuditRow> selected;
        if (changeId > 0) {
            const Review r = buildReview(store, changeId);
            if (!r.ok()) {
                pack.error = r.error;
                return pack;
            }
            pack.markdown += r.toMarkdown();
            for (const AuditRow &row : rows) {
                const QJsonObject d = QJsonDocument::fromJson(row.details.toUtf8()).object();
                if (d.value(QLatin1String("change")).toInteger() == changeId ||
                    d.value(QLatin1String("changes")).toArray().contains(changeId))
                    selected << row;
            }
            pack.baseName = QStringLiteral("change-%1").arg(changeId);
            // The signed acts themselves, for checking without MeshDesk.
            QString allowed, script = QStringLiteral("#!/bin/sh\n# Checks each signed act of "
                                                     "this change with OpenSSH alone.\nset -e\n"
                                                     "cd \"$(dirname \"$0\")\"\n");
            QSet<QString> signers;
            for (const AuditRow &row : selected) {
                const auto e = store.event(row.eventId);
                if (!e)
                    continue;
                const QString name = QStringLiteral("act-%1.json").arg(e->seq);
                pack.attachments.append({name, e->body});
                pack.attachments.append(
                    {name + QStringLiteral(".sig"), identity::sshsig::armored(e->signature)});
                const ledger::Member m = ledger.state().members.value(e->actor);
                if (m.key.isValid() && !signers.contains(e->actor)) {
                    signers.insert(e->actor);
                    allowed += identity::sshsig::allowedSignersLine(e->actor, m.key) +
                               QLatin1Char('\n');
                }
                script += QStringLiteral("ssh-keygen -Y verify -f allowed_signers -I '%1' -n "
                                         "meshdesk -s %2.sig < %2\n")
                              .arg(e->actor, name);
            }
            if (!selected.isEmpty()) {
                pack.attachments.append({QStringLiteral("allowed_signers"), allowed.toUtf8()});
                pack.attachments.append({QStringLiteral("verify.sh"), script.toUtf8()});
                pack.markdown += QStringLiteral(
                    "\nEach signed act is in `%1/` (the signed bytes and their SSH signature); "
                    "`sh %1/verify.sh` checks them with `ssh-keygen -Y verify`.\n")
                                     .arg(pack.baseName);
            }
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
                                        "signed by / hash |\n|---|---|---|---|---|---|\n");
        pack.csv = QStringLiteral("id,at,actor,action,subject,details,prev_hash,hash,event,key\n");
        for (const AuditRow &r : selected) {
            // every cell escaped: names, subjects and details come from users and documents
            pack.markdown += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` |\n")
                                 .arg(r.id)
                                 .arg(markdownText(r.at), markdownText(r.actor),
                                      markdownText(r.action), markdownText(r.subject),
                                      names::markdownCode(r.eventId.isEmpty() ? r.hash.left(16)
                                                                              : r.keyFingerprint));
            pack.csv +=
                QStringList{QString::number(r.id),    csvCell(r.at),      csvCell(r.actor),
                            csvCell(r.action),        csvCell(r.subject), csvCell(r.details),
                            csvCell(r.prevHash),      csvCell(r.hash),    csvCell(r.eventId),
                            csvCell(r.keyFingerprint)}
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
    // a temporary file is created 0600; the pack is for others to read, as a file written
    // the ordinary way would be (0666 less the umask)
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(file.handle(), 0666 & ~mask) != 0)
        return failed(QStringLiteral("cannot set its permissions (%1); nothing was replaced")
                          .arg(QString::fromLocal8Bit(strerror(errno))));
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
    // The signed acts (a change's pack) go to <dir>/<baseName>/, each file written and
    // renamed the same way, before the .md and .csv that point to them.
    if (!pack.attachments.isEmpty()) {
        const QString sub = QDir(dir).filePath(pack.baseName);
        if (QFileInfo(sub).isSymLink() || (QFileInfo::exists(sub) && !QFileInfo(sub).isDir())) {
            if (error)
                *error = QStringLiteral("%1: exists and is not a folder (a symbolic link is "
                                        "not followed); nothing was written")
                             .arg(sub);
            removeTemps();
            return false;
        }
        if (!QDir().mkpath(sub)) {
            if (error)
                *error = QStringLiteral("%1: cannot create the folder").arg(sub);
            removeTemps();
            return false;
        }
        for (const auto &[name, content] : pack.attachments) {
            QString temp;
            if (!writeAtomically(sub, name, content, &temp, error)) {
                removeTemps();
                return false;
            }
            const QString target = QDir(sub).filePath(name);
            if (::rename(QFile::encodeName(temp).constData(),
                         QFile::encodeName(target).constData()) != 0) {
                if (error)
                    *error = QStringLiteral("%1: cannot replace it (%2)")
                                 .arg(target, QString::fromLocal8Bit(strerror(errno)));
                QFile::remove(temp);
                removeTemps();
                return false;
            }
        }
    }
    if (!renameOver(mdTemp, md) || !renameOver(csvTemp, csv))
        return false;
    return true;
}

} // namespace meshdesk::governance
