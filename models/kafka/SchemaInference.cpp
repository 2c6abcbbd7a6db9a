#include "SchemaInference.h"

#include "AvroDecoder.h"
#include "Conformance.h"
#include "formats/DocumentImporter.h"
#include "governance/Policies.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <limits>
#include <simdjson.h>

namespace meshdesk::kafka {

namespace {

constexpr int maxDepth = 64; // deeper values count as present, their insides are not walked
constexpr int maxRejectReasons = 5;

// The two JSON representations (simdjson's DOM for raw messages, QJsonValue for decoded Avro)
// behind one small interface, as in Conformance.cpp.
enum class Kind
{
    Null,
    Bool,
    Integer,
    Float,
    String,
    Object,
    Array
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
            return Kind::Integer;
        case simdjson::dom::element_type::DOUBLE:
            return Kind::Float; // written with a fraction or an exponent
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
    std::string_view utf8() const { return std::string_view(m_e); }
    QJsonValue scalar() const
    {
        switch (m_e.type()) {
        case simdjson::dom::element_type::BOOL:
            return bool(m_e);
        case simdjson::dom::element_type::INT64:
            return qint64(int64_t(m_e));
        case simdjson::dom::element_type::UINT64:
            return double(uint64_t(m_e));
        case simdjson::dom::element_type::DOUBLE:
            return double(m_e);
        case simdjson::dom::element_type::STRING: {
            const std::string_view s = utf8();
            return QString::fromUtf8(s.data(), qsizetype(s.size()));
        }
        default:
            return QJsonValue();
        }
    }
    template <class F> void forEachMember(F &&fn) const
    {
        for (simdjson::dom::key_value_pair kv : simdjson::dom::object(m_e))
            fn(kv.key, SimdValue(kv.value));
    }
    template <class F> void forEachElement(F &&fn) const
    {
        for (simdjson::dom::element child : simdjson::dom::array(m_e))
            fn(SimdValue(child));
    }

private:
    simdjson::dom::element m_e;
};

class QtValue
{
public:
    explicit QtValue(const QJsonValue &v) : m_v(v) {}
    Kind kind() const
    {
        switch (m_v.type()) {
        case QJsonValue::Bool:
            return Kind::Bool;
        case QJsonValue::Double: {
            const double d = m_v.toDouble();
            return std::isfinite(d) && std::floor(d) == d ? Kind::Integer : Kind::Float;
        }
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
    std::string_view utf8() const
    {
        if (m_utf8.isNull())
            m_utf8 = m_v.toString().toUtf8();
        return std::string_view(m_utf8.constData(), size_t(m_utf8.size()));
    }
    QJsonValue scalar() const
    {
        if (kind() == Kind::Integer && std::abs(m_v.toDouble()) < 9007199254740992.0)
            return qint64(m_v.toDouble());
        return m_v;
    }
    template <class F> void forEachMember(F &&fn) const
    {
        const QJsonObject o = m_v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QByteArray name = it.key().toUtf8();
            fn(std::string_view(name.constData(), size_t(name.size())), QtValue(it.value()));
        }
    }
    template <class F> void forEachElement(F &&fn) const
    {
        const QJsonArray a = m_v.toArray();
        for (const QJsonValue &e : a)
            fn(QtValue(e));
    }

private:
    QJsonValue m_v;
    mutable QByteArray m_utf8;
};

// Stricter than the checker's URI rule: a string is a URI candidate only with "scheme://"
bool uriCandidate(std::string_view s)
{
    return s.find("://") != std::string_view::npos && matchesFormat(QStringLiteral("uri"), s);
}

QString keyText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return jsonText(v);
}

} // namespace

struct SchemaInferrer::Node
{
    qint64 present = 0; // occurrences, nulls included
    qint64 nulls = 0;
    qint64 bools = 0, integers = 0, floats = 0, strings = 0, objects = 0, arrays = 0;
    // strings: every one seen so far is …
    bool dates = true, timestamps = true, uuids = true, emails = true, uris = true;
    QHash<QString, qint64> distinct; // up to enumMaxValues + 1, then dropped
    bool manyValues = false;
    QJsonArray examples;
    // objects: members in the order they first appeared
    std::vector<std::pair<QString, std::unique_ptr<Node>>> children;
    QHash<QString, size_t> childIndex;
    bool deeper = false; // nesting beyond maxDepth was cut
    // arrays: every element of every occurrence
    std::unique_ptr<Node> items;
    // top level: how often the value's text equals the message key, and the values seen
    qint64 keyMatches = 0;
    QSet<QString> keyValues;
    bool keyValuesRepeat = false;

