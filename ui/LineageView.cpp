#include "LineageView.h"
#include "Palette.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

namespace meshdesk {

using namespace lineage;

namespace {

QColor domainColor(const QString &domain)
{
    if (domain.isEmpty())
        return QColor(0x9e, 0x9e, 0x9e);
    return QColor::fromHsv(int(qHash(domain) % 360), 120, 200);
}

// One item per node: cheap to index and paint (measured: one item per node with 1 px cosmetic
// pens and no child text items kept a 5,000-node frame under 16 ms).
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 1
    };
    NodeItem(LineageView *view, const Graph &graph, int node, const QRectF &rect, int hiddenUp,
             int hiddenDown, bool highlighted, bool focus)
        : m_view(view), m_node(graph.nodes()[size_t(node)]), m_index(node), m_rect(rect),
          m_hiddenUp(hiddenUp), m_hiddenDown(hiddenDown), m_highlighted(highlighted), m_focus(focus)
    {
        setToolTip(QStringLiteral("%1\n%2  %3\n%4")
                       .arg(m_node.name, m_node.domain, m_node.status, m_node.owner));
        setAcceptHoverEvents(false);
    }
    int type() const override { return Type; }
    int node() const { return m_index; }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -14, 2, 14); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
        if (lod < 0.25) { // far out: a filled box is all the eye gets
            p->fillRect(m_rect, m_highlighted ? QColor(0xd8, 0x43, 0x15)
                                : m_focus     ? palette::accent
                                              : domainColor(m_node.domain));
            return;
        }
        QPen pen(m_highlighted ? QColor(0xd8, 0x43, 0x15)
                 : m_focus     ? palette::accent
                               : QColor(0x37, 0x47, 0x4f),
                 m_highlighted || m_focus ? 2.5 : 1);
        pen.setCosmetic(true);
        if (m_node.external)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(m_highlighted ? QColor(0xff, 0xf3, 0xe0) : QColor(Qt::white));
        p->drawRoundedRect(m_rect, 6, 6);
        if (lod < 0.25)
            return; // names hidden when small
        p->fillRect(QRectF(m_rect.left(), m_rect.top(), 6, m_rect.height()),
                    domainColor(m_node.domain));
        QFont f = p->font();
        f.setBold(true);
        p->setFont(f);
        p->setPen(QColor(0x21, 0x21, 0x21));
        p->drawText(
            m_rect.adjusted(12, 4, -6, -m_rect.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
            p->fontMetrics().elidedText(m_node.name, Qt::ElideRight, int(m_rect.width() - 20)));
        f.setBold(false);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p->setFont(f);
        p->setPen(QColor(0x61, 0x61, 0x61));
        const QString second = m_node.external
                                   ? QObject::tr("external source")
                                   : QStringLiteral("%1 · %2").arg(m_node.domain, m_node.owner);
        p->drawText(m_rect.adjusted(12, m_rect.height() / 2, -40, -4),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    p->fontMetrics().elidedText(second, Qt::ElideRight, int(m_rect.width() - 56)));
        if (!m_node.status.isEmpty()) {
            const QRectF badge(m_rect.right() - 46, m_rect.bottom() - 18, 40, 14);
            const bool active = m_node.status == QLatin1String("active");
            p->setPen(Qt::NoPen);
            p->setBrush(active ? QColor(0xe8, 0xf5, 0xe9) : QColor(0xff, 0xf3, 0xe0));
            p->drawRoundedRect(badge, 3, 3);
            p->setPen(active ? QColor(0x1b, 0x5e, 0x20) : QColor(0xe6, 0x51, 0x00));
            p->drawText(badge, Qt::AlignCenter, m_node.status.left(8));
        }
        p->setPen(palette::accent);
        if (m_hiddenUp > 0)
            p->drawText(handle(true), Qt::AlignCenter, QStringLiteral("+%1").arg(m_hiddenUp));
        if (m_hiddenDown > 0)
            p->drawText(handle(false), Qt::AlignCenter, QStringLiteral("+%1").arg(m_hiddenDown));
    }
    QRectF handle(bool up) const
    {
        return up ? QRectF(m_rect.center().x() - 20, m_rect.top() - 14, 40, 13)
                  : QRectF(m_rect.center().x() - 20, m_rect.bottom() + 1, 40, 13);
    }

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *e) override
    {
        if (m_hiddenUp > 0 && handle(true).contains(e->pos()))
            m_view->expandNode(m_index, true);
        else if (m_hiddenDown > 0 && handle(false).contains(e->pos()))
            m_view->expandNode(m_index, false);
        else
            QGraphicsItem::mousePressEvent(e);
    }
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *) override
    {
        if (!m_node.external)
            Q_EMIT m_view->productActivated(m_node.id);
    }
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *e) override
    {
        QMenu menu;
        LineageView *view = m_view;
        const int node = m_index;
        const QString id = m_node.id;
        menu.addAction(QObject::tr("Focus here"), view, [view, id] { view->focusProduct(id); });
        menu.addAction(QObject::tr("Expand upstream"), view,
                       [view, node] { view->expandNode(node, true); });
        menu.addAction(QObject::tr("Expand downstream"), view,
                       [view, node] { view->expandNode(node, false); });
        menu.addAction(QObject::tr("Collapse upstream"), view,
                       [view, node] { view->collapseNode(node, true); });
        menu.addAction(QObject::tr("Collapse downstream"), view,
                       [view, node] { view->collapseNode(node, false); });
        menu.addAction(QObject::tr("Highlight impact"), view,
                       [view, id] { view->highlightImpact(id); });
        if (!m_node.external) {
            menu.addAction(QObject::tr("Show field lineage"), view,
                           [view, node] { view->showFieldLineage(node); });
            menu.addAction(QObject::tr("Open product page"), view,
                           [view, id] { Q_EMIT view->productActivated(id); });
        }
        menu.exec(e->screenPos());
    }

