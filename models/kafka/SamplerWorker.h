// The sampler on its own thread: reads the last N messages (or from the beginning) and then,
// in live-tail mode, keeps polling; delivers messages to the GUI thread in batches by queued
// signals; a dead broker is reported and retried, never blocking the GUI.
#pragma once

#include "Kafka.h"

#include <QObject>
#include <QThread>

namespace meshdesk::kafka {

class SamplerWorker : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        QString bootstrap;
        KafkaConfig security; // of a connection profile (SASL/SSL)
        QString topic;
        SampleRequest::Mode mode = SampleRequest::Mode::Last;
        int last = 50;
        qint64 offset = 0; // for Mode::FromOffset (per partition)
        bool liveTail = true;
        // when set: no history, the live tail starts at these offsets (partition -> offset)
        QHash<int, qint64> resumeFrom;
        // Avro values: decoded on the sampler's thread (a Schema Registry is asked there, never
        // on the GUI thread) with this schema for plain binary, and the registry (if any) for
        // the Confluent wire format's ids
        bool avro = false;
        QByteArray avroSchema;
        QString registryUrl;
    };

    // Runs on `thread` (started here); stop() interrupts and waits.
    explicit SamplerWorker(QObject *parent = nullptr);
    ~SamplerWorker() override;
    void start(const Settings &settings);
    void stop();
    bool isRunning() const;

Q_SIGNALS:
    void batch(const QList<meshdesk::kafka::Message> &messages);
    void stateChanged(const QString &state); // "connecting", "live", "broker unreachable: ..."
    // the broker went away (false) or answers again (true): once per change
    void connectivityChanged(bool reachable, const QString &reason);
    // what the user should know besides the state: offsets retention deleted before they were
    // read (the gap), a partition truncated under the reader
    void notice(const QString &text);
    void finished();

private:
    void run(Settings settings);
    QThread *m_thread = nullptr;
};

} // namespace meshdesk::kafka

Q_DECLARE_METATYPE(meshdesk::kafka::Message)
