#include "Evidence.h"

#include "Review.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

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

EvidencePack buildEvidence(CatalogStore &store, qint64 changeId, const QString &from,
                           const QString &to, const QString &exportedBy)
{
    EvidencePack pack;
    try {
        const AuditVerification v = store.verifyAudit();
        pack.markdown = QStringLiteral("# MeshDesk evidence pack\n\nCatalog: `%1`  \nExported: %2 "
                                       "by %3  \nAudit chain: %4\n\n")
                            .arg(store.path(), nowUtc(), exportedBy,
                                 v.intact ? QStringLiteral("intact (%1 rows verified)").arg(v.rows)
                                          : QStringLiteral("BROKEN at row #%1: %2")
                                                .arg(v.firstBrokenId)
                                                .arg(v.reason));
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
                                        "hash |\n|---|---|---|---|---|---|\n");
        pack.csv = QStringLiteral("id,at,actor,action,subject,details,prev_hash,hash\n");
        for (const AuditRow &r : selected) {
            pack.markdown += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | `%6` |\n")
                                 .arg(r.id)
                                 .arg(r.at, r.actor, r.action, r.subject, r.hash.left(16));
            pack.csv += QStringList{QString::number(r.id),
                                    r.at,
                                    csvCell(r.actor),
                                    r.action,
                                    csvCell(r.subject),
                                    csvCell(r.details),
                                    r.prevHash,
                                    r.hash}
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
    return true;
}

} // namespace meshdesk::governance
