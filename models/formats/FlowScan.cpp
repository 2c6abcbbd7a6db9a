#include "FlowScan.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace meshdesk {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

class Scanner
{
public:
    Scanner(const QByteArray &text, const FlowScanLimits &limits)
        : m_s(text.constData()), m_n(text.size()), m_limits(limits)
    {
    }

    FlowScan run()
    {
        if (m_n >= 3 && uchar(m_s[0]) == 0xef && uchar(m_s[1]) == 0xbb && uchar(m_s[2]) == 0xbf)
            m_i = 3; // a byte order mark
        while (m_i < m_n && m_result.ok) {
            if (m_depth > 0)
                flow();
            else
                blockLine();
        }
        return std::move(m_result);
    }

private:
    char at(qsizetype i) const { return i < m_n ? m_s[i] : '\n'; }
    bool blankOrEnd(qsizetype i) const { return i >= m_n || isBlank(m_s[i]) || m_s[i] == '\n'; }
    // A line ends at "\n", and (as libfyaml counts lines) at a "\r" not followed by one.
    bool lineEnd(qsizetype i) const
    {
        return m_s[i] == '\n' || (m_s[i] == '\r' && (i + 1 >= m_n || m_s[i + 1] != '\n'));
    }

    // Consumes one byte, keeping the line and the character column.
    void step()
    {
        const bool end = lineEnd(m_i);
        const char c = m_s[m_i++];
        if (end) {
            ++m_line;
            m_column = 1;
            m_segmentStart = m_i;
            m_tokens = 0;
        } else if ((uchar(c) & 0xc0) != 0x80) {
            ++m_column;
        }
    }
    void skipToEndOfLine()
    {
        while (m_i < m_n && !lineEnd(m_i))
            step();
    }
    // Whether a line may begin at i without changing what follows: a letter, digit, quote,
    // bracket, blank, '+', '_', any non-ASCII character, or '-' / '.' before a digit.
    bool safeAtLineStart(qsizetype i) const
    {
        const unsigned char c = static_cast<unsigned char>(m_s[i]);
        if (c >= 0x80 || std::isalnum(c) || std::strchr("\"'[{ \t+_", c))
            return c != '\0';
        if (c == '-' || c == '.')
            return i + 1 < m_n && std::isdigit(static_cast<unsigned char>(m_s[i + 1]));
        return false;
    }

    void fail(const QString &message)
    {
        m_result.ok = false;
        m_result.line = m_line;
        m_result.column = m_column;
        m_result.message = message;
    }

    // A quoted scalar from its opening quote (either context; it may span lines).
    void quoted()
    {
        const char q = m_s[m_i];
        step();
        while (m_i < m_n) {
            const char c = m_s[m_i];
            if (q == '"' && c == '\\') {
                step();
                if (m_i < m_n)
                    step();
                continue;
            }
            if (c == q) {
                step();
                if (q == '\'' && m_i < m_n && m_s[m_i] == '\'') { // '' inside single quotes
                    step();
                    continue;
                }
                return;
            }
            step();
        }
    }

    void openFlow()
    {
        if (m_depth == 0)
            m_flowIndent = m_column - 1; // the bracket's column: deeper than its block
        ++m_depth;
        if (m_depth > m_limits.maxDepth) {
            fail(QStringLiteral("nesting deeper than %1 levels is not supported")
                     .arg(m_limits.maxDepth));
            return;
        }
        step();
    }

