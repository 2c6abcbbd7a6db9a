#include "Keys.h"

#include <QCryptographicHash>
#include <QStringList>
#include <mutex>
#include <sodium.h>

namespace meshdesk::identity {

namespace {
const QByteArray kKeyType = QByteArrayLiteral("ssh-ed25519");
}

void ensureSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium could not be initialised");
    });
}

// --- wire ---

namespace wire {

void putUint32(QByteArray &out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

void putString(QByteArray &out, const QByteArray &s)
{
    putUint32(out, quint32(s.size()));
    out.append(s);
}

bool getUint32(const QByteArray &in, qsizetype *pos, quint32 *v)
{
    if (*pos < 0 || in.size() - *pos < 4)
        return false;
    const auto *p = reinterpret_cast<const uchar *>(in.constData() + *pos);
    *v = quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | quint32(p[3]);
    *pos += 4;
    return true;
}

bool getString(const QByteArray &in, qsizetype *pos, QByteArray *s)
{
    quint32 n = 0;
    if (!getUint32(in, pos, &n) || quint64(in.size() - *pos) < n)
        return false;
    *s = in.mid(*pos, qsizetype(n));
    *pos += qsizetype(n);
    return true;
}

QByteArray armor(const QByteArray &data, const char *label)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = data.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 70)
        out += b64.mid(i, 70) + '\n';
    out += QByteArray("-----END ") + label + "-----\n";
    return out;
}

std::optional<QByteArray> dearmor(const QByteArray &text, const char *label)
{
    const QByteArray begin = QByteArray("-----BEGIN ") + label + "-----";
    const QByteArray end = QByteArray("-----END ") + label + "-----";
    const qsizetype b = text.indexOf(begin);
    const qsizetype e = text.indexOf(end);
    if (b < 0 || e < b)
        return std::nullopt;
    QByteArray body = text.mid(b + begin.size(), e - b - begin.size());
    body.replace('\n', "").replace('\r', "").replace(' ', "");
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace wire

// --- PublicKey ---

std::optional<PublicKey> PublicKey::fromRaw(const QByteArray &raw32)
{
    if (raw32.size() != crypto_sign_ed25519_PUBLICKEYBYTES)
        return std::nullopt;
    PublicKey k;
    k.m_raw = raw32;
    return k;
}

std::optional<PublicKey> PublicKey::fromSshBlob(const QByteArray &blob)
{
    qsizetype pos = 0;
    QByteArray type, raw;
    if (!wire::getString(blob, &pos, &type) || type != kKeyType ||
        !wire::getString(blob, &pos, &raw) || pos != blob.size())
        return std::nullopt;
    return fromRaw(raw);
}

std::optional<PublicKey> PublicKey::fromOpenSsh(const QString &line, QString *comment,
                                                QString *error)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    auto fail = [&](const QString &why) -> std::optional<PublicKey> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (parts.size() < 2)
        return fail(QStringLiteral("not an OpenSSH public key line (\"ssh-ed25519 AAAA… name\")"));
    if (parts[0] != QLatin1String(kKeyType))
        return fail(QStringLiteral("key type '%1' is not supported; MeshDesk uses ssh-ed25519")
                        .arg(parts[0].left(40)));
    auto blob = QByteArray::fromBase64Encoding(parts[1].toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
    if (!blob)
        return fail(QStringLiteral("the key is not valid base64"));
    auto key = fromSshBlob(blob.decoded);
    if (!key)
        return fail(QStringLiteral("the key blob is not an Ed25519 public key"));
    if (comment)
        *comment = parts.mid(2).join(QLatin1Char(' '));
    return key;
}

QByteArray PublicKey::sshBlob() const
{
    QByteArray out;
    wire::putString(out, kKeyType);
    wire::putString(out, m_raw);
    return out;
}

QString PublicKey::openSshLine(const QString &comment) const
{
    QString line = QString::fromLatin1(kKeyType + ' ' + sshBlob().toBase64());
    if (!comment.isEmpty())
        line += QLatin1Char(' ') + comment;
    return line;
}

QString PublicKey::fingerprint() const
{
    const QByteArray h = QCryptographicHash::hash(sshBlob(), QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(h.toBase64(QByteArray::OmitTrailingEquals));
}

bool PublicKey::verify(const QByteArray &message, const QByteArray &signature64) const
{
    ensureSodium();
    if (!isValid() || signature64.size() != crypto_sign_ed25519_BYTES)
        return false;
    return crypto_sign_ed25519_verify_detached(
               reinterpret_cast<const uchar *>(signature64.constData()),
               reinterpret_cast<const uchar *>(message.constData()), quint64(message.size()),
               reinterpret_cast<const uchar *>(m_raw.constData())) == 0;
}

// --- SecretKey ---

struct SecretKey::Buffer
{
    unsigned char *bytes = nullptr; // crypto_sign_ed25519_SECRETKEYBYTES (seed + public key)
    Buffer()
        : bytes(static_cast<unsigned char *>(sodium_malloc(crypto_sign_ed25519_SECRETKEYBYTES)))
    {
        if (!bytes)
            qFatal("out of memory for a key");
    }
    ~Buffer() { sodium_free(bytes); } // wipes before freeing
    Buffer(const Buffer &) = delete;
    Buffer &operator=(const Buffer &) = delete;
};

SecretKey SecretKey::generate()
{
    ensureSodium();
    SecretKey k;
    k.m_secret = std::make_shared<Buffer>();
    QByteArray pub(crypto_sign_ed25519_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_keypair(reinterpret_cast<uchar *>(pub.data()), k.m_secret->bytes);
    k.m_public = *PublicKey::fromRaw(pub);
    return k;
}

std::optional<SecretKey> SecretKey::fromSeed(const QByteArray &seed32)
{
    ensureSodium();
    if (seed32.size() != crypto_sign_ed25519_SEEDBYTES)
        return std::nullopt;
    SecretKey k;
    k.m_secret = std::make_shared<Buffer>();
    QByteArray pub(crypto_sign_ed25519_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_seed_keypair(reinterpret_cast<uchar *>(pub.data()), k.m_secret->bytes,
                                     reinterpret_cast<const uchar *>(seed32.constData()));
    k.m_public = *PublicKey::fromRaw(pub);
    return k;
}

QByteArray SecretKey::sign(const QByteArray &message) const
{
    QByteArray sig(crypto_sign_ed25519_BYTES, Qt::Uninitialized);
    crypto_sign_ed25519_detached(reinterpret_cast<uchar *>(sig.data()), nullptr,
                                 reinterpret_cast<const uchar *>(message.constData()),
                                 quint64(message.size()), m_secret->bytes);
    return sig;
}

QByteArray SecretKey::seed() const
{
    return QByteArray(reinterpret_cast<const char *>(m_secret->bytes),
                      crypto_sign_ed25519_SEEDBYTES);
}

} // namespace meshdesk::identity
