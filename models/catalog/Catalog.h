// The one internal model every supported standard is imported into: contracts with schema
// objects and nested fields, and data products with ports. Plain value types: every rule that
// works on them (diff, policies, lineage, conformance) is a pure function testable with data.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace meshdesk {

namespace avro {
class Schema;
}

enum class SourceFormat
{
    Odcs,
    DataContractSpec,
    Odps,
    DataProductSpec,
    Witboost,
    Avro,
    Team,
    SourceSystem,
    OpenDataProductSpec // the Linux Foundation's Open Data Product Specification 2.x-4.x
};
QString formatName(SourceFormat f);        // "odcs", "datacontract", ...
QString formatDisplayName(SourceFormat f); // "ODCS", "Data Contract Specification", ...

// A foreign key (ODCS 3.1 `relationships`, DCS `references`): from one or more properties (empty
// at property level: the property itself) to one or more others (`orders.id`,
// `/schema/orders/properties/id`); composite keys list several.
struct Relationship
{
    QString type; // "foreignKey" when not given
    QStringList from;
    QStringList to;
    QJsonArray customProperties;
    QString key() const; // natural key for diffs: "from->to"
};

struct Field
{
    QString name;
    QString id; // ODCS stable id
    QString businessName;
    QString logicalType;
    QString physicalType;
    QString physicalName;
    QString description;
    QString classification;
    QString format;
    QString pattern;
    QString encryptedName;
    QString semanticType; // ODCS 3.2: column, measure, dimension
    bool required = false;
    bool unique = false;
    bool primaryKey = false;
    int primaryKeyPosition = -1;
    bool partitioned = false;
    int partitionKeyPosition = -1;
    bool pii = false;
    bool criticalDataElement = false;
    bool deprecated = false;
    // Numeric bounds; a bound given as text (ODCS date/time bounds "2020-01-01") is kept in the
    // matching *Text member instead.
    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum;
    QString minimumText, maximumText, exclusiveMinimumText, exclusiveMaximumText;
    std::optional<double> multipleOf;
    std::optional<qint64> minLength, maxLength;
    std::optional<qint64> minItems, maxItems; // arrays
    bool uniqueItems = false;
    std::optional<qint64> minProperties, maxProperties; // objects
    QStringList requiredProperties;                     // an object's `required` list
    std::optional<bool> timezone;                       // ODCS timestamp/time options
    QString defaultTimezone;
    std::optional<int> precision, scale; // decimals (DCS, Avro)
    QStringList enumValues;
    QJsonArray enumDetails; // ODCS 3.2 object-form entries (value, label, description...) verbatim
    QStringList tags;
    QJsonArray synonyms;
    QJsonArray examples;
    QJsonArray quality;
    QJsonArray authoritativeDefinitions;
    std::vector<Relationship> relationships;
    QStringList transformSourceObjects;
    QString transformLogic;
    QString transformDescription;
    QJsonArray customProperties;
    QJsonObject config;  // DCS field config (vendor type overrides)
    QJsonObject links;   // DCS links: name -> URL
    QJsonObject lineage; // DCS field lineage, verbatim
    // Keys the reader does not model (vendor `x-...` extensions, `custom-key`, unknown
    // logicalTypeOptions as "logicalTypeOptions.<key>"), verbatim.
    QJsonObject extensions;
    QString defaultValue;
    QStringList aliases;     // Avro field aliases (former names)
    QString typeName;        // Avro named type (record, enum, fixed): its full name
    QStringList typeAliases; // ... and that type's aliases
    QString typeRef; // Avro: a named type referenced inside its own definition (not expanded)
    std::vector<Field> fields; // nested object fields
    std::vector<Field> items;  // array element or map value: empty, or exactly one
    std::vector<Field> mapKey; // map key (ODCS 3.2 `map.key`, DCS `keys`): empty, or exactly one
    int line = 0;

    const Field *arrayItems() const { return items.empty() ? nullptr : &items.front(); }
    const Field *keyType() const { return mapKey.empty() ? nullptr : &mapKey.front(); }
    int countFieldsRecursive() const;
};

struct SchemaObject
{
    QString name;
    QString id;
    QString physicalName;
    QString physicalType;
    QString logicalType;
    QString businessName;
    QString description;
    QString dataGranularityDescription;
    bool deprecated = false;
    QStringList tags;
    QJsonArray synonyms;
    QJsonArray quality;
    QJsonArray authoritativeDefinitions;
    QJsonArray customProperties;
    std::vector<Relationship> relationships;
    QStringList primaryKey; // DCS model-level primaryKey list
    QJsonObject context;    // ODCS 3.2 AI/semantic context
    QJsonObject config;     // DCS model config
    QJsonObject links;      // DCS links
    QJsonArray examples;    // DCS model examples
    QJsonObject extensions; // keys the reader does not model, verbatim
    std::vector<Field> fields;
    int line = 0;
    int countFieldsRecursive() const;
};

