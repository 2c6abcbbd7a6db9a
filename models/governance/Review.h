// Everything a reviewer needs to decide on one pending change: the current and proposed
// versions, their semantic diff, the policy results and the downstream products a breaking
// change reaches. Shared by the review page and `meshdesk review show`.
#pragma once

#include "Diff.h"
#include "Policies.h"
#include "store/CatalogStore.h"

#include <QJsonObject>
#include <optional>

namespace meshdesk::governance {

struct Review
{
    ChangeRecord change;
    std::optional<ImportedDocument> current; // the approved version now
    std::optional<ImportedDocument> proposed;
    DiffResult diff;
    QList<PolicyResult> policies;
    QList<Consumer> impact; // empty unless the diff is breaking or the product is being removed
    // "Remove from Mesh": "deprecated" or "retired" when the change moves a product there (its
    // impact then lists every product still reading it, breaking or not), with the override
    // the proposal records for retiring a product others read
    QString removal;
    QString retirementOverride;
    QString error;          // set when the review could not be built
    // who signed what: the keys of the proposal's and the decision's signed acts
    QString proposalKey;
    QString decisionKey;
    // how the proposal came about, as its signed act says (selfserve/Proposals.h: a curation
    // edit, a product made with the Create wizard ...): {action, edits, comment, ...}; empty
    // for a plain import
    QJsonObject note;

    bool ok() const { return error.isEmpty(); }
    int failedPolicies() const;
    QJsonObject toJson() const;
    QString toMarkdown() const; // the evidence pack's text
};

Review buildReview(CatalogStore &store, qint64 changeId);

} // namespace meshdesk::governance
