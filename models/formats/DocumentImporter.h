// Reads one file: checks it is text, parses every YAML/JSON document in it, detects each
// document's standard by content (never by file name or declared version) and maps it to the
// internal model. Never throws; every problem becomes a located Diagnostic.
#pragma once

#include "catalog/Catalog.h"
#include "core/Diagnostic.h"

#include <QByteArray>

namespace meshdesk {

struct ParsedDocument
{
    ImportedDocument document;
    QByteArray source; // the verbatim text of this document
};

struct FileImport
{
    QString path;
    qint64 size = 0;
    std::vector<ParsedDocument> documents;
    Diagnostics diagnostics; // errors make the whole file rejected
    QByteArray bytes;        // the file as read (what a signed submit carries)

    bool ok() const;
    QString firstError() const;
};

struct ImportLimits
{
    qint64 maxFileSize = 64LL * 1024 * 1024;
};

FileImport importBytes(const QString &path, const QByteArray &bytes,
                       const ImportLimits &limits = {});
FileImport importFile(const QString &path, const ImportLimits &limits = {});

// Which standard a document root is written in; nullopt when none is recognised.
std::optional<SourceFormat> detectFormat(const class YamlNode &root);

} // namespace meshdesk
