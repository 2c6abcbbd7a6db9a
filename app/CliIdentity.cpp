// Command line: who acts (identities and their keys) and who belongs to a catalog (members).
//   meshdesk identity show|create|export-public|list|import
//   meshdesk member list|add|remove
#include "CliCommon.h"

#include "KeychainVault.h"
#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"
#include "team/Team.h"

#include <QFile>
#include <QJsonObject>
#include <QSettings>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace meshdesk::cli {

namespace {

// Reads a line from the terminal without echo; nullopt without a terminal.
std::optional<QByteArray> readHidden(const QString &prompt)
{
    FILE *tty = fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    fputs(qPrintable(prompt), tty);
    fflush(tty);
    termios old{};
    const bool isTty = tcgetattr(fileno(tty), &old) == 0;
    if (isTty) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fileno(tty), TCSAFLUSH, &quiet);
    }
    char buf[1024];
    const bool ok = fgets(buf, sizeof buf, tty) != nullptr;
    if (isTty)
        tcsetattr(fileno(tty), TCSAFLUSH, &old);
    fputs("\n", tty);
    fclose(tty);
    if (!ok)
        return std::nullopt;
    QByteArray line(buf);
    memset(buf, 0, sizeof buf);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

std::optional<QByteArray> askPassphrase(const QString &name, bool isNew)
{
    const QByteArray env = qEnvironmentVariable("MESHDESK_KEY_PASSPHRASE").toUtf8();
    if (!env.isEmpty())
        return env;
    if (!isNew)
        return readHidden(tr("Passphrase for %1's key: ").arg(name));
    for (int attempt = 0; attempt < 3; ++attempt) {
        const auto first = readHidden(tr("New passphrase for %1's key: ").arg(name));
        if (!first)
            return std::nullopt;
        if (first->size() < 8) {
            err(tr("a passphrase needs at least 8 characters"));
            continue;
        }
        const auto again = readHidden(tr("The same passphrase again: "));
        if (again && *again == *first)
            return first;
        err(tr("the two passphrases differ"));
    }
    return std::nullopt;
}

KeychainVault &vault()
{
    static KeychainVault v;
    return v;
}

QJsonObject identityJson(const identity::LocalIdentity &id)
{
    return {{QStringLiteral("name"), id.name},
            {QStringLiteral("fingerprint"), id.key.fingerprint()},
            {QStringLiteral("publicKey"), id.key.openSshLine(id.name)},
            {QStringLiteral("storage"), identity::storageName(id.storage)},
            {QStringLiteral("demo"), id.isDemo()}};
}

} // namespace

identity::Keyring &keyring()
{
    static identity::Keyring ring(identity::KeyStore(), askPassphrase, &vault());
    return ring;
}

QString actingName(const Options &o)
{
    if (!o.user.isEmpty())
        return o.user;
    return keyring().keyStore().defaultName(
        QSettings().value(QStringLiteral("identity")).toString());
}

Session::Session() : store(std::make_unique<CatalogStore>()) {}
Session::~Session() = default;

bool openSession(Session &s, const Options &o, bool readOnly)
{
    if (!openStore(*s.store, o, readOnly))
        return false;
    s.ledger = std::make_unique<ledger::Ledger>(*s.store, &keyring());
    QString error;
    if (!s.ledger->load(&error)) {
        err(error);
        return false;
    }
    team::attach(*s.ledger, team::binding(*s.store)); // a team catalog queues its acts
    s.actor = actingName(o);
    return true;
}

