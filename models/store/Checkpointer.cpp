#include "Checkpointer.h"

#include "core/Log.h"

#include <sqlite3.h>

namespace meshdesk::sql {

namespace {
constexpr int kWakeAt = 1000;           // pages in the log: SQLite's automatic threshold
constexpr int kWriterTakesOver = 16384; // 64 MiB of 4 KiB pages: the thread fell behind
} // namespace

Checkpointer::Checkpointer(const char *path)
{
    if (sqlite3_open_v2(path, &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        log::store()->warn("background checkpoints: {} not opened: {}", path,
                           m_db ? sqlite3_errmsg(m_db) : "out of memory");
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_db, 1000);
    // a connection knows the file is in WAL mode once it has read it
    sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    m_thread = std::thread([this] { run(); });
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_close_v2(m_db);
}

void Checkpointer::attach(sqlite3 *writer)
{
    if (ok())
        sqlite3_wal_hook(writer, &Checkpointer::onCommit, this);
}

int Checkpointer::onCommit(void *self, sqlite3 *db, const char *schema, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages >= kWriterTakesOver) {
        // What SQLite would have done at 1,000 pages (busy at once while the thread copies)
        sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    } else if (pages >= kWakeAt) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_pending = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            return; // (the last connection to close checkpoints what is left)
        m_pending = false;
        lock.unlock();
        const int rc =
            sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            log::store()->warn("background checkpoint: {} (the log is kept; the writer "
                               "checkpoints from 64 MiB on)",
                               sqlite3_errmsg(m_db));
        lock.lock();
    }
}

} // namespace meshdesk::sql
