// Self-serve data products, in the model and on the command line: export is lossless (every
// fixture: import, export, import again: same model, same unknown fields, no semantic change),
// curation edits are proposals (nothing edited in place, signed acts, four-eyes, audited).
// (Deprecation and retirement: tst_removal.)
#include "DemoCatalog.h"
#include "TestIdentities.h"
#include "formats/DocumentImporter.h"
#include "formats/ModelEdits.h"
#include "formats/YamlNode.h"
#include "governance/Diff.h"
#include "governance/Review.h"
#include "ledger/Ledger.h"
#include "selfserve/Export.h"
#include "selfserve/Proposals.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace meshdesk;

namespace {

QJsonValue yamlTree(const QByteArray &text)
{
    std::vector<YamlDocument> docs;
    ParseError perr;
    if (!loadYaml(text, docs, perr) || docs.size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return docs.front().root->toJson();
}

// Leaf paths where two JSON trees differ.
void differences(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &out)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        for (const QString &k : keys)
            differences(oa.value(k), ob.value(k), path + QLatin1Char('/') + k, out);
        return;
    }
    if (a.isArray() && b.isArray() && a.toArray().size() == b.toArray().size()) {
        for (int i = 0; i < a.toArray().size(); ++i)
            differences(a.toArray()[i], b.toArray()[i], path + QStringLiteral("/%1").arg(i), out);
        return;
    }
    if (a != b)
        out << path;
}

QStringList fixtureFiles()
{
    QStringList files;
    QDirIterator it(QStringLiteral(MESHDESK_TEST_DATA), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.endsWith(QLatin1String(".md")))
            files << f;
    }
    files.sort();
    return files;
}

} // namespace

class TestSelfServe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void exportRoundTripEveryFixture();
    void editedExportKeepsTheRest();
    void exportVersions();
    void editsAreProposals();
    void fieldEditsPerStandard_data();
    void fieldEditsPerStandard();
    void unsupportedEditsSaySo();
    void parseCliEdits();
    void cliExportEdit();

private:
    QTemporaryDir m_dir;
    QString m_db;
};

void TestSelfServe::init()
{
    static int n = 0;
    m_db = m_dir.filePath(QStringLiteral("selfserve%1.sqlite").arg(++n));
}

void TestSelfServe::exportRoundTripEveryFixture()
{
    int documents = 0;
    const QStringList files = fixtureFiles();
    QVERIFY(files.size() >= 20);
    for (const QString &file : files) {
        const FileImport original = importFile(file);
        if (!original.ok())
            continue; // not a fixture that imports (none today)
        // 1. import
        test::TestCatalog ca(m_dir.filePath(QStringLiteral("a-%1.sqlite").arg(documents)));
        QVERIFY(ca.ok);
        CatalogStore &a = ca.store;
        const ledger::ActResult imported = ca.ledger->submit(original, QStringLiteral("alice"));
        QVERIFY2(imported.ok, qPrintable(file + imported.error));
        for (const ParsedDocument &pd : original.documents) {
            const QString where = file + QLatin1Char(' ') + pd.document.key();
            // 2. export
            const selfserve::ExportResult ex =
                selfserve::exportDocument(a, pd.document.kindName(), pd.document.key());
            QVERIFY2(ex.ok, qPrintable(where + ex.error));
            QCOMPARE(ex.text, pd.source); // byte for byte: comments, key order, everything
            QVERIFY2(!ex.fileName.isEmpty(), qPrintable(where));
            const QString out =
                m_dir.filePath(QStringLiteral("export-%1-%2").arg(documents).arg(ex.fileName));
            QString error;
            QVERIFY2(selfserve::writeExport(ex.text, out, &error), qPrintable(error));
            // 3. import again, into a fresh catalog
            const FileImport again = importFile(out);
            QVERIFY2(again.ok(), qPrintable(where + again.firstError()));
            QCOMPARE(again.documents.size(), size_t(1));
            const ImportedDocument &back = again.documents.front().document;
            QCOMPARE(toJson(back), toJson(pd.document)); // the same model
            // the same unknown fields: the whole document tree, modelled or not
            QCOMPARE(yamlTree(again.documents.front().source), yamlTree(pd.source));
            if (back.kind == ImportedDocument::Kind::Contract ||
                back.kind == ImportedDocument::Kind::Product) {
                governance::DiffResult d;
                QVERIFY(governance::diffDocuments(pd.document, back, d, &error));
                QVERIFY2(d.changes.empty(), qPrintable(where));
            }
            test::TestCatalog cb(m_dir.filePath(QStringLiteral("b-%1.sqlite").arg(documents)));
            CatalogStore &b = cb.store;
            const ledger::ActResult stored = cb.ledger->submit(again, QStringLiteral("alice"));
            QVERIFY2(stored.ok, qPrintable(stored.error));
            QCOMPARE(stored.stored.documents.front().outcome, StoredDocument::Outcome::Added);
            QCOMPARE(selfserve::exportDocument(b, back.kindName(), back.key()).text, ex.text);
            ++documents;
        }
    }
    QVERIFY2(documents >= 24, qPrintable(QString::number(documents)));
}

