#include "CreateProductWizard.h"

#include "KafkaConnectionsDialog.h"
#include "LineageView.h"
#include "Palette.h"
#include "YamlHighlighter.h"
#include "formats/ModelEdits.h"
#include "kafka/Connection.h"
#include "ledger/Ledger.h"
#include "lineage/MeshLoader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace meshdesk {

namespace {

// A page whose Next/Finish waits for a condition.
class GatedPage : public QWizardPage
{
public:
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
};

enum Role
{
    PortRole = Qt::UserRole + 1, // on port items: the contract id
    FieldRole                    // on field items: "contract\nobject\nfield"
};

QString slug(const QString &text)
{
    QString s = text.toLower().trimmed();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s;
}

QString retentionText(qint64 ms)
{
    if (ms < 0)
        return CreateProductWizard::tr("forever");
    return CreateProductWizard::tr("%n day(s)", nullptr, int(ms / (24LL * 3600 * 1000)));
}

} // namespace

CreateProductWizard::CreateProductWizard(ledger::Ledger &ledger, const QString &user,
                                         const QString &kafkaBootstrap,
                                         const QString &adminBootstrap, QWidget *parent)
    : QWizard(parent), m_ledger(ledger), m_store(ledger.store()), m_user(user),
      m_defaultBootstrap(kafkaBootstrap), m_adminBootstrap(adminBootstrap)
{
    CatalogStore &store = m_store;
    setObjectName(QStringLiteral("createProductWizard"));
    setWindowTitle(tr("Create a data product"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    try {
        for (const EntitySummary &e : store.entities(QStringLiteral("product")))
            m_productIds << e.key;
        m_contractIds = store.contractIds();
    } catch (const StoreError &) {
    }
    setPage(InputsPage, buildInputsPage());
    setPage(FieldsPage, buildFieldsPage());
    setPage(ProductPage, buildProductPage());
    setPage(PreviewPage, buildPreviewPage());
    setButtonText(QWizard::FinishButton, tr("Create and &propose"));
    resize(940, 640);
}

std::optional<Contract> CreateProductWizard::contract(const QString &id)
{
    if (const auto it = m_contracts.constFind(id); it != m_contracts.constEnd())
        return *it;
    try {
        if (const auto v = m_store.currentVersion(QStringLiteral("contract"), id))
            if (const auto doc = m_store.document(*v)) {
                m_contracts.insert(id, doc->contract);
                return doc->contract;
            }
    } catch (const StoreError &) {
    }
    return std::nullopt;
}

QWizardPage *CreateProductWizard::buildInputsPage()
{
    auto *page = new GatedPage;
    page->setTitle(tr("Inputs"));
    page->setSubTitle(tr("Which products' output ports does the new product read?"));
    m_inputFilter = new QLineEdit;
    m_inputFilter->setPlaceholderText(tr("Filter products, ports, domains…"));
    m_inputFilter->setClearButtonEnabled(true);
    m_inputs = new QTreeWidget;
    m_inputs->setObjectName(QStringLiteral("inputs"));
    m_inputs->setHeaderLabels(
        {tr("Product / output port"), tr("Contract"), tr("Domain"), tr("Owner")});
    m_inputs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    try {
        QHash<QString, EntitySummary> products;
        for (const EntitySummary &e : m_store.entities(QStringLiteral("product")))
            products.insert(e.key, e);
        QHash<QString, QTreeWidgetItem *> items;
        for (const ProductPorts &p : m_store.currentOutputPorts()) {
            if (p.contractId.isEmpty() || !products.contains(p.productKey))
                continue;
            const EntitySummary &e = products[p.productKey];
            QTreeWidgetItem *&top = items[p.productKey];
            if (!top) {
                top = new QTreeWidgetItem(m_inputs, {e.name, QString(), e.domain, e.owner});
                top->setData(0, Qt::UserRole, e.key);
                top->setToolTip(0, e.key);
                top->setFlags(top->flags() & ~Qt::ItemIsUserCheckable);
            }
            auto *port = new QTreeWidgetItem(top, {p.portName, p.contractId, e.domain, e.owner});
            port->setFlags(port->flags() | Qt::ItemIsUserCheckable);
            port->setCheckState(0, Qt::Unchecked);
            port->setData(0, PortRole, p.contractId);
            port->setData(0, Qt::UserRole, p.productKey);
        }
    } catch (const StoreError &e) {
        page->setSubTitle(e.message);
    }
    m_inputs->expandAll();
    m_inputs->resizeColumnToContents(1);
    connect(m_inputFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_inputs->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = m_inputs->topLevelItem(i);
            bool any = false;
            for (int c = 0; c < top->childCount(); ++c) {
                QTreeWidgetItem *port = top->child(c);
                bool match = text.isEmpty();
                for (int col = 0; col < m_inputs->columnCount() && !match; ++col)
                    match = port->text(col).contains(text, Qt::CaseInsensitive) ||
                            top->text(col).contains(text, Qt::CaseInsensitive);
                port->setHidden(!match);
                any = any || match;
            }
            top->setHidden(!any);
        }
    });
    page->complete = [this] { return !checkedPorts().isEmpty(); };
    connect(m_inputs, &QTreeWidget::itemChanged, page, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_inputFilter);
    layout->addWidget(m_inputs);
    return page;
}

