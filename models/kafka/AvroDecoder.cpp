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
