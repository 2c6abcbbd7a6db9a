#include "TopicView.h"
#include "ChartStyle.h"
#include "Palette.h"

#include "JsonTreeWidget.h"
#include "KafkaConnectionsDialog.h"
#include "itemmodels/MessageModel.h"
#include "kafka/AvroDecoder.h"
#include "kafka/Connection.h"
#include "kafka/SamplerWorker.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>
#include <qt6keychain/keychain.h>

namespace meshdesk {

class MessageFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    bool onlyViolations = false;
    QString text;
    void refresh() { invalidateFilter(); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole && index.data(MessageModel::ViolationCountRole).toInt() > 0)
            return palette::tint(palette::bad); // non-conforming rows marked
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (onlyViolations && i.data(MessageModel::ViolationCountRole).toInt() == 0)
            return false;
        return text.isEmpty() ||
               i.data(MessageModel::SearchTextRole).toString().contains(text, Qt::CaseInsensitive);
    }
};

TopicView::TopicView(QWidget *parent) : QWidget(parent)
{
    m_model = new MessageModel(this);
    m_filter = new MessageFilter(this);
    m_filter->setSourceModel(m_model);
    m_worker = new kafka::SamplerWorker(this);
    m_bootstrap = new QLineEdit;
    m_bootstrap->setPlaceholderText(tr("bootstrap servers"));
    m_topic = new QLineEdit;
    m_topic->setPlaceholderText(tr("topic"));
    m_profile = new QComboBox;
    m_profile->setObjectName(QStringLiteral("connectionProfile"));
    m_profile->setToolTip(tr("Connection profile (Governance > Kafka connections): security "
                             "protocol, SASL and CA file for the bootstrap servers"));
    reloadProfiles();
    connect(m_profile, &QComboBox::activated, this, [this](int i) {
        if (i == 0)
            return;
        if (const auto p = kafka::findProfile(m_profile->itemText(i)))
            m_bootstrap->setText(p->bootstrap);
    });
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("startMode"));
    m_mode->addItem(tr("Last N per partition"));
    m_mode->addItem(tr("From the beginning"));
    m_mode->addItem(tr("From offset"));
    m_count = new QSpinBox;
    m_count->setRange(1, 100000);
    m_count->setValue(50);
    m_count->setToolTip(tr("Messages per partition"));
    m_offset = new QLineEdit(QStringLiteral("0"));
    m_offset->setObjectName(QStringLiteral("startOffset"));
    m_offset->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), this));
    m_offset->setToolTip(tr("Offset to start at in every partition (clamped to what it holds)"));
    m_offset->setMaximumWidth(120);
    m_offset->hide();
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("valueFormat"));
    m_format->addItem(tr("JSON"));
    m_format->addItem(tr("Avro"));
    m_format->addItem(tr("Avro, Schema Registry"));
    m_format->setToolTip(tr("How values are decoded: JSON; Avro binary with the contract's schema "
                            "(also the Confluent wire format); or with the schemas of a Schema "
                            "Registry"));
    m_registry = new QLineEdit;
    m_registry->setPlaceholderText(tr("Schema Registry URL"));
    m_registry->hide();
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_registry->setVisible(i == 2); });
    m_buffer = new QSpinBox;
    m_buffer->setRange(10, 100000);
    m_buffer->setSingleStep(500);
    m_buffer->setValue(m_model->capacity());
    m_buffer->setPrefix(tr("keep "));
    m_buffer->setToolTip(
        tr("Messages kept in the table; older ones are dropped (the counters stay exact)"));
    connect(m_buffer, &QSpinBox::valueChanged, this, [this](int n) { m_model->setCapacity(n); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_count->setVisible(i == 0);
        m_offset->setVisible(i == 2);
    });
    m_live = new QCheckBox(tr("Live tail"));
    m_live->setChecked(true);
    m_startButton = new QPushButton(tr("Start"));
    m_startButton->setObjectName(QStringLiteral("startSampling"));
    m_stopButton = new QPushButton(tr("Stop"));
    m_stopButton->setObjectName(QStringLiteral("stopSampling"));
    m_stopButton->setEnabled(false);
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bootstrap->setMinimumWidth(140);
    m_topic->setMinimumWidth(120);
    m_onlyViolations = new QCheckBox(tr("Only violations"));
    m_text = new QLineEdit;
    m_text->setPlaceholderText(tr("Filter key and value…"));
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("messages"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(MessageModel::ValueColumn,
                                                      QHeaderView::Stretch);
    // the short columns as wide as their content (measured on a few rows), the value the rest
    m_table->horizontalHeader()->setResizeContentsPrecision(50);
    for (int c : {int(MessageModel::TimeColumn), int(MessageModel::PartitionColumn),
                  int(MessageModel::OffsetColumn), int(MessageModel::ViolationsColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_details = new QPlainTextEdit;
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tree = new JsonTreeWidget;
    m_tree->setObjectName(QStringLiteral("messageTree"));
    m_detailTabs = new QTabWidget;
    m_detailTabs->setDocumentMode(true);
    m_detailTabs->addTab(m_tree, tr("Tree"));
    m_detailTabs->addTab(m_details, tr("Text"));
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("kafkaState"));

    m_rate = new QLineSeries;
    m_rate->setName(tr("messages/s"));
    m_violations = new QLineSeries;
    m_violations->setName(tr("violations/s"));
    QPen pen(palette::shown(palette::accent), 1);
    m_rate->setPen(pen);
    pen.setColor(palette::shown(palette::bad));
    m_violations->setPen(pen);
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(m_rate);
    chart->addSeries(m_violations);
    m_x = new QValueAxis;
    m_x->setRange(-120, 0);
    m_x->setLabelFormat(QStringLiteral("%d s"));
    m_x->setTickCount(7);
    m_y = new QValueAxis;
    m_y->setRange(0, 10);
    m_y->setLabelFormat(QStringLiteral("%d"));
    m_y->setTickCount(3);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries *s : {m_rate, m_violations}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    chart->legend()->setAlignment(Qt::AlignRight);
    styleChart(chart);
    m_chart = chart;
    auto *chartView = new QChartView(chart);
    chartView->setMinimumHeight(150);
    chartView->setMaximumHeight(190);

    // two rows: where to read (connection, topic, format) and how (start, size, live); in one
    // row the servers and the topic were crushed to a few letters below 1600 pixels
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_profile);
    bar->addWidget(m_bootstrap, 3);
    bar->addWidget(m_topic, 2);
    bar->addWidget(m_format);
    bar->addWidget(m_registry, 2);
    auto *reading = new QHBoxLayout;
    reading->addWidget(m_mode);
    reading->addWidget(m_count);
    reading->addWidget(m_offset);
    reading->addWidget(m_buffer);
    reading->addWidget(m_live);
    reading->addStretch();
    reading->addWidget(m_startButton);
    reading->addWidget(m_stopButton);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_onlyViolations);
    filters->addWidget(m_text, 1);
    filters->addWidget(m_state, 2);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_detailTabs);
    split->setStretchFactor(0, 3);
    split->setSizes({300, 150}); // the messages first; the selected one below
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(reading);
    layout->addWidget(chartView);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_startButton, &QPushButton::clicked, this, &TopicView::start);
    connect(m_stopButton, &QPushButton::clicked, this, &TopicView::stop);
    // a history read without live tail ends by itself
    connect(m_worker, &kafka::SamplerWorker::finished, this, [this] { setRunning(false); });
    connect(m_onlyViolations, &QCheckBox::toggled, this, &TopicView::setOnlyViolations);
    connect(m_text, &QLineEdit::textChanged, this, &TopicView::setTextFilter);
    connect(m_worker, &kafka::SamplerWorker::batch, this,
            [this](const QList<kafka::Message> &batch) {
                m_model->append(batch);
                // the history read is a backlog, not a rate: only what arrives live is charted
                // (the first burst fixed the y axis for two minutes and flattened the rate)
                if (!m_tailing)
                    m_model->takeCounts();
                Q_EMIT batchShown();
            });
    connect(m_worker, &kafka::SamplerWorker::stateChanged, this, [this](const QString &state) {
        m_state->setText(state);
        if (state == kafka::SamplerWorker::tr("live"))
            m_tailing = true;
    });
    // a gap retention left (or a truncated partition) stays said beside the state
    connect(m_worker, &kafka::SamplerWorker::notice, m_state, [this](const QString &text) {
        m_state->setToolTip(text);
        m_state->setText(m_state->text() + QStringLiteral(" — ") + text);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                m_details->setPlainText(i.data(MessageModel::DetailsRole).toString());
                QList<QPair<QString, QString>> violations;
                for (const QVariant &v : i.data(MessageModel::ViolationsRole).toList()) {
                    const QStringList pair = v.toStringList();
                    violations.append({pair.value(0), pair.value(1)});
                }
                const QByteArray json = i.data(MessageModel::JsonValueRole).toByteArray();
                m_tree->setMessage(json, violations);
                m_detailTabs->setTabEnabled(0, !json.isEmpty());
                if (json.isEmpty())
                    m_detailTabs->setCurrentWidget(m_details);
            });
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TopicView::tick);
}

