// Kafka connection profiles: name, bootstrap servers, security protocol, SASL mechanism, user,
// password, CA file. Profiles are kept in QSettings; the password goes to the system keychain
// (QtKeychain) and, where no keychain answers, stays in memory for this session only — never
// in the settings file, never in the log. "Test connection" (off the GUI thread) shows the
// brokers and topics or the exact error; the topic browser lists partitions and watermarks.
#pragma once

#include "kafka/Connection.h"
#include "kafka/TopicLinks.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;

namespace meshdesk {

class TopicMeshBrowser;

class KafkaConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KafkaConnectionsDialog(QWidget *parent = nullptr);
    kafka::ConnectionProfile currentProfile() const;
    QString password() const;
    void setCurrent(const kafka::ConnectionProfile &p, const QString &password = {});
    void saveCurrent();
    void newProfile();     // an empty form, saved as a new profile
    void deleteProfile();  // the selected one, its password too
    void testConnection(); // results arrive via tested()
    QTreeWidget *topics() const { return m_topics; }
    // which contract and products each topic belongs to: a "Data product" column, and a
    // double-click opens the product (or the contract)
    void setTopicLinks(const QList<kafka::TopicLink> &links);
    QString result() const;
    // the same topics as the data mesh sees them, with Add to Mesh (a tab beside the list)
    TopicMeshBrowser *meshBrowser() const { return m_mesh; }

    // the session-only passwords (when the keychain is unavailable)
    static QHash<QString, QString> &sessionPasswords();
    // where a profile's password lives in the system keychain (QtKeychain service and key)
    static QString keychainService() { return QStringLiteral("MeshDesk"); }
    static QString keychainKey(const QString &profile)
    {
        return QStringLiteral("kafka/") + profile;
    }

Q_SIGNALS:
    void tested(bool ok);
    void entityActivated(const QString &kind, const QString &key);
    // a topic not in the mesh should become a data product (of the current profile's cluster)
    void addToMeshRequested(const QString &topic, const QString &domain);

private:
    void loadSelected();
    void fillLinks();
    QList<kafka::ConnectionProfile> m_profiles;
    QListWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_bootstrap = nullptr;
    QComboBox *m_protocol = nullptr;
    QComboBox *m_mechanism = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_topics = nullptr;
    QList<kafka::TopicLink> m_links;
    TopicMeshBrowser *m_mesh = nullptr;
};

} // namespace meshdesk
