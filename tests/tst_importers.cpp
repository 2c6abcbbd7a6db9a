// Every real fixture (tests/data/fixtures, see its SOURCES.md) imports, with the counts and
// values each standard's reader must produce.
#include "formats/DocumentImporter.h"

#include <QtTest>

using namespace meshdesk;

namespace {
QString fixture(const QString &rel)
{
    return QStringLiteral(MESHDESK_TEST_DATA "/fixtures/") + rel;
}

const Field *findField(const std::vector<Field> &fields, const QString &name)
{
    for (const Field &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const SchemaObject *findObject(const Contract &c, const QString &name)
{
    for (const SchemaObject &o : c.objects)
        if (o.name == name)
            return &o;
    return nullptr;
}
} // namespace

class TestImporters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyFixture_data();
    void everyFixture();
    void odcsFullExample();
    void odcs30TeamListAndOptions();
    void dataContractSpecRefsAndTerms();
    void dataContractSpec090EmbeddedSchemas();
    void odpsPorts();
    void dataProductSpecPorts();
    void avroTypes();
    void detectionIgnoresNameAndDeclaredVersion();
    void unknownFieldsKeptVerbatim();
};

void TestImporters::everyFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("objects");
    QTest::addColumn<int>("fields"); // nested fields and array item fields included
    QTest::addColumn<int>("ports");  // input + output for products

    auto row = [](const char *file, const char *kind, const char *id, const char *format,
                  const char *version, int objects, int fields, int ports) {
        QTest::newRow(file) << QString::fromLatin1(file) << QString::fromLatin1(kind)
                            << QString::fromLatin1(id) << QString::fromLatin1(format)
                            << QString::fromLatin1(version) << objects << fields << ports;
    };
    row("contracts/odcs/full-example.odcs.yaml", "contract", "53581432-6c55-4ba2-a65f-72344a91553a",
        "odcs", "1.1.0", 2, 7, 0);
    row("contracts/odcs/all-data-types.odcs.yaml", "contract",
        "53581432-6c55-4ba2-a65f-72344a91553a", "odcs", "1.0.0", 1, 10, 0);
    row("contracts/odcs/kafka-schema.odcs.yaml", "contract", "orders", "odcs", "0.0.1", 1, 3, 0);
    row("contracts/odcs/kafka-server.odcs.yaml", "contract", "abc123", "odcs", "1.0.0", 1, 0, 0);
    row("contracts/odcs/table-column-description.odcs.yaml", "contract",
        "53581432-6c55-4ba2-a65f-72344a91553a", "odcs", "1.0.0", 1, 1, 0);
    row("contracts/datacontract/covid-cases.datacontract.yaml", "contract", "covid_cases",
        "datacontract", "0.0.1", 1, 9, 0);
    row("contracts/datacontract/orders-latest.datacontract.yaml", "contract", "orders-latest",
        "datacontract", "2.0.0", 2, 9, 0);
    row("contracts/datacontract/time-example.datacontract.yaml", "contract", "time-demo",
        "datacontract", "1.0.0", 2, 11, 0);
    row("schemas/avro/arrays.avsc", "contract", "orders", "avro", "", 1, 7, 0);
    row("schemas/avro/logical_types.avsc", "contract", "mynamespace.com.Test", "avro", "", 1, 8, 0);
    row("schemas/avro/multi_union.avsc", "contract", "TestRecord", "avro", "", 1, 2, 0);
    row("schemas/avro/nested.avsc", "contract", "com.xxx.Doc", "avro", "", 1, 3, 0);
    row("schemas/avro/orders.avsc", "contract", "com.sample.schema.orders", "avro", "", 1, 16, 0);
    row("products/odps/customer-data-product.odps.yaml", "product",
        "fbe8d147-28db-4f1d-bedf-a3fe9f458427", "odps", "", 0, 0, 8);
    row("products/odps/simple-data-product.odps.yaml", "product",
        "064c4630-8aad-4dc0-ba95-0f69940e6b18", "odps", "v1.0.0", 0, 0, 2);
    row("products/witboost/example.yaml", "product", "urn:dmb:dp:my_domain:my_data_product:1",
        "witboost", "1.0.0", 0, 0, -1);
    row("products/dataproduct-specification/dataproducts/shelf_warmers.yml", "product",
        "shelf_warmers", "dataproduct-specification", "", 0, 0, 2);
    row("products/dataproduct-specification/dataproducts/stock_updated.yml", "product",
        "stock_updated", "dataproduct-specification", "", 0, 0, 3);
    row("products/dataproduct-specification/datacontracts/"
        "glue_catalog_database_shelf_warmers_v1.yml",
        "contract", "glue_catalog_database_shelf_warmers_v1", "datacontract", "1.0.0", 1, 4, 0);
    row("products/dataproduct-specification/datacontracts/"
        "glue_catalog_database_stock_updated_v1.yml",
        "contract", "glue_catalog_database_stock_updated_v1", "datacontract", "1.0.0", 1, 4, 0);
    row("products/dataproduct-specification/datacontracts/s3_bucket_shelf_warmers_v1.yml",
        "contract", "s3_bucket_shelf_warmers_v1", "datacontract", "1.0.0", 1, 4, 0);
    row("products/dataproduct-specification/datacontracts/s3_bucket_stock_updated_v1.yml",
        "contract", "s3_bucket_stock_updated_v1", "datacontract", "1.0.0", 1, 4, 0);
    row("products/dataproduct-specification/teams/fulfillment.yml", "team", "fulfillment", "team",
        "", 0, 0, 0);
    row("products/dataproduct-specification/sourcesystems/stock_service.yml", "source",
        "stock-service", "sourcesystem", "", 0, 0, 0);
}

