#include "MainWindow.h"

#include "AuditLogDialog.h"
#include "AddToMeshDialog.h"
#include "RemoveFromMeshDialog.h"
#include "IdentityDialog.h"
#include "KeychainVault.h"
#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "TeamPanel.h"
#include "team/TeamSync.h"

#include "CatalogDashboard.h"
#include "CatalogIconProxy.h"
#include "EntityHtml.h"
#include "GovernanceDashboard.h"
#include "HelpDialogs.h"
#include "ImportResultDialog.h"
#include "KafkaConnectionsDialog.h"
#include "KafkaDashboard.h"
#include "LineageView.h"
#include "LooksProxies.h"
#include "Palette.h"
#include "PoliciesDialog.h"
#include "ReviewPage.h"
#include "SchemaPanel.h"
#include "SearchHitDelegate.h"
#include "SelfServeActions.h"
#include "SettingsDialog.h"
#include "SourceView.h"
#include "StartPage.h"
#include "TopicMeshBrowser.h"
#include "TopicView.h"
#include "catalog/CatalogStats.h"
#include "catalog/DisplayText.h"
#include "governance/Evidence.h"
#include "governance/GovernanceStats.h"
#include "governance/Review.h"
#include "itemmodels/ChangeListModel.h"
#include "itemmodels/SearchResultsModel.h"
#include "kafka/Connection.h"
#include "kafka/TopicLinks.h"
#include "lineage/MeshLoader.h"

#include "core/Names.h"
#include "itemmodels/CatalogTreeModel.h"
#include "itemmodels/SchemaModel.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QThread>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressDialog>
#include <QSettings>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace meshdesk {

MainWindow::MainWindow(const QString &dbPath, const QString &user, QWidget *parent)
    : QMainWindow(parent), m_store(std::make_unique<CatalogStore>()),
      m_vault(std::make_unique<KeychainVault>()), m_dbPath(dbPath), m_user(user)
{
    // Keys are unlocked on the GUI thread (a passphrase dialog), once per session.
    m_keyring = std::make_unique<identity::Keyring>(
        identity::KeyStore(),
        [this](const QString &name, bool) -> std::optional<QByteArray> {
            if (qEnvironmentVariableIsSet("MESHDESK_NO_DIALOGS"))
                return std::nullopt;
            bool ok = false;
            const QString p = QInputDialog::getText(
                this, tr("Unlock %1's key").arg(name),
                tr("Passphrase for the private key of %1:").arg(name), QLineEdit::Password, {},
                &ok);
            return ok ? std::optional(p.toUtf8()) : std::nullopt;
        },
        m_vault.get());
    setWindowTitle(tr("MeshDesk"));
    setAcceptDrops(true);
    buildUi();
    QString error;
    StoreOptions options;
    options.user = user;
    options.mode = StoreOptions::Mode::Browse; // a catalog the user may only read is browsed
    if (!m_store->open(dbPath, options, &error)) {
        statusBar()->showMessage(error);
        m_start->setError(error);
    }
    m_ledger = std::make_unique<ledger::Ledger>(*m_store, m_keyring.get());
    if (m_store->isOpen() && !m_ledger->load(&error))
        showBanner(error, true);
    m_ledger->setQueuedCallback([this] {
        if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
            sync->wake();
    });
    updateIdentityButton();
    startTeamSync();
    m_recent = loadRecent();
    reload();
    reloadChanges();
    showStartPage(); // what is in the catalog, what waits for review; or how to fill it
    if (m_store->isReadOnly()) {
        auto *label = new QLabel(tr("read-only"));
        label->setObjectName(QStringLiteral("readOnly"));
        statusBar()->insertPermanentWidget(0, label);
        showBanner(tr("This catalog is read-only for you (%1): you can browse and search it; "
                      "importing and deciding are off.")
                       .arg(dbPath),
                   false);
    }
    verifyAuditInBackground(true);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray());
    // a size saved on a larger screen is not kept on a smaller one (Qt restores it as saved:
    // at 1024x700 a window saved 1400 px wide hid its right part)
    if (const QScreen *s = QGuiApplication::primaryScreen()) {
        const QSize room = s->availableGeometry().size() - QSize(16, 40);
        if (width() > room.width() || height() > room.height()) {
            resize(size().boundedTo(room));
            move(s->availableGeometry().topLeft());
        }
    }
    m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
}

MainWindow::~MainWindow()
{
    stopTeamSync();
    if (m_importWatcher) {
        m_cancelImport = true;
        m_importWatcher->waitForFinished();
    }
}

bool MainWindow::isCatalogOpen() const
{
    return m_store->isOpen();
}

