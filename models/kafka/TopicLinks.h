// The catalog's Kafka topics: which contract describes a topic (a server of type kafka with a
// topic, the schema object whose physicalName is the topic) and which data products publish
// that contract on an output port. The topic browser links rows back to products with it, and
// the dashboard measures each topic's conformance to its contract.
#pragma once

#include "Kafka.h"
#include "catalog/Catalog.h"

#include <QList>
#include <QString>
#include <atomic>

namespace meshdesk {
class CatalogStore;
}

namespace meshdesk::kafka {

// The Kafka topics one contract describes: each server of type kafka with a `topic` (its schema
// object: the one whose physicalName is the topic, else the first); a kafka server that names no
// topic publishes each schema object under its physicalName.
struct ContractTopic
{
    QString topic;
    QString host;   // the server's bootstrap as the contract declares it
    QString format; // the server's format: json (default), avro
    SchemaObject schema;
};
QList<ContractTopic> contractTopics(const Contract &contract);

struct TopicLink : ContractTopic
{
    QString contractId;
    QString contractName;
    QStringList productKeys; // products publishing the contract (may be empty)
    QStringList productNames;
    QString domain; // the (first) product's domain, else the contract's
};

// Current versions only; reads every contract, so call it off the GUI thread on big catalogs.
QList<TopicLink> kafkaTopics(CatalogStore &store);
// The same on a connection of its own (SQLite connections are per thread): for worker jobs.
// A database that cannot be opened or read gives no topics.
QList<TopicLink> kafkaTopics(const QString &dbPath);

// A cluster's topics as the mesh sees them: published by a product (or described by a contract)
// under the domain the product says, or not in the mesh yet, under the domain the naming rule
// finds in the topic's name (none when it finds none).
struct MeshTopic
{
    QString topic;
    QString domain; // empty: no domain known
    bool published = false;
    bool domainKnown = false;        // the domain is one of the catalog's
    const TopicLink *link = nullptr; // published: how (points into the links given)
};
struct MeshTopics
{
    QList<MeshTopic> published;
    QList<MeshTopic> unpublished;
};
// The default naming rule: the first dot-separated part ("checkout.orders.v1" -> checkout).
QString defaultDomainRule();
// The domain a naming rule (a regular expression; its group "domain", else its first group)
// finds in a topic name; empty when it does not match or is not a valid expression.
QString domainByRule(const QString &topic, const QString &rule);
// knownDomains: the catalog's (besides those of the links)
MeshTopics meshTopics(const QStringList &topics, const QList<TopicLink> &links, const QString &rule,
                      const QStringList &knownDomains = {});

struct TopicConformance
{
    QString topic;
    QString owner; // product name(s), else the contract's name
    qint64 sampled = 0;
    qint64 violating = 0;
    QString error; // the broker could not be read
    double rate() const { return sampled ? 1.0 - double(violating) / double(sampled) : 1.0; }
};

// Samples the last `lastPerPartition` messages of each partition and checks them.
TopicConformance measureConformance(const QString &bootstrap, const TopicLink &link,
                                    int lastPerPartition = 200, int timeoutMs = 4000,
                                    const KafkaConfig &security = {},
                                    const std::atomic_bool *cancel = nullptr);

} // namespace meshdesk::kafka
