// The self-serve actions of the catalog window: export the open product or contract as its
// standard document, propose an edit of it or of one of its fields, remove a product from the
// mesh (the window's Remove from Mesh dialog), and create a new data product from existing ones.
// The window supplies what they act on (Host) and puts the actions in its menus, on the
// product/contract page and in the schema's context menu.
#pragma once

#include <QObject>
#include <functional>

class QAction;
class QToolBar;
class QWidget;

namespace meshdesk {

class CatalogStore;
namespace ledger {
class Ledger;
}

class SelfServeActions : public QObject
{
    Q_OBJECT
public:
    struct Host
    {
        std::function<ledger::Ledger &()> ledger;
        std::function<QString()> user;
        std::function<QString()> kafkaBootstrap;
        std::function<QString()> adminBootstrap; // where the Admin API answers ("" = the same)
        std::function<QString()> schemaPath;     // the schema tree's current row ("orders.id")
        // changeId 0: queued for the team log
        std::function<void(qint64 changeId, const QString &message)> proposed;
        std::function<void(const QString &productId, const QString &message)> created;
        std::function<void(const QString &message, bool error)> banner;
        std::function<void(const QString &productId)> openProduct;
        std::function<void(const QString &productId)> removeFromMesh;
    };
    SelfServeActions(Host host, QWidget *window);

    // What the page shows now (kind empty: nothing).
    void setCurrent(const QString &kind, const QString &key);

    QAction *exportAction() const { return m_export; }
    QAction *editAction() const { return m_edit; }
    QAction *editFieldAction() const { return m_editField; }
    QAction *removeAction() const { return m_remove; }
    QAction *createAction() const { return m_create; }
    // The bar above the product/contract page.
    QToolBar *pageBar() const { return m_bar; }

    void exportCurrent(const QString &path = {}); // asks for a file when path is empty
    void editCurrent();
    void editField(const QString &schemaPath);
    void createProduct();

Q_SIGNALS:
    void dialogShown(QWidget *dialog); // (tests drive dialogs through it)

private:
    Host m_host;
    QWidget *m_window;
    QString m_kind;
    QString m_key;
    QAction *m_export = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_editField = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_create = nullptr;
    QToolBar *m_bar = nullptr;
};

} // namespace meshdesk
