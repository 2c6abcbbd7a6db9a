#include "AvroDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <avro.h>

namespace meshdesk::kafka {

namespace {

QJsonValue avroType(const Field &f)
{
    const QString t = f.logicalType.toLower();
    QJsonValue type;
    if (t == QLatin1String("integer"))
        type = QStringLiteral("long");
    else if (t == QLatin1String("number"))
        type = QStringLiteral("double");
    else if (t == QLatin1String("boolean"))
        type = QStringLiteral("boolean");
    else if (t == QLatin1String("timestamp"))
        type = QStringLiteral(
            "string"); // ISO text in the demo; Avro long timestamp-millis would need conversion
    else if (t == QLatin1String("object")) {
        QJsonArray fields;
        for (const Field &c : f.fields)
            fields.append(QJsonObject{{QStringLiteral("name"), c.name},
                                      {QStringLiteral("type"), avroType(c)}});
        type = QJsonObject{{QStringLiteral("type"), QStringLiteral("record")},
                           {QStringLiteral("name"), f.name + QStringLiteral("_record")},
                           {QStringLiteral("fields"), fields}};
    } else if (t == QLatin1String("map")) {
        type = QJsonObject{{QStringLiteral("type"), QStringLiteral("map")},
                           {QStringLiteral("values"), f.arrayItems()
                                                          ? avroType(*f.arrayItems())
                                                          : QJsonValue(QStringLiteral("string"))}};
    } else if (t == QLatin1String("array")) {
        type = QJsonObject{{QStringLiteral("type"), QStringLiteral("array")},
                           {QStringLiteral("items"), f.arrayItems()
                                                         ? avroType(*f.arrayItems())
                                                         : QJsonValue(QStringLiteral("string"))}};
    } else {
        type = QStringLiteral("string");
    }
    if (!f.required)
        return QJsonArray{QStringLiteral("null"), type};
    return type;
}

} // namespace

QByteArray avroSchemaFor(const SchemaObject &object)
{
    QJsonArray fields;
    for (const Field &f : object.fields) {
        QJsonObject field{{QStringLiteral("name"), f.name}, {QStringLiteral("type"), avroType(f)}};
        if (!f.required)
            field.insert(QStringLiteral("default"), QJsonValue::Null);
        fields.append(field);
    }
    QString name = object.name;
    name.replace(QLatin1Char('-'), QLatin1Char('_')).replace(QLatin1Char('.'), QLatin1Char('_'));
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("record")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("fields"), fields}})
        .toJson(QJsonDocument::Compact);
}

