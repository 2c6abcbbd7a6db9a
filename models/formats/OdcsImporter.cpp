// ODCS v3.0.x / v3.1.0 / v3.2.0 (bitol-io open-data-contract-standard) -> Contract.
#include "DocumentWriter.h"
#include "Importers.h"
#include "YamlReader.h"

#include <QHash>

namespace meshdesk::formats {

using namespace yaml;

namespace {

const QSet<QString> &knownPropertyKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("name"), QStringLiteral("id"), QStringLiteral("businessName"),
        QStringLiteral("logicalType"), QStringLiteral("physicalType"),
        QStringLiteral("physicalName"), QStringLiteral("description"),
        QStringLiteral("classification"), QStringLiteral("encryptedName"),
        QStringLiteral("semanticType"), QStringLiteral("required"), QStringLiteral("unique"),
        QStringLiteral("primaryKey"), QStringLiteral("primaryKeyPosition"),
        QStringLiteral("partitioned"), QStringLiteral("partitionKeyPosition"),
        QStringLiteral("criticalDataElement"), QStringLiteral("deprecated"), QStringLiteral("tags"),
        QStringLiteral("synonyms"), QStringLiteral("examples"), QStringLiteral("quality"),
        QStringLiteral("authoritativeDefinitions"), QStringLiteral("relationships"),
        QStringLiteral("transformSourceObjects"), QStringLiteral("transformLogic"),
        QStringLiteral("transformDescription"), QStringLiteral("customProperties"),
        QStringLiteral("logicalTypeOptions"), QStringLiteral("enum"), QStringLiteral("properties"),
        QStringLiteral("items"), QStringLiteral("map"),
        // options written on the property itself (ODCS 3.0 examples do)
        QStringLiteral("format"), QStringLiteral("pattern"), QStringLiteral("minLength"),
        QStringLiteral("maxLength"), QStringLiteral("minimum"), QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"), QStringLiteral("exclusiveMaximum"),
        QStringLiteral("multipleOf"), QStringLiteral("minItems"), QStringLiteral("maxItems"),
        QStringLiteral("uniqueItems"), QStringLiteral("minProperties"),
        QStringLiteral("maxProperties"), QStringLiteral("timezone"),
        QStringLiteral("defaultTimezone")};
    return keys;
}

const QSet<QString> &knownOptionKeys()
{
    static const QSet<QString> keys = {
        QStringLiteral("format"),           QStringLiteral("pattern"),
        QStringLiteral("minLength"),        QStringLiteral("maxLength"),
        QStringLiteral("minimum"),          QStringLiteral("maximum"),
        QStringLiteral("exclusiveMinimum"), QStringLiteral("exclusiveMaximum"),
        QStringLiteral("multipleOf"),       QStringLiteral("minItems"),
        QStringLiteral("maxItems"),         QStringLiteral("uniqueItems"),
        QStringLiteral("minProperties"),    QStringLiteral("maxProperties"),
        QStringLiteral("required"),         QStringLiteral("timezone"),
        QStringLiteral("defaultTimezone"),  QStringLiteral("enum")};
    return keys;
}

bool isTemporal(const QString &logicalType)
{
    return logicalType == QLatin1String("date") || logicalType == QLatin1String("timestamp") ||
           logicalType == QLatin1String("time");
}

