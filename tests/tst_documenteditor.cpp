// DocumentEditor: edits land where they belong and nothing else in the text changes (comments,
// blank lines, key order, quoting, unknown fields), on hand-made cases and on every fixture.
#include "formats/DocumentEditor.h"
#include "formats/DocumentImporter.h"
#include "formats/YamlNode.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace meshdesk;

class TestDocumentEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pathParse_data();
    void pathParse();
    void pathErrors();
    void edits_data();
    void edits();
    void refusesSharedAnchor();
    void refusesMissingItem();
    void jsonSideMatchesText();
    void everyFixtureKeepsItsBytes();
    void scalarsReadBackAsWritten();
};

void TestDocumentEditor::pathParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("segments");
    QTest::addColumn<QString>("back");
    QTest::newRow("keys") << "info.description" << 2 << "info.description";
    QTest::newRow("match") << "schema[name=orders].properties[name=id].description" << 5
                           << "schema[name=orders].properties[name=id].description";
    QTest::newRow("index") << "fields[2].doc" << 3 << "fields[2].doc";
    QTest::newRow("quoted key") << "models.\"a.b\".fields" << 3 << "models.\"a.b\".fields";
    QTest::newRow("quoted value") << "x[name=\"a b\"]" << 2 << "x[name=\"a b\"]";
}

void TestDocumentEditor::pathParse()
{
    QFETCH(QString, text);
    QFETCH(int, segments);
    QFETCH(QString, back);
    DocPath p;
    QString error;
    QVERIFY2(DocPath::parse(text, p, &error), qPrintable(error));
    QCOMPARE(p.segments.size(), segments);
    QCOMPARE(p.toString(), back);
}

void TestDocumentEditor::pathErrors()
{
    for (const char *bad : {"", "a..b", "a.", "a[", "a[x", "a]b", "\"open", "a[-1]"}) {
        DocPath p;
        QString error;
        QVERIFY2(!DocPath::parse(QString::fromLatin1(bad), p, &error), bad);
        QVERIFY2(error.contains(QLatin1String("path")), qPrintable(error));
    }
}

