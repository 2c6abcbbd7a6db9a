#include "CatalogStats.h"

#include <functional>

namespace meshdesk {

CatalogStats computeCatalogStats(CatalogStore &store)
{
    CatalogStats s;
    auto domainName = [](const QString &d) { return d.isEmpty() ? QStringLiteral("(none)") : d; };
    for (const EntitySummary &p : store.entities(QStringLiteral("product"))) {
        ++s.productsPerDomain[domainName(p.domain)];
        s.pendingPerDomain[domainName(p.domain)] += p.pendingChanges;
    }
    for (const EntitySummary &c : store.entities(QStringLiteral("contract"))) {
        ++s.contractsByStatus[c.status.isEmpty() ? QStringLiteral("(none)") : c.status];
        s.pendingPerDomain[domainName(c.domain)] += c.pendingChanges;
        const auto v = store.currentVersion(QStringLiteral("contract"), c.key);
        const auto doc = v ? store.document(*v) : std::nullopt;
        if (!doc)
            continue;
        DomainFieldStats &fs = s.fieldsPerDomain[domainName(c.domain)];
        std::function<void(const Field &)> walk = [&](const Field &f) {
            ++fs.fields;
            if (f.pii || !f.classification.isEmpty())
                ++fs.classified;
            if (f.pii)
                ++fs.pii;
            for (const Field &child : f.fields)
                walk(child);
            if (const Field *items = f.arrayItems())
                for (const Field &child : items->fields)
                    walk(child);
        };
        for (const SchemaObject &o : doc->contract.objects)
            for (const Field &f : o.fields)
                walk(f);
    }
    for (auto it = s.pendingPerDomain.begin(); it != s.pendingPerDomain.end();)
        it = it.value() == 0 ? s.pendingPerDomain.erase(it) : std::next(it);
    return s;
}

} // namespace meshdesk
