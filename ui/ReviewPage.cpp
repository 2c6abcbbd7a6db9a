#include "ReviewPage.h"
#include "Palette.h"

#include "catalog/DisplayText.h"
#include "core/Names.h"
#include "governance/Decision.h"
#include "governance/TextDiff.h"
#include "itemmodels/DiffModel.h"

#include <QBrush>
#include <QJsonArray>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshdesk {

using namespace governance;

namespace {
// Colours severity for the diff table (meaning comes from the model's SeverityRole).
class SeverityProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int wanted = -1;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && index.column() == DiffModel::SeverityColumn) {
            switch (Severity(index.data(DiffModel::SeverityRole).toInt())) {
            case Severity::Breaking:
                return QBrush(palette::shown(palette::bad));
            case Severity::NonBreaking:
                return QBrush(palette::shown(palette::good));
            case Severity::Info:
                return QBrush(palette::shown(palette::muted));
            }
        }
        if (role == Qt::DisplayRole &&
            (index.column() == DiffModel::OldColumn || index.column() == DiffModel::NewColumn))
            return QSortFilterProxyModel::data(index, role).toString().simplified();
        return QSortFilterProxyModel::data(index, role);
    }
    void setWanted(int w)
    {
        wanted = w;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        return wanted < 0 ||
               sourceModel()->index(row, 0, parent).data(DiffModel::SeverityRole).toInt() == wanted;
    }
};
// One line, elided: the old and new columns stay one row high; the details pane below shows
// the complete values.
class OneLineDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->features &= ~QStyleOptionViewItem::WrapText;
        option->textElideMode = Qt::ElideRight;
    }
};

// The whole path, wrapping after its dots: a zero-width space is a line break opportunity, a
// dot between letters is none.
class PathDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text.replace(QLatin1Char('.'), QStringLiteral(".\u200b"));
        option->features |= QStyleOptionViewItem::WrapText;
    }
};

