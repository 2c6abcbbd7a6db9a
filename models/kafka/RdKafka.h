// What the Kafka code in models/kafka shares around librdkafka's C API (not for use outside
// models/kafka): one way to build a client configuration, a group id that joins nothing, and the
// conversion of a librdkafka message.
#pragma once

#include "Kafka.h"

#include <librdkafka/rdkafka.h>

namespace meshdesk::kafka {

// bootstrap.servers (when given), log_level 0 (errors come back as values), then `extra` (a
// profile's security, …). nullptr, with the refused property in *error, when librdkafka refuses
// one of them.
rd_kafka_conf_t *newConf(const QString &bootstrap, const KafkaConfig &extra = {},
                         QString *error = nullptr);

// A group id no other client uses (pid, time, a counter): with assign() and nothing committed, a
// sampler never joins or disturbs a consumer group.
QByteArray uniqueGroupId(const char *purpose);

// A topic's partitions, from a metadata request for ALL topics. Never ask for one topic by name:
// librdkafka may send that request before it knows the broker's API versions, as Metadata v2,
// which cannot carry allow.auto.create.topics=false, and a broker that auto-creates topics then
// creates it (seen with the mock cluster). Returns the request's error; *topicError is then
// UNKNOWN_TOPIC_OR_PART when the cluster has no such topic, or the topic's own error.
rd_kafka_resp_err_t topicPartitions(rd_kafka_t *rk, const QByteArray &topic, int timeoutMs,
                                    QList<int> *partitions, rd_kafka_resp_err_t *topicError);

// Fills msg from a consumed message. copyBytes false: key and value point into librdkafka's
// buffer (valid while m lives); headers are always copied.
void fillMessage(Message &msg, const rd_kafka_message_t *m, bool copyBytes = true);

} // namespace meshdesk::kafka