void MainWindow::buildUi()
{
    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("Import &files…"), QKeySequence::Open, this,
                        &MainWindow::chooseFilesToImport);
    fileMenu->addAction(tr("Import f&older…"), QKeySequence(tr("Ctrl+Shift+O")), this,
                        &MainWindow::chooseFolderToImport);
    m_selfServe = new SelfServeActions(
        {[this]() -> ledger::Ledger & { return *m_ledger; }, [this] { return m_user; },
         [this] { return m_kafkaBootstrap; }, [this] { return m_kafkaAdminBootstrap; },
         [this] {
             return m_schemaView->currentIndex().data(SchemaModel::PathRole).toString();
         },
         [this](qint64 changeId, const QString &message) {
             if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
                 sync->wake(); // a team catalog: publish the queued act
             reload();
             reloadChanges();
             if (changeId > 0)
                 openReview(changeId);
             showBanner(message, false);
         },
         [this](const QString &productId, const QString &message) {
             if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
                 sync->wake();
             reload();
             reloadChanges();
             openEntity(QStringLiteral("product"), productId);
             showBanner(message, false);
         },
         [this](const QString &message, bool error) { showBanner(message, error); },
         [this](const QString &id) { openEntity(QStringLiteral("product"), id); },
         [this](const QString &id) { removeFromMesh(id); }},
        this);
    fileMenu->addAction(m_selfServe->exportAction());
    fileMenu->addSeparator();
    // Ctrl+, where the platform names no Preferences key (X11 does not): the README's promise
    const QList<QKeySequence> preferences = QKeySequence::keyBindings(QKeySequence::Preferences);
    fileMenu->addAction(tr("&Settings…"),
                        preferences.isEmpty() ? QKeySequence(tr("Ctrl+,")) : preferences.front(),
                        this, [this] {
                            SettingsDialog dialog(m_user, this);
                            if (dialog.exec() == QDialog::Accepted && !dialog.user().isEmpty() &&
                                dialog.user() != m_user && !setActingUser(dialog.user()))
                                QSettings().setValue(QStringLiteral("identity"), m_user);
                        });
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    auto *goMenu = menuBar()->addMenu(tr("&Go"));
    goMenu->addAction(tr("S&tart page"), QKeySequence(tr("Alt+Home")), this,
                      &MainWindow::showStartPage);
    goMenu->addAction(tr("&Back"), QKeySequence::Back, this, [this] { navigate(-1); });
    goMenu->addAction(tr("&Forward"), QKeySequence::Forward, this, [this] { navigate(+1); });
    goMenu->addAction(tr("&Lineage"), QKeySequence(tr("Ctrl+L")), this, [this] {
        QString product = m_currentKind == QLatin1String("product") ? m_currentKey : QString();
        if (product.isEmpty())
            for (const ProductPorts &p : std::as_const(m_outputPorts))
                if (p.contractId == m_currentKey)
                    product = p.productKey;
        openLineage(product);
    });
    goMenu->addAction(tr("&Search"), QKeySequence(tr("Ctrl+K")), this, [this] {
        m_leftTabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    // the tabs of a product or contract page, from the keyboard
    goMenu->addSeparator();
    const QStringList pageTabs{tr("&Overview"), tr("S&chema"), tr("&View source"),
                               tr("Live &messages")};
    for (int i = 0; i < pageTabs.size(); ++i)
        goMenu->addAction(pageTabs[i], QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this,
                          [this, i] {
                              if (m_pages->currentWidget() != m_entityPage)
                                  return;
                              showTab(i);
                              // the keyboard goes on in that tab
                              if (m_tabs->currentIndex() == 2)
                                  m_source->editor()->setFocus();
                              else if (QWidget *w = m_tabs->currentWidget())
                                  w->setFocus();
                          });
    // (G&overnance: Alt+G is the Go menu's)
    auto *meshMenu = menuBar()->addMenu(tr("&Mesh"));
    meshMenu->addAction(m_selfServe->createAction());
    meshMenu->addSeparator();
    meshMenu->addAction(m_selfServe->editAction());
    meshMenu->addAction(m_selfServe->editFieldAction());
    meshMenu->addAction(m_selfServe->exportAction());
    meshMenu->addAction(m_selfServe->removeAction());
    auto *govMenu = menuBar()->addMenu(tr("G&overnance"));
    govMenu->addAction(tr("&Inbox"), QKeySequence(tr("Ctrl+I")), this, [this] {
        m_leftTabs->setCurrentIndex(1);
        m_inbox->setFocus();
    });
    govMenu->addAction(tr("&Dashboards"), QKeySequence(tr("Ctrl+Shift+D")), this,
                       &MainWindow::openDashboard);
    govMenu->addAction(tr("&Verify audit log"), this, [this] { verifyAuditInBackground(false); });
    govMenu->addAction(tr("&Audit log…"), this, [this] {
        AuditLogDialog dialog(*m_store, this);
        dialog.exec();
    });
    govMenu->addAction(tr("Export evidence for a &period…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the audit log to"));
        if (dir.isEmpty())
            return;
        const governance::EvidencePack pack =
            governance::buildEvidence(*m_ledger, 0, {}, {}, m_user);
        QString error;
        if (!pack.error.isEmpty() || !governance::writeEvidence(pack, dir, &error))
            showBanner(pack.error.isEmpty() ? error : pack.error, true);
        else
            showBanner(tr("Evidence written to %1").arg(dir), false);
    });
    govMenu->addAction(tr("&Remove from Mesh…"), this, [this] {
        QString product = m_currentKind == QLatin1String("product") ? m_currentKey : QString();
        if (product.isEmpty())
            for (const ProductPorts &p : std::as_const(m_outputPorts))
                if (p.contractId == m_currentKey)
                    product = p.productKey;
        if (product.isEmpty())
            showBanner(tr("Open the data product to remove from the mesh first."), true);
        else
            removeFromMesh(product);
    });
    govMenu->addAction(tr("&Policies…"), this, [this] {
        PoliciesDialog dialog(*m_ledger, m_user, this);
        if (dialog.exec() == QDialog::Accepted && m_pages->currentWidget() == m_review)
            openReview(m_review->review().change.id);
    });
    govMenu->addSeparator();
    govMenu->addAction(tr("&Kafka connections…"), this, [this] {
        KafkaConnectionsDialog dialog(this);
        if (!m_kafkaBootstrap.isEmpty()) {
            dialog.setCurrent({tr("demo broker"),
                               m_kafkaBootstrap,
                               QStringLiteral("PLAINTEXT"),
                               QStringLiteral("PLAIN"),
                               {},
                               {}});
            // the demo broker's topics at once (it runs in this process)
            QTimer::singleShot(0, &dialog, &KafkaConnectionsDialog::testConnection);
        }
        try { // a domain a naming rule finds is the catalog's, or a new one
            QStringList domains;
            for (const DomainSummary &d : m_store->domains())
                domains << d.name;
            dialog.meshBrowser()->setDomains(domains);
        } catch (const StoreError &) {
        }
        // the topics' products, read off the GUI thread (every contract is parsed)
        if (m_topicLinks) {
            dialog.setTopicLinks(*m_topicLinks);
        } else {
            auto *watcher = new QFutureWatcher<QList<kafka::TopicLink>>(&dialog);
            connect(watcher, &QFutureWatcher<QList<kafka::TopicLink>>::finished, &dialog,
                    [this, watcher, &dialog, catalog = m_catalogGeneration] {
                        if (catalog == m_catalogGeneration) // not read before a reload
                            m_topicLinks = watcher->result();
                        dialog.setTopicLinks(watcher->result());
                    });
            const QString db = m_dbPath;
            watcher->setFuture(QtConcurrent::run([db] { return kafka::kafkaTopics(db); }));
        }
        connect(&dialog, &KafkaConnectionsDialog::entityActivated, this,
                [this, &dialog](const QString &kind, const QString &key) {
                    dialog.accept();
                    openEntity(kind, key);
                });
        // Add to Mesh: the draft's dialog over this one; once published, both close and the
        // documents are imported
        connect(&dialog, &KafkaConnectionsDialog::addToMeshRequested, this,
                [this, &dialog](const QString &topic, const QString &domain) {
                    AddToMeshDialog *add = addToMesh(dialog.currentProfile(), dialog.password(),
                                                     topic, domain, &dialog);
                    connect(add, &AddToMeshDialog::published, &dialog, &QDialog::accept);
                });
        dialog.exec(); // closed early: the watcher goes with the dialog, the job just finishes
    });
    govMenu->addAction(tr("&Identities and members…"), QKeySequence(tr("Ctrl+U")), this,
                       &MainWindow::openIdentities);
    govMenu->addAction(tr("&Team…"), QKeySequence(tr("Ctrl+Shift+T")), this, &MainWindow::showTeam);
    auto *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(tr("&Documentation"), QKeySequence::HelpContents, this, [this] {
        DocumentationDialog dialog(QStringLiteral(":/doc/README.md"), this);
        dialog.exec();
    });
    helpMenu->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About MeshDesk"), this,
                        [this] { QMessageBox::about(this, tr("About MeshDesk"), aboutText()); });
    helpMenu->addAction(tr("About &Qt"), this, [this] { QMessageBox::aboutQt(this); });

    m_treeModel = new CatalogTreeModel(this);
    m_treeModel->setObjectLoader([this](const QString &contract) {
        try {
            return m_store->objectNames(contract);
        } catch (const StoreError &) {
            return QStringList();
        }
    });
    m_schemaModel = new SchemaModel(this);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchField"));
    // shortcuts in texts are spelled as the menus spell them (Strg in German)
    m_search->setPlaceholderText(
        tr("Search products, contracts, fields (%1)")
            .arg(QKeySequence(tr("Ctrl+K")).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    // Down goes from the search field into its results (then Up/Down and Enter)
    auto *toResults = new QAction(m_search);
    toResults->setShortcut(QKeySequence(Qt::Key_Down));
    toResults->setShortcutContext(Qt::WidgetShortcut);
    connect(toResults, &QAction::triggered, this, [this] {
        if (!m_results->isVisible() || !m_searchModel->firstHit().isValid())
            return;
        m_results->setFocus();
        m_results->setCurrentIndex(m_searchModel->firstHit());
    });
    m_search->addAction(toResults);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcuts({QKeySequence::Find});
    connect(focusSearch, &QAction::triggered, this, [this] {
        // in View source it finds in the document; everywhere else it is the catalog search
        if (m_source->isVisible() && m_source->isAncestorOf(QApplication::focusWidget())) {
            m_source->showFind();
            return;
        }
        m_leftTabs->setCurrentIndex(0);
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
    m_searchModel = new SearchResultsModel(this);
    m_results = new QTreeView;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_searchModel);
    m_results->setHeaderHidden(true);
    m_results->setRootIsDecorated(false);
    m_results->setItemsExpandable(false);
    m_results->setItemDelegate(new SearchHitDelegate(m_results)); // two lines: hit and snippet
    m_results->hide();
    // "no results" (with what the user may have meant) and "first 40 of more: show all"
    m_searchNote = new QLabel;
    m_searchNote->setObjectName(QStringLiteral("searchNote"));
    m_searchNote->setWordWrap(true);
    m_searchNote->setTextFormat(Qt::RichText);
    m_searchNote->hide();
    connect(m_searchNote, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("all")) {
            m_searchLimit = 2000;
            runSearch(m_search->text());
        } else if (link.startsWith(QLatin1String("suggest:"))) {
            m_search->setText(link.mid(8)); // searches again
        }
    });
    m_suggestTimer = new QTimer(this);
    m_suggestTimer->setSingleShot(true);
    m_suggestTimer->setInterval(250); // only once typing pauses: the vocabulary is read whole
    connect(m_suggestTimer, &QTimer::timeout, this, &MainWindow::suggestSearches);
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    auto *proxy = new CatalogIconProxy(this);
    proxy->setSourceModel(m_treeModel);
    m_tree->setModel(proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::VersionColumn,
                                           QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CatalogTreeModel::StatusColumn,
                                           QHeaderView::ResizeToContents);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_searchNote);
    leftLayout->addWidget(m_results);
    leftLayout->addWidget(m_tree);

    m_changeModel = new ChangeListModel(this);
    m_inbox = new QTableView;
    m_inbox->setObjectName(QStringLiteral("inbox"));
    auto *changeLooks = new ChangeLooksProxy(this);
    changeLooks->setSourceModel(m_changeModel);
    m_inbox->setModel(changeLooks);
    m_inbox->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inbox->setSelectionMode(QAbstractItemView::SingleSelection);
    m_inbox->verticalHeader()->hide();
    m_inbox->horizontalHeader()->setSectionResizeMode(ChangeListModel::SubjectColumn,
                                                      QHeaderView::Stretch);
    m_inbox->setColumnHidden(ChangeListModel::CreatedColumn, true);
    // the short columns as wide as they need (headers included), the subject takes the rest
    for (int c : {int(ChangeListModel::IdColumn), int(ChangeListModel::VersionsColumn),
                  int(ChangeListModel::ProposerColumn), int(ChangeListModel::StatusColumn)})
        m_inbox->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_leftTabs = new QTabWidget;
    m_leftTabs->setObjectName(QStringLiteral("leftTabs"));
    m_leftTabs->addTab(left, tr("Catalog"));
    m_leftTabs->addTab(m_inbox, tr("Inbox"));

    m_tabs = new QTabWidget;
    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    connect(m_details, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { openLink(url.toString()); });
    m_schemaPanel = new SchemaPanel(m_schemaModel);
    m_schemaView = m_schemaPanel->view();
    m_schemaProxy = m_schemaPanel->proxy();
    m_schemaFilter = m_schemaPanel->filter();
    m_schemaView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copyPath = new QAction(tr("Copy field path"), m_schemaView);
    copyPath->setShortcut(QKeySequence::Copy);
    copyPath->setShortcutContext(Qt::WidgetShortcut);
    connect(copyPath, &QAction::triggered, this, [this] {
        const QString path = m_schemaView->currentIndex().data(SchemaModel::PathRole).toString();
        if (!path.isEmpty())
            QGuiApplication::clipboard()->setText(path);
    });
    m_schemaView->addAction(copyPath);
    m_schemaView->addAction(m_selfServe->editFieldAction());
    auto *schemaPage = m_schemaPanel;
    m_source = new SourceView;
    m_source->setObjectName(QStringLiteral("sourcePage"));
    m_tabs->addTab(m_details, tr("Overview"));
    m_tabs->addTab(schemaPage, tr("Schema"));
    m_tabs->addTab(m_source, tr("View source"));
    m_topicView = new TopicView;
    m_topicView->setObjectName(QStringLiteral("topicView"));
    m_tabs->addTab(m_topicView, tr("Live messages"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_source)
            loadSource();
        if (m_tabs->currentWidget() == m_topicView)
            m_topicView->start(); // sampling only while looked at
        else
            m_topicView->stop();
    });

    m_entityBanner = new QLabel;
    m_entityBanner->setObjectName(QStringLiteral("entityBanner"));
    m_entityBanner->setWordWrap(true);
    m_entityBanner->setTextFormat(Qt::RichText);
    connect(m_entityBanner, &QLabel::linkActivated, this, &MainWindow::openLink);
    m_entityBanner->hide();
    m_entityPage = new QWidget;
    auto *entityLayout = new QVBoxLayout(m_entityPage);
    entityLayout->setContentsMargins(0, 0, 0, 0);
    entityLayout->addWidget(m_entityBanner);
    entityLayout->addWidget(m_selfServe->pageBar());
    entityLayout->addWidget(m_tabs);
    m_start = new StartPage;
    m_start->setObjectName(QStringLiteral("startPage"));
    connect(m_start, &StartPage::importFilesRequested, this, &MainWindow::chooseFilesToImport);
    connect(m_start, &StartPage::importFolderRequested, this, &MainWindow::chooseFolderToImport);
    connect(m_start, &StartPage::dashboardsRequested, this, &MainWindow::openDashboard);
    connect(m_start, &StartPage::lineageRequested, this, [this] { openLineage({}); });
    connect(m_start, &StartPage::linkActivated, this, &MainWindow::openLink);
    connect(m_start, &StartPage::demoRequested, this, [this] {
        // the demo opens in a window of its own, on a temporary database: this catalog is
        // never touched
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--demo")}))
            showBanner(tr("The demo could not be started."), true);
    });
    m_review = new ReviewPage;
    m_review->setObjectName(QStringLiteral("reviewPage"));
    m_dashboard = new GovernanceDashboard;
    m_dashboard->setObjectName(QStringLiteral("dashboard"));
    m_catalogDashboard = new CatalogDashboard;
    m_catalogDashboard->setObjectName(QStringLiteral("catalogDashboard"));
    m_dashboards = new QTabWidget;
    m_dashboards->addTab(m_catalogDashboard, tr("Catalog"));
    m_dashboards->addTab(m_dashboard, tr("Governance"));
    m_kafkaDashboard = new KafkaDashboard;
    m_kafkaDashboard->setObjectName(QStringLiteral("kafkaDashboard"));
    m_dashboards->addTab(m_kafkaDashboard, tr("Live data"));
    connect(m_kafkaDashboard, &KafkaDashboard::refreshRequested, this,
            &MainWindow::refreshKafkaDashboard);
    connect(m_dashboards, &QTabWidget::currentChanged, this, [this] {
        if (m_dashboards->currentWidget() == m_kafkaDashboard)
            refreshKafkaDashboard();
    });
    // live data stays live while looked at: measured again every 10 s
    auto *kafkaRefresh = new QTimer(this);
    kafkaRefresh->setInterval(10000);
    connect(kafkaRefresh, &QTimer::timeout, this, [this] {
        if (isVisible() && m_pages->currentWidget() == m_dashboards &&
            m_dashboards->currentWidget() == m_kafkaDashboard)
            refreshKafkaDashboard();
    });
    kafkaRefresh->start();
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_entityPage);
    m_pages->addWidget(m_review);
    m_pages->addWidget(m_dashboards);
    m_lineage = new LineageView;
    m_lineage->setObjectName(QStringLiteral("lineage"));
    m_pages->addWidget(m_lineage);
    connect(m_lineage, &LineageView::productActivated, this,
            [this](const QString &id) { openEntity(QStringLiteral("product"), id); });
    m_lineage->setFieldLineageProvider([this](const QString &productId) {
        QList<lineage::FieldLineage> rows;
        try {
            for (const ProductPorts &p : std::as_const(m_outputPorts))
                if (p.productKey == productId)
                    if (const auto v =
                            m_store->currentVersion(QStringLiteral("contract"), p.contractId))
                        if (const auto doc = m_store->document(*v))
                            rows += lineage::fieldLineage(doc->contract);
        } catch (const StoreError &) {
        }
        return rows;
    });
    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->hide();
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);

    m_splitter = new QSplitter;
    m_splitter->addWidget(m_leftTabs);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(0, 1); // both sides give way on a small screen
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({420, 980});
    m_splitter->setChildrenCollapsible(false);
    m_leftTabs->setMinimumWidth(220);
    right->setMinimumWidth(400);
    setCentralWidget(m_splitter);
    // 1400x900 where the screen has room; never larger than the screen (at 1024x700 the
    // window's right part, the lineage toolbar and the Fit button among it, was off screen)
    QSize size(1400, 900);
    if (const QScreen *s = QGuiApplication::primaryScreen())
        size = size.boundedTo(s->availableGeometry().size() - QSize(16, 40));
    resize(size);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_restoringTree)
                    return; // the same item again after a reload: nothing to open
                const QString kind = current.data(CatalogTreeModel::KindRole).toString();
                const QString key = current.data(CatalogTreeModel::KeyRole).toString();
                if (kind == QLatin1String("product")) {
                    openEntity(kind, key);
                } else if (kind == QLatin1String("contract") || kind == QLatin1String("port")) {
                    openEntity(QStringLiteral("contract"), key);
                } else if (kind == QLatin1String("object")) {
                    openEntity(QStringLiteral("contract"), key);
                    m_tabs->setCurrentIndex(1);
                    const QModelIndex o = m_schemaProxy->mapFromSource(m_schemaModel->indexOfPath(
                        current.data(CatalogTreeModel::ObjectRole).toString()));
                    m_schemaView->setCurrentIndex(o);
                    m_schemaView->expand(o);
                }
            });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_searchLimit = 40; // a new search shows its first hits
        runSearch(text);
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        const QModelIndex current = m_results->currentIndex();
        openSearchHit(current.isValid() && !current.data(SearchResultsModel::IsGroupRole).toBool()
                          ? current
                          : m_searchModel->firstHit());
    });
    connect(m_results, &QTreeView::activated, this, &MainWindow::openSearchHit);
    connect(m_results, &QTreeView::clicked, this, &MainWindow::openSearchHit);
    connect(m_inbox->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openReview(current.data(ChangeListModel::ChangeIdRole).toLongLong());
            });
    connect(m_review, &ReviewPage::decisionRequested, this, &MainWindow::decide);
    connect(m_review, &ReviewPage::fieldActivated, this,
            [this](const QString &kind, const QString &key, const QString &path) {
                openEntity(kind, key);
                m_tabs->setCurrentIndex(1);
                m_schemaFilter->clear();
                const QModelIndex idx =
                    m_schemaProxy->mapFromSource(m_schemaModel->indexOfPath(path));
                if (idx.isValid()) {
                    m_schemaView->setCurrentIndex(idx);
                    m_schemaView->scrollTo(idx);
                }
            });
    connect(m_review, &ReviewPage::productActivated, this,
            [this](const QString &id) { openEntity(QStringLiteral("product"), id); });
    connect(m_review, &ReviewPage::lineageRequested, this,
            [this](const QString &kind, const QString &key) {
                QString product = kind == QLatin1String("product") ? key : QString();
                for (const ProductPorts &p : std::as_const(m_outputPorts))
                    if (product.isEmpty() && p.contractId == key)
                        product = p.productKey;
                openLineage(product);
            });
    connect(m_review, &ReviewPage::exportRequested, this, [this](qint64 id) {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export the evidence pack to"));
        if (dir.isEmpty())
            return;
        const governance::EvidencePack pack =
            governance::buildEvidence(*m_ledger, id, {}, {}, m_user);
        QString error;
        if (!pack.error.isEmpty() || !governance::writeEvidence(pack, dir, &error))
            showBanner(pack.error.isEmpty() ? error : pack.error, true);
        else
            showBanner(tr("Evidence pack of change #%1 written to %2").arg(id).arg(dir), false);
    });
    // The acting identity and its key fingerprint, visible at all times; a click opens the
    // identities (switching needs the other identity's key).
    m_userButton = new QToolButton;
    m_userButton->setObjectName(QStringLiteral("actingUser"));
    m_userButton->setAutoRaise(true);
    connect(m_userButton, &QToolButton::clicked, this, &MainWindow::openIdentities);
    m_catalogLabel = new QLabel(tr("Catalog: %1").arg(m_dbPath));
    statusBar()->addPermanentWidget(m_catalogLabel);
    m_teamButton = new QToolButton;
    m_teamButton->setObjectName(QStringLiteral("teamState"));
    m_teamButton->setAutoRaise(true);
    m_teamButton->hide();
    connect(m_teamButton, &QToolButton::clicked, this, &MainWindow::showTeam);
    statusBar()->addPermanentWidget(m_teamButton);
    statusBar()->addPermanentWidget(m_userButton);
    // the team panel: a dock, opened from Governance > Team or the status bar
    m_teamPanel = new TeamPanel;
    m_teamDock = new QDockWidget(tr("Team"), this);
    m_teamDock->setObjectName(QStringLiteral("teamDock"));
    m_teamDock->setWidget(m_teamPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_teamDock);
    m_teamDock->hide();
    connect(m_teamPanel, &TeamPanel::admitRequested, this,
            [this](const QString &name, const QString &key) {
                const ledger::ActResult r = m_ledger->admit(m_user, name, key);
                showBanner(r.ok ? tr("The admission of %1 is signed and queued for the team "
                                     "log.")
                                      .arg(name)
                                : r.error,
                           !r.ok);
                m_teamPanel->refresh(m_ledger.get(), m_user);
            });
    auto teamForm = [this](bool joining) {
        QDialog d(this);
        d.setWindowTitle(joining ? tr("Join a team log") : tr("Create a team log"));
        auto *bootstrap = new QLineEdit(m_kafkaBootstrap);
        bootstrap->setObjectName(QStringLiteral("teamBootstrap"));
        auto *topic = new QLineEdit(QStringLiteral("meshdesk.team"));
        auto *fingerprint = new QLineEdit;
        fingerprint->setPlaceholderText(QStringLiteral("SHA256:…"));
        auto *file = new QLineEdit(QFileInfo(m_dbPath).absolutePath() +
                                   QStringLiteral("/team-catalog.sqlite"));
        auto *form = new QFormLayout;
        form->addRow(tr("Kafka bootstrap servers:"), bootstrap);
        form->addRow(tr("Topic:"), topic);
        if (joining) {
            form->addRow(tr("Trust root fingerprint:"), fingerprint);
            form->addRow(tr("New catalog file:"), file);
        }
        auto *note = new QLabel(
            joining ? tr("Ask the catalog's creator for the trust root fingerprint and compare it "
                         "by phone or chat. The team's catalog is read into a new file; an admin "
                         "then admits your key.")
                    : tr("This catalog's history is published to the topic (created with one "
                         "partition and infinite retention if it does not exist; it must be "
                         "empty). Give joiners the trust root fingerprint."));
        note->setWordWrap(true);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
        auto *l = new QVBoxLayout(&d);
        l->addWidget(note);
        l->addLayout(form);
        l->addWidget(buttons);
        d.resize(620, 260);
        if (d.exec() != QDialog::Accepted)
            return;
        if (joining)
            joinTeam(bootstrap->text().trimmed(), topic->text().trimmed(),
                     fingerprint->text().trimmed(), file->text().trimmed());
        else
            createTeam(bootstrap->text().trimmed(), topic->text().trimmed());
    };
    connect(m_teamPanel, &TeamPanel::createRequested, this, [teamForm] { teamForm(false); });
    connect(m_teamPanel, &TeamPanel::joinRequested, this, [teamForm] { teamForm(true); });
    m_teamReload = new QTimer(this);
    m_teamReload->setSingleShot(true);
    m_teamReload->setInterval(150); // a burst of rounds reloads once
    connect(m_teamReload, &QTimer::timeout, this, &MainWindow::teamProgressed);
}

