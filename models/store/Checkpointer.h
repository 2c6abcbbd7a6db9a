// Copies a WAL database's write-ahead log into the database file on a thread of its own, through
// a connection of its own, instead of on the writing thread at its commits (SQLite's automatic
// checkpoint). The checkpoint is PASSIVE: it never waits for the writer, and the writer never
// waits for it. A long run of commits (a team log being materialized: 100,000 acts) then does not
// stop every few megabytes for the database file's writes and fsync; measured on bench_team 2b,
// that was a third of the applying thread's time, mostly spent waiting for the disk.
//
// Installed on a writing connection with attach(): its commits report the log's size to it
// (SQLite's WAL hook), and at 1,000 pages (SQLite's own threshold) it wakes the thread. The log
// starts over from its beginning only when a write begins after a checkpoint copied all of it,
// which back-to-back batches rarely leave time for: so from 64 MiB on the writer checkpoints
// itself, as SQLite would have (usually little is left to copy), and the log stays bounded.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace meshdesk::sql {

class Checkpointer
{
public:
    // path: the database file (a WAL database); opens a connection of its own to it
    explicit Checkpointer(const char *path);
    ~Checkpointer(); // finishes the checkpoint under way, then closes its connection
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    bool ok() const { return m_db != nullptr; }
    // Routes writer's commits here (replaces its automatic checkpoint), until writer closes.
    void attach(sqlite3 *writer);

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_db = nullptr;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
};

} // namespace meshdesk::sql
