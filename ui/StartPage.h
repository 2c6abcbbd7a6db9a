// The start page: what is in the catalog (counts), the changes waiting for review, what was
// opened recently, and buttons to import; an empty catalog offers importing and the demo as
// buttons rather than a command line.
#pragma once

#include "store/CatalogStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace meshdesk {

struct RecentItem
{
    QString kind; // product, contract
    QString key;
    QString name;
};

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    struct Figures
    {
        int domains = 0;
        int products = 0;
        int contracts = 0;
        int pending = 0;
    };
    void setCatalog(const QString &path, const Figures &figures,
                    const QList<ChangeRecord> &pendingChanges, const QList<RecentItem> &recent);
    void setError(const QString &error); // the catalog could not be opened
    bool isEmptyCatalog() const { return m_empty; }
    QString text() const; // what the page says (for tests and screen readers)

Q_SIGNALS:
    void importFilesRequested();
    void importFolderRequested();
    void demoRequested();
    void dashboardsRequested();
    void lineageRequested();
    void linkActivated(const QString &target); // "product:ID", "contract:ID", "review:N"

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QLabel *m_title = nullptr;
    QTextBrowser *m_body = nullptr;
    QPushButton *m_importFiles = nullptr;
    QPushButton *m_importFolder = nullptr;
    QPushButton *m_demo = nullptr;
    QPushButton *m_dashboards = nullptr;
    QPushButton *m_lineage = nullptr;
    QString m_path;
    QString m_error;
    Figures m_figures;
    QList<ChangeRecord> m_pending;
    QList<RecentItem> m_recent;
    bool m_empty = true;
};

} // namespace meshdesk
