// The self-serve commands: export a stored version as its standard document, and propose a
// curation edit (a new version for review, see selfserve/Proposals.h).
#include "CliCommon.h"

#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "selfserve/Export.h"
#include "selfserve/Proposals.h"
#include "store/CatalogStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace meshdesk::cli {

namespace {

bool kindOk(const QString &kind)
{
    return kind == QLatin1String("contract") || kind == QLatin1String("product");
}

} // namespace

// export contract|product ID [--version V] [--out FILE]: the stored document, byte for byte
int cmdExport(const Options &o)
{
    const QString kind = o.args.value(1);
    const QString id = o.args.value(2);
    if (!kindOk(kind) || id.isEmpty() || o.args.size() != 3) {
        err(tr("usage: meshdesk export contract|product ID [--version V] [--out FILE]"));
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, o, true))
        return DatabaseError;
    const selfserve::ExportResult r = selfserve::exportDocument(store, kind, id, o.version);
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (o.out.isEmpty() || o.out == QLatin1String("-")) {
        // the bytes as stored (not through out(): a document is data, not a message)
        fwrite(r.text.constData(), 1, size_t(r.text.size()), stdout);
        return Ok;
    }
    QString error;
    if (!selfserve::writeExport(r.text, o.out, &error)) {
        err(error);
        return WriteError;
    }
    err(tr("%1 %2 version %3 (#%4, %5) written to %6")
            .arg(kind, id, r.version.version)
            .arg(r.version.id)
            .arg(r.version.state, o.out));
    return Ok;
}

// edit contract|product ID --set NAME=VALUE... [--comment TEXT] [--dry-run] [--json]
int cmdEdit(const Options &o)
{
    const QString kind = o.args.value(1);
    const QString id = o.args.value(2);
    if (!kindOk(kind) || id.isEmpty() || o.args.size() != 3 || o.sets.isEmpty()) {
        err(tr("usage: meshdesk edit contract|product ID --set NAME=VALUE... [--comment TEXT] "
               "[--dry-run] [--json]\n"
               "  NAME: description, usage, limitations, tags (a,b,c), owner, status, version,\n"
               "        schema.OBJECT.FIELD.description|classification|pii (true/false)"));
        return Usage;
    }
    if (!o.dryRun && !checkActingUser(o))
        return Usage;
    Session s;
    if (!openSession(s, o, o.dryRun))
        return DatabaseError;
    std::optional<Contract> contract;
    if (kind == QLatin1String("contract"))
        if (const auto v = s.store->currentVersion(kind, id))
            if (const auto doc = s.store->document(*v))
                contract = doc->contract;
    QList<ModelEdit> edits;
    for (const QString &assignment : o.sets) {
        ModelEdit e;
        QString error;
        if (!parseModelEdit(assignment, contract ? &*contract : nullptr, e, &error)) {
            err(error);
            return Usage;
        }
        edits << e;
    }
    selfserve::ProposalOptions options;
    options.comment = o.comment;
    if (o.dryRun) {
        const selfserve::ProposalResult r =
            selfserve::prepareEdits(*s.store, kind, id, edits, options);
        if (!r.ok) {
            err(r.error);
            return Rejected;
        }
        fwrite(r.source.constData(), 1, size_t(r.source.size()), stdout);
        return Ok;
    }
    if (!keyring().holds(s.actor)) {
        err(keyring().missingKeyMessage(s.actor));
        return Rejected;
    }
    const selfserve::ProposalResult r =
        selfserve::proposeEdits(*s.ledger, kind, id, edits, s.actor, options);
    if (!r.ok) {
        err(r.error);
        return r.databaseError ? DatabaseError : Rejected;
    }
    QStringList names;
    for (const ModelEdit &e : edits)
        names << e.name();
    if (r.queued)
        return finishTeamAct(
            s, o, tr("%1 %2: edit of %3 proposed").arg(kind, id, names.join(QStringLiteral(", "))));
    if (o.json) {
        printJson(QJsonObject{{QStringLiteral("change"), r.changeId},
                              {QStringLiteral("kind"), r.kind},
                              {QStringLiteral("id"), r.key},
                              {QStringLiteral("oldVersion"), r.oldVersion},
                              {QStringLiteral("newVersion"), r.newVersion},
                              {QStringLiteral("edits"), QJsonArray::fromStringList(names)},
                              {QStringLiteral("act"), r.eventId}});
        return Ok;
    }
    out(tr("%1 %2: %3 proposed as change #%4, version %5 -> %6 (signed act %7); it takes "
           "effect when a governance owner approves it\n")
            .arg(kind, id, names.join(QStringLiteral(", ")))
            .arg(r.changeId)
            .arg(r.oldVersion.isEmpty() ? QStringLiteral("-") : r.oldVersion,
                 r.newVersion.isEmpty() ? QStringLiteral("-") : r.newVersion, r.eventId.left(16)));
    return Ok;
}

} // namespace meshdesk::cli