private:
    LineageView *m_view;
    Node m_node;
    int m_index;
    QRectF m_rect;
    int m_hiddenUp, m_hiddenDown;
    bool m_highlighted;
    bool m_focus;
};

// All edges in one item: one path each (splines through the layout's points), arrowheads;
// hit-testing an edge for its tooltip is a lookup in this item, not in the scene index.
class EdgesItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 2
    };
    EdgesItem(const Graph &graph, const LayoutResult &layout, const QSet<int> &highlight)
    {
        for (const EdgePath &e : layout.edges) {
            QPainterPath path(e.points.front());
            for (size_t i = 1; i < e.points.size(); ++i) {
                const QPointF a = e.points[i - 1], c = e.points[i];
                const qreal my = (a.y() + c.y()) / 2;
                path.cubicTo(QPointF(a.x(), my), QPointF(c.x(), my), c);
            }
            const Edge &ed = graph.edges()[size_t(e.edge)];
            m_edges.push_back(
                {path, e.reversed ? e.points.front() : e.points.back(),
                 e.reversed ? QObject::tr("%1 (closes a cycle)").arg(ed.contract) : ed.contract,
                 highlight.contains(ed.from) && highlight.contains(ed.to), e.reversed});
            for (size_t i = 1; i < e.points.size(); ++i)
                m_lines.append(QLineF(e.points[i - 1], e.points[i]));
            m_bounds |= path.boundingRect();
        }
        setZValue(-1);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds.adjusted(-6, -6, 6, 6); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF exposed = option->exposedRect;
        if (option->levelOfDetailFromTransform(p->worldTransform()) < 0.25) {
            // far out: straight segments in one call, no arrowheads (splines cost 3x here)
            QPen pen(QColor(0x78, 0x90, 0x9c, 140), 1);
            pen.setCosmetic(true);
            p->setPen(pen);
            p->drawLines(m_lines);
            return;
        }
        for (const auto &e : m_edges) {
            if (!e.path.boundingRect().intersects(exposed))
                continue;
            QPen pen(e.highlighted ? QColor(0xd8, 0x43, 0x15)
                     : e.cycle     ? QColor(0x8e, 0x24, 0xaa)
                                   : QColor(0x78, 0x90, 0x9c),
                     e.highlighted || e.cycle ? 2 : 1);
            pen.setCosmetic(true);
            if (e.cycle)
                pen.setStyle(
                    Qt::DashLine); // a mesh should be a DAG: the edge closing a cycle is marked
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawPath(e.path);
            p->setBrush(pen.color());
            p->drawPolygon(QPolygonF{e.tip, e.tip + QPointF(-4, -8), e.tip + QPointF(4, -8)});
        }
    }
    QString contractAt(const QPointF &pos) const
    {
        for (const auto &e : m_edges) {
            if (!e.path.boundingRect().adjusted(-4, -4, 4, 4).contains(pos))
                continue;
            QPainterPathStroker s;
            s.setWidth(8);
            if (s.createStroke(e.path).contains(pos))
                return e.contract;
        }
        return {};
    }

