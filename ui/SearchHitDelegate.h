// A search hit in two lines: what was found (bold when it is exactly the query) and, below in
// the muted colour, the text around the match with the matching words in bold (the snippet the
// command line prints too). Group rows stay one line.
#pragma once

#include <QStyledItemDelegate>

namespace meshdesk {

class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // "…the [customer] e-mail…" -> HTML with the bracketed words bold
    static QString snippetHtml(const QString &snippet);
};

} // namespace meshdesk
