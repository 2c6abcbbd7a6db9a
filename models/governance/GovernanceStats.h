// Figures for the governance dashboard, computed from the store (off the GUI thread):
// changes per ISO week by outcome, median time to decision, breaking share, policy failures
// of the current versions per domain.
#pragma once

#include "store/CatalogStore.h"

#include <QMap>

namespace meshdesk::governance {

struct WeekCounts
{
    int approved = 0;
    int rejected = 0;
    int pending = 0;
};

struct GovernanceStats
{
    QMap<QString, WeekCounts> perWeek; // "2026-W48" -> counts (by week proposed)
    double medianHoursToDecision = -1; // -1: nothing decided yet
    int changes = 0;
    int breakingChanges = 0;
    QMap<QString, int> policyFailuresPerDomain;
    double breakingShare() const { return changes ? double(breakingChanges) / changes : 0; }
};

GovernanceStats computeStats(CatalogStore &store);

} // namespace meshdesk::governance
