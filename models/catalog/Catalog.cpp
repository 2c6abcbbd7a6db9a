#include "Catalog.h"

#include <QJsonDocument>

namespace meshdesk {

QString formatName(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Odcs:
        return QStringLiteral("odcs");
    case SourceFormat::DataContractSpec:
        return QStringLiteral("datacontract");
    case SourceFormat::Odps:
        return QStringLiteral("odps");
    case SourceFormat::DataProductSpec:
        return QStringLiteral("dataproduct-specification");
    case SourceFormat::Witboost:
        return QStringLiteral("witboost");
    case SourceFormat::Avro:
        return QStringLiteral("avro");
    case SourceFormat::Team:
        return QStringLiteral("team");
    case SourceFormat::SourceSystem:
        return QStringLiteral("sourcesystem");
    case SourceFormat::OpenDataProductSpec:
        return QStringLiteral("opendataproducts");
    }
    return {};
}

QString formatDisplayName(SourceFormat f)
{
    switch (f) {
    case SourceFormat::Odcs:
        return QStringLiteral("ODCS");
    case SourceFormat::DataContractSpec:
        return QStringLiteral("Data Contract Specification");
    case SourceFormat::Odps:
        return QStringLiteral("ODPS");
    case SourceFormat::DataProductSpec:
        return QStringLiteral("Data Product Specification");
    case SourceFormat::Witboost:
        return QStringLiteral("Witboost Data Product Descriptor");
    case SourceFormat::Avro:
        return QStringLiteral("Avro");
    case SourceFormat::Team:
        return QStringLiteral("Team");
    case SourceFormat::SourceSystem:
        return QStringLiteral("Source system");
    case SourceFormat::OpenDataProductSpec:
        return QStringLiteral("Open Data Product Specification");
    }
    return {};
}

QString Relationship::key() const
{
    return from.join(QLatin1Char(',')) + QStringLiteral("->") + to.join(QLatin1Char(','));
}

int Field::countFieldsRecursive() const
{
    int n = 1;
    for (const Field &f : fields)
        n += f.countFieldsRecursive();
    for (const Field &f : items)
        n += f.countFieldsRecursive() - 1; // the element itself is not a field of its own
    return n;
}

int SchemaObject::countFieldsRecursive() const
{
    int n = 0;
    for (const Field &f : fields)
        n += f.countFieldsRecursive();
    return n;
}

int Contract::countFields() const
{
    int n = 0;
    for (const SchemaObject &o : objects)
        n += o.countFieldsRecursive();
    return n;
}

QString Description::text() const
{
    QStringList parts;
    for (const QString *s : {&purpose, &usage, &limitations})
        if (!s->isEmpty())
            parts << *s;
    return parts.join(QLatin1Char('\n'));
}

QString ImportedDocument::key() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.id;
    case Kind::Product:
        return product.id;
    default:
        return auxiliary.id;
    }
}

QString ImportedDocument::kindName() const
{
    switch (kind) {
    case Kind::Contract:
        return QStringLiteral("contract");
    case Kind::Product:
        return QStringLiteral("product");
    case Kind::Team:
        return QStringLiteral("team");
    case Kind::SourceSystem:
        return QStringLiteral("source");
    }
    return {};
}

QString ImportedDocument::name() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.name;
    case Kind::Product:
        return product.name;
    default:
        return auxiliary.name;
    }
}

QString ImportedDocument::version() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.version;
    case Kind::Product:
        return product.version;
    default:
        return {};
    }
}

QString ImportedDocument::domain() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.domain;
    case Kind::Product:
        return product.domain;
    default:
        return {};
    }
}

QString ImportedDocument::status() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.status;
    case Kind::Product:
        return product.status;
    default:
        return {};
    }
}

QString ImportedDocument::owner() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.owner;
    case Kind::Product:
        return product.owner;
    default:
        return auxiliary.owner;
    }
}

SourceFormat ImportedDocument::format() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.format;
    case Kind::Product:
        return product.format;
    case Kind::Team:
        return SourceFormat::Team;
    case Kind::SourceSystem:
        return SourceFormat::SourceSystem;
    }
    return SourceFormat::Odcs;
}

QString ImportedDocument::formatVersion() const
{
    switch (kind) {
    case Kind::Contract:
        return contract.formatVersion;
    case Kind::Product:
        return product.formatVersion;
    default:
        return {};
    }
}

