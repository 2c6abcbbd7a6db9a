#include "TeamLog.h"

#include "core/Log.h"
#include "kafka/RdKafka.h"

#include <QDeadlineTimer>
#include <QScopeGuard>
#include <librdkafka/rdkafka.h>
#include <mutex>

namespace meshdesk::team {

namespace {

const QByteArray kMagic = QByteArrayLiteral("meshdesk-act 1\n");

QString errorText(rd_kafka_resp_err_t e)
{
    return QString::fromUtf8(rd_kafka_err2str(e));
}

} // namespace

QByteArray encode(const QByteArray &body, const QByteArray &signature)
{
    return kMagic + signature.toBase64() + '\n' + body;
}

bool decode(const QByteArray &value, QByteArray *body, QByteArray *signature, QString *error)
{
    if (!value.startsWith(kMagic)) {
        *error = QStringLiteral("not a MeshDesk act (the message does not start with \"%1\")")
                     .arg(QString::fromLatin1(kMagic.trimmed()));
        return false;
    }
    const qsizetype nl = value.indexOf('\n', kMagic.size());
    if (nl < 0) {
        *error = QStringLiteral("a truncated act (no signature line)");
        return false;
    }
    auto sig = QByteArray::fromBase64Encoding(value.mid(kMagic.size(), nl - kMagic.size()),
                                              QByteArray::AbortOnBase64DecodingErrors);
    if (!sig) {
        *error = QStringLiteral("the act's signature line is not base64");
        return false;
    }
    *signature = sig.decoded;
    *body = value.mid(nl + 1);
    return true;
}

QString tooLarge(const QByteArray &value, qint64 maxMessageBytes)
{
    if (value.size() <= maxMessageBytes)
        return {};
    // librdkafka compresses with gzip (zlib) on the way: what zlib makes of it is what counts
    const qint64 compressed = qCompress(value, 6).size();
    if (compressed <= maxMessageBytes * 9 / 10) // a margin for the batch's own framing
        return {};
    return QStringLiteral("the act is %1 KiB (%2 KiB compressed), more than the team topic takes "
                          "in one message: %3 KiB (its max.message.bytes, team setting "
                          "team.maxMessageBytes)")
        .arg(value.size() / 1024)
        .arg(compressed / 1024)
        .arg(maxMessageBytes / 1024);
}

bool createTopic(const TeamConfig &config, QString *error)
{
    char err[512];
    rd_kafka_conf_t *conf = kafka::newConf(config.bootstrap, config.security, error);
    if (!conf)
        return false;
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        *error = QString::fromUtf8(err);
        return false;
    }
    const auto cleanup = qScopeGuard([rk] { rd_kafka_destroy(rk); });
    const rd_kafka_metadata_t *md = nullptr;
    const QByteArray topic = config.topic.toUtf8();
    rd_kafka_resp_err_t e = rd_kafka_metadata(rk, 0, nullptr, &md, config.timeoutMs);
    if (e) {
        *error = QStringLiteral("%1: %2").arg(config.bootstrap, errorText(e));
        return false;
    }
    const int brokers = md->broker_cnt;
    for (int i = 0; i < md->topic_cnt; ++i)
        if (topic == md->topics[i].topic && !md->topics[i].err) {
            const int partitions = md->topics[i].partition_cnt;
            rd_kafka_metadata_destroy(md);
            if (partitions != 1) {
                *error = QStringLiteral("topic '%1' exists with %2 partitions; a team log needs "
                                        "exactly one (one total order)")
                             .arg(config.topic)
                             .arg(partitions);
                return false;
            }
            return true;
        }
    rd_kafka_metadata_destroy(md);
    const int replication = std::min(3, std::max(1, brokers));
    rd_kafka_NewTopic_t *nt =
        rd_kafka_NewTopic_new(topic.constData(), 1, replication, err, sizeof err);
    if (!nt) {
        *error = QString::fromUtf8(err);
        return false;
    }
    rd_kafka_NewTopic_set_config(nt, "retention.ms", "-1");
    rd_kafka_NewTopic_set_config(nt, "cleanup.policy", "delete");
    rd_kafka_NewTopic_set_config(nt, "min.insync.replicas",
                                 QByteArray::number(std::min(2, replication)).constData());
    rd_kafka_queue_t *q = rd_kafka_queue_new(rk);
    rd_kafka_AdminOptions_t *opts = rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(opts, config.timeoutMs, err, sizeof err);
    rd_kafka_CreateTopics(rk, &nt, 1, opts, q);
    rd_kafka_event_t *ev = rd_kafka_queue_poll(q, config.timeoutMs + 1000);
    bool ok = false;
    if (!ev) {
        *error = QStringLiteral("creating topic '%1': no answer within %2 ms")
                     .arg(config.topic)
                     .arg(config.timeoutMs);
    } else if (rd_kafka_event_error(ev)) {
        *error = QStringLiteral("creating topic '%1': %2")
                     .arg(config.topic, QString::fromUtf8(rd_kafka_event_error_string(ev)));
    } else {
        size_t n = 0;
        const rd_kafka_topic_result_t **res =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
        const rd_kafka_resp_err_t te = n ? rd_kafka_topic_result_error(res[0]) : RD_KAFKA_RESP_ERR_NO_ERROR;
        ok = !te || te == RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS;
        if (!ok)
            *error = QStringLiteral("creating topic '%1' (1 partition, replication %2): %3")
                         .arg(config.topic)
                         .arg(replication)
                         .arg(QString::fromUtf8(rd_kafka_topic_result_error_string(res[0])));
    }
    if (ev)
        rd_kafka_event_destroy(ev);
    rd_kafka_AdminOptions_destroy(opts);
    rd_kafka_queue_destroy(q);
    rd_kafka_NewTopic_destroy(nt);
    if (ok)
        log::get("kafka")->info("team topic {} created (replication {})", config.topic, replication);
    return ok;
}

