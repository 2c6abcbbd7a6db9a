// Bad input gets a clear, located message and never a crash or unbounded memory.
#include "formats/DocumentImporter.h"

#include <QtTest>
#include <functional>

using namespace meshdesk;

class TestBadInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rejected_data();
    void rejected();
    void duplicateKeyIsAWarning();
    void bigFile();
    void aliasBombRefused();
    void deepNestingRefused();
    void avroReuseStaysBounded();
    void binaryFile();
    void sizeLimit();
};

void TestBadInput::rejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const QByteArray odcs = "apiVersion: v3.1.0\nkind: DataContract\nid: c1\n";
    QTest::newRow("malformed YAML")
        << QByteArray("apiVersion: v3.1.0\nkind: DataContract\nid: [c1\nname: x\n") << 5 << 1
        << QStringLiteral("YAML syntax error");
    QTest::newRow("bad indentation")
        << QByteArray("a:\n  b: 1\n c: 2\n") << 3 << 2 << QStringLiteral("YAML syntax error");
    QTest::newRow("scalar for list") << QByteArray(odcs + "tags: finance\n") << 4 << 7
                                     << QStringLiteral("'tags' must be a list, found a scalar");
    QTest::newRow("scalar for schema") << QByteArray(odcs + "schema: orders\n") << 4 << 9
                                       << QStringLiteral("'schema' must be a list");
    QTest::newRow("required: maybe")
        << QByteArray(
               odcs +
               "schema:\n  - name: t\n    properties:\n      - name: a\n        required: maybe\n")
        << 8 << 19 << QStringLiteral("'required' must be true or false, found 'maybe'");
    QTest::newRow("number expected")
        << QByteArray(odcs + "schema:\n  - name: t\n    properties:\n      - name: a\n        "
                             "primaryKeyPosition: first\n")
        << 8 << 29 << QStringLiteral("'primaryKeyPosition' must be a whole number, found 'first'");
    QTest::newRow("property without name")
        << QByteArray(odcs + "schema:\n  - name: t\n    properties:\n      - logicalType: string\n")
        << 7 << 9 << QStringLiteral("a property has no 'name'");
    QTest::newRow("no id") << QByteArray("apiVersion: v3.1.0\nkind: DataContract\nname: x\n") << 1
                           << 1 << QStringLiteral("the contract has no 'id'");
    QTest::newRow("empty file") << QByteArray("") << 1 << 1 << QStringLiteral("the file is empty");
    QTest::newRow("only whitespace")
        << QByteArray("  \n\n") << 1 << 1 << QStringLiteral("the file is empty");
    QTest::newRow("only a comment")
        << QByteArray("# nothing\n") << 1 << 1 << QStringLiteral("the document is empty");
    QTest::newRow("unknown document")
        << QByteArray("hello: world\n") << 1 << 1 << QStringLiteral("unrecognised document");
    QTest::newRow("ODCS v2") << QByteArray("apiVersion: v2.2.2\nkind: DataContract\nid: x\n") << 1
                             << 1 << QStringLiteral("ODCS v2.2.2 is not supported");
    QTest::newRow("duplicate ids in one file")
        << QByteArray(odcs + "---\n" + odcs + "version: 2.0.0\n") << 5 << 1
        << QStringLiteral(
               "duplicate contract id 'c1' in this file with different content (first at line 1)");
    QTest::newRow("unknown alias")
        << QByteArray(odcs + "name: *nope\n") << 4 << 7 << QStringLiteral("unknown alias");
    QTest::newRow("dangling $ref")
        << QByteArray(
               "dataContractSpecification: 1.1.0\nid: d\ninfo: {title: t, version: 1.0.0}\n"
               "models:\n  m:\n    fields:\n      f:\n        $ref: '#/definitions/missing'\n")
        << 8 << 9 << QStringLiteral("names no entry of 'definitions'");
    QTest::newRow("avro type name never defined")
        << QByteArray(R"({"type":"record","name":"R","fields":[{"name":"p","type":"Position"}]})")
        << 1 << 59 << QStringLiteral("unknown Avro type 'Position'");
    QTest::newRow("avro named type defined twice")
        << QByteArray(
               R"({"type":"record","name":"R","fields":[{"name":"a","type":{"type":"enum","name":"E","symbols":["X"]}},{"name":"b","type":{"type":"enum","name":"E","symbols":["Y"]}}]})")
        << 1 << 121 << QStringLiteral("the Avro type 'E' is defined twice");
    QTest::newRow("ODCS 3.2 enum entry without value")
        << QByteArray(odcs + "schema:\n  - name: t\n    properties:\n      - name: a\n        "
                             "enum:\n          - label: A\n")
        << 9 << 13 << QStringLiteral("an 'enum' entry has no 'value'");
    QTest::newRow("avro field without type")
        << QByteArray(R"({"type":"record","name":"R","fields":[{"name":"a"}]})") << 1 << 39
        << QStringLiteral("field 'a' has no 'type'");
}

