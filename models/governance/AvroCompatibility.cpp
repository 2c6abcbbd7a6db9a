#include "AvroCompatibility.h"

#include <QSet>
#include <map>
#include <set>

namespace meshdesk::governance {

QString AvroCompatibility::level() const
{
    if (backward && forward)
        return QStringLiteral("FULL");
    if (backward)
        return QStringLiteral("BACKWARD");
    if (forward)
        return QStringLiteral("FORWARD");
    return QStringLiteral("NONE");
}

QString AvroIncompatibility::typeName() const
{
    switch (type) {
    case Type::NameMismatch:
        return QStringLiteral("NAME_MISMATCH");
    case Type::FixedSizeMismatch:
        return QStringLiteral("FIXED_SIZE_MISMATCH");
    case Type::MissingEnumSymbols:
        return QStringLiteral("MISSING_ENUM_SYMBOLS");
    case Type::ReaderFieldMissingDefaultValue:
        return QStringLiteral("READER_FIELD_MISSING_DEFAULT_VALUE");
    case Type::TypeMismatch:
        return QStringLiteral("TYPE_MISMATCH");
    case Type::MissingUnionBranch:
        return QStringLiteral("MISSING_UNION_BRANCH");
    case Type::DecimalMismatch:
        return QStringLiteral("DECIMAL_MISMATCH");
    }
    return {};
}

QString AvroIncompatibility::toString() const
{
    QString what = message;
    switch (type) {
    case Type::NameMismatch:
        what = QStringLiteral("the type's name differs (%1)").arg(message);
        break;
    case Type::FixedSizeMismatch:
        what = QStringLiteral("fixed size differs (%1)").arg(message);
        break;
    case Type::MissingEnumSymbols:
        what = QStringLiteral("the reader's enum lacks the symbols %1 and has no default")
                   .arg(message);
        break;
    case Type::ReaderFieldMissingDefaultValue:
        what = QStringLiteral("the reader's field has no default and the writer does not write it");
        break;
    default:
        break;
    }
    return (path.isEmpty() ? QStringLiteral("(schema)") : path) + QStringLiteral(": ") + what;
}

namespace {

using K = avro::Type::Kind;

class Checker
{
public:
    std::vector<AvroIncompatibility> result;

    // Returns whether reader reads writer; adds what does not fit to `result` when `report`.
    bool check(const avro::Type *r, const avro::Type *w, bool report)
    {
        // One memo per mode: a pair decided silently (trying union branches) is decided again
        // when its problems are to be reported.
        auto &memo = report ? m_reported : m_silent;
        const auto key = std::make_pair(r, w);
        if (const auto it = memo.find(key); it != memo.end())
            return it->second; // a pair in progress (a recursive type) counts as compatible
        memo[key] = true;
        const size_t before = result.size();
        const bool ok = compute(r, w, report);
        if (!report)
            result.resize(before);
        memo[key] = ok;
        return ok;
    }

    void push(const QString &loc, const QString &name = QString())
    {
        m_location.push_back(loc);
        m_path.push_back(name);
    }
    void pop()
    {
        m_location.pop_back();
        m_path.pop_back();
    }

private:
    std::map<std::pair<const avro::Type *, const avro::Type *>, bool> m_reported, m_silent;
    std::vector<QString> m_location;
    std::vector<QString> m_path;

    void add(AvroIncompatibility::Type t, const QString &message)
    {
        AvroIncompatibility i;
        i.type = t;
        i.message = message;
        QStringList loc;
        for (const QString &l : m_location)
            loc << l;
        i.location = QLatin1Char('/') + loc.join(QLatin1Char('/'));
        QString path;
        for (const QString &p : m_path) {
            if (p.isEmpty())
                continue;
            if (!path.isEmpty() && !p.startsWith(QLatin1Char('[')) &&
                !p.startsWith(QLatin1Char('{')))
                path += QLatin1Char('.');
            path += p;
        }
        i.path = path;
        result.push_back(i);
    }

    static bool nameMatches(const avro::Type *r, const avro::Type *w)
    {
        return r->shortName() == w->shortName() || r->aliases.contains(w->fullName);
    }

    bool names(const avro::Type *r, const avro::Type *w)
    {
        if (nameMatches(r, w))
            return true;
        push(QStringLiteral("name"));
        add(AvroIncompatibility::Type::NameMismatch,
            QStringLiteral("expected: %1").arg(w->fullName));
        pop();
        return false;
    }

    bool typeMismatch(const avro::Type *r, const avro::Type *w)
    {
        add(AvroIncompatibility::Type::TypeMismatch,
            QStringLiteral("reader type: %1 not compatible with writer type: %2")
                .arg(r->kindName(), w->kindName()));
        return false;
    }

    bool decimals(const avro::Type *r, const avro::Type *w)
    {
        const bool rd = r->logicalType == QLatin1String("decimal");
        const bool wd = w->logicalType == QLatin1String("decimal");
        if (!rd || !wd || (r->precision == w->precision && r->scale == w->scale))
            return true;
        add(AvroIncompatibility::Type::DecimalMismatch,
            QStringLiteral("decimal(%1,%2) cannot read decimal(%3,%4)")
                .arg(r->precision.value_or(0))
                .arg(r->scale.value_or(0))
                .arg(w->precision.value_or(0))
                .arg(w->scale.value_or(0)));
        return false;
    }

