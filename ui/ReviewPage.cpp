#include "ReviewPage.h"
#include "Palette.h"

#include "itemmodels/DiffModel.h"

#include <QBrush>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
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
                return QBrush(palette::bad);
            case Severity::NonBreaking:
                return QBrush(palette::good);
            case Severity::Info:
                return QBrush(QColor(0x55, 0x55, 0x55));
            }
        }
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
} // namespace

ReviewPage::ReviewPage(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel;
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
    // rows come severity first from the diff; the path is what a reviewer reads, so it gets
    // the room, old and new values are elided
    m_diffView->verticalHeader()->hide();
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::PathColumn,
                                                         QHeaderView::Stretch);
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::OldColumn,
                                                         QHeaderView::Interactive);
    m_diffView->horizontalHeader()->setSectionResizeMode(DiffModel::NewColumn,
                                                         QHeaderView::Interactive);
    m_diffView->horizontalHeader()->setDefaultSectionSize(110);
    m_diffView->setTextElideMode(Qt::ElideMiddle);
    m_diffView->setWordWrap(false);

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
    m_approve = new QPushButton(tr("&Approve (Ctrl+Shift+A)"));
    m_reject = new QPushButton(tr("&Reject (Ctrl+Shift+R)"));
    m_export = new QPushButton(tr("Export evidence…"));
    m_approve->setObjectName(QStringLiteral("approve"));
    m_reject->setObjectName(QStringLiteral("reject"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_summary, 1);
    filterRow->addWidget(m_severity);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_diffView);
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
    split->setSizes({620, 340});

    auto *lineageButton = new QPushButton(tr("Show lineage"));
    connect(lineageButton, &QPushButton::clicked, this,
            [this] { Q_EMIT lineageRequested(m_review.change.kind, m_review.change.key); });
    m_blocked = new QLabel;
    m_blocked->setObjectName(QStringLiteral("decisionBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(lineageButton);
    buttons->addStretch();
    buttons->addWidget(m_blocked, 2);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_approve);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(split, 1);
    layout->addWidget(m_comment);
    layout->addLayout(buttons);

    connect(m_severity, &QComboBox::currentIndexChanged, this, &ReviewPage::setSeverityFilter);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        Q_EMIT decisionRequested(m_review.change.id, true, m_comment->toPlainText());
    });
    connect(m_reject, &QPushButton::clicked, this, [this] {
        Q_EMIT decisionRequested(m_review.change.id, false, m_comment->toPlainText());
    });
    connect(m_export, &QPushButton::clicked, this,
            [this] { Q_EMIT exportRequested(m_review.change.id); });
    auto *approveKey = new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this);
    connect(approveKey, &QShortcut::activated, m_approve, &QPushButton::click);
    auto *rejectKey = new QShortcut(QKeySequence(tr("Ctrl+Shift+R")), this);
    connect(rejectKey, &QShortcut::activated, m_reject, &QPushButton::click);
    connect(m_diffView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(DiffModel::FieldPathRole).toString();
        if (!path.isEmpty())
            Q_EMIT fieldActivated(m_review.change.kind, m_review.change.key, path);
    });
    connect(m_impact, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT productActivated(item->data(0, Qt::UserRole).toString());
    });
}

void ReviewPage::setSeverityFilter(int index)
{
    if (m_severity->currentIndex() != index)
        m_severity->setCurrentIndex(index);
    static_cast<SeverityProxy *>(m_filter)->setWanted(index - 1);
}

