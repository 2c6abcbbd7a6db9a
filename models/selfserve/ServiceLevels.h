// The service levels a new data product can promise, and what each means for its Kafka topic
// (partitions, replication, retention, cleanup policy) and for its contract (ODCS slaProperties).
#pragma once

#include "kafka/TopicAdmin.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace meshdesk::selfserve {

struct ServiceLevel
{
    QString id;          // bronze, silver, gold, gold-compacted
    QString name;        // for people (translated)
    QString description; // for people (translated)
    int partitions = 1;
    int replicationFactor = 1;
    qint64 retentionMs = 0; // -1: kept forever
    QString cleanupPolicy;
    double availability = 0; // percent
    int latencyMinutes = 0;  // from the input to the topic

    kafka::TopicSettings topic(const QString &name) const;
    // [{property: availability, value, unit: percent}, {property: retention, ...}, ...]
    QJsonArray slaProperties() const;
};

QList<ServiceLevel> serviceLevels();
std::optional<ServiceLevel> serviceLevel(const QString &id);

} // namespace meshdesk::selfserve
