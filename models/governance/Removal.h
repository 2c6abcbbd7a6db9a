// "Remove from Mesh": a data product is first deprecated, then retired. Both steps are proposals
// like any other change (a new version of the product's document with its status set, signed
// and reviewed, four-eyes): the current document's source with only its top-level `status`
// changed, so everything else of the stored document is kept as written. Retiring a product
// that other products still read needs an explicit override, recorded in the proposed document
// (custom property `retirementOverride`) where the reviewer reads it.
#pragma once

#include "formats/DocumentImporter.h"
#include "store/CatalogStore.h"

namespace meshdesk::governance {

enum class RemovalStep
{
    Deprecate,
    Retire
};
QString statusOf(RemovalStep step); // "deprecated", "retired"

struct RemovalProposal
{
    QString productId;
    QString productName;
    QString fromStatus;
    QString toStatus;
    // every product still reading it (transitively; depth 1 reads one of its output ports)
    QList<Consumer> readers;
    QString overrideReason;
    FileImport file; // the proposed document, parsed (submit it: ledger::Ledger::submit)
    QString error;   // why it cannot be proposed
    bool ok() const { return error.isEmpty(); }
};

// Builds the proposal for product productId's current version. Refuses (error) when there is
// no such product, when it is already at that status or retired, when retiring a product that
// is not deprecated, and when retiring a product others read without an override reason.
RemovalProposal proposeRemoval(CatalogStore &store, const QString &productId, RemovalStep step,
                               const QString &overrideReason = {});

// The document source with its top-level `status` set (inserted after `version`, else `id`,
// when it has none) and, when overrideReason is given, a custom property retirementOverride.
// Returns an empty array and sets *error when the source cannot be changed that way.
QByteArray withStatus(const QByteArray &source, const QString &status,
                      const QString &overrideReason, QString *error);

// The override a product document records ("" when none).
QString retirementOverride(const DataProduct &product);

} // namespace meshdesk::governance
