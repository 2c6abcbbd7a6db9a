#include "DemoFeed.h"

#include "TopicLinks.h"
#include "formats/DocumentImporter.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace meshdesk::kafka {

QList<Feed> feedsOf(const QList<Contract> &contracts)
{
    QList<Feed> feeds;
    for (const Contract &c : contracts)
        for (const ContractTopic &t : contractTopics(c))
            if (!t.schema.fields.empty())
                feeds.append({t.topic, t.schema});
    return feeds;
}

QList<Feed> unlistedFeeds(const QString &dir)
{
    QList<Feed> feeds;
    const QDir d(dir);
    for (const QString &name : d.entryList({QStringLiteral("*.avsc")}, QDir::Files, QDir::Name)) {
        const FileImport f = importFile(d.filePath(name));
        if (!f.ok() || f.documents.empty() || f.documents.front().document.contract.objects.empty())
            continue;
        feeds.append({name.chopped(5), f.documents.front().document.contract.objects.front()});
    }
    return feeds;
}

namespace {
// A plausible string for a field: the first of a few shapes that its pattern and lengths accept
// (an identifier, a code, digits, an e-mail address); none fits: the identifier (and the demo
// shows the violation honestly).
QString demoString(const Field &f, QRandomGenerator &rng)
{
    const quint32 n = rng.bounded(1000000);
    const QString word = f.name.left(4).isEmpty() ? QStringLiteral("id") : f.name.left(4);
    QStringList shapes{QStringLiteral("%1-%2").arg(word).arg(n),
                       QStringLiteral("%1%2").arg(word.toUpper()).arg(n, 7, 10, QLatin1Char('0')),
                       QString::number(n), QStringLiteral("user%1@example.com").arg(n % 10000)};
    if (f.name.contains(QLatin1String("email")))
        shapes.move(3, 0);
    const QRegularExpression re(f.pattern);
    for (const QString &s : std::as_const(shapes)) {
        if (!f.pattern.isEmpty() && re.isValid() && !re.match(s).hasMatch())
            continue;
        if ((f.minLength && s.size() < *f.minLength) || (f.maxLength && s.size() > *f.maxLength))
            continue;
        return s;
    }
    return shapes.front();
}
} // namespace

QJsonObject demoEvent(const std::vector<Field> &fields, QRandomGenerator &rng, bool broken,
                      int depth)
{
    QJsonObject o;
    for (const Field &f : fields) {
        const QString t = f.logicalType.toLower();
        QJsonValue v;
        if (!f.enumValues.isEmpty())
            v = f.enumValues[int(rng.bounded(int(f.enumValues.size())))];
        else if (t == QLatin1String("integer"))
            v = double(f.minimum ? qint64(*f.minimum) + rng.bounded(1000) : rng.bounded(100000));
        else if (t == QLatin1String("number"))
            v = f.maximum && *f.maximum <= 1 ? rng.generateDouble()
                                             : std::round(rng.generateDouble() * 50000) / 100;
        else if (t == QLatin1String("boolean"))
            v = rng.bounded(2) == 1;
        else if (t == QLatin1String("timestamp"))
            v = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        else if (t == QLatin1String("date"))
            v = QDate::currentDate().toString(Qt::ISODate);
        else if (t == QLatin1String("object") && depth < 4)
            v = demoEvent(f.fields, rng, false, depth + 1);
        else if (t == QLatin1String("array") && depth < 4)
            v = QJsonArray{f.arrayItems() ? QJsonValue(demoEvent(f.arrayItems()->fields, rng, false,
                                                                 depth + 1))
                                          : QJsonValue(1)};
        else
            v = demoString(f, rng);
        o.insert(f.name, v);
    }
    if (broken && !fields.empty()) {
        const Field &victim = fields[rng.bounded(int(fields.size()))];
        if (rng.bounded(2) == 0)
            o.remove(victim.name); // a missing (perhaps required) field
        else
            o.insert(victim.name, QJsonValue(true)); // a wrong type
    }
    return o;
}

int produceRound(MockBroker &broker, const QList<Feed> &feeds, QRandomGenerator &rng,
                 int violationPercent)
{
    int n = 0;
    for (const Feed &f : feeds) {
        const bool broken = int(rng.bounded(100)) < violationPercent;
        const QJsonObject event = demoEvent(f.schema.fields, rng, broken);
        // the key: the first primary-key field (else the first field), as producers do
        QString key;
        for (const Field &fld : f.schema.fields)
            if (fld.primaryKey) {
                key = jsonText(event.value(fld.name));
                break;
            }
        if (key.isEmpty() && !f.schema.fields.empty())
            key = jsonText(event.value(f.schema.fields.front().name));
        if (broker.produce(f.topic, key.toUtf8(),
                           QJsonDocument(event).toJson(QJsonDocument::Compact), -1, nullptr, 0))
            ++n;
    }
    return n;
}

} // namespace meshdesk::kafka
