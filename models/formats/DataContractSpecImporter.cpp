// Data Contract Specification 0.9.x - 1.2.x (datacontract.com) -> Contract.
#include "Importers.h"
#include "YamlReader.h"

namespace meshdesk::formats {

using namespace yaml;

QString logicalTypeOf(const QString &physicalType)
{
    const QString t = physicalType.toLower();
    static const QHash<QString, QString> map = {
        {QStringLiteral("string"), QStringLiteral("string")},
        {QStringLiteral("text"), QStringLiteral("string")},
        {QStringLiteral("varchar"), QStringLiteral("string")},
        {QStringLiteral("enum"), QStringLiteral("string")},
        {QStringLiteral("fixed"), QStringLiteral("string")},
        {QStringLiteral("uuid"), QStringLiteral("string")},
        {QStringLiteral("bytes"), QStringLiteral("string")},
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("integer"), QStringLiteral("integer")},
        {QStringLiteral("long"), QStringLiteral("integer")},
        {QStringLiteral("bigint"), QStringLiteral("integer")},
        {QStringLiteral("float"), QStringLiteral("number")},
        {QStringLiteral("double"), QStringLiteral("number")},
        {QStringLiteral("decimal"), QStringLiteral("number")},
        {QStringLiteral("numeric"), QStringLiteral("number")},
        {QStringLiteral("number"), QStringLiteral("number")},
        {QStringLiteral("boolean"), QStringLiteral("boolean")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("date"), QStringLiteral("date")},
        {QStringLiteral("timestamp"), QStringLiteral("timestamp")},
        {QStringLiteral("timestamp_tz"), QStringLiteral("timestamp")},
        {QStringLiteral("timestamp_ntz"), QStringLiteral("timestamp")},
        {QStringLiteral("time"), QStringLiteral("time")},
        {QStringLiteral("object"), QStringLiteral("object")},
        {QStringLiteral("record"), QStringLiteral("object")},
        {QStringLiteral("struct"), QStringLiteral("object")},
        {QStringLiteral("map"), QStringLiteral("map")},
        {QStringLiteral("array"), QStringLiteral("array")},
        {QStringLiteral("null"), QStringLiteral("null")},
    };
    return map.value(t, t);
}