private:
    struct E
    {
        QPainterPath path;
        QPointF tip;
        QString contract;
        bool highlighted;
        bool cycle;
    };
    std::vector<E> m_edges;
    QList<QLineF> m_lines;
    QRectF m_bounds;
};

// Far out, one item paints every node and edge in two calls; the per-node items are hidden
// then (a scene walk over 5,000 items cost more than the painting).
class OverviewItem : public QGraphicsItem
{
public:
    enum
    {
        Type = UserType + 3
    };
    OverviewItem(const Graph &graph, const LayoutResult &layout, const QSet<int> &highlight,
                 int focus)
    {
        for (const NodeBox &b : layout.nodes) {
            const QColor c = highlight.contains(b.node) ? QColor(0xd8, 0x43, 0x15)
                             : b.node == focus          ? palette::accent
                                               : domainColor(graph.nodes()[size_t(b.node)].domain);
            m_rects[c.rgb()].append(b.rect);
            m_bounds |= b.rect;
        }
        for (const EdgePath &e : layout.edges)
            for (size_t i = 1; i < e.points.size(); ++i)
                m_lines.append(QLineF(e.points[i - 1], e.points[i]));
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPen pen(QColor(0x78, 0x90, 0x9c, 140), 1);
        pen.setCosmetic(true);
        p->setPen(pen);
        p->drawLines(m_lines);
        p->setPen(Qt::NoPen);
        for (auto it = m_rects.cbegin(); it != m_rects.cend(); ++it) {
            p->setBrush(QColor::fromRgb(it.key()));
            p->drawRects(it.value());
        }
    }

private:
    QHash<QRgb, QList<QRectF>> m_rects;
    QList<QLineF> m_lines;
    QRectF m_bounds;
};

class BandsItem : public QGraphicsItem
{
public:
    explicit BandsItem(const LayoutResult &layout) : m_bands(layout.domains)
    {
        for (const DomainBand &b : m_bands)
            m_bounds |= b.rect;
        setZValue(-2);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        p->setPen(Qt::NoPen);
        if (option->levelOfDetailFromTransform(p->worldTransform()) < 0.25) {
            for (const DomainBand &b : m_bands) { // far out: plain tints, no labels
                if (b.domain.isEmpty())
                    continue;
                QColor c = domainColor(b.domain);
                c.setAlpha(45);
                p->fillRect(b.rect, c);
            }
            return;
        }
        for (const DomainBand &b : m_bands) {
            if (b.domain.isEmpty())
                continue;
            QColor c = domainColor(b.domain);
            c.setAlpha(45);
            p->setBrush(c);
            p->drawRoundedRect(b.rect, 8, 8);
            p->setPen(c.darker(250));
            p->drawText(b.rect.adjusted(6, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop, b.domain);
            p->setPen(Qt::NoPen);
        }
    }

private:
    std::vector<DomainBand> m_bands;
    QRectF m_bounds;
};

} // namespace

