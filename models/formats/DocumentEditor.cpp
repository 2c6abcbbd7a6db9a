#include "DocumentEditor.h"

#include "YamlNode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <libfyaml.h>
#include <memory>

namespace meshdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::DocumentEditor", text);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// DocPath

DocPath &DocPath::key(const QString &k)
{
    segments.append({Segment::Kind::Key, k, 0, {}});
    return *this;
}

DocPath &DocPath::index(int i)
{
    segments.append({Segment::Kind::Index, {}, i, {}});
    return *this;
}

DocPath &DocPath::match(const QString &k, const QString &v)
{
    segments.append({Segment::Kind::Match, k, 0, v});
    return *this;
}

DocPath DocPath::child(const QString &k) const
{
    DocPath p = *this;
    p.key(k);
    return p;
}

QString DocPath::toString() const
{
    auto quoted = [](const QString &s) {
        static const QString special = QStringLiteral(".[]=\"");
        for (const QChar c : s)
            if (special.contains(c) || c.isSpace())
                return QLatin1Char('"') +
                       QString(s).replace(QLatin1Char('"'), QStringLiteral("\\\"")) +
                       QLatin1Char('"');
        return s.isEmpty() ? QStringLiteral("\"\"") : s;
    };
    QString out;
    for (const Segment &s : segments) {
        switch (s.kind) {
        case Segment::Kind::Key:
            if (!out.isEmpty())
                out += QLatin1Char('.');
            out += quoted(s.key);
            break;
        case Segment::Kind::Index:
            out += QStringLiteral("[%1]").arg(s.index);
            break;
        case Segment::Kind::Match:
            out += QStringLiteral("[%1=%2]").arg(quoted(s.key), quoted(s.value));
            break;
        }
    }
    return out;
}

bool DocPath::parse(const QString &text, DocPath &out, QString *error)
{
    out = {};
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString &why) {
        if (error)
            *error = tr("path '%1', at character %2: %3").arg(text).arg(i + 1).arg(why);
        return false;
    };
    // a word up to one of the stop characters, or a "quoted" one
    auto word = [&](const QString &stops, QString &w) -> bool {
        w.clear();
        if (i < n && text[i] == QLatin1Char('"')) {
            ++i;
            while (i < n && text[i] != QLatin1Char('"')) {
                if (text[i] == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                w += text[i++];
            }
            if (i >= n)
                return fail(tr("a quote is not closed"));
            ++i;
            return true;
        }
        while (i < n && !stops.contains(text[i]))
            w += text[i++];
        return true;
    };
    bool expectKey = true;
    while (i < n) {
        if (text[i] == QLatin1Char('[')) {
            ++i;
            QString a;
            if (!word(QStringLiteral("]="), a))
                return false;
            if (i < n && text[i] == QLatin1Char('=')) {
                ++i;
                QString v;
                if (!word(QStringLiteral("]"), v))
                    return false;
                out.match(a, v);
            } else {
                bool ok = false;
                const int idx = a.toInt(&ok);
                if (!ok || idx < 0)
                    return fail(tr("expected [number] or [key=value]"));
                out.index(idx);
            }
            if (i >= n || text[i] != QLatin1Char(']'))
                return fail(tr("']' expected"));
            ++i;
            expectKey = false;
            continue;
        }
        if (text[i] == QLatin1Char('.')) {
            if (expectKey)
                return fail(tr("a key is empty"));
            ++i;
            expectKey = true;
            continue;
        }
        if (!expectKey)
            return fail(tr("'.' or '[' expected"));
        QString k;
        if (!word(QStringLiteral(".[]="), k))
            return false;
        if (k.isEmpty())
            return fail(tr("a key is empty"));
        if (i < n && (text[i] == QLatin1Char(']') || text[i] == QLatin1Char('=')))
            return fail(tr("'%1' is not allowed in a key; put the key in quotes").arg(text[i]));
        out.key(k);
        expectKey = false;
    }
    if (out.segments.isEmpty() || expectKey)
        return fail(tr("the path is empty or ends with '.'"));
    return true;
}

DocumentEdit DocumentEdit::set(const DocPath &path, const QJsonValue &value,
                               const QStringList &after)
{
    return {Op::Set, path, value, after};
}

DocumentEdit DocumentEdit::remove(const DocPath &path)
{
    return {Op::Remove, path, {}, {}};
}

DocumentEdit DocumentEdit::append(const DocPath &path, const QJsonValue &value)
{
    return {Op::Append, path, value, {}};
}

// ---------------------------------------------------------------------------------------------
// The JSON side: what the edited document must mean.

