#include "Review.h"

#include "Removal.h"
#include "core/Names.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace meshdesk::governance {

int Review::failedPolicies() const
{
    return int(std::count_if(policies.begin(), policies.end(),
                             [](const PolicyResult &p) { return !p.passed; }));
}

Review buildReview(CatalogStore &store, qint64 changeId)
{
    Review r;
    try {
        const auto c = store.change(changeId);
        if (!c) {
            r.error = QStringLiteral("there is no change #%1").arg(changeId);
            return r;
        }
        r.change = *c;
        if (const auto e = store.event(c->proposal)) {
            r.proposalKey = e->keyFingerprint;
            r.note = QJsonDocument::fromJson(e->body).object().value(QLatin1String("note")).toObject();
        }
        if (!c->decision.isEmpty())
            if (const auto e = store.event(c->decision))
                r.decisionKey = e->keyFingerprint;
        // A pending change is compared with the version that is current now (it may have moved
        // since the proposal); a decided one with the version it was decided against.
        const auto cur = c->status == QLatin1String("pending")
                             ? store.currentVersion(c->kind, c->key)
                             : store.version(c->oldVersionId);
        const auto prop = store.version(c->newVersionId);
        if (cur)
            r.current = store.document(*cur);
        if (prop)
            r.proposed = store.document(*prop);
        if (!r.proposed) {
            r.error =
                QStringLiteral("the proposed version of change #%1 no longer parses").arg(changeId);
            return r;
        }
        if (r.current) {
            QString error;
            if (!diffDocuments(*r.current, *r.proposed, r.diff, &error)) {
                r.error = error;
                return r;
            }
        }
        if (r.proposed->kind == ImportedDocument::Kind::Product) {
            const QString to = r.proposed->product.status.toLower();
            const QString from = r.current ? r.current->product.status.toLower() : QString();
            if ((to == QLatin1String("deprecated") || to == QLatin1String("retired")) && to != from)
                r.removal = to;
            r.retirementOverride = governance::retirementOverride(r.proposed->product);
        }
        PolicyContext ctx;
        ctx.current = r.current ? &*r.current : nullptr;
        ctx.proposed = &*r.proposed;
        ctx.diff = &r.diff;
        ctx.knownContractIds = store.contractIds();
        if (r.diff.breaking() || !r.removal.isEmpty()) {
            QStringList contracts;
            if (r.proposed->kind == ImportedDocument::Kind::Contract)
                contracts << r.proposed->key();
            else if (r.current)
                for (const Port &p : r.current->product.outputPorts)
                    contracts << p.contractId;
            r.impact = store.downstreamConsumers(contracts);
            if (!r.removal.isEmpty()) { // who still reads it: a retired reader reads nothing
                QSet<QString> retired;
                for (const EntitySummary &e : store.entities(QStringLiteral("product")))
                    if (e.status.compare(QLatin1String("retired"), Qt::CaseInsensitive) == 0)
                        retired.insert(e.key);
                r.impact.removeIf([&](const Consumer &c) {
                    return retired.contains(c.productId) || c.productId == r.change.key;
                });
            }
        }
        ctx.readers = r.removal.isEmpty() ? nullptr : &r.impact;
        r.policies = runPolicies(ctx, store.enabledPolicies());
    } catch (const StoreError &e) {
        r.error = e.message;
    }
    return r;
}

QJsonObject Review::toJson() const
{
    QJsonArray policiesJson;
    for (const PolicyResult &p : policies) {
        QJsonArray findings;
        for (const PolicyFinding &f : p.findings)
            findings.append(QJsonObject{{QStringLiteral("path"), f.path},
                                        {QStringLiteral("message"), f.message}});
        policiesJson.append(QJsonObject{{QStringLiteral("id"), p.policyId},
                                        {QStringLiteral("description"), p.description},
                                        {QStringLiteral("level"), p.level == Policy::Level::Error
                                                                      ? QStringLiteral("error")
                                                                      : QStringLiteral("warning")},
                                        {QStringLiteral("passed"), p.passed},
                                        {QStringLiteral("findings"), findings}});
    }
    QJsonArray impactJson;
    for (const Consumer &c : impact)
        impactJson.append(QJsonObject{{QStringLiteral("product"), c.productId},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("owner"), c.owner},
                                      {QStringLiteral("domain"), c.domain},
                                      {QStringLiteral("via"), c.viaContract},
                                      {QStringLiteral("depth"), c.depth}});
    QJsonObject o = diff.toJson();
    o.insert(QStringLiteral("change"),
             QJsonObject{{QStringLiteral("id"), change.id},
                         {QStringLiteral("status"), change.status},
                         {QStringLiteral("kind"), change.kind},
                         {QStringLiteral("subject"), change.key},
                         {QStringLiteral("proposer"), change.proposer},
                         {QStringLiteral("proposalSignedBy"), proposalKey},
                         {QStringLiteral("proposalAct"), change.proposal},
                         {QStringLiteral("decisionSignedBy"), decisionKey},
                         {QStringLiteral("decisionAct"), change.decision},
                         {QStringLiteral("created"), change.createdAt},
                         {QStringLiteral("oldVersion"), current ? current->version() : QString()},
                         {QStringLiteral("newVersion"), proposed ? proposed->version() : QString()},
                         {QStringLiteral("decidedBy"), change.decidedBy},
                         {QStringLiteral("decidedAt"), change.decidedAt},
                         {QStringLiteral("comment"), change.comment}});
    if (!removal.isEmpty()) {
        o.insert(QStringLiteral("removal"), removal);
        o.insert(QStringLiteral("retirementOverride"), retirementOverride);
    }
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    o.insert(QStringLiteral("policies"), policiesJson);
    o.insert(QStringLiteral("impact"), impactJson);
    return o;
}

