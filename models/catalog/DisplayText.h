// Words and times as a person reads them: status and kind words translated (the stored values
// stay English: they are data and the --json vocabulary), ISO timestamps in the user's locale
// and time zone. QtCore only, so item models and the UI share them.
#pragma once

#include <QString>

namespace meshdesk {

// "active", "draft", "pending", "approved", "rejected" ... -> the translated word; an unknown
// status (documents may say anything) is shown as written.
QString statusDisplayName(const QString &status);
// "product", "contract", "domain", "object", "field", "port" -> the translated word.
QString kindDisplayName(const QString &kind);
// An audit log's action ("import", "propose", "approve", "grant", "genesis", ...) -> the
// translated word; an unknown one as written.
QString actionDisplayName(const QString &action);
// "2024-05-01T10:00:00.000Z" -> the default locale's short date and time, local time; text
// that is not an ISO timestamp comes back unchanged.
QString localDateTime(const QString &isoUtc);

} // namespace meshdesk
