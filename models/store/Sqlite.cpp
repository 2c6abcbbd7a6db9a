#include "Sqlite.h"

#include <sqlite3.h>

namespace meshdesk::sql {

void throwError(sqlite3 *db, int code)
{
    throw SqliteError{code, QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code))};
}

Statement::Statement(sqlite3 *db, const char *sql) : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(db, rc);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, const QString &v)
{
    return bind(index, v.isNull() ? QByteArray("") : v.toUtf8()); // NULL only via bindNull()
}

Statement &Statement::bind(int index, const QByteArray &v)
{
    m_used = true;
    const int rc = sqlite3_bind_text64(m_stmt, index, v.isNull() ? "" : v.constData(),
                                       sqlite3_uint64(v.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bind(int index, qint64 v)
{
    m_used = true;
    const int rc = sqlite3_bind_int64(m_stmt, index, v);
    if (rc != SQLITE_OK)
        throwError(m_db, rc);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    m_used = true;
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindAll(std::initializer_list<QVariant> values)
{
    int i = 1;
    for (const QVariant &v : values) {
        if (!v.isValid() || v.isNull())
            bindNull(i);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            bind(i, v.toLongLong());
        else if (v.typeId() == QMetaType::QByteArray)
            bind(i, v.toByteArray());
        else
            bind(i, v.toString());
        ++i;
    }
    return *this;
}

bool Statement::step()
{
    m_used = true;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const int code = rc;
    sqlite3_reset(m_stmt);
    throwError(m_db, code);
}

void Statement::exec()
{
    while (step()) {
    }
}

void Statement::reset()
{
    // a store resets its cached statements after every operation: most were not used in it
    if (!m_used)
        return;
    m_used = false;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString Statement::text(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}

QByteArray Statement::bytes(int col) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, col));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

qint64 Statement::integer(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}

double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}

bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}

QString describeError(const SqliteError &e, const QString &path, int busyMs)
{
    const int primary = e.code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return QStringLiteral("%1: the database is locked by another program (waited %2 ms); "
                              "try again when it has finished")
            .arg(path)
            .arg(busyMs);
    if (primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT)
        return QStringLiteral("%1: not a MeshDesk database, or it is damaged (%2)")
            .arg(path, e.message);
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM)
        return QStringLiteral("%1: cannot write the database (%2)").arg(path, e.message);
    if (primary == SQLITE_FULL)
        return QStringLiteral("%1: the disk is full").arg(path);
    return QStringLiteral("%1: %2").arg(path, e.message);
}

void execScript(sqlite3 *db, const char *sql)
{
    char *err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errstr(rc));
        sqlite3_free(err);
        throw SqliteError{rc, msg};
    }
}

} // namespace meshdesk::sql