QList<CreateProductWizard::Port> CreateProductWizard::checkedPorts() const
{
    QList<Port> out;
    for (int i = 0; i < m_inputs->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *top = m_inputs->topLevelItem(i);
        for (int c = 0; c < top->childCount(); ++c) {
            const QTreeWidgetItem *p = top->child(c);
            if (p->checkState(0) == Qt::Checked)
                out.append({p->data(0, Qt::UserRole).toString(), top->text(0), p->text(0),
                            p->data(0, PortRole).toString(), QString()});
        }
    }
    return out;
}

QWizardPage *CreateProductWizard::buildFieldsPage()
{
    auto *page = new GatedPage;
    page->setTitle(tr("Fields"));
    page->setSubTitle(tr("Which fields does the new product expose? Each keeps its lineage to "
                         "the field it comes from. Double-click “Exposed as” to rename one."));
    m_fields = new QTreeWidget;
    m_fields->setObjectName(QStringLiteral("fields"));
    m_fields->setHeaderLabels({tr("Field"), tr("Type"), tr("Exposed as"), tr("Description")});
    m_fields->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_fields->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    page->complete = [this] {
        for (QTreeWidgetItemIterator it(m_fields); *it; ++it)
            if ((*it)->data(0, FieldRole).isValid() && (*it)->checkState(0) == Qt::Checked)
                return true;
        return false;
    };
    connect(m_fields, &QTreeWidget::itemChanged, page, &QWizardPage::completeChanged);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_fields);
    return page;
}

void CreateProductWizard::fillFields()
{
    // keep what was chosen when coming back to the page
    QHash<QString, QPair<bool, QString>> before;
    for (QTreeWidgetItemIterator it(m_fields); *it; ++it)
        if ((*it)->data(0, FieldRole).isValid())
            before.insert((*it)->data(0, FieldRole).toString(),
                          {(*it)->checkState(0) == Qt::Checked, (*it)->text(2)});
    const QSignalBlocker block(m_fields);
    m_fields->clear();
    QSet<QString> shown;
    for (const Port &p : checkedPorts()) {
        if (shown.contains(p.contractId))
            continue;
        shown.insert(p.contractId);
        const std::optional<Contract> c = contract(p.contractId);
        auto *top = new QTreeWidgetItem(
            m_fields, {QStringLiteral("%1 → %2").arg(p.productName, p.contractId)});
        top->setFirstColumnSpanned(true);
        if (!c) {
            top->setText(
                0,
                tr("%1: the contract %2 is not in the catalog").arg(p.productName, p.contractId));
            top->setForeground(0, palette::bad);
            continue;
        }
        for (const SchemaObject &o : c->objects) {
            auto *obj = new QTreeWidgetItem(top, {o.name, o.physicalType});
            for (const Field &f : o.fields) {
                auto *item = new QTreeWidgetItem(
                    obj, {f.name, f.logicalType.isEmpty() ? f.physicalType : f.logicalType, f.name,
                          f.description.simplified()});
                const QString key =
                    p.contractId + QLatin1Char('\n') + o.name + QLatin1Char('\n') + f.name;
                item->setData(0, FieldRole, key);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
                const auto was = before.value(key, {false, f.name});
                item->setCheckState(0, was.first ? Qt::Checked : Qt::Unchecked);
                item->setText(2, was.second);
                item->setToolTip(3, f.description);
                if (f.pii || !f.classification.isEmpty())
                    item->setToolTip(
                        0, tr("classification: %1%2")
                               .arg(f.classification.isEmpty() ? tr("none") : f.classification,
                                    f.pii ? tr(", personal data") : QString()));
            }
        }
    }
    m_fields->expandAll();
    m_fields->resizeColumnToContents(0);
    m_fields->resizeColumnToContents(1);
    m_fields->resizeColumnToContents(2);
}

