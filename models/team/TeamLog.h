// The team log: a catalog's signed acts on one Kafka topic (one partition: one total order).
// Every desk publishes its acts there and materializes the topic into its own SQLite file, in
// the log's order, with the same rules (ledger/Rules.h): desks that read the same offset hold
// the same catalog.
//
// On the wire an act is one message: key = the event id, value =
//   "meshdesk-act 1\n" BASE64(SSHSIG) "\n" BODY
// compressed by librdkafka (gzip) on the way; an act larger than the topic's message limit even
// compressed is refused before it is queued, naming the limit.
//
// Topic settings for real clusters (what `team create` asks for when it creates the topic):
// 1 partition, replication 3 (or the number of brokers), retention.ms=-1 (infinite),
// cleanup.policy=delete, min.insync.replicas=2; producers are idempotent with acks=all. ACLs:
// every member may Write and Read the topic and Describe it; nobody else needs access.
#pragma once

#include "kafka/Kafka.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>

namespace meshdesk::team {

struct TeamConfig
{
    QString bootstrap;
    QString topic;
    kafka::KafkaConfig security; // a connection profile's SASL/SSL settings
    qint64 maxMessageBytes = 1048576; // the topic's max.message.bytes (Kafka's default)
    int timeoutMs = 10000;
};

QByteArray encode(const QByteArray &body, const QByteArray &signature);
bool decode(const QByteArray &value, QByteArray *body, QByteArray *signature, QString *error);
// Why an act of this size may not go to the topic ("" when it fits, compressed as it travels).
QString tooLarge(const QByteArray &value, qint64 maxMessageBytes);

// Creates the topic with the settings above (an existing one with 1 partition is fine).
bool createTopic(const TeamConfig &config, QString *error);
// The number of messages in the topic (its end offset), or -1 with *error.
qint64 endOffset(const TeamConfig &config, QString *error);

struct Delivery
{
    QString id;
    QString error; // empty when the broker acknowledged it (acks=all)
    qint64 offset = -1;
};

// An idempotent producer (acks=all, gzip) for one team topic.
class Publisher
{
public:
    explicit Publisher(const TeamConfig &config);
    ~Publisher();
    Publisher(const Publisher &) = delete;
    Publisher &operator=(const Publisher &) = delete;
    bool ok(QString *error = nullptr) const;
    // Sends the acts in order and waits for their acknowledgements (or the timeout).
    QList<Delivery> publish(const QList<QPair<QString, QByteArray>> &idAndValue, int timeoutMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct LogMessage
{
    qint64 offset = -1;
    QByteArray key;
    QByteArray value;
};

// Reads the topic's one partition from an offset (assign(), no consumer group, nothing
// committed: the desk keeps its offset in its own SQLite file, with what it applied).
class Reader
{
public:
    Reader(const TeamConfig &config, qint64 fromOffset);
    ~Reader();
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    bool ok(QString *error = nullptr) const;
    struct Batch
    {
        QList<LogMessage> messages;
        bool atEnd = false; // the partition's end was reached
        QString error;      // a transport error (broker down, …): librdkafka keeps retrying
    };
    Batch poll(int maxMessages, int timeoutMs);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace meshdesk::team
