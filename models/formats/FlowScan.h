// A constant-memory pass over a YAML or JSON text before libfyaml parses it.
//
// libfyaml (0.7) keeps every token of a flow collection ([...] or {...}) queued while the line
// it started on goes on, in case an implicit key follows; each queued token costs 200-300
// bytes. 20 MB of "[[[[" took 6 GB and 12 s before the loader's depth check saw the first
// event; a 4 MB one-line JSON array took 800 MB. This scan
//  - refuses flow nesting deeper than the limit at the bracket that crosses it, and
//  - finds where a long line inside a flow collection can take a line break (right after a
//    comma, outside quotes and comments: a break there is white space in YAML and in JSON),
//    so the parser reads a copy with those breaks and its queue stays short. FlowText maps the
//    parser's positions back to the original text.
// Block-context YAML is scanned conservatively: anything that might be a plain or block
// scalar is never taken for a flow collection, so a valid document is never changed.
#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace meshdesk {

struct FlowBreak
{
    qsizetype offset = 0; // byte offset in the original text (just after a comma)
    int line = 0;         // 1-based line of that point in the original text
    int column = 0;       // 1-based column (characters) of that point
    int spaces = 0;       // indentation written after the inserted line break
};

struct FlowScan
{
    bool ok = true;
    int line = 0; // where the scan refused the text (when !ok)
    int column = 0;
    QString message;
    std::vector<FlowBreak> breaks;
};

struct FlowScanLimits
{
    int maxDepth = 256;                  // flow nesting, as YamlLoadOptions::maxDepth
    qsizetype longLine = 4096;           // bytes of a flow line before a break is inserted
    qsizetype maxTokensPerLine = 200000; // tokens with no comma to break at (invalid YAML)
};

FlowScan scanFlow(const QByteArray &text, const FlowScanLimits &limits = {});

// The text the parser reads (the original with the breaks inserted) and the way back.
class FlowText
{
public:
    FlowText(const QByteArray &original, const std::vector<FlowBreak> &breaks);
    const QByteArray &text() const { return m_text; }
    bool changed() const { return !m_breaks.empty(); }
    // 1-based line and column in the parser's text -> in the original.
    std::pair<int, int> original(int line, int column) const;
    // Byte offset in the parser's text -> in the original.
    qsizetype originalOffset(qsizetype offset) const;

private:
    QByteArray m_text;
    std::vector<FlowBreak> m_breaks;
    std::vector<qsizetype> m_modifiedStart; // where each inserted run starts in m_text
};

} // namespace meshdesk