void TestBadInput::rejected()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const FileImport r = importBytes(QStringLiteral("in.yaml"), text);
    QVERIFY(!r.ok());
    QVERIFY(r.documents.empty()); // a file is imported whole or not at all
    const Diagnostic &d = r.diagnostics.constLast();
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    QCOMPARE(d.file, QStringLiteral("in.yaml"));
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY(d.toString().startsWith(QStringLiteral("in.yaml:%1:%2: ").arg(line).arg(column)));
}

void TestBadInput::duplicateKeyIsAWarning()
{
    const FileImport r =
        importBytes(QStringLiteral("d.yaml"),
                    "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nname: a\nname: b\n");
    QVERIFY(r.ok());
    QCOMPARE(r.documents.front().document.contract.name, QStringLiteral("b"));
    QCOMPARE(r.diagnostics.size(), 1);
    QCOMPARE(r.diagnostics[0].severity, Diagnostic::Severity::Warning);
    QCOMPARE(r.diagnostics[0].line, 5);
}

void TestBadInput::bigFile()
{
    // A 50 MB contract (25,000 properties with long descriptions) imports.
    QByteArray text =
        "apiVersion: v3.1.0\nkind: DataContract\nid: big\nschema:\n  - name: t\n    properties:\n";
    const QByteArray filler(1900, 'x');
    int n = 0;
    while (text.size() < 50 * 1000 * 1000) {
        text += "      - name: f" + QByteArray::number(n++) +
                "\n        logicalType: string\n"
                "        description: " +
                filler + "\n";
    }
    QElapsedTimer t;
    t.start();
    const FileImport r = importBytes(QStringLiteral("big.yaml"), text);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(int(r.documents.front().document.contract.objects.front().fields.size()), n);
    qInfo("50 MB contract with %d fields parsed in %lld ms", n, t.elapsed());
}

void TestBadInput::aliasBombRefused()
{
    // "Billion laughs": 9 levels of 10 aliases each expand to 10^9 nodes.
    QByteArray text = "a0: &a0 [lol]\n";
    for (int i = 1; i < 10; ++i) {
        text += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += (j ? ",*a" : "*a") + QByteArray::number(i - 1);
        text += "]\n";
    }
    const FileImport r = importBytes(QStringLiteral("bomb.yaml"), text);
    QVERIFY(!r.ok());
    QVERIFY2(r.firstError().contains(QLatin1String("alias bomb")), qPrintable(r.firstError()));
    // ... while ordinary anchors and aliases work.
    const FileImport ok = importBytes(QStringLiteral("anchors.yaml"),
                                      "apiVersion: v3.1.0\nkind: DataContract\nid: c\n"
                                      "tags: &t [a, b]\nschema:\n  - name: o\n    tags: *t\n");
    QVERIFY2(ok.ok(), qPrintable(ok.firstError()));
    QCOMPARE(ok.documents.front().document.contract.objects.front().tags.size(), 2);
}