void ReviewPage::setReview(const Review &r, const QString &actingUser)
{
    m_review = r;
    const ChangeRecord &c = r.change;
    QString header =
        tr("<h2>Change #%1: %2 <i>%3</i></h2>").arg(c.id).arg(c.kind, c.key.toHtmlEscaped());
    header += tr("<p>%1 → %2, proposed by <b>%3</b> at %4. Status: <b>%5</b>")
                  .arg(r.current ? r.current->version().toHtmlEscaped() : QStringLiteral("-"),
                       r.proposed ? r.proposed->version().toHtmlEscaped() : QStringLiteral("-"),
                       c.proposer.toHtmlEscaped(), c.createdAt, c.status);
    if (!c.decidedBy.isEmpty())
        header += tr(" by <b>%1</b> at %2: “%3”")
                      .arg(c.decidedBy.toHtmlEscaped(), c.decidedAt, c.comment.toHtmlEscaped());
    header += QStringLiteral("<br><small>");
    header += r.proposalKey.isEmpty() ? tr("Proposal: not signed (kept from before signing).")
                                      : tr("Proposal signed by %1 with key %2.")
                                            .arg(c.proposer.toHtmlEscaped(), r.proposalKey);
    if (!c.decidedBy.isEmpty())
        header += QLatin1Char(' ') +
                  (r.decisionKey.isEmpty()
                       ? tr("Decision: not signed (kept from before signing).")
                       : tr("Decision signed by %1 with key %2.")
                             .arg(c.decidedBy.toHtmlEscaped(), r.decisionKey));
    header += QStringLiteral("</small></p>");
    if (!r.ok())
        header += QStringLiteral("<p style='color:#c62828'>%1</p>").arg(r.error.toHtmlEscaped());
    m_header->setText(header);
    m_summary->setText(tr("<b>%1</b> breaking, %2 non-breaking, %3 info")
                           .arg(r.diff.count(Severity::Breaking))
                           .arg(r.diff.count(Severity::NonBreaking))
                           .arg(r.diff.count(Severity::Info)));
    m_diffModel->setDiff(r.diff);
    m_diffView->resizeColumnToContents(DiffModel::SeverityColumn);
    m_diffView->resizeColumnToContents(DiffModel::KindColumn);
    m_diffView->resizeRowsToContents();

    m_policies->clear();
    for (const PolicyResult &p : r.policies) {
        auto *item = new QTreeWidgetItem(
            m_policies, {QCoreApplication::translate("meshdesk::governance",
                                                     p.description.toUtf8().constData()),
                         p.passed                          ? tr("pass")
                         : p.level == Policy::Level::Error ? tr("FAIL")
                                                           : tr("warning")});
        item->setForeground(1, p.passed                          ? palette::good
                               : p.level == Policy::Level::Error ? palette::bad
                                                                 : palette::warning);
        item->setToolTip(0, p.policyId);
        for (const PolicyFinding &f : p.findings)
            new QTreeWidgetItem(item, {f.message, f.path});
    }
    m_policies->expandAll();
    m_impact->clear();
    if (r.impact.isEmpty())
        new QTreeWidgetItem(
            m_impact, {r.diff.breaking() ? tr("No product reads it") : tr("Nothing breaking")});
    for (const Consumer &cons : r.impact) {
        auto *item = new QTreeWidgetItem(m_impact, {cons.name, cons.owner, cons.domain,
                                                    cons.viaContract, QString::number(cons.depth)});
        item->setData(0, Qt::UserRole, cons.productId);
    }
    const bool pending = c.status == QLatin1String("pending");
    const bool ownProposal = c.proposer == actingUser;
    m_approve->setEnabled(pending && r.ok() && !ownProposal);
    m_reject->setEnabled(pending && r.ok() && !ownProposal);
    m_comment->setEnabled(pending);
    m_comment->clear();
    const QString why =
        ownProposal ? tr("You proposed this change; another governance owner decides (four-eyes).")
                    : QString();
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
}

void ReviewPage::setDecisionBlocked(const QString &reason)
{
    const bool pending = m_review.change.status == QLatin1String("pending");
    const bool may = reason.isEmpty() && m_review.ok() && pending;
    m_approve->setEnabled(may);
    m_reject->setEnabled(may);
    m_comment->setEnabled(may);
    m_approve->setToolTip(reason);
    m_reject->setToolTip(reason);
    // the reason in plain sight, not only in a tooltip (not for a decided change: it says so)
    m_blocked->setText(pending ? reason : QString());
    m_blocked->setVisible(pending && !reason.isEmpty());
}

QString ReviewPage::decisionBlockedText() const
{
    return m_blocked->isVisible() ? m_blocked->text() : QString();
}

} // namespace meshdesk