// After an approved edit, the export is the stored source with exactly that edit: the model and
// the document tree differ from the original only where the edit (and the version bump) went.
void TestSelfServe::editedExportKeepsTheRest()
{
    int edited = 0;
    for (const QString &file : fixtureFiles()) {
        const FileImport original = importFile(file);
        if (!original.ok())
            continue;
        test::TestCatalog cat(m_dir.filePath(QStringLiteral("edit-%1.sqlite").arg(edited)));
        QVERIFY(cat.ok);
        CatalogStore &s = cat.store;
        QVERIFY(cat.ledger->submit(original, QStringLiteral("alice")).ok);
        for (const ParsedDocument &pd : original.documents) {
            const ImportedDocument &doc = pd.document;
            if (doc.kind != ImportedDocument::Kind::Contract &&
                doc.kind != ImportedDocument::Kind::Product)
                continue;
            const QString where = file + QLatin1Char(' ') + doc.key();
            const QString text = QStringLiteral("Curated: what this is, for whom: and why.");
            const selfserve::ProposalResult p = selfserve::proposeEdits(
                *cat.ledger, doc.kindName(), doc.key(),
                {{ModelEdit::Target::Description, {}, text}}, QStringLiteral("bob"));
            QVERIFY2(p.ok, qPrintable(where + QStringLiteral(": ") + p.error));
            QVERIFY(p.changeId > 0);
            // nothing in place: the current version is still the original
            QCOMPARE(selfserve::exportDocument(s, doc.kindName(), doc.key()).text, pd.source);
            // approved (where a domain has governance owners), it is what export writes
            const qint64 proposedId = s.change(p.changeId)->newVersionId;
            QString version = QStringLiteral("#%1").arg(proposedId);
            if (!doc.domain().isEmpty()) {
                if (!s.hasRole(QStringLiteral("carol"), QStringLiteral("governance-owner"),
                               doc.domain()))
                    QVERIFY(cat.ledger
                                ->grant(QStringLiteral("alice"), QStringLiteral("carol"),
                                        QStringLiteral("governance-owner"), doc.domain())
                                .ok);
                const ledger::ActResult d =
                    cat.ledger->decide(p.changeId, QStringLiteral("carol"), true, {});
                QVERIFY2(d.ok, qPrintable(d.error));
                version.clear();
            }
            const selfserve::ExportResult ex =
                selfserve::exportDocument(s, doc.kindName(), doc.key(), version);
            QVERIFY(ex.ok);
            QCOMPARE(ex.version.id, proposedId);
            QCOMPARE(ex.text, p.source);
            const FileImport back = importBytes(file, ex.text);
            QVERIFY2(back.ok(), qPrintable(where + back.firstError()));
            const ImportedDocument &b = back.documents.front().document;
            governance::DiffResult diff;
            QString error;
            QVERIFY(governance::diffDocuments(doc, b, diff, &error));
            QStringList paths;
            for (const governance::Change &c : diff.changes)
                paths << c.path;
            QStringList allowed{QStringLiteral("description.purpose"), QStringLiteral("version")};
            if (doc.format() == SourceFormat::Avro) // the record's doc is also its object's
                allowed << QStringLiteral("schema.%1.description")
                               .arg(doc.contract.objects.front().name);
            for (const QString &path : paths)
                QVERIFY2(allowed.contains(path), qPrintable(where + QLatin1Char(' ') + path));
            QVERIFY2(paths.contains(QStringLiteral("description.purpose")), qPrintable(where));
            // the model is the old one but for those two
            ImportedDocument expected = doc;
            (expected.kind == ImportedDocument::Kind::Product ? expected.product.description
                                                              : expected.contract.description)
                .purpose = text;
            if (expected.kind == ImportedDocument::Kind::Product)
                expected.product.version = b.product.version;
            else
                expected.contract.version = b.contract.version;
            if (doc.format() == SourceFormat::Avro) // the record's doc is the first object's
                expected.contract.objects.front().description = text;
            QCOMPARE(toJson(b), toJson(expected));
            // and the document tree differs only at the description and version keys
            QStringList changedLeaves;
            differences(yamlTree(pd.source), yamlTree(ex.text), QString(), changedLeaves);
            QVERIFY(!changedLeaves.isEmpty());
            for (const QString &leaf : std::as_const(changedLeaves)) {
                const QString key = leaf.section(QLatin1Char('/'), -1);
                QVERIFY2(QStringList({QStringLiteral("description"), QStringLiteral("purpose"),
                                      QStringLiteral("doc"), QStringLiteral("version"),
                                      QStringLiteral("productVersion")})
                             .contains(key),
                         qPrintable(where + QLatin1Char(' ') + leaf));
            }
            ++edited;
        }
    }
    QVERIFY2(edited >= 18, qPrintable(QString::number(edited)));
}

