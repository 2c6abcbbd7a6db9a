// An Avro schema as the specification defines it: a graph of types in which a named type
// (record, enum, fixed) is defined once and referenced by its name, so a recursive type (a
// record holding a list of itself) stays finite. The importer turns it into schema objects and
// fields; the compatibility check (governance/AvroCompatibility) walks the graph itself.
#pragma once

#include "YamlNode.h"

#include <QJsonObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace meshdesk::avro {

struct Type;

struct FieldDef
{
    QString name;
    QStringList aliases;
    QString doc;
    const Type *type = nullptr;
    bool hasDefault = false;
    QJsonValue defaultValue;
    QString logicalType; // a logicalType written beside the field's type (not Avro, but common)
    QJsonObject other;   // attributes Avro does not define (pii, tags, ...), verbatim
    int position = 0;
    int line = 0;
};

struct Type
{
    enum class Kind
    {
        Null,
        Boolean,
        Int,
        Long,
        Float,
        Double,
        Bytes,
        String,
        Record,
        Enum,
        Array,
        Map,
        Union,
        Fixed
    };
    Kind kind = Kind::Null;
    QString fullName; // named types: namespace.name
    QStringList aliases;
    QString doc;
    std::vector<FieldDef> fields;        // record
    QStringList symbols;                 // enum
    std::optional<QString> enumDefault;  // enum
    qint64 size = 0;                     // fixed
    const Type *items = nullptr;         // array items, map values
    std::vector<const Type *> branches;  // union
    QString logicalType;                 // decimal, timestamp-millis, a custom one...
    std::optional<int> precision, scale; // decimal
    QJsonObject other; // attributes Avro does not define (a custom logical type's options...)
    int line = 0;
    int column = 0;

    bool isNamed() const
    {
        return kind == Kind::Record || kind == Kind::Enum || kind == Kind::Fixed;
    }
    QString shortName() const; // the name without its namespace
    QString kindName() const;  // "RECORD", "INT"... (the specification's type names, upper case)
    QString typeName() const;  // "record", "int"... as written in a schema
};

class Schema
{
public:
    // Parses a schema document (JSON/YAML). Throws ParseError with a location for anything the
    // specification does not allow (an unknown type name, a record without fields...).
    static std::shared_ptr<const Schema> parse(const YamlNode &root);

    const Type *root() const { return m_root; }
    const Type *named(const QString &fullName) const;

private:
    const Type *parseType(const YamlNode &n, const QString &ns, int depth);
    Type *make(Type::Kind kind, const YamlNode &at);
    QString qualify(const QString &name, const QString &ns) const;

    std::vector<std::unique_ptr<Type>> m_types;
    std::vector<std::pair<QString, const Type *>> m_names; // in definition order
    const Type *m_root = nullptr;
};

} // namespace meshdesk::avro
