// Computational governance: small pure policy functions, each with an id, a description and a
// severity, run on a proposed version (with the current one and their diff when there is one).
#pragma once

#include "Diff.h"

#include <functional>

namespace meshdesk {
struct Consumer;
}

namespace meshdesk::governance {

struct PolicyFinding
{
    QString policyId;
    QString path; // where in the document, or empty
    QString message;
};

struct PolicyContext
{
    const ImportedDocument *current = nullptr; // the approved version, if any
    const ImportedDocument *proposed = nullptr;
    const DiffResult *diff = nullptr; // current -> proposed
    QStringList knownContractIds;     // contracts in the catalog (for port checks)
    // a product being deprecated or retired: the products still reading it (nullptr otherwise)
    const QList<Consumer> *readers = nullptr;
};

struct Policy
{
    QString id;
    QString description;
    enum class Level
    {
        Error,
        Warning
    } level = Level::Error;
    std::function<QList<PolicyFinding>(const PolicyContext &)> check;
};

struct PolicyResult
{
    QString policyId;
    QString description;
    Policy::Level level = Policy::Level::Error;
    bool passed = true;
    QList<PolicyFinding> findings;
};

// All built-in policies in a stable order.
const QList<Policy> &builtinPolicies();
// Runs the enabled policies (an empty enabled list runs none; ids not listed are skipped).
QList<PolicyResult> runPolicies(const PolicyContext &ctx, const QStringList &enabledIds);
QStringList allPolicyIds();

// The quality tiers a data product declares (custom property qualityTier), lowest first.
const QStringList &qualityTiers();

// Whether a new data product and its output contract may be published (Add to Mesh): the
// catalog's enabled policies run on both as on any proposal; an error-level finding blocks.
struct PublishCheck
{
    QList<PolicyResult> product;
    QList<PolicyResult> contract;
    bool ready() const; // no failed error-level policy
    QList<PolicyFinding> blocking() const;
    QList<PolicyFinding> warnings() const;
};
PublishCheck checkPublish(const DataProduct &product, const Contract &contract,
                          const QStringList &enabledIds, const QStringList &knownContractIds);

// The lifecycle order; unknown statuses map to -1 ("development" counts as draft).
int lifecycleIndex(const QString &status);
// Field names that suggest personal data (email, phone, name, address, birth ...).
bool looksPersonal(const QString &fieldName);

} // namespace meshdesk::governance
