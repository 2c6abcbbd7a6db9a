#include "LineageView.h"
#include "Palette.h"
#include "catalog/DisplayText.h"

#include <QCheckBox>
#include <QCompleter>
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
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStringListModel>
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

// Below this scale names are hard to read: a focus whose neighbourhood does not fit at it is
// shown at it, centred on the focus (the minimap shows the rest).
constexpr qreal kReadableScale = 0.5;

QColor domainColor(const QString &domain)
{
    if (domain.isEmpty())
        return QColor(0x9e, 0x9e, 0x9e);
    return QColor::fromHsv(int(qHash(domain) % 360), 120, 200);
}

// The colours the graph paints with, for a light or a dark canvas (the widget's Base colour):
// every colour that means something (focus, highlight, cycle, the "+N" handles) keeps its
// contrast on both.
struct Look
{
    bool dark = false;
    QColor canvas, nodeFill, nodeBorder, name, detail, edge, edgeFar, highlight, highlightFill,
        cycle, accent, handleFill, activeText, activeFill, otherText, otherFill;

    static Look of(const QPalette &palette)
    {
        Look l;
        l.canvas = palette.color(QPalette::Base);
        l.dark = l.canvas.lightness() < 128;
        if (l.dark) {
            l.nodeFill = QColor(0x33, 0x3a, 0x40);
            l.nodeBorder = QColor(0x90, 0xa4, 0xae);
            l.name = QColor(0xf5, 0xf5, 0xf5);
            l.detail = QColor(0xb0, 0xbe, 0xc5);
            l.edge = QColor(0x90, 0xa4, 0xae);
            l.edgeFar = QColor(0x90, 0xa4, 0xae, 160);
            l.highlight = QColor(0xff, 0x8a, 0x65);
            l.highlightFill = QColor(0x4e, 0x34, 0x2e);
            l.cycle = QColor(0xce, 0x93, 0xd8);
            l.accent = QColor(0x64, 0xb5, 0xf6);
            l.handleFill = QColor(0x0d, 0x47, 0xa1);
            l.activeText = QColor(0xa5, 0xd6, 0xa7);
            l.activeFill = QColor(0x1b, 0x5e, 0x20);
            l.otherText = QColor(0xff, 0xcc, 0x80);
            l.otherFill = QColor(0x5d, 0x40, 0x37);
        } else {
            l.nodeFill = Qt::white;
            l.nodeBorder = QColor(0x37, 0x47, 0x4f);
            l.name = QColor(0x21, 0x21, 0x21);
            l.detail = QColor(0x61, 0x61, 0x61);
            l.edge = QColor(0x78, 0x90, 0x9c);
            l.edgeFar = QColor(0x78, 0x90, 0x9c, 140);
            l.highlight = QColor(0xd8, 0x43, 0x15);
            l.highlightFill = QColor(0xff, 0xf3, 0xe0);
            l.cycle = QColor(0x8e, 0x24, 0xaa);
            l.accent = palette::accent;
            l.handleFill = QColor(0xe3, 0xf2, 0xfd);
            l.activeText = QColor(0x1b, 0x5e, 0x20);
            l.activeFill = QColor(0xe8, 0xf5, 0xe9);
            l.otherText = QColor(0xe6, 0x51, 0x00);
            l.otherFill = QColor(0xff, 0xf3, 0xe0);
        }
        return l;
    }
    QColor bandTint(const QString &domain) const
    {
        QColor c = domainColor(domain);
        c.setAlpha(dark ? 60 : 45);
        return c;
    }
    QColor bandLabel(const QString &domain) const
    {
        const QColor c = domainColor(domain);
        return dark ? c.lighter(125) : c.darker(250);
    }
};

// The curve through an edge's layout points (vertical tangents at every point), as the view
// and the SVG export draw it.
QPainterPath edgeCurve(const EdgePath &e)
{
    QPainterPath path(e.points.front());
    for (size_t i = 1; i < e.points.size(); ++i) {
        const QPointF a = e.points[i - 1], c = e.points[i];
        const qreal my = (a.y() + c.y()) / 2;
        path.cubicTo(QPointF(a.x(), my), QPointF(c.x(), my), c);
    }
    return path;
}

