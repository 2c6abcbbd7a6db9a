// The command line as scripts use it: exit codes, --json shapes, errors as path:line:col.
#include "DemoCatalog.h"
#include "TestIdentities.h"

#include <QtTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void importAndList();
    void showContractJson();
    void showProductText();
    void searchJson();
    void pendingChangeListed();
    void rejectedFileExitCode();
    void usageErrors();
    void databaseError();
    void envVariableSelectsDatabase();
    void germanTranslation();
    void helpAndVersionWithoutDisplay();
    void demoHonoursDbAndCleansUpOnSigterm();

private:
    struct Result
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Result run(const QStringList &args,
               const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_dir;
    QString m_db;
};

TestCli::Result TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHDESK_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void TestCli::initTestCase()
{
    // demo keys for the names the commands act under, in this test's key folder
    const meshdesk::test::TestKeys keys(
        {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")});
    m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    // The demo catalog first, then its proposed v2 of the Orders contract.
    const QDir demo(QStringLiteral(MESHDESK_DEMO_DIR));
    Result r = run(QStringList{QStringLiteral("import"), QStringLiteral("--db"), m_db,
                               QStringLiteral("--as"), QStringLiteral("alice")} +
                   meshdesk::test::demoFiles());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("24 files: 24 added"), r.out.constData());
    r = run({QStringLiteral("import"), QStringLiteral("--db"), m_db, QStringLiteral("--as"),
             QStringLiteral("alice"), demo.filePath(QStringLiteral("changes"))});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("1 pending changes"), r.out.constData());
}