namespace {

bool itemMatches(const QJsonValue &item, const DocPath::Segment &s)
{
    if (!item.isObject())
        return false;
    const QJsonValue v = item.toObject().value(s.key);
    if (v.isString())
        return v.toString() == s.value;
    if (v.isDouble() || v.isBool())
        return v.toVariant().toString() == s.value;
    return false;
}

int findItem(const QJsonArray &a, const DocPath::Segment &s)
{
    if (s.kind == DocPath::Segment::Kind::Index)
        return s.index < a.size() ? s.index : -1;
    for (int i = 0; i < a.size(); ++i)
        if (itemMatches(a[i], s))
            return i;
    return -1;
}

// Applies one edit below `node` from segment `at` on. Returns false with *error when a list
// selector or a non-mapping stands in the way.
bool jsonEdit(QJsonValue &node, const DocumentEdit &e, int at, QString *error)
{
    const auto &segs = e.path.segments;
    const bool last = at == segs.size() - 1;
    const DocPath::Segment &s = segs[at];
    if (s.kind == DocPath::Segment::Kind::Key) {
        if (node.isNull() || node.isUndefined()) {
            if (e.op == DocumentEdit::Op::Remove)
                return true;
            node = QJsonObject();
        }
        if (!node.isObject()) {
            if (error)
                *error = tr("'%1' is not a mapping").arg(s.key);
            return false;
        }
        QJsonObject o = node.toObject();
        if (last) {
            if (e.op == DocumentEdit::Op::Set) {
                o.insert(s.key, e.value);
            } else if (e.op == DocumentEdit::Op::Remove) {
                o.remove(s.key);
            } else {
                QJsonValue list = o.value(s.key);
                if (!list.isArray() && !list.isNull() && !list.isUndefined()) {
                    if (error)
                        *error = tr("'%1' is not a list").arg(s.key);
                    return false;
                }
                QJsonArray a = list.toArray();
                a.append(e.value);
                o.insert(s.key, a);
            }
        } else {
            if (e.op == DocumentEdit::Op::Remove && !o.contains(s.key))
                return true;
            QJsonValue child = o.value(s.key);
            if (!jsonEdit(child, e, at + 1, error))
                return false;
            o.insert(s.key, child);
        }
        node = o;
        return true;
    }
    if (!node.isArray()) {
        if (e.op == DocumentEdit::Op::Remove)
            return true;
        if (error)
            *error = tr("no list where %1 should be").arg(e.path.toString());
        return false;
    }
    QJsonArray a = node.toArray();
    const int i = findItem(a, s);
    if (i < 0) {
        if (e.op == DocumentEdit::Op::Remove)
            return true;
        if (error)
            *error = tr("%1: no such list item").arg(e.path.toString());
        return false;
    }
    if (last) {
        if (e.op == DocumentEdit::Op::Set) {
            a[i] = e.value;
        } else if (e.op == DocumentEdit::Op::Remove) {
            a.removeAt(i);
        } else {
            QJsonValue item = a[i];
            if (!item.isArray() && !item.isNull()) {
                if (error)
                    *error = tr("%1 is not a list").arg(e.path.toString());
                return false;
            }
            QJsonArray inner = item.toArray();
            inner.append(e.value);
            a[i] = inner;
        }
    } else {
        QJsonValue child = a[i];
        if (!jsonEdit(child, e, at + 1, error))
            return false;
        a[i] = child;
    }
    node = a;
    return true;
}

} // namespace

bool applyEditsToJson(QJsonValue &root, const QList<DocumentEdit> &edits, QString *error)
{
    for (const DocumentEdit &e : edits) {
        if (e.path.isEmpty()) {
            if (error)
                *error = tr("an edit names no path");
            return false;
        }
        if (!jsonEdit(root, e, 0, error))
            return false;
    }
    return true;
}

QJsonValue jsonAt(const QJsonValue &root, const DocPath &path)
{
    QJsonValue v = root;
    for (const DocPath::Segment &s : path.segments) {
        if (s.kind == DocPath::Segment::Kind::Key) {
            if (!v.isObject())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toObject().value(s.key);
        } else {
            if (!v.isArray())
                return QJsonValue(QJsonValue::Undefined);
            const int i = findItem(v.toArray(), s);
            if (i < 0)
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(i);
        }
    }
    return v;
}

// ---------------------------------------------------------------------------------------------
// The text side: a tree of byte spans from libfyaml's events.

namespace {

struct SNode
{
    enum class Type
    {
        Null,
        Scalar,
        Map,
        Seq,
        Alias
    };
    Type type = Type::Null;
    bool flow = false;
    fy_scalar_style style = FYSS_PLAIN;
    qsizetype start = -1; // the node's own text (quotes included); -1 for an empty null
    qsizetype end = -1;
    int column = 0; // of start; for block collections the column of the first key / '-'
    QString text;
    struct Entry
    {
        QString key;
        qsizetype keyStart = 0;
        qsizetype keyEnd = 0; // quotes included
        int keyColumn = 0;
        bool keyQuoted = false;
        std::unique_ptr<SNode> value;
    };
    std::vector<Entry> entries;
    std::vector<std::unique_ptr<SNode>> items;

