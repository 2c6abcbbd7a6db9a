#include "SamplerWorker.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <librdkafka/rdkafka.h>

namespace meshdesk::kafka {

SamplerWorker::SamplerWorker(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<QList<meshdesk::kafka::Message>>();
}

SamplerWorker::~SamplerWorker()
{
    stop();
}

bool SamplerWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void SamplerWorker::start(const Settings &settings)
{
    stop();
    m_thread = QThread::create([this, settings] { run(settings); });
    connect(m_thread, &QThread::finished, this, &SamplerWorker::finished);
    m_thread->start();
}

void SamplerWorker::stop()
{
    if (!m_thread)
        return;
    m_thread->requestInterruption();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void SamplerWorker::run(Settings s)
{
    QThread *self = QThread::currentThread();
    int backoffMs = 500;
    while (!self->isInterruptionRequested()) {
        Q_EMIT stateChanged(tr("connecting to %1").arg(s.bootstrap));
        // 1. the history: the last N or everything, with our own deadline
        SampleRequest req;
        req.bootstrap = s.bootstrap;
        req.topic = s.topic;
        req.mode = s.mode;
        req.last = s.last;
        req.offset = s.offset;
        req.max = 5000;
        req.timeoutMs = 5000;
        std::atomic_bool cancel{false};
        req.cancel = &cancel;
        SampleResult r;
        if (s.resumeFrom.isEmpty()) {
            r = sample(req);
        } else { // continuing where a history read (or the previous connection) stopped
            r.ok = true;
            r.nextOffsets = s.resumeFrom;
            for (auto it = s.resumeFrom.cbegin(); it != s.resumeFrom.cend(); ++it)
                r.partitions = std::max(r.partitions, it.key() + 1);
        }
        if (!r.ok) {
            Q_EMIT stateChanged(tr("broker unreachable: %1 (retrying)").arg(r.error));
            QDeadlineTimer wait(backoffMs);
            while (!wait.hasExpired() && !self->isInterruptionRequested())
                QThread::msleep(50);
            backoffMs = std::min(backoffMs * 2, 8000);
            continue;
        }
        backoffMs = 500;
        if (!r.messages.isEmpty())
            Q_EMIT batch(r.messages);
        if (!s.liveTail) {
            Q_EMIT stateChanged(tr("%n message(s) read", nullptr, int(r.messages.size())));
            return;
        }
        // 2. live tail: a consumer assigned at the end of every partition
        char err[512];
        rd_kafka_conf_t *conf = rd_kafka_conf_new();
        rd_kafka_conf_set(conf, "bootstrap.servers", s.bootstrap.toUtf8().constData(), err,
                          sizeof err);
        rd_kafka_conf_set(conf, "group.id", "meshdesk-live-tail", err, sizeof err);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
        rd_kafka_conf_set(conf, "fetch.wait.max.ms", "10", err,
                          sizeof err); // new messages within ~10 ms
        rd_kafka_conf_set(conf, "log_level", "0", err, sizeof err);
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
        if (!rk) {
            Q_EMIT stateChanged(QString::fromUtf8(err));
            return;
        }
        // resume after what the history read (its end offsets, also where it read nothing), so
        // nothing produced in between is lost or shown twice
        QHash<int, qint64> next = r.nextOffsets;
        rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(r.partitions);
        for (int p = 0; p < r.partitions; ++p)
            rd_kafka_topic_partition_list_add(parts, s.topic.toUtf8().constData(), p)->offset =
                next.value(p, RD_KAFKA_OFFSET_END);
        rd_kafka_assign(rk, parts);
        rd_kafka_topic_partition_list_destroy(parts);
        Q_EMIT stateChanged(tr("live"));
        QList<Message> pending;
        QElapsedTimer sinceEmit;
        sinceEmit.start();
        bool failed = false;
        while (!self->isInterruptionRequested()) {
            rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 20);
            if (m) {
                if (!m->err) {
                    Message msg;
                    msg.topic = s.topic;
                    msg.partition = m->partition;
                    msg.offset = m->offset;
                    msg.timestamp = rd_kafka_message_timestamp(m, nullptr);
                    msg.key = QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len));
                    msg.value =
                        QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len));
                    next[m->partition] = m->offset + 1;
                    pending.append(msg);
                } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                    Q_EMIT stateChanged(
                        tr("error: %1").arg(QString::fromUtf8(rd_kafka_message_errstr(m))));
                    if (m->err == RD_KAFKA_RESP_ERR__TRANSPORT ||
                        m->err == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN)
                        failed = true;
                }
                rd_kafka_message_destroy(m);
            }
            // batches of at most 50 ms keep the GUI thread's work small however fast the topic
            if (!pending.isEmpty() && (sinceEmit.elapsed() >= 50 || pending.size() >= 2000)) {
                Q_EMIT batch(pending);
                pending.clear();
                sinceEmit.restart();
            }
            if (failed)
                break;
        }
        if (!pending.isEmpty())
            Q_EMIT batch(pending);
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
        if (!failed)
            return;
        // reconnect: resume where this connection stopped (what arrived while the broker was
        // down is read then, not skipped)
        s.resumeFrom = next;
        QDeadlineTimer wait(backoffMs);
        while (!wait.hasExpired() && !self->isInterruptionRequested())
            QThread::msleep(50);
        backoffMs = std::min(backoffMs * 2, 8000);
    }
}

} // namespace meshdesk::kafka
