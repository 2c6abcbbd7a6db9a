#include "Proposals.h"

#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace meshdesk::selfserve {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("meshdesk::selfserve", text, nullptr, n);
}

} // namespace

QJsonObject editNote(const QList<ModelEdit> &edits, const QString &comment)
{
    QJsonArray names;
    for (const ModelEdit &e : edits)
        names.append(e.name());
    QJsonObject note{{QStringLiteral("action"), QStringLiteral("edit")},
                     {QStringLiteral("edits"), names}};
    if (!comment.trimmed().isEmpty())
        note.insert(QStringLiteral("comment"), comment.trimmed());
    return note;
}

ProposalResult prepareEdits(CatalogStore &store, const QString &kind, const QString &key,
                            const QList<ModelEdit> &edits, const ProposalOptions &options)
{
    ProposalResult r;
    r.kind = kind;
    r.key = key;
    const auto current = store.currentVersion(kind, key);
    if (!current) {
        r.error = tr("there is no %1 '%2' in this catalog").arg(kind, key);
        return r;
    }
    if (edits.isEmpty()) {
        r.error = tr("no edits");
        return r;
    }
    if (options.baseVersionId > 0 && current->id != options.baseVersionId) {
        r.error = tr("%1 '%2' has changed since the edit began (a decision was taken meanwhile): "
                     "open it again and make the edit on the version that is current now")
                      .arg(kind, key);
        return r;
    }
    const auto doc = store.document(*current);
    if (!doc) {
        r.error = tr("the stored source of %1 '%2' no longer parses").arg(kind, key);
        return r;
    }
    r.oldVersion = doc->version();
    QList<ModelEdit> all = edits;
    const bool setsVersion = std::any_of(edits.begin(), edits.end(), [](const ModelEdit &e) {
        return e.target == ModelEdit::Target::Version;
    });
    if (options.bumpVersion && !setsVersion) {
        const QString next = nextPatchVersion(r.oldVersion);
        if (!next.isEmpty())
            all.append({ModelEdit::Target::Version, {}, next});
    }
    const ModelEditResult edited = applyModelEdits(current->source, current->sourcePath, all);
    if (!edited.ok) {
        r.error = edited.error;
        return r;
    }
    r.source = edited.source;
    r.document = edited.document;
    r.newVersion = edited.document.version();
    // nothing to propose: refused before anything is signed
    if (r.source == current->source) {
        r.error = tr("nothing to propose: the edits leave %1 '%2' as it is").arg(kind, key);
        return r;
    }
    for (const ChangeRecord &c : store.changes(QStringLiteral("pending")))
        if (c.kind == kind && c.key == key)
            if (const auto v = store.version(c.newVersionId); v && v->source == r.source) {
                r.error =
                    tr("nothing to propose: change #%1 proposes exactly this already").arg(c.id);
                return r;
            }
    r.ok = true;
    return r;
}

ProposalResult proposeEdits(ledger::Ledger &ledger, const QString &kind, const QString &key,
                            const QList<ModelEdit> &edits, const QString &user,
                            const ProposalOptions &options)
{
    CatalogStore &store = ledger.store();
    ProposalResult r = prepareEdits(store, kind, key, edits, options);
    if (!r.ok)
        return r;
    r.ok = false;
    const auto current = store.currentVersion(kind, key);
    const FileImport file = importBytes(current ? current->sourcePath : QString(), r.source);
    if (!file.ok()) {
        r.error = file.firstError();
        return r;
    }
    const ledger::ActResult act = ledger.submit(file, user, editNote(edits, options.comment));
    if (!act.ok) {
        r.error = act.error;
        r.databaseError = act.stored.databaseError;
        return r;
    }
    r.eventId = act.eventId;
    if (act.queued) { // a team catalog: the change is made when the log brings the act back
        r.queued = true;
        r.ok = true;
        return r;
    }
    for (const StoredDocument &d : act.stored.documents) {
        if (d.kind != r.kind || d.key != r.key)
            continue;
        if (d.outcome == StoredDocument::Outcome::PendingChange) {
            r.changeId = d.changeId;
            r.ok = true;
            return r;
        }
        r.error = tr("nothing to propose: the result is the same as the current version or a "
                     "proposal that is already pending");
        return r;
    }
    r.error = tr("the proposal was not stored");
    return r;
}

} // namespace meshdesk::selfserve