    // Inside [...] / {...}: every bracket outside quotes and comments is structure (a plain
    // scalar cannot hold one in flow context), so the depth is exact.
    void flow()
    {
        while (m_i < m_n && m_depth > 0 && m_result.ok) {
            const char c = m_s[m_i];
            if (c == '\n' || isBlank(c)) {
                m_space = true;
                step();
                continue;
            }
            if ((c == '#' && m_space) || (c == '%' && m_column == 1)) {
                // a comment; or, at the start of a line, a directive: libfyaml takes the whole
                // line for one even inside [ ] or { } (found by fuzz_yaml)
                skipToEndOfLine();
                continue;
            }
            m_space = false;
            if (m_tokens > m_limits.maxTokensPerLine) {
                fail(QStringLiteral("more than %1 values on one line inside [ ] or { } with no "
                                    "comma between them; refused (a parser would hold them all "
                                    "in memory)")
                         .arg(m_limits.maxTokensPerLine));
                return;
            }
            if (m_tokenStart || std::strchr("[]{},:", c))
                ++m_tokens; // a new token (the rest of a plain scalar is not)
            const bool afterJsonNode = m_afterJsonNode;
            m_afterJsonNode = false;
            switch (c) {
            case '[':
            case '{':
                openFlow();
                m_tokenStart = true;
                break;
            case ']':
            case '}':
                --m_depth;
                step();
                m_tokenStart = false;
                m_afterJsonNode = true;
                if (m_depth == 0)
                    m_nodeStart = false; // back in block context, after a node
                break;
            case ',':
                step();
                m_tokenStart = true;
                // a long line gets a break after this comma (white space in flow context), but
                // only before what means the same at the start of a line: ",#" is an error a
                // break would turn into a comment, ",%" one it would turn into a directive, and
                // "---" or "..." there would end the document (both found by fuzz_yaml)
                if (m_i - m_segmentStart > m_limits.longLine && m_i < m_n && safeAtLineStart(m_i)) {
                    m_result.breaks.push_back({m_i, m_line, m_column, m_flowIndent});
                    m_segmentStart = m_i;
                    m_tokens = 0;
                }
                break;
            case ':':
                step();
                m_tokenStart = true;
                // after a quoted scalar or a collection the value may follow the ':' at once,
                // and libfyaml takes a '#' there for a comment (found by fuzz_yaml)
                if (afterJsonNode)
                    m_space = true;
                break;
            case '"':
            case '\'':
                if (m_tokenStart) {
                    quoted();
                    m_tokenStart = false;
                    m_afterJsonNode = true;
                } else {
                    step(); // inside a plain scalar: it's'
                }
                break;
            default:
                if (m_tokenStart)
                    m_tokenStart = c == '?' && blankOrEnd(m_i + 1); // explicit key indicator
                step();
                break;
            }
        }
    }

