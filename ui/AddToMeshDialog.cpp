#include "AddToMeshDialog.h"

#include "Palette.h"
#include "YamlHighlighter.h"
#include "formats/DocumentWriter.h"
#include "kafka/AvroDecoder.h"
#include "kafka/Conformance.h"
#include "store/CatalogStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>

namespace meshdesk {

namespace {
enum SchemaColumn
{
    NameColumn,
    TypeColumn,
    RequiredColumn,
    DetailColumn
};
constexpr int PathRole = Qt::UserRole; // QList<int>: indices down the fields, -1 = array items
const char *folderKey = "addToMesh/folder";
// samples kept to check the edited draft against, on every edit
constexpr qsizetype maxKeptSamples = 20000;

// "checkout.carts.v1" -> "checkout-carts" (the version is the contract's)
QString productIdFor(const QString &topic)
{
    QString id = kafka::idFromTopic(topic);
    static const QRegularExpression version(QStringLiteral("-v[0-9]+$"));
    id.remove(version);
    return id.isEmpty() ? kafka::idFromTopic(topic) : id;
}

// "checkout.carts.v1" -> "Carts" (the part after the domain, without a version)
QString productNameFor(const QString &topic, const QString &domain)
{
    QStringList parts =
        topic.split(QRegularExpression(QStringLiteral("[._-]")), Qt::SkipEmptyParts);
    static const QRegularExpression version(QStringLiteral("^v[0-9]+$"));
    parts.removeIf([&](const QString &p) { return version.match(p).hasMatch(); });
    if (parts.size() > 1 && parts.front() == domain)
        parts.removeFirst();
    for (QString &p : parts)
        p[0] = p[0].toUpper();
    return parts.isEmpty() ? topic : parts.join(QLatin1Char(' '));
}
} // namespace

struct AddToMeshDialog::Sampled
{
    int generation = 0;
    QString error;
    kafka::InferResult result;
    QList<QByteArray> json;
    QList<QJsonValue> avro;
};

AddToMeshDialog::AddToMeshDialog(const Context &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Add to Mesh: %1").arg(context.topic));
    setObjectName(QStringLiteral("addToMeshDialog"));
    // --- where the draft comes from
    auto *topicLabel = new QLabel(
        tr("<b>%1</b> on %2")
            .arg(context.topic.toHtmlEscaped(), context.profile.bootstrap.toHtmlEscaped()));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("valueFormat"));
    m_format->addItem(tr("JSON"), QStringLiteral("json"));
    m_format->addItem(tr("Avro with its schema file (.avsc)"), QStringLiteral("avro-file"));
    m_format->addItem(tr("Avro, Confluent wire format (Schema Registry)"),
                      QStringLiteral("avro-registry"));
    m_formatSource = new QLineEdit;
    m_formatSource->setObjectName(QStringLiteral("formatSource"));
    m_browseSchema = new QPushButton(tr("Browse…"));
    m_last = new QSpinBox;
    m_last->setRange(1, 100000);
    m_last->setValue(100);
    m_last->setSuffix(tr(" per partition"));
    m_last->setToolTip(tr("How many of the newest messages of each partition are sampled."));
    m_inferButton = new QPushButton(tr("Sample && &infer"));
    m_inferButton->setObjectName(QStringLiteral("infer"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("inferStatus"));
    m_status->setWordWrap(true);
    auto *source = new QGridLayout;
    source->addWidget(new QLabel(tr("Topic:")), 0, 0);
    source->addWidget(topicLabel, 0, 1, 1, 4);
    source->addWidget(new QLabel(tr("Values:")), 1, 0);
    source->addWidget(m_format, 1, 1);
    source->addWidget(m_formatSource, 1, 2);
    source->addWidget(m_browseSchema, 1, 3);
    source->addWidget(new QLabel(tr("Sample:")), 2, 0);
    source->addWidget(m_last, 2, 1);
    source->addWidget(m_inferButton, 2, 3);
    source->setColumnStretch(2, 1);
    auto updateSource = [this] {
        const QString f = m_format->currentData().toString();
        m_formatSource->setEnabled(f != QLatin1String("json"));
        m_browseSchema->setVisible(f == QLatin1String("avro-file"));
        m_formatSource->setPlaceholderText(
            f == QLatin1String("avro-file") ? tr("the writer's schema, an .avsc file")
            : f == QLatin1String("avro-registry")
                ? tr("Schema Registry URL, e.g. http://localhost:8081")
                : QString());
    };
    connect(m_format, &QComboBox::currentIndexChanged, this, updateSource);
    updateSource();
    connect(m_browseSchema, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("The writer's Avro schema"), QString(), tr("Avro schema (*.avsc *.json)"));
        if (!file.isEmpty())
            m_formatSource->setText(file);
    });
    connect(m_inferButton, &QPushButton::clicked, this, &AddToMeshDialog::infer);

    // --- the draft schema: a tree and a form for the selected field
    m_schema = new QTreeWidget;
    m_schema->setObjectName(QStringLiteral("draftSchema"));
    m_schema->setHeaderLabels({tr("Field"), tr("Type"), tr("Required"), tr("Format, enum, notes")});
    m_schema->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_schema->header()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_schema->setUniformRowHeights(true);
    m_fieldName = new QLineEdit;
    m_fieldName->setObjectName(QStringLiteral("fieldName"));
    m_fieldType = new QComboBox;
    m_fieldType->setObjectName(QStringLiteral("fieldType"));
    m_fieldType->addItem(tr("(any)"), QString());
    for (const char *t :
         {"string", "integer", "number", "boolean", "date", "timestamp", "time", "object", "array"})
        m_fieldType->addItem(QLatin1String(t), QLatin1String(t));
    m_fieldRequired = new QCheckBox(tr("Re&quired (present and not null)"));
    m_fieldRequired->setObjectName(QStringLiteral("fieldRequired"));
    m_fieldFormat = new QComboBox;
    m_fieldFormat->setEditable(true);
    m_fieldFormat->addItems(
        {QString(), QStringLiteral("uuid"), QStringLiteral("email"), QStringLiteral("uri")});
    m_fieldEnum = new QLineEdit;
    m_fieldEnum->setObjectName(QStringLiteral("fieldEnum"));
    m_fieldEnum->setPlaceholderText(tr("allowed values, comma-separated"));
    m_fieldClassification = new QComboBox;
    m_fieldClassification->setObjectName(QStringLiteral("fieldClassification"));
    m_fieldClassification->setEditable(true);
    m_fieldClassification->addItems({QString(), QStringLiteral("public"),
                                     QStringLiteral("internal"), QStringLiteral("restricted"),
                                     QStringLiteral("confidential")});
    m_fieldPii = new QCheckBox(tr("Person&al data (PII)"));
    m_fieldPii->setObjectName(QStringLiteral("fieldPii"));
    m_fieldDescription = new QPlainTextEdit;
    m_fieldDescription->setObjectName(QStringLiteral("fieldDescription"));
    m_fieldDescription->setTabChangesFocus(true);
    m_fieldDescription->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_fieldExamples = new QLabel;
    m_fieldExamples->setWordWrap(true);
    m_fieldExamples->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_removeField = new QPushButton(tr("Remove field"));
    m_fieldForm = new QWidget;
    auto *fieldColumn = new QVBoxLayout(m_fieldForm); // the rows packed at the top
    fieldColumn->setContentsMargins(6, 0, 0, 0);
    auto *fieldForm = new QFormLayout;
    fieldColumn->addLayout(fieldForm);
    fieldColumn->addStretch();
    fieldForm->addRow(tr("&Name:"), m_fieldName);
    fieldForm->addRow(tr("&Type:"), m_fieldType);
    fieldForm->addRow(QString(), m_fieldRequired);
    fieldForm->addRow(tr("F&ormat:"), m_fieldFormat);
    fieldForm->addRow(tr("&Enum:"), m_fieldEnum);
    fieldForm->addRow(tr("C&lassification:"), m_fieldClassification);
    fieldForm->addRow(QString(), m_fieldPii);
    fieldForm->addRow(tr("Des&cription:"), m_fieldDescription);
    fieldForm->addRow(tr("Examples:"), m_fieldExamples);
    fieldForm->addRow(QString(), m_removeField);
    auto *schemaSplit = new QSplitter;
    schemaSplit->addWidget(m_schema);
    schemaSplit->addWidget(m_fieldForm);
    schemaSplit->setStretchFactor(0, 3);
    schemaSplit->setStretchFactor(1, 2);
    connect(m_schema, &QTreeWidget::currentItemChanged, this, &AddToMeshDialog::showField);
    for (QLineEdit *e : {m_fieldName, m_fieldEnum})
        connect(e, &QLineEdit::textEdited, this, &AddToMeshDialog::editField);
    for (QComboBox *c : {m_fieldType, m_fieldFormat, m_fieldClassification})
        connect(c, &QComboBox::currentTextChanged, this, &AddToMeshDialog::editField);
    for (QCheckBox *c : {m_fieldRequired, m_fieldPii})
        connect(c, &QCheckBox::toggled, this, &AddToMeshDialog::editField);
    connect(m_fieldDescription, &QPlainTextEdit::textChanged, this, &AddToMeshDialog::editField);
    connect(m_removeField, &QPushButton::clicked, this, &AddToMeshDialog::removeField);

    // --- the product
    m_productId = new QLineEdit(productIdFor(context.topic));
    m_productId->setObjectName(QStringLiteral("productId"));
    m_productName = new QLineEdit(productNameFor(context.topic, context.domain));
    m_productName->setObjectName(QStringLiteral("productName"));
    m_domain = new QComboBox;
    m_domain->setObjectName(QStringLiteral("domain"));
    m_domain->setEditable(true);
    m_domain->addItems(context.domains);
    m_domain->setCurrentText(context.domain);
    m_team = new QLineEdit;
    m_team->setObjectName(QStringLiteral("team"));
    m_team->setPlaceholderText(tr("the owning team, e.g. Checkout Team"));
    m_owner = new QLineEdit(context.user);
    m_owner->setObjectName(QStringLiteral("owner"));
    m_owner->setToolTip(tr("The user who owns the product (a team member with the role owner)."));
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("What the data is and what it is for"));
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_tier = new QComboBox;
    m_tier->setObjectName(QStringLiteral("qualityTier"));
    m_tier->addItem(tr("(choose)"), QString());
    m_tier->addItem(tr("raw: as the source emits it"), QStringLiteral("raw"));
    m_tier->addItem(tr("curated: cleaned, checked, documented"), QStringLiteral("curated"));
    m_tier->addItem(tr("authoritative: the reference for its domain"),
                    QStringLiteral("authoritative"));
    m_availability = new QDoubleSpinBox;
    m_availability->setObjectName(QStringLiteral("availability"));
    m_availability->setRange(0, 100);
    m_availability->setDecimals(2);
    m_availability->setSuffix(QStringLiteral(" %"));
    m_availability->setSpecialValueText(tr("not set"));
    m_latency = new QSpinBox;
    m_latency->setObjectName(QStringLiteral("latency"));
    m_latency->setRange(0, 1000000);
    m_latency->setSpecialValueText(tr("not set"));
    m_latencyUnit = new QComboBox;
    m_latencyUnit->addItem(tr("seconds"), QStringLiteral("s"));
    m_latencyUnit->addItem(tr("minutes"), QStringLiteral("m"));
    m_latencyUnit->addItem(tr("hours"), QStringLiteral("h"));
    m_latencyUnit->setCurrentIndex(1);
    m_retention = new QSpinBox;
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->setRange(0, 100000);
    m_retention->setSpecialValueText(tr("not set"));
    m_retentionUnit = new QComboBox;
    m_retentionUnit->addItem(tr("days"), QStringLiteral("d"));
    m_retentionUnit->addItem(tr("years"), QStringLiteral("y"));
    m_status2 = new QComboBox;
    m_status2->setObjectName(QStringLiteral("status"));
    m_status2->addItem(tr("active"), QStringLiteral("active"));
    m_status2->addItem(tr("draft"), QStringLiteral("draft"));
    m_status2->addItem(tr("proposed"), QStringLiteral("proposed"));
    m_version = new QLineEdit(QStringLiteral("1.0.0"));
    m_version->setObjectName(QStringLiteral("version"));
    auto row = [](QWidget *a, QWidget *b) {
        auto *w = new QWidget;
        auto *l = new QHBoxLayout(w);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(a, 1);
        l->addWidget(b);
        return w;
    };
    auto *productPage = new QWidget;
    auto *productForm = new QFormLayout(productPage);
    productForm->addRow(tr("Product id:"), m_productId);
    productForm->addRow(tr("&Name:"), m_productName);
    productForm->addRow(tr("Do&main:"), m_domain);
    productForm->addRow(tr("Owner &team:"), m_team);
    productForm->addRow(tr("O&wner:"), m_owner);
    productForm->addRow(tr("D&escription:"), m_description);
    productForm->addRow(tr("&Quality tier:"), m_tier);
    productForm->addRow(tr("A&vailability:"), m_availability);
    // (labels of their own: a row's container takes no focus, its mnemonic would go nowhere)
    auto *latencyLabel = new QLabel(tr("&Latency:"));
    latencyLabel->setBuddy(m_latency);
    productForm->addRow(latencyLabel, row(m_latency, m_latencyUnit));
    auto *retentionLabel = new QLabel(tr("&Retention:"));
    retentionLabel->setBuddy(m_retention);
    productForm->addRow(retentionLabel, row(m_retention, m_retentionUnit));
    productForm->addRow(tr("Status, version:"), row(m_status2, m_version));
    for (QLineEdit *e : {m_productId, m_productName, m_team, m_owner, m_version})
        connect(e, &QLineEdit::textChanged, this, &AddToMeshDialog::refresh);
    for (QComboBox *c : {m_domain, m_tier, m_latencyUnit, m_retentionUnit, m_status2})
        connect(c, &QComboBox::currentTextChanged, this, &AddToMeshDialog::refresh);
    connect(m_description, &QPlainTextEdit::textChanged, this, &AddToMeshDialog::refresh);
    connect(m_availability, &QDoubleSpinBox::valueChanged, this, &AddToMeshDialog::refresh);
    for (QSpinBox *s : {m_latency, m_retention})
        connect(s, &QSpinBox::valueChanged, this, &AddToMeshDialog::refresh);

    // --- the documents as they will be written
    m_productYaml = new QPlainTextEdit;
    m_contractYaml = new QPlainTextEdit;
    for (QPlainTextEdit *e : {m_productYaml, m_contractYaml}) {
        e->setReadOnly(true);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        e->setLineWrapMode(QPlainTextEdit::NoWrap);
        new YamlHighlighter(e->document());
    }
    m_contractYaml->setObjectName(QStringLiteral("contractYaml"));
    m_productYaml->setObjectName(QStringLiteral("productYaml"));
    auto *documents = new QSplitter;
    documents->addWidget(m_productYaml);
    documents->addWidget(m_contractYaml);
    documents->setStretchFactor(1, 2);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("addToMeshTabs"));
    m_tabs->addTab(schemaSplit, tr("&Schema"));
    m_tabs->addTab(productPage, tr("&Product"));
    m_tabs->addTab(documents, tr("&Documents"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &AddToMeshDialog::refresh);

    // --- governance: what is missing
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("publishFindings"));
    m_findings->setHeaderLabels({tr("Policy"), tr("Governance says")});
    m_findings->setRootIsDecorated(false);
    m_findings->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->setMaximumHeight(fontMetrics().lineSpacing() * 7);

    // --- where it goes
    m_folder = new QLineEdit(QSettings().value(QLatin1String(folderKey)).toString());
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setPlaceholderText(tr("a folder for the documents, e.g. a Git checkout"));
    auto *browseFolder = new QPushButton(tr("Browse…"));
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Where the documents go"), m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, &AddToMeshDialog::refresh);
    m_publish = new QPushButton(tr("Pu&blish"));
    m_publish->setObjectName(QStringLiteral("publish"));
    m_publish->setToolTip(tr("Write the product (ODPS) and its contract (ODCS) into the folder "
                             "and import them: governance sees them like any import."));
    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_publish, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &AddToMeshDialog::publish);
    auto *bottom = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    bottom->addWidget(folderLabel);
    bottom->addWidget(m_folder, 1);
    bottom->addWidget(browseFolder);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(source);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("Before it is published:")));
    layout->addWidget(m_findings);
    layout->addLayout(bottom);
    // at least 980x640 (a 1024x700 screen), more of a bigger one
    const QRect screenArea = screen()->availableGeometry();
    resize(std::max(980, screenArea.width() * 11 / 20), std::max(640, screenArea.height() * 3 / 5));
    m_fieldForm->setEnabled(false);
    setStatus(tr("Sample the topic to draft its contract."));
    refresh();
}