// ---- JSON -------------------------------------------------------------------------------

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

namespace {

void putString(QJsonObject &o, const char *key, const QString &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

void putArray(QJsonObject &o, const char *key, const QJsonArray &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

void putList(QJsonObject &o, const char *key, const QStringList &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), QJsonArray::fromStringList(v));
}

void putObject(QJsonObject &o, const char *key, const QJsonObject &v)
{
    if (!v.isEmpty())
        o.insert(QLatin1String(key), v);
}

// A bound: the number, or the text it was given as (date/time bounds).
void putBound(QJsonObject &o, const char *key, const std::optional<double> &n, const QString &text)
{
    if (n)
        o.insert(QLatin1String(key), *n);
    else if (!text.isEmpty())
        o.insert(QLatin1String(key), text);
}

template <typename T> void putNumber(QJsonObject &o, const char *key, const std::optional<T> &v)
{
    if (v)
        o.insert(QLatin1String(key), double(*v));
}

QJsonValue refList(const QStringList &l)
{
    return l.size() == 1 ? QJsonValue(l.front()) : QJsonValue(QJsonArray::fromStringList(l));
}

QJsonArray relationshipsJson(const std::vector<Relationship> &rels)
{
    QJsonArray a;
    for (const Relationship &r : rels) {
        QJsonObject o;
        o.insert(QStringLiteral("type"), r.type);
        if (!r.from.isEmpty())
            o.insert(QStringLiteral("from"), refList(r.from));
        o.insert(QStringLiteral("to"), refList(r.to));
        putArray(o, "customProperties", r.customProperties);
        a.append(o);
    }
    return a;
}

QJsonObject descriptionJson(const Description &d)
{
    QJsonObject o;
    putString(o, "purpose", d.purpose);
    putString(o, "usage", d.usage);
    putString(o, "limitations", d.limitations);
    putArray(o, "customProperties", d.customProperties);
    putArray(o, "authoritativeDefinitions", d.authoritativeDefinitions);
    return o;
}

QJsonObject teamJson(const Team &t)
{
    QJsonObject o;
    putString(o, "name", t.name);
    putString(o, "description", t.description);
    QJsonArray members;
    for (const TeamMember &m : t.members) {
        QJsonObject mo;
        mo.insert(QStringLiteral("username"), m.username);
        putString(mo, "name", m.name);
        putString(mo, "role", m.role);
        putString(mo, "dateIn", m.dateIn);
        putString(mo, "dateOut", m.dateOut);
        putString(mo, "description", m.description);
        putObject(mo, "properties", m.properties);
        members.append(mo);
    }
    o.insert(QStringLiteral("members"), members);
    putObject(o, "properties", t.properties);
    return o;
}

QJsonArray portsJson(const std::vector<Port> &ports)
{
    QJsonArray a;
    for (const Port &p : ports) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), p.name);
        putString(o, "version", p.version);
        o.insert(QStringLiteral("contractId"), p.contractId);
        putString(o, "description", p.description);
        putString(o, "type", p.type);
        putString(o, "server", p.server);
        putList(o, "tags", p.tags);
        if (p.deprecated)
            o.insert(QStringLiteral("deprecated"), true);
        putObject(o, "properties", p.properties);
        a.append(o);
    }
    return a;
}

} // namespace

