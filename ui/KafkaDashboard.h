// The "Live data" dashboard: per Kafka topic of the catalog, the share of its recent messages
// that conform to the topic's contract (the last messages of every partition, sampled and
// checked off the GUI thread), as bars and as a table with the owning data product.
#pragma once

#include "kafka/TopicLinks.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QChartView;
class QBarSet;

namespace meshdesk {

class KafkaDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit KafkaDashboard(QWidget *parent = nullptr);
    void setMeasuring(const QString &bootstrap);
    void setResults(const QList<kafka::TopicConformance> &results);
    const QList<kafka::TopicConformance> &results() const { return m_results; }
    QTreeWidget *table() const { return m_table; }
    // the colour the bar of results()[row] is painted in (red where the table marks the rate)
    QColor barColor(int row) const;

protected:
    void changeEvent(QEvent *event) override; // a new palette repaints the chart in it

Q_SIGNALS:
    void refreshRequested();

private:
    QList<kafka::TopicConformance> m_results;
    QLabel *m_title = nullptr;
    QChartView *m_chart = nullptr;
    QTreeWidget *m_table = nullptr;
    QBarSet *m_bars = nullptr;
};

} // namespace meshdesk
