#include "KafkaConnectionsDialog.h"

#include "TopicMeshBrowser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <qt6keychain/keychain.h>

namespace meshdesk {

QHash<QString, QString> &KafkaConnectionsDialog::sessionPasswords()
{
    static QHash<QString, QString> passwords;
    return passwords;
}

KafkaConnectionsDialog::KafkaConnectionsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Kafka connections"));
    m_profiles = kafka::loadProfiles();
    m_list = new QListWidget;
    for (const kafka::ConnectionProfile &p : std::as_const(m_profiles))
        m_list->addItem(p.name);
    m_name = new QLineEdit;
    m_bootstrap = new QLineEdit;
    m_bootstrap->setPlaceholderText(QStringLiteral("host1:9092,host2:9092"));
    m_protocol = new QComboBox;
    m_protocol->addItems({QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"),
                          QStringLiteral("SASL_PLAINTEXT"), QStringLiteral("SASL_SSL")});
    m_mechanism = new QComboBox;
    m_mechanism->addItems({QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"),
                           QStringLiteral("SCRAM-SHA-512")});
    m_user = new QLineEdit;
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    auto *browseCa = new QPushButton(tr("Browse…"));
    browseCa->setObjectName(QStringLiteral("browseCa"));
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caFile->text(),
                                         tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_topics = new QTreeWidget;
    m_topics->setHeaderLabels({tr("Topic"), tr("Partitions"), tr("Messages"),
                               tr("Watermarks (low-high)"), tr("Data product")});
    m_topics->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_topics->setRootIsDecorated(false); // a flat list
    m_topics->setToolTip(tr("Double-click a topic to open the data product that publishes it."));
    connect(m_topics, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QStringList target = item->data(4, Qt::UserRole).toStringList();
        if (target.size() == 2)
            Q_EMIT entityActivated(target[0], target[1]);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Bootstrap servers:"), m_bootstrap);
    form->addRow(tr("Security protocol:"), m_protocol);
    form->addRow(tr("SASL mechanism:"), m_mechanism);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("CA file:"), caRow);
    // SASL's mechanism, user and password only where SASL is spoken; the CA file with TLS
    auto showSecurityRows = [this, form, caRow] {
        const QString protocol = m_protocol->currentText();
        const bool sasl = protocol.startsWith(QLatin1String("SASL"));
        const bool tls = protocol.endsWith(QLatin1String("SSL"));
        form->setRowVisible(m_mechanism, sasl);
        form->setRowVisible(m_user, sasl);
        form->setRowVisible(m_password, sasl);
        form->setRowVisible(caRow, tls);
    };
    connect(m_protocol, &QComboBox::currentTextChanged, this, showSecurityRows);
    showSecurityRows();
    auto *save = new QPushButton(tr("Save profile"));
    auto *test = new QPushButton(tr("Test connection"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(test);
    buttons->addStretch();
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(buttons);
    right->addWidget(m_result);
    right->addWidget(m_topics, 1);
    auto *newProfile = new QPushButton(tr("New"));
    newProfile->setObjectName(QStringLiteral("newProfile"));
    auto *deleteProfile = new QPushButton(tr("Delete"));
    deleteProfile->setObjectName(QStringLiteral("deleteProfile"));
    connect(newProfile, &QPushButton::clicked, this, &KafkaConnectionsDialog::newProfile);
    connect(deleteProfile, &QPushButton::clicked, this, &KafkaConnectionsDialog::deleteProfile);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newProfile);
    listButtons->addWidget(deleteProfile);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 3);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &KafkaConnectionsDialog::loadSelected);
    connect(save, &QPushButton::clicked, this, &KafkaConnectionsDialog::saveCurrent);
    connect(test, &QPushButton::clicked, this, &KafkaConnectionsDialog::testConnection);
    resize(960, 560);
    // the data-mesh view of the same topics, in a tab beside the flat list
    m_mesh = new TopicMeshBrowser;
    m_mesh->setObjectName(QStringLiteral("meshBrowser"));
    auto *views = new QTabWidget;
    views->setObjectName(QStringLiteral("topicViews"));
    delete right->replaceWidget(m_topics, views);
    views->addTab(m_topics, tr("All topics"));
    views->addTab(m_mesh, tr("&Data mesh"));
    connect(m_mesh, &TopicMeshBrowser::entityActivated, this,
            &KafkaConnectionsDialog::entityActivated);
    connect(m_mesh, &TopicMeshBrowser::addToMeshRequested, this,
            &KafkaConnectionsDialog::addToMeshRequested);
}