QJsonObject toJson(const Field &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), f.name);
    putString(o, "id", f.id);
    putString(o, "businessName", f.businessName);
    o.insert(QStringLiteral("logicalType"), f.logicalType);
    putString(o, "physicalType", f.physicalType);
    putString(o, "physicalName", f.physicalName);
    putString(o, "encryptedName", f.encryptedName);
    putString(o, "semanticType", f.semanticType);
    putString(o, "typeName", f.typeName);
    putList(o, "typeAliases", f.typeAliases);
    putString(o, "typeRef", f.typeRef);
    putList(o, "aliases", f.aliases);
    if (f.deprecated)
        o.insert(QStringLiteral("deprecated"), true);
    o.insert(QStringLiteral("required"), f.required);
    o.insert(QStringLiteral("unique"), f.unique);
    o.insert(QStringLiteral("primaryKey"), f.primaryKey);
    if (f.primaryKeyPosition >= 0)
        o.insert(QStringLiteral("primaryKeyPosition"), f.primaryKeyPosition);
    if (f.partitioned)
        o.insert(QStringLiteral("partitioned"), true);
    if (f.partitionKeyPosition >= 0)
        o.insert(QStringLiteral("partitionKeyPosition"), f.partitionKeyPosition);
    o.insert(QStringLiteral("pii"), f.pii);
    putString(o, "classification", f.classification);
    if (f.criticalDataElement)
        o.insert(QStringLiteral("criticalDataElement"), true);
    putString(o, "description", f.description);
    putString(o, "format", f.format);
    putString(o, "pattern", f.pattern);
    putString(o, "default", f.defaultValue);
    putBound(o, "minimum", f.minimum, f.minimumText);
    putBound(o, "maximum", f.maximum, f.maximumText);
    putBound(o, "exclusiveMinimum", f.exclusiveMinimum, f.exclusiveMinimumText);
    putBound(o, "exclusiveMaximum", f.exclusiveMaximum, f.exclusiveMaximumText);
    putNumber(o, "multipleOf", f.multipleOf);
    putNumber(o, "minLength", f.minLength);
    putNumber(o, "maxLength", f.maxLength);
    putNumber(o, "minItems", f.minItems);
    putNumber(o, "maxItems", f.maxItems);
    if (f.uniqueItems)
        o.insert(QStringLiteral("uniqueItems"), true);
    putNumber(o, "minProperties", f.minProperties);
    putNumber(o, "maxProperties", f.maxProperties);
    putList(o, "requiredProperties", f.requiredProperties);
    if (f.timezone)
        o.insert(QStringLiteral("timezone"), *f.timezone);
    putString(o, "defaultTimezone", f.defaultTimezone);
    putNumber(o, "precision", f.precision);
    putNumber(o, "scale", f.scale);
    putList(o, "enum", f.enumValues);
    putArray(o, "enumDetails", f.enumDetails);
    putList(o, "tags", f.tags);
    putArray(o, "synonyms", f.synonyms);
    putArray(o, "examples", f.examples);
    putArray(o, "quality", f.quality);
    putArray(o, "authoritativeDefinitions", f.authoritativeDefinitions);
    putArray(o, "relationships", relationshipsJson(f.relationships));
    putList(o, "transformSourceObjects", f.transformSourceObjects);
    putString(o, "transformLogic", f.transformLogic);
    putString(o, "transformDescription", f.transformDescription);
    putArray(o, "customProperties", f.customProperties);
    putObject(o, "config", f.config);
    putObject(o, "links", f.links);
    putObject(o, "lineage", f.lineage);
    putObject(o, "extensions", f.extensions);
    if (const Field *key = f.keyType())
        o.insert(QStringLiteral("mapKey"), toJson(*key));
    if (!f.fields.empty()) {
        QJsonArray a;
        for (const Field &c : f.fields)
            a.append(toJson(c));
        o.insert(QStringLiteral("fields"), a);
    }
    if (const Field *items = f.arrayItems())
        o.insert(QStringLiteral("items"), toJson(*items));
    return o;
}

QJsonObject toJson(const SchemaObject &s)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    putString(o, "id", s.id);
    putString(o, "physicalName", s.physicalName);
    putString(o, "physicalType", s.physicalType);
    putString(o, "logicalType", s.logicalType);
    putString(o, "businessName", s.businessName);
    putString(o, "description", s.description);
    putString(o, "dataGranularityDescription", s.dataGranularityDescription);
    if (s.deprecated)
        o.insert(QStringLiteral("deprecated"), true);
    putList(o, "tags", s.tags);
    putArray(o, "synonyms", s.synonyms);
    putList(o, "primaryKey", s.primaryKey);
    putArray(o, "quality", s.quality);
    putArray(o, "authoritativeDefinitions", s.authoritativeDefinitions);
    putArray(o, "customProperties", s.customProperties);
    putArray(o, "relationships", relationshipsJson(s.relationships));
    putObject(o, "context", s.context);
    putObject(o, "config", s.config);
    putObject(o, "links", s.links);
    putArray(o, "examples", s.examples);
    putObject(o, "extensions", s.extensions);
    QJsonArray a;
    for (const Field &f : s.fields)
        a.append(toJson(f));
    o.insert(QStringLiteral("fields"), a);
    return o;
}