AddToMeshDialog::~AddToMeshDialog() = default;

QString AddToMeshDialog::message() const
{
    return m_status->text();
}

void AddToMeshDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText,
               error ? meshdesk::palette::bad : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void AddToMeshDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void AddToMeshDialog::infer()
{
    kafka::InferRequest req;
    req.sample.bootstrap = m_context.profile.bootstrap;
    req.sample.security = kafka::securityConfig(m_context.profile, m_context.password);
    req.sample.topic = m_context.topic;
    req.sample.mode = kafka::SampleRequest::Mode::Last;
    req.sample.last = m_last->value();
    req.sample.max = 100000;
    req.sample.timeoutMs = 10000;
    const QString format = m_format->currentData().toString();
    if (format != QLatin1String("json")) {
        req.format = QStringLiteral("avro");
        if (format == QLatin1String("avro-registry")) {
            req.registryUrl = m_formatSource->text().trimmed();
        } else {
            QFile f(m_formatSource->text().trimmed());
            if (!f.open(QIODevice::ReadOnly)) {
                setStatus(tr("Cannot read the Avro schema %1: %2")
                              .arg(m_formatSource->text(), f.errorString()),
                          true);
                return;
            }
            req.avroSchema = f.readAll();
        }
    }
    const int generation = ++m_generation;
    m_inferButton->setEnabled(false);
    setStatus(tr("Sampling %1…").arg(m_context.topic));
    auto *watcher = new QFutureWatcher<Sampled>(this);
    connect(watcher, &QFutureWatcher<Sampled>::finished, this, [this, watcher] {
        const Sampled s = watcher->result();
        watcher->deleteLater();
        if (s.generation != m_generation)
            return; // a newer request is on its way
        m_inferButton->setEnabled(true);
        applyInference(s);
    });
    // sampling, decoding (a Schema Registry is asked there) and inference: never on this thread
    watcher->setFuture(QtConcurrent::run([req, generation] {
        Sampled s;
        s.generation = generation;
        const kafka::SampleResult r = kafka::sample(req.sample);
        if (!r.ok) {
            s.error = r.error;
            return s;
        }
        s.result = kafka::inferMessages(r.messages, req);
        if (req.format == QLatin1String("avro")) {
            kafka::AvroDecoder decoder;
            if (!req.avroSchema.isEmpty())
                decoder.setSchema(req.avroSchema);
            if (!req.registryUrl.isEmpty())
                decoder.setSchemaLookup(kafka::registryLookup(req.registryUrl));
            else
                decoder.setSchemaLookup(
                    [schema = req.avroSchema](int, QString *) { return schema; });
            for (const kafka::Message &m : r.messages) {
                const kafka::Decoded d = decoder.decode(m.value);
                if (d.kind == kafka::Decoded::Kind::Json && s.avro.size() < maxKeptSamples)
                    s.avro << d.json;
            }
        } else {
            for (const kafka::Message &m : r.messages)
                if (s.json.size() < maxKeptSamples)
                    s.json << m.value;
        }
        return s;
    }));
}