    const Entry *entry(const QString &k) const
    {
        for (auto it = entries.rbegin(); it != entries.rend(); ++it) // the last one wins
            if (it->key == k)
                return &*it;
        return nullptr;
    }
    int entryIndex(const QString &k) const
    {
        for (int i = int(entries.size()) - 1; i >= 0; --i)
            if (entries[size_t(i)].key == k)
                return i;
        return -1;
    }
    bool isCollection() const { return type == Type::Map || type == Type::Seq; }
    bool isBlockScalar() const
    {
        return type == Type::Scalar && (style == FYSS_LITERAL || style == FYSS_FOLDED);
    }
};

struct Parsed
{
    std::unique_ptr<SNode> root;
    int documents = 0;
    QString error;
};

class Text
{
public:
    explicit Text(const QByteArray &t) : t(t) {}
    const QByteArray &t;
    qsizetype lineStart(qsizetype pos) const
    {
        const qsizetype nl = pos > 0 ? t.lastIndexOf('\n', pos - 1) : -1;
        return nl + 1;
    }
    qsizetype lineEnd(qsizetype pos) const
    {
        const qsizetype nl = t.indexOf('\n', pos);
        return nl < 0 ? t.size() : nl;
    }
    bool onlySpacesBefore(qsizetype pos) const
    {
        for (qsizetype i = lineStart(pos); i < pos; ++i)
            if (t[i] != ' ' && t[i] != '\t')
                return false;
        return true;
    }
    qsizetype colonAfter(qsizetype keyEnd) const
    {
        qsizetype i = keyEnd;
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t'))
            ++i;
        return i < t.size() && t[i] == ':' ? i : -1;
    }
    qsizetype skipSpaceForward(qsizetype i) const
    {
        while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
            ++i;
        return i;
    }
    qsizetype skipSpaceBackward(qsizetype i) const // i: one past; returns one past the last
    {
        while (i > 0 &&
               (t[i - 1] == ' ' || t[i - 1] == '\t' || t[i - 1] == '\n' || t[i - 1] == '\r'))
            --i;
        return i;
    }
};

// Where a node's text ends (block collections end with their last child).
qsizetype contentEnd(const SNode &n, const Text &text)
{
    if (n.type == SNode::Type::Map && !n.flow && !n.entries.empty()) {
        const SNode::Entry &e = n.entries.back();
        if (e.value->start >= 0)
            return contentEnd(*e.value, text);
        const qsizetype colon = text.colonAfter(e.keyEnd);
        return colon >= 0 ? colon + 1 : e.keyEnd;
    }
    if (n.type == SNode::Type::Seq && !n.flow && !n.items.empty()) {
        const SNode &last = *n.items.back();
        if (last.start >= 0)
            return contentEnd(last, text);
    }
    return n.end;
}

Parsed parseSpans(const QByteArray &source)
{
    Parsed out;
    fy_parse_cfg cfg{};
    cfg.flags =
        fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 | FYPCF_ALLOW_DUPLICATE_KEYS);
    fy_parser *parser = fy_parser_create(&cfg);
    if (!parser) {
        out.error = tr("cannot create a YAML parser");
        return out;
    }
    fy_parser_set_string(parser, source.constData(), size_t(source.size()));
    const Text text(source);
    struct Frame
    {
        SNode *node = nullptr;
        bool haveKey = false;
        SNode::Entry pending;
    };
    std::vector<Frame> stack;
    std::unique_ptr<SNode> root;
    auto attach = [&](std::unique_ptr<SNode> node) -> SNode * {
        SNode *raw = node.get();
        if (stack.empty()) {
            root = std::move(node);
            return raw;
        }
        Frame &f = stack.back();
        if (f.node->type == SNode::Type::Seq) {
            f.node->items.push_back(std::move(node));
            return raw;
        }
        if (!f.haveKey) { // a key: only scalars are keys in the documents we edit
            f.pending = {};
            f.pending.key = node->text;
            f.pending.keyStart = node->start;
            f.pending.keyEnd = node->end;
            f.pending.keyColumn = node->column;
            f.pending.keyQuoted =
                node->style == FYSS_SINGLE_QUOTED || node->style == FYSS_DOUBLE_QUOTED;
            f.haveKey = true;
            return nullptr;
        }
        f.pending.value = std::move(node);
        f.node->entries.push_back(std::move(f.pending));
        f.haveKey = false;
        return raw;
    };
    bool ok = true;
    while (ok) {
        fy_event *ev = fy_parser_parse(parser);
        if (!ev) {
            if (fy_parser_get_stream_error(parser)) {
                out.error = tr("the document is not valid YAML");
                ok = false;
            }
            break;
        }
        const fy_mark *sm = fy_event_start_mark(ev);
        const fy_mark *em = fy_event_end_mark(ev);
        const qsizetype s = sm ? qsizetype(sm->input_pos) : -1;
        const qsizetype e = em ? qsizetype(em->input_pos) : -1;
        const int column = sm ? sm->column : 0;
        switch (ev->type) {
        case FYET_DOCUMENT_START:
            ++out.documents;
            break;
        case FYET_MAPPING_START:
        case FYET_SEQUENCE_START: {
            auto n = std::make_unique<SNode>();
            n->type = ev->type == FYET_MAPPING_START ? SNode::Type::Map : SNode::Type::Seq;
            n->flow = fy_event_get_node_style(ev) == FYNS_FLOW;
            n->start = s;
            n->column = column;
            SNode *raw = n.get();
            if (stack.empty() || stack.back().node->type == SNode::Type::Seq ||
                stack.back().haveKey) {
                attach(std::move(n));
            } else {
                out.error = tr("a mapping key is itself a mapping or list");
                ok = false;
                break;
            }
            Frame f;
            f.node = raw;
            stack.push_back(std::move(f));
            break;
        }
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END: {
            SNode *n = stack.back().node;
            stack.pop_back();
            if (n->flow) {
                n->end = e;
            } else {
                if (n->type == SNode::Type::Map && !n->entries.empty())
                    n->column = n->entries.front().keyColumn;
                n->end = contentEnd(*n, text);
            }
            break;
        }
        case FYET_SCALAR: {
            auto n = std::make_unique<SNode>();
            n->style = fy_token_scalar_style(ev->scalar.value);
            size_t len = 0;
            const char *txt = fy_token_get_text(ev->scalar.value, &len);
            n->text = txt ? QString::fromUtf8(txt, qsizetype(len)) : QString();
            const bool plain = n->style == FYSS_PLAIN || n->style == FYSS_ANY;
            const bool quoted = n->style == FYSS_SINGLE_QUOTED || n->style == FYSS_DOUBLE_QUOTED;
            const bool isNull =
                plain && (n->text.isEmpty() || n->text == QLatin1String("~") ||
                          n->text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0);
            n->type = isNull ? SNode::Type::Null : SNode::Type::Scalar;
            if (s >= 0 && e >= s && !(isNull && n->text.isEmpty())) {
                n->start = quoted ? s - 1 : s;
                n->end = quoted ? e + 1 : e;
                n->column = quoted ? column - 1 : column;
                if (n->isBlockScalar()) { // the span ends with the last character of content
                    n->end = text.skipSpaceBackward(e);
                    if (n->end < n->start)
                        n->end = n->start;
                }
            }
            attach(std::move(n));
            break;
        }
        case FYET_ALIAS: {
            auto n = std::make_unique<SNode>();
            n->type = SNode::Type::Alias;
            n->start = s > 0 ? s - 1 : s; // the mark is on the name; the '*' is before it
            n->end = e;
            n->column = column > 0 ? column - 1 : 0;
            attach(std::move(n));
            break;
        }
        default:
            break;
        }
        fy_parser_event_free(parser, ev);
    }
    fy_parser_destroy(parser);
    if (ok)
        out.root = std::move(root);
    return out;
}

