// Hostile input (issue 16): time and peak memory of importBytes on nesting bombs and long
// one-line flow collections, each beside a baseline measured in the same run: a well-formed
// block-YAML contract of the same size. Every case runs in a child process of its own, so its
// peak resident memory is its own (wait4's ru_maxrss).
//   bench_hostile [--quick]   (--quick: a tenth of the sizes)
#include "formats/DocumentImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace meshdesk;

namespace {

struct Figures
{
    double seconds = 0;
    long peakMb = 0;
    QByteArray outcome;
};

// Imports text (`times` times) in a child; the child reports time and outcome through a pipe.
Figures measure(const std::function<QByteArray()> &make, int times = 1)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    fflush(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const QByteArray text = make();
        QElapsedTimer t;
        t.start();
        FileImport f;
        for (int i = 0; i < times; ++i)
            f = importBytes(QStringLiteral("bench.yaml"), text);
        const double s = t.nsecsElapsed() / 1e9;
        const QByteArray line =
            QByteArray::number(s, 'f', 3) + ' ' +
            (f.ok() ? QByteArray("imported") : f.diagnostics.front().message.left(60).toUtf8());
        (void)!write(fds[1], line.constData(), size_t(line.size()));
        _exit(0);
    }
    close(fds[1]);
    char buf[256] = {};
    const ssize_t n = read(fds[0], buf, sizeof buf - 1);
    close(fds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Figures f;
    const QByteArray line(buf, n > 0 ? n : 0);
    const qsizetype space = line.indexOf(' ');
    f.seconds = line.left(space).toDouble();
    f.outcome = space < 0 ? QByteArray() : line.mid(space + 1);
    f.peakMb = usage.ru_maxrss / 1024;
    if (!WIFEXITED(status))
        f.outcome = "killed";
    return f;
}

QByteArray repeated(const QByteArray &prefix, const QByteArray &unit, qsizetype bytes,
                    const QByteArray &suffix = {})
{
    QByteArray b = prefix;
    b.reserve(bytes + prefix.size() + suffix.size());
    while (b.size() < bytes)
        b += unit;
    return b + suffix;
}

// A regular ODCS contract of about `bytes`: many short properties, block style.
QByteArray baseline(qsizetype bytes)
{
    QByteArray b = "apiVersion: v3.0.2\nkind: DataContract\nid: big\nversion: 1.0.0\n"
                   "schema:\n  - name: t\n    properties:\n";
    for (int i = 0; b.size() < bytes; ++i)
        b += "      - name: f" + QByteArray::number(i) +
             "\n        logicalType: string\n        description: a field\n";
    return b;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const qsizetype mb = quick ? 1024 * 1024 / 10 : 1024 * 1024;
    struct Case
    {
        const char *name;
        std::function<QByteArray()> make;
    };
    const QList<Case> cases = {
        {"20 MB [[[[", [&] { return repeated({}, "[", 20 * mb); }},
        {"20 MB a: [[[[", [&] { return repeated("a: ", "[", 20 * mb); }},
        {"20 MB {\"a\":{", [&] { return repeated({}, "{\"a\":", 20 * mb); }},
        {"20 MB one-line [1,1,...]", [&] { return repeated("[", "1,", 20 * mb, "1]"); }},
        {"8 MB one-line Avro schema",
         [&] {
             return repeated("{\"type\":\"record\",\"name\":\"R\",\"fields\":[",
                             "{\"name\":\"f\",\"type\":\"int\"},", 8 * mb,
                             "{\"name\":\"last\",\"type\":\"int\"}]}");
         }},
    };
    if (quick)
        printf("--quick: every size below is a tenth of the one named\n");
    printf("%-28s %10s %10s   %s\n", "input", "time", "peak RSS", "outcome");
    const Figures base8 = measure([&] { return baseline(8 * mb); });
    const Figures base20 = measure([&] { return baseline(20 * mb); });
    printf("%-28s %9.2fs %8ld MB   %s\n", "baseline: 8 MB block YAML", base8.seconds, base8.peakMb,
           base8.outcome.constData());
    printf("%-28s %9.2fs %8ld MB   %s\n", "baseline: 20 MB block YAML", base20.seconds,
           base20.peakMb, base20.outcome.constData());
    for (const Case &c : cases) {
        const Figures f = measure(c.make);
        printf("%-28s %9.2fs %8ld MB   %s\n", c.name, f.seconds, f.peakMb, f.outcome.constData());
    }
    // libfyaml 0.7.12 cannot free a parser that refused a tab before a block indicator (it
    // crashed); MeshDesk leaves that parser unfreed: what 20,000 such refused files cost,
    // beside 20,000 files refused for another syntax error (whose parser is freed)
    const int files = quick ? 2000 : 20000;
    const Figures other = measure([] { return QByteArray("a: [1, 2\nb: c\n"); }, files);
    const Figures tabs = measure([] { return QByteArray("? : n:\t >\n"); }, files);
    printf("\n%d refused files, one parser each (peak RSS):\n", files);
    printf("%-28s %9.2fs %8ld MB   %s\n", "baseline: a syntax error", other.seconds, other.peakMb,
           other.outcome.constData());
    printf("%-28s %9.2fs %8ld MB   %s\n", "a tab before '>'", tabs.seconds, tabs.peakMb,
           tabs.outcome.constData());
    return 0;
}
