#include "Ledger.h"
#include "identity/TrustPins.h"

#include "core/Log.h"
#include "governance/Policies.h"
#include "identity/KeyStore.h"
#include "identity/SshSig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QStringDecoder>

namespace meshdesk::ledger {

namespace {

bool validUtf8(const QByteArray &b)
{
    QStringDecoder d(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)QString(d.decode(b));
    return !d.hasError();
}

QString describe(const Event &e, qint64 seq)
{
    return QStringLiteral("#%1 %2 by %3 at %4").arg(seq).arg(e.type, e.actor, e.at);
}

// The fields of a submit of file (the document itself, and its subjects for people).
QJsonObject submitFields(const FileImport &file)
{
    QJsonObject fields{{QStringLiteral("path"), file.path}};
    if (validUtf8(file.bytes))
        fields.insert(QStringLiteral("document"), QString::fromUtf8(file.bytes));
    else
        fields.insert(QStringLiteral("documentBase64"), QString::fromLatin1(file.bytes.toBase64()));
    // informational (audit lists read it without parsing); the rules parse the document
    QJsonArray subjects;
    for (const ParsedDocument &pd : file.documents)
        subjects.append(pd.document.kindName() + QLatin1Char('/') + pd.document.key());
    fields.insert(QStringLiteral("subjects"), subjects);
    return fields;
}

} // namespace

FileImport submittedFile(const Event &e)
{
    const QString path = e.text("path");
    if (e.fields.contains(QStringLiteral("documentBase64")))
        return importBytes(path, QByteArray::fromBase64(e.text("documentBase64").toLatin1()));
    return importBytes(path, e.text("document").toUtf8());
}

Ledger::Ledger(CatalogStore &store, identity::Keyring *keyring) : m_store(store), m_keyring(keyring)
{
}

bool Ledger::load(QString *error)
{
    m_state = State{};
    if (!m_store.isOpen() || m_store.schemaVersion() < 5)
        return true;
    try {
        m_state.catalogId = m_store.setting(QStringLiteral("catalog.id"));
        m_state.catalogName = m_store.setting(QStringLiteral("catalog.name"));
        m_state.rootFingerprint = m_store.setting(QStringLiteral("catalog.root"));
        m_team = !m_store.setting(QStringLiteral("team.topic")).isEmpty();
        for (const MemberRecord &m : m_store.members()) {
            const auto key = identity::PublicKey::fromOpenSsh(m.publicKey);
            if (!key)
                continue;
            m_state.members.insert(m.name, {m.name, *key, m.active});
            if (m.active)
                m_state.keyNames.insert(key->fingerprint(), m.name);
            else
                m_state.revokedKeys.insert(key->fingerprint());
        }
        for (const RoleGrant &g : m_store.roles())
            m_state.roles.insert(State::roleKey(g.user, g.role, g.domain));
        QHash<QString, QString> submitKeys; // event id -> signing key
        for (const EventRecord &e : m_store.eventHeaders()) {
            m_state.applied.insert(e.id);
            m_state.head = e.id;
            ++m_state.events;
            if (e.type == type::submit)
                submitKeys.insert(e.id, e.keyFingerprint);
        }
        const MaterializedState mat = m_store.materialized();
        m_state.policies = mat.policies;
        for (const MaterializedState::Version &v : mat.versions) {
            EntityState &es = m_state.entities[v.subject];
            if (v.current) {
                es.currentSha = v.sha;
                es.domain = v.domain;
            } else if (v.state == QLatin1String("pending")) {
                es.pendingShas.insert(v.sha);
            }
        }
        for (const MaterializedState::Change &c : mat.changes)
            m_state.changes.insert(State::changeKey(c.proposal, c.subject),
                                   {c.subject, c.proposer, submitKeys.value(c.proposal), c.status,
                                    c.decidedBy, c.newSha, c.newDomain});
    } catch (const StoreError &e) {
        if (error)
            *error = e.message;
        return false;
    }
    return true;
}

bool Ledger::commitBatch(QString *error)
{
    if (m_store.commitBatch(error))
        return true;
    load();
    return false;
}

ActResult Ledger::sign(const QString &type, const QString &actor, QJsonObject fields, Event *out)
{
    ActResult r;
    if (!m_keyring) {
        r.error = QStringLiteral("no identity to sign with");
        return r;
    }
    if (!identity::isValidIdentityName(actor)) {
        r.error = QStringLiteral("'%1' is not a valid name: use letters, digits and . _ @ - (at "
                                 "most 64)")
                      .arg(actor.left(80));
        return r;
    }
    const auto unlocked = m_keyring->unlock(actor);
    if (!unlocked.key) {
        r.error = unlocked.error;
        return r;
    }
    QJsonObject written;
    const QByteArray body = makeBody(type, m_state.catalogId, actor, unlocked.key->publicKey(),
                                     m_state.head, std::move(fields), &written);
    const auto signature = m_keyring->sign(actor, body);
    if (!signature.error.isEmpty()) {
        r.error = signature.error;
        return r;
    }
    *out = Event::signedHere(body, signature.sshsig, std::move(written), unlocked.key->publicKey());
    r.ok = true;
    r.eventId = out->id;
    return r;
}

ActResult Ledger::createCatalog(const QString &actor, const QString &name)
{
    ActResult r;
    if (hasGenesis()) {
        r.error = QStringLiteral("this catalog already has its trust root (%1)")
                      .arg(m_state.rootFingerprint);
        return r;
    }
    if (m_store.schemaVersion() < 5) {
        r.error = QStringLiteral("the catalog must be upgraded before it can be signed");
        return r;
    }
    QJsonObject fields;
    fields.insert(QStringLiteral("name"),
                  name.isEmpty() ? QFileInfo(m_store.path()).completeBaseName() : name);
    if (m_keyring)
        if (const auto id = m_keyring->identity(actor))
            fields.insert(QStringLiteral("publicKey"), id->key.openSshLine(actor));
    // A catalog kept before signing: its admin signs the state as it stands (the adoption).
    const MaterializedState mat = m_store.materialized();
    if (!mat.versions.isEmpty() || !m_store.roles().isEmpty()) {
        if (!m_store.hasRole(actor, QStringLiteral("admin"), {})) {
            r.error = QStringLiteral("this catalog was kept before acts were signed; its first "
                                     "signed act adopts it, and only an admin of it may (%1 is "
                                     "not)")
                          .arg(actor);
            return r;
        }
        QJsonObject legacy;
        QJsonArray roles;
        for (const RoleGrant &g : m_store.roles())
            roles.append(QJsonArray{g.user, g.role, g.domain});
        legacy.insert(QStringLiteral("roles"), roles);
        QJsonObject entities;
        for (const MaterializedState::Version &v : mat.versions) {
            QJsonObject o = entities.value(v.subject).toObject();
            if (v.current) {
                o.insert(QStringLiteral("sha"), v.sha);
                o.insert(QStringLiteral("domain"), v.domain);
            } else if (v.state == QLatin1String("pending")) {
                QJsonArray p = o.value(QStringLiteral("pending")).toArray();
                p.append(v.sha);
                o.insert(QStringLiteral("pending"), p);
            }
            QJsonObject states = o.value(QStringLiteral("versions")).toObject();
            states.insert(v.sha, v.state);
            o.insert(QStringLiteral("versions"), states);
            entities.insert(v.subject, o);
        }
        legacy.insert(QStringLiteral("entities"), entities);
        QJsonObject changes;
        for (const MaterializedState::Change &c : mat.changes)
            changes.insert(c.proposal, QJsonObject{{QStringLiteral("subject"), c.subject},
                                                   {QStringLiteral("proposer"), c.proposer},
                                                   {QStringLiteral("status"), c.status},
                                                   {QStringLiteral("decidedBy"), c.decidedBy},
                                                   {QStringLiteral("sha"), c.newSha},
                                                   {QStringLiteral("domain"), c.newDomain}});
        legacy.insert(QStringLiteral("changes"), changes);
        QJsonObject policies;
        for (auto it = mat.policies.cbegin(); it != mat.policies.cend(); ++it)
            policies.insert(it.key(), it.value());
        legacy.insert(QStringLiteral("policies"), policies);
        const AuditVerification chain = m_store.verifyLegacyAudit();
        const QList<AuditRow> rows = m_store.legacyAuditLog();
        legacy.insert(QStringLiteral("auditRows"), qint64(rows.size()));
        legacy.insert(QStringLiteral("auditHead"), rows.isEmpty() ? QString() : rows.last().hash);
        legacy.insert(QStringLiteral("auditIntact"), chain.intact);
        fields.insert(QStringLiteral("legacy"), legacy);
    }
    Event e;
    Verdict v;
    const OperationResult w = m_store.writeTransaction([&]() -> OperationResult {
        if (m_store.lastEventId() != m_state.head)
            load();
        if (hasGenesis())
            return {false, QStringLiteral("this catalog already has its trust root (%1)")
                               .arg(m_state.rootFingerprint)};
        r = sign(type::genesis, actor, fields, &e);
        if (!r.ok)
            return {false, r.error};
        v = check(m_state, e, nullptr, true);
        if (!v.accepted)
            return {false, v.reason};
        return record(e, v, nullptr, -1, nullptr);
    });
    if (!w.ok)
        return {false, false, w.error, e.id, {}};
    apply(m_state, e, v);
    log::store()->info("catalog {} created by {} (root key {})", e.id.left(16), actor,
                       m_state.rootFingerprint);
    return r;
}

ActResult Ledger::ensureGenesis(const QString &actor)
{
    if (hasGenesis())
        return {true, false, {}, {}, {}};
    return createCatalog(actor);
}

ActResult Ledger::act(const QString &type, const QString &actor, QJsonObject fields,
                      const FileImport *file, const Event *signedAhead)
{
    if (m_store.openedSchema() < 5)
        return {false, false, QStringLiteral("the catalog must be upgraded first"), {}, {}};
    // The key first (a passphrase may be asked for), outside any transaction.
    if (m_keyring) {
        const auto u = m_keyring->unlock(actor);
        if (!u.key)
            return {false, false, u.error, {}, {}};
    }
    Event e;
    if (m_team) {
        if (!hasGenesis())
            return {false,
                    false,
                    QStringLiteral("this desk has not read the team's genesis yet"),
                    {},
                    {}};
        ActResult r = sign(type, actor, std::move(fields), &e);
        if (!r.ok)
            return r;
        // Checked here only to tell the actor early; the log's order decides on every desk.
        const Verdict v = check(m_state, e, file, false);
        if (!v.accepted && !v.awaitsAdmission)
            return {false, false, v.reason, e.id, {}};
        if (m_outgoingCheck)
            if (const QString why = m_outgoingCheck(e); !why.isEmpty())
                return {false, false, why, e.id, {}};
        const OperationResult w = m_store.writeTransaction([&]() -> OperationResult {
            m_store.queueOutgoing(
                {0, e.id, e.type, e.actor, e.keyFingerprint, e.at, e.body, e.signature, -1});
            return {true, {}};
        });
        if (!w.ok) {
            ActResult failed{false, false, w.error, e.id, {}};
            failed.stored.databaseError = w.databaseError;
            return failed;
        }
        r.queued = true;
        if (m_onQueued)
            m_onQueued();
        return r;
    }
    ActResult r;
    Verdict v;
    bool created = false;
    const bool inBatch = m_store.inBatch();
    const OperationResult w = m_store.writeTransaction([&]() -> OperationResult {
        // Another process may have acted since the state was read: decide (and name the act
        // this one follows) on the latest, under the write lock.
        if (m_store.lastEventId() != m_state.head)
            load();
        if (!hasGenesis()) {
            const ActResult g = createCatalog(actor);
            if (!g.ok)
                return {false, g.error, g.stored.databaseError};
            created = true;
        }
        // An act signed ahead is used while it follows this head: every act before it was
        // recorded as its signer expected (else it is signed again, now). The rules check it
        // like any other.
        if (signedAhead && signedAhead->type == type && signedAhead->actor == actor &&
            signedAhead->catalog == m_state.catalogId && signedAhead->after == m_state.head) {
            e = *signedAhead;
            r = {};
            r.ok = true;
            r.eventId = e.id;
        } else {
            if (signedAhead && fields.isEmpty())
                fields = submitFields(*file);
            r = sign(type, actor, fields, &e);
            if (!r.ok)
                return {false, r.error};
        }
        v = check(m_state, e, file, true);
        if (!v.accepted)
            return {false, v.reason};
        return record(e, v, file, -1, &r.stored);
    });
    if (!w.ok) {
        r.ok = false;
        r.error = w.error;
        r.stored.databaseError = r.stored.databaseError || w.databaseError;
        if (inBatch && !m_store.inBatch())
            r.stored.batchRolledBack = true; // the whole batch was undone
        if (created || r.stored.batchRolledBack)
            load(); // what was applied in memory was undone on disk
        return r;
    }
    apply(m_state, e, v);
    return r;
}

OperationResult Ledger::record(const Event &e, const Verdict &v, const FileImport *file,
                               qint64 offset, StoreResult *stored)
{
    return m_store.writeTransaction([&]() -> OperationResult {
        m_store.appendEvent(
            {0, e.id, e.type, e.actor, e.keyFingerprint, e.at, e.body, e.signature, offset});
        if (e.type == type::genesis) {
            const auto key = *identity::PublicKey::fromOpenSsh(e.text("publicKey"));
            m_store.putSetting(QStringLiteral("catalog.id"), e.id);
            m_store.putSetting(QStringLiteral("catalog.name"), e.text("name"));
            m_store.putSetting(QStringLiteral("catalog.root"), key.fingerprint());
            m_store.putMember(
                {e.actor, key.openSshLine(e.actor), key.fingerprint(), e.actor, e.at, true});
            m_store.putRole(e.actor, QStringLiteral("admin"), {}, e.actor, e.at);
        } else if (e.type == type::admit) {
            const auto key = *identity::PublicKey::fromOpenSsh(e.text("publicKey"));
            m_store.putMember({e.text("member"), key.openSshLine(e.text("member")),
                               key.fingerprint(), e.actor, e.at, true});
        } else if (e.type == type::remove) {
            m_store.deactivateMember(e.text("member"));
        } else if (e.type == type::grant) {
            m_store.putRole(e.text("user"), e.text("role"), e.text("domain"), e.actor, e.at);
        } else if (e.type == type::revoke) {
            m_store.deleteRole(e.text("user"), e.text("role"), e.text("domain"));
        } else if (e.type == type::policy) {
            m_store.putPolicy(e.text("policy"), e.fields.value(QStringLiteral("enabled")).toBool());
        } else if (e.type == type::submit) {
            const StoreResult sr = m_store.store(*file, e.actor, e.id);
            if (stored)
                *stored = sr;
            if (!sr.ok)
                return {false, sr.error, sr.databaseError};
            // the store must reach what the rules decided (both compare the same hashes)
            for (size_t i = 0; i < sr.documents.size() && i < v.outcomes.size(); ++i) {
                const bool pending =
                    sr.documents[i].outcome == StoredDocument::Outcome::PendingChange;
                if (pending != (v.outcomes[i].second == Outcome::Pending))
                    throw StoreError{QStringLiteral("the store and the rules disagree on %1")
                                         .arg(v.outcomes[i].first.subject)};
            }
        } else if (e.type == type::decide) {
            const auto c = m_store.changeByProposal(e.text("proposal"), e.text("subject"));
            if (!c)
                return {false, QStringLiteral("the change is not in this catalog")};
            m_store.applyDecision(c->id, e.actor, e.text("verdict") == QLatin1String("approve"),
                                  e.text("comment"), e.id, e.at);
        }
        return {true, {}};
    });
}

ActResult Ledger::submit(const FileImport &file, const QString &actor, const QJsonObject &note,
                         const Event *signedAhead)
{
    if (!file.ok())
        return {false, false, file.firstError(), {}, {}};
    if (note.isEmpty())
        if (auto r = unchangedSubmit(file, actor))
            return *r;
    if (signedAhead && !m_team && note.isEmpty())
        return act(type::submit, actor, {}, &file, signedAhead); // the fields are signed already
    QJsonObject fields = submitFields(file);
    if (!note.isEmpty())
        fields.insert(QStringLiteral("note"), note);
    return act(type::submit, actor, fields, &file);
}

std::optional<ActResult> Ledger::unchangedSubmit(const FileImport &file, const QString &actor)
{
    // A team act is decided by the log's order, on every desk: it is always sent.
    if (m_team || !m_keyring || !hasGenesis() || m_store.openedSchema() < 5)
        return std::nullopt;
    // First by the state in memory (most files of an import change something: they go on to
    // their act at once), then on the log as it is: another process may have acted.
    if (!changesNothing(m_state.entities, file))
        return std::nullopt;
    try {
        if (m_store.lastEventId() != m_state.head) {
            load();
            if (!hasGenesis() || !changesNothing(m_state.entities, file))
                return std::nullopt;
        }
    } catch (const StoreError &) {
        return std::nullopt; // the act then reports the database's failure
    }
    // Only where the act would be accepted: by a member, with the member's own key (else the
    // act is refused and says why, as before).
    const auto unlocked = m_keyring->unlock(actor);
    if (!unlocked.key || m_state.keyNames.value(unlocked.key->publicKey().fingerprint()) != actor)
        return std::nullopt;
    ActResult r;
    r.ok = true;
    r.unchanged = true;
    r.stored.ok = true;
    for (const ParsedDocument &pd : file.documents)
        r.stored.documents.push_back(
            {pd.document.kindName(), pd.document.key(), StoredDocument::Outcome::Unchanged});
    return r;
}

std::optional<Ledger::SubmitSigner> Ledger::submitSigner(const QString &actor) const
{
    if (m_team || !hasGenesis() || !m_keyring || !identity::isValidIdentityName(actor))
        return std::nullopt;
    auto key = m_keyring->unlockedKey(actor);
    if (!key)
        return std::nullopt;
    SubmitSigner s;
    s.m_catalog = m_state.catalogId;
    s.m_actor = actor;
    s.m_head = m_state.head;
    s.m_key = std::move(key);
    s.m_entities = m_state.entities;
    return s;
}

Event Ledger::SubmitSigner::sign(const FileImport &file)
{
    if (changesNothing(m_entities, file))
        return {};
    for (const SubmittedDocument &d : submittedDocuments(file))
        submitOutcome(m_entities[d.subject], d);
    // as Ledger::sign() does, with the head this signer follows
    QJsonObject written;
    const identity::PublicKey publicKey = m_key->publicKey();
    const QByteArray body =
        makeBody(type::submit, m_catalog, m_actor, publicKey, m_head, submitFields(file), &written);
    Event e = Event::signedHere(body, identity::sshsig::sign(*m_key, body), std::move(written),
                                publicKey);
    m_head = e.id;
    return e;
}

QString Ledger::whyCannotDecide(qint64 changeId, const QString &actor) const
{
    // read by people (the review page shows it beside the disabled buttons): translated
    auto tr = [](const char *text) {
        return QCoreApplication::translate("meshdesk::ledger::Ledger", text);
    };
    const auto c = m_store.change(changeId);
    if (!c)
        return tr("there is no change #%1").arg(changeId);
    if (c->status != QLatin1String("pending"))
        return (c->status == QLatin1String("approved") ? tr("change #%1 was already approved by %2")
                : c->status == QLatin1String("rejected")
                    ? tr("change #%1 was already rejected by %2")
                    : QStringLiteral("change #%1 was already ") + c->status +
                          QStringLiteral(" by %2"))
            .arg(changeId)
            .arg(c->decidedBy);
    if (c->proposer == actor)
        return tr("%1 proposed this change; another governance owner must decide "
                  "(four-eyes rule)")
            .arg(actor);
    const QString domain = m_state.entities.value(c->kind + QLatin1Char('/') + c->key).domain;
    if (!m_state.hasRole(actor, QStringLiteral("governance-owner"), domain))
        return tr("%1 is not a governance owner of the domain '%2'")
            .arg(actor, domain.isEmpty() ? tr("(none)") : domain);
    if (m_keyring && !m_keyring->holds(actor))
        return m_keyring->missingKeyMessage(actor);
    return {};
}

ActResult Ledger::decide(qint64 changeId, const QString &actor, bool approve,
                         const QString &comment)
{
    if (!approve && comment.trimmed().isEmpty())
        return {false,
                false,
                QStringLiteral("rejecting a change needs a comment that says why"),
                {},
                {}};
    std::optional<ChangeRecord> c;
    try {
        c = m_store.change(changeId);
    } catch (const StoreError &e) {
        return {false, false, e.message, {}, {}};
    }
    if (!c)
        return {false, false, QStringLiteral("there is no change #%1").arg(changeId), {}, {}};
    return act(type::decide, actor,
               QJsonObject{{QStringLiteral("proposal"), c->proposal},
                           {QStringLiteral("subject"), c->kind + QLatin1Char('/') + c->key},
                           {QStringLiteral("verdict"),
                            approve ? QStringLiteral("approve") : QStringLiteral("reject")},
                           {QStringLiteral("comment"), comment}});
}

ActResult Ledger::grant(const QString &actor, const QString &user, const QString &role,
                        const QString &domain)
{
    return act(type::grant, actor,
               QJsonObject{{QStringLiteral("user"), user},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("domain"),
                            role == QLatin1String("admin") ? QString() : domain}});
}

