// The governance rules as one pure function over an in-memory state: whether a signed event may
// be applied, and what applying it changes. Every desk applies the log with this same function
// (materializing into SQLite), and `audit verify` replays the log with it from the genesis to
// compare the result with the tables, so the rules exist exactly once.
#pragma once

#include "Event.h"
#include "formats/DocumentImporter.h"

#include <QHash>
#include <QSet>

namespace meshdesk::ledger {

struct Member
{
    QString name;
    identity::PublicKey key;
    bool active = true;
};

struct EntityState
{
    QString currentSha;
    QString domain; // of the current version: whose governance owners decide
    QSet<QString> pendingShas;
};

struct ChangeState
{
    QString subject;  // "kind/key"
    QString proposer; // member name
    QString proposerKey;
    QString status; // pending, approved, rejected
    QString decidedBy;
    QString newSha;
    QString newDomain;
};

// One document of a submitted file, as the rules need it.
struct SubmittedDocument
{
    QString subject; // "kind/key"
    QString sha;     // hex SHA-256 of the document's source text (as the store keeps it)
    QString domain;
};
std::vector<SubmittedDocument> submittedDocuments(const FileImport &file);

struct State
{
    QString catalogId, catalogName, rootFingerprint;
    QHash<QString, Member> members;   // by name
    QHash<QString, QString> keyNames; // fingerprint -> member name, active keys only
    QSet<QString> revokedKeys;
    QSet<QString> roles;           // roleKey()
    QHash<QString, bool> policies; // absent = enabled
    QHash<QString, EntityState> entities;
    QHash<QString, ChangeState> changes;  // changeKey(proposal, subject)
    QSet<QString> applied;                // event ids
    QHash<QString, QString> joinRequests; // fingerprint -> requested name
    QString head;                         // id of the newest applied event
    qint64 events = 0;

    static QString roleKey(const QString &user, const QString &role, const QString &domain);
    static QString changeKey(const QString &proposal, const QString &subject);
    bool hasRole(const QString &user, const QString &role, const QString &domain) const;
};

enum class Outcome
{
    Added,
    Unchanged,
    Pending
};

// What a submitted document does to its entity (the rule check() applies), applied to entity:
// a new entity's first version is added; a version identical to the current one or to a
// proposal still pending changes nothing; any other version is a pending proposal.
Outcome submitOutcome(EntityState &entity, const SubmittedDocument &d);
// Each document of file with its outcome, in file order: a later document of the same file sees
// the earlier ones (entities is not changed).
std::vector<std::pair<SubmittedDocument, Outcome>>
submitOutcomes(const QHash<QString, EntityState> &entities, const FileImport &file);
// Whether every document of file is unchanged in entities (by that rule): such a submit would
// change no state, so an import records no act for it.
bool changesNothing(const QHash<QString, EntityState> &entities, const FileImport &file);

struct Verdict
{
    bool accepted = false;
    bool duplicate = false;       // the same event id was applied before (a replay)
    bool awaitsAdmission = false; // a join request: kept aside until an admin admits the key
    QString reason;               // why not, for people
    // for an accepted submit: what happens to each document
    std::vector<std::pair<SubmittedDocument, Outcome>> outcomes;
};

// Decides without changing anything. file: the parsed document of a submit event (nullptr
// otherwise). strictChain: `after` must be the current head (a local catalog, one writer at a
// time) rather than any earlier applied event (a team log, where desks act concurrently).
Verdict check(const State &s, const Event &e, const FileImport *file, bool strictChain);
// Applies an accepted event (the verdict from check()).
void apply(State &s, const Event &e, const Verdict &v);

} // namespace meshdesk::ledger