TopicView::~TopicView()
{
    m_worker->stop();
}

void TopicView::setSource(const QString &bootstrap, const QString &topic,
                          const std::optional<SchemaObject> &schema)
{
    stop();
    m_bootstrap->setText(bootstrap);
    m_topic->setText(topic);
    // a saved profile for these servers brings its security along
    QString matching;
    for (const kafka::ConnectionProfile &p : kafka::loadProfiles())
        if (p.bootstrap == bootstrap)
            matching = p.name;
    setProfile(matching);
    m_schema = schema;
    m_model->setSchema(schema);
    m_model->clear();
}

void TopicView::setStartPosition(kafka::SampleRequest::Mode mode, qint64 value)
{
    using Mode = kafka::SampleRequest::Mode;
    m_mode->setCurrentIndex(mode == Mode::FromBeginning ? 1 : mode == Mode::FromOffset ? 2 : 0);
    if (mode == Mode::Last)
        m_count->setValue(int(std::clamp<qint64>(value, 1, 100000)));
    if (mode == Mode::FromOffset)
        m_offset->setText(QString::number(std::max<qint64>(0, value)));
}

void TopicView::setValueFormat(const QString &format, const QString &registryUrl)
{
    const bool avro = format.compare(QLatin1String("avro"), Qt::CaseInsensitive) == 0;
    m_registry->setText(registryUrl);
    m_format->setCurrentIndex(!avro ? 0 : registryUrl.isEmpty() ? 1 : 2);
}

