#include "Policies.h"

#include "store/CatalogStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace meshdesk::governance {

int lifecycleIndex(const QString &status)
{
    const QString s = status.trimmed().toLower();
    static const QStringList order{QStringLiteral("proposed"), QStringLiteral("draft"),
                                   QStringLiteral("active"), QStringLiteral("deprecated"),
                                   QStringLiteral("retired")};
    if (s == QLatin1String("development") || s == QLatin1String("in development"))
        return 1;
    return int(order.indexOf(s));
}

bool looksPersonal(const QString &fieldName)
{
    static const QRegularExpression re(
        QStringLiteral("(e_?mail|phone|mobile|(^|_)name($|_)|first_?name|last_?name|full_?name|"
                       "surname|address|street|birth|dob($|_)|ssn|passport|iban)"),
        QRegularExpression::CaseInsensitiveOption);
    // "name" alone is personal only as a person's name; object/table names like
    // "product_name" are common, so require a person-ish prefix or the bare word.
    if (re.match(fieldName).hasMatch()) {
        static const QRegularExpression notPerson(
            QStringLiteral(
                "(product|table|file|host|domain|campaign|model|schema|column|event|type|"
                "brand|category|company|carrier|warehouse|topic)_?name"),
            QRegularExpression::CaseInsensitiveOption);
        return !notPerson.match(fieldName).hasMatch() ||
               fieldName.contains(QLatin1String("mail"), Qt::CaseInsensitive);
    }
    return false;
}

namespace {

void forEachField(const Contract &c, const std::function<void(const Field &, const QString &)> &fn)
{
    std::function<void(const Field &, const QString &)> walk = [&](const Field &f,
                                                                   const QString &path) {
        fn(f, path);
        for (const Field &child : f.fields)
            walk(child, path + QStringLiteral(".properties.") + child.name);
        if (const Field *items = f.arrayItems())
            for (const Field &child : items->fields)
                walk(child, path + QStringLiteral(".items.properties.") + child.name);
    };
    for (const SchemaObject &o : c.objects)
        for (const Field &f : o.fields)
            walk(f, QStringLiteral("schema.") + o.name + QStringLiteral(".properties.") + f.name);
}

QList<PolicyFinding> majorBump(const PolicyContext &ctx)
{
    if (!ctx.current || !ctx.diff || !ctx.diff->breaking())
        return {};
    const int oldMajor = majorVersion(ctx.current->version());
    const int newMajor = majorVersion(ctx.proposed->version());
    if (newMajor > oldMajor && oldMajor >= 0)
        return {};
    return {{QStringLiteral("major-version-for-breaking"), QStringLiteral("version"),
             QStringLiteral("%1 breaking change(s) but the version goes from %2 to %3; a breaking "
                            "change needs a new major version")
                 .arg(ctx.diff->count(Severity::Breaking))
                 .arg(ctx.current->version(), ctx.proposed->version())}};
}

QList<PolicyFinding> productOwner(const PolicyContext &ctx)
{
    if (ctx.proposed->kind != ImportedDocument::Kind::Product || !ctx.proposed->owner().isEmpty())
        return {};
    return {{QStringLiteral("product-has-owner"), QStringLiteral("team"),
             QStringLiteral("the data product names no owner (team or owner member)")}};
}

QList<PolicyFinding> fieldDescriptions(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Contract)
        return out;
    forEachField(ctx.proposed->contract, [&](const Field &f, const QString &path) {
        if (f.description.trimmed().isEmpty())
            out.append({QStringLiteral("field-descriptions"), path,
                        QStringLiteral("field '%1' has no description").arg(f.name)});
    });
    return out;
}

QList<PolicyFinding> piiDeclared(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Contract)
        return out;
    forEachField(ctx.proposed->contract, [&](const Field &f, const QString &path) {
        if (looksPersonal(f.name) && !f.pii && f.classification.isEmpty())
            out.append({QStringLiteral("pii-classified"), path,
                        QStringLiteral("field '%1' looks like personal data but declares no "
                                       "classification or pii")
                            .arg(f.name)});
    });
    return out;
}

QList<PolicyFinding> portsHaveContracts(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Product)
        return out;
    for (const Port &p : ctx.proposed->product.outputPorts) {
        const QString path = QStringLiteral("outputPorts.") + p.name;
        if (p.contractId.isEmpty())
            out.append({QStringLiteral("output-ports-have-contracts"), path,
                        QStringLiteral("output port '%1' names no contract").arg(p.name)});
        else if (!ctx.knownContractIds.isEmpty() && !ctx.knownContractIds.contains(p.contractId))
            out.append(
                {QStringLiteral("output-ports-have-contracts"), path,
                 QStringLiteral("output port '%1' names contract '%2', which is not in the catalog")
                     .arg(p.name, p.contractId)});
    }
    return out;
}

