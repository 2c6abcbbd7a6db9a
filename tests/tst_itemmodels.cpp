// The item models under QAbstractItemModelTester, with exact signal counts.
#include "formats/DocumentImporter.h"
#include "itemmodels/CatalogTreeModel.h"
#include "itemmodels/ChangeListModel.h"
#include "itemmodels/DiffModel.h"
#include "itemmodels/SchemaModel.h"
#include "itemmodels/SearchResultsModel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace meshdesk;

class TestItemModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogTree();
    void schemaTree();
    void schemaColumnsAndDetails();
    void bigSchemaIsLazy();
    void changeList();
    void diffModel();
    void searchResults();
};

void TestItemModels::searchResults()
{
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits(
        {{QStringLiteral("field"),
          QStringLiteral("c1"),
          QStringLiteral("orders.email"),
          QStringLiteral("email"),
          {}},
         {QStringLiteral("product"), QStringLiteral("p1"), {}, QStringLiteral("Orders"), {}},
         {QStringLiteral("field"),
          QStringLiteral("c2"),
          QStringLiteral("users.email"),
          QStringLiteral("email"),
          {}},
         {QStringLiteral("domain"),
          QStringLiteral("checkout"),
          {},
          QStringLiteral("checkout"),
          {}}});
    QCOMPARE(model.rowCount(), 3); // products, fields, domains
    QCOMPARE(model.hitCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Data products (1)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Fields (2)"));
    QVERIFY(model.index(1, 0).data(SearchResultsModel::IsGroupRole).toBool());
    QVERIFY(!(model.flags(model.index(1, 0)) & Qt::ItemIsSelectable));
    const QModelIndex hit = model.index(1, 0, model.index(1, 0));
    QCOMPARE(hit.data(SearchResultsModel::RefRole).toString(), QStringLiteral("c2"));
    QCOMPARE(hit.data(SearchResultsModel::PathRole).toString(), QStringLiteral("users.email"));
    QCOMPARE(model.firstHit().data(SearchResultsModel::RefRole).toString(), QStringLiteral("p1"));
    model.setHits({});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.firstHit().isValid());
}

void TestItemModels::changeList()
{
    ChangeListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ChangeRecord a, b, c;
    a.id = 1;
    a.status = QStringLiteral("approved");
    a.key = QStringLiteral("x");
    b.id = 2;
    b.status = QStringLiteral("pending");
    b.key = QStringLiteral("y");
    b.oldVersion = QStringLiteral("1.0.0");
    b.newVersion = QStringLiteral("2.0.0");
    c.id = 3;
    c.status = QStringLiteral("pending");
    c.key = QStringLiteral("z");
    model.setChanges({a, b, c});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.pendingCount(), 2);
    // pending first, newest first
    QCOMPARE(model.index(0, 0).data(ChangeListModel::ChangeIdRole).toLongLong(), 3);
    QCOMPARE(model.index(1, 0).data(ChangeListModel::ChangeIdRole).toLongLong(), 2);
    QCOMPARE(model.index(2, 0).data(ChangeListModel::ChangeIdRole).toLongLong(), 1);
    QCOMPARE(model.index(1, ChangeListModel::VersionsColumn).data().toString(),
             QStringLiteral("1.0.0 \u2192 2.0.0"));
    QCOMPARE(model.indexOfChange(1).row(), 2);
}

void TestItemModels::diffModel()
{
    DiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    governance::DiffResult d;
    d.changes.push_back(
        {QStringLiteral("schema.orders.properties.address.properties.city.logicalType"),
         governance::Change::Kind::Changed, QStringLiteral("string"), QStringLiteral("integer"),
         governance::Severity::Breaking, QStringLiteral("type changed")});
    d.changes.push_back({QStringLiteral("version"), governance::Change::Kind::Changed,
                         QStringLiteral("1"), QStringLiteral("2"), governance::Severity::Info,
                         QStringLiteral("version")});
    model.setDiff(d);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, DiffModel::SeverityColumn).data().toString(),
             QStringLiteral("breaking"));
    QCOMPARE(model.index(0, 0).data(DiffModel::FieldPathRole).toString(),
             QStringLiteral("orders.address.city"));
    QCOMPARE(model.index(1, 0).data(DiffModel::FieldPathRole).toString(), QString());
    QCOMPARE(DiffModel::schemaPathOf(QStringLiteral("schema.o.properties.e.items.properties.code")),
             QStringLiteral("o.e[].code"));
    QCOMPARE(DiffModel::schemaPathOf(QStringLiteral("schema.o.properties.m.mapKey.logicalType")),
             QStringLiteral("o.m{key}"));
}

