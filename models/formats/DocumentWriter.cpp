#include "DocumentWriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace meshdesk::formats {

namespace {

// An ordered YAML tree: mappings keep the order keys were put in (QJsonObject would sort them).
struct Node
{
    enum class Type
    {
        Map,
        Seq,
        Scalar
    } type = Type::Map;
    QList<QPair<QString, Node>> map;
    QList<Node> seq;
    QJsonValue scalar;

    static Node of(const QJsonValue &v);
    bool isEmpty() const
    {
        switch (type) {
        case Type::Map:
            return map.isEmpty();
        case Type::Seq:
            return seq.isEmpty();
        case Type::Scalar:
            return scalar.isNull() || scalar.isUndefined() ||
                   (scalar.isString() && scalar.toString().isEmpty());
        }
        return true;
    }
    // put, unless empty (the standards' defaults are left out)
    Node &put(const QString &key, const Node &value)
    {
        if (!value.isEmpty())
            map.append({key, value});
        return *this;
    }
    Node &put(const QString &key, const QString &value) { return put(key, scalarNode(value)); }
    Node &put(const QString &key, const QJsonValue &value) { return put(key, Node::of(value)); }
    Node &flag(const QString &key, bool value) // booleans whose default is false
    {
        if (value)
            map.append({key, scalarNode(true)});
        return *this;
    }
    static Node scalarNode(const QJsonValue &v)
    {
        Node n;
        n.type = Type::Scalar;
        n.scalar = v;
        return n;
    }
    static Node list(const QStringList &values)
    {
        Node n;
        n.type = Type::Seq;
        for (const QString &v : values)
            n.seq.append(scalarNode(v));
        return n;
    }
};

Node Node::of(const QJsonValue &v)
{
    Node n;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            n.map.append({it.key(), of(it.value())});
    } else if (v.isArray()) {
        n.type = Type::Seq;
        for (const QJsonValue &e : v.toArray())
            n.seq.append(of(e));
    } else {
        n.type = Type::Scalar;
        n.scalar = v;
    }
    return n;
}

// A JSON object with the keys that matter first, in this order, then the rest as they come.
Node ordered(const QJsonObject &o, const QStringList &first)
{
    Node n;
    for (const QString &k : first)
        if (o.contains(k))
            n.put(k, o.value(k));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!first.contains(it.key()))
            n.put(it.key(), it.value());
    return n;
}

Node orderedList(const QJsonArray &a, const QStringList &first)
{
    Node n;
    n.type = Node::Type::Seq;
    for (const QJsonValue &v : a)
        n.seq.append(v.isObject() ? ordered(v.toObject(), first) : Node::of(v));
    return n;
}

bool flowable(const Node &seq)
{
    if (seq.seq.size() > 12)
        return false;
    qsizetype width = 0;
    for (const Node &item : seq.seq) {
        if (item.type != Node::Type::Scalar)
            return false;
        width += yamlScalar(item.scalar).size() + 2;
    }
    return width < 72;
}

void emit(const Node &n, int indent, QByteArray &out);

void emitValue(const Node &v, int indent, QByteArray &out)
{
    if (v.type == Node::Type::Scalar) {
        out += ' ' + yamlScalar(v.scalar) + '\n';
    } else if (v.type == Node::Type::Seq && flowable(v)) {
        QByteArrayList items;
        for (const Node &item : v.seq)
            items << yamlScalar(item.scalar);
        out += " [" + items.join(", ") + "]\n";
    } else if (v.isEmpty()) {
        out += v.type == Node::Type::Seq ? " []\n" : " {}\n";
    } else {
        out += '\n';
        emit(v, indent + 2, out);
    }
}

void emit(const Node &n, int indent, QByteArray &out)
{
    const QByteArray pad(indent, ' ');
    if (n.type == Node::Type::Map) {
        for (const auto &[key, value] : n.map) {
            out += pad + yamlScalar(key) + ':';
            emitValue(value, indent, out);
        }
    } else if (n.type == Node::Type::Seq) {
        for (const Node &item : n.seq) {
            if (item.type == Node::Type::Map && !item.map.isEmpty()) {
                // "- " then the first key on the same line, the others under it
                QByteArray block;
                emit(item, indent + 2, block);
                block.replace(0, indent + 2, pad + "- ");
                out += block;
            } else if (item.type == Node::Type::Scalar) {
                out += pad + "- " + yamlScalar(item.scalar) + '\n';
            } else {
                out += pad + '-';
                emitValue(item, indent, out);
            }
        }
    } else {
        out += pad + yamlScalar(n.scalar) + '\n';
    }
}

