// Avro message values (Avro C): plain binary with a known schema, or the Confluent wire format
// (magic byte 0, a 4-byte big-endian schema id, then the binary) with schemas looked up by id.
// Decoded values come out as JSON, so the same conformance check applies.
#pragma once

#include "Kafka.h"
#include "catalog/Catalog.h"

#include <QHash>
#include <functional>
#include <memory>

namespace meshdesk::kafka {

// The Avro schema (JSON) a contract's schema object describes; an .avsc contract keeps its own.
QByteArray avroSchemaFor(const SchemaObject &object);

class AvroDecoder
{
public:
    AvroDecoder();
    ~AvroDecoder();
    AvroDecoder(const AvroDecoder &) = delete;
    AvroDecoder &operator=(const AvroDecoder &) = delete;

    // The schema for plain Avro binary values.
    bool setSchema(const QByteArray &schemaJson, QString *error = nullptr);
    // For the Confluent wire format: returns the schema JSON of an id (a Schema Registry
    // lookup, cached here), or an empty array with the reason in *error.
    using SchemaLookup = std::function<QByteArray(int id, QString *error)>;
    void setSchemaLookup(SchemaLookup lookup) { m_lookup = std::move(lookup); }

    Decoded decode(const QByteArray &value);
    // A value in Avro binary (for tests and the demo feed).
    QByteArray encode(const QJsonObject &object, QString *error = nullptr);

private:
    struct Schema;
    Decoded decodeWith(Schema &schema, const char *data, qsizetype size);
    std::unique_ptr<Schema> m_plain;
    QHash<int, std::shared_ptr<Schema>> m_byId;
    SchemaLookup m_lookup;
};

} // namespace meshdesk::kafka

namespace meshdesk::kafka {
// A Schema Registry lookup over HTTP: GET <url>/schemas/ids/<id> -> {"schema": "..."}; an
// unreachable or failing registry is reported (not fatal), bounded by timeoutMs.
AvroDecoder::SchemaLookup registryLookup(const QString &url, int timeoutMs = 5000);
} // namespace meshdesk::kafka
