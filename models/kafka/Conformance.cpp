#include "Conformance.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <simdjson.h>
#include <string_view>

namespace meshdesk::kafka {

namespace {

enum class Type
{
    Any, // no logical type declared: only the bounds and enum apply
    String,
    Integer,
    Number,
    Boolean,
    Date,
    Timestamp,
    Object,
    Array,
    Other // a logical type we do not check (kept permissive, like the contract tools)
};

enum class Format
{
    None, // none declared, or one we do not check
    Uuid,
    Email,
    Uri
};

Format formatFor(const QString &format)
{
    const QString f = format.trimmed().toLower();
    if (f == QLatin1String("uuid"))
        return Format::Uuid;
    if (f == QLatin1String("email"))
        return Format::Email;
    if (f == QLatin1String("uri") || f == QLatin1String("url"))
        return Format::Uri;
    return Format::None;
}

enum class Kind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object
};

struct CField
{
    QString name;
    std::string nameUtf8;
    bool required = false;
    Type type = Type::Any;
    std::optional<qint64> minLength, maxLength;
    QString pattern;
    std::optional<QRegularExpression> regex;
    Format format = Format::None;
    QString formatName;
    std::optional<double> minimum, maximum, exclusiveMinimum, exclusiveMaximum;
    QStringList enumValues;
    std::vector<std::string> enumUtf8;
    std::vector<CField> fields;
    std::unique_ptr<CField> items;
};

Type typeFor(const QString &logicalType)
{
    const QString t = logicalType.toLower();
    if (t.isEmpty())
        return Type::Any;
    static const std::pair<const char *, Type> names[] = {
        {"string", Type::String},   {"integer", Type::Integer}, {"number", Type::Number},
        {"boolean", Type::Boolean}, {"date", Type::Date},       {"timestamp", Type::Timestamp},
        {"object", Type::Object},   {"array", Type::Array},     {"map", Type::Object}};
    for (const auto &[name, type] : names)
        if (t == QLatin1String(name))
            return type;
    return Type::Other;
}

CField compile(const Field &f, int depth)
{
    CField c;
    c.name = f.name;
    c.nameUtf8 = f.name.toStdString();
    c.required = f.required;
    c.type = typeFor(f.logicalType);
    c.minLength = f.minLength;
    c.maxLength = f.maxLength;
    c.pattern = f.pattern;
    c.format = formatFor(f.format);
    c.formatName = f.format;
    if (!f.pattern.isEmpty()) {
        QRegularExpression re(f.pattern);
        if (re.isValid()) {
            re.optimize(); // compiled (and JIT-ed) now, not on the first message
            c.regex = re;
        }
    }
    c.minimum = f.minimum;
    c.maximum = f.maximum;
    c.exclusiveMinimum = f.exclusiveMinimum;
    c.exclusiveMaximum = f.exclusiveMaximum;
    c.enumValues = f.enumValues;
    for (const QString &e : f.enumValues)
        c.enumUtf8.push_back(e.toStdString());
    if (depth < 64) {
        for (const Field &child : f.fields)
            c.fields.push_back(compile(child, depth + 1));
        if (const Field *items = f.arrayItems())
            c.items = std::make_unique<CField>(compile(*items, depth + 1));
    }
    return c;
}

// A path built only when a violation needs it: "lines[2].sku".
struct PathNode
{
    const PathNode *parent = nullptr;
    const QString *name = nullptr;
    int index = -1;

