// The system keychain (QtKeychain: Secret Service / KWallet) as the place for identity keys.
// Calls block in a local event loop; they return quickly with an error where no keychain
// answers (no D-Bus session: CI, containers), and the caller falls back to a key file.
#pragma once

#include "identity/KeyStore.h"

namespace meshdesk {

class KeychainVault : public identity::Vault
{
public:
    bool write(const QString &account, const QByteArray &secret, QString *error) override;
    std::optional<QByteArray> read(const QString &account, QString *error) override;
    void remove(const QString &account) override;
    static QString service() { return QStringLiteral("MeshDesk identity"); }
};

} // namespace meshdesk
