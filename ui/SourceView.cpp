#include "SourceView.h"
#include "Palette.h"
#include "YamlHighlighter.h"

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QTextBlock>
#include <QToolButton>
#include <QVBoxLayout>

namespace meshdesk {

namespace {
class Gutter : public QWidget
{
public:
    explicit Gutter(LineNumberedEdit *editor) : QWidget(editor), m_editor(editor) {}
    QSize sizeHint() const override { return {m_editor->gutterWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    LineNumberedEdit *m_editor;
};
} // namespace

LineNumberedEdit::LineNumberedEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    m_gutter = new Gutter(this);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(gutterWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_gutter->scroll(0, dy);
        else
            m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    });
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

int LineNumberedEdit::gutterWidth() const
{
    const int digits = int(QString::number(std::max(1, blockCount())).size());
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void LineNumberedEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    m_gutter->setGeometry(r.left(), r.top(), gutterWidth(), r.height());
}

void LineNumberedEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setViewportMargins(gutterWidth(), 0, 0, 0);
}

void LineNumberedEdit::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    painter.setPen(palette::shown(palette::muted));
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int height = qRound(blockBoundingRect(block).height());
        if (block.isVisible() && top + height >= event->rect().top())
            painter.drawText(0, top, m_gutter->width() - 6, fontMetrics().height(), Qt::AlignRight,
                             QString::number(block.blockNumber() + 1));
        block = block.next();
        top += height;
    }
}

SourceView::SourceView(QWidget *parent) : QWidget(parent)
{
    m_editor = new LineNumberedEdit;
    m_editor->setObjectName(QStringLiteral("source"));
    m_editor->setReadOnly(true);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_highlighter = new YamlHighlighter(m_editor->document());

    m_find = new QLineEdit;
    m_find->setObjectName(QStringLiteral("sourceFind"));
    m_find->setPlaceholderText(tr("Find in the source"));
    m_find->setClearButtonEnabled(true);
    m_findState = new QLabel;
    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    auto *close = new QToolButton;
    close->setText(tr("Close"));
    m_findBar = new QWidget;
    auto *bar = new QHBoxLayout(m_findBar);
    bar->setContentsMargins(0, 2, 0, 2);
    bar->addWidget(new QLabel(tr("Find:")));
    bar->addWidget(m_find, 1);
    bar->addWidget(previous);
    bar->addWidget(next);
    bar->addWidget(m_findState);
    bar->addWidget(close);
    m_findBar->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    connect(m_find, &QLineEdit::textChanged, this, [this] {
        markMatches();
        // as you type: from the start of the current selection, so the match grows in place
        QTextCursor c = m_editor->textCursor();
        c.setPosition(c.selectionStart());
        m_editor->setTextCursor(c);
        findNext();
    });
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_editor->setExtraSelections({});
        m_editor->setFocus();
    });
    auto *nextKey = new QAction(this);
    nextKey->setShortcuts(QKeySequence::FindNext);
    nextKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QAction::triggered, this, [this] { findNext(); });
    addAction(nextKey);
    auto *previousKey = new QAction(this);
    previousKey->setShortcuts(QKeySequence::FindPrevious);
    previousKey->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QAction::triggered, this, [this] { findNext(true); });
    addAction(previousKey);
    auto *backKey = new QAction(m_find);
    backKey->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Return));
    backKey->setShortcutContext(Qt::WidgetShortcut);
    connect(backKey, &QAction::triggered, this, [this] { findNext(true); });
    m_find->addAction(backKey);
    auto *escape = new QAction(m_findBar);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, close, &QToolButton::click);
    m_findBar->addAction(escape);
}

void SourceView::setText(const QString &text)
{
    m_editor->setPlainText(text);
    if (m_findBar->isVisible())
        markMatches();
}

void SourceView::showFind()
{
    const QString selected = m_editor->textCursor().selectedText();
    m_findBar->show();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_find->setFocus();
    m_find->selectAll();
    markMatches();
}

bool SourceView::findNext(bool backward)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    QTextDocument::FindFlags flags;
    if (backward)
        flags |= QTextDocument::FindBackward;
    if (m_editor->find(text, flags))
        return true;
    // wrap around
    QTextCursor c = m_editor->textCursor();
    c.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
    m_editor->setTextCursor(c);
    return m_editor->find(text, flags);
}

void SourceView::markMatches()
{
    QList<QTextEdit::ExtraSelection> marks;
    const QString text = m_find->text();
    m_matches = 0;
    if (!text.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(palette::tint(palette::warning));
        QTextCursor c(m_editor->document());
        while (!(c = m_editor->document()->find(text, c)).isNull()) {
            ++m_matches;
            if (marks.size() < 2000) // marking is for the eye; counting goes on
                marks.append({c, format});
        }
    }
    m_editor->setExtraSelections(marks);
    m_findState->setText(text.isEmpty() ? QString() : tr("%n match(es)", nullptr, m_matches));
    if (!text.isEmpty() && m_matches == 0) { // nothing found: the field says so
        QPalette p = palette();
        p.setColor(QPalette::Base, palette::tint(palette::bad));
        m_find->setPalette(p);
    } else {
        m_find->setPalette(QPalette()); // the window's again
    }
}

void SourceView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->updateColors();
        if (m_findBar->isVisible())
            markMatches();
    }
}

} // namespace meshdesk
