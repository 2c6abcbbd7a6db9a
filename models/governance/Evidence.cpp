#include "Evidence.h"

#include "Review.h"
#include "identity/SshSig.h"
#include "ledger/Ledger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace meshdesk::governance {

namespace {
QString csvCell(QString s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    return s;
}
} // namespace

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
                .arg(store.path(), nowUtc(), exportedBy,
                     v.intact ? QStringLiteral("intact (%1 signed acts verified)").arg(v.events)
                              : QStringLiteral("BROKEN at %1: %2").arg(v.act, v.reason),
                     ledger.rootFingerprint());
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
                                 .arg(from.isEmpty() ? QStringLiteral("start") : from,
                                      to.isEmpty() ? QStringLiteral("now") : to);
            selected = rows;
            QMap<QString, int> byAction;
            for (const AuditRow &r : rows)
                ++byAction[r.action];
            for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
                pack.markdown += QStringLiteral("- %1: %2\n").arg(it.key()).arg(it.value());
            pack.baseName = QStringLiteral("audit");
        }
        pack.markdown += QStringLiteral("\n## Audit rows\n\n| id | at | actor | action | subject | "
                                        "signed by / hash |\n|---|---|---|---|---|---|\n");
        pack.csv = QStringLiteral("id,at,actor,action,subject,details,prev_hash,hash,event,key\n");
        for (const AuditRow &r : selected) {
            pack.markdown += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` |\n")
                                 .arg(r.id)
                                 .arg(r.at, r.actor, r.action, r.subject,
                                      r.eventId.isEmpty() ? r.hash.left(16) : r.keyFingerprint);
            pack.csv += QStringList{QString::number(r.id),
                                    r.at,
                                    csvCell(r.actor),
                                    r.action,
                                    csvCell(r.subject),
                                    csvCell(r.details),
                                    r.prevHash,
                                    r.hash,
                                    r.eventId,
                                    r.keyFingerprint}
                            .join(QLatin1Char(',')) +
                        QLatin1Char('\n');
        }
    } catch (const StoreError &e) {
        pack.error = e.message;
    }
    return pack;
}

bool writeEvidence(const EvidencePack &pack, const QString &dir, QString *error)
{
    QDir().mkpath(dir);
    QFile md(QDir(dir).filePath(pack.baseName + QStringLiteral(".md")));
    QFile csv(QDir(dir).filePath(pack.baseName + QStringLiteral(".csv")));
    if (!md.open(QIODevice::WriteOnly) || !csv.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot write the evidence pack (%2)")
                         .arg(dir, md.errorString());
        return false;
    }
    md.write(pack.markdown.toUtf8());
    csv.write(pack.csv.toUtf8());
    if (!pack.attachments.isEmpty()) {
        const QDir sub(QDir(dir).filePath(pack.baseName));
        QDir().mkpath(sub.path());
        for (const auto &[name, content] : pack.attachments) {
            QFile f(sub.filePath(name));
            if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size()) {
                if (error)
                    *error = QStringLiteral("%1: cannot write (%2)").arg(f.fileName(), f.errorString());
                return false;
            }
        }
    }
    return true;
}

} // namespace meshdesk::governance
