// Live messages of a topic, checked against the contract: the sampler runs on its own thread,
// batches land in a bounded MessageModel; a filter keeps only violations or matches free text;
// a chart shows messages/s and violations/s over the last two minutes (series replaced on a
// timer, never appended point by point).
#pragma once

#include "catalog/Catalog.h"
#include "kafka/Kafka.h"

#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QSpinBox;
class QTabWidget;
class QPlainTextEdit;
class QTableView;
class QTimer;
class QLineSeries;
class QValueAxis;
class QChart;
class QPushButton;

namespace meshdesk {

class MessageModel;
class JsonTreeWidget;
namespace kafka {
class SamplerWorker;
}

class TopicView : public QWidget
{
    Q_OBJECT
public:
    explicit TopicView(QWidget *parent = nullptr);
    ~TopicView() override;

    void setSource(const QString &bootstrap, const QString &topic,
                   const std::optional<SchemaObject> &schema);
    // where reading starts: the last `value` per partition, from the beginning, or from offset
    // `value` of every partition
    void setStartPosition(kafka::SampleRequest::Mode mode, qint64 value = 50);
    void setBufferSize(int messages);
    // how values are decoded: "json", "avro" (the contract's schema), or "avro" with a Schema
    // Registry URL for the Confluent wire format
    void setValueFormat(const QString &format, const QString &registryUrl = {});
    // a saved connection profile (SASL/SSL and its password) for the bootstrap; empty: none
    void setProfile(const QString &name);
    QString profile() const;
    void start();
    void stop();
    MessageModel *messages() const { return m_model; }
    int visibleRows() const;
    void setOnlyViolations(bool on);
    void setTextFilter(const QString &text);
    QString state() const;
    QList<QPointF> rateSeries() const; // messages/s points of the chart
    JsonTreeWidget *messageTree() const { return m_tree; }
    void showMessage(int visibleRow); // select a row of the (filtered) table
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void batchShown();

protected:
    void changeEvent(QEvent *event) override; // a new palette recolours the chart

private:
    void tick();
    void startWorker(const kafka::KafkaConfig &security);
    void reloadProfiles();
    MessageModel *m_model = nullptr;
    class MessageFilter *m_filter = nullptr;
    kafka::SamplerWorker *m_worker = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QLineEdit *m_topic = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_profile = nullptr;
    QComboBox *m_format = nullptr;
    QLineEdit *m_registry = nullptr;
    std::optional<SchemaObject> m_schema;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_offset = nullptr;
    QSpinBox *m_buffer = nullptr;
    QCheckBox *m_live = nullptr;
    QCheckBox *m_onlyViolations = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    JsonTreeWidget *m_tree = nullptr;
    QTabWidget *m_detailTabs = nullptr;
    QLabel *m_state = nullptr;
    QLineSeries *m_rate = nullptr;
    QLineSeries *m_violations = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QChart *m_chart = nullptr;
    QTimer *m_timer = nullptr;
    QPushButton *m_startButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    bool m_running = false;
    bool m_tailing = false; // the history is read: what arrives now is the topic's live rate
    void setRunning(bool running);
    QList<QPointF> m_ratePoints, m_violationPoints;
    int m_seconds = 0;
};

} // namespace meshdesk
