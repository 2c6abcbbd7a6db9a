// Who may decide on a change: the one rule behind the store's decide() and the review page's
// Approve/Reject buttons (enabled, or disabled with the reason shown). The acting user is a
// plain name today; when users become signed key identities, this is the one place to change.
#pragma once

#include "store/CatalogStore.h"

#include <QString>

namespace meshdesk::governance {

struct DecisionRight
{
    enum class Reason
    {
        Allowed,
        NoUser,            // nobody is acting
        NotPending,        // already approved or rejected (decided changes are immutable)
        OwnProposal,       // four-eyes: nobody decides on their own proposal
        NotGovernanceOwner // only a governance owner of the change's domain decides
    };
    Reason reason = Reason::Allowed;
    // For people (translated, no command-line syntax): why not, or empty when allowed.
    QString message;

    bool allowed() const { return reason == Reason::Allowed; }
};

// `domain`: the domain of the version that is current now (the one the change would replace);
// `roles`: the catalog's role grants (CatalogStore::roles()).
DecisionRight canDecide(const ChangeRecord &change, const QString &domain, const QString &user,
                        const QList<RoleGrant> &roles);

// A reject needs a comment that says why; the message when it is missing (translated).
QString rejectNeedsCommentMessage();

} // namespace meshdesk::governance