// logicalTypeOptions (or, in ODCS 3.0 documents, the same keys on the property itself).
void readLogicalTypeOptions(const YamlNode &p, Field &f)
{
    const YamlNode *o = mapping(p, "logicalTypeOptions");
    // Where each option is: the options mapping, else the property itself (3.0 style). One
    // pass over each mapping (a lookup per option would cost more than the rest of the field).
    enum Opt
    {
        Pattern,
        Format,
        MinLength,
        MaxLength,
        MinItems,
        MaxItems,
        MinProperties,
        MaxProperties,
        MultipleOf,
        UniqueItems,
        Timezone,
        DefaultTimezone,
        Minimum,
        Maximum,
        ExclusiveMinimum,
        ExclusiveMaximum,
        OptCount
    };
    static const QHash<QString, int> index = {
        {QStringLiteral("pattern"), Pattern},
        {QStringLiteral("format"), Format},
        {QStringLiteral("minLength"), MinLength},
        {QStringLiteral("maxLength"), MaxLength},
        {QStringLiteral("minItems"), MinItems},
        {QStringLiteral("maxItems"), MaxItems},
        {QStringLiteral("minProperties"), MinProperties},
        {QStringLiteral("maxProperties"), MaxProperties},
        {QStringLiteral("multipleOf"), MultipleOf},
        {QStringLiteral("uniqueItems"), UniqueItems},
        {QStringLiteral("timezone"), Timezone},
        {QStringLiteral("defaultTimezone"), DefaultTimezone},
        {QStringLiteral("minimum"), Minimum},
        {QStringLiteral("maximum"), Maximum},
        {QStringLiteral("exclusiveMinimum"), ExclusiveMinimum},
        {QStringLiteral("exclusiveMaximum"), ExclusiveMaximum}};
    const YamlNode *holder[OptCount] = {};
    const YamlNode *value[OptCount] = {};
    auto scan = [&](const YamlNode &m) {
        for (const YamlNode::Entry &e : m.entries)
            if (const auto it = index.constFind(e.key); it != index.constEnd()) {
                holder[*it] = e.value->isNull() ? nullptr : &m;
                value[*it] = e.value->isNull() ? nullptr : e.value.get();
            }
    };
    scan(p);
    if (o)
        scan(*o); // the options mapping wins
    auto opt = [&](int i) { return value[i]; };
    auto src = [&](int i) -> const YamlNode & { return holder[i] ? *holder[i] : p; };
    if (opt(Pattern))
        f.pattern = str(src(Pattern), "pattern");
    if (opt(Format))
        f.format = str(src(Format), "format");
    if (opt(MinLength))
        f.minLength = integer(src(MinLength), "minLength");
    if (opt(MaxLength))
        f.maxLength = integer(src(MaxLength), "maxLength");
    if (opt(MinItems))
        f.minItems = integer(src(MinItems), "minItems");
    if (opt(MaxItems))
        f.maxItems = integer(src(MaxItems), "maxItems");
    if (opt(MinProperties))
        f.minProperties = integer(src(MinProperties), "minProperties");
    if (opt(MaxProperties))
        f.maxProperties = integer(src(MaxProperties), "maxProperties");
    if (opt(MultipleOf))
        f.multipleOf = number(src(MultipleOf), "multipleOf");
    if (opt(UniqueItems))
        f.uniqueItems = boolean(src(UniqueItems), "uniqueItems");
    if (opt(Timezone))
        f.timezone = boolean(src(Timezone), "timezone");
    if (opt(DefaultTimezone))
        f.defaultTimezone = str(src(DefaultTimezone), "defaultTimezone");
    if (o && o->get(u"required") && o->get(u"required")->isSeq())
        f.requiredProperties = strList(*o, "required");
    // Bounds: numbers, or (dates, timestamps, times) text as written. ODCS 3.0 spelled an
    // exclusive bound as `exclusiveMaximum: true` beside `maximum`: that bound becomes the
    // exclusive one, so the meaning stays.
    const bool temporal = isTemporal(f.logicalType);
    auto bound = [&](int i, const char *key, std::optional<double> &num, QString &text) {
        const YamlNode *n = opt(i);
        if (!n)
            return;
        if (!n->isScalar())
            fail(n, QStringLiteral("'%1' must be a number or a date, found a %2")
                        .arg(QLatin1String(key), n->typeName()));
        bool ok = false;
        const double d = temporal && !n->plain ? 0 : n->text.toDouble(&ok);
        if (ok && !temporal)
            num = d;
        else
            text = n->text;
    };
    bound(Minimum, "minimum", f.minimum, f.minimumText);
    bound(Maximum, "maximum", f.maximum, f.maximumText);
    auto exclusive = [&](int i, const char *key, std::optional<double> &inclusive,
                         QString &inclusiveText, std::optional<double> &num, QString &text) {
        const YamlNode *n = opt(i);
        if (!n)
            return;
        const QString t = n->isScalar() && n->plain ? n->text.toLower() : QString();
        if (t == QLatin1String("true") || t == QLatin1String("false")) {
            if (t == QLatin1String("true")) {
                if (!inclusive && inclusiveText.isEmpty())
                    warn(n, QStringLiteral("'%1: true' without a bound beside it has no effect")
                                .arg(QLatin1String(key)));
                num = inclusive;
                text = inclusiveText;
                inclusive.reset();
                inclusiveText.clear();
            }
            return;
        }
        bound(i, key, num, text);
    };
    exclusive(ExclusiveMinimum, "exclusiveMinimum", f.minimum, f.minimumText, f.exclusiveMinimum,
              f.exclusiveMinimumText);
    exclusive(ExclusiveMaximum, "exclusiveMaximum", f.maximum, f.maximumText, f.exclusiveMaximum,
              f.exclusiveMaximumText);
    if (o)
        for (const YamlNode::Entry &e : o->entries)
            if (!knownOptionKeys().contains(e.key))
                f.extensions.insert(QStringLiteral("logicalTypeOptions.") + e.key,
                                    e.value->toJson());
}

