// One catalog for a team: binding a catalog to its team log (TeamLog.h), joining one, and
// syncing (publish what this desk queued, then apply the log from the desk's offset). Used by
// `meshdesk team …` and by the GUI's sync worker (TeamSync.h).
#pragma once

#include "TeamLog.h"
#include "ledger/Ledger.h"

namespace meshdesk::team {

// What a catalog is bound to, kept in its own settings (team.*).
struct Binding
{
    QString bootstrap;
    QString topic;
    QString profile;   // a Kafka connection profile (its SASL/SSL), by name
    qint64 offset = 0; // the next offset this desk reads
    qint64 maxMessageBytes = 1048576;
    bool bound() const { return !topic.isEmpty(); }
};
Binding binding(CatalogStore &store);
TeamConfig config(const Binding &b, const kafka::KafkaConfig &security = {});

// Puts a ledger of a bound catalog in team mode: acts are queued for the log, and must fit it.
void attach(ledger::Ledger &ledger, const Binding &b);

struct Outcome
{
    bool ok = false;
    QString error;
    QString message; // for people: what happened
};

// Binds this catalog to a team log: the topic is created (or must be empty), the catalog's
// history (its genesis first; created by actor when there is none) is published in order.
Outcome create(ledger::Ledger &ledger, const QString &actor, const TeamConfig &config,
               const QString &profile = {});

// Materializes a team log into this (empty) catalog, after checking that the log's genesis was
// signed by the trust root whose fingerprint the joiner pinned; then asks to join (a signed
// request an admin answers with `member add`), unless actor is a member already.
Outcome join(ledger::Ledger &ledger, const QString &actor, const TeamConfig &config,
             const QString &pinnedRoot, const QString &profile = {});

struct SyncReport
{
    bool connected = false;
    int published = 0;
    int applied = 0;
    int setAside = 0;
    int duplicates = 0;
    qint64 offset = 0;      // the desk's next offset after the sync
    qint64 end = -1;        // the log's end offset, when known
    QString error;          // a transport or disk problem (sync resumes from offset)
    QStringList refusals;   // "offset N: reason" for what was set aside now
    QStringList ownRefused; // this desk's own acts the log's order refused, with the reason
};

// Publishes the queued acts, then applies the log up to its end (or until timeoutMs).
SyncReport syncOnce(ledger::Ledger &ledger, const TeamConfig &config, int timeoutMs);

// One message of the team log made ready to apply (decoded, parsed, its signature checked): safe
// on any thread. A message that is not an act carries why in parseError.
ledger::Ledger::Prepared prepare(const LogMessage &m);
// Applies messages read from the log (prepared in parallel, applied in order, in one batch).
// Stops at the first local failure (the rest is read again from the desk's offset).
void applyMessages(ledger::Ledger &ledger, const QList<LogMessage> &messages, SyncReport &report);

// The join requests waiting for an admin: (name, OpenSSH public key, offset).
struct JoinRequest
{
    QString name;
    QString publicKey;
    QString fingerprint;
    qint64 offset = -1;
};
QList<JoinRequest> joinRequests(ledger::Ledger &ledger);

} // namespace meshdesk::team
