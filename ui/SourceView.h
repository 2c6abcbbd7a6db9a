// "View source": the verbatim imported document, YAML-highlighted, with line numbers (errors
// and the CLI name lines) and a find bar (Ctrl+F while the source has focus; Enter / F3 next,
// Shift+Enter / Shift+F3 previous, Escape closes), every match marked.
#pragma once

#include <QPlainTextEdit>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace meshdesk {

class YamlHighlighter;

// A plain text view with a line-number gutter (Qt's code editor example, read-only here).
class LineNumberedEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit LineNumberedEdit(QWidget *parent = nullptr);
    int gutterWidth() const;
    void paintGutter(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *m_gutter = nullptr;
};

class SourceView : public QWidget
{
    Q_OBJECT
public:
    explicit SourceView(QWidget *parent = nullptr);
    QPlainTextEdit *editor() const { return m_editor; }
    void setText(const QString &text);
    void showFind(); // opens the find bar, the selection (if any) as the text to find
    bool findNext(bool backward = false);
    int matchCount() const { return m_matches; }
    QLineEdit *findField() const { return m_find; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void markMatches();
    LineNumberedEdit *m_editor = nullptr;
    YamlHighlighter *m_highlighter = nullptr;
    QWidget *m_findBar = nullptr;
    QLineEdit *m_find = nullptr;
    QLabel *m_findState = nullptr;
    int m_matches = 0;
};

} // namespace meshdesk
