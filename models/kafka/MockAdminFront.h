// The Kafka Admin API's CreateTopics in front of librdkafka's mock cluster, which does not serve
// it (rdkafka_mock_handlers.c has no CreateTopics handler, in 2.0.2 as in today's master, and its
// metadata names no controller, so an admin client waits for one until it times out). The front
// listens on loopback, passes every request through to the mock and every answer back, with
// three changes: ApiVersions answers also offer CreateTopics v0-v4 (and cap Metadata at v4, the
// form it rewrites), Metadata answers name the front's own listeners as the brokers and the
// first broker as controller, and CreateTopics requests are answered here: the topic is created
// in the mock cluster (so it can be produced to and sampled at once), or refused as a real
// broker would (TOPIC_ALREADY_EXISTS, INVALID_REPLICATION_FACTOR, INVALID_PARTITIONS, or an
// error pushed beforehand, e.g. TOPIC_AUTHORIZATION_FAILED for credentials that may not
// create topics). It runs on a thread of its own, so a client may block waiting for it.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <functional>
#include <memory>

namespace meshdesk::kafka {

class MockBroker;

struct CreateTopicRequest // one topic of a CreateTopics request, as it arrived
{
    QString name;
    int partitions = 0;
    int replicationFactor = 0;
    QList<QPair<QString, QString>> configs;
    bool validateOnly = false;
    int errorCode = 0; // what the front answered
};

class MockAdminFront
{
public:
    explicit MockAdminFront(MockBroker &broker);
    ~MockAdminFront();
    MockAdminFront(const MockAdminFront &) = delete;
    MockAdminFront &operator=(const MockAdminFront &) = delete;

    bool start(QString *error = nullptr);
    QString bootstrap() const; // 127.0.0.1:PORT

    // The next CreateTopics requests are refused with these Kafka error codes, one request each
    // (like rd_kafka_mock_push_request_errors, which cannot reach CreateTopics).
    void pushCreateTopicsErrors(const QList<int> &errorCodes);
    QList<CreateTopicRequest> requests() const;

    struct Private; // (shared with the listeners on the front's thread)

private:
    std::unique_ptr<Private> d;
};

} // namespace meshdesk::kafka