void AddToMeshDialog::applyInference(const Sampled &s)
{
    if (!s.error.isEmpty() || !s.result.ok) {
        setStatus(s.error.isEmpty() ? s.result.error : s.error, true);
        Q_EMIT inferred(false);
        return;
    }
    m_inferred = s.result;
    m_jsonValues = s.json;
    m_avroValues = s.avro;
    const QString format = m_format->currentData().toString() == QLatin1String("json")
                               ? QStringLiteral("json")
                               : QStringLiteral("avro");
    m_contract =
        kafka::draftContract(m_inferred, m_context.profile.bootstrap, m_context.topic, format);
    QString text = tr("Drafted from %n message(s).", nullptr, m_inferred.samples);
    if (m_inferred.rejected > 0)
        text +=
            QLatin1Char(' ') + tr("%n message(s) were not usable.", nullptr, m_inferred.rejected);
    if (!m_inferred.notes.isEmpty())
        text += QLatin1Char(' ') + m_inferred.notes.last();
    setStatus(text);
    rebuildSchemaTree();
    refresh();
    m_tabs->setCurrentIndex(0);
    m_schema->setFocus(); // the draft's fields first: type a name to find one
    Q_EMIT inferred(true);
}

void AddToMeshDialog::fillItem(QTreeWidgetItem *item, const Field &f)
{
    item->setText(NameColumn, f.name);
    item->setText(TypeColumn, f.logicalType.isEmpty() ? tr("(any)") : f.logicalType);
    item->setText(RequiredColumn, f.required ? tr("yes") : QString());
    QStringList details;
    if (!f.format.isEmpty())
        details << f.format;
    if (!f.enumValues.isEmpty())
        details << tr("one of %1").arg(f.enumValues.join(QStringLiteral(", ")));
    if (f.primaryKey)
        details << tr("primary key (the message key)");
    if (f.pii || !f.classification.isEmpty())
        details << (f.classification.isEmpty() ? QStringLiteral("PII") : f.classification);
    for (const QJsonValue &c : f.customProperties)
        if (c.toObject().value(QLatin1String("property")).toString() == QLatin1String("nullable"))
            details << tr("may be null");
    item->setText(DetailColumn, details.join(QStringLiteral("; ")));
    item->setToolTip(DetailColumn, f.description);
}

