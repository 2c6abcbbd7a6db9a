// The demo broker's traffic: for each demo contract with a Kafka topic, realistic events made
// from its schema (values by logical type, enum picks, PII-looking e-mails), a share of them
// deliberately breaking the contract (a field dropped or given a wrong type).
#pragma once

#include "Kafka.h"
#include "catalog/Catalog.h"

#include <QJsonObject>
#include <QRandomGenerator>

namespace meshdesk::kafka {

struct Feed
{
    QString topic;
    SchemaObject schema;
};

// Topics of the contracts' Kafka servers (server type kafka with a `topic`).
QList<Feed> feedsOf(const QList<Contract> &contracts);
// Topics no contract describes (what "Add to Mesh" is for): one per Avro schema (.avsc) in dir,
// named like the file without .avsc, fed with JSON events made from the schema.
QList<Feed> unlistedFeeds(const QString &dir);
QJsonObject demoEvent(const std::vector<Field> &fields, QRandomGenerator &rng, bool broken,
                      int depth = 0);
// One event per feed; returns how many were produced.
int produceRound(MockBroker &broker, const QList<Feed> &feeds, QRandomGenerator &rng,
                 int violationPercent);

} // namespace meshdesk::kafka