ActResult Ledger::revoke(const QString &actor, const QString &user, const QString &role,
                         const QString &domain)
{
    return act(type::revoke, actor,
               QJsonObject{{QStringLiteral("user"), user},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("domain"),
                            role == QLatin1String("admin") ? QString() : domain}});
}

ActResult Ledger::setPolicy(const QString &actor, const QString &policyId, bool enabled)
{
    if (!governance::allPolicyIds().contains(policyId))
        return {false,
                false,
                QStringLiteral("unknown policy '%1' (policies: %2)")
                    .arg(policyId.left(60), governance::allPolicyIds().join(QStringLiteral(", "))),
                {},
                {}};
    return act(
        type::policy, actor,
        QJsonObject{{QStringLiteral("policy"), policyId}, {QStringLiteral("enabled"), enabled}});
}

ActResult Ledger::admit(const QString &actor, const QString &member, const QString &publicKeyLine)
{
    QString error;
    const auto key = identity::PublicKey::fromOpenSsh(publicKeyLine, nullptr, &error);
    if (!key)
        return {false, false, error, {}, {}};
    return act(type::admit, actor,
               QJsonObject{{QStringLiteral("member"), member},
                           {QStringLiteral("publicKey"), key->openSshLine(member)}});
}

ActResult Ledger::removeMember(const QString &actor, const QString &member)
{
    return act(type::remove, actor, QJsonObject{{QStringLiteral("member"), member}});
}

