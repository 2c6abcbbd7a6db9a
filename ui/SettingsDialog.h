// Settings: the catalog database file, the acting identity (one whose key is on this machine),
// the language and the theme, kept in QSettings. The identity and the theme apply at once; the
// database and the language on restart.
#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace meshdesk {

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const QString &currentUser, QWidget *parent = nullptr);
    QString user() const;
    void save() const;

    // "light", "dark" or "system": sets the application's palette.
    static void applyTheme(const QString &theme);

private:
    QLineEdit *m_database = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace meshdesk
