// Private keys at rest. Two formats:
//  - MeshDesk's passphrase-protected file ("-----BEGIN MESHDESK PRIVATE KEY-----"): the seed
//    sealed with XChaCha20-Poly1305 under a key derived from the passphrase by Argon2id
//    (libsodium's crypto_pwhash), the public key and name authenticated alongside;
//  - OpenSSH's own unencrypted "openssh-key-v1" format, read for keys made with
//    `ssh-keygen -t ed25519 -N ""` (headless use, mode 0600 required) and written only for demo
//    keys, which are marked as such.
#pragma once

#include "Keys.h"

namespace meshdesk::identity::keyfile {

QByteArray encrypt(const SecretKey &key, const QString &name, const QByteArray &passphrase);

struct Decoded
{
    std::optional<SecretKey> key;
    QString name; // the name sealed in the file / the OpenSSH comment
    QString error;
    bool needsPassphrase = false; // a MeshDesk file whose passphrase was not given or was wrong
};
bool isEncrypted(const QByteArray &text);
Decoded decrypt(const QByteArray &text, const QByteArray &passphrase);
// The public key and name of a MeshDesk key file, readable without the passphrase.
std::optional<PublicKey> publicKeyOf(const QByteArray &text, QString *name = nullptr);

Decoded readOpenSsh(const QByteArray &text);
QByteArray writeOpenSsh(const SecretKey &key, const QString &comment);

// Reads any supported private key text (the passphrase is used for MeshDesk files only).
Decoded read(const QByteArray &text, const QByteArray &passphrase);

} // namespace meshdesk::identity::keyfile