void TestDocumentEditor::edits_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("op"); // set / remove / append
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray doc = "# header comment\n"
                           "id: orders   # the id\n"
                           "\n"
                           "description:\n"
                           "  purpose: 'Old text.'\n"
                           "  usage: use it\n"
                           "tags: [a, b]\n"
                           "schema:\n"
                           "  - name: orders\n"
                           "    properties:\n"
                           "      - name: id\n"
                           "        logicalType: string\n"
                           "      - name: email\n"
                           "        description: \"An e-mail\"\n"
                           "        tags:\n"
                           "          - x\n"
                           "x-unknown: {keep: me}\n";
    QTest::newRow("replace single-quoted keeps style")
        << doc << "set"
        << "description.purpose" << QJsonValue(QStringLiteral("New text.")) << QStringList()
        << QByteArray(doc).replace("'Old text.'", "'New text.'");
    QTest::newRow("replace keeps trailing comment")
        << doc << "set"
        << "id" << QJsonValue(QStringLiteral("orders2")) << QStringList()
        << QByteArray(doc).replace("id: orders   #", "id: orders2   #");
    QTest::newRow("replace double-quoted keeps style")
        << doc << "set"
        << "schema[name=orders].properties[name=email].description"
        << QJsonValue(QStringLiteral("Mail")) << QStringList()
        << QByteArray(doc).replace("\"An e-mail\"", "\"Mail\"");
    QTest::newRow("new key after hint")
        << doc << "set"
        << "schema[name=orders].properties[name=id].description"
        << QJsonValue(QStringLiteral("The key")) << QStringList{QStringLiteral("name")}
        << QByteArray(doc).replace("      - name: id\n",
                                   "      - name: id\n        description: The key\n");
    QTest::newRow("new key at the end of a list item")
        << doc << "set"
        << "schema[name=orders].properties[name=id].classification"
        << QJsonValue(QStringLiteral("restricted")) << QStringList()
        << QByteArray(doc).replace("logicalType: string\n",
                                   "logicalType: string\n        classification: restricted\n");
    QTest::newRow("new key needing quotes") << doc << "set"
                                            << "status" << QJsonValue(QStringLiteral("true"))
                                            << QStringList() << doc + "status: 'true'\n";
    QTest::newRow("number-like string quoted")
        << doc << "set"
        << "version" << QJsonValue(QStringLiteral("2.0")) << QStringList{QStringLiteral("id")}
        << QByteArray(doc).replace("id: orders   # the id\n",
                                   "id: orders   # the id\nversion: '2.0'\n");
    QTest::newRow("boolean") << doc << "set"
                             << "schema[name=orders].properties[name=email].pii" << QJsonValue(true)
                             << QStringList()
                             << QByteArray(doc).replace("          - x\n",
                                                        "          - x\n        pii: true\n");
    QTest::newRow("nested mappings created")
        << doc << "set"
        << "team.name" << QJsonValue(QStringLiteral("Checkout Team")) << QStringList()
        << doc + "team:\n  name: Checkout Team\n";
    QTest::newRow("flow list replaced as flow")
        << doc << "set"
        << "tags" << QJsonValue(QJsonArray{QStringLiteral("c"), QStringLiteral("d e")})
        << QStringList() << QByteArray(doc).replace("tags: [a, b]", "tags: [c, d e]");
    QTest::newRow("block list replaced as block")
        << doc << "set"
        << "schema[name=orders].properties[name=email].tags"
        << QJsonValue(QJsonArray{QStringLiteral("y"), QStringLiteral("z")}) << QStringList()
        << QByteArray(doc).replace("          - x\n", "          - 'y'\n          - z\n");
    QTest::newRow("append to block list")
        << doc << "append"
        << "schema[name=orders].properties[name=email].tags" << QJsonValue(QStringLiteral("pii"))
        << QStringList()
        << QByteArray(doc).replace("          - x\n", "          - x\n          - pii\n");
    QTest::newRow("append to flow list")
        << doc << "append"
        << "tags" << QJsonValue(QStringLiteral("c")) << QStringList()
        << QByteArray(doc).replace("tags: [a, b]", "tags: [a, b, c]");
    QTest::newRow("append an object to a block list")
        << doc << "append"
        << "schema[name=orders].properties"
        << QJsonValue(QJsonObject{{QStringLiteral("name"), QStringLiteral("n")},
                                  {QStringLiteral("required"), true}})
        << QStringList()
        << QByteArray(doc).replace("          - x\n",
                                   "          - x\n      - name: 'n'\n        required: true\n");
    QTest::newRow("multi-line text as literal block")
        << doc << "set"
        << "description.usage" << QJsonValue(QStringLiteral("line one\nline two")) << QStringList()
        << QByteArray(doc).replace("  usage: use it\n",
                                   "  usage: |-\n    line one\n    line two\n");
    QTest::newRow("remove a key") << doc << "remove"
                                  << "description.usage" << QJsonValue() << QStringList()
                                  << QByteArray(doc).replace("  usage: use it\n", "");
    QTest::newRow("remove the last line") << doc << "remove"
                                          << "x-unknown" << QJsonValue() << QStringList()
                                          << QByteArray(doc).replace("x-unknown: {keep: me}\n", "");
    QTest::newRow("remove the first key of a list item")
        << doc << "remove"
        << "schema[name=orders].properties[name=id].name" << QJsonValue() << QStringList()
        << QByteArray(doc).replace("      - name: id\n        logicalType", "      - logicalType");
    QTest::newRow("remove a list item")
        << doc << "remove"
        << "schema[name=orders].properties[name=id]" << QJsonValue() << QStringList()
        << QByteArray(doc).replace("      - name: id\n        logicalType: string\n", "");
    QTest::newRow("remove from flow mapping") << doc << "remove"
                                              << "x-unknown.keep" << QJsonValue() << QStringList()
                                              << QByteArray(doc).replace("{keep: me}", "{}");
    QTest::newRow("remove absent: nothing")
        << doc << "remove"
        << "nope.nothing" << QJsonValue() << QStringList() << doc;
    QTest::newRow("null value filled") << QByteArray("a: 1\nb:\nc: 3\n") << "set"
                                       << "b" << QJsonValue(QStringLiteral("x")) << QStringList()
                                       << QByteArray("a: 1\nb: x\nc: 3\n");
    QTest::newRow("no trailing newline")
        << QByteArray("a: 1") << "set"
        << "b" << QJsonValue(2) << QStringList() << QByteArray("a: 1\nb: 2");

    const QByteArray avsc = "{\n"
                            "  \"type\": \"record\",\n"
                            "  \"name\": \"Order\",\n"
                            "  \"fields\": [\n"
                            "    {\"name\": \"id\", \"type\": \"string\"},\n"
                            "    {\"name\": \"total\", \"type\": \"long\", \"doc\": \"old\"}\n"
                            "  ]\n"
                            "}\n";
    QTest::newRow("json: new key in one-line object")
        << avsc << "set"
        << "fields[name=id].doc" << QJsonValue(QStringLiteral("The id")) << QStringList()
        << QByteArray(avsc).replace("\"type\": \"string\"}",
                                    "\"type\": \"string\", \"doc\": \"The id\"}");
    QTest::newRow("json: new key on its own line")
        << avsc << "set"
        << "doc" << QJsonValue(QStringLiteral("Orders")) << QStringList()
        << QByteArray(avsc).replace("  ]\n}", "  ],\n  \"doc\": \"Orders\"\n}");
    QTest::newRow("json: replace")
        << avsc << "set"
        << "fields[1].doc" << QJsonValue(QStringLiteral("new \"one\"")) << QStringList()
        << QByteArray(avsc).replace("\"old\"", "\"new \\\"one\\\"\"");
    QTest::newRow("json: remove middle key")
        << avsc << "remove"
        << "fields[1].type" << QJsonValue() << QStringList()
        << QByteArray(avsc).replace("\"type\": \"long\", ", "");
    QTest::newRow("json: remove last key") << avsc << "remove"
                                           << "fields[1].doc" << QJsonValue() << QStringList()
                                           << QByteArray(avsc).replace(", \"doc\": \"old\"", "");
}

