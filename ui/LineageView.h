// The lineage view: the mesh around a product as a layered graph (QGraphicsView). One item
// per node (name, domain colour, status, owner, "+N" handles for hidden neighbours), one item
// drawing every edge, tinted domain bands, a minimap for large graphs. Layout runs on a worker;
// a newer request drops an older result. Depth controls, expand a node up or down, whole mesh,
// search-and-centre, highlight of a product's impact or of the path between two products,
// export as SVG, PNG, DOT and JSON.
#pragma once

#include "lineage/Layout.h"
#include "lineage/LineageGraph.h"

#include <QGraphicsItem>
#include <QGraphicsView>
#include <QWidget>
#include <functional>

class QGraphicsScene;
class QHBoxLayout;
class QLineEdit;
class QStringListModel;
class QSpinBox;
class QCheckBox;
class QLabel;
class QTreeWidget;

namespace meshdesk {

class LineageCanvas; // the QGraphicsView subclass (zoom, LOD, hover)

class LineageView : public QWidget
{
    Q_OBJECT
public:
    // QGraphicsItem::type() of the scene's items
    enum ItemType
    {
        NodeItemType = QGraphicsItem::UserType + 1,
        EdgesItemType, // one item draws every edge
        OverviewItemType,
    };
    explicit LineageView(QWidget *parent = nullptr);

    void setGraph(const lineage::Graph &graph);
    const lineage::Graph &graph() const { return m_graph; }
    // Focus on a product with depth up/down (defaults 1/1); lays out in the background. A new
    // focus drops the previous one's highlight, messages and field panel.
    void focusProduct(const QString &productId, int up = 1, int down = 1);
    void showWholeMesh();
    // Everything drawn in the viewport (the Fit button, the 0 key).
    void fit();
    void expandNode(int node, bool upstream);
    // Hides what lies only upstream (or downstream) of a node, keeping the focus.
    void collapseNode(int node, bool upstream);
    // Field-level lineage of a product's output contracts (given by the window, which has the
    // store).
    using FieldLineageProvider =
        std::function<QList<lineage::FieldLineage>(const QString &productId)>;
    void setFieldLineageProvider(FieldLineageProvider provider)
    {
        m_fieldLineage = std::move(provider);
    }
    void showFieldLineage(int node);
    QTreeWidget *fieldPanel() const { return m_fieldPanel; }
    void highlightImpact(const QString &productId);
    // The shortest path between two products, in either direction.
    void highlightPath(const QString &fromId, const QString &toId);
    // "Path to product": from the focus to a product given by id or name (as completed).
    void highlightPathTo(const QString &text);
    // The node a product id, a name, or a completion ("Name (id)") stands for; -1 with the
    // reason in *problem when none or several match.
    int resolveProduct(const QString &text, QString *problem = nullptr) const;
    QString statusText() const;
    QLineEdit *pathField() const { return m_pathTo; }
    const QSet<int> &visibleNodes() const { return m_visible; }
    const QSet<int> &highlighted() const { return m_highlight; }
    const lineage::LayoutResult &currentLayout() const { return m_layout; }
    int hiddenNeighbours(int node, bool upstream) const;
    QGraphicsView *canvas() const;

    bool exportSvg(const QString &path) const;
    bool exportPng(const QString &path) const;
    QString toDot() const { return m_graph.toDot(m_visible); }
    QByteArray toJson() const;

Q_SIGNALS:
    void layoutReady();
    void productActivated(const QString &productId);

protected:
    void changeEvent(QEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    // The toolbar on one row where it fits, else on two (fields above, buttons below): a
    // squeezed row clipped its buttons and elided the fields' hints (German at 1024 px).
    void arrangeBar();
    void relayout();
    void rebuildScene();
    void updateStatus();
    void search(const QString &text);
    QString nodeName(int node) const;

    lineage::Graph m_graph;
    lineage::LayoutResult m_layout;
    QSet<int> m_visible;
    QSet<int> m_highlight;
    int m_focus = -1;
    bool m_wholeMesh = false;
    QString m_message; // the result of the last action (path, impact, search), until a new focus
    int m_generation = 0;
    QGraphicsScene *m_scene = nullptr;
    LineageCanvas *m_view = nullptr;
    QGraphicsView *m_minimap = nullptr;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_up = nullptr;
    QSpinBox *m_down = nullptr;
    QCheckBox *m_impact = nullptr;
    QLineEdit *m_pathTo = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_barTop = nullptr;
    QHBoxLayout *m_barBottom = nullptr;
    QList<QWidget *> m_barControls; // up, down, impact, whole mesh, fit, export
    int m_barRows = 0;
    QStringListModel *m_names = nullptr;
    QTreeWidget *m_fieldPanel = nullptr;
    FieldLineageProvider m_fieldLineage;
};

} // namespace meshdesk
