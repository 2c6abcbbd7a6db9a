// Creating a topic through the Kafka Admin API (librdkafka's CreateTopics), with the settings a
// data product's service level asks for, and a message that says what to do when the cluster
// refuses (above all: credentials that may not create topics).
#pragma once

#include "Kafka.h"

#include <QList>
#include <QPair>
#include <QString>

namespace meshdesk::kafka {

struct TopicSettings
{
    QString name;
    int partitions = 3;
    int replicationFactor = 1;
    qint64 retentionMs = 7LL * 24 * 3600 * 1000;      // -1: kept forever
    QString cleanupPolicy = QStringLiteral("delete"); // delete | compact | compact,delete
    int minInsyncReplicas = 0;                        // 0: the cluster's default
    // the configs sent with the request (retention.ms, cleanup.policy, min.insync.replicas)
    QList<QPair<QString, QString>> configs() const;
};

struct TopicCreation
{
    bool ok = false;
    QString error;           // for people: what happened and what to do
    int kafkaError = 0;      // the broker's error code (29 TOPIC_AUTHORIZATION_FAILED ...), or 0
    bool notAllowed = false; // the credentials may not create topics
    bool exists = false;     // TOPIC_ALREADY_EXISTS
    bool unreachable = false;
};

// validateOnly: the cluster checks the request (names, partitions, replication, configs, ACLs)
// without creating anything. Blocks up to about timeoutMs: call it off the GUI thread.
TopicCreation createTopic(const QString &bootstrap, const KafkaConfig &security,
                          const TopicSettings &topic, bool validateOnly = false,
                          int timeoutMs = 10000);

} // namespace meshdesk::kafka
