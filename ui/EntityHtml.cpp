#include "EntityHtml.h"
#include "Palette.h"

#include "catalog/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <functional>

namespace meshdesk {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("meshdesk",
                                       s); // lupdate files these free tr() calls under "meshdesk"
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// colours for the current palette (light or dark)
QString mutedCss()
{
    return palette::css(palette::shown(palette::muted));
}

QString chip(const QColor &meaning, const QString &text)
{
    const QColor fg = palette::isDark() ? palette::shown(meaning) : meaning.darker(130);
    return QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>")
        .arg(palette::css(palette::tint(meaning)), palette::css(fg), text);
}

QString tableStart()
{
    return QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' "
                          "style='border-color:%1'>")
        .arg(palette::css(palette::line()));
}

QString section(const QString &title)
{
    return QStringLiteral("<h3 style='margin-top:14px'>%1</h3>").arg(title);
}

// A table of JSON objects with the given keys as columns (SLAs, support, custom properties,
// quality).
QString objectTable(const QJsonArray &rows, const QStringList &keys, const QStringList &headers)
{
    if (rows.isEmpty())
        return {};
    QString h = tableStart() + QStringLiteral("<tr>");
    for (const QString &t : headers)
        h += QStringLiteral("<th align='left'>%1</th>").arg(t);
    h += QStringLiteral("</tr>");
    for (const auto &r : rows) {
        const QJsonObject o = r.toObject();
        h += QStringLiteral("<tr>");
        for (const QString &k : keys)
            h += QStringLiteral("<td>%1</td>").arg(esc(jsonText(o.value(k))));
        h += QStringLiteral("</tr>");
    }
    return h + QStringLiteral("</table>");
}

QString header(const QString &name, const QString &kind, const QString &id, const QString &version,
               const QString &status, const QString &domain, const QString &owner,
               const QString &format)
{
    return QStringLiteral("<h2>%1 <span style='color:%14;font-size:small'>%2</span></h2>"
                          "<p>%3 &nbsp; <b>%4</b> %5 &nbsp; <b>%6</b> %7 &nbsp; <b>%8</b> %9</p>"
                          "<p><b>%10</b> <code>%11</code> &nbsp; <b>%12</b> %13</p>")
        .arg(esc(name), kind, statusBadgeHtml(status), tr("Version"),
             esc(version.isEmpty() ? QStringLiteral("-") : version), tr("Domain"),
             esc(domain.isEmpty() ? tr("(none)") : domain), tr("Owner"),
             esc(owner.isEmpty() ? tr("(none)") : owner))
        .arg(tr("Id"), esc(id), tr("Format"), esc(format), mutedCss());
}

