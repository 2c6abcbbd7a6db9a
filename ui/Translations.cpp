#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace meshdesk {

QList<QTranslator *> installTranslators(QCoreApplication &app, const QString &lang)
{
    QList<QTranslator *> installed;
    const QLocale locale = lang.isEmpty() ? QLocale::system() : QLocale(lang);
    QLocale::setDefault(locale); // dates and numbers in the language of the interface
    auto *own = new QTranslator(&app);
    // English is the fallback: its catalogue carries the proper singular/plural forms
    if (own->load(locale, QStringLiteral("meshdesk"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/meshdesk_en.qm"))) {
        app.installTranslator(own);
        installed << own;
    } else {
        delete own;
    }
    // Qt's own (Debian: qt6-translations-l10n)
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed << qt;
    } else {
        delete qt;
    }
    return installed;
}

} // namespace meshdesk