// One item per node: cheap to index and paint (measured: one item per node with 1 px cosmetic
// pens and no child text items kept a 5,000-node frame under 16 ms).
class NodeItem : public QGraphicsItem
{
public:
    enum
    {
        Type = LineageView::NodeItemType
    };
    NodeItem(LineageView *view, const Graph &graph, int node, const QRectF &rect, int hiddenUp,
             int hiddenDown, bool highlighted, bool focus, const Look &look)
        : m_view(view), m_node(graph.nodes()[size_t(node)]), m_index(node), m_rect(rect),
          m_hiddenUp(hiddenUp), m_hiddenDown(hiddenDown), m_highlighted(highlighted),
          m_focus(focus), m_look(look)
    {
        setToolTip(m_node.external
                       ? QStringLiteral("%1\n%2").arg(m_node.name, QObject::tr("external source"))
                       : QStringLiteral("%1\n%2  %3\n%4")
                             .arg(m_node.name, m_node.domain, statusDisplayName(m_node.status),
                                  m_node.owner));
        setAcceptHoverEvents(false);
    }
    int type() const override { return Type; }
    int node() const { return m_index; }
    QRectF boundingRect() const override { return m_rect.adjusted(-2, -16, 2, 16); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(p->worldTransform());
        if (lod < 0.25) { // far out: a filled box is all the eye gets
            p->fillRect(m_rect, m_highlighted ? m_look.highlight
                                : m_focus     ? m_look.accent
                                              : domainColor(m_node.domain));
            return;
        }
        QPen pen(m_highlighted ? m_look.highlight
                 : m_focus     ? m_look.accent
                               : m_look.nodeBorder,
                 m_highlighted || m_focus ? 2.5 : 1);
        pen.setCosmetic(true);
        if (m_node.external)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(m_highlighted ? m_look.highlightFill : m_look.nodeFill);
        p->drawRoundedRect(m_rect, 6, 6);
        p->fillRect(QRectF(m_rect.left(), m_rect.top(), 6, m_rect.height()),
                    domainColor(m_node.domain));
        QFont f = p->font();
        f.setBold(true);
        p->setFont(f);
        p->setPen(m_look.name);
        p->drawText(
            m_rect.adjusted(12, 4, -6, -m_rect.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
            p->fontMetrics().elidedText(m_node.name, Qt::ElideRight, int(m_rect.width() - 20)));
        f.setBold(false);
        f.setPointSizeF(f.pointSizeF() * 0.85);
        p->setFont(f);
        p->setPen(m_look.detail);
        const QString second = m_node.external
                                   ? QObject::tr("external source")
                                   : QStringLiteral("%1 · %2").arg(m_node.domain, m_node.owner);
        // the status in the interface's language, as wide as it needs (at most 40% of the box)
        const QString status = p->fontMetrics().elidedText(
            statusDisplayName(m_node.status), Qt::ElideRight, int(m_rect.width() * 0.4) - 8);
        const bool badge = !status.isEmpty();
        const qreal badgeWidth = badge ? p->fontMetrics().horizontalAdvance(status) + 8.0 : 0.0;
        p->drawText(
            m_rect.adjusted(12, m_rect.height() / 2, badge ? -badgeWidth - 12 : -6, -4),
            Qt::AlignLeft | Qt::AlignVCenter,
            p->fontMetrics().elidedText(second, Qt::ElideRight,
                                        int(m_rect.width() - (badge ? badgeWidth + 28 : 20))));
        if (badge) {
            const QRectF r(m_rect.right() - 6 - badgeWidth, m_rect.bottom() - 18, badgeWidth, 14);
            const bool active = m_node.status == QLatin1String("active");
            p->setPen(Qt::NoPen);
            p->setBrush(active ? m_look.activeFill : m_look.otherFill);
            p->drawRoundedRect(r, 3, 3);
            p->setPen(active ? m_look.activeText : m_look.otherText);
            p->drawText(r, Qt::AlignCenter, status);
        }
        // "+N": hidden neighbours, a button-like pill above or below the node
        f.setBold(true);
        p->setFont(f);
        for (const bool up : {true, false}) {
            const int hidden = up ? m_hiddenUp : m_hiddenDown;
            if (hidden <= 0)
                continue;
            const QRectF r = handle(up);
            QPen border(m_look.accent, 1);
            border.setCosmetic(true);
            p->setPen(border);
            p->setBrush(m_look.handleFill);
            p->drawRoundedRect(r, 7, 7);
            p->setPen(m_look.accent);
            p->drawText(r, Qt::AlignCenter, QStringLiteral("+%1").arg(hidden));
        }
    }
    QRectF handle(bool up) const
    {
        return up ? QRectF(m_rect.center().x() - 22, m_rect.top() - 16, 44, 15)
                  : QRectF(m_rect.center().x() - 22, m_rect.bottom() + 1, 44, 15);
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
    Look m_look;
};

// All edges in one item: one path each (splines through the layout's points), arrowheads;
// hit-testing an edge for its tooltip is a lookup in this item, not in the scene index.
class EdgesItem : public QGraphicsItem
{
public:
    enum
    {
        Type = LineageView::EdgesItemType
    };
    EdgesItem(const Graph &graph, const LayoutResult &layout, const QSet<int> &highlight,
              const Look &look)
        : m_look(look)
    {
        for (const EdgePath &e : layout.edges) {
            const QPainterPath path = edgeCurve(e);
            const Edge &ed = graph.edges()[size_t(e.edge)];
            // the arrow points into the edge's target: the last point, reached going down, or
            // going up for an edge drawn against the layers to close a cycle
            const QPointF tip = e.points.back();
            const bool up = e.points.size() > 1 && e.points[e.points.size() - 2].y() > tip.y();
            m_edges.push_back(
                {path,
                 // a straight-down edge has an empty (zero-width) bounding rect, which
                 // intersects nothing: the pen's width and the arrowhead go around it
                 path.boundingRect().adjusted(-10, -10, 10, 10), tip, up,
                 e.reversed ? QObject::tr("%1 (closes a cycle)").arg(ed.contract) : ed.contract,
                 highlight.contains(ed.from) && highlight.contains(ed.to), e.reversed});
            for (size_t i = 1; i < e.points.size(); ++i)
                m_lines.append(QLineF(e.points[i - 1], e.points[i]));
            m_bounds |= m_edges.back().bounds;
        }
        setZValue(-1);
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const QRectF exposed = option->exposedRect;
        if (option->levelOfDetailFromTransform(p->worldTransform()) < 0.25) {
            // far out: straight segments in one call, no arrowheads (splines cost 3x here)
            QPen pen(m_look.edgeFar, 1);
            pen.setCosmetic(true);
            p->setPen(pen);
            p->drawLines(m_lines);
            return;
        }
        for (const auto &e : m_edges) {
            if (!e.bounds.intersects(exposed))
                continue;
            QPen pen(e.highlighted ? m_look.highlight
                     : e.cycle     ? m_look.cycle
                                   : m_look.edge,
                     e.highlighted || e.cycle ? 2 : 1);
            pen.setCosmetic(true);
            if (e.cycle) // a mesh should be a DAG: the edge closing a cycle is marked
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            p->setBrush(Qt::NoBrush);
            p->drawPath(e.path);
            pen.setStyle(Qt::SolidLine);
            p->setPen(pen);
            p->setBrush(pen.color());
            const qreal back = e.up ? 8 : -8;
            p->drawPolygon(QPolygonF{e.tip, e.tip + QPointF(-4, back), e.tip + QPointF(4, back)});
        }
    }
    QString contractAt(const QPointF &pos) const
    {
        for (const auto &e : m_edges) {
            if (!e.bounds.contains(pos))
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
        QRectF bounds;
        QPointF tip;
        bool up;
        QString contract;
        bool highlighted;
        bool cycle;
    };
    std::vector<E> m_edges;
    QList<QLineF> m_lines;
    QRectF m_bounds;
    Look m_look;
};

// Far out, one item paints every node and edge in two calls; the per-node items are hidden
// then (a scene walk over 5,000 items cost more than the painting).
class OverviewItem : public QGraphicsItem
{
public:
    enum
    {
        Type = LineageView::OverviewItemType
    };
    OverviewItem(const Graph &graph, const LayoutResult &layout, const QSet<int> &highlight,
                 int focus, const Look &look)
        : m_look(look)
    {
        for (const NodeBox &b : layout.nodes) {
            const QColor c = highlight.contains(b.node) ? look.highlight
                             : b.node == focus          ? look.accent
                                               : domainColor(graph.nodes()[size_t(b.node)].domain);
            m_rects[c.rgb()].append(b.rect);
            m_bounds |= b.rect;
        }
        for (const EdgePath &e : layout.edges)
            for (size_t i = 1; i < e.points.size(); ++i) {
                m_lines.append(QLineF(e.points[i - 1], e.points[i]));
                m_bounds |=
                    QRectF(e.points[i - 1], e.points[i]).normalized().adjusted(-1, -1, 1, 1);
            }
    }
    int type() const override { return Type; }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        QPen pen(m_look.edgeFar, 1);
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
    Look m_look;
};

class BandsItem : public QGraphicsItem
{
public:
    BandsItem(const LayoutResult &layout, const Look &look) : m_bands(layout.domains), m_look(look)
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
            for (const DomainBand &b : m_bands) // far out: plain tints, no labels
                if (!b.domain.isEmpty())
                    p->fillRect(b.rect, m_look.bandTint(b.domain));
            return;
        }
        for (const DomainBand &b : m_bands) {
            if (b.domain.isEmpty())
                continue;
            p->setBrush(m_look.bandTint(b.domain));
            p->drawRoundedRect(b.rect, 8, 8);
            p->setPen(m_look.bandLabel(b.domain));
            p->drawText(b.rect.adjusted(6, 1, 0, 0), Qt::AlignLeft | Qt::AlignTop, b.domain);
            p->setPen(Qt::NoPen);
        }
    }

private:
    std::vector<DomainBand> m_bands;
    QRectF m_bounds;
    Look m_look;
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
    // Everything drawn (the scene rect is the items' bounds plus a margin) in the viewport,
    // never larger than 1:1; kept fitted when the view is resized until the user zooms or pans.
    void fitAll()
    {
        fitInView(sceneRect(), Qt::KeepAspectRatio);
        if (transform().m11() > 1) {
            resetTransform();
            centerOn(sceneRect().center());
        }
        m_fitted = true;
    }
    void setFitted(bool fitted) { m_fitted = fitted; }
    std::function<bool(QKeyEvent *)> keyHandler; // the view's own keys

protected:
    void paintEvent(QPaintEvent *e) override
    {
        updateDetail(); // zooming switches between the overview item and the detailed items
        QGraphicsView::paintEvent(e);
    }
    void resizeEvent(QResizeEvent *e) override
    {
        QGraphicsView::resizeEvent(e);
        if (m_fitted)
            fitAll();
    }
    void wheelEvent(QWheelEvent *e) override
    {
        const qreal f = e->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
        scale(f, f);
        m_fitted = false;
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Plus || e->key() == Qt::Key_Equal) {
            scale(1.2, 1.2);
            m_fitted = false;
        } else if (e->key() == Qt::Key_Minus) {
            scale(1 / 1.2, 1 / 1.2);
            m_fitted = false;
        } else if (e->key() == Qt::Key_0) {
            fitAll();
        } else if (!keyHandler || !keyHandler(e)) {
            QGraphicsView::keyPressEvent(e);
        }
    }
    void mousePressEvent(QMouseEvent *e) override
    {
        m_fitted = false; // dragging pans
        QGraphicsView::mousePressEvent(e);
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

private:
    bool m_overview = false;
    bool m_dirty = true;
    bool m_fitted = false;
};

void LineageView::arrangeBar()
{
    // one row needs the buttons at their size and each field wide enough for its hint
    int needed = 0;
    for (QWidget *w : std::as_const(m_barControls))
        needed += w->sizeHint().width() + 6;
    for (QLineEdit *field : {m_search, m_pathTo})
        needed += std::max(field->sizeHint().width(),
                           field->fontMetrics().horizontalAdvance(field->placeholderText()) + 24) +
                  6;
    const int rows = width() >= needed ? 1 : 2;
    if (rows == m_barRows)
        return;
    m_barRows = rows;
    for (QHBoxLayout *bar : {m_barTop, m_barBottom})
        while (bar->count() > 0)
            delete bar->takeAt(0); // the layout items; the widgets stay
    // one row: find, up, down, impact, path, whole mesh, fit, export; two rows: the fields
    // above, the controls below
    m_barTop->addWidget(m_search, 2);
    if (rows == 2)
        m_barTop->addWidget(m_pathTo, 2);
    QHBoxLayout *controls = rows == 1 ? m_barTop : m_barBottom;
    for (QWidget *w : m_barControls.mid(0, 3))
        controls->addWidget(w);
    if (rows == 1)
        m_barTop->addWidget(m_pathTo, 2);
    else
        controls->addStretch(1);
    for (QWidget *w : m_barControls.mid(3))
        controls->addWidget(w);
}

void LineageView::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    arrangeBar();
}

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
    m_pathTo->setObjectName(QStringLiteral("lineagePathTo"));
    m_pathTo->setPlaceholderText(tr("Path to product…"));
    m_pathTo->setToolTip(tr("The shortest path between the focus and a product (name or id; "
                            "P on the graph)"));
    m_search->setToolTip(tr("Find a product by name or id (F on the graph)"));
    // both fields complete product names (a name that several products share comes with its id)
    m_names = new QStringListModel(this);
    for (QLineEdit *field :
         {m_search, m_pathTo}) { // one completer each: a completer has one widget
        auto *completer = new QCompleter(m_names, field);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        field->setCompleter(completer);
    }
    auto *whole = new QPushButton(tr("Whole mesh"));
    whole->setObjectName(QStringLiteral("lineageWholeMesh"));
    whole->setToolTip(tr("Every product of the catalog (W on the graph)"));
    auto *fit = new QToolButton;
    fit->setObjectName(QStringLiteral("lineageFit"));
    fit->setText(tr("Fit"));
    fit->setToolTip(tr("Show everything (0 on the graph)"));
    auto *exportButton = new QToolButton;
    exportButton->setObjectName(QStringLiteral("lineageExport"));
    exportButton->setText(tr("Export…"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("lineageStatus"));
    m_status->setWordWrap(true); // a long path or message must not widen the window

    m_barTop = new QHBoxLayout;
    m_barBottom = new QHBoxLayout;
    m_barControls = {m_up, m_down, m_impact, whole, fit, exportButton};
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_barTop);
    layout->addLayout(m_barBottom);
    arrangeBar();
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
            m_message.clear();
            rebuildScene();
        }
    });
    connect(m_pathTo, &QLineEdit::returnPressed, this,
            [this] { highlightPathTo(m_pathTo->text()); });
    connect(whole, &QPushButton::clicked, this, &LineageView::showWholeMesh);
    connect(fit, &QToolButton::clicked, this, &LineageView::fit);
    // keyboard: F find, P path to, W whole mesh on the graph (0 fits, +/- zoom); Escape in a
    // field goes back to the graph
    m_view->keyHandler = [this](QKeyEvent *e) {
        if (e->modifiers() & ~Qt::KeypadModifier)
            return false;
        if (e->key() == Qt::Key_F || e->key() == Qt::Key_Slash) {
            m_search->setFocus();
            m_search->selectAll();
        } else if (e->key() == Qt::Key_P) {
            m_pathTo->setFocus();
            m_pathTo->selectAll();
        } else if (e->key() == Qt::Key_W) {
            showWholeMesh();
        } else {
            return false;
        }
        return true;
    };
    for (QLineEdit *field : {m_search, m_pathTo}) {
        auto *back = new QAction(field);
        back->setShortcut(Qt::Key_Escape);
        back->setShortcutContext(Qt::WidgetShortcut);
        field->addAction(back);
        connect(back, &QAction::triggered, this, [this] { m_view->setFocus(); });
    }
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
    m_message.clear();
    m_scene->clear();
    // completions: product names; a name several nodes share comes as "Name (id)"
    QHash<QString, int> count;
    for (const Node &n : m_graph.nodes())
        ++count[n.name.toLower()];
    QStringList names;
    for (const Node &n : m_graph.nodes())
        names << (count.value(n.name.toLower()) > 1 ? QStringLiteral("%1 (%2)").arg(n.name, n.id)
                                                    : n.name);
    names.sort(Qt::CaseInsensitive);
    m_names->setStringList(names);
}

