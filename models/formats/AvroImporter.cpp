// Avro schemas (.avsc, JSON) and JSON Schema -> schema objects with nested fields.
#include "Importers.h"
#include "YamlReader.h"

#include <QHash>

namespace meshdesk::formats {

using namespace yaml;

namespace {

struct AvroContext
{
    QHash<QString, const YamlNode *> named; // full and short names of records, enums, fixed
    QString ns;
    int depth = 0;
};

void registerNamed(const YamlNode &t, AvroContext &ctx)
{
    const QString name = str(t, "name");
    if (name.isEmpty())
        return;
    const QString ns = str(t, "namespace");
    ctx.named.insert(name, &t);
    ctx.named.insert((ns.isEmpty() ? ctx.ns : ns) + QLatin1Char('.') + name, &t);
}

// Fills the type-related parts of f from an Avro type (name, record, array, map, enum, union).
void applyAvroType(const YamlNode &type, Field &f, AvroContext &ctx)
{
    if (++ctx.depth > 200)
        fail(&type, QStringLiteral("Avro type nested deeper than 200 levels"));
    if (type.isScalar()) {
        const QString t = type.text;
        if (const YamlNode *def = ctx.named.value(t); def && def != &type) {
            applyAvroType(*def, f, ctx);
        } else {
            f.physicalType = t;
            f.logicalType = logicalTypeOf(t);
        }
    } else if (type.isSeq()) { // union
        QList<const YamlNode *> nonNull;
        bool hasNull = false;
        for (const auto &m : type.items) {
            if (m->isScalar() && m->text == QLatin1String("null"))
                hasNull = true;
            else if (!m->isNull())
                nonNull << m.get();
            else
                hasNull = true;
        }
        f.required = !hasNull;
        if (nonNull.size() == 1) {
            applyAvroType(*nonNull.front(), f, ctx);
        } else {
            QStringList names;
            for (const YamlNode *m : nonNull)
                names << (m->isScalar() ? m->text : str(*m, "type"));
            f.physicalType = QStringLiteral("union<%1>").arg(names.join(QLatin1Char(',')));
            f.logicalType = QStringLiteral("union");
        }
    } else if (type.isMap()) {
        const QString t = str(type, "type");
        const QString logical = str(type, "logicalType");
        f.physicalType = t;
        f.logicalType = logicalTypeOf(t);
        if (t == QLatin1String("record") || t == QLatin1String("error")) {
            registerNamed(type, ctx);
            f.logicalType = QStringLiteral("object");
            f.physicalType = QStringLiteral("record");
            if (f.description.isEmpty())
                f.description = str(type, "doc");
            if (const YamlNode *fields = list(type, "fields")) {
                for (const auto &fn : fields->items) {
                    const YamlNode &fm = requireMap(fn.get(), QStringLiteral("a record field"));
                    Field child;
                    child.line = fm.line;
                    child.name = str(fm, "name");
                    if (child.name.isEmpty())
                        fail(&fm, QStringLiteral("a record field has no 'name'"));
                    child.description = str(fm, "doc");
                    child.required = true;
                    const YamlNode *ct = fm.get(u"type");
                    if (!ct)
                        fail(&fm, QStringLiteral("field '%1' has no 'type'").arg(child.name));
                    applyAvroType(*ct, child, ctx);
                    if (const YamlNode *def = fm.get(u"default"))
                        child.defaultValue = def->isScalar() ? def->text : QStringLiteral("null");
                    if (!str(fm, "logicalType").isEmpty()) // logicalType beside the field's type
                        child.logicalType = str(fm, "logicalType");
                    f.fields.push_back(std::move(child));
                }
            }
        } else if (t == QLatin1String("array")) {
            f.logicalType = QStringLiteral("array");
            Field item;
            item.name = QStringLiteral("[]");
            item.required = true;
            const YamlNode *items = type.get(u"items");
            if (!items)
                fail(&type, QStringLiteral("an array type has no 'items'"));
            applyAvroType(*items, item, ctx);
            f.items.push_back(std::move(item));
        } else if (t == QLatin1String("map")) {
            f.logicalType = QStringLiteral("object");
            Field values;
            values.name = QStringLiteral("{}");
            values.required = true;
            const YamlNode *v = type.get(u"values");
            if (!v)
                fail(&type, QStringLiteral("a map type has no 'values'"));
            applyAvroType(*v, values, ctx);
            f.items.push_back(std::move(values));
        } else if (t == QLatin1String("enum")) {
            registerNamed(type, ctx);
            f.logicalType = QStringLiteral("string");
            f.enumValues = strList(type, "symbols");
        } else if (t == QLatin1String("fixed")) {
            registerNamed(type, ctx);
            f.logicalType = QStringLiteral("string");
            f.physicalType = QStringLiteral("fixed(%1)").arg(str(type, "size"));
        }
        if (!logical.isEmpty()) {
            f.format = logical;
            if (logical == QLatin1String("date"))
                f.logicalType = QStringLiteral("date");
            else if (logical.startsWith(QLatin1String("timestamp")) ||
                     logical.startsWith(QLatin1String("local-timestamp")))
                f.logicalType = QStringLiteral("timestamp");
            else if (logical.startsWith(QLatin1String("time")))
                f.logicalType = QStringLiteral("time");
            else if (logical == QLatin1String("decimal"))
                f.logicalType = QStringLiteral("number");
            else if (logical == QLatin1String("uuid"))
                f.logicalType = QStringLiteral("string");
            f.physicalType = t + QLatin1Char('/') + logical;
        }
    } else {
        fail(&type, QStringLiteral("an Avro type must be a name, a list or a mapping"));
    }
    --ctx.depth;
}

SchemaObject recordToObject(const YamlNode &record, AvroContext &ctx)
{
    if (str(record, "type") != QLatin1String("record"))
        fail(&record, QStringLiteral("a top-level Avro schema must be a record"));
    ctx.ns = str(record, "namespace");
    Field holder;
    applyAvroType(record, holder, ctx);
    SchemaObject so;
    so.line = record.line;
    so.name = str(record, "name");
    so.physicalName = ctx.ns.isEmpty() ? so.name : ctx.ns + QLatin1Char('.') + so.name;
    so.physicalType = QStringLiteral("record");
    so.logicalType = QStringLiteral("object");
    so.description = str(record, "doc");
    so.fields = std::move(holder.fields);
    return so;
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
    std::vector<SchemaObject> out;
    AvroContext ctx;
    if (root.isSeq()) {
        for (const auto &r : root.items)
            out.push_back(
                recordToObject(requireMap(r.get(), QStringLiteral("an Avro schema")), ctx));
    } else {
        out.push_back(recordToObject(requireMap(&root, QStringLiteral("an Avro schema")), ctx));
    }
    return out;
}

Contract readAvro(const YamlNode &root)
{
    Contract c;
    c.format = SourceFormat::Avro;
    c.objects = readAvroObjects(root);
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