QList<PolicyFinding> lifecycle(const PolicyContext &ctx)
{
    const QString to = ctx.proposed->status();
    const int t = lifecycleIndex(to);
    if (t < 0)
        return {{QStringLiteral("status-lifecycle"), QStringLiteral("status"),
                 QStringLiteral(
                     "status '%1' is not one of proposed, draft, active, deprecated, retired")
                     .arg(to)}};
    if (!ctx.current)
        return {};
    const QString from = ctx.current->status();
    const int f = lifecycleIndex(from);
    if (f < 0 || t == f || t == f + 1 || (t == 4 && f >= 2))
        return {}; // same, the next step, or retiring what was released
    return {{QStringLiteral("status-lifecycle"), QStringLiteral("status"),
             QStringLiteral("status may not go from '%1' to '%2' (lifecycle: proposed -> draft -> "
                            "active -> deprecated -> retired)")
                 .arg(from, to)}};
}

QString customProperty(const QJsonArray &properties, const QString &name)
{
    for (const QJsonValue &v : properties) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("property")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return jsonText(o.value(QLatin1String("value"))).trimmed();
    }
    return {};
}

// What a data product needs before it is on the mesh (the owner is product-has-owner's)
QList<PolicyFinding> productMinimum(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Product)
        return out;
    const DataProduct &p = ctx.proposed->product;
    // a product leaving the mesh (deprecated, retired) need not meet the minimum to join it
    if (lifecycleIndex(p.status) >= 3)
        return out;
    const QString id = QStringLiteral("product-minimum");
    if (p.domain.trimmed().isEmpty())
        out.append(
            {id, QStringLiteral("domain"), QStringLiteral("the data product names no domain")});
    if (p.description.purpose.trimmed().isEmpty())
        out.append({id, QStringLiteral("description.purpose"),
                    QStringLiteral("the data product has no description (purpose)")});
    if (p.outputPorts.empty())
        out.append({id, QStringLiteral("outputPorts"),
                    QStringLiteral("the data product has no output port")});
    const QString tier = customProperty(p.customProperties, QStringLiteral("qualityTier"));
    if (!qualityTiers().contains(tier.toLower()))
        out.append({id, QStringLiteral("customProperties.qualityTier"),
                    tier.isEmpty()
                        ? QStringLiteral("the data product declares no quality tier (custom "
                                         "property qualityTier: %1)")
                              .arg(qualityTiers().join(QStringLiteral(", ")))
                        : QStringLiteral("quality tier '%1' is not one of %2")
                              .arg(tier, qualityTiers().join(QStringLiteral(", ")))});
    return out;
}

// What a contract needs before a product publishes it
QList<PolicyFinding> contractMinimum(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Contract)
        return out;
    const Contract &c = ctx.proposed->contract;
    const QString id = QStringLiteral("contract-minimum");
    if (c.description.purpose.trimmed().isEmpty())
        out.append({id, QStringLiteral("description.purpose"),
                    QStringLiteral("the contract has no description (purpose)")});
    if (c.owner.trimmed().isEmpty())
        out.append({id, QStringLiteral("team"),
                    QStringLiteral("the contract names no owner (team or owner member)")});
    if (std::none_of(c.objects.cbegin(), c.objects.cend(),
                     [](const SchemaObject &o) { return !o.fields.empty(); }))
        out.append({id, QStringLiteral("schema"),
                    QStringLiteral("the contract describes no field of its data")});
    if (c.slaProperties.isEmpty())
        out.append({id, QStringLiteral("slaProperties"),
                    QStringLiteral("the contract declares no service levels (slaProperties: "
                                   "availability, latency, retention…)")});
    return out;
}

// Retiring a product that others still read takes an explicit override (Remove from Mesh)
QList<PolicyFinding> retirementReaders(const PolicyContext &ctx)
{
    QList<PolicyFinding> out;
    if (ctx.proposed->kind != ImportedDocument::Kind::Product || !ctx.readers ||
        ctx.readers->isEmpty() ||
        ctx.proposed->product.status.toLower() != QLatin1String("retired"))
        return out;
    for (const QJsonValue &v : ctx.proposed->product.customProperties)
        if (v.toObject().value(QLatin1String("property")).toString() ==
                QLatin1String("retirementOverride") &&
            !v.toObject().value(QLatin1String("value")).toVariant().toString().trimmed().isEmpty())
            return out;
    QStringList readers;
    for (const Consumer &c : *ctx.readers)
        readers << QStringLiteral("%1 (owner %2)").arg(c.productId, c.owner);
    out.append(
        {QStringLiteral("retirement-readers"), QStringLiteral("status"),
         QStringLiteral("retired while %1 product(s) still read it (%2), without an explicit "
                        "override (custom property retirementOverride with the reason)")
             .arg(ctx.readers->size())
             .arg(readers.join(QStringLiteral(", ")))});
    return out;
}

} // namespace