int cmdIdentity(const Options &o)
{
    const QString verb = o.args.value(1);
    const identity::KeyStore &keys = keyring().keyStore();
    if (verb == QLatin1String("list")) {
        printList(o.json, keys.list(), identityJson, {tr("NAME"), tr("FINGERPRINT"), tr("STORAGE")},
                  [](const identity::LocalIdentity &id) {
                      return QStringList{id.name, id.key.fingerprint(),
                                         identity::storageName(id.storage) +
                                             (id.isDemo() ? tr(" (demo key)") : QString())};
                  });
        return Ok;
    }
    const QString name = o.user.isEmpty() ? actingName(o) : o.user;
    if (verb == QLatin1String("create") || verb == QLatin1String("import")) {
        if (verb == QLatin1String("import") && o.args.size() != 3) {
            err(tr("usage: meshdesk identity import PRIVATE_KEY_FILE [--as NAME] [--storage "
                   "keychain|file]"));
            return Usage;
        }
        const QString storage = o.storage.isEmpty() ? QStringLiteral("auto") : o.storage;
        if (storage != QLatin1String("auto") && storage != QLatin1String("keychain") &&
            storage != QLatin1String("file")) {
            err(tr("--storage is keychain or file, not '%1'").arg(storage));
            return Usage;
        }
        QByteArray keyText;
        if (verb == QLatin1String("import")) {
            QFile f(o.args[2]);
            if (!f.open(QIODevice::ReadOnly)) {
                err(tr("%1: %2").arg(o.args[2], f.errorString()));
                return Rejected;
            }
            keyText = f.read(64 * 1024);
        }
        identity::KeyStore::Result r;
        auto make = [&](identity::Storage st, const QByteArray &pass) {
            return verb == QLatin1String("create")
                       ? keys.create(name, st, pass, &vault())
                       : keys.importKey(
                             name, keyText,
                             qEnvironmentVariable("MESHDESK_KEY_SOURCE_PASSPHRASE").toUtf8(), st,
                             pass, &vault());
        };
        if (storage != QLatin1String("file")) {
            r = make(identity::Storage::Keychain, {});
            if (!r.identity && storage == QLatin1String("keychain")) {
                err(r.error);
                return Rejected;
            }
            if (!r.identity)
                err(tr("no system keychain (%1): the key goes into a passphrase-protected file")
                        .arg(r.error));
        }
        if (!r.identity) {
            const auto pass = askPassphrase(name, true);
            if (!pass) {
                err(tr("no passphrase given (set MESHDESK_KEY_PASSPHRASE for scripts, or run in "
                       "a terminal); nothing was created"));
                return Rejected;
            }
            r = make(identity::Storage::File, *pass);
        }
        if (!r.identity) {
            err(r.error);
            return Rejected;
        }
        if (o.json)
            printJson(identityJson(*r.identity));
        else
            out(tr("identity %1 created: %2 (%3)\nshare the public key with your catalog's "
                   "admin: meshdesk identity export-public --as %1\n")
                    .arg(r.identity->name, r.identity->key.fingerprint(),
                         identity::storageName(r.identity->storage)));
        return Ok;
    }
    if (verb != QLatin1String("show") && verb != QLatin1String("export-public")) {
        err(tr("usage: meshdesk identity show|create|export-public|list|import [--as NAME]"));
        return Usage;
    }
    const auto id = keys.find(name);
    if (!id) {
        err(keyring().missingKeyMessage(name));
        return Rejected;
    }
    if (verb == QLatin1String("export-public")) {
        out(id->key.openSshLine(id->name) + QLatin1Char('\n'));
        return Ok;
    }
    QJsonObject j = identityJson(*id);
    // and what it is in the catalog, when there is one
    CatalogStore store;
    Options ro = o;
    QString membership;
    if (!o.db.isEmpty() || !qEnvironmentVariableIsEmpty("MESHDESK_DB")) {
        if (openStore(store, ro, true)) {
            ledger::Ledger ledger(store, &keyring());
            if (ledger.load() && ledger.hasGenesis()) {
                const QString member = ledger.memberOf(id->key.fingerprint());
                j.insert(QStringLiteral("catalogRoot"), ledger.rootFingerprint());
                j.insert(QStringLiteral("member"), !member.isEmpty());
                membership =
                    member.isEmpty()
                        ? tr("not a member of this catalog (root %1)").arg(ledger.rootFingerprint())
                        : tr("member of this catalog (root %1)").arg(ledger.rootFingerprint());
            }
        }
    }
    if (o.json) {
        printJson(j);
    } else {
        out(tr("%1\n  fingerprint %2\n  stored in %3%4\n  %5\n")
                .arg(id->name, id->key.fingerprint(), identity::storageName(id->storage),
                     id->isDemo() ? tr(" (demo key)") : QString(), id->key.openSshLine(id->name)));
        if (!membership.isEmpty())
            out(QStringLiteral("  %1\n").arg(membership));
    }
    return Ok;
}

int cmdMember(const Options &o)
{
    const QString verb = o.args.value(1);
    Session s;
    if (verb == QLatin1String("list")) {
        if (!openStore(*s.store, o, true))
            return DatabaseError;
        const QList<MemberRecord> members = s.store->members();
        printList(
            o.json, members,
            [](const MemberRecord &m) {
                return QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("fingerprint"), m.fingerprint},
                                   {QStringLiteral("publicKey"), m.publicKey},
                                   {QStringLiteral("admittedBy"), m.admittedBy},
                                   {QStringLiteral("admittedAt"), m.admittedAt},
                                   {QStringLiteral("active"), m.active}};
            },
            {tr("NAME"), tr("FINGERPRINT"), tr("ADMITTED BY"), tr("STATE")},
            [](const MemberRecord &m) {
                return QStringList{m.name, m.fingerprint, m.admittedBy,
                                   m.active ? tr("active") : tr("removed")};
            });
        return Ok;
    }
    const bool add = verb == QLatin1String("add");
    if ((!add && verb != QLatin1String("remove")) || o.args.size() != 3 ||
        (add && o.keyFile.isEmpty())) {
        err(tr("usage: meshdesk member add NAME --key PUBLIC_KEY_FILE_OR_LINE --as ADMIN | member "
               "remove NAME --as ADMIN | member list"));
        return Usage;
    }
    if (!openSession(s, o))
        return DatabaseError;
    ledger::ActResult r;
    if (add) {
        QString line = o.keyFile;
        if (QFile::exists(o.keyFile)) {
            QFile f(o.keyFile);
            if (!f.open(QIODevice::ReadOnly)) {
                err(tr("%1: %2").arg(o.keyFile, f.errorString()));
                return Rejected;
            }
            line = QString::fromUtf8(f.readLine(16 * 1024));
        }
        r = s.ledger->admit(s.actor, o.args[2], line.trimmed());
    } else {
        r = s.ledger->removeMember(s.actor, o.args[2]);
    }
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (r.queued)
        return finishTeamAct(s, o, tr("%1 %2").arg(add ? tr("admitted") : tr("removed"), o.args[2]));
    out(tr("%1 %2\n").arg(add ? tr("admitted") : tr("removed"), o.args[2]));
    return Ok;
}

} // namespace meshdesk::cli
