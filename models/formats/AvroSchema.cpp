#include "AvroSchema.h"

#include "YamlReader.h"

#include <QHash>

namespace meshdesk::avro {

using namespace yaml;

namespace {

std::optional<Type::Kind> primitive(const QString &name)
{
    static const std::pair<const char *, Type::Kind> names[] = {
        {"null", Type::Kind::Null},   {"boolean", Type::Kind::Boolean},
        {"int", Type::Kind::Int},     {"long", Type::Kind::Long},
        {"float", Type::Kind::Float}, {"double", Type::Kind::Double},
        {"bytes", Type::Kind::Bytes}, {"string", Type::Kind::String}};
    for (const auto &[n, k] : names)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

} // namespace

QString Type::shortName() const
{
    const int dot = int(fullName.lastIndexOf(QLatin1Char('.')));
    return dot < 0 ? fullName : fullName.mid(dot + 1);
}

QString Type::kindName() const
{
    return typeName().toUpper();
}

QString Type::typeName() const
{
    switch (kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Boolean:
        return QStringLiteral("boolean");
    case Kind::Int:
        return QStringLiteral("int");
    case Kind::Long:
        return QStringLiteral("long");
    case Kind::Float:
        return QStringLiteral("float");
    case Kind::Double:
        return QStringLiteral("double");
    case Kind::Bytes:
        return QStringLiteral("bytes");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Record:
        return QStringLiteral("record");
    case Kind::Enum:
        return QStringLiteral("enum");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Map:
        return QStringLiteral("map");
    case Kind::Union:
        return QStringLiteral("union");
    case Kind::Fixed:
        return QStringLiteral("fixed");
    }
    return {};
}

std::shared_ptr<const Schema> Schema::parse(const YamlNode &root)
{
    auto s = std::make_shared<Schema>();
    s->m_root = s->parseType(root, QString(), 0);
    return s;
}

const Type *Schema::named(const QString &fullName) const
{
    for (const auto &[name, type] : m_names)
        if (name == fullName)
            return type;
    return nullptr;
}

Type *Schema::make(Type::Kind kind, const YamlNode &at)
{
    m_types.push_back(std::make_unique<Type>());
    Type *t = m_types.back().get();
    t->kind = kind;
    t->line = at.line;
    t->column = at.column;
    return t;
}

QString Schema::qualify(const QString &name, const QString &ns) const
{
    if (name.contains(QLatin1Char('.')) || ns.isEmpty())
        return name;
    return ns + QLatin1Char('.') + name;
}

const Type *Schema::parseType(const YamlNode &n, const QString &ns, int depth)
{
    if (depth > 200)
        fail(&n, QStringLiteral("Avro type nested deeper than 200 levels"));
    auto lookup = [&](const QString &name, const YamlNode &at) -> const Type * {
        if (const Type *t = named(qualify(name, ns)))
            return t;
        if (const Type *t = named(name)) // a name in the null namespace
            return t;
        // Lenient, as many real schemas rely on it: a short name that names exactly one type.
        const Type *found = nullptr;
        int matches = 0;
        for (const auto &[full, type] : m_names)
            if (type->shortName() == name) {
                found = type;
                ++matches;
            }
        if (matches == 1)
            return found;
        // A logical type's name where a type belongs ("type": "timestamp-micros", seen in real
        // contracts): read as the logical type on its base type, with a warning.
        static const QHash<QString, Type::Kind> logicalBases = {
            {QStringLiteral("date"), Type::Kind::Int},
            {QStringLiteral("time-millis"), Type::Kind::Int},
            {QStringLiteral("time-micros"), Type::Kind::Long},
            {QStringLiteral("timestamp-millis"), Type::Kind::Long},
            {QStringLiteral("timestamp-micros"), Type::Kind::Long},
            {QStringLiteral("timestamp-nanos"), Type::Kind::Long},
            {QStringLiteral("local-timestamp-millis"), Type::Kind::Long},
            {QStringLiteral("local-timestamp-micros"), Type::Kind::Long},
            {QStringLiteral("local-timestamp-nanos"), Type::Kind::Long},
            {QStringLiteral("uuid"), Type::Kind::String},
            {QStringLiteral("decimal"), Type::Kind::Bytes}};
        if (const auto it = logicalBases.constFind(name); it != logicalBases.constEnd()) {
            Type *t = make(*it, at);
            t->logicalType = name;
            warn(&at, QStringLiteral("'%1' is an Avro logical type, not a type: read as %2 with "
                                     "logicalType %1")
                          .arg(name, t->typeName()));
            return t;
        }
        fail(&at, QStringLiteral("unknown Avro type '%1' (a named type must be defined before "
                                 "it is used)")
                      .arg(name));
    };
    if (n.isScalar()) {
        if (const auto k = primitive(n.text))
            return make(*k, n);
        return lookup(n.text, n);
    }
    if (n.isSeq()) {
        Type *u = make(Type::Kind::Union, n);
        for (const auto &b : n.items)
            u->branches.push_back(parseType(*b, ns, depth + 1));
        return u;
    }
    if (!n.isMap())
        fail(&n, QStringLiteral("an Avro type must be a name, a list or a mapping"));
    const YamlNode *typeNode = n.get(u"type");
    if (!typeNode || typeNode->isNull())
        fail(&n, QStringLiteral("an Avro schema has no 'type'"));
    if (!typeNode->isScalar()) // {"type": {...}} or {"type": [...]}: the inner type
        return parseType(*typeNode, ns, depth + 1);
    const QString t = typeNode->text;
    auto defineNamed = [&](Type::Kind kind) {
        Type *nt = make(kind, n);
        const QString name = str(n, "name");
        if (name.isEmpty())
            fail(&n, QStringLiteral("an Avro %1 has no 'name'").arg(t));
        QString space = ns;
        if (const YamlNode *nsNode = n.get(u"namespace"); nsNode && nsNode->isScalar())
            space = nsNode->text;
        nt->fullName = qualify(name, space);
        if (const Type *earlier = this->named(nt->fullName))
            fail(&n, QStringLiteral("the Avro type '%1' is defined twice (first at line %2)")
                         .arg(nt->fullName)
                         .arg(earlier->line));
        const int dot = int(nt->fullName.lastIndexOf(QLatin1Char('.')));
        const QString own = dot < 0 ? QString() : nt->fullName.left(dot);
        for (const QString &a : strList(n, "aliases"))
            nt->aliases << qualify(a, own);
        nt->doc = str(n, "doc");
        m_names.push_back({nt->fullName, nt}); // before its fields: they may refer to it
        return std::pair<Type *, QString>{nt, own};
    };
    Type *result = nullptr;
    if (const auto k = primitive(t)) {
        result = make(*k, n);
    } else if (t == QLatin1String("record") || t == QLatin1String("error")) {
        auto [rec, own] = defineNamed(Type::Kind::Record);
        const YamlNode *fields = list(n, "fields");
        if (!fields)
            fail(&n, QStringLiteral("the Avro record '%1' has no 'fields'").arg(rec->fullName));
        int pos = 0;
        for (const auto &fn : fields->items) {
            const YamlNode &fm = requireMap(fn.get(), QStringLiteral("a record field"));
            FieldDef f;
            f.line = fm.line;
            f.position = pos++;
            f.name = str(fm, "name");
            if (f.name.isEmpty())
                fail(&fm, QStringLiteral("a record field has no 'name'"));
            f.doc = str(fm, "doc");
            f.aliases = strList(fm, "aliases");
            f.logicalType = str(fm, "logicalType");
            const YamlNode *ft = fm.get(u"type");
            if (!ft)
                fail(&fm, QStringLiteral("field '%1' has no 'type'").arg(f.name));
            f.type = parseType(*ft, own, depth + 1);
            if (const YamlNode *def = fm.get(u"default")) {
                f.hasDefault = true;
                f.defaultValue = def->toJson();
            }
            static const QSet<QString> known = {
                QStringLiteral("name"),    QStringLiteral("type"),
                QStringLiteral("doc"),     QStringLiteral("default"),
                QStringLiteral("aliases"), QStringLiteral("logicalType")};
            f.other = unknownKeys(fm, known);
            rec->fields.push_back(std::move(f));
        }
        result = rec;
    } else if (t == QLatin1String("enum")) {
        auto [en, own] = defineNamed(Type::Kind::Enum);
        en->symbols = strList(n, "symbols");
        if (!n.get(u"symbols"))
            fail(&n, QStringLiteral("the Avro enum '%1' has no 'symbols'").arg(en->fullName));
        if (const YamlNode *d = n.get(u"default"); d && d->isScalar())
            en->enumDefault = d->text;
        result = en;
    } else if (t == QLatin1String("fixed")) {
        auto [fx, own] = defineNamed(Type::Kind::Fixed);
        const auto size = integer(n, "size");
        if (!size)
            fail(&n, QStringLiteral("the Avro fixed '%1' has no 'size'").arg(fx->fullName));
        fx->size = *size;
        result = fx;
    } else if (t == QLatin1String("array")) {
        Type *a = make(Type::Kind::Array, n);
        const YamlNode *items = n.get(u"items");
        if (!items)
            fail(&n, QStringLiteral("an array type has no 'items'"));
        a->items = parseType(*items, ns, depth + 1);
        result = a;
    } else if (t == QLatin1String("map")) {
        Type *m = make(Type::Kind::Map, n);
        const YamlNode *values = n.get(u"values");
        if (!values)
            fail(&n, QStringLiteral("a map type has no 'values'"));
        m->items = parseType(*values, ns, depth + 1);
        result = m;
    } else {
        return lookup(t, *typeNode); // {"type": "SomeRecord"}
    }
    static const QSet<QString> known = {
        QStringLiteral("type"),      QStringLiteral("name"),    QStringLiteral("namespace"),
        QStringLiteral("aliases"),   QStringLiteral("doc"),     QStringLiteral("fields"),
        QStringLiteral("symbols"),   QStringLiteral("default"), QStringLiteral("size"),
        QStringLiteral("items"),     QStringLiteral("values"),  QStringLiteral("logicalType"),
        QStringLiteral("precision"), QStringLiteral("scale")};
    result->other = unknownKeys(n, known);
    if (const YamlNode *lt = n.get(u"logicalType"); lt && lt->isScalar()) {
        result->logicalType = lt->text;
        if (result->logicalType == QLatin1String("decimal")) {
            if (const auto p = integer(n, "precision"))
                result->precision = int(*p);
            result->scale = int(integer(n, "scale").value_or(0));
        }
    }
    return result;
}

} // namespace meshdesk::avro