// A value's pieces as HTML, the ones the other side lacks on a tint of `meaning`.
QString sideHtml(const QStringList &parts, const QList<bool> &changed, bool byLine,
                 const QColor &meaning)
{
    const QString mark = QStringLiteral("<span style='background-color:%1'>")
                             .arg(palette::css(palette::tint(meaning)));
    QString h = QStringLiteral("<pre style='white-space:pre-wrap'>");
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString text = parts[i].toHtmlEscaped();
        h += changed.value(i)
                 ? mark + (text.isEmpty() ? QStringLiteral(" ") : text) + QStringLiteral("</span>")
                 : text;
        if (byLine && i + 1 < parts.size())
            h += QLatin1Char('\n');
    }
    return h + QStringLiteral("</pre>");
}
} // namespace

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel;
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_summary = new QLabel;
    m_severity = new QComboBox;
    m_severity->addItems({tr("All changes"), tr("Breaking"), tr("Non-breaking"), tr("Info")});
    m_severity->setObjectName(QStringLiteral("severityFilter"));

    m_diffModel = new DiffModel(this);
    auto *proxy = new SeverityProxy(this);
    proxy->setSourceModel(m_diffModel);
    m_filter = proxy;
    m_diffView = new QTableView;
    m_diffView->setObjectName(QStringLiteral("diffView"));
    m_diffView->setModel(m_filter);
    m_diffView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_diffView->setSelectionMode(QAbstractItemView::SingleSelection);
    // rows come severity first from the diff; the path is what a reviewer reads, so it gets
    // the room and wraps (never elided); old and new values are one line here and complete
    // in the details pane below
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::PathColumn,
                                                         QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::OldColumn,
                                                         QHeaderView::Interactive);
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::NewColumn,
                                                         QHeaderView::Interactive);
    m_diffView->horizontalHeader()->setDefaultSectionSize(100);
    m_diffView->horizontalHeader()->setMinimumSectionSize(40);
    m_diffView->setWordWrap(true);
    auto *oneLine = new OneLineDelegate(m_diffView);
    m_diffView->setItemDelegateForColumn(DiffModel::OldColumn, oneLine);
    m_diffView->setItemDelegateForColumn(DiffModel::NewColumn, oneLine);
    m_diffView->setItemDelegateForColumn(DiffModel::PathColumn, new PathDelegate(m_diffView));
    // wrapped paths change height with the column's width
    auto *fitRows = new QTimer(this);
    fitRows->setSingleShot(true);
    fitRows->setInterval(0);
    connect(fitRows, &QTimer::timeout, m_diffView, &QTableView::resizeRowsToContents);
    connect(m_diffView->horizontalHeader(), &QHeaderView::sectionResized, fitRows,
            qOverload<>(&QTimer::start));
    // (the table's own width changes with the splitter too, not only with the page)
    m_diffView->viewport()->installEventFilter(this);

    // the selected change in full: path, rule, and the old and new values side by side
    m_changeTitle = new QLabel;
    m_changeTitle->setObjectName(QStringLiteral("changeTitle"));
    m_changeTitle->setWordWrap(true);
    m_changeTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_oldValue = new QTextBrowser;
    m_oldValue->setObjectName(QStringLiteral("oldValue"));
    m_newValue = new QTextBrowser;
    m_newValue->setObjectName(QStringLiteral("newValue"));
    for (QTextBrowser *b : {m_oldValue, m_newValue}) {
        b->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        b->setLineWrapMode(QTextEdit::WidgetWidth);
    }
    auto *oldBox = new QWidget;
    auto *oldLayout = new QVBoxLayout(oldBox);
    oldLayout->setContentsMargins(0, 0, 0, 0);
    oldLayout->addWidget(new QLabel(tr("<b>Old</b> (removed in red)")));
    oldLayout->addWidget(m_oldValue);
    auto *newBox = new QWidget;
    auto *newLayout = new QVBoxLayout(newBox);
    newLayout->setContentsMargins(0, 0, 0, 0);
    newLayout->addWidget(new QLabel(tr("<b>New</b> (added in green)")));
    newLayout->addWidget(m_newValue);
    auto *values = new QSplitter(Qt::Horizontal);
    values->addWidget(oldBox);
    values->addWidget(newBox);
    auto *details = new QWidget;
    auto *detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_changeTitle);
    detailsLayout->addWidget(values, 1);

    m_policies = new QTreeWidget;
    m_policies->setObjectName(QStringLiteral("policies"));
    m_policies->setHeaderLabels({tr("Policy"), tr("Result")});
    m_policies->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_policies->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_policies->header()->setStretchLastSection(false);
    m_policies->setWordWrap(true);
    m_impact = new QTreeWidget;
    m_impact->setObjectName(QStringLiteral("impact"));
    m_impact->setHeaderLabels(
        {tr("Downstream product"), tr("Owner"), tr("Domain"), tr("Via contract"), tr("Depth")});
    m_impact->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_comment = new QPlainTextEdit;
    m_comment->setObjectName(QStringLiteral("comment"));
    m_comment->setPlaceholderText(tr("Comment (required to reject)"));
    m_comment->setMaximumHeight(54);
    const QKeySequence approveKeys(tr("Ctrl+Shift+A")), rejectKeys(tr("Ctrl+Shift+R"));
    // the shortcuts in the tooltips (and Help > Keyboard shortcuts): in the labels they made the
    // row wider than a 1024-pixel screen in German
    m_approve = new QPushButton(tr("&Approve"));
    m_reject = new QPushButton(tr("&Reject"));
    m_approveKeys = approveKeys.toString(QKeySequence::NativeText);
    m_rejectKeys = rejectKeys.toString(QKeySequence::NativeText);
    m_export = new QPushButton(tr("Export evidence…"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));
    // why the acting user may not decide, in words beside the buttons (not only a tooltip)
    m_reason = new QLabel;
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->hide();

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(m_severity);
    leftLayout->addLayout(filterRow);
    auto *diffSplit = new QSplitter(Qt::Vertical);
    diffSplit->addWidget(m_diffView);
    diffSplit->addWidget(details);
    diffSplit->setStretchFactor(0, 3);
    diffSplit->setStretchFactor(1, 2);
    diffSplit->setChildrenCollapsible(false);
    leftLayout->addWidget(diffSplit);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("<b>Policies</b>")));
    rightLayout->addWidget(m_policies);
    rightLayout->addWidget(new QLabel(
        tr("<b>Downstream impact</b> (products that read the changed output, transitively)")));
    rightLayout->addWidget(m_impact);
    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({700, 300}); // the diff is what is read

    auto *lineageButton = new QPushButton(tr("Show lineage"));
    connect(lineageButton, &QPushButton::clicked, this,
            [this] { Q_EMIT lineageRequested(m_review.change.kind, m_review.change.key); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(lineageButton);
    buttons->addStretch();
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addWidget(m_comment);
    layout->addWidget(m_reason);
    layout->addLayout(buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &ReviewPage::setSeverityFilter);
    connect(m_approve, &QPushButton::clicked, this, &ReviewPage::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewPage::reject);
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_review.change.id); });
    auto *approveKey = new QShortcut(approveKeys, this);
    connect(approveKey, &QShortcut::activated, m_approve, &QPushButton::click);
    auto *rejectKey = new QShortcut(rejectKeys, this);
    connect(rejectKey, &QShortcut::activated, m_reject, &QPushButton::click);
    connect(m_diffView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewPage::showChange);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this] { showChange({}); });
    connect(m_diffView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(DiffModel::FieldPathRole).toString();
        if (!path.isEmpty())
            Q_EMIT fieldActivated(m_review.change.kind, m_review.change.key, path);
    });
    connect(m_impact, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT productActivated(item->data(0, Qt::UserRole).toString());
    });
}

void ReviewPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

bool ReviewPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_diffView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ReviewPage::fitColumns()
{
    // a narrow table keeps the path readable: the old and new values are in the details pane
    // below anyway
    const bool room = m_diffView->viewport()->width() >= 560;
    m_diffView->setColumnHidden(DiffModel::OldColumn, !room);
    m_diffView->setColumnHidden(DiffModel::NewColumn, !room);
}

void ReviewPage::setSeverityFilter(int index)
{
    if (m_severity->currentIndex() != index)
        m_severity->setCurrentIndex(index);
    static_cast<SeverityProxy *>(m_filter)->setWanted(index - 1);
    m_diffView->resizeRowsToContents();
    selectFirstChange();
}

void ReviewPage::selectFirstChange()
{
    const QModelIndex first = m_filter->index(0, DiffModel::PathColumn);
    if (first.isValid())
        m_diffView->setCurrentIndex(first);
    else
        showChange({});
}

void ReviewPage::showChange(const QModelIndex &index)
{
    const QModelIndex source = m_filter->mapToSource(index);
    if (!source.isValid() || size_t(source.row()) >= m_review.diff.changes.size()) {
        m_changeTitle->setText(m_review.diff.changes.empty()
                                   ? tr("No differences.")
                                   : tr("Select a change to see it whole."));
        m_oldValue->clear();
        m_newValue->clear();
        return;
    }
    const Change &c = m_review.diff.changes[size_t(source.row())];
    m_changeTitle->setText(
        tr("<b>%1</b> — %2 (%3)")
            .arg(DiffModel::displayPath(c.path).toHtmlEscaped(),
                 source.siblingAtColumn(DiffModel::KindColumn).data().toString(),
                 c.rule.isEmpty()
                     ? source.siblingAtColumn(DiffModel::SeverityColumn).data().toString()
                     : source.siblingAtColumn(DiffModel::SeverityColumn).data().toString() +
                           QStringLiteral(": ") + c.rule.toHtmlEscaped()));
    const SideBySide sides = compareValues(c.oldValue, c.newValue);
    m_oldValue->setHtml(c.oldValue.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(none)"))
                                             : sideHtml(sides.oldParts, sides.oldChanged,
                                                        sides.byLine, palette::bad));
    m_newValue->setHtml(c.newValue.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(none)"))
                                             : sideHtml(sides.newParts, sides.newChanged,
                                                        sides.byLine, palette::good));
}

