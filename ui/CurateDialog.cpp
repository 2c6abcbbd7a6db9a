#include "CurateDialog.h"

#include "Palette.h"
#include "catalog/DisplayText.h"
#include "governance/Diff.h"
#include "itemmodels/DiffModel.h"
#include "ledger/Ledger.h"
#include "selfserve/Proposals.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace meshdesk {

namespace {

QStringList splitTags(const QString &text)
{
    QStringList out;
    for (const QString &t : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            out << t.trimmed();
    return out;
}

QPlainTextEdit *textEdit(const QString &text, int lines)
{
    auto *e = new QPlainTextEdit(text);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

CurateDialog::CurateDialog(ledger::Ledger &ledger, const QString &kind, const QString &key,
                           const QStringList &field, const QString &user, QWidget *parent)
    : QDialog(parent), m_ledger(ledger), m_kind(kind), m_key(key), m_field(field), m_user(user)
{
    CatalogStore &store = ledger.store();
    setObjectName(QStringLiteral("curateDialog"));
    try {
        const auto v = store.currentVersion(kind, key);
        const auto doc = v ? store.document(*v) : std::nullopt;
        if (!doc)
            m_error = tr("There is no %1 '%2' in this catalog.").arg(kindDisplayName(kind), key);
        else {
            m_version = *v;
            m_current = *doc;
        }
    } catch (const StoreError &e) {
        m_error = e.message;
    }
    const Field *f =
        m_error.isEmpty() && !field.isEmpty() && m_current.kind == ImportedDocument::Kind::Contract
            ? findField(m_current.contract, field)
            : nullptr;
    if (m_error.isEmpty() && !field.isEmpty() && !f)
        m_error = tr("There is no field %1 in %2.").arg(field.join(QLatin1Char('.')), key);
    const SourceFormat format = m_current.format();
    const bool avro = format == SourceFormat::Avro;
    const bool bitolOrDcs = format == SourceFormat::Odcs || format == SourceFormat::Odps ||
                            format == SourceFormat::DataContractSpec;

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *intro = new QLabel;
    intro->setWordWrap(true);
    if (f) {
        setWindowTitle(tr("Propose an edit of a field"));
        intro->setText(tr("<b>Field %1</b> of %2 <i>%3</i>")
                           .arg(field.join(QLatin1Char('.')).toHtmlEscaped(), kindDisplayName(kind),
                                m_current.name().toHtmlEscaped()));
        m_description = textEdit(f->description, 3);
        m_description->setObjectName(QStringLiteral("fieldDescription"));
        form->addRow(tr("&Description:"), m_description);
        if (!avro) {
            m_classification = new QComboBox;
            m_classification->setObjectName(QStringLiteral("classification"));
            m_classification->setEditable(true);
            m_classification->addItems({QString(), QStringLiteral("public"),
                                        QStringLiteral("internal"), QStringLiteral("confidential"),
                                        QStringLiteral("restricted"), QStringLiteral("pii")});
            m_classification->setCurrentText(f->classification);
            form->addRow(tr("&Classification:"), m_classification);
            m_pii = new QCheckBox(tr("Personal data (&PII)"));
            m_pii->setObjectName(QStringLiteral("pii"));
            m_pii->setChecked(f->pii);
            form->addRow(QString(), m_pii);
        }
    } else {
        setWindowTitle(tr("Propose an edit"));
        intro->setText(
            tr("<b>%1</b> <i>%2</i> (%3, version %4)")
                .arg(kind == QLatin1String("product") ? tr("Data product") : tr("Contract"),
                     m_current.name().toHtmlEscaped(), key.toHtmlEscaped(),
                     m_current.version().toHtmlEscaped()));
        const Description &d = m_current.kind == ImportedDocument::Kind::Product
                                   ? m_current.product.description
                                   : m_current.contract.description;
        m_description = textEdit(d.purpose, 3);
        m_description->setObjectName(QStringLiteral("description"));
        form->addRow(tr("&Description:"), m_description);
        if (bitolOrDcs) {
            m_usage = textEdit(d.usage, 2);
            form->addRow(tr("&Usage:"), m_usage);
            m_limitations = textEdit(d.limitations, 2);
            form->addRow(tr("&Limitations:"), m_limitations);
        }
        if (!avro) {
            const QStringList tags = m_current.kind == ImportedDocument::Kind::Product
                                         ? m_current.product.tags
                                         : m_current.contract.tags;
            m_tags = new QLineEdit(tags.join(QStringLiteral(", ")));
            m_tags->setObjectName(QStringLiteral("tags"));
            m_tags->setPlaceholderText(tr("comma-separated"));
            form->addRow(tr("&Tags:"), m_tags);
            m_owner = new QLineEdit(m_current.owner());
            m_owner->setObjectName(QStringLiteral("owner"));
            form->addRow(tr("&Owner:"), m_owner);
        }
    }
    if (!m_current.version().isEmpty()) {
        m_newVersion = new QLineEdit(nextPatchVersion(m_current.version()).isEmpty()
                                         ? m_current.version()
                                         : nextPatchVersion(m_current.version()));
        m_newVersion->setObjectName(QStringLiteral("newVersion"));
        form->addRow(tr("New &version:"), m_newVersion);
    }
    m_comment = new QLineEdit;
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("why (kept with the proposal for the reviewer)"));
    form->addRow(tr("&Why:"), m_comment);

    m_diff = new DiffModel(this);
    m_previewView = new QTableView;
    m_previewView->setObjectName(QStringLiteral("curatePreview"));
    m_previewView->setModel(m_diff);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setMinimumHeight(110);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("curateMessage"));
    m_message->setWordWrap(true);
    auto *note = new QLabel(
        tr("Your edit becomes a new version that a governance owner of '%1' reviews (four-eyes). "
           "Nothing changes until it is approved.")
            .arg(m_current.domain().isEmpty() ? tr("(no domain)") : m_current.domain()));
    note->setWordWrap(true);
    int pending = 0;
    try {
        for (const ChangeRecord &c :
             m_error.isEmpty() ? store.changes(QStringLiteral("pending")) : QList<ChangeRecord>())
            pending += c.kind == kind && c.key == key;
    } catch (const StoreError &) {
        // (only a hint; the proposal itself says what went wrong)
    }
    if (pending)
        note->setText(note->text() + QLatin1Char(' ') +
                      tr("%n proposal(s) for it are pending already; this one is based on the "
                         "approved version.",
                         nullptr, pending));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Propose"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("propose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CurateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What the reviewer will see:")));
    layout->addWidget(m_previewView, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, f ? 480 : 600);

    if (!m_error.isEmpty()) {
        m_message->setText(m_error);
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &CurateDialog::preview);
    for (QPlainTextEdit *e : {m_description, m_usage, m_limitations})
        if (e)
            connect(e, &QPlainTextEdit::textChanged, this, &CurateDialog::schedulePreview);
    for (QLineEdit *e : {m_tags, m_owner, m_newVersion})
        if (e)
            connect(e, &QLineEdit::textChanged, this, &CurateDialog::schedulePreview);
    if (m_classification)
        connect(m_classification, &QComboBox::currentTextChanged, this,
                &CurateDialog::schedulePreview);
    if (m_pii)
        connect(m_pii, &QCheckBox::toggled, this, &CurateDialog::schedulePreview);
    preview();
}

QString CurateDialog::newVersion() const
{
    return m_newVersion ? m_newVersion->text().trimmed() : QString();
}

QList<ModelEdit> CurateDialog::edits() const
{
    QList<ModelEdit> out;
    if (!m_error.isEmpty())
        return out;
    using T = ModelEdit::Target;
    if (!m_field.isEmpty()) {
        const Field *f = findField(m_current.contract, m_field);
        if (!f)
            return out;
        if (m_description->toPlainText() != f->description)
            out.append({T::FieldDescription, m_field, m_description->toPlainText()});
        if (m_classification && m_classification->currentText().trimmed() != f->classification)
            out.append(
                {T::FieldClassification, m_field, m_classification->currentText().trimmed()});
        if (m_pii && m_pii->isChecked() != f->pii)
            out.append({T::FieldPii, m_field, m_pii->isChecked()});
    } else {
        const bool product = m_current.kind == ImportedDocument::Kind::Product;
        const Description &d =
            product ? m_current.product.description : m_current.contract.description;
        if (m_description->toPlainText() != d.purpose)
            out.append({T::Description, {}, m_description->toPlainText()});
        if (m_usage && m_usage->toPlainText() != d.usage)
            out.append({T::Usage, {}, m_usage->toPlainText()});
        if (m_limitations && m_limitations->toPlainText() != d.limitations)
            out.append({T::Limitations, {}, m_limitations->toPlainText()});
        if (m_tags) {
            const QStringList tags = splitTags(m_tags->text());
            if (tags != (product ? m_current.product.tags : m_current.contract.tags))
                out.append({T::Tags, {}, QJsonArray::fromStringList(tags)});
        }
        if (m_owner && m_owner->text().trimmed() != m_current.owner())
            out.append({T::Owner, {}, m_owner->text().trimmed()});
    }
    return out;
}

void CurateDialog::schedulePreview()
{
    m_debounce->start();
}

void CurateDialog::preview()
{
    QList<ModelEdit> edits = this->edits();
    if (edits.isEmpty()) {
        m_diff->setDiff({});
        m_message->setText(tr("Change something to propose it."));
        Q_EMIT previewReady();
        return;
    }
    if (!newVersion().isEmpty() && newVersion() != m_current.version())
        edits.append({ModelEdit::Target::Version, {}, newVersion()});
    // one document is parsed and edited: off the GUI thread all the same (a contract may be big)
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<std::pair<ModelEditResult, governance::DiffResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // a newer preview is on its way
        const auto [result, diff] = watcher->result();
        m_diff->setDiff(diff);
        m_previewView->resizeColumnToContents(DiffModel::SeverityColumn);
        m_previewView->resizeColumnToContents(DiffModel::PathColumn);
        m_message->setStyleSheet(result.ok ? QString()
                                           : QStringLiteral("color: %1").arg(palette::bad.name()));
        m_message->setText(result.ok ? QString() : result.error);
        Q_EMIT previewReady();
    });
    watcher->setFuture(QtConcurrent::run(
        [source = m_version.source, path = m_version.sourcePath, edits, current = m_current] {
            std::pair<ModelEditResult, governance::DiffResult> out;
            out.first = applyModelEdits(source, path, edits);
            if (out.first.ok)
                governance::diffDocuments(current, out.first.document, out.second, nullptr);
            return out;
        }));
}

void CurateDialog::accept()
{
    QList<ModelEdit> edits = this->edits();
    if (edits.isEmpty()) {
        m_message->setText(tr("Change something to propose it."));
        return;
    }
    selfserve::ProposalOptions options;
    options.comment = m_comment->text().trimmed();
    options.bumpVersion = false;
    if (!newVersion().isEmpty() && newVersion() != m_current.version())
        edits.append({ModelEdit::Target::Version, {}, newVersion()});
    options.baseVersionId = m_version.id; // what the preview showed the edits against
    selfserve::ProposalResult r;
    try {
        r = selfserve::proposeEdits(m_ledger, m_kind, m_key, edits, m_user, options);
    } catch (const StoreError &e) {
        r.error = e.message;
    }
    if (!r.ok) {
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(palette::bad.name()));
        m_message->setText(r.error);
        return;
    }
    m_changeId = r.changeId;
    m_queued = r.queued;
    QDialog::accept();
}

} // namespace meshdesk