void MainWindow::reload()
{
    if (!m_store->isOpen())
        return;
    try {
        QList<EntitySummary> all = m_store->entities(QStringLiteral("product"));
        all += m_store->entities(QStringLiteral("contract"));
        m_outputPorts = m_store->currentOutputPorts();
        m_topicLinks.reset(); // read again when next needed
        ++m_catalogGeneration;
        m_productNames.clear();
        for (const EntitySummary &e : std::as_const(all))
            if (e.kind == QLatin1String("product"))
                m_productNames.insert(e.key, e.name);
        m_inputPorts = m_store->currentInputPorts();
        const QList<DomainSummary> domains = m_store->domains();
        m_figures = {};
        for (const DomainSummary &d : domains)
            m_figures.domains += !d.name.isEmpty();
        for (const EntitySummary &e : std::as_const(all))
            (e.kind == QLatin1String("product") ? m_figures.products : m_figures.contracts)++;
        // what was open stays open (a decision or an import reloads the whole tree)
        const TreeState state = saveTreeState();
        m_treeModel->setCatalog(domains, all, m_outputPorts);
        m_lineageStale = true;
        restoreTreeState(state);
    } catch (const StoreError &e) {
        statusBar()->showMessage(e.message);
    }
}

void MainWindow::runSearch(const QString &text)
{
    m_suggestTimer->stop();
    m_results->setVisible(!text.trimmed().isEmpty());
    m_searchNote->hide();
    m_searchNote->clear();
    if (text.trimmed().isEmpty() || !m_store->isOpen()) {
        m_searchModel->setHits({});
        return;
    }
    try {
        const QList<SearchHit> hits = m_store->search(text, m_searchLimit);
        m_searchModel->setHits(hits, text);
        m_results->expandAll();
        const QString quoted = text.trimmed().toHtmlEscaped();
        if (hits.isEmpty()) {
            m_results->hide();
            m_searchNote->setText(tr("No results for “%1”.").arg(quoted));
            m_searchNote->show();
            m_suggestTimer->start();
        } else if (hits.size() >= m_searchLimit) { // capped: say so, and offer the rest
            m_searchNote->setText(m_searchLimit < 2000
                                      ? tr("The first %1 hits. <a href='all'>Show all</a>")
                                            .arg(QLocale().toString(hits.size()))
                                      : tr("The first %1 hits; refine the search to see others.")
                                            .arg(QLocale().toString(hits.size())));
            m_searchNote->show();
        }
    } catch (const StoreError &e) {
        showBanner(e.message, true);
    }
}

