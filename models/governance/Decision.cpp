#include "Decision.h"

#include <QCoreApplication>

namespace meshdesk::governance {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::governance", text);
}
} // namespace

DecisionRight canDecide(const ChangeRecord &change, const QString &domain, const QString &user,
                        const QList<RoleGrant> &roles)
{
    using Reason = DecisionRight::Reason;
    if (user.trimmed().isEmpty())
        return {Reason::NoUser, tr("Nobody is acting: choose an acting user first.")};
    if (change.status != QLatin1String("pending"))
        return {Reason::NotPending,
                (change.status == QLatin1String("approved")
                     ? tr("Change #%1 was already approved by %2; a decided change cannot be "
                          "decided again.")
                     : tr("Change #%1 was already rejected by %2; a decided change cannot be "
                          "decided again."))
                    .arg(change.id)
                    .arg(change.decidedBy)};
    if (change.proposer == user)
        return {Reason::OwnProposal, tr("%1 proposed change #%2 and cannot decide on it (four-eyes "
                                        "rule): another governance owner must.")
                                         .arg(user)
                                         .arg(change.id)};
    const bool owner = std::any_of(roles.cbegin(), roles.cend(), [&](const RoleGrant &g) {
        return g.user == user && g.role == QLatin1String("governance-owner") && g.domain == domain;
    });
    if (!owner)
        return {Reason::NotGovernanceOwner,
                tr("%1 is not a governance owner of the domain '%2'; only they decide on its "
                   "changes.")
                    .arg(user, domain.isEmpty() ? tr("(none)") : domain)};
    return {};
}

QString rejectNeedsCommentMessage()
{
    return tr("Rejecting a change needs a comment that says why.");
}

} // namespace meshdesk::governance