QString LineageView::nodeName(int node) const
{
    return node >= 0 && node < int(m_graph.nodes().size()) ? m_graph.nodes()[size_t(node)].name
                                                           : QString();
}

int LineageView::resolveProduct(const QString &text, QString *problem) const
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return -1;
    };
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(tr("Type a product's name or id."));
    if (const int node = m_graph.indexOf(t); node >= 0)
        return node;
    // a completion of a shared name: "Name (id)"
    static const QRegularExpression withId(QStringLiteral("^(.*) \\(([^()]+)\\)$"));
    if (const auto m = withId.match(t); m.hasMatch())
        if (const int node = m_graph.indexOf(m.captured(2)); node >= 0)
            return node;
    QList<int> exact, partial;
    for (int i = 0; i < int(m_graph.nodes().size()); ++i) {
        const Node &n = m_graph.nodes()[size_t(i)];
        if (n.name.compare(t, Qt::CaseInsensitive) == 0)
            exact << i;
        else if (n.name.contains(t, Qt::CaseInsensitive) || n.id.contains(t, Qt::CaseInsensitive))
            partial << i;
    }
    const QList<int> &found = exact.isEmpty() ? partial : exact;
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return fail(tr("No product matches '%1'.").arg(t));
    QStringList names;
    for (int i : found.mid(0, 5))
        names << QStringLiteral("%1 (%2)").arg(nodeName(i), m_graph.nodes()[size_t(i)].id);
    if (found.size() > 5)
        names << QStringLiteral("…");
    return fail(tr("'%1' matches %n products: %2", nullptr, int(found.size()))
                    .arg(t, names.join(QStringLiteral(", "))));
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
        m_message = tr("No product '%1' in the lineage graph.").arg(productId);
        updateStatus();
        return;
    }
    m_focus = node;
    m_wholeMesh = false;
    const QSignalBlocker b1(m_up), b2(m_down);
    m_up->setValue(up);
    m_down->setValue(down);
    m_visible = m_graph.neighbourhood(node, up, down);
    // what belonged to the previous focus goes: its path, its messages, its field lineage
    m_message.clear();
    m_highlight.clear();
    m_pathTo->clear();
    m_fieldPanel->clear();
    m_fieldPanel->hide();
    if (m_impact->isChecked()) {
        m_highlight = m_graph.impact(node);
        m_message = tr("%n product(s) downstream of %1.", nullptr, int(m_highlight.size()))
                        .arg(nodeName(node));
        m_highlight.insert(node);
        m_visible |= m_highlight;
    }
    relayout();
}