// `enum`: a list of values, or (ODCS 3.2) of objects {value, label, description, ...}.
void readEnum(const YamlNode &list, Field &f)
{
    if (!list.isSeq())
        fail(&list, QStringLiteral("'enum' must be a list, found a %1").arg(list.typeName()));
    for (const auto &i : list.items) {
        if (i->isNull())
            continue;
        if (i->isScalar()) {
            f.enumValues << i->text;
        } else if (i->isMap()) {
            const YamlNode *v = i->get(u"value");
            if (!v || !v->isScalar())
                fail(i.get(), QStringLiteral("an 'enum' entry has no 'value'"));
            f.enumValues << v->text;
            f.enumDetails.append(i->toJson());
        } else {
            fail(i.get(), QStringLiteral("entries of 'enum' must be values or mappings, found a %1")
                              .arg(i->typeName()));
        }
    }
}

QStringList refList(const YamlNode &n, const char *what)
{
    if (n.isScalar())
        return {n.text};
    if (n.isSeq()) {
        QStringList out;
        for (const auto &i : n.items)
            if (i->isScalar())
                out << i->text;
        return out;
    }
    fail(&n, QStringLiteral("'%1' must be a reference or a list of references")
                 .arg(QLatin1String(what)));
}

} // namespace

std::vector<Relationship> readRelationships(const YamlNode &owner)
{
    std::vector<Relationship> out;
    const YamlNode *l = list(owner, "relationships");
    if (!l)
        return out;
    for (const auto &r : l->items) {
        const YamlNode &rm = requireMap(r.get(), QStringLiteral("a relationship"));
        Relationship rel;
        rel.type = str(rm, "type");
        if (rel.type.isEmpty())
            rel.type = QStringLiteral("foreignKey");
        if (const YamlNode *from = rm.get(u"from"); from && !from->isNull())
            rel.from = refList(*from, "from");
        const YamlNode *to = rm.get(u"to");
        if (!to || to->isNull())
            fail(&rm, QStringLiteral("a relationship has no 'to'"));
        rel.to = refList(*to, "to");
        rel.customProperties = jsonArray(rm, "customProperties");
        out.push_back(std::move(rel));
    }
    return out;
}