// ---------------------------------------------------------------------------------------------
// Rendering values as YAML (block or flow) or JSON

bool looksLikeNonString(const QString &s)
{
    static const QStringList reserved{
        QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
        QStringLiteral("~"),    QStringLiteral("yes"),   QStringLiteral("no"),
        QStringLiteral("on"),   QStringLiteral("off"),   QStringLiteral("y"),
        QStringLiteral("n"),    QStringLiteral(".inf"),  QStringLiteral("-.inf"),
        QStringLiteral(".nan")};
    if (reserved.contains(s.toLower()))
        return true;
    bool ok = false;
    s.toDouble(&ok);
    return ok;
}

// Characters a YAML reader may not read back as written outside an escape: C0 and C1 controls,
// DEL, YAML 1.1's line breaks (NEL U+0085, LS U+2028, PS U+2029) and the byte order mark.
bool needsEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029 || u == 0xfeff;
}

// Plain (unquoted) scalars are used only when they read back as the same string in any YAML
// 1.1 or 1.2 reader.
bool plainSafe(const QString &s, bool inFlow)
{
    if (s.isEmpty() || s.front().isSpace() || s.back().isSpace() || looksLikeNonString(s))
        return false;
    static const QString badFirst = QStringLiteral("-?:,[]{}#&*!|>'\"%@`+.0123456789");
    if (badFirst.contains(s.front()))
        return false;
    if (s.contains(QLatin1String(": ")) || s.contains(QLatin1String(" #")) ||
        s.endsWith(QLatin1Char(':')))
        return false;
    for (const QChar c : s)
        if (needsEscape(c))
            return false;
    if (inFlow)
        for (const QChar c : s)
            if (QStringLiteral(",[]{}").contains(c))
                return false;
    return true;
}

QString jsonString(const QString &s)
{
    const QByteArray a = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    const QString quoted = QString::fromUtf8(a.mid(1, a.size() - 2));
    // (JSON escapes only C0 controls; the rest of needsEscape() as \uXXXX, valid in both)
    QString out;
    out.reserve(quoted.size());
    for (const QChar c : quoted)
        if (c.unicode() >= 0x20 && needsEscape(c))
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    return out;
}

