#include "GovernanceDashboard.h"
#include "ChartStyle.h"
#include "Palette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPieSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace meshdesk {

GovernanceDashboard::GovernanceDashboard(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_median = new QLabel;
    m_median->setObjectName(QStringLiteral("medianLabel"));
    m_grid->addWidget(m_median, 0, 0, 1, 2);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(1, 1);
    m_grid->setRowStretch(2, 1);
}

void GovernanceDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_grid->count() > 1)
        setStats(m_stats);
}

namespace {
QChartView *view(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    styleChart(chart);
    auto *v = new QChartView(chart);
    v->setRenderHint(QPainter::Antialiasing);
    v->setMinimumHeight(260);
    v->setMinimumWidth(280);
    v->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    return v;
}
} // namespace

void GovernanceDashboard::setStats(const governance::GovernanceStats &s)
{
    m_stats = s;
    while (m_grid->count() > 1) {
        QLayoutItem *item = m_grid->takeAt(1);
        delete item->widget();
        delete item;
    }
    m_median->setText(
        s.medianHoursToDecision < 0
            ? tr("<h3>Governance</h3>%n change(s); none decided yet.", nullptr, s.changes)
            : tr("<h3>Governance</h3>%n change(s); median time to decision %1 h.", nullptr,
                 s.changes)
                  .arg(s.medianHoursToDecision, 0, 'f', 1));

    // changes per week by outcome
    auto *approved = new QBarSet(tr("Approved"));
    auto *rejected = new QBarSet(tr("Rejected"));
    auto *pending = new QBarSet(tr("Pending"));
    for (auto [set, meaning] :
         {std::pair{approved, palette::good}, std::pair{rejected, palette::bad},
          std::pair{pending, palette::warning}}) {
        set->setColor(palette::shown(meaning));
        set->setBorderColor(palette::shown(meaning));
    }
    QStringList weeks;
    int maxWeek = 1;
    for (auto it = s.perWeek.cbegin(); it != s.perWeek.cend(); ++it) {
        weeks << it.key();
        *approved << it->approved;
        *rejected << it->rejected;
        *pending << it->pending;
        maxWeek = std::max(maxWeek, it->approved + it->rejected + it->pending);
    }
    auto *bars = new QStackedBarSeries;
    bars->append({approved, rejected, pending});
    auto *weekly = new QChart;
    weekly->setTitle(tr("Changes per week by outcome"));
    weekly->addSeries(bars);
    auto *x = new QBarCategoryAxis;
    x->append(weeks);
    auto *y = new QValueAxis;
    y->setRange(0, maxWeek);
    y->setTickCount(std::min(maxWeek, 10) + 1);
    y->setLabelFormat(QStringLiteral("%d"));
    weekly->addAxis(x, Qt::AlignBottom);
    weekly->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    m_grid->addWidget(view(weekly), 1, 0);

    // breaking share
    auto *pie = new QPieSeries;
    // (an empty slice drew a line from the centre)
    if (s.breakingChanges > 0)
        pie->append(tr("Breaking"), s.breakingChanges)->setColor(palette::shown(palette::bad));
    if (s.changes - s.breakingChanges > 0)
        pie->append(tr("Not breaking"), s.changes - s.breakingChanges)
            ->setColor(palette::shown(palette::muted));
    for (QPieSlice *slice : pie->slices()) // no white radial line through a one-slice pie
        slice->setBorderColor(slice->color());
    auto *share = new QChart;
    share->setTitle(tr("Breaking share: %1%").arg(qRound(s.breakingShare() * 100)));
    share->addSeries(pie);
    m_grid->addWidget(view(share), 1, 1);

    // policy failures per domain
    auto *failures = new QBarSet(tr("Policy findings"));
    failures->setColor(palette::shown(palette::special));
    failures->setBorderColor(palette::shown(palette::special));
    QStringList domains;
    int maxFail = 1;
    for (auto it = s.policyFailuresPerDomain.cbegin(); it != s.policyFailuresPerDomain.cend();
         ++it) {
        domains << it.key();
        *failures << it.value();
        maxFail = std::max(maxFail, it.value());
    }
    auto *fs = new QBarSeries;
    fs->append(failures);
    auto *perDomain = new QChart;
    perDomain->setTitle(tr("Policy findings per domain (current versions)"));
    perDomain->addSeries(fs);
    auto *dx = new QBarCategoryAxis;
    dx->append(domains);
    auto *dy = new QValueAxis;
    dy->setRange(0, maxFail);
    dy->setTickCount(std::min(maxFail, 10) + 1);
    dy->setLabelFormat(QStringLiteral("%d"));
    perDomain->addAxis(dx, Qt::AlignBottom);
    perDomain->addAxis(dy, Qt::AlignLeft);
    fs->attachAxis(dx);
    fs->attachAxis(dy);
    m_grid->addWidget(view(perDomain), 2, 0, 1, 2);
}

} // namespace meshdesk