void MainWindow::suggestSearches()
{
    if (!m_store->isOpen() || m_search->text().trimmed().isEmpty())
        return;
    try {
        const QStringList suggestions = m_store->suggestSearches(m_search->text(), 3);
        if (suggestions.isEmpty())
            return;
        QStringList links;
        for (const QString &s : suggestions)
            links << QStringLiteral("<a href='suggest:%1'>%2</a>")
                         .arg(s.toHtmlEscaped(), s.toHtmlEscaped());
        m_searchNote->setText(
            tr("No results for “%1”. Did you mean %2?")
                .arg(m_search->text().trimmed().toHtmlEscaped(), links.join(QStringLiteral(", "))));
    } catch (const StoreError &) {
    }
}

void MainWindow::openSearchHit(const QModelIndex &index)
{
    if (!index.isValid() || index.data(SearchResultsModel::IsGroupRole).toBool())
        return;
    const QString kind = index.data(SearchResultsModel::KindRole).toString();
    const QString ref = index.data(SearchResultsModel::RefRole).toString();
    if (kind == QLatin1String("product") || kind == QLatin1String("contract")) {
        openEntity(kind, ref);
    } else if (kind == QLatin1String("field") || kind == QLatin1String("object")) {
        openEntity(QStringLiteral("contract"), ref);
        m_tabs->setCurrentIndex(1);
        m_schemaFilter->clear();
        const QModelIndex idx = m_schemaProxy->mapFromSource(
            m_schemaModel->indexOfPath(index.data(SearchResultsModel::PathRole).toString()));
        if (idx.isValid()) {
            m_schemaView->setCurrentIndex(idx);
            m_schemaView->scrollTo(idx);
        }
    } else if (kind == QLatin1String("domain")) {
        const QModelIndex d = static_cast<QIdentityProxyModel *>(m_tree->model())
                                  ->mapFromSource(m_treeModel->findDomain(ref));
        m_tree->setCurrentIndex(d);
        m_tree->expand(d);
    }
}

