// OpenSSH's SSHSIG signature format (PROTOCOL.sshsig), the one `ssh-keygen -Y sign|verify` and
// Git's SSH commit signing use: a MeshDesk act can be checked by an auditor with
//   ssh-keygen -Y verify -f allowed_signers -I NAME -n meshdesk -s act.sig < act.json
// with no MeshDesk at hand. Ed25519 keys, SHA-512 message hash.
#pragma once

#include "Keys.h"

namespace meshdesk::identity::sshsig {

inline constexpr char kNamespace[] = "meshdesk";

// The binary SSHSIG blob (armour it with armored() for files).
QByteArray sign(const SecretKey &key, const QByteArray &message, const char *ns = kNamespace);

struct Verified
{
    bool ok = false;
    PublicKey key; // the key that signed, when the blob parses
    QString error;
};
// Checks the blob's structure, namespace and signature over message. Whether the key is one
// that may sign is the caller's question (the catalog's members).
Verified verify(const QByteArray &blob, const QByteArray &message, const char *ns = kNamespace);

QByteArray armored(const QByteArray &blob); // -----BEGIN SSH SIGNATURE----- …
std::optional<QByteArray> fromArmored(const QByteArray &text);

// One line of an OpenSSH allowed-signers file: "NAME namespaces="meshdesk" ssh-ed25519 AAAA…".
QString allowedSignersLine(const QString &name, const PublicKey &key);

} // namespace meshdesk::identity::sshsig