ActResult Ledger::requestJoin(const QString &actor)
{
    if (!m_keyring)
        return {false, false, QStringLiteral("no identity to sign with"), {}, {}};
    const auto id = m_keyring->identity(actor);
    if (!id)
        return {false, false, m_keyring->missingKeyMessage(actor), {}, {}};
    return act(type::join, actor,
               QJsonObject{{QStringLiteral("publicKey"), id->key.openSshLine(actor)}});
}

IncomingResult Ledger::applyIncoming(const QByteArray &body, const QByteArray &signature,
                                     qint64 offset)
{
    return applyPrepared(prepare(body, signature, offset));
}

Ledger::Prepared Ledger::prepare(const QByteArray &body, const QByteArray &signature, qint64 offset)
{
    Prepared p;
    p.body = body;
    p.signature = signature;
    p.offset = offset;
    p.event = Event::parse(body, signature, &p.parseError);
    if (p.event) {
        p.event->signatureValid(nullptr); // checked now, on this thread; the answer is kept
        if (p.event->type == type::submit) {
            p.file = submittedFile(*p.event);
            hashSources(p.file); // on this thread too (the rules and the store read the hashes)
        }
    }
    return p;
}

IncomingResult Ledger::applyPrepared(const Prepared &p)
{
    IncomingResult r;
    const QByteArray &body = p.body;
    const QByteArray &signature = p.signature;
    const qint64 offset = p.offset;
    const QString next = QString::number(offset + 1);
    const QString error = p.parseError;
    const std::optional<Event> &e = p.event;
    auto setAside = [&](const QString &reason) {
        r.setAside = true;
        r.reason = reason;
        const OperationResult w = m_store.writeTransaction([&]() -> OperationResult {
            m_store.addSetAside({r.eventId, offset, body, signature, reason, nowUtc()});
            if (!r.eventId.isEmpty())
                m_store.dropOutgoing(r.eventId); // our own act, refused by the log's order
            m_store.putSetting(QStringLiteral("team.offset"), next);
            return {true, {}};
        });
        if (!w.ok) {
            r.setAside = false;
            r.reason = w.error; // not recorded: read again from this offset
        }
        log::store()->warn("team log offset {}: set aside: {}", offset, reason);
        return r;
    };
    if (!e)
        return setAside(error);
    r.eventId = e->id;
    r.type = e->type;
    r.actor = e->actor;
    if (m_state.applied.contains(e->id)) {
        const auto known = m_store.event(e->id);
        r.duplicate = true;
        if (known && (known->offset < 0 || known->offset == offset)) {
            // our own history (published by `team create`), or this very message read again
            m_store.writeTransaction([&]() -> OperationResult {
                if (known->offset < 0)
                    m_store.setEventOffset(e->id, offset);
                m_store.dropOutgoing(e->id);
                m_store.putSetting(QStringLiteral("team.offset"), next);
                return {true, {}};
            });
            return r;
        }
        return setAside(QStringLiteral("a replay: this act was applied before, at offset %1; "
                                       "not applied again")
                            .arg(known ? known->offset : -1));
    }
    const FileImport &file = p.file;
    const Verdict v = check(m_state, *e, e->type == type::submit ? &file : nullptr, false);
    if (!v.accepted) {
        if (v.awaitsAdmission)
            m_state.joinRequests.insert(e->keyFingerprint, e->actor);
        return setAside(v.reason);
    }
    StoreResult stored;
    const OperationResult w = m_store.writeTransaction([&]() -> OperationResult {
        const OperationResult rec =
            record(*e, v, e->type == type::submit ? &file : nullptr, offset, &stored);
        if (!rec.ok)
            return rec;
        m_store.dropOutgoing(e->id);
        m_store.putSetting(QStringLiteral("team.offset"), next);
        return rec;
    });
    if (!w.ok) {
        r.reason = w.error; // a local failure (disk): not applied; read again from this offset
        if (stored.batchRolledBack)
            load();
        return r;
    }
    apply(m_state, *e, v);
    r.applied = true;
    return r;
}

