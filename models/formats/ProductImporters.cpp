// Data products: ODPS v0.9/v1.0 (bitol-io), Data Product Specification 0.0.1 (Data Mesh
// Manager / Entropy Data) and the Witboost descriptor; plus the team and source-system
// documents such repositories keep beside their products.
#include "Importers.h"
#include "YamlReader.h"

namespace meshdesk::formats {

using namespace yaml;

namespace {

std::vector<Port> readOdpsPorts(const YamlNode &root, const char *key)
{
    std::vector<Port> ports;
    const YamlNode *l = list(root, key);
    if (!l)
        return ports;
    for (const auto &n : l->items) {
        const YamlNode &pm =
            requireMap(n.get(), QStringLiteral("an entry of '%1'").arg(QLatin1String(key)));
        Port p;
        p.name = str(pm, "name");
        p.version = str(pm, "version");
        p.contractId = str(pm, "contractId");
        p.description = str(pm, "description");
        p.type = str(pm, "type");
        p.server = str(pm, "server");
        if (p.server.isEmpty())
            p.server = str(pm, "url");
        p.tags = strList(pm, "tags");
        p.deprecated = boolean(pm, "deprecated"); // ODPS 1.1
        static const QSet<QString> modelled = {
            QStringLiteral("name"),        QStringLiteral("version"), QStringLiteral("contractId"),
            QStringLiteral("description"), QStringLiteral("type"),    QStringLiteral("server"),
            QStringLiteral("url"),         QStringLiteral("tags"),    QStringLiteral("deprecated")};
        p.properties = unknownKeys(pm, modelled); // sbom, inputContracts, synonyms, context...
        if (p.name.isEmpty())
            fail(&pm, QStringLiteral("a port of '%1' has no 'name'").arg(QLatin1String(key)));
        ports.push_back(p);
    }
    return ports;
}

} // namespace

DataProduct readOdps(const YamlNode &root)
{
    DataProduct p;
    p.format = SourceFormat::Odps;
    p.formatVersion = str(root, "apiVersion");
    p.id = str(root, "id");
    if (p.id.isEmpty())
        fail(&root, QStringLiteral("the data product has no 'id'"));
    p.name = str(root, "name");
    if (p.name.isEmpty())
        p.name = p.id;
    p.domain = str(root, "domain");
    p.status = str(root, "status");
    p.version = str(root, "version");
    p.tenant = str(root, "tenant");
    p.description = readDescription(root);
    p.team = readTeamOf(root);
    p.owner = ownerOf(p.team);
    p.tags = strList(root, "tags");
    p.inputPorts = readOdpsPorts(root, "inputPorts");
    p.outputPorts = readOdpsPorts(root, "outputPorts");
    p.managementPorts = readOdpsPorts(root, "managementPorts");
    p.support = jsonArray(root, "support");
    p.customProperties = jsonArray(root, "customProperties");
    // ODPS 1.1
    p.type = str(root, "type");
    p.deprecated = boolean(root, "deprecated");
    p.synonyms = jsonArray(root, "synonyms");
    p.context = jsonObject(root, "context");
    p.authoritativeDefinitions = jsonArray(root, "authoritativeDefinitions");
    p.createdTs = str(root, "productCreatedTs");
    static const QSet<QString> topKeys = {QStringLiteral("apiVersion"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("id"),
                                          QStringLiteral("name"),
                                          QStringLiteral("domain"),
                                          QStringLiteral("status"),
                                          QStringLiteral("version"),
                                          QStringLiteral("tenant"),
                                          QStringLiteral("description"),
                                          QStringLiteral("team"),
                                          QStringLiteral("tags"),
                                          QStringLiteral("inputPorts"),
                                          QStringLiteral("outputPorts"),
                                          QStringLiteral("managementPorts"),
                                          QStringLiteral("support"),
                                          QStringLiteral("customProperties"),
                                          QStringLiteral("type"),
                                          QStringLiteral("deprecated"),
                                          QStringLiteral("synonyms"),
                                          QStringLiteral("context"),
                                          QStringLiteral("authoritativeDefinitions"),
                                          QStringLiteral("productCreatedTs")};
    p.extensions = unknownKeys(root, topKeys);
    return p;
}

DataProduct readOpenDataProductSpec(const YamlNode &root)
{
    DataProduct p;
    p.format = SourceFormat::OpenDataProductSpec;
    p.formatVersion = str(root, "version");
    const YamlNode &product = requireMap(root.get(u"product"), QStringLiteral("'product'"));
    // details per language: English when there, else the first one given
    const YamlNode *details = mapping(product, "details");
    const YamlNode *d = nullptr;
    if (details) {
        d = details->get(u"en");
        if (!d && !details->entries.empty())
            d = details->entries.front().value.get();
    }
    if (!d || !d->isMap())
        fail(&product, QStringLiteral("an Open Data Product Specification document needs "
                                      "'product.details' with its productID"));
    p.id = str(*d, "productID");
    if (p.id.isEmpty())
        fail(d, QStringLiteral("the data product has no 'productID'"));
    p.name = str(*d, "name");
    if (p.name.isEmpty())
        p.name = p.id;
    p.status = str(*d, "status");
    p.version = str(*d, "productVersion");
    p.type = str(*d, "type");
    p.description.purpose = str(*d, "description");
    p.tags = strList(*d, "tags");
    static const QSet<QString> detailKeys = {
        QStringLiteral("name"),   QStringLiteral("productID"),
        QStringLiteral("status"), QStringLiteral("productVersion"),
        QStringLiteral("type"),   QStringLiteral("description"),
        QStringLiteral("tags")};
    const QJsonObject otherDetails = unknownKeys(*d, detailKeys);
    for (auto it = otherDetails.begin(); it != otherDetails.end(); ++it)
        p.extensions.insert(QStringLiteral("details.") + it.key(), it.value());
    if (const YamlNode *holder = mapping(product, "dataHolder")) {
        const YamlNode *h = holder->get(u"en");
        if (!h && !holder->entries.empty())
            h = holder->entries.front().value.get();
        if (h && h->isMap()) {
            p.owner = str(*h, "legalName");
            p.team.name = p.owner;
        }
    }
    // The data access methods are its output ports; the contract (when given) is what they
    // deliver.
    QString contractId;
    if (const YamlNode *contract = mapping(product, "contract"))
        contractId = str(*contract, "id");
    auto text = [](const YamlNode *n) { // a text or a {language: text} mapping
        if (!n || n->isNull())
            return QString();
        if (n->isScalar())
            return n->text;
        if (n->isMap() && !n->entries.empty()) {
            const YamlNode *en = n->get(u"en");
            const YamlNode *v = en ? en : n->entries.front().value.get();
            return v->isScalar() ? v->text : QString();
        }
        return QString();
    };
    if (const YamlNode *access = mapping(product, "dataAccess")) {
        for (const auto &e : access->entries) {
            if (!e.value->isMap())
                continue;
            Port port;
            port.name = e.key;
            port.contractId = contractId;
            port.description = text(e.value->get(u"description"));
            port.type = str(*e.value, "outputPorttype");
            if (port.type.isEmpty())
                port.type = str(*e.value, "outputPortType");
            port.server = str(*e.value, "accessURL");
            port.properties = e.value->toJson().toObject();
            port.properties.remove(QStringLiteral("description"));
            p.outputPorts.push_back(port);
        }
    } else if (!contractId.isEmpty()) {
        Port port;
        port.name = QStringLiteral("contract");
        port.contractId = contractId;
        p.outputPorts.push_back(port);
    }
    static const QSet<QString> modelled = {QStringLiteral("details"), QStringLiteral("dataAccess")};
    const QJsonObject blocks = unknownKeys(product, modelled); // SLA, dataQuality, pricing...
    for (auto it = blocks.begin(); it != blocks.end(); ++it)
        p.extensions.insert(it.key(), it.value());
    static const QSet<QString> rootKeys = {QStringLiteral("version"), QStringLiteral("product")};
    const QJsonObject rest = unknownKeys(root, rootKeys); // schema, blocks written at the root
    for (auto it = rest.begin(); it != rest.end(); ++it)
        p.extensions.insert(it.key(), it.value());
    return p;
}

DataProduct readDataProductSpec(const YamlNode &root)
{
    DataProduct p;
    p.format = SourceFormat::DataProductSpec;
    p.formatVersion = str(root, "dataProductSpecification");
    p.id = str(root, "id");
    if (p.id.isEmpty())
        fail(&root, QStringLiteral("the data product has no 'id'"));
    const YamlNode &info = requireMap(root.get(u"info"), QStringLiteral("'info'"));
    p.name = str(info, "title");
    if (p.name.isEmpty())
        p.name = p.id;
    p.description.purpose = str(info, "description");
    p.owner = str(info, "owner");
    p.team.name = p.owner;
    p.status = str(info, "status");
    p.domain = str(info, "domain");
    p.version = str(info, "version");
    p.tags = strList(root, "tags");
    auto ports = [&](const char *key, bool input) {
        std::vector<Port> out;
        if (const YamlNode *l = list(root, key)) {
            for (const auto &n : l->items) {
                const YamlNode &pm = requireMap(n.get(), QStringLiteral("a port"));
                Port port;
                port.name = str(pm, "name");
                if (port.name.isEmpty())
                    port.name = str(pm, "id");
                port.contractId = str(pm, "dataContractId");
                // An input port reads another product's output port (by its id) or a source
                // system; both are what lineage links by.
                if (input && port.contractId.isEmpty())
                    port.contractId = str(pm, "sourceOutputPortId");
                if (input && port.contractId.isEmpty())
                    port.contractId = str(pm, "sourceSystemId");
                port.description = str(pm, "description");
                port.type = str(pm, "type");
                port.server = str(pm, "location");
                port.tags = strList(pm, "tags");
                out.push_back(port);
            }
        }
        return out;
    };
    p.inputPorts = ports("inputPorts", true);
    p.outputPorts = ports("outputPorts", false);
    if (const YamlNode *custom = mapping(root, "custom"))
        for (const auto &e : custom->entries)
            p.customProperties.append(QJsonObject{{QStringLiteral("property"), e.key},
                                                  {QStringLiteral("value"), e.value->toJson()}});
    return p;
}

DataProduct readWitboost(const YamlNode &root)
{
    DataProduct p;
    p.format = SourceFormat::Witboost;
    p.id = str(root, "id");
    if (p.id.isEmpty())
        fail(&root, QStringLiteral("the data product has no 'id'"));
    p.name = str(root, "name");
    p.domain = str(root, "domain");
    p.version = str(root, "version");
    p.status = str(root, "status").toLower();
    p.description.purpose = str(root, "description");
    p.owner = str(root, "dataProductOwner");
    p.team.name = str(root, "ownerGroup");
    if (!p.owner.isEmpty())
        p.team.members.push_back({p.owner,
                                  str(root, "dataProductOwnerDisplayName"),
                                  QStringLiteral("owner"),
                                  {},
                                  {},
                                  {},
                                  {}});
    if (const YamlNode *tags = list(root, "tags"))
        for (const auto &t : tags->items)
            p.tags << (t->isMap() ? str(*t, "tagFQN") : t->text);
    if (const YamlNode *components = list(root, "components")) {
        for (const auto &n : components->items) {
            const YamlNode &cm = requireMap(n.get(), QStringLiteral("a component"));
            const QString kind = str(cm, "kind");
            Port port;
            port.name = str(cm, "name");
            port.contractId = str(cm, "id");
            port.description = str(cm, "description");
            port.type = kind == QLatin1String("outputport") ? str(cm, "outputPortType") : kind;
            port.version = str(cm, "version");
            if (kind == QLatin1String("outputport"))
                p.outputPorts.push_back(port);
            else if (kind == QLatin1String("observability"))
                p.managementPorts.push_back(port);
            for (const QString &dep : strList(cm, "dependsOn"))
                if (kind == QLatin1String("outputport") && !dep.isEmpty())
                    p.inputPorts.push_back(
                        {dep, {}, dep, {}, QStringLiteral("dependency"), {}, {}, false, {}});
        }
    }
    return p;
}

Auxiliary readAuxiliary(const YamlNode &root)
{
    Auxiliary a;
    a.id = str(root, "id");
    if (a.id.isEmpty())
        fail(&root, QStringLiteral("the document has no 'id'"));
    a.name = str(root, "name");
    a.owner = str(root, "owner");
    a.type = str(root, "type");
    a.properties = root.toJson().toObject();
    return a;
}

} // namespace meshdesk::formats
