#include "Versions.h"

#include <QtGlobal>
#include <libfyaml.h>
#include <librdkafka/rdkafka.h>
#include <spdlog/version.h>
#include <sqlite3.h>

namespace meshdesk {

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("librdkafka"), QString::fromLatin1(rd_kafka_version_str())},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("libfyaml"), QString::fromLatin1(fy_library_version())},
        {QStringLiteral("spdlog"), QStringLiteral("%1.%2.%3")
                                       .arg(SPDLOG_VER_MAJOR)
                                       .arg(SPDLOG_VER_MINOR)
                                       .arg(SPDLOG_VER_PATCH)},
    };
}

} // namespace meshdesk