QByteArray document(const Node &root, const QString &headerComment)
{
    QByteArray out;
    for (const QString &line : headerComment.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += "# " + line.toUtf8() + '\n';
    emit(root, 0, out);
    return out;
}

Node description(const Description &d)
{
    Node n;
    n.put(QStringLiteral("purpose"), d.purpose)
        .put(QStringLiteral("usage"), d.usage)
        .put(QStringLiteral("limitations"), d.limitations);
    return n;
}

Node team(const Team &t)
{
    Node n;
    n.put(QStringLiteral("name"), t.name).put(QStringLiteral("description"), t.description);
    Node members;
    members.type = Node::Type::Seq;
    for (const TeamMember &m : t.members) {
        Node mm;
        mm.put(QStringLiteral("username"), m.username)
            .put(QStringLiteral("name"), m.name)
            .put(QStringLiteral("role"), m.role)
            .put(QStringLiteral("dateIn"), m.dateIn)
            .put(QStringLiteral("dateOut"), m.dateOut)
            .put(QStringLiteral("description"), m.description);
        members.seq.append(mm);
    }
    n.put(QStringLiteral("members"), members);
    return n;
}

const QStringList propertyFirst{QStringLiteral("property"), QStringLiteral("value"),
                                QStringLiteral("unit"), QStringLiteral("description")};

// --- ODCS ---------------------------------------------------------------------------------

bool isOdcsLogicalType(const QString &t)
{
    static const QStringList types{
        QStringLiteral("string"), QStringLiteral("date"),   QStringLiteral("timestamp"),
        QStringLiteral("time"),   QStringLiteral("number"), QStringLiteral("integer"),
        QStringLiteral("object"), QStringLiteral("array"),  QStringLiteral("boolean")};
    return types.contains(t);
}

QJsonValue number(double d)
{
    if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
        return qint64(d);
    return d;
}

// logicalTypeOptions: only the options ODCS 3.1 defines for the field's logical type
Node typeOptions(const Field &f, const QString &type)
{
    Node o;
    if (type == QLatin1String("string") || type.isEmpty()) {
        if (f.minLength)
            o.put(QStringLiteral("minLength"), QJsonValue(qint64(*f.minLength)));
        if (f.maxLength)
            o.put(QStringLiteral("maxLength"), QJsonValue(qint64(*f.maxLength)));
        o.put(QStringLiteral("pattern"), f.pattern);
        if (type == QLatin1String("string"))
            o.put(QStringLiteral("format"), f.format);
    } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        static const QStringList integerFormats{QStringLiteral("i8"),   QStringLiteral("i16"),
                                                QStringLiteral("i32"),  QStringLiteral("i64"),
                                                QStringLiteral("i128"), QStringLiteral("u8"),
                                                QStringLiteral("u16"),  QStringLiteral("u32"),
                                                QStringLiteral("u64"),  QStringLiteral("u128")};
        if (f.minimum)
            o.put(QStringLiteral("minimum"), number(*f.minimum));
        if (f.maximum)
            o.put(QStringLiteral("maximum"), number(*f.maximum));
        if (f.exclusiveMinimum)
            o.put(QStringLiteral("exclusiveMinimum"), number(*f.exclusiveMinimum));
        if (f.exclusiveMaximum)
            o.put(QStringLiteral("exclusiveMaximum"), number(*f.exclusiveMaximum));
        if ((type == QLatin1String("integer") && integerFormats.contains(f.format)) ||
            (type == QLatin1String("number") &&
             (f.format == QLatin1String("f32") || f.format == QLatin1String("f64"))))
            o.put(QStringLiteral("format"), f.format);
    } else if (type == QLatin1String("date") || type == QLatin1String("timestamp") ||
               type == QLatin1String("time")) {
        // a DateTimeFormatter pattern ("yyyy-MM-dd"), not an Avro logical type name
        if (f.format.contains(QLatin1Char('y')) || f.format.contains(QLatin1Char('H')))
            o.put(QStringLiteral("format"), f.format);
    }
    return o;
}

