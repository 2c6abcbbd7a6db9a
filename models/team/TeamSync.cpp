#include "TeamSync.h"

#include "core/Log.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QThread>

namespace meshdesk::team {

TeamSync::TeamSync(const QString &dbPath, const TeamConfig &config)
    : m_dbPath(dbPath), m_config(config)
{
    qRegisterMetaType<meshdesk::team::SyncReport>();
}

TeamSync::~TeamSync() = default;

void TeamSync::run()
{
    CatalogStore store;
    QString error;
    if (!store.open(m_dbPath, {}, &error)) {
        Q_EMIT stateChanged(false, error);
        Q_EMIT finished();
        return;
    }
    ledger::Ledger ledger(store, nullptr);
    ledger.load();
    attach(ledger, binding(store));
    std::unique_ptr<Reader> reader;
    std::unique_ptr<Publisher> publisher;
    bool connected = false;
    QString lastDetail;
    QHash<QString, qint64> sentAt; // acknowledged acts not read back yet: not sent again soon
    QElapsedTimer clock;
    clock.start();
    qint64 lastPublish = -100000;
    auto setState = [&](bool c, const QString &detail) {
        if (c == connected && detail == lastDetail)
            return;
        connected = c;
        lastDetail = detail;
        Q_EMIT stateChanged(c, detail);
    };
    while (!m_stop) {
        SyncReport report;
        if (!reader) {
            reader = std::make_unique<Reader>(m_config, binding(store).offset);
            if (!reader->ok(&error)) {
                setState(false, error);
                reader.reset();
                QThread::msleep(1000);
                continue;
            }
        }
        // publish what is queued: at once when woken, else every second (offline retries)
        const bool woken = m_wake.exchange(false);
        if (woken || clock.elapsed() - lastPublish > 1000) {
            lastPublish = clock.elapsed();
            QList<QPair<QString, QByteArray>> values;
            for (const EventRecord &e : store.outgoing())
                if (clock.elapsed() - sentAt.value(e.id, -100000) > 30000)
                    values.append({e.id, encode(e.body, e.signature)});
            if (!values.isEmpty()) {
                if (!publisher)
                    publisher = std::make_unique<Publisher>(m_config);
                for (const Delivery &d : publisher->publish(values, 5000)) {
                    if (d.error.isEmpty()) {
                        ++report.published;
                        sentAt.insert(d.id, clock.elapsed());
                    } else {
                        report.error = d.error;
                    }
                }
                if (!report.error.isEmpty())
                    setState(false, QStringLiteral("cannot publish: %1").arg(report.error));
            }
        }
        const Reader::Batch b = reader->poll(2000, 100);
        if (!b.messages.isEmpty() || b.atEnd)
            setState(true, {});
        else if (!b.error.isEmpty())
            setState(false, b.error);
        applyMessages(ledger, b.messages, report);
        if (!report.error.isEmpty() && !b.messages.isEmpty()) {
            // a local failure: read again from the offset the desk recorded
            log::store()->error("team sync: {}", report.error);
            reader.reset();
            ledger.load();
            QThread::msleep(500);
        }
        if (report.applied || report.setAside || report.published || report.duplicates) {
            QSet<QString> queued;
            for (const EventRecord &e : store.outgoing())
                queued.insert(e.id);
            for (auto it = sentAt.begin(); it != sentAt.end();)
                it = queued.contains(it.key()) ? std::next(it) : sentAt.erase(it);
            report.offset = binding(store).offset;
            report.connected = connected;
            Q_EMIT progressed(report, int(queued.size()));
        }
    }
    Q_EMIT finished();
}

} // namespace meshdesk::team
