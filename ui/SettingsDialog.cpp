#include "SettingsDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include "identity/KeyStore.h"

namespace meshdesk {

SettingsDialog::SettingsDialog(const QString &currentUser, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_database = new QLineEdit(settings.value(QStringLiteral("database")).toString());
    m_database->setObjectName(QStringLiteral("database"));
    m_database->setPlaceholderText(tr("Default: catalog.sqlite in the application data folder"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getSaveFileName(this, tr("Catalog database"), m_database->text(),
                                         tr("SQLite databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
        if (!f.isEmpty())
            m_database->setText(f);
    });
    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);
    // only identities whose private key is on this machine can act
    m_user = new QComboBox;
    m_user->setObjectName(QStringLiteral("user"));
    for (const identity::LocalIdentity &id : identity::KeyStore().list())
        m_user->addItem(id.isDemo() ? tr("%1 (demo key)").arg(id.name) : id.name, id.name);
    if (m_user->findData(currentUser) < 0)
        m_user->addItem(tr("%1 (no key on this machine)").arg(currentUser), currentUser);
    m_user->setCurrentIndex(m_user->findData(currentUser));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(
        std::max(0, m_language->findData(settings.value(QStringLiteral("language")).toString())));
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(
        0, m_theme->findData(
               settings.value(QStringLiteral("theme"), QStringLiteral("system")).toString())));

    auto *form = new QFormLayout;
    form->addRow(tr("Catalog database:"), dbRow);
    form->addRow(tr("Acting identity:"), m_user);
    form->addRow(tr("Language:"), m_language);
    form->addRow(tr("Theme:"), m_theme);
    auto *note =
        new QLabel(tr("The database and the language take effect the next time MeshDesk starts."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        applyTheme(m_theme->currentData().toString());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 220);
}

QString SettingsDialog::user() const
{
    return m_user->currentData().toString();
}

void SettingsDialog::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("identity"), user());
    settings.setValue(QStringLiteral("language"), m_language->currentData().toString());
    settings.setValue(QStringLiteral("theme"), m_theme->currentData().toString());
}

void SettingsDialog::applyTheme(const QString &theme)
{
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    if (theme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(QPalette::Highlight, QColor(0x42, 0x8b, 0xca));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
        p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
        p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
        p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    } else if (theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
    }
}

} // namespace meshdesk