    // One line in block context (or its rest after a flow collection closed).
    void blockLine()
    {
        if (m_column == 1) {
            // the indentation, then what the line continues or starts
            qsizetype j = m_i;
            while (j < m_n && m_s[j] == ' ')
                ++j;
            const int indent = int(j - m_i);
            qsizetype k = j;
            while (k < m_n && isBlank(m_s[k]) && !lineEnd(k))
                ++k;
            const bool blank = k >= m_n || lineEnd(k);
            const bool marker =
                indent == 0 && m_n - m_i >= 3 &&
                (qstrncmp(m_s + m_i, "---", 3) == 0 || qstrncmp(m_s + m_i, "...", 3) == 0) &&
                blankOrEnd(m_i + 3);
            // content of a block scalar (a '#' there is text too: it counts for the scalar's
            // indentation), or the continuation of a multi-line plain scalar: text, never
            // structure; a document marker ends either
            bool text = false;
            if (m_blockScalarMin != kNone && !marker) {
                if (m_blockIndent == kNone && !blank && indent >= m_blockScalarMin)
                    m_blockIndent = indent; // the first line with text sets the indentation
                text =
                    blank || indent >= (m_blockIndent != kNone ? m_blockIndent : m_blockScalarMin);
            }
            if (!text && (blank || m_s[k] == '#')) { // an empty line or a comment
                skipToEndOfLine();
                if (m_i < m_n)
                    step();
                return;
            }
            if (!text && !marker && m_plainIndent != kNone && indent > m_plainIndent)
                text = true;
            if (text) {
                skipToEndOfLine();
                if (m_i < m_n)
                    step();
                return;
            }
            m_blockScalarMin = kNone;
            m_blockIndent = kNone;
            m_plainIndent = kNone;
            // a node that begins a document belongs to no collection (indentation -1)
            m_parentIndent = m_documentStart ? -1 : indent;
            if (!m_documentStart)
                m_bareDocument = false;
            m_documentStart = false;
            m_nodeStart = true;
            if (indent == 0 && (m_s[m_i] == '%' || (marker && m_s[m_i] == '.'))) {
                skipToEndOfLine(); // a directive or a document end
                m_documentStart = true;
                m_bareDocument = marker;
                if (m_i < m_n)
                    step();
                return;
            }
            if (marker) { // "---": what follows on this line or the next begins a document
                for (int x = 0; x < 3; ++x)
                    step();
                m_parentIndent = -1;
                m_documentStart = true;
                m_bareDocument = true;
            }
        }
        bool space = true;
        while (m_i < m_n && m_result.ok) {
            const char c = m_s[m_i];
            if (lineEnd(m_i)) {
                step();
                return;
            }
            if (isBlank(c)) {
                space = true;
                step();
                continue;
            }
            if (c == '#' && space) {
                skipToEndOfLine();
                continue;
            }
            space = false;
            if (!m_nodeStart) {
                // after a quoted scalar, an alias or a flow collection: a value indicator
                // starts the next node; anything else is left to the parser
                if (c == ':' && blankOrEnd(m_i + 1)) {
                    step();
                    m_nodeStart = true;
                    m_parentIndent = m_nodeColumn; // the key's column is its mapping's indent
                    continue;
                }
                skipToEndOfLine();
                continue;
            }
            if ((c == '-' || c == '?' || c == ':') && blankOrEnd(m_i + 1)) {
                if (c != ':')
                    m_parentIndent = m_column - 1; // an entry of a sequence at this column
                step();
                continue;
            }
            if (c == '!' || c == '&') { // a tag or an anchor: the node follows
                m_bareDocument = false;
                while (!blankOrEnd(m_i))
                    step();
                continue;
            }
            if (c == '[' || c == '{') {
                openFlow();
                m_tokenStart = true;
                m_space = false;
                return; // the flow scan goes on from here
            }
            m_nodeColumn = m_column - 1;
            if (c == '"' || c == '\'') {
                quoted();
                m_nodeStart = false;
                continue;
            }
            if (c == '*') { // an alias
                while (!blankOrEnd(m_i))
                    step();
                m_nodeStart = false;
                continue;
            }
            if (c == '|' || c == '>') {
                // Its lines: those deeper than its mapping or sequence, says the spec; libfyaml
                // (0.7) also takes lines at that collection's own indentation (not at column
                // 0), and at column 0 for the root of a document begun by "---" or after "..."
                // with no tag or anchor. An indentation indicator fixes the indentation; else
                // the first line with text does. (Probed against libfyaml: tst_hardening's
                // flowLineBreaksChangeNothing and nestingBombsInBoundedMemory.)
                m_blockScalarMin = m_parentIndent >= 0 ? std::max(m_parentIndent, 1)
                                   : m_bareDocument    ? 0
                                                       : 1;
                m_blockIndent = kNone;
                for (qsizetype h = m_i + 1; h < m_i + 3 && h < m_n; ++h) {
                    if (m_s[h] >= '1' && m_s[h] <= '9')
                        m_blockIndent = std::max(m_parentIndent, 0) + (m_s[h] - '0');
                    else if (m_s[h] != '+' && m_s[h] != '-')
                        break;
                }
                m_documentStart = false;
                skipToEndOfLine();
                continue;
            }
            plainScalar();
        }
    }

