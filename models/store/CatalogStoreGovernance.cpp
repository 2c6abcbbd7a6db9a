// CatalogStore, governance part: roles, decisions on pending changes, the hash-chained audit
// log, policy settings and downstream consumers.
#include "CatalogStore.h"

#include "Sqlite.h"
#include "core/Log.h"
#include "core/Names.h"
#include "governance/Policies.h"

#include <QCryptographicHash>
#include <QJsonDocument>
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

namespace {
// Runs fn in one IMMEDIATE transaction (so concurrent writers queue, and checks made inside
// see the latest state); converts SQLite errors to messages.
template <typename Fn>
OperationResult inTransaction(sqlite3 *db, const QString &path, int busyMs, Fn fn)
{
    try {
        sql::execScript(db, "BEGIN IMMEDIATE");
    } catch (const SqliteError &e) {
        return {false, sql::describeError(e, path, busyMs)};
    }
    try {
        OperationResult r = fn();
        sql::execScript(db, r.ok ? "COMMIT" : "ROLLBACK");
        return r;
    } catch (const SqliteError &e) {
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return {false, sql::describeError(e, path, busyMs)};
    }
}
} // namespace

OperationResult CatalogStore::grantRole(const QString &actor, const QString &user,
                                        const QString &role, const QString &domain)
{
    if (!roleNames().contains(role))
        return {false, QStringLiteral("unknown role '%1' (roles: %2)")
                           .arg(role, roleNames().join(QStringLiteral(", ")))};
    if (role != QLatin1String("admin") && domain.isEmpty())
        return {false, QStringLiteral("the role '%1' is granted per domain: name one with --domain")
                           .arg(role)};
    if (user.trimmed().isEmpty())
        return {false, QStringLiteral("no user named")};
    for (const QString &name : {actor, user})
        if (const QString e = names::userNameError(name); !e.isEmpty())
            return {false, e};
    if (const QString e = names::identifierError(QStringLiteral("domain"), domain); !e.isEmpty())
        return {false, e};
    if (m_inBatch)
        return {false, QStringLiteral("an import is running")};
    return inTransaction(m_db, m_path, m_options.busyTimeoutMs, [&]() -> OperationResult {
        if (!hasRole(actor, QStringLiteral("admin"), {}))
            return {false,
                    QStringLiteral("%1 is not an admin of this catalog; only admins grant roles")
                        .arg(actor)};
        const QString d = role == QLatin1String("admin") ? QString() : domain;
        Statement st(m_db, "INSERT OR IGNORE INTO roles(user, role, domain, granted_by, "
                           "granted_at) VALUES (?,?,?,?,?)");
        st.bind(1, user).bind(2, role).bind(3, d).bind(4, actor).bind(5, nowUtc());
        st.exec();
        if (sqlite3_changes(m_db) == 0)
            return {false,
                    QStringLiteral("%1 already has the role %2%3")
                        .arg(user, role, d.isEmpty() ? QString() : QStringLiteral(" in ") + d)};
        appendAudit(actor, QStringLiteral("grant"), user,
                    QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("domain"), d}});
        return {true, {}};
    });
}

OperationResult CatalogStore::revokeRole(const QString &actor, const QString &user,
                                         const QString &role, const QString &domain)
{
    if (m_inBatch)
        return {false, QStringLiteral("an import is running")};
    return inTransaction(m_db, m_path, m_options.busyTimeoutMs, [&]() -> OperationResult {
        if (!hasRole(actor, QStringLiteral("admin"), {}))
            return {false,
                    QStringLiteral("%1 is not an admin of this catalog; only admins revoke roles")
                        .arg(actor)};
        const QString d = role == QLatin1String("admin") ? QString() : domain;
        if (role == QLatin1String("admin")) {
            Statement count(m_db, "SELECT count(*) FROM roles WHERE role = 'admin'");
            if (count.step() && count.integer(0) <= 1 && user == actor)
                return {
                    false,
                    QStringLiteral("%1 is the last admin; grant another admin first").arg(user)};
        }
        Statement st(m_db, "DELETE FROM roles WHERE user = ? AND role = ? AND domain = ?");
        st.bind(1, user).bind(2, role).bind(3, d);
        st.exec();
        if (sqlite3_changes(m_db) == 0)
            return {false,
                    QStringLiteral("%1 does not have the role %2%3")
                        .arg(user, role, d.isEmpty() ? QString() : QStringLiteral(" in ") + d)};
        appendAudit(actor, QStringLiteral("revoke"), user,
                    QJsonObject{{QStringLiteral("role"), role}, {QStringLiteral("domain"), d}});
        return {true, {}};
    });
}

std::optional<ChangeRecord> CatalogStore::change(qint64 id)
{
    for (const ChangeRecord &c : changes())
        if (c.id == id)
            return c;
    return std::nullopt;
}