VerifyResult Ledger::verify()
{
    VerifyResult out;
    // The file first: damaged pages or indexes can hide rows and events while what is left
    // still replays, so a log that checks out proves nothing about a damaged file.
    out.damage = m_store.integrityProblems();
    if (!out.damage.isEmpty()) {
        out.intact = false;
        out.act = QStringLiteral("the database file");
        out.reason = QStringLiteral("the database file is damaged (SQLite's integrity check: %1)")
                         .arg(out.damage.join(QStringLiteral("; ")));
        return out;
    }
    if (m_store.schemaVersion() < 5)
        return out;
    const AuditVerification legacy = m_store.verifyLegacyAudit();
    out.legacyRows = legacy.rows;
    auto broken = [&](qint64 seq, const QString &act, const QString &reason) {
        out.intact = false;
        out.firstBrokenSeq = seq;
        out.act = act;
        out.reason = reason;
        return out;
    };
    State s;
    // version states implied by the log: subject + sha -> the state of each version row with
    // those bytes, in the order the acts created them (the same bytes can be a row twice: an
    // earlier approved version proposed again, a rejected one proposed once more)
    QHash<QString, QStringList> versionStates;
    QHash<QString, qsizetype> rowOfChange; // change key -> its row in versionStates[subject+sha]
    auto key = [](const QString &subject, const QString &sha) {
        return subject + QLatin1Char('\n') + sha;
    };
    QString legacyHead;
    bool legacyAdopted = false;
    qint64 seqBefore = 0;
    for (;;) {
        const QList<EventRecord> batch = m_store.events(seqBefore, 500);
        if (batch.isEmpty())
            break;
        for (const EventRecord &rec : batch) {
            seqBefore = rec.seq;
            ++out.events;
            QString error;
            const auto e = Event::parse(rec.body, rec.signature, &error);
            if (!e)
                return broken(rec.seq, QStringLiteral("#%1").arg(rec.seq), error);
            const QString act = describe(*e, rec.seq);
            if (e->id != rec.id || e->type != rec.type || e->actor != rec.actor)
                return broken(rec.seq, act,
                              QStringLiteral("the row does not match its signed content (edited)"));
            FileImport file;
            if (e->type == type::submit)
                file = submittedFile(*e);
            const Verdict v =
                check(s, *e, e->type == type::submit ? &file : nullptr, rec.offset < 0);
            if (!v.accepted)
                return broken(rec.seq, act, v.reason);
            if (e->type == type::genesis) {
                const QJsonObject l = e->fields.value(QStringLiteral("legacy")).toObject();
                legacyAdopted = !l.isEmpty();
                legacyHead = l.value(QStringLiteral("auditHead")).toString();
                const QJsonObject ents = l.value(QStringLiteral("entities")).toObject();
                for (auto it = ents.begin(); it != ents.end(); ++it) {
                    const QJsonObject vs =
                        it.value().toObject().value(QStringLiteral("versions")).toObject();
                    for (auto v2 = vs.begin(); v2 != vs.end(); ++v2)
                        versionStates[key(it.key(), v2.key())].append(v2.value().toString());
                }
            } else if (e->type == type::submit) {
                for (const auto &[d, o] : v.outcomes) {
                    QStringList &rows = versionStates[key(d.subject, d.sha)];
                    if (o == Outcome::Added) {
                        rows.append(QStringLiteral("approved"));
                    } else if (o == Outcome::Pending) {
                        rowOfChange.insert(State::changeKey(e->id, d.subject), rows.size());
                        rows.append(QStringLiteral("pending"));
                    }
                }
            } else if (e->type == type::decide) {
                const QString changeKey = State::changeKey(e->text("proposal"), e->text("subject"));
                const ChangeState c = s.changes.value(changeKey);
                QStringList &rows = versionStates[key(c.subject, c.newSha)];
                // the row its proposal made; a change adopted from the legacy log: its pending row
                qsizetype row = rowOfChange.value(changeKey, -1);
                if (row < 0)
                    row = rows.lastIndexOf(QStringLiteral("pending"));
                const QString verdict = e->text("verdict") == QLatin1String("approve")
                                            ? QStringLiteral("approved")
                                            : QStringLiteral("rejected");
                if (row >= 0 && row < rows.size())
                    rows[row] = verdict;
                else
                    rows.append(verdict);
            }
            apply(s, *e, v);
        }
    }

    // The legacy rows must be the ones the adoption signed.
    if (legacyAdopted) {
        const QList<AuditRow> rows = m_store.legacyAuditLog();
        if (!legacy.intact)
            return broken(0, QStringLiteral("legacy audit row #%1").arg(legacy.firstBrokenId),
                          legacy.reason);
        if ((rows.isEmpty() ? QString() : rows.last().hash) != legacyHead)
            return broken(0, QStringLiteral("legacy audit rows"),
                          QStringLiteral("the rows kept before signing are not the ones the "
                                         "catalog's adoption signed (deleted or appended)"));
    }

    // Now the tables must be exactly what the log implies.
    MaterializedState mat;
    QList<RoleGrant> roles;
    QList<MemberRecord> members;
    try {
        mat = m_store.materialized();
        roles = m_store.roles();
        members = m_store.members();
    } catch (const StoreError &e) {
        return broken(0, QStringLiteral("the catalog"), e.message);
    }
    if (s.catalogId.isEmpty()) {
        if (!mat.versions.isEmpty() || !roles.isEmpty())
            return broken(0, QStringLiteral("the catalog"),
                          QStringLiteral("it holds %1 versions and %2 roles, but no signed acts "
                                         "at all: the log was deleted")
                              .arg(mat.versions.size())
                              .arg(roles.size()));
        return out;
    }
    if (m_store.setting(QStringLiteral("catalog.id")) != s.catalogId)
        return broken(0, QStringLiteral("the catalog"),
                      QStringLiteral("its recorded identity is not its genesis"));
    QSet<QString> tableRoles;
    for (const RoleGrant &g : roles)
        tableRoles.insert(State::roleKey(g.user, g.role, g.domain));
    if (tableRoles != s.roles) {
        for (const QString &r : tableRoles - s.roles)
            return broken(
                0, QStringLiteral("roles"),
                QStringLiteral("the role %1 is in the catalog, but no signed grant "
                               "gives it")
                    .arg(QString(r).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed()));
        for (const QString &r : s.roles - tableRoles)
            return broken(
                0, QStringLiteral("roles"),
                QStringLiteral("the role %1 was granted by a signed act, but is missing "
                               "from the catalog")
                    .arg(QString(r).replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed()));
    }
    for (const MemberRecord &m : members) {
        const Member sm = s.members.value(m.name);
        if (sm.name.isEmpty() || sm.key.fingerprint() != m.fingerprint || sm.active != m.active)
            return broken(0, QStringLiteral("members"),
                          QStringLiteral("member %1 (key %2) is not what the signed acts admitted")
                              .arg(m.name, m.fingerprint));
    }
    if (members.size() != s.members.size())
        return broken(0, QStringLiteral("members"),
                      QStringLiteral("a member admitted by a signed act is missing"));
    for (const QString &id : governance::allPolicyIds())
        if (mat.policies.value(id, true) != s.policies.value(id, true))
            return broken(0, QStringLiteral("policy %1").arg(id),
                          QStringLiteral("policy %1 is switched %2, but the signed acts leave it "
                                         "%3")
                              .arg(id,
                                   mat.policies.value(id, true) ? QStringLiteral("on")
                                                                : QStringLiteral("off"),
                                   s.policies.value(id, true) ? QStringLiteral("on")
                                                              : QStringLiteral("off")));
    int changes = 0;
    for (const MaterializedState::Change &c : mat.changes) {
        const auto it = s.changes.constFind(State::changeKey(c.proposal, c.subject));
        if (it == s.changes.cend())
            return broken(
                0, QStringLiteral("change #%1").arg(c.id),
                QStringLiteral("change #%1 (%2) has no signed proposal").arg(c.id).arg(c.subject));
        ++changes;
        if (it->status != c.status)
            return broken(0, QStringLiteral("change #%1").arg(c.id),
                          c.status == QLatin1String("pending")
                              ? QStringLiteral("change #%1 (%2) is pending in the catalog, but a "
                                               "signed decision %3 it")
                                    .arg(c.id)
                                    .arg(c.subject, it->status)
                              : QStringLiteral("change #%1 (%2) is %3 in the catalog, but no "
                                               "valid signed decision says so (the signed acts "
                                               "leave it %4)")
                                    .arg(c.id)
                                    .arg(c.subject, c.status, it->status));
        if (c.status != QLatin1String("pending") && it->decidedBy != c.decidedBy)
            return broken(0, QStringLiteral("change #%1").arg(c.id),
                          QStringLiteral("change #%1 names %2 as its decider, but %3 signed the "
                                         "decision")
                              .arg(c.id)
                              .arg(c.decidedBy, it->decidedBy));
    }
    if (changes != s.changes.size())
        return broken(0, QStringLiteral("changes"),
                      QStringLiteral("%1 signed proposals, but %2 changes in the catalog")
                          .arg(s.changes.size())
                          .arg(changes));
    // each version row of the catalog takes one of the states the acts imply for its bytes
    QHash<QString, QStringList> unmatched = versionStates;
    QSet<QString> currentRows; // subjects with their current row seen
    for (const MaterializedState::Version &v : mat.versions) {
        const QString k = key(v.subject, v.sha);
        const auto implied = unmatched.find(k);
        if (implied == unmatched.end() && !versionStates.contains(k))
            return broken(0, QStringLiteral("version of %1").arg(v.subject),
                          QStringLiteral("version %1… of %2 is in the catalog, but no signed act "
                                         "submitted it")
                              .arg(v.sha.left(12), v.subject));
        if (implied == unmatched.end() || implied->isEmpty())
            return broken(0, QStringLiteral("version of %1").arg(v.subject),
                          QStringLiteral("version %1… of %2 is in the catalog more often than "
                                         "signed acts submitted it")
                              .arg(v.sha.left(12), v.subject));
        if (!implied->removeOne(v.state))
            return broken(0, QStringLiteral("version of %1").arg(v.subject),
                          QStringLiteral("version %1… of %2 is %3 in the catalog, but the signed "
                                         "acts make it %4")
                              .arg(v.sha.left(12), v.subject, v.state,
                                   implied->join(QStringLiteral(" or "))));
        if (v.current) {
            if (s.entities.value(v.subject).currentSha != v.sha || currentRows.contains(v.subject))
                return broken(0, QStringLiteral("current version of %1").arg(v.subject),
                              QStringLiteral("%1's current version is not the one the signed "
                                             "decisions approved")
                                  .arg(v.subject));
            currentRows.insert(v.subject);
        }
    }
    // and every entity the acts gave a current version has it (one row of those bytes is)
    for (auto it = s.entities.cbegin(); it != s.entities.cend(); ++it)
        if (!it->currentSha.isEmpty() && !currentRows.contains(it.key()))
            return broken(0, QStringLiteral("current version of %1").arg(it.key()),
                          QStringLiteral("%1's approved version is not current").arg(it.key()));
    for (auto it = unmatched.cbegin(); it != unmatched.cend(); ++it)
        if (!it->isEmpty())
            return broken(
                0, QStringLiteral("version of %1").arg(it.key().section(QLatin1Char('\n'), 0, 0)),
                QStringLiteral("a signed act submitted a version of %1 that is missing "
                               "from the catalog")
                    .arg(it.key().section(QLatin1Char('\n'), 0, 0)));
    return out;
}

