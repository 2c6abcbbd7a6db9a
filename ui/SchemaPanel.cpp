#include "SchemaPanel.h"

#include "LooksProxies.h"
#include "itemmodels/SchemaModel.h"

#include <QAction>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <functional>

namespace meshdesk {

namespace {

// Columns off until the user turns them on (the details pane shows their content anyway).
const QList<int> kHiddenByDefault = {SchemaModel::ExamplesColumn, SchemaModel::QualityColumn,
                                     SchemaModel::TagsColumn, SchemaModel::DefaultColumn};
// Columns shown even when empty (they say what the rows are).
const QList<int> kAlwaysShown = {SchemaModel::NameColumn, SchemaModel::LogicalTypeColumn,
                                 SchemaModel::DescriptionColumn};
constexpr int kMaxColumnWidth = 320; // a long enum list does not push the description away

} // namespace

SchemaPanel::SchemaPanel(SchemaModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("schemaView"));
    m_proxy = new SchemaLooksProxy(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->header()->setResizeContentsPrecision(300); // sizing reads 300 rows, not 10,000
    m_view->sortByColumn(-1, Qt::AscendingOrder);      // document order until a header is clicked
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setSectionResizeMode(SchemaModel::DescriptionColumn, QHeaderView::Stretch);
    m_view->header()->setMinimumSectionSize(40);
    // the description last: it takes what the other columns leave
    m_view->header()->moveSection(m_view->header()->visualIndex(SchemaModel::DescriptionColumn),
                                  SchemaModel::ColumnCount - 1);

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("schemaFilter"));
    m_filter->setPlaceholderText(tr("Filter fields (name, type, values, description…)"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    m_expand = new QToolButton;
    m_expand->setText(tr("Expand all"));
    connect(m_expand, &QToolButton::clicked, m_view, &QTreeView::expandAll);
    m_collapse = new QToolButton;
    m_collapse->setText(tr("Collapse all"));
    connect(m_collapse, &QToolButton::clicked, m_view, &QTreeView::collapseAll);

    // Column chooser: a button with a checkable menu, the same menu on the header.
    QSettings settings;
    const QVariant stored = settings.value(QStringLiteral("SchemaPanel/hiddenColumns"));
    if (stored.isValid()) {
        for (const QVariant &v : stored.toList())
            m_hidden << v.toInt();
    } else {
        m_hidden = kHiddenByDefault;
    }
    m_columns = new QToolButton;
    m_columns->setObjectName(QStringLiteral("schemaColumns"));
    m_columns->setText(tr("Columns"));
    m_columns->setToolTip(tr("Choose the columns of the schema"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_columns);
    for (int c = 1; c < SchemaModel::ColumnCount; ++c) {
        auto *a = menu->addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!m_hidden.contains(c));
        a->setData(c);
        connect(a, &QAction::toggled, this, [this, c](bool on) { setColumnShown(c, on); });
    }
    m_columns->setMenu(menu);
    m_view->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->header(), &QHeaderView::customContextMenuRequested, this,
            [this, menu](const QPoint &pos) {
                menu->popup(m_view->header()->viewport()->mapToGlobal(pos));
            });

    m_details = new QTextBrowser;
    m_details->setObjectName(QStringLiteral("schemaDetails"));
    m_details->setOpenExternalLinks(true);
    m_details->setPlaceholderText(tr("Select an object or a field to see everything it declares."));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SchemaPanel::showDetails);
    // a column the user drags keeps its width when the window resizes
    connect(m_view->header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != SchemaModel::DescriptionColumn &&
            QGuiApplication::mouseButtons() != Qt::NoButton)
            m_userSized = true;
    });
    // a tree that grows deeper may need a wider name column
    connect(m_view, &QTreeView::expanded, this,
            [this] { QTimer::singleShot(0, this, [this] { m_view->resizeColumnToContents(0); }); });

    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(QStringLiteral("schemaSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->restoreState(settings.value(QStringLiteral("SchemaPanel/splitter")).toByteArray());
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        QSettings().setValue(QStringLiteral("SchemaPanel/splitter"), m_splitter->saveState());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_expand);
    bar->addWidget(m_collapse);
    bar->addWidget(m_columns);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    m_filled = QList<bool>(SchemaModel::ColumnCount, true);
    applyColumns();
}

bool SchemaPanel::isColumnShown(int column) const
{
    return !m_view->isColumnHidden(column);
}

void SchemaPanel::setColumnShown(int column, bool shown)
{
    if (shown)
        m_hidden.removeAll(column);
    else if (!m_hidden.contains(column))
        m_hidden << column;
    QVariantList l;
    for (int c : std::as_const(m_hidden))
        l << c;
    QSettings().setValue(QStringLiteral("SchemaPanel/hiddenColumns"), l);
    for (QAction *a : m_columns->menu()->actions())
        if (a->data().toInt() == column && a->isChecked() != shown) {
            const QSignalBlocker block(a);
            a->setChecked(shown);
        }
    if (shown)
        m_filled[column] = true; // asked for: show it even when this contract leaves it empty
    applyColumns();
    fitColumns();
}

