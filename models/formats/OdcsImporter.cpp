// ODCS v3.0.x / v3.1.0 (bitol-io open-data-contract-standard) -> Contract.
#include "DocumentWriter.h"
#include "Importers.h"
#include "YamlReader.h"

namespace meshdesk::formats {

using namespace yaml;

namespace {

void readLogicalTypeOptions(const YamlNode &p, Field &f)
{
    const YamlNode *o = mapping(p, "logicalTypeOptions");
    const YamlNode &src = o ? *o : p; // 3.0 examples sometimes put options on the property
    if (!o && !p.get(u"pattern") && !p.get(u"minLength") && !p.get(u"maxLength"))
        return;
    f.pattern = str(src, "pattern");
    f.format = str(src, "format");
    f.minLength = integer(src, "minLength");
    f.maxLength = integer(src, "maxLength");
    auto numberOrText = [&](const char *key) -> std::optional<double> {
        // Dates and timestamps are bounds too ("2020-01-01"); only numeric ones are compared.
        const YamlNode *n = src.get(QLatin1String(key));
        if (!n || !n->isScalar())
            return std::nullopt;
        bool ok = false;
        const double d = n->text.toDouble(&ok);
        return ok ? std::optional<double>(d) : std::nullopt;
    };
    f.minimum = numberOrText("minimum");
    f.maximum = numberOrText("maximum");
    f.exclusiveMinimum = numberOrText("exclusiveMinimum");
    f.exclusiveMaximum = numberOrText("exclusiveMaximum");
}

// isItem: an array's 'items', which ODCS 3.1 lets go without a name
Field readProperty(const YamlNode &p, bool isItem = false)
{
    Field f;
    f.line = p.line;
    f.name = str(p, "name");
    f.businessName = str(p, "businessName");
    f.logicalType = str(p, "logicalType");
    f.physicalType = str(p, "physicalType");
    f.description = str(p, "description");
    f.classification = str(p, "classification");
    f.required = boolean(p, "required");
    f.unique = boolean(p, "unique");
    f.primaryKey = boolean(p, "primaryKey");
    f.primaryKeyPosition = int(integer(p, "primaryKeyPosition").value_or(-1));
    f.partitioned = boolean(p, "partitioned");
    f.partitionKeyPosition = int(integer(p, "partitionKeyPosition").value_or(-1));
    f.criticalDataElement = boolean(p, "criticalDataElement");
    f.tags = strList(p, "tags");
    f.examples = jsonArray(p, "examples");
    f.quality = jsonArray(p, "quality");
    f.authoritativeDefinitions = jsonArray(p, "authoritativeDefinitions");
    f.transformSourceObjects = strList(p, "transformSourceObjects");
    f.transformLogic = str(p, "transformLogic");
    f.customProperties = jsonArray(p, "customProperties");
    const QString cls = f.classification.toLower();
    f.pii =
        cls == QLatin1String("pii") || f.tags.contains(QLatin1String("pii"), Qt::CaseInsensitive);
    for (const auto &cp : f.customProperties) {
        const QJsonObject o = cp.toObject();
        if (o.value(QLatin1String("property"))
                .toString()
                .compare(QLatin1String("pii"), Qt::CaseInsensitive) == 0)
            f.pii = f.pii || o.value(QLatin1String("value")).toBool() ||
                    o.value(QLatin1String("value")).toString() == QLatin1String("true");
    }
    readLogicalTypeOptions(p, f);
    if (const YamlNode *opts = mapping(p, "logicalTypeOptions"))
        f.enumValues = strList(*opts, "enum");
    if (f.enumValues.isEmpty())
        f.enumValues = strList(p, "enum");
    // ODCS 3.1 has no enum keyword for properties: a library rule "invalidValues must be 0"
    // with its validValues says the same
    for (qsizetype i = 0; i < f.quality.size() && f.enumValues.isEmpty(); ++i)
        f.enumValues = enumOfQualityRule(f.quality[i].toObject());
    if (const YamlNode *props = list(p, "properties")) {
        for (const auto &c : props->items)
            f.fields.push_back(readProperty(requireMap(c.get(), QStringLiteral("a property"))));
    }
    if (const YamlNode *items = p.get(u"items"); items && !items->isNull()) {
        Field item = readProperty(requireMap(items, QStringLiteral("'items'")), true);
        if (item.name.isEmpty())
            item.name = QStringLiteral("[]");
        f.items.push_back(std::move(item));
    }
    if (f.name.isEmpty() && !isItem)
        fail(&p, QStringLiteral("a property has no 'name'"));
    return f;
}

Team readTeam(const YamlNode &root)
{
    Team t;
    const YamlNode *team = root.get(u"team");
    if (!team || team->isNull())
        return t;
    const YamlNode *members = nullptr;
    if (team->isSeq()) { // ODCS 3.0: team is the list of members
        members = team;
    } else if (team->isMap()) { // ODCS 3.1: {name, description, members}
        t.name = str(*team, "name");
        t.description = str(*team, "description");
        members = list(*team, "members");
    } else {
        fail(team, QStringLiteral("'team' must be a list of members or a mapping"));
    }
    if (members) {
        for (const auto &m : members->items) {
            const YamlNode &mm = requireMap(m.get(), QStringLiteral("a team member"));
            TeamMember tm;
            tm.username = str(mm, "username");
            if (tm.username.isEmpty())
                tm.username = str(mm, "emailAddress");
            tm.name = str(mm, "name");
            tm.role = str(mm, "role");
            tm.dateIn = str(mm, "dateIn");
            tm.dateOut = str(mm, "dateOut");
            tm.description = str(mm, "description");
            t.members.push_back(tm);
        }
    }
    return t;
}

} // namespace

Description readDescription(const YamlNode &root)
{
    Description d;
    const YamlNode *n = root.get(u"description");
    if (!n || n->isNull())
        return d;
    if (n->isScalar()) {
        d.purpose = n->text;
    } else if (n->isMap()) {
        d.purpose = str(*n, "purpose");
        d.usage = str(*n, "usage");
        d.limitations = str(*n, "limitations");
    } else {
        fail(n, QStringLiteral("'description' must be text or a mapping"));
    }
    return d;
}

Team readTeamOf(const YamlNode &root)
{
    return readTeam(root);
}

QString ownerOf(const Team &team)
{
    if (!team.name.isEmpty())
        return team.name;
    for (const TeamMember &m : team.members)
        if (m.role.contains(QLatin1String("owner"), Qt::CaseInsensitive) && m.dateOut.isEmpty())
            return m.username;
    return {};
}

Contract readOdcs(const YamlNode &root)
{
    Contract c;
    c.format = SourceFormat::Odcs;
    c.formatVersion = str(root, "apiVersion");
    c.id = str(root, "id");
    if (c.id.isEmpty())
        fail(&root, QStringLiteral("the contract has no 'id'"));
    c.name = str(root, "name");
    if (c.name.isEmpty())
        c.name = str(root, "dataProduct");
    if (c.name.isEmpty())
        c.name = c.id;
    c.version = str(root, "version");
    c.status = str(root, "status");
    c.domain = str(root, "domain");
    c.dataProduct = str(root, "dataProduct");
    c.tenant = str(root, "tenant");
    c.description = readDescription(root);
    c.team = readTeam(root);
    c.owner = ownerOf(c.team);
    c.tags = strList(root, "tags");
    if (const YamlNode *servers = list(root, "servers")) {
        for (const auto &s : servers->items) {
            const YamlNode &sm = requireMap(s.get(), QStringLiteral("a server"));
            Server srv;
            srv.server = str(sm, "server");
            srv.type = str(sm, "type");
            srv.environment = str(sm, "environment");
            srv.format = str(sm, "format");
            srv.properties = sm.toJson().toObject();
            c.servers.push_back(srv);
        }
    }
    if (const YamlNode *roles = list(root, "roles")) {
        for (const auto &r : roles->items) {
            const YamlNode &rm = requireMap(r.get(), QStringLiteral("a role"));
            c.roles.push_back({str(rm, "role"), str(rm, "access"), str(rm, "firstLevelApprovers"),
                               str(rm, "secondLevelApprovers"), str(rm, "description")});
        }
    }
    if (const YamlNode *schema = list(root, "schema")) {
        for (const auto &o : schema->items) {
            const YamlNode &om = requireMap(o.get(), QStringLiteral("a schema object"));
            SchemaObject so;
            so.line = om.line;
            so.name = str(om, "name");
            if (so.name.isEmpty())
                fail(&om, QStringLiteral("a schema object has no 'name'"));
            so.physicalName = str(om, "physicalName");
            so.physicalType = str(om, "physicalType");
            so.logicalType = str(om, "logicalType");
            so.businessName = str(om, "businessName");
            so.description = str(om, "description");
            so.tags = strList(om, "tags");
            so.quality = jsonArray(om, "quality");
            so.authoritativeDefinitions = jsonArray(om, "authoritativeDefinitions");
            so.customProperties = jsonArray(om, "customProperties");
            if (const YamlNode *props = list(om, "properties"))
                for (const auto &p : props->items)
                    so.fields.push_back(
                        readProperty(requireMap(p.get(), QStringLiteral("a property"))));
            c.objects.push_back(std::move(so));
        }
    }
    c.slaProperties = jsonArray(root, "slaProperties");
    c.support = jsonArray(root, "support");
    c.price = jsonObject(root, "price");
    c.customProperties = jsonArray(root, "customProperties");
    c.authoritativeDefinitions = jsonArray(root, "authoritativeDefinitions");
    return c;
}

} // namespace meshdesk::formats