QJsonObject toJson(const Contract &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QStringLiteral("contract"));
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("version"), c.version);
    o.insert(QStringLiteral("status"), c.status);
    o.insert(QStringLiteral("domain"), c.domain);
    putString(o, "dataProduct", c.dataProduct);
    putString(o, "tenant", c.tenant);
    putString(o, "owner", c.owner);
    o.insert(QStringLiteral("format"), formatName(c.format));
    putString(o, "formatVersion", c.formatVersion);
    o.insert(QStringLiteral("description"), descriptionJson(c.description));
    if (!c.team.name.isEmpty() || !c.team.members.empty())
        o.insert(QStringLiteral("team"), teamJson(c.team));
    QJsonArray servers;
    for (const Server &s : c.servers) {
        QJsonObject so = s.properties;
        so.insert(QStringLiteral("server"), s.server);
        putString(so, "type", s.type);
        servers.append(so);
    }
    o.insert(QStringLiteral("servers"), servers);
    QJsonArray roles;
    for (const Role &r : c.roles) {
        QJsonObject ro;
        ro.insert(QStringLiteral("role"), r.role);
        putString(ro, "access", r.access);
        putString(ro, "firstLevelApprovers", r.firstLevelApprovers);
        putString(ro, "secondLevelApprovers", r.secondLevelApprovers);
        putString(ro, "description", r.description);
        putArray(ro, "customProperties", r.customProperties);
        roles.append(ro);
    }
    putArray(o, "roles", roles);
    putList(o, "tags", c.tags);
    putArray(o, "slaProperties", c.slaProperties);
    putArray(o, "support", c.support);
    if (!c.price.isEmpty())
        o.insert(QStringLiteral("price"), c.price);
    if (!c.terms.isEmpty())
        o.insert(QStringLiteral("terms"), c.terms);
    putArray(o, "quality", c.quality);
    putArray(o, "authoritativeDefinitions", c.authoritativeDefinitions);
    putArray(o, "customProperties", c.customProperties);
    putObject(o, "context", c.context);
    putObject(o, "links", c.links);
    putString(o, "createdTs", c.createdTs);
    putObject(o, "extensions", c.extensions);
    QJsonArray objects;
    for (const SchemaObject &s : c.objects)
        objects.append(toJson(s));
    o.insert(QStringLiteral("objects"), objects);
    return o;
}

QJsonObject toJson(const DataProduct &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), QStringLiteral("product"));
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("name"), p.name);
    o.insert(QStringLiteral("version"), p.version);
    o.insert(QStringLiteral("status"), p.status);
    o.insert(QStringLiteral("domain"), p.domain);
    putString(o, "tenant", p.tenant);
    putString(o, "owner", p.owner);
    o.insert(QStringLiteral("format"), formatName(p.format));
    putString(o, "formatVersion", p.formatVersion);
    putString(o, "type", p.type);
    if (p.deprecated)
        o.insert(QStringLiteral("deprecated"), true);
    o.insert(QStringLiteral("description"), descriptionJson(p.description));
    if (!p.team.name.isEmpty() || !p.team.members.empty())
        o.insert(QStringLiteral("team"), teamJson(p.team));
    putList(o, "tags", p.tags);
    putArray(o, "synonyms", p.synonyms);
    putObject(o, "context", p.context);
    o.insert(QStringLiteral("inputPorts"), portsJson(p.inputPorts));
    o.insert(QStringLiteral("outputPorts"), portsJson(p.outputPorts));
    putArray(o, "managementPorts", portsJson(p.managementPorts));
    putArray(o, "support", p.support);
    putArray(o, "customProperties", p.customProperties);
    putArray(o, "authoritativeDefinitions", p.authoritativeDefinitions);
    putString(o, "createdTs", p.createdTs);
    putObject(o, "extensions", p.extensions);
    return o;
}

QJsonObject toJson(const Auxiliary &a)
{
    QJsonObject o = a.properties;
    o.insert(QStringLiteral("id"), a.id);
    o.insert(QStringLiteral("name"), a.name);
    putString(o, "owner", a.owner);
    putString(o, "type", a.type);
    return o;
}

QJsonObject toJson(const ImportedDocument &d)
{
    switch (d.kind) {
    case ImportedDocument::Kind::Contract:
        return toJson(d.contract);
    case ImportedDocument::Kind::Product:
        return toJson(d.product);
    default: {
        QJsonObject o = toJson(d.auxiliary);
        o.insert(QStringLiteral("kind"), d.kindName());
        return o;
    }
    }
}

} // namespace meshdesk
