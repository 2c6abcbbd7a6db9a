#include "YamlReader.h"

#include "core/Names.h"
#include <cmath>

namespace meshdesk::yaml {

void fail(const YamlNode *at, const QString &message)
{
    // a message quoting a huge key or value stays bounded (the value sites cut it first)
    throw ParseError{at ? at->line : 0, at ? at->column : 0, names::boundedMessage(message)};
}

const YamlNode &requireMap(const YamlNode *n, const QString &what)
{
    if (!n || !n->isMap())
        fail(n, QStringLiteral("%1 must be a mapping, found a %2")
                    .arg(what, n ? n->typeName() : QStringLiteral("nothing")));
    return *n;
}

QString str(const YamlNode &map, const char *key)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return {};
    if (!n->isScalar())
        fail(n, QStringLiteral("'%1' must be a text value, found a %2")
                    .arg(QLatin1String(key), n->typeName()));
    return n->text;
}

namespace {
thread_local Diagnostics *t_warnings = nullptr;
}

WarningCollector::WarningCollector(Diagnostics &out) : m_previous(t_warnings)
{
    t_warnings = &out;
}

WarningCollector::~WarningCollector()
{
    t_warnings = m_previous;
}

void warn(const YamlNode *at, const QString &message)
{
    if (t_warnings)
        t_warnings->append({Diagnostic::Severity::Warning, QString(), at ? at->line : 0,
                            at ? at->column : 0, message});
}

QJsonObject unknownKeys(const YamlNode &map, const QSet<QString> &known)
{
    QJsonObject o;
    for (const YamlNode::Entry &e : map.entries)
        if (!known.contains(e.key))
            o.insert(e.key, e.value->toJson());
    return o;
}

bool boolean(const YamlNode &map, const char *key, bool fallback)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return fallback;
    if (n->isScalar()) {
        const QString t = n->text.toLower();
        if (t == QLatin1String("true"))
            return true;
        if (t == QLatin1String("false"))
            return false;
        // unambiguous spellings other tools accept (YAML 1.1 booleans, 1/0)
        const bool yes = t == QLatin1String("1") || t == QLatin1String("yes") ||
                         t == QLatin1String("on") || t == QLatin1String("y");
        const bool no = t == QLatin1String("0") || t == QLatin1String("no") ||
                        t == QLatin1String("off") || t == QLatin1String("n");
        if (yes || no) {
            warn(n, QStringLiteral("'%1: %2' read as %3 (the standard expects true or false)")
                        .arg(QLatin1String(key), n->text,
                             yes ? QStringLiteral("true") : QStringLiteral("false")));
            return yes;
        }
    }
    fail(n, QStringLiteral("'%1' must be true or false, found '%2'")
                .arg(QLatin1String(key), n->isScalar() ? names::quoted(n->text) : n->typeName()));
}

std::optional<double> number(const YamlNode &map, const char *key)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return std::nullopt;
    bool ok = false;
    const double d = n->isScalar() ? n->text.toDouble(&ok) : 0;
    if (!ok)
        fail(n,
             QStringLiteral("'%1' must be a number, found '%2'")
                 .arg(QLatin1String(key), n->isScalar() ? names::quoted(n->text) : n->typeName()));
    return d;
}

std::optional<qint64> integer(const YamlNode &map, const char *key)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return std::nullopt;
    bool ok = false;
    qint64 v = n->isScalar() ? n->text.toLongLong(&ok) : 0;
    if (!ok && n->isScalar()) { // 5.0: a whole number written as a decimal
        const double d = n->text.toDouble(&ok);
        ok = ok && d == double(qint64(d)) && std::abs(d) < 9e15;
        if (ok) {
            v = qint64(d);
            warn(n, QStringLiteral("'%1: %2' read as %3").arg(QLatin1String(key), n->text).arg(v));
        }
    }
    if (!ok)
        fail(n,
             QStringLiteral("'%1' must be a whole number, found '%2'")
                 .arg(QLatin1String(key), n->isScalar() ? names::quoted(n->text) : n->typeName()));
    return v;
}

const YamlNode *list(const YamlNode &map, const char *key)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return nullptr;
    if (!n->isSeq())
        fail(n, QStringLiteral("'%1' must be a list, found a %2")
                    .arg(QLatin1String(key), n->typeName()));
    return n;
}

const YamlNode *mapping(const YamlNode &map, const char *key)
{
    const YamlNode *n = map.get(QLatin1String(key));
    if (!n || n->isNull())
        return nullptr;
    if (!n->isMap())
        fail(n, QStringLiteral("'%1' must be a mapping, found a %2")
                    .arg(QLatin1String(key), n->typeName()));
    return n;
}

QStringList strList(const YamlNode &map, const char *key)
{
    QStringList out;
    if (const YamlNode *l = list(map, key)) {
        for (const auto &i : l->items) {
            if (i->isNull())
                continue;
            if (!i->isScalar())
                fail(i.get(), QStringLiteral("entries of '%1' must be text values, found a %2")
                                  .arg(QLatin1String(key), i->typeName()));
            out << i->text;
        }
    }
    return out;
}

QJsonArray jsonArray(const YamlNode &map, const char *key)
{
    const YamlNode *l = list(map, key);
    return l ? l->toJson().toArray() : QJsonArray();
}

QJsonObject jsonObject(const YamlNode &map, const char *key)
{
    const YamlNode *m = mapping(map, key);
    return m ? m->toJson().toObject() : QJsonObject();
}

} // namespace meshdesk::yaml
