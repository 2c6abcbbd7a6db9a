// The contract page's Schema tab: a filter box, expand/collapse, a column chooser, the schema
// tree (names never clip while the description has room) and a details pane listing
// everything the document says about the selected object or field (enum values with labels,
// bounds, patterns, examples, quality rules, references, extension keys...).
#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeView;

namespace meshdesk {

class SchemaModel;

class SchemaPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SchemaPanel(SchemaModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filter() const { return m_filter; }
    QTextBrowser *detailsPane() const { return m_details; }
    QToolButton *columnsButton() const { return m_columns; }

    // After a new contract: top level expanded, columns sized to their content.
    void contractShown();
    void setColumnShown(int column, bool shown); // remembered in QSettings
    bool isColumnShown(int column) const;
    // Column widths that keep names whole: every shown column at its content width, the
    // description taking what is left (and giving way first when space is short).
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDetails();
    void applyColumns();
    bool hasValues(int column) const; // does any row of the contract fill this column?

    SchemaModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QToolButton *m_expand = nullptr;
    QToolButton *m_collapse = nullptr;
    QToolButton *m_columns = nullptr;
    QSplitter *m_splitter = nullptr;
    QTextBrowser *m_details = nullptr;
    bool m_fitting = false;   // fitColumns() is setting widths
    bool m_userSized = false; // the user dragged a column: resizing the window keeps it
    QList<int> m_hidden;      // columns the user switched off
    QList<bool> m_filled;     // per column: this contract has something to show in it
};

} // namespace meshdesk