QWizardPage *CreateProductWizard::buildProductPage()
{
    auto *page = new GatedPage;
    page->setTitle(tr("The data product"));
    page->setSubTitle(tr("Its name, owner, output port and topic, and the service level its "
                         "topic is made for."));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("name"));
    m_id = new QLineEdit;
    m_id->setObjectName(QStringLiteral("id"));
    m_domain = new QComboBox;
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setEditable(true);
    try {
        for (const DomainSummary &d : m_store.domains())
            if (!d.name.isEmpty())
                m_domain->addItem(d.name);
    } catch (const StoreError &) {
    }
    m_domain->setCurrentText(QString());
    m_owner = new QLineEdit;
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setPlaceholderText(tr("the owning team"));
    m_description = new QPlainTextEdit;
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().lineSpacing() * 3 + 12);
    m_port = new QLineEdit;
    m_port->setObjectName(QStringLiteral("outputPort"));
    m_topic = new QLineEdit;
    m_topic->setObjectName(QStringLiteral("topic"));
    m_serviceLevel = new QComboBox;
    m_serviceLevel->setObjectName(QStringLiteral("serviceLevel"));
    for (const selfserve::ServiceLevel &s : selfserve::serviceLevels())
        m_serviceLevel->addItem(s.name, s.id);
    m_serviceLevelInfo = new QLabel;
    m_serviceLevelInfo->setWordWrap(true);
    m_profile = new QComboBox;
    m_profile->addItem(tr("Bootstrap servers below, no security"));
    for (const kafka::ConnectionProfile &p : kafka::loadProfiles())
        m_profile->addItem(p.name, p.name);
    m_bootstrap = new QLineEdit(m_defaultBootstrap);
    m_bootstrap->setObjectName(QStringLiteral("bootstrap"));
    m_bootstrap->setPlaceholderText(QStringLiteral("host:9092"));
    m_createTopic = new QCheckBox(tr("Create the topic on the cluster (Kafka Admin API)"));
    m_createTopic->setObjectName(QStringLiteral("createTopic"));
    m_createTopic->setChecked(!m_defaultBootstrap.isEmpty());
    m_folder = new QLineEdit;
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("optional: where to write the two documents (a Git checkout)"));
    auto *browse = new QToolButton;
    browse->setText(tr("Browse…"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Write the documents to"));
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder);
    folderRow->addWidget(browse);

    // the name suggests the id, the id the port, topic and contract, until they are edited
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_idEdited)
            m_id->setText(slug(text));
    });
    connect(m_id, &QLineEdit::textEdited, this, [this] { m_idEdited = true; });
    auto suggest = [this] {
        const QString id = m_id->text();
        m_port->setText(id);
        const QString domain = slug(m_domain->currentText());
        m_topic->setText(domain.isEmpty() ? id + QStringLiteral(".v1")
                                          : domain + QLatin1Char('.') + id + QStringLiteral(".v1"));
    };
    connect(m_id, &QLineEdit::textChanged, this, suggest);
    connect(m_domain, &QComboBox::currentTextChanged, this, suggest);
    connect(m_serviceLevel, &QComboBox::currentIndexChanged, this,
            &CreateProductWizard::showServiceLevel);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        if (const auto p = kafka::findProfile(m_profile->currentData().toString()))
            m_bootstrap->setText(p->bootstrap);
    });
    showServiceLevel();

    // (mnemonics apart from the wizard's own buttons: &Next, &Back)
    auto *pageLayout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    pageLayout->addLayout(form);
    pageLayout->addStretch(1); // spare height below the form, not between its rows
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("Output &port:"), m_port);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("&Service level:"), m_serviceLevel);
    form->addRow(QString(), m_serviceLevelInfo);
    form->addRow(tr("&Kafka connection:"), m_profile);
    form->addRow(tr("Bootstrap ser&vers:"), m_bootstrap);
    form->addRow(QString(), m_createTopic);
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder); // (a row of two widgets gets no buddy by itself)
    form->addRow(folderLabel, folderRow);
    page->complete = [this] {
        return !m_id->text().trimmed().isEmpty() && !m_name->text().trimmed().isEmpty() &&
               !m_domain->currentText().trimmed().isEmpty() &&
               !m_owner->text().trimmed().isEmpty() && !m_topic->text().trimmed().isEmpty() &&
               !m_port->text().trimmed().isEmpty() &&
               (!m_createTopic->isChecked() || !m_bootstrap->text().trimmed().isEmpty());
    };
    for (QLineEdit *e : {m_id, m_name, m_owner, m_topic, m_port, m_bootstrap})
        connect(e, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    connect(m_domain, &QComboBox::currentTextChanged, page, &QWizardPage::completeChanged);
    connect(m_createTopic, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    return page;
}

void CreateProductWizard::showServiceLevel()
{
    const auto s = selfserve::serviceLevel(m_serviceLevel->currentData().toString());
    if (!s)
        return;
    m_serviceLevelInfo->setText(
        tr("%1 Topic: %2 partition(s), replication %3, retention %4, cleanup policy %5; "
           "availability %6 %.")
            .arg(s->description)
            .arg(s->partitions)
            .arg(s->replicationFactor)
            .arg(retentionText(s->retentionMs), s->cleanupPolicy)
            .arg(s->availability));
}

QWizardPage *CreateProductWizard::buildPreviewPage()
{
    auto *page = new GatedPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Where the new product sits in the mesh, and the documents that will be "
                         "proposed (status 'proposed')."));
    m_problems = new QLabel;
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1").arg(palette::bad.name()));
    m_lineage = new LineageView;
    m_lineage->setObjectName(QStringLiteral("lineagePreview"));
    auto *docs = new QTabWidget;
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (QPlainTextEdit **e : {&m_productText, &m_contractText}) {
        *e = new QPlainTextEdit;
        (*e)->setReadOnly(true);
        (*e)->setFont(mono);
        new YamlHighlighter((*e)->document());
    }
    docs->addTab(m_productText, tr("Product (ODPS)"));
    docs->addTab(m_contractText, tr("Contract (ODCS)"));
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_lineage);
    split->addWidget(docs);
    split->setSizes({300, 200});
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_problems);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    page->complete = [this] { return m_docs.ok && !m_busy; };
    connect(this, &QWizard::currentIdChanged, this, [this, page](int id) {
        if (id == FieldsPage)
            fillFields();
        if (id == PreviewPage)
            fillPreview();
        Q_EMIT page->completeChanged();
        // each page starts where the keyboard works on it (not on a button, where Space would
        // press Cancel): the filter, the first field to tick, the name
        QWidget *focus = id == InputsPage    ? static_cast<QWidget *>(m_inputFilter)
                         : id == FieldsPage  ? static_cast<QWidget *>(m_fields)
                         : id == ProductPage ? static_cast<QWidget *>(m_name)
                                             : nullptr;
        if (id == FieldsPage && !m_fields->currentItem())
            for (QTreeWidgetItemIterator it(m_fields); *it; ++it)
                if ((*it)->data(0, FieldRole).isValid()) { // a field, not a contract or object
                    m_fields->setCurrentItem(*it);
                    break;
                }
        if (focus)
            QTimer::singleShot(0, focus, [focus] { focus->setFocus(Qt::TabFocusReason); });
    });
    return page;
}