void MainWindow::openEntity(const QString &kind, const QString &key)
{
    showEntity(kind, key);
    if (m_currentKind == kind && m_currentKey == key)
        rememberRecent(kind, key, m_currentName);
    // back/forward: drop what was ahead of the current place, then record this one
    const QPair<QString, QString> here{kind, key};
    if (m_historyPos >= 0 && m_historyPos < m_history.size() && m_history[m_historyPos] == here)
        return;
    m_history.resize(m_historyPos + 1);
    m_history.append(here);
    m_historyPos = int(m_history.size()) - 1;
}

void MainWindow::loadSource()
{
    if (m_sourceLoaded)
        return;
    m_sourceLoaded = true;
    m_source->setText(m_pendingSource);
}

void MainWindow::openLineage(const QString &productId)
{
    if (m_lineageStale) {
        try {
            m_lineage->setGraph(lineage::loadGraph(*m_store));
            m_lineageStale = false;
        } catch (const StoreError &e) {
            showBanner(e.message, true);
            return;
        }
    }
    m_pages->setCurrentWidget(m_lineage);
    if (productId.isEmpty())
        m_lineage->showWholeMesh();
    else
        m_lineage->focusProduct(productId);
}

void MainWindow::showTab(int index)
{
    if (m_tabs->isTabEnabled(index))
        m_tabs->setCurrentIndex(index);
}

void MainWindow::navigate(int step)
{
    const int pos = m_historyPos + step;
    if (pos < 0 || pos >= m_history.size())
        return;
    m_historyPos = pos;
    showEntity(m_history[pos].first, m_history[pos].second);
}

