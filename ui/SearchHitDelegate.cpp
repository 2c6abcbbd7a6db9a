#include "SearchHitDelegate.h"
#include "Palette.h"

#include "itemmodels/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace meshdesk {

QString SearchHitDelegate::snippetHtml(const QString &snippet)
{
    QString h = snippet.simplified().toHtmlEscaped();
    h.replace(QLatin1Char('['), QStringLiteral("<b>"))
        .replace(QLatin1Char(']'), QStringLiteral("</b>"));
    return h;
}

namespace {
bool hasSnippet(const QModelIndex &index)
{
    return !index.data(SearchResultsModel::IsGroupRole).toBool() &&
           !index.data(SearchResultsModel::SnippetRole).toString().trimmed().isEmpty();
}
} // namespace

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (hasSnippet(index))
        s.setHeight(s.height() + option.fontMetrics.height());
    return s;
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (!hasSnippet(index)) {
        QStyleOptionViewItem o = option;
        if (index.data(SearchResultsModel::ExactRole).toBool())
            o.font.setBold(true);
        QStyledItemDelegate::paint(painter, o, index);
        return;
    }
    QStyleOptionViewItem o = option;
    initStyleOption(&o, index);
    const QString title = o.text;
    o.text.clear();
    QStyle *style = o.widget ? o.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget); // background, selection
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &o, o.widget);
    const int line = o.fontMetrics.height();
    const bool selected = o.state & QStyle::State_Selected;
    const QColor fg = o.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    QFont f = o.font;
    f.setBold(index.data(SearchResultsModel::ExactRole).toBool());
    painter->setFont(f);
    painter->setPen(fg);
    const QRect first(text.left(), text.top() + (text.height() - 2 * line) / 2, text.width(), line);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(f).elidedText(title, Qt::ElideRight, first.width()));
    // the snippet: one line, elided by clipping
    QTextDocument doc;
    doc.setDefaultFont(o.font);
    doc.setDocumentMargin(0);
    const QColor muted = selected ? fg : palette::shown(palette::muted);
    doc.setHtml(QStringLiteral("<span style='color:%1; white-space:pre'>%2</span>")
                    .arg(palette::css(muted),
                         snippetHtml(index.data(SearchResultsModel::SnippetRole).toString())));
    painter->translate(first.left(), first.bottom() + 1);
    const QRect clip(0, 0, first.width(), line + 2);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, muted);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

} // namespace meshdesk