void TestDocumentEditor::edits()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, op);
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QStringList, after);
    QFETCH(QByteArray, expected);
    DocPath p;
    QString error;
    QVERIFY2(DocPath::parse(path, p, &error), qPrintable(error));
    const DocumentEdit e = op == QLatin1String("set")      ? DocumentEdit::set(p, value, after)
                           : op == QLatin1String("remove") ? DocumentEdit::remove(p)
                                                           : DocumentEdit::append(p, value);
    const DocumentEditResult r = applyDocumentEdits(source, {e});
    QVERIFY2(r.ok, qPrintable(r.error));
    if (r.text != expected)
        qWarning().noquote() << r.text;
    QCOMPARE(QString::fromUtf8(r.text), QString::fromUtf8(expected));
}

void TestDocumentEditor::refusesSharedAnchor()
{
    const QByteArray doc = "base: &b\n  owner: anna\nuse: *b\n";
    DocPath p;
    QVERIFY(DocPath::parse(QStringLiteral("base.owner"), p, nullptr));
    const DocumentEditResult r =
        applyDocumentEdits(doc, {DocumentEdit::set(p, QStringLiteral("ben"))});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("anchor")), qPrintable(r.error));
    // the alias itself may be replaced: only that use changes
    QVERIFY(DocPath::parse(QStringLiteral("use"), p, nullptr));
    const DocumentEditResult r2 =
        applyDocumentEdits(doc, {DocumentEdit::set(p, QStringLiteral("none"))});
    QVERIFY2(r2.ok, qPrintable(r2.error));
    QCOMPARE(r2.text, QByteArray("base: &b\n  owner: anna\nuse: none\n"));
}

