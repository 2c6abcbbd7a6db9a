// Kafka for MeshDesk: librdkafka's mock cluster as the demo broker (a real Kafka-protocol
// broker on loopback), a sampler that reads the last N messages or a topic from the beginning
// with assign() (no group join, nothing committed), and the message value decoders.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace meshdesk::kafka {

using KafkaConfig = QList<QPair<QByteArray, QByteArray>>; // librdkafka properties

struct Message
{
    QString topic;
    int partition = 0;
    qint64 offset = 0;
    qint64 timestamp = 0; // ms since the epoch, -1 unknown
    QByteArray key;
    QByteArray value;
    QList<QPair<QString, QByteArray>> headers;
    // set by a sampler that decodes Avro / the Confluent wire format (on its own thread): the
    // value as compact JSON, or why it could not be decoded
    QByteArray decodedJson;
    QString decodeError;
    // the bytes to read as JSON: the Avro value decoded, else the value itself
    const QByteArray &jsonValue() const { return decodedJson.isEmpty() ? value : decodedJson; }
};

// The demo broker: an in-process mock cluster on 127.0.0.1 with a producer attached.
class MockBroker
{
public:
    MockBroker();
    ~MockBroker();
    MockBroker(const MockBroker &) = delete;
    MockBroker &operator=(const MockBroker &) = delete;

    bool start(int brokers = 1, QString *error = nullptr);
    QString bootstrap() const;
    bool createTopic(const QString &topic, int partitions = 1, QString *error = nullptr,
                     int replication = 1);
    // As a CreateTopics request would: 0, or the Kafka error code (36 TOPIC_ALREADY_EXISTS).
    int createTopicAsAdmin(const QString &topic, int partitions, int replicationFactor);
    int brokerCount() const;
    // Produces and waits for delivery (up to timeoutMs).
    bool produce(const QString &topic, const QByteArray &key, const QByteArray &value,
                 int partition = -1, QString *error = nullptr, int timeoutMs = 5000);
    bool setBrokerDown(int brokerId, bool down);
    bool setPartitionLeader(const QString &topic, int partition, int brokerId);
    // what the topic's metadata answers with (for tests: a broker that does not auto-create
    // answers an unknown topic with RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART = 3)
    void setTopicError(const QString &topic, int kafkaErrorCode);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

struct SampleRequest
{
    QString bootstrap;
    KafkaConfig security; // security.protocol, sasl.*, ssl.* of a connection profile
    QString topic;
    enum class Mode
    {
        Last,
        FromBeginning,
        FromOffset
    } mode = Mode::Last;
    int last = 10;         // per partition, for Mode::Last
    qint64 offset = 0;     // per partition (clamped to what it holds), for Mode::FromOffset
    int max = 1000;        // bound on messages kept (the newest are kept)
    int timeoutMs = 10000; // overall deadline
    const std::atomic_bool *cancel = nullptr;
    // When set, every message goes here as it arrives (consuming and checking overlap) and
    // SampleResult::messages stays empty. The key and value point into librdkafka's buffer and
    // are valid during the call only: copy what you keep.
    std::function<void(const Message &)> onMessage;
    // With onMessage: stop after this many messages (-1: no limit); nextOffsets then say where
    // reading stopped, so the first N are exactly what a caller gets.
    qint64 limit = -1;
};

// Offsets a reader wanted that its partition no longer holds: retention deleted them before
// they were read (from..to inclusive).
struct OffsetGap
{
    int partition = 0;
    qint64 from = 0;
    qint64 to = 0;
    qint64 count() const { return to - from + 1; }
};
// "partition 0: offsets 5-99 were deleted by retention before they were read (95 messages)"
QString describeGap(const OffsetGap &gap);

struct SampleResult
{
    bool ok = false;
    QString error;
    bool unreachable = false; // the error is the broker not answering (else: topic, config…)
    QList<Message> messages;
    int partitions = 0;
    qint64 delivered = 0; // messages read (also those the bound dropped or onMessage took)
    // per partition, the offset after the last one read: where a live tail resumes so nothing
    // produced meanwhile is missed or shown twice
    QHash<int, qint64> nextOffsets;
    // from an offset below what a partition still holds: what retention took first
    QList<OffsetGap> gaps;
};

// Reads what the request asks for and stops at the end of every partition (or the deadline).
SampleResult sample(const SampleRequest &request);

// Low and high watermarks of partitions, bounded by our own deadline. librdkafka 2.0.2's
// rd_kafka_query_watermark_offsets ignores its timeout while a partition's leader is down, so
// the queries run on a handle and a thread of their own: at the deadline we stop waiting, and
// that thread finishes (and frees its handle) whenever librdkafka lets it.
using TopicPartition = QPair<QString, int>;
struct Watermarks
{
    QHash<TopicPartition, QPair<qint64, qint64>> offsets; // (low, high) of those answered
    QString error; // the first failure, or the deadline passing
};
Watermarks queryWatermarks(const QString &bootstrap, const KafkaConfig &security,
                           const QList<TopicPartition> &partitions, int timeoutMs);

// Decoded form of a value for display and checks.
struct Decoded
{
    enum class Kind
    {
        Json,
        Text,
        Binary
    } kind = Kind::Binary;
    QJsonValue json;
    QString text;
    QString error; // why it is not JSON (when JSON was expected)
};
Decoded decodeJson(const QByteArray &value);
QString hexDump(const QByteArray &bytes, int maxBytes = 4096);

} // namespace meshdesk::kafka
