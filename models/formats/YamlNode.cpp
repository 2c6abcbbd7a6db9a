#include "YamlNode.h"

#include "FlowScan.h"
#include "core/Names.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>
#include <libfyaml.h>
#include <tuple>

namespace meshdesk {

const YamlNode::Entry *YamlNode::entry(QStringView key) const
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        if (it->key == key)
            return &*it;
    return nullptr;
}

const YamlNode::Entry *YamlNode::entry(QLatin1String key) const
{
    for (auto it = entries.rbegin(); it != entries.rend(); ++it)
        if (it->key == key)
            return &*it;
    return nullptr;
}

const YamlNode *YamlNode::get(QStringView key) const
{
    const Entry *e = entry(key);
    return e ? e->value.get() : nullptr;
}

const YamlNode *YamlNode::get(QLatin1String key) const
{
    const Entry *e = entry(key);
    return e ? e->value.get() : nullptr;
}

QString YamlNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Scalar:
        return QStringLiteral("scalar");
    case Type::Map:
        return QStringLiteral("mapping");
    case Type::Seq:
        return QStringLiteral("list");
    }
    return {};
}

static QJsonValue scalarToJson(const YamlNode &n)
{
    if (!n.plain)
        return n.text;
    const QString &t = n.text;
    if (t == QLatin1String("true") || t == QLatin1String("True") || t == QLatin1String("TRUE"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("False") || t == QLatin1String("FALSE"))
        return false;
    bool ok = false;
    const qlonglong i = t.toLongLong(&ok);
    if (ok && i > -(1LL << 53) && i < (1LL << 53))
        return double(i);
    if (!t.isEmpty() && (t[0].isDigit() || t[0] == QLatin1Char('-') || t[0] == QLatin1Char('.'))) {
        const double d = t.toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return t;
}

QJsonValue YamlNode::toJson() const
{
    switch (type) {
    case Type::Null:
        return QJsonValue::Null;
    case Type::Scalar:
        return scalarToJson(*this);
    case Type::Map: {
        QJsonObject o;
        for (const Entry &e : entries)
            o.insert(e.key, e.value->toJson());
        return o;
    }
    case Type::Seq: {
        QJsonArray a;
        for (const auto &i : items)
            a.append(i->toJson());
        return a;
    }
    }
    return {};
}

namespace {

struct Frame
{
    std::shared_ptr<YamlNode> node;
    QString anchor;
    bool haveKey = false; // for maps: the key has been read, waiting for the value
    YamlNode::Entry pending;
};

struct DiagCollector
{
    QString firstMessage;
    static void output(struct fy_diag *, void *user, const char *buf, size_t len)
    {
        auto *self = static_cast<DiagCollector *>(user);
        if (self->firstMessage.isEmpty())
            self->firstMessage = QString::fromUtf8(buf, qsizetype(len)).trimmed();
    }
};

QString tokenText(struct fy_token *t)
{
    if (!t)
        return {};
    size_t len = 0;
    const char *s = fy_token_get_text(t, &len);
    return s ? QString::fromUtf8(s, qsizetype(len)) : QString();
}

} // namespace

namespace {
// The offset of the first NUL byte or the first byte of an invalid UTF-8 sequence; -1 if none.
qsizetype firstNonText(const QByteArray &text)
{
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return nul;
    if (QUtf8StringView(text).isValidUtf8())
        return -1;
    const auto *s = reinterpret_cast<const uchar *>(text.constData());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const uchar c = s[i];
        const int len = c < 0x80         ? 1
                        : (c >> 5) == 6  ? 2
                        : (c >> 4) == 14 ? 3
                        : (c >> 3) == 30 ? 4
                                         : 0;
        if (len == 0 || i + len > n || !QUtf8StringView(text.constData() + i, len).isValidUtf8())
            return i;
        i += len;
    }
    return 0;
}

// One libfyaml parser per thread, reset between files: creating a parser and its diagnostics
// object per file cost about a fifth of parsing a small contract.
struct ThreadParser
{
    DiagCollector collector;
    fy_diag *diag = nullptr;
    fy_parser *parser = nullptr;
    bool used = false;
    ThreadParser() { create(); }
    void create()
    {
        fy_diag_cfg dcfg;
        fy_diag_cfg_default(&dcfg);
        dcfg.fp = nullptr;
        dcfg.output_fn = &DiagCollector::output;
        dcfg.user = &collector;
        dcfg.level = FYET_ERROR;
        dcfg.colorize = false;
        dcfg.show_source = false;
        dcfg.show_position = false;
        dcfg.show_type = false;
        dcfg.show_module = false;
        diag = fy_diag_create(&dcfg);
        fy_parse_cfg cfg{};
        cfg.flags = fy_parse_cfg_flags(FYPCF_QUIET | FYPCF_DEFAULT_VERSION_1_2 |
                                       FYPCF_ALLOW_DUPLICATE_KEYS);
        cfg.diag = diag;
        parser = diag ? fy_parser_create(&cfg) : nullptr;
    }
    ~ThreadParser() { destroy(); }
    void destroy()
    {
        if (parser)
            fy_parser_destroy(parser);
        if (diag)
            fy_diag_destroy(diag);
        parser = nullptr;
        diag = nullptr;
        used = false;
    }
    void abandon() // the parser and its diagnostics object are never freed (see loadYaml)
    {
        parser = nullptr;
        diag = nullptr;
        used = false;
    }
    ThreadParser(const ThreadParser &) = delete;
    ThreadParser &operator=(const ThreadParser &) = delete;
};
} // namespace

bool loadYaml(const QByteArray &text, std::vector<YamlDocument> &docs, ParseError &error,
              const YamlLoadOptions &options)
{
    thread_local ThreadParser tp;
    if (!tp.parser) {
        error = {0, 0, QStringLiteral("cannot create YAML parser")};
        return false;
    }
    // Text only: libfyaml 0.7 loops for ever on a directive holding invalid UTF-8 ("%.\x8d",
    // found by fuzz_odcs), and YAML has no NUL character. importBytes checks the same first;
    // this keeps every caller safe.
    if (const qsizetype bad = firstNonText(text); bad >= 0) {
        const qsizetype lineStart = text.lastIndexOf('\n', bad) + 1;
        error = {int(text.left(lineStart).count('\n')) + 1, int(bad - lineStart) + 1,
                 text[bad] == '\0' ? QStringLiteral("a NUL byte: not YAML or JSON text")
                                   : QStringLiteral("not valid UTF-8 text")};
        return false;
    }
    // Bounded memory before libfyaml sees the text: flow nesting is refused at the limit while
    // scanning, and long flow lines get line breaks (see FlowScan.h; positions map back).
    FlowScanLimits flowLimits;
    flowLimits.maxDepth = options.maxDepth;
    flowLimits.longLine = options.longFlowLine;
    const FlowScan scan = scanFlow(text, flowLimits);
    if (!scan.ok) {
        error = {scan.line, scan.column, scan.message};
        return false;
    }
    const FlowText input(text, scan.breaks);
    auto position = [&](int line, int column) {
        return input.changed() ? input.original(line, column) : std::pair{line, column};
    };
    // Resetting is only done after a clean parse: libfyaml 0.7's reset after an error
    // double-frees, so a parser that saw an error is replaced (see the end of this function).
    if (tp.used)
        fy_parser_reset(tp.parser);
    tp.used = true;
    DiagCollector &collector = tp.collector;
    collector.firstMessage.clear();
    fy_parser *parser = tp.parser;
    fy_parser_set_string(parser, input.text().constData(), size_t(input.text().size()));

    std::vector<Frame> stack;
    QHash<QString, std::pair<YamlNodePtr, qint64>> anchors;
    YamlDocument current;
    qint64 expanded = 0;
    bool ok = true;

    auto fail = [&](int line, int col, const QString &msg) {
        error = {line, col, msg};
        ok = false;
    };
    // Every node costs memory (a 20 MB one-line array holds 10 million): bounded like aliases.
    auto tooManyNodes = [&] {
        return QStringLiteral("the document has more than %1 values; refused")
            .arg(options.maxExpandedNodes);
    };

    // Attaches a finished node to its parent (or makes it the document root).
    auto attach = [&](YamlNodePtr node, int line, int col) {
        if (stack.empty()) {
            current.root = std::move(node);
            return;
        }
        Frame &f = stack.back();
        auto *parent = f.node.get();
        if (parent->type == YamlNode::Type::Seq) {
            parent->items.push_back(std::move(node));
            return;
        }
        if (!f.haveKey) {
            if (node->type == YamlNode::Type::Map || node->type == YamlNode::Type::Seq) {
                fail(line, col, QStringLiteral("complex mapping keys are not supported"));
                return;
            }
            f.pending = YamlNode::Entry{node->text, line, col, nullptr};
            f.haveKey = true;
            return;
        }
        f.pending.value = std::move(node);
        for (const auto &e : parent->entries) {
            if (e.key == f.pending.key) {
                current.warnings.append(
                    {Diagnostic::Severity::Warning, QString(), f.pending.line, f.pending.column,
                     QStringLiteral("duplicate key '%1' (first at line %2); the last value is used")
                         .arg(names::quoted(f.pending.key))
                         .arg(e.line)});
                break;
            }
        }
        parent->entries.push_back(std::move(f.pending));
        f.haveKey = false;
    };

    while (ok) {
        fy_event *ev = fy_parser_parse(parser);
        if (!ev) {
            if (fy_parser_get_stream_error(parser)) {
                int line = 0, col = 0;
                QString msg;
                {
                    // libfyaml's formatted diagnostic: "<input>:LINE:COL: error: MESSAGE"
                    static const QRegularExpression re(
                        QStringLiteral(R"(:(\d+):(\d+):\s*error:\s*(.*)$)"));
                    const auto m = re.match(collector.firstMessage);
                    if (m.hasMatch()) {
                        std::tie(line, col) =
                            position(m.captured(1).toInt(), m.captured(2).toInt());
                        msg = m.captured(3);
                    } else {
                        msg = collector.firstMessage;
                    }
                }
                if (msg.isEmpty())
                    msg = QStringLiteral("invalid YAML");
                fail(line, col, QStringLiteral("YAML syntax error: ") + msg);
            }
            break;
        }
        const fy_mark *mark = fy_event_start_mark(ev);
        const auto [line, col] =
            mark ? position(mark->line + 1, mark->column + 1) : std::pair{0, 0};
        switch (ev->type) {
        case FYET_DOCUMENT_START:
            current = YamlDocument{};
            current.begin = mark ? input.originalOffset(qsizetype(mark->input_pos)) : 0;
            current.line = line;
            anchors.clear();
            expanded = 0;
            break;
        case FYET_DOCUMENT_END:
            if (!current.root)
                current.root = std::make_shared<YamlNode>();
            if (const fy_mark *endMark = fy_event_end_mark(ev))
                current.end = input.originalOffset(qsizetype(endMark->input_pos));
            if (current.end <= current.begin)
                current.end = text.size();
            docs.push_back(std::move(current));
            current = YamlDocument{};
            break;
        case FYET_MAPPING_START:
        case FYET_SEQUENCE_START: {
            if (int(stack.size()) >= options.maxDepth) {
                fail(line, col,
                     QStringLiteral("nesting deeper than %1 levels is not supported")
                         .arg(options.maxDepth));
                break;
            }
            auto n = std::make_shared<YamlNode>();
            n->type = ev->type == FYET_MAPPING_START ? YamlNode::Type::Map : YamlNode::Type::Seq;
            n->line = line;
            n->column = col;
            Frame f;
            f.node = n;
            f.anchor = tokenText(ev->type == FYET_MAPPING_START ? ev->mapping_start.anchor
                                                                : ev->sequence_start.anchor);
            stack.push_back(std::move(f));
            if (++expanded > options.maxExpandedNodes)
                fail(line, col, tooManyNodes());
            break;
        }
        case FYET_MAPPING_END:
        case FYET_SEQUENCE_END: {
            Frame f = std::move(stack.back());
            stack.pop_back();
            if (!f.anchor.isEmpty())
                anchors.insert(f.anchor, {f.node, expanded});
            attach(f.node, f.node->line, f.node->column);
            break;
        }
        case FYET_SCALAR: {
            auto n = std::make_shared<YamlNode>();
            n->line = line;
            n->column = col;
            n->text = tokenText(ev->scalar.value);
            const fy_scalar_style style = fy_token_scalar_style(ev->scalar.value);
            n->plain = style == FYSS_PLAIN || style == FYSS_ANY;
            const bool isNull =
                n->plain && (n->text.isEmpty() || n->text == QLatin1String("~") ||
                             n->text == QLatin1String("null") || n->text == QLatin1String("Null") ||
                             n->text == QLatin1String("NULL"));
            n->type = isNull ? YamlNode::Type::Null : YamlNode::Type::Scalar;
            const QString anchor = tokenText(ev->scalar.anchor);
            if (!anchor.isEmpty())
                anchors.insert(anchor, {n, 1});
            if (++expanded > options.maxExpandedNodes) {
                fail(line, col, tooManyNodes());
                break;
            }
            attach(n, line, col);
            break;
        }
        case FYET_ALIAS: {
            const QString name = tokenText(ev->alias.anchor);
            auto it = anchors.constFind(name);
            if (it == anchors.constEnd()) {
                // the mark is on the name; point at the '*' before it
                fail(line, std::max(1, col - 1),
                     QStringLiteral("unknown alias '*%1'").arg(names::quoted(name)));
                break;
            }
            // Count the aliased subtree as if it were copied: a billion-laughs document
            // grows this exponentially and is refused long before memory is at risk.
            qint64 size = 1;
            std::vector<const YamlNode *> todo{it->first.get()};
            while (!todo.empty() && expanded + size <= options.maxExpandedNodes) {
                const YamlNode *x = todo.back();
                todo.pop_back();
                for (const auto &e : x->entries) {
                    ++size;
                    todo.push_back(e.value.get());
                }
                for (const auto &i : x->items) {
                    ++size;
                    todo.push_back(i.get());
                }
            }
            expanded += size;
            if (expanded > options.maxExpandedNodes) {
                fail(line, col,
                     QStringLiteral("aliases expand to more than %1 nodes (an alias bomb?); "
                                    "refused")
                         .arg(options.maxExpandedNodes));
                break;
            }
            attach(it->first, line, col);
            break;
        }
        default:
            break;
        }
        fy_parser_event_free(parser, ev);
    }
    if (!ok || fy_parser_get_stream_error(parser)) {
        // libfyaml 0.7.12 corrupts its indentation stack when it refuses a tab before a block
        // indicator ("? : n:<TAB> >", found by fuzz_yaml): destroying that parser writes
        // through a wild pointer (SIGSEGV; `meshdesk import` of a 28-byte file crashed). Such
        // a parser is left alone (a few KB, once per refused file: tests/bench/bench_hostile
        // measures it); any other failed one is destroyed and replaced.
        if (collector.firstMessage.contains(QLatin1String("cannot use tab for indentation")))
            tp.abandon();
        else
            tp.destroy();
        tp.create();
    }
    return ok;
}

} // namespace meshdesk
