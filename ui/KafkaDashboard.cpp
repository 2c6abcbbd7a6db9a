#include "KafkaDashboard.h"
#include "ChartStyle.h"
#include "Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <cmath>

namespace meshdesk {

KafkaDashboard::KafkaDashboard(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("kafkaDashboardTitle"));
    m_title->setWordWrap(true);
    auto *refresh = new QPushButton(tr("Measure again"));
    connect(refresh, &QPushButton::clicked, this, &KafkaDashboard::refreshRequested);
    m_chart = new QChartView;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_table = new QTreeWidget;
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Topic"), tr("Data product"), tr("Messages checked"),
                              tr("Violating"), tr("Conformance"), tr("Note")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_table, 1);
    setResults({});
}

void KafkaDashboard::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_bars)
        setResults(m_results);
}

namespace {
// the table's rule: a rate below 95 % is marked
bool lowRate(const kafka::TopicConformance &c)
{
    return c.error.isEmpty() && c.sampled && c.rate() < 0.95;
}
} // namespace

QColor KafkaDashboard::barColor(int row) const
{
    if (!m_bars || row < 0 || row >= m_results.size())
        return {};
    const int bar = int(m_results.size()) - 1 - row; // bars read top-down in the table's order
    return m_bars->isBarSelected(bar) ? m_bars->selectedColor() : m_bars->color();
}

void KafkaDashboard::setMeasuring(const QString &bootstrap)
{
    m_title->setText(tr("<h3>Live data</h3>Sampling the catalog's Kafka topics on %1…")
                         .arg(bootstrap.toHtmlEscaped()));
}

void KafkaDashboard::setResults(const QList<kafka::TopicConformance> &results)
{
    m_results = results;
    qint64 sampled = 0, violating = 0;
    for (const kafka::TopicConformance &c : results) {
        sampled += c.sampled;
        violating += c.violating;
    }
    m_title->setText(
        results.isEmpty()
            ? tr("<h3>Live data</h3>No contract of the catalog is published on Kafka (a server "
                 "of type kafka with a topic).")
        : sampled == 0
            ? tr("<h3>Live data</h3>%n topic(s); no messages on them yet.", nullptr,
                 int(results.size()))
            : tr("<h3>Live data</h3>%n topic(s); ", nullptr, int(results.size())) +
                  tr("%1 of %2 recent messages conform to their contract (%3%).")
                      .arg(sampled - violating)
                      .arg(sampled)
                      .arg(sampled ? 100.0 * double(sampled - violating) / double(sampled) : 100.0,
                           0, 'f', 1));
    m_table->clear();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(tr("Conformance to the contract, per topic (% of recent messages)"));
    auto *conform = new QBarSet(tr("conforming"));
    conform->setColor(palette::shown(palette::good));
    conform->setBorderColor(Qt::transparent); // (a green border framed the red bars)
    // a bar whose rate the table marks red is red too ("selected" is QtCharts' way to colour
    // single bars of a set)
    conform->setSelectedColor(palette::shown(palette::bad));
    // inside the bars: white on the dark tones of a light palette, black on a dark one's
    conform->setLabelColor(palette::isDark() ? Qt::black : Qt::white);
    QStringList topics;
    // bars read top-down in the table's order
    for (qsizetype i = results.size() - 1; i >= 0; --i) {
        const kafka::TopicConformance &c = results[i];
        topics << c.topic;
        *conform << (c.error.isEmpty() && c.sampled ? std::round(1000.0 * c.rate()) / 10.0 : 0.0);
        if (lowRate(c))
            conform->selectBar(int(topics.size()) - 1);
    }
    for (const kafka::TopicConformance &c : results) {
        auto *item = new QTreeWidgetItem(
            m_table,
            {c.topic, c.owner, QString::number(c.sampled), QString::number(c.violating),
             c.error.isEmpty() && c.sampled ? QStringLiteral("%1%").arg(100.0 * c.rate(), 0, 'f', 1)
                                            : QStringLiteral("–"),
             !c.error.isEmpty() ? c.error
             : c.sampled == 0   ? tr("no messages yet")
                                : QString()});
        item->setTextAlignment(2, Qt::AlignRight);
        item->setTextAlignment(3, Qt::AlignRight);
        item->setTextAlignment(4, Qt::AlignRight);
        if (!c.error.isEmpty())
            item->setForeground(5, palette::shown(palette::bad));
        else if (lowRate(c))
            item->setForeground(4, palette::shown(palette::bad));
    }
    auto *series = new QHorizontalBarSeries;
    series->append(conform);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(topics);
    auto *x = new QValueAxis;
    x->setRange(0, 100);
    x->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    chart->legend()->hide();
    styleChart(chart);
    m_bars = conform;
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace meshdesk