QString Review::toMarkdown() const
{
    // Every value from users or documents is escaped (names::markdownText / markdownCode): a
    // name with a newline and pipes must not add a row to an auditor's evidence.
    using names::markdownCode;
    using names::markdownText;
    QString md;
    md += QStringLiteral("# Change #%1: %2 %3\n\n")
              .arg(change.id)
              .arg(markdownText(change.kind), markdownText(change.key));
    md += QStringLiteral("| | |\n|---|---|\n");
    md += QStringLiteral("| Status | %1 |\n| Proposed by | %2 at %3, signed with key `%6` |\n"
                         "| Versions | %4 -> %5 |\n")
              .arg(markdownText(change.status), markdownText(change.proposer),
                   markdownText(change.createdAt),
                   current ? markdownText(current->version()) : QStringLiteral("-"),
                   proposed ? markdownText(proposed->version()) : QStringLiteral("-"),
                   proposalKey.isEmpty() ? QStringLiteral("(before signing)")
                                         : markdownCode(proposalKey));
    if (!change.decidedBy.isEmpty())
        md += QStringLiteral("| Decided by | %1 at %2, signed with key `%4` |\n| Comment | %3 |\n")
                  .arg(markdownText(change.decidedBy), markdownText(change.decidedAt),
                       markdownText(change.comment),
                       decisionKey.isEmpty() ? QStringLiteral("(before signing)")
                                             : markdownCode(decisionKey));
    if (!removal.isEmpty()) {
        md += QStringLiteral("| Removal from the mesh | %1; %2 product(s) still read it |\n")
                  .arg(removal)
                  .arg(impact.size());
        if (!retirementOverride.isEmpty())
            md += QStringLiteral("| Retirement override | %1 |\n").arg(retirementOverride);
    }
    if (const QString action = note.value(QLatin1String("action")).toString(); !action.isEmpty()) {
        QStringList what;
        for (const QJsonValue &v : note.value(QLatin1String("edits")).toArray())
            what << v.toString();
        md += QStringLiteral("| How it was proposed | %1%2 |\n")
                  .arg(markdownText(action),
                       what.isEmpty() ? QString()
                                      : QStringLiteral(": ") +
                                            markdownText(what.join(QStringLiteral(", "))));
        if (const QString c = note.value(QLatin1String("comment")).toString(); !c.isEmpty())
            md += QStringLiteral("| Proposer's comment | %1 |\n").arg(markdownText(c));
    }
    md += QStringLiteral("\n## Changes (%1 breaking, %2 non-breaking, %3 info)\n\n")
              .arg(diff.count(Severity::Breaking))
              .arg(diff.count(Severity::NonBreaking))
              .arg(diff.count(Severity::Info));
    md += QStringLiteral("| Severity | Path | Kind | Old | New |\n|---|---|---|---|---|\n");
    for (const Change &c : diff.changes)
        md += QStringLiteral("| %1 | `%2` | %3 | %4 | %5 |\n")
                  .arg(severityName(c.severity), markdownCode(c.path), kindName(c.kind),
                       markdownText(c.oldValue), markdownText(c.newValue));
    md += QStringLiteral("\n## Policies\n\n");
    for (const PolicyResult &p : policies) {
        md += QStringLiteral("- %1 **%2**: %3\n")
                  .arg(p.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                       markdownText(p.policyId), markdownText(p.description));
        for (const PolicyFinding &f : p.findings)
            md +=
                QStringLiteral("  - `%1`: %2\n").arg(markdownCode(f.path), markdownText(f.message));
    }
    md += QStringLiteral("\n## Downstream impact\n\n");
    if (impact.isEmpty())
        md += diff.breaking() || !removal.isEmpty() ? QStringLiteral("No product reads it.\n")
                                                    : QStringLiteral("Nothing breaking.\n");
    for (const Consumer &c : impact)
        md += QStringLiteral("- %1 (%2), owner %3, domain %4, via `%5` (depth %6)\n")
                  .arg(markdownText(c.name), markdownText(c.productId), markdownText(c.owner),
                       markdownText(c.domain), markdownCode(c.viaContract))
                  .arg(c.depth);
    return md;
}

} // namespace meshdesk::governance