class LineageCanvas : public QGraphicsView
{
public:
    using QGraphicsView::QGraphicsView;
    static constexpr qreal kOverviewScale = 0.25;
    void updateDetail()
    {
        const bool overview = transform().m11() < kOverviewScale;
        if (overview == m_overview && !m_dirty)
            return;
        m_overview = overview;
        m_dirty = false;
        for (QGraphicsItem *item : scene()->items())
            if (item->type() == OverviewItem::Type)
                item->setVisible(overview);
            else if (item->type() == NodeItem::Type || item->type() == EdgesItem::Type)
                item->setVisible(!overview);
    }
    void sceneRebuilt() { m_dirty = true; }

protected:
    void paintEvent(QPaintEvent *e) override
    {
        updateDetail(); // zooming switches between the overview item and the detailed items
        QGraphicsView::paintEvent(e);
    }

private:
    bool m_overview = false;
    bool m_dirty = true;

protected:
    void wheelEvent(QWheelEvent *e) override
    {
        const qreal f = e->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(f, f);
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Plus || e->key() == Qt::Key_Equal)
            scale(1.2, 1.2);
        else if (e->key() == Qt::Key_Minus)
            scale(1 / 1.2, 1 / 1.2);
        else if (e->key() == Qt::Key_0)
            fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
        else
            QGraphicsView::keyPressEvent(e);
    }
    void mouseMoveEvent(QMouseEvent *e) override
    {
        // the contract of the edge under the mouse
        QString tip;
        const QPointF pos = mapToScene(e->pos());
        for (QGraphicsItem *item : scene()->items())
            if (item->type() == EdgesItem::Type)
                tip = static_cast<EdgesItem *>(item)->contractAt(pos);
        setToolTip(tip);
        QGraphicsView::mouseMoveEvent(e);
    }
};

