#include "Kafka.h"

#include "RdKafka.h"

#include "core/Log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <climits>
#include <condition_variable>
#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>
#include <mutex>
#include <thread>

namespace meshdesk::kafka {

rd_kafka_conf_t *newConf(const QString &bootstrap, const KafkaConfig &extra, QString *error)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    char err[512];
    KafkaConfig all{{"log_level", "0"}}; // errors come back as values
    if (!bootstrap.isEmpty())
        all.prepend({"bootstrap.servers", bootstrap.toUtf8()});
    for (const auto &[key, value] : std::as_const(all) + extra)
        if (rd_kafka_conf_set(conf, key.constData(), value.constData(), err, sizeof err) !=
            RD_KAFKA_CONF_OK) {
            if (error)
                *error =
                    QStringLiteral("%1: %2").arg(QString::fromUtf8(key), QString::fromUtf8(err));
            rd_kafka_conf_destroy(conf);
            return nullptr;
        }
    return conf;
}

QByteArray uniqueGroupId(const char *purpose)
{
    static std::atomic<quint64> count{0}; // two in the same millisecond differ too
    return "meshdesk-" + QByteArray(purpose) + '-' +
           QByteArray::number(QCoreApplication::applicationPid()) + '-' +
           QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + '-' +
           QByteArray::number(++count);
}

rd_kafka_resp_err_t topicPartitions(rd_kafka_t *rk, const QByteArray &topic, int timeoutMs,
                                    QList<int> *partitions, rd_kafka_resp_err_t *topicError)
{
    *topicError = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 1, nullptr, &md, timeoutMs);
    if (e)
        return e;
    for (int i = 0; i < md->topic_cnt; ++i) {
        if (qstrcmp(md->topics[i].topic, topic.constData()) != 0)
            continue;
        *topicError = md->topics[i].err;
        for (int p = 0; p < md->topics[i].partition_cnt; ++p)
            *partitions << md->topics[i].partitions[p].id;
    }
    rd_kafka_metadata_destroy(md);
    if (!*topicError && partitions->isEmpty())
        *topicError = RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART;
    return RD_KAFKA_RESP_ERR_NO_ERROR;
}

void fillMessage(Message &msg, const rd_kafka_message_t *m, bool copyBytes)
{
    msg.partition = m->partition;
    msg.offset = m->offset;
    rd_kafka_timestamp_type_t tsType;
    msg.timestamp = rd_kafka_message_timestamp(m, &tsType);
    const char *key = static_cast<const char *>(m->key);
    const char *payload = static_cast<const char *>(m->payload);
    msg.key = copyBytes ? QByteArray(key, qsizetype(m->key_len))
                        : QByteArray::fromRawData(key, qsizetype(m->key_len));
    msg.value = copyBytes ? QByteArray(payload, qsizetype(m->len))
                          : QByteArray::fromRawData(payload, qsizetype(m->len));
    msg.headers.clear();
    rd_kafka_headers_t *hdrs = nullptr;
    // (librdkafka's accessor takes a non-const message; it only parses the headers it holds)
    if (!rd_kafka_message_headers(const_cast<rd_kafka_message_t *>(m), &hdrs)) {
        const char *name;
        const void *val;
        size_t size;
        for (size_t h = 0; !rd_kafka_header_get_all(hdrs, h, &name, &val, &size); ++h)
            msg.headers.append({QString::fromUtf8(name),
                                QByteArray(static_cast<const char *>(val), qsizetype(size))});
    }
}

struct MockBroker::Private
{
    rd_kafka_t *owner = nullptr; // the handle the mock cluster lives in
    rd_kafka_t *producer = nullptr;
    rd_kafka_mock_cluster_t *cluster = nullptr;
    QString bootstrap;
    int brokers = 0;
};

MockBroker::MockBroker() : d(std::make_unique<Private>()) {}

MockBroker::~MockBroker()
{
    if (d->producer) {
        rd_kafka_flush(d->producer, 2000);
        rd_kafka_destroy(d->producer);
    }
    if (d->cluster)
        rd_kafka_mock_cluster_destroy(d->cluster);
    if (d->owner)
        rd_kafka_destroy(d->owner);
}