QString descriptionHtml(const Description &d)
{
    QString h;
    if (!d.purpose.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Purpose:"), esc(d.purpose));
    if (!d.usage.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Usage:"), esc(d.usage));
    if (!d.limitations.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Limitations:"), esc(d.limitations));
    if (!d.customProperties.isEmpty())
        h += objectTable(d.customProperties, {QStringLiteral("property"), QStringLiteral("value")},
                         {tr("Property"), tr("Value")});
    if (!d.authoritativeDefinitions.isEmpty())
        h += objectTable(d.authoritativeDefinitions,
                         {QStringLiteral("type"), QStringLiteral("url")}, {tr("Type"), tr("URL")});
    return h;
}

QString teamHtml(const Team &t)
{
    if (t.name.isEmpty() && t.members.empty())
        return {};
    QString h = section(tr("Team")) + QStringLiteral("<p>%1</p>").arg(esc(t.name));
    if (!t.members.empty()) {
        h += QStringLiteral("<ul>");
        for (const TeamMember &m : t.members)
            h += QStringLiteral("<li>%1%2 — %3%4</li>")
                     .arg(esc(m.username),
                          m.name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(esc(m.name)),
                          esc(m.role),
                          m.dateOut.isEmpty() ? QString() : tr(" (left %1)").arg(esc(m.dateOut)));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString tagsHtml(const QStringList &tags)
{
    if (tags.isEmpty())
        return {};
    QStringList chips;
    for (const QString &t : tags)
        chips << chip(palette::accent, esc(t));
    return QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Tags:"), chips.join(QStringLiteral(" ")));
}

// A JSON value for people: text as it is, lists and mappings as indented JSON.
QString valueHtml(const QJsonValue &v)
{
    if (v.isArray() || v.isObject()) {
        const QString compact = jsonText(v);
        if (compact.size() <= 80)
            return QStringLiteral("<code>%1</code>").arg(esc(compact));
        const QByteArray pretty = v.isArray() ? QJsonDocument(v.toArray()).toJson()
                                              : QJsonDocument(v.toObject()).toJson();
        return QStringLiteral("<pre style='margin:0'>%1</pre>")
            .arg(esc(QString::fromUtf8(pretty).trimmed()));
    }
    return esc(jsonText(v));
}

// Key/value rows of a mapping (extension keys, links, context...).
QString mappingTable(const QJsonObject &o)
{
    if (o.isEmpty())
        return {};
    QString h = QStringLiteral(
        "<table cellspacing='0' cellpadding='3' border='1' style='border-color:#888'>");
    for (auto it = o.begin(); it != o.end(); ++it)
        h += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td>%2</td></tr>")
                 .arg(esc(it.key()), valueHtml(it.value()));
    return h + QStringLiteral("</table>");
}

// ODCS 3.2 / ODPS 1.1 `context`: instructions, verified statements, constraints for AI tools.
QString contextHtml(const QJsonObject &c)
{
    if (c.isEmpty())
        return {};
    QString h = section(tr("AI context"));
    const QString instructions = c.value(QLatin1String("instructions")).toString();
    if (!instructions.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(instructions));
    const QJsonArray statements = c.value(QLatin1String("verifiedStatements")).toArray();
    if (!statements.isEmpty())
        h += objectTable(statements, {QStringLiteral("question"), QStringLiteral("answer")},
                         {tr("Question"), tr("Answer")});
    const QJsonArray constraints = c.value(QLatin1String("constraints")).toArray();
    if (!constraints.isEmpty())
        h += QStringLiteral("<p><b>%1</b></p>").arg(tr("Must not:")) +
             objectTable(constraints, {QStringLiteral("constraint")}, {tr("Constraint")});
    QJsonObject rest = c;
    for (const char *k : {"instructions", "verifiedStatements", "constraints"})
        rest.remove(QLatin1String(k));
    return h + mappingTable(rest);
}

QString synonymsHtml(const QJsonArray &synonyms)
{
    if (synonyms.isEmpty())
        return {};
    QStringList names;
    for (const auto &s : synonyms) {
        const QJsonObject o = s.toObject();
        QString n = esc(o.value(QLatin1String("synonym")).toString());
        const QString locale = o.value(QLatin1String("locale")).toString();
        if (!locale.isEmpty())
            n += QStringLiteral(" (%1)").arg(esc(locale));
        names << n;
    }
    return QStringLiteral("<p><b>%1</b> %2</p>")
        .arg(tr("Also known as:"), names.join(QStringLiteral(", ")));
}

QString relationshipsHtml(const Contract &c)
{
    QStringList rows;
    std::function<void(const QString &, const Field &)> walk = [&](const QString &path,
                                                                   const Field &f) {
        for (const Relationship &r : f.relationships)
            rows << QStringLiteral("<li><code>%1</code> → <code>%2</code> %3</li>")
                        .arg(esc(r.from.isEmpty() ? path : r.from.join(QStringLiteral(", "))),
                             esc(r.to.join(QStringLiteral(", "))), esc(r.type));
        for (const Field &ch : f.fields)
            walk(path + QLatin1Char('.') + ch.name, ch);
        for (const Field &ch : f.items)
            walk(path + QStringLiteral("[]"), ch);
    };
    for (const SchemaObject &o : c.objects) {
        for (const Relationship &r : o.relationships)
            rows << QStringLiteral("<li><code>%1</code> → <code>%2</code> %3</li>")
                        .arg(esc(r.from.join(QStringLiteral(", "))),
                             esc(r.to.join(QStringLiteral(", "))), esc(r.type));
        for (const Field &f : o.fields)
            walk(o.name + QLatin1Char('.') + f.name, f);
    }
    if (rows.isEmpty())
        return {};
    return section(tr("References")) + QStringLiteral("<ul>") + rows.join(QString()) +
           QStringLiteral("</ul>");
}

QString historyHtml(const QList<VersionRecord> &history)
{
    if (history.isEmpty())
        return {};
    QString h = section(tr("Version history")) + QStringLiteral("<ul>");
    for (const VersionRecord &v : history)
        h += QStringLiteral("<li>%1 %2 — %3%4 <span style='color:%7'>(%5, %6)</span></li>")
                 .arg(esc(v.version.isEmpty() ? QStringLiteral("-") : v.version),
                      statusBadgeHtml(v.state), v.current ? tr("<b>current</b>") : QString(),
                      QString(), esc(localDateTime(v.importedAt)), esc(v.importedBy), mutedCss());
    return h + QStringLiteral("</ul>");
}

} // namespace

QString statusBadgeHtml(const QString &status)
{
    const QString s = status.toLower();
    QColor meaning = palette::warning;
    if (s == QLatin1String("active") || s == QLatin1String("approved"))
        meaning = palette::good;
    else if (s == QLatin1String("deprecated") || s == QLatin1String("retired") ||
             s == QLatin1String("rejected"))
        meaning = palette::bad;
    if (status.isEmpty())
        return {};
    return chip(meaning, esc(statusDisplayName(status)));
}

QString productPageHtml(const DataProduct &p, const PageContext &ctx)
{
    QString h = header(p.name, tr("data product"), p.id, p.version, p.status, p.domain, p.owner,
                       formatDisplayName(p.format) + QLatin1Char(' ') + p.formatVersion);
    h += QStringLiteral("<p><a href='lineage:%1'>%2</a></p>")
             .arg(esc(p.id), tr("Show lineage (%1)")
                                 .arg(QKeySequence(QStringLiteral("Ctrl+L"))
                                          .toString(QKeySequence::NativeText)));
    if (p.deprecated)
        h += QStringLiteral("<p>%1</p>").arg(statusBadgeHtml(tr("deprecated")));
    if (!p.type.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Type:"), esc(p.type));
    h += descriptionHtml(p.description) + tagsHtml(p.tags) + synonymsHtml(p.synonyms);
    h += section(tr("Input ports"));
    if (p.inputPorts.empty())
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("None: a source-aligned product."), mutedCss());
    h += QStringLiteral("<ul>");
    for (const Port &port : p.inputPorts) {
        const QString producer = ctx.producerOf.value(port.contractId);
        const QString from =
            producer.isEmpty()
                ? tr("external source <code>%1</code>").arg(esc(port.contractId))
                : tr("<a href='product:%1'>%2</a> via <a href='contract:%3'>%3</a>")
                      .arg(esc(producer), esc(ctx.productNames.value(producer, producer)),
                           esc(port.contractId));
        h += QStringLiteral("<li><b>%1</b> %2 ← %3%4</li>")
                 .arg(esc(port.name), esc(port.version), from,
                      port.deprecated ? QStringLiteral(" ") + statusBadgeHtml(tr("deprecated"))
                                      : QString());
    }
    h += QStringLiteral("</ul>") + section(tr("Output ports")) + QStringLiteral("<ul>");
    for (const Port &port : p.outputPorts) {
        QString where;
        if (ctx.outputContracts.contains(port.contractId)) {
            QStringList servers;
            for (const Server &s : ctx.outputContracts.value(port.contractId).servers) {
                const QString topic = s.properties.value(QLatin1String("topic")).toString();
                servers << (topic.isEmpty()
                                ? QStringLiteral("%1 (%2)").arg(esc(s.server), esc(s.type))
                                : tr("%1 topic <code>%2</code>").arg(esc(s.type), esc(topic)) +
                                      QStringLiteral(" <a href='live:%1'>%2</a>")
                                          .arg(esc(port.contractId), tr("live messages")));
            }
            where = servers.join(QStringLiteral(", "));
        }
        h += QStringLiteral("<li><b>%1</b> %2 → <a href='contract:%3'>%3</a> %4%5%6%7</li>")
                 .arg(esc(port.name), esc(port.version), esc(port.contractId), esc(port.type),
                      where.isEmpty() ? QString() : QStringLiteral(" — ") + where,
                      port.deprecated ? QStringLiteral(" ") + statusBadgeHtml(tr("deprecated"))
                                      : QString(),
                      mappingTable(port.properties));
    }
    h += QStringLiteral("</ul>");
    if (!p.managementPorts.empty()) {
        h += section(tr("Management ports")) + QStringLiteral("<ul>");
        for (const Port &port : p.managementPorts)
            h += QStringLiteral("<li><b>%1</b> %2 %3%4%5</li>")
                     .arg(esc(port.name), esc(port.type), esc(port.description),
                          port.deprecated ? QStringLiteral(" ") + statusBadgeHtml(tr("deprecated"))
                                          : QString(),
                          mappingTable(port.properties));
        h += QStringLiteral("</ul>");
    }
    h += contextHtml(p.context);
    // downstream: the products that read what this one publishes
    h += section(tr("Used by (downstream)"));
    QStringList users;
    for (const Port &port : p.outputPorts)
        for (const QString &consumer : ctx.consumersOf.value(port.contractId))
            if (consumer != p.id)
                users << tr("<a href='product:%1'>%2</a> via <a href='contract:%3'>%3</a>")
                             .arg(esc(consumer), esc(ctx.productNames.value(consumer, consumer)),
                                  esc(port.contractId));
    users.removeDuplicates();
    if (users.isEmpty())
        h += QStringLiteral("<p style='color:%2'>%1</p>")
                 .arg(tr("No product in the catalog reads its outputs."), mutedCss());
    else
        h += QStringLiteral("<ul><li>%1</li></ul>").arg(users.join(QStringLiteral("</li><li>")));
    h += teamHtml(p.team);
    if (!p.support.isEmpty())
        h += section(tr("Support")) +
             objectTable(p.support,
                         {QStringLiteral("channel"), QStringLiteral("tool"), QStringLiteral("url")},
                         {tr("Channel"), tr("Tool"), tr("Address")});
    if (!p.customProperties.isEmpty())
        h += section(tr("Custom properties")) +
             objectTable(p.customProperties, {QStringLiteral("property"), QStringLiteral("value")},
                         {tr("Property"), tr("Value")});
    if (!p.authoritativeDefinitions.isEmpty())
        h += section(tr("Authoritative definitions")) +
             objectTable(p.authoritativeDefinitions,
                         {QStringLiteral("type"), QStringLiteral("url")}, {tr("Type"), tr("URL")});
    if (!p.extensions.isEmpty())
        h += section(tr("Other properties")) + mappingTable(p.extensions);
    if (!p.createdTs.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Created:"), esc(p.createdTs));
    h += historyHtml(ctx.history);
    return h;
}

QString contractPageHtml(const Contract &c, const PageContext &ctx)
{
    QString h = header(c.name, tr("contract"), c.id, c.version, c.status, c.domain, c.owner,
                       formatDisplayName(c.format) + QLatin1Char(' ') + c.formatVersion);
    const QString producer = ctx.producerOf.value(c.id);
    if (!producer.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Published by <a href='product:%1'>%2</a>")
                          .arg(esc(producer), esc(ctx.productNames.value(producer, producer))));
    QStringList readers;
    for (const QString &consumer : ctx.consumersOf.value(c.id))
        readers << QStringLiteral("<a href='product:%1'>%2</a>")
                       .arg(esc(consumer), esc(ctx.productNames.value(consumer, consumer)));
    readers.removeDuplicates();
    if (!readers.isEmpty())
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("Read by %1").arg(readers.join(QStringLiteral(", "))));
    h += descriptionHtml(c.description) + tagsHtml(c.tags);
    h += section(tr("Schema")) + QStringLiteral("<ul>");
    for (const SchemaObject &o : c.objects)
        h += QStringLiteral("<li><b>%1</b> %2 — %3%4</li>")
                 .arg(esc(o.name), esc(o.physicalType),
                      QCoreApplication::translate("meshdesk::EntityHtml", "%n field(s)", nullptr,
                                                  o.countFieldsRecursive()),
                      o.deprecated ? QStringLiteral(" ") + statusBadgeHtml(tr("deprecated"))
                                   : QString());
    h += QStringLiteral("</ul>");
    h += relationshipsHtml(c);
    if (!c.servers.empty()) {
        h += section(tr("Servers")) + tableStart() +
             QStringLiteral("<tr><th align='left'>%1</th><th "
                            "align='left'>%2</th><th align='left'>%3</th></tr>")
                 .arg(tr("Server"), tr("Type"), tr("Details"));
        for (const Server &s : c.servers) {
            QStringList details;
            for (auto it = s.properties.begin(); it != s.properties.end(); ++it)
                if (it.key() != QLatin1String("server") && it.key() != QLatin1String("type"))
                    details << QStringLiteral("%1: %2").arg(esc(it.key()),
                                                            esc(jsonText(it.value())));
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                     .arg(esc(s.server), esc(s.type), details.join(QStringLiteral("<br>")));
        }
        h += QStringLiteral("</table>");
    }
    if (!c.roles.empty()) {
        h += section(tr("Roles")) + QStringLiteral("<ul>");
        for (const Role &r : c.roles)
            h += QStringLiteral("<li><b>%1</b> %2%3</li>")
                     .arg(esc(r.role), esc(r.access),
                          r.firstLevelApprovers.isEmpty()
                              ? QString()
                              : tr(", approved by %1").arg(esc(r.firstLevelApprovers)));
        h += QStringLiteral("</ul>");
    }
    QJsonArray quality = c.quality;
    for (const SchemaObject &o : c.objects)
        for (const auto &q : o.quality) {
            QJsonObject qo = q.toObject();
            qo.insert(QStringLiteral("on"), o.name);
            quality.append(qo);
        }
    if (!quality.isEmpty())
        h += section(tr("Quality rules")) +
             objectTable(quality,
                         {QStringLiteral("on"), QStringLiteral("metric"), QStringLiteral("type"),
                          QStringLiteral("description"), QStringLiteral("severity")},
                         {tr("On"), tr("Metric"), tr("Type"), tr("Description"), tr("Severity")});
    if (!c.slaProperties.isEmpty())
        h += section(tr("Service levels")) +
             objectTable(c.slaProperties,
                         {QStringLiteral("property"), QStringLiteral("value"),
                          QStringLiteral("unit"), QStringLiteral("element")},
                         {tr("Property"), tr("Value"), tr("Unit"), tr("Element")});
    h += teamHtml(c.team);
    if (!c.support.isEmpty())
        h += section(tr("Support")) +
             objectTable(c.support,
                         {QStringLiteral("channel"), QStringLiteral("tool"), QStringLiteral("url")},
                         {tr("Channel"), tr("Tool"), tr("Address")});
    if (!c.customProperties.isEmpty())
        h += section(tr("Custom properties")) +
             objectTable(c.customProperties, {QStringLiteral("property"), QStringLiteral("value")},
                         {tr("Property"), tr("Value")});
    if (!c.price.isEmpty())
        h += section(tr("Price")) + mappingTable(c.price);
    if (!c.terms.isEmpty())
        h += section(tr("Terms")) + mappingTable(c.terms);
    if (!c.authoritativeDefinitions.isEmpty())
        h += section(tr("Authoritative definitions")) +
             objectTable(c.authoritativeDefinitions,
                         {QStringLiteral("type"), QStringLiteral("url")}, {tr("Type"), tr("URL")});
    h += contextHtml(c.context);
    if (!c.links.isEmpty())
        h += section(tr("Links")) + mappingTable(c.links);
    if (!c.extensions.isEmpty())
        h += section(tr("Other properties")) + mappingTable(c.extensions);
    if (!c.createdTs.isEmpty())
        h += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Created:"), esc(c.createdTs));
    h += historyHtml(ctx.history);
    return h;
}

} // namespace meshdesk