LineageView::LineageView(QWidget *parent) : QWidget(parent)
{
    m_scene = new QGraphicsScene(this);
    m_scene->setItemIndexMethod(
        QGraphicsScene::NoIndex); // measured: BSP index build dominated big scenes
    m_view = new LineageCanvas(m_scene);
    m_view->setObjectName(QStringLiteral("lineageCanvas"));
    m_view->setDragMode(QGraphicsView::ScrollHandDrag);
    m_view->setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    m_view->setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    m_view->setMouseTracking(true);
    m_minimap = new QGraphicsView(m_scene);
    m_minimap->setFixedSize(220, 150);
    m_minimap->setInteractive(false);
    m_minimap->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_minimap->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_minimap->hide();

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("lineageSearch"));
    m_search->setPlaceholderText(tr("Find a product…"));
    m_up = new QSpinBox;
    m_up->setRange(0, 50);
    m_up->setValue(1);
    m_up->setPrefix(tr("up "));
    m_down = new QSpinBox;
    m_down->setRange(0, 50);
    m_down->setValue(1);
    m_down->setPrefix(tr("down "));
    m_impact = new QCheckBox(tr("Impact"));
    m_pathTo = new QLineEdit;
    m_pathTo->setPlaceholderText(tr("Path to product…"));
    auto *whole = new QPushButton(tr("Whole mesh"));
    auto *fit = new QToolButton;
    fit->setText(tr("Fit"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("Export…"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    m_status = new QLabel;

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 2);
    bar->addWidget(m_up);
    bar->addWidget(m_down);
    bar->addWidget(m_impact);
    bar->addWidget(m_pathTo, 2);
    bar->addWidget(whole);
    bar->addWidget(fit);
    bar->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    m_fieldPanel = new QTreeWidget;
    m_fieldPanel->setObjectName(QStringLiteral("fieldLineage"));
    m_fieldPanel->setHeaderLabels({tr("Field"), tr("Sources"), tr("Logic")});
    m_fieldPanel->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fieldPanel->hide();
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_fieldPanel);
    split->setStretchFactor(0, 4);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    m_minimap->setParent(m_view);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_up, &QSpinBox::valueChanged, this, [this] {
        if (m_focus >= 0)
            focusProduct(m_graph.nodes()[size_t(m_focus)].id, m_up->value(), m_down->value());
    });
    connect(m_down, &QSpinBox::valueChanged, this, [this] {
        if (m_focus >= 0)
            focusProduct(m_graph.nodes()[size_t(m_focus)].id, m_up->value(), m_down->value());
    });
    connect(m_impact, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_focus >= 0)
            highlightImpact(m_graph.nodes()[size_t(m_focus)].id);
        else {
            m_highlight.clear();
            rebuildScene();
        }
    });
    connect(m_pathTo, &QLineEdit::returnPressed, this, [this] {
        if (m_focus >= 0)
            highlightPath(m_graph.nodes()[size_t(m_focus)].id, m_pathTo->text().trimmed());
    });
    connect(whole, &QPushButton::clicked, this, &LineageView::showWholeMesh);
    connect(fit, &QToolButton::clicked, this,
            [this] { m_view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio); });
    auto *menuSvg = new QAction(tr("View as SVG…"), this);
    auto *menuPng = new QAction(tr("View as PNG…"), this);
    auto *menuDot = new QAction(tr("Graph as DOT…"), this);
    auto *menuJson = new QAction(tr("Graph as JSON…"), this);
    exportButton->addActions({menuSvg, menuPng, menuDot, menuJson});
    auto save = [this](const QString &filter, const std::function<bool(const QString &)> &write) {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export lineage"), QString(), filter);
        if (!path.isEmpty() && !write(path))
            m_status->setText(tr("Could not write %1").arg(path));
    };
    connect(menuSvg, &QAction::triggered, this, [this, save] {
        save(tr("SVG (*.svg)"), [this](const QString &p) { return exportSvg(p); });
    });
    connect(menuPng, &QAction::triggered, this, [this, save] {
        save(tr("PNG (*.png)"), [this](const QString &p) { return exportPng(p); });
    });
    connect(menuDot, &QAction::triggered, this, [this, save] {
        save(tr("Graphviz (*.dot)"), [this](const QString &p) {
            QFile f(p);
            return f.open(QIODevice::WriteOnly) && f.write(toDot().toUtf8()) >= 0;
        });
    });
    connect(menuJson, &QAction::triggered, this, [this, save] {
        save(tr("JSON (*.json)"), [this](const QString &p) {
            QFile f(p);
            return f.open(QIODevice::WriteOnly) && f.write(toJson()) >= 0;
        });
    });
}

QGraphicsView *LineageView::canvas() const
{
    return m_view;
}

void LineageView::setGraph(const Graph &graph)
{
    m_graph = graph;
    m_visible.clear();
    m_highlight.clear();
    m_focus = -1;
    m_scene->clear();
}

int LineageView::hiddenNeighbours(int node, bool upstream) const
{
    int n = 0;
    for (int e : upstream ? m_graph.inEdges(node) : m_graph.outEdges(node)) {
        const int other =
            upstream ? m_graph.edges()[size_t(e)].from : m_graph.edges()[size_t(e)].to;
        if (!m_visible.contains(other))
            ++n;
    }
    return n;
}

void LineageView::focusProduct(const QString &productId, int up, int down)
{
    const int node = m_graph.indexOf(productId);
    if (node < 0) {
        m_status->setText(tr("No product '%1' in the lineage graph.").arg(productId));
        return;
    }
    m_focus = node;
    const QSignalBlocker b1(m_up), b2(m_down);
    m_up->setValue(up);
    m_down->setValue(down);
    m_visible = m_graph.neighbourhood(node, up, down);
    if (m_impact->isChecked())
        m_highlight = m_graph.impact(node);
    relayout();
}

