#include "Diff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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
        auto index = [&](const QJsonArray &a) {
            QList<QPair<QString, QJsonObject>> out;
            QHash<QString, int> seen;
            for (const auto &v : a) {
                const QJsonObject obj = v.toObject();
                QString k = json(obj.value(QLatin1String(key)));
                if (k.isEmpty())
                    k = json(v);
                // a key used twice (e.g. two timeOfAvailability SLAs) is told apart by order
                const int nth = seen[k]++;
                out.append({nth ? k + QStringLiteral("#%1").arg(nth + 1) : k, obj});
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
        for (const Field &of : o) {
            const QString p = path + QLatin1Char('.') + of.name;
            auto it =
                std::find_if(n.begin(), n.end(), [&](const Field &f) { return f.name == of.name; });
            if (it == n.end())
                add(p, Change::Kind::Removed,
                    of.logicalType.isEmpty() ? of.physicalType : of.logicalType, QString(),
                    Severity::Breaking, QStringLiteral("field removed"));
            else
                field(p, of, *it);
        }
        for (const Field &nf : n) {
            if (std::any_of(o.begin(), o.end(), [&](const Field &f) { return f.name == nf.name; }))
                continue;
            add(path + QLatin1Char('.') + nf.name, Change::Kind::Added, QString(),
                nf.logicalType.isEmpty() ? nf.physicalType : nf.logicalType,
                nf.required ? Severity::Breaking : Severity::NonBreaking,
                nf.required ? QStringLiteral("required field added")
                            : QStringLiteral("optional field added"));
        }
    }

    void field(const QString &p, const Field &o, const Field &n)
    {
        typeChange(p + QStringLiteral(".logicalType"), o.logicalType, n.logicalType);
        typeChange(p + QStringLiteral(".physicalType"), o.physicalType, n.physicalType);
        if (o.required != n.required)
            add(p + QStringLiteral(".required"), Change::Kind::Changed,
                QVariant(o.required).toString(), QVariant(n.required).toString(),
                n.required ? Severity::Breaking : Severity::NonBreaking,
                n.required ? QStringLiteral("now required") : QStringLiteral("no longer required"));
        if (o.unique != n.unique)
            add(p + QStringLiteral(".unique"), Change::Kind::Changed, QVariant(o.unique).toString(),
                QVariant(n.unique).toString(),
                n.unique ? Severity::Breaking : Severity::NonBreaking,
                n.unique ? QStringLiteral("unique added") : QStringLiteral("unique removed"));
        if (o.primaryKey != n.primaryKey)
            add(p + QStringLiteral(".primaryKey"), Change::Kind::Changed,
                QVariant(o.primaryKey).toString(), QVariant(n.primaryKey).toString(),
                Severity::Breaking, QStringLiteral("key changed"));
        bound(p + QStringLiteral(".minLength"), o.minLength, n.minLength, true);
        bound(p + QStringLiteral(".maxLength"), o.maxLength, n.maxLength, false);
        bound(p + QStringLiteral(".minimum"), o.minimum, n.minimum, true);
        bound(p + QStringLiteral(".maximum"), o.maximum, n.maximum, false);
        bound(p + QStringLiteral(".exclusiveMinimum"), o.exclusiveMinimum, n.exclusiveMinimum,
              true);
        bound(p + QStringLiteral(".exclusiveMaximum"), o.exclusiveMaximum, n.exclusiveMaximum,
              false);
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
        text(p + QStringLiteral(".format"), o.format, n.format, Severity::Breaking,
             QStringLiteral("format changed"));
        text(p + QStringLiteral(".description"), o.description, n.description);
        text(p + QStringLiteral(".businessName"), o.businessName, n.businessName);
        text(p + QStringLiteral(".classification"), o.classification, n.classification,
             Severity::Info, QStringLiteral("classification"));
        if (o.pii != n.pii)
            add(p + QStringLiteral(".pii"), Change::Kind::Changed, QVariant(o.pii).toString(),
                QVariant(n.pii).toString(), Severity::Info, QStringLiteral("classification"));
        stringSet(p + QStringLiteral(".tags"), o.tags, n.tags, Severity::Info, Severity::Info,
                  QStringLiteral("tags"));
        if (o.quality != n.quality)
            add(p + QStringLiteral(".quality"), Change::Kind::Changed, json(o.quality),
                json(n.quality), Severity::Info, QStringLiteral("quality rules"));
        if (o.examples != n.examples)
            add(p + QStringLiteral(".examples"), Change::Kind::Changed, json(o.examples),
                json(n.examples), Severity::Info, QStringLiteral("documentation"));
        keyedList(p + QStringLiteral(".customProperties"), o.customProperties, n.customProperties,
                  "property", Severity::Info, QStringLiteral("custom properties"));
        fields(p + QStringLiteral(".properties"), o.fields, n.fields);
        const Field *oi = o.arrayItems(), *ni = n.arrayItems();
        if (oi && ni)
            field(p + QStringLiteral(".items"), *oi, *ni);
        else if (oi || ni)
            add(p + QStringLiteral(".items"), oi ? Change::Kind::Removed : Change::Kind::Added,
                oi ? oi->logicalType : QString(), ni ? ni->logicalType : QString(),
                Severity::Breaking, QStringLiteral("type changed"));
    }

    void team(const Team &o, const Team &n)
    {
        text(QStringLiteral("team.name"), o.name, n.name, Severity::Info,
             QStringLiteral("ownership"));
        for (const TeamMember &m : o.members) {
            auto it = std::find_if(n.members.begin(), n.members.end(),
                                   [&](const TeamMember &x) { return x.username == m.username; });
            const QString p = QStringLiteral("team.members.") + m.username;
            if (it == n.members.end())
                add(p, Change::Kind::Removed, m.role, QString(), Severity::Info,
                    QStringLiteral("ownership"));
            else if (it->role != m.role || it->dateOut != m.dateOut)
                add(p, Change::Kind::Changed, m.role + QLatin1Char(' ') + m.dateOut,
                    it->role + QLatin1Char(' ') + it->dateOut, Severity::Info,
                    QStringLiteral("ownership"));
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
    }

    // Identity and stewardship fields that contracts and products share, in the same order
    // for both; a contract also names its data product between domain and owner.
    template <class Document>
    void header(const Document &o, const Document &n)
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
        for (auto k = s.properties.begin(); k != s.properties.end(); ++k) {
            if (k.key() == QLatin1String("server") || k.key() == QLatin1String("type") ||
                k.key() == QLatin1String("format"))
                continue;
            const QJsonValue nv = it->properties.value(k.key());
            if (nv != k.value())
                d.add(p + QLatin1Char('.') + k.key(),
                      nv.isUndefined() ? Change::Kind::Removed : Change::Kind::Changed,
                      Differ::json(k.value()), Differ::json(nv), Severity::Info,
                      QStringLiteral("server details"));
        }
        for (auto k = it->properties.begin(); k != it->properties.end(); ++k)
            if (!s.properties.contains(k.key()))
                d.add(p + QLatin1Char('.') + k.key(), Change::Kind::Added, QString(),
                      Differ::json(k.value()), Severity::Info, QStringLiteral("server details"));
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
        d.stringSet(p + QStringLiteral(".tags"), so.tags, it->tags, Severity::Info, Severity::Info,
                    QStringLiteral("tags"));
        if (so.quality != it->quality)
            d.add(p + QStringLiteral(".quality"), Change::Kind::Changed, Differ::json(so.quality),
                  Differ::json(it->quality), Severity::Info, QStringLiteral("quality rules"));
        d.keyedList(p + QStringLiteral(".customProperties"), so.customProperties,
                    it->customProperties, "property", Severity::Info,
                    QStringLiteral("custom properties"));
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
    if (o.price != n.price)
        d.add(QStringLiteral("price"), Change::Kind::Changed, Differ::json(o.price),
              Differ::json(n.price), Severity::Info, QStringLiteral("price"));
    if (o.quality != n.quality)
        d.add(QStringLiteral("quality"), Change::Kind::Changed, Differ::json(o.quality),
              Differ::json(n.quality), Severity::Info, QStringLiteral("quality rules"));
    if (o.terms != n.terms)
        d.add(QStringLiteral("terms"), Change::Kind::Changed, Differ::json(o.terms),
              Differ::json(n.terms), Severity::Info, QStringLiteral("documentation"));
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