Node property(const Field &f, bool isItem)
{
    Node n;
    if (!isItem || (f.name != QLatin1String("[]") && !f.name.isEmpty()))
        n.put(QStringLiteral("name"), f.name);
    const QString type = isOdcsLogicalType(f.logicalType) ? f.logicalType : QString();
    n.put(QStringLiteral("businessName"), f.businessName)
        .put(QStringLiteral("logicalType"), type)
        .put(QStringLiteral("logicalTypeOptions"), typeOptions(f, type))
        .put(QStringLiteral("physicalType"),
             !f.physicalType.isEmpty() || type == f.logicalType ? f.physicalType : f.logicalType)
        .put(QStringLiteral("description"), f.description)
        .flag(QStringLiteral("required"), f.required)
        .flag(QStringLiteral("unique"), f.unique)
        .flag(QStringLiteral("primaryKey"), f.primaryKey);
    if (f.primaryKey && f.primaryKeyPosition > 0)
        n.put(QStringLiteral("primaryKeyPosition"), QJsonValue(f.primaryKeyPosition));
    n.flag(QStringLiteral("partitioned"), f.partitioned);
    if (f.partitioned && f.partitionKeyPosition > 0)
        n.put(QStringLiteral("partitionKeyPosition"), QJsonValue(f.partitionKeyPosition));
    n.flag(QStringLiteral("criticalDataElement"), f.criticalDataElement)
        .put(QStringLiteral("classification"), f.classification)
        .put(QStringLiteral("tags"), Node::list(f.tags))
        .put(QStringLiteral("examples"), Node::of(f.examples));
    // the enum, where ODCS 3.1 has room for it: a library quality rule
    QJsonArray quality = f.quality;
    if (!f.enumValues.isEmpty()) {
        bool present = false;
        for (const QJsonValue &q : std::as_const(quality))
            present = present || enumOfQualityRule(q.toObject()) == f.enumValues;
        if (!present)
            quality.append(enumQualityRule(f.enumValues));
    }
    n.put(QStringLiteral("quality"),
          orderedList(quality, {QStringLiteral("metric"), QStringLiteral("arguments"),
                                QStringLiteral("mustBe"), QStringLiteral("description")}));
    n.put(QStringLiteral("authoritativeDefinitions"), Node::of(f.authoritativeDefinitions))
        .put(QStringLiteral("transformSourceObjects"), Node::list(f.transformSourceObjects))
        .put(QStringLiteral("transformLogic"), f.transformLogic);
    QJsonArray custom = f.customProperties;
    const bool piiSaid = f.classification.compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0 ||
                         f.tags.contains(QLatin1String("pii"), Qt::CaseInsensitive);
    bool piiProperty = false;
    for (const QJsonValue &c : std::as_const(custom))
        piiProperty = piiProperty || c.toObject().value(QLatin1String("property")).toString() ==
                                         QLatin1String("pii");
    if (f.pii && !piiSaid && !piiProperty)
        custom.append(QJsonObject{{QStringLiteral("property"), QStringLiteral("pii")},
                                  {QStringLiteral("value"), true}});
    n.put(QStringLiteral("customProperties"), orderedList(custom, propertyFirst));
    Node children;
    children.type = Node::Type::Seq;
    for (const Field &c : f.fields)
        children.seq.append(property(c, false));
    n.put(QStringLiteral("properties"), children);
    if (const Field *items = f.arrayItems())
        n.put(QStringLiteral("items"), property(*items, true));
    return n;
}

// objects: a Kafka server's topic that is an object's physicalName is left to it (ODCS 3.1's
// Kafka server has no 'topic'; contractTopics reads it from the physicalName)
Node server(const Server &s, const std::vector<SchemaObject> &objects)
{
    Node n;
    n.put(QStringLiteral("server"), s.server)
        .put(QStringLiteral("type"), s.type)
        .put(QStringLiteral("environment"), s.environment)
        .put(QStringLiteral("format"), s.format);
    static const QStringList done{QStringLiteral("server"), QStringLiteral("type"),
                                  QStringLiteral("environment"), QStringLiteral("format")};
    static const QStringList first{QStringLiteral("description"), QStringLiteral("host"),
                                   QStringLiteral("port"), QStringLiteral("topic")};
    for (const QString &k : first)
        if (s.properties.contains(k))
            n.put(k, s.properties.value(k));
    for (auto it = s.properties.begin(); it != s.properties.end(); ++it)
        if (!done.contains(it.key()) && !first.contains(it.key()))
            n.put(it.key(), it.value());
    const QString topic = s.properties.value(QLatin1String("topic")).toString();
    if (s.type.compare(QLatin1String("kafka"), Qt::CaseInsensitive) == 0 && !topic.isEmpty() &&
        std::any_of(objects.cbegin(), objects.cend(),
                    [&](const SchemaObject &o) { return o.physicalName == topic; }))
        n.map.removeIf(
            [](const QPair<QString, Node> &e) { return e.first == QLatin1String("topic"); });
    return n;
}

} // namespace

