// The topic browser's data-mesh view (a tab of Kafka connections): the cluster's topics split
// into those a data product already publishes, under the product's domain, and those not in the
// mesh, under the domain a naming rule finds in the topic's name. "Add to Mesh…" on a topic that
// is not in the mesh asks for it to become a data product (see AddToMeshDialog).
#pragma once

#include "kafka/Connection.h"
#include "kafka/TopicLinks.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace meshdesk {

class TopicMeshBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit TopicMeshBrowser(QWidget *parent = nullptr);
    void setTopics(const QList<kafka::TopicInfo> &topics);
    void setLinks(const QList<kafka::TopicLink> &links);
    void setDomains(const QStringList &domains); // the catalog's: a rule's domain is new or not
    // the naming rule (a regular expression with a group "domain"), kept in the settings
    void setNamingRule(const QString &rule);
    QString namingRule() const;
    QTreeWidget *tree() const { return m_tree; }
    QString selectedTopic() const;
    bool selectedIsPublished() const;
    void selectTopic(const QString &topic);
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    void addToMeshRequested(const QString &topic, const QString &domain);
    void entityActivated(const QString &kind, const QString &key);

private:
    void rebuild();
    void updateButtons();
    void activate(QTreeWidgetItem *item);
    QList<kafka::TopicInfo> m_topics;
    QList<kafka::TopicLink> m_links;
    QStringList m_domains;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_rule = nullptr;
    QLabel *m_ruleState = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace meshdesk
