#include "Removal.h"

#include "formats/DocumentWriter.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace meshdesk::governance {

QString statusOf(RemovalStep step)
{
    return step == RemovalStep::Deprecate ? QStringLiteral("deprecated")
                                          : QStringLiteral("retired");
}

QString retirementOverride(const DataProduct &product)
{
    for (const QJsonValue &v : product.customProperties) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("property")).toString() == QLatin1String("retirementOverride"))
            return o.value(QLatin1String("value")).toVariant().toString().trimmed();
    }
    return {};
}

namespace {

// A top-level key's line ("key:" at column 0) in YAML block style; -1 when absent.
qsizetype topLevelLine(const QList<QByteArray> &lines, const char *key)
{
    const QByteArray prefix = QByteArray(key) + ':';
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(prefix) &&
            (lines[i].size() == prefix.size() || lines[i].at(prefix.size()) == ' ' ||
             lines[i].at(prefix.size()) == '\r'))
            return i;
    return -1;
}

} // namespace

QByteArray withStatus(const QByteArray &source, const QString &status,
                      const QString &overrideReason, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QByteArray();
    };
    QByteArray text = source;
    const bool crlf = text.contains("\r\n");
    if (crlf)
        text.replace("\r\n", "\n");
    if (text.trimmed().startsWith('{'))
        return fail(QStringLiteral("the document is written as JSON; only YAML block documents "
                                   "are changed in place"));
    QList<QByteArray> lines = text.split('\n');
    const QByteArray statusLine = "status: " + formats::yamlScalar(status);
    qsizetype inserted = -1; // the line a status was inserted at (error lines name the source's)
    auto sourceLine = [&](qsizetype at) { return at + 1 - (inserted >= 0 && inserted <= at); };
    if (const qsizetype at = topLevelLine(lines, "status"); at >= 0) {
        // keep a comment after the value
        const QByteArray old = lines[at];
        const qsizetype hash = old.indexOf(" #");
        lines[at] = statusLine + (hash > 0 ? old.mid(hash) : QByteArray());
    } else {
        qsizetype after = topLevelLine(lines, "version");
        if (after < 0)
            after = topLevelLine(lines, "id");
        if (after < 0)
            return fail(QStringLiteral("the document has no top-level id to place a status after"));
        lines.insert(after + 1, statusLine);
        inserted = after + 1;
    }
    if (!overrideReason.trimmed().isEmpty()) {
        const QByteArray value = formats::yamlScalar(overrideReason.simplified());
        const qsizetype at = topLevelLine(lines, "customProperties");
        if (at < 0) {
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            lines << "customProperties:"
                  << "  - property: retirementOverride"
                  << "    value: " + value << QByteArray();
        } else {
            if (lines[at].trimmed() != "customProperties:")
                return fail(QStringLiteral("line %1: customProperties is not a block list; the "
                                           "override cannot be added to it")
                                .arg(sourceLine(at)));
            // the items' indentation, as the document writes them
            qsizetype next = at + 1;
            while (next < lines.size() &&
                   (lines[next].trimmed().isEmpty() || lines[next].trimmed().startsWith('#')))
                ++next;
            QByteArray indent;
            if (next < lines.size()) {
                const QByteArray &l = lines[next];
                qsizetype n = 0;
                while (n < l.size() && l.at(n) == ' ')
                    ++n;
                if (n < l.size() && l.at(n) == '-')
                    indent = l.left(n);
                else
                    return fail(QStringLiteral("line %1: customProperties is not a block list; "
                                               "the override cannot be added to it")
                                    .arg(sourceLine(at)));
            }
            lines.insert(at + 1, indent + "  value: " + value);
            lines.insert(at + 1, indent + "- property: retirementOverride");
        }
    }
    QByteArray out = lines.join('\n');
    if (crlf)
        out.replace("\n", "\r\n");
    return out;
}

RemovalProposal proposeRemoval(CatalogStore &store, const QString &productId, RemovalStep step,
                               const QString &overrideReason)
{
    RemovalProposal r;
    r.productId = productId;
    r.toStatus = statusOf(step);
    r.overrideReason = overrideReason.trimmed();
    try {
        const auto v = store.currentVersion(QStringLiteral("product"), productId);
        if (!v) {
            r.error = QStringLiteral("there is no data product '%1'").arg(productId.left(120));
            return r;
        }
        const auto doc = store.document(*v);
        if (!doc) {
            r.error = QStringLiteral("the current version of '%1' no longer parses").arg(productId);
            return r;
        }
        const DataProduct &p = doc->product;
        r.productName = p.name;
        r.fromStatus = p.status.toLower();
        if (r.fromStatus == r.toStatus) {
            r.error = QStringLiteral("%1 is %2 already").arg(productId, r.toStatus);
            return r;
        }
        if (r.fromStatus == QLatin1String("retired")) {
            r.error = QStringLiteral("%1 is retired already").arg(productId);
            return r;
        }
        if (step == RemovalStep::Retire && r.fromStatus != QLatin1String("deprecated")) {
            r.error = QStringLiteral("%1 is %2, not deprecated: deprecate it first, so that its "
                                     "readers are told before it goes")
                          .arg(productId, r.fromStatus.isEmpty() ? QStringLiteral("without status")
                                                                 : r.fromStatus);
            return r;
        }
        QStringList contracts;
        for (const Port &port : p.outputPorts)
            if (!port.contractId.isEmpty())
                contracts << port.contractId;
        QSet<QString> retired; // a retired product reads nothing any more
        for (const EntitySummary &e : store.entities(QStringLiteral("product")))
            if (e.status.compare(QLatin1String("retired"), Qt::CaseInsensitive) == 0)
                retired.insert(e.key);
        for (const Consumer &c : store.downstreamConsumers(contracts))
            if (!retired.contains(c.productId) && c.productId != productId)
                r.readers.append(c);
        if (step == RemovalStep::Retire && !r.readers.isEmpty() && r.overrideReason.isEmpty()) {
            QStringList names;
            for (const Consumer &c : std::as_const(r.readers))
                names << QStringLiteral("%1 (owner %2)").arg(c.productId, c.owner);
            r.error = QStringLiteral("%n product(s) still read %1: %2; retiring it needs an "
                                     "explicit override with a reason")
                          .arg(productId, names.join(QStringLiteral(", ")))
                          .replace(QStringLiteral("%n"), QString::number(r.readers.size()));
            return r;
        }
        QString error;
        const QByteArray changed = withStatus(
            v->source, r.toStatus,
            step == RemovalStep::Retire && !r.readers.isEmpty() ? r.overrideReason : QString(),
            &error);
        if (changed.isEmpty()) {
            r.error = QStringLiteral("%1: %2").arg(productId, error);
            return r;
        }
        const QString name = QStringLiteral("%1.odps.yaml").arg(productId);
        r.file = importBytes(name, changed);
        if (!r.file.ok()) {
            r.error = QStringLiteral("the changed document does not read back: %1")
                          .arg(r.file.firstError());
            return r;
        }
        // what was written is what was meant: the same product, now at the new status
        const auto &docs = r.file.documents;
        if (docs.size() != 1 || docs.front().document.key() != productId ||
            docs.front().document.product.status.toLower() != r.toStatus) {
            r.error = QStringLiteral("the changed document does not read back as %1 %2")
                          .arg(productId, r.toStatus);
            return r;
        }
    } catch (const StoreError &e) {
        r.error = e.message;
    }
    return r;
}

} // namespace meshdesk::governance
