// The governance dashboard (QtCharts): changes per week by outcome, median time to decision,
// breaking share, policy failures per domain. Figures are computed off the GUI thread.
#pragma once

#include "governance/GovernanceStats.h"

#include <QWidget>

class QLabel;
class QGridLayout;

namespace meshdesk {

class GovernanceDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit GovernanceDashboard(QWidget *parent = nullptr);
    void setStats(const governance::GovernanceStats &stats);
    const governance::GovernanceStats &stats() const { return m_stats; }

protected:
    void changeEvent(QEvent *event) override; // a new palette repaints the charts in it

private:
    governance::GovernanceStats m_stats;
    QGridLayout *m_grid = nullptr;
    QLabel *m_median = nullptr;
};

} // namespace meshdesk
