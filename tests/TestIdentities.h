// Identities for tests: demo keys (unprotected, in a temporary key folder of their own) for the
// names a test acts under, and a catalog whose acts they sign. Tests of impersonation keep one
// folder per person instead (tst_ledger).
#pragma once

#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QTemporaryDir>
#include <memory>

namespace meshdesk::test {

// The keys live in $MESHDESK_KEY_DIR when it is set (tests/CMakeLists.txt gives every test a
// folder of its own, so the windows and command lines a test starts find the same keys), else in
// a temporary folder.
class TestKeys
{
public:
    explicit TestKeys(const QStringList &names = {QStringLiteral("alice"), QStringLiteral("bob"),
                                                  QStringLiteral("carol")})
        : m_path(qEnvironmentVariableIsEmpty("MESHDESK_KEY_DIR")
                     ? m_dir.path()
                     : qEnvironmentVariable("MESHDESK_KEY_DIR")),
          m_store(m_path), m_ring(m_store, nullptr)
    {
        for (const QString &n : names)
            add(n);
    }
    void add(const QString &name)
    {
        if (!m_store.find(name))
            m_store.create(name, identity::Storage::Demo, {});
    }
    identity::Keyring &ring() { return m_ring; }
    QString publicKey(const QString &name) const
    {
        return m_store.find(name)->key.openSshLine(name);
    }
    QString dir() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    identity::KeyStore m_store;
    identity::Keyring m_ring;
};

// A catalog whose first name creates it (admin, trust root) and admits the others.
struct TestCatalog
{
    explicit TestCatalog(const QString &dbPath,
                         const QStringList &names = {QStringLiteral("alice"), QStringLiteral("bob"),
                                                     QStringLiteral("carol")})
        : keys(names)
    {
        ok = store.open(dbPath);
        ledger = std::make_unique<ledger::Ledger>(store, &keys.ring());
        ok = ok && ledger->load();
        if (ok && !ledger->hasGenesis()) {
            ok = ledger->createCatalog(names.front()).ok;
            for (const QString &n : names.mid(1))
                ok = ok && ledger->admit(names.front(), n, keys.publicKey(n)).ok;
        }
    }
    ImportSummary import(const QStringList &files, const QString &user)
    {
        return importPaths(*ledger, files, user);
    }
    TestKeys keys;
    CatalogStore store;
    std::unique_ptr<ledger::Ledger> ledger;
    bool ok = false;
};

} // namespace meshdesk::test
