// Typed, located access to a YamlNode for importers: each accessor checks the node's type and
// throws ParseError naming the key, the expected type and the line/column when it is wrong.
#pragma once

#include "YamlNode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <optional>

namespace meshdesk::yaml {

[[noreturn]] void fail(const YamlNode *at, const QString &message);

// Warnings raised while reading (a lenient reading such as `primaryKey: 1` taken as true) go to
// the innermost collector alive on this thread; without one they are dropped.
class WarningCollector
{
public:
    explicit WarningCollector(Diagnostics &out);
    ~WarningCollector();
    WarningCollector(const WarningCollector &) = delete;
    WarningCollector &operator=(const WarningCollector &) = delete;

private:
    Diagnostics *m_previous = nullptr;
};
void warn(const YamlNode *at, const QString &message);

// The entries of a mapping whose keys are not in `known`, as JSON (kept verbatim).
QJsonObject unknownKeys(const YamlNode &map, const QSet<QString> &known);

// The node must be a mapping (what: how to name it in the message).
const YamlNode &requireMap(const YamlNode *n, const QString &what);

// Scalar text of map[key]; empty when absent or null; error when a list or map.
QString str(const YamlNode &map, const char *key);
// Booleans are true/false; 1/0, yes/no, on/off are read with a warning (what peers accept);
// anything else is an error naming the value.
bool boolean(const YamlNode &map, const char *key, bool fallback = false);
std::optional<double> number(const YamlNode &map, const char *key);
std::optional<qint64> integer(const YamlNode &map, const char *key);
// A list of scalars; a lone scalar is an error (a list was expected).
QStringList strList(const YamlNode &map, const char *key);
// A list node (or nullptr when absent/null); a scalar or mapping is an error.
const YamlNode *list(const YamlNode &map, const char *key);
// A mapping node (or nullptr when absent/null); anything else is an error.
const YamlNode *mapping(const YamlNode &map, const char *key);

QJsonArray jsonArray(const YamlNode &map, const char *key); // list -> JSON (kept verbatim)
QJsonObject jsonObject(const YamlNode &map, const char *key);

} // namespace meshdesk::yaml