    Node &child(std::string_view name)
    {
        const QString n = QString::fromUtf8(name.data(), qsizetype(name.size()));
        const auto it = childIndex.constFind(n);
        if (it != childIndex.cend())
            return *children[*it].second;
        childIndex.insert(n, children.size());
        children.emplace_back(n, std::make_unique<Node>());
        return *children.back().second;
    }
};

struct SchemaInferrer::Private
{
    InferenceOptions options;
    Node root;
    int samples = 0;
    int rejected = 0;
    qint64 keyed = 0; // samples with a non-empty key
    QStringList reasons;

    template <class V> void add(Node &n, const V &v, int depth)
    {
        ++n.present;
        switch (v.kind()) {
        case Kind::Null:
            ++n.nulls;
            return;
        case Kind::Bool:
            ++n.bools;
            example(n, v.scalar());
            return;
        case Kind::Integer:
            ++n.integers;
            example(n, v.scalar());
            return;
        case Kind::Float:
            ++n.floats;
            example(n, v.scalar());
            return;
        case Kind::String: {
            ++n.strings;
            const std::string_view s = v.utf8();
            // a date is exactly yyyy-MM-dd (the checker also takes a timestamp's date part)
            n.dates = n.dates && s.size() == 10 && acceptsIsoDate(s);
            n.timestamps = n.timestamps && acceptsIsoTimestamp(s);
            n.uuids = n.uuids && matchesFormat(QStringLiteral("uuid"), s);
            n.emails = n.emails && matchesFormat(QStringLiteral("email"), s);
            n.uris = n.uris && uriCandidate(s);
            const QString text = QString::fromUtf8(s.data(), qsizetype(s.size()));
            if (!n.manyValues) {
                ++n.distinct[text];
                if (n.distinct.size() > options.enumMaxValues) {
                    n.manyValues = true;
                    n.distinct.clear();
                }
            }
            example(n, text.size() > 200 ? QJsonValue(text.left(200)) : QJsonValue(text));
            return;
        }
        case Kind::Object:
            ++n.objects;
            if (depth >= maxDepth) {
                n.deeper = true;
                return;
            }
            v.forEachMember([&](std::string_view name, const V &member) {
                add(n.child(name), member, depth + 1);
            });
            return;
        case Kind::Array:
            ++n.arrays;
            if (depth >= maxDepth) {
                n.deeper = true;
                return;
            }
            if (!n.items)
                n.items = std::make_unique<Node>();
            v.forEachElement([&](const V &element) { add(*n.items, element, depth + 1); });
            return;
        }
    }

    void example(Node &n, const QJsonValue &v)
    {
        if (n.examples.size() < options.examples && !n.examples.contains(v))
            n.examples.append(v);
    }

    // the top-level fields whose text is the message key
    template <class V> void matchKey(const V &object, const QByteArray &key)
    {
        if (key.isEmpty())
            return;
        ++keyed;
        const QString k = QString::fromUtf8(key);
        object.forEachMember([&](std::string_view name, const V &member) {
            const Kind kind = member.kind();
            if (kind != Kind::String && kind != Kind::Integer)
                return;
            if (keyText(member.scalar()) != k)
                return;
            Node &n = root.child(name);
            ++n.keyMatches;
            if (!n.keyValuesRepeat && n.keyValues.size() < 1000000) {
                if (n.keyValues.contains(k))
                    n.keyValuesRepeat = true;
                else
                    n.keyValues.insert(k);
            }
        });
    }