void LineageView::showWholeMesh()
{
    m_visible.clear();
    for (int i = 0; i < int(m_graph.nodes().size()); ++i)
        m_visible.insert(i);
    relayout();
}

void LineageView::expandNode(int node, bool upstream)
{
    for (int e : upstream ? m_graph.inEdges(node) : m_graph.outEdges(node))
        m_visible.insert(upstream ? m_graph.edges()[size_t(e)].from
                                  : m_graph.edges()[size_t(e)].to);
    relayout();
}

void LineageView::collapseNode(int node, bool upstream)
{
    // everything only reachable through this node in that direction goes; the focus stays
    QSet<int> remove = upstream ? m_graph.upstream(node) : m_graph.impact(node);
    remove.remove(m_focus);
    if (m_focus >= 0) {
        // keep what the focus still reaches upstream or downstream (directed) without passing
        // through the node; from the node itself (when it is the focus) only the side that stays
        QSet<int> keep{m_focus};
        for (const bool up : {true, false}) {
            if (m_focus == node && up == upstream)
                continue;
            QList<int> todo{m_focus};
            QSet<int> seen{m_focus};
            while (!todo.isEmpty()) {
                const int n = todo.takeFirst();
                for (int e : up ? m_graph.inEdges(n) : m_graph.outEdges(n)) {
                    const int m =
                        up ? m_graph.edges()[size_t(e)].from : m_graph.edges()[size_t(e)].to;
                    if (m == node || !m_visible.contains(m) || seen.contains(m))
                        continue;
                    seen.insert(m);
                    keep.insert(m);
                    todo << m;
                }
            }
        }
        remove -= keep;
    }
    m_visible -= remove;
    m_visible.insert(node);
    relayout();
}

void LineageView::showFieldLineage(int node)
{
    m_fieldPanel->clear();
    const QString id = m_graph.nodes()[size_t(node)].id;
    const QList<lineage::FieldLineage> rows =
        m_fieldLineage ? m_fieldLineage(id) : QList<lineage::FieldLineage>();
    auto *top = new QTreeWidgetItem(
        m_fieldPanel, {tr("%1: %n field(s) with declared lineage", nullptr, int(rows.size()))
                           .arg(m_graph.nodes()[size_t(node)].name)});
    for (const lineage::FieldLineage &f : rows)
        new QTreeWidgetItem(top,
                            {f.field, f.sources.join(QStringLiteral(", ")), f.logic.simplified()});
    if (rows.isEmpty())
        new QTreeWidgetItem(
            top, {tr("Its contracts declare no field-level lineage (transformSourceObjects).")});
    m_fieldPanel->expandAll();
    m_fieldPanel->show();
}

void LineageView::highlightImpact(const QString &productId)
{
    const int node = m_graph.indexOf(productId);
    m_highlight = m_graph.impact(node);
    if (node >= 0)
        m_highlight.insert(node);
    m_visible |= m_highlight; // show everything it reaches
    m_status->setText(tr("%n product(s) downstream.", nullptr, int(m_highlight.size()) - 1));
    relayout();
}

void LineageView::highlightPath(const QString &fromId, const QString &toId)
{
    const QList<int> path = m_graph.shortestPath(m_graph.indexOf(fromId), m_graph.indexOf(toId));
    m_highlight = QSet<int>(path.begin(), path.end());
    m_visible |= m_highlight;
    m_status->setText(path.isEmpty() ? tr("No path from %1 to %2.").arg(fromId, toId)
                                     : tr("Path of %n step(s).", nullptr, int(path.size()) - 1));
    relayout();
}

