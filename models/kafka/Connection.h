// Kafka connection profiles (kept in QSettings, never with the password: the password lives in
// the system keychain, see ui/KafkaConnectionsDialog) and the cluster look-ups the connection
// dialog and the topic browser need.
#pragma once

#include "Kafka.h"

#include <QList>
#include <QString>
#include <optional>

namespace meshdesk::kafka {

struct ConnectionProfile
{
    QString name;
    QString bootstrap;
    QString securityProtocol =
        QStringLiteral("PLAINTEXT");                 // PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL
    QString saslMechanism = QStringLiteral("PLAIN"); // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
    QString user;
    QString caFile;
};

QList<ConnectionProfile> loadProfiles();
std::optional<ConnectionProfile> findProfile(const QString &name); // a saved one, by name

// The librdkafka properties of a profile's security (protocol, SASL mechanism and credentials,
// CA file); the bootstrap is not among them. Goes to librdkafka only, never to a log.
KafkaConfig securityConfig(const ConnectionProfile &profile, const QString &password);
void saveProfiles(const QList<ConnectionProfile> &profiles);

struct PartitionInfo
{
    int id = 0;
    qint64 low = 0;
    qint64 high = 0;
};

struct TopicInfo
{
    QString name;
    QList<PartitionInfo> partitions;
    qint64 messages() const;
};

struct ClusterInfo
{
    bool ok = false;
    QString error;
    int brokers = 0;
    QList<TopicInfo> topics; // with watermarks when asked for
    QString watermarkError;  // some watermarks were not answered (a leader down?)
};

// Brokers and topics (internal topics hidden); watermarks too when withWatermarks. Bounded by
// timeoutMs; the password is only passed to librdkafka, never logged.
ClusterInfo describeCluster(const ConnectionProfile &profile, const QString &password,
                            int timeoutMs = 5000, bool withWatermarks = false);

} // namespace meshdesk::kafka
