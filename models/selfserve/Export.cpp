#include "Export.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace meshdesk::selfserve {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("meshdesk::selfserve", text);
}

QString extensionOf(const QString &format)
{
    if (format == QLatin1String("odcs"))
        return QStringLiteral(".odcs.yaml");
    if (format == QLatin1String("odps"))
        return QStringLiteral(".odps.yaml");
    if (format == QLatin1String("datacontract"))
        return QStringLiteral(".datacontract.yaml");
    if (format == QLatin1String("avro"))
        return QStringLiteral(".avsc");
    return QStringLiteral(".yaml");
}

} // namespace

ExportResult exportDocument(CatalogStore &store, const QString &kind, const QString &key,
                            const QString &version)
{
    ExportResult r;
    const QList<VersionRecord> history = store.history(kind, key);
    if (history.isEmpty()) {
        r.error = tr("there is no %1 '%2' in this catalog").arg(kind, key);
        return r;
    }
    std::optional<VersionRecord> chosen;
    if (version.isEmpty()) {
        for (const VersionRecord &v : history)
            if (v.current)
                chosen = v;
    } else if (version.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const qint64 id = version.mid(1).toLongLong(&ok);
        for (const VersionRecord &v : history)
            if (ok && v.id == id)
                chosen = v;
    } else {
        for (const VersionRecord &v : history) { // oldest first: later ones win
            if (v.version != version)
                continue;
            const bool better = !chosen || v.current ||
                                (!chosen->current && (v.state == QLatin1String("approved") ||
                                                      chosen->state != QLatin1String("approved")));
            if (better)
                chosen = v;
        }
    }
    if (!chosen) {
        QStringList known;
        for (const VersionRecord &v : history)
            known << QStringLiteral("%1 (#%2, %3)").arg(v.version).arg(v.id).arg(v.state);
        r.error = tr("%1 '%2' has no version %3; it has: %4")
                      .arg(kind, key, version, known.join(QStringLiteral(", ")));
        return r;
    }
    r.version = *chosen;
    r.text = chosen->source;
    const QString original = QFileInfo(chosen->sourcePath).fileName();
    r.fileName = !original.isEmpty() && QFileInfo(original).suffix().size() > 0
                     ? original
                     : key + extensionOf(chosen->format);
    r.ok = true;
    return r;
}

bool writeExport(const QByteArray &text, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace meshdesk::selfserve