void TestImporters::everyFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QFETCH(QString, id);
    QFETCH(QString, format);
    QFETCH(QString, version);
    QFETCH(int, objects);
    QFETCH(int, fields);
    QFETCH(int, ports);
    const FileImport r = importFile(fixture(file));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.documents.size(), size_t(1));
    const ImportedDocument &d = r.documents.front().document;
    QCOMPARE(d.kindName(), kind);
    QCOMPARE(d.key(), id);
    QCOMPARE(formatName(d.format()), format);
    QCOMPARE(d.version(), version);
    if (d.kind == ImportedDocument::Kind::Contract) {
        QCOMPARE(int(d.contract.objects.size()), objects);
        QCOMPARE(d.contract.countFields(), fields);
    }
    if (d.kind == ImportedDocument::Kind::Product && ports >= 0)
        QCOMPARE(int(d.product.inputPorts.size() + d.product.outputPorts.size()), ports);
    QVERIFY(!r.documents.front().source.isEmpty());
}

void TestImporters::odcsFullExample()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("contracts/odcs/full-example.odcs.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.formatVersion, QStringLiteral("v3.1.0"));
    QCOMPARE(c.domain, QStringLiteral("seller"));
    QCOMPARE(c.dataProduct, QStringLiteral("my quantum"));
    QCOMPARE(c.tenant, QStringLiteral("ClimateQuantumInc"));
    QCOMPARE(c.status, QStringLiteral("active"));
    QCOMPARE(c.description.purpose, QStringLiteral("Views built on top of the seller tables."));
    QCOMPARE(c.description.usage, QStringLiteral("Predict sales over time"));
    QVERIFY(c.description.limitations.startsWith(QLatin1String("Data based on seller")));
    // team in the 3.1 object form
    QCOMPARE(c.team.name, QStringLiteral("my-team"));
    QCOMPARE(c.team.members.size(), size_t(3));
    QCOMPARE(c.team.members[0].username, QStringLiteral("ceastwood"));
    QCOMPARE(c.team.members[0].dateOut, QStringLiteral("2022-10-01"));
    QCOMPARE(c.owner, QStringLiteral("my-team"));
    QCOMPARE(c.servers.size(), size_t(1));
    QCOMPARE(c.servers[0].server, QStringLiteral("my-postgres"));
    QCOMPARE(c.servers[0].type, QStringLiteral("postgres"));
    QCOMPARE(c.servers[0].properties.value(QLatin1String("port")).toInt(), 5432);
    QCOMPARE(c.roles.size(), size_t(4));
    QCOMPARE(c.roles[0].role, QStringLiteral("microstrategy_user_opr"));
    QCOMPARE(c.roles[0].secondLevelApprovers, QStringLiteral("mandolorian"));
    QCOMPARE(c.slaProperties.size(), 8);
    QCOMPARE(c.support.size(), 4);
    QCOMPARE(c.price.value(QLatin1String("priceAmount")).toDouble(), 9.95);
    QCOMPARE(c.customProperties.size(), 3);
    QCOMPARE(c.tags, QStringList{QStringLiteral("transactions")});
    QCOMPARE(c.authoritativeDefinitions.size(), 1);

    const SchemaObject *tbl = findObject(c, QStringLiteral("tbl"));
    QVERIFY(tbl);
    QCOMPARE(tbl->physicalName, QStringLiteral("tbl_1"));
    QCOMPARE(tbl->tags, (QStringList{QStringLiteral("finance"), QStringLiteral("payments")}));
    QCOMPARE(tbl->quality.size(), 1);
    const Field *date = findField(tbl->fields, QStringLiteral("transaction_reference_date"));
    QVERIFY(date);
    QCOMPARE(date->logicalType, QStringLiteral("date"));
    QVERIFY(date->partitioned);
    QCOMPARE(date->partitionKeyPosition, 1);
    QCOMPARE(date->transformSourceObjects.size(), 3);
    QVERIFY(date->transformLogic.startsWith(QLatin1String("sel t1.txn_dt")));
    QCOMPARE(date->examples.size(), 2);
    QCOMPARE(date->classification, QStringLiteral("public"));
    const Field *rcvr = findField(tbl->fields, QStringLiteral("rcvr_id"));
    QVERIFY(rcvr && rcvr->primaryKey);
    QCOMPARE(rcvr->primaryKeyPosition, 1);
    QCOMPARE(rcvr->physicalType, QStringLiteral("varchar(18)"));
    const Field *cc = findField(tbl->fields, QStringLiteral("rcvr_cntry_code"));
    QVERIFY(cc);
    QCOMPARE(cc->authoritativeDefinitions.size(), 3);
    QCOMPARE(cc->quality.size(), 1);
    QCOMPARE(cc->quality[0].toObject().value(QLatin1String("metric")).toString(),
             QStringLiteral("nullValues"));
    const SchemaObject *receivers = findObject(c, QStringLiteral("receivers"));
    QVERIFY(receivers);
    const Field *rid = findField(receivers->fields, QStringLiteral("id"));
    QVERIFY(rid && rid->required && rid->unique && rid->primaryKey);
    QCOMPARE(findField(receivers->fields, QStringLiteral("country_code"))->primaryKeyPosition, 2);
}