void ReviewPage::setReview(const Review &r, const QString &actingUser)
{
    m_review = r;
    m_user = actingUser;
    const ChangeRecord &c = r.change;
    QString header = tr("<h2>Change #%1: %2 <i>%3</i></h2>")
                         .arg(c.id)
                         .arg(kindDisplayName(c.kind), c.key.toHtmlEscaped());
    header += tr("<p>%1 → %2, proposed by <b>%3</b> at %4. Status: <b>%5</b>")
                  .arg(r.current ? r.current->version().toHtmlEscaped() : QStringLiteral("-"),
                       r.proposed ? r.proposed->version().toHtmlEscaped() : QStringLiteral("-"),
                       c.proposer.toHtmlEscaped(), localDateTime(c.createdAt),
                       statusDisplayName(c.status));
    if (!c.decidedBy.isEmpty())
        header +=
            tr(" by <b>%1</b> at %2").arg(c.decidedBy.toHtmlEscaped(), localDateTime(c.decidedAt));
    if (!c.decidedBy.isEmpty() && !c.comment.trimmed().isEmpty())
        header += tr(": “%1”").arg(c.comment.toHtmlEscaped());
    header += QStringLiteral("<br><small>");
    header += r.proposalKey.isEmpty() ? tr("Proposal: not signed (kept from before signing).")
                                      : tr("Proposal signed by %1 with key %2.")
                                            .arg(c.proposer.toHtmlEscaped(), r.proposalKey);
    if (!c.decidedBy.isEmpty())
        header += QLatin1Char(' ') + (r.decisionKey.isEmpty()
                                          ? tr("Decision: not signed (kept from before signing).")
                                          : tr("Decision signed by %1 with key %2.")
                                                .arg(c.decidedBy.toHtmlEscaped(), r.decisionKey));
    header += QStringLiteral("</small></p>");
    if (!r.removal.isEmpty()) { // Remove from Mesh: who still reads it is below
        header += QStringLiteral("<p><b>%1</b>")
                      .arg(r.removal == QLatin1String("retired")
                               ? tr("Retires the product: it leaves the mesh. %n product(s) still "
                                    "read it.",
                                    nullptr, int(r.impact.size()))
                               : tr("Deprecates the product: its readers are told. %n product(s) "
                                    "still read it.",
                                    nullptr, int(r.impact.size())));
        if (!r.retirementOverride.isEmpty())
            header += QStringLiteral("<br>") +
                      tr("Override: %1").arg(r.retirementOverride.toHtmlEscaped());
        header += QStringLiteral("</p>");
    }
    if (const QString action = r.note.value(QLatin1String("action")).toString();
        !action.isEmpty()) { // how it was proposed, as the signed act says
        QStringList list;
        const QString key = action == QLatin1String("create") ? QStringLiteral("inputs")
                                                              : QStringLiteral("edits");
        for (const QJsonValue &v : r.note.value(key).toArray())
            list << names::terminalSafe(v.toString()).toHtmlEscaped();
        QString what;
        if (action == QLatin1String("edit"))
            what = tr("A curation edit of %1.").arg(list.join(QStringLiteral(", ")));
        else if (action == QLatin1String("create"))
            what = tr("A new data product made with the Create wizard: it reads %1; topic %2, "
                      "service level %3.")
                       .arg(list.isEmpty() ? tr("nothing") : list.join(QStringLiteral(", ")),
                            names::terminalSafe(r.note.value(QLatin1String("topic")).toString())
                                .toHtmlEscaped(),
                            names::terminalSafe(r.note.value(QLatin1String("serviceLevel")).toString())
                                .toHtmlEscaped());
        else
            what = action.toHtmlEscaped();
        header += QStringLiteral("<p>") + what;
        if (const QString comment = r.note.value(QLatin1String("comment")).toString();
            !comment.trimmed().isEmpty())
            header += QLatin1Char(' ') + tr("Proposer's comment: “%1”")
                                             .arg(names::terminalSafe(comment).toHtmlEscaped());
        header += QStringLiteral("</p>");
    }
    if (!r.ok())
        header += QStringLiteral("<p style='color:%1'>%2</p>")
                      .arg(palette::css(palette::shown(palette::bad)), r.error.toHtmlEscaped());
    m_header->setText(header);
    m_summary->setText(tr("<b>%1</b> breaking, %2 non-breaking, %3 info")
                           .arg(r.diff.count(Severity::Breaking))
                           .arg(r.diff.count(Severity::NonBreaking))
                           .arg(r.diff.count(Severity::Info)));
    m_diffModel->setDiff(r.diff);
    m_diffView->resizeColumnToContents(DiffModel::SeverityColumn);
    m_diffView->resizeColumnToContents(DiffModel::KindColumn);
    m_diffView->resizeRowsToContents();
    selectFirstChange();

    m_policies->clear();
    for (const PolicyResult &p : r.policies) {
        auto *item = new QTreeWidgetItem(
            m_policies, {QCoreApplication::translate("meshdesk::governance",
                                                     p.description.toUtf8().constData()),
                         p.passed                          ? tr("pass")
                         : p.level == Policy::Level::Error ? tr("FAIL")
                                                           : tr("warning")});
        item->setForeground(1,
                            palette::shown(p.passed                          ? palette::good
                                           : p.level == Policy::Level::Error ? palette::bad
                                                                             : palette::warning));
        item->setToolTip(0, p.policyId);
        for (const PolicyFinding &f : p.findings)
            new QTreeWidgetItem(item, {f.message, f.path});
    }
    m_policies->expandAll();
    m_impact->clear();
    if (r.impact.isEmpty())
        new QTreeWidgetItem(m_impact,
                            {r.diff.breaking() || !r.removal.isEmpty() ? tr("No product reads it")
                                                                       : tr("Nothing breaking")});
    for (const Consumer &cons : r.impact) {
        auto *item = new QTreeWidgetItem(m_impact, {cons.name, cons.owner, cons.domain,
                                                    cons.viaContract, QString::number(cons.depth)});
        item->setData(0, Qt::UserRole, cons.productId);
    }
    // until the window says otherwise (setDecisionBlocked): the proposer never decides
    setDecisionBlocked(c.proposer == actingUser
                           ? tr("You proposed this change; another governance owner decides "
                                "(four-eyes).")
                           : QString());
}

