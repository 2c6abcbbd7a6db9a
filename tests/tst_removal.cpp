// "Remove from Mesh" (issue 17): a product is deprecated, then retired; both are signed
// proposals whose review lists every product still reading it, and retiring a product that
// others read needs an explicit override. The proposed document is the stored source with only
// its status changed. Also from the command line (deprecate / retire / review show).
#include "DemoCatalog.h"
#include "governance/Removal.h"
#include "governance/Review.h"
#include "ledger/Ledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace meshdesk;
using namespace meshdesk::governance;

namespace {

struct Run
{
    int code;
    QByteArray out, err;
};

Run runMeshdesk(const QStringList &args, const QString &keyDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MESHDESK_KEY_DIR"), keyDir);
    env.remove(QStringLiteral("MESHDESK_KEY_FILE"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MESHDESK_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QStringList productIds(const QList<Consumer> &cs)
{
    QStringList ids;
    for (const Consumer &c : cs)
        ids << c.productId;
    ids.sort();
    return ids;
}

const PolicyResult *policy(const Review &r, const QString &id)
{
    for (const PolicyResult &p : r.policies)
        if (p.policyId == id)
            return &p;
    return nullptr;
}

} // namespace

class TestRemoval : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusEditKeepsTheDocument();
    void deprecateThenRetire();
    void leafProductRetiresWithoutOverride();
    void handMadeRetirementFailsItsReview();
    void commandLine();

private:
    std::unique_ptr<test::TestCatalog> demo(const QString &db);
    QTemporaryDir m_dir;
};

std::unique_ptr<test::TestCatalog> TestRemoval::demo(const QString &db)
{
    auto c = std::make_unique<test::TestCatalog>(m_dir.filePath(db));
    if (!c->ok || c->import(test::demoFiles(), QStringLiteral("alice")).added != 24)
        return nullptr;
    for (const char *domain : {"checkout", "finance"})
        if (!c->ledger
                 ->grant(QStringLiteral("alice"), QStringLiteral("carol"),
                         QStringLiteral("governance-owner"), QLatin1String(domain))
                 .ok)
            return nullptr;
    return c;
}

void TestRemoval::statusEditKeepsTheDocument()
{
    const QByteArray src = "# a comment\napiVersion: v1.0.0\nkind: DataProduct\nid: p\n"
                           "version: 1.0.0\nstatus: active # since May\ndomain: d\n"
                           "customProperties:\n- property: qualityTier\n  value: raw\n"
                           "unknownField: {kept: as written}\n";
    QString error;
    QByteArray out = withStatus(src, QStringLiteral("deprecated"), {}, &error);
    QVERIFY2(!out.isEmpty(), qPrintable(error));
    // only the status line differs, its comment kept
    QList<QByteArray> a = src.split('\n'), b = out.split('\n');
    QCOMPARE(b.size(), a.size());
    for (int i = 0; i < a.size(); ++i)
        if (i != 5)
            QCOMPARE(b[i], a[i]);
    QCOMPARE(b[5], QByteArray("status: deprecated # since May"));
    // the override goes into the existing list, in the list's own indentation
    out = withStatus(src, QStringLiteral("retired"), QStringLiteral("moved to orders-v2: yes"),
                     &error);
    FileImport f = importBytes(QStringLiteral("p.odps.yaml"), out);
    QVERIFY2(f.ok(), qPrintable(f.firstError()));
    QCOMPARE(f.documents.front().document.product.status, QStringLiteral("retired"));
    QCOMPARE(retirementOverride(f.documents.front().document.product),
             QStringLiteral("moved to orders-v2: yes"));
    QCOMPARE(f.documents.front().document.product.customProperties.size(), 2);
    QVERIFY(out.contains("unknownField: {kept: as written}"));
    // no status and no customProperties: both added; CRLF stays CRLF
    const QByteArray bare = "apiVersion: v1.0.0\r\nkind: DataProduct\r\nid: p\r\ndomain: d\r\n";
    out = withStatus(bare, QStringLiteral("retired"), QStringLiteral("why"), &error);
    QVERIFY(out.startsWith("apiVersion: v1.0.0\r\nkind: DataProduct\r\nid: p\r\nstatus: "
                           "retired\r\ndomain: d\r\n"));
    QVERIFY(!out.contains("\n\n") && !out.replace("\r\n", "").contains('\n'));
    f = importBytes(QStringLiteral("p.odps.yaml"),
                    withStatus(bare, QStringLiteral("retired"), QStringLiteral("why"), &error));
    QVERIFY2(f.ok(), qPrintable(f.firstError()));
    QCOMPARE(retirementOverride(f.documents.front().document.product), QStringLiteral("why"));
    // what cannot be changed in place says so
    QVERIFY(withStatus("{\"id\": \"p\"}", QStringLiteral("retired"), {}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("JSON")));
    QVERIFY(withStatus("id: p\ncustomProperties: []\n", QStringLiteral("retired"),
                       QStringLiteral("why"), &error)
                .isEmpty());
    QVERIFY2(error.contains(QLatin1String("line 2")), qPrintable(error));
}

void TestRemoval::deprecateThenRetire()
{
    auto c = demo(QStringLiteral("a.sqlite"));
    QVERIFY(c);
    ledger::Ledger &l = *c->ledger;
    const QByteArray before =
        c->store.currentVersion(QStringLiteral("product"), QStringLiteral("orders"))->source;
    // retiring first is refused: its readers are told by the deprecation
    RemovalProposal p = proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Retire,
                                       QStringLiteral("whatever"));
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QLatin1String("deprecate it first")), qPrintable(p.error));
    QVERIFY(!proposeRemoval(c->store, QStringLiteral("nosuch"), RemovalStep::Deprecate).ok());

    // deprecate: bob proposes; every product reading orders, transitively, with its owner
    p = proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Deprecate);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.fromStatus, QStringLiteral("active"));
    const QStringList direct{QStringLiteral("campaign-attribution"),
                             QStringLiteral("customer-360"),
                             QStringLiteral("delivery-performance"),
                             QStringLiteral("refunds"),
                             QStringLiteral("revenue"),
                             QStringLiteral("shipments")};
    QStringList depth1;
    for (const Consumer &r : std::as_const(p.readers)) {
        QVERIFY(!r.owner.isEmpty());
        if (r.depth == 1)
            depth1 << r.productId;
    }
    depth1.sort();
    QCOMPARE(depth1, direct);
    QVERIFY(productIds(p.readers).contains(QStringLiteral("executive-kpis"))); // via revenue
    ledger::ActResult r = l.submit(p.file, QStringLiteral("bob"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.stored.documents.front().outcome, StoredDocument::Outcome::PendingChange);
    const qint64 deprecation = r.stored.documents.front().changeId;
    // nothing changed in place: orders is active until approved
    QCOMPARE(c->store.currentVersion(QStringLiteral("product"), QStringLiteral("orders"))->source,
             before);
    Review rev = buildReview(c->store, deprecation);
    QVERIFY2(rev.ok(), qPrintable(rev.error));
    QCOMPARE(rev.removal, QStringLiteral("deprecated"));
    QVERIFY(!rev.diff.breaking());
    QCOMPARE(productIds(rev.impact), productIds(p.readers)); // shown although not breaking
    QCOMPARE(rev.diff.changes.size(), 1);                    // only the status
    QCOMPARE(rev.diff.changes.front().path, QStringLiteral("status"));
    QVERIFY(policy(rev, QStringLiteral("product-minimum"))->passed);
    QVERIFY(policy(rev, QStringLiteral("retirement-readers"))->passed);
    QVERIFY(rev.toMarkdown().contains(QLatin1String("Removal from the mesh | deprecated")));
    QVERIFY(rev.toMarkdown().contains(QLatin1String("(campaign-attribution), owner")));
    QCOMPARE(rev.toJson().value(QStringLiteral("removal")).toString(),
             QStringLiteral("deprecated"));
    // four-eyes: bob proposed, carol approves
    QVERIFY(!l.decide(deprecation, QStringLiteral("bob"), true, {}).ok);
    r = l.decide(deprecation, QStringLiteral("carol"), true, QStringLiteral("told them"));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(c->store.entities(QStringLiteral("product")).size(), 12);
    const auto dep = c->store.document(
        *c->store.currentVersion(QStringLiteral("product"), QStringLiteral("orders")));
    QCOMPARE(dep->product.status, QStringLiteral("deprecated"));

    // retire: refused without an override while others read it, naming them and their owners
    p = proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Retire);
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QLatin1String("override")) &&
                 p.error.contains(QLatin1String("campaign-attribution (owner ")),
             qPrintable(p.error));
    QVERIFY(!proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Deprecate).ok());
    p = proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Retire,
                       QStringLiteral("orders-v2 replaces it; readers moved by June"));
    QVERIFY2(p.ok(), qPrintable(p.error));
    r = l.submit(p.file, QStringLiteral("bob"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const qint64 retirement = r.stored.documents.front().changeId;
    rev = buildReview(c->store, retirement);
    QCOMPARE(rev.removal, QStringLiteral("retired"));
    QCOMPARE(rev.retirementOverride,
             QStringLiteral("orders-v2 replaces it; readers moved by June"));
    QCOMPARE(productIds(rev.impact), productIds(p.readers));
    QVERIFY(policy(rev, QStringLiteral("retirement-readers"))->passed);
    QVERIFY(rev.toMarkdown().contains(QLatin1String("Retirement override | orders-v2")));
    QVERIFY(l.decide(retirement, QStringLiteral("carol"), true, QStringLiteral("ok")).ok);
    QCOMPARE(
        c->store
            .document(*c->store.currentVersion(QStringLiteral("product"), QStringLiteral("orders")))
            ->product.status,
        QStringLiteral("retired"));
    QVERIFY(!proposeRemoval(c->store, QStringLiteral("orders"), RemovalStep::Retire,
                            QStringLiteral("again"))
                 .ok());
    QVERIFY(l.verify().intact); // every step a signed act
}

void TestRemoval::leafProductRetiresWithoutOverride()
{
    auto c = demo(QStringLiteral("b.sqlite"));
    QVERIFY(c);
    RemovalProposal p =
        proposeRemoval(c->store, QStringLiteral("executive-kpis"), RemovalStep::Deprecate);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QVERIFY(p.readers.isEmpty());
    ledger::ActResult r = c->ledger->submit(p.file, QStringLiteral("bob"));
    QVERIFY(
        c->ledger->decide(r.stored.documents.front().changeId, QStringLiteral("carol"), true, {})
            .ok);
    p = proposeRemoval(c->store, QStringLiteral("executive-kpis"), RemovalStep::Retire);
    QVERIFY2(p.ok(), qPrintable(p.error)); // nobody reads it: no override needed
    QVERIFY(retirementOverride(p.file.documents.front().document.product).isEmpty());
    r = c->ledger->submit(p.file, QStringLiteral("bob"));
    const Review rev = buildReview(c->store, r.stored.documents.front().changeId);
    QCOMPARE(rev.removal, QStringLiteral("retired"));
    QVERIFY(rev.impact.isEmpty());
    QVERIFY(rev.toMarkdown().contains(QLatin1String("No product reads it.")));
}

void TestRemoval::handMadeRetirementFailsItsReview()
{
    // a retired document imported by hand (not through proposeRemoval) while others read it:
    // the review's policy fails and names the readers
    auto c = demo(QStringLiteral("c.sqlite"));
    QVERIFY(c);
    const QByteArray src =
        c->store.currentVersion(QStringLiteral("product"), QStringLiteral("refunds"))->source;
    QString error;
    const QByteArray retired = withStatus(src, QStringLiteral("retired"), {}, &error);
    const ledger::ActResult r = c->ledger->submit(
        importBytes(QStringLiteral("refunds.odps.yaml"), retired), QStringLiteral("bob"));
    QVERIFY2(r.ok, qPrintable(r.error));
    const Review rev = buildReview(c->store, r.stored.documents.front().changeId);
    QCOMPARE(rev.removal, QStringLiteral("retired"));
    QVERIFY(!rev.impact.isEmpty());
    const PolicyResult *readers = policy(rev, QStringLiteral("retirement-readers"));
    QVERIFY(readers && !readers->passed);
    QVERIFY2(readers->findings.front().message.contains(rev.impact.front().productId),
             qPrintable(readers->findings.front().message));
}

void TestRemoval::commandLine()
{
    auto c = demo(QStringLiteral("d.sqlite"));
    QVERIFY(c);
    const QString db = m_dir.filePath(QStringLiteral("d.sqlite"));
    const QString keys = c->keys.dir();
    c.reset(); // the command line opens the catalog itself
    Run run =
        runMeshdesk({QStringLiteral("retire"), QStringLiteral("orders"), QStringLiteral("--db"), db,
                     QStringLiteral("--as"), QStringLiteral("bob")},
                    keys);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("deprecate it first"), run.err.constData());
    run = runMeshdesk({QStringLiteral("deprecate"), QStringLiteral("--db"), db}, keys);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains("usage: meshdesk deprecate"), run.err.constData());
    run = runMeshdesk({QStringLiteral("deprecate"), QStringLiteral("orders"),
                       QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("bob")},
                      keys);
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.out.contains("product(s) still read orders") ||
                 run.out.contains("products still read orders"),
             run.out.constData());
    QVERIFY(run.out.contains("Campaign Attribution (campaign-attribution) owner "));
    QVERIFY2(run.out.contains("orders: active -> deprecated proposed as change #1"),
             run.out.constData());
    run = runMeshdesk({QStringLiteral("review"), QStringLiteral("show"), QStringLiteral("1"),
                       QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("carol")},
                      keys);
    QVERIFY2(run.code == 0, run.err.constData());
    QVERIFY2(run.out.contains("removal from the mesh: deprecated"), run.out.constData());
    QVERIFY(run.out.contains("(campaign-attribution) owner "));
    run = runMeshdesk({QStringLiteral("review"), QStringLiteral("approve"), QStringLiteral("1"),
                       QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("carol")},
                      keys);
    QVERIFY2(run.code == 0, run.err.constData());
    // retire: refused without --override, proposed with it
    run = runMeshdesk({QStringLiteral("retire"), QStringLiteral("orders"), QStringLiteral("--db"),
                       db, QStringLiteral("--as"), QStringLiteral("bob")},
                      keys);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains("explicit override"), run.err.constData());
    run =
        runMeshdesk({QStringLiteral("retire"), QStringLiteral("orders"), QStringLiteral("--db"), db,
                     QStringLiteral("--as"), QStringLiteral("bob"), QStringLiteral("--override"),
                     QStringLiteral("replaced by orders-v2"), QStringLiteral("--json")},
                    keys);
    QVERIFY2(run.code == 0, run.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("retired"));
    QCOMPARE(o.value(QStringLiteral("change")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("override")).toString(),
             QStringLiteral("replaced by orders-v2"));
    QVERIFY(o.value(QStringLiteral("readers")).toArray().size() >= 6);
}

QTEST_MAIN(TestRemoval)
#include "tst_removal.moc"