void TestSelfServe::exportVersions()
{
    test::TestCatalog cat(m_db); // alice (admin), bob, carol
    QVERIFY(cat.ok);
    QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
    CatalogStore &s = cat.store;
    const selfserve::ProposalResult p = selfserve::proposeEdits(
        *cat.ledger, QStringLiteral("contract"), QStringLiteral("orders-v1"),
        {{ModelEdit::Target::Tags,
          {},
          QJsonArray{QStringLiteral("checkout"), QStringLiteral("gold")}}},
        QStringLiteral("bob"));
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.newVersion, QStringLiteral("1.0.1"));
    // default: the current (approved) version; --version 1.0.1: the pending proposal
    const auto current =
        selfserve::exportDocument(s, QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QVERIFY(current.ok);
    QCOMPARE(current.version.version, QStringLiteral("1.0.0"));
    QCOMPARE(current.fileName, QStringLiteral("orders-v1.odcs.yaml"));
    const auto pending = selfserve::exportDocument(
        s, QStringLiteral("contract"), QStringLiteral("orders-v1"), QStringLiteral("1.0.1"));
    QVERIFY(pending.ok);
    QCOMPARE(pending.version.state, QStringLiteral("pending"));
    QCOMPARE(pending.text, p.source);
    QVERIFY(pending.text.contains("tags: [checkout, gold]"));
    const auto byId =
        selfserve::exportDocument(s, QStringLiteral("contract"), QStringLiteral("orders-v1"),
                                  QStringLiteral("#%1").arg(current.version.id));
    QCOMPARE(byId.text, current.text);
    const auto missing = selfserve::exportDocument(
        s, QStringLiteral("contract"), QStringLiteral("orders-v1"), QStringLiteral("9.9.9"));
    QVERIFY(!missing.ok);
    QVERIFY2(missing.error.contains(QLatin1String("1.0.0")) &&
                 missing.error.contains(QLatin1String("pending")),
             qPrintable(missing.error));
    QVERIFY(!selfserve::exportDocument(s, QStringLiteral("product"), QStringLiteral("nope")).ok);
    QString error;
    QVERIFY(
        !selfserve::writeExport("x", m_dir.filePath(QStringLiteral("no/such/dir/x.yaml")), &error));
    QVERIFY(error.contains(QLatin1String("no/such/dir")));
}

