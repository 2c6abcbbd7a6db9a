#include "Event.h"

#include "identity/SshSig.h"
#include "store/CatalogStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace meshdesk::ledger {

QString eventId(const QByteArray &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QByteArray makeBody(const QString &type, const QString &catalog, const QString &actor,
                    const identity::PublicKey &key, const QString &after, QJsonObject fields,
                    QJsonObject *written)
{
    fields.insert(QStringLiteral("v"), 1);
    fields.insert(QStringLiteral("type"), type);
    fields.insert(QStringLiteral("catalog"), catalog);
    fields.insert(QStringLiteral("actor"), actor);
    fields.insert(QStringLiteral("key"), key.fingerprint());
    fields.insert(QStringLiteral("after"), after);
    fields.insert(QStringLiteral("at"), nowUtc());
    const quint64 nonce = QRandomGenerator::system()->generate64();
    fields.insert(QStringLiteral("nonce"), QString::number(nonce, 16));
    QByteArray body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    if (written)
        *written = std::move(fields);
    return body;
}

Event Event::fromFields(const QByteArray &body, const QByteArray &signature, QJsonObject fields)
{
    Event e;
    e.body = body;
    e.signature = signature;
    e.fields = std::move(fields);
    e.id = eventId(body);
    e.type = e.text("type");
    e.catalog = e.text("catalog");
    e.actor = e.text("actor");
    e.keyFingerprint = e.text("key");
    e.after = e.text("after");
    e.at = e.text("at");
    return e;
}

Event Event::signedHere(const QByteArray &body, const QByteArray &signature, QJsonObject fields,
                        const identity::PublicKey &key)
{
    Event e = fromFields(body, signature, std::move(fields));
    e.m_checked.done = true;
    e.m_checked.ok = true;
    e.m_checked.key = key;
    return e;
}

std::optional<Event> Event::parse(const QByteArray &body, const QByteArray &signature,
                                  QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = QStringLiteral("not an event (its body is not a JSON object: %1)")
                         .arg(pe.errorString());
        return std::nullopt;
    }
    Event e = fromFields(body, signature, doc.object());
    if (e.fields.value(QStringLiteral("v")).toInt() != 1 || e.type.isEmpty() ||
        e.keyFingerprint.isEmpty()) {
        if (error)
            *error = QStringLiteral("not an event of a version this MeshDesk understands (v, "
                                    "type and key are required)");
        return std::nullopt;
    }
    return e;
}

bool Event::signatureValid(QString *error, identity::PublicKey *signer) const
{
    if (!m_checked.done) {
        m_checked.done = true;
        if (signature.isEmpty()) {
            m_checked.error = QStringLiteral("unsigned");
        } else {
            const auto v = identity::sshsig::verify(signature, body);
            if (!v.ok)
                m_checked.error = v.error;
            else if (v.key.fingerprint() != keyFingerprint)
                m_checked.error = QStringLiteral("signed by key %1, but the act names key %2")
                                      .arg(v.key.fingerprint(), keyFingerprint);
            else
                m_checked.ok = true;
            m_checked.key = v.key;
        }
    }
    if (!m_checked.ok && error)
        *error = m_checked.error;
    if (m_checked.ok && signer)
        *signer = m_checked.key;
    return m_checked.ok;
}

} // namespace meshdesk::ledger
