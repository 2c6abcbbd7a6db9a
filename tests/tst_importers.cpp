// Every real fixture (tests/data/fixtures, see its SOURCES.md) imports, with the counts and
// values each standard's reader must produce.
#include "formats/DocumentImporter.h"

#include <QJsonArray>
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
    void odcs32EnumMapSemanticsDeprecation();
    void odcsRelationships();
    void odcsLogicalTypeOptionsKept();
    void odcs30ExclusiveFlagKeepsItsMeaning();
    void odcsItemsWithoutNameAndLenientValues();
    void dcsKeepsEverything();
    void dcs090EmbeddedDbt();
    void avroRecursiveCustomLogicalDecimals();
    void odps11();
    void openDataProductSpecification4();
    void identicalRepeatsAreSkipped();
    void showJsonCarriesWhatIsKept();
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
    row("contracts/odcs/v3.2/enum.odcs.yaml", "contract", "a3e8e1f9-1c8b-4f2e-9a7d-3c5e7b6a9f12",
        "odcs", "1.0.0", 1, 4, 0);
    row("contracts/odcs/v3.2/map.odcs.yaml", "contract", "7d2c4f6a-9b1e-4d3a-8c5f-1a2b3c4d5e6f",
        "odcs", "1.0.0", 1, 8, 0);
    row("contracts/odcs/v3.2/measures-and-dimensions.odcs.yaml", "contract",
        "2f1d9c6a-4b3e-4d8a-9f51-7a0c2e6b8d34", "odcs", "1.0.0", 1, 9, 0);
    row("contracts/odcs/v3.2/deprecated.odcs.yaml", "contract",
        "3e8a1b6c-4d2f-4a90-b1c7-5e9f0a2b3c4d", "odcs", "1.0.0", 1, 5, 0);
    row("contracts/odcs/relationships.odcs.yaml", "contract",
        "5e9f1c2a-7b6d-4e3f-8a1b-2c3d4e5f6a7b", "odcs", "1.0.0", 3, 7, 0);
    row("contracts/odcs/all-data-types-v3.0.2.odcs.yaml", "contract",
        "53581432-6c55-4ba2-a65f-72344a91553a", "odcs", "1.0.0", 1, 8, 0);
    row("contracts/datacontract/decimal.datacontract.yaml", "contract", "my-data-contract-id",
        "datacontract", "0.0.1", 1, 4, 0);
    row("contracts/datacontract/orders-latest-1.2.1.datacontract.yaml", "contract",
        "urn:datacontract:checkout:orders-latest", "datacontract", "2.0.0", 2, 9, 0);
    row("schemas/avro/interop.avsc", "contract", "org.apache.avro.Interop", "avro", "", 1, 18, 0);
    row("schemas/avro/custom_conversion.avsc", "contract",
        "org.apache.avro.codegentest.testdata.LogicalTypesWithCustomConversion", "avro", "", 1, 4,
        0);
    row("schemas/avro/datacontract_decimal.avsc", "contract", "MySchema", "avro", "", 1, 4, 0);
    row("products/odps/deprecated-data-product.odps.yaml", "product",
        "064c4630-8aad-4dc0-ba95-0f69940e6b18", "odps", "v2.0.0", 0, 0, 3);
    row("products/opendataproducts/urbanpulse_basic.yml", "product", "urbanpulse-events-001",
        "opendataproducts", "0.1.0", 0, 0, -1);
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
    // a logicalType written beside the field's type: read like one inside it, kept as format
    QCOMPARE(findField(l.fields, QStringLiteral("processed_timestamp"))->logicalType,
             QStringLiteral("timestamp"));
    QCOMPARE(findField(l.fields, QStringLiteral("processed_timestamp"))->format,
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

void TestImporters::odcs32EnumMapSemanticsDeprecation()
{
    const FileImport e = importFile(fixture(QStringLiteral("contracts/odcs/v3.2/enum.odcs.yaml")));
    QVERIFY2(e.ok(), qPrintable(e.firstError()));
    const SchemaObject &orders = e.documents.front().document.contract.objects.front();
    const Field *status = findField(orders.fields, QStringLiteral("status"));
    QCOMPARE(status->enumValues,
             (QStringList{QStringLiteral("pending"), QStringLiteral("processing"),
                          QStringLiteral("shipped"), QStringLiteral("cancelled")}));
    QCOMPARE(status->enumDetails.size(), 4);
    QCOMPARE(status->enumDetails[0].toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("Pending"));
    QCOMPARE(findField(orders.fields, QStringLiteral("priority"))->enumValues,
             (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));

    const FileImport m = importFile(fixture(QStringLiteral("contracts/odcs/v3.2/map.odcs.yaml")));
    QVERIFY2(m.ok(), qPrintable(m.firstError()));
    const SchemaObject &products = m.documents.front().document.contract.objects.front();
    const Field *counts = findField(products.fields, QStringLiteral("daily_counts"));
    QCOMPARE(counts->logicalType, QStringLiteral("map"));
    QVERIFY(counts->keyType() && counts->arrayItems());
    QCOMPARE(counts->keyType()->logicalType, QStringLiteral("string"));
    QCOMPARE(counts->arrayItems()->logicalType, QStringLiteral("integer"));
    QCOMPARE(counts->arrayItems()->minimum.value_or(-1), 0.0);
    const Field *details = findField(products.fields, QStringLiteral("product_details"));
    QCOMPARE(details->arrayItems()->fields.size(), size_t(3));
    const Field *scores = findField(products.fields, QStringLiteral("tag_scores"));
    QCOMPARE(scores->arrayItems()->arrayItems()->logicalType, QStringLiteral("number"));

    const FileImport md = importFile(
        fixture(QStringLiteral("contracts/odcs/v3.2/measures-and-dimensions.odcs.yaml")));
    QVERIFY2(md.ok(), qPrintable(md.firstError()));
    const SchemaObject &t = md.documents.front().document.contract.objects.front();
    QCOMPARE(t.synonyms.size(), 2);
    int measures = 0, dimensions = 0;
    for (const Field &f : t.fields) {
        measures += f.semanticType == QLatin1String("measure");
        dimensions += f.semanticType == QLatin1String("dimension");
    }
    QVERIFY(measures >= 2 && dimensions >= 2);

    const FileImport d =
        importFile(fixture(QStringLiteral("contracts/odcs/v3.2/deprecated.odcs.yaml")));
    QVERIFY2(d.ok(), qPrintable(d.firstError()));
    const SchemaObject &legacy = d.documents.front().document.contract.objects.front();
    QVERIFY(legacy.deprecated);
    QVERIFY(findField(legacy.fields, QStringLiteral("category_id"))->deprecated);
    QVERIFY(!findField(legacy.fields, QStringLiteral("order_id"))->deprecated);
    QVERIFY(findField(findField(legacy.fields, QStringLiteral("category"))->fields,
                      QStringLiteral("legacy_code"))
                ->deprecated);

    // 3.2 servers: a port may be a string (a ${VAR} reference); kept as written
    const FileImport s =
        importBytes(QStringLiteral("s.yaml"),
                    "apiVersion: v3.2.0\nkind: DataContract\nid: s\nservers:\n  - server: db\n"
                    "    type: postgresql\n    host: ${DB_HOST}\n    port: \"${DB_PORT:-5432}\"\n");
    QVERIFY2(s.ok(), qPrintable(s.firstError()));
    QCOMPARE(s.documents.front().document.contract.servers.front().properties.value(
                 QLatin1String("port")),
             QJsonValue(QStringLiteral("${DB_PORT:-5432}")));
}

void TestImporters::odcsRelationships()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("contracts/odcs/relationships.odcs.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    const SchemaObject *orders = findObject(c, QStringLiteral("orders"));
    QVERIFY(orders);
    const Field *customer = findField(orders->fields, QStringLiteral("customer_id"));
    QCOMPARE(customer->relationships.size(), size_t(1));
    QCOMPARE(customer->relationships[0].to, QStringList{QStringLiteral("customers.id")});
    QVERIFY(customer->relationships[0].from.isEmpty()); // implicit: the property itself
    QCOMPARE(customer->relationships[0].customProperties.size(), 1);
    QVERIFY(!orders->relationships.empty());
    bool composite = false;
    for (const Relationship &rel : orders->relationships)
        composite = composite || (rel.from.size() == 2 && rel.to.size() == 2);
    QVERIFY(composite);
    QCOMPARE(findObject(c, QStringLiteral("customers"))->id, QStringLiteral("customers_obj"));
}

void TestImporters::odcsLogicalTypeOptionsKept()
{
    const QByteArray doc = R"(apiVersion: v3.1.0
kind: DataContract
id: c
description:
  purpose: p
  customProperties:
    - property: audience
      value: finance
x-vendor: {a: 1}
schema:
  - name: t
    properties:
      - name: d
        logicalType: date
        logicalTypeOptions:
          minimum: "2020-01-01"
          exclusiveMaximum: "2030-01-01"
      - name: ts
        logicalType: timestamp
        logicalTypeOptions:
          timezone: true
          defaultTimezone: Europe/Berlin
      - name: list
        logicalType: array
        logicalTypeOptions: {minItems: 1, maxItems: 9, uniqueItems: true}
        items: {logicalType: string}
      - name: obj
        logicalType: object
        logicalTypeOptions: {minProperties: 1, maxProperties: 4, required: [a]}
        properties: [{name: a, logicalType: string}]
      - name: n
        logicalType: number
        logicalTypeOptions: {multipleOf: 0.5, x-precision-hint: 2}
      - name: secret
        logicalType: string
        encryptedName: secret_enc
        physicalName: SECRET_COL
        x-masking: hash
)";
    const FileImport r = importBytes(QStringLiteral("c.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.description.customProperties.size(), 1);
    QCOMPARE(c.extensions.value(QLatin1String("x-vendor")).toObject().value(QLatin1String("a")),
             QJsonValue(1));
    const auto &f = c.objects.front().fields;
    QCOMPARE(f[0].minimumText, QStringLiteral("2020-01-01"));
    QCOMPARE(f[0].exclusiveMaximumText, QStringLiteral("2030-01-01"));
    QVERIFY(!f[0].minimum);
    QCOMPARE(f[1].timezone, std::optional<bool>(true));
    QCOMPARE(f[1].defaultTimezone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(f[2].minItems.value_or(-1), 1);
    QCOMPARE(f[2].maxItems.value_or(-1), 9);
    QVERIFY(f[2].uniqueItems);
    QCOMPARE(f[3].minProperties.value_or(-1), 1);
    QCOMPARE(f[3].maxProperties.value_or(-1), 4);
    QCOMPARE(f[3].requiredProperties, QStringList{QStringLiteral("a")});
    QCOMPARE(f[4].multipleOf.value_or(-1), 0.5);
    QCOMPARE(f[4].extensions.value(QLatin1String("logicalTypeOptions.x-precision-hint")),
             QJsonValue(2));
    QCOMPARE(f[5].encryptedName, QStringLiteral("secret_enc"));
    QCOMPARE(f[5].physicalName, QStringLiteral("SECRET_COL"));
    QCOMPARE(f[5].extensions.value(QLatin1String("x-masking")).toString(), QStringLiteral("hash"));
}

void TestImporters::odcs30ExclusiveFlagKeepsItsMeaning()
{
    // ODCS 3.0.2 wrote `maximum: 100` + `exclusiveMaximum: true`: the bound is exclusive.
    const FileImport r =
        importFile(fixture(QStringLiteral("contracts/odcs/all-data-types-v3.0.2.odcs.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Field *age = findField(r.documents.front().document.contract.objects.front().fields,
                                 QStringLiteral("age"));
    QVERIFY(age);
    QVERIFY(!age->maximum);
    QCOMPARE(age->exclusiveMaximum.value_or(-1), 100.0);
    QCOMPARE(age->minimum.value_or(-1), 18.0);
    // the same as the later spelling, so a diff between the two sees no change of meaning
    const FileImport later =
        importFile(fixture(QStringLiteral("contracts/odcs/all-data-types.odcs.yaml")));
    const Field *age2 = findField(later.documents.front().document.contract.objects.front().fields,
                                  QStringLiteral("age"));
    QCOMPARE(age2->exclusiveMaximum, age->exclusiveMaximum);
}

void TestImporters::odcsItemsWithoutNameAndLenientValues()
{
    const QByteArray doc = R"(apiVersion: v3.1.0
kind: DataContract
id: c
schema:
  - name: t
    properties:
      - name: tags
        logicalType: array
        items:
          logicalType: string
          logicalTypeOptions: {maxLength: 20}
      - name: id
        logicalType: integer
        primaryKey: 1
        required: yes
        primaryKeyPosition: 1.0
)";
    const FileImport r = importBytes(QStringLiteral("c.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const auto &f = r.documents.front().document.contract.objects.front().fields;
    QCOMPARE(f[0].arrayItems()->name, QStringLiteral("[]"));
    QCOMPARE(f[0].arrayItems()->maxLength.value_or(-1), 20);
    QVERIFY(f[1].primaryKey && f[1].required);
    QCOMPARE(f[1].primaryKeyPosition, 1);
    // each lenient reading is a located warning
    QStringList warnings;
    for (const Diagnostic &d : r.diagnostics)
        if (!d.isError())
            warnings << d.toString();
    QCOMPARE(warnings.size(), 3);
    QVERIFY2(warnings[0].startsWith(QLatin1String("c.yaml:14:21: warning:")) &&
                 warnings[0].contains(QLatin1String("'primaryKey: 1' read as true")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    // ... and what stays ambiguous is still an error
    QByteArray bad = doc;
    bad.replace("primaryKey: 1", "primaryKey: 2");
    QVERIFY(!importBytes(QStringLiteral("c.yaml"), bad).ok());
}

void TestImporters::dcsKeepsEverything()
{
    const FileImport r = importFile(
        fixture(QStringLiteral("contracts/datacontract/orders-latest-1.2.1.datacontract.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.links.value(QLatin1String("datacontractCli")).toString(),
             QStringLiteral("https://cli.datacontract.com"));
    const SchemaObject *orders = findObject(c, QStringLiteral("orders"));
    const Field *processed = findField(orders->fields, QStringLiteral("processed_timestamp"));
    QCOMPARE(processed->config.value(QLatin1String("jsonType")).toString(),
             QStringLiteral("string"));
    const Field *email = findField(orders->fields, QStringLiteral("customer_email_address"));
    QCOMPARE(email->lineage.value(QLatin1String("inputFields")).toArray().size(), 1);
    QCOMPARE(orders->examples.size(), 1);
    const SchemaObject *items = findObject(c, QStringLiteral("line_items"));
    const Field *orderId = findField(items->fields, QStringLiteral("order_id"));
    QCOMPARE(orderId->relationships.size(), size_t(1));
    QCOMPARE(orderId->relationships[0].to, QStringList{QStringLiteral("orders.order_id")});
    QCOMPARE(items->primaryKey,
             (QStringList{QStringLiteral("order_id"), QStringLiteral("line_item_id")}));
    const Field *sku = findField(items->fields, QStringLiteral("sku"));
    QCOMPARE(sku->links.value(QLatin1String("wikipedia")).toString(),
             QStringLiteral("https://en.wikipedia.org/wiki/Stock_keeping_unit"));

    const FileImport dec =
        importFile(fixture(QStringLiteral("contracts/datacontract/decimal.datacontract.yaml")));
    QVERIFY2(dec.ok(), qPrintable(dec.firstError()));
    const auto &fields = dec.documents.front().document.contract.objects.front().fields;
    const Field *dewey = findField(fields, QStringLiteral("dewey_decimal"));
    QCOMPARE(dewey->precision, std::optional<int>(4));
    QCOMPARE(dewey->scale, std::optional<int>(2));
    QCOMPARE(findField(fields, QStringLiteral("age"))->precision, std::optional<int>(3));
    QVERIFY(!findField(fields, QStringLiteral("price"))->precision);

    // unknown keys of a field are kept (datacontract-cli's breaking-change fixtures use them)
    const FileImport custom = importBytes(
        QStringLiteral("d.yaml"),
        "dataContractSpecification: 1.1.0\nid: d\ninfo: {title: t, version: 1.0.0}\nmodels:\n"
        "  m:\n    fields:\n      f:\n        type: string\n        custom-key: some value\n"
        "        keys: {type: string}\n");
    QVERIFY2(custom.ok(), qPrintable(custom.firstError()));
    const Field &f = custom.documents.front().document.contract.objects.front().fields.front();
    QCOMPARE(f.extensions.value(QLatin1String("custom-key")).toString(),
             QStringLiteral("some value"));
    QVERIFY(f.keyType());
}

void TestImporters::dcs090EmbeddedDbt()
{
    // DCS 0.9's `schema: {type: dbt}` (the shape of its datacontract.init.yaml) is read.
    const QByteArray doc = R"(dataContractSpecification: 0.9.3
id: dbt-orders
info:
  title: Orders
  version: 1.0.0
schema:
  type: dbt
  specification:
    version: 2
    models:
      - name: orders
        description: One row per order
        columns:
          - name: order_id
            data_type: varchar
            description: The order
            tests: [not_null, unique]
          - name: status
            data_type: varchar
            tests:
              - accepted_values:
                  values: [placed, shipped]
)";
    const FileImport r = importBytes(QStringLiteral("dbt.yaml"), doc);
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const Contract &c = r.documents.front().document.contract;
    QCOMPARE(c.objects.size(), size_t(1));
    const Field &id = c.objects.front().fields.front();
    QVERIFY(id.required && id.unique);
    QCOMPARE(id.logicalType, QStringLiteral("string"));
    QCOMPARE(c.objects.front().fields[1].enumValues,
             (QStringList{QStringLiteral("placed"), QStringLiteral("shipped")}));
    // a schema language MeshDesk does not read is kept, with a warning instead of silence
    QByteArray proto = doc;
    proto.replace("type: dbt", "type: protobuf");
    const FileImport p = importBytes(QStringLiteral("p.yaml"), proto);
    QVERIFY(p.ok());
    QVERIFY(p.documents.front().document.contract.objects.empty());
    QCOMPARE(p.diagnostics.size(), 1);
    QVERIFY(p.diagnostics.front().message.contains(QLatin1String("'protobuf'")));
}

void TestImporters::avroRecursiveCustomLogicalDecimals()
{
    // Apache Avro's interop schema: Node has children: array<Node>
    const FileImport r = importFile(fixture(QStringLiteral("schemas/avro/interop.avsc")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const SchemaObject &o = r.documents.front().document.contract.objects.front();
    const Field *node = findField(o.fields, QStringLiteral("recordField"));
    QCOMPARE(node->typeName, QStringLiteral("org.apache.avro.Node"));
    const Field *children = findField(node->fields, QStringLiteral("children"));
    QCOMPARE(children->arrayItems()->typeRef, QStringLiteral("org.apache.avro.Node"));
    QVERIFY(children->arrayItems()->fields.empty()); // referenced, not expanded
    QCOMPARE(findField(o.fields, QStringLiteral("mapField"))->logicalType, QStringLiteral("map"));
    QCOMPARE(findField(o.fields, QStringLiteral("fixedField"))->typeName,
             QStringLiteral("org.apache.avro.MD5"));

    // a union of records keeps each record (as a child named by its type)
    const FileImport pets =
        importBytes(QStringLiteral("pets.avsc"),
                    R"({"type":"record","name":"Owner","fields":[{"name":"pet","type":["null",
            {"type":"record","name":"Cat","fields":[{"name":"lives","type":"int"}]},
            {"type":"record","name":"Dog","fields":[{"name":"good","type":"boolean"}]}]}]})");
    QVERIFY2(pets.ok(), qPrintable(pets.firstError()));
    const Field &pet = pets.documents.front().document.contract.objects.front().fields.front();
    QCOMPARE(pet.physicalType, QStringLiteral("union<Cat,Dog>"));
    QVERIFY(!pet.required);
    QCOMPARE(pet.fields.size(), size_t(2));
    QCOMPARE(pet.fields[1].name, QStringLiteral("Dog"));
    QCOMPARE(pet.fields[1].fields.front().name, QStringLiteral("good"));

    // a custom logical type keeps its base type's meaning (a "timezone" string is a string)
    const FileImport tz = importBytes(
        QStringLiteral("tz.avsc"),
        R"({"type":"record","name":"R","fields":[{"name":"zone","type":{"type":"string","logicalType":"timezone"}}]})");
    QVERIFY2(tz.ok(), qPrintable(tz.firstError()));
    const Field &zone = tz.documents.front().document.contract.objects.front().fields.front();
    QCOMPARE(zone.logicalType, QStringLiteral("string"));
    QCOMPARE(zone.format, QStringLiteral("timezone"));
    QCOMPARE(zone.physicalType, QStringLiteral("string/timezone"));

    const FileImport cc =
        importFile(fixture(QStringLiteral("schemas/avro/custom_conversion.avsc")));
    QVERIFY2(cc.ok(), qPrintable(cc.firstError()));
    const auto &cf = cc.documents.front().document.contract.objects.front().fields;
    const Field *fixedSize = findField(cf, QStringLiteral("nonNullFixedSizeString"));
    QCOMPARE(fixedSize->logicalType, QStringLiteral("string"));
    QCOMPARE(fixedSize->format, QStringLiteral("fixed-size-string"));
    QCOMPARE(fixedSize->extensions.value(QLatin1String("maxLength")), QJsonValue(50));
    const Field *custom = findField(cf, QStringLiteral("nonNullCustomField"));
    QCOMPARE(custom->precision, std::optional<int>(9));
    QCOMPARE(custom->scale, std::optional<int>(2));

    const FileImport dec =
        importFile(fixture(QStringLiteral("schemas/avro/datacontract_decimal.avsc")));
    QVERIFY2(dec.ok(), qPrintable(dec.firstError()));
    const Field *dewey = findField(dec.documents.front().document.contract.objects.front().fields,
                                   QStringLiteral("dewey_decimal"));
    QCOMPARE(dewey->precision, std::optional<int>(4));
    QCOMPARE(dewey->scale, std::optional<int>(2));
}

void TestImporters::odps11()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("products/odps/deprecated-data-product.odps.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const DataProduct &p = r.documents.front().document.product;
    QCOMPARE(p.formatVersion, QStringLiteral("v1.1.0"));
    QVERIFY(p.inputPorts.front().deprecated);
    QVERIFY(p.outputPorts[0].deprecated);
    QVERIFY(!p.outputPorts[1].deprecated);
    QVERIFY(p.managementPorts.front().deprecated);
    QCOMPARE(p.managementPorts.front().properties.value(QLatin1String("content")).toString(),
             QStringLiteral("control"));
    // type, context, synonyms (the 1.1 documentation's examples), no status required
    const QByteArray doc = R"(apiVersion: v1.1.0
kind: DataProduct
id: p
type: aggregate
deprecated: true
synonyms:
  - synonym: Customer 360
  - id: client-fr
    synonym: Référentiel client
    locale: fr-FR
context:
  instructions: Use the consolidated port.
  constraints:
    - constraint: Do not expose PII.
outputPorts:
  - name: out
    contractId: c
    sbom:
      - type: external
        url: https://example.com/sbom
    synonyms:
      - synonym: Export
)";
    const FileImport x = importBytes(QStringLiteral("p.yaml"), doc);
    QVERIFY2(x.ok(), qPrintable(x.firstError()));
    const DataProduct &q = x.documents.front().document.product;
    QCOMPARE(q.type, QStringLiteral("aggregate"));
    QVERIFY(q.deprecated);
    QCOMPARE(q.synonyms.size(), 2);
    QCOMPARE(q.context.value(QLatin1String("instructions")).toString(),
             QStringLiteral("Use the consolidated port."));
    QCOMPARE(q.outputPorts.front().properties.value(QLatin1String("sbom")).toArray().size(), 1);
    QCOMPARE(q.outputPorts.front().properties.value(QLatin1String("synonyms")).toArray().size(), 1);
}

void TestImporters::openDataProductSpecification4()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("products/opendataproducts/urbanpulse_basic.yml")));
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    const DataProduct &p = r.documents.front().document.product;
    QCOMPARE(p.format, SourceFormat::OpenDataProductSpec);
    QCOMPARE(p.formatVersion, QStringLiteral("4.1"));
    QCOMPARE(p.name, QStringLiteral("UrbanPulse Events"));
    QCOMPARE(p.status, QStringLiteral("production"));
    QVERIFY(!p.outputPorts.empty());
    for (const Port &port : p.outputPorts)
        QCOMPARE(port.contractId, QStringLiteral("02323M123")); // product.contract.id
    QVERIFY(p.extensions.contains(QLatin1String("SLA")));
    QVERIFY(p.extensions.contains(QLatin1String("dataQuality")));
    QVERIFY(p.extensions.contains(QLatin1String("details.valueProposition")));
    // never mistaken for Bitol's ODPS (apiVersion + kind) nor the other way round
    const FileImport bitol =
        importFile(fixture(QStringLiteral("products/odps/simple-data-product.odps.yaml")));
    QCOMPARE(bitol.documents.front().document.format(), SourceFormat::Odps);
    // one without a productID is refused with a message that names the standard
    const FileImport bad = importBytes(
        QStringLiteral("x.yml"),
        "schema: https://opendataproducts.org/v4.0/schema/odps.yaml\nversion: 4.0\nproduct:\n"
        "  details:\n    en:\n      name: X\n");
    QVERIFY(!bad.ok());
    QVERIFY2(bad.firstError().contains(QLatin1String("productID")), qPrintable(bad.firstError()));
}

void TestImporters::identicalRepeatsAreSkipped()
{
    const QByteArray one = "apiVersion: v3.1.0\nkind: DataContract\nid: c1\nversion: 1.0.0\n";
    // the same document twice, differently formatted and commented: one document, a warning
    const FileImport r = importBytes(QStringLiteral("twice.yaml"),
                                     one + "---\n# again\napiVersion: v3.1.0\nkind: DataContract\n"
                                           "id: c1\nversion: '1.0.0'\n");
    QVERIFY2(r.ok(), qPrintable(r.firstError()));
    QCOMPARE(r.documents.size(), size_t(1));
    QCOMPARE(r.diagnostics.size(), 1);
    QVERIFY(!r.diagnostics.front().isError());
    QCOMPARE(r.diagnostics.front().line, 7);
    QVERIFY(
        r.diagnostics.front().message.contains(QLatin1String("repeats the document at line 1")));
}

void TestImporters::showJsonCarriesWhatIsKept()
{
    const FileImport r =
        importFile(fixture(QStringLiteral("contracts/odcs/relationships.odcs.yaml")));
    const QJsonObject c = toJson(r.documents.front().document);
    const QJsonArray objects = c.value(QLatin1String("objects")).toArray();
    QJsonObject orders;
    for (const auto &o : objects)
        if (o.toObject().value(QLatin1String("name")) == QLatin1String("orders"))
            orders = o.toObject();
    QVERIFY(orders.value(QLatin1String("relationships")).isArray());
    const QJsonObject customer = orders.value(QLatin1String("fields")).toArray()[1].toObject();
    QCOMPARE(customer.value(QLatin1String("relationships"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("to"))
                 .toString(),
             QStringLiteral("customers.id"));
    // every kept constraint has its key
    const QByteArray doc = R"(apiVersion: v3.2.0
kind: DataContract
id: c
schema:
  - name: t
    properties:
      - name: f
        logicalType: array
        encryptedName: f_enc
        semanticType: dimension
        deprecated: true
        synonyms: [{synonym: F}]
        logicalTypeOptions: {minItems: 1, maxItems: 2, uniqueItems: true}
        items: {logicalType: date, logicalTypeOptions: {minimum: "2020-01-01"}}
        x-ext: 1
      - name: m
        logicalType: map
        map: {key: {logicalType: string}, value: {logicalType: integer}}
      - name: e
        logicalType: string
        enum: [{value: a, label: A}]
)";
    const QJsonObject j =
        toJson(importBytes(QStringLiteral("c.yaml"), doc).documents.front().document);
    const QJsonArray fields = j.value(QLatin1String("objects"))
                                  .toArray()[0]
                                  .toObject()
                                  .value(QLatin1String("fields"))
                                  .toArray();
    const QJsonObject f = fields[0].toObject();
    for (const char *k : {"encryptedName", "semanticType", "deprecated", "synonyms", "minItems",
                          "maxItems", "uniqueItems", "extensions", "items"})
        QVERIFY2(f.contains(QLatin1String(k)), k);
    QCOMPARE(f.value(QLatin1String("items")).toObject().value(QLatin1String("minimum")).toString(),
             QStringLiteral("2020-01-01"));
    QCOMPARE(fields[1]
                 .toObject()
                 .value(QLatin1String("mapKey"))
                 .toObject()
                 .value(QLatin1String("logicalType"))
                 .toString(),
             QStringLiteral("string"));
    QCOMPARE(fields[2].toObject().value(QLatin1String("enumDetails")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestImporters)
#include "tst_importers.moc"
