// Help menu contents: About (with the versions of Qt, librdkafka, SQLite...), the keyboard
// shortcuts (read from the window's menus, so the list never goes stale, plus the ones bound
// to a view) and the documentation (the README, built into the program).
#pragma once

#include <QDialog>
#include <QKeySequence>

class QTreeWidget;
class QMenuBar;

namespace meshdesk {

// The About text (rich text): version, libraries, licence note.
QString aboutText();

class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // Every menu action of `menus` with a shortcut, then the view-bound ones.
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

// The README as a page; `resource` is where the program keeps it (":/doc/README.md").
class DocumentationDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DocumentationDialog(const QString &resource, QWidget *parent = nullptr);
};

} // namespace meshdesk