void TestSelfServe::editsAreProposals()
{
    test::TestCatalog cat(m_db); // alice (admin), bob, carol
    QVERIFY(cat.ok);
    QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
    CatalogStore &s = cat.store;
    ledger::Ledger &l = *cat.ledger;
    QVERIFY(l.grant(QStringLiteral("alice"), QStringLiteral("carol"),
                    QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    QVERIFY(l.grant(QStringLiteral("alice"), QStringLiteral("bob"),
                    QStringLiteral("governance-owner"), QStringLiteral("checkout"))
                .ok);
    const auto before = s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    const int auditRows = int(ledger::auditLog(s).size());
    selfserve::ProposalOptions options;
    options.comment = QStringLiteral("fix the steward's findings");
    const QList<ModelEdit> edits{
        {ModelEdit::Target::Description,
         {},
         QStringLiteral("Orders as placed (curated by stewards).")},
        {ModelEdit::Target::Owner, {}, QStringLiteral("Checkout Data Team")},
        {ModelEdit::Target::FieldDescription,
         {QStringLiteral("orders"), QStringLiteral("customer_id")},
         QStringLiteral("The customer's id in the CRM.")},
        {ModelEdit::Target::FieldClassification,
         {QStringLiteral("orders"), QStringLiteral("customer_id")},
         QStringLiteral("internal")},
        {ModelEdit::Target::FieldPii,
         {QStringLiteral("orders"), QStringLiteral("customer_id")},
         true}};
    const selfserve::ProposalResult p =
        selfserve::proposeEdits(l, QStringLiteral("contract"), QStringLiteral("orders-v1"), edits,
                                QStringLiteral("bob"), options);
    QVERIFY2(p.ok, qPrintable(p.error));
    // nothing edited in place
    const auto after = s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1"));
    QCOMPARE(after->id, before->id);
    QCOMPARE(after->source, before->source);
    // a pending change like any import's, audited with how it came about
    const auto change = s.change(p.changeId);
    QVERIFY(change);
    QCOMPARE(change->status, QStringLiteral("pending"));
    QCOMPARE(change->proposer, QStringLiteral("bob"));
    const QList<AuditRow> audit = ledger::auditLog(s);
    QCOMPARE(audit.size(), auditRows + 1);
    QCOMPARE(audit.back().eventId, p.eventId); // one signed act
    QCOMPARE(audit.back().actor, QStringLiteral("bob"));
    QCOMPARE(audit.back().action, QStringLiteral("propose"));
    QVERIFY(l.verify().intact);
    // how it came about is signed with it
    const auto event = s.event(p.eventId);
    QVERIFY(event);
    const QJsonObject note =
        QJsonDocument::fromJson(event->body).object().value(QLatin1String("note")).toObject();
    QCOMPARE(note.value(QLatin1String("action")).toString(), QStringLiteral("edit"));
    QCOMPARE(note.value(QLatin1String("comment")).toString(), options.comment);
    QCOMPARE(note.value(QLatin1String("edits")).toArray().size(), 5);
    // the review shows exactly the edits, as info
    const governance::Review r = governance::buildReview(s, p.changeId);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.note, note);
    QStringList paths;
    for (const governance::Change &c : r.diff.changes) {
        paths << c.path;
        QCOMPARE(c.severity, governance::Severity::Info);
    }
    paths.sort();
    QCOMPARE(
        paths,
        QStringList({QStringLiteral("description.purpose"), QStringLiteral("owner"),
                     QStringLiteral("schema.orders.properties.customer_id.classification"),
                     QStringLiteral("schema.orders.properties.customer_id.customProperties.pii"),
                     QStringLiteral("schema.orders.properties.customer_id.description"),
                     QStringLiteral("schema.orders.properties.customer_id.pii"),
                     QStringLiteral("team.name"), QStringLiteral("version")}));
    QCOMPARE(r.toJson().value(QLatin1String("note")).toObject(), note);
    QVERIFY(r.toMarkdown().contains(QLatin1String("fix the steward's findings")));
    // four-eyes: bob proposed, so bob cannot approve
    QVERIFY(!l.decide(p.changeId, QStringLiteral("bob"), true, {}).ok);
    QVERIFY(l.decide(p.changeId, QStringLiteral("carol"), true, {}).ok);
    const auto doc =
        s.document(*s.currentVersion(QStringLiteral("contract"), QStringLiteral("orders-v1")));
    QCOMPARE(doc->owner(), QStringLiteral("Checkout Data Team"));
    QCOMPARE(doc->version(), QStringLiteral("1.0.1"));
    const Field *f =
        findField(doc->contract, {QStringLiteral("orders"), QStringLiteral("customer_id")});
    QVERIFY(f && f->pii);
    QCOMPARE(f->classification, QStringLiteral("internal"));
    // the search index follows the approved version
    bool found = false;
    for (const SearchHit &h : s.search(QStringLiteral("stewards")))
        found = found || h.ref == QLatin1String("orders-v1");
    QVERIFY(found);
    // the same edit again: nothing to propose, and nothing signed for it
    const qint64 eventsBefore = s.eventCount();
    const selfserve::ProposalResult same = selfserve::proposeEdits(
        l, QStringLiteral("contract"), QStringLiteral("orders-v1"),
        {{ModelEdit::Target::Owner, {}, QStringLiteral("Checkout Data Team")}},
        QStringLiteral("bob"), {QString(), false});
    QVERIFY(!same.ok);
    QVERIFY2(same.error.contains(QLatin1String("nothing to propose")), qPrintable(same.error));
    QCOMPARE(s.eventCount(), eventsBefore);
    // PII off again: the pii custom property goes to false
    const selfserve::ProposalResult off =
        selfserve::proposeEdits(l, QStringLiteral("contract"), QStringLiteral("orders-v1"),
                                {{ModelEdit::Target::FieldPii,
                                  {QStringLiteral("orders"), QStringLiteral("customer_id")},
                                  false}},
                                QStringLiteral("bob"));
    QVERIFY2(off.ok, qPrintable(off.error));
    QVERIFY(
        !findField(off.document.contract, {QStringLiteral("orders"), QStringLiteral("customer_id")})
             ->pii);
    // but a field classified 'pii' cannot simply be unflagged
    const selfserve::ProposalResult refused =
        selfserve::proposeEdits(l, QStringLiteral("contract"), QStringLiteral("orders-v1"),
                                {{ModelEdit::Target::FieldPii,
                                  {QStringLiteral("orders"), QStringLiteral("customer_email")},
                                  false}},
                                QStringLiteral("bob"));
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QLatin1String("classification")), qPrintable(refused.error));
}

