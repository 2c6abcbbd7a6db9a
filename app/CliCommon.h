// What the command files share: output helpers, opening the catalog, and who acts.
#pragma once

#include "Cli.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <memory>
#include <optional>

namespace meshdesk {
class CatalogStore;
namespace identity {
class Keyring;
}
namespace ledger {
class Ledger;
}
} // namespace meshdesk

namespace meshdesk::cli {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);
void out(const QString &s);
void err(const QString &s);
void printJson(const QJsonValue &v);
void printTable(const QStringList &header, const QList<QStringList> &rows);

// A list as --json asks: a JSON array of objects, else a table with these column headers.
template <class Items, class ToJson, class ToRow>
void printList(bool json, const Items &items, ToJson toJson, const QStringList &header, ToRow toRow)
{
    if (json) {
        QJsonArray a;
        for (const auto &item : items)
            a.append(toJson(item));
        printJson(a);
    } else {
        QList<QStringList> rows;
        for (const auto &item : items)
            rows << toRow(item);
        printTable(header, rows);
    }
}

// Commands that only read open the catalog read-only (a file the user may only read works);
// commands that write open it for writing, which refuses a damaged or 0-byte file.
bool openStore(CatalogStore &store, const Options &o, bool readOnly = false);

// The keys on this machine (see identity/KeyStore.h); passphrases come from
// $MESHDESK_KEY_PASSPHRASE or the terminal, never echoed.
identity::Keyring &keyring();
// Who acts: --as, else the identity chosen in the GUI's settings, else the only identity on
// this machine ($MESHDESK_KEY_FILE's first), else the OS login.
QString actingName(const Options &o);

// The catalog with its governance ledger, opened for acts.
struct Session
{
    Session();
    ~Session();
    std::unique_ptr<CatalogStore> store;
    std::unique_ptr<ledger::Ledger> ledger;
    QString actor;
};
bool openSession(Session &s, const Options &o, bool readOnly = false);
// Commands that act in the catalog's name need a valid acting name (--as, else the identity
// chosen, else the login): false (after saying why) when it breaks the name rule.
bool checkActingUser(const Options &o);

// A saved Kafka connection profile's security (its password from MESHDESK_KAFKA_PASSWORD or
// the keychain); fills *bootstrap from the profile when empty.
std::optional<QList<QPair<QByteArray, QByteArray>>> profileSecurity(const QString &name,
                                                                    QString *bootstrap,
                                                                    QString *error);

// After an act of a team catalog was queued: publishes it and reports what the log made of it.
int finishTeamAct(Session &s, const Options &o, const QString &done);

int cmdIdentity(const Options &o);
int cmdTeam(const Options &o);
int cmdMember(const Options &o);
int cmdExport(const Options &o); // CliSelfServe.cpp
int cmdEdit(const Options &o);

} // namespace meshdesk::cli
