// The catalog dashboard (QtCharts): products per domain, contract status distribution, share of
// fields classified / PII per domain, pending changes per domain. Each chart exports as PNG.
#pragma once

#include "catalog/CatalogStats.h"

#include <QWidget>

class QGridLayout;
class QChartView;

namespace meshdesk {

class CatalogDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogDashboard(QWidget *parent = nullptr);
    void setStats(const CatalogStats &stats);
    const CatalogStats &stats() const { return m_stats; }
    int chartCount() const;
    bool exportChart(int index, const QString &pngPath) const;
    QChartView *chartView(int index) const { return m_views.value(index); }

protected:
    void changeEvent(QEvent *event) override; // a new palette repaints the charts in it

private:
    CatalogStats m_stats;
    QGridLayout *m_grid = nullptr;
    QList<QChartView *> m_views;
};

} // namespace meshdesk