void LineageView::showWholeMesh()
{
    m_wholeMesh = true;
    m_visible.clear();
    for (int i = 0; i < int(m_graph.nodes().size()); ++i)
        m_visible.insert(i);
    relayout();
}

void LineageView::fit()
{
    m_view->fitAll();
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
    m_wholeMesh = false;
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
    m_message =
        tr("%n product(s) downstream of %1.", nullptr, int(m_highlight.size())).arg(nodeName(node));
    if (node >= 0)
        m_highlight.insert(node);
    m_visible |= m_highlight; // show everything it reaches
    relayout();
}

void LineageView::highlightPath(const QString &fromId, const QString &toId)
{
    const int from = m_graph.indexOf(fromId), to = m_graph.indexOf(toId);
    QList<int> path = m_graph.shortestPath(from, to);
    if (path.isEmpty()) // the other product may lie upstream
        path = m_graph.shortestPath(to, from);
    m_highlight = QSet<int>(path.begin(), path.end());
    m_visible |= m_highlight;
    if (path.isEmpty()) {
        m_message = tr("No path between %1 and %2.")
                        .arg(from >= 0 ? nodeName(from) : fromId, to >= 0 ? nodeName(to) : toId);
    } else {
        QStringList names;
        for (int n : path)
            names << nodeName(n);
        m_message = tr("Path of %n step(s): %1", nullptr, int(path.size()) - 1)
                        .arg(names.join(QStringLiteral(" → ")));
    }
    relayout();
}