QString Ledger::digest()
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto line = [&](const QStringList &fields) {
        h.addData(fields.join(QLatin1Char('\t')).toUtf8());
        h.addData("\n");
    };
    const MaterializedState mat = m_store.materialized();
    line({QStringLiteral("catalog"), m_store.setting(QStringLiteral("catalog.id"))});
    for (const MaterializedState::Version &v : mat.versions)
        line({QStringLiteral("version"), v.subject, v.sha, v.state,
              v.current ? QStringLiteral("current") : QString()});
    QList<MaterializedState::Change> changes = mat.changes;
    std::sort(changes.begin(), changes.end(), [](const auto &a, const auto &b) {
        return std::tie(a.proposal, a.subject) < std::tie(b.proposal, b.subject);
    });
    for (const MaterializedState::Change &c : changes)
        line({QStringLiteral("change"), c.proposal, c.subject, c.proposer, c.status, c.decidedBy,
              c.comment, c.decision});
    for (const RoleGrant &g : m_store.roles())
        line({QStringLiteral("role"), g.user, g.role, g.domain});
    for (const MemberRecord &m : m_store.members())
        line({QStringLiteral("member"), m.name, m.fingerprint,
              m.active ? QStringLiteral("active") : QStringLiteral("removed")});
    QStringList policies = mat.policies.keys();
    policies.sort();
    for (const QString &p : policies)
        line({QStringLiteral("policy"), p,
              mat.policies.value(p) ? QStringLiteral("on") : QStringLiteral("off")});
    return QString::fromLatin1(h.result().toHex());
}