void AddToMeshDialog::rebuildSchemaTree()
{
    m_schema->clear();
    if (m_contract.objects.empty())
        return;
    std::function<void(QTreeWidgetItem *, const std::vector<Field> &, const QList<int> &)> add =
        [&](QTreeWidgetItem *parent, const std::vector<Field> &fields, const QList<int> &path) {
            for (int i = 0; i < int(fields.size()); ++i) {
                const Field &f = fields[size_t(i)];
                auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_schema);
                const QList<int> here = path + QList<int>{i};
                item->setData(NameColumn, PathRole, QVariant::fromValue(here));
                fillItem(item, f);
                add(item, f.fields, here);
                if (const Field *items = f.arrayItems()) {
                    auto *itemsItem = new QTreeWidgetItem(item);
                    const QList<int> itemsPath = here + QList<int>{-1};
                    itemsItem->setData(NameColumn, PathRole, QVariant::fromValue(itemsPath));
                    fillItem(itemsItem, *items);
                    itemsItem->setText(NameColumn, tr("[elements]"));
                    add(itemsItem, items->fields, itemsPath);
                }
            }
        };
    add(nullptr, m_contract.objects.front().fields, {});
    m_schema->expandAll();
    if (m_schema->topLevelItemCount() > 0)
        m_schema->setCurrentItem(m_schema->topLevelItem(0));
}

