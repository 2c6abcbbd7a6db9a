// The desk's sync with its team log, on a thread of its own: publishes what the desk queued
// (at once when woken, else retried every second while offline) and applies the log as it grows
// (fetch.wait.max.ms 10: a decision on one desk reaches the others in well under a second).
// It has its own SQLite connection and signs nothing; the GUI reloads on progressed().
#pragma once

#include "Team.h"

#include <QObject>
#include <atomic>

namespace meshdesk::team {

class TeamSync : public QObject
{
    Q_OBJECT
public:
    TeamSync(const QString &dbPath, const TeamConfig &config);
    ~TeamSync() override;
    void wake() { m_wake = true; }     // a local act was queued: publish now (any thread)
    void stop() { m_stop = true; }     // run() returns soon after (any thread)

public Q_SLOTS:
    void run();

Q_SIGNALS:
    // after a round that applied, set aside or published something, or changed the state
    void progressed(const meshdesk::team::SyncReport &report, int queued);
    void stateChanged(bool connected, const QString &detail);
    void finished();

private:
    QString m_dbPath;
    TeamConfig m_config;
    std::atomic_bool m_wake{true};
    std::atomic_bool m_stop{false};
};

} // namespace meshdesk::team

Q_DECLARE_METATYPE(meshdesk::team::SyncReport)