void LineageView::search(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return;
    for (int i = 0; i < int(m_graph.nodes().size()); ++i) {
        const Node &n = m_graph.nodes()[size_t(i)];
        if (n.id.compare(t, Qt::CaseInsensitive) == 0 || n.name.contains(t, Qt::CaseInsensitive)) {
            if (!m_visible.contains(i)) {
                focusProduct(n.id, m_up->value(), m_down->value());
                return;
            }
            if (const NodeBox *b = m_layout.boxOf(i))
                m_view->centerOn(b->rect.center());
            m_highlight = {i};
            rebuildScene();
            return;
        }
    }
    m_status->setText(tr("No product matches '%1'.").arg(t));
}

void LineageView::relayout()
{
    // on a worker; a newer request drops this one's result
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_layout = watcher->result();
        rebuildScene();
        m_view->fitInView(m_scene->itemsBoundingRect(), Qt::KeepAspectRatio);
        if (m_view->transform().m11() > 1)
            m_view->resetTransform();
        if (m_focus >= 0)
            if (const NodeBox *b = m_layout.boxOf(m_focus))
                m_view->centerOn(b->rect.center());
        Q_EMIT layoutReady();
    });
    const Graph graph = m_graph;
    const QSet<int> visible = m_visible;
    watcher->setFuture(
        QtConcurrent::run([graph, visible] { return lineage::layout(graph, visible); }));
}

void LineageView::rebuildScene()
{
    m_scene->clear();
    m_scene->addItem(new BandsItem(m_layout));
    m_scene->addItem(new EdgesItem(m_graph, m_layout, m_highlight));
    for (const NodeBox &b : m_layout.nodes)
        m_scene->addItem(new NodeItem(this, m_graph, b.node, b.rect, hiddenNeighbours(b.node, true),
                                      hiddenNeighbours(b.node, false), m_highlight.contains(b.node),
                                      b.node == m_focus));
    auto *overview = new OverviewItem(m_graph, m_layout, m_highlight, m_focus);
    overview->setVisible(false);
    m_scene->addItem(overview);
    m_view->sceneRebuilt();
    m_scene->setSceneRect(m_layout.bounds.adjusted(-40, -40, 40, 40));
    const bool big = m_layout.nodes.size() > 60;
    m_minimap->setVisible(big);
    if (big) {
        m_minimap->move(m_view->width() - m_minimap->width() - 20,
                        m_view->height() - m_minimap->height() - 20);
        m_minimap->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    }
    if (m_status->text().isEmpty() || m_highlight.isEmpty()) {
        QString text = tr("%1 of %2 nodes shown, %3 layers, %4 crossings")
                           .arg(m_layout.nodes.size())
                           .arg(m_graph.nodes().size())
                           .arg(m_layout.layers)
                           .arg(m_layout.crossings);
        QStringList details;
        for (const lineage::Warning &w : m_graph.warnings())
            details << w.message;
        if (!details.isEmpty())
            text += tr(" — %n dangling reference(s)", nullptr, int(details.size()));
        const int cycles = int(m_graph.cycles().size());
        if (cycles)
            text += tr(" — %n cycle(s), marked dashed", nullptr, cycles);
        m_status->setText(text);
        m_status->setToolTip(details.join(QLatin1Char('\n')));
    }
}

bool LineageView::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    const QRectF r = m_scene->sceneRect();
    svg.setSize(r.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    svg.setTitle(tr("MeshDesk lineage"));
    QPainter p;
    if (!p.begin(&svg))
        return false;
    m_scene->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    return p.end();
}

bool LineageView::exportPng(const QString &path) const
{
    const QRectF r = m_scene->sceneRect();
    QImage image(r.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&p, QRectF(image.rect()), r);
    p.end();
    return image.save(path, "PNG");
}

QByteArray LineageView::toJson() const
{
    return QJsonDocument(m_graph.toJson(m_visible)).toJson(QJsonDocument::Indented);
}

} // namespace meshdesk