Field *AddToMeshDialog::fieldAt(const QList<int> &path)
{
    if (m_contract.objects.empty() || path.isEmpty())
        return nullptr;
    std::vector<Field> *fields = &m_contract.objects.front().fields;
    Field *f = nullptr;
    for (int step : path) {
        if (step == -1) {
            if (!f || f->items.empty())
                return nullptr;
            f = &f->items.front();
            fields = &f->fields;
            continue;
        }
        if (step < 0 || step >= int(fields->size()))
            return nullptr;
        f = &(*fields)[size_t(step)];
        fields = &f->fields;
    }
    return f;
}

void AddToMeshDialog::showField()
{
    QTreeWidgetItem *item = m_schema->currentItem();
    const Field *f = item ? fieldAt(item->data(NameColumn, PathRole).value<QList<int>>()) : nullptr;
    m_fieldForm->setEnabled(f != nullptr);
    if (!f)
        return;
    m_loadingField = true;
    const bool isItems = item->data(NameColumn, PathRole).value<QList<int>>().last() == -1;
    m_fieldName->setText(f->name);
    m_fieldName->setEnabled(!isItems);
    const int type = m_fieldType->findData(f->logicalType);
    m_fieldType->setCurrentIndex(type < 0 ? 0 : type);
    m_fieldRequired->setChecked(f->required);
    m_fieldRequired->setEnabled(!isItems);
    m_fieldFormat->setCurrentText(f->format);
    m_fieldEnum->setText(f->enumValues.join(QStringLiteral(", ")));
    m_fieldClassification->setCurrentText(f->classification);
    m_fieldPii->setChecked(f->pii);
    m_fieldDescription->setPlainText(f->description);
    QStringList examples;
    for (const QJsonValue &e : f->examples)
        examples << jsonText(e);
    m_fieldExamples->setText(examples.isEmpty() ? tr("(none kept)")
                                                : examples.join(QStringLiteral(", ")));
    m_removeField->setEnabled(!isItems);
    m_loadingField = false;
}

