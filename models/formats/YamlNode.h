// A read-only YAML tree with the line and column of every node, built from libfyaml's event
// stream. Aliases share their anchor's subtree (no copying), and the expanded size is bounded
// so alias bombs are refused with a clear message instead of exhausting memory.
#pragma once

#include "core/Diagnostic.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <memory>
#include <vector>

namespace meshdesk {

class YamlNode;
using YamlNodePtr = std::shared_ptr<const YamlNode>;

class YamlNode
{
public:
    enum class Type
    {
        Null,
        Scalar,
        Map,
        Seq
    };
    struct Entry
    {
        QString key;
        int line = 0;
        int column = 0;
        YamlNodePtr value;
    };

    Type type = Type::Null;
    bool plain = true;              // scalar was unquoted (so "true" quoted stays a string)
    int line = 0;                   // 1-based
    int column = 0;                 // 1-based
    QString text;                   // scalar text
    std::vector<Entry> entries;     // Map
    std::vector<YamlNodePtr> items; // Seq

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isMap() const { return type == Type::Map; }
    bool isSeq() const { return type == Type::Seq; }

    // Map lookup (last occurrence wins for duplicate keys); nullptr when absent.
    const YamlNode *get(QStringView key) const;
    const YamlNode *get(QLatin1String key) const;
    const Entry *entry(QStringView key) const;
    const Entry *entry(QLatin1String key) const;

    // Converts to JSON with YAML 1.2 core schema typing of plain scalars.
    QJsonValue toJson() const;
    QString typeName() const;
};

struct YamlDocument
{
    YamlNodePtr root;
    Diagnostics warnings; // e.g. duplicate keys
    qsizetype begin = 0;  // byte range of this document in the stream
    qsizetype end = 0;
    int line = 1;
};

struct YamlLoadOptions
{
    qint64 maxExpandedNodes = 5'000'000; // node bound, aliases counted as if copied
    int maxDepth = 256;                  // nesting bound (protects every recursive consumer)
    qsizetype longFlowLine = 4096;       // a longer line inside [ ] / { } is parsed with breaks
};

// Parses every document of a YAML (or JSON) stream. On error returns false and fills error
// with the location and libfyaml's message.
bool loadYaml(const QByteArray &text, std::vector<YamlDocument> &docs, ParseError &error,
              const YamlLoadOptions &options = {});

} // namespace meshdesk
