#include "NewProduct.h"

#include "Export.h"
#include "formats/DocumentEditor.h"
#include "ledger/Ledger.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <cmath>

namespace meshdesk::selfserve {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::selfserve", text);
}

QString number(double d)
{
    if (d == std::floor(d) && std::abs(d) < 9007199254740992.0)
        return QString::number(qint64(d));
    return QString::number(d, 'g', 17);
}

// A small block-YAML writer: keys in the order written.
class Yaml
{
public:
    void scalar(int indent, const QString &key, const QString &value)
    {
        if (!value.isEmpty())
            m_out += pad(indent) + yamlKey(key) + QStringLiteral(": ") + yamlScalar(value) + nl();
    }
    void raw(int indent, const QString &key, const QString &value) // numbers, booleans
    {
        m_out += pad(indent) + yamlKey(key) + QStringLiteral(": ") + value + nl();
    }
    void open(int indent, const QString &key)
    {
        m_out += pad(indent) + yamlKey(key) + QLatin1Char(':') + nl();
    }
    void list(int indent, const QString &key, const QStringList &items)
    {
        if (items.isEmpty())
            return;
        open(indent, key);
        for (const QString &i : items)
            m_out += pad(indent + 2) + QStringLiteral("- ") + yamlScalar(i) + nl();
    }
    // "- " before the first key of a list item: the caller writes the item's keys at indent + 2
    void item(int indent) { m_pendingDash = indent; }
    void comment(const QString &text) { m_out += QStringLiteral("# ") + text + nl(); }
    QByteArray text() const { return m_out.toUtf8(); }

private:
    QString pad(int indent)
    {
        if (m_pendingDash >= 0) {
            const QString p = QString(m_pendingDash, QLatin1Char(' ')) + QStringLiteral("- ");
            m_pendingDash = -1;
            return p;
        }
        return QString(indent, QLatin1Char(' '));
    }
    static QString nl() { return QStringLiteral("\n"); }
    QString m_out;
    int m_pendingDash = -1;
};

// A field of the new contract: what the input defines, under its exposed name.
void writeField(Yaml &y, int indent, const Field &f, const QString &name,
                const QStringList &sources, const QString &logic)
{
    y.item(indent);
    y.scalar(indent + 2, QStringLiteral("name"), name);
    y.scalar(indent + 2, QStringLiteral("logicalType"), f.logicalType);
    y.scalar(indent + 2, QStringLiteral("physicalType"), f.physicalType);
    y.scalar(indent + 2, QStringLiteral("description"), f.description);
    if (f.required)
        y.raw(indent + 2, QStringLiteral("required"), QStringLiteral("true"));
    y.scalar(indent + 2, QStringLiteral("classification"), f.classification);
    y.list(indent + 2, QStringLiteral("tags"), f.tags);
    const bool options = !f.enumValues.isEmpty() || !f.format.isEmpty() || !f.pattern.isEmpty() ||
                         f.minimum || f.maximum || f.minLength || f.maxLength;
    if (options) {
        y.open(indent + 2, QStringLiteral("logicalTypeOptions"));
        y.list(indent + 4, QStringLiteral("enum"), f.enumValues);
        y.scalar(indent + 4, QStringLiteral("format"), f.format);
        y.scalar(indent + 4, QStringLiteral("pattern"), f.pattern);
        if (f.minimum)
            y.raw(indent + 4, QStringLiteral("minimum"), number(*f.minimum));
        if (f.maximum)
            y.raw(indent + 4, QStringLiteral("maximum"), number(*f.maximum));
        if (f.minLength)
            y.raw(indent + 4, QStringLiteral("minLength"), QString::number(*f.minLength));
        if (f.maxLength)
            y.raw(indent + 4, QStringLiteral("maxLength"), QString::number(*f.maxLength));
    }
    const bool classifiedPii =
        f.classification.compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0 ||
        f.tags.contains(QLatin1String("pii"), Qt::CaseInsensitive);
    if (f.pii && !classifiedPii) {
        y.open(indent + 2, QStringLiteral("customProperties"));
        y.item(indent + 4);
        y.scalar(indent + 6, QStringLiteral("property"), QStringLiteral("pii"));
        y.raw(indent + 6, QStringLiteral("value"), QStringLiteral("true"));
    }
    if (!f.fields.empty()) {
        y.open(indent + 2, QStringLiteral("properties"));
        for (const Field &c : f.fields)
            writeField(y, indent + 4, c, c.name, {}, {});
    }
    if (const Field *items = f.arrayItems()) {
        y.open(indent + 2, QStringLiteral("items"));
        y.scalar(indent + 4, QStringLiteral("logicalType"), items->logicalType);
        y.scalar(indent + 4, QStringLiteral("physicalType"), items->physicalType);
        if (!items->fields.empty()) {
            y.open(indent + 4, QStringLiteral("properties"));
            for (const Field &c : items->fields)
                writeField(y, indent + 6, c, c.name, {}, {});
        }
    }
    y.list(indent + 2, QStringLiteral("transformSourceObjects"), sources);
    y.scalar(indent + 2, QStringLiteral("transformLogic"), logic);
}

} // namespace