selfserve::NewProductSpec CreateProductWizard::spec() const
{
    selfserve::NewProductSpec s;
    s.id = m_id->text().trimmed();
    s.name = m_name->text().trimmed();
    s.domain = m_domain->currentText().trimmed();
    s.owner = m_owner->text().trimmed();
    s.description = m_description->toPlainText().trimmed();
    s.outputPort = m_port->text().trimmed();
    s.topic = m_topic->text().trimmed();
    s.bootstrap = m_bootstrap->text().trimmed();
    if (const auto level = selfserve::serviceLevel(m_serviceLevel->currentData().toString()))
        s.serviceLevel = *level;
    QSet<QString> contracts;
    for (const Port &p : checkedPorts()) {
        if (contracts.contains(p.contractId))
            continue;
        contracts.insert(p.contractId);
        QString version;
        if (const auto it = m_contracts.constFind(p.contractId); it != m_contracts.constEnd())
            version = it->version;
        s.inputs.append({p.productId, p.portName, p.contractId, version});
    }
    for (QTreeWidgetItemIterator it(m_fields); *it; ++it) {
        const QTreeWidgetItem *item = *it;
        if (!item->data(0, FieldRole).isValid() || item->checkState(0) != Qt::Checked)
            continue;
        const QStringList key = item->data(0, FieldRole).toString().split(QLatin1Char('\n'));
        const auto c = m_contracts.constFind(key[0]);
        if (c == m_contracts.constEnd())
            continue;
        if (const Field *f = findField(*c, {key[1], key[2]}))
            s.fields.append({key[0], {key[1], key[2]}, *f, item->text(2).trimmed()});
    }
    return s;
}