QString numberText(double d)
{
    if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

QString json(const QJsonValue &v)
{
    if (v.isString())
        return jsonString(v.toString());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return numberText(v.toDouble());
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("null");
    const QByteArray a = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                     : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a);
}

QString singleQuoted(const QString &s)
{
    return QLatin1Char('\'') + QString(s).replace(QLatin1Char('\''), QStringLiteral("''")) +
           QLatin1Char('\'');
}

QString spaces(int n)
{
    return QString(std::max(0, n), QLatin1Char(' '));
}

QString keyText(const QString &k, bool jsonDoc)
{
    if (jsonDoc || !plainSafe(k, true))
        return jsonString(k);
    return k;
}

// Can this multi-line text be a literal block scalar that reads back exactly?
bool literalSafe(const QString &s)
{
    if (s.isEmpty() || s.front().isSpace() || s.endsWith(QLatin1String("\n\n")))
        return false;
    for (const QChar c : s)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f)
            return false;
    for (const QString &line : s.split(QLatin1Char('\n')))
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false; // a line of only spaces
    return true;
}

struct Renderer
{
    bool jsonDoc = false;
    bool atEof = false; // the value ends the document (a literal block then needs its newline)

    // A scalar in block context, keeping the old quoting style where it can.
    QString scalar(const QJsonValue &v, fy_scalar_style oldStyle, int indent) const
    {
        if (!v.isString() || jsonDoc)
            return json(v);
        const QString s = v.toString();
        if (s.isEmpty())
            return QStringLiteral("''");
        if (s.contains(QLatin1Char('\n'))) {
            if (!literalSafe(s))
                return jsonString(s);
            QString body = s;
            QString header = QStringLiteral("|-");
            if (body.endsWith(QLatin1Char('\n'))) {
                header = QStringLiteral("|");
                body.chop(1);
            }
            QString out = header;
            for (const QString &line : body.split(QLatin1Char('\n')))
                out += QLatin1Char('\n') + (line.isEmpty() ? QString() : spaces(indent) + line);
            if (header == QLatin1String("|") && atEof)
                out += QLatin1Char('\n');
            return out;
        }
        if (oldStyle == FYSS_DOUBLE_QUOTED)
            return jsonString(s);
        const bool printable = std::none_of(s.begin(), s.end(), needsEscape);
        if (oldStyle == FYSS_SINGLE_QUOTED && printable)
            return singleQuoted(s);
        if (plainSafe(s, false))
            return s;
        return printable ? singleQuoted(s) : jsonString(s);
    }

    QString flowScalar(const QJsonValue &v) const
    {
        if (!v.isString() || jsonDoc)
            return json(v);
        const QString s = v.toString();
        if (plainSafe(s, true))
            return s;
        const bool printable = std::none_of(s.begin(), s.end(), needsEscape);
        return printable && !s.isEmpty() ? singleQuoted(s) : jsonString(s);
    }

    QString flow(const QJsonValue &v) const
    {
        if (jsonDoc)
            return json(v);
        if (v.isArray()) {
            QStringList items;
            for (const QJsonValue &i : v.toArray())
                items << flow(i);
            return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            QStringList items;
            for (auto it = o.begin(); it != o.end(); ++it)
                items << keyText(it.key(), false) + QStringLiteral(": ") + flow(it.value());
            return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
        }
        return flowScalar(v);
    }

    static bool allScalars(const QJsonArray &a)
    {
        return std::none_of(a.begin(), a.end(),
                            [](const QJsonValue &v) { return v.isArray() || v.isObject(); });
    }

    // What follows "key:" for a value of a block mapping whose key is at column k.
    QString entryValue(const QJsonValue &v, int k, const SNode *old) const
    {
        if (jsonDoc)
            return QLatin1Char(' ') + json(v);
        if (v.isArray()) {
            const QJsonArray a = v.toArray();
            if (a.isEmpty())
                return QStringLiteral(" []");
            if (old && old->type == SNode::Type::Seq && !old->flow)
                return blockSeq(a, old->column);
            if (allScalars(a))
                return QLatin1Char(' ') + flow(a);
            return blockSeq(a, k + 2);
        }
        if (v.isObject()) {
            const QJsonObject o = v.toObject();
            if (o.isEmpty())
                return QStringLiteral(" {}");
            if (old && old->type == SNode::Type::Map && old->flow)
                return QLatin1Char(' ') + flow(o);
            QString out;
            for (auto it = o.begin(); it != o.end(); ++it)
                out += QLatin1Char('\n') + spaces(k + 2) + keyText(it.key(), false) +
                       QLatin1Char(':') + entryValue(it.value(), k + 2, nullptr);
            return out;
        }
        return QLatin1Char(' ') +
               scalar(v, old && old->type == SNode::Type::Scalar ? old->style : FYSS_ANY, k + 2);
    }