void LineageView::highlightPathTo(const QString &text)
{
    if (m_focus < 0) {
        m_message = tr("Focus a product first: the path runs from it.");
        updateStatus();
        return;
    }
    QString problem;
    const int to = resolveProduct(text, &problem);
    if (to < 0) {
        m_message = problem;
        updateStatus();
        return;
    }
    highlightPath(m_graph.nodes()[size_t(m_focus)].id, m_graph.nodes()[size_t(to)].id);
}

void LineageView::search(const QString &text)
{
    QString problem;
    const int i = resolveProduct(text, &problem);
    if (i < 0) {
        m_message = problem;
        updateStatus();
        return;
    }
    if (!m_visible.contains(i)) {
        focusProduct(m_graph.nodes()[size_t(i)].id, m_up->value(), m_down->value());
        return;
    }
    if (const NodeBox *b = m_layout.boxOf(i))
        m_view->centerOn(b->rect.center());
    m_view->setFitted(false);
    m_highlight = {i};
    m_message.clear();
    rebuildScene();
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
        m_view->fitAll();
        // a large neighbourhood fitted whole would be too small to read: its focus, readable
        if (!m_wholeMesh && m_view->transform().m11() < kReadableScale)
            if (const NodeBox *b = m_layout.boxOf(m_focus)) {
                m_view->setTransform(QTransform::fromScale(kReadableScale, kReadableScale));
                m_view->centerOn(b->rect.center());
                m_view->setFitted(false);
            }
        Q_EMIT layoutReady();
    });
    const Graph graph = m_graph;
    const QSet<int> visible = m_visible;
    watcher->setFuture(
        QtConcurrent::run([graph, visible] { return lineage::layout(graph, visible); }));
}

