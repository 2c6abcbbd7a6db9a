#include "TopicAdmin.h"

#include "RdKafka.h"
#include "core/Log.h"

#include <QCoreApplication>

namespace meshdesk::kafka {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::kafka", text);
}

} // namespace

QList<QPair<QString, QString>> TopicSettings::configs() const
{
    QList<QPair<QString, QString>> c{{QStringLiteral("retention.ms"), QString::number(retentionMs)},
                                     {QStringLiteral("cleanup.policy"), cleanupPolicy}};
    if (minInsyncReplicas > 0)
        c.append({QStringLiteral("min.insync.replicas"), QString::number(minInsyncReplicas)});
    return c;
}

TopicCreation createTopic(const QString &bootstrap, const KafkaConfig &security,
                          const TopicSettings &topic, bool validateOnly, int timeoutMs)
{
    TopicCreation r;
    QString confError;
    rd_kafka_conf_t *conf = newConf(bootstrap, security, &confError);
    if (!conf) {
        r.error = confError;
        return r;
    }
    char err[512];
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        r.error = QString::fromUtf8(err);
        return r;
    }
    QString user;
    for (const auto &[k, v] : security)
        if (k == "sasl.username")
            user = QString::fromUtf8(v);
    rd_kafka_NewTopic_t *nt =
        rd_kafka_NewTopic_new(topic.name.toUtf8().constData(), topic.partitions,
                              topic.replicationFactor, err, sizeof err);
    if (!nt) {
        r.error = tr("topic '%1': %2").arg(topic.name, QString::fromUtf8(err));
        rd_kafka_destroy(rk);
        return r;
    }
    for (const auto &[k, v] : topic.configs())
        rd_kafka_NewTopic_set_config(nt, k.toUtf8().constData(), v.toUtf8().constData());
    rd_kafka_AdminOptions_t *options =
        rd_kafka_AdminOptions_new(rk, RD_KAFKA_ADMIN_OP_CREATETOPICS);
    rd_kafka_AdminOptions_set_request_timeout(options, timeoutMs, err, sizeof err);
    rd_kafka_AdminOptions_set_operation_timeout(options, timeoutMs, err, sizeof err);
    if (validateOnly)
        rd_kafka_AdminOptions_set_validate_only(options, 1, err, sizeof err);
    rd_kafka_queue_t *queue = rd_kafka_queue_new(rk);
    rd_kafka_CreateTopics(rk, &nt, 1, options, queue);
    rd_kafka_event_t *ev = rd_kafka_queue_poll(queue, timeoutMs + 2000);
    const QString who =
        user.isEmpty() ? tr("the credentials used (none: PLAINTEXT)") : tr("user '%1'").arg(user);
    if (!ev) {
        r.unreachable = true;
        r.error = tr("%1 did not answer within %2 s").arg(bootstrap).arg(timeoutMs / 1000);
    } else if (rd_kafka_event_error(ev)) {
        const rd_kafka_resp_err_t e = rd_kafka_event_error(ev);
        r.unreachable = e == RD_KAFKA_RESP_ERR__TIMED_OUT || e == RD_KAFKA_RESP_ERR__TRANSPORT ||
                        e == RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN;
        r.kafkaError = e;
        r.error = r.unreachable
                      ? tr("no answer from a controller of %1 (%2): is the cluster reachable?")
                            .arg(bootstrap, QString::fromUtf8(rd_kafka_event_error_string(ev)))
                      : QString::fromUtf8(rd_kafka_event_error_string(ev));
    } else {
        size_t n = 0;
        const rd_kafka_topic_result_t **results =
            rd_kafka_CreateTopics_result_topics(rd_kafka_event_CreateTopics_result(ev), &n);
        const rd_kafka_resp_err_t e =
            n ? rd_kafka_topic_result_error(results[0]) : RD_KAFKA_RESP_ERR_UNKNOWN;
        const char *message = n ? rd_kafka_topic_result_error_string(results[0]) : nullptr;
        const QString broker = message && *message ? QString::fromUtf8(message)
                                                   : QString::fromUtf8(rd_kafka_err2str(e));
        r.kafkaError = e;
        switch (e) {
        case RD_KAFKA_RESP_ERR_NO_ERROR:
            r.ok = true;
            break;
        case RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED:
        case RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED:
            r.notAllowed = true;
            r.error = tr("the cluster refused to create topic '%1': %2 may not create topics "
                         "there (%3: %4). Ask the platform team for the CREATE permission on "
                         "the topic or the cluster, or use a connection profile whose account "
                         "has it.")
                          .arg(topic.name, who, QString::fromUtf8(rd_kafka_err2name(e)), broker);
            break;
        case RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS:
            r.exists = true;
            r.error = tr("topic '%1' already exists on %2").arg(topic.name, bootstrap);
            break;
        case RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR:
            r.error = tr("replication factor %1 is refused: %2 Choose a service level with "
                         "less replication for this cluster.")
                          .arg(topic.replicationFactor)
                          .arg(broker);
            break;
        default:
            r.error = tr("the cluster refused to create topic '%1' (%2: %3)")
                          .arg(topic.name, QString::fromUtf8(rd_kafka_err2name(e)), broker);
        }
    }
    log::get("kafka")->info("create topic {} on {}{}: {}", topic.name, bootstrap,
                            validateOnly ? " (validate only)" : "",
                            r.ok ? QStringLiteral("ok") : r.error);
    if (ev)
        rd_kafka_event_destroy(ev);
    rd_kafka_NewTopic_destroy(nt);
    rd_kafka_AdminOptions_destroy(options);
    rd_kafka_queue_destroy(queue);
    rd_kafka_destroy(rk);
    return r;
}

} // namespace meshdesk::kafka
