#include "CatalogDashboard.h"
#include "Palette.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QGridLayout>
#include <QPieSeries>
#include <QValueAxis>
#include <cmath>

namespace meshdesk {

CatalogDashboard::CatalogDashboard(QWidget *parent) : QWidget(parent)
{
    m_grid = new QGridLayout(this);
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
    set->setColor(color);
    QStringList categories;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        categories << it.key();
        *set << it.value();
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value"));
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    const double top = std::max(std::ceil(max), 1.0);
    y->setRange(0, top);
    y->setLabelFormat(labelFormat);
    if (labelFormat == QLatin1String("%d") && top <= 10)
        y->setTickCount(int(top) + 1); // whole numbers only
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
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
        pie->append(QStringLiteral("%1 (%2)").arg(it.key()).arg(it.value()), it.value());
    auto *status = new QChart;
    status->setTitle(tr("Contracts by status"));
    status->addSeries(pie);
    status->legend()->setAlignment(Qt::AlignRight);
    place(status, 0, 1);

    QMap<QString, double> classified;
    for (auto it = s.fieldsPerDomain.cbegin(); it != s.fieldsPerDomain.cend(); ++it)
        classified[it.key()] = it->fields ? qRound(1000.0 * it->classified / it->fields) / 10.0 : 0;
    place(barChart(tr("Fields classified or PII, % per domain"), classified, tr("Classified %"),
                   QColor(0x6a, 0x1b, 0x9a), 100, QStringLiteral("%d%%")),
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
