// YAML syntax highlighting for "View source": keys, comments, strings, numbers/booleans,
// anchors/aliases and document markers.
#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace meshdesk {

class YamlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit YamlHighlighter(QTextDocument *document);
    // Picks the colours for the current palette (light or dark) and highlights again.
    void updateColors();

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
        int group = 0;
    };
    QList<Rule> m_rules;
};

} // namespace meshdesk
