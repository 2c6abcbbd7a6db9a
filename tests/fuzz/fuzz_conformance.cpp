// Fuzz target: the JSON conformance path every Kafka message takes (simdjson straight into the
// check), the Qt path the details pane and the Avro decoder use (decodeJson, then the check
// over QJsonValue), against a contract with nested objects, arrays, enums, patterns and bounds.
#include "formats/DocumentImporter.h"
#include "kafka/Conformance.h"
#include "kafka/Kafka.h"

#include <cstdint>
#include <cstdlib>

using namespace meshdesk;

namespace {
const SchemaObject &schema()
{
    static const SchemaObject object = [] {
        const FileImport f = importBytes(QStringLiteral("fuzz.odcs.yaml"), QByteArrayLiteral(R"(
apiVersion: v3.0.2
kind: DataContract
id: fuzz
version: 1.0.0
status: active
schema:
  - name: order
    properties:
      - {name: id, logicalType: string, required: true, pattern: '^o-[0-9]+$'}
      - {name: amount, logicalType: number, required: true,
         logicalTypeOptions: {minimum: 0, exclusiveMaximum: 1000000}}
      - {name: count, logicalType: integer, logicalTypeOptions: {minimum: 1, maximum: 99}}
      - {name: status, logicalType: string, quality: [], examples: [new]}
      - {name: state, logicalType: string, logicalTypeOptions: {enum: [new, paid, sent]}}
      - {name: when, logicalType: date}
      - {name: code, logicalType: string, logicalTypeOptions: {minLength: 2, maxLength: 5}}
      - name: customer
        logicalType: object
        required: true
        properties:
          - {name: email, logicalType: string, required: true}
          - {name: vip, logicalType: boolean}
      - name: lines
        logicalType: array
        items:
          name: line
          logicalType: object
          properties:
            - {name: sku, logicalType: string, required: true}
            - {name: qty, logicalType: integer}
)"));
        if (!f.ok() || f.documents.empty() || f.documents.front().document.contract.objects.empty())
            abort(); // the fuzz contract itself must import
        return f.documents.front().document.contract.objects.front();
    }();
    return object;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const kafka::ConformanceChecker checker(schema());
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<kafka::Violation> violations;
    (void)checker.checkJson(raw, &violations);
    const kafka::Decoded d = kafka::decodeJson(raw);
    if (d.kind == kafka::Decoded::Kind::Json)
        (void)checker.check(d.json);
    return 0;
}
