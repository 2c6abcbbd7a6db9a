#include "YamlHighlighter.h"

namespace meshdesk {

YamlHighlighter::YamlHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    auto format = [](const QColor &c, bool bold = false, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(c);
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    m_rules = {
        {QRegularExpression(
             QStringLiteral(R"(^\s*(?:-\s+)?([^\s#'"][^:#]*?|"[^"]*"|'[^']*')\s*:(?=\s|$))")),
         format(QColor(0x1565c0), true), 1},
        {QRegularExpression(QStringLiteral(R"(:\s+("[^"]*"|'[^']*'))")), format(QColor(0x2e7d32)),
         1},
        {QRegularExpression(QStringLiteral(R"((?::|-)\s+(true|false|null|~|-?\d+(?:\.\d+)?)\s*$)")),
         format(QColor(0x6a1b9a)), 1},
        {QRegularExpression(QStringLiteral(R"([&*][\w-]+)")), format(QColor(0xef6c00)), 0},
        {QRegularExpression(QStringLiteral(R"(^(---|\.\.\.)\s*$)")), format(QColor(0x757575), true),
         0},
        {QRegularExpression(QStringLiteral(R"((?:^|\s)(#.*)$)")),
         format(QColor(0x757575), false, true), 1},
    };
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