    // A plain scalar in block context: up to ": " (a key; the value follows), " #" or the end
    // of the line (then the next, deeper lines may continue it).
    void plainScalar()
    {
        bool space = false;
        while (m_i < m_n) {
            const char c = m_s[m_i];
            if (lineEnd(m_i)) {
                m_plainIndent = m_parentIndent; // deeper lines continue the scalar
                return;
            }
            if (c == ':' && blankOrEnd(m_i + 1)) {
                step();
                m_nodeStart = true;
                m_parentIndent = m_nodeColumn; // it was a key: its value belongs to its mapping
                return;
            }
            if (c == '#' && space) {
                skipToEndOfLine();
                m_plainIndent = m_parentIndent;
                return;
            }
            space = isBlank(c);
            step();
        }
    }

    const char *m_s;
    qsizetype m_n;
    FlowScanLimits m_limits;
    FlowScan m_result;
    qsizetype m_i = 0;
    int m_line = 1;
    int m_column = 1;
    qsizetype m_segmentStart = 0; // start of the line, or of the part after the last break
    qsizetype m_tokens = 0;       // tokens since then (flow context)
    int m_depth = 0;
    int m_flowIndent = 0;
    bool m_tokenStart = true;
    bool m_space = true;
    bool m_afterJsonNode = false; // the last flow token was a quoted scalar or a collection
    bool m_nodeStart = true;
    int m_parentIndent = 0; // indentation of the collection the current node belongs to
    int m_nodeColumn = 0;   // column (0-based) where the current node began
    static constexpr int kNone = -2;
    int m_blockScalarMin = kNone; // lines indented at least this much are a block scalar's text
    int m_blockIndent = kNone;    // a block scalar's indentation, once known
    int m_plainIndent = kNone;    // lines deeper than this continue a plain scalar
    bool m_documentStart = true;  // no node of the current document has begun yet
    bool m_bareDocument = false;  // begun by "---" (or after "..."), no tag or anchor yet
};

} // namespace

FlowScan scanFlow(const QByteArray &text, const FlowScanLimits &limits)
{
    return Scanner(text, limits).run();
}

FlowText::FlowText(const QByteArray &original, const std::vector<FlowBreak> &breaks)
    : m_breaks(breaks)
{
    if (m_breaks.empty()) {
        m_text = original;
        return;
    }
    qsizetype extra = 0;
    for (const FlowBreak &b : m_breaks)
        extra += 1 + b.spaces;
    m_text.reserve(original.size() + extra);
    qsizetype from = 0;
    for (const FlowBreak &b : m_breaks) {
        m_text.append(original.constData() + from, b.offset - from);
        m_modifiedStart.push_back(m_text.size());
        m_text.append('\n');
        m_text.append(QByteArray(b.spaces, ' '));
        from = b.offset;
    }
    m_text.append(original.constData() + from, original.size() - from);
}

std::pair<int, int> FlowText::original(int line, int column) const
{
    // break i created line (its line + i + 1) of the parser's text
    qsizetype lo = 0, hi = qsizetype(m_breaks.size());
    while (lo < hi) { // the first break whose created line is after `line`
        const qsizetype mid = (lo + hi) / 2;
        if (m_breaks[size_t(mid)].line + mid + 1 <= line)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return {line, column};
    const FlowBreak &b = m_breaks[size_t(lo - 1)];
    const int created = b.line + int(lo);
    const int originalLine = line - int(lo);
    if (line != created)
        return {originalLine, column};
    return {originalLine, b.column + std::max(0, column - 1 - b.spaces)};
}

qsizetype FlowText::originalOffset(qsizetype offset) const
{
    const auto it = std::upper_bound(m_modifiedStart.begin(), m_modifiedStart.end(), offset);
    if (it == m_modifiedStart.begin())
        return offset;
    const size_t i = size_t(it - m_modifiedStart.begin() - 1);
    const FlowBreak &b = m_breaks[i];
    const qsizetype runEnd = m_modifiedStart[i] + 1 + b.spaces;
    if (offset < runEnd)
        return b.offset;
    return b.offset + (offset - runEnd);
}

} // namespace meshdesk
