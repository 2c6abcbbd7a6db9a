// Avro schemas (.avsc, JSON) and JSON Schema -> schema objects with nested fields.
#include "AvroSchema.h"
#include "Importers.h"
#include "YamlReader.h"

#include <QHash>
#include <QSet>

namespace meshdesk::formats {

using namespace yaml;

namespace {

// Our logical type for an Avro logical type; empty for one we do not know (a custom logical
// type such as "timezone" keeps its base type's meaning).
QString logicalOfAvro(const QString &logical)
{
    if (logical == QLatin1String("date"))
        return QStringLiteral("date");
    if (logical == QLatin1String("time-millis") || logical == QLatin1String("time-micros"))
        return QStringLiteral("time");
    static const QStringList timestamps = {
        QStringLiteral("timestamp-millis"),       QStringLiteral("timestamp-micros"),
        QStringLiteral("timestamp-nanos"),        QStringLiteral("local-timestamp-millis"),
        QStringLiteral("local-timestamp-micros"), QStringLiteral("local-timestamp-nanos")};
    if (timestamps.contains(logical))
        return QStringLiteral("timestamp");
    if (logical == QLatin1String("decimal") || logical == QLatin1String("big-decimal"))
        return QStringLiteral("number");
    if (logical == QLatin1String("uuid") || logical == QLatin1String("duration"))
        return QStringLiteral("string");
    return {};
}

// Expands the type graph into nested fields. A named record met again inside its own
// definition is not expanded (it would never end): the field names it in typeRef. So is any
// named record once the expansion has produced 20,000 fields (a schema reusing its types in a
// deep tree, or unions of many records, grows exponentially when expanded): it is shown where
// it was expanded first (each named record is expanded in full once, whatever the budget).
struct Expansion
{
    std::vector<const avro::Type *> stack;
    QSet<const avro::Type *> expanded; // every named record is shown in full at least once
    qint64 budget = 20'000;
};

void applyType(const avro::Type *t, Field &f, Expansion &x)
{
    using K = avro::Type::Kind;
    --x.budget;
    switch (t->kind) {
    case K::Union: {
        std::vector<const avro::Type *> nonNull;
        for (const avro::Type *b : t->branches)
            if (b->kind != K::Null)
                nonNull.push_back(b);
        if (nonNull.size() != t->branches.size())
            f.required = false;
        if (nonNull.size() == 1) {
            applyType(nonNull.front(), f, x);
        } else {
            QStringList names;
            for (const avro::Type *b : nonNull) // a branch's logical type as for a field
                names << (b->isNamed() ? b->shortName()
                          : b->logicalType.isEmpty()
                              ? b->typeName()
                              : b->typeName() + QLatin1Char('/') + b->logicalType);
            f.physicalType = QStringLiteral("union<%1>").arg(names.join(QLatin1Char(',')));
            f.logicalType = QStringLiteral("union");
            // the branches with a structure of their own (records, enums, fixed, arrays,
            // maps) as children named by their type, so nothing of them is lost
            for (const avro::Type *b : nonNull) {
                if (b->kind < K::Record && b->kind != K::Union)
                    continue; // a primitive: its name in the union type says it all
                Field branch;
                branch.name = b->isNamed() ? b->shortName() : b->typeName();
                branch.line = b->line;
                branch.required = true;
                applyType(b, branch, x);
                f.fields.push_back(std::move(branch));
            }
        }
        return;
    }
    case K::Record: {
        f.logicalType = QStringLiteral("object");
        f.physicalType = QStringLiteral("record");
        f.typeName = t->fullName;
        f.typeAliases = t->aliases;
        if (f.description.isEmpty())
            f.description = t->doc;
        for (auto it = t->other.begin(); it != t->other.end(); ++it)
            f.extensions.insert(it.key(), it.value());
        if (std::find(x.stack.begin(), x.stack.end(), t) != x.stack.end() ||
            (x.budget < 0 && x.expanded.contains(t))) {
            f.typeRef = t->fullName;
            return;
        }
        x.stack.push_back(t);
        x.expanded.insert(t);
        for (const avro::FieldDef &fd : t->fields) {
            Field child;
            child.line = fd.line;
            child.name = fd.name;
            child.description = fd.doc;
            child.aliases = fd.aliases;
            child.required = true;
            applyType(fd.type, child, x);
            if (fd.hasDefault)
                child.defaultValue =
                    fd.defaultValue.isNull() ? QStringLiteral("null") : jsonText(fd.defaultValue);
            if (!fd.logicalType.isEmpty()) { // a logicalType beside the type: read it alike
                child.format = fd.logicalType;
                const QString l = logicalOfAvro(fd.logicalType);
                if (!l.isEmpty())
                    child.logicalType = l;
            }
            for (auto it = fd.other.begin(); it != fd.other.end(); ++it)
                child.extensions.insert(it.key(), it.value());
            f.fields.push_back(std::move(child));
        }
        x.stack.pop_back();
        return;
    }
    case K::Enum:
        f.logicalType = QStringLiteral("string");
        f.physicalType = QStringLiteral("enum");
        f.typeName = t->fullName;
        f.typeAliases = t->aliases;
        f.enumValues = t->symbols;
        if (t->enumDefault)
            f.extensions.insert(QStringLiteral("enumDefault"), *t->enumDefault);
        break;
    case K::Fixed:
        f.logicalType = QStringLiteral("string");
        f.physicalType = QStringLiteral("fixed(%1)").arg(t->size);
        f.typeName = t->fullName;
        f.typeAliases = t->aliases;
        break;
    case K::Array: {
        f.logicalType = QStringLiteral("array");
        f.physicalType = QStringLiteral("array");
        Field item;
        item.name = QStringLiteral("[]");
        item.required = true;
        applyType(t->items, item, x);
        f.items.push_back(std::move(item));
        break;
    }
    case K::Map: {
        f.logicalType = QStringLiteral("map");
        f.physicalType = QStringLiteral("map");
        Field values;
        values.name = QStringLiteral("{}");
        values.required = true;
        applyType(t->items, values, x);
        f.items.push_back(std::move(values));
        break;
    }
    default:
        f.physicalType = t->typeName();
        f.logicalType = logicalTypeOf(f.physicalType);
        break;
    }
    for (auto it = t->other.begin(); it != t->other.end(); ++it)
        f.extensions.insert(it.key(), it.value());
    if (!t->logicalType.isEmpty()) {
        f.format = t->logicalType;
        const QString l = logicalOfAvro(t->logicalType);
        if (!l.isEmpty())
            f.logicalType = l;
        f.physicalType =
            (t->kind == K::Fixed ? QStringLiteral("fixed(%1)").arg(t->size) : t->typeName()) +
            QLatin1Char('/') + t->logicalType;
        f.precision = t->precision;
        f.scale = t->scale;
    }
}

// One schema object for a top-level type: a record's fields; anything else (an enum, a fixed,
// an array or map, a primitive) as a single field "value" of that type.
SchemaObject toObject(const avro::Type *type, Expansion &x)
{
    Field holder;
    holder.name = QStringLiteral("value");
    holder.required = true;
    applyType(type, holder, x);
    SchemaObject so;
    so.line = type->line;
    const avro::Type *named = type;
    if (!named->isNamed() && named->items && named->items->isNamed())
        named = named->items; // an array or map of records: named after its element
    so.name = named->isNamed() ? named->shortName() : QStringLiteral("value");
    so.physicalName = named->isNamed() ? named->fullName : so.name;
    so.physicalType = type->typeName();
    so.logicalType = QStringLiteral("object");
    so.description = type->doc;
    if (!type->aliases.isEmpty())
        so.extensions.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(type->aliases));
    if (type->kind == avro::Type::Kind::Record) {
        for (auto it = holder.extensions.begin(); it != holder.extensions.end(); ++it)
            so.extensions.insert(it.key(), it.value());
        so.fields = std::move(holder.fields);
    } else {
        holder.typeName.clear(); // the object carries the name
        so.fields.push_back(std::move(holder));
    }
    return so;
}

std::vector<SchemaObject> objectsOf(const avro::Schema &schema)
{
    std::vector<SchemaObject> out;
    Expansion x; // one budget for the whole document
    const avro::Type *r = schema.root();
    if (r->kind == avro::Type::Kind::Union) { // ["null", Record] or a list of records
        for (const avro::Type *b : r->branches)
            if (b->kind != avro::Type::Kind::Null)
                out.push_back(toObject(b, x));
    } else {
        out.push_back(toObject(r, x));
    }
    return out;
}

Field jsonSchemaField(const QString &name, const YamlNode &s, int depth)
{
    if (depth > 200)
        fail(&s, QStringLiteral("JSON Schema nested deeper than 200 levels"));
    Field f;
    f.name = name;
    f.line = s.line;
    const YamlNode *type = s.get(u"type");
    if (type && type->isSeq()) {
        for (const auto &t : type->items)
            if (t->isScalar() && t->text != QLatin1String("null"))
                f.physicalType = t->text;
    } else {
        f.physicalType = str(s, "type");
    }
    f.logicalType = logicalTypeOf(f.physicalType);
    f.description = str(s, "description");
    f.businessName = str(s, "title");
    f.format = str(s, "format");
    if (f.format == QLatin1String("date-time"))
        f.logicalType = QStringLiteral("timestamp");
    else if (f.format == QLatin1String("date"))
        f.logicalType = QStringLiteral("date");
    f.pattern = str(s, "pattern");
    f.enumValues = strList(s, "enum");
    f.minLength = integer(s, "minLength");
    f.maxLength = integer(s, "maxLength");
    f.minimum = number(s, "minimum");
    f.maximum = number(s, "maximum");
    const QStringList required = strList(s, "required");
    if (const YamlNode *props = mapping(s, "properties")) {
        for (const auto &e : props->entries) {
            Field c = jsonSchemaField(
                e.key, requireMap(e.value.get(), QStringLiteral("property '%1'").arg(e.key)),
                depth + 1);
            c.required = required.contains(e.key);
            f.fields.push_back(std::move(c));
        }
    }
    if (const YamlNode *items = mapping(s, "items")) {
        Field item = jsonSchemaField(QStringLiteral("[]"), *items, depth + 1);
        item.required = true;
        f.items.push_back(std::move(item));
    }
    return f;
}

} // namespace

