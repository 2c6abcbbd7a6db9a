#include "KeyStore.h"

#include "KeyFile.h"
#include "SshSig.h"
#include "core/Names.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <fcntl.h>
#include <pwd.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace meshdesk::identity {

namespace {

// Writes a file readable by its owner only, atomically (temporary file + rename), never
// following a symlink left at the target.
bool writePrivate(const QString &path, const QByteArray &data, QString *error)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = target + ".tmp-" + QByteArray::number(getpid());
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0600);
    if (fd < 0) {
        *error = QStringLiteral("%1: cannot write (%2)")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n <= 0) {
            *error = QStringLiteral("%1: cannot write (%2)")
                         .arg(path, QString::fromLocal8Bit(strerror(errno)));
            ::close(fd);
            ::unlink(tmp.constData());
            return false;
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0 ||
        ::rename(tmp.constData(), target.constData()) != 0) {
        *error = QStringLiteral("%1: cannot write (%2)")
                     .arg(path, QString::fromLocal8Bit(strerror(errno)));
        ::unlink(tmp.constData());
        return false;
    }
    return true;
}

QByteArray readSmall(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return {};
    }
    if (f.size() > 64 * 1024) {
        *error = QStringLiteral("%1: too large for a key file").arg(path);
        return {};
    }
    return f.readAll();
}

QString vaultAccount(const PublicKey &key)
{
    return QStringLiteral("identity ") + key.fingerprint();
}

} // namespace

QString storageName(Storage s)
{
    switch (s) {
    case Storage::File:
        return QStringLiteral("file");
    case Storage::Keychain:
        return QStringLiteral("keychain");
    case Storage::Demo:
        return QStringLiteral("demo");
    case Storage::External:
        return QStringLiteral("MESHDESK_KEY_FILE");
    }
    return {};
}

bool isValidIdentityName(const QString &name)
{
    return names::isValidUserName(name); // one rule for every name (core/Names.h)
}

QString osLogin()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        if (const passwd *pw = getpwuid(getuid()))
            user = QString::fromLocal8Bit(pw->pw_name);
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

KeyStore::KeyStore(const QString &dir) : m_dir(dir) {}

QString KeyStore::defaultName(const QString &preferred) const
{
    const QList<LocalIdentity> all = list();
    if (!preferred.isEmpty() &&
        std::any_of(all.cbegin(), all.cend(), [&](const auto &i) { return i.name == preferred; }))
        return preferred;
    for (const LocalIdentity &i : all)
        if (i.storage == Storage::External)
            return i.name;
    if (all.size() == 1)
        return all.front().name;
    return preferred.isEmpty() ? osLogin() : preferred;
}

QString KeyStore::defaultDir()
{
    const QString env = qEnvironmentVariable("MESHDESK_KEY_DIR");
    if (!env.isEmpty())
        return env;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("identities"));
}

std::optional<LocalIdentity> KeyStore::external() const
{
    const QString path = qEnvironmentVariable("MESHDESK_KEY_FILE");
    if (path.isEmpty())
        return std::nullopt;
    QString error;
    const QByteArray text = readSmall(path, &error);
    if (text.isEmpty())
        return std::nullopt;
    LocalIdentity id;
    id.storage = Storage::External;
    id.path = path;
    if (keyfile::isEncrypted(text)) {
        const auto pub = keyfile::publicKeyOf(text, &id.name);
        if (!pub)
            return std::nullopt;
        id.key = *pub;
    } else {
        // An OpenSSH key: the public part is readable without unlocking anything.
        const keyfile::Decoded d = keyfile::readOpenSsh(text);
        if (!d.key)
            return std::nullopt;
        id.key = d.key->publicKey();
        id.name = d.name;
    }
    const QString named = qEnvironmentVariable("MESHDESK_KEY_NAME");
    if (!named.isEmpty())
        id.name = named;
    if (!isValidIdentityName(id.name))
        return std::nullopt;
    return id;
}

