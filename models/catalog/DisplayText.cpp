#include "DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace meshdesk {

QString statusDisplayName(const QString &status)
{
    // QT_TRANSLATE_NOOP keeps the words in the catalogue; they are looked up by value below
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("meshdesk::status", "active"),
        QT_TRANSLATE_NOOP("meshdesk::status", "draft"),
        QT_TRANSLATE_NOOP("meshdesk::status", "proposed"),
        QT_TRANSLATE_NOOP("meshdesk::status", "deprecated"),
        QT_TRANSLATE_NOOP("meshdesk::status", "retired"),
        QT_TRANSLATE_NOOP("meshdesk::status", "pending"),
        QT_TRANSLATE_NOOP("meshdesk::status", "approved"),
        QT_TRANSLATE_NOOP("meshdesk::status", "rejected"),
        QT_TRANSLATE_NOOP("meshdesk::status", "live"),
        QT_TRANSLATE_NOOP("meshdesk::status", "development"),
        QT_TRANSLATE_NOOP("meshdesk::status", "production"),
        QT_TRANSLATE_NOOP("meshdesk::status", "test"),
    };
    const QString lower = status.trimmed().toLower();
    for (const char *w : words)
        if (lower == QLatin1String(w))
            return QCoreApplication::translate("meshdesk::status", w);
    return status;
}

QString kindDisplayName(const QString &kind)
{
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("meshdesk::kind", "product"),
        QT_TRANSLATE_NOOP("meshdesk::kind", "contract"),
        QT_TRANSLATE_NOOP("meshdesk::kind", "domain"),
        QT_TRANSLATE_NOOP("meshdesk::kind", "object"),
        QT_TRANSLATE_NOOP("meshdesk::kind", "field"),
        QT_TRANSLATE_NOOP("meshdesk::kind", "port"),
    };
    for (const char *w : words)
        if (kind == QLatin1String(w))
            return QCoreApplication::translate("meshdesk::kind", w);
    return kind;
}

QString actionDisplayName(const QString &action)
{
    // the signed acts' types and the words of the audit rows kept from before signing
    static const char *const words[] = {
        QT_TRANSLATE_NOOP("meshdesk::action", "genesis"),
        QT_TRANSLATE_NOOP("meshdesk::action", "create"),
        QT_TRANSLATE_NOOP("meshdesk::action", "migrate"),
        QT_TRANSLATE_NOOP("meshdesk::action", "import"),
        QT_TRANSLATE_NOOP("meshdesk::action", "propose"),
        QT_TRANSLATE_NOOP("meshdesk::action", "approve"),
        QT_TRANSLATE_NOOP("meshdesk::action", "reject"),
        QT_TRANSLATE_NOOP("meshdesk::action", "decide"),
        QT_TRANSLATE_NOOP("meshdesk::action", "grant"),
        QT_TRANSLATE_NOOP("meshdesk::action", "revoke"),
        QT_TRANSLATE_NOOP("meshdesk::action", "policy"),
        QT_TRANSLATE_NOOP("meshdesk::action", "join"),
        QT_TRANSLATE_NOOP("meshdesk::action", "admit"),
        QT_TRANSLATE_NOOP("meshdesk::action", "remove"),
    };
    for (const char *w : words)
        if (action == QLatin1String(w))
            return QCoreApplication::translate("meshdesk::action", w);
    return action;
}

QString localDateTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC); // the store writes UTC; a timestamp without a zone is UTC too
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace meshdesk