void TopicView::setBufferSize(int messages)
{
    m_buffer->setValue(messages); // the model follows
}

void TopicView::reloadProfiles()
{
    const QString current = m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
    m_profile->clear();
    m_profile->addItem(tr("No profile (plaintext)"));
    for (const kafka::ConnectionProfile &p : kafka::loadProfiles())
        m_profile->addItem(p.name);
    m_profile->setCurrentIndex(std::max(0, m_profile->findText(current)));
}

void TopicView::setProfile(const QString &name)
{
    reloadProfiles();
    m_profile->setCurrentIndex(name.isEmpty() ? 0 : std::max(0, m_profile->findText(name)));
}

QString TopicView::profile() const
{
    return m_profile->currentIndex() > 0 ? m_profile->currentText() : QString();
}

void TopicView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    styleChart(m_chart);
    QPen pen(palette::shown(palette::accent), 1);
    m_rate->setPen(pen);
    pen.setColor(palette::shown(palette::bad));
    m_violations->setPen(pen);
}

void TopicView::setRunning(bool running)
{
    m_running = running;
    m_startButton->setEnabled(!running);
    m_stopButton->setEnabled(running);
}

void TopicView::start()
{
    setRunning(true);
    m_tailing = false;
    m_model->clear();
    m_ratePoints.clear();
    m_violationPoints.clear();
    m_seconds = 0;
    const std::optional<kafka::ConnectionProfile> p = kafka::findProfile(profile());
    if (!p)
        return startWorker({});
    const bool sasl = p->securityProtocol.startsWith(QLatin1String("SASL"));
    QHash<QString, QString> &passwords = KafkaConnectionsDialog::sessionPasswords();
    if (!sasl || passwords.contains(p->name))
        return startWorker(kafka::securityConfig(*p, passwords.value(p->name)));
    // the password: the system keychain, else asked once for this session
    m_state->setText(tr("reading the password of %1 from the keychain…").arg(p->name));
    auto *job = new QKeychain::ReadPasswordJob(KafkaConnectionsDialog::keychainService(), this);
    job->setKey(KafkaConnectionsDialog::keychainKey(p->name));
    connect(job, &QKeychain::Job::finished, this, [this, job, profile = *p] {
        QHash<QString, QString> &passwords = KafkaConnectionsDialog::sessionPasswords();
        if (job->error() == QKeychain::NoError) {
            passwords.insert(profile.name, job->textData());
        } else if (!qEnvironmentVariableIsSet("MESHDESK_NO_DIALOGS")) {
            bool ok = false;
            const QString typed = QInputDialog::getText(
                this, tr("Password for %1").arg(profile.name),
                tr("No keychain answered (%1).\nPassword of %2 for this session:")
                    .arg(job->errorString(), profile.user),
                QLineEdit::Password, {}, &ok);
            if (!ok) {
                m_state->setText(tr("not started: no password for %1").arg(profile.name));
                setRunning(false);
                return;
            }
            passwords.insert(profile.name, typed);
        }
        startWorker(kafka::securityConfig(profile, passwords.value(profile.name)));
    });
    job->start();
}