    // A block list whose dashes are at column c.
    QString blockSeq(const QJsonArray &a, int c) const
    {
        QString out;
        for (const QJsonValue &v : a)
            out += QLatin1Char('\n') + spaces(c) + QStringLiteral("- ") + item(v, c + 2);
        return out;
    }

    // A list item after "- ", its continuation lines at column c.
    QString item(const QJsonValue &v, int c) const
    {
        if (v.isObject() && !v.toObject().isEmpty()) {
            const QJsonObject o = v.toObject();
            QString out;
            bool first = true;
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (!first)
                    out += QLatin1Char('\n') + spaces(c);
                first = false;
                out += keyText(it.key(), false) + QLatin1Char(':') +
                       entryValue(it.value(), c, nullptr);
            }
            return out;
        }
        if (v.isArray() || v.isObject())
            return flow(v);
        return scalar(v, FYSS_ANY, c);
    }
};

// ---------------------------------------------------------------------------------------------
// Applying one edit to the text

struct Step
{
    SNode *node = nullptr;
    SNode *parent = nullptr;
    int entry = -1; // in parent's entries
    int item = -1;  // in parent's items
};

bool scalarMatches(const SNode &item, const DocPath::Segment &s)
{
    if (item.type != SNode::Type::Map)
        return false;
    const SNode::Entry *e = item.entry(s.key);
    return e && e->value->type == SNode::Type::Scalar && e->value->text == s.value;
}

// Follows the path as far as it exists; steps[i] is segment i's node.
QList<Step> resolve(SNode *root, const DocPath &path)
{
    QList<Step> steps;
    SNode *cur = root;
    for (const DocPath::Segment &s : path.segments) {
        Step st;
        st.parent = cur;
        if (s.kind == DocPath::Segment::Kind::Key) {
            if (cur->type != SNode::Type::Map)
                break;
            st.entry = cur->entryIndex(s.key);
            if (st.entry < 0)
                break;
            st.node = cur->entries[size_t(st.entry)].value.get();
        } else {
            if (cur->type != SNode::Type::Seq)
                break;
            if (s.kind == DocPath::Segment::Kind::Index) {
                if (s.index >= int(cur->items.size()))
                    break;
                st.item = s.index;
            } else {
                for (int i = 0; i < int(cur->items.size()); ++i)
                    if (scalarMatches(*cur->items[size_t(i)], s)) {
                        st.item = i;
                        break;
                    }
                if (st.item < 0)
                    break;
            }
            st.node = cur->items[size_t(st.item)].get();
        }
        steps.append(st);
        cur = st.node;
    }
    return steps;
}

struct Splice
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text;
};

class Editor
{
public:
    Editor(const QByteArray &source, SNode *root) : m_src(source), m_text(source), m_root(root)
    {
        m_r.jsonDoc = root->isCollection() && root->flow;
    }

    // The splice for one edit; false with m_error when it cannot be done. *none: nothing to do.
    bool plan(const DocumentEdit &e, Splice &out, bool *none)
    {
        *none = false;
        const QList<Step> steps = resolve(m_root, e.path);
        const bool found = steps.size() == e.path.segments.size();
        switch (e.op) {
        case DocumentEdit::Op::Remove:
            if (!found) {
                *none = true;
                return true;
            }
            return removeAt(steps.back(), out);
        case DocumentEdit::Op::Append:
            if (found && steps.back().node->type == SNode::Type::Seq)
                return appendTo(*steps.back().node, e.value, out);
            if (found && steps.back().node->type != SNode::Type::Null)
                return fail(tr("%1 is not a list").arg(e.path.toString()));
            return planSet(e.path, steps, QJsonArray{e.value}, e.after, out);
        case DocumentEdit::Op::Set:
            return planSet(e.path, steps, e.value, e.after, out);
        }
        return false;
    }
    QString error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool planSet(const DocPath &path, const QList<Step> &steps, const QJsonValue &value,
                 const QStringList &after, Splice &out)
    {
        const int n = int(path.segments.size());
        if (steps.size() == n)
            return replace(steps.back(), value, out);
        // Missing from segment k on: only keys can be created, as nested mappings.
        const int k = int(steps.size());
        for (int i = k; i < n; ++i)
            if (path.segments[i].kind != DocPath::Segment::Kind::Key)
                return fail(tr("%1: no such list item").arg(path.toString()));
        QJsonValue wrapped = value;
        for (int i = n - 1; i > k; --i)
            wrapped = QJsonObject{{path.segments[i].key, wrapped}};
        SNode *parent = k == 0 ? m_root : steps.back().node;
        if (parent->type == SNode::Type::Map)
            return insertEntry(*parent, path.segments[k].key, wrapped,
                               k == n - 1 ? after : QStringList(), out);
        if (parent->type == SNode::Type::Null && k > 0)
            return replace(steps.back(), QJsonObject{{path.segments[k].key, wrapped}}, out);
        return fail(
            tr("%1: '%2' is not a mapping")
                .arg(path.toString(), k == 0 ? tr("the document") : path.segments[k - 1].key));
    }