std::vector<SchemaObject> readAvroObjects(const YamlNode &root)
{
    const auto schema = avro::Schema::parse(root);
    return objectsOf(*schema);
}

Contract readAvro(const YamlNode &root)
{
    Contract c;
    c.format = SourceFormat::Avro;
    c.avroSchema = avro::Schema::parse(root);
    c.objects = objectsOf(*c.avroSchema);
    if (c.objects.empty())
        fail(&root, QStringLiteral("the Avro schema declares no type besides null"));
    const SchemaObject &first = c.objects.front();
    c.id = first.physicalName;
    c.name = first.name;
    c.description.purpose = first.description;
    c.status = QStringLiteral("active");
    return c; // an Avro namespace is a code package, not a mesh domain: the domain stays unset
}

std::vector<SchemaObject> readJsonSchemaObjects(const YamlNode &root)
{
    std::vector<SchemaObject> out;
    auto one = [&](const YamlNode &s) {
        Field holder = jsonSchemaField(str(s, "title"), s, 0);
        SchemaObject so;
        so.line = s.line;
        so.name = holder.name.isEmpty() ? QStringLiteral("object") : holder.name;
        so.physicalName = so.name;
        so.physicalType = QStringLiteral("json-schema");
        so.logicalType = QStringLiteral("object");
        so.description = holder.description;
        so.fields = std::move(holder.fields);
        out.push_back(std::move(so));
    };
    if (root.isSeq()) {
        for (const auto &s : root.items)
            one(requireMap(s.get(), QStringLiteral("a JSON Schema")));
    } else {
        one(requireMap(&root, QStringLiteral("a JSON Schema")));
    }
    return out;
}

} // namespace meshdesk::formats