    Field toField(const QString &name, const Node &n, qint64 occurrences, bool personal,
                  bool topLevel) const;
};

SchemaInferrer::SchemaInferrer(const InferenceOptions &options) : d(std::make_unique<Private>())
{
    d->options = options;
}

SchemaInferrer::~SchemaInferrer() = default;

bool SchemaInferrer::addJson(const QByteArray &raw, const QByteArray &key, const QString &origin)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element root;
    const simdjson::error_code e = parser.parse(raw.constData(), size_t(raw.size())).get(root);
    if (e != simdjson::SUCCESS) {
        noteReject(
            origin +
            QStringLiteral("not JSON: %1").arg(QString::fromUtf8(simdjson::error_message(e))));
        return false;
    }
    if (root.type() != simdjson::dom::element_type::OBJECT) {
        noteReject(origin + QStringLiteral("a JSON value that is not an object"));
        return false;
    }
    ++d->samples;
    d->add(d->root, SimdValue(root), 0);
    d->matchKey(SimdValue(root), key);
    return true;
}

bool SchemaInferrer::addValue(const QJsonValue &value, const QByteArray &key, const QString &origin)
{
    if (!value.isObject()) {
        noteReject(origin + QStringLiteral("a value that is not a record/object"));
        return false;
    }
    ++d->samples;
    d->add(d->root, QtValue(value), 0);
    d->matchKey(QtValue(value), key);
    return true;
}

int SchemaInferrer::samples() const
{
    return d->samples;
}

int SchemaInferrer::rejected() const
{
    return d->rejected;
}

QStringList SchemaInferrer::rejectReasons() const
{
    return d->reasons;
}

void SchemaInferrer::noteReject(const QString &reason)
{
    ++d->rejected;
    if (d->reasons.size() < maxRejectReasons)
        d->reasons << reason;
}

Field SchemaInferrer::Private::toField(const QString &name, const Node &n, qint64 occurrences,
                                       bool personal, bool topLevel) const
{
    Field f;
    f.name = name;
    personal = personal || governance::looksPersonal(name);
    // required = present and not null in every object it belongs to (ODCS: required means the
    // element may not be null)
    f.required = occurrences > 0 && n.present == occurrences && n.nulls == 0;
    if (n.nulls > 0)
        f.customProperties.append(
            QJsonObject{{QStringLiteral("property"), QStringLiteral("nullable")},
                        {QStringLiteral("value"), true}});
    QStringList kinds;
    if (n.bools)
        kinds << QStringLiteral("boolean");
    if (n.integers || n.floats)
        kinds << (n.floats ? QStringLiteral("number") : QStringLiteral("integer"));
    if (n.strings)
        kinds << QStringLiteral("string");
    if (n.objects)
        kinds << QStringLiteral("object");
    if (n.arrays)
        kinds << QStringLiteral("array");
    if (kinds.size() > 1) {
        // no one logical type fits: left open (the checker then applies no type), and said so
        f.description = QStringLiteral("Values of several types in the samples: %1.")
                            .arg(kinds.join(QStringLiteral(", ")));
        return f;
    }
    if (kinds.isEmpty()) {
        if (n.present)
            f.description = QStringLiteral("Always null in the samples.");
        return f;
    }
    const QString kind = kinds.front();
    f.logicalType = kind;
    if (kind == QLatin1String("string")) {
        if (n.dates) {
            f.logicalType = QStringLiteral("date");
        } else if (n.timestamps) {
            f.logicalType = QStringLiteral("timestamp");
        } else if (n.uuids) {
            f.format = QStringLiteral("uuid");
        } else if (n.emails) {
            f.format = QStringLiteral("email");
            personal = true; // an e-mail address is personal data whatever the field is called
        } else if (n.uris) {
            f.format = QStringLiteral("uri");
        } else if (!n.manyValues && !n.distinct.isEmpty() &&
                   n.strings >= qint64(options.enumMinRepeats) * n.distinct.size()) {
            f.enumValues = n.distinct.keys();
            f.enumValues.sort();
        }
    }
    if (kind == QLatin1String("object")) {
        for (const auto &[childName, child] : n.children)
            f.fields.push_back(toField(childName, *child, n.objects, personal, false));
        if (n.deeper)
            f.description =
                QStringLiteral("Nested deeper than %1 levels: not inferred further.").arg(maxDepth);
    } else if (kind == QLatin1String("array")) {
        if (n.items && n.items->present > 0) {
            Field item = toField(QStringLiteral("[]"), *n.items, n.items->present, personal, false);
            // an element may be null: the checker checks elements by type only, so a nullable
            // element type stays open
            if (n.items->nulls > 0)
                item.logicalType.clear();
            item.required = false;
            item.customProperties = {};
            f.items.push_back(std::move(item));
        }
    } else if (!personal) {
        f.examples = n.examples; // scalars only; never samples of personal data in a contract
    }
    if (topLevel && keyed > 0 && n.keyMatches == keyed && f.required) {
        // the field producers key their messages by; distinct in every sample: the primary key
        if (!n.keyValuesRepeat && keyed >= 2) {
            f.primaryKey = true;
            f.primaryKeyPosition = 1;
        }
        f.customProperties.append(
            QJsonObject{{QStringLiteral("property"), QStringLiteral("kafkaKey")},
                        {QStringLiteral("value"), true}});
    }
    return f;
}

