// A thin RAII layer over the sqlite3 C API: statements with bound parameters and typed
// column reads. Errors are reported as SqliteError carrying SQLite's message and code.
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace meshdesk::sql {

struct SqliteError
{
    int code = 0;
    QString message;
};

class Statement
{
public:
    Statement(sqlite3 *db, const char *sql); // throws SqliteError
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, const QString &v);
    Statement &bind(int index, const QByteArray &v); // as text
    Statement &bind(int index, qint64 v);
    Statement &bindNull(int index);
    Statement &bindAll(std::initializer_list<QVariant> values);

    bool step();  // true while a row is available; throws on error
    void exec();  // steps to the end
    void reset(); // (nothing to do when it was not used since)

    QString text(int col) const;
    QByteArray bytes(int col) const;
    qint64 integer(int col) const;
    double real(int col) const;
    bool isNull(int col) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_used = false; // bound or stepped since the last reset()
};

// A message for users: what happened to which database file (locked, damaged, full ...).
QString describeError(const SqliteError &e, const QString &path, int busyMs);

// Runs one or more statements without results (DDL, pragmas); throws SqliteError.
void execScript(sqlite3 *db, const char *sql);
[[noreturn]] void throwError(sqlite3 *db, int code);

} // namespace meshdesk::sql
