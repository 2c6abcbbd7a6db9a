// Named spdlog loggers per area (catalog, store, kafka, lineage, ui) and a formatter so fmt can
// print QString. Sinks are configured by app/ (setupLogging); models only ask for a logger.
#pragma once

#include <QString>
#include <memory>
#include <spdlog/spdlog.h>

template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename Ctx> auto format(const QString &s, Ctx &ctx) const
    {
        const QByteArray utf8 = s.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};

namespace meshdesk::log {

// Returns the logger of an area, creating it on the sinks installed by setupLogging() (or the
// default stderr sink when logging was not set up, as in tests).
std::shared_ptr<spdlog::logger> get(const char *area);

inline std::shared_ptr<spdlog::logger> catalog()
{
    return get("catalog");
}
inline std::shared_ptr<spdlog::logger> store()
{
    return get("store");
}
inline std::shared_ptr<spdlog::logger> ui()
{
    return get("ui");
}
inline std::shared_ptr<spdlog::logger> app()
{
    return get("app");
}

// Installs the sinks: a rotating file in logDir (if not empty) and stderr at the given level.
// Qt's own messages are forwarded into the "qt" logger. Returns the log file path.
QString setupLogging(const QString &logDir, bool verbose);

// Replaces every secret-looking value (password=..., sasl.password, token) with ***.
QString redactSecrets(QString text);

} // namespace meshdesk::log