namespace {

struct DcsContext
{
    const YamlNode *definitions = nullptr;
    Diagnostics *warnings = nullptr;
    int depth = 0;
};

void applyFieldKeys(const YamlNode &fm, Field &f, DcsContext &ctx);

// Reads one field mapping; `$ref` to #/definitions/x is resolved first and the field's own
// keys are applied over the definition's.
Field readField(const QString &name, const YamlNode &fm, DcsContext &ctx)
{
    Field f;
    f.name = name;
    f.line = fm.line;
    const QString ref = str(fm, "$ref");
    if (!ref.isEmpty()) {
        const QString prefix = QStringLiteral("#/definitions/");
        const YamlNode *def = nullptr;
        if (ref.startsWith(prefix) && ctx.definitions)
            def = ctx.definitions->get(ref.mid(prefix.size()));
        if (!def) {
            const auto *e = fm.entry(u"$ref");
            if (ref.startsWith(prefix))
                throw ParseError{
                    e->line, e->column,
                    QStringLiteral("'$ref: %1' names no entry of 'definitions'").arg(ref)};
            ctx.warnings->append(
                {Diagnostic::Severity::Warning, QString(), e->line, e->column,
                 QStringLiteral("external $ref '%1' is kept but not resolved").arg(ref)});
        } else {
            if (++ctx.depth > 64)
                fail(&fm, QStringLiteral("'$ref' chain deeper than 64 (a reference cycle?)"));
            applyFieldKeys(requireMap(def, QStringLiteral("definition '%1'").arg(ref)), f, ctx);
            --ctx.depth;
        }
    }
    applyFieldKeys(fm, f, ctx);
    return f;
}

const QSet<QString> &knownFieldKeys()
{
    static const QSet<QString> keys = {QStringLiteral("$ref"),
                                       QStringLiteral("type"),
                                       QStringLiteral("description"),
                                       QStringLiteral("title"),
                                       QStringLiteral("required"),
                                       QStringLiteral("unique"),
                                       QStringLiteral("primaryKey"),
                                       QStringLiteral("primary"),
                                       QStringLiteral("pii"),
                                       QStringLiteral("classification"),
                                       QStringLiteral("format"),
                                       QStringLiteral("pattern"),
                                       QStringLiteral("enum"),
                                       QStringLiteral("minLength"),
                                       QStringLiteral("maxLength"),
                                       QStringLiteral("minimum"),
                                       QStringLiteral("maximum"),
                                       QStringLiteral("exclusiveMinimum"),
                                       QStringLiteral("exclusiveMaximum"),
                                       QStringLiteral("tags"),
                                       QStringLiteral("examples"),
                                       QStringLiteral("example"),
                                       QStringLiteral("quality"),
                                       QStringLiteral("lineage"),
                                       QStringLiteral("fields"),
                                       QStringLiteral("items"),
                                       QStringLiteral("keys"),
                                       QStringLiteral("values"),
                                       QStringLiteral("precision"),
                                       QStringLiteral("scale"),
                                       QStringLiteral("references"),
                                       QStringLiteral("config"),
                                       QStringLiteral("links")};
    return keys;
}

void applyFieldKeys(const YamlNode &fm, Field &f, DcsContext &ctx)
{
    auto has = [&](const char *k) { return fm.get(QLatin1String(k)) != nullptr; };
    if (has("type")) {
        f.physicalType = str(fm, "type");
        f.logicalType = logicalTypeOf(f.physicalType);
    }
    if (has("description"))
        f.description = str(fm, "description");
    if (has("title"))
        f.businessName = str(fm, "title");
    if (has("required"))
        f.required = boolean(fm, "required");
    if (has("unique"))
        f.unique = boolean(fm, "unique");
    if (has("primaryKey") || has("primary"))
        f.primaryKey = boolean(fm, has("primaryKey") ? "primaryKey" : "primary");
    if (has("pii"))
        f.pii = boolean(fm, "pii");
    if (has("classification"))
        f.classification = str(fm, "classification");
    if (has("format"))
        f.format = str(fm, "format");
    if (has("pattern"))
        f.pattern = str(fm, "pattern");
    if (has("enum"))
        f.enumValues = strList(fm, "enum");
    if (has("minLength"))
        f.minLength = integer(fm, "minLength");
    if (has("maxLength"))
        f.maxLength = integer(fm, "maxLength");
    if (has("minimum"))
        f.minimum = number(fm, "minimum");
    if (has("maximum"))
        f.maximum = number(fm, "maximum");
    if (has("exclusiveMinimum"))
        f.exclusiveMinimum = number(fm, "exclusiveMinimum");
    if (has("exclusiveMaximum"))
        f.exclusiveMaximum = number(fm, "exclusiveMaximum");
    if (has("tags"))
        f.tags = strList(fm, "tags");
    if (has("examples"))
        f.examples = jsonArray(fm, "examples");
    if (has("example"))
        f.examples = QJsonArray{fm.get(u"example")->toJson()};
    if (has("quality"))
        f.quality = jsonArray(fm, "quality");
    if (has("precision"))
        f.precision = int(integer(fm, "precision").value_or(0));
    if (has("scale"))
        f.scale = int(integer(fm, "scale").value_or(0));
    if (has("references")) {
        const QString ref = str(fm, "references");
        f.relationships.clear();
        if (!ref.isEmpty())
            f.relationships.push_back({QStringLiteral("foreignKey"), {}, {ref}, {}});
    }
    if (has("config"))
        f.config = jsonObject(fm, "config");
    if (has("links"))
        f.links = jsonObject(fm, "links");
    const QJsonObject ext = unknownKeys(fm, knownFieldKeys());
    for (auto it = ext.begin(); it != ext.end(); ++it)
        f.extensions.insert(it.key(), it.value());
    if (const YamlNode *lineage = mapping(fm, "lineage")) {
        f.lineage = lineage->toJson().toObject();
        f.transformSourceObjects.clear();
        if (const YamlNode *inputs = list(*lineage, "inputFields"))
            for (const auto &i : inputs->items)
                if (i->isMap())
                    f.transformSourceObjects
                        << (str(*i, "name") + QLatin1Char('.') + str(*i, "field"));
    }
    if (const YamlNode *fields = mapping(fm, "fields")) {
        f.fields.clear();
        for (const auto &e : fields->entries)
            f.fields.push_back(readField(
                e.key, requireMap(e.value.get(), QStringLiteral("field '%1'").arg(e.key)), ctx));
    }
    if (const YamlNode *items = mapping(fm, "items")) {
        f.items.clear();
        f.items.push_back(readField(QStringLiteral("[]"), *items, ctx));
    }
    if (const YamlNode *values = mapping(fm, "values")) { // map value type
        f.items.clear();
        f.items.push_back(readField(QStringLiteral("{}"), *values, ctx));
    }
    if (const YamlNode *keys = mapping(fm, "keys")) { // map key type
        f.mapKey.clear();
        f.mapKey.push_back(readField(QStringLiteral("{key}"), *keys, ctx));
    }
}

// dbt's schema.yml (`models: [{name, description, columns: [...]}]`), as DCS 0.9 embeds it.
std::vector<SchemaObject> readDbtModels(const YamlNode &root)
{
    std::vector<SchemaObject> out;
    const YamlNode &r = requireMap(&root, QStringLiteral("an embedded dbt schema"));
    const YamlNode *models = list(r, "models");
    if (!models)
        return out;
    for (const auto &m : models->items) {
        const YamlNode &mm = requireMap(m.get(), QStringLiteral("a dbt model"));
        SchemaObject so;
        so.line = mm.line;
        so.name = str(mm, "name");
        if (so.name.isEmpty())
            fail(&mm, QStringLiteral("a dbt model has no 'name'"));
        so.physicalName = so.name;
        so.physicalType = QStringLiteral("dbt");
        so.logicalType = QStringLiteral("object");
        so.description = str(mm, "description");
        if (const YamlNode *columns = list(mm, "columns")) {
            for (const auto &c : columns->items) {
                const YamlNode &cm = requireMap(c.get(), QStringLiteral("a dbt column"));
                Field f;
                f.line = cm.line;
                f.name = str(cm, "name");
                if (f.name.isEmpty())
                    fail(&cm, QStringLiteral("a dbt column has no 'name'"));
                f.physicalType = str(cm, "data_type");
                if (f.physicalType.isEmpty())
                    f.physicalType = str(cm, "type");
                f.logicalType = logicalTypeOf(f.physicalType);
                f.description = str(cm, "description");
                // dbt tests and constraints: not_null, unique, accepted_values, primary_key
                auto apply = [&](const YamlNode &t) {
                    const QString name = t.isScalar()                      ? t.text
                                         : t.isMap() && !t.entries.empty() ? t.entries.front().key
                                         : t.isMap()                       ? str(t, "type")
                                                                           : QString();
                    const QString kind = t.isMap() && t.get(u"type") ? str(t, "type") : name;
                    if (kind == QLatin1String("not_null"))
                        f.required = true;
                    else if (kind == QLatin1String("unique"))
                        f.unique = true;
                    else if (kind == QLatin1String("primary_key"))
                        f.primaryKey = f.required = f.unique = true;
                    else if (kind == QLatin1String("accepted_values") && t.isMap())
                        if (const YamlNode *av = t.entries.front().value.get(); av && av->isMap())
                            f.enumValues = strList(*av, "values");
                };
                for (const char *key : {"tests", "data_tests", "constraints"})
                    if (const YamlNode *tests = list(cm, key))
                        for (const auto &t : tests->items)
                            apply(*t);
                if (const YamlNode *tests = cm.get(u"tests"))
                    f.quality = tests->toJson().toArray();
                so.fields.push_back(std::move(f));
            }
        }
        out.push_back(std::move(so));
    }
    return out;
}

// 0.9.0 keeps its schema as an embedded Avro, JSON Schema or dbt document.
std::vector<SchemaObject> readEmbeddedSchema(const YamlNode &schema, Diagnostics &warnings)
{
    const QString type = str(schema, "type").toLower();
    const YamlNode *spec = schema.get(u"specification");
    if (!spec || spec->isNull())
        return {};
    YamlNodePtr parsed;
    if (spec->isScalar()) {
        std::vector<YamlDocument> docs;
        ParseError err;
        if (!loadYaml(spec->text.toUtf8(), docs, err) || docs.empty())
            throw ParseError{spec->line + err.line, err.column,
                             QStringLiteral("embedded %1 schema: %2").arg(type, err.message)};
        parsed = docs.front().root;
    }
    const YamlNode &root = parsed ? *parsed : *spec;
    if (root.isMap() && root.get(u"$ref")) {
        warnings.append({Diagnostic::Severity::Warning, QString(), spec->line, spec->column,
                         QStringLiteral("the embedded %1 schema refers to '%2': kept, not read")
                             .arg(type, jsonText(root.get(u"$ref")->toJson()))});
        return {};
    }
    if (type == QLatin1String("avro"))
        return readAvroObjects(root);
    if (type == QLatin1String("json-schema") || type == QLatin1String("jsonschema"))
        return readJsonSchemaObjects(root);
    if (type == QLatin1String("dbt"))
        return readDbtModels(root);
    // other schema languages (protobuf, SQL DDL, BigQuery JSON...) are kept verbatim only
    warnings.append({Diagnostic::Severity::Warning, QString(), schema.line, schema.column,
                     QStringLiteral("an embedded '%1' schema is kept verbatim; MeshDesk does not "
                                    "read its fields")
                         .arg(type)});
    return {};
}

} // namespace

