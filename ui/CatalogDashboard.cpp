#include "CatalogDashboard.h"
#include "ChartStyle.h"
#include "Palette.h"

#include "catalog/DisplayText.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QPieSeries>
#include <QValueAxis>
#include <cmath>

namespace meshdesk {

CatalogDashboard::CatalogDashboard(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    // two equal columns and rows: without stretch factors the grid gave the right-hand column
    // what its charts asked for once shown, and the pie shrank to a dot
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);
}

void CatalogDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_views.isEmpty())
        setStats(m_stats);
}

int CatalogDashboard::chartCount() const
{
    return int(m_views.size());
}

bool CatalogDashboard::exportChart(int index, const QString &pngPath) const
{
    if (index < 0 || index >= m_views.size())
        return false;
    return m_views[index]->grab().save(pngPath, "PNG");
}

namespace {
QChart *barChart(const QString &title, const QMap<QString, double> &values, const QString &setName,
                 const QColor &color, double max, const QString &labelFormat)
{
    auto *set = new QBarSet(setName);
    set->setColor(palette::shown(color));
    set->setBorderColor(palette::shown(color));
    set->setLabelColor(QGuiApplication::palette().color(QPalette::Text));
    QStringList categories;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        categories << it.key();
        *set << it.value();
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    // above the bars, in the text colour: readable on either palette whatever the bar's colour
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    // room above the tallest bar for its label
    const double top = labelFormat == QLatin1String("%d")
                           ? std::max(std::ceil(max * 1.15), max + 1.0)
                           : std::max(std::ceil(max), 1.0);
    y->setRange(0, top);
    y->setLabelFormat(labelFormat);
    if (labelFormat == QLatin1String("%d") && top <= 10)
        y->setTickCount(int(top) + 1); // whole numbers only
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    styleChart(chart);
    return chart;
}
} // namespace

void CatalogDashboard::setStats(const CatalogStats &s)
{
    m_stats = s;
    qDeleteAll(m_views);
    m_views.clear();
    auto place = [&](QChart *chart, int row, int col) {
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *view = new QChartView(chart);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(240);
        view->setMinimumWidth(280);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *exportPng = new QAction(tr("Export as PNG…"), view);
        connect(exportPng, &QAction::triggered, this, [this, view] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export chart"), QStringLiteral("chart.png"), tr("PNG images (*.png)"));
            if (!path.isEmpty())
                view->grab().save(path, "PNG");
        });
        view->addAction(exportPng);
        view->setToolTip(tr("Right-click to export as PNG"));
        m_grid->addWidget(view, row, col);
        m_views << view;
    };
    QMap<QString, double> products;
    double maxProducts = 0;
    for (auto it = s.productsPerDomain.cbegin(); it != s.productsPerDomain.cend(); ++it) {
        products[it.key()] = it.value();
        maxProducts = std::max(maxProducts, double(it.value()));
    }
    place(barChart(tr("Data products per domain"), products, tr("Products"), palette::accent,
                   maxProducts, QStringLiteral("%d")),
          0, 0);

    auto *pie = new QPieSeries;
    for (auto it = s.contractsByStatus.cbegin(); it != s.contractsByStatus.cend(); ++it)
        pie->append(QStringLiteral("%1 (%2)").arg(statusDisplayName(it.key())).arg(it.value()),
                    it.value());
    auto *status = new QChart;
    status->setTitle(tr("Contracts by status"));
    status->addSeries(pie);
    status->legend()->setAlignment(Qt::AlignBottom); // (at the right it was cut when narrow)
    // the meaning colours of the status badges; borders in the slice's own colour (the
    // theme's white border drew a radial line through a pie of one slice)
    {
        const QList<QColor> others{palette::special, palette::accent, palette::muted};
        int i = 0, other = 0;
        for (auto it = s.contractsByStatus.cbegin(); it != s.contractsByStatus.cend(); ++it, ++i) {
            const QString st = it.key().toLower();
            const QColor meaning = st == QLatin1String("active")       ? palette::good
                                   : st == QLatin1String("draft")      ? palette::warning
                                   : st == QLatin1String("proposed")   ? palette::accent
                                   : st == QLatin1String("deprecated") ? palette::bad
                                   : st == QLatin1String("retired")    ? palette::muted
                                                                       : others[other++ % 3];
            QPieSlice *slice = pie->slices().at(i);
            slice->setColor(palette::shown(meaning));
            slice->setBorderColor(palette::shown(meaning));
            slice->setBorderWidth(1);
        }
    }
    styleChart(status);
    place(status, 0, 1);

    QMap<QString, double> classified;
    for (auto it = s.fieldsPerDomain.cbegin(); it != s.fieldsPerDomain.cend(); ++it)
        classified[it.key()] = it->fields ? qRound(1000.0 * it->classified / it->fields) / 10.0 : 0;
    place(barChart(tr("Fields classified or PII, % per domain"), classified, tr("Classified %"),
                   palette::special, 100, QStringLiteral("%d%%")),
          1, 0);

    QMap<QString, double> pending;
    double maxPending = 0;
    for (auto it = s.pendingPerDomain.cbegin(); it != s.pendingPerDomain.cend(); ++it) {
        pending[it.key()] = it.value();
        maxPending = std::max(maxPending, double(it.value()));
    }
    place(barChart(tr("Pending changes per domain"), pending, tr("Pending"), palette::warning,
                   maxPending, QStringLiteral("%d")),
          1, 1);
}

} // namespace meshdesk
