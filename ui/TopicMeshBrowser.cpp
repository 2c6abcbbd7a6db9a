#include "TopicMeshBrowser.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace meshdesk {

namespace {
enum Column
{
    TopicColumn,
    MessagesColumn,
    ProductColumn
};
// what a topic row carries
constexpr int TopicRole = Qt::UserRole;         // the topic (topic rows only)
constexpr int PublishedRole = Qt::UserRole + 1; // bool
constexpr int DomainRole = Qt::UserRole + 2;    // the row's domain
constexpr int TargetRole = Qt::UserRole + 3;    // {"product"|"contract", key}
const char *ruleKey = "kafka/domainRule";
} // namespace

TopicMeshBrowser::TopicMeshBrowser(QWidget *parent) : QWidget(parent)
{
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("meshTopics"));
    m_tree->setHeaderLabels({tr("Topic"), tr("Messages"), tr("Data product")});
    m_tree->header()->setSectionResizeMode(TopicColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(MessagesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ProductColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("Double-click a topic in the mesh to open its data product, one not in "
                          "the mesh to add it."));
    m_rule = new QLineEdit;
    m_rule->setObjectName(QStringLiteral("domainRule"));
    m_rule->setToolTip(tr("A regular expression over the topic name; its group \"domain\" (or "
                          "its first group) names the domain of a topic no product publishes. "
                          "Default: the part before the first dot."));
    m_rule->setText(
        QSettings().value(QLatin1String(ruleKey), kafka::defaultDomainRule()).toString());
    m_ruleState = new QLabel;
    m_ruleState->setObjectName(QStringLiteral("domainRuleState"));
    m_ruleState->setWordWrap(true);
    m_ruleState->hide();
    m_add = new QPushButton(tr("&Add to Mesh…"));
    m_add->setObjectName(QStringLiteral("addToMesh"));
    m_add->setToolTip(tr("Infer a contract from the topic's messages, describe the product and "
                         "publish it through governance."));
    m_open = new QPushButton(tr("Open data product"));
    auto *ruleRow = new QFormLayout;
    ruleRow->addRow(tr("Domain from the topic name:"), m_rule);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(ruleRow);
    layout->addWidget(m_ruleState);
    layout->addLayout(buttons);
    connect(m_rule, &QLineEdit::textChanged, this, [this](const QString &rule) {
        const QRegularExpression re(rule);
        m_ruleState->setVisible(!re.isValid());
        if (!re.isValid()) {
            m_ruleState->setText(tr("Not a valid regular expression: %1").arg(re.errorString()));
            return;
        }
        QSettings().setValue(QLatin1String(ruleKey), rule);
        rebuild();
    });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &TopicMeshBrowser::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, &TopicMeshBrowser::activate);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            activate(item);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_tree->currentItem())
            activate(item);
    });
    updateButtons();
}

void TopicMeshBrowser::setTopics(const QList<kafka::TopicInfo> &topics)
{
    m_topics = topics;
    rebuild();
}

void TopicMeshBrowser::setLinks(const QList<kafka::TopicLink> &links)
{
    m_links = links;
    rebuild();
}

void TopicMeshBrowser::setDomains(const QStringList &domains)
{
    m_domains = domains;
    rebuild();
}

void TopicMeshBrowser::setNamingRule(const QString &rule)
{
    m_rule->setText(rule);
}

QString TopicMeshBrowser::namingRule() const
{
    return m_rule->text();
}

QString TopicMeshBrowser::selectedTopic() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(TopicColumn, TopicRole).toString() : QString();
}

bool TopicMeshBrowser::selectedIsPublished() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item && item->data(TopicColumn, PublishedRole).toBool();
}

void TopicMeshBrowser::selectTopic(const QString &topic)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if ((*it)->data(TopicColumn, TopicRole).toString() == topic)
            m_tree->setCurrentItem(*it);
}