QByteArray yamlScalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return "null";
    case QJsonValue::Bool:
        return v.toBool() ? "true" : "false";
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return "null";
        if (std::floor(d) == d && std::abs(d) < 9007199254740992.0)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::String: {
        const QString s = v.toString();
        // plain only where every YAML reader takes it back as this same string: starts with a
        // letter, no ": " or " #", no YAML 1.1 boolean or null word
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_ ./()@+-]*$"));
        static const QRegularExpression special(
            QStringLiteral("^(y|n|yes|no|on|off|true|false|null|nan|inf)$"),
            QRegularExpression::CaseInsensitiveOption);
        if (plain.match(s).hasMatch() && !s.endsWith(QLatin1Char(' ')) &&
            !special.match(s).hasMatch())
            return s.toUtf8();
        QByteArray out = "\"";
        const QByteArray utf8 = s.toUtf8();
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const uchar b = uchar(utf8[i]);
            if (b == '"') {
                out += "\\\"";
            } else if (b == '\\') {
                out += "\\\\";
            } else if (b == '\n') {
                out += "\\n";
            } else if (b == '\t') {
                out += "\\t";
            } else if (b == '\r') {
                out += "\\r";
            } else if (b < 0x20 || b == 0x7f) {
                out += "\\u00" + QByteArray::number(b, 16).rightJustified(2, '0');
            } else if (b == 0xC2 && i + 1 < utf8.size() && uchar(utf8[i + 1]) >= 0x80 &&
                       uchar(utf8[i + 1]) < 0xA0) { // C1 controls are not printable in YAML
                out += "\\u00" + QByteArray::number(uchar(utf8[++i]), 16);
            } else if (b == 0xEF && utf8.mid(i, 3) == "\xEF\xBB\xBF") { // a byte order mark
                out += "\\ufeff";
                i += 2;
            } else {
                out += char(b); // UTF-8 as it is
            }
        }
        return out + '"';
    }
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return "null";
}

QJsonObject enumQualityRule(const QStringList &values)
{
    return QJsonObject{
        {QStringLiteral("metric"), QStringLiteral("invalidValues")},
        {QStringLiteral("arguments"),
         QJsonObject{{QStringLiteral("validValues"), QJsonArray::fromStringList(values)}}},
        {QStringLiteral("mustBe"), 0},
        {QStringLiteral("description"), QStringLiteral("Only these values.")}};
}

QStringList enumOfQualityRule(const QJsonObject &rule)
{
    const QString metric = rule.value(QLatin1String("metric")).toString();
    if (metric != QLatin1String("invalidValues"))
        return {};
    const QJsonValue mustBe = rule.value(QLatin1String("mustBe"));
    if (!mustBe.isUndefined() && mustBe.toDouble(-1) != 0)
        return {}; // some invalid values are tolerated: not an enum
    QStringList values;
    for (const QJsonValue &v : rule.value(QLatin1String("arguments"))
                                   .toObject()
                                   .value(QLatin1String("validValues"))
                                   .toArray())
        values << jsonText(v);
    return values;
}

