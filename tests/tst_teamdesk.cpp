// Two desks on one team log, as stewards meet it: two windows (two catalog files, two keys) on a
// topic of librdkafka's mock cluster. A join request appears in the admin's Team panel and is
// admitted with its button; a change proposed on one desk reaches the other's Inbox without a
// reload; the decision taken there shows on the first desk's open review and pages; an act no
// desk may apply is listed in both panels with its reason. Then the same team from the command
// line: `team create`, `team join`, `team admit`, `team status --json` (one digest on every desk).
#include "MainWindow.h"
#include "ReviewPage.h"
#include "TeamPanel.h"
#include "TestIdentities.h"
#include "kafka/Kafka.h"
#include "ledger/Ledger.h"
#include "team/Team.h"

#include <QAbstractItemView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace meshdesk;

namespace {

QByteArray contract(int version, const QByteArray &field)
{
    return QStringLiteral("apiVersion: v3.1.0\nkind: DataContract\nid: orders\nname: Orders\n"
                          "version: %1.0.0\ndomain: checkout\nstatus: active\nschema:\n  - name: "
                          "orders\n    properties:\n")
               .arg(version)
               .toUtf8() +
           field;
}

QString write(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

// The pending changes the Inbox tab counts ("Inbox (2)"; "Inbox": none).
int inboxPending(MainWindow &w)
{
    auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("leftTabs"));
    if (!tabs)
        return -1;
    const QString text = tabs->tabText(1);
    const qsizetype open = text.indexOf(QLatin1Char('('));
    return open < 0 ? 0 : text.mid(open + 1).chopped(1).toInt();
}

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MESHDESK_BINARY), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestTeamDesk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void twoWindowsOneTeam();
    void commandLine();

private:
    QTemporaryDir m_dir;
};

void TestTeamDesk::initTestCase()
{
    qputenv("MESHDESK_NO_DIALOGS", "1");
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDeskTest"));
}

