// The governance gate: every act (import or proposal, decision, role, policy, membership) is
// signed by its actor's key, checked by the rules (Rules.h) and then recorded in the store with
// its signed event, in one transaction. Events arriving from a team log take the same path.
// `verify()` replays the whole log from its genesis and compares the result with the tables, so
// editing the SQLite file (without the keys) is reported.
//
// A local catalog applies acts at once. A team catalog (team/) queues them in the outbox; they
// apply when they come back from the team's Kafka topic, in the log's order, on every desk alike.
#pragma once

#include "Rules.h"
#include "store/CatalogStore.h"

#include <functional>

namespace meshdesk::identity {
class Keyring;
}

namespace meshdesk::ledger {

struct ActResult
{
    bool ok = false;
    bool queued = false; // a team catalog: waits for the team log
    QString error;
    QString eventId;
    StoreResult stored; // a submit applied at once: what happened to each document
    // A submit whose every document is identical to its entity's current version or to a
    // proposal still pending: it changes no state, so no act was signed or recorded (eventId
    // is empty; stored.documents are all Unchanged).
    bool unchanged = false;
};

struct VerifyResult
{
    bool intact = true;
    qint64 events = 0;
    qint64 legacyRows = 0;
    qint64 firstBrokenSeq = 0; // the first act that fails (0: the failure is in the tables)
    QString act;               // that act, for people ("#12 decide by bob at …")
    QString reason;
    // SQLite's integrity check, run before the replay: what it found when the file itself is
    // damaged (then intact is false and nothing was replayed).
    QStringList damage;
};

struct IncomingResult
{
    bool applied = false;
    bool duplicate = false; // already in this desk's log (its own history, or a replay)
    bool setAside = false;
    QString reason;
    QString eventId;
    QString type;
    QString actor;
};

class Ledger
{
public:
    Ledger(CatalogStore &store, identity::Keyring *keyring);

    // Reads the state from the tables (after open, and after a batch was undone).
    bool load(QString *error = nullptr);
    const State &state() const { return m_state; }
    CatalogStore &store() { return m_store; }
    identity::Keyring *keyring() const { return m_keyring; }
    bool hasGenesis() const { return !m_state.catalogId.isEmpty(); }
    QString catalogId() const { return m_state.catalogId; }
    QString rootFingerprint() const { return m_state.rootFingerprint; }
    // The member name a key fingerprint acts under ("" when it is not a member).
    QString memberOf(const QString &fingerprint) const
    {
        return m_state.keyNames.value(fingerprint);
    }

    bool isTeam() const { return m_team; }
    void setTeam(bool team) { m_team = team; }
    // Called (on the acting thread) when a team act was queued for publishing.
    void setQueuedCallback(std::function<void()> cb) { m_onQueued = std::move(cb); }
    // A team act must fit the topic: returns why not ("" when it fits).
    void setOutgoingCheck(std::function<QString(const Event &)> check)
    {
        m_outgoingCheck = std::move(check);
    }

    // The catalog's trust root: the first act of a new catalog (or the adoption of a catalog
    // kept before signing: its admin signs the state as it stands). Acts create it on demand.
    ActResult createCatalog(const QString &actor, const QString &name = {});

    // note: how the proposal came about, signed with it and shown to the reviewer (a curation
    // edit and what it changed, the Create wizard and its topic, the proposer's comment).
    // signedAhead: the act signed already by a SubmitSigner (below); used only while it still
    // follows the log's head, else the act is signed again here.
    // A file that changes nothing (see ActResult::unchanged; a local catalog, without a note,
    // by a member with the member's key) records no act.
    ActResult submit(const FileImport &file, const QString &actor, const QJsonObject &note = {},
                     const Event *signedAhead = nullptr);

