#include "TopicLinks.h"

#include "AvroDecoder.h"
#include "Conformance.h"
#include "Kafka.h"
#include "store/CatalogStore.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace meshdesk::kafka {

QList<ContractTopic> contractTopics(const Contract &contract)
{
    QList<ContractTopic> out;
    for (const Server &srv : contract.servers) {
        if (srv.type.compare(QLatin1String("kafka"), Qt::CaseInsensitive) != 0)
            continue;
        ContractTopic t;
        t.host = srv.properties.value(QLatin1String("host")).toString();
        t.format = srv.format.toLower();
        const QString topic = srv.properties.value(QLatin1String("topic")).toString();
        if (!topic.isEmpty()) {
            t.topic = topic;
            const auto match =
                std::find_if(contract.objects.cbegin(), contract.objects.cend(),
                             [&](const SchemaObject &so) { return so.physicalName == topic; });
            if (match != contract.objects.cend())
                t.schema = *match;
            else if (!contract.objects.empty())
                t.schema = contract.objects.front();
            out << t;
            continue;
        }
        for (const SchemaObject &so : contract.objects)
            if (!so.physicalName.isEmpty()) {
                t.topic = so.physicalName;
                t.schema = so;
                out << t;
            }
    }
    return out;
}

QList<TopicLink> kafkaTopics(CatalogStore &store)
{
    QHash<QString, QStringList> productsOf; // contract id -> product keys
    for (const ProductPorts &p : store.currentOutputPorts())
        if (!productsOf.value(p.contractId).contains(p.productKey))
            productsOf[p.contractId] << p.productKey;
    QHash<QString, QString> productNames, productDomains;
    for (const EntitySummary &e : store.entities(QStringLiteral("product"))) {
        productNames.insert(e.key, e.name.isEmpty() ? e.key : e.name);
        productDomains.insert(e.key, e.domain);
    }
    QList<TopicLink> links;
    for (const EntitySummary &e : store.entities(QStringLiteral("contract"))) {
        const auto v = store.currentVersion(QStringLiteral("contract"), e.key);
        if (!v)
            continue;
        const auto doc = store.document(*v);
        if (!doc || doc->kind != ImportedDocument::Kind::Contract)
            continue;
        for (const ContractTopic &t : contractTopics(doc->contract)) {
            TopicLink link;
            static_cast<ContractTopic &>(link) = t;
            link.contractId = e.key;
            link.contractName = e.name.isEmpty() ? e.key : e.name;
            link.productKeys = productsOf.value(e.key);
            for (const QString &k : std::as_const(link.productKeys))
                link.productNames << productNames.value(k, k);
            link.domain = link.productKeys.isEmpty()
                              ? e.domain
                              : productDomains.value(link.productKeys.front());
            if (link.domain.isEmpty())
                link.domain = e.domain;
            links << link;
        }
    }
    std::sort(links.begin(), links.end(),
              [](const TopicLink &a, const TopicLink &b) { return a.topic < b.topic; });
    return links;
}

QList<TopicLink> kafkaTopics(const QString &dbPath)
{
    CatalogStore store;
    try {
        if (store.open(dbPath))
            return kafkaTopics(store);
    } catch (const StoreError &) {
    }
    return {};
}

QString defaultDomainRule()
{
    return QStringLiteral("^(?<domain>[a-z][a-z0-9-]*)\\.");
}

QString domainByRule(const QString &topic, const QString &rule)
{
    const QRegularExpression re(rule);
    if (!re.isValid() || rule.isEmpty())
        return {};
    const QRegularExpressionMatch m = re.match(topic);
    if (!m.hasMatch())
        return {};
    const QString named = re.namedCaptureGroups().contains(QLatin1String("domain"))
                              ? m.captured(QStringLiteral("domain"))
                              : m.captured(1);
    return named.trimmed();
}

MeshTopics meshTopics(const QStringList &topics, const QList<TopicLink> &links, const QString &rule,
                      const QStringList &knownDomains)
{
    QSet<QString> domains(knownDomains.cbegin(), knownDomains.cend());
    for (const TopicLink &l : links)
        if (!l.domain.isEmpty())
            domains.insert(l.domain);
    MeshTopics out;
    for (const QString &topic : topics) {
        MeshTopic t;
        t.topic = topic;
        // a product publishing it wins over a contract that only describes it
        for (const TopicLink &l : links)
            if (l.topic == topic &&
                (!t.link || (t.link->productKeys.isEmpty() && !l.productKeys.isEmpty())))
                t.link = &l;
        t.published = t.link != nullptr;
        t.domain = t.link ? t.link->domain : domainByRule(topic, rule);
        t.domainKnown = domains.contains(t.domain);
        (t.published ? out.published : out.unpublished) << t;
    }
    auto byDomain = [](const MeshTopic &a, const MeshTopic &b) {
        // topics without a domain last
        if (a.domain.isEmpty() != b.domain.isEmpty())
            return b.domain.isEmpty();
        return a.domain != b.domain ? a.domain < b.domain : a.topic < b.topic;
    };
    std::sort(out.published.begin(), out.published.end(), byDomain);
    std::sort(out.unpublished.begin(), out.unpublished.end(), byDomain);
    return out;
}

TopicConformance measureConformance(const QString &bootstrap, const TopicLink &link,
                                    int lastPerPartition, int timeoutMs,
                                    const KafkaConfig &security, const std::atomic_bool *cancel)
{
    TopicConformance c;
    c.topic = link.topic;
    c.owner = link.productNames.isEmpty() ? link.contractName
                                          : link.productNames.join(QStringLiteral(", "));
    const ConformanceChecker checker(link.schema);
    const bool avro = link.format == QLatin1String("avro");
    AvroDecoder avroDecoder;
    if (avro) {
        const QByteArray schemaJson = avroSchemaFor(link.schema);
        if (!avroDecoder.setSchema(schemaJson, &c.error))
            return c;
        // the Confluent wire format's ids: the contract's schema stands for every id
        avroDecoder.setSchemaLookup([schemaJson](int, QString *) { return schemaJson; });
    }
    SampleRequest req;
    req.bootstrap = bootstrap;
    req.security = security;
    req.topic = link.topic;
    req.mode = SampleRequest::Mode::Last;
    req.last = lastPerPartition;
    req.timeoutMs = timeoutMs;
    req.cancel = cancel;
    req.onMessage = [&](const Message &m) {
        ++c.sampled;
        if (avro) {
            const Decoded d = avroDecoder.decode(m.value);
            c.violating += d.kind != Decoded::Kind::Json || !checker.check(d.json).isEmpty();
            return;
        }
        QList<Violation> violations;
        c.violating +=
            checker.checkJson(m.value, &violations) == ConformanceChecker::Json::Invalid ||
            !violations.isEmpty();
    };
    const SampleResult r = sample(req);
    if (!r.ok)
        c.error = r.error;
    return c;
}

} // namespace meshdesk::kafka
