#include "KeyFile.h"

#include <sodium.h>

namespace meshdesk::identity::keyfile {

namespace {

const char kLabel[] = "MESHDESK PRIVATE KEY";
const char kSshLabel[] = "OPENSSH PRIVATE KEY";
const QByteArray kFormat = QByteArrayLiteral("meshdesk-key-v1");
const QByteArray kKdf = QByteArrayLiteral("argon2id13");
const QByteArray kCipher = QByteArrayLiteral("xchacha20-poly1305");

QByteArray aad(const QByteArray &pubBlob, const QByteArray &name)
{
    QByteArray a;
    wire::putString(a, pubBlob);
    wire::putString(a, name);
    return a;
}

bool deriveKey(unsigned char *out, const QByteArray &passphrase, const QByteArray &salt,
               quint32 ops, quint32 memKiB)
{
    return crypto_pwhash(out, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, passphrase.constData(),
                         quint64(passphrase.size()),
                         reinterpret_cast<const uchar *>(salt.constData()), ops,
                         size_t(memKiB) * 1024, crypto_pwhash_ALG_ARGON2ID13) == 0;
}

struct Sealed
{
    quint32 ops = 0, memKiB = 0;
    QByteArray salt, nonce, cipher, pubBlob, name;
};

std::optional<Sealed> parseSealed(const QByteArray &text)
{
    const auto blob = wire::dearmor(text, kLabel);
    if (!blob)
        return std::nullopt;
    Sealed s;
    qsizetype pos = 0;
    QByteArray format, kdf, cipherName;
    if (!wire::getString(*blob, &pos, &format) || format != kFormat ||
        !wire::getString(*blob, &pos, &kdf) || kdf != kKdf ||
        !wire::getUint32(*blob, &pos, &s.ops) || !wire::getUint32(*blob, &pos, &s.memKiB) ||
        !wire::getString(*blob, &pos, &s.salt) || !wire::getString(*blob, &pos, &cipherName) ||
        cipherName != kCipher || !wire::getString(*blob, &pos, &s.nonce) ||
        !wire::getString(*blob, &pos, &s.cipher) || !wire::getString(*blob, &pos, &s.pubBlob) ||
        !wire::getString(*blob, &pos, &s.name) || s.salt.size() != crypto_pwhash_SALTBYTES ||
        s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        s.cipher.size() !=
            crypto_sign_ed25519_SEEDBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        s.memKiB > 4u * 1024 * 1024 || s.ops > 64)
        return std::nullopt;
    return s;
}

} // namespace

bool isEncrypted(const QByteArray &text)
{
    return text.contains(QByteArray("-----BEGIN ") + kLabel);
}

QByteArray encrypt(const SecretKey &key, const QString &name, const QByteArray &passphrase)
{
    ensureSodium();
    Sealed s;
    s.ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    s.memKiB = quint32(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024);
    s.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(s.salt.data(), size_t(s.salt.size()));
    s.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(s.nonce.data(), size_t(s.nonce.size()));
    s.pubBlob = key.publicKey().sshBlob();
    s.name = name.toUtf8();
    unsigned char *k =
        static_cast<unsigned char *>(sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
    if (!deriveKey(k, passphrase, s.salt, s.ops, s.memKiB))
        qFatal("Argon2id ran out of memory");
    QByteArray seed = key.seed();
    s.cipher.resize(crypto_sign_ed25519_SEEDBYTES + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    const QByteArray ad = aad(s.pubBlob, s.name);
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<uchar *>(s.cipher.data()), nullptr,
        reinterpret_cast<const uchar *>(seed.constData()), quint64(seed.size()),
        reinterpret_cast<const uchar *>(ad.constData()), quint64(ad.size()), nullptr,
        reinterpret_cast<const uchar *>(s.nonce.constData()), k);
    sodium_memzero(seed.data(), size_t(seed.size()));
    sodium_free(k);
    QByteArray blob;
    wire::putString(blob, kFormat);
    wire::putString(blob, kKdf);
    wire::putUint32(blob, s.ops);
    wire::putUint32(blob, s.memKiB);
    wire::putString(blob, s.salt);
    wire::putString(blob, kCipher);
    wire::putString(blob, s.nonce);
    wire::putString(blob, s.cipher);
    wire::putString(blob, s.pubBlob);
    wire::putString(blob, s.name);
    return wire::armor(blob, kLabel);
}

std::optional<PublicKey> publicKeyOf(const QByteArray &text, QString *name)
{
    const auto s = parseSealed(text);
    if (!s)
        return std::nullopt;
    if (name)
        *name = QString::fromUtf8(s->name);
    return PublicKey::fromSshBlob(s->pubBlob);
}

Decoded decrypt(const QByteArray &text, const QByteArray &passphrase)
{
    ensureSodium();
    Decoded d;
    const auto s = parseSealed(text);
    if (!s) {
        d.error = QStringLiteral("not a MeshDesk private key file (damaged?)");
        return d;
    }
    d.name = QString::fromUtf8(s->name);
    unsigned char *k =
        static_cast<unsigned char *>(sodium_malloc(crypto_aead_xchacha20poly1305_ietf_KEYBYTES));
    QByteArray seed(crypto_sign_ed25519_SEEDBYTES, Qt::Uninitialized);
    const QByteArray ad = aad(s->pubBlob, s->name);
    const bool ok =
        deriveKey(k, passphrase, s->salt, s->ops, s->memKiB) &&
        crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<uchar *>(seed.data()), nullptr, nullptr,
            reinterpret_cast<const uchar *>(s->cipher.constData()), quint64(s->cipher.size()),
            reinterpret_cast<const uchar *>(ad.constData()), quint64(ad.size()),
            reinterpret_cast<const uchar *>(s->nonce.constData()), k) == 0;
    sodium_free(k);
    if (!ok) {
        d.needsPassphrase = true;
        d.error = passphrase.isEmpty() ? QStringLiteral("the key is protected by a passphrase")
                                       : QStringLiteral("wrong passphrase");
        return d;
    }
    d.key = SecretKey::fromSeed(seed);
    sodium_memzero(seed.data(), size_t(seed.size()));
    if (!d.key || d.key->publicKey().sshBlob() != s->pubBlob) {
        d.key.reset();
        d.error = QStringLiteral("the key file's public and private parts do not match");
    }
    return d;
}

Decoded readOpenSsh(const QByteArray &text)
{
    Decoded d;
    const auto blob = wire::dearmor(text, kSshLabel);
    if (!blob) {
        d.error = QStringLiteral("not a private key (neither MeshDesk's nor OpenSSH's format)");
        return d;
    }
    qsizetype pos = 0;
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob->startsWith(magic)) {
        d.error = QStringLiteral("not an openssh-key-v1 private key");
        return d;
    }
    pos = magic.size();
    QByteArray cipher, kdf, kdfOptions, pub, section;
    quint32 count = 0;
    if (!wire::getString(*blob, &pos, &cipher) || !wire::getString(*blob, &pos, &kdf) ||
        !wire::getString(*blob, &pos, &kdfOptions) || !wire::getUint32(*blob, &pos, &count) ||
        count != 1 || !wire::getString(*blob, &pos, &pub) ||
        !wire::getString(*blob, &pos, &section)) {
        d.error = QStringLiteral("damaged OpenSSH private key");
        return d;
    }
    if (cipher != "none") {
        d.error = QStringLiteral("this OpenSSH key is encrypted (%1): MeshDesk reads OpenSSH keys "
                                 "without a passphrase only; import a decrypted copy (ssh-keygen "
                                 "-p -N \"\" -f COPY) and keep MeshDesk's own passphrase on it")
                      .arg(QString::fromLatin1(cipher.left(30)));
        return d;
    }
    qsizetype p = 0;
    quint32 check1 = 0, check2 = 0;
    QByteArray type, pubRaw, priv, comment;
    if (!wire::getUint32(section, &p, &check1) || !wire::getUint32(section, &p, &check2) ||
        check1 != check2 || !wire::getString(section, &p, &type) ||
        !wire::getString(section, &p, &pubRaw) || !wire::getString(section, &p, &priv) ||
        !wire::getString(section, &p, &comment)) {
        d.error = QStringLiteral("damaged OpenSSH private key");
        return d;
    }
    if (type != "ssh-ed25519" || priv.size() != 64 || pubRaw.size() != 32) {
        d.error = QStringLiteral("key type '%1' is not supported; MeshDesk uses ssh-ed25519")
                      .arg(QString::fromLatin1(type.left(30)));
        return d;
    }
    d.key = SecretKey::fromSeed(priv.left(32));
    sodium_memzero(priv.data(), size_t(priv.size()));
    d.name = QString::fromUtf8(comment);
    if (!d.key || d.key->publicKey().raw() != pubRaw) {
        d.key.reset();
        d.error = QStringLiteral("the OpenSSH key's public and private parts do not match");
    }
    return d;
}

QByteArray writeOpenSsh(const SecretKey &key, const QString &comment)
{
    ensureSodium();
    QByteArray section;
    quint32 check = 0;
    randombytes_buf(&check, sizeof check);
    wire::putUint32(section, check);
    wire::putUint32(section, check);
    wire::putString(section, QByteArrayLiteral("ssh-ed25519"));
    wire::putString(section, key.publicKey().raw());
    wire::putString(section, key.seed() + key.publicKey().raw());
    wire::putString(section, comment.toUtf8());
    for (char pad = 1; section.size() % 8; ++pad)
        section.append(pad);
    QByteArray blob("openssh-key-v1\0", 15);
    wire::putString(blob, "none");
    wire::putString(blob, "none");
    wire::putString(blob, {});
    wire::putUint32(blob, 1);
    wire::putString(blob, key.publicKey().sshBlob());
    wire::putString(blob, section);
    return wire::armor(blob, kSshLabel);
}

Decoded read(const QByteArray &text, const QByteArray &passphrase)
{
    return isEncrypted(text) ? decrypt(text, passphrase) : readOpenSsh(text);
}

} // namespace meshdesk::identity::keyfile