namespace {

Field readProperty(const YamlNode &p, const QString &impliedName = QString())
{
    Field f;
    f.line = p.line;
    f.name = str(p, "name");
    if (f.name.isEmpty())
        f.name = impliedName; // `items` and map key/value need no name
    if (f.name.isEmpty())
        fail(&p, QStringLiteral("a property has no 'name'"));
    f.id = str(p, "id");
    f.businessName = str(p, "businessName");
    f.logicalType = str(p, "logicalType");
    f.physicalType = str(p, "physicalType");
    f.physicalName = str(p, "physicalName");
    f.description = str(p, "description");
    f.classification = str(p, "classification");
    f.encryptedName = str(p, "encryptedName");
    f.semanticType = str(p, "semanticType");
    f.required = boolean(p, "required");
    f.unique = boolean(p, "unique");
    f.primaryKey = boolean(p, "primaryKey");
    f.primaryKeyPosition = int(integer(p, "primaryKeyPosition").value_or(-1));
    f.partitioned = boolean(p, "partitioned");
    f.partitionKeyPosition = int(integer(p, "partitionKeyPosition").value_or(-1));
    f.criticalDataElement = boolean(p, "criticalDataElement");
    f.deprecated = boolean(p, "deprecated");
    f.tags = strList(p, "tags");
    f.synonyms = jsonArray(p, "synonyms");
    f.examples = jsonArray(p, "examples");
    f.quality = jsonArray(p, "quality");
    f.authoritativeDefinitions = jsonArray(p, "authoritativeDefinitions");
    f.relationships = readRelationships(p);
    f.transformSourceObjects = strList(p, "transformSourceObjects");
    f.transformLogic = str(p, "transformLogic");
    f.transformDescription = str(p, "transformDescription");
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
    if (const YamlNode *e = p.get(u"enum"); e && !e->isNull())
        readEnum(*e, f);
    else if (const YamlNode *opts = mapping(p, "logicalTypeOptions"))
        if (const YamlNode *oe = opts->get(u"enum"); oe && !oe->isNull())
            readEnum(*oe, f);
    // ODCS 3.1 has no enum keyword for properties: a library rule "invalidValues must be 0"
    // with its validValues says the same
    for (qsizetype q = 0; q < f.quality.size() && f.enumValues.isEmpty(); ++q)
        f.enumValues = enumOfQualityRule(f.quality[q].toObject());
    if (const YamlNode *props = list(p, "properties")) {
        for (const auto &c : props->items)
            f.fields.push_back(readProperty(requireMap(c.get(), QStringLiteral("a property"))));
    }
    if (const YamlNode *items = p.get(u"items"); items && !items->isNull())
        f.items.push_back(
            readProperty(requireMap(items, QStringLiteral("'items'")), QStringLiteral("[]")));
    if (const YamlNode *map = mapping(p, "map")) { // ODCS 3.2 map: key and value types
        if (const YamlNode *k = map->get(u"key"); k && !k->isNull())
            f.mapKey.push_back(
                readProperty(requireMap(k, QStringLiteral("'map.key'")), QStringLiteral("{key}")));
        if (const YamlNode *v = map->get(u"value"); v && !v->isNull())
            f.items.push_back(
                readProperty(requireMap(v, QStringLiteral("'map.value'")), QStringLiteral("{}")));
    }
    const QJsonObject ext = unknownKeys(p, knownPropertyKeys());
    for (auto it = ext.begin(); it != ext.end(); ++it)
        f.extensions.insert(it.key(), it.value());
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
        static const QSet<QString> teamKeys = {
            QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("members")};
        t.properties = unknownKeys(*team, teamKeys);
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
            static const QSet<QString> memberKeys = {
                QStringLiteral("username"),   QStringLiteral("emailAddress"),
                QStringLiteral("name"),       QStringLiteral("role"),
                QStringLiteral("dateIn"),     QStringLiteral("dateOut"),
                QStringLiteral("description")};
            tm.properties = unknownKeys(mm, memberKeys);
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
        d.customProperties = jsonArray(*n, "customProperties");
        d.authoritativeDefinitions = jsonArray(*n, "authoritativeDefinitions");
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
                               str(rm, "secondLevelApprovers"), str(rm, "description"),
                               jsonArray(rm, "customProperties")});
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
            so.id = str(om, "id");
            so.physicalName = str(om, "physicalName");
            so.physicalType = str(om, "physicalType");
            so.logicalType = str(om, "logicalType");
            so.businessName = str(om, "businessName");
            so.description = str(om, "description");
            so.dataGranularityDescription = str(om, "dataGranularityDescription");
            so.deprecated = boolean(om, "deprecated");
            so.tags = strList(om, "tags");
            so.synonyms = jsonArray(om, "synonyms");
            so.quality = jsonArray(om, "quality");
            so.authoritativeDefinitions = jsonArray(om, "authoritativeDefinitions");
            so.customProperties = jsonArray(om, "customProperties");
            so.relationships = readRelationships(om);
            so.context = jsonObject(om, "context");
            static const QSet<QString> objectKeys = {QStringLiteral("name"),
                                                     QStringLiteral("id"),
                                                     QStringLiteral("physicalName"),
                                                     QStringLiteral("physicalType"),
                                                     QStringLiteral("logicalType"),
                                                     QStringLiteral("businessName"),
                                                     QStringLiteral("description"),
                                                     QStringLiteral("dataGranularityDescription"),
                                                     QStringLiteral("deprecated"),
                                                     QStringLiteral("tags"),
                                                     QStringLiteral("synonyms"),
                                                     QStringLiteral("quality"),
                                                     QStringLiteral("authoritativeDefinitions"),
                                                     QStringLiteral("customProperties"),
                                                     QStringLiteral("relationships"),
                                                     QStringLiteral("context"),
                                                     QStringLiteral("properties")};
            so.extensions = unknownKeys(om, objectKeys);
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
    c.context = jsonObject(root, "context");
    c.createdTs = str(root, "contractCreatedTs");
    static const QSet<QString> topKeys = {QStringLiteral("apiVersion"),
                                          QStringLiteral("kind"),
                                          QStringLiteral("id"),
                                          QStringLiteral("name"),
                                          QStringLiteral("version"),
                                          QStringLiteral("status"),
                                          QStringLiteral("domain"),
                                          QStringLiteral("dataProduct"),
                                          QStringLiteral("tenant"),
                                          QStringLiteral("description"),
                                          QStringLiteral("team"),
                                          QStringLiteral("tags"),
                                          QStringLiteral("servers"),
                                          QStringLiteral("roles"),
                                          QStringLiteral("schema"),
                                          QStringLiteral("slaProperties"),
                                          QStringLiteral("support"),
                                          QStringLiteral("price"),
                                          QStringLiteral("customProperties"),
                                          QStringLiteral("authoritativeDefinitions"),
                                          QStringLiteral("context"),
                                          QStringLiteral("contractCreatedTs")};
    c.extensions = unknownKeys(root, topKeys);
    return c;
}

} // namespace meshdesk::formats