void TestSelfServe::fieldEditsPerStandard_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field"); // schema tree path
    QTest::addColumn<int>("target");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expectText"); // appears in the edited source
    const QString f = QStringLiteral(MESHDESK_TEST_DATA "/fixtures/");
    QTest::newRow("odcs description")
        << f + "contracts/odcs/full-example.odcs.yaml"
        << "tbl.rcvr_id" << int(ModelEdit::Target::FieldDescription)
        << QJsonValue(QStringLiteral("Receiver")) << QByteArray("description: Receiver");
    QTest::newRow("odcs pii via custom property")
        << f + "contracts/odcs/all-data-types.odcs.yaml"
        << "transactions_tbl.account_id" << int(ModelEdit::Target::FieldPii) << QJsonValue(true)
        << QByteArray("property: pii");
    QTest::newRow("dcs pii") << f + "contracts/datacontract/orders-latest.datacontract.yaml"
                             << "orders.order_total" << int(ModelEdit::Target::FieldPii)
                             << QJsonValue(true) << QByteArray("pii: true");
    QTest::newRow("dcs nested classification")
        << f + "contracts/datacontract/orders-latest.datacontract.yaml"
        << "line_items.sku" << int(ModelEdit::Target::FieldClassification)
        << QJsonValue(QStringLiteral("public")) << QByteArray("classification: public");
    QTest::newRow("avro doc") << f + "schemas/avro/orders.avsc"
                              << "orders.orderid" << int(ModelEdit::Target::FieldDescription)
                              << QJsonValue(QStringLiteral("The id"))
                              << QByteArray("\"doc\": \"The id\"");
    QTest::newRow("avro nested record doc")
        << f + "schemas/avro/nested.avsc"
        << "Doc.fieldB.fieldC" << int(ModelEdit::Target::FieldDescription)
        << QJsonValue(QStringLiteral("Inside")) << QByteArray("\"doc\": \"Inside\"");
}

