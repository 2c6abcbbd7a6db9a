// Curation proposals. Nothing is edited in place: an edit (a description, tags, owner, a
// field's description, classification or PII flag) makes a new version from the current
// version's stored source (ModelEdits, so the rest of the document stays as it was) and submits
// it like any import, as a signed act (ledger::Ledger::submit): it waits as a pending change for
// a governance owner's review (four-eyes, audited). The act's note says what was edited and why.
#pragma once

#include "formats/ModelEdits.h"
#include "store/CatalogStore.h"

namespace meshdesk::ledger {
class Ledger;
}

namespace meshdesk::selfserve {

struct ProposalOptions
{
    QString comment;         // why: signed with the proposal, shown to the reviewer
    bool bumpVersion = true; // the patch version goes up unless the edits set a version
    // the version the edits were made against (a dialog's preview); when the current version
    // has moved since, the proposal is refused rather than made on a base nobody looked at
    qint64 baseVersionId = 0;
};

struct ProposalResult
{
    bool ok = false;
    bool queued = false;        // a team catalog: the act waits for the team log
    bool databaseError = false; // the catalog could not be written (exit 3 on the command line)
    QString error;
    qint64 changeId = 0;
    QString eventId; // the signed act
    QString kind;
    QString key;
    QString oldVersion;
    QString newVersion;
    QByteArray source;         // the proposed document
    ImportedDocument document; // it, as the model
};

// The proposed document without storing anything (previews, --dry-run).
ProposalResult prepareEdits(CatalogStore &store, const QString &kind, const QString &key,
                            const QList<ModelEdit> &edits, const ProposalOptions &options = {});
// Prepares it and submits it as user's signed act (the key must be unlocked or unlockable);
// the result names the pending change.
ProposalResult proposeEdits(ledger::Ledger &ledger, const QString &kind, const QString &key,
                            const QList<ModelEdit> &edits, const QString &user,
                            const ProposalOptions &options = {});

// The note a curation edit signs with its proposal: {action: "edit", edits: [...], comment}.
QJsonObject editNote(const QList<ModelEdit> &edits, const QString &comment);

} // namespace meshdesk::selfserve