bool MockBroker::start(int brokers, QString *error)
{
    char err[512];
    // a handle to own the mock cluster, then a producer that talks to it like any client
    rd_kafka_conf_t *conf = newConf({});
    rd_kafka_t *owner = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!owner) {
        if (error)
            *error = QString::fromUtf8(err);
        return false;
    }
    d->owner = owner;
    d->cluster = rd_kafka_mock_cluster_new(owner, brokers);
    if (!d->cluster) {
        if (error)
            *error = QStringLiteral("could not start librdkafka's mock cluster");
        return false;
    }
    d->bootstrap = QString::fromUtf8(rd_kafka_mock_cluster_bootstraps(d->cluster));
    d->brokers = brokers;
    rd_kafka_conf_t *pconf = newConf(d->bootstrap);
    rd_kafka_conf_set(pconf, "linger.ms", "5", err, sizeof err);
    rd_kafka_conf_set(pconf, "message.max.bytes", "16777216", err,
                      sizeof err); // demos of big messages
    d->producer = rd_kafka_new(RD_KAFKA_PRODUCER, pconf, err, sizeof err);
    if (!d->producer) {
        if (error)
            *error = QString::fromUtf8(err);
        return false;
    }
    log::get("kafka")->info("demo broker on {}", d->bootstrap);
    return true;
}

QString MockBroker::bootstrap() const
{
    return d->bootstrap;
}

bool MockBroker::createTopic(const QString &topic, int partitions, QString *error,
                             int replication)
{
    const rd_kafka_resp_err_t e = rd_kafka_mock_topic_create(
        d->cluster, topic.toUtf8().constData(), partitions, replication);
    if (e && error)
        *error = QString::fromUtf8(rd_kafka_err2str(e));
    return !e;
}

int MockBroker::createTopicAsAdmin(const QString &topic, int partitions, int replicationFactor)
{
    return int(rd_kafka_mock_topic_create(d->cluster, topic.toUtf8().constData(), partitions,
                                          replicationFactor));
}

int MockBroker::brokerCount() const
{
    return d->brokers;
}

bool MockBroker::setBrokerDown(int brokerId, bool down)
{
    return (down ? rd_kafka_mock_broker_set_down(d->cluster, brokerId)
                 : rd_kafka_mock_broker_set_up(d->cluster, brokerId)) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

bool MockBroker::setPartitionLeader(const QString &topic, int partition, int brokerId)
{
    return rd_kafka_mock_partition_set_leader(d->cluster, topic.toUtf8().constData(), partition,
                                              brokerId) == RD_KAFKA_RESP_ERR_NO_ERROR;
}

void MockBroker::setTopicError(const QString &topic, int kafkaErrorCode)
{
    rd_kafka_mock_topic_set_error(d->cluster, topic.toUtf8().constData(),
                                  rd_kafka_resp_err_t(kafkaErrorCode));
}

Watermarks queryWatermarks(const QString &bootstrap, const KafkaConfig &security,
                           const QList<TopicPartition> &partitions, int timeoutMs)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable answered;
        bool done = false;
        Watermarks result;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared, bootstrap, security, partitions, timeoutMs] {
        char err[512];
        QString confError;
        rd_kafka_conf_t *conf = newConf(bootstrap, security, &confError);
        if (conf) // asking about a topic never creates it
            rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", err, sizeof err);
        rd_kafka_t *rk = conf ? rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err) : nullptr;
        if (!rk) {
            std::lock_guard lock(shared->mutex);
            shared->result.error = conf ? QString::fromUtf8(err) : confError;
            shared->done = true;
            shared->answered.notify_all();
            return;
        }
        // only topics the cluster has: a watermark query for an unknown one would have
        // librdkafka look it up by name (see topicPartitions)
        QHash<QString, rd_kafka_resp_err_t> known;
        for (const TopicPartition &tp : partitions) {
            if (known.contains(tp.first))
                continue;
            QList<int> ids;
            rd_kafka_resp_err_t te = RD_KAFKA_RESP_ERR_NO_ERROR;
            const rd_kafka_resp_err_t e =
                topicPartitions(rk, tp.first.toUtf8(), timeoutMs, &ids, &te);
            known.insert(tp.first, e ? e : te);
        }
        for (const TopicPartition &tp : partitions) {
            if (const rd_kafka_resp_err_t te = known.value(tp.first)) {
                std::lock_guard lock(shared->mutex);
                if (shared->result.error.isEmpty())
                    shared->result.error =
                        QStringLiteral("topic '%1': %2")
                            .arg(tp.first, te == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART
                                               ? QStringLiteral("unknown topic")
                                               : QString::fromUtf8(rd_kafka_err2str(te)));
                continue;
            }
            int64_t low = 0, high = 0;
            const rd_kafka_resp_err_t e = rd_kafka_query_watermark_offsets(
                rk, tp.first.toUtf8().constData(), tp.second, &low, &high, timeoutMs);
            std::lock_guard lock(shared->mutex);
            if (!e)
                shared->result.offsets.insert(tp, {low, high});
            else if (shared->result.error.isEmpty())
                shared->result.error = QStringLiteral("topic '%1' partition %2: %3")
                                           .arg(tp.first)
                                           .arg(tp.second)
                                           .arg(QString::fromUtf8(rd_kafka_err2str(e)));
        }
        {
            std::lock_guard lock(shared->mutex);
            shared->done = true;
            shared->answered.notify_all();
        }
        rd_kafka_destroy(rk);
    }).detach(); // owns its handle and its share of the state; may outlive this call
    std::unique_lock lock(shared->mutex);
    if (!shared->answered.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                   [&] { return shared->done; }) &&
        shared->result.error.isEmpty())
        shared->result.error =
            QStringLiteral("watermarks not answered within %1 ms (is a partition leader down?)")
                .arg(timeoutMs);
    return shared->result; // a copy, taken under the lock
}