void MainWindow::showEntity(const QString &kind, const QString &key)
{
    std::optional<VersionRecord> v;
    std::optional<ImportedDocument> doc;
    PageContext ctx;
    try {
        v = m_store->currentVersion(kind, key);
        if (!v) {
            showBanner(tr("There is no %1 '%2' in this catalog.").arg(kind, key), true);
            return;
        }
        doc = m_store->document(*v);
        if (!doc) {
            showBanner(tr("The stored source of %1 '%2' no longer parses.").arg(kind, key), true);
            return;
        }
        for (const ProductPorts &p : m_outputPorts)
            ctx.producerOf.insert(p.contractId, p.productKey);
        ctx.productNames = m_productNames;
        for (const ProductPorts &in : std::as_const(m_inputPorts))
            ctx.consumersOf[in.contractId] << in.productKey;
        ctx.history = m_store->history(kind, key);
        if (doc->kind == ImportedDocument::Kind::Product)
            for (const Port &port : doc->product.outputPorts)
                if (const auto cv =
                        m_store->currentVersion(QStringLiteral("contract"), port.contractId))
                    if (const auto cdoc = m_store->document(*cv))
                        ctx.outputContracts.insert(port.contractId, cdoc->contract);
    } catch (const StoreError &e) {
        showBanner(e.message, true);
        return;
    }
    if (doc->kind == ImportedDocument::Kind::Product) {
        m_details->setHtml(productPageHtml(doc->product, ctx));
        m_schemaModel->setContract({});
    } else {
        m_details->setHtml(contractPageHtml(doc->contract, ctx));
        m_schemaModel->setContract(doc->contract);
        m_schemaPanel->contractShown();
    }
    // The verbatim source is set (and highlighted) when its tab is shown: highlighting a
    // 10,000-field contract's 30,000 lines cost more than the rest of opening it.
    m_pendingSource = QString::fromUtf8(v->source);
    m_sourceLoaded = false;
    if (m_tabs->currentWidget() == m_source)
        loadSource();
    m_tabs->setTabEnabled(1, kind == QLatin1String("contract"));
    // "Live messages" for a contract published on Kafka
    bool onKafka = false;
    if (doc->kind == ImportedDocument::Kind::Contract) {
        const QList<kafka::ContractTopic> topics = kafka::contractTopics(doc->contract);
        if (!topics.isEmpty()) {
            const kafka::ContractTopic &t = topics.front();
            const QString bootstrap = !m_kafkaBootstrap.isEmpty() ? m_kafkaBootstrap
                                      : !t.host.isEmpty()         ? t.host
                                                          : QStringLiteral("127.0.0.1:9092");
            m_topicView->setSource(bootstrap, t.topic, t.schema);
            m_topicView->setValueFormat(t.format);
            onKafka = true;
        }
    }
    m_tabs->setTabEnabled(3, onKafka);
    if (!onKafka && m_tabs->currentIndex() == 3)
        m_tabs->setCurrentIndex(0);
    if (kind != QLatin1String("contract") && m_tabs->currentIndex() == 1)
        m_tabs->setCurrentIndex(0);
    // a product opens on its summary, not on whatever tab the previous page showed
    if (kind == QLatin1String("product"))
        m_tabs->setCurrentIndex(0);
    showPendingBanner(kind, key);
    m_pages->setCurrentWidget(m_entityPage);
    m_currentName =
        doc->kind == ImportedDocument::Kind::Product ? doc->product.name : doc->contract.name;
    m_currentKind = kind;
    m_currentKey = key;
    m_selfServe->setCurrent(kind, key);
    const QModelIndex idx = static_cast<QIdentityProxyModel *>(m_tree->model())
                                ->mapFromSource(m_treeModel->findEntity(kind, key));
    if (idx.isValid() && m_tree->currentIndex().data(CatalogTreeModel::KeyRole).toString() != key)
        m_tree->setCurrentIndex(idx);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (m_importWatcher)
        return; // one import at a time
    if (m_store->isReadOnly()) {
        showBanner(tr("This catalog is read-only for you: nothing can be imported into it."), true);
        return;
    }
    // every file is an act signed by the acting identity: its key first (here, on this thread)
    const identity::KeyStore::Unlocked unlocked = m_keyring->unlock(m_user);
    if (!unlocked.key) {
        if (!unlocked.cancelled)
            showBanner(tr("Importing is an act signed by the acting identity: %1").arg(unlocked.error),
                       true);
        return;
    }
    const QStringList files = collectImportFiles(paths);
    auto *progress =
        new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, int(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_cancelImport = false;
    connect(progress, &QProgressDialog::canceled, this, [this] { m_cancelImport = true; });
    m_importWatcher = new QFutureWatcher<ImportSummary>(this);
    connect(m_importWatcher, &QFutureWatcher<ImportSummary>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(m_importWatcher, &QFutureWatcher<ImportSummary>::finished, this, [this, progress] {
        progress->deleteLater();
        const ImportSummary summary = m_importWatcher->result();
        m_importWatcher->deleteLater();
        m_importWatcher = nullptr;
        m_ledger->load(); // the worker's acts
        if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
            sync->wake(); // a team catalog: publish what the worker queued
        reload();
        reloadChanges();
        if (m_pages->currentWidget() == m_dashboards)
            refreshDashboards();
        showImportResult(summary);
        Q_EMIT importFinished();
    });
    const QString db = m_dbPath;
    const QString user = m_user;
    identity::Keyring *keyring = m_keyring.get(); // unlocked above, on this thread
    m_importWatcher->setFuture(
        QtConcurrent::run([db, user, files, keyring, this](QPromise<ImportSummary> &promise) {
            // SQLite connections are per thread: the worker opens its own.
            CatalogStore store;
            QString error;
            ImportSummary summary;
            ledger::Ledger ledger(store, keyring);
            if (!store.open(db, {}, &error) || !ledger.load(&error)) {
                FileOutcome f;
                f.path = db;
                f.storeError = error;
                summary.files.push_back(f);
                summary.failedFiles = 1;
            } else {
                promise.setProgressRange(0, int(files.size()));
                team::attach(ledger, team::binding(store)); // a team catalog queues its acts
                summary = meshdesk::importPaths(
                    ledger, files, user,
                    [&](int done, int, const QString &) { promise.setProgressValue(done); },
                    &m_cancelImport);
            }
            promise.addResult(summary);
        }));
}

void MainWindow::showImportResult(const ImportSummary &s)
{
    m_lastImport = std::make_unique<ImportSummary>(s);
    statusBar()->showMessage(tr("Import: %n file(s) read, ", nullptr, int(s.files.size())) +
                                 tr("%n added, ", nullptr, s.added) +
                                 tr("%n pending change(s), ", nullptr, s.pending) +
                                 (s.queued ? tr("%n sent to the team log, ", nullptr, s.queued)
                                           : QString()) +
                                 tr("%n rejected", nullptr, s.failedFiles),
                             10000);
    if (qEnvironmentVariableIsSet("MESHDESK_NO_DIALOGS"))
        return;
    ImportResultDialog dialog(s, this);
    connect(&dialog, &ImportResultDialog::reviewRequested, this, &MainWindow::openReview);
    dialog.exec();
}

void MainWindow::reloadChanges()
{
    if (!m_store->isOpen())
        return;
    try {
        const QList<ChangeRecord> changes = m_store->changes();
        m_changeModel->setChanges(changes);
        const int pending = m_changeModel->pendingCount();
        m_pendingChanges.clear();
        for (const ChangeRecord &c : changes)
            if (c.status == QLatin1String("pending"))
                m_pendingChanges << c;
        m_figures.pending = int(m_pendingChanges.size());
        m_start->setCatalog(m_dbPath, m_figures, m_pendingChanges, m_recent);
        m_leftTabs->setTabText(1, pending ? tr("Inbox (%1)").arg(pending) : tr("Inbox"));
        m_inbox->resizeColumnToContents(ChangeListModel::IdColumn);
    } catch (const StoreError &e) {
        showBanner(e.message, true);
    }
}

void MainWindow::openReview(qint64 changeId)
{
    m_review->setReview(governance::buildReview(*m_store, changeId), m_user);
    m_review->setDecisionBlocked(m_ledger->whyCannotDecide(changeId, m_user));
    m_pages->setCurrentWidget(m_review);
}

void MainWindow::openDashboard()
{
    m_pages->setCurrentWidget(m_dashboards);
    m_dashboards->setFocus(); // Ctrl+Tab goes through its tabs
    refreshDashboards();
}

void MainWindow::showDashboardTab(int index)
{
    m_pages->setCurrentWidget(m_dashboards);
    m_dashboards->setCurrentIndex(index);
}

AddToMeshDialog *MainWindow::addToMesh(const kafka::ConnectionProfile &profile,
                                       const QString &password, const QString &topic,
                                       const QString &domain, QWidget *parent)
{
    AddToMeshDialog::Context context;
    context.profile = profile;
    context.password = password;
    context.topic = topic;
    context.domain = domain;
    context.user = m_user;
    try {
        for (const DomainSummary &d : m_store->domains())
            context.domains << d.name;
        // the policies as the signed acts have switched them (absent = enabled)
        for (const QString &id : governance::allPolicyIds())
            if (m_ledger->state().policies.value(id, true))
                context.enabledPolicies << id;
        context.contractIds = m_store->contractIds();
        for (const EntitySummary &e : m_store->entities(QStringLiteral("product")))
            context.productIds << e.key;
    } catch (const StoreError &e) {
        showBanner(e.message, true);
    }
    // publishing is a submit signed by the acting identity: its key must be here, and in a
    // catalog that has members, it must be one
    if (!m_keyring->holds(m_user))
        context.cannotAct = m_keyring->missingKeyMessage(m_user);
    else if (m_ledger->hasGenesis() && (!m_ledger->state().members.contains(m_user) ||
                                        !m_ledger->state().members.value(m_user).active))
        context.cannotAct =
            tr("%1 is not a member of this catalog: an admin admits their key first").arg(m_user);
    auto *dialog = new AddToMeshDialog(context, parent ? parent : this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddToMeshDialog::published, this, [this](const QStringList &files) {
        // after the dialogs have closed: the import shows its own progress and result
        QTimer::singleShot(0, this, [this, files] { importPaths(files); });
    });
    dialog->open();
    dialog->infer();
    return dialog;
}

RemoveFromMeshDialog *MainWindow::removeFromMesh(const QString &productId)
{
    auto *dialog = new RemoveFromMeshDialog(*m_store, productId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoveFromMeshDialog::proposed, this,
            [this](const governance::RemovalProposal &p) {
                // a proposal signed by the acting identity (its key first, on this thread)
                const identity::KeyStore::Unlocked unlocked = m_keyring->unlock(m_user);
                if (!unlocked.key) {
                    if (!unlocked.cancelled)
                        showBanner(tr("Proposing is an act signed by the acting identity: %1")
                                       .arg(unlocked.error),
                                   true);
                    return;
                }
                const ledger::ActResult r = m_ledger->submit(p.file, m_user);
                if (!r.ok) {
                    showBanner(r.error, true);
                    return;
                }
                if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
                    sync->wake(); // a team catalog: publish the queued act
                qint64 change = 0;
                for (const StoredDocument &d : r.stored.documents)
                    change = std::max(change, d.changeId);
                reload();
                reloadChanges();
                showBanner(r.queued ? tr("%1 → %2: proposed; it reaches the review once the team "
                                         "log has it")
                                          .arg(p.productId, p.toStatus)
                                    : tr("%1 → %2: proposed as change #%3 for review")
                                          .arg(p.productId, p.toStatus)
                                          .arg(change),
                           false);
            });
    dialog->open();
    return dialog;
}

void MainWindow::refreshKafkaDashboard()
{
    // each topic: the last 200 messages of every partition, checked against its contract; the
    // demo broker when running, else the bootstrap the contract's server names
    const int generation = ++m_kafkaDashboardGeneration;
    m_kafkaDashboard->setMeasuring(m_kafkaBootstrap.isEmpty() ? tr("the contracts' servers")
                                                              : m_kafkaBootstrap);
    struct Measured
    {
        QList<kafka::TopicLink> links;
        QList<kafka::TopicConformance> results;
    };
    auto *watcher = new QFutureWatcher<Measured>(this);
    connect(watcher, &QFutureWatcher<Measured>::finished, this,
            [this, watcher, generation, catalog = m_catalogGeneration] {
                watcher->deleteLater();
                if (generation != m_kafkaDashboardGeneration)
                    return; // stale
                const Measured m = watcher->result();
                if (catalog == m_catalogGeneration) // not read before a reload
                    m_topicLinks = m.links;
                m_kafkaDashboard->setResults(m.results);
                Q_EMIT kafkaDashboardUpdated();
            });
    const QString db = m_dbPath;
    const QString bootstrap = m_kafkaBootstrap;
    // servers with a saved profile are read with its security (the password as known this
    // session: from the keychain once the profile was used, never asked for in the background)
    QHash<QString, kafka::KafkaConfig> securityOf;
    for (const kafka::ConnectionProfile &p : kafka::loadProfiles())
        securityOf.insert(
            p.bootstrap,
            kafka::securityConfig(p, KafkaConnectionsDialog::sessionPasswords().value(p.name)));
    watcher->setFuture(QtConcurrent::run([db, bootstrap, securityOf, cached = m_topicLinks] {
        Measured measured;
        measured.links = cached ? *cached : kafka::kafkaTopics(db);
        QList<kafka::TopicConformance> &results = measured.results;
        auto notMeasured = [&results](const kafka::TopicLink &link, const QString &why) {
            kafka::TopicConformance c;
            c.topic = link.topic;
            c.owner = link.productNames.join(QStringLiteral(", "));
            c.error = why;
            results << c;
        };
        QHash<QString, QString> unreachable; // a dead broker is waited for once, not per topic
        for (const kafka::TopicLink &link : std::as_const(measured.links)) {
            const QString host = bootstrap.isEmpty() ? link.host : bootstrap;
            if (host.isEmpty()) {
                notMeasured(link, MainWindow::tr("the contract names no bootstrap server"));
            } else if (unreachable.contains(host)) {
                notMeasured(link, unreachable.value(host));
            } else {
                results << kafka::measureConformance(host, link, 200, 4000, securityOf.value(host));
                if (results.back().error.startsWith(host))
                    unreachable.insert(host, results.back().error);
            }
        }
        return measured;
    }));
}

void MainWindow::refreshDashboards()
{
    // Every contract is parsed and every change diffed for the figures: a worker with its
    // own connection does it; a newer request supersedes an older one.
    const int generation = ++m_dashboardGeneration;
    struct Stats
    {
        CatalogStats catalog;
        governance::GovernanceStats governance;
    };
    auto *watcher = new QFutureWatcher<Stats>(this);
    connect(watcher, &QFutureWatcher<Stats>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_dashboardGeneration)
            return; // stale
        const Stats stats = watcher->result();
        m_catalogDashboard->setStats(stats.catalog);
        m_dashboard->setStats(stats.governance);
        Q_EMIT dashboardUpdated();
    });
    const QString db = m_dbPath;
    watcher->setFuture(QtConcurrent::run([db] {
        Stats stats;
        CatalogStore store;
        StoreOptions readOnly; // the figures only read: no integrity check, no lock
        readOnly.mode = StoreOptions::Mode::ReadOnly;
        if (!store.open(db, readOnly))
            return stats;
        try {
            stats.catalog = computeCatalogStats(store);
            stats.governance = governance::computeStats(store);
        } catch (const StoreError &) {
        }
        return stats;
    }));
}