void CatalogStore::reindex(const QString &kind, const QString &key, const ImportedDocument &doc)
{
    // The search index holds current versions only: replace this entity's rows.
    Statement del(m_db, "DELETE FROM search_entities WHERE ref = ? AND kind IN (?, 'object')");
    del.bind(1, key).bind(2, kind);
    del.exec();
    if (kind == QLatin1String("contract")) {
        Statement delFields(m_db, "DELETE FROM search_fields WHERE ref = ?");
        delFields.bind(1, key);
        delFields.exec();
    }
    indexDocument(doc);
}

OperationResult CatalogStore::decide(qint64 changeId, const QString &user, bool approve,
                                     const QString &comment)
{
    if (!approve && comment.trimmed().isEmpty())
        return {false,
                QStringLiteral("rejecting a change needs a comment that says why (--comment)")};
    if (user.trimmed().isEmpty())
        return {false, QStringLiteral("no acting user (--as)")};
    if (const QString e = names::userNameError(user); !e.isEmpty())
        return {false, e};
    if (m_inBatch)
        return {false, QStringLiteral("an import is running")};
    return inTransaction(m_db, m_path, m_options.busyTimeoutMs, [&]() -> OperationResult {
        Statement st(
            m_db, "SELECT c.status, c.proposer, c.decided_by, e.kind, e.key, e.current_version_id, "
                  "c.new_version_id, cv.domain, e.id FROM changes c JOIN entities e ON e.id = "
                  "c.entity_id JOIN versions cv ON cv.id = e.current_version_id WHERE c.id = ?");
        st.bind(1, changeId);
        if (!st.step())
            return {false, QStringLiteral("there is no change #%1").arg(changeId)};
        const QString status = st.text(0), proposer = st.text(1), decidedBy = st.text(2);
        const QString kind = st.text(3), key = st.text(4), domain = st.text(7);
        const qint64 newVersion = st.integer(6), entityId = st.integer(8);
        if (status != QLatin1String("pending"))
            return {false,
                    QStringLiteral("change #%1 was already %2 by %3; a decided change cannot be "
                                   "decided again")
                        .arg(changeId)
                        .arg(status, decidedBy)};
        if (proposer == user)
            return {false,
                    QStringLiteral("%1 proposed change #%2 and cannot decide on it (four-eyes "
                                   "rule): another governance owner must")
                        .arg(user)
                        .arg(changeId)};
        if (!hasRole(user, QStringLiteral("governance-owner"), domain))
            return {false,
                    QStringLiteral("%1 is not a governance owner of the domain '%2'; only they "
                                   "decide on its changes")
                        .arg(user, domain.isEmpty() ? QStringLiteral("(none)") : domain)};
        const QString now = nowUtc();
        Statement upd(m_db, "UPDATE changes SET status = ?, decided_by = ?, decided_at = ?, "
                            "comment = ? WHERE id = ?");
        upd.bind(1, approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(2, user)
            .bind(3, now)
            .bind(4, comment)
            .bind(5, changeId);
        upd.exec();
        Statement state(m_db, "UPDATE versions SET state = ? WHERE id = ?");
        state.bind(1, approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
            .bind(2, newVersion);
        state.exec();
        if (approve) {
            Statement cur(m_db, "UPDATE entities SET current_version_id = ? WHERE id = ?");
            cur.bind(1, newVersion).bind(2, entityId);
            cur.exec();
            if (auto v = version(newVersion))
                if (auto doc = document(*v))
                    reindex(kind, key, *doc);
        }
        appendAudit(user, approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                    kind + QLatin1Char('/') + key,
                    QJsonObject{{QStringLiteral("change"), changeId},
                                {QStringLiteral("versionId"), newVersion},
                                {QStringLiteral("comment"), comment}});
        log::store()->info("change #{} {} by {}", changeId, approve ? "approved" : "rejected",
                           user);
        return {true, {}};
    });
}

QList<AuditRow> CatalogStore::auditLog(const QString &from, const QString &to)
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

AuditVerification CatalogStore::verifyAudit()
{
    AuditVerification v;
    QString prev;
    qint64 expectedId = 0;
    for (const AuditRow &r : auditLog()) {
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

OperationResult CatalogStore::setPolicyEnabled(const QString &actor, const QString &policyId,
                                               bool enabled)
{
    if (!governance::allPolicyIds().contains(policyId))
        return {false, QStringLiteral("unknown policy '%1' (policies: %2)")
                           .arg(policyId, governance::allPolicyIds().join(QStringLiteral(", ")))};
    if (const QString e = names::userNameError(actor); !e.isEmpty())
        return {false, e};
    return inTransaction(m_db, m_path, m_options.busyTimeoutMs, [&]() -> OperationResult {
        if (!hasRole(actor, QStringLiteral("admin"), {}))
            return {false, QStringLiteral(
                               "%1 is not an admin of this catalog; only admins change policies")
                               .arg(actor)};
        Statement st(m_db, "INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)");
        st.bind(1, QStringLiteral("policy.") + policyId)
            .bind(2, enabled ? QStringLiteral("on") : QStringLiteral("off"));
        st.exec();
        appendAudit(actor, QStringLiteral("policy"), policyId,
                    QJsonObject{{QStringLiteral("enabled"), enabled}});
        return {true, {}};
    });
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
