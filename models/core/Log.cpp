#include "Log.h"

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace meshdesk::log {

namespace {
QMutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
spdlog::level::level_enum g_level = spdlog::level::warn;

void qtMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &text)
{
    const QString msg = redactSecrets(text); // Qt's messages may quote connection strings
    auto l = get("qt");
    switch (type) {
    case QtDebugMsg:
        l->debug("{}", msg);
        break;
    case QtInfoMsg:
        l->info("{}", msg);
        break;
    case QtWarningMsg:
        l->warn("{}", msg);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        l->error("{}", msg);
        break;
    }
}
} // namespace

std::shared_ptr<spdlog::logger> get(const char *area)
{
    QMutexLocker lock(&g_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    std::shared_ptr<spdlog::logger> logger;
    if (g_sinks.empty()) {
        logger = std::make_shared<spdlog::logger>(
            area, std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    } else {
        logger = std::make_shared<spdlog::logger>(area, g_sinks.begin(), g_sinks.end());
    }
    logger->set_level(g_level);
    spdlog::register_logger(logger);
    return logger;
}

QString setupLogging(const QString &logDir, bool verbose)
{
    QString path;
    {
        QMutexLocker lock(&g_mutex);
        g_sinks.clear();
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        // The CLI and GUI report problems themselves; stderr gets the log only with --verbose.
        console->set_level(verbose ? spdlog::level::debug : spdlog::level::critical);
        g_sinks.push_back(console);
        if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
            path = QDir(logDir).filePath(QStringLiteral("meshdesk.log"));
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), 5 * 1024 * 1024, 3);
                file->set_level(spdlog::level::debug);
                g_sinks.push_back(file);
            } catch (const spdlog::spdlog_ex &) {
                path.clear(); // an unwritable log folder must not stop the program
            }
        }
        g_level = spdlog::level::debug;
        spdlog::drop_all();
    }
    qInstallMessageHandler(qtMessageHandler);
    get("app")->info("MeshDesk started, log file {}", path);
    return path;
}

QString redactSecrets(QString text)
{
    static const QRegularExpression re(
        QStringLiteral(R"((password|passwd|secret|token|sasl\.password)(\s*[=:]\s*)([^\s,;&]+))"),
        QRegularExpression::CaseInsensitiveOption);
    return text.replace(re, QStringLiteral("\\1\\2***"));
}

} // namespace meshdesk::log
