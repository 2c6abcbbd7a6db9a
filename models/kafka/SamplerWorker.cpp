#include "SamplerWorker.h"

#include "AvroDecoder.h"
#include "RdKafka.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
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
    // Avro: decoded here, so schema look-ups and decoding never cost the GUI thread
    std::unique_ptr<AvroDecoder> avro;
    if (s.avro) {
        avro = std::make_unique<AvroDecoder>();
        QString error;
        if (!s.avroSchema.isEmpty() && !avro->setSchema(s.avroSchema, &error))
            Q_EMIT stateChanged(tr("the contract's Avro schema is not usable: %1").arg(error));
        if (!s.registryUrl.isEmpty())
            avro->setSchemaLookup(registryLookup(s.registryUrl));
        else
            avro->setSchemaLookup([schema = s.avroSchema](int, QString *) { return schema; });
    }
    auto decode = [&avro](QList<Message> &messages) {
        if (!avro)
            return;
        for (Message &m : messages) {
            const Decoded d = avro->decode(m.value);
            if (d.kind == Decoded::Kind::Json)
                m.decodedJson = QJsonDocument(d.json.toObject()).toJson(QJsonDocument::Compact);
            else
                m.decodeError = d.error;
        }
    };
    while (!self->isInterruptionRequested()) {
        Q_EMIT stateChanged(tr("connecting to %1").arg(s.bootstrap));
        // 1. the history: the last N or everything, with our own deadline
        SampleRequest req;
        req.bootstrap = s.bootstrap;
        req.security = s.security;
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
            Q_EMIT stateChanged(r.unreachable ? tr("broker unreachable: %1 (retrying)").arg(r.error)
                                              : tr("cannot sample: %1 (retrying)").arg(r.error));
            QDeadlineTimer wait(backoffMs);
            while (!wait.hasExpired() && !self->isInterruptionRequested())
                QThread::msleep(50);
            backoffMs = std::min(backoffMs * 2, 8000);
            continue;
        }
        backoffMs = 500;
        if (!r.messages.isEmpty()) {
            decode(r.messages);
            Q_EMIT batch(r.messages);
        }
        if (!s.liveTail) {
            Q_EMIT stateChanged(tr("%n message(s) read", nullptr, int(r.messages.size())));
            return;
        }
        // 2. live tail: a consumer assigned where the history ended. librdkafka reconnects on
        // its own and resumes at its position, so a broker that goes away and comes back costs
        // nothing; its errors come through the error callback (served inside the poll, on this
        // thread) and are shown, and while it is down a bounded metadata probe notices its return.
        struct Health
        {
            bool down = false;
            QString reason;
        } health;
        char err[512];
        QString confError; // (a refused property was already reported by the history read)
        rd_kafka_conf_t *conf = newConf(s.bootstrap, s.security, &confError);
        if (!conf) {
            Q_EMIT stateChanged(confError);
            return;
        }
        // a unique group id, nothing committed: a live tail never joins or disturbs a group
        rd_kafka_conf_set(conf, "group.id", uniqueGroupId("live").constData(), err, sizeof err);
        rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
        rd_kafka_conf_set(conf, "fetch.wait.max.ms", "10", err,
                          sizeof err); // new messages within ~10 ms
        rd_kafka_conf_set_opaque(conf, &health);
        rd_kafka_conf_set_error_cb(conf,
                                   [](rd_kafka_t *, int code, const char *reason, void *opaque) {
                                       auto *h = static_cast<Health *>(opaque);
                                       h->reason = QString::fromUtf8(reason);
                                       h->down = h->down || code == RD_KAFKA_RESP_ERR__TRANSPORT ||
                                                 code == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN ||
                                                 code == RD_KAFKA_RESP_ERR__RESOLVE;
                                   });
        rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
        if (!rk) {
            Q_EMIT stateChanged(QString::fromUtf8(err));
            return;
        }
        rd_kafka_poll_set_consumer(rk); // the error callback is served by the consumer poll
        // resume after what the history read (its end offsets, also where it read nothing), so
        // nothing produced in between is lost or shown twice
        const QByteArray topic = s.topic.toUtf8();
        rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(r.partitions);
        for (int p = 0; p < r.partitions; ++p)
            rd_kafka_topic_partition_list_add(parts, topic.constData(), p)->offset =
                r.nextOffsets.value(p, RD_KAFKA_OFFSET_END);
        rd_kafka_assign(rk, parts);
        rd_kafka_topic_partition_list_destroy(parts);
        Q_EMIT stateChanged(tr("live"));
        QList<Message> pending;
        QElapsedTimer sinceEmit, sinceProbe;
        sinceEmit.start();
        sinceProbe.start();
        bool shownDown = false;
        while (!self->isInterruptionRequested()) {
            rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 20);
            if (m) {
                if (!m->err) {
                    Message msg;
                    msg.topic = s.topic;
                    fillMessage(msg, m); // (headers too: the live tail used to drop them)
                    pending.append(msg);
                    health.down = false; // data flows: whatever was wrong is over
                } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                    Q_EMIT stateChanged(
                        tr("error: %1").arg(QString::fromUtf8(rd_kafka_message_errstr(m))));
                }
                rd_kafka_message_destroy(m);
            }
            if (health.down && !shownDown) {
                Q_EMIT stateChanged(tr("broker unreachable: %1 (reconnecting)").arg(health.reason));
                shownDown = true;
                sinceProbe.restart();
            } else if (health.down && sinceProbe.elapsed() > 1000) {
                // is it back? (a short, bounded look-up on this thread, never the GUI's)
                sinceProbe.restart();
                const rd_kafka_metadata_t *md = nullptr;
                if (rd_kafka_metadata(rk, 0, nullptr, &md, 500) == RD_KAFKA_RESP_ERR_NO_ERROR) {
                    rd_kafka_metadata_destroy(md);
                    health.down = false;
                }
            }
            if (!health.down && shownDown) {
                Q_EMIT stateChanged(tr("live"));
                shownDown = false;
            }
            // batches of at most 50 ms keep the GUI thread's work small however fast the topic
            if (!pending.isEmpty() && (sinceEmit.elapsed() >= 50 || pending.size() >= 2000)) {
                decode(pending);
                Q_EMIT batch(pending);
                pending.clear();
                sinceEmit.restart();
            }
        }
        if (!pending.isEmpty()) {
            decode(pending);
            Q_EMIT batch(pending);
        }
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
        return;
    }
}

} // namespace meshdesk::kafka