void AddToMeshDialog::editField()
{
    if (m_loadingField)
        return;
    QTreeWidgetItem *item = m_schema->currentItem();
    Field *f = item ? fieldAt(item->data(NameColumn, PathRole).value<QList<int>>()) : nullptr;
    if (!f)
        return;
    if (m_fieldName->isEnabled() && !m_fieldName->text().trimmed().isEmpty())
        f->name = m_fieldName->text().trimmed();
    f->logicalType = m_fieldType->currentData().toString();
    f->required = m_fieldRequired->isChecked();
    f->format = m_fieldFormat->currentText().trimmed();
    f->enumValues.clear();
    for (const QString &v : m_fieldEnum->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            f->enumValues << v.trimmed();
    f->classification = m_fieldClassification->currentText().trimmed();
    f->pii = m_fieldPii->isChecked();
    f->description = m_fieldDescription->toPlainText().trimmed();
    fillItem(item, *f);
    if (item->data(NameColumn, PathRole).value<QList<int>>().last() == -1)
        item->setText(NameColumn, tr("[elements]"));
    refresh();
}

void AddToMeshDialog::removeField()
{
    QTreeWidgetItem *item = m_schema->currentItem();
    if (!item)
        return;
    QList<int> path = item->data(NameColumn, PathRole).value<QList<int>>();
    if (path.isEmpty() || path.last() < 0)
        return;
    const int index = path.takeLast();
    std::vector<Field> *fields = nullptr;
    if (path.isEmpty()) {
        fields = &m_contract.objects.front().fields;
    } else if (Field *parent = fieldAt(path)) {
        fields = &parent->fields;
    }
    if (!fields || index >= int(fields->size()))
        return;
    fields->erase(fields->begin() + index);
    rebuildSchemaTree();
    refresh();
}

void AddToMeshDialog::collect()
{
    DataProduct &p = m_product;
    p = DataProduct();
    p.format = SourceFormat::Odps;
    p.id = m_productId->text().trimmed();
    p.name = m_productName->text().trimmed();
    p.domain = m_domain->currentText().trimmed();
    p.status = m_status2->currentData().toString();
    p.version = m_version->text().trimmed();
    p.description.purpose = m_description->toPlainText().trimmed();
    p.team.name = m_team->text().trimmed();
    if (!m_owner->text().trimmed().isEmpty())
        p.team.members.push_back({m_owner->text().trimmed(),
                                  {},
                                  QStringLiteral("owner"),
                                  QDate::currentDate().toString(Qt::ISODate),
                                  {},
                                  {}});
    p.owner = p.team.name;
    if (p.owner.isEmpty() && !p.team.members.empty())
        p.owner = p.team.members.front().username;
    const QString tier = m_tier->currentData().toString();
    if (!tier.isEmpty())
        p.customProperties.append(
            QJsonObject{{QStringLiteral("property"), QStringLiteral("qualityTier")},
                        {QStringLiteral("value"), tier}});
    Contract &c = m_contract;
    if (!c.objects.empty()) {
        Port out;
        // "checkout-carts" of domain checkout: port "carts"
        out.name = p.id;
        if (!p.domain.isEmpty() && out.name.startsWith(p.domain + QLatin1Char('-')))
            out.name = out.name.mid(p.domain.size() + 1);
        out.description = tr("Kafka topic %1").arg(m_context.topic);
        out.type = QStringLiteral("topic");
        out.version = p.version;
        out.contractId = c.id;
        p.outputPorts.push_back(out);
    }
    // the contract says the same about who, what and how well
    c.name = p.name.isEmpty() ? m_context.topic : p.name;
    c.domain = p.domain;
    c.dataProduct = p.id;
    c.status = p.status;
    c.version = p.version;
    c.description.purpose = p.description.purpose;
    c.team = p.team;
    c.owner = p.owner;
    c.customProperties = p.customProperties;
    QJsonArray sla;
    auto level = [&sla](const char *property, double value, const QString &unit) {
        if (value > 0)
            sla.append(QJsonObject{{QStringLiteral("property"), QLatin1String(property)},
                                   {QStringLiteral("value"), value},
                                   {QStringLiteral("unit"), unit}});
    };
    level("availability", m_availability->value(), QStringLiteral("percent"));
    level("latency", m_latency->value(), m_latencyUnit->currentData().toString());
    level("retention", m_retention->value(), m_retentionUnit->currentData().toString());
    c.slaProperties = sla;
}

void AddToMeshDialog::refresh()
{
    collect();
    m_check = governance::checkPublish(m_product, m_contract, m_context.enabledPolicies,
                                       m_context.contractIds);
    // the samples against the edited draft: an edit that would reject real messages shows
    m_conforming = 0;
    const int samples = int(m_jsonValues.size() + m_avroValues.size());
    if (!m_contract.objects.empty()) {
        const kafka::ConformanceChecker checker(m_contract.objects.front());
        for (const QByteArray &v : std::as_const(m_jsonValues)) {
            QList<kafka::Violation> found;
            m_conforming +=
                checker.checkJson(v, &found) == kafka::ConformanceChecker::Json::Valid &&
                found.isEmpty();
        }
        for (const QJsonValue &v : std::as_const(m_avroValues))
            m_conforming += checker.check(v).isEmpty();
    }
    m_findings->clear();
    auto add = [this](const QString &policy, const QString &text, const QColor &colour,
                      const QString &tip) {
        auto *item = new QTreeWidgetItem(m_findings, {policy, text});
        item->setForeground(0, colour);
        item->setToolTip(0, tip);
        item->setToolTip(1, text);
    };
    QHash<QString, QString> descriptions;
    for (const governance::Policy &p : governance::builtinPolicies())
        descriptions.insert(p.id, QCoreApplication::translate("meshdesk::governance",
                                                              p.description.toUtf8().constData()));
    // the verdict first, then what is missing, then what is only advised
    if (m_contract.objects.empty())
        add(tr("draft"), tr("no contract drafted yet: sample the topic"), meshdesk::palette::bad,
            {});
    else if (m_check.ready())
        add(tr("ready"),
            m_check.warnings().isEmpty() ? tr("meets the minimum to publish")
                                         : tr("meets the minimum to publish (with warnings)"),
            meshdesk::palette::good, {});
    for (const governance::PolicyFinding &f : m_check.blocking())
        add(f.policyId, f.message, meshdesk::palette::bad, descriptions.value(f.policyId));
    if (!m_context.cannotAct.isEmpty())
        add(tr("identity"), m_context.cannotAct, meshdesk::palette::bad,
            tr("Publishing is a proposal signed by the acting identity."));
    if (m_context.productIds.contains(m_product.id))
        add(tr("catalog"),
            tr("product %1 exists: publishing proposes a new version for review").arg(m_product.id),
            meshdesk::palette::warning, {});
    if (samples > 0 && m_conforming < samples)
        add(tr("samples"),
            tr("%1 of %2 sampled messages do not conform to this draft")
                .arg(samples - m_conforming)
                .arg(samples),
            meshdesk::palette::warning,
            tr("The draft as edited, checked against the sampled messages."));
    for (const governance::PolicyFinding &f : m_check.warnings())
        add(f.policyId, f.message, meshdesk::palette::warning, descriptions.value(f.policyId));
    if (m_tabs->currentIndex() == 2) { // written when looked at
        m_productYaml->setPlainText(QString::fromUtf8(formats::writeOdps(m_product)));
        m_contractYaml->setPlainText(QString::fromUtf8(formats::writeOdcs(m_contract)));
    }
    m_publish->setEnabled(!m_contract.objects.empty() && m_check.ready() &&
                          m_context.cannotAct.isEmpty() &&
                          !m_product.id.isEmpty() && !m_folder->text().trimmed().isEmpty());
}

bool AddToMeshDialog::publish()
{
    refresh();
    if (m_contract.objects.empty() || !m_check.ready()) {
        setStatus(tr("Governance does not let this be published yet: see what is missing below."),
                  true);
        return false;
    }
    if (!m_context.cannotAct.isEmpty()) {
        setStatus(m_context.cannotAct, true);
        return false;
    }
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty() || !QDir().mkpath(folder)) {
        setStatus(tr("Choose a folder the documents can be written to."), true);
        return false;
    }
    const QString productFile = QDir(folder).filePath(m_product.id + QStringLiteral(".odps.yaml"));
    const QString contractFile =
        QDir(folder).filePath(m_contract.id + QStringLiteral(".odcs.yaml"));
    QStringList existing;
    for (const QString &f : {productFile, contractFile})
        if (QFile::exists(f))
            existing << QDir::toNativeSeparators(f);
    if (!existing.isEmpty() &&
        QMessageBox::question(this, tr("Add to Mesh"),
                              tr("These files exist and would be replaced:\n%1")
                                  .arg(existing.join(QLatin1Char('\n')))) != QMessageBox::Yes)
        return false;
    const QString header = tr("Published with MeshDesk (Add to Mesh) from topic %1 by %2 at %3.")
                               .arg(m_context.topic, m_context.user, nowUtc());
    const QList<QPair<QString, QByteArray>> files{
        {contractFile, formats::writeOdcs(m_contract, header)},
        {productFile, formats::writeOdps(m_product, header)}};
    for (const auto &[path, bytes] : files) {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
            setStatus(
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
                true);
            return false;
        }
    }
    QSettings().setValue(QLatin1String(folderKey), folder);
    m_written = {contractFile, productFile};
    Q_EMIT published(m_written);
    accept();
    return true;
}

} // namespace meshdesk
