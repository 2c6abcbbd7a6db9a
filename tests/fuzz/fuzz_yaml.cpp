// Fuzz target: the YAML/JSON loader (FlowScan, libfyaml's events, YamlNode, toJson).
// Differential: every input is loaded twice, with line breaks inserted into flow lines longer
// than 16 bytes and with none; both must agree on success, on the JSON and on every node's
// line and column (the breaks are only there to bound libfyaml's memory).
#include "formats/YamlNode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>

using namespace meshdesk;

namespace {

void positions(const YamlNode &n, QList<int> &out, int depth = 0)
{
    if (depth > 300)
        return;
    out << n.line << n.column;
    for (const auto &e : n.entries) {
        out << e.line << e.column;
        positions(*e.value, out, depth + 1);
    }
    for (const auto &i : n.items)
        positions(*i, out, depth + 1);
}

QByteArray summary(const std::vector<YamlDocument> &docs, QList<int> &where)
{
    QByteArray s;
    for (const YamlDocument &d : docs) {
        const QJsonValue v = d.root ? d.root->toJson() : QJsonValue();
        s += QJsonDocument(QJsonObject{{QStringLiteral("v"), v}}).toJson(QJsonDocument::Compact);
        s += '|' + QByteArray::number(d.begin) + ',' + QByteArray::number(d.end) + '|';
        if (d.root)
            positions(*d.root, where);
    }
    return s;
}

[[noreturn]] void mismatch(const char *what, const QByteArray &a, const QByteArray &b)
{
    qsizetype at = 0; // show where they part
    while (at < a.size() && at < b.size() && a[at] == b[at])
        ++at;
    const qsizetype from = std::max<qsizetype>(0, at - 300);
    fprintf(stderr, "fuzz_yaml: %s differ with and without flow line breaks at %lld:\n%s\n%s\n",
            what, qlonglong(at), a.mid(from, 600).constData(), b.mid(from, 600).constData());
    abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    YamlLoadOptions broken;
    broken.maxExpandedNodes = 100000;
    broken.longFlowLine = 16;
    YamlLoadOptions whole = broken;
    whole.longFlowLine = std::numeric_limits<qsizetype>::max();
    std::vector<YamlDocument> a, b;
    ParseError ea, eb;
    const bool okA = loadYaml(text, a, ea, broken);
    const bool okB = loadYaml(text, b, eb, whole);
    if (okA != okB)
        mismatch("results", okA ? "ok" : ea.message.toUtf8(), okB ? "ok" : eb.message.toUtf8());
    if (okA) {
        QList<int> wa, wb;
        const QByteArray sa = summary(a, wa), sb = summary(b, wb);
        if (sa != sb)
            mismatch("values", sa, sb);
        if (wa != wb)
            mismatch("positions", sa, sb);
    }
    return 0;
}
