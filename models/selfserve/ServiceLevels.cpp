#include "ServiceLevels.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace meshdesk::selfserve {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::selfserve", text);
}
constexpr qint64 kDay = 24LL * 3600 * 1000;
} // namespace

kafka::TopicSettings ServiceLevel::topic(const QString &name) const
{
    kafka::TopicSettings t;
    t.name = name;
    t.partitions = partitions;
    t.replicationFactor = replicationFactor;
    t.retentionMs = retentionMs;
    t.cleanupPolicy = cleanupPolicy;
    // with replicas to spare, a write is acknowledged by all but one of them
    t.minInsyncReplicas = replicationFactor > 1 ? replicationFactor - 1 : 0;
    return t;
}

QJsonArray ServiceLevel::slaProperties() const
{
    QJsonArray a;
    a.append(QJsonObject{{QStringLiteral("property"), QStringLiteral("availability")},
                         {QStringLiteral("value"), availability},
                         {QStringLiteral("unit"), QStringLiteral("percent")}});
    a.append(QJsonObject{{QStringLiteral("property"), QStringLiteral("latency")},
                         {QStringLiteral("value"), latencyMinutes},
                         {QStringLiteral("unit"), QStringLiteral("m")}});
    if (retentionMs > 0)
        a.append(QJsonObject{{QStringLiteral("property"), QStringLiteral("retention")},
                             {QStringLiteral("value"), double(retentionMs / kDay)},
                             {QStringLiteral("unit"), QStringLiteral("d")}});
    else
        a.append(QJsonObject{{QStringLiteral("property"), QStringLiteral("retention")},
                             {QStringLiteral("value"), QStringLiteral("unlimited")}});
    return a;
}

QList<ServiceLevel> serviceLevels()
{
    return {
        {QStringLiteral("bronze"), tr("Bronze"),
         tr("Best effort: one partition, no replicas, a week of history."), 1, 1, 7 * kDay,
         QStringLiteral("delete"), 99.0, 60},
        {QStringLiteral("silver"), tr("Silver"),
         tr("Three partitions, two replicas, 30 days of history."), 3, 2, 30 * kDay,
         QStringLiteral("delete"), 99.5, 15},
        {QStringLiteral("gold"), tr("Gold"),
         tr("Six partitions, three replicas, a year of history."), 6, 3, 365 * kDay,
         QStringLiteral("delete"), 99.9, 1},
        {QStringLiteral("gold-compacted"), tr("Gold, latest state"),
         tr("Six partitions, three replicas, the latest value of every key kept forever "
            "(compacted)."),
         6, 3, -1, QStringLiteral("compact"), 99.9, 1},
    };
}

std::optional<ServiceLevel> serviceLevel(const QString &id)
{
    for (const ServiceLevel &s : serviceLevels())
        if (s.id == id)
            return s;
    return std::nullopt;
}

} // namespace meshdesk::selfserve