const QStringList &qualityTiers()
{
    static const QStringList tiers{QStringLiteral("raw"), QStringLiteral("curated"),
                                   QStringLiteral("authoritative")};
    return tiers;
}

const QList<Policy> &builtinPolicies()
{
    static const QList<Policy> policies = {
        {QStringLiteral("major-version-for-breaking"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance",
                                          "A breaking change needs a major version bump")),
         Policy::Level::Error, majorBump},
        {QStringLiteral("product-has-owner"),
         QStringLiteral(
             QT_TRANSLATE_NOOP("meshdesk::governance", "Every data product has an owner")),
         Policy::Level::Error, productOwner},
        {QStringLiteral("field-descriptions"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance", "Every field has a description")),
         Policy::Level::Warning, fieldDescriptions},
        {QStringLiteral("pii-classified"),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "meshdesk::governance",
             "Fields that look like personal data declare a classification or PII")),
         Policy::Level::Error, piiDeclared},
        {QStringLiteral("output-ports-have-contracts"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance",
                                          "Every output port of a product has a contract")),
         Policy::Level::Error, portsHaveContracts},
        {QStringLiteral("status-lifecycle"),
         QStringLiteral(QT_TRANSLATE_NOOP(
             "meshdesk::governance",
             "Status follows the lifecycle proposed -> draft -> active -> deprecated -> retired")),
         Policy::Level::Warning, lifecycle},
        {QStringLiteral("product-minimum"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance",
                                          "A data product declares its domain, a description, a "
                                          "quality tier and an output port")),
         Policy::Level::Error, productMinimum},
        {QStringLiteral("contract-minimum"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance",
                                          "A contract declares a description, an owner, its "
                                          "fields and its service levels (SLA)")),
         Policy::Level::Error, contractMinimum},
        {QStringLiteral("retirement-readers"),
         QStringLiteral(QT_TRANSLATE_NOOP("meshdesk::governance",
                                          "A product that others still read is retired only with "
                                          "an explicit override")),
         Policy::Level::Error, retirementReaders},
    };
    return policies;
}

QStringList allPolicyIds()
{
    QStringList ids;
    for (const Policy &p : builtinPolicies())
        ids << p.id;
    return ids;
}

QList<PolicyResult> runPolicies(const PolicyContext &ctx, const QStringList &enabledIds)
{
    QList<PolicyResult> out;
    if (!ctx.proposed)
        return out;
    for (const Policy &p : builtinPolicies()) {
        if (!enabledIds.contains(p.id))
            continue;
        PolicyResult r{p.id, p.description, p.level, true, p.check(ctx)};
        r.passed = r.findings.isEmpty();
        out.append(r);
    }
    return out;
}

namespace {
QList<PolicyFinding> findings(const PublishCheck &c, Policy::Level level)
{
    QList<PolicyFinding> out;
    for (const QList<PolicyResult> *results : {&c.product, &c.contract})
        for (const PolicyResult &r : *results)
            if (!r.passed && r.level == level)
                out += r.findings;
    return out;
}
} // namespace

bool PublishCheck::ready() const
{
    return blocking().isEmpty();
}

QList<PolicyFinding> PublishCheck::blocking() const
{
    return findings(*this, Policy::Level::Error);
}

QList<PolicyFinding> PublishCheck::warnings() const
{
    return findings(*this, Policy::Level::Warning);
}

PublishCheck checkPublish(const DataProduct &product, const Contract &contract,
                          const QStringList &enabledIds, const QStringList &knownContractIds)
{
    PublishCheck check;
    ImportedDocument p;
    p.kind = ImportedDocument::Kind::Product;
    p.product = product;
    ImportedDocument c;
    c.kind = ImportedDocument::Kind::Contract;
    c.contract = contract;
    PolicyContext ctx;
    ctx.knownContractIds = knownContractIds;
    if (!ctx.knownContractIds.contains(contract.id))
        ctx.knownContractIds << contract.id; // published together
    ctx.proposed = &p;
    check.product = runPolicies(ctx, enabledIds);
    ctx.proposed = &c;
    check.contract = runPolicies(ctx, enabledIds);
    return check;
}

} // namespace meshdesk::governance