bool SchemaPanel::hasValues(int column) const
{
    // walk the contract (cheap: a 10,000-field schema takes well under a millisecond per column)
    std::function<bool(const Field &)> any = [&](const Field &f) {
        bool has = false;
        switch (column) {
        case SchemaModel::PhysicalTypeColumn:
            has = !f.physicalType.isEmpty();
            break;
        case SchemaModel::FlagsColumn:
            has = f.primaryKey || f.required || f.unique || f.uniqueItems || f.partitioned ||
                  f.deprecated;
            break;
        case SchemaModel::ClassificationColumn:
            has = f.pii || !f.classification.isEmpty();
            break;
        case SchemaModel::EnumColumn:
            has = !f.enumValues.isEmpty();
            break;
        case SchemaModel::RangeColumn:
            has = !SchemaModel::rangeText(f).isEmpty();
            break;
        case SchemaModel::PatternColumn:
            has = !SchemaModel::patternText(f).isEmpty();
            break;
        case SchemaModel::ExamplesColumn:
            has = !f.examples.isEmpty();
            break;
        case SchemaModel::QualityColumn:
            has = !f.quality.isEmpty();
            break;
        case SchemaModel::TagsColumn:
            has = !f.tags.isEmpty();
            break;
        case SchemaModel::DefaultColumn:
            has = !f.defaultValue.isEmpty();
            break;
        case SchemaModel::RelationshipsColumn:
            has = !f.relationships.empty();
            break;
        default:
            has = true;
        }
        if (has)
            return true;
        for (const Field &c : f.fields)
            if (any(c))
                return true;
        for (const Field &c : f.items)
            if (any(c))
                return true;
        for (const Field &c : f.mapKey)
            if (any(c))
                return true;
        return false;
    };
    for (const SchemaObject &o : m_model->contract().objects) {
        if ((column == SchemaModel::QualityColumn && !o.quality.isEmpty()) ||
            (column == SchemaModel::TagsColumn && !o.tags.isEmpty()) ||
            (column == SchemaModel::RelationshipsColumn && !o.relationships.empty()) ||
            (column == SchemaModel::PhysicalTypeColumn && !o.physicalType.isEmpty()))
            return true;
        for (const Field &f : o.fields)
            if (any(f))
                return true;
    }
    return false;
}

void SchemaPanel::applyColumns()
{
    for (int c = 0; c < SchemaModel::ColumnCount; ++c) {
        const bool wanted = !m_hidden.contains(c) || c == SchemaModel::NameColumn;
        m_view->setColumnHidden(c, !(wanted && (kAlwaysShown.contains(c) || m_filled.value(c))));
    }
}

void SchemaPanel::contractShown()
{
    for (int c = 0; c < SchemaModel::ColumnCount; ++c)
        m_filled[c] = kAlwaysShown.contains(c) || hasValues(c);
    applyColumns();
    m_view->expandToDepth(0);
    m_userSized = false;
    fitColumns();
    m_details->clear();
}

void SchemaPanel::fitColumns()
{
    m_fitting = true;
    const auto done = qScopeGuard([this] { m_fitting = false; });
    // 1. every shown column at its content width (other than the name, at most kMaxColumnWidth)
    QList<int> shrinkable;
    int used = 0;
    for (int c = 0; c < SchemaModel::ColumnCount; ++c) {
        if (c == SchemaModel::DescriptionColumn || m_view->isColumnHidden(c))
            continue;
        m_view->resizeColumnToContents(c);
        if (c != SchemaModel::NameColumn) {
            if (m_view->columnWidth(c) > kMaxColumnWidth)
                m_view->setColumnWidth(c, kMaxColumnWidth);
            shrinkable << c;
        }
        used += m_view->columnWidth(c);
    }
    // 2. the description keeps a useful share: the other columns (never the name) give way,
    // the widest first, each down to a narrow floor (its header then elides; the cells show
    // the rest in their tooltips and in the details pane)
    constexpr int kFloor = 56;
    const int available = m_view->viewport()->width();
    // (no more than the descriptions need: a contract without them leaves the others whole)
    int descriptionText = m_view->header()->sectionSizeHint(SchemaModel::DescriptionColumn);
    int seen = 0; // the first 300 shown rows, as the other columns are sized
    std::function<void(const QModelIndex &)> measure = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent) && seen < 300; ++r, ++seen) {
            const QModelIndex i = m_proxy->index(r, SchemaModel::DescriptionColumn, parent);
            descriptionText = std::max(
                descriptionText, m_view->fontMetrics().horizontalAdvance(i.data().toString()) + 12);
            const QModelIndex first = i.siblingAtColumn(0);
            if (m_view->isExpanded(first))
                measure(first);
        }
    };
    measure({});
    const int wantDescription = std::min({320, available / 4, descriptionText});
    int excess = used + wantDescription - available;
    while (excess > 0) {
        int widest = -1;
        for (int c : std::as_const(shrinkable))
            if (m_view->columnWidth(c) > kFloor &&
                (widest < 0 || m_view->columnWidth(c) > m_view->columnWidth(widest)))
                widest = c;
        if (widest < 0)
            break; // nothing left to give: the view scrolls sideways
        const int step = std::min({excess, m_view->columnWidth(widest) - kFloor, 16});
        m_view->setColumnWidth(widest, m_view->columnWidth(widest) - step);
        excess -= step;
    }
}

void SchemaPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_userSized)
        fitColumns();
}

void SchemaPanel::showDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    const auto rows = m_model->details(index);
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    for (const auto &[label, value] : rows) {
        const bool block = value.contains(QLatin1Char('\n'));
        html +=
            QStringLiteral("<tr><td valign='top' style='white-space:nowrap'><b>%1</b></td>"
                           "<td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), block ? QStringLiteral("<pre style='margin:0'>%1</pre>")
                                                        .arg(value.toHtmlEscaped())
                                                  : value.toHtmlEscaped());
    }
    m_details->setHtml(html + QStringLiteral("</table>"));
}

} // namespace meshdesk