QList<AuditRow> auditLog(CatalogStore &store, const QString &from, const QString &to)
{
    QList<AuditRow> out = store.legacyAuditLog(from, to);
    QHash<QString, qint64> changeIds; // proposal#subject -> change id
    for (const ChangeRecord &c : store.changes())
        changeIds.insert(State::changeKey(c.proposal, c.kind + QLatin1Char('/') + c.key), c.id);
    qint64 seqBefore = 0;
    for (;;) {
        const QList<EventRecord> batch = store.events(seqBefore, 500);
        if (batch.isEmpty())
            break;
        for (const EventRecord &rec : batch) {
            seqBefore = rec.seq;
            if ((!from.isEmpty() && rec.at < from) || (!to.isEmpty() && rec.at >= to))
                continue;
            QString error;
            const auto e = Event::parse(rec.body, rec.signature, &error);
            AuditRow row;
            row.id = rec.seq;
            row.at = rec.at;
            row.actor = rec.actor;
            row.action = rec.type;
            row.eventId = rec.id;
            row.keyFingerprint = rec.keyFingerprint;
            QJsonObject details;
            if (e) {
                details = e->fields;
                for (const char *common : {"v", "type", "catalog", "actor", "key", "after", "at",
                                           "nonce", "document", "documentBase64", "legacy"})
                    details.remove(QLatin1String(common));
                if (e->type == type::submit) {
                    const QStringList subjects =
                        e->fields.value(QStringLiteral("subjects")).toVariant().toStringList();
                    row.subject = subjects.join(QStringLiteral(", "));
                    // import (a new entity) or propose (a change of one), as the store recorded it
                    bool proposes = false;
                    QJsonArray changes;
                    for (const QString &subject : subjects)
                        if (const qint64 id = changeIds.value(State::changeKey(rec.id, subject))) {
                            proposes = true;
                            changes.append(id);
                        }
                    if (!changes.isEmpty())
                        details.insert(QStringLiteral("changes"), changes);
                    row.action = proposes ? QStringLiteral("propose") : QStringLiteral("import");
                } else if (e->type == type::decide) {
                    row.action = e->text("verdict");
                    row.subject = e->text("subject");
                    if (const qint64 id =
                            changeIds.value(State::changeKey(e->text("proposal"), row.subject)))
                        details.insert(QStringLiteral("change"), id);
                } else if (e->type == type::grant || e->type == type::revoke) {
                    row.subject = e->text("user");
                } else if (e->type == type::policy) {
                    row.subject = e->text("policy");
                } else if (e->type == type::admit || e->type == type::remove) {
                    row.subject = e->text("member");
                } else if (e->type == type::genesis) {
                    row.subject = e->text("name");
                }
            }
            details.insert(QStringLiteral("event"), rec.id);
            details.insert(QStringLiteral("key"), rec.keyFingerprint);
            row.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
            out.append(row);
        }
    }
    return out;
}

