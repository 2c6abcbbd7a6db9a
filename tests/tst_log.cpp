// Logging: named loggers write to the rotating file, Qt's messages are forwarded, secrets masked.
#include "core/Log.h"

#include <QtTest>

using namespace meshdesk;

class TestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileAndQtMessages();
    void redaction_data();
    void redaction();
};

void TestLog::fileAndQtMessages()
{
    QTemporaryDir dir;
    const QString path = log::setupLogging(dir.path(), false);
    QCOMPARE(path, dir.filePath(QStringLiteral("meshdesk.log")));
    log::store()->info("opened {}", QStringLiteral("catalog.sqlite"));
    qWarning("a Qt warning");
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &l) { l->flush(); });
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("[store] [info] opened catalog.sqlite"));
    QVERIFY(text.contains("[qt] [warning] a Qt warning"));
    qInstallMessageHandler(nullptr);
}

void TestLog::redaction_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("sasl") << QStringLiteral("sasl.password=hunter2 bootstrap=x")
                          << QStringLiteral("sasl.password=*** bootstrap=x");
    QTest::newRow("colon") << QStringLiteral("Password: s3cret, user: bob")
                           << QStringLiteral("Password: ***, user: bob");
    QTest::newRow("token") << QStringLiteral("token=abc&x=1") << QStringLiteral("token=***&x=1");
    QTest::newRow("none") << QStringLiteral("nothing secret") << QStringLiteral("nothing secret");
}

void TestLog::redaction()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(log::redactSecrets(in), out);
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