void TestTeamDesk::twoWindowsOneTeam()
{
    test::TestKeys keys({QStringLiteral("alice"), QStringLiteral("bob")});
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    team::TeamConfig config;
    config.bootstrap = broker.bootstrap();
    config.topic = QStringLiteral("meshdesk.team");
    config.timeoutMs = 8000;
    QVERIFY(broker.createTopic(config.topic, 1));

    // desk A: alice's catalog with Orders 1.0.0, alice governance owner of checkout, then bound
    const QString dbA = m_dir.filePath(QStringLiteral("a.sqlite"));
    const QString dbB = m_dir.filePath(QStringLiteral("b.sqlite"));
    QString root;
    {
        CatalogStore store;
        QVERIFY(store.open(dbA));
        ledger::Ledger ledger(store, &keys.ring());
        QVERIFY(ledger.load());
        QVERIFY(ledger
                    .submit(importBytes(QStringLiteral("orders.yaml"),
                                        contract(1, "      - name: id\n        logicalType: "
                                                    "string\n")),
                            QStringLiteral("alice"))
                    .ok);
        QVERIFY(ledger
                    .grant(QStringLiteral("alice"), QStringLiteral("alice"),
                           QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                    .ok);
        const team::Outcome created = team::create(ledger, QStringLiteral("alice"), config);
        QVERIFY2(created.ok, qPrintable(created.error));
        root = ledger.rootFingerprint();
    }
    {
        CatalogStore store;
        QVERIFY(store.open(dbB));
        ledger::Ledger ledger(store, &keys.ring());
        QVERIFY(ledger.load());
        const team::Outcome joined = team::join(ledger, QStringLiteral("bob"), config, root);
        QVERIFY2(joined.ok, qPrintable(joined.error));
    }

    MainWindow a(dbA, QStringLiteral("alice"));
    MainWindow b(dbB, QStringLiteral("bob"));
    a.show();
    b.show();
    a.showTeam();
    b.showTeam();
    QTRY_VERIFY_WITH_TIMEOUT(a.teamStatusText().contains(QLatin1String("synced")), 15000);

    // bob's request waits in alice's panel; she admits it with the button
    QTableWidget *requests = a.teamPanel()->requests();
    QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 1, 15000);
    QCOMPARE(requests->item(0, 0)->text(), QStringLiteral("bob"));
    QVERIFY(requests->item(0, 1)->text().startsWith(QLatin1String("SHA256:")));
    requests->selectRow(0);
    auto *admit = a.teamPanel()->findChild<QPushButton *>(QStringLiteral("admitRequest"));
    QVERIFY(admit && admit->isEnabled());
    admit->click();
    const QString bobKey = keys.ring().identity(QStringLiteral("bob"))->key.fingerprint();
    QTRY_VERIFY_WITH_TIMEOUT(!b.ledger()->memberOf(bobKey).isEmpty(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(requests->rowCount(), 0, 15000);
    // both panels list both members with their fingerprints
    QTRY_COMPARE_WITH_TIMEOUT(b.teamPanel()->members()->rowCount(), 2, 15000);

    // bob proposes a breaking change on desk B: it reaches desk A's Inbox without a reload
    QCOMPARE(inboxPending(a), 0);
    const QString v2 = write(m_dir.filePath(QStringLiteral("orders-v2.yaml")),
                             contract(2, "      - name: id\n        logicalType: integer\n"));
    QSignalSpy imported(&b, &MainWindow::importFinished);
    b.importPaths({v2});
    QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(inboxPending(a), 1, 15000);
    const QList<ChangeRecord> pending = a.ledger()->store().changes(QStringLiteral("pending"));
    QCOMPARE(pending.size(), 1);
    const qint64 change = pending.front().id;
    QCOMPARE(pending.front().proposer, QStringLiteral("bob"));

    // desk B looks at its proposal (it may not decide it); desk A approves with the button
    QTRY_COMPARE_WITH_TIMEOUT(inboxPending(b), 1, 15000);
    b.openReview(change);
    auto *reviewB = b.findChild<ReviewPage *>(QStringLiteral("reviewPage"));
    QVERIFY(!reviewB->findChild<QPushButton *>(QStringLiteral("approve"))->isEnabled());
    a.openReview(change);
    auto *reviewA = a.findChild<ReviewPage *>(QStringLiteral("reviewPage"));
    QPushButton *approve = reviewA->findChild<QPushButton *>(QStringLiteral("approve"));
    QVERIFY(approve->isEnabled());
    approve->click();

    // desk B's open review and its catalog show the decision, without a reload
    QTRY_COMPARE_WITH_TIMEOUT(a.ledger()->store().change(change)->status,
                              QStringLiteral("approved"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(b.ledger()->store().change(change)->status,
                              QStringLiteral("approved"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(reviewB->review().change.status, QStringLiteral("approved"), 15000);
    QCOMPARE(reviewB->review().change.decidedBy, QStringLiteral("alice"));
    QTRY_COMPARE_WITH_TIMEOUT(inboxPending(b), 0, 15000);
    QCOMPARE(b.ledger()
                 ->store()
                 .currentVersion(QStringLiteral("contract"), QStringLiteral("orders"))
                 ->version,
             QStringLiteral("2.0.0"));
    QTRY_COMPARE_WITH_TIMEOUT(
        a.ledger()
            ->store()
            .currentVersion(QStringLiteral("contract"), QStringLiteral("orders"))
            ->version,
        QStringLiteral("2.0.0"), 15000);

    // an act nobody may apply (bob's proposal replayed by someone with access to the topic) is
    // set aside on both desks and listed with its reason
    const auto proposal = a.ledger()->store().event(a.ledger()->store().change(change)->proposal);
    QVERIFY(proposal);
    QVERIFY(
        broker.produce(config.topic, "x", team::encode(proposal->body, proposal->signature), 0));
    for (MainWindow *w : {&a, &b}) {
        QTableWidget *aside = w->teamPanel()->setAside();
        QTRY_COMPARE_WITH_TIMEOUT(aside->rowCount(), 1, 15000);
        QString row;
        for (int c = 0; c < aside->columnCount(); ++c)
            row += aside->item(0, c) ? aside->item(0, c)->text() + QLatin1Char(' ') : QString();
        QVERIFY2(row.contains(QLatin1String("replay"), Qt::CaseInsensitive) ||
                     row.contains(QLatin1String("already"), Qt::CaseInsensitive),
                 qPrintable(row));
    }
    QTRY_COMPARE_WITH_TIMEOUT(b.ledger()->digest(), a.ledger()->digest(), 15000);
    QVERIFY(a.ledger()->verify().intact);
    QVERIFY(b.ledger()->verify().intact);
}

void TestTeamDesk::commandLine()
{
    test::TestKeys keys({QStringLiteral("alice"), QStringLiteral("bob")});
    kafka::MockBroker broker;
    QVERIFY(broker.start());
    const QString topic = QStringLiteral("meshdesk.cli");
    QVERIFY(broker.createTopic(topic, 1));
    const QString dbA = m_dir.filePath(QStringLiteral("cli-a.sqlite"));
    const QString dbB = m_dir.filePath(QStringLiteral("cli-b.sqlite"));
    const QString v1 = write(m_dir.filePath(QStringLiteral("orders-v1.yaml")),
                             contract(1, "      - name: id\n        logicalType: string\n"));
    const QStringList kafka{QStringLiteral("--bootstrap"), broker.bootstrap(),
                            QStringLiteral("--topic"), topic};

    Run r = cli({QStringLiteral("import"), v1, QStringLiteral("--db"), dbA, QStringLiteral("--as"),
                 QStringLiteral("alice")});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli(QStringList{QStringLiteral("team"), QStringLiteral("create"), QStringLiteral("--db"),
                        dbA, QStringLiteral("--as"), QStringLiteral("alice")} +
            kafka);
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--json"),
             QStringLiteral("--db"), dbA, QStringLiteral("--as"), QStringLiteral("alice")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject statusA = QJsonDocument::fromJson(r.out).object();
    const QString root = statusA.value(QStringLiteral("root")).toString();
    QVERIFY2(root.startsWith(QLatin1String("SHA256:")), r.out.constData());

    // a wrong fingerprint is refused and names the real one; the right one joins
    r = cli(QStringList{QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"), dbB,
                        QStringLiteral("--as"), QStringLiteral("bob"),
                        QStringLiteral("--fingerprint"),
                        keys.ring().identity(QStringLiteral("bob"))->key.fingerprint()} +
            kafka);
    QVERIFY(r.code != 0);
    QVERIFY2(QString::fromUtf8(r.err).contains(root), r.err.constData());
    QFile::remove(dbB);
    r = cli(QStringList{QStringLiteral("team"), QStringLiteral("join"), QStringLiteral("--db"), dbB,
                        QStringLiteral("--as"), QStringLiteral("bob"),
                        QStringLiteral("--fingerprint"), root} +
            kafka);
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({QStringLiteral("team"), QStringLiteral("admit"), QStringLiteral("bob"),
             QStringLiteral("--db"), dbA, QStringLiteral("--as"), QStringLiteral("alice")});
    QVERIFY2(r.code == 0, (r.out + r.err).constData());
    r = cli({QStringLiteral("team"), QStringLiteral("sync"), QStringLiteral("--db"), dbB,
             QStringLiteral("--as"), QStringLiteral("bob")});
    QVERIFY2(r.code == 0, r.err.constData());

    // both desks read the same offset and print the same digest
    QJsonObject s[2];
    int i = 0;
    for (const auto &[db, name] :
         {std::pair{dbA, QStringLiteral("alice")}, std::pair{dbB, QStringLiteral("bob")}}) {
        r = cli({QStringLiteral("team"), QStringLiteral("status"), QStringLiteral("--json"),
                 QStringLiteral("--db"), db, QStringLiteral("--as"), name});
        QVERIFY2(r.code == 0, r.err.constData());
        s[i++] = QJsonDocument::fromJson(r.out).object();
    }
    QVERIFY(!s[0].value(QStringLiteral("digest")).toString().isEmpty());
    QCOMPARE(s[1].value(QStringLiteral("digest")), s[0].value(QStringLiteral("digest")));
    QCOMPARE(s[1].value(QStringLiteral("offset")), s[0].value(QStringLiteral("offset")));
    QCOMPARE(s[1].value(QStringLiteral("root")).toString(), root);
}

QTEST_MAIN(TestTeamDesk)
#include "tst_teamdesk.moc"