    QString toString() const
    {
        QString head = parent ? parent->toString() : QString();
        if (name)
            return head.isEmpty() ? *name : head + QLatin1Char('.') + *name;
        if (index >= 0)
            return head + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        return head;
    }
};

qint64 codePoints(std::string_view s)
{
    qint64 n = 0;
    for (unsigned char c : s)
        n += (c & 0xC0) != 0x80; // count every byte that starts a character
    return n;
}

bool digits(std::string_view s, size_t from, size_t count, int *value)
{
    if (from + count > s.size())
        return false;
    int v = 0;
    for (size_t i = from; i < from + count; ++i) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return true;
}

// The common shapes, decided without allocating; anything else goes to Qt's parser, so what is
// accepted stays exactly what QDate/QDateTime accept.
bool fastIsoDate(std::string_view s)
{
    int y = 0, m = 0, d = 0;
    return s.size() >= 10 && digits(s, 0, 4, &y) && s[4] == '-' && digits(s, 5, 2, &m) &&
           s[7] == '-' && digits(s, 8, 2, &d) && QDate::isValid(y, m, d);
}

bool fastIsoTimestamp(std::string_view s)
{
    int h = 0, mi = 0, sec = 0, oh = 0, om = 0;
    if (!fastIsoDate(s) || s.size() < 19 || s[10] != 'T' || !digits(s, 11, 2, &h) || s[13] != ':' ||
        !digits(s, 14, 2, &mi) || s[16] != ':' || !digits(s, 17, 2, &sec) || h > 23 || mi > 59 ||
        sec > 59)
        return false;
    size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        size_t n = 0;
        while (i + 1 + n < s.size() && s[i + 1 + n] >= '0' && s[i + 1 + n] <= '9')
            ++n;
        if (n < 1 || n > 3)
            return false;
        i += 1 + n;
    }
    if (i == s.size())
        return true;
    if (s[i] == 'Z')
        return i + 1 == s.size();
    return (s[i] == '+' || s[i] == '-') && s.size() == i + 6 && digits(s, i + 1, 2, &oh) &&
           s[i + 3] == ':' && digits(s, i + 4, 2, &om) && oh <= 14 && om <= 59;
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isUuid(std::string_view s)
{
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i)
        if (i == 8 || i == 13 || i == 18 || i == 23 ? s[i] != '-' : !isHex(s[i]))
            return false;
    return true;
}

bool hasSpace(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return uchar(c) <= ' '; });
}

// local@domain.tld: one '@', both sides non-empty, a dot inside the domain, no blanks
bool isEmail(std::string_view s)
{
    const size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos ||
        hasSpace(s))
        return false;
    const std::string_view domain = s.substr(at + 1);
    const size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

// scheme ":" rest (RFC 3986: a letter, then letters, digits, + - .), no blanks
bool isUri(std::string_view s)
{
    const size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= s.size() || hasSpace(s))
        return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    if (!alpha(s[0]))
        return false;
    for (size_t i = 1; i < colon; ++i)
        if (!alpha(s[i]) && !(s[i] >= '0' && s[i] <= '9') && s[i] != '+' && s[i] != '-' &&
            s[i] != '.')
            return false;
    return true;
}

bool matches(Format f, std::string_view s)
{
    switch (f) {
    case Format::Uuid:
        return isUuid(s);
    case Format::Email:
        return isEmail(s);
    case Format::Uri:
        return isUri(s);
    case Format::None:
        break;
    }
    return true;
}

// --- the two JSON representations, behind one small interface --------------------------------

class QtValue
{
public:
    explicit QtValue(const QJsonValue &v) : m_v(v) {}
    Kind kind() const
    {
        switch (m_v.type()) {
        case QJsonValue::Bool:
            return Kind::Bool;
        case QJsonValue::Double:
            return Kind::Number;
        case QJsonValue::String:
            return Kind::String;
        case QJsonValue::Array:
            return Kind::Array;
        case QJsonValue::Object:
            return Kind::Object;
        default:
            return Kind::Null;
        }
    }
    double number() const { return m_v.toDouble(); }
    QString string() const { return m_v.toString(); }
    std::string_view utf8() const
    {
        if (m_utf8.isNull())
            m_utf8 = m_v.toString().toUtf8();
        return std::string_view(m_utf8.constData(), size_t(m_utf8.size()));
    }
    // false when the object has no such member; else *out is it
    bool member(const CField &f, std::optional<QtValue> *out) const
    {
        const QJsonValue v = m_v.toObject().value(f.name);
        if (v.isUndefined())
            return false;
        out->emplace(v);
        return true;
    }
    template <class F> void forEachElement(F &&fn) const
    {
        const QJsonArray a = m_v.toArray();
        for (int i = 0; i < a.size(); ++i)
            fn(i, QtValue(a[i]));
    }

private:
    QJsonValue m_v;
    mutable QByteArray m_utf8;
};

