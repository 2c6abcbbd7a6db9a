// Export: a stored version written back out as its standard document. The store keeps each
// version's verbatim source, and curation edits become new versions whose source is the old one
// with only the edited values changed (ModelEdits), so what is exported is that source, byte for
// byte: unknown fields, key order and comments included.
#pragma once

#include "store/CatalogStore.h"

namespace meshdesk::selfserve {

struct ExportResult
{
    bool ok = false;
    QString error;
    QByteArray text;
    VersionRecord version;
    QString fileName; // a name to suggest: the file it was imported from, else id + extension
};

// The current version, or the one whose version is `version` ("1.2.0"; "#17" for a stored
// version id, as `show` lists them). Several versions with the same number: the current one,
// else the newest approved, else the newest.
ExportResult exportDocument(CatalogStore &store, const QString &kind, const QString &key,
                            const QString &version = {});

// Writes atomically (a failed write leaves an existing file as it was).
bool writeExport(const QByteArray &text, const QString &path, QString *error);

} // namespace meshdesk::selfserve