void TestImporters::odcs30TeamListAndOptions()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("contracts/odcs/all-data-types.odcs.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.formatVersion, QStringLiteral("v3.0.2"));
    const SchemaObject &o = c.objects.front();
    const Field *account = findField(o.fields, QStringLiteral("account_id"));
    QVERIFY(account);
    QCOMPARE(account->minLength.value_or(-1), 11);
    QCOMPARE(account->maxLength.value_or(-1), 11);
    QCOMPARE(account->pattern, QStringLiteral("ACC[0-9]{8}"));
    const Field *age = findField(o.fields, QStringLiteral("age"));
    QCOMPARE(age->minimum.value_or(-1), 18.0);
    QCOMPARE(age->exclusiveMaximum.value_or(-1), 100.0);
    QCOMPARE(age->format, QStringLiteral("i64"));
    const Field *date = findField(o.fields, QStringLiteral("txn_ref_date"));
    QVERIFY(!date->minimum); // a date bound is not a number
    QCOMPARE(date->format, QStringLiteral("yyyy-MM-dd"));
}

void TestImporters::dataContractSpecRefsAndTerms()
{
    const FileImport r = importFile(
        fixture(QStringLiteral("contracts/datacontract/orders-latest.datacontract.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.formatVersion, QStringLiteral("1.2.0"));
    QCOMPARE(c.name, QStringLiteral("Orders Latest"));
    QCOMPARE(c.owner, QStringLiteral("Checkout Team"));
    QCOMPARE(c.servers.size(), size_t(1));
    QCOMPARE(c.servers[0].server, QStringLiteral("production"));
    QCOMPARE(c.servers[0].type, QStringLiteral("s3"));
    QCOMPARE(c.roles.size(), size_t(2)); // server roles
    QVERIFY(c.description.usage.startsWith(QLatin1String("Data can be used")));
    QCOMPARE(c.terms.value(QLatin1String("billing")).toString(),
             QStringLiteral("5000 USD per month"));
    QCOMPARE(c.slaProperties.size(), 7);
    QCOMPARE(c.tags.size(), 3);
    const SchemaObject *orders = findObject(c, QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->quality.size(), 2);
    // $ref resolved: definition values under the field's own
    const Field *orderId = findField(orders->fields, QStringLiteral("order_id"));
    QVERIFY(orderId);
    QCOMPARE(orderId->physicalType, QStringLiteral("text"));
    QCOMPARE(orderId->logicalType, QStringLiteral("string"));
    QCOMPARE(orderId->format, QStringLiteral("uuid"));
    QCOMPARE(orderId->businessName, QStringLiteral("Order ID"));
    QVERIFY(orderId->pii);
    QCOMPARE(orderId->classification, QStringLiteral("restricted"));
    QVERIFY(orderId->required && orderId->unique && orderId->primaryKey); // the field's own keys
    const Field *email = findField(orders->fields, QStringLiteral("customer_email_address"));
    QVERIFY(email->pii);
    QCOMPARE(email->classification, QStringLiteral("sensitive"));
    QCOMPARE(email->transformSourceObjects,
             QStringList{QStringLiteral("checkout_db.orders.email_address")});
    const Field *customer = findField(orders->fields, QStringLiteral("customer_id"));
    QCOMPARE(customer->minLength.value_or(-1), 10);
    QCOMPARE(customer->maxLength.value_or(-1), 20);
    const Field *total = findField(orders->fields, QStringLiteral("order_total"));
    QCOMPARE(total->logicalType, QStringLiteral("integer"));
    QCOMPARE(total->quality.size(), 1);
    const SchemaObject *items = findObject(c, QStringLiteral("line_items"));
    const Field *sku = findField(items->fields, QStringLiteral("sku"));
    QCOMPARE(sku->pattern, QStringLiteral("^[A-Za-z0-9]{8,14}$"));
    QCOMPARE(sku->description, QStringLiteral("The purchased article number")); // own wins
    // line_items declares a composite primary key at model level
    QVERIFY(findField(items->fields, QStringLiteral("order_id"))->primaryKey);
    QCOMPARE(findField(items->fields, QStringLiteral("line_item_id"))->primaryKeyPosition, 2);
}

void TestImporters::dataContractSpec090EmbeddedSchemas()
{
    const FileImport avro =
        importFile(fixture(QStringLiteral("products/dataproduct-specification/datacontracts/"
                                          "glue_catalog_database_shelf_warmers_v1.yml")));
    QVERIFY2(avro.ok(), qPrintable(avro.firstError()));
    const Contract &a = avro.documents.front().document.contract;
    QCOMPARE(a.formatVersion, QStringLiteral("0.9.0"));
    QCOMPARE(a.dataProduct, QStringLiteral("shelf_warmers"));
    QCOMPARE(a.objects.front().name, QStringLiteral("ShelfWarmers"));
    const FileImport js = importFile(fixture(QStringLiteral(
        "products/dataproduct-specification/datacontracts/s3_bucket_stock_updated_v1.yml")));
    QVERIFY2(js.ok(), qPrintable(js.firstError()));
    const SchemaObject &o = js.documents.front().document.contract.objects.front();
    QCOMPARE(o.name, QStringLiteral("fulfillment-stock-updated"));
    const Field *updated = findField(o.fields, QStringLiteral("updated_at"));
    QVERIFY(updated);
    QCOMPARE(updated->logicalType, QStringLiteral("timestamp"));
    QCOMPARE(findField(o.fields, QStringLiteral("available"))->logicalType,
             QStringLiteral("integer"));
}

void TestImporters::odpsPorts()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("products/odps/customer-data-product.odps.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const DataProduct &p = r.documents.front().document.product;
    QCOMPARE(p.formatVersion, QStringLiteral("v0.9.0")); // declared; the shape is v1.0.0
    QCOMPARE(p.name, QStringLiteral("Customer Data Product"));
    QCOMPARE(p.domain, QStringLiteral("seller"));
    QCOMPARE(p.status, QStringLiteral("draft"));
    QCOMPARE(p.tenant, QStringLiteral("RetailCorp"));
    QCOMPARE(p.team.name, QStringLiteral("Data Team"));
    QCOMPARE(p.team.members.size(), size_t(2));
    QCOMPARE(p.owner, QStringLiteral("Data Team"));
    QCOMPARE(p.inputPorts.size(), size_t(4));
    QCOMPARE(p.inputPorts[1].contractId, QStringLiteral("dbb7b1eb-7628-436e-8914-2a00638ba6da"));
    QCOMPARE(p.inputPorts[1].version, QStringLiteral("2.0.0"));
    QCOMPARE(p.outputPorts.size(), size_t(4));
    QCOMPARE(p.outputPorts[3].contractId, QStringLiteral("ef769969-0cbe-4188-876f-bb00abadaee4"));
    QCOMPARE(p.outputPorts[0].type, QStringLiteral("tables"));
    QCOMPARE(p.managementPorts.size(), size_t(1));
    QCOMPARE(p.managementPorts[0].name, QStringLiteral("tpc-dict-update"));
    QCOMPARE(p.support.size(), 2);
    QCOMPARE(p.tags, QStringList{QStringLiteral("customer")});
    QCOMPARE(p.description.purpose, QStringLiteral("Enterprise view of a customer."));
}

void TestImporters::dataProductSpecPorts()
{
    const FileImport r = importFile(fixture(
        QStringLiteral("products/dataproduct-specification/dataproducts/stock_updated.yml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const DataProduct &p = r.documents.front().document.product;
    QCOMPARE(p.name, QStringLiteral("Stock Updates"));
    QCOMPARE(p.owner, QStringLiteral("fulfillment"));
    QCOMPARE(p.inputPorts.size(), size_t(1));
    QCOMPARE(p.inputPorts[0].contractId, QStringLiteral("stock-service")); // the source system
    QCOMPARE(p.outputPorts.size(), size_t(2));
    QCOMPARE(p.outputPorts[0].contractId, QStringLiteral("glue_catalog_database_stock_updated_v1"));
    QCOMPARE(p.customProperties.size(), 1);
}

void TestImporters::avroTypes()
{
    const FileImport r = importFile(fixture(QStringLiteral("schemas/avro/arrays.avsc")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const SchemaObject &o = r.documents.front().document.contract.objects.front();
    QCOMPARE(o.description, QStringLiteral("My Model"));
    const Field *addresses = findField(o.fields, QStringLiteral("addresses"));
    QVERIFY(addresses && addresses->arrayItems());
    QCOMPARE(addresses->logicalType, QStringLiteral("array"));
    QCOMPARE(addresses->arrayItems()->logicalType, QStringLiteral("object"));
    QCOMPARE(addresses->arrayItems()->fields.size(), size_t(3));
    QCOMPARE(addresses->arrayItems()->fields[2].physicalType, QStringLiteral("long"));
    const Field *nested = findField(o.fields, QStringLiteral("nestedArrays"));
    QCOMPARE(nested->arrayItems()->arrayItems()->physicalType, QStringLiteral("int"));
    const Field *nat = findField(o.fields, QStringLiteral("nationalities"));
    QVERIFY(!nat->required); // union with null
    QCOMPARE(nat->logicalType, QStringLiteral("array"));

    const FileImport lt = importFile(fixture(QStringLiteral("schemas/avro/logical_types.avsc")));
    const SchemaObject &l = lt.documents.front().document.contract.objects.front();
    QCOMPARE(findField(l.fields, QStringLiteral("processed_timestamp"))->logicalType,
             QStringLiteral("local-timestamp-micros"));
    const Field *dec = findField(l.fields, QStringLiteral("some_bytes_decimal"));
    QCOMPARE(dec->logicalType, QStringLiteral("number"));
    QCOMPARE(dec->physicalType, QStringLiteral("bytes/decimal"));
    QCOMPARE(findField(l.fields, QStringLiteral("is_processed"))->defaultValue,
             QStringLiteral("false"));
    QCOMPARE(findField(l.fields, QStringLiteral("test_id"))->description,
             QStringLiteral("id documentation test"));

    const FileImport mu = importFile(fixture(QStringLiteral("schemas/avro/multi_union.avsc")));
    const Field *multi = findField(mu.documents.front().document.contract.objects.front().fields,
                                   QStringLiteral("multi_type_field"));
    QCOMPARE(multi->logicalType, QStringLiteral("union"));
    QCOMPARE(multi->physicalType, QStringLiteral("union<string,int>"));
    QVERIFY(!multi->required);

    const FileImport ord = importFile(fixture(QStringLiteral("schemas/avro/orders.avsc")));
    QVERIFY2(ord.ok(), qPrintable(ord.firstError()));
}

void TestImporters::detectionIgnoresNameAndDeclaredVersion()
{
    // An ODPS product in a file named like a contract, declaring a made-up version.
    const QByteArray doc = "apiVersion: v9.9.9\nkind: DataProduct\nid: p1\nname: P\n"
                           "outputPorts:\n  - name: out\n    contractId: c1\n";
    const FileImport r = importBytes(QStringLiteral("looks-like.odcs.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.documents.front().document.kindName(), QStringLiteral("product"));
    QCOMPARE(formatName(r.documents.front().document.format()), QStringLiteral("odps"));
    // Avro JSON with a .yaml name
    const FileImport a =
        importBytes(QStringLiteral("x.yaml"),
                    R"({"type":"record","name":"R","fields":[{"name":"a","type":"int"}]})");
    QVERIFY2(a.ok(), qPrintable(a.firstError()));
    QCOMPARE(formatName(a.documents.front().document.format()), QStringLiteral("avro"));
}

void TestImporters::unknownFieldsKeptVerbatim()
{
    const QByteArray doc = "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\n"
                           "x-our-extension:\n  cost-center: 4711\n";
    const FileImport r = importBytes(QStringLiteral("c1.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.documents.front().source, doc);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
