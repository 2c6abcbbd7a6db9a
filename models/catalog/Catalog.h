// The one internal model every supported standard is imported into: contracts with schema
// objects and nested fields, and data products with ports. Plain value types: every rule that
// works on them (diff, policies, lineage, conformance) is a pure function testable with data.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace meshdesk {

enum class SourceFormat
{
    Odcs,
    DataContractSpec,
    Odps,
    DataProductSpec,
    Witboost,
    Avro,
    Team,
    SourceSystem
};
QString formatName(SourceFormat f);        // "odcs", "datacontract", ...
QString formatDisplayName(SourceFormat f); // "ODCS", "Data Contract Specification", ...

struct Field
{
    QString name;
    QString businessName;
    QString logicalType;
    QString physicalType;
    QString description;
    QString classification;
    QString format;
    QString pattern;
    bool required = false;
    bool unique = false;
    bool primaryKey = false;
    int primaryKeyPosition = -1;
    bool partitioned = false;
    int partitionKeyPosition = -1;
    bool pii = false;
    bool criticalDataElement = false;
    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum;
    std::optional<qint64> minLength, maxLength;
    QStringList enumValues;
    QStringList tags;
    QJsonArray examples;
    QJsonArray quality;
    QJsonArray authoritativeDefinitions;
    QStringList transformSourceObjects;
    QString transformLogic;
    QJsonArray customProperties;
    QString defaultValue;
    std::vector<Field> fields; // nested object fields
    std::vector<Field> items;  // array element: empty, or exactly one
    int line = 0;

    const Field *arrayItems() const { return items.empty() ? nullptr : &items.front(); }
    int countFieldsRecursive() const;
};

struct SchemaObject
{
    QString name;
    QString physicalName;
    QString physicalType;
    QString logicalType;
    QString businessName;
    QString description;
    QStringList tags;
    QJsonArray quality;
    QJsonArray authoritativeDefinitions;
    QJsonArray customProperties;
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
};

struct TeamMember
{
    QString username;
    QString name;
    QString role;
    QString dateIn;
    QString dateOut;
    QString description;
};

struct Team
{
    QString name;
    QString description;
    std::vector<TeamMember> members;
};

struct Description
{
    QString purpose;
    QString usage;
    QString limitations;
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
    Description description;
    Team team;
    QStringList tags;
    std::vector<Port> inputPorts;
    std::vector<Port> outputPorts;
    std::vector<Port> managementPorts;
    QJsonArray support;
    QJsonArray customProperties;
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