namespace {

// Walks Avro binary against its schema before libavro reads it, with every length, count and
// index checked against the bytes that are really there. libavro trusts them: a negative
// string length from a hostile message reached realloc as 0xffffffffffffffc3 (ASan), and a
// block count of 2^62 nulls would loop and allocate for ever. Recursion is bounded (recursive
// named types) and so is the number of values (items of zero bytes cost no input).
class AvroBounds
{
public:
    static constexpr int kMaxDepth = 256;
    AvroBounds(const char *data, qsizetype size)
        : m_begin(reinterpret_cast<const uchar *>(data)), m_p(m_begin), m_end(m_begin + size),
          m_budget(2 * qint64(size) + 100000)
    {
    }
    // Empty when libavro may read the value; else why not.
    QString check(avro_schema_t schema)
    {
        value(schema, 0);
        return m_error;
    }

private:
    bool fail(const QString &why)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at byte %2").arg(why).arg(m_p - m_begin);
        return false;
    }
    qint64 left() const { return m_end - m_p; }
    bool readLong(int64_t &v)
    {
        uint64_t u = 0;
        for (int i = 0, shift = 0; i < 10; ++i, shift += 7) {
            if (m_p >= m_end)
                return fail(QStringLiteral("truncated number"));
            const uchar b = *m_p++;
            u |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                v = int64_t(u >> 1) ^ -int64_t(u & 1);
                return true;
            }
        }
        return fail(QStringLiteral("a number longer than 10 bytes"));
    }
    bool skip(qint64 n, const char *what)
    {
        if (n < 0 || n > left())
            return fail(QStringLiteral("%1 of %2 bytes, but %3 are left")
                            .arg(QLatin1String(what))
                            .arg(n)
                            .arg(left()));
        m_p += n;
        return true;
    }
    bool value(avro_schema_t s, int depth)
    {
        if (depth > kMaxDepth)
            return fail(QStringLiteral("values nested deeper than %1 levels").arg(kMaxDepth));
        if (--m_budget < 0)
            return fail(QStringLiteral("too many values for the size of the message"));
        int64_t n = 0;
        switch (avro_typeof(s)) {
        case AVRO_NULL:
            return true;
        case AVRO_BOOLEAN:
            return skip(1, "a boolean");
        case AVRO_INT32:
            if (!readLong(n))
                return false;
            if (n < INT32_MIN || n > INT32_MAX)
                return fail(QStringLiteral("an int out of range (%1)").arg(n));
            return true;
        case AVRO_INT64:
            return readLong(n);
        case AVRO_FLOAT:
            return skip(4, "a float");
        case AVRO_DOUBLE:
            return skip(8, "a double");
        case AVRO_STRING:
        case AVRO_BYTES:
            return readLong(n) &&
                   skip(n, avro_typeof(s) == AVRO_STRING ? "a string" : "a byte string");
        case AVRO_FIXED:
            return skip(avro_schema_fixed_size(s), "a fixed value");
        case AVRO_ENUM:
            if (!readLong(n))
                return false;
            if (n < 0 || n >= avro_schema_enum_number_of_symbols(s))
                return fail(QStringLiteral("enum symbol %1 of %2")
                                .arg(n)
                                .arg(avro_schema_enum_number_of_symbols(s)));
            return true;
        case AVRO_RECORD:
            for (size_t i = 0; i < avro_schema_record_size(s); ++i)
                if (!value(avro_schema_record_field_get_by_index(s, int(i)), depth + 1))
                    return false;
            return true;
        case AVRO_UNION:
            if (!readLong(n))
                return false;
            if (n < 0 || uint64_t(n) >= avro_schema_union_size(s))
                return fail(
                    QStringLiteral("union branch %1 of %2").arg(n).arg(avro_schema_union_size(s)));
            return value(avro_schema_union_branch(s, int(n)), depth + 1);
        case AVRO_ARRAY:
        case AVRO_MAP:
            for (;;) { // blocks: a count (negative: then a byte size), items; 0 ends
                if (!readLong(n))
                    return false;
                if (n == 0)
                    return true;
                if (n < 0) {
                    if (n == INT64_MIN)
                        return fail(QStringLiteral("a block count out of range"));
                    n = -n;
                    int64_t blockSize = 0;
                    if (!readLong(blockSize))
                        return false;
                    if (blockSize < 0 || blockSize > left())
                        return fail(QStringLiteral("a block of %1 bytes, but %2 are left")
                                        .arg(blockSize)
                                        .arg(left()));
                }
                if (n > m_budget)
                    return fail(QStringLiteral("a block of %1 items in a message of %2 bytes")
                                    .arg(n)
                                    .arg(m_end - m_begin));
                for (int64_t i = 0; i < n; ++i) {
                    if (avro_typeof(s) == AVRO_MAP) {
                        int64_t keyLength = 0;
                        if (!readLong(keyLength) || !skip(keyLength, "a map key") ||
                            !value(avro_schema_map_values(s), depth + 1))
                            return false;
                    } else if (!value(avro_schema_array_items(s), depth + 1)) {
                        return false;
                    }
                }
            }
        case AVRO_LINK:
            return value(avro_schema_link_target(s), depth + 1);
        }
        return fail(QStringLiteral("an unknown Avro type"));
    }

    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    qint64 m_budget;
    QString m_error;
};

} // namespace

struct AvroDecoder::Schema
{
    avro_schema_t schema = nullptr;
    avro_value_iface_t *iface = nullptr;
    ~Schema()
    {
        if (iface)
            avro_value_iface_decref(iface);
        if (schema)
            avro_schema_decref(schema);
    }
    bool load(const QByteArray &json, QString *error)
    {
        if (avro_schema_from_json_length(json.constData(), size_t(json.size()), &schema)) {
            if (error)
                *error = QStringLiteral("invalid Avro schema: %1")
                             .arg(QString::fromUtf8(avro_strerror()));
            return false;
        }
        iface = avro_generic_class_from_schema(schema);
        return iface != nullptr;
    }
};

AvroDecoder::AvroDecoder() = default;
AvroDecoder::~AvroDecoder() = default;

bool AvroDecoder::setSchema(const QByteArray &schemaJson, QString *error)
{
    auto s = std::make_unique<Schema>();
    if (!s->load(schemaJson, error))
        return false;
    m_plain = std::move(s);
    return true;
}

Decoded AvroDecoder::decodeWith(Schema &s, const char *data, qsizetype size)
{
    Decoded d;
    avro_value_t value;
    if (avro_generic_value_new(s.iface, &value)) {
        d.error = QString::fromUtf8(avro_strerror());
        return d;
    }
    // libavro trusts lengths and counts: check them against the bytes first
    if (const QString bad = AvroBounds(data, size).check(s.schema); !bad.isEmpty()) {
        d.error =
            QStringLiteral("not Avro for this schema (truncated or another schema): %1").arg(bad);
        avro_value_decref(&value);
        return d;
    }
    avro_reader_t reader = avro_reader_memory(data, size);
    if (avro_value_read(reader, &value)) {
        d.error = QStringLiteral("not Avro for this schema (truncated or another schema): %1")
                      .arg(QString::fromUtf8(avro_strerror()));
    } else {
        char *json = nullptr;
        if (!avro_value_to_json(&value, 1, &json) && json) {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(json));
            d.kind = Decoded::Kind::Json;
            d.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            free(json);
            // Avro C renders optional fields as {"type": value}: unwrap unions for checks
            if (d.json.isObject()) {
                QJsonObject o = d.json.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    if (it.value().isObject() && it.value().toObject().size() == 1 &&
                        !it.value().toObject().contains(QLatin1String("record")))
                        it.value() = it.value().toObject().constBegin().value();
                d.json = o;
            }
        }
    }
    avro_reader_free(reader);
    avro_value_decref(&value);
    return d;
}