QList<LocalIdentity> KeyStore::list() const
{
    QList<LocalIdentity> out;
    const QDir dir(m_dir);
    for (const QFileInfo &pub :
         dir.entryInfoList({QStringLiteral("*.pub")}, QDir::Files, QDir::Name)) {
        const QString name = pub.completeBaseName();
        if (!isValidIdentityName(name))
            continue;
        QFile f(pub.filePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const auto key = PublicKey::fromOpenSsh(QString::fromUtf8(f.readLine()));
        if (!key)
            continue;
        LocalIdentity id{name, *key, Storage::File, dir.filePath(name + QStringLiteral(".key"))};
        if (QFileInfo::exists(dir.filePath(name + QStringLiteral(".keychain")))) {
            id.storage = Storage::Keychain;
            id.path = dir.filePath(name + QStringLiteral(".keychain"));
        } else if (QFileInfo::exists(dir.filePath(name + QStringLiteral(".demo")))) {
            id.storage = Storage::Demo;
            id.path = dir.filePath(name + QStringLiteral(".demo"));
        } else if (!QFileInfo::exists(id.path)) {
            continue; // a public key alone acts for nobody
        }
        out.append(id);
    }
    if (auto ext = external()) {
        out.removeIf([&](const LocalIdentity &i) { return i.name == ext->name; });
        out.append(*ext);
    }
    return out;
}

std::optional<LocalIdentity> KeyStore::find(const QString &name) const
{
    for (const LocalIdentity &id : list())
        if (id.name == name)
            return id;
    return std::nullopt;
}

KeyStore::Result KeyStore::store(const QString &name, const SecretKey &key, Storage storage,
                                 const QByteArray &passphrase, Vault *vault) const
{
    Result r;
    if (!isValidIdentityName(name)) {
        r.error = QStringLiteral("'%1' is not a valid name: use letters, digits and . _ @ - (at "
                                 "most 64, starting with a letter or digit)")
                      .arg(name.left(80));
        return r;
    }
    if (!QDir().mkpath(m_dir)) {
        r.error = QStringLiteral("%1: cannot create the key folder").arg(m_dir);
        return r;
    }
    ::chmod(QFile::encodeName(m_dir).constData(), 0700);
    const QDir dir(m_dir);
    for (const char *ext : {".key", ".keychain", ".demo"})
        if (QFileInfo::exists(dir.filePath(name + QLatin1String(ext)))) {
            r.error = QStringLiteral("an identity '%1' already exists in %2").arg(name, m_dir);
            return r;
        }
    LocalIdentity id{name, key.publicKey(), storage, {}};
    switch (storage) {
    case Storage::File:
        if (passphrase.isEmpty()) {
            r.error = QStringLiteral("a key file needs a passphrase (keys are never stored in "
                                     "clear text)");
            return r;
        }
        id.path = dir.filePath(name + QStringLiteral(".key"));
        if (!writePrivate(id.path, keyfile::encrypt(key, name, passphrase), &r.error))
            return r;
        break;
    case Storage::Keychain: {
        if (!vault) {
            r.error = QStringLiteral("no system keychain is available");
            return r;
        }
        QByteArray seed = key.seed();
        const bool ok = vault->write(vaultAccount(id.key), seed, &r.error);
        sodium_memzero(seed.data(), size_t(seed.size()));
        if (!ok)
            return r;
        id.path = dir.filePath(name + QStringLiteral(".keychain"));
        if (!writePrivate(id.path, id.key.fingerprint().toUtf8() + '\n', &r.error))
            return r;
        break;
    }
    case Storage::Demo:
        id.path = dir.filePath(name + QStringLiteral(".demo"));
        if (!writePrivate(id.path,
                          keyfile::writeOpenSsh(key, name + QStringLiteral(" (MeshDesk demo key)")),
                          &r.error))
            return r;
        break;
    case Storage::External:
        r.error = QStringLiteral("MESHDESK_KEY_FILE keys are made outside MeshDesk");
        return r;
    }
    QString error;
    if (!writePrivate(dir.filePath(name + QStringLiteral(".pub")),
                      id.key.openSshLine(name).toUtf8() + '\n', &error)) {
        r.error = error;
        return r;
    }
    ::chmod(QFile::encodeName(dir.filePath(name + QStringLiteral(".pub"))).constData(), 0644);
    r.identity = id;
    return r;
}

KeyStore::Result KeyStore::create(const QString &name, Storage storage,
                                  const QByteArray &passphrase, Vault *vault) const
{
    return store(name, SecretKey::generate(), storage, passphrase, vault);
}

KeyStore::Result KeyStore::importKey(const QString &name, const QByteArray &privateKeyText,
                                     const QByteArray &sourcePassphrase, Storage storage,
                                     const QByteArray &passphrase, Vault *vault) const
{
    const keyfile::Decoded d = keyfile::read(privateKeyText, sourcePassphrase);
    if (!d.key)
        return {std::nullopt, d.error};
    return store(name, *d.key, storage, passphrase, vault);
}

KeyStore::Unlocked KeyStore::unlock(const LocalIdentity &id, const PassphraseFn &ask,
                                    Vault *vault) const
{
    Unlocked u;
    if (id.storage == Storage::Keychain) {
        if (!vault) {
            u.error = QStringLiteral("%1's key is in the system keychain, which is not available "
                                     "here")
                          .arg(id.name);
            return u;
        }
        QString error;
        auto seed = vault->read(vaultAccount(id.key), &error);
        if (!seed) {
            u.error = QStringLiteral("%1's key could not be read from the system keychain: %2")
                          .arg(id.name, error);
            return u;
        }
        u.key = SecretKey::fromSeed(*seed);
        sodium_memzero(seed->data(), size_t(seed->size()));
    } else {
        QString error;
        struct stat st
        {
        };
        const QByteArray path = QFile::encodeName(id.path);
        if (::stat(path.constData(), &st) != 0) {
            u.error =
                QStringLiteral("%1: %2").arg(id.path, QString::fromLocal8Bit(strerror(errno)));
            return u;
        }
        if ((st.st_mode & 077) != 0) {
            // as ssh does: a private key others may read is not used
            u.error = QStringLiteral("%1: permissions %2 are too open; a private key must be "
                                     "readable by its owner only (chmod 600)")
                          .arg(id.path)
                          .arg(st.st_mode & 0777, 4, 8, QLatin1Char('0'));
            return u;
        }
        QByteArray text = readSmall(id.path, &error);
        if (text.isEmpty()) {
            u.error = error;
            return u;
        }
        if (keyfile::isEncrypted(text)) {
            QByteArray pass = qEnvironmentVariable("MESHDESK_KEY_PASSPHRASE").toUtf8();
            keyfile::Decoded d = pass.isEmpty() ? keyfile::Decoded{} : keyfile::decrypt(text, pass);
            for (int attempt = 0; !d.key && attempt < 3; ++attempt) {
                const auto asked = ask ? ask(id.name, false) : std::nullopt;
                if (!asked) {
                    u.cancelled = ask != nullptr;
                    u.error = d.error.isEmpty()
                                  ? QStringLiteral("%1's key is protected by a passphrase: none "
                                                   "was given (set MESHDESK_KEY_PASSPHRASE for "
                                                   "scripts)")
                                        .arg(id.name)
                                  : QStringLiteral("%1's key: %2").arg(id.name, d.error);
                    return u;
                }
                d = keyfile::decrypt(text, *asked);
            }
            if (!d.key) {
                u.error = QStringLiteral("%1's key: %2").arg(id.name, d.error);
                return u;
            }
            u.key = d.key;
        } else {
            const keyfile::Decoded d = keyfile::readOpenSsh(text);
            if (!d.key) {
                u.error = QStringLiteral("%1: %2").arg(id.path, d.error);
                return u;
            }
            u.key = d.key;
        }
        sodium_memzero(text.data(), size_t(text.size()));
    }
    if (u.key && !(u.key->publicKey() == id.key)) {
        u.key.reset();
        u.error = QStringLiteral("%1's private key does not belong to its public key %2")
                      .arg(id.name, id.key.fingerprint());
    }
    return u;
}

// --- Keyring ---

Keyring::Keyring(KeyStore store, PassphraseFn ask, Vault *vault)
    : m_store(std::move(store)), m_ask(std::move(ask)), m_vault(vault)
{
}

QString Keyring::missingKeyMessage(const QString &name) const
{
    // read by people in the window too (the review page's reason, the status bar): translated
    return QCoreApplication::translate(
               "meshdesk::identity::Keyring",
               "no private key for '%1' on this machine (looked in %2%3): acting as someone needs "
               "their key; create one with 'meshdesk identity create --as %1' or import it "
               "('meshdesk identity import FILE --as %1')")
        .arg(name, m_store.dir(),
             qEnvironmentVariableIsSet("MESHDESK_KEY_FILE")
                 ? QCoreApplication::translate("meshdesk::identity::Keyring",
                                               " and MESHDESK_KEY_FILE")
                 : QString());
}

bool Keyring::holds(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    return m_unlocked.contains(name) || m_store.find(name).has_value();
}

KeyStore::Unlocked Keyring::unlock(const QString &name)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_unlocked.constFind(name); it != m_unlocked.cend())
            return {*it, {}};
    }
    const auto id = m_store.find(name);
    if (!id)
        return {std::nullopt, missingKeyMessage(name)};
    KeyStore::Unlocked u = m_store.unlock(*id, m_ask, m_vault);
    if (u.key) {
        std::lock_guard lock(m_mutex);
        m_unlocked.insert(name, *u.key);
    }
    return u;
}

std::optional<SecretKey> Keyring::unlockedKey(const QString &name) const
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_unlocked.constFind(name); it != m_unlocked.cend())
        return *it;
    return std::nullopt;
}

Keyring::Signature Keyring::sign(const QString &name, const QByteArray &message)
{
    Signature s;
    const KeyStore::Unlocked u = unlock(name);
    if (!u.key) {
        s.error = u.error;
        return s;
    }
    s.key = u.key->publicKey();
    s.sshsig = sshsig::sign(*u.key, message);
    return s;
}

} // namespace meshdesk::identity
