// Evidence packs for auditors: one change (its review, decision and audit rows) or a period
// (every audit row in it), as Markdown and CSV, with the audit chain's verification result.
#pragma once

#include "store/CatalogStore.h"

namespace meshdesk::ledger {
class Ledger;
}

namespace meshdesk::governance {

struct EvidencePack
{
    QString baseName; // change-12 or audit
    QString markdown;
    QString csv;
    QString error;
    // For a change: its signed acts, checkable with OpenSSH alone (file name -> content):
    // act-N.json (the signed bytes), act-N.json.sig, allowed_signers, verify.sh.
    QList<QPair<QString, QByteArray>> attachments;
};

EvidencePack buildEvidence(ledger::Ledger &ledger, qint64 changeId, const QString &from,
                           const QString &to, const QString &exportedBy);
// Writes <dir>/<baseName>.md and .csv (and the attachments under <dir>/<baseName>/); returns
// false and sets error on failure.
bool writeEvidence(const EvidencePack &pack, const QString &dir, QString *error);

} // namespace meshdesk::governance
