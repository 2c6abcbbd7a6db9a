#include "YamlHighlighter.h"
#include "Palette.h"

namespace meshdesk {

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    updateColors();
}

void YamlHighlighter::updateColors()
{
    auto format = [](const QColor &c, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(palette::shown(c));
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    m_rules = {
        {QRegularExpression(
             QStringLiteral(R"(^\s*(?:-\s+)?([^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))")),
         format(palette::accent, true), 1},
        {QRegularExpression(QStringLiteral(R"(:\s+("[^"]*"|'[^']*'))")), format(palette::good), 1},
        {QRegularExpression(QStringLiteral(R"((?::|-)\s+(true|false|null|~|-?\d+(?:\.\d+)?)\s*$)")),
         format(palette::special), 1},
        {QRegularExpression(QStringLiteral(R"([&*][\w-]+)")), format(palette::warning), 0},
        {QRegularExpression(QStringLiteral(R"(^(---|\.\.\.)\s*$)")), format(palette::muted, true),
         0},
        {QRegularExpression(QStringLiteral(R"((?:^|\s)(#.*)$)")),
         format(palette::muted, false, true), 1},
    };
    rehighlight();
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &r : std::as_const(m_rules)) {
        for (auto it = r.pattern.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            setFormat(int(m.capturedStart(r.group)), int(m.capturedLength(r.group)), r.format);
        }
    }
}

} // namespace meshdesk
