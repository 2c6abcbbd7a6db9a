// A governance act as it travels: a signed event. The body is compact JSON with sorted keys
// (QJsonObject's order), kept byte for byte as signed; the signature is an SSHSIG blob over it
// (namespace "meshdesk"), so any act can be checked with `ssh-keygen -Y verify`. The event id is
// the SHA-256 of the body: a replay or a duplicate is recognised by it.
//
// Body fields (all strings unless noted):
//   v (1), type, catalog (the genesis event's id; empty in the genesis itself), actor (a
//   member's name), key (the actor's key fingerprint), after (the id of the newest event the
//   signer had applied: an event names what it saw, so it cannot be moved before it), at (the
//   signer's clock, informational), nonce, and per type:
//   genesis   name, publicKey                        the catalog's trust root; its actor is admin
//   join      publicKey                              a desk asks to be admitted (self-signed)
//   admit     member, publicKey                      an admin admits a key under a name
//   remove    member                                 an admin revokes a member's key
//   grant / revoke   user, role, domain              an admin changes roles
//   submit    path, document                         a file: new entities are added, a changed
//                                                    one becomes a pending change (a proposal);
//             [note (object)]                        how it came about (selfserve/Proposals.h)
//   decide    proposal, subject, verdict, comment    approve|reject of submit's change subject
//   policy    policy, enabled (bool)                 an admin switches a policy
#pragma once

#include "identity/Keys.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace meshdesk::ledger {

namespace type {
inline const QString genesis = QStringLiteral("genesis");
inline const QString join = QStringLiteral("join");
inline const QString admit = QStringLiteral("admit");
inline const QString remove = QStringLiteral("remove");
inline const QString grant = QStringLiteral("grant");
inline const QString revoke = QStringLiteral("revoke");
inline const QString submit = QStringLiteral("submit");
inline const QString decide = QStringLiteral("decide");
inline const QString policy = QStringLiteral("policy");
} // namespace type

struct Event
{
    QByteArray body;      // the signed bytes
    QByteArray signature; // SSHSIG blob
    // parsed from body
    QString id; // hex SHA-256 of body
    QString type, catalog, actor, keyFingerprint, after, at;
    QJsonObject fields; // the whole body

    QString text(const char *key) const { return fields.value(QLatin1String(key)).toString(); }

    // Parses body (no signature check); nullopt with *error when it is not an event.
    static std::optional<Event> parse(const QByteArray &body, const QByteArray &signature,
                                      QString *error);
    // The signature is a valid SSHSIG by the key the body names. Who that key belongs to and
    // what it may do is the ledger's question. Checked once; the answer is kept (so a batch can
    // be checked on several threads before it is applied in order on one).
    bool signatureValid(QString *error, identity::PublicKey *signer = nullptr) const;
    // An act this desk has just signed: built from the fields makeBody() wrote (no second
    // parse) and known to be signed by `key` (no verification of our own signature: an
    // import signs one act per file, and verifying each took a tenth of the import's time).
    // audit verify and every other desk still verify it.
    static Event signedHere(const QByteArray &body, const QByteArray &signature, QJsonObject fields,
                            const identity::PublicKey &key);

private:
    // body, signature and fields, with the common fields read from them (no checks)
    static Event fromFields(const QByteArray &body, const QByteArray &signature,
                            QJsonObject fields);
    struct Checked
    {
        bool done = false;
        bool ok = false;
        QString error;
        identity::PublicKey key;
    };
    mutable Checked m_checked;
};

// The unsigned body of an act: common fields filled, then the type's own.
QByteArray makeBody(const QString &type, const QString &catalog, const QString &actor,
                    const identity::PublicKey &key, const QString &after, QJsonObject fields,
                    QJsonObject *written = nullptr);

QString eventId(const QByteArray &body);

} // namespace meshdesk::ledger
