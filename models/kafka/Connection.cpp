#include "Connection.h"

#include "Kafka.h"
#include "RdKafka.h"

#include <QDeadlineTimer>
#include <QSettings>
#include <librdkafka/rdkafka.h>

namespace meshdesk::kafka {

qint64 TopicInfo::messages() const
{
    qint64 n = 0;
    for (const PartitionInfo &p : partitions)
        n += p.high - p.low;
    return n;
}

QList<ConnectionProfile> loadProfiles()
{
    QSettings s;
    QList<ConnectionProfile> out;
    const int n = s.beginReadArray(QStringLiteral("kafka/profiles"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        ConnectionProfile p;
        p.name = s.value(QStringLiteral("name")).toString();
        p.bootstrap = s.value(QStringLiteral("bootstrap")).toString();
        p.securityProtocol =
            s.value(QStringLiteral("securityProtocol"), p.securityProtocol).toString();
        p.saslMechanism = s.value(QStringLiteral("saslMechanism"), p.saslMechanism).toString();
        p.user = s.value(QStringLiteral("user")).toString();
        p.caFile = s.value(QStringLiteral("caFile")).toString();
        out << p;
    }
    s.endArray();
    return out;
}

std::optional<ConnectionProfile> findProfile(const QString &name)
{
    for (const ConnectionProfile &p : loadProfiles())
        if (!name.isEmpty() && p.name == name)
            return p;
    return std::nullopt;
}

void saveProfiles(const QList<ConnectionProfile> &profiles)
{
    QSettings s;
    s.remove(QStringLiteral("kafka/profiles"));
    s.beginWriteArray(QStringLiteral("kafka/profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        s.setArrayIndex(i);
        const ConnectionProfile &p = profiles[i];
        s.setValue(QStringLiteral("name"), p.name);
        s.setValue(QStringLiteral("bootstrap"), p.bootstrap);
        s.setValue(QStringLiteral("securityProtocol"), p.securityProtocol);
        s.setValue(QStringLiteral("saslMechanism"), p.saslMechanism);
        s.setValue(QStringLiteral("user"), p.user);
        s.setValue(QStringLiteral("caFile"), p.caFile); // no password here, ever
    }
    s.endArray();
}

KafkaConfig securityConfig(const ConnectionProfile &p, const QString &password)
{
    KafkaConfig config;
    auto add = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            config.append({QByteArray(key), value.toUtf8()});
    };
    add("security.protocol", p.securityProtocol);
    if (p.securityProtocol.startsWith(QLatin1String("SASL"))) {
        add("sasl.mechanisms", p.saslMechanism);
        add("sasl.username", p.user);
        add("sasl.password", password);
    }
    add("ssl.ca.location", p.caFile);
    return config;
}

ClusterInfo describeCluster(const ConnectionProfile &p, const QString &password, int timeoutMs,
                            bool withWatermarks)
{
    ClusterInfo info;
    const QDeadlineTimer deadline(timeoutMs);
    char err[512];
    const KafkaConfig security = securityConfig(p, password); // also for the watermarks' handle
    rd_kafka_conf_t *conf = newConf(p.bootstrap, security, &info.error);
    if (!conf)
        return info;
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, conf, err, sizeof err);
    if (!rk) {
        info.error = QString::fromUtf8(err);
        return info;
    }
    const rd_kafka_metadata_t *md = nullptr;
    const rd_kafka_resp_err_t e = rd_kafka_metadata(
        rk, 1, nullptr, &md, int(std::max<qint64>(100, deadline.remainingTime())));
    if (e) {
        info.error =
            QStringLiteral("%1: %2").arg(p.bootstrap, QString::fromUtf8(rd_kafka_err2str(e)));
        rd_kafka_destroy(rk);
        return info;
    }
    info.brokers = md->broker_cnt;
    QList<TopicPartition> wanted;
    for (int i = 0; i < md->topic_cnt; ++i) {
        const QString name = QString::fromUtf8(md->topics[i].topic);
        if (name.startsWith(QLatin1String("__")))
            continue; // internal topics
        TopicInfo t{name, {}};
        for (int k = 0; k < md->topics[i].partition_cnt; ++k) {
            t.partitions << PartitionInfo{md->topics[i].partitions[k].id, 0, 0};
            wanted.append({name, md->topics[i].partitions[k].id});
        }
        info.topics << t;
    }
    if (withWatermarks && !wanted.isEmpty()) {
        const Watermarks marks = queryWatermarks(
            p.bootstrap, security, wanted, int(std::max<qint64>(100, deadline.remainingTime())));
        for (TopicInfo &t : info.topics)
            for (PartitionInfo &part : t.partitions) {
                const auto found = marks.offsets.constFind({t.name, part.id});
                if (found != marks.offsets.cend()) {
                    part.low = found->first;
                    part.high = found->second;
                }
            }
        info.watermarkError = marks.error;
    }
    rd_kafka_metadata_destroy(md);
    rd_kafka_destroy(rk);
    std::sort(info.topics.begin(), info.topics.end(),
              [](const TopicInfo &a, const TopicInfo &b) { return a.name < b.name; });
    info.ok = true;
    return info;
}

} // namespace meshdesk::kafka
