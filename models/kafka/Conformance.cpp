#include "Conformance.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace meshdesk::kafka {

namespace {

void checkFields(const QJsonObject &o, const std::vector<Field> &fields, const QString &path,
                 QList<Violation> &out, int depth);

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    default:
        return QStringLiteral("undefined");
    }
}

const QRegularExpression &cachedRegex(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(pattern));
    return *it;
}

void checkValue(const QJsonValue &v, const Field &f, const QString &path, QList<Violation> &out,
                int depth)
{
    if (depth > 64)
        return;
    const QString t = f.logicalType.toLower();
    auto wrongType = [&](const QString &expected) {
        out.append({path, QStringLiteral("expected %1, found %2").arg(expected, typeOf(v))});
    };
    if (t == QLatin1String("string") || t.isEmpty()) {
        if (!v.isString()) {
            if (!t.isEmpty())
                wrongType(QStringLiteral("a string"));
            return;
        }
        const QString s = v.toString();
        if (f.minLength && s.size() < *f.minLength)
            out.append({path, QStringLiteral("shorter than %1 characters").arg(*f.minLength)});
        if (f.maxLength && s.size() > *f.maxLength)
            out.append({path, QStringLiteral("longer than %1 characters").arg(*f.maxLength)});
        if (!f.pattern.isEmpty()) {
            const QRegularExpression &re = cachedRegex(f.pattern);
            if (re.isValid() && !re.match(s).hasMatch())
                out.append(
                    {path, QStringLiteral("'%1' does not match %2").arg(s.left(40), f.pattern)});
        }
    } else if (t == QLatin1String("integer")) {
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble())
            return wrongType(QStringLiteral("an integer"));
    } else if (t == QLatin1String("number")) {
        if (!v.isDouble())
            return wrongType(QStringLiteral("a number"));
    } else if (t == QLatin1String("boolean")) {
        if (!v.isBool())
            return wrongType(QStringLiteral("true or false"));
    } else if (t == QLatin1String("date")) {
        if (!v.isString() || !QDate::fromString(v.toString(), Qt::ISODate).isValid())
            return wrongType(QStringLiteral("an ISO date"));
    } else if (t == QLatin1String("timestamp")) {
        const bool ok =
            (v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid()) ||
            v.isDouble();
        if (!ok)
            return wrongType(QStringLiteral("an ISO timestamp or epoch number"));
    } else if (t == QLatin1String("object")) {
        if (!v.isObject())
            return wrongType(QStringLiteral("an object"));
        checkFields(v.toObject(), f.fields, path, out, depth + 1);
    } else if (t == QLatin1String("array")) {
        if (!v.isArray())
            return wrongType(QStringLiteral("an array"));
        if (const Field *items = f.arrayItems()) {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i)
                checkValue(a[i], *items, QStringLiteral("%1[%2]").arg(path).arg(i), out, depth + 1);
        }
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (f.minimum && d < *f.minimum)
            out.append({path, QStringLiteral("%1 is below the minimum %2").arg(d).arg(*f.minimum)});
        if (f.maximum && d > *f.maximum)
            out.append({path, QStringLiteral("%1 is above the maximum %2").arg(d).arg(*f.maximum)});
    }
    if (!f.enumValues.isEmpty()) {
        const QString s = v.isString() ? v.toString() : QString::number(v.toDouble());
        if (!f.enumValues.contains(s))
            out.append({path, QStringLiteral("'%1' is not one of %2")
                                  .arg(s, f.enumValues.join(QStringLiteral(", ")))});
    }
}

void checkFields(const QJsonObject &o, const std::vector<Field> &fields, const QString &path,
                 QList<Violation> &out, int depth)
{
    for (const Field &f : fields) {
        const QString p = path.isEmpty() ? f.name : path + QLatin1Char('.') + f.name;
        const QJsonValue v = o.value(f.name);
        if (v.isUndefined()) {
            if (f.required)
                out.append({p, QStringLiteral("required field missing")});
            continue;
        }
        if (v.isNull()) {
            if (f.required)
                out.append({p, QStringLiteral("required field is null")});
            continue;
        }
        checkValue(v, f, p, out, depth);
    }
}

} // namespace

QList<Violation> checkConformance(const QJsonValue &value, const SchemaObject &object)
{
    QList<Violation> out;
    if (!value.isObject()) {
        out.append(
            {QString(), QStringLiteral("expected a JSON object, found %1").arg(typeOf(value))});
        return out;
    }
    checkFields(value.toObject(), object.fields, QString(), out, 0);
    return out;
}

} // namespace meshdesk::kafka
