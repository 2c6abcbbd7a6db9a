// The versions of the libraries MeshDesk runs on (for Help > About and bug reports).
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace meshdesk {

// (library, version) pairs: Qt (at run time), librdkafka, SQLite, libfyaml, spdlog.
QList<QPair<QString, QString>> libraryVersions();

} // namespace meshdesk
