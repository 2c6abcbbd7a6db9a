#include "GovernanceStats.h"

#include "Review.h"

#include <QDateTime>

namespace meshdesk::governance {

GovernanceStats computeStats(CatalogStore &store)
{
    GovernanceStats s;
    QList<double> hours;
    for (const ChangeRecord &c : store.changes()) {
        ++s.changes;
        const QDateTime created = QDateTime::fromString(c.createdAt, Qt::ISODateWithMs);
        int year = 0;
        const int week = created.date().weekNumber(&year);
        WeekCounts &w =
            s.perWeek[QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'))];
        if (c.status == QLatin1String("approved"))
            ++w.approved;
        else if (c.status == QLatin1String("rejected"))
            ++w.rejected;
        else
            ++w.pending;
        if (!c.decidedAt.isEmpty())
            hours << created.msecsTo(QDateTime::fromString(c.decidedAt, Qt::ISODateWithMs)) / 3.6e6;
        const Review r = buildReview(store, c.id);
        if (r.ok() && r.diff.breaking())
            ++s.breakingChanges;
    }
    if (!hours.isEmpty()) {
        std::sort(hours.begin(), hours.end());
        const qsizetype n = hours.size();
        s.medianHoursToDecision = n % 2 ? hours[n / 2] : (hours[n / 2 - 1] + hours[n / 2]) / 2;
    }
    // policy failures of every current version, by domain
    const QStringList enabled = store.enabledPolicies();
    const QStringList contracts = store.contractIds();
    for (const QString &kind : {QStringLiteral("product"), QStringLiteral("contract")}) {
        for (const EntitySummary &e : store.entities(kind)) {
            const auto v = store.currentVersion(kind, e.key);
            if (!v)
                continue;
            const auto doc = store.document(*v);
            if (!doc)
                continue;
            PolicyContext ctx{nullptr, &*doc, nullptr, contracts};
            int failures = 0;
            for (const PolicyResult &p : runPolicies(ctx, enabled))
                failures += int(p.findings.size());
            if (failures)
                s.policyFailuresPerDomain[e.domain.isEmpty() ? QStringLiteral("(none)")
                                                             : e.domain] += failures;
        }
    }
    return s;
}

} // namespace meshdesk::governance
