// Figures for the catalog dashboard (computed off the GUI thread): products per domain,
// contracts by status, fields classified / PII per domain, pending changes per domain.
#pragma once

#include "store/CatalogStore.h"

#include <QMap>

namespace meshdesk {

struct DomainFieldStats
{
    int fields = 0;
    int classified = 0; // a classification or PII flag
    int pii = 0;
};

struct CatalogStats
{
    QMap<QString, int> productsPerDomain;
    QMap<QString, int> contractsByStatus;
    QMap<QString, DomainFieldStats> fieldsPerDomain;
    QMap<QString, int> pendingPerDomain;
};

CatalogStats computeCatalogStats(CatalogStore &store);

} // namespace meshdesk