bool MockBroker::produce(const QString &topic, const QByteArray &key, const QByteArray &value,
                         int partition, QString *error, int timeoutMs)
{
    const QByteArray t = topic.toUtf8();
    const rd_kafka_resp_err_t e = rd_kafka_producev(
        d->producer, RD_KAFKA_V_TOPIC(t.constData()),
        RD_KAFKA_V_PARTITION(partition < 0 ? RD_KAFKA_PARTITION_UA : partition),
        RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
        RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
        RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY), RD_KAFKA_V_END);
    if (e) {
        if (error)
            *error = QString::fromUtf8(rd_kafka_err2str(e));
        return false;
    }
    if (timeoutMs > 0 && rd_kafka_flush(d->producer, timeoutMs) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        if (error)
            *error = QStringLiteral("message not delivered within %1 ms").arg(timeoutMs);
        return false;
    }
    return true;
}

SampleResult sample(const SampleRequest &req)
{
    SampleResult r;
    const QDeadlineTimer deadline(req.timeoutMs);
    char err[512];
    rd_kafka_conf_t *conf = newConf(req.bootstrap, req.security, &r.error);
    if (!conf)
        return r;
    // a unique group id, nothing committed: sampling never disturbs a consumer group
    rd_kafka_conf_set(conf, "group.id", uniqueGroupId("sampler").constData(), err, sizeof err);
    rd_kafka_conf_set(conf, "enable.auto.commit", "false", err, sizeof err);
    rd_kafka_conf_set(conf, "enable.partition.eof", "true", err, sizeof err);
    rd_kafka_conf_set(conf, "fetch.wait.max.ms", "10", err, sizeof err);
    rd_kafka_conf_set(conf, "auto.offset.reset", "earliest", err, sizeof err);
    // looking never creates: a mistyped topic is reported, not made (on brokers that would)
    rd_kafka_conf_set(conf, "allow.auto.create.topics", "false", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk) {
        r.error = QString::fromUtf8(err);
        return r;
    }
    auto cleanup = qScopeGuard([rk] {
        rd_kafka_consumer_close(rk);
        rd_kafka_destroy(rk);
    });
    // metadata: the topic and its partitions (bounded by our own deadline), from the list of
    // all topics, so that looking never creates one
    const QByteArray topic = req.topic.toUtf8();
    QList<int> partitions;
    rd_kafka_resp_err_t topicErr = RD_KAFKA_RESP_ERR_NO_ERROR;
    const rd_kafka_resp_err_t me = topicPartitions(
        rk, topic, int(std::max<qint64>(100, deadline.remainingTime())), &partitions, &topicErr);
    if (me) {
        r.unreachable = true;
        r.error = QStringLiteral("%1: cannot read metadata: %2")
                      .arg(req.bootstrap, QString::fromUtf8(rd_kafka_err2str(me)));
        return r;
    }
    if (topicErr == RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART) {
        r.error = QStringLiteral("topic '%1': unknown topic (the cluster has none of that name)")
                      .arg(req.topic);
        return r;
    }
    if (topicErr) {
        r.error = QStringLiteral("topic '%1': %2")
                      .arg(req.topic, QString::fromUtf8(rd_kafka_err2str(topicErr)));
        return r;
    }
    r.partitions = int(partitions.size());
    // Start offsets. Last N and from-the-beginning are logical offsets librdkafka resolves itself,
    // for all partitions at once (TAIL(N) = high - N; below the low watermark the reset policy
    // "earliest" makes it max(low, high - N)); an empty partition ends with its EOF. Only "from
    // an offset" needs the watermarks first, to clamp.
    rd_kafka_topic_partition_list_t *assignment =
        rd_kafka_topic_partition_list_new(int(partitions.size()));
    QSet<int> atEnd; // distinct partitions known to be at their end (an EOF may come twice)
    Watermarks marks;
    if (req.mode == SampleRequest::Mode::FromOffset) {
        QList<TopicPartition> wanted;
        for (int p : partitions)
            wanted.append({req.topic, p});
        marks = queryWatermarks(req.bootstrap, req.security, wanted,
                                int(std::max<qint64>(100, deadline.remainingTime())));
    }
    for (int p : partitions) {
        int64_t start = req.mode == SampleRequest::Mode::FromBeginning
                            ? int64_t(RD_KAFKA_OFFSET_BEGINNING)
                            : int64_t(RD_KAFKA_OFFSET_TAIL(std::max(0, req.last)));
        if (req.mode == SampleRequest::Mode::FromOffset) {
            const auto found = marks.offsets.constFind({req.topic, p});
            if (found == marks.offsets.cend()) {
                rd_kafka_topic_partition_list_destroy(assignment);
                r.error = marks.error;
                return r;
            }
            const int64_t low = found->first, high = found->second;
            start = std::clamp<int64_t>(req.offset, low, high);
            if (req.offset < low)
                r.gaps.append({p, req.offset, low - 1});
            if (start >= high) {
                atEnd.insert(p); // nothing to read there
                r.nextOffsets[p] = high;
            }
        }
        rd_kafka_topic_partition_list_add(assignment, topic.constData(), p)->offset = start;
    }
    rd_kafka_assign(rk, assignment);
    rd_kafka_topic_partition_list_destroy(assignment);
    // consumed in batches from the consumer queue: one lock per batch, not per message
    rd_kafka_queue_t *queue = rd_kafka_queue_get_consumer(rk);
    auto queueGuard = qScopeGuard([queue] { rd_kafka_queue_destroy(queue); });
    constexpr int batchSize = 1024;
    std::vector<rd_kafka_message_t *> batch(batchSize);
    // the offset after the last one read, per partition (a vector: this runs per message)
    std::vector<int64_t> next(size_t(*std::max_element(partitions.cbegin(), partitions.cend()) + 1),
                              -1);
    for (auto it = r.nextOffsets.cbegin(); it != r.nextOffsets.cend(); ++it)
        next[size_t(it.key())] = it.value();
    auto publishNext = [&] {
        for (size_t p = 0; p < next.size(); ++p)
            if (next[p] >= 0)
                r.nextOffsets[int(p)] = next[p];
    };
    Message streamed;
    streamed.topic = req.topic;
    const bool limited = req.onMessage && req.limit >= 0;
    while (atEnd.size() < partitions.size() && !deadline.hasExpired() &&
           !(req.cancel && req.cancel->load()) && !(limited && r.delivered >= req.limit)) {
        // what is already queued, without waiting (a batch call with a timeout waits until the
        // batch is full); when nothing is, block for the next one
        ssize_t n = rd_kafka_consume_batch_queue(queue, 0, batch.data(), batchSize);
        if (n <= 0) {
            batch[0] = rd_kafka_consumer_poll(rk, 100);
            n = batch[0] ? 1 : 0;
        }
        for (ssize_t i = 0; i < n; ++i) {
            rd_kafka_message_t *m = batch[size_t(i)];
            auto destroy = qScopeGuard([m] { rd_kafka_message_destroy(m); });
            if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
                atEnd.insert(m->partition);
                if (m->partition >= 0 && m->partition < qsizetype(next.size()))
                    next[size_t(m->partition)] = m->offset; // an EOF's offset: the high watermark
                continue;
            }
            if (m->err) {
                if (r.error.isEmpty())
                    r.error = QString::fromUtf8(rd_kafka_message_errstr(m));
                continue; // the rest of the batch is still released
            }
            if (limited && r.delivered >= req.limit)
                continue; // past the limit: released, not read (nextOffsets stay before it)
            ++r.delivered;
            if (m->partition >= 0 && m->partition < qsizetype(next.size()))
                next[size_t(m->partition)] = m->offset + 1;
            // streaming reuses one Message (topic set once) and copies nothing: the bytes stay
            // librdkafka's while the callback runs
            Message owned;
            Message &msg = req.onMessage ? streamed : owned;
            if (!req.onMessage)
                msg.topic = req.topic;
            fillMessage(msg, m, !req.onMessage);
            if (req.onMessage) {
                req.onMessage(msg);
                continue;
            }
            r.messages.append(std::move(msg));
            if (r.messages.size() > req.max)
                r.messages.removeFirst(); // a bounded buffer: the newest are kept
        }
        if (!r.error.isEmpty()) {
            publishNext();
            return r;
        }
    }
    publishNext();
    if (atEnd.size() < partitions.size() && deadline.hasExpired() && r.delivered == 0) {
        r.unreachable = true;
        r.error =
            QStringLiteral("%1: no answer within %2 ms").arg(req.bootstrap).arg(req.timeoutMs);
        return r;
    }
    r.ok = true;
    return r;
}

