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

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// One-off check (compiles the schema object each call: prefer ConformanceChecker in loops).
QList<Violation> checkConformance(const QJsonValue &value, const SchemaObject &object);

} // namespace meshdesk::kafka