VerifyResult verifyPinned(Ledger &ledger, const QString &dbPath)
{
    VerifyResult v = ledger.verify();
    if (!v.intact || !ledger.hasGenesis())
        return v;
    identity::TrustPins pins(identity::KeyStore::defaultDir());
    const identity::PinCheck pin = pins.checkAndPin(dbPath, ledger.rootFingerprint());
    if (pin.kind == identity::PinCheck::Kind::Changed) {
        v.intact = false;
        v.act = QCoreApplication::translate("meshdesk::ledger", "the genesis");
        v.reason = identity::TrustPins::changedMessage(pin, ledger.rootFingerprint());
    }
    return v;
}

VerifyResult verifyFile(const QString &dbPath)
{
    CatalogStore store;
    VerifyResult v;
    QString error;
    StoreOptions readOnly; // verifying only reads (a read-only catalog is verified too)
    readOnly.mode = StoreOptions::Mode::ReadOnly;
    if (!store.open(dbPath, readOnly, &error)) {
        v.intact = false;
        v.act = dbPath;
        v.reason = error;
        return v;
    }
    Ledger ledger(store, nullptr);
    try {
        // the state names the trust root the pin is checked against (without it the pin
        // check was skipped: the window's check before verifyFile did not load); a log that
        // does not load is verify()'s to report
        QString loadError;
        ledger.load(&loadError);
        return verifyPinned(ledger, dbPath);
    } catch (const StoreError &e) {
        v.intact = false;
        v.act = dbPath;
        v.reason = e.message;
        return v;
    }
}

} // namespace meshdesk::ledger
