// The product and contract pages as rich text for a QTextBrowser: every reference (the
// product that produces an input, an output's contract) is a link "product:ID"/"contract:ID".
#pragma once

#include "catalog/Catalog.h"
#include "store/CatalogStore.h"

#include <QHash>

namespace meshdesk {

struct PageContext
{
    QHash<QString, QString> producerOf;       // contract id -> product key that outputs it
    QHash<QString, QString> productNames;     // product key -> name
    QHash<QString, Contract> outputContracts; // contract id -> contract (for servers/topics)
    QList<VersionRecord> history;
    QHash<QString, QStringList> consumersOf; // contract id -> product keys with an input port on it
};

QString productPageHtml(const DataProduct &p, const PageContext &ctx);
QString contractPageHtml(const Contract &c, const PageContext &ctx);
// A status as a coloured badge (active green, draft/proposed amber, deprecated/retired red).
QString statusBadgeHtml(const QString &status);

} // namespace meshdesk
