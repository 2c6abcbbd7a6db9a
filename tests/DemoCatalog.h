// The demo catalog's documents (resources/demo/*.yaml: 12 products and 12 contracts), for the
// tests that need a whole catalog.
#pragma once

#include "TestIdentities.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QDir>
#include <QStringList>

namespace meshdesk::test {

inline QStringList demoFiles()
{
    const QDir demo(QStringLiteral(MESHDESK_DEMO_DIR));
    QStringList files;
    for (const QString &f : demo.entryList({QStringLiteral("*.yaml")}, QDir::Files))
        files << demo.filePath(f);
    return files;
}

// A catalog database at dbPath holding the demo catalog, created and imported by user (with a
// demo key); returns the documents added (24), or -1 when the database cannot be opened.
inline int createDemoCatalog(const QString &dbPath, const QString &user = QStringLiteral("alice"))
{
    TestCatalog c(dbPath, {user});
    if (!c.ok)
        return -1;
    return c.import(demoFiles(), user).added;
}

} // namespace meshdesk::test
