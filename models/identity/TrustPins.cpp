#include "TrustPins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace meshdesk::identity {

TrustPins::TrustPins(const QString &dir)
    : m_file(QDir(dir).filePath(QStringLiteral("trusted-roots")))
{
}

PinCheck TrustPins::checkAndPin(const QString &dbPath, const QString &root)
{
    PinCheck c;
    c.file = m_file;
    const QFileInfo info(dbPath);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    QByteArray text;
    QFile in(m_file);
    if (in.open(QIODevice::ReadOnly))
        text = in.readAll();
    // one line per catalog file: "<fingerprint>\t<path>"
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype tab = line.indexOf('\t');
        if (tab <= 0 || QString::fromUtf8(line.mid(tab + 1)) != path)
            continue;
        const QString pinned = QString::fromUtf8(line.left(tab));
        c.kind = pinned == root ? PinCheck::Kind::Same : PinCheck::Kind::Changed;
        c.previous = pinned;
        return c;
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(text + root.toUtf8() + '\t' + path.toUtf8() + '\n') < 0 || !out.commit()) {
        c.kind = PinCheck::Kind::Unsaved;
        c.error = out.errorString();
        return c;
    }
    QFile::setPermissions(m_file, QFile::ReadOwner | QFile::WriteOwner);
    c.kind = PinCheck::Kind::New;
    return c;
}

QString TrustPins::changedMessage(const PinCheck &c, const QString &root)
{
    return QCoreApplication::translate(
               "meshdesk::identity::TrustPins",
               "the catalog's trust root is %1, but this desk verified it under %2 before: its "
               "whole log was signed again from a new start by another key. If the catalog was "
               "re-created on purpose, remove its line from %3")
        .arg(root, c.previous, c.file);
}

} // namespace meshdesk::identity
