// Checks a decoded message against a contract's schema object: required fields present and
// not null, logical types, enum, pattern, length and numeric bounds, nested objects and array
// elements. Pure: value in, violations out.
//
// The rules are written once, over two JSON representations: QJsonValue (what the Avro and
// registry decoders produce, and what the details pane shows) and the raw bytes of a JSON
// message, parsed with simdjson (Debian libsimdjson-dev) straight into the check, without
// building a QJsonDocument: that path is the one every arriving message takes.
#pragma once

#include "catalog/Catalog.h"

#include <QJsonValue>
#include <memory>
#include <string_view>

namespace meshdesk::kafka {

struct Violation
{
    QString path;
    QString message;
};

// A schema object compiled for checking: type names resolved, patterns compiled, enums hashed.
// Build it once per contract; check() is const and safe to call from several threads.
class ConformanceChecker
{
public:
    explicit ConformanceChecker(const SchemaObject &object);
    ~ConformanceChecker();
    ConformanceChecker(const ConformanceChecker &) = delete;
    ConformanceChecker &operator=(const ConformanceChecker &) = delete;

    QList<Violation> check(const QJsonValue &value) const;

    enum class Json
    {
        Valid,
        Invalid // not JSON (or not UTF-8): nothing was checked
    };
    // Parses a JSON message and checks it in one pass; violations go to *out.
    Json checkJson(const QByteArray &raw, QList<Violation> *out) const;
    // The same, telling what the root is: a printer that embeds a message's own bytes does so
    // for an object or an array (what a JSON document is to QJsonDocument).
    enum class Root
    {
        Invalid, // not JSON (or not UTF-8): nothing was checked
        Object,
        Array,
        Scalar
    };
    Root checkJsonRoot(const QByteArray &raw, QList<Violation> *out) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One-off check (compiles the schema object each call: prefer ConformanceChecker in loops).
QList<Violation> checkConformance(const QJsonValue &value, const SchemaObject &object);

// What the checker accepts as an ISO date / an ISO timestamp, and as a string format
// (logicalTypeOptions.format uuid, email, uri; other formats are not checked: *known false).
// Schema inference uses the same rules, so a drafted contract accepts what it was drafted from.
bool acceptsIsoDate(std::string_view utf8);
bool acceptsIsoTimestamp(std::string_view utf8);
bool matchesFormat(const QString &format, std::string_view utf8, bool *known = nullptr);

// JSON without its insignificant whitespace, the tokens as they are (simdjson's minifier, at
// memory speed): for JSON already validated. *out is reused between calls.
void minifyJson(const QByteArray &json, QByteArray *out);

} // namespace meshdesk::kafka