void TestSelfServe::fieldEditsPerStandard()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(int, target);
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expectText);
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray source = f.readAll();
    const FileImport fi = importBytes(file, source);
    QVERIFY(fi.ok());
    const Contract &c = fi.documents.front().document.contract;
    const QStringList segs = fieldSegments(c, field);
    if (segs.isEmpty()) {
        QStringList objects;
        for (const SchemaObject &o : c.objects)
            objects << o.name;
        QFAIL(qPrintable(field + QStringLiteral(" not in ") + objects.join(QLatin1Char(','))));
    }
    const ModelEditResult r =
        applyModelEdits(source, file, {{ModelEdit::Target(target), segs, value}});
    QVERIFY2(r.ok, qPrintable(r.error));
    QVERIFY2(r.source.contains(expectText), r.source.constData());
    const Field *edited = findField(r.document.contract, segs);
    QVERIFY(edited);
    if (ModelEdit::Target(target) == ModelEdit::Target::FieldPii)
        QCOMPARE(edited->pii, value.toBool());
    else if (ModelEdit::Target(target) == ModelEdit::Target::FieldClassification)
        QCOMPARE(edited->classification, value.toString());
    else
        QCOMPARE(edited->description, value.toString());
    // the rest of the document is as it was
    QStringList changed;
    differences(yamlTree(source), yamlTree(r.source), QString(), changed);
    QVERIFY(!changed.isEmpty());
    for (const QString &leaf : std::as_const(changed))
        QVERIFY2(QStringList({QStringLiteral("description"), QStringLiteral("doc"),
                              QStringLiteral("classification"), QStringLiteral("pii"),
                              QStringLiteral("customProperties")})
                         .contains(leaf.section(QLatin1Char('/'), -1)) ||
                     leaf.contains(QLatin1String("customProperties")),
                 qPrintable(leaf));
}

