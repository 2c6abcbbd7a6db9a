#include "Diff.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <functional>

namespace meshdesk::governance {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Breaking:
        return QStringLiteral("breaking");
    case Severity::NonBreaking:
        return QStringLiteral("non-breaking");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QString kindName(Change::Kind k)
{
    switch (k) {
    case Change::Kind::Added:
        return QStringLiteral("added");
    case Change::Kind::Removed:
        return QStringLiteral("removed");
    case Change::Kind::Changed:
        return QStringLiteral("changed");
    }
    return {};
}

bool DiffResult::breaking() const
{
    return count(Severity::Breaking) > 0;
}

int DiffResult::count(Severity s) const
{
    return int(std::count_if(changes.begin(), changes.end(),
                             [s](const Change &c) { return c.severity == s; }));
}

QJsonObject DiffResult::toJson() const
{
    QJsonArray a;
    for (const Change &c : changes)
        a.append(QJsonObject{{QStringLiteral("path"), c.path},
                             {QStringLiteral("kind"), kindName(c.kind)},
                             {QStringLiteral("old"), c.oldValue},
                             {QStringLiteral("new"), c.newValue},
                             {QStringLiteral("severity"), severityName(c.severity)},
                             {QStringLiteral("rule"), c.rule}});
    return QJsonObject{{QStringLiteral("breaking"), breaking()}, {QStringLiteral("changes"), a}};
}

int majorVersion(const QString &version)
{
    static const QRegularExpression re(QStringLiteral(R"(^[vV]?(\d+))"));
    const auto m = re.match(version.trimmed());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

namespace {

// Canonical spelling of a physical type: lower case, no spaces; "varchar(10)" keeps its size.
QString canon(const QString &t)
{
    QString s = t.toLower();
    s.remove(QLatin1Char(' '));
    return s;
}

int rank(const QString &base, const QStringList &chain)
{
    return int(chain.indexOf(base));
}

} // namespace

bool isWideningTypeChange(const QString &fromRaw, const QString &toRaw)
{
    const QString from = canon(fromRaw), to = canon(toRaw);
    if (from == to)
        return true;
    // integer chains and float chains (Avro/SQL/Spark spellings)
    static const QList<QStringList> chains = {
        {QStringLiteral("tinyint"), QStringLiteral("smallint"), QStringLiteral("int"),
         QStringLiteral("bigint")},
        {QStringLiteral("byte"), QStringLiteral("short"), QStringLiteral("int"),
         QStringLiteral("long")},
        {QStringLiteral("int"), QStringLiteral("integer"), QStringLiteral("long")},
        {QStringLiteral("int32"), QStringLiteral("int64")},
        {QStringLiteral("float"), QStringLiteral("double")},
        {QStringLiteral("real"), QStringLiteral("double")},
        {QStringLiteral("float32"), QStringLiteral("float64")},
        {QStringLiteral("int"), QStringLiteral("float"),
         QStringLiteral("double")}, // Avro promotions
        {QStringLiteral("long"), QStringLiteral("float"), QStringLiteral("double")},
        {QStringLiteral("integer"), QStringLiteral("number")}, // logical types
        {QStringLiteral("date"), QStringLiteral("timestamp")},
    };
    for (const QStringList &chain : chains) {
        const int a = rank(from, chain), b = rank(to, chain);
        if (a >= 0 && b >= 0 && a < b)
            return true;
    }
    // sized types: varchar(10) -> varchar(20), decimal(10,2) -> decimal(12,2), char(n) ->
    // varchar(m>=n)
    static const QRegularExpression sized(QStringLiteral(R"(^(\w+)\((\d+)(?:,(\d+))?\)$)"));
    const auto a = sized.match(from), b = sized.match(to);
    if (a.hasMatch() && b.hasMatch()) {
        const QString ta = a.captured(1), tb = b.captured(1);
        const bool sameFamily =
            ta == tb || (ta == QLatin1String("char") && tb == QLatin1String("varchar"));
        if (sameFamily && b.captured(2).toInt() >= a.captured(2).toInt() &&
            b.captured(3).toInt() >= a.captured(3).toInt() &&
            // decimal: integer digits must not shrink either
            (b.captured(2).toInt() - b.captured(3).toInt()) >=
                (a.captured(2).toInt() - a.captured(3).toInt()))
            return true;
    }
    if (a.hasMatch() && (to == QLatin1String("text") || to == QLatin1String("string")) &&
        (a.captured(1) == QLatin1String("varchar") || a.captured(1) == QLatin1String("char")))
        return true;
    if ((from == QLatin1String("varchar") || from == QLatin1String("char")) &&
        (to == QLatin1String("text") || to == QLatin1String("string")))
        return true;
    return false;
}

namespace {

class Differ
{
public:
    DiffResult result;

    void add(const QString &path, Change::Kind kind, const QString &o, const QString &n, Severity s,
             const QString &rule)
    {
        result.changes.push_back({path, kind, o, n, s, rule});
    }

    void text(const QString &path, const QString &o, const QString &n, Severity s = Severity::Info,
              const QString &rule = QStringLiteral("documentation"))
    {
        if (o == n)
            return;
        const Change::Kind k = o.isEmpty()   ? Change::Kind::Added
                               : n.isEmpty() ? Change::Kind::Removed
                                             : Change::Kind::Changed;
        add(path, k, o, n, s, rule);
    }

    static QString json(const QJsonValue &v) { return jsonText(v); }

    // Lists of JSON objects matched by a key (property, channel, ...).
    void keyedList(const QString &path, const QJsonArray &o, const QJsonArray &n, const char *key,
                   Severity s, const QString &rule)
    {
        keyedListBy(
            path, o, n,
            [key](const QJsonObject &obj) { return json(obj.value(QLatin1String(key))); }, s, rule);
    }

    // The same with a key function; an entry whose key is empty is keyed by its whole content.
    template <typename KeyFn>
    void keyedListBy(const QString &path, const QJsonArray &o, const QJsonArray &n, KeyFn keyOf,
                     Severity s, const QString &rule)
    {
        auto index = [&](const QJsonArray &a) {
            QList<QPair<QString, QJsonValue>> out;
            QHash<QString, int> seen;
            for (const auto &v : a) {
                QString k = v.isObject() ? keyOf(v.toObject()) : QString();
                if (k.isEmpty())
                    k = json(v);
                // a key used twice (e.g. two timeOfAvailability SLAs) is told apart by order
                const int nth = seen[k]++;
                out.append({nth ? k + QStringLiteral("#%1").arg(nth + 1) : k, v});
            }
            return out;
        };
        const auto oi = index(o), ni = index(n);
        for (const auto &[k, obj] : oi) {
            auto it =
                std::find_if(ni.begin(), ni.end(), [&](const auto &p) { return p.first == k; });
            const QString p = path + QLatin1Char('.') + k;
            if (it == ni.end())
                add(p, Change::Kind::Removed, json(obj), QString(), s, rule);
            else if (obj != it->second)
                add(p, Change::Kind::Changed, json(obj), json(it->second), s, rule);
        }
        for (const auto &[k, obj] : ni)
            if (std::none_of(oi.begin(), oi.end(), [&](const auto &p) { return p.first == k; }))
                add(path + QLatin1Char('.') + k, Change::Kind::Added, QString(), json(obj), s,
                    rule);
    }

    // Quality rules: by name, else by rule (or metric) and the column it checks, else by type
    // and the query or description.
    void quality(const QString &path, const QJsonArray &o, const QJsonArray &n)
    {
        keyedListBy(
            path, o, n,
            [](const QJsonObject &q) {
                const QString name = json(q.value(QLatin1String("name")));
                if (!name.isEmpty())
                    return name;
                QString rule = json(q.value(QLatin1String("rule")));
                if (rule.isEmpty())
                    rule = json(q.value(QLatin1String("metric")));
                const QString column = json(q.value(QLatin1String("column")));
                if (!rule.isEmpty())
                    return column.isEmpty() ? rule : rule + QLatin1Char('@') + column;
                return QString();
            },
            Severity::Info, QStringLiteral("quality rules"));
    }

    // A mapping compared key by key (price, terms, extensions, server details...). Values that
    // are lists of objects are matched by their natural key in turn.
    void objectByKey(const QString &path, const QJsonObject &o, const QJsonObject &n, Severity s,
                     const QString &rule, const QSet<QString> &skip = {})
    {
        for (auto k = o.begin(); k != o.end(); ++k) {
            if (skip.contains(k.key()))
                continue;
            const QString p = path + QLatin1Char('.') + k.key();
            const QJsonValue nv = n.value(k.key());
            if (nv.isUndefined())
                add(p, Change::Kind::Removed, json(k.value()), QString(), s, rule);
            else if (nv != k.value())
                valueChange(p, k.value(), nv, s, rule);
        }
        for (auto k = n.begin(); k != n.end(); ++k)
            if (!skip.contains(k.key()) && !o.contains(k.key()))
                add(path + QLatin1Char('.') + k.key(), Change::Kind::Added, QString(),
                    json(k.value()), s, rule);
    }

    void valueChange(const QString &p, const QJsonValue &o, const QJsonValue &n, Severity s,
                     const QString &rule)
    {
        if (o.isArray() && n.isArray() && isObjectList(o.toArray()) && isObjectList(n.toArray()))
            keyedListBy(p, o.toArray(), n.toArray(), naturalKey, s, rule);
        else if (o.isObject() && n.isObject())
            objectByKey(p, o.toObject(), n.toObject(), s, rule);
        else
            add(p, Change::Kind::Changed, json(o), json(n), s, rule);
    }

    static bool isObjectList(const QJsonArray &a)
    {
        return !a.isEmpty() &&
               std::all_of(a.begin(), a.end(), [](const QJsonValue &v) { return v.isObject(); });
    }

    // The key the standards give list entries: role, name, property, channel, id...
    static QString naturalKey(const QJsonObject &obj)
    {
        for (const char *k : {"role", "name", "property", "channel", "username", "synonym",
                              "server", "id", "url", "value"}) {
            const QJsonValue v = obj.value(QLatin1String(k));
            if (!v.isUndefined() && !v.isNull())
                return json(v);
        }
        return {};
    }

    void stringSet(const QString &path, const QStringList &o, const QStringList &n,
                   Severity removed, Severity added, const QString &rule)
    {
        const QSet<QString> os(o.begin(), o.end()), ns(n.begin(), n.end());
        for (const QString &v : o)
            if (!ns.contains(v))
                add(path, Change::Kind::Removed, v, QString(), removed, rule);
        for (const QString &v : n)
            if (!os.contains(v))
                add(path, Change::Kind::Added, QString(), v, added, rule);
    }

    // A bound that may be tightened (narrowing = breaking) or relaxed.
    template <typename T>
    void bound(const QString &path, const std::optional<T> &o, const std::optional<T> &n,
               bool isMin)
    {
        if (o == n)
            return;
        auto str = [](const std::optional<T> &v) { return v ? QString::number(*v) : QString(); };
        if (!o) {
            add(path, Change::Kind::Added, QString(), str(n), Severity::Breaking,
                QStringLiteral("constraint added"));
        } else if (!n) {
            add(path, Change::Kind::Removed, str(o), QString(), Severity::NonBreaking,
                QStringLiteral("constraint removed"));
        } else {
            const bool narrowed = isMin ? *n > *o : *n < *o;
            add(path, Change::Kind::Changed, str(o), str(n),
                narrowed ? Severity::Breaking : Severity::NonBreaking,
                narrowed ? QStringLiteral("constraint narrowed")
                         : QStringLiteral("constraint widened"));
        }
    }

    // A value bound as written: a number, or a date/time text.
    struct BoundValue
    {
        std::optional<double> number;
        QString text;
        bool present() const { return number || !text.isEmpty(); }
        QString toString() const { return number ? QString::number(*number) : text; }
        bool operator==(const BoundValue &o) const { return number == o.number && text == o.text; }
    };

    // -1, 0, 1; nullopt when the two cannot be ordered (text that is no ISO date/time).
    static std::optional<int> compareBound(const BoundValue &a, const BoundValue &b)
    {
        auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
        if (a.number && b.number)
            return cmp(*a.number, *b.number);
        if (a.text == b.text)
            return 0;
        const QDateTime da = QDateTime::fromString(a.text, Qt::ISODateWithMs),
                        db = QDateTime::fromString(b.text, Qt::ISODateWithMs);
        if (da.isValid() && db.isValid())
            return cmp(da, db);
        const QDate ta = QDate::fromString(a.text, Qt::ISODate),
                    tb = QDate::fromString(b.text, Qt::ISODate);
        if (ta.isValid() && tb.isValid())
            return cmp(ta, tb);
        const QTime ha = QTime::fromString(a.text, Qt::ISODateWithMs),
                    hb = QTime::fromString(b.text, Qt::ISODateWithMs);
        if (ha.isValid() && hb.isValid())
            return cmp(ha, hb);
        return std::nullopt;
    }

    // One side of a range: an inclusive and an exclusive bound. Each changed key is reported
    // with the severity of the range as a whole, so `maximum: 100` becoming
    // `exclusiveMaximum: 100` (ODCS 3.0's `exclusiveMaximum: true`) is a narrowing.
    void rangeSide(const QString &p, const char *inclusiveKey, const char *exclusiveKey,
                   const BoundValue &oIn, const BoundValue &oEx, const BoundValue &nIn,
                   const BoundValue &nEx, bool isMin)
    {
        if (oIn == nIn && oEx == nEx)
            return;
        // the effective bound of a side: the tighter of the two; on a tie the exclusive one
        auto effective = [&](const BoundValue &in, const BoundValue &ex) {
            std::optional<std::pair<BoundValue, bool>> e;
            if (in.present())
                e = std::make_pair(in, false);
            if (ex.present()) {
                if (!e)
                    return std::optional(std::make_pair(ex, true));
                const auto c = compareBound(ex, in);
                if (!c || *c == 0 || (isMin ? *c > 0 : *c < 0))
                    e = std::make_pair(ex, true);
            }
            return e;
        };
        const auto oe = effective(oIn, oEx), ne = effective(nIn, nEx);
        Severity sev = Severity::Breaking;
        QString rule;
        if (!oe) {
            rule = QStringLiteral("constraint added");
        } else if (!ne) {
            sev = Severity::NonBreaking;
            rule = QStringLiteral("constraint removed");
        } else {
            auto c = compareBound(ne->first, oe->first);
            if (c && *c == 0 && ne->second != oe->second)
                c = ne->second ? (isMin ? 1 : -1) : (isMin ? -1 : 1); // exclusive is tighter
            if (!c) {
                rule = QStringLiteral("constraint changed");
            } else if (*c == 0) {
                sev = Severity::Info;
                rule = QStringLiteral("constraint rewritten");
            } else if (isMin ? *c > 0 : *c < 0) {
                rule = QStringLiteral("constraint narrowed");
            } else {
                sev = Severity::NonBreaking;
                rule = QStringLiteral("constraint widened");
            }
        }
        auto report = [&](const char *key, const BoundValue &o, const BoundValue &n) {
            if (o == n)
                return;
            const Change::Kind k = !o.present()   ? Change::Kind::Added
                                   : !n.present() ? Change::Kind::Removed
                                                  : Change::Kind::Changed;
            add(p + QLatin1Char('.') + QLatin1String(key), k, o.toString(), n.toString(), sev,
                rule);
        };
        report(inclusiveKey, oIn, nIn);
        report(exclusiveKey, oEx, nEx);
    }

    void ranges(const QString &p, const Field &o, const Field &n)
    {
        rangeSide(p, "minimum", "exclusiveMinimum", {o.minimum, o.minimumText},
                  {o.exclusiveMinimum, o.exclusiveMinimumText}, {n.minimum, n.minimumText},
                  {n.exclusiveMinimum, n.exclusiveMinimumText}, true);
        rangeSide(p, "maximum", "exclusiveMaximum", {o.maximum, o.maximumText},
                  {o.exclusiveMaximum, o.exclusiveMaximumText}, {n.maximum, n.maximumText},
                  {n.exclusiveMaximum, n.exclusiveMaximumText}, false);
    }

    void flag(const QString &path, bool o, bool n, Severity onSet, Severity onClear,
              const QString &ruleSet, const QString &ruleClear)
    {
        if (o != n)
            add(path, Change::Kind::Changed, QVariant(o).toString(), QVariant(n).toString(),
                n ? onSet : onClear, n ? ruleSet : ruleClear);
    }

    void relationships(const QString &path, const std::vector<Relationship> &o,
                       const std::vector<Relationship> &n)
    {
        auto text = [](const Relationship &r) {
            return r.type + QLatin1Char(' ') + r.key() +
                   (r.customProperties.isEmpty() ? QString()
                                                 : QLatin1Char(' ') + json(r.customProperties));
        };
        for (const Relationship &r : o) {
            const auto it = std::find_if(n.begin(), n.end(),
                                         [&](const Relationship &x) { return x.key() == r.key(); });
            const QString p = path + QLatin1Char('.') + r.key();
            if (it == n.end())
                add(p, Change::Kind::Removed, text(r), QString(), Severity::Breaking,
                    QStringLiteral("relationship removed"));
            else if (text(*it) != text(r))
                add(p, Change::Kind::Changed, text(r), text(*it),
                    it->type != r.type ? Severity::Breaking : Severity::Info,
                    it->type != r.type ? QStringLiteral("relationship changed")
                                       : QStringLiteral("relationship details"));
        }
        for (const Relationship &r : n)
            if (std::none_of(o.begin(), o.end(),
                             [&](const Relationship &x) { return x.key() == r.key(); }))
                add(path + QLatin1Char('.') + r.key(), Change::Kind::Added, QString(), text(r),
                    Severity::NonBreaking, QStringLiteral("relationship added"));
    }

    // Decimal digits: fewer digits in total, after the point, or before it lose values.
    void decimals(const QString &p, const Field &o, const Field &n)
    {
        if (o.precision == n.precision && o.scale == n.scale)
            return;
        const bool hadBoth = o.precision.has_value(), hasBoth = n.precision.has_value();
        Severity sev;
        QString rule;
        if (!hadBoth && hasBoth) {
            sev = Severity::Breaking;
            rule = QStringLiteral("constraint added");
        } else if (hadBoth && !hasBoth) {
            sev = Severity::NonBreaking;
            rule = QStringLiteral("constraint removed");
        } else {
            const int op = o.precision.value_or(0), np = n.precision.value_or(0);
            const int os = o.scale.value_or(0), ns = n.scale.value_or(0);
            const bool narrowed = np < op || ns < os || (np - ns) < (op - os);
            sev = narrowed ? Severity::Breaking : Severity::NonBreaking;
            rule = narrowed ? QStringLiteral("decimal digits narrowed")
                            : QStringLiteral("decimal digits widened");
        }
        auto str = [](const std::optional<int> &v) { return v ? QString::number(*v) : QString(); };
        if (o.precision != n.precision)
            add(p + QStringLiteral(".precision"),
                !o.precision   ? Change::Kind::Added
                : !n.precision ? Change::Kind::Removed
                               : Change::Kind::Changed,
                str(o.precision), str(n.precision), sev, rule);
        if (o.scale != n.scale)
            add(p + QStringLiteral(".scale"),
                !o.scale   ? Change::Kind::Added
                : !n.scale ? Change::Kind::Removed
                           : Change::Kind::Changed,
                str(o.scale), str(n.scale), sev, rule);
    }

    void typeChange(const QString &path, const QString &o, const QString &n)
    {
        if (o == n)
            return;
        if (o.isEmpty()) {
            add(path, Change::Kind::Added, o, n, Severity::Info, QStringLiteral("type declared"));
            return;
        }
        if (n.isEmpty()) {
            add(path, Change::Kind::Removed, o, n, Severity::NonBreaking,
                QStringLiteral("type no longer declared"));
            return;
        }
        const bool widening = isWideningTypeChange(o, n);
        add(path, Change::Kind::Changed, o, n,
            widening ? Severity::NonBreaking : Severity::Breaking,
            widening ? QStringLiteral("type widened") : QStringLiteral("type changed"));
    }

    void fields(const QString &path, const std::vector<Field> &o, const std::vector<Field> &n)
    {
        auto byName = [](const std::vector<Field> &l, const QString &name) {
            return std::find_if(l.begin(), l.end(), [&](const Field &f) { return f.name == name; });
        };
        // an old field gone under its name but named by a new field's aliases was renamed
        auto renamedTo = [&](const Field &of) {
            return std::find_if(n.begin(), n.end(), [&](const Field &f) {
                return f.aliases.contains(of.name) && byName(o, f.name) == o.end();
            });
        };
        for (const Field &of : o) {
            const QString p = path + QLatin1Char('.') + of.name;
            auto it = byName(n, of.name);
            if (it != n.end()) {
                field(p, of, *it);
            } else if (auto r = renamedTo(of); r != n.end()) {
                add(p, Change::Kind::Changed, of.name, r->name, Severity::NonBreaking,
                    QStringLiteral("field renamed (the new name lists the old as an alias)"));
                field(path + QLatin1Char('.') + r->name, of, *r);
            } else {
                add(p, Change::Kind::Removed,
                    of.logicalType.isEmpty() ? of.physicalType : of.logicalType, QString(),
                    Severity::Breaking, QStringLiteral("field removed"));
            }
        }
        for (const Field &nf : n) {
            if (byName(o, nf.name) != o.end() ||
                std::any_of(o.begin(), o.end(), [&](const Field &f) {
                    return nf.aliases.contains(f.name) && byName(n, f.name) == n.end();
                }))
                continue;
            // a required field with a default (Avro) is filled in for data written without it
            const bool breaking = nf.required && nf.defaultValue.isEmpty();
            add(path + QLatin1Char('.') + nf.name, Change::Kind::Added, QString(),
                nf.logicalType.isEmpty() ? nf.physicalType : nf.logicalType,
                breaking ? Severity::Breaking : Severity::NonBreaking,
                breaking      ? QStringLiteral("required field added")
                : nf.required ? QStringLiteral("field with a default added")
                              : QStringLiteral("optional field added"));
        }
    }

    // An element type (array items, map key or value) present on one side only.
    void element(const QString &p, const Field *o, const Field *n)
    {
        if (o && n)
            field(p, *o, *n);
        else if (o || n)
            add(p, o ? Change::Kind::Removed : Change::Kind::Added, o ? o->logicalType : QString(),
                n ? n->logicalType : QString(), Severity::Breaking, QStringLiteral("type changed"));
    }

    void avroNames(const QString &p, const Field &o, const Field &n)
    {
        if (o.typeName == n.typeName || o.typeName.isEmpty() || n.typeName.isEmpty())
            return;
        auto shortName = [](const QString &full) {
            return full.mid(int(full.lastIndexOf(QLatin1Char('.'))) + 1);
        };
        if (shortName(o.typeName) == shortName(n.typeName))
            add(p + QStringLiteral(".typeName"), Change::Kind::Changed, o.typeName, n.typeName,
                Severity::Info, QStringLiteral("namespace changed (the same Avro type)"));
        else if (n.typeAliases.contains(o.typeName))
            add(p + QStringLiteral(".typeName"), Change::Kind::Changed, o.typeName, n.typeName,
                Severity::NonBreaking,
                QStringLiteral("type renamed (the new name lists the old as an alias)"));
        else
            add(p + QStringLiteral(".typeName"), Change::Kind::Changed, o.typeName, n.typeName,
                Severity::Breaking, QStringLiteral("Avro type renamed"));
    }

    void field(const QString &p, const Field &o, const Field &n)
    {
        typeChange(p + QStringLiteral(".logicalType"), o.logicalType, n.logicalType);
        typeChange(p + QStringLiteral(".physicalType"), o.physicalType, n.physicalType);
        avroNames(p, o, n);
        text(p + QStringLiteral(".typeRef"), o.typeRef, n.typeRef, Severity::Info,
             QStringLiteral("recursive reference"));
        flag(p + QStringLiteral(".required"), o.required, n.required, Severity::Breaking,
             Severity::NonBreaking, QStringLiteral("now required"),
             QStringLiteral("no longer required"));
        flag(p + QStringLiteral(".unique"), o.unique, n.unique, Severity::Breaking,
             Severity::NonBreaking, QStringLiteral("unique added"),
             QStringLiteral("unique removed"));
        if (o.primaryKey != n.primaryKey)
            add(p + QStringLiteral(".primaryKey"), Change::Kind::Changed,
                QVariant(o.primaryKey).toString(), QVariant(n.primaryKey).toString(),
                Severity::Breaking, QStringLiteral("key changed"));
        else if (o.primaryKey && o.primaryKeyPosition != n.primaryKeyPosition)
            add(p + QStringLiteral(".primaryKeyPosition"), Change::Kind::Changed,
                QString::number(o.primaryKeyPosition), QString::number(n.primaryKeyPosition),
                Severity::Breaking, QStringLiteral("key changed"));
        bound(p + QStringLiteral(".minLength"), o.minLength, n.minLength, true);
        bound(p + QStringLiteral(".maxLength"), o.maxLength, n.maxLength, false);
        ranges(p, o, n);
        bound(p + QStringLiteral(".minItems"), o.minItems, n.minItems, true);
        bound(p + QStringLiteral(".maxItems"), o.maxItems, n.maxItems, false);
        bound(p + QStringLiteral(".minProperties"), o.minProperties, n.minProperties, true);
        bound(p + QStringLiteral(".maxProperties"), o.maxProperties, n.maxProperties, false);
        flag(p + QStringLiteral(".uniqueItems"), o.uniqueItems, n.uniqueItems, Severity::Breaking,
             Severity::NonBreaking, QStringLiteral("constraint added"),
             QStringLiteral("constraint removed"));
        if (o.multipleOf != n.multipleOf) {
            auto str = [](const std::optional<double> &v) {
                return v ? QString::number(*v) : QString();
            };
            // every multiple of the new step was a multiple of the old one: fewer values allowed
            bool widened = false;
            if (o.multipleOf && n.multipleOf && *n.multipleOf > 0) {
                const double ratio = *o.multipleOf / *n.multipleOf;
                widened = std::abs(ratio - std::round(ratio)) < 1e-9 && std::round(ratio) >= 1;
            }
            const bool removed = !n.multipleOf;
            add(p + QStringLiteral(".multipleOf"),
                !o.multipleOf ? Change::Kind::Added
                : removed     ? Change::Kind::Removed
                              : Change::Kind::Changed,
                str(o.multipleOf), str(n.multipleOf),
                removed || widened ? Severity::NonBreaking : Severity::Breaking,
                removed         ? QStringLiteral("constraint removed")
                : widened       ? QStringLiteral("constraint widened")
                : !o.multipleOf ? QStringLiteral("constraint added")
                                : QStringLiteral("constraint narrowed"));
        }
        stringSet(p + QStringLiteral(".requiredProperties"), o.requiredProperties,
                  n.requiredProperties, Severity::NonBreaking, Severity::Breaking,
                  QStringLiteral("required properties"));
        // time zones: absent means false / UTC (the ODCS defaults)
        const bool otz = o.timezone.value_or(false), ntz = n.timezone.value_or(false);
        if (otz != ntz)
            add(p + QStringLiteral(".timezone"), Change::Kind::Changed, QVariant(otz).toString(),
                QVariant(ntz).toString(), Severity::Breaking, QStringLiteral("time zone changed"));
        auto zone = [](const QString &z) {
            return z.isEmpty() || z == QLatin1String("UTC") ? QStringLiteral("Etc/UTC") : z;
        };
        if (zone(o.defaultTimezone) != zone(n.defaultTimezone))
            text(p + QStringLiteral(".defaultTimezone"), o.defaultTimezone, n.defaultTimezone,
                 Severity::Breaking, QStringLiteral("time zone changed"));
        else
            text(p + QStringLiteral(".defaultTimezone"), o.defaultTimezone, n.defaultTimezone,
                 Severity::Info, QStringLiteral("time zone spelled out"));
        decimals(p, o, n);
        if (o.pattern != n.pattern) {
            if (o.pattern.isEmpty())
                add(p + QStringLiteral(".pattern"), Change::Kind::Added, QString(), n.pattern,
                    Severity::Breaking, QStringLiteral("constraint added"));
            else if (n.pattern.isEmpty())
                add(p + QStringLiteral(".pattern"), Change::Kind::Removed, o.pattern, QString(),
                    Severity::NonBreaking, QStringLiteral("constraint removed"));
            else
                add(p + QStringLiteral(".pattern"), Change::Kind::Changed, o.pattern, n.pattern,
                    Severity::Breaking, QStringLiteral("pattern changed"));
        }
        if (o.enumValues != n.enumValues) {
            if (o.enumValues.isEmpty())
                add(p + QStringLiteral(".enum"), Change::Kind::Added, QString(),
                    n.enumValues.join(QLatin1Char(',')), Severity::Breaking,
                    QStringLiteral("constraint added"));
            else if (n.enumValues.isEmpty())
                add(p + QStringLiteral(".enum"), Change::Kind::Removed,
                    o.enumValues.join(QLatin1Char(',')), QString(), Severity::NonBreaking,
                    QStringLiteral("constraint removed"));
            else
                stringSet(p + QStringLiteral(".enum"), o.enumValues, n.enumValues,
                          Severity::Breaking, Severity::NonBreaking, QStringLiteral("enum values"));
        }
        keyedList(p + QStringLiteral(".enumDetails"), o.enumDetails, n.enumDetails, "value",
                  Severity::Info, QStringLiteral("enum documentation"));
        text(p + QStringLiteral(".format"), o.format, n.format, Severity::Breaking,
             QStringLiteral("format changed"));
        if (o.physicalName.isEmpty() || n.physicalName.isEmpty())
            text(p + QStringLiteral(".physicalName"), o.physicalName, n.physicalName,
                 Severity::Info, QStringLiteral("physical name"));
        else
            text(p + QStringLiteral(".physicalName"), o.physicalName, n.physicalName,
                 Severity::Breaking, QStringLiteral("physical name changed"));
        if (n.encryptedName.isEmpty() || o.encryptedName.isEmpty())
            text(p + QStringLiteral(".encryptedName"), o.encryptedName, n.encryptedName,
                 n.encryptedName.isEmpty() ? Severity::Breaking : Severity::NonBreaking,
                 n.encryptedName.isEmpty() ? QStringLiteral("encrypted column removed")
                                           : QStringLiteral("encrypted column added"));
        else
            text(p + QStringLiteral(".encryptedName"), o.encryptedName, n.encryptedName,
                 Severity::Breaking, QStringLiteral("encrypted column renamed"));
        relationships(p + QStringLiteral(".relationships"), o.relationships, n.relationships);
        text(p + QStringLiteral(".description"), o.description, n.description);
        text(p + QStringLiteral(".businessName"), o.businessName, n.businessName);
        text(p + QStringLiteral(".semanticType"), o.semanticType, n.semanticType, Severity::Info,
             QStringLiteral("semantics"));
        flag(p + QStringLiteral(".deprecated"), o.deprecated, n.deprecated, Severity::Info,
             Severity::Info, QStringLiteral("deprecation"), QStringLiteral("deprecation"));
        text(p + QStringLiteral(".classification"), o.classification, n.classification,
             Severity::Info, QStringLiteral("classification"));
        if (o.pii != n.pii)
            add(p + QStringLiteral(".pii"), Change::Kind::Changed, QVariant(o.pii).toString(),
                QVariant(n.pii).toString(), Severity::Info, QStringLiteral("classification"));
        flag(p + QStringLiteral(".criticalDataElement"), o.criticalDataElement,
             n.criticalDataElement, Severity::Info, Severity::Info,
             QStringLiteral("classification"), QStringLiteral("classification"));
        flag(p + QStringLiteral(".partitioned"), o.partitioned, n.partitioned, Severity::Info,
             Severity::Info, QStringLiteral("partitioning"), QStringLiteral("partitioning"));
        stringSet(p + QStringLiteral(".tags"), o.tags, n.tags, Severity::Info, Severity::Info,
                  QStringLiteral("tags"));
        keyedList(p + QStringLiteral(".synonyms"), o.synonyms, n.synonyms, "synonym",
                  Severity::Info, QStringLiteral("synonyms"));
        quality(p + QStringLiteral(".quality"), o.quality, n.quality);
        if (o.examples != n.examples)
            add(p + QStringLiteral(".examples"), Change::Kind::Changed, json(o.examples),
                json(n.examples), Severity::Info, QStringLiteral("documentation"));
        text(p + QStringLiteral(".default"), o.defaultValue, n.defaultValue, Severity::Info,
             QStringLiteral("default"));
        stringSet(p + QStringLiteral(".aliases"), o.aliases, n.aliases, Severity::Info,
                  Severity::Info, QStringLiteral("aliases"));
        keyedList(p + QStringLiteral(".authoritativeDefinitions"), o.authoritativeDefinitions,
                  n.authoritativeDefinitions, "url", Severity::Info,
                  QStringLiteral("documentation"));
        stringSet(p + QStringLiteral(".transformSourceObjects"), o.transformSourceObjects,
                  n.transformSourceObjects, Severity::Info, Severity::Info,
                  QStringLiteral("lineage"));
        text(p + QStringLiteral(".transformLogic"), o.transformLogic, n.transformLogic,
             Severity::Info, QStringLiteral("lineage"));
        text(p + QStringLiteral(".transformDescription"), o.transformDescription,
             n.transformDescription, Severity::Info, QStringLiteral("lineage"));
        objectByKey(p + QStringLiteral(".lineage"), o.lineage, n.lineage, Severity::Info,
                    QStringLiteral("lineage"));
        keyedList(p + QStringLiteral(".customProperties"), o.customProperties, n.customProperties,
                  "property", Severity::Info, QStringLiteral("custom properties"));
        objectByKey(p + QStringLiteral(".config"), o.config, n.config, Severity::Info,
                    QStringLiteral("vendor configuration"));
        objectByKey(p + QStringLiteral(".links"), o.links, n.links, Severity::Info,
                    QStringLiteral("documentation"));
        objectByKey(p + QStringLiteral(".extensions"), o.extensions, n.extensions, Severity::Info,
                    QStringLiteral("extension"));
        fields(p + QStringLiteral(".properties"), o.fields, n.fields);
        element(p + QStringLiteral(".items"), o.arrayItems(), n.arrayItems());
        element(p + QStringLiteral(".mapKey"), o.keyType(), n.keyType());
    }

    void team(const Team &o, const Team &n)
    {
        text(QStringLiteral("team.name"), o.name, n.name, Severity::Info,
             QStringLiteral("ownership"));
        text(QStringLiteral("team.description"), o.description, n.description);
        objectByKey(QStringLiteral("team"), o.properties, n.properties, Severity::Info,
                    QStringLiteral("ownership"));
        for (const TeamMember &m : o.members) {
            auto it = std::find_if(n.members.begin(), n.members.end(),
                                   [&](const TeamMember &x) { return x.username == m.username; });
            const QString p = QStringLiteral("team.members.") + m.username;
            if (it == n.members.end())
                add(p, Change::Kind::Removed, m.role, QString(), Severity::Info,
                    QStringLiteral("ownership"));
            else {
                if (it->role != m.role || it->dateOut != m.dateOut)
                    add(p, Change::Kind::Changed, m.role + QLatin1Char(' ') + m.dateOut,
                        it->role + QLatin1Char(' ') + it->dateOut, Severity::Info,
                        QStringLiteral("ownership"));
                text(p + QStringLiteral(".name"), m.name, it->name, Severity::Info,
                     QStringLiteral("ownership"));
                text(p + QStringLiteral(".dateIn"), m.dateIn, it->dateIn, Severity::Info,
                     QStringLiteral("ownership"));
                text(p + QStringLiteral(".description"), m.description, it->description);
                objectByKey(p, m.properties, it->properties, Severity::Info,
                            QStringLiteral("ownership"));
            }
        }
        for (const TeamMember &m : n.members)
            if (std::none_of(o.members.begin(), o.members.end(),
                             [&](const TeamMember &x) { return x.username == m.username; }))
                add(QStringLiteral("team.members.") + m.username, Change::Kind::Added, QString(),
                    m.role, Severity::Info, QStringLiteral("ownership"));
    }

    void description(const Description &o, const Description &n)
    {
        text(QStringLiteral("description.purpose"), o.purpose, n.purpose);
        text(QStringLiteral("description.usage"), o.usage, n.usage);
        text(QStringLiteral("description.limitations"), o.limitations, n.limitations);
        keyedList(QStringLiteral("description.customProperties"), o.customProperties,
                  n.customProperties, "property", Severity::Info,
                  QStringLiteral("custom properties"));
        keyedList(QStringLiteral("description.authoritativeDefinitions"),
                  o.authoritativeDefinitions, n.authoritativeDefinitions, "url", Severity::Info,
                  QStringLiteral("documentation"));
    }

    // Identity and stewardship fields that contracts and products share, in the same order
    // for both; a contract also names its data product between domain and owner.
    template <class Document> void header(const Document &o, const Document &n)
    {
        text(QStringLiteral("version"), o.version, n.version, Severity::Info,
             QStringLiteral("version"));
        text(QStringLiteral("status"), o.status, n.status, Severity::Info,
             QStringLiteral("status"));
        text(QStringLiteral("name"), o.name, n.name);
        text(QStringLiteral("domain"), o.domain, n.domain, Severity::Info,
             QStringLiteral("ownership"));
        if constexpr (requires { o.dataProduct; })
            text(QStringLiteral("dataProduct"), o.dataProduct, n.dataProduct, Severity::Info,
                 QStringLiteral("ownership"));
        text(QStringLiteral("owner"), o.owner, n.owner, Severity::Info,
             QStringLiteral("ownership"));
        description(o.description, n.description);
        team(o.team, n.team);
        stringSet(QStringLiteral("tags"), o.tags, n.tags, Severity::Info, Severity::Info,
                  QStringLiteral("tags"));
    }
};

} // namespace

DiffResult diffContracts(const Contract &o, const Contract &n)
{
    Differ d;
    d.header(o, n);
    // servers
    for (const Server &s : o.servers) {
        const QString p = QStringLiteral("servers.") + s.server;
        auto it = std::find_if(n.servers.begin(), n.servers.end(),
                               [&](const Server &x) { return x.server == s.server; });
        if (it == n.servers.end()) {
            d.add(p, Change::Kind::Removed, s.type, QString(), Severity::Breaking,
                  QStringLiteral("server removed"));
            continue;
        }
        d.text(p + QStringLiteral(".type"), s.type, it->type, Severity::Breaking,
               QStringLiteral("server changed"));
        d.text(p + QStringLiteral(".format"), s.format, it->format, Severity::Breaking,
               QStringLiteral("server changed"));
        // server details key by key; lists inside (roles...) by their natural key
        d.objectByKey(p, s.properties, it->properties, Severity::Info,
                      QStringLiteral("server details"),
                      {QStringLiteral("server"), QStringLiteral("type"), QStringLiteral("format")});
    }
    for (const Server &s : n.servers)
        if (std::none_of(o.servers.begin(), o.servers.end(),
                         [&](const Server &x) { return x.server == s.server; }))
            d.add(QStringLiteral("servers.") + s.server, Change::Kind::Added, QString(), s.type,
                  Severity::NonBreaking, QStringLiteral("server added"));
    // roles
    for (const Role &r : o.roles) {
        auto it = std::find_if(n.roles.begin(), n.roles.end(),
                               [&](const Role &x) { return x.role == r.role; });
        const QString p = QStringLiteral("roles.") + r.role;
        if (it == n.roles.end())
            d.add(p, Change::Kind::Removed, r.access, QString(), Severity::Breaking,
                  QStringLiteral("role removed"));
        else {
            d.text(p + QStringLiteral(".access"), r.access, it->access, Severity::Info,
                   QStringLiteral("access"));
            d.text(p + QStringLiteral(".firstLevelApprovers"), r.firstLevelApprovers,
                   it->firstLevelApprovers, Severity::Info, QStringLiteral("access"));
            d.text(p + QStringLiteral(".secondLevelApprovers"), r.secondLevelApprovers,
                   it->secondLevelApprovers, Severity::Info, QStringLiteral("access"));
            d.text(p + QStringLiteral(".description"), r.description, it->description);
            d.keyedList(p + QStringLiteral(".customProperties"), r.customProperties,
                        it->customProperties, "property", Severity::Info,
                        QStringLiteral("custom properties"));
        }
    }
    for (const Role &r : n.roles)
        if (std::none_of(o.roles.begin(), o.roles.end(),
                         [&](const Role &x) { return x.role == r.role; }))
            d.add(QStringLiteral("roles.") + r.role, Change::Kind::Added, QString(), r.access,
                  Severity::NonBreaking, QStringLiteral("role added"));
    // schema
    for (const SchemaObject &so : o.objects) {
        const QString p = QStringLiteral("schema.") + so.name;
        auto it = std::find_if(n.objects.begin(), n.objects.end(),
                               [&](const SchemaObject &x) { return x.name == so.name; });
        if (it == n.objects.end()) {
            d.add(p, Change::Kind::Removed, so.physicalType, QString(), Severity::Breaking,
                  QStringLiteral("object removed"));
            continue;
        }
        d.text(p + QStringLiteral(".physicalName"), so.physicalName, it->physicalName,
               Severity::Breaking, QStringLiteral("object renamed"));
        d.typeChange(p + QStringLiteral(".physicalType"), so.physicalType, it->physicalType);
        d.text(p + QStringLiteral(".description"), so.description, it->description);
        d.text(p + QStringLiteral(".businessName"), so.businessName, it->businessName);
        d.text(p + QStringLiteral(".dataGranularityDescription"), so.dataGranularityDescription,
               it->dataGranularityDescription);
        d.flag(p + QStringLiteral(".deprecated"), so.deprecated, it->deprecated, Severity::Info,
               Severity::Info, QStringLiteral("deprecation"), QStringLiteral("deprecation"));
        d.stringSet(p + QStringLiteral(".tags"), so.tags, it->tags, Severity::Info, Severity::Info,
                    QStringLiteral("tags"));
        d.keyedList(p + QStringLiteral(".synonyms"), so.synonyms, it->synonyms, "synonym",
                    Severity::Info, QStringLiteral("synonyms"));
        if (so.primaryKey != it->primaryKey)
            d.add(p + QStringLiteral(".primaryKey"), Change::Kind::Changed,
                  so.primaryKey.join(QLatin1Char(',')), it->primaryKey.join(QLatin1Char(',')),
                  Severity::Breaking, QStringLiteral("key changed"));
        d.relationships(p + QStringLiteral(".relationships"), so.relationships, it->relationships);
        d.quality(p + QStringLiteral(".quality"), so.quality, it->quality);
        d.keyedList(p + QStringLiteral(".customProperties"), so.customProperties,
                    it->customProperties, "property", Severity::Info,
                    QStringLiteral("custom properties"));
        d.keyedList(p + QStringLiteral(".authoritativeDefinitions"), so.authoritativeDefinitions,
                    it->authoritativeDefinitions, "url", Severity::Info,
                    QStringLiteral("documentation"));
        d.objectByKey(p + QStringLiteral(".context"), so.context, it->context, Severity::Info,
                      QStringLiteral("AI context"));
        d.objectByKey(p + QStringLiteral(".config"), so.config, it->config, Severity::Info,
                      QStringLiteral("vendor configuration"));
        d.objectByKey(p + QStringLiteral(".links"), so.links, it->links, Severity::Info,
                      QStringLiteral("documentation"));
        if (so.examples != it->examples)
            d.add(p + QStringLiteral(".examples"), Change::Kind::Changed, Differ::json(so.examples),
                  Differ::json(it->examples), Severity::Info, QStringLiteral("documentation"));
        d.objectByKey(p + QStringLiteral(".extensions"), so.extensions, it->extensions,
                      Severity::Info, QStringLiteral("extension"));
        d.fields(p + QStringLiteral(".properties"), so.fields, it->fields);
    }
    for (const SchemaObject &so : n.objects)
        if (std::none_of(o.objects.begin(), o.objects.end(),
                         [&](const SchemaObject &x) { return x.name == so.name; }))
            d.add(QStringLiteral("schema.") + so.name, Change::Kind::Added, QString(),
                  so.physicalType, Severity::NonBreaking, QStringLiteral("object added"));
    d.keyedList(QStringLiteral("slaProperties"), o.slaProperties, n.slaProperties, "property",
                Severity::Info, QStringLiteral("SLA"));
    d.keyedList(QStringLiteral("support"), o.support, n.support, "channel", Severity::Info,
                QStringLiteral("support"));
    d.keyedList(QStringLiteral("customProperties"), o.customProperties, n.customProperties,
                "property", Severity::Info, QStringLiteral("custom properties"));
    d.objectByKey(QStringLiteral("price"), o.price, n.price, Severity::Info,
                  QStringLiteral("price"));
    d.quality(QStringLiteral("quality"), o.quality, n.quality);
    d.objectByKey(QStringLiteral("terms"), o.terms, n.terms, Severity::Info,
                  QStringLiteral("documentation"));
    d.keyedList(QStringLiteral("authoritativeDefinitions"), o.authoritativeDefinitions,
                n.authoritativeDefinitions, "url", Severity::Info, QStringLiteral("documentation"));
    d.objectByKey(QStringLiteral("context"), o.context, n.context, Severity::Info,
                  QStringLiteral("AI context"));
    d.objectByKey(QStringLiteral("links"), o.links, n.links, Severity::Info,
                  QStringLiteral("documentation"));
    d.text(QStringLiteral("createdTs"), o.createdTs, n.createdTs, Severity::Info,
           QStringLiteral("documentation"));
    d.objectByKey(QStringLiteral("extensions"), o.extensions, n.extensions, Severity::Info,
                  QStringLiteral("extension"));
    return d.result;
}

DiffResult diffProducts(const DataProduct &o, const DataProduct &n)
{
    Differ d;
    d.header(o, n);
    auto ports = [&](const char *what, const std::vector<Port> &op, const std::vector<Port> &np,
                     bool output) {
        auto key = [](const Port &p) {
            return p.version.isEmpty() ? p.name : p.name + QLatin1Char('@') + p.version;
        };
        for (const Port &p : op) {
            const QString path = QLatin1String(what) + QLatin1Char('.') + key(p);
            auto it =
                std::find_if(np.begin(), np.end(), [&](const Port &x) { return key(x) == key(p); });
            if (it == np.end()) {
                d.add(path, Change::Kind::Removed, p.contractId, QString(),
                      output ? Severity::Breaking : Severity::Info,
                      output ? QStringLiteral("output port removed")
                             : QStringLiteral("input port removed"));
                continue;
            }
            d.text(path + QStringLiteral(".contractId"), p.contractId, it->contractId,
                   output ? Severity::Breaking : Severity::Info,
                   output ? QStringLiteral("output contract changed")
                          : QStringLiteral("input changed"));
            d.text(path + QStringLiteral(".type"), p.type, it->type,
                   output ? Severity::Breaking : Severity::Info,
                   QStringLiteral("port type changed"));
            d.text(path + QStringLiteral(".description"), p.description, it->description);
            d.text(path + QStringLiteral(".server"), p.server, it->server, Severity::Info,
                   QStringLiteral("port details"));
            d.stringSet(path + QStringLiteral(".tags"), p.tags, it->tags, Severity::Info,
                        Severity::Info, QStringLiteral("tags"));
            d.flag(path + QStringLiteral(".deprecated"), p.deprecated, it->deprecated,
                   Severity::Info, Severity::Info, QStringLiteral("deprecation"),
                   QStringLiteral("deprecation"));
            d.objectByKey(path, p.properties, it->properties, Severity::Info,
                          QStringLiteral("port details"));
        }
        for (const Port &p : np)
            if (std::none_of(op.begin(), op.end(), [&](const Port &x) { return key(x) == key(p); }))
                d.add(QLatin1String(what) + QLatin1Char('.') + key(p), Change::Kind::Added,
                      QString(), p.contractId, output ? Severity::NonBreaking : Severity::Info,
                      output ? QStringLiteral("output port added")
                             : QStringLiteral("input port added"));
    };
    ports("outputPorts", o.outputPorts, n.outputPorts, true);
    ports("inputPorts", o.inputPorts, n.inputPorts, false);
    ports("managementPorts", o.managementPorts, n.managementPorts, false);
    d.keyedList(QStringLiteral("support"), o.support, n.support, "channel", Severity::Info,
                QStringLiteral("support"));
    d.keyedList(QStringLiteral("customProperties"), o.customProperties, n.customProperties,
                "property", Severity::Info, QStringLiteral("custom properties"));
    d.text(QStringLiteral("type"), o.type, n.type, Severity::Info, QStringLiteral("product type"));
    d.flag(QStringLiteral("deprecated"), o.deprecated, n.deprecated, Severity::Info, Severity::Info,
           QStringLiteral("deprecation"), QStringLiteral("deprecation"));
    d.keyedList(QStringLiteral("synonyms"), o.synonyms, n.synonyms, "synonym", Severity::Info,
                QStringLiteral("synonyms"));
    d.objectByKey(QStringLiteral("context"), o.context, n.context, Severity::Info,
                  QStringLiteral("AI context"));
    d.keyedList(QStringLiteral("authoritativeDefinitions"), o.authoritativeDefinitions,
                n.authoritativeDefinitions, "url", Severity::Info, QStringLiteral("documentation"));
    d.text(QStringLiteral("createdTs"), o.createdTs, n.createdTs, Severity::Info,
           QStringLiteral("documentation"));
    d.objectByKey(QStringLiteral("extensions"), o.extensions, n.extensions, Severity::Info,
                  QStringLiteral("extension"));
    return d.result;
}

bool diffDocuments(const ImportedDocument &o, const ImportedDocument &n, DiffResult &out,
                   QString *error)
{
    if (o.kind != n.kind) {
        if (error)
            *error =
                QStringLiteral("cannot compare a %1 with a %2").arg(o.kindName(), n.kindName());
        return false;
    }
    if (o.key() != n.key()) {
        if (error)
            *error =
                QStringLiteral("these are two different %1s ('%2' and '%3'); a diff compares two "
                               "versions of the same id")
                    .arg(o.kindName(), o.key(), n.key());
        return false;
    }
    if (o.kind == ImportedDocument::Kind::Contract)
        out = diffContracts(o.contract, n.contract);
    else if (o.kind == ImportedDocument::Kind::Product)
        out = diffProducts(o.product, n.product);
    else
        out = {};
    // breaking first, then non-breaking, then info; by path within each
    std::stable_sort(out.changes.begin(), out.changes.end(), [](const Change &a, const Change &b) {
        return int(a.severity) < int(b.severity);
    });
    return true;
}

} // namespace meshdesk::governance
