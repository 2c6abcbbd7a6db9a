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
    bool reportedDown = false; // said so through connectivityChanged
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
        for (const OffsetGap &gap : std::as_const(r.gaps))
            Q_EMIT notice(describeGap(gap));
        if (!r.ok) {
            if (r.unreachable && !reportedDown) {
                reportedDown = true;
                Q_EMIT connectivityChanged(false, r.error);
            }
            Q_EMIT stateChanged(r.unreachable ? tr("broker unreachable: %1 (retrying)").arg(r.error)
                                              : tr("cannot sample: %1 (retrying)").arg(r.error));
            QDeadlineTimer wait(backoffMs);
            while (!wait.hasExpired() && !self->isInterruptionRequested())
                QThread::msleep(50);
            backoffMs = std::min(backoffMs * 2, 8000);
            continue;
        }
        backoffMs = 500;
        if (reportedDown && s.resumeFrom.isEmpty()) { // (a resume read nothing: no proof yet)
            reportedDown = false;
            Q_EMIT connectivityChanged(true, {});
        }
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
        // an offset retention has deleted is reported (and the gap named), never skipped
        // silently: librdkafka stops the partition and says so; we then resume it at the start
        rd_kafka_conf_set(conf, "auto.offset.reset", "error", err, sizeof err);
        rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", err, sizeof err);
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
        {
            // the topic must be there before it is assigned: assigning an unknown one has
            // librdkafka look it up by name, which can create it (see topicPartitions)
            QList<int> ids;
            rd_kafka_resp_err_t topicError = RD_KAFKA_RESP_ERR_NO_ERROR;
            const rd_kafka_resp_err_t e =
                topicPartitions(rk, s.topic.toUtf8(), 5000, &ids, &topicError);
            if (e || topicError) {
                const QString why = QString::fromUtf8(rd_kafka_err2str(e ? e : topicError));
                if (e && !reportedDown) {
                    reportedDown = true;
                    Q_EMIT connectivityChanged(false, why);
                }
                Q_EMIT stateChanged(
                    e ? tr("broker unreachable: %1 (retrying)").arg(why)
                      : tr("cannot sample: topic '%1': unknown topic (retrying)").arg(s.topic));
                rd_kafka_destroy(rk);
                QDeadlineTimer wait(backoffMs);
                while (!wait.hasExpired() && !self->isInterruptionRequested())
                    QThread::msleep(50);
                backoffMs = std::min(backoffMs * 2, 8000);
                continue;
            }
            if (reportedDown) {
                reportedDown = false;
                Q_EMIT connectivityChanged(true, {});
            }
        }
        // resume after what the history read (its end offsets, also where it read nothing), so
        // nothing produced in between is lost or shown twice
        const QByteArray topic = s.topic.toUtf8();
        rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(r.partitions);
        for (int p = 0; p < r.partitions; ++p)
            rd_kafka_topic_partition_list_add(parts, topic.constData(), p)->offset =
                r.nextOffsets.value(p, RD_KAFKA_OFFSET_END);
        rd_kafka_assign(rk, parts);
        QHash<int, qint64> position = r.nextOffsets; // the next offset to deliver, per partition
        rd_kafka_topic_partition_list_destroy(parts);
        Q_EMIT stateChanged(tr("live"));
        // a partition whose next offset is gone: from where it now starts, and the gap said
        auto resumeAfterReset = [&](int partition, qint64 wanted) {
            const Watermarks marks =
                queryWatermarks(s.bootstrap, s.security, {{s.topic, partition}}, 3000);
            const auto found = marks.offsets.constFind({s.topic, partition});
            if (found == marks.offsets.cend()) {
                Q_EMIT notice(tr("partition %1: offset %2 is not available and the partition's "
                                 "range could not be read (%3)")
                                  .arg(partition)
                                  .arg(wanted)
                                  .arg(marks.error));
                return;
            }
            const qint64 low = found->first, high = found->second;
            qint64 from = wanted;
            if (wanted < low) {
                from = low;
                Q_EMIT notice(describeGap({partition, wanted, low - 1}));
            } else if (wanted > high) {
                from = high;
                Q_EMIT notice(tr("partition %1: offset %2 is past its end (%3): the partition was "
                                 "truncated or re-created; reading on from %3")
                                  .arg(partition)
                                  .arg(wanted)
                                  .arg(high));
            }
            // librdkafka stopped fetching the partition: assigned again, the others where they
            // are (what was delivered, so nothing is repeated or lost)
            position[partition] = from;
            rd_kafka_topic_partition_list_t *again =
                rd_kafka_topic_partition_list_new(r.partitions);
            for (int p = 0; p < r.partitions; ++p)
                rd_kafka_topic_partition_list_add(again, topic.constData(), p)->offset =
                    position.value(p, RD_KAFKA_OFFSET_END);
            rd_kafka_assign(rk, again);
            rd_kafka_topic_partition_list_destroy(again);
        };
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
                    position[m->partition] = m->offset + 1;
                    pending.append(msg);
                    health.down = false; // data flows: whatever was wrong is over
                } else if (m->err == RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET) {
                    resumeAfterReset(m->partition, m->offset);
                } else if (m->err != RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                    Q_EMIT stateChanged(
                        tr("error: %1").arg(QString::fromUtf8(rd_kafka_message_errstr(m))));
                }
                rd_kafka_message_destroy(m);
            }
            // the broker answers an all-topics metadata request (bounded, on this thread): the
            // one test of its being there (a request for the locally known topics was seen to
            // succeed while it was down)
            auto brokerAnswers = [rk] {
                const rd_kafka_metadata_t *md = nullptr;
                if (rd_kafka_metadata(rk, 1, nullptr, &md, 500) != RD_KAFKA_RESP_ERR_NO_ERROR)
                    return false;
                rd_kafka_metadata_destroy(md);
                return true;
            };
            if (health.down && !shownDown) {
                // an error says so; the broker not answering confirms it (errors of a moment ago,
                // served late, must not make an outage of their own)
                if (brokerAnswers()) {
                    health.down = false;
                } else {
                    Q_EMIT stateChanged(
                        tr("broker unreachable: %1 (reconnecting)").arg(health.reason));
                    if (!reportedDown)
                        Q_EMIT connectivityChanged(false, health.reason);
                    reportedDown = true;
                    shownDown = true;
                    sinceProbe.restart();
                }
            } else if (health.down && sinceProbe.elapsed() > 1000) {
                // is it back?
                sinceProbe.restart();
                if (brokerAnswers())
                    health.down = false;
            }
            if (!health.down && shownDown) {
                Q_EMIT stateChanged(tr("live"));
                shownDown = false;
                reportedDown = false;
                Q_EMIT connectivityChanged(true, {});
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