void TestSelfServe::unsupportedEditsSaySo()
{
    const QString avsc = QStringLiteral(MESHDESK_TEST_DATA "/fixtures/schemas/avro/orders.avsc");
    QFile f(avsc);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray src = f.readAll();
    ModelEditResult r = applyModelEdits(src, avsc, {{ModelEdit::Target::Tags, {}, QJsonArray{}}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("Avro")) && r.error.contains(QLatin1String("tags")),
             qPrintable(r.error));
    r = applyModelEdits(src, avsc,
                        {{ModelEdit::Target::FieldClassification,
                          {QStringLiteral("orders"), QStringLiteral("orderid")},
                          QStringLiteral("restricted")}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("classification")), qPrintable(r.error));
    r = applyModelEdits(src, avsc,
                        {{ModelEdit::Target::FieldDescription,
                          {QStringLiteral("orders"), QStringLiteral("nope")},
                          QStringLiteral("x")}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("no field orders.nope")), qPrintable(r.error));
    r = applyModelEdits("apiVersion: v1.0.0\nkind: DataProduct\nid: p\n", QStringLiteral("p.yaml"),
                        {{ModelEdit::Target::FieldDescription,
                          {QStringLiteral("o"), QStringLiteral("f")},
                          QStringLiteral("x")}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("only contracts have fields")), qPrintable(r.error));
    r = applyModelEdits("apiVersion: v1.0.0\nkind: DataProduct\nid: p\n", QStringLiteral("p.yaml"),
                        {{ModelEdit::Target::Owner, {}, QStringLiteral(" ")}});
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QLatin1String("owner")), qPrintable(r.error));
}

void TestSelfServe::parseCliEdits()
{
    const QString file =
        QStringLiteral(MESHDESK_TEST_DATA "/fixtures/contracts/odcs/full-example.odcs.yaml");
    const FileImport fi = importFile(file);
    const Contract &c = fi.documents.front().document.contract;
    ModelEdit e;
    QString error;
    QVERIFY(parseModelEdit(QStringLiteral("tags=a, b,,c"), &c, e, &error));
    QCOMPARE(e.target, ModelEdit::Target::Tags);
    QCOMPARE(e.value.toArray().size(), 3);
    QVERIFY(parseModelEdit(QStringLiteral("schema.tbl.rcvr_id.pii=TRUE"), &c, e, &error));
    QCOMPARE(e.target, ModelEdit::Target::FieldPii);
    QCOMPARE(e.field, QStringList({QStringLiteral("tbl"), QStringLiteral("rcvr_id")}));
    QCOMPARE(e.value, QJsonValue(true));
    QCOMPARE(e.name(), QStringLiteral("schema.tbl.rcvr_id.pii"));
    QVERIFY(parseModelEdit(QStringLiteral("description=a=b"), &c, e, &error));
    QCOMPARE(e.value.toString(), QStringLiteral("a=b"));
    QVERIFY(!parseModelEdit(QStringLiteral("schema.tbl.rcvr_id.pii=maybe"), &c, e, &error));
    QVERIFY(error.contains(QLatin1String("true or false")));
    QVERIFY(!parseModelEdit(QStringLiteral("schema.tbl.nope.description=x"), &c, e, &error));
    QVERIFY(error.contains(QLatin1String("no field")));
    QVERIFY(!parseModelEdit(QStringLiteral("name=x"), &c, e, &error));
    QVERIFY(error.contains(QLatin1String("cannot be edited")));
    QVERIFY(!parseModelEdit(QStringLiteral("description"), &c, e, &error));
    QCOMPARE(nextPatchVersion(QStringLiteral("1.2.3")), QStringLiteral("1.2.4"));
    QCOMPARE(nextPatchVersion(QStringLiteral("v2.0.9")), QStringLiteral("v2.0.10"));
    QCOMPARE(nextPatchVersion(QStringLiteral("1.0")), QStringLiteral("1.1"));
    QCOMPARE(nextPatchVersion(QStringLiteral("1.0.0-beta")), QString());
}

