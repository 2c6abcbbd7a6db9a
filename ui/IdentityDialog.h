// Governance > Identities and members: the identities whose keys are on this machine (create,
// import, export the public key, act as one) and the members of the open catalog with their
// keys and roles (admins admit and remove members, grant and revoke roles: each a signed act).
// The catalog's trust root fingerprint is shown for comparison by phone or chat.
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class QPushButton;

namespace meshdesk {

namespace identity {
class Keyring;
class Vault;
} // namespace identity
namespace ledger {
class Ledger;
}

class IdentityDialog : public QDialog
{
    Q_OBJECT
public:
    IdentityDialog(identity::Keyring &keyring, identity::Vault *vault, ledger::Ledger *ledger,
                   const QString &actingUser, QWidget *parent = nullptr);

    QTableWidget *identities() const { return m_identities; }
    QTableWidget *members() const { return m_members; }
    QString message() const;

    // Creates an identity (no dialog): storage "keychain" or "file"; for tests and the form.
    bool createIdentity(const QString &name, bool keychain, const QByteArray &passphrase);
    bool admit(const QString &name, const QString &publicKeyLine);
    bool grant(const QString &user, const QString &role, const QString &domain);

Q_SIGNALS:
    void identityChosen(const QString &name);
    void catalogChanged(); // a member or role act was applied (or queued)

private:
    void fillIdentities();
    void fillMembers();
    void say(const QString &text, bool error);
    QString selectedIdentity() const;
    QString selectedMember() const;

    identity::Keyring &m_keyring;
    identity::Vault *m_vault;
    ledger::Ledger *m_ledger;
    QString m_user;
    QTableWidget *m_identities = nullptr;
    QTableWidget *m_members = nullptr;
    QLabel *m_root = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_admit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_grant = nullptr;
    QPushButton *m_revoke = nullptr;
};

} // namespace meshdesk