    bool compute(const avro::Type *r, const avro::Type *w, bool report)
    {
        if (r->kind == w->kind) {
            switch (r->kind) {
            case K::Null:
            case K::Boolean:
            case K::Int:
            case K::Long:
            case K::Float:
            case K::Double:
            case K::String:
                return true;
            case K::Bytes:
                return decimals(r, w);
            case K::Array:
            case K::Map: {
                push(r->kind == K::Array ? QStringLiteral("items") : QStringLiteral("values"),
                     r->kind == K::Array ? QStringLiteral("[]") : QStringLiteral("{}"));
                const bool ok = check(r->items, w->items, report);
                pop();
                return ok;
            }
            case K::Enum: {
                bool ok = names(r, w);
                QStringList missing;
                for (const QString &s : w->symbols)
                    if (!r->symbols.contains(s))
                        missing << s;
                const bool readerDefault = r->enumDefault && r->symbols.contains(*r->enumDefault);
                if (!missing.isEmpty() && !readerDefault) {
                    std::sort(missing.begin(), missing.end());
                    push(QStringLiteral("symbols"));
                    add(AvroIncompatibility::Type::MissingEnumSymbols,
                        QLatin1Char('[') + missing.join(QStringLiteral(", ")) + QLatin1Char(']'));
                    pop();
                    ok = false;
                }
                return ok;
            }
            case K::Fixed: {
                bool ok = names(r, w);
                if (r->size != w->size) {
                    push(QStringLiteral("size"));
                    add(AvroIncompatibility::Type::FixedSizeMismatch,
                        QStringLiteral("expected: %1, found: %2").arg(w->size).arg(r->size));
                    pop();
                    ok = false;
                }
                return decimals(r, w) && ok;
            }
            case K::Record: {
                bool ok = names(r, w);
                push(QStringLiteral("fields"));
                for (const avro::FieldDef &rf : r->fields) {
                    push(QString::number(rf.position), rf.name);
                    const avro::FieldDef *wf = nullptr;
                    for (const avro::FieldDef &x : w->fields)
                        if (x.name == rf.name)
                            wf = &x;
                    for (const QString &alias : rf.aliases)
                        for (const avro::FieldDef &x : w->fields)
                            if (!wf && x.name == alias)
                                wf = &x;
                    if (!wf) {
                        if (!rf.hasDefault) {
                            add(AvroIncompatibility::Type::ReaderFieldMissingDefaultValue, rf.name);
                            ok = false;
                        }
                    } else {
                        push(QStringLiteral("type"));
                        ok = check(rf.type, wf->type, report) && ok;
                        pop();
                    }
                    pop();
                }
                pop();
                return ok;
            }
            case K::Union: {
                // every branch the writer may write must be readable
                bool ok = true;
                for (size_t i = 0; i < w->branches.size(); ++i) {
                    push(QString::number(i));
                    if (!check(r, w->branches[i], false)) {
                        add(AvroIncompatibility::Type::MissingUnionBranch,
                            QStringLiteral("reader union lacking writer type: %1")
                                .arg(w->branches[i]->kindName()));
                        ok = false;
                    }
                    pop();
                }
                return ok;
            }
            }
            return true;
        }
        // different kinds: a writer union is read branch by branch
        if (w->kind == K::Union) {
            bool ok = true;
            for (size_t i = 0; i < w->branches.size(); ++i) {
                push(QString::number(i));
                ok = check(r, w->branches[i], report) && ok;
                pop();
            }
            return ok;
        }
        switch (r->kind) {
        case K::Long:
            return w->kind == K::Int ? true : typeMismatch(r, w);
        case K::Float:
            return w->kind == K::Int || w->kind == K::Long ? true : typeMismatch(r, w);
        case K::Double:
            return w->kind == K::Int || w->kind == K::Long || w->kind == K::Float
                       ? true
                       : typeMismatch(r, w);
        case K::Bytes:
            return w->kind == K::String ? true : typeMismatch(r, w);
        case K::String:
            return w->kind == K::Bytes ? true : typeMismatch(r, w);
        case K::Union: {
            for (const avro::Type *b : r->branches)
                if (check(b, w, false))
                    return true;
            add(AvroIncompatibility::Type::MissingUnionBranch,
                QStringLiteral("reader union lacking writer type: %1").arg(w->kindName()));
            return false;
        }
        default:
            return typeMismatch(r, w);
        }
    }
};

} // namespace

std::vector<AvroIncompatibility> avroIncompatibilities(const avro::Type *reader,
                                                       const avro::Type *writer)
{
    Checker c;
    c.check(reader, writer, true);
    return c.result;
}

AvroCompatibility avroCompatibility(const avro::Schema &oldSchema, const avro::Schema &newSchema)
{
    AvroCompatibility c;
    for (const AvroIncompatibility &i : avroIncompatibilities(newSchema.root(), oldSchema.root()))
        c.backwardProblems << i.toString();
    for (const AvroIncompatibility &i : avroIncompatibilities(oldSchema.root(), newSchema.root()))
        c.forwardProblems << i.toString();
    c.backward = c.backwardProblems.isEmpty();
    c.forward = c.forwardProblems.isEmpty();
    return c;
}

} // namespace meshdesk::governance