class SimdValue
{
public:
    explicit SimdValue(simdjson::dom::element e) : m_e(e) {}
    Kind kind() const
    {
        switch (m_e.type()) {
        case simdjson::dom::element_type::BOOL:
            return Kind::Bool;
        case simdjson::dom::element_type::INT64:
        case simdjson::dom::element_type::UINT64:
        case simdjson::dom::element_type::DOUBLE:
            return Kind::Number;
        case simdjson::dom::element_type::STRING:
            return Kind::String;
        case simdjson::dom::element_type::ARRAY:
            return Kind::Array;
        case simdjson::dom::element_type::OBJECT:
            return Kind::Object;
        default:
            return Kind::Null;
        }
    }
    double number() const
    {
        switch (m_e.type()) {
        case simdjson::dom::element_type::INT64:
            return double(int64_t(m_e));
        case simdjson::dom::element_type::UINT64:
            return double(uint64_t(m_e));
        default:
            return double(m_e);
        }
    }
    std::string_view utf8() const { return std::string_view(m_e); }
    QString string() const
    {
        const std::string_view s = utf8();
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    bool member(const CField &f, std::optional<SimdValue> *out) const
    {
        simdjson::dom::element child;
        if (simdjson::dom::object(m_e).at_key(f.nameUtf8).get(child) != simdjson::SUCCESS)
            return false;
        out->emplace(child);
        return true;
    }
    template <class F> void forEachElement(F &&fn) const
    {
        int i = 0;
        for (simdjson::dom::element child : simdjson::dom::array(m_e))
            fn(i++, SimdValue(child));
    }

private:
    simdjson::dom::element m_e;
};

QString kindName(Kind k)
{
    switch (k) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Array:
        return QStringLiteral("array");
    case Kind::Object:
        return QStringLiteral("object");
    }
    return QString();
}

// --- the rules, once --------------------------------------------------------------------------

template <class V>
void checkFields(const V &object, const std::vector<CField> &fields, const PathNode &path,
                 QList<Violation> &out, int depth);

template <class V>
void checkValue(const V &v, const CField &f, const PathNode &path, QList<Violation> &out, int depth)
{
    if (depth > 64)
        return;
    const Kind kind = v.kind();
    auto wrongType = [&](const QString &expected) {
        out.append({path.toString(),
                    QStringLiteral("expected %1, found %2").arg(expected, kindName(kind))});
    };
    switch (f.type) {
    case Type::String:
    case Type::Any:
        if (kind != Kind::String) {
            if (f.type == Type::String)
                return wrongType(QStringLiteral("a string"));
            break;
        }
        if (f.minLength || f.maxLength) {
            const qint64 n = codePoints(v.utf8());
            if (f.minLength && n < *f.minLength)
                out.append({path.toString(),
                            QStringLiteral("shorter than %1 characters").arg(*f.minLength)});
            if (f.maxLength && n > *f.maxLength)
                out.append({path.toString(),
                            QStringLiteral("longer than %1 characters").arg(*f.maxLength)});
        }
        if (f.format != Format::None && !matches(f.format, v.utf8()))
            out.append(
                {path.toString(),
                 QStringLiteral("'%1' is not a valid %2").arg(v.string().left(40), f.formatName)});
        if (f.regex) {
            const QString s = v.string();
            if (!f.regex->match(s).hasMatch())
                out.append({path.toString(),
                            QStringLiteral("'%1' does not match %2").arg(s.left(40), f.pattern)});
        }
        break;
    case Type::Integer:
        if (kind != Kind::Number || std::floor(v.number()) != v.number())
            return wrongType(QStringLiteral("an integer"));
        break;
    case Type::Number:
        if (kind != Kind::Number)
            return wrongType(QStringLiteral("a number"));
        break;
    case Type::Boolean:
        if (kind != Kind::Bool)
            return wrongType(QStringLiteral("true or false"));
        break;
    case Type::Date:
        if (kind != Kind::String || !acceptsIsoDate(v.utf8()))
            return wrongType(QStringLiteral("an ISO date"));
        break;
    case Type::Timestamp:
        if (kind == Kind::Number)
            break; // epoch
        if (kind != Kind::String || !acceptsIsoTimestamp(v.utf8()))
            return wrongType(QStringLiteral("an ISO timestamp or epoch number"));
        break;
    case Type::Object:
        if (kind != Kind::Object)
            return wrongType(QStringLiteral("an object"));
        checkFields(v, f.fields, path, out, depth + 1);
        break;
    case Type::Array:
        if (kind != Kind::Array)
            return wrongType(QStringLiteral("an array"));
        if (f.items)
            v.forEachElement([&](int i, const V &element) {
                const PathNode at{&path, nullptr, i};
                checkValue(element, *f.items, at, out, depth + 1);
            });
        break;
    case Type::Other:
        break;
    }
    if (kind == Kind::Number) {
        const double d = v.number();
        if (f.minimum && d < *f.minimum)
            out.append({path.toString(),
                        QStringLiteral("%1 is below the minimum %2").arg(d).arg(*f.minimum)});
        if (f.maximum && d > *f.maximum)
            out.append({path.toString(),
                        QStringLiteral("%1 is above the maximum %2").arg(d).arg(*f.maximum)});
        if (f.exclusiveMinimum && d <= *f.exclusiveMinimum)
            out.append({path.toString(), QStringLiteral("%1 is not above the exclusive minimum %2")
                                             .arg(d)
                                             .arg(*f.exclusiveMinimum)});
        if (f.exclusiveMaximum && d >= *f.exclusiveMaximum)
            out.append({path.toString(), QStringLiteral("%1 is not below the exclusive maximum %2")
                                             .arg(d)
                                             .arg(*f.exclusiveMaximum)});
    }
    if (!f.enumUtf8.empty()) {
        bool found = false;
        if (kind == Kind::String) {
            const std::string_view s = v.utf8();
            for (const std::string &e : f.enumUtf8)
                found = found || e == s;
        } else {
            found = f.enumValues.contains(QString::number(v.number()));
        }
        if (!found)
            out.append({path.toString(),
                        QStringLiteral("'%1' is not one of %2")
                            .arg(kind == Kind::String ? v.string() : QString::number(v.number()),
                                 f.enumValues.join(QStringLiteral(", ")))});
    }
}

