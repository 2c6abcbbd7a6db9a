#include "Log.h"

#include <QDir>
#include <QMutex>
#include <QRegularExpression>
#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace meshdesk::log {

namespace {

// Every log line is bounded and printable: a message longer than kMaxMessage bytes is cut with
// "... (N bytes)" (a 10 MB value in an error must not make a 10 MB line, nor push the rotation
// past its 5 MB x 3), and control characters (escape sequences, CR, newlines that would forge
// a line) are written as \xNN.
class SafeFormatter : public spdlog::formatter
{
public:
    static constexpr size_t kMaxMessage = 4096;
    void format(const spdlog::details::log_msg &msg, spdlog::memory_buf_t &dest) override
    {
        const std::string_view payload(msg.payload.data(), msg.payload.size());
        std::string safe;
        safe.reserve(std::min(payload.size(), kMaxMessage) + 32);
        size_t i = 0;
        for (; i < payload.size() && safe.size() < kMaxMessage; ++i) {
            const auto c = static_cast<unsigned char>(payload[i]);
            if (c < 0x20 || c == 0x7f) {
                static const char hex[] = "0123456789abcdef";
                safe += "\\x";
                safe += hex[c >> 4];
                safe += hex[c & 15];
            } else {
                safe += char(c);
            }
        }
        if (i < payload.size()) {
            while (!safe.empty() && (static_cast<unsigned char>(safe.back()) & 0xc0) == 0x80)
                safe.pop_back(); // never end inside a UTF-8 sequence
            if (!safe.empty() && static_cast<unsigned char>(safe.back()) >= 0xc0)
                safe.pop_back();
            safe += fmt::format("\u2026 ({} bytes)", payload.size());
        }
        spdlog::details::log_msg copy = msg;
        copy.payload = spdlog::string_view_t(safe.data(), safe.size());
        m_inner.format(copy, dest);
        msg.color_range_start = copy.color_range_start; // the colour sink reads them from msg
        msg.color_range_end = copy.color_range_end;
    }
    std::unique_ptr<spdlog::formatter> clone() const override
    {
        return std::make_unique<SafeFormatter>();
    }

private:
    spdlog::pattern_formatter m_inner;
};

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
        console->set_formatter(std::make_unique<SafeFormatter>());
        g_sinks.push_back(console);
        if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
            path = QDir(logDir).filePath(QStringLiteral("meshdesk.log"));
            try {
                auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                    path.toStdString(), 5 * 1024 * 1024, 3);
                file->set_level(spdlog::level::debug);
                file->set_formatter(std::make_unique<SafeFormatter>());
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
