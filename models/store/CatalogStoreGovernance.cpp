// CatalogStore, governance part: the tables the ledger materializes (roles, members, decisions,
// policy settings, the signed events), the legacy hash-chained audit rows, and downstream
// consumers. No permission is checked here: ledger/Rules decides, the store records.
#include "CatalogStore.h"

#include "Sqlite.h"
#include "core/Log.h"
#include "governance/Policies.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSet>
#include <sqlite3.h>

namespace meshdesk {

using sql::SqliteError;
using sql::Statement;

namespace {

QString auditHash(const QString &prev, qint64 id, const QString &at, const QString &actor,
                  const QString &action, const QString &subject, const QString &details)
{
    const QString content =
        QStringList{prev, QString::number(id), at, actor, action, subject, details}.join(
            QLatin1Char('\n'));
    return QString::fromLatin1(
        QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QStringList CatalogStore::roleNames()
{
    return {QStringLiteral("admin"), QStringLiteral("owner"), QStringLiteral("governance-owner"),
            QStringLiteral("viewer")};
}

void CatalogStore::appendAudit(const QString &actor, const QString &action, const QString &subject,
                               const QJsonObject &details)
{
    QString prev;
    qint64 id = 1;
    {
        Statement &st = cached("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1");
        if (st.step()) {
            id = st.integer(0) + 1;
            prev = st.text(1);
        }
        st.reset();
    }
    const QString at = nowUtc();
    const QString json = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    Statement &ins =
        cached("INSERT INTO audit(id, at, actor, action, subject, details, prev_hash, hash) "
               "VALUES (?,?,?,?,?,?,?,?)");
    ins.bind(1, id)
        .bind(2, at)
        .bind(3, actor)
        .bind(4, action)
        .bind(5, subject)
        .bind(6, json)
        .bind(7, prev);
    ins.bind(8, auditHash(prev, id, at, actor, action, subject, json));
    ins.exec();
}

bool CatalogStore::hasRole(const QString &user, const QString &role, const QString &domain)
{
    try {
        Statement st(m_db, "SELECT 1 FROM roles WHERE user = ? AND role = ? AND domain = ?");
        st.bind(1, user).bind(2, role).bind(3, role == QLatin1String("admin") ? QString() : domain);
        return st.step();
    } catch (const SqliteError &e) {
        rethrow(e);
    }
}

QList<RoleGrant> CatalogStore::roles()
{
    QList<RoleGrant> out;
    try {
        Statement st(m_db, "SELECT user, role, domain, granted_by, granted_at FROM roles ORDER BY "
                           "domain, user, role");
        while (st.step())
            out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

void CatalogStore::reindex(const QString &kind, const QString &key, const ImportedDocument &doc)
{
    // The search index holds current versions only: replace this entity's rows.
    if (m_schema >= 6) { // found through search_rows, by rowid
        auto drop = [&](bool fields) {
            Statement &rows = cached("SELECT rowid, row, kind FROM search_rows WHERE ref = ? AND "
                                     "fields = ?");
            rows.bind(1, key).bind(2, qint64(fields ? 1 : 0));
            std::vector<std::pair<qint64, qint64>> found; // search_rows rowid, FTS rowid
            while (rows.step())
                if (fields || rows.text(2) == kind || rows.text(2) == QLatin1String("object"))
                    found.emplace_back(rows.integer(0), rows.integer(1));
            rows.reset();
            Statement &fts = fields ? cached("DELETE FROM search_fields WHERE rowid = ?")
                                    : cached("DELETE FROM search_entities WHERE rowid = ?");
            Statement &map = cached("DELETE FROM search_rows WHERE rowid = ?");
            for (const auto &[mapRow, ftsRow] : found) {
                fts.bind(1, ftsRow);
                fts.exec();
                fts.reset();
                map.bind(1, mapRow);
                map.exec();
                map.reset();
            }
        };
        drop(false);
        if (kind == QLatin1String("contract"))
            drop(true);
        indexDocument(doc);
        return;
    }
    Statement &del = cached("DELETE FROM search_entities WHERE ref = ? AND kind IN (?, 'object')");
    del.bind(1, key).bind(2, kind);
    del.exec();
    if (kind == QLatin1String("contract")) {
        Statement &delFields = cached("DELETE FROM search_fields WHERE ref = ?");
        delFields.bind(1, key);
        delFields.exec();
    }
    indexDocument(doc);
}

QList<AuditRow> CatalogStore::legacyAuditLog(const QString &from, const QString &to)
{
    QList<AuditRow> out;
    try {
        Statement st(m_db,
                     "SELECT id, at, actor, action, subject, details, prev_hash, hash FROM audit "
                     "WHERE (?1 = '' OR at >= ?1) AND (?2 = '' OR at < ?2) ORDER BY id");
        st.bind(1, from).bind(2, to);
        while (st.step())
            out.append({st.integer(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                        st.text(6), st.text(7)});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

AuditVerification CatalogStore::verifyLegacyAudit()
{
    AuditVerification v;
    QString prev;
    qint64 expectedId = 0;
    for (const AuditRow &r : legacyAuditLog()) {
        ++v.rows;
        QString reason;
        if (expectedId && r.id != expectedId)
            reason =
                QStringLiteral("row #%1 is missing (found #%2 next)").arg(expectedId).arg(r.id);
        else if (r.prevHash != prev)
            reason = QStringLiteral("its previous-hash does not match row #%1").arg(r.id - 1);
        else if (auditHash(r.prevHash, r.id, r.at, r.actor, r.action, r.subject, r.details) !=
                 r.hash)
            reason = QStringLiteral("its content does not match its hash (edited)");
        if (!reason.isEmpty()) {
            v.intact = false;
            v.firstBrokenId = expectedId && r.id != expectedId ? expectedId : r.id;
            v.reason = reason;
            return v;
        }
        prev = r.hash;
        expectedId = r.id + 1;
    }
    return v;
}

QStringList CatalogStore::enabledPolicies()
{
    QStringList out;
    try {
        for (const QString &id : governance::allPolicyIds()) {
            Statement st(m_db, "SELECT value FROM settings WHERE key = ?");
            st.bind(1, QStringLiteral("policy.") + id);
            if (!st.step() || st.text(0) != QLatin1String("off"))
                out << id; // enabled unless switched off
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

OperationResult CatalogStore::writeTransaction(const std::function<OperationResult()> &fn)
{
    if (m_inWrite)
        return fn(); // nested: the outer write is the transaction
    const auto cleanup = qScopeGuard([this] { resetStatements(); });
    if (m_inBatch) {
        // The batch is the transaction (see beginBatch); a failure undoes the whole batch.
        m_inWrite = true;
        try {
            OperationResult r = fn();
            m_inWrite = false;
            return r;
        } catch (const SqliteError &e) {
            m_inWrite = false;
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            m_inBatch = false;
            dropPendingIndex();
            return {false, sql::describeError(e, m_path, m_options.busyTimeoutMs),
                    isDatabaseFailure(e.code)};
        }
    }
    try {
        sql::execScript(m_db, "BEGIN IMMEDIATE");
    } catch (const SqliteError &e) {
        return {false, sql::describeError(e, m_path, m_options.busyTimeoutMs),
                isDatabaseFailure(e.code)};
    }
    m_inWrite = true;
    try {
        OperationResult r = fn();
        m_inWrite = false;
        sql::execScript(m_db, r.ok ? "COMMIT" : "ROLLBACK");
        return r;
    } catch (const SqliteError &e) {
        m_inWrite = false;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return {false, sql::describeError(e, m_path, m_options.busyTimeoutMs),
                isDatabaseFailure(e.code)};
    } catch (const StoreError &e) {
        m_inWrite = false;
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        return {false, e.message};
    }
}

void CatalogStore::putRole(const QString &user, const QString &role, const QString &domain,
                           const QString &by, const QString &at)
{
    Statement &st = cached("INSERT OR IGNORE INTO roles(user, role, domain, granted_by, "
                           "granted_at) VALUES (?,?,?,?,?)");
    st.bind(1, user)
        .bind(2, role)
        .bind(3, role == QLatin1String("admin") ? QString() : domain)
        .bind(4, by)
        .bind(5, at);
    st.exec();
}

void CatalogStore::deleteRole(const QString &user, const QString &role, const QString &domain)
{
    Statement &st = cached("DELETE FROM roles WHERE user = ? AND role = ? AND domain = ?");
    st.bind(1, user).bind(2, role).bind(3, role == QLatin1String("admin") ? QString() : domain);
    st.exec();
}

void CatalogStore::putPolicy(const QString &policyId, bool enabled)
{
    putSetting(QStringLiteral("policy.") + policyId,
               enabled ? QStringLiteral("on") : QStringLiteral("off"));
}

void CatalogStore::putMember(const MemberRecord &m)
{
    Statement &st = cached("INSERT OR REPLACE INTO members(name, public_key, fingerprint, "
                           "admitted_by, admitted_at, active) VALUES (?,?,?,?,?,?)");
    st.bind(1, m.name)
        .bind(2, m.publicKey)
        .bind(3, m.fingerprint)
        .bind(4, m.admittedBy)
        .bind(5, m.admittedAt)
        .bind(6, qint64(m.active ? 1 : 0));
    st.exec();
}

void CatalogStore::deactivateMember(const QString &name)
{
    Statement &st = cached("UPDATE members SET active = 0 WHERE name = ?");
    st.bind(1, name);
    st.exec();
}

QList<MemberRecord> CatalogStore::members()
{
    QList<MemberRecord> out;
    if (m_schema < 5)
        return out;
    try {
        Statement st(m_db, "SELECT name, public_key, fingerprint, admitted_by, admitted_at, active "
                           "FROM members ORDER BY name");
        while (st.step())
            out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                        st.integer(5) != 0});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

void CatalogStore::applyDecision(qint64 changeId, const QString &user, bool approve,
                                 const QString &comment, const QString &eventId, const QString &at)
{
    // cached statements: a team log applies thousands of decisions in one batch
    Statement &st = cached("SELECT e.kind, e.key, c.new_version_id, e.id, nv.sha256 FROM changes c "
                           "JOIN entities e ON e.id = c.entity_id JOIN versions nv ON nv.id = "
                           "c.new_version_id WHERE c.id = ?");
    st.bind(1, changeId);
    if (!st.step())
        throw StoreError{QStringLiteral("there is no change #%1").arg(changeId)};
    const QString kind = st.text(0), key = st.text(1);
    const qint64 newVersion = st.integer(2), entityId = st.integer(3);
    const QByteArray sha = st.text(4).toLatin1();
    st.reset(); // read: no read cursor left open
    std::optional<ImportedDocument> parsed;
    if (const auto it = m_parsedProposals.constFind(newVersion);
        it != m_parsedProposals.constEnd() && it->sha == sha)
        parsed = it->doc; // as store() parsed it from the same bytes
    m_parsedProposals.remove(newVersion);
    m_parsedOrder.removeOne(newVersion);
    const QString verdict = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
    Statement &upd = cached("UPDATE changes SET status = ?, decided_by = ?, decided_at = ?, "
                            "comment = ?, decision = ? WHERE id = ?");
    upd.bind(1, verdict).bind(2, user).bind(3, at).bind(4, comment).bind(5, eventId).bind(6, changeId);
    upd.exec();
    Statement &state = cached("UPDATE versions SET state = ? WHERE id = ?");
    state.bind(1, verdict).bind(2, newVersion);
    state.exec();
    if (approve) {
        Statement &cur = cached("UPDATE entities SET current_version_id = ? WHERE id = ?");
        cur.bind(1, newVersion).bind(2, entityId);
        cur.exec();
        if (!parsed)
            if (const auto v = version(newVersion))
                parsed = document(*v);
        if (parsed)
            reindexLater(kind, key, std::move(*parsed));
    }
    log::store()->info("change #{} {} by {}", changeId, verdict, user);
}

void CatalogStore::appendEvent(const EventRecord &e)
{
    Statement &st = cached("INSERT INTO events(id, type, actor, key_fp, at, body, signature, "
                           "log_offset) VALUES (?,?,?,?,?,?,?,?)");
    st.bind(1, e.id)
        .bind(2, e.type)
        .bind(3, e.actor)
        .bind(4, e.keyFingerprint)
        .bind(5, e.at)
        .bind(6, e.body)
        .bind(7, e.signature);
    if (e.offset >= 0)
        st.bind(8, e.offset);
    else
        st.bindNull(8);
    st.exec();
}

namespace {
EventRecord readEvent(const Statement &st)
{
    EventRecord e;
    e.seq = st.integer(0);
    e.id = st.text(1);
    e.type = st.text(2);
    e.actor = st.text(3);
    e.keyFingerprint = st.text(4);
    e.at = st.text(5);
    e.body = st.bytes(6);
    e.signature = st.bytes(7);
    e.offset = st.isNull(8) ? -1 : st.integer(8);
    return e;
}
} // namespace

QList<EventRecord> CatalogStore::events(qint64 afterSeq, int limit)
{
    QList<EventRecord> out;
    if (m_schema < 5)
        return out;
    try {
        Statement st(m_db, "SELECT seq, id, type, actor, key_fp, at, body, signature, log_offset "
                           "FROM events WHERE seq > ? ORDER BY seq LIMIT ?");
        st.bind(1, afterSeq).bind(2, qint64(limit));
        while (st.step())
            out.append(readEvent(st));
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

std::optional<EventRecord> CatalogStore::event(const QString &id)
{
    if (m_schema < 5)
        return std::nullopt;
    try {
        Statement st(m_db, "SELECT seq, id, type, actor, key_fp, at, body, signature, log_offset "
                           "FROM events WHERE id = ?");
        st.bind(1, id);
        if (st.step())
            return readEvent(st);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return std::nullopt;
}

void CatalogStore::setEventOffset(const QString &id, qint64 offset)
{
    Statement st(m_db, "UPDATE events SET log_offset = ? WHERE id = ?");
    st.bind(1, offset).bind(2, id);
    st.exec();
}

QList<EventRecord> CatalogStore::eventHeaders()
{
    QList<EventRecord> out;
    if (m_schema < 5)
        return out;
    try {
        Statement st(m_db, "SELECT seq, id, type, actor, key_fp, at, log_offset FROM events "
                           "ORDER BY seq");
        while (st.step()) {
            EventRecord e;
            e.seq = st.integer(0);
            e.id = st.text(1);
            e.type = st.text(2);
            e.actor = st.text(3);
            e.keyFingerprint = st.text(4);
            e.at = st.text(5);
            e.offset = st.isNull(6) ? -1 : st.integer(6);
            out.append(e);
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

MaterializedState CatalogStore::materialized()
{
    MaterializedState m;
    try {
        Statement v(m_db, "SELECT e.kind || '/' || e.key, v.sha256, v.state, v.domain, v.event, "
                          "v.id = e.current_version_id FROM versions v JOIN entities e ON e.id = "
                          "v.entity_id ORDER BY e.kind, e.key, v.id");
        while (v.step())
            m.versions.append({v.text(0), v.text(1), v.text(2), v.text(3), v.text(4),
                               v.integer(5) != 0});
        Statement c(m_db, "SELECT c.id, c.proposal, e.kind || '/' || e.key, c.proposer, "
                          "c.status, coalesce(c.decided_by, ''), coalesce(c.comment, ''), "
                          "c.decision, nv.sha256, nv.domain FROM changes c JOIN entities e ON "
                          "e.id = c.entity_id JOIN versions nv ON nv.id = c.new_version_id "
                          "ORDER BY c.id");
        while (c.step())
            m.changes.append({c.integer(0), c.text(1), c.text(2), c.text(3), c.text(4), c.text(5),
                              c.text(6), c.text(7), c.text(8), c.text(9)});
        Statement p(m_db, "SELECT substr(key, 8), value FROM settings WHERE key LIKE 'policy.%'");
        while (p.step())
            m.policies.insert(p.text(0), p.text(1) != QLatin1String("off"));
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return m;
}

qint64 CatalogStore::eventCount()
{
    if (m_schema < 5)
        return 0;
    try {
        Statement st(m_db, "SELECT count(*) FROM events");
        return st.step() ? st.integer(0) : 0;
    } catch (const SqliteError &e) {
        rethrow(e);
    }
}

QString CatalogStore::lastEventId()
{
    if (m_schema < 5)
        return {};
    try {
        Statement &st = cached("SELECT id FROM events ORDER BY seq DESC LIMIT 1");
        const QString id = st.step() ? st.text(0) : QString();
        st.reset();
        return id;
    } catch (const SqliteError &e) {
        rethrow(e);
    }
}

QString CatalogStore::setting(const QString &key)
{
    try {
        Statement &st = cached("SELECT value FROM settings WHERE key = ?");
        st.bind(1, key);
        const QString v = st.step() ? st.text(0) : QString();
        st.reset();
        return v;
    } catch (const SqliteError &e) {
        rethrow(e);
    }
}

void CatalogStore::putSetting(const QString &key, const QString &value)
{
    Statement &st = cached("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    st.exec();
}

void CatalogStore::addSetAside(const SetAsideRecord &r)
{
    Statement st(m_db, "INSERT INTO set_aside(id, log_offset, body, signature, reason, at) VALUES "
                       "(?,?,?,?,?,?)");
    st.bind(1, r.id).bind(3, r.body).bind(4, r.signature).bind(5, r.reason).bind(6, r.at);
    if (r.offset >= 0)
        st.bind(2, r.offset);
    else
        st.bindNull(2);
    st.exec();
}

QList<SetAsideRecord> CatalogStore::setAside()
{
    QList<SetAsideRecord> out;
    if (m_schema < 5)
        return out;
    try {
        Statement st(m_db, "SELECT id, log_offset, body, signature, reason, at FROM set_aside "
                           "ORDER BY rowid");
        while (st.step())
            out.append({st.text(0), st.isNull(1) ? -1 : st.integer(1), st.bytes(2), st.bytes(3),
                        st.text(4), st.text(5)});
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

void CatalogStore::queueOutgoing(const EventRecord &e)
{
    Statement st(m_db, "INSERT OR IGNORE INTO outbox(id, body, signature, queued_at) VALUES "
                       "(?,?,?,?)");
    st.bind(1, e.id).bind(2, e.body).bind(3, e.signature).bind(4, e.at);
    st.exec();
}

QList<EventRecord> CatalogStore::outgoing()
{
    QList<EventRecord> out;
    if (m_schema < 5)
        return out;
    try {
        Statement st(m_db, "SELECT seq, id, body, signature, queued_at FROM outbox ORDER BY seq");
        while (st.step()) {
            EventRecord e;
            e.seq = st.integer(0);
            e.id = st.text(1);
            e.body = st.bytes(2);
            e.signature = st.bytes(3);
            e.at = st.text(4);
            out.append(e);
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

void CatalogStore::dropOutgoing(const QString &id)
{
    Statement &st = cached("DELETE FROM outbox WHERE id = ?");
    st.bind(1, id);
    st.exec();
}

QStringList CatalogStore::contractIds()
{
    QStringList out;
    try {
        Statement st(m_db, "SELECT key FROM entities WHERE kind = 'contract'");
        while (st.step())
            out << st.text(0);
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    return out;
}

QList<Consumer> CatalogStore::downstreamConsumers(const QStringList &start)
{
    // The current versions' ports: which products read a contract, and what each produces.
    QHash<QString, QStringList> readers; // contract -> product keys
    QHash<QString, QStringList> outputs; // product key -> contracts
    QHash<QString, Consumer> info;
    try {
        Statement st(m_db,
                     "SELECT e.key, v.name, v.owner, v.domain, p.direction, p.contract_id FROM "
                     "entities e JOIN versions v ON v.id = e.current_version_id JOIN ports p ON "
                     "p.version_id = v.id WHERE e.kind = 'product' AND p.contract_id <> ''");
        while (st.step()) {
            const QString key = st.text(0);
            info.insert(key, {key, st.text(1), st.text(2), st.text(3), {}, 0});
            if (st.text(4) == QLatin1String("input"))
                readers[st.text(5)] << key;
            else if (st.text(4) == QLatin1String("output"))
                outputs[key] << st.text(5);
        }
    } catch (const SqliteError &e) {
        rethrow(e);
    }
    QList<Consumer> out;
    QSet<QString> seen;
    QList<QPair<QString, int>> queue;
    for (const QString &c : start)
        queue.append({c, 1});
    while (!queue.isEmpty()) {
        const auto [contract, depth] = queue.takeFirst();
        for (const QString &product : readers.value(contract)) {
            if (seen.contains(product))
                continue;
            seen.insert(product);
            Consumer c = info.value(product);
            c.viaContract = contract;
            c.depth = depth;
            out.append(c);
            for (const QString &next : outputs.value(product))
                queue.append({next, depth + 1});
        }
    }
    return out;
}

} // namespace meshdesk
