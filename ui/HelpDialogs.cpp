#include "HelpDialogs.h"

#include "core/Versions.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshdesk {

QString aboutText()
{
    QString libs;
    for (const auto &[name, version] : libraryVersions())
        libs += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), version.toHtmlEscaped());
    return QCoreApplication::translate("meshdesk::HelpDialogs",
                                       "<h2>MeshDesk %1</h2>"
                                       "<p>A desktop data catalog and governance console for "
                                       "data mesh: domains, data products, contracts and their "
                                       "schemas, reviews, lineage and live Kafka data.</p>"
                                       "<p>Built with Qt %2. Running on:</p>")
               .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                    QStringLiteral(QT_VERSION_STR)) +
           QStringLiteral("<table cellpadding='2'>%1</table>").arg(libs);
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("shortcuts"));
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    // as the menus spell them (NativeText: "Strg" in German)
    auto keys = [](const QList<QKeySequence> &seqs) {
        QStringList out;
        for (const QKeySequence &s : seqs)
            out << s.toString(QKeySequence::NativeText);
        return out.join(QStringLiteral(", "));
    };
    for (QAction *menuAction : menus->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu)
            continue;
        QTreeWidgetItem *group = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->shortcuts().isEmpty())
                continue;
            if (!group)
                group = new QTreeWidgetItem(m_list, {menuAction->text().remove(QLatin1Char('&'))});
            new QTreeWidgetItem(group, {a->text().remove(QLatin1Char('&')), keys(a->shortcuts())});
        }
    }
    // bound to a view rather than a menu
    const QList<QPair<QString, QList<QKeySequence>>> views = {
        {tr("Search (also from anywhere but View source)"), {QKeySequence::Find}},
        {tr("Find in View source"), {QKeySequence::Find}},
        {tr("Approve the change under review"), {QKeySequence(tr("Ctrl+Shift+A"))}},
        {tr("Reject the change under review"), {QKeySequence(tr("Ctrl+Shift+R"))}},
        {tr("Copy a field's path (Schema)"), {QKeySequence::Copy}},
        {tr("Lineage: zoom in, zoom out, fit"),
         {QKeySequence(Qt::Key_Plus), QKeySequence(Qt::Key_Minus), QKeySequence(Qt::Key_0)}},
    };
    auto *viewGroup = new QTreeWidgetItem(m_list, {tr("In a view")});
    for (const auto &[what, seqs] : views)
        new QTreeWidgetItem(viewGroup, {what, keys(seqs)});
    m_list->expandAll();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 560);
}

DocumentationDialog::DocumentationDialog(const QString &resource, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("MeshDesk documentation"));
    auto *page = new QTextBrowser;
    page->setObjectName(QStringLiteral("documentation"));
    page->setOpenExternalLinks(true);
    QFile f(resource);
    if (f.open(QIODevice::ReadOnly))
        page->setMarkdown(QString::fromUtf8(f.readAll()));
    else
        page->setPlainText(tr("The documentation is not part of this build (%1).").arg(resource));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(page);
    layout->addWidget(buttons);
    resize(900, 700);
}

} // namespace meshdesk