// Text written as a YAML scalar is read back as the same string, also by YAML 1.1 readers, for
// which NEL, LS and PS are line breaks (folded to spaces in a plain or single-quoted scalar):
// those and the C1 controls go escaped in double quotes.
void TestDocumentEditor::scalarsReadBackAsWritten()
{
    const QStringList values{
        QStringLiteral("plain text"),
        QStringLiteral("a: b # c"),
        QStringLiteral("- item"),
        QStringLiteral("{not: a map}"),
        QStringLiteral("two\nlines"),
        QString(QStringLiteral("line") + QChar(0x2028) + QStringLiteral("sep")),
        QString(QStringLiteral("next") + QChar(0x0085) + QStringLiteral("line")),
        QString(QStringLiteral("para") + QChar(0x2029)),
        QString(QChar(0x009b) + QStringLiteral("31m")),
        QStringLiteral("'quoted' \"twice\""),
        QStringLiteral("true"),
        QStringLiteral("0012")};
    for (const QString &v : values) {
        const QString written = yamlScalar(v);
        for (const QChar c : written)
            QVERIFY2(c.unicode() < 0x7f ||
                         (c.unicode() > 0x9f && c.unicode() != 0x2028 && c.unicode() != 0x2029),
                     qPrintable(written));
        std::vector<YamlDocument> docs;
        ParseError perr;
        QVERIFY2(loadYaml(QByteArray("k: ") + written.toUtf8() + '\n', docs, perr),
                 qPrintable(written));
        QCOMPARE(docs.front().root->toJson().toObject().value(QLatin1String("k")).toString(), v);
    }
}

void TestDocumentEditor::refusesMissingItem()
{
    DocPath p;
    QVERIFY(DocPath::parse(QStringLiteral("schema[name=nope].description"), p, nullptr));
    const DocumentEditResult r =
        applyDocumentEdits("schema:\n  - name: a\n", {DocumentEdit::set(p, QStringLiteral("x"))});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("no such list item")), qPrintable(r.error));
    QVERIFY(DocPath::parse(QStringLiteral("a.b"), p, nullptr));
    const DocumentEditResult r2 =
        applyDocumentEdits("a: [1, 2]\n", {DocumentEdit::set(p, QStringLiteral("x"))});
    QVERIFY(!r2.ok);
    QVERIFY2(r2.error.contains(QLatin1String("not a mapping")), qPrintable(r2.error));
    const DocumentEditResult r3 = applyDocumentEdits("a: [1, 2\n", {});
    QVERIFY(!r3.ok);
    QVERIFY2(r3.error.contains(QLatin1String("does not parse")), qPrintable(r3.error));
}

void TestDocumentEditor::jsonSideMatchesText()
{
    QJsonValue root =
        QJsonObject{{QStringLiteral("a"),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}}};
    DocPath p;
    QVERIFY(DocPath::parse(QStringLiteral("a[name=x].b.c"), p, nullptr));
    QString error;
    QVERIFY(applyEditsToJson(root, {DocumentEdit::set(p, 5)}, &error));
    QCOMPARE(jsonAt(root, p), QJsonValue(5));
    QVERIFY(applyEditsToJson(root, {DocumentEdit::remove(p)}, &error));
    QVERIFY(jsonAt(root, p).isUndefined());
    QVERIFY(DocPath::parse(QStringLiteral("a[name=y].b"), p, nullptr));
    QVERIFY(!applyEditsToJson(root, {DocumentEdit::set(p, 5)}, &error));
}

// A model as JSON without the keys it keeps verbatim because it does not model them.
static QJsonValue withoutExtensions(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : v.toArray())
            out.append(withoutExtensions(item));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("extensions"))
            out.insert(it.key(), withoutExtensions(it.value()));
    return out;
}