std::vector<Field> SchemaInferrer::fields() const
{
    std::vector<Field> out;
    for (const auto &[name, child] : d->root.children)
        out.push_back(d->toField(name, *child, d->samples, false, true));
    // one primary key at most: the first field the key matched
    bool keySeen = false;
    for (Field &f : out) {
        if (f.primaryKey && keySeen) {
            f.primaryKey = false;
            f.primaryKeyPosition = -1;
        }
        keySeen = keySeen || f.primaryKey;
    }
    return out;
}

// ---- topics ------------------------------------------------------------------------------

QString idFromTopic(const QString &topic)
{
    QString id = topic.toLower();
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    id.replace(other, QStringLiteral("-"));
    while (id.startsWith(QLatin1Char('-')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return id.isEmpty() ? QStringLiteral("topic") : id;
}

namespace {

QString objectNameFor(const QString &topic)
{
    QString name = idFromTopic(topic);
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    return name;
}

int wireSchemaId(const QByteArray &value)
{
    if (value.size() < 5 || value[0] != '\0')
        return -1;
    return (uchar(value[1]) << 24) | (uchar(value[2]) << 16) | (uchar(value[3]) << 8) |
           uchar(value[4]);
}

// Examples and enum candidates (what the writer's schema cannot say) from the values, by name.
void mergeObserved(std::vector<Field> &schemaFields, const std::vector<Field> &observed)
{
    for (Field &f : schemaFields) {
        const auto o = std::find_if(observed.cbegin(), observed.cend(),
                                    [&](const Field &x) { return x.name == f.name; });
        if (o == observed.cend())
            continue;
        if (f.examples.isEmpty())
            f.examples = o->examples;
        if (f.enumValues.isEmpty() && f.logicalType == QLatin1String("string") &&
            f.format.isEmpty())
            f.enumValues = o->enumValues;
        if (o->primaryKey && f.required) {
            f.primaryKey = true;
            f.primaryKeyPosition = 1;
        }
        mergeObserved(f.fields, o->fields);
    }
}

} // namespace

InferResult inferMessages(const QList<Message> &messages, const InferRequest &request)
{
    InferResult r;
    const QString topic = request.sample.topic;
    SchemaInferrer inferrer(request.options);
    auto where = [](const Message &m) {
        return QStringLiteral("partition %1 offset %2: ").arg(m.partition).arg(m.offset);
    };
    if (request.format == QLatin1String("avro")) {
        // the writer's schema: the registry's for the newest message's id, else the one given
        QList<int> ids;
        int newestId = -1;
        qint64 newestTime = std::numeric_limits<qint64>::min();
        for (const Message &m : messages) {
            const int id = wireSchemaId(m.value);
            if (id < 0)
                continue;
            if (!ids.contains(id))
                ids << id;
            if (m.timestamp >= newestTime) {
                newestTime = m.timestamp;
                newestId = id;
            }
        }
        AvroDecoder decoder;
        QString error;
        if (!request.avroSchema.isEmpty() && !decoder.setSchema(request.avroSchema, &error)) {
            r.error = error;
            return r;
        }
        if (!request.registryUrl.isEmpty()) {
            AvroDecoder::SchemaLookup lookup = registryLookup(request.registryUrl);
            decoder.setSchemaLookup(lookup);
            if (newestId >= 0) {
                r.writerSchema = lookup(newestId, &error);
                if (r.writerSchema.isEmpty()) {
                    r.error = error;
                    return r;
                }
                r.schemaId = newestId;
                if (ids.size() > 1) {
                    std::sort(ids.begin(), ids.end());
                    QStringList names;
                    for (int id : std::as_const(ids))
                        names << QString::number(id);
                    r.notes << QStringLiteral("the messages carry schema ids %1; the draft "
                                              "follows id %2, the newest message's")
                                   .arg(names.join(QStringLiteral(", ")))
                                   .arg(newestId);
                }
            }
        } else if (!request.avroSchema.isEmpty()) {
            const QByteArray schema = request.avroSchema;
            decoder.setSchemaLookup([schema](int, QString *) { return schema; });
        }
        if (r.writerSchema.isEmpty())
            r.writerSchema = request.avroSchema;
        if (r.writerSchema.isEmpty()) {
            r.error = newestId >= 0
                          ? QStringLiteral("the messages are in the Confluent wire format (schema "
                                           "id %1): give the Schema Registry's URL")
                                .arg(newestId)
                          : QStringLiteral("plain Avro needs the writer's schema (an .avsc file); "
                                           "in the Confluent wire format, the Schema Registry's "
                                           "URL");
            return r;
        }
        const FileImport schemaDoc =
            importBytes(QStringLiteral("%1.avsc").arg(objectNameFor(topic)), r.writerSchema);
        if (!schemaDoc.ok() || schemaDoc.documents.empty() ||
            schemaDoc.documents.front().document.contract.objects.empty()) {
            r.error =
                QStringLiteral("the writer's schema is not a usable Avro record: %1")
                    .arg(schemaDoc.ok() ? QStringLiteral("no record") : schemaDoc.firstError());
            return r;
        }
        r.object = schemaDoc.documents.front().document.contract.objects.front();
        for (const Message &m : messages) {
            const Decoded dv = decoder.decode(m.value);
            if (dv.kind != Decoded::Kind::Json) {
                inferrer.noteReject(where(m) + dv.error);
                continue;
            }
            inferrer.addValue(dv.json, m.key, where(m));
        }
        mergeObserved(r.object.fields, inferrer.fields());
    } else {
        for (const Message &m : messages)
            inferrer.addJson(m.value, m.key, where(m));
        r.object.fields = inferrer.fields();
    }
    r.samples = inferrer.samples();
    r.rejected = inferrer.rejected();
    for (const QString &reason : inferrer.rejectReasons())
        r.notes << reason;
    if (r.rejected > 0)
        r.notes << QStringLiteral("%1 of %2 message(s) were not usable and are not in the draft")
                       .arg(r.rejected)
                       .arg(messages.size());
    r.object.name = objectNameFor(topic);
    r.object.physicalName = topic;
    r.object.physicalType = QStringLiteral("topic");
    r.object.logicalType = QStringLiteral("object");
    if (r.samples == 0 && request.format != QLatin1String("avro")) {
        r.error =
            messages.isEmpty()
                ? QStringLiteral("topic '%1' has no messages to infer a contract from").arg(topic)
                : QStringLiteral("none of the %1 message(s) of topic '%2' is a JSON object")
                      .arg(messages.size())
                      .arg(topic);
        return r;
    }
    r.ok = true;
    return r;
}

InferResult inferTopic(const InferRequest &request)
{
    SampleRequest req = request.sample;
    req.max = std::max(req.max, 1);
    const SampleResult sampled = sample(req);
    if (!sampled.ok) {
        InferResult r;
        r.error = sampled.error;
        return r;
    }
    return inferMessages(sampled.messages, request);
}

Contract draftContract(const InferResult &inferred, const QString &bootstrap, const QString &topic,
                       const QString &format)
{
    Contract c;
    c.format = SourceFormat::Odcs;
    c.formatVersion = QStringLiteral("v3.1.0");
    c.id = idFromTopic(topic);
    c.name = topic;
    c.version = QStringLiteral("1.0.0");
    c.status = QStringLiteral("draft");
    Server s;
    s.server = QStringLiteral("kafka");
    s.type = QStringLiteral("kafka");
    s.format = format.isEmpty() ? QStringLiteral("json") : format;
    s.properties = QJsonObject{{QStringLiteral("server"), s.server},
                               {QStringLiteral("type"), s.type},
                               {QStringLiteral("format"), s.format},
                               {QStringLiteral("host"), bootstrap},
                               {QStringLiteral("topic"), topic}};
    c.servers.push_back(s);
    c.objects.push_back(inferred.object);
    return c;
}

} // namespace meshdesk::kafka
