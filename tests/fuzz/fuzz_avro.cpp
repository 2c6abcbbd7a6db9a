// Fuzz target: the Avro decoder (AvroDecoder::decode: the bounds check, then libavro, then the
// JSON it renders) with a schema using every Avro type, including a recursive record, in
// plain binary and in the Confluent wire format (magic byte, schema id) with a lookup.
#include "kafka/AvroDecoder.h"

#include <cstdint>

using namespace meshdesk;

namespace {
const QByteArray kSchema = QByteArrayLiteral(R"({
  "type": "record", "name": "Event", "namespace": "fuzz",
  "fields": [
    {"name": "id", "type": "string"},
    {"name": "payload", "type": "bytes"},
    {"name": "n", "type": "int"},
    {"name": "big", "type": "long"},
    {"name": "ratio", "type": "float"},
    {"name": "amount", "type": "double"},
    {"name": "ok", "type": "boolean"},
    {"name": "state", "type": {"type": "enum", "name": "State", "symbols": ["NEW", "PAID"]}},
    {"name": "hash", "type": {"type": "fixed", "name": "Hash", "size": 4}},
    {"name": "tags", "type": {"type": "array", "items": "string"}},
    {"name": "attrs", "type": {"type": "map", "values": ["null", "string", "long"]}},
    {"name": "note", "type": ["null", "string"], "default": null},
    {"name": "next", "type": ["null", {"type": "record", "name": "Node", "fields": [
        {"name": "v", "type": "int"}, {"name": "next", "type": ["null", "Node"]}]}]}
  ]})");
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static kafka::AvroDecoder plain, wire;
    static const bool ready = [] {
        plain.setSchema(kSchema);
        wire.setSchemaLookup([](int id, QString *) { return id == 7 ? kSchema : QByteArray(); });
        return true;
    }();
    (void)ready;
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)plain.decode(value);
    (void)wire.decode(QByteArray("\0\0\0\0\7", 5) + value);
    return 0;
}