bool MainWindow::setActingUser(const QString &user)
{
    if (const QString e = names::userNameError(user); !e.isEmpty()) {
        showBanner(tr("Not switched: %1").arg(e), true);
        return false;
    }
    if (user != m_user) {
        const identity::KeyStore::Unlocked u = m_keyring->unlock(user);
        if (!u.key) {
            if (!u.cancelled)
                showBanner(tr("Cannot act as %1: %2").arg(user, u.error), true);
            return false;
        }
    }
    m_user = user;
    QSettings().setValue(QStringLiteral("identity"), user);
    updateIdentityButton();
    if (m_pages->currentWidget() == m_review && m_review->review().change.id)
        openReview(m_review->review().change.id);
    return true;
}

QString MainWindow::actingIdentityText() const
{
    const auto id = m_keyring->identity(m_user);
    if (!id)
        return tr("Acting as %1 — no key on this machine").arg(m_user);
    QString text = tr("Acting as %1 · %2").arg(m_user, id->key.fingerprint().left(19) +
                                                           QChar(0x2026));
    if (id->isDemo())
        text += tr(" (demo key)");
    if (m_ledger && m_ledger->hasGenesis() && m_ledger->memberOf(id->key.fingerprint()).isEmpty())
        text += tr(" — not a member of this catalog");
    return text;
}

void MainWindow::updateIdentityButton()
{
    m_userButton->setText(actingIdentityText());
    const auto id = m_keyring->identity(m_user);
    m_userButton->setToolTip(id ? tr("Key fingerprint %1\nClick to manage identities and members.")
                                      .arg(id->key.fingerprint())
                                : m_keyring->missingKeyMessage(m_user));
}

void MainWindow::openIdentities()
{
    IdentityDialog dialog(*m_keyring, m_vault.get(), m_ledger.get(), m_user, this);
    connect(&dialog, &IdentityDialog::identityChosen, this, [this](const QString &name) {
        m_user = name; // the dialog unlocked its key
        QSettings().setValue(QStringLiteral("identity"), name);
        updateIdentityButton();
        if (m_pages->currentWidget() == m_review && m_review->review().change.id)
            openReview(m_review->review().change.id);
    });
    connect(&dialog, &IdentityDialog::catalogChanged, this, [this] {
        updateIdentityButton();
        reloadChanges();
    });
    dialog.exec();
    updateIdentityButton();
}

// --- team ---

namespace {
// A saved connection profile's security for a team log (the password as known this session).
kafka::KafkaConfig teamSecurity(const team::Binding &b)
{
    if (b.profile.isEmpty())
        return {};
    if (const auto p = kafka::findProfile(b.profile))
        return kafka::securityConfig(*p, KafkaConnectionsDialog::sessionPasswords().value(p->name));
    return {};
}
} // namespace

void MainWindow::startTeamSync()
{
    stopTeamSync();
    if (!m_store->isOpen())
        return;
    const team::Binding b = team::binding(*m_store);
    team::attach(*m_ledger, b);
    m_teamButton->setVisible(b.bound());
    if (!b.bound() || m_store->isReadOnly()) // syncing writes what the team log holds
        return;
    auto *sync = new team::TeamSync(m_dbPath, team::config(b, teamSecurity(b)));
    m_syncThread = new QThread(this);
    sync->moveToThread(m_syncThread);
    connect(m_syncThread, &QThread::started, sync, &team::TeamSync::run);
    connect(sync, &team::TeamSync::finished, m_syncThread, &QThread::quit);
    connect(m_syncThread, &QThread::finished, sync, &QObject::deleteLater);
    connect(sync, &team::TeamSync::progressed, this,
            [this](const team::SyncReport &r, int queued) {
                m_teamPanel->setProgress(r, queued);
                for (const QString &why : r.ownRefused)
                    showBanner(tr("The team log refused an act of this desk: %1").arg(why), true);
                m_teamReload->start();
            });
    connect(sync, &team::TeamSync::stateChanged, this, [this](bool connected, const QString &detail) {
        m_teamConnected = connected;
        m_teamDetail = detail;
        m_teamPanel->setSyncState(connected, detail);
        m_teamButton->setText(teamStatusText());
    });
    m_sync = sync;
    m_syncThread->start();
    m_teamButton->setText(teamStatusText());
    m_teamPanel->refresh(m_ledger.get(), m_user);
}

void MainWindow::stopTeamSync()
{
    if (!m_syncThread)
        return;
    if (auto *sync = qobject_cast<team::TeamSync *>(m_sync))
        sync->stop();
    m_syncThread->quit();
    m_syncThread->wait(10000);
    delete m_syncThread; // deletes nothing else: the worker went with the thread's finish
    m_syncThread = nullptr;
    m_sync = nullptr;
}

QString MainWindow::teamStatusText() const
{
    if (!m_store->isOpen() || !team::binding(*m_store).bound())
        return {};
    const int queued = int(m_store->outgoing().size());
    return m_teamConnected
               ? tr("Team: synced · %n queued", nullptr, queued)
               : tr("Team: offline · %n queued", nullptr, queued);
}

void MainWindow::teamProgressed()
{
    // a review open here stays open and shows a decision taken on another desk
    const qint64 reviewing =
        m_pages->currentWidget() == m_review ? m_review->review().change.id : 0;
    m_ledger->load(); // the sync worker's acts
    reload();
    reloadChanges();
    m_teamPanel->refresh(m_ledger.get(), m_user);
    m_teamButton->setText(teamStatusText());
    updateIdentityButton();
    if (reviewing)
        openReview(reviewing);
    Q_EMIT teamSynced();
}

void MainWindow::showHint(const QString &text)
{
    showBanner(text, false);
}

void MainWindow::showTeam()
{
    m_teamPanel->refresh(m_ledger.get(), m_user);
    m_teamDock->show();
    m_teamDock->raise();
}

void MainWindow::switchCatalog(const QString &dbPath)
{
    stopTeamSync();
    m_store->close();
    m_dbPath = dbPath;
    QString error;
    StoreOptions options;
    options.user = m_user;
    if (!m_store->open(dbPath, options, &error))
        showBanner(error, true);
    m_ledger->load();
    m_catalogLabel->setText(tr("Catalog: %1").arg(m_dbPath));
    reload();
    reloadChanges();
    updateIdentityButton();
    startTeamSync();
}

void MainWindow::createTeam(const QString &bootstrap, const QString &topic)
{
    const identity::KeyStore::Unlocked u = m_keyring->unlock(m_user);
    if (!u.key) {
        if (!u.cancelled)
            showBanner(u.error, true);
        return;
    }
    stopTeamSync();
    auto *watcher = new QFutureWatcher<team::Outcome>(this);
    connect(watcher, &QFutureWatcher<team::Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const team::Outcome r = watcher->result();
        showBanner(r.ok ? r.message : r.error, !r.ok);
        m_ledger->load();
        startTeamSync();
        m_teamPanel->refresh(m_ledger.get(), m_user);
        Q_EMIT teamBound(r.ok, r.ok ? r.message : r.error);
    });
    team::TeamConfig c;
    c.bootstrap = bootstrap;
    c.topic = topic;
    const QString db = m_dbPath, user = m_user;
    identity::Keyring *keyring = m_keyring.get();
    watcher->setFuture(QtConcurrent::run([db, user, keyring, c] {
        CatalogStore store;
        team::Outcome r;
        if (!store.open(db, {}, &r.error))
            return r;
        ledger::Ledger ledger(store, keyring);
        ledger.load();
        return team::create(ledger, user, c);
    }));
}

void MainWindow::joinTeam(const QString &bootstrap, const QString &topic,
                          const QString &fingerprint, const QString &newDbPath)
{
    if (QFileInfo::exists(newDbPath)) {
        showBanner(tr("%1 exists already: joining reads the team's catalog into a new file.")
                       .arg(newDbPath),
                   true);
        return;
    }
    const identity::KeyStore::Unlocked u = m_keyring->unlock(m_user);
    if (!u.key) {
        if (!u.cancelled)
            showBanner(u.error, true);
        return;
    }
    auto *watcher = new QFutureWatcher<team::Outcome>(this);
    connect(watcher, &QFutureWatcher<team::Outcome>::finished, this, [this, watcher, newDbPath] {
        watcher->deleteLater();
        const team::Outcome r = watcher->result();
        if (r.ok)
            switchCatalog(newDbPath);
        showBanner(r.ok ? r.message : r.error, !r.ok);
        m_teamPanel->refresh(m_ledger.get(), m_user);
        Q_EMIT teamBound(r.ok, r.ok ? r.message : r.error);
    });
    team::TeamConfig c;
    c.bootstrap = bootstrap;
    c.topic = topic;
    const QString user = m_user;
    identity::Keyring *keyring = m_keyring.get();
    watcher->setFuture(QtConcurrent::run([newDbPath, user, keyring, c, fingerprint] {
        CatalogStore store;
        team::Outcome r;
        if (!store.open(newDbPath, {}, &r.error))
            return r;
        ledger::Ledger ledger(store, keyring);
        ledger.load();
        r = team::join(ledger, user, c, fingerprint);
        if (!r.ok) {
            store.close();
            QFile::remove(newDbPath); // nothing half-joined is left behind
            QFile::remove(newDbPath + QStringLiteral("-wal"));
            QFile::remove(newDbPath + QStringLiteral("-shm"));
        }
        return r;
    }));
}