void TopicView::startWorker(const kafka::KafkaConfig &security)
{
    kafka::SamplerWorker::Settings s;
    s.bootstrap = m_bootstrap->text().trimmed();
    s.security = security;
    s.topic = m_topic->text().trimmed();
    s.mode = m_mode->currentIndex() == 1   ? kafka::SampleRequest::Mode::FromBeginning
             : m_mode->currentIndex() == 2 ? kafka::SampleRequest::Mode::FromOffset
                                           : kafka::SampleRequest::Mode::Last;
    s.last = m_count->value();
    s.offset = m_offset->text().toLongLong();
    s.liveTail = m_live->isChecked();
    s.avro = m_format->currentIndex() > 0;
    if (s.avro && m_schema)
        s.avroSchema = kafka::avroSchemaFor(*m_schema);
    if (m_format->currentIndex() == 2)
        s.registryUrl = m_registry->text().trimmed();
    m_worker->start(s);
    m_timer->start();
}

void TopicView::stop()
{
    m_timer->stop();
    m_worker->stop();
    setRunning(false);
    if (!m_state->text().isEmpty())
        m_state->setText(tr("stopped"));
}

QString TopicView::state() const
{
    return m_state->text();
}

int TopicView::visibleRows() const
{
    return m_filter->rowCount();
}

void TopicView::setOnlyViolations(bool on)
{
    m_filter->onlyViolations = on;
    m_filter->refresh();
}

void TopicView::setTextFilter(const QString &text)
{
    m_filter->text = text;
    m_filter->refresh();
}

void TopicView::showMessage(int visibleRow)
{
    m_table->setCurrentIndex(m_filter->index(visibleRow, MessageModel::ValueColumn));
}

QList<QPointF> TopicView::rateSeries() const
{
    return m_ratePoints;
}

void TopicView::tick()
{
    // one point per second, the last 120 s; the series are replaced, not appended to
    ++m_seconds;
    const auto [messages, violations] = m_model->takeCounts();
    m_ratePoints.append(QPointF(m_seconds, messages));
    m_violationPoints.append(QPointF(m_seconds, violations));
    while (m_ratePoints.size() > 120) {
        m_ratePoints.removeFirst();
        m_violationPoints.removeFirst();
    }
    QList<QPointF> rate, viol;
    double top = 1;
    for (qsizetype i = 0; i < m_ratePoints.size(); ++i) {
        rate.append(QPointF(m_ratePoints[i].x() - m_seconds, m_ratePoints[i].y()));
        viol.append(QPointF(m_violationPoints[i].x() - m_seconds, m_violationPoints[i].y()));
        top = std::max(top, m_ratePoints[i].y());
    }
    m_rate->replace(rate);
    m_violations->replace(viol);
    m_y->setRange(0, top * 1.1);
    m_y->applyNiceNumbers(); // 0, 10, 20… rather than 0, 7.7, 15.4…
    m_state->setToolTip(tr("%1 messages, %2% conform to the contract")
                            .arg(m_model->totalMessages())
                            .arg(qRound(m_model->conformanceRate() * 100)));
}

} // namespace meshdesk