struct Server
{
    QString server; // natural key
    QString type;
    QString environment;
    QString format;
    QJsonObject properties; // everything the document says about it
};

struct Role
{
    QString role;
    QString access;
    QString firstLevelApprovers;
    QString secondLevelApprovers;
    QString description;
    QJsonArray customProperties;
};

struct TeamMember
{
    QString username;
    QString name;
    QString role;
    QString dateIn;
    QString dateOut;
    QString description;
    QJsonObject properties; // the rest: id, replacedByUsername, tags, customProperties, comment...
};

struct Team
{
    QString name;
    QString description;
    std::vector<TeamMember> members;
    QJsonObject properties; // the rest: id, tags, customProperties, authoritativeDefinitions
};

struct Description
{
    QString purpose;
    QString usage;
    QString limitations;
    QJsonArray customProperties; // ODCS 3.1 / ODPS `description.customProperties`
    QJsonArray authoritativeDefinitions;
    QString text() const; // the parts joined, for search and short views
};

struct Contract
{
    QString id;
    QString name;
    QString version;
    QString status;
    QString domain;
    QString dataProduct;
    QString tenant;
    QString owner; // team name, info.owner, or the first owner-like member
    SourceFormat format = SourceFormat::Odcs;
    QString formatVersion; // declared apiVersion / dataContractSpecification
    Description description;
    Team team;
    std::vector<Server> servers;
    std::vector<Role> roles;
    std::vector<SchemaObject> objects;
    QStringList tags;
    QJsonArray slaProperties;
    QJsonArray support;
    QJsonObject price;
    QJsonObject terms;
    QJsonArray quality;
    QJsonArray authoritativeDefinitions;
    QJsonArray customProperties;
    QJsonObject context;    // ODCS 3.2 AI/semantic context
    QJsonObject links;      // DCS links
    QString createdTs;      // ODCS contractCreatedTs
    QJsonObject extensions; // top-level keys the reader does not model, verbatim
    std::shared_ptr<const avro::Schema> avroSchema; // Avro contracts: the schema as a type graph
    int countFields() const;
};

struct Port
{
    QString name;
    QString version;
    QString contractId; // ODPS contractId or DPS dataContractId
    QString description;
    QString type;
    QString server; // server / location / topic, where the document says
    QStringList tags;
    bool deprecated = false; // ODPS 1.1
    // Everything else the document says about the port (sbom, inputContracts, synonyms, context,
    // customProperties, content...), verbatim.
    QJsonObject properties;
};

struct DataProduct
{
    QString id;
    QString name;
    QString domain;
    QString status;
    QString version;
    QString tenant;
    QString owner;
    SourceFormat format = SourceFormat::Odps;
    QString formatVersion;
    QString type;            // ODPS 1.1: sourceAligned, aggregate, consumerAligned...
    bool deprecated = false; // ODPS 1.1
    Description description;
    Team team;
    QStringList tags;
    QJsonArray synonyms; // ODPS 1.1
    QJsonObject context; // ODPS 1.1 AI/semantic context
    std::vector<Port> inputPorts;
    std::vector<Port> outputPorts;
    std::vector<Port> managementPorts;
    QJsonArray support;
    QJsonArray customProperties;
    QJsonArray authoritativeDefinitions;
    QString createdTs;      // productCreatedTs
    QJsonObject extensions; // keys the reader does not model (Linux Foundation ODPS: its blocks)
};

// A team or source system document (Data Product Specification repositories keep these next to
// products); kept so the import of such a repository is complete.
struct Auxiliary
{
    QString id;
    QString name;
    QString owner;
    QString type;
    QJsonObject properties;
};

// One document of an imported file.
struct ImportedDocument
{
    enum class Kind
    {
        Contract,
        Product,
        Team,
        SourceSystem
    };
    Kind kind = Kind::Contract;
    int line = 1; // where the document starts
    Contract contract;
    DataProduct product;
    Auxiliary auxiliary;

    QString key() const;      // the id the store keys versions by
    QString kindName() const; // "contract", "product", "team", "source"
    QString name() const;
    QString version() const;
    QString domain() const;
    QString status() const;
    QString owner() const;
    SourceFormat format() const;
    QString formatVersion() const;
};

// A JSON value as text for people: strings as they are, numbers and booleans spelled out,
// arrays and objects as compact JSON.
QString jsonText(const QJsonValue &v);

// Stable JSON of the model (the --json contract of `show`).
QJsonObject toJson(const Field &f);
QJsonObject toJson(const SchemaObject &o);
QJsonObject toJson(const Contract &c);
QJsonObject toJson(const DataProduct &p);
QJsonObject toJson(const Auxiliary &a);
QJsonObject toJson(const ImportedDocument &d);

} // namespace meshdesk