    // Signing ahead: an import signs the next files' submits on another thread while this one
    // writes (signing and encoding the acts were a third of the writing thread's time). Each
    // act it signs names the one it signed before, starting from the log's head now; submit()
    // checks every one with the rules like any other act. Made on the acting thread once
    // actor's key is unlocked (nullopt before: no passphrase is asked for on another thread;
    // and for a team catalog, whose acts are queued, not chained here).
    class SubmitSigner
    {
    public:
        // Reads nothing of the ledger: safe on any thread (one thread per signer). A file that
        // changes nothing by the entities as they were when the signer was made plus what it
        // signed since (as submit() will find) gets no act: an empty event.
        Event sign(const FileImport &file);

    private:
        friend class Ledger;
        QString m_catalog, m_actor, m_head;
        std::optional<identity::SecretKey> m_key;
        QHash<QString, EntityState> m_entities;
    };
    std::optional<SubmitSigner> submitSigner(const QString &actor) const;
    ActResult decide(qint64 changeId, const QString &actor, bool approve, const QString &comment);
    ActResult grant(const QString &actor, const QString &user, const QString &role,
                    const QString &domain);
    ActResult revoke(const QString &actor, const QString &user, const QString &role,
                     const QString &domain);
    ActResult setPolicy(const QString &actor, const QString &policyId, bool enabled);
    ActResult admit(const QString &actor, const QString &member, const QString &publicKeyLine);
    ActResult removeMember(const QString &actor, const QString &member);
    ActResult requestJoin(const QString &actor); // team: a desk announces its key

    // Whether actor may decide on the change now, and if not, why (for disabling buttons).
    QString whyCannotDecide(qint64 changeId, const QString &actor) const;

    // An event from the team log at offset: verified, then applied or set aside, in one
    // transaction with the desk's next offset (team.offset), so a crash neither loses nor
    // repeats one. Inside a batch (beginBatch) the batch is that transaction.
    IncomingResult applyIncoming(const QByteArray &body, const QByteArray &signature,
                                 qint64 offset);
    // The pure part of applyIncoming (parse, signature, the submitted document), safe on any
    // thread, so a batch is prepared in parallel and applied in order.
    struct Prepared
    {
        QByteArray body, signature;
        qint64 offset = -1;
        std::optional<Event> event;
        QString parseError;
        FileImport file;
    };
    static Prepared prepare(const QByteArray &body, const QByteArray &signature, qint64 offset);
    IncomingResult applyPrepared(const Prepared &p);

    VerifyResult verify();
    // A digest of the materialized catalog: desks that read the same offset print the same.
    QString digest();

    // Batches (imports): the ledger follows the store's batch and reloads if it is undone.
    bool beginBatch(QString *error = nullptr) { return m_store.beginBatch(error); }
    bool commitBatch(QString *error = nullptr);
    void rollbackBatch()
    {
        m_store.rollbackBatch();
        load();
    }

private:
    ActResult act(const QString &type, const QString &actor, QJsonObject fields,
                  const FileImport *file = nullptr, const Event *signedAhead = nullptr);
    ActResult ensureGenesis(const QString &actor);
    std::optional<ActResult> unchangedSubmit(const FileImport &file, const QString &actor);
    ActResult sign(const QString &type, const QString &actor, QJsonObject fields, Event *out);
    OperationResult record(const Event &e, const Verdict &v, const FileImport *file, qint64 offset,
                           StoreResult *stored);

    CatalogStore &m_store;
    identity::Keyring *m_keyring;
    State m_state;
    bool m_team = false;
    std::function<void()> m_onQueued;
    std::function<QString(const Event &)> m_outgoingCheck;
};

// verify() plus the desk's pin of the catalog file's trust root (identity/TrustPins.h): a log
// signed again from a new genesis under another key is reported; a first verification pins.
VerifyResult verifyPinned(Ledger &ledger, const QString &dbPath);
// The same for a catalog file opened read-only on the calling thread (the GUI's background
// checks); a file that cannot be opened is reported as not intact, with why.
VerifyResult verifyFile(const QString &dbPath);

// The audit trail as people read it: the rows kept before signing, then every signed act.
QList<AuditRow> auditLog(CatalogStore &store, const QString &from = {}, const QString &to = {});

// The file of a submit event, parsed as when it was submitted.
FileImport submittedFile(const Event &e);

} // namespace meshdesk::ledger