qint64 endOffset(const TeamConfig &config, QString *error)
{
    const kafka::Watermarks w =
        kafka::queryWatermarks(config.bootstrap, config.security, {{config.topic, 0}},
                               config.timeoutMs);
    const auto it = w.offsets.constFind({config.topic, 0});
    if (it == w.offsets.cend()) {
        *error = w.error.isEmpty() ? QStringLiteral("topic '%1': no answer").arg(config.topic)
                                   : w.error;
        return -1;
    }
    return it->second;
}

// --- Publisher ---

struct Publisher::Private
{
    rd_kafka_t *rk = nullptr;
    QString error;
    QByteArray topic;
    std::mutex mutex;
    QList<Delivery> *results = nullptr;
    int pending = 0;
};

Publisher::Publisher(const TeamConfig &config) : d(std::make_unique<Private>())
{
    char err[512];
    d->topic = config.topic.toUtf8();
    rd_kafka_conf_t *conf = kafka::newConf(
        config.bootstrap,
        config.security + kafka::KafkaConfig{{"enable.idempotence", "true"},
                                             {"acks", "all"},
                                             {"compression.codec", "gzip"},
                                             {"linger.ms", "2"},
                                             {"message.max.bytes", "104857600"},
                                             {"allow.auto.create.topics", "false"}},
        &d->error);
    if (!conf)
        return;
    rd_kafka_conf_set_opaque(conf, d.get());
    rd_kafka_conf_set_dr_msg_cb(conf, [](rd_kafka_t *, const rd_kafka_message_t *m, void *opaque) {
        auto *p = static_cast<Private *>(opaque);
        std::lock_guard lock(p->mutex);
        const int index = int(reinterpret_cast<intptr_t>(m->_private));
        if (p->results && index >= 0 && index < p->results->size()) {
            Delivery &dl = (*p->results)[index];
            dl.error = m->err ? errorText(m->err) : QString();
            dl.offset = m->err ? -1 : m->offset;
        }
        --p->pending;
    });
    d->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!d->rk)
        d->error = QString::fromUtf8(err);
}

Publisher::~Publisher()
{
    if (d->rk) {
        rd_kafka_flush(d->rk, 1000);
        rd_kafka_destroy(d->rk);
    }
}

bool Publisher::ok(QString *error) const
{
    if (error)
        *error = d->error;
    return d->rk != nullptr;
}