    bool replace(const Step &st, const QJsonValue &value, Splice &out)
    {
        if (!st.parent)
            return fail(tr("the whole document cannot be replaced"));
        const SNode &old = *st.node;
        m_r.atEof = contentEnd(old, m_text) >= m_src.size();
        if (st.parent->type == SNode::Type::Map) {
            const SNode::Entry &e = st.parent->entries[size_t(st.entry)];
            const qsizetype colon = m_text.colonAfter(e.keyEnd);
            if (colon < 0)
                return fail(tr("cannot find the ':' after '%1'").arg(e.key));
            if (st.parent->flow || m_r.jsonDoc) {
                if (old.start >= 0)
                    out = {old.start, contentEnd(old, m_text), m_r.flow(value)};
                else
                    out = {colon + 1, colon + 1, QLatin1Char(' ') + m_r.flow(value)};
                return true;
            }
            const qsizetype end = old.start >= 0 ? contentEnd(old, m_text) : colon + 1;
            out = {colon + 1, end, m_r.entryValue(value, e.keyColumn, &old)};
            return true;
        }
        // a list item
        if (old.start < 0 || old.isBlockScalar())
            return fail(tr("this list item cannot be replaced in place"));
        if (st.parent->flow || m_r.jsonDoc)
            out = {old.start, contentEnd(old, m_text), m_r.flow(value)};
        else
            out = {old.start, contentEnd(old, m_text), m_r.item(value, old.column)};
        return true;
    }

    bool insertEntry(const SNode &map, const QString &key, const QJsonValue &value,
                     const QStringList &after, Splice &out)
    {
        const SNode::Entry *anchor = nullptr;
        for (const QString &a : after)
            if ((anchor = map.entry(a)))
                break;
        if (!anchor && !map.entries.empty())
            anchor = &map.entries.back();
        if (map.flow || m_r.jsonDoc) {
            const bool quotedKeys = m_r.jsonDoc || (anchor && anchor->keyQuoted);
            const QString k = quotedKeys ? jsonString(key) : keyText(key, false);
            const QString entry = k + QStringLiteral(": ") + m_r.flow(value);
            if (!anchor) { // {}
                out = {map.start + 1, map.start + 1, entry};
                return true;
            }
            const qsizetype end = anchor->value->start >= 0 ? contentEnd(*anchor->value, m_text)
                                                            : m_text.colonAfter(anchor->keyEnd) + 1;
            // one entry per line stays one entry per line
            const QString sep = m_text.onlySpacesBefore(anchor->keyStart)
                                    ? QStringLiteral(",\n") + spaces(anchor->keyColumn)
                                    : QStringLiteral(", ");
            out = {end, end, sep + entry};
            return true;
        }
        if (!anchor)
            return fail(tr("cannot add to an empty block mapping"));
        const qsizetype valueEnd = anchor->value->start >= 0
                                       ? contentEnd(*anchor->value, m_text)
                                       : m_text.colonAfter(anchor->keyEnd) + 1;
        const qsizetype at = m_text.lineEnd(valueEnd);
        const int col = map.column;
        m_r.atEof = at >= m_src.size();
        out = {at, at,
               QLatin1Char('\n') + spaces(col) + keyText(key, false) + QLatin1Char(':') +
                   m_r.entryValue(value, col, nullptr)};
        return true;
    }

    bool appendTo(const SNode &seq, const QJsonValue &value, Splice &out)
    {
        if (seq.items.empty()) { // [] (a block list always has an item)
            const qsizetype close = seq.end - 1;
            out = {close, close, m_r.flow(value)};
            return true;
        }
        const SNode &last = *seq.items.back();
        const qsizetype end = contentEnd(last, m_text);
        if (seq.flow || m_r.jsonDoc) {
            const QString sep = m_text.onlySpacesBefore(last.start)
                                    ? QStringLiteral(",\n") + spaces(last.column)
                                    : QStringLiteral(", ");
            out = {end, end, sep + m_r.flow(value)};
            return true;
        }
        const qsizetype at = m_text.lineEnd(end);
        m_r.atEof = at >= m_src.size();
        out = {at, at,
               QLatin1Char('\n') + spaces(seq.column) + QStringLiteral("- ") +
                   m_r.item(value, seq.column + 2)};
        return true;
    }

