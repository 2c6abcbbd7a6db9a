// The per-standard readers. Each takes the root of one YAML/JSON document, already detected,
// and returns the internal model; problems are thrown as ParseError with a location.
#pragma once

#include "YamlNode.h"
#include "catalog/Catalog.h"

namespace meshdesk::formats {

Contract readOdcs(const YamlNode &root);
Contract readDataContractSpec(const YamlNode &root, Diagnostics &warnings);
DataProduct readOdps(const YamlNode &root);
DataProduct readDataProductSpec(const YamlNode &root);
DataProduct readWitboost(const YamlNode &root);
Auxiliary readAuxiliary(const YamlNode &root);
// The Linux Foundation's Open Data Product Specification (opendataproducts.org, 2.x-4.x).
DataProduct readOpenDataProductSpec(const YamlNode &root);

// Avro: one record (or a list of records) -> schema objects. readAvro wraps them in a contract
// whose id is the record's full name.
std::vector<SchemaObject> readAvroObjects(const YamlNode &root);
Contract readAvro(const YamlNode &root);
// JSON Schema (as embedded in Data Contract Specification 0.9 `schema.specification`).
std::vector<SchemaObject> readJsonSchemaObjects(const YamlNode &root);

// Shared pieces: description (text or purpose/usage/limitations), team (ODCS/ODPS list or
// object form) and the owner a team implies.
Description readDescription(const YamlNode &root);
Team readTeamOf(const YamlNode &root);
// ODCS `relationships` of a schema object or property.
std::vector<Relationship> readRelationships(const YamlNode &owner);
QString ownerOf(const Team &team);

// Logical type of a Data Contract Specification / Avro / JSON Schema physical type.
QString logicalTypeOf(const QString &physicalType);

} // namespace meshdesk::formats