void CreateProductWizard::fillPreview()
{
    const selfserve::NewProductSpec s = spec();
    QStringList contracts = m_contractIds;
    m_docs = selfserve::buildNewProduct(s, m_productIds, m_contractIds);
    m_problems->setText(m_docs.problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!m_docs.problems.isEmpty());
    m_productText->setPlainText(QString::fromUtf8(m_docs.product));
    m_contractText->setPlainText(QString::fromUtf8(m_docs.contract));
    m_status->setText(
        m_createTopic->isChecked()
            ? tr("Finishing creates topic %1 on %2, then proposes the product and its contract.")
                  .arg(s.topic, s.bootstrap)
            : tr("Finishing proposes the product and its contract; the topic is not created."));
    // the mesh with the new product in it, focused on it and what it reads
    try {
        QList<lineage::ProductInput> products = lineage::loadProducts(m_store);
        products.append(selfserve::lineageNode(s));
        contracts << s.effectiveContractId();
        m_lineage->setGraph(
            lineage::Graph::build(products, QSet<QString>(contracts.begin(), contracts.end())));
        if (!s.id.isEmpty())
            m_lineage->focusProduct(s.id, 2, 1);
    } catch (const StoreError &e) {
        m_problems->setText(e.message);
    }
}

void CreateProductWizard::accept()
{
    if (m_busy || !m_docs.ok)
        return;
    m_busy = true;
    Q_EMIT currentPage()->completeChanged();
    button(QWizard::BackButton)->setEnabled(false);
    // a topic being created is not abandoned half way (the request would go on without us)
    button(QWizard::CancelButton)->setEnabled(false);
    if (!m_createTopic->isChecked()) {
        finish({true, {}, 0, false, false, false});
        return;
    }
    const selfserve::NewProductSpec s = spec();
    kafka::KafkaConfig security;
    if (const auto p = kafka::findProfile(m_profile->currentData().toString()))
        security =
            kafka::securityConfig(*p, KafkaConnectionsDialog::sessionPasswords().value(p->name));
    m_status->setText(tr("Creating topic %1 on %2…").arg(s.topic, s.bootstrap));
    auto *watcher = new QFutureWatcher<kafka::TopicCreation>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        finish(watcher->result());
    });
    const QString admin = s.bootstrap == m_defaultBootstrap && !m_adminBootstrap.isEmpty()
                              ? m_adminBootstrap
                              : s.bootstrap;
    watcher->setFuture(QtConcurrent::run([s, security, admin] {
        return kafka::createTopic(admin, security, s.serviceLevel.topic(s.topic));
    }));
}

void CreateProductWizard::finish(const kafka::TopicCreation &topic)
{
    auto fail = [this](const QString &why) {
        m_status->setStyleSheet(QStringLiteral("color: %1").arg(palette::bad.name()));
        m_status->setText(why);
        m_busy = false;
        button(QWizard::BackButton)->setEnabled(true);
        button(QWizard::CancelButton)->setEnabled(true);
        Q_EMIT currentPage()->completeChanged();
        Q_EMIT finishedCreating(false);
    };
    if (!topic.ok) {
        fail(topic.error +
             (topic.exists ? QLatin1Char(' ') + tr("Go back and clear “Create the topic” to use it "
                                                   "as it is.")
                           : QString()));
        return;
    }
    const selfserve::NewProductSpec s = spec();
    if (m_createTopic->isChecked()) {
        m_topicCreated = true;
        // the topic exists now: a second Finish (after a refused proposal) must not create it
        // again
        m_createTopic->setChecked(false);
        m_status->setText(tr("Topic %1 created on %2.").arg(s.topic, s.bootstrap));
    }
    selfserve::CreateResult r;
    try {
        r = selfserve::proposeNewProduct(m_ledger, s, m_docs, m_user, m_folder->text().trimmed());
    } catch (const StoreError &e) {
        r.error = e.message;
    }
    if (!r.ok) {
        fail(r.error);
        return;
    }
    m_created = s.id;
    m_files = r.files;
    m_queued = r.queued;
    m_busy = false;
    Q_EMIT finishedCreating(true);
    QWizard::accept();
}

} // namespace meshdesk
