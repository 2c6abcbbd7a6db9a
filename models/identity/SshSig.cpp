#include "SshSig.h"

#include <sodium.h>

namespace meshdesk::identity::sshsig {

namespace {

const QByteArray kMagic = QByteArrayLiteral("SSHSIG");
const QByteArray kHash = QByteArrayLiteral("sha512");
constexpr quint32 kVersion = 1;

QByteArray sha512(const QByteArray &m)
{
    ensureSodium();
    QByteArray h(crypto_hash_sha512_BYTES, Qt::Uninitialized);
    crypto_hash_sha512(reinterpret_cast<uchar *>(h.data()),
                       reinterpret_cast<const uchar *>(m.constData()), quint64(m.size()));
    return h;
}

// What the key actually signs (PROTOCOL.sshsig, "Signed Data").
QByteArray signedData(const QByteArray &message, const QByteArray &ns)
{
    QByteArray d = kMagic;
    wire::putString(d, ns);
    wire::putString(d, {}); // reserved
    wire::putString(d, kHash);
    wire::putString(d, sha512(message));
    return d;
}

} // namespace

QByteArray sign(const SecretKey &key, const QByteArray &message, const char *ns)
{
    const QByteArray space(ns);
    QByteArray sigBlob;
    wire::putString(sigBlob, QByteArrayLiteral("ssh-ed25519"));
    wire::putString(sigBlob, key.sign(signedData(message, space)));
    QByteArray out = kMagic;
    wire::putUint32(out, kVersion);
    wire::putString(out, key.publicKey().sshBlob());
    wire::putString(out, space);
    wire::putString(out, {});
    wire::putString(out, kHash);
    wire::putString(out, sigBlob);
    return out;
}

Verified verify(const QByteArray &blob, const QByteArray &message, const char *ns)
{
    Verified v;
    qsizetype pos = kMagic.size();
    quint32 version = 0;
    QByteArray pub, space, reserved, hash, sigBlob;
    if (!blob.startsWith(kMagic) || !wire::getUint32(blob, &pos, &version) ||
        !wire::getString(blob, &pos, &pub) || !wire::getString(blob, &pos, &space) ||
        !wire::getString(blob, &pos, &reserved) || !wire::getString(blob, &pos, &hash) ||
        !wire::getString(blob, &pos, &sigBlob) || pos != blob.size()) {
        v.error = QStringLiteral("not an SSH signature (SSHSIG)");
        return v;
    }
    if (version != kVersion) {
        v.error = QStringLiteral("unsupported SSHSIG version %1").arg(version);
        return v;
    }
    const auto key = PublicKey::fromSshBlob(pub);
    if (!key) {
        v.error = QStringLiteral("the signature's key is not an Ed25519 key");
        return v;
    }
    v.key = *key;
    if (space != QByteArray(ns)) {
        v.error = QStringLiteral("signature namespace '%1', expected '%2'")
                      .arg(QString::fromUtf8(space.left(40)), QString::fromLatin1(ns));
        return v;
    }
    if (hash != kHash) {
        v.error = QStringLiteral("unsupported hash '%1'").arg(QString::fromUtf8(hash.left(20)));
        return v;
    }
    qsizetype p = 0;
    QByteArray type, raw;
    if (!wire::getString(sigBlob, &p, &type) || type != "ssh-ed25519" ||
        !wire::getString(sigBlob, &p, &raw) || p != sigBlob.size()) {
        v.error = QStringLiteral("malformed Ed25519 signature");
        return v;
    }
    if (!key->verify(signedData(message, space), raw)) {
        v.error = QStringLiteral("the signature does not match the content (altered, or signed "
                                 "by another key)");
        return v;
    }
    v.ok = true;
    return v;
}

QByteArray armored(const QByteArray &blob)
{
    return wire::armor(blob, "SSH SIGNATURE");
}

std::optional<QByteArray> fromArmored(const QByteArray &text)
{
    return wire::dearmor(text, "SSH SIGNATURE");
}

QString allowedSignersLine(const QString &name, const PublicKey &key)
{
    return QStringLiteral("%1 namespaces=\"%2\" %3")
        .arg(name, QString::fromLatin1(kNamespace), key.openSshLine());
}

} // namespace meshdesk::identity::sshsig
