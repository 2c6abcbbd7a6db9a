// Avro schema evolution in Confluent Schema Registry terms: BACKWARD (consumers on the new
// schema read data written with the old), FORWARD (consumers on the old schema read data
// written with the new), FULL (both). Follows the Avro specification's resolution rules as
// Apache Avro's own SchemaCompatibility applies them (and is tested against its test cases):
// promotions int->long->float->double and string<->bytes; records, enums and fixed types match
// by unqualified name or a reader alias (a namespace-only change is the same schema); reader
// fields match writer fields by name or alias, and a reader-only field needs a default; an enum
// default lets a reader take symbols it does not know; a writer union needs every branch
// readable, a reader union one branch that reads the writer's type; fixed sizes must agree.
// Recursive types are walked once per (reader, writer) pair. Beyond Apache Avro's checker, as
// the specification asks: decimals match only with equal precision and scale.
#pragma once

#include "catalog/Catalog.h"
#include "formats/AvroSchema.h"

namespace meshdesk::governance {

struct AvroIncompatibility
{
    enum class Type
    {
        NameMismatch,
        FixedSizeMismatch,
        MissingEnumSymbols,
        ReaderFieldMissingDefaultValue,
        TypeMismatch,
        MissingUnionBranch,
        DecimalMismatch
    };
    Type type = Type::TypeMismatch;
    QString message;  // Apache Avro's wording, e.g. "reader type: INT not compatible with writer
                      // type: LONG"
    QString location; // JSON-pointer-like, as Apache Avro reports it: "/fields/1/type/size"
    QString path;     // the same by field names, for people: "sub_record.b"
    QString typeName() const; // "NAME_MISMATCH", "TYPE_MISMATCH"...
    QString toString() const; // "path: message"
};

// What goes wrong when data written with `writer` is read with `reader` (empty: compatible).
std::vector<AvroIncompatibility> avroIncompatibilities(const avro::Type *reader,
                                                       const avro::Type *writer);

struct AvroCompatibility
{
    bool backward = false;
    bool forward = false;
    QStringList backwardProblems; // why a new reader cannot read old data
    QStringList forwardProblems;  // why an old reader cannot read new data
    bool full() const { return backward && forward; }
    QString level() const; // "FULL", "BACKWARD", "FORWARD" or "NONE"
};

AvroCompatibility avroCompatibility(const avro::Schema &oldSchema, const avro::Schema &newSchema);

} // namespace meshdesk::governance