kafka::ConnectionProfile KafkaConnectionsDialog::currentProfile() const
{
    return {m_name->text().trimmed(),   m_bootstrap->text().trimmed(), m_protocol->currentText(),
            m_mechanism->currentText(), m_user->text().trimmed(),      m_caFile->text().trimmed()};
}

QString KafkaConnectionsDialog::password() const
{
    return m_password->text();
}

QString KafkaConnectionsDialog::result() const
{
    return m_result->text();
}

void KafkaConnectionsDialog::setCurrent(const kafka::ConnectionProfile &p, const QString &password)
{
    m_name->setText(p.name);
    m_bootstrap->setText(p.bootstrap);
    m_protocol->setCurrentText(p.securityProtocol);
    m_mechanism->setCurrentText(p.saslMechanism);
    m_user->setText(p.user);
    m_caFile->setText(p.caFile);
    m_password->setText(password);
}

void KafkaConnectionsDialog::loadSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    const kafka::ConnectionProfile &p = m_profiles[row];
    setCurrent(p, sessionPasswords().value(p.name));
    if (sessionPasswords().contains(p.name))
        return;
    // ask the keychain; without one the user types the password each session
    auto *job = new QKeychain::ReadPasswordJob(keychainService(), this);
    job->setKey(keychainKey(p.name));
    connect(job, &QKeychain::Job::finished, this, [this, job, name = p.name] {
        if (job->error() == QKeychain::NoError && m_name->text() == name)
            m_password->setText(job->textData());
    });
    job->start();
}

void KafkaConnectionsDialog::newProfile()
{
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    setCurrent(
        {tr("new profile"), {}, QStringLiteral("PLAINTEXT"), QStringLiteral("PLAIN"), {}, {}});
    m_name->setFocus();
    m_name->selectAll();
    m_result->setText(tr("Fill in the profile, then save it."));
}

void KafkaConnectionsDialog::deleteProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_profiles.size()) {
        m_result->setText(tr("Select a profile to delete."));
        return;
    }
    const QString name = m_profiles[row].name;
    if (!qEnvironmentVariableIsSet("MESHDESK_NO_DIALOGS") &&
        QMessageBox::question(
            this, tr("Delete profile"),
            tr("Delete the connection profile %1 and its saved password?").arg(name)) !=
            QMessageBox::Yes)
        return;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    kafka::saveProfiles(m_profiles);
    sessionPasswords().remove(name);
    auto *job = new QKeychain::DeletePasswordJob(keychainService(), this);
    job->setKey(keychainKey(name));
    job->start(); // no keychain: nothing was stored there
    setCurrent(
        {QString(), QString(), QStringLiteral("PLAINTEXT"), QStringLiteral("PLAIN"), {}, {}});
    m_result->setText(tr("Profile %1 deleted.").arg(name));
}