    bool removeAt(const Step &st, Splice &out)
    {
        if (!st.parent)
            return fail(tr("the whole document cannot be removed"));
        const SNode &parent = *st.parent;
        const bool flow = parent.flow || m_r.jsonDoc;
        const int count =
            parent.type == SNode::Type::Map ? int(parent.entries.size()) : int(parent.items.size());
        const int idx = parent.type == SNode::Type::Map ? st.entry : st.item;
        qsizetype start, end;
        if (parent.type == SNode::Type::Map) {
            const SNode::Entry &e = parent.entries[size_t(idx)];
            start = e.keyStart;
            end = e.value->start >= 0 ? contentEnd(*e.value, m_text)
                                      : m_text.colonAfter(e.keyEnd) + 1;
        } else {
            const SNode &item = *parent.items[size_t(idx)];
            if (item.start < 0)
                return fail(tr("an empty list item cannot be removed in place"));
            start = item.start;
            end = contentEnd(item, m_text);
        }
        if (count == 1) { // the collection becomes empty
            const QString empty =
                parent.type == SNode::Type::Map ? QStringLiteral("{}") : QStringLiteral("[]");
            if (parent.flow) {
                out = {parent.start + 1, parent.end - 1, QString()};
                return true;
            }
            out = {parent.start, contentEnd(parent, m_text), empty};
            return true;
        }
        if (flow) {
            const qsizetype next = m_text.skipSpaceForward(end);
            if (next < m_src.size() && m_src[next] == ',') {
                end = m_text.skipSpaceForward(next + 1);
            } else {
                const qsizetype prev = m_text.skipSpaceBackward(start);
                if (prev > 0 && m_src[prev - 1] == ',')
                    start = prev - 1;
            }
            out = {start, end, QString()};
            return true;
        }
        if (parent.type == SNode::Type::Seq) {
            qsizetype dash = m_text.skipSpaceBackward(start);
            if (dash <= 0 || m_src[dash - 1] != '-' || !m_text.onlySpacesBefore(dash - 1))
                return fail(tr("this list item cannot be removed in place"));
            start = m_text.lineStart(dash - 1);
        } else if (m_text.onlySpacesBefore(start)) {
            start = m_text.lineStart(start);
        } else {
            // the first key of a list item ("- key: ..."): the next key moves up to its place
            const SNode::Entry &next = parent.entries[size_t(idx + 1 < count ? idx + 1 : idx)];
            if (idx + 1 >= count)
                return fail(tr("this key cannot be removed in place"));
            out = {start, next.keyStart, QString()};
            return true;
        }
        const qsizetype le = m_text.lineEnd(end);
        out = {start, le < m_src.size() ? le + 1 : le, QString()};
        if (le >= m_src.size() && start > 0) // the last line: take the newline before it instead
            out.start = start - 1;
        return true;
    }

    const QByteArray &m_src;
    Text m_text;
    SNode *m_root;
    Renderer m_r;
    QString m_error;
};

bool parseJson(const QByteArray &text, QJsonValue &out, QString *error)
{
    std::vector<YamlDocument> docs;
    ParseError perr;
    if (!loadYaml(text, docs, perr)) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(perr.line).arg(perr.column).arg(perr.message);
        return false;
    }
    if (docs.size() != 1) {
        if (error)
            *error = tr("expected one document, found %1").arg(docs.size());
        return false;
    }
    out = docs.front().root->toJson();
    return true;
}

} // namespace

QString yamlScalar(const QString &text)
{
    if (text.contains(QLatin1Char('\n')))
        return jsonString(text);
    return Renderer{}.scalar(text, FYSS_ANY, 0);
}

QString yamlKey(const QString &key)
{
    return keyText(key, false);
}

DocumentEditResult applyDocumentEdits(const QByteArray &source, const QList<DocumentEdit> &edits)
{
    DocumentEditResult result;
    QJsonValue expected;
    QString error;
    if (!parseJson(source, expected, &error)) {
        result.error = tr("the stored document does not parse: %1").arg(error);
        return result;
    }
    if (!applyEditsToJson(expected, edits, &error)) {
        result.error = error;
        return result;
    }
    QByteArray text = source;
    for (const DocumentEdit &e : edits) {
        Parsed parsed = parseSpans(text);
        if (!parsed.root) {
            result.error = parsed.error.isEmpty() ? tr("the document is empty") : parsed.error;
            return result;
        }
        if (parsed.documents != 1) {
            result.error = tr("expected one document, found %1").arg(parsed.documents);
            return result;
        }
        Editor editor(text, parsed.root.get());
        Splice splice;
        bool none = false;
        if (!editor.plan(e, splice, &none)) {
            result.error = editor.error();
            return result;
        }
        if (!none)
            text = text.left(splice.start) + splice.text.toUtf8() + text.mid(splice.end);
    }
    QJsonValue actual;
    if (!parseJson(text, actual, &error)) {
        result.error =
            tr("the edited document would not parse (%1); nothing was changed").arg(error);
        return result;
    }
    if (actual != expected) {
        if (qEnvironmentVariableIsSet("MESHDESK_DEBUG_EDITS"))
            qWarning().noquote() << text << QJsonDocument(actual.toObject()).toJson()
                                 << QJsonDocument(expected.toObject()).toJson();
        // e.g. a value shared through a YAML anchor: changing it would change its aliases too
        result.error = tr("the edit would change more than asked (a value shared through a YAML "
                          "anchor?); nothing was changed");
        return result;
    }
    result.ok = true;
    result.text = text;
    return result;
}

} // namespace meshdesk
