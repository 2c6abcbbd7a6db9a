#include "YamlReader.h"

#include "core/Names.h"

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
    const qint64 v = n->isScalar() ? n->text.toLongLong(&ok) : 0;
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