void TestBadInput::deepNestingRefused()
{
    for (const QByteArray &open : {QByteArray("["), QByteArray("{a: ")}) {
        QByteArray text = "x: ";
        for (int i = 0; i < 10000; ++i)
            text += open;
        const FileImport r = importBytes(QStringLiteral("deep.yaml"), text);
        QVERIFY(!r.ok());
        QVERIFY2(r.firstError().contains(QLatin1String("nesting deeper")) ||
                     r.firstError().contains(QLatin1String("depth")),
                 qPrintable(r.firstError()));
    }
    // Deep but legal block nesting of properties: fine up to the limit, refused past it.
    QByteArray text =
        "apiVersion: v3.1.0\nkind: DataContract\nid: c\nschema:\n  - name: o\n    properties:\n";
    QByteArray indent = "      ";
    for (int i = 0; i < 40; ++i) {
        text += indent + "- name: f" + QByteArray::number(i) + "\n" + indent + "  properties:\n";
        indent += "    ";
    }
    text += indent + "- name: leaf\n";
    const FileImport deep = importBytes(QStringLiteral("deep.yaml"), text);
    QVERIFY2(deep.ok(), qPrintable(deep.firstError()));
}

void TestBadInput::avroReuseStaysBounded()
{
    // R0 holds two R1, R1 two R2 ... R24 two R25: 2^25 fields if every use were expanded.
    std::function<QByteArray(int)> def = [&](int i) -> QByteArray {
        const QByteArray n = QByteArray::number(i);
        if (i == 25)
            return R"({"type":"record","name":"R25","fields":[{"name":"x","type":"int"}]})";
        return R"({"type":"record","name":"R)" + n + R"(","fields":[{"name":"a","type":)" +
               def(i + 1) + R"(},{"name":"b","type":"R)" + QByteArray::number(i + 1) + R"("}]})";
    };
    const FileImport r = importBytes(QStringLiteral("reuse.avsc"), def(0));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QVERIFY2(c.countFields() < 50000, qPrintable(QString::number(c.countFields())));
    // every type is still there once: the a-chain down to R25's x
    const Field *f = &c.objects.front().fields.front();
    for (int depth = 1; depth < 25; ++depth)
        f = &f->fields.front();
    QCOMPARE(f->fields.front().name, QStringLiteral("x")); // R24.a is an R25
    // one budget per document, not per top-level type: 40 records each holding an R1
    QByteArray many = "[" + def(0);
    for (int i = 0; i < 40; ++i)
        many += R"(,{"type":"record","name":"T)" + QByteArray::number(i) +
                R"(","fields":[{"name":"r","type":"R1"}]})";
    many += "]";
    const FileImport m = importBytes(QStringLiteral("many.avsc"), many);
    QVERIFY2(m.ok(), qPrintable(m.firstError()));
    QCOMPARE(m.documents.front().document.contract.objects.size(), size_t(41));
    QVERIFY2(m.documents.front().document.contract.countFields() < 50000,
             qPrintable(QString::number(m.documents.front().document.contract.countFields())));
}

void TestBadInput::binaryFile()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    const FileImport r = importBytes(QStringLiteral("image.png"), png);
    QVERIFY(!r.ok());
    QVERIFY(r.firstError().contains(QLatin1String("binary file")));
    const FileImport latin1 = importBytes(QStringLiteral("l.yaml"), QByteArray("name: caf\xe9\n"));
    QVERIFY(!latin1.ok());
    QVERIFY(latin1.firstError().contains(QLatin1String("not UTF-8")));
}

void TestBadInput::sizeLimit()
{
    ImportLimits limits;
    limits.maxFileSize = 1024;
    const FileImport r = importBytes(QStringLiteral("x.yaml"), QByteArray(4096, 'a'), limits);
    QVERIFY(!r.ok());
    QVERIFY(r.firstError().contains(QLatin1String("larger than")));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