void ReviewPage::showReason(const QString &text, bool warning)
{
    m_reason->setText(text);
    m_reason->setVisible(!text.isEmpty());
    QPalette p = palette();
    if (warning)
        p.setColor(QPalette::WindowText, palette::shown(palette::bad));
    m_reason->setPalette(p);
}

QString ReviewPage::decisionReason() const
{
    return m_reason->isVisible() ? m_reason->text() : QString();
}

QString ReviewPage::approvalWarning() const
{
    if (!m_review.diff.breaking())
        return {};
    auto list = [](const QStringList &items) {
        constexpr int shown = 12;
        QString h = QStringLiteral("<ul>");
        for (int i = 0; i < std::min<int>(shown, int(items.size())); ++i)
            h += QStringLiteral("<li>%1</li>").arg(items[i]);
        if (items.size() > shown)
            h += QStringLiteral("<li>%1</li>")
                     .arg(tr("… and %n more", nullptr, int(items.size()) - shown));
        return h + QStringLiteral("</ul>");
    };
    QStringList breaking;
    for (const Change &c : m_review.diff.changes)
        if (c.severity == Severity::Breaking)
            breaking << tr("<code>%1</code>: %2")
                            .arg(DiffModel::displayPath(c.path).toHtmlEscaped(),
                                 c.rule.toHtmlEscaped());
    QStringList products;
    for (const Consumer &cons : m_review.impact)
        products << (cons.owner.isEmpty()
                         ? tr("<b>%1</b> (no owner named)").arg(cons.name.toHtmlEscaped())
                         : tr("<b>%1</b>, owner %2")
                               .arg(cons.name.toHtmlEscaped(), cons.owner.toHtmlEscaped()));
    QString h = tr("<p>%n breaking change(s):</p>", nullptr, int(breaking.size())) + list(breaking);
    h += products.isEmpty()
             ? tr("<p>No product in the catalog reads it.</p>")
             : tr("<p>%n downstream product(s) are affected:</p>", nullptr, int(products.size())) +
                   list(products);
    return h;
}

void ReviewPage::approve()
{
    const QString warning = approvalWarning();
    if (!warning.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Approve a breaking change?"),
                        tr("<b>Approve change #%1 to %2?</b>")
                            .arg(m_review.change.id)
                            .arg(m_review.change.key.toHtmlEscaped()),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmApproval"));
        box.setTextFormat(Qt::RichText);
        box.setInformativeText(warning);
        QPushButton *yes = box.addButton(tr("Approve"), QMessageBox::AcceptRole);
        QPushButton *no = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(no);
        box.setEscapeButton(no);
        box.exec();
        if (box.clickedButton() != yes)
            return;
    }
    Q_EMIT decisionRequested(m_review.change.id, true, m_comment->toPlainText());
}

void ReviewPage::reject()
{
    if (m_comment->toPlainText().trimmed().isEmpty()) {
        showReason(rejectNeedsCommentMessage() + QLatin1Char(' ') +
                       tr("Write it in the comment box."),
                   true);
        m_comment->setFocus();
        return;
    }
    Q_EMIT decisionRequested(m_review.change.id, false, m_comment->toPlainText());
}

void ReviewPage::setDecisionBlocked(const QString &reason)
{
    const bool pending = m_review.change.status == QLatin1String("pending");
    const bool may = reason.isEmpty() && m_review.ok() && pending;
    m_approve->setEnabled(may);
    m_reject->setEnabled(may);
    m_comment->setEnabled(may);
    m_comment->clear();
    // the reason in plain sight, not only in a tooltip
    const QString why = !reason.isEmpty() ? reason
                        : !m_review.ok()
                            ? tr("This change cannot be reviewed: %1").arg(m_review.error)
                        : !pending ? tr("Change #%1 is already decided; a decided change cannot be "
                                        "decided again.")
                                         .arg(m_review.change.id)
                                   : QString();
    showReason(why, false);
    auto tip = [&why](const QString &keys) {
        return why.isEmpty() ? keys : why + QLatin1Char('\n') + keys;
    };
    m_approve->setToolTip(tip(m_approveKeys));
    m_reject->setToolTip(tip(m_rejectKeys));
}

QString ReviewPage::decisionBlockedText() const
{
    return m_approve->isEnabled() ? QString() : decisionReason();
}

} // namespace meshdesk