void TestItemModels::catalogTree()
{
    CatalogTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QStringList loaded;
    model.setObjectLoader([&](const QString &contract) {
        loaded << contract;
        return contract == QLatin1String("c1")
                   ? QStringList{QStringLiteral("orders"), QStringLiteral("lines")}
                   : QStringList();
    });
    EntitySummary p{QStringLiteral("product"),
                    QStringLiteral("p1"),
                    QStringLiteral("Orders"),
                    QStringLiteral("1.0.0"),
                    QStringLiteral("checkout"),
                    QStringLiteral("active"),
                    QStringLiteral("anna"),
                    QStringLiteral("odps"),
                    1,
                    0};
    EntitySummary c{QStringLiteral("contract"),
                    QStringLiteral("c1"),
                    QStringLiteral("Orders v1"),
                    QStringLiteral("1.0.0"),
                    QStringLiteral("checkout"),
                    QStringLiteral("active"),
                    QStringLiteral("anna"),
                    QStringLiteral("odcs"),
                    2,
                    1};
    EntitySummary x{QStringLiteral("contract"),
                    QStringLiteral("x"),
                    QStringLiteral("Loose"),
                    QString(),
                    QString(),
                    QString(),
                    QString(),
                    QStringLiteral("avro"),
                    3,
                    0};
    model.setCatalog({{QStringLiteral("checkout"), 1, 1}, {QString(), 0, 1}}, {c, p, x},
                     {{QStringLiteral("p1"), QStringLiteral("out"), QStringLiteral("c1")},
                      {QStringLiteral("p1"), QStringLiteral("legacy"), QStringLiteral("gone")}});
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex checkout = model.index(0, 0);
    QCOMPARE(checkout.data().toString(), QStringLiteral("checkout"));
    QCOMPARE(model.rowCount(checkout), 1); // the product; its contract hangs under its port
    const QModelIndex product = model.index(0, 0, checkout);
    QCOMPARE(product.data().toString(), QStringLiteral("Orders"));
    QCOMPARE(model.rowCount(product), 2);
    const QModelIndex port = model.index(0, 0, product);
    QCOMPARE(port.data(CatalogTreeModel::KindRole).toString(), QStringLiteral("port"));
    QCOMPARE(port.data(CatalogTreeModel::KeyRole).toString(), QStringLiteral("c1"));
    QCOMPARE(port.data(CatalogTreeModel::PendingRole).toInt(), 1);
    QCOMPARE(port.data().toString(), QStringLiteral("out \u2192 Orders v1"));
    QVERIFY(model.hasChildren(port));
    QCOMPARE(loaded.count(QStringLiteral("c1")),
             1); // loaded once, when first asked (the tester walks the tree)
    QCOMPARE(model.rowCount(port), 2);
    QCOMPARE(model.index(1, 0, port).data(CatalogTreeModel::ObjectRole).toString(),
             QStringLiteral("lines"));
    QVERIFY(!model.hasChildren(model.index(1, 0, product))); // a port naming a missing contract
    // without a tester walking it, nothing is loaded before it is asked for
    CatalogTreeModel quiet;
    QStringList quietLoads;
    quiet.setObjectLoader([&](const QString &c) {
        quietLoads << c;
        return QStringList{QStringLiteral("o")};
    });
    quiet.setCatalog({}, {c, p},
                     {{QStringLiteral("p1"), QStringLiteral("out"), QStringLiteral("c1")}});
    QVERIFY(quietLoads.isEmpty());
    const QModelIndex qport = quiet.index(0, 0, quiet.index(0, 0, quiet.index(0, 0)));
    QVERIFY(quietLoads.isEmpty());
    QCOMPARE(quiet.rowCount(qport), 1);
    QCOMPARE(quietLoads, QStringList{QStringLiteral("c1")});
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("(no domain)"));
    QCOMPARE(model.findEntity(QStringLiteral("contract"), QStringLiteral("c1")), port);
    const QModelIndex found = model.findEntity(QStringLiteral("contract"), QStringLiteral("x"));
    QVERIFY(found.isValid());
    QCOMPARE(found.parent(), model.index(1, 0));
    QCOMPARE(model.findEntity(QStringLiteral("product"), QStringLiteral("p1")), product);
    model.setCatalog({}, {});
    QCOMPARE(resets.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

void TestItemModels::schemaTree()
{
    const FileImport r =
        importFile(QStringLiteral(MESHDESK_TEST_DATA "/fixtures/schemas/avro/arrays.avsc"));
    QVERIFY(r.ok());
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContract(r.documents.front().document.contract);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex object = model.index(0, 0);
    QCOMPARE(model.rowCount(object), 4);
    const QModelIndex addresses = model.index(1, 0, object);
    QCOMPARE(addresses.data().toString(), QStringLiteral("addresses"));
    QCOMPARE(model.rowCount(addresses), 1); // the array element
    const QModelIndex element = model.index(0, 0, addresses);
    QCOMPARE(element.data(SchemaModel::PathRole).toString(), QStringLiteral("orders.addresses[]"));
    QCOMPARE(model.rowCount(element), 3);
    QCOMPARE(model.index(2, 0, element).data(SchemaModel::PathRole).toString(),
             QStringLiteral("orders.addresses[].zipcode"));
    QCOMPARE(model.index(2, SchemaModel::PhysicalTypeColumn, element).data().toString(),
             QStringLiteral("long"));
    QCOMPARE(model.index(2, 0, element).parent(), element);
}

void TestItemModels::schemaColumnsAndDetails()
{
    const QByteArray doc = R"(apiVersion: v3.2.0
kind: DataContract
id: c
schema:
  - name: t
    quality:
      - name: rows
        metric: rowCount
        mustBeGreaterThan: 10
    properties:
      - name: code
        logicalType: string
        logicalTypeOptions: {pattern: '^[A-Z]{3}$', minLength: 3, maxLength: 3}
        examples: [EUR, USD]
        enum: [{value: EUR, label: Euro}, {value: USD, label: US dollar}]
        quality:
          - metric: nullValues
            mustBe: 0
        relationships: [{to: currencies.code}]
        x-owner: treasury
      - name: amount
        logicalType: number
        logicalTypeOptions: {minimum: 0, exclusiveMaximum: 1000000, multipleOf: 0.01}
      - name: day
        logicalType: date
        logicalTypeOptions: {minimum: '2020-01-01'}
      - name: attrs
        logicalType: map
        map: {key: {logicalType: string}, value: {logicalType: integer}}
)";
    const FileImport r = importBytes(QStringLiteral("c.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    SchemaModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setContract(r.documents.front().document.contract);
    const QModelIndex t = model.index(0, 0);
    QCOMPARE(model.index(0, SchemaModel::QualityColumn).data().toString(),
             QStringLiteral("rows mustBeGreaterThan 10"));
    auto cell = [&](int row, int column) { return model.index(row, column, t).data().toString(); };
    QCOMPARE(cell(0, SchemaModel::EnumColumn), QStringLiteral("EUR, USD"));
    QCOMPARE(cell(0, SchemaModel::PatternColumn), QStringLiteral("^[A-Z]{3}$"));
    QCOMPARE(cell(0, SchemaModel::RangeColumn), QStringLiteral("length 3 … 3"));
    QCOMPARE(cell(0, SchemaModel::ExamplesColumn), QStringLiteral("EUR, USD"));
    QCOMPARE(cell(0, SchemaModel::QualityColumn), QStringLiteral("nullValues mustBe 0"));
    QCOMPARE(cell(0, SchemaModel::RelationshipsColumn), QStringLiteral("→ currencies.code"));
    QCOMPARE(cell(1, SchemaModel::RangeColumn), QStringLiteral("0 … 1000000); multiple of 0.01"));
    QCOMPARE(cell(2, SchemaModel::RangeColumn), QStringLiteral("≥ 2020-01-01"));
    // a map shows its key and value rows
    const QModelIndex attrs = model.index(3, 0, t);
    QCOMPARE(model.rowCount(attrs), 2);
    QCOMPARE(model.index(0, 0, attrs).data(SchemaModel::PathRole).toString(),
             QStringLiteral("t.attrs{key}"));
    QCOMPARE(model.index(1, SchemaModel::LogicalTypeColumn, attrs).data().toString(),
             QStringLiteral("integer"));
    QCOMPARE(model.indexOfPath(QStringLiteral("t.attrs{key}")), model.index(0, 0, attrs));
    // the details pane's content: everything, labels and values
    const auto details = model.details(model.index(0, 0, t));
    QHash<QString, QString> d;
    for (const auto &[k, v] : details)
        d.insert(k, v);
    QCOMPARE(d.value(QStringLiteral("Path")), QStringLiteral("t.code"));
    QVERIFY(d.value(QStringLiteral("Values")).contains(QLatin1String("US dollar")));
    QCOMPARE(d.value(QStringLiteral("x-owner")), QStringLiteral("treasury"));
    QCOMPARE(d.value(QStringLiteral("References")), QStringLiteral("→ currencies.code"));
    QVERIFY(d.contains(QStringLiteral("Quality")));
    QVERIFY(d.contains(QStringLiteral("Examples")));
    QCOMPARE(model.headerData(SchemaModel::EnumColumn, Qt::Horizontal).toString(),
             QStringLiteral("Values"));
}

void TestItemModels::bigSchemaIsLazy()
{
    Contract c;
    SchemaObject o;
    o.name = QStringLiteral("wide");
    for (int i = 0; i < 10000; ++i) {
        Field f;
        f.name = QStringLiteral("f%1").arg(i);
        f.logicalType = QStringLiteral("string");
        f.pii = i % 10 == 0;
        o.fields.push_back(f);
    }
    c.objects.push_back(o);
    SchemaModel model;
    model.setContract(c);
    const QModelIndex wide = model.index(0, 0);
    QCOMPARE(model.rowCount(wide), 10000);
    QCOMPARE(model.index(9990, 0, wide).data().toString(), QStringLiteral("f9990"));
    QCOMPARE(model.index(9990, SchemaModel::ClassificationColumn, wide).data().toString(),
             QStringLiteral("PII"));
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