// Every fixture: a new key is added at the top level and in the first list item found, a value
// is replaced, and then each is undone. The text outside each edit never changes, and undoing
// brings back the exact bytes.
void TestDocumentEditor::everyFixtureKeepsItsBytes()
{
    int files = 0, checked = 0;
    QDirIterator it(QStringLiteral(MESHDESK_TEST_DATA), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".md")))
            continue;
        const FileImport fi = importFile(path);
        if (!fi.ok())
            continue; // bad-input fixtures are the importers' business
        ++files;
        for (const ParsedDocument &pd : fi.documents) {
            const QByteArray src = pd.source;
            std::vector<YamlDocument> docs;
            ParseError perr;
            QVERIFY(loadYaml(src, docs, perr));
            const QJsonValue root = docs.front().root->toJson();
            const QString where = path + QLatin1Char(' ') + pd.document.key();
            if (!root.isObject())
                continue; // an Avro list of records: edits address its items
            // 1. a new top-level key, then removed again
            DocPath added;
            added.key(QStringLiteral("x-meshdesk-check"));
            DocumentEditResult r = applyDocumentEdits(
                src, {DocumentEdit::set(added, QStringLiteral("a new value: with 'quotes'"))});
            QVERIFY2(r.ok, qPrintable(where + QStringLiteral(": ") + r.error));
            QVERIFY2(r.text.size() > src.size(), qPrintable(where));
            {
                // the old text is a prefix + suffix of the new one
                qsizetype pre = 0;
                while (pre < src.size() && src[pre] == r.text[pre])
                    ++pre;
                qsizetype suf = 0;
                while (suf < src.size() - pre &&
                       src[src.size() - 1 - suf] == r.text[r.text.size() - 1 - suf])
                    ++suf;
                QVERIFY2(pre + suf == src.size(), qPrintable(where));
            }
            const FileImport again = importBytes(path, r.text);
            QVERIFY2(again.ok(), qPrintable(where + again.firstError()));
            if (pd.document.kind == ImportedDocument::Kind::Contract ||
                pd.document.kind == ImportedDocument::Kind::Product) { // (teams keep every key)
                // the new key is kept as an extension (x-...), everything else is as it was
                const QJsonObject before = toJson(pd.document),
                                  after = toJson(again.documents.front().document);
                // (the readers of ODCS, DCS and Bitol's ODPS keep unknown keys; those of
                // Witboost and the Data Product Specification do not)
                const SourceFormat f = pd.document.format();
                if (f == SourceFormat::Odcs || f == SourceFormat::DataContractSpec ||
                    f == SourceFormat::Odps)
                    QVERIFY2(QJsonDocument(after).toJson().contains("a new value: with 'quotes'"),
                             qPrintable(where));
                QCOMPARE(withoutExtensions(after), withoutExtensions(before));
            }
            r = applyDocumentEdits(r.text, {DocumentEdit::remove(added)});
            QVERIFY2(r.ok, qPrintable(where + r.error));
            QCOMPARE(QString::fromUtf8(r.text), QString::fromUtf8(src));
            // 2. every scalar of the top level replaced and put back
            const QJsonObject top = root.toObject();
            for (auto kv = top.begin(); kv != top.end(); ++kv) {
                if (!kv.value().isString())
                    continue;
                DocPath p;
                p.key(kv.key());
                const DocumentEditResult changed =
                    applyDocumentEdits(src, {DocumentEdit::set(p, QStringLiteral("changed"))});
                QVERIFY2(changed.ok, qPrintable(where + QLatin1Char(' ') + kv.key() +
                                                QStringLiteral(": ") + changed.error));
                const DocumentEditResult back =
                    applyDocumentEdits(changed.text, {DocumentEdit::set(p, kv.value())});
                QVERIFY2(back.ok, qPrintable(where + back.error));
                std::vector<YamlDocument> d2;
                QVERIFY(loadYaml(back.text, d2, perr));
                QCOMPARE(d2.front().root->toJson(), root);
                ++checked;
            }
            // 3. a key added to the first mapping inside the first list
            for (auto kv = top.begin(); kv != top.end(); ++kv) {
                const QJsonArray a = kv.value().toArray();
                if (a.isEmpty() || !a.first().isObject())
                    continue;
                DocPath p;
                p.key(kv.key()).index(0).key(QStringLiteral("x-meshdesk-item"));
                DocumentEditResult ri = applyDocumentEdits(src, {DocumentEdit::set(p, true)});
                QVERIFY2(ri.ok, qPrintable(where + QLatin1Char(' ') + p.toString() +
                                           QStringLiteral(": ") + ri.error));
                ri = applyDocumentEdits(ri.text, {DocumentEdit::remove(p)});
                QVERIFY2(ri.ok, qPrintable(where + ri.error));
                QCOMPARE(QString::fromUtf8(ri.text), QString::fromUtf8(src));
                ++checked;
                break;
            }
        }
    }
    QVERIFY2(files >= 20, qPrintable(QString::number(files)));
    QVERIFY(checked > 50);
}

QTEST_GUILESS_MAIN(TestDocumentEditor)
#include "tst_documenteditor.moc"