Contract readDataContractSpec(const YamlNode &root, Diagnostics &warnings)
{
    Contract c;
    c.format = SourceFormat::DataContractSpec;
    c.formatVersion = str(root, "dataContractSpecification");
    c.id = str(root, "id");
    if (c.id.isEmpty())
        fail(&root, QStringLiteral("the contract has no 'id'"));
    const YamlNode &info = requireMap(root.get(u"info"), QStringLiteral("'info'"));
    c.name = str(info, "title");
    if (c.name.isEmpty())
        c.name = c.id;
    c.version = str(info, "version");
    c.status = str(info, "status");
    c.description.purpose = str(info, "description");
    c.owner = str(info, "owner");
    c.team.name = c.owner;
    c.dataProduct = str(info, "dataProduct");
    c.domain = str(info, "domain");
    if (const YamlNode *contact = mapping(info, "contact")) {
        TeamMember m;
        m.name = str(*contact, "name");
        m.username = str(*contact, "email");
        if (m.username.isEmpty())
            m.username = m.name;
        m.role = QStringLiteral("contact");
        static const QSet<QString> contactKeys = {QStringLiteral("name"), QStringLiteral("email")};
        m.properties = unknownKeys(*contact, contactKeys); // url...
        if (m.username.isEmpty())
            m.username = str(*contact, "url");
        if (!m.username.isEmpty())
            c.team.members.push_back(m);
    }
    c.tags = strList(root, "tags");
    if (const YamlNode *servers = mapping(root, "servers")) {
        for (const auto &e : servers->entries) {
            const YamlNode &sm =
                requireMap(e.value.get(), QStringLiteral("server '%1'").arg(e.key));
            Server s;
            s.server = e.key;
            s.type = str(sm, "type");
            s.environment = str(sm, "environment");
            s.format = str(sm, "format");
            s.properties = sm.toJson().toObject();
            if (const YamlNode *roles = list(sm, "roles"))
                for (const auto &r : roles->items)
                    if (r->isMap())
                        c.roles.push_back({str(*r, "name"),
                                           QStringLiteral("read"),
                                           {},
                                           {},
                                           str(*r, "description"),
                                           {}});
            c.servers.push_back(s);
        }
    }
    if (const YamlNode *terms = mapping(root, "terms")) {
        c.terms = terms->toJson().toObject();
        c.description.usage = str(*terms, "usage");
        c.description.limitations = str(*terms, "limitations");
    }
    DcsContext ctx;
    ctx.definitions = mapping(root, "definitions");
    ctx.warnings = &warnings;
    if (const YamlNode *models = mapping(root, "models")) {
        for (const auto &e : models->entries) {
            const YamlNode &mm = requireMap(e.value.get(), QStringLiteral("model '%1'").arg(e.key));
            SchemaObject so;
            so.line = mm.line;
            so.name = e.key;
            so.physicalName = e.key;
            so.physicalType = str(mm, "type");
            so.logicalType = QStringLiteral("object");
            so.businessName = str(mm, "title");
            so.description = str(mm, "description");
            so.tags = strList(mm, "tags");
            so.quality =
                mm.get(u"quality") && !mm.get(u"quality")->isNull()
                    ? (mm.get(u"quality")->isSeq() ? mm.get(u"quality")->toJson().toArray()
                                                   : QJsonArray{mm.get(u"quality")->toJson()})
                    : QJsonArray();
            so.config = jsonObject(mm, "config");
            so.links = jsonObject(mm, "links");
            if (const YamlNode *ex = mm.get(u"examples"); ex && !ex->isNull())
                so.examples = ex->isSeq() ? ex->toJson().toArray() : QJsonArray{ex->toJson()};
            static const QSet<QString> modelKeys = {
                QStringLiteral("description"), QStringLiteral("type"),
                QStringLiteral("title"),       QStringLiteral("fields"),
                QStringLiteral("quality"),     QStringLiteral("tags"),
                QStringLiteral("config"),      QStringLiteral("links"),
                QStringLiteral("examples"),    QStringLiteral("primaryKey")};
            so.extensions = unknownKeys(mm, modelKeys);
            const QStringList pk = mm.get(u"primaryKey") && mm.get(u"primaryKey")->isSeq()
                                       ? strList(mm, "primaryKey")
                                       : QStringList();
            so.primaryKey = pk;
            if (const YamlNode *fields = mapping(mm, "fields")) {
                for (const auto &fe : fields->entries) {
                    Field f = readField(
                        fe.key,
                        requireMap(fe.value.get(), QStringLiteral("field '%1'").arg(fe.key)), ctx);
                    if (const int pos = int(pk.indexOf(f.name)); pos >= 0) {
                        f.primaryKey = true;
                        f.primaryKeyPosition = pos + 1;
                    }
                    so.fields.push_back(std::move(f));
                }
            }
            c.objects.push_back(std::move(so));
        }
    } else if (const YamlNode *schema = mapping(root, "schema")) {
        c.objects = readEmbeddedSchema(*schema, warnings);
    }
    if (const YamlNode *quality = root.get(u"quality"); quality && !quality->isNull())
        c.quality = quality->isSeq() ? quality->toJson().toArray() : QJsonArray{quality->toJson()};
    if (const YamlNode *sl = mapping(root, "servicelevels")) {
        for (const auto &e : sl->entries) {
            QJsonObject o = e.value->toJson().toObject();
            o.insert(QStringLiteral("property"), e.key);
            c.slaProperties.append(o);
        }
    }
    c.links = jsonObject(root, "links");
    // `definitions` stays in the extensions too: a definition no field refers to is kept
    static const QSet<QString> topKeys = {QStringLiteral("dataContractSpecification"),
                                          QStringLiteral("id"),
                                          QStringLiteral("info"),
                                          QStringLiteral("servers"),
                                          QStringLiteral("terms"),
                                          QStringLiteral("models"),
                                          QStringLiteral("schema"),
                                          QStringLiteral("quality"),
                                          QStringLiteral("servicelevels"),
                                          QStringLiteral("tags"),
                                          QStringLiteral("links")};
    c.extensions = unknownKeys(root, topKeys);
    static const QSet<QString> infoKeys = {
        QStringLiteral("title"),  QStringLiteral("version"),     QStringLiteral("status"),
        QStringLiteral("owner"),  QStringLiteral("description"), QStringLiteral("contact"),
        QStringLiteral("domain"), QStringLiteral("dataProduct")};
    const QJsonObject infoExt = unknownKeys(info, infoKeys);
    for (auto it = infoExt.begin(); it != infoExt.end(); ++it)
        c.extensions.insert(QStringLiteral("info.") + it.key(), it.value());
    return c;
}

} // namespace meshdesk::formats