QString describeGap(const OffsetGap &gap)
{
    // (the count computed first: lupdate's parser hangs on a template call among translate's
    // arguments)
    const int skipped = gap.count() > INT_MAX ? INT_MAX : int(gap.count());
    return QCoreApplication::translate("meshdesk::kafka",
                                       "partition %1: offsets %2-%3 were deleted by retention "
                                       "before they were read (%n message(s) skipped)",
                                       nullptr, skipped)
        .arg(gap.partition)
        .arg(gap.from)
        .arg(gap.to);
}

Decoded decodeJson(const QByteArray &value)
{
    Decoded d;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(value, &pe);
    if (pe.error == QJsonParseError::NoError) {
        d.kind = Decoded::Kind::Json;
        d.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        return d;
    }
    d.error = QStringLiteral("not JSON: %1 at byte %2").arg(pe.errorString()).arg(pe.offset);
    if (QUtf8StringView(value).isValidUtf8() && !value.contains('\0')) {
        d.kind = Decoded::Kind::Text;
        d.text = QString::fromUtf8(value);
    }
    return d;
}

QString hexDump(const QByteArray &bytes, int maxBytes)
{
    QString out;
    const int n = int(std::min<qsizetype>(bytes.size(), maxBytes));
    for (int i = 0; i < n; i += 16) {
        out += QStringLiteral("%1  ").arg(i, 8, 16, QLatin1Char('0'));
        QString ascii;
        for (int j = i; j < i + 16; ++j) {
            if (j < n) {
                const uchar c = uchar(bytes[j]);
                out += QStringLiteral("%1 ").arg(c, 2, 16, QLatin1Char('0'));
                ascii += c >= 32 && c < 127 ? QChar(c) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
        }
        out += QLatin1Char(' ') + ascii + QLatin1Char('\n');
    }
    if (bytes.size() > maxBytes)
        out += QStringLiteral("… %1 more bytes\n").arg(bytes.size() - maxBytes);
    return out;
}

} // namespace meshdesk::kafka
