#include "AvroCompatibility.h"

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

namespace {

// The Avro base type of a field as the importer recorded it: "int", "record", "array",
// "long/timestamp-millis" -> "long", "fixed(16)" -> "fixed", "union<a,b>" -> "union".
QString base(const Field &f)
{
    QString t = f.physicalType;
    const int slash = int(t.indexOf(QLatin1Char('/')));
    if (slash > 0)
        t = t.left(slash);
    const int paren = int(t.indexOf(QLatin1Char('(')));
    if (paren > 0)
        t = t.left(paren);
    const int angle = int(t.indexOf(QLatin1Char('<')));
    if (angle > 0)
        t = t.left(angle);
    if (f.logicalType == QLatin1String("array"))
        return QStringLiteral("array");
    if (t == QLatin1String("map") ||
        (f.logicalType == QLatin1String("object") && !f.items.empty() &&
         f.items.front().name == QLatin1String("{}")))
        return QStringLiteral("map");
    if (!f.enumValues.isEmpty())
        return QStringLiteral("enum");
    return t;
}

bool promotable(const QString &w, const QString &r)
{
    if (w == r)
        return true;
    static const QHash<QString, QStringList> promotions = {
        {QStringLiteral("int"),
         {QStringLiteral("long"), QStringLiteral("float"), QStringLiteral("double")}},
        {QStringLiteral("long"), {QStringLiteral("float"), QStringLiteral("double")}},
        {QStringLiteral("float"), {QStringLiteral("double")}},
        {QStringLiteral("string"), {QStringLiteral("bytes")}},
        {QStringLiteral("bytes"), {QStringLiteral("string")}},
    };
    return promotions.value(w).contains(r);
}

QStringList unionMembers(const Field &f)
{
    // "union<string,int>" -> {string, int}; a nullable single type -> {type, null}
    QStringList m;
    if (f.physicalType.startsWith(QLatin1String("union<"))) {
        m = f.physicalType.mid(6).chopped(1).split(QLatin1Char(','));
    } else {
        m << base(f);
    }
    if (!f.required)
        m << QStringLiteral("null");
    return m;
}

void check(const Field &w, const Field &r, const QString &path, QStringList &problems)
{
    const QStringList wm = unionMembers(w), rm = unionMembers(r);
    // every type the writer may write must be readable by a reader branch
    for (const QString &t : wm) {
        if (std::none_of(rm.begin(), rm.end(), [&](const QString &x) { return promotable(t, x); }))
            problems << QStringLiteral("%1: a written %2 cannot be read as %3")
                            .arg(path, t, rm.join(QStringLiteral(" | ")));
    }
    const QString wb = base(w), rb = base(r);
    if (wb == QLatin1String("record") && rb == QLatin1String("record")) {
        for (const Field &rf : r.fields) {
            auto it = std::find_if(w.fields.begin(), w.fields.end(),
                                   [&](const Field &x) { return x.name == rf.name; });
            if (it == w.fields.end()) {
                if (rf.defaultValue.isEmpty())
                    problems << QStringLiteral(
                                    "%1.%2: the reader's field has no default and the writer "
                                    "does not write it")
                                    .arg(path, rf.name);
            } else {
                check(*it, rf, path + QLatin1Char('.') + rf.name, problems);
            }
        }
    } else if (wb == QLatin1String("enum") && rb == QLatin1String("enum")) {
        for (const QString &s : w.enumValues)
            if (!r.enumValues.contains(s))
                problems
                    << QStringLiteral("%1: the reader's enum lacks the symbol %2").arg(path, s);
    } else if ((wb == QLatin1String("array") && rb == QLatin1String("array")) ||
               (wb == QLatin1String("map") && rb == QLatin1String("map"))) {
        if (!w.items.empty() && !r.items.empty())
            check(w.items.front(), r.items.front(), path + QStringLiteral("[]"), problems);
    } else if (wb == QLatin1String("fixed") && rb == QLatin1String("fixed") &&
               w.physicalType != r.physicalType) {
        problems << QStringLiteral("%1: fixed size differs (%2, %3)")
                        .arg(path, w.physicalType, r.physicalType);
    }
}

} // namespace

QStringList avroReadProblems(const SchemaObject &writer, const SchemaObject &reader)
{
    Field w, r;
    w.physicalType = r.physicalType = QStringLiteral("record");
    w.required = r.required = true;
    w.fields = writer.fields;
    r.fields = reader.fields;
    QStringList problems;
    check(w, r, reader.name, problems);
    return problems;
}

AvroCompatibility avroCompatibility(const SchemaObject &oldSchema, const SchemaObject &newSchema)
{
    AvroCompatibility c;
    c.backwardProblems = avroReadProblems(oldSchema, newSchema);
    c.forwardProblems = avroReadProblems(newSchema, oldSchema);
    c.backward = c.backwardProblems.isEmpty();
    c.forward = c.forwardProblems.isEmpty();
    return c;
}

} // namespace meshdesk::governance