void MainWindow::decide(qint64 changeId, bool approve, const QString &comment)
{
    if (m_store->isReadOnly()) {
        showBanner(tr("This catalog is read-only for you: decisions cannot be recorded."), true);
        return;
    }
    const ledger::ActResult r = m_ledger->decide(changeId, m_user, approve, comment);
    if (!r.ok) {
        showBanner(r.error, true);
        return;
    }
    if (r.queued) {
        showBanner(tr("Your decision on change #%1 is signed and queued; it applies when it is "
                      "in the team log.")
                       .arg(changeId),
                   false);
        return;
    }
    showBanner(approve ? tr("Change #%1 approved by %2 (signed).").arg(changeId).arg(m_user)
                       : tr("Change #%1 rejected by %2 (signed).").arg(changeId).arg(m_user),
               false);
    reload();
    reloadChanges();
    refreshDashboards(); // decisions move the figures; recomputed in the background
    openReview(changeId);
}

void MainWindow::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_bannerError = error;
    const QColor meaning = error ? palette::bad : palette::good;
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; padding: 6px; }")
            .arg(palette::css(palette::tint(meaning)),
                 palette::css(palette::isDark() ? palette::shown(meaning) : meaning.darker(130))));
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::verifyAuditInBackground(bool onOpen)
{
    if (!m_store->isOpen())
        return;
    // Every signed act is checked and the log replayed (every document parsed): off the GUI
    // thread, on a connection of its own.
    auto *watcher = new QFutureWatcher<ledger::VerifyResult>(this);
    connect(watcher, &QFutureWatcher<ledger::VerifyResult>::finished, this, [this, watcher, onOpen] {
        watcher->deleteLater();
        const ledger::VerifyResult v = watcher->result();
        if (!v.intact)
            showBanner(tr("Warning: the audit log fails at %1: %2. The catalog was changed "
                          "outside MeshDesk or without the right key.")
                           .arg(v.act, v.reason),
                       true);
        else if (!onOpen)
            showBanner(tr("Audit log intact: %n signed act(s) verified", nullptr, int(v.events)) +
                           (v.legacyRows ? tr(", %n row(s) from before signing", nullptr,
                                              int(v.legacyRows))
                                         : QString()) +
                           QLatin1Char('.'),
                       false);
        Q_EMIT auditVerified(v.intact);
    });
    const QString db = m_dbPath;
    watcher->setFuture(QtConcurrent::run([db] { return ledger::verifyFile(db); }));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (!paths.isEmpty())
        importPaths(paths);
}

} // namespace meshdesk

namespace meshdesk {

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import contracts and products"), QString(),
        tr("Contracts and products (*.yaml *.yml *.json *.avsc);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder"));
    if (!dir.isEmpty())
        importPaths({dir});
}

void MainWindow::showStartPage()
{
    m_pages->setCurrentWidget(m_start);
}

void MainWindow::openLink(const QString &target)
{
    const int colon = int(target.indexOf(QLatin1Char(':')));
    if (colon <= 0)
        return;
    const QString scheme = target.left(colon), rest = target.mid(colon + 1);
    if (scheme == QLatin1String("lineage")) {
        openLineage(rest);
    } else if (scheme == QLatin1String("live")) {
        openEntity(QStringLiteral("contract"), rest); // its topic, sampled
        showTab(3);
    } else if (scheme == QLatin1String("review")) {
        openReview(rest.toLongLong());
    } else {
        openEntity(scheme, rest);
    }
}

void MainWindow::showPendingBanner(const QString &kind, const QString &key)
{
    // a page whose entity has a change waiting says so, with the way to review it
    // (a product also shows those of the contracts it publishes)
    QStringList ownContracts;
    if (kind == QLatin1String("product"))
        for (const ProductPorts &p : std::as_const(m_outputPorts))
            if (p.productKey == key)
                ownContracts << p.contractId;
    QStringList lines;
    for (const ChangeRecord &c : std::as_const(m_pendingChanges)) {
        if (c.kind == kind && c.key == key)
            lines << tr("A change to this %1 is waiting for review: change #%2 (%3 → %4), "
                        "proposed by %5 on %6. <a href='review:%2'>Review it</a>")
                         .arg(kindDisplayName(kind))
                         .arg(c.id)
                         .arg(c.oldVersion.toHtmlEscaped(), c.newVersion.toHtmlEscaped(),
                              c.proposer.toHtmlEscaped(), localDateTime(c.createdAt));
        else if (c.kind == QLatin1String("contract") && ownContracts.contains(c.key))
            lines << tr("A change to its contract %1 is waiting for review: change #%2 (%3 → "
                        "%4), proposed by %5 on %6. <a href='review:%2'>Review it</a>")
                         .arg(c.key.toHtmlEscaped())
                         .arg(c.id)
                         .arg(c.oldVersion.toHtmlEscaped(), c.newVersion.toHtmlEscaped(),
                              c.proposer.toHtmlEscaped(), localDateTime(c.createdAt));
    }
    m_entityBanner->setText(lines.join(QStringLiteral("<br>")));
    m_entityBanner->setStyleSheet(QStringLiteral("QLabel { background: %1; padding: 6px; }")
                                      .arg(palette::css(palette::tint(palette::warning))));
    m_entityBanner->setVisible(!lines.isEmpty());
}

QString MainWindow::entityBannerText() const
{
    return m_entityBanner->isVisible() ? m_entityBanner->text() : QString();
}

namespace {
QString recentKey(const QString &db)
{
    // one list per catalog file
    return QStringLiteral("Recent/") +
           QString::fromLatin1(QCryptographicHash::hash(QFileInfo(db).absoluteFilePath().toUtf8(),
                                                        QCryptographicHash::Sha1)
                                   .toHex()
                                   .left(16));
}
} // namespace

QList<RecentItem> MainWindow::loadRecent() const
{
    QList<RecentItem> out;
    for (const QString &line : QSettings().value(recentKey(m_dbPath)).toStringList()) {
        const QStringList parts = line.split(QChar(0x1f));
        if (parts.size() == 3)
            out.append({parts[0], parts[1], parts[2]});
    }
    return out;
}

void MainWindow::rememberRecent(const QString &kind, const QString &key, const QString &name)
{
    m_recent.removeIf([&](const RecentItem &r) { return r.kind == kind && r.key == key; });
    m_recent.prepend({kind, key, name});
    while (m_recent.size() > 10)
        m_recent.removeLast();
    QStringList lines;
    for (const RecentItem &r : std::as_const(m_recent))
        lines << QStringList{r.kind, r.key, r.name}.join(QChar(0x1f));
    QSettings().setValue(recentKey(m_dbPath), lines);
    m_start->setCatalog(m_dbPath, m_figures, m_pendingChanges, m_recent);
}

QString MainWindow::treeNodeId(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const QString own = index.data(CatalogTreeModel::KindRole).toString() + QLatin1Char(':') +
                        index.data(CatalogTreeModel::KeyRole).toString() + QLatin1Char(':') +
                        index.data(CatalogTreeModel::ObjectRole).toString();
    return treeNodeId(index.parent()) + QLatin1Char('/') + own;
}

MainWindow::TreeState MainWindow::saveTreeState() const
{
    TreeState state;
    QAbstractItemModel *model = m_tree->model();
    if (model->rowCount() == 0)
        return state;
    state.initial = false;
    state.current = treeNodeId(m_tree->currentIndex());
    // only into open branches: asking a closed port for its rows would load its objects
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (m_tree->isExpanded(i)) {
                state.expanded.insert(treeNodeId(i));
                walk(i);
            }
        }
    };
    walk({});
    return state;
}

void MainWindow::restoreTreeState(const TreeState &state)
{
    QAbstractItemModel *model = m_tree->model();
    QModelIndex current;
    std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            const QString id = treeNodeId(i);
            if (!state.current.isEmpty() && id == state.current)
                current = i;
            // the first time: domains open, products closed (a 10,000-product catalog shows
            // its domains at once)
            if ((state.initial && depth == 0) || state.expanded.contains(id)) {
                m_tree->expand(i);
                walk(i, depth + 1);
            }
        }
    };
    walk({}, 0);
    if (current.isValid()) {
        m_restoringTree = true;
        m_tree->setCurrentIndex(current);
        m_restoringTree = false;
    }
}

} // namespace meshdesk
