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
    // hex SHA-256 of source, when hashSources() computed it ahead (on an import's parsing
    // threads, so the writing thread does not hash); empty otherwise
    QByteArray sha256;
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

// Hashes every document's source now (ParsedDocument::sha256), so later readers of the file
// (the ledger's rules, the store) need not.
void hashSources(FileImport &file);
// The document's hex SHA-256: the one hashed ahead, else computed now.
QByteArray sourceSha256(const ParsedDocument &pd);

// Which standard a document root is written in; nullopt when none is recognised.
std::optional<SourceFormat> detectFormat(const class YamlNode &root);

} // namespace meshdesk
