// The catalog console shell: domain tree and search on the left, the selected product or
// contract (details, schema tree, verbatim source) on the right. Imports run off the GUI
// thread on their own store connection.
#pragma once

#include "StartPage.h"
#include "kafka/TopicLinks.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <atomic>
#include <memory>

#include "store/CatalogStore.h"

class QLineEdit;
class QSortFilterProxyModel;
class QListWidget;
class QTabWidget;
class QTextBrowser;
class QPlainTextEdit;
class QTreeView;
class QSplitter;
class QLabel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTimer;

namespace meshdesk {

namespace identity {
class Keyring;
}
namespace ledger {
class Ledger;
}
class KeychainVault;
class CatalogTreeModel;
class SchemaModel;
class ChangeListModel;
class SearchResultsModel;
class ReviewPage;
class GovernanceDashboard;
class CatalogDashboard;
class AddToMeshDialog;
struct ImportSummary;
namespace kafka {
struct ConnectionProfile;
}

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(const QString &dbPath, const QString &user, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool isCatalogOpen() const;
    CatalogTreeModel *treeModel() const { return m_treeModel; }
    SchemaModel *schemaModel() const { return m_schemaModel; }
    class SchemaPanel *schemaPanel() const { return m_schemaPanel; }
    void openEntity(const QString &kind, const QString &key);
    void importPaths(const QStringList &paths);
    void openReview(qint64 changeId);
    void showTab(int index); // of the product/contract page
    void openLineage(const QString &productId);
    // Kafka bootstrap servers to sample from (the demo broker's, else each server's host)
    void setKafkaBootstrap(const QString &bootstrap) { m_kafkaBootstrap = bootstrap; }
    // where the Kafka cluster answers the Admin API, when not at the bootstrap itself (the demo
    // broker's admin front: librdkafka's mock cluster has no CreateTopics)
    void setKafkaAdminBootstrap(const QString &bootstrap) { m_kafkaAdminBootstrap = bootstrap; }
    class SelfServeActions *selfServe() const { return m_selfServe; }
    class TopicView *topicView() const { return m_topicView; }
    class LineageView *lineageView() const { return m_lineage; }
    void openDashboard();
    void showDashboardTab(int index); // Catalog, Governance, Live data
    void refreshKafkaDashboard();     // samples each Kafka topic of the catalog, off the GUI thread
    // "Add to Mesh" for a topic of the profile's cluster: the dialog opens (window-modal over
    // parent, else this window) and starts sampling; what it publishes is imported like any file
    AddToMeshDialog *addToMesh(const kafka::ConnectionProfile &profile, const QString &password,
                               const QString &topic, const QString &domain,
                               QWidget *parent = nullptr);
    // "Remove from Mesh" for a product: the dialog opens (window-modal); what it proposes is
    // submitted as a proposal signed by the acting identity
    class RemoveFromMeshDialog *removeFromMesh(const QString &productId);
    // Switches the acting identity; needs its key (asks for the passphrase). False if refused.
    bool setActingUser(const QString &user);
    QString actingUser() const { return m_user; }
    identity::Keyring &keyring() const { return *m_keyring; }
    ledger::Ledger *ledger() const { return m_ledger.get(); }
    QString actingIdentityText() const; // what the status bar shows
    void openIdentities();
    // Team: the catalog's team log (TeamPanel in a dock; the sync on a thread of its own).
    class TeamPanel *teamPanel() const { return m_teamPanel; }
    void showTeam();
    void showHint(const QString &text); // an informational banner
    QString teamStatusText() const;
    // Opens another catalog file in this window (after joining a team log into a new one).
    void switchCatalog(const QString &dbPath);
    // Binds this catalog to a team log / joins one into a new file, off the GUI thread.
    void createTeam(const QString &bootstrap, const QString &topic);
    void joinTeam(const QString &bootstrap, const QString &topic, const QString &fingerprint,
                  const QString &newDbPath);
    ChangeListModel *changeModel() const { return m_changeModel; }
    ReviewPage *reviewPage() const { return m_review; }
    GovernanceDashboard *dashboard() const { return m_dashboard; }
    CatalogDashboard *catalogDashboard() const { return m_catalogDashboard; }
    QString bannerText() const;
    StartPage *startPage() const { return m_start; }
    void showStartPage();
    class SourceView *sourceView() const { return m_source; }
    QString entityBannerText() const; // "a change is waiting for review" above a page
    // "product:ID", "contract:ID", "review:N", "lineage:ID", "live:CONTRACT"
    void openLink(const QString &target);
    SearchResultsModel *searchModel() const { return m_searchModel; }
    const ImportSummary *lastImport() const { return m_lastImport.get(); }

Q_SIGNALS:
    void importFinished();
    void dashboardUpdated();
    void kafkaDashboardUpdated();
    void auditVerified(bool intact);
    void teamSynced(); // a sync round applied or set aside something
    void teamBound(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void reload();
    void runSearch(const QString &text);
    void suggestSearches(); // for a search that found nothing
    void openSearchHit(const QModelIndex &index);
    void showImportResult(const ImportSummary &summary);
    void reloadChanges();
    void decide(qint64 changeId, bool approve, const QString &comment);
    void showBanner(const QString &text, bool error);
    void verifyAuditInBackground(bool onOpen);
    void updateIdentityButton();
    void startTeamSync();
    void stopTeamSync();
    void teamProgressed();
    void showEntity(const QString &kind, const QString &key);
    void navigate(int step);
    void refreshDashboards();
    void loadSource();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void showPendingBanner(const QString &kind, const QString &key);
    QList<RecentItem> loadRecent() const;
    void rememberRecent(const QString &kind, const QString &key, const QString &name);
    struct TreeState
    {
        bool initial = true; // nothing shown yet: domains open, products closed
        QSet<QString> expanded;
        QString current;
    };
    QString treeNodeId(const QModelIndex &index) const;
    TreeState saveTreeState() const;
    void restoreTreeState(const TreeState &state);

    std::unique_ptr<CatalogStore> m_store;
    std::unique_ptr<KeychainVault> m_vault;
    std::unique_ptr<identity::Keyring> m_keyring;
    std::unique_ptr<ledger::Ledger> m_ledger;
    QString m_dbPath;
    QString m_user;
    CatalogTreeModel *m_treeModel = nullptr;
    SchemaModel *m_schemaModel = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_searchNote = nullptr;
    QTimer *m_suggestTimer = nullptr;
    int m_searchLimit = 40;
    SearchResultsModel *m_searchModel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    class SchemaPanel *m_schemaPanel = nullptr;
    QTreeView *m_schemaView = nullptr;
    QSortFilterProxyModel *m_schemaProxy = nullptr;
    QLineEdit *m_schemaFilter = nullptr;
    class SourceView *m_source = nullptr;
    StartPage *m_start = nullptr;
    QLabel *m_entityBanner = nullptr;
    QList<RecentItem> m_recent;
    StartPage::Figures m_figures;
    QList<ChangeRecord> m_pendingChanges;
    QList<ProductPorts> m_inputPorts;
    QString m_currentName;
    bool m_restoringTree = false;
    QSplitter *m_splitter = nullptr;
    QLabel *m_banner = nullptr;
    bool m_bannerError = false;
    QTabWidget *m_leftTabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_entityPage = nullptr;
    ChangeListModel *m_changeModel = nullptr;
    QTableView *m_inbox = nullptr;
    ReviewPage *m_review = nullptr;
    GovernanceDashboard *m_dashboard = nullptr;
    class KafkaDashboard *m_kafkaDashboard = nullptr;
    int m_kafkaDashboardGeneration = 0;
    // the catalog's Kafka topics (every contract parsed to find them): read once per catalog
    // reload, not on every dashboard refresh or dialog
    std::optional<QList<kafka::TopicLink>> m_topicLinks;
    int m_catalogGeneration = 0; // counts reloads: a read that began before one is not cached
    CatalogDashboard *m_catalogDashboard = nullptr;
    QTabWidget *m_dashboards = nullptr;
    class LineageView *m_lineage = nullptr;
    bool m_lineageStale = true;
    class TopicView *m_topicView = nullptr;
    QString m_kafkaBootstrap;
    QString m_kafkaAdminBootstrap;
    class SelfServeActions *m_selfServe = nullptr;
    int m_dashboardGeneration = 0;
    QToolButton *m_userButton = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QToolButton *m_teamButton = nullptr; // the team log's state in the status bar
    class QDockWidget *m_teamDock = nullptr;
    class TeamPanel *m_teamPanel = nullptr;
    class QThread *m_syncThread = nullptr;
    QObject *m_sync = nullptr; // team::TeamSync, living on m_syncThread
    bool m_teamConnected = false;
    QString m_teamDetail;
    class QTimer *m_teamReload = nullptr;
    QList<QPair<QString, QString>> m_history; // opened (kind, key), for Alt+Left/Right
    int m_historyPos = -1;
    QString m_currentKind;
    QString m_currentKey;
    QList<ProductPorts> m_outputPorts;
    QHash<QString, QString> m_productNames;
    std::unique_ptr<ImportSummary> m_lastImport;
    QString m_pendingSource;
    bool m_sourceLoaded = false;
    QFutureWatcher<ImportSummary> *m_importWatcher = nullptr;
    std::atomic_bool m_cancelImport{false};
};

} // namespace meshdesk
