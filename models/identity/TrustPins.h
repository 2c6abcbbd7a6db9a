// The trust root this desk has seen for each catalog file, kept beside the keys (never in the
// catalog itself). Whoever can write the catalog file can also throw its whole log away and
// sign a new one from a new genesis under a key of their own: every act then verifies, but the
// root is another. The first verification pins the root; a later one under another root is
// reported (like an SSH host key that changed). Team catalogs pin the root when joining.
#pragma once

#include <QString>

namespace meshdesk::identity {

struct PinCheck
{
    enum class Kind
    {
        New,     // not seen before: now pinned
        Same,    // the pinned root
        Changed, // another root than the one pinned: `previous`
        Unsaved  // could not be pinned (the folder is not writable): `error`
    } kind = Kind::New;
    QString previous;
    QString error;
    QString file; // the pins file, for the message
};

class TrustPins
{
public:
    explicit TrustPins(const QString &dir); // the key folder (KeyStore::defaultDir())
    // Compares the root with the one pinned for dbPath, pinning it when there is none.
    PinCheck checkAndPin(const QString &dbPath, const QString &rootFingerprint);
    // The sentence for people when the root changed.
    static QString changedMessage(const PinCheck &c, const QString &root);

private:
    QString m_file;
};

} // namespace meshdesk::identity