template <class V>
void checkFields(const V &object, const std::vector<CField> &fields, const PathNode &path,
                 QList<Violation> &out, int depth)
{
    for (const CField &f : fields) {
        const PathNode at{&path, &f.name, -1};
        std::optional<V> v;
        if (!object.member(f, &v)) {
            if (f.required)
                out.append({at.toString(), QStringLiteral("required field missing")});
            continue;
        }
        if (v->kind() == Kind::Null) {
            if (f.required)
                out.append({at.toString(), QStringLiteral("required field is null")});
            continue;
        }
        checkValue(*v, f, at, out, depth);
    }
}

template <class V>
void checkTop(const V &v, const std::vector<CField> &fields, QList<Violation> &out)
{
    if (v.kind() != Kind::Object) {
        out.append({QString(),
                    QStringLiteral("expected a JSON object, found %1").arg(kindName(v.kind()))});
        return;
    }
    checkFields(v, fields, PathNode{}, out, 0);
}

} // namespace

struct ConformanceChecker::Private
{
    std::vector<CField> fields;
};

ConformanceChecker::ConformanceChecker(const SchemaObject &object) : d(std::make_unique<Private>())
{
    for (const Field &f : object.fields)
        d->fields.push_back(compile(f, 0));
}

ConformanceChecker::~ConformanceChecker() = default;

QList<Violation> ConformanceChecker::check(const QJsonValue &value) const
{
    QList<Violation> out;
    checkTop(QtValue(value), d->fields, out);
    return out;
}

ConformanceChecker::Json ConformanceChecker::checkJson(const QByteArray &raw,
                                                       QList<Violation> *out) const
{
    thread_local simdjson::dom::parser parser; // reuses its buffers message after message
    simdjson::dom::element root;
    if (parser.parse(raw.constData(), size_t(raw.size())).get(root) != simdjson::SUCCESS)
        return Json::Invalid;
    checkTop(SimdValue(root), d->fields, *out);
    return Json::Valid;
}

ConformanceChecker::Root ConformanceChecker::checkJsonRoot(const QByteArray &raw,
                                                           QList<Violation> *out) const
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(raw.constData(), size_t(raw.size())).get(root) != simdjson::SUCCESS)
        return Root::Invalid;
    checkTop(SimdValue(root), d->fields, *out);
    switch (root.type()) {
    case simdjson::dom::element_type::OBJECT:
        return Root::Object;
    case simdjson::dom::element_type::ARRAY:
        return Root::Array;
    default:
        return Root::Scalar;
    }
}

QList<Violation> checkConformance(const QJsonValue &value, const SchemaObject &object)
{
    return ConformanceChecker(object).check(value);
}

bool acceptsIsoDate(std::string_view s)
{
    return (fastIsoDate(s) && s.size() == 10) ||
           QDate::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())), Qt::ISODate)
               .isValid();
}

bool acceptsIsoTimestamp(std::string_view s)
{
    return fastIsoTimestamp(s) ||
           QDateTime::fromString(QString::fromUtf8(s.data(), qsizetype(s.size())),
                                 Qt::ISODateWithMs)
               .isValid();
}

void minifyJson(const QByteArray &json, QByteArray *out)
{
    out->resize(json.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    size_t length = 0;
    if (simdjson::minify(json.constData(), size_t(json.size()), out->data(), length) !=
        simdjson::SUCCESS) {
        *out = json;
        return;
    }
    out->resize(qsizetype(length));
}

bool matchesFormat(const QString &format, std::string_view utf8, bool *known)
{
    const Format f = formatFor(format);
    if (known)
        *known = f != Format::None;
    return matches(f, utf8);
}

} // namespace meshdesk::kafka
