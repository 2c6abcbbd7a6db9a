// A contract drafted from a topic's messages ("Add to Mesh", `meshdesk infer`). For JSON values:
// field names and nesting, arrays (the union of their elements), integer vs number, boolean,
// string and its format (date, timestamp, uuid, email, uri), required (present and not null in
// every sample), nullable, enum candidates for low-cardinality strings, a few examples, and the
// message key's field as primary key. For Avro: the writer's schema (a given .avsc, or the
// Schema Registry's schema of the Confluent wire format's id), with examples and enum candidates
// from the decoded values. The draft is what the samples show: the user edits it before
// publishing.
#pragma once

#include "Kafka.h"
#include "catalog/Catalog.h"

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>
#include <memory>

namespace meshdesk::kafka {

struct InferenceOptions
{
    // a string field is an enum candidate when it has at most enumMaxValues distinct values and
    // each was seen enumMinRepeats times on average (a few samples prove no enum)
    int enumMaxValues = 10;
    int enumMinRepeats = 3;
    int examples = 3; // distinct example values kept per field (none for personal-looking ones)
};

// Accumulates samples; result() turns what was seen into a schema object. Not thread-safe.
class SchemaInferrer
{
public:
    explicit SchemaInferrer(const InferenceOptions &options = {});
    ~SchemaInferrer();
    SchemaInferrer(const SchemaInferrer &) = delete;
    SchemaInferrer &operator=(const SchemaInferrer &) = delete;

    // One message value as JSON bytes (parsed with simdjson); false when it is not a JSON object
    // (counted, with the first reasons kept, each after `origin`, e.g. "partition 0 offset 7: ").
    // The key, when given, is matched against the top-level fields to find the one producers
    // key by.
    bool addJson(const QByteArray &raw, const QByteArray &key = {}, const QString &origin = {});
    // A value already decoded (Avro); false when it is not an object.
    bool addValue(const QJsonValue &value, const QByteArray &key = {}, const QString &origin = {});

    int samples() const;               // objects taken
    int rejected() const;              // values that were not JSON objects
    QStringList rejectReasons() const; // the first few
    void noteReject(const QString &reason);

    // The fields as the samples show them (document order: first appearance).
    std::vector<Field> fields() const;

private:
    struct Node;
    struct Private;
    std::unique_ptr<Private> d;
};

// What `infer` and the Add-to-Mesh dialog ask for.
struct InferRequest
{
    SampleRequest sample; // bootstrap, security, topic, last N per partition, timeout
    QString format = QStringLiteral("json"); // json | avro
    QByteArray avroSchema; // plain Avro: the writer's schema (an .avsc); optional otherwise
    QString registryUrl;   // Avro in the Confluent wire format: where its ids are looked up
    InferenceOptions options;
};

struct InferResult
{
    bool ok = false;
    QString error;
    SchemaObject object;     // name from the topic, physicalName = topic, physicalType = topic
    int samples = 0;         // messages the draft was inferred from
    int rejected = 0;        // messages that were not usable (not JSON, not Avro for the schema)
    QStringList notes;       // what the user should know (rejected values, several schema ids…)
    QByteArray writerSchema; // Avro: the schema the draft was taken from
    int schemaId = -1;       // Avro wire format: its registry id
};

// Samples the topic (bounded by the request's timeout) and drafts its schema object.
InferResult inferTopic(const InferRequest &request);

// The same over messages already read (tests, the dialog's re-inference).
InferResult inferMessages(const QList<Message> &messages, const InferRequest &request);

// A contract around an inferred object: id and name from the topic, draft status, a Kafka server
// naming the bootstrap, topic and format. The caller fills the rest (domain, owner, SLA…).
Contract draftContract(const InferResult &inferred, const QString &bootstrap, const QString &topic,
                       const QString &format);

// A readable, id-safe name of a topic: "checkout.carts.v1" -> "checkout-carts-v1".
QString idFromTopic(const QString &topic);

} // namespace meshdesk::kafka