void KafkaConnectionsDialog::saveCurrent()
{
    const kafka::ConnectionProfile p = currentProfile();
    if (p.name.isEmpty() || p.bootstrap.isEmpty()) {
        m_result->setText(tr("A profile needs a name and bootstrap servers."));
        return;
    }
    auto it = std::find_if(m_profiles.begin(), m_profiles.end(),
                           [&](const kafka::ConnectionProfile &x) { return x.name == p.name; });
    if (it == m_profiles.end()) {
        m_profiles << p;
        m_list->addItem(p.name);
    } else {
        *it = p;
    }
    kafka::saveProfiles(m_profiles);
    if (m_password->text().isEmpty()) {
        m_result->setText(tr("Profile %1 saved.").arg(p.name));
        return;
    }
    sessionPasswords().insert(p.name, m_password->text());
    auto *job = new QKeychain::WritePasswordJob(keychainService(), this);
    job->setKey(keychainKey(p.name));
    job->setTextData(m_password->text());
    connect(job, &QKeychain::Job::finished, this, [this, job, name = p.name] {
        m_result->setText(
            job->error() == QKeychain::NoError
                ? tr("Profile %1 saved; the password is in the system keychain.").arg(name)
                : tr("Profile %1 saved. No keychain is available (%2): the password is kept for "
                     "this session only.")
                      .arg(name, job->errorString()));
    });
    job->start();
}

void KafkaConnectionsDialog::testConnection()
{
    m_result->setText(tr("Connecting…"));
    m_topics->clear();
    m_mesh->setTopics({});
    const kafka::ConnectionProfile p = currentProfile();
    const QString password = m_password->text();
    auto *watcher = new QFutureWatcher<kafka::ClusterInfo>(this);
    connect(watcher, &QFutureWatcher<kafka::ClusterInfo>::finished, this, [this, watcher] {
        const kafka::ClusterInfo info = watcher->result();
        watcher->deleteLater();
        if (!info.ok) {
            m_result->setText(tr("Connection failed: %1").arg(info.error));
            Q_EMIT tested(false);
            return;
        }
        m_result->setText(tr("Connected: %n broker(s), ", nullptr, info.brokers) +
                          tr("%n topic(s).", nullptr, int(info.topics.size())) +
                          (info.watermarkError.isEmpty()
                               ? QString()
                               : tr(" Some watermarks are missing: %1").arg(info.watermarkError)));
        for (const kafka::TopicInfo &t : info.topics) {
            QStringList marks;
            for (const kafka::PartitionInfo &part : t.partitions)
                marks << QStringLiteral("%1:%2-%3").arg(part.id).arg(part.low).arg(part.high);
            new QTreeWidgetItem(m_topics,
                                {t.name, QString::number(t.partitions.size()),
                                 QString::number(t.messages()), marks.join(QStringLiteral("  "))});
        }
        fillLinks();
        m_mesh->setTopics(info.topics);
        Q_EMIT tested(true);
    });
    watcher->setFuture(QtConcurrent::run(
        [p, password] { return kafka::describeCluster(p, password, 5000, true); }));
}

void KafkaConnectionsDialog::setTopicLinks(const QList<kafka::TopicLink> &links)
{
    m_links = links;
    fillLinks();
    m_mesh->setLinks(links);
}

void KafkaConnectionsDialog::fillLinks()
{
    for (int i = 0; i < m_topics->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_topics->topLevelItem(i);
        for (const kafka::TopicLink &l : std::as_const(m_links)) {
            if (l.topic != item->text(0))
                continue;
            if (!l.productKeys.isEmpty()) {
                item->setText(4, l.productNames.join(QStringLiteral(", ")));
                item->setData(4, Qt::UserRole,
                              QStringList{QStringLiteral("product"), l.productKeys.front()});
            } else {
                item->setText(4, tr("contract %1").arg(l.contractName));
                item->setData(4, Qt::UserRole,
                              QStringList{QStringLiteral("contract"), l.contractId});
            }
            item->setToolTip(4, tr("Described by contract %1").arg(l.contractId));
            QFont f = item->font(4);
            f.setUnderline(true);
            item->setFont(4, f);
            item->setForeground(4, palette().color(QPalette::Link));
            break;
        }
    }
}

} // namespace meshdesk