QList<Delivery> Publisher::publish(const QList<QPair<QString, QByteArray>> &idAndValue,
                                   int timeoutMs)
{
    QList<Delivery> results;
    for (const auto &[id, value] : idAndValue)
        results.append({id, QStringLiteral("not delivered within %1 ms").arg(timeoutMs), -1});
    if (!d->rk) {
        for (Delivery &r : results)
            r.error = d->error;
        return results;
    }
    {
        std::lock_guard lock(d->mutex);
        d->results = &results;
        d->pending = 0;
    }
    for (int i = 0; i < idAndValue.size(); ++i) {
        const QByteArray key = idAndValue[i].first.toUtf8();
        const QByteArray &value = idAndValue[i].second;
        rd_kafka_resp_err_t e;
        {
            std::lock_guard lock(d->mutex);
            ++d->pending;
        }
        e = rd_kafka_producev(d->rk, RD_KAFKA_V_TOPIC(d->topic.constData()),
                              RD_KAFKA_V_PARTITION(0),
                              RD_KAFKA_V_KEY(key.constData(), size_t(key.size())),
                              RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()),
                                               size_t(value.size())),
                              RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
                              RD_KAFKA_V_OPAQUE(reinterpret_cast<void *>(intptr_t(i))),
                              RD_KAFKA_V_END);
        if (e) {
            std::lock_guard lock(d->mutex);
            --d->pending;
            results[i].error = errorText(e);
        }
    }
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        {
            std::lock_guard lock(d->mutex);
            if (d->pending <= 0)
                break;
        }
        if (deadline.hasExpired())
            break;
        rd_kafka_poll(d->rk, 20);
    }
    {
        std::lock_guard lock(d->mutex);
        d->results = nullptr; // late reports (after the deadline) are dropped
    }
    return results;
}

// --- Reader ---

struct Reader::Private
{
    rd_kafka_t *rk = nullptr;
    QString error;
    std::mutex mutex;
    QString transportError; // the latest, from the error callback
};

Reader::Reader(const TeamConfig &config, qint64 fromOffset) : d(std::make_unique<Private>())
{
    char err[512];
    rd_kafka_conf_t *conf = kafka::newConf(
        config.bootstrap,
        config.security + kafka::KafkaConfig{{"group.id", kafka::uniqueGroupId("team")},
                                             {"enable.auto.commit", "false"},
                                             {"enable.partition.eof", "true"},
                                             {"fetch.wait.max.ms", "10"},
                                             {"auto.offset.reset", "earliest"},
                                             {"fetch.message.max.bytes", "104857600"},
                                             {"allow.auto.create.topics", "false"}},
        &d->error);
    if (!conf)
        return;
    rd_kafka_conf_set_opaque(conf, d.get());
    rd_kafka_conf_set_error_cb(conf, [](rd_kafka_t *, int err, const char *reason, void *opaque) {
        auto *p = static_cast<Private *>(opaque);
        std::lock_guard lock(p->mutex);
        p->transportError = QStringLiteral("%1 (%2)").arg(QString::fromUtf8(reason),
                                                          errorText(rd_kafka_resp_err_t(err)));
    });
    d->rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!d->rk) {
        d->error = QString::fromUtf8(err);
        return;
    }
    rd_kafka_poll_set_consumer(d->rk);
    rd_kafka_topic_partition_list_t *list = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(list, config.topic.toUtf8().constData(), 0)->offset =
        std::max<qint64>(0, fromOffset);
    rd_kafka_assign(d->rk, list);
    rd_kafka_topic_partition_list_destroy(list);
}

Reader::~Reader()
{
    if (d->rk) {
        rd_kafka_assign(d->rk, nullptr);
        rd_kafka_consumer_close(d->rk);
        rd_kafka_destroy(d->rk);
    }
}

bool Reader::ok(QString *error) const
{
    if (error)
        *error = d->error;
    return d->rk != nullptr;
}

Reader::Batch Reader::poll(int maxMessages, int timeoutMs)
{
    Batch b;
    if (!d->rk) {
        b.error = d->error;
        return b;
    }
    QDeadlineTimer deadline(timeoutMs);
    while (b.messages.size() < maxMessages) {
        const int wait = b.messages.isEmpty() ? int(std::max<qint64>(0, deadline.remainingTime())) : 0;
        rd_kafka_message_t *m = rd_kafka_consumer_poll(d->rk, wait);
        if (!m)
            break;
        if (m->err == RD_KAFKA_RESP_ERR__PARTITION_EOF) {
            b.atEnd = true;
            rd_kafka_message_destroy(m);
            break;
        }
        if (m->err) {
            b.error = QString::fromUtf8(rd_kafka_message_errstr(m));
            rd_kafka_message_destroy(m);
            break;
        }
        b.messages.append({m->offset,
                           QByteArray(static_cast<const char *>(m->key), qsizetype(m->key_len)),
                           QByteArray(static_cast<const char *>(m->payload), qsizetype(m->len))});
        rd_kafka_message_destroy(m);
        if (deadline.hasExpired() && !b.messages.isEmpty())
            break;
    }
    {
        std::lock_guard lock(d->mutex);
        if (b.error.isEmpty() && b.messages.isEmpty() && !b.atEnd)
            b.error = d->transportError;
        d->transportError.clear();
    }
    return b;
}

} // namespace meshdesk::team