QByteArray writeOdcs(const Contract &c, const QString &headerComment)
{
    Node root;
    root.put(QStringLiteral("apiVersion"), QStringLiteral("v3.1.0"))
        .put(QStringLiteral("kind"), QStringLiteral("DataContract"))
        .put(QStringLiteral("id"), c.id)
        .put(QStringLiteral("name"), c.name)
        .put(QStringLiteral("version"), c.version.isEmpty() ? QStringLiteral("1.0.0") : c.version)
        .put(QStringLiteral("status"), c.status.isEmpty() ? QStringLiteral("draft") : c.status)
        .put(QStringLiteral("domain"), c.domain)
        .put(QStringLiteral("dataProduct"), c.dataProduct)
        .put(QStringLiteral("tenant"), c.tenant)
        .put(QStringLiteral("description"), description(c.description))
        .put(QStringLiteral("tags"), Node::list(c.tags));
    Node servers;
    servers.type = Node::Type::Seq;
    for (const Server &s : c.servers)
        servers.seq.append(server(s, c.objects));
    root.put(QStringLiteral("servers"), servers);
    Node schema;
    schema.type = Node::Type::Seq;
    for (const SchemaObject &o : c.objects) {
        Node so;
        so.put(QStringLiteral("name"), o.name)
            .put(QStringLiteral("physicalName"), o.physicalName)
            .put(QStringLiteral("physicalType"), o.physicalType)
            .put(QStringLiteral("logicalType"), QStringLiteral("object"))
            .put(QStringLiteral("businessName"), o.businessName)
            .put(QStringLiteral("description"), o.description)
            .put(QStringLiteral("tags"), Node::list(o.tags));
        Node props;
        props.type = Node::Type::Seq;
        for (const Field &f : o.fields)
            props.seq.append(property(f, false));
        so.put(QStringLiteral("properties"), props)
            .put(QStringLiteral("quality"), Node::of(o.quality))
            .put(QStringLiteral("authoritativeDefinitions"), Node::of(o.authoritativeDefinitions))
            .put(QStringLiteral("customProperties"),
                 orderedList(o.customProperties, propertyFirst));
        schema.seq.append(so);
    }
    root.put(QStringLiteral("schema"), schema).put(QStringLiteral("team"), team(c.team));
    Node roles;
    roles.type = Node::Type::Seq;
    for (const Role &r : c.roles) {
        Node rn;
        rn.put(QStringLiteral("role"), r.role)
            .put(QStringLiteral("access"), r.access)
            .put(QStringLiteral("firstLevelApprovers"), r.firstLevelApprovers)
            .put(QStringLiteral("secondLevelApprovers"), r.secondLevelApprovers)
            .put(QStringLiteral("description"), r.description);
        roles.seq.append(rn);
    }
    root.put(QStringLiteral("roles"), roles)
        .put(QStringLiteral("slaProperties"), orderedList(c.slaProperties, propertyFirst))
        .put(QStringLiteral("support"),
             orderedList(c.support, {QStringLiteral("channel"), QStringLiteral("tool"),
                                     QStringLiteral("url")}))
        .put(QStringLiteral("price"), Node::of(c.price))
        .put(QStringLiteral("authoritativeDefinitions"), Node::of(c.authoritativeDefinitions))
        .put(QStringLiteral("customProperties"), orderedList(c.customProperties, propertyFirst));
    return document(root, headerComment);
}

QByteArray writeOdps(const DataProduct &p, const QString &headerComment)
{
    Node root;
    root.put(QStringLiteral("apiVersion"), QStringLiteral("v1.0.0"))
        .put(QStringLiteral("kind"), QStringLiteral("DataProduct"))
        .put(QStringLiteral("id"), p.id)
        .put(QStringLiteral("name"), p.name)
        .put(QStringLiteral("version"), p.version.isEmpty() ? QStringLiteral("1.0.0") : p.version)
        .put(QStringLiteral("status"), p.status.isEmpty() ? QStringLiteral("draft") : p.status)
        .put(QStringLiteral("domain"), p.domain)
        .put(QStringLiteral("tenant"), p.tenant)
        .put(QStringLiteral("description"), description(p.description))
        .put(QStringLiteral("tags"), Node::list(p.tags));
    auto ports = [](const std::vector<Port> &list, bool output) {
        Node n;
        n.type = Node::Type::Seq;
        for (const Port &port : list) {
            Node pn;
            pn.put(QStringLiteral("name"), port.name);
            if (output) // ODPS: input ports have no description or type
                pn.put(QStringLiteral("description"), port.description)
                    .put(QStringLiteral("type"), port.type);
            pn.put(QStringLiteral("version"),
                   port.version.isEmpty() ? QStringLiteral("1.0.0") : port.version)
                .put(QStringLiteral("contractId"), port.contractId)
                .put(QStringLiteral("tags"), Node::list(port.tags));
            n.seq.append(pn);
        }
        return n;
    };
    root.put(QStringLiteral("inputPorts"), ports(p.inputPorts, false))
        .put(QStringLiteral("outputPorts"), ports(p.outputPorts, true))
        .put(QStringLiteral("team"), team(p.team))
        .put(QStringLiteral("support"),
             orderedList(p.support, {QStringLiteral("channel"), QStringLiteral("tool"),
                                     QStringLiteral("url")}))
        .put(QStringLiteral("customProperties"), orderedList(p.customProperties, propertyFirst));
    return document(root, headerComment);
}

} // namespace meshdesk::formats