void TopicMeshBrowser::rebuild()
{
    const QString selected = selectedTopic();
    m_tree->clear();
    QStringList names;
    QHash<QString, qint64> messages;
    for (const kafka::TopicInfo &t : std::as_const(m_topics)) {
        names << t.name;
        messages.insert(t.name, t.messages());
    }
    const kafka::MeshTopics mesh = kafka::meshTopics(names, m_links, m_rule->text(), m_domains);
    auto group = [&](const QString &title, const QList<kafka::MeshTopic> &topics) {
        auto *top = new QTreeWidgetItem(m_tree, {title});
        QFont bold = top->font(TopicColumn);
        bold.setBold(true);
        top->setFont(TopicColumn, bold);
        top->setFirstColumnSpanned(true);
        // the topics come sorted by domain: one item per run of a domain
        for (qsizetype i = 0; i < topics.size();) {
            qsizetype end = i;
            while (end < topics.size() && topics[end].domain == topics[i].domain)
                ++end;
            const kafka::MeshTopic &first = topics[i];
            const int n = int(end - i);
            const QString label =
                first.domain.isEmpty()
                    ? tr("No domain (the naming rule finds none): %n topic(s)", nullptr, n)
                : first.published || first.domainKnown
                    ? tr("%1: %n topic(s)", nullptr, n).arg(first.domain)
                    : tr("%1 (a new domain): %n topic(s)", nullptr, n).arg(first.domain);
            auto *domainItem = new QTreeWidgetItem(top, {label});
            domainItem->setData(TopicColumn, DomainRole, first.domain);
            domainItem->setFirstColumnSpanned(true);
            for (; i < end; ++i) {
                const kafka::MeshTopic &t = topics[i];
                auto *item = new QTreeWidgetItem(domainItem);
                item->setText(TopicColumn, t.topic);
                item->setData(TopicColumn, TopicRole, t.topic);
                item->setData(TopicColumn, PublishedRole, t.published);
                item->setData(TopicColumn, DomainRole, t.domain);
                if (messages.contains(t.topic)) {
                    item->setText(MessagesColumn, QString::number(messages.value(t.topic)));
                    item->setTextAlignment(MessagesColumn, Qt::AlignRight | Qt::AlignVCenter);
                }
                if (const kafka::TopicLink *l = t.link) {
                    if (!l->productKeys.isEmpty()) {
                        item->setText(ProductColumn, l->productNames.join(QStringLiteral(", ")));
                        item->setData(
                            TopicColumn, TargetRole,
                            QStringList{QStringLiteral("product"), l->productKeys.front()});
                    } else {
                        item->setText(ProductColumn,
                                      tr("contract %1 (no product)").arg(l->contractName));
                        item->setData(TopicColumn, TargetRole,
                                      QStringList{QStringLiteral("contract"), l->contractId});
                    }
                    item->setToolTip(ProductColumn,
                                     tr("Described by contract %1").arg(l->contractId));
                } else {
                    item->setText(ProductColumn, tr("not in the mesh"));
                    item->setForeground(ProductColumn, palette().color(QPalette::PlaceholderText));
                }
            }
        }
    };
    group(tr("In the mesh: %n topic(s)", nullptr, int(mesh.published.size())), mesh.published);
    group(tr("Not in the mesh: %n topic(s)", nullptr, int(mesh.unpublished.size())),
          mesh.unpublished);
    m_tree->expandAll();
    if (!selected.isEmpty())
        selectTopic(selected);
    // first look: the first topic not in the mesh is selected, ready to add
    if (selectedTopic().isEmpty() && !mesh.unpublished.isEmpty())
        selectTopic(mesh.unpublished.front().topic);
    updateButtons();
}

void TopicMeshBrowser::updateButtons()
{
    const bool topic = !selectedTopic().isEmpty();
    m_add->setEnabled(topic && !selectedIsPublished());
    m_open->setEnabled(topic && selectedIsPublished());
}

void TopicMeshBrowser::activate(QTreeWidgetItem *item)
{
    const QString topic = item->data(TopicColumn, TopicRole).toString();
    if (topic.isEmpty())
        return;
    if (item->data(TopicColumn, PublishedRole).toBool()) {
        const QStringList target = item->data(TopicColumn, TargetRole).toStringList();
        if (target.size() == 2)
            Q_EMIT entityActivated(target[0], target[1]);
        return;
    }
    Q_EMIT addToMeshRequested(topic, item->data(TopicColumn, DomainRole).toString());
}

} // namespace meshdesk
