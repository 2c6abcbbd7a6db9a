#include "Diagnostic.h"

namespace meshdesk {

QString Diagnostic::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
    }
    const QString kind = severity == Severity::Warning ? QStringLiteral("warning: ") : QString();
    return where + QStringLiteral(": ") + kind + message;
}

} // namespace meshdesk