Decoded AvroDecoder::decode(const QByteArray &value)
{
    // Confluent wire format: 0x00 + 4-byte schema id + Avro binary
    if (m_lookup && value.size() >= 5 && value[0] == '\0') {
        const int id = (uchar(value[1]) << 24) | (uchar(value[2]) << 16) | (uchar(value[3]) << 8) |
                       uchar(value[4]);
        auto it = m_byId.find(id);
        if (it == m_byId.end()) {
            QString error;
            const QByteArray json = m_lookup(id, &error);
            auto s = std::make_shared<Schema>();
            if (json.isEmpty() || !s->load(json, &error)) {
                Decoded d;
                d.error = QStringLiteral("schema id %1: %2").arg(id).arg(error);
                return d; // not cached: a registry that comes back is asked again
            }
            it = m_byId.insert(id, s);
        }
        return decodeWith(**it, value.constData() + 5, value.size() - 5);
    }
    if (m_lookup && !value.isEmpty() && value[0] != '\0' && !m_plain) {
        Decoded d;
        d.error = QStringLiteral("not the Confluent wire format (magic byte %1, expected 0)")
                      .arg(uchar(value[0]));
        return d;
    }
    if (!m_plain) {
        Decoded d;
        d.error = QStringLiteral("no Avro schema");
        return d;
    }
    return decodeWith(*m_plain, value.constData(), value.size());
}

QByteArray AvroDecoder::encode(const QJsonObject &object, QString *error)
{
    if (!m_plain)
        return {};
    avro_value_t value;
    avro_generic_value_new(m_plain->iface, &value);
    size_t count = 0;
    avro_value_get_size(&value, &count);
    for (size_t i = 0; i < count; ++i) {
        avro_value_t field;
        const char *name = nullptr;
        avro_value_get_by_index(&value, i, &field, &name);
        const QJsonValue v = object.value(QString::fromUtf8(name));
        avro_value_t target = field;
        if (avro_value_get_type(&field) == AVRO_UNION) {
            avro_value_set_branch(&field, v.isNull() || v.isUndefined() ? 0 : 1, &target);
            if (v.isNull() || v.isUndefined()) {
                avro_value_set_null(&target);
                continue;
            }
        }
        switch (avro_value_get_type(&target)) {
        case AVRO_STRING: {
            const QByteArray s = (v.isString() ? v.toString() : jsonText(v)).toUtf8();
            avro_value_set_string_len(&target, s.constData(), size_t(s.size()) + 1);
            break;
        }
        case AVRO_INT64:
            avro_value_set_long(&target, qint64(v.toDouble()));
            break;
        case AVRO_INT32:
            avro_value_set_int(&target, int(v.toDouble()));
            break;
        case AVRO_DOUBLE:
            avro_value_set_double(&target, v.toDouble());
            break;
        case AVRO_BOOLEAN:
            avro_value_set_boolean(&target, v.toBool());
            break;
        default:
            break; // nested records and arrays are left at their defaults
        }
    }
    size_t size = 0;
    avro_value_sizeof(&value, &size);
    QByteArray out(qsizetype(size), '\0');
    avro_writer_t writer = avro_writer_memory(out.data(), int64_t(size));
    if (avro_value_write(writer, &value) && error)
        *error = QString::fromUtf8(avro_strerror());
    avro_writer_free(writer);
    avro_value_decref(&value);
    return out;
}

} // namespace meshdesk::kafka

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace meshdesk::kafka {

AvroDecoder::SchemaLookup registryLookup(const QString &url, int timeoutMs)
{
    return [url, timeoutMs](int id, QString *error) -> QByteArray {
        QNetworkAccessManager nam;
        QEventLoop loop;
        QNetworkReply *reply =
            nam.get(QNetworkRequest(QUrl(url + QStringLiteral("/schemas/ids/%1").arg(id))));
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        QByteArray schema;
        if (!reply->isFinished()) {
            *error = QStringLiteral("schema registry %1 did not answer within %2 ms")
                         .arg(url)
                         .arg(timeoutMs);
            reply->abort();
        } else if (reply->error() != QNetworkReply::NoError) {
            *error = QStringLiteral("schema registry %1: %2").arg(url, reply->errorString());
        } else {
            schema = QJsonDocument::fromJson(reply->readAll())
                         .object()
                         .value(QLatin1String("schema"))
                         .toString()
                         .toUtf8();
            if (schema.isEmpty())
                *error = QStringLiteral("schema registry %1 returned no schema for id %2")
                             .arg(url)
                             .arg(id);
        }
        reply->deleteLater();
        return schema;
    };
}

} // namespace meshdesk::kafka