void LineageView::rebuildScene()
{
    const Look look = Look::of(m_view->palette());
    m_scene->clear();
    m_scene->addItem(new BandsItem(m_layout, look));
    m_scene->addItem(new EdgesItem(m_graph, m_layout, m_highlight, look));
    for (const NodeBox &b : m_layout.nodes)
        m_scene->addItem(new NodeItem(this, m_graph, b.node, b.rect, hiddenNeighbours(b.node, true),
                                      hiddenNeighbours(b.node, false), m_highlight.contains(b.node),
                                      b.node == m_focus, look));
    auto *overview = new OverviewItem(m_graph, m_layout, m_highlight, m_focus, look);
    overview->setVisible(false);
    m_scene->addItem(overview);
    m_view->sceneRebuilt();
    // the canvas holds everything drawn (edges bend outside the nodes, "+N" handles stick out)
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20));
    const bool big = m_layout.nodes.size() > 60;
    m_minimap->setVisible(big);
    if (big) {
        m_minimap->move(m_view->width() - m_minimap->width() - 20,
                        m_view->height() - m_minimap->height() - 20);
        m_minimap->fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
    }
    updateStatus();
}

void LineageView::updateStatus()
{
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
    if (!m_message.isEmpty())
        text = m_message + QStringLiteral("\n") + text;
    m_status->setText(text);
    m_status->setToolTip(details.join(QLatin1Char('\n')));
}

QString LineageView::statusText() const
{
    return m_status->text();
}

void LineageView::changeEvent(QEvent *e)
{
    QWidget::changeEvent(e);
    // a theme switch repaints the graph in the new palette's colours
    if (e->type() == QEvent::PaletteChange && !m_layout.nodes.empty())
        rebuildScene();
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
    p.fillRect(QRectF(QPointF(0, 0), r.size()), m_view->palette().color(QPalette::Base));
    m_scene->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    return p.end();
}

bool LineageView::exportPng(const QString &path) const
{
    const QRectF r = m_scene->sceneRect();
    QImage image(r.size().toSize(), QImage::Format_ARGB32);
    image.fill(m_view->palette().color(QPalette::Base)); // the canvas the colours were made for
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