QString NewProductSpec::effectiveContractId() const
{
    return contractId.isEmpty() ? id + QStringLiteral("-v1") : contractId;
}

QString NewProductSpec::effectiveObjectName() const
{
    return objectName.isEmpty() ? QString(id).replace(QLatin1Char('-'), QLatin1Char('_'))
                                : objectName;
}

NewProductDocuments buildNewProduct(const NewProductSpec &spec,
                                    const QStringList &existingProductIds,
                                    const QStringList &existingContractIds)
{
    NewProductDocuments out;
    static const QRegularExpression idRe(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
    static const QRegularExpression topicRe(QStringLiteral("^[A-Za-z0-9._-]{1,249}$"));
    QStringList &p = out.problems;
    const QString contractId = spec.effectiveContractId();
    if (!idRe.match(spec.id).hasMatch())
        p << tr("The product id must be lower case letters, digits, '.', '_' or '-'.");
    else if (existingProductIds.contains(spec.id))
        p << tr("A product with the id '%1' exists already.").arg(spec.id);
    if (!idRe.match(contractId).hasMatch())
        p << tr("The contract id must be lower case letters, digits, '.', '_' or '-'.");
    else if (existingContractIds.contains(contractId))
        p << tr("A contract with the id '%1' exists already.").arg(contractId);
    if (spec.name.trimmed().isEmpty())
        p << tr("The product needs a name.");
    if (spec.domain.trimmed().isEmpty())
        p << tr("The product needs a domain.");
    if (spec.owner.trimmed().isEmpty())
        p << tr("The product needs an owner (every data product has one).");
    if (spec.inputs.isEmpty())
        p << tr("Choose at least one input product's output port.");
    if (spec.fields.isEmpty())
        p << tr("Choose at least one field for the new product to expose.");
    if (spec.outputPort.trimmed().isEmpty())
        p << tr("Name the output port.");
    if (!topicRe.match(spec.topic).hasMatch())
        p << tr("The topic name must be 1 to 249 letters, digits, '.', '_' or '-'.");
    QSet<QString> names;
    QSet<QString> inputContracts;
    for (const NewProductSpec::Input &i : spec.inputs)
        inputContracts.insert(i.contractId);
    for (const ChosenField &f : spec.fields) {
        const QString name = f.exposedName.isEmpty() ? f.field.name : f.exposedName;
        if (names.contains(name))
            p << tr("Two fields are exposed as '%1': rename one.").arg(name);
        names.insert(name);
        if (!inputContracts.contains(f.contractId))
            p << tr("The field %1 comes from %2, which is not an input.")
                     .arg(f.path.join(QLatin1Char('.')), f.contractId);
    }
    if (!p.isEmpty())
        return out;

    const QString object = spec.effectiveObjectName();
    Yaml product;
    product.comment(tr("Made with MeshDesk's Create data product wizard."));
    product.scalar(0, QStringLiteral("apiVersion"), QStringLiteral("v1.0.0"));
    product.scalar(0, QStringLiteral("kind"), QStringLiteral("DataProduct"));
    product.scalar(0, QStringLiteral("id"), spec.id);
    product.scalar(0, QStringLiteral("name"), spec.name.trimmed());
    product.scalar(0, QStringLiteral("version"), spec.version);
    product.scalar(0, QStringLiteral("status"), QStringLiteral("proposed"));
    product.scalar(0, QStringLiteral("domain"), spec.domain.trimmed());
    if (!spec.description.trimmed().isEmpty()) {
        product.open(0, QStringLiteral("description"));
        product.scalar(2, QStringLiteral("purpose"), spec.description.trimmed());
    }
    product.open(0, QStringLiteral("inputPorts"));
    for (const NewProductSpec::Input &i : spec.inputs) {
        product.item(2);
        product.scalar(4, QStringLiteral("name"), i.portName);
        product.scalar(4, QStringLiteral("version"), i.version);
        product.scalar(4, QStringLiteral("contractId"), i.contractId);
    }
    product.open(0, QStringLiteral("outputPorts"));
    product.item(2);
    product.scalar(4, QStringLiteral("name"), spec.outputPort.trimmed());
    product.scalar(4, QStringLiteral("type"), QStringLiteral("topic"));
    product.scalar(4, QStringLiteral("version"), spec.version);
    product.scalar(4, QStringLiteral("contractId"), contractId);
    product.open(0, QStringLiteral("team"));
    product.scalar(2, QStringLiteral("name"), spec.owner.trimmed());

    Yaml contract;
    contract.comment(tr("Made with MeshDesk's Create data product wizard: the output contract of "
                        "'%1'.")
                         .arg(spec.id));
    contract.scalar(0, QStringLiteral("apiVersion"), QStringLiteral("v3.1.0"));
    contract.scalar(0, QStringLiteral("kind"), QStringLiteral("DataContract"));
    contract.scalar(0, QStringLiteral("id"), contractId);
    contract.scalar(0, QStringLiteral("name"), spec.name.trimmed());
    contract.scalar(0, QStringLiteral("version"), spec.version);
    contract.scalar(0, QStringLiteral("status"), QStringLiteral("proposed"));
    contract.scalar(0, QStringLiteral("domain"), spec.domain.trimmed());
    contract.scalar(0, QStringLiteral("dataProduct"), spec.id);
    if (!spec.description.trimmed().isEmpty()) {
        contract.open(0, QStringLiteral("description"));
        contract.scalar(2, QStringLiteral("purpose"), spec.description.trimmed());
    }
    contract.open(0, QStringLiteral("servers"));
    contract.item(2);
    contract.scalar(4, QStringLiteral("server"), QStringLiteral("kafka"));
    contract.scalar(4, QStringLiteral("type"), QStringLiteral("kafka"));
    contract.scalar(4, QStringLiteral("format"), spec.valueFormat);
    contract.scalar(4, QStringLiteral("host"), spec.bootstrap);
    contract.scalar(4, QStringLiteral("topic"), spec.topic);
    contract.open(0, QStringLiteral("schema"));
    contract.item(2);
    contract.scalar(4, QStringLiteral("name"), object);
    contract.scalar(4, QStringLiteral("physicalName"), spec.topic);
    contract.scalar(4, QStringLiteral("physicalType"), QStringLiteral("topic"));
    contract.scalar(4, QStringLiteral("logicalType"), QStringLiteral("object"));
    contract.scalar(4, QStringLiteral("description"), spec.description.trimmed());
    contract.open(4, QStringLiteral("properties"));
    for (const ChosenField &f : spec.fields) {
        const QString source = f.contractId + QLatin1Char('.') + f.path.join(QLatin1Char('.'));
        const QString name = f.exposedName.isEmpty() ? f.field.name : f.exposedName;
        writeField(contract, 6, f.field, name, {source},
                   name == f.field.name ? QString() : QStringLiteral("%1 AS %2").arg(source, name));
    }
    contract.open(0, QStringLiteral("team"));
    contract.scalar(2, QStringLiteral("name"), spec.owner.trimmed());
    contract.open(0, QStringLiteral("slaProperties"));
    for (const QJsonValue &sla : spec.serviceLevel.slaProperties()) {
        const QJsonObject o = sla.toObject();
        contract.item(2);
        contract.scalar(4, QStringLiteral("property"),
                        o.value(QLatin1String("property")).toString());
        const QJsonValue v = o.value(QLatin1String("value"));
        if (v.isDouble())
            contract.raw(4, QStringLiteral("value"), number(v.toDouble()));
        else
            contract.scalar(4, QStringLiteral("value"), v.toString());
        contract.scalar(4, QStringLiteral("unit"), o.value(QLatin1String("unit")).toString());
    }
    contract.list(0, QStringLiteral("tags"), {QStringLiteral("sla:") + spec.serviceLevel.id});

    out.product = product.text();
    out.contract = contract.text();
    out.productFile = spec.id + QStringLiteral(".odps.yaml");
    out.contractFile = contractId + QStringLiteral(".odcs.yaml");
    // both must import as what they claim to be
    const FileImport pi = importBytes(out.productFile, out.product);
    const FileImport ci = importBytes(out.contractFile, out.contract);
    if (!pi.ok() || !ci.ok()) {
        p << tr("The documents do not import: %1").arg(pi.ok() ? ci.firstError() : pi.firstError());
        return out;
    }
    out.ok = true;
    return out;
}

lineage::ProductInput lineageNode(const NewProductSpec &spec)
{
    lineage::ProductInput n;
    n.id = spec.id;
    n.name = spec.name.isEmpty() ? spec.id : spec.name;
    n.domain = spec.domain;
    n.owner = spec.owner;
    n.status = QStringLiteral("proposed");
    for (const NewProductSpec::Input &i : spec.inputs)
        n.inputContracts << i.contractId;
    n.outputContracts << spec.effectiveContractId();
    return n;
}

CreateResult proposeNewProduct(ledger::Ledger &ledger, const NewProductSpec &spec,
                               const NewProductDocuments &docs, const QString &user,
                               const QString &folder)
{
    CatalogStore &store = ledger.store();
    CreateResult r;
    if (!docs.ok) {
        r.error = docs.problems.join(QLatin1Char(' '));
        return r;
    }
    if (store.currentVersion(QStringLiteral("product"), spec.id) ||
        store.currentVersion(QStringLiteral("contract"), spec.effectiveContractId())) {
        r.error = tr("'%1' or '%2' exists in the catalog already")
                      .arg(spec.id, spec.effectiveContractId());
        return r;
    }
    QString contractPath = docs.contractFile, productPath = docs.productFile;
    if (!folder.isEmpty()) {
        const QDir dir(folder);
        if (!dir.exists() && !QDir().mkpath(folder)) {
            r.error = tr("%1: cannot create the folder").arg(folder);
            return r;
        }
        contractPath = dir.filePath(docs.contractFile);
        productPath = dir.filePath(docs.productFile);
        for (const QString &path : {contractPath, productPath})
            if (QFileInfo::exists(path)) {
                r.error = tr("%1 exists already; nothing was written").arg(path);
                return r;
            }
        QString error;
        if (!writeExport(docs.contract, contractPath, &error) ||
            !writeExport(docs.product, productPath, &error)) {
            QFile::remove(contractPath); // each write is atomic: no half file is left
            r.error = error;
            return r;
        }
        r.files << contractPath << productPath;
    }
    // the documents written above go again unless the proposal is made (they did not exist)
    auto removeWritten = qScopeGuard([&r] {
        if (!r.ok)
            for (const QString &written : std::as_const(r.files))
                QFile::remove(written);
    });
    QJsonObject note{{QStringLiteral("action"), QStringLiteral("create")},
                     {QStringLiteral("topic"), spec.topic},
                     {QStringLiteral("serviceLevel"), spec.serviceLevel.id}};
    QJsonArray inputs;
    for (const NewProductSpec::Input &i : spec.inputs)
        inputs.append(i.productId + QLatin1Char('.') + i.portName);
    note.insert(QStringLiteral("inputs"), inputs);
    // both or neither, in one transaction; the contract first, so the product's output port
    // names a contract the catalog has
    const FileImport files[] = {importBytes(contractPath, docs.contract),
                                importBytes(productPath, docs.product)};
    for (const FileImport &f : files)
        if (!f.ok()) {
            r.error = f.firstError();
            return r;
        }
    QString error;
    if (!ledger.beginBatch(&error)) {
        r.error = error;
        return r;
    }
    for (const FileImport &f : files) {
        const ledger::ActResult a = ledger.submit(f, user, note);
        if (!a.ok) {
            // an act refused inside a batch undoes the batch (the contract too); a refusal that
            // left it open is undone here by not committing it
            if (store.inBatch())
                ledger.rollbackBatch();
            r.error = a.error;
            return r;
        }
        r.queued = r.queued || a.queued;
    }
    if (!ledger.commitBatch(&error)) {
        r.error = error;
        return r;
    }
    r.ok = true;
    return r;
}

} // namespace meshdesk::selfserve
