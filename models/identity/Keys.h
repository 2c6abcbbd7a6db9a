// Ed25519 keys (libsodium) in OpenSSH's encodings: who acts in MeshDesk is proven by one of
// these, never by a typed name. Public keys travel as OpenSSH lines ("ssh-ed25519 AAAA… name")
// and are compared by their SHA-256 fingerprint, exactly as `ssh-keygen -l` prints it.
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>

namespace meshdesk::identity {

// libsodium must be initialised once before use; every function here does it on first call.
void ensureSodium();

class PublicKey
{
public:
    PublicKey() = default;
    static std::optional<PublicKey> fromRaw(const QByteArray &raw32);
    // "ssh-ed25519 BASE64 [comment]"; the comment (if any) goes to *comment.
    static std::optional<PublicKey> fromOpenSsh(const QString &line, QString *comment = nullptr,
                                                QString *error = nullptr);
    // The SSH wire blob: string "ssh-ed25519" + string key.
    static std::optional<PublicKey> fromSshBlob(const QByteArray &blob);

    bool isValid() const { return m_raw.size() == 32; }
    QByteArray raw() const { return m_raw; }
    QByteArray sshBlob() const;
    QString openSshLine(const QString &comment = {}) const;
    QString fingerprint() const; // "SHA256:…" (base64, no padding), as ssh-keygen -l
    bool verify(const QByteArray &message, const QByteArray &signature64) const;
    bool operator==(const PublicKey &o) const { return m_raw == o.m_raw; }

private:
    QByteArray m_raw;
};

// A private key. The 64 secret bytes live in memory libsodium guards (mlock'ed, wiped on free)
// and are never logged; copies share that one buffer.
class SecretKey
{
public:
    static SecretKey generate();
    static std::optional<SecretKey> fromSeed(const QByteArray &seed32);

    PublicKey publicKey() const { return m_public; }
    QByteArray sign(const QByteArray &message) const; // 64-byte detached Ed25519 signature
    QByteArray seed() const;                          // for encrypting into a key file only

private:
    SecretKey() = default;
    struct Buffer;
    std::shared_ptr<Buffer> m_secret;
    PublicKey m_public;
};

// SSH wire helpers (RFC 4251 strings), shared by the signature and key-file encodings.
namespace wire {
void putString(QByteArray &out, const QByteArray &s);
void putUint32(QByteArray &out, quint32 v);
// Reads at *pos; false when the input ends early.
bool getString(const QByteArray &in, qsizetype *pos, QByteArray *s);
bool getUint32(const QByteArray &in, qsizetype *pos, quint32 *v);
// PEM-like armour: a BEGIN line, base64 wrapped at 70 columns, an END line.
QByteArray armor(const QByteArray &data, const char *label);
std::optional<QByteArray> dearmor(const QByteArray &text, const char *label);
} // namespace wire

} // namespace meshdesk::identity
