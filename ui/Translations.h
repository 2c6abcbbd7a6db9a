// The interface language: MeshDesk's own catalogue (built into the program under :/i18n) and
// Qt's (qtbase_xx.qm from the Qt installation: the "Cancel" of every dialog box, the "Ctrl" of
// every shortcut shown). Sets the default locale too, so dates and numbers follow.
#pragma once

#include <QList>
#include <QString>

class QCoreApplication;
class QTranslator;

namespace meshdesk {

// `lang`: "de", "en"... or empty for the system's. Returns the translators installed (owned by
// the application).
QList<QTranslator *> installTranslators(QCoreApplication &app, const QString &lang);

} // namespace meshdesk
