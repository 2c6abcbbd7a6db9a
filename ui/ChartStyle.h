// Charts in the application's palette: QtCharts' default theme paints white whatever the
// palette, so on the dark theme a chart was a white block. Call after the axes are attached.
#pragma once

#include <QAbstractAxis>
#include <QChart>
#include <QGuiApplication>
#include <QLegend>
#include <QPalette>

namespace meshdesk {

inline void styleChart(QChart *chart)
{
    const QPalette p = QGuiApplication::palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Mid);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
}

} // namespace meshdesk