void TestCli::importAndList()
{
    Result r = run({QStringLiteral("list"), QStringLiteral("products"), QStringLiteral("--db"),
                    m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray products = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(products.size(), 12);
    for (const auto &p : products) {
        const QJsonObject o = p.toObject();
        for (const char *key : {"id", "name", "version", "domain", "status", "owner", "format"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    r = run({QStringLiteral("list"), QStringLiteral("domains"), QStringLiteral("--db"), m_db,
             QStringLiteral("--json")});
    const QJsonArray domains = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(domains.size(), 5);
    r = run({QStringLiteral("list"), QStringLiteral("contracts"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("ID"));
    QVERIFY(r.out.contains("orders-v1"));
}

void TestCli::showContractJson()
{
    const Result r =
        run({QStringLiteral("show"), QStringLiteral("contract"), QStringLiteral("shipments-v1"),
             QStringLiteral("--db"), m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject c = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(c.value(QLatin1String("id")).toString(), QStringLiteral("shipments-v1"));
    QCOMPARE(c.value(QLatin1String("version")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("active"));
    QCOMPARE(c.value(QLatin1String("domain")).toString(), QStringLiteral("fulfillment"));
    const QJsonArray objects = c.value(QLatin1String("objects")).toArray();
    QCOMPARE(objects.size(), 1);
    const QJsonArray fields = objects[0].toObject().value(QLatin1String("fields")).toArray();
    QCOMPARE(fields.size(), 6);
    const QJsonObject events = fields[5].toObject();
    QCOMPARE(events.value(QLatin1String("name")).toString(), QStringLiteral("events"));
    QCOMPARE(events.value(QLatin1String("logicalType")).toString(), QStringLiteral("array"));
    const QJsonObject items = events.value(QLatin1String("items")).toObject();
    QCOMPARE(items.value(QLatin1String("logicalType")).toString(), QStringLiteral("object"));
    QCOMPARE(items.value(QLatin1String("fields")).toArray().size(), 2);
    QCOMPARE(fields[0].toObject().value(QLatin1String("required")).toBool(), true);
    QCOMPARE(fields[0].toObject().value(QLatin1String("primaryKey")).toBool(), true);
    QCOMPARE(c.value(QLatin1String("history")).toArray().size(), 1);
}

void TestCli::showProductText()
{
    Result r = run({QStringLiteral("show"), QStringLiteral("product"),
                    QStringLiteral("customer-360"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Customer 360"));
    QVERIFY(r.out.contains("customer-profiles-v1"));
    r = run({QStringLiteral("show"), QStringLiteral("product"), QStringLiteral("nope"),
             QStringLiteral("--db"), m_db});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("no product with id 'nope'"));
}

void TestCli::searchJson()
{
    const Result r = run({QStringLiteral("search"), QStringLiteral("birth"), QStringLiteral("--db"),
                          m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray hits = QJsonDocument::fromJson(r.out).array();
    QVERIFY(!hits.isEmpty());
    const QJsonObject h = hits[0].toObject();
    QCOMPARE(h.value(QLatin1String("kind")).toString(), QStringLiteral("field"));
    QCOMPARE(h.value(QLatin1String("path")).toString(),
             QStringLiteral("customer_profiles.birth_date"));
    QCOMPARE(h.value(QLatin1String("ref")).toString(), QStringLiteral("customer-profiles-v1"));
}

void TestCli::pendingChangeListed()
{
    const Result r = run({QStringLiteral("list"), QStringLiteral("changes"), QStringLiteral("--db"),
                          m_db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray changes = QJsonDocument::fromJson(r.out).array();
    QCOMPARE(changes.size(), 1);
    const QJsonObject c = changes[0].toObject();
    QCOMPARE(c.value(QLatin1String("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(c.value(QLatin1String("subject")).toString(), QStringLiteral("orders-v1"));
    QCOMPARE(c.value(QLatin1String("proposer")).toString(), QStringLiteral("alice"));
    QCOMPARE(c.value(QLatin1String("oldVersion")).toString(), QStringLiteral("1.0.0"));
    QCOMPARE(c.value(QLatin1String("newVersion")).toString(), QStringLiteral("2.0.0"));
}

void TestCli::rejectedFileExitCode()
{
    const QString bad = m_dir.filePath(QStringLiteral("bad.yaml"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v3.1.0\nkind: DataContract\nid: x\nschema:\n  - name: t\n    properties:\n"
            "      - name: a\n        required: maybe\n");
    f.close();
    const QString good = m_dir.filePath(QStringLiteral("good.yaml"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("apiVersion: v3.1.0\nkind: DataContract\nid: good\nversion: 1.0.0\n");
    g.close();
    const Result r =
        run({QStringLiteral("import"), QStringLiteral("--db"), m_db, bad, good,
             QStringLiteral("--json"), QStringLiteral("--as"), QStringLiteral("alice")});
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.contains(bad.toUtf8() + ":8:19: 'required' must be true or false, found 'maybe'"),
        r.err.constData());
    const QJsonObject j = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(j.value(QLatin1String("failed")).toInt(), 1);
    QCOMPARE(j.value(QLatin1String("added")).toInt(), 1); // the good file still imported
}

void TestCli::usageErrors()
{
    QCOMPARE(
        run({QStringLiteral("list"), QStringLiteral("widgets"), QStringLiteral("--db"), m_db}).code,
        2);
    QCOMPARE(run({QStringLiteral("show"), QStringLiteral("contract"), QStringLiteral("--db"), m_db})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--db"), m_db}).code, 2);
    QCOMPARE(run({QStringLiteral("frobnicate"), QStringLiteral("--db"), m_db}).code, 2);
}

void TestCli::databaseError()
{
    const QString junk = m_dir.filePath(QStringLiteral("junk.sqlite"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, '\x42'));
    f.close();
    const Result r =
        run({QStringLiteral("list"), QStringLiteral("products"), QStringLiteral("--db"), junk});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains("not a MeshDesk database"));
}

void TestCli::envVariableSelectsDatabase()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESHDESK_DB"), m_db);
    const Result r =
        run({QStringLiteral("list"), QStringLiteral("domains"), QStringLiteral("--json")}, env);
    QCOMPARE(r.code, 0);
    const Result direct = run({QStringLiteral("list"), QStringLiteral("domains"),
                               QStringLiteral("--json"), QStringLiteral("--db"), m_db});
    QCOMPARE(r.out, direct.out);
    QVERIFY(QJsonDocument::fromJson(r.out).array().size() >= 5);
}

void TestCli::germanTranslation()
{
    // the German catalog is complete...
    QFile ts(QStringLiteral(MESHDESK_SOURCE_DIR "/translations/meshdesk_de.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    const QByteArray text = ts.readAll();
    QVERIFY(text.count("<message") > 300);
    QCOMPARE(text.count("type=\"unfinished\""), 0);
    QCOMPARE(text.count("type=\"vanished\""), 0);
    // ...and loaded: by --lang, with plural forms
    Result r = run({QStringLiteral("list"), QStringLiteral("domains"), QStringLiteral("--db"), m_db,
                    QStringLiteral("--lang"), QStringLiteral("de")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("DOMÄNE"), r.out.constData());
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), m_db,
             QStringLiteral("--lang"), QStringLiteral("de")});
    QVERIFY2(r.out.contains("Prüfprotokoll intakt:") &&
                 r.out.contains("signierte Handlungen verifiziert"),
             r.out.constData());
    // by the system locale when no setting says otherwise
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    r = run({QStringLiteral("list"), QStringLiteral("domains"), QStringLiteral("--db"), m_db}, env);
    QVERIFY2(r.out.startsWith("DOMÄNE"), r.out.constData());
}

void TestCli::demoHonoursDbAndCleansUpOnSigterm()
{
    // the GUI, offscreen, with a temporary folder of its own to watch
    QTemporaryDir tmp;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("demo-config")));
    env.insert(QStringLiteral("MESHDESK_NO_DIALOGS"), QStringLiteral("1"));
    auto demoFolders = [&tmp] {
        QStringList dirs = QDir(tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        // (Qt's own fallback for a missing XDG_RUNTIME_DIR lives there too, and stays)
        dirs.removeIf([](const QString &d) { return d.startsWith(QLatin1String("runtime-")); });
        return dirs;
    };
    // 1. --demo alone: a temporary database, removed when SIGTERM ends the program
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("--demo"), QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(
        !demoFolders().isEmpty() &&
            QFileInfo::exists(tmp.filePath(demoFolders().front() + QStringLiteral("/demo.sqlite"))),
        30000);
    QTest::qWait(1500); // the window is up and the broker running
    p.terminate();      // SIGTERM
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(demoFolders().isEmpty(), qPrintable(demoFolders().join(QLatin1Char(' '))));
    // 2. --demo --db FILE: the demo goes into that file, which stays
    const QString db = m_dir.filePath(QStringLiteral("demo-here.sqlite"));
    QProcess q;
    q.setProcessEnvironment(env);
    q.start(QStringLiteral(MESHDESK_BINARY),
            {QStringLiteral("--demo"), QStringLiteral("--db"), db});
    QVERIFY(q.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(db), 30000);
    QTest::qWait(1500);
    q.terminate();
    QVERIFY(q.waitForFinished(30000));
    QVERIFY2(demoFolders().isEmpty(), qPrintable(demoFolders().join(QLatin1Char(' '))));
    const Result r = run({QStringLiteral("list"), QStringLiteral("products"),
                          QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 12);
    // 3. --demo --db FILE where FILE exists (the kept demo, or anyone's catalog): refused with
    // a message naming the file, and the file stays as it was
    const QByteArray before = [&db] {
        QFile f(db);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }();
    const Result again = run({QStringLiteral("--demo"), QStringLiteral("--db"), db,
                              QStringLiteral("--lang"), QStringLiteral("en")},
                             env);
    QCOMPARE(again.code, 2);
    QVERIFY2(again.err.contains("already exists") &&
                 again.err.contains(QDir::toNativeSeparators(db).toUtf8()),
             again.err.constData());
    QFile after(db);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), before);
}

void TestCli::helpAndVersionWithoutDisplay()
{
    // no display at all: --help and --version must not need one (a QApplication aborts)
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *var : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(var));
    Result r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("en")}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Usage:") && r.out.contains("--demo"), r.out.constData());
    r = run({QStringLiteral("--version")}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.startsWith("meshdesk 0."), r.out.constData());
    // Qt's own strings in German too (qtbase_de.qm is loaded, not only ours): the help line of
    // --help comes from Qt's catalogue
    r = run({QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")}, env);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(r.out.contains("Zeigt Hilfe zu den Kommandozeilenoptionen an."), r.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "DemoCatalog.h"
#include "tst_cli.moc"