void TestSelfServe::cliExportEdit()
{
    {
        test::TestCatalog cat(m_db); // alice (admin), bob, carol: their keys in MESHDESK_KEY_DIR
        QVERIFY(cat.ok);
        QCOMPARE(cat.import(test::demoFiles(), QStringLiteral("alice")).added, 24);
    }
    auto run = [](const QStringList &args) {
        QProcess p;
        p.start(QStringLiteral(MESHDESK_BINARY), args);
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    const QString db = m_db;
    // export to stdout: the stored bytes
    auto [code, out, err] = run({QStringLiteral("export"), QStringLiteral("contract"),
                                 QStringLiteral("orders-v1"), QStringLiteral("--db"), db});
    QCOMPARE(code, 0);
    QFile demo(QStringLiteral(MESHDESK_DEMO_DIR "/orders-v1.odcs.yaml"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QCOMPARE(out, demo.readAll());
    // edit: a proposal
    std::tie(code, out, err) = run(
        {QStringLiteral("edit"), QStringLiteral("contract"), QStringLiteral("orders-v1"),
         QStringLiteral("--db"), db, QStringLiteral("--as"), QStringLiteral("bob"),
         QStringLiteral("--set"),
         QStringLiteral("schema.orders.customer_id.classification=internal"),
         QStringLiteral("--set"), QStringLiteral("tags=checkout,curated"),
         QStringLiteral("--comment"), QStringLiteral("steward review"), QStringLiteral("--json")});
    QVERIFY2(code == 0, err.constData());
    const QJsonObject j = QJsonDocument::fromJson(out).object();
    const qint64 change = j.value(QLatin1String("change")).toInteger();
    QVERIFY(change > 0);
    QCOMPARE(j.value(QLatin1String("newVersion")).toString(), QStringLiteral("1.0.1"));
    // export --version of the proposal, to a file
    const QString file = m_dir.filePath(QStringLiteral("proposed.yaml"));
    std::tie(code, out, err) =
        run({QStringLiteral("export"), QStringLiteral("contract"), QStringLiteral("orders-v1"),
             QStringLiteral("--db"), db, QStringLiteral("--version"), QStringLiteral("1.0.1"),
             QStringLiteral("--out"), file});
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(err.contains("written to"), err.constData());
    QFile proposed(file);
    QVERIFY(proposed.open(QIODevice::ReadOnly));
    const QByteArray text = proposed.readAll();
    QVERIFY(text.contains("classification: internal"));
    QVERIFY(text.contains("tags: [checkout, curated]"));
    QVERIFY(text.startsWith("# Demo catalog of MeshDesk")); // the comment is kept
    // review show names the proposal
    std::tie(code, out, err) =
        run({QStringLiteral("review"), QStringLiteral("show"), QString::number(change),
             QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(code, 0);
    QCOMPARE(QJsonDocument::fromJson(out)
                 .object()
                 .value(QLatin1String("note"))
                 .toObject()
                 .value(QLatin1String("comment"))
                 .toString(),
             QStringLiteral("steward review"));
    // --dry-run prints the document and stores nothing
    std::tie(code, out, err) =
        run({QStringLiteral("edit"), QStringLiteral("product"), QStringLiteral("orders"),
             QStringLiteral("--db"), db, QStringLiteral("--set"), QStringLiteral("owner=Someone"),
             QStringLiteral("--dry-run")});
    QVERIFY2(code == 0, err.constData());
    QVERIFY(out.contains("name: Someone"));
    // usage errors and unknown ids
    std::tie(code, out, err) = run({QStringLiteral("export"), QStringLiteral("thing"),
                                    QStringLiteral("x"), QStringLiteral("--db"), db});
    QCOMPARE(code, 2);
    std::tie(code, out, err) = run({QStringLiteral("export"), QStringLiteral("product"),
                                    QStringLiteral("nope"), QStringLiteral("--db"), db});
    QCOMPARE(code, 1);
    QVERIFY(err.contains("no product 'nope'"));
    std::tie(code, out, err) =
        run({QStringLiteral("edit"), QStringLiteral("contract"), QStringLiteral("orders-v1"),
             QStringLiteral("--db"), db, QStringLiteral("--set"), QStringLiteral("name=x")});
    QCOMPARE(code, 2);
    QVERIFY(err.contains("cannot be edited"));
}

QTEST_GUILESS_MAIN(TestSelfServe)
#include "tst_selfserve.moc"
