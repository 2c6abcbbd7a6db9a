// The identities whose private keys this machine holds, and the keyring that signs with them.
//
// A key folder ($MESHDESK_KEY_DIR, else "identities" in the app data folder) holds per name:
//   NAME.pub       the OpenSSH public key line (comment = name)
//   NAME.key       the private key, passphrase-protected (MeshDesk format, mode 0600), or
//   NAME.keychain  a marker: the private key is in the system keychain (see Vault), or
//   NAME.demo      an unencrypted demo key (only --demo makes these; always shown as demo)
// Headless use (CI, scripts): $MESHDESK_KEY_FILE names one private key file (MeshDesk's format,
// passphrase from $MESHDESK_KEY_PASSPHRASE, or an unencrypted OpenSSH ed25519 key with mode
// 0600); its name is the one sealed in it / the key's comment, or $MESHDESK_KEY_NAME.
#pragma once

#include "Keys.h"

#include <QHash>
#include <QList>
#include <functional>
#include <mutex>

namespace meshdesk::identity {

enum class Storage
{
    File,     // NAME.key, passphrase-protected
    Keychain, // the system keychain
    Demo,     // NAME.demo, unencrypted, demo only
    External  // $MESHDESK_KEY_FILE
};
QString storageName(Storage s);

struct LocalIdentity
{
    QString name;
    PublicKey key;
    Storage storage = Storage::File;
    QString path; // the private key file, or the keychain marker
    bool isDemo() const { return storage == Storage::Demo; }
};

// The system keychain, provided by the application (QtKeychain lives outside the core).
class Vault
{
public:
    virtual ~Vault() = default;
    virtual bool write(const QString &account, const QByteArray &secret, QString *error) = 0;
    virtual std::optional<QByteArray> read(const QString &account, QString *error) = 0;
    virtual void remove(const QString &account) = 0;
};

// Asks for a passphrase: (identity name, true when a new one is being set). nullopt = cancelled.
using PassphraseFn = std::function<std::optional<QByteArray>(const QString &name, bool isNew)>;

// Names people act under: names::isValidUserName (core/Names.h), the one rule for user names:
// letters, digits and . _ @ - (at most 64, not starting with a symbol).
bool isValidIdentityName(const QString &name);

// The operating system's login name ("unknown" when there is none).
QString osLogin();

class KeyStore
{
public:
    explicit KeyStore(const QString &dir = defaultDir());
    static QString defaultDir();
    QString dir() const { return m_dir; }

    QList<LocalIdentity> list() const; // the folder's identities, then $MESHDESK_KEY_FILE's
    std::optional<LocalIdentity> find(const QString &name) const;
    // Who acts when nobody said: preferred (a saved choice) if its key is here, else
    // $MESHDESK_KEY_FILE's identity, else the only identity here, else the OS login.
    QString defaultName(const QString &preferred = {}) const;

    struct Result
    {
        std::optional<LocalIdentity> identity;
        QString error;
    };
    Result create(const QString &name, Storage storage, const QByteArray &passphrase,
                  Vault *vault = nullptr) const;
    // An existing private key (OpenSSH unencrypted, or a MeshDesk key file with sourcePassphrase)
    // stored under name like create() does.
    Result importKey(const QString &name, const QByteArray &privateKeyText,
                     const QByteArray &sourcePassphrase, Storage storage,
                     const QByteArray &passphrase, Vault *vault = nullptr) const;
    struct Unlocked
    {
        std::optional<SecretKey> key;
        QString error;
        bool cancelled = false;
    };
    Unlocked unlock(const LocalIdentity &id, const PassphraseFn &ask, Vault *vault) const;

private:
    Result store(const QString &name, const SecretKey &key, Storage storage,
                 const QByteArray &passphrase, Vault *vault) const;
    std::optional<LocalIdentity> external() const;
    QString m_dir;
};

// What signs acts: the keys unlocked in this process, by name, each asked for once.
class Keyring
{
public:
    Keyring(KeyStore store, PassphraseFn ask, Vault *vault = nullptr);

    struct Signature
    {
        QByteArray sshsig; // SSHSIG blob over the message
        PublicKey key;
        QString error; // empty on success
    };
    Signature sign(const QString &name, const QByteArray &message);
    bool holds(const QString &name) const; // a private key for name is on this machine
    // Unlocks now (asking for the passphrase if needed), for switching identity.
    KeyStore::Unlocked unlock(const QString &name);
    // name's key when it is unlocked already (never asks for a passphrase)
    std::optional<SecretKey> unlockedKey(const QString &name) const;
    std::optional<LocalIdentity> identity(const QString &name) const { return m_store.find(name); }
    const KeyStore &keyStore() const { return m_store; }
    // The explanation given when name's key is not here.
    QString missingKeyMessage(const QString &name) const;

private:
    KeyStore m_store;
    PassphraseFn m_ask;
    Vault *m_vault;
    mutable std::mutex m_mutex;
    QHash<QString, SecretKey> m_unlocked;
};

} // namespace meshdesk::identity
