// The process's resident memory, for the benchmarks' memory figures.
#pragma once

#include <QFile>

namespace meshdesk::bench {

inline long rssMb() // VmRSS from /proc/self/status, in MB; -1 where there is none
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    return -1;
}

} // namespace meshdesk::bench
