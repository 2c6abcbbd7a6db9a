#include "Rules.h"

#include "core/Names.h"
#include "identity/KeyStore.h"
#include "store/CatalogStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <algorithm>

namespace meshdesk::ledger {

namespace {

const QString kAdmin = QStringLiteral("admin");
const QString kGovernanceOwner = QStringLiteral("governance-owner");

Verdict no(const QString &reason)
{
    Verdict v;
    v.reason = reason;
    return v;
}

QString orNone(const QString &domain)
{
    return domain.isEmpty() ? QStringLiteral("(none)") : domain;
}

} // namespace

std::vector<SubmittedDocument> submittedDocuments(const FileImport &file)
{
    std::vector<SubmittedDocument> out;
    for (const ParsedDocument &pd : file.documents)
        out.push_back({pd.document.kindName() + QLatin1Char('/') + pd.document.key(),
                       QString::fromLatin1(sourceSha256(pd)), pd.document.domain()});
    return out;
}

Outcome submitOutcome(EntityState &entity, const SubmittedDocument &d)
{
    Outcome o = Outcome::Added;
    if (!entity.currentSha.isEmpty()) {
        if (entity.currentSha == d.sha || entity.pendingShas.contains(d.sha))
            o = Outcome::Unchanged;
        else
            o = Outcome::Pending;
    }
    if (o == Outcome::Added) {
        entity.currentSha = d.sha;
        entity.domain = d.domain;
    } else if (o == Outcome::Pending) {
        entity.pendingShas.insert(d.sha);
    }
    return o;
}

std::vector<std::pair<SubmittedDocument, Outcome>>
submitOutcomes(const QHash<QString, EntityState> &entities, const FileImport &file)
{
    std::vector<std::pair<SubmittedDocument, Outcome>> out;
    QHash<QString, EntityState> seen; // a copy of each entity the file touches
    for (const SubmittedDocument &d : submittedDocuments(file)) {
        auto it = seen.find(d.subject);
        if (it == seen.end())
            it = seen.insert(d.subject, entities.value(d.subject));
        out.emplace_back(d, submitOutcome(*it, d));
    }
    return out;
}

bool changesNothing(const QHash<QString, EntityState> &entities, const FileImport &file)
{
    if (file.documents.empty())
        return false; // (an empty file is refused by the act, which says why)
    const auto outcomes = submitOutcomes(entities, file);
    return std::all_of(outcomes.begin(), outcomes.end(),
                       [](const auto &o) { return o.second == Outcome::Unchanged; });
}

QString State::roleKey(const QString &user, const QString &role, const QString &domain)
{
    return user + QLatin1Char('\n') + role + QLatin1Char('\n') +
           (role == QLatin1String("admin") ? QString() : domain);
}

QString State::changeKey(const QString &proposal, const QString &subject)
{
    return proposal + QLatin1Char('#') + subject;
}

bool State::hasRole(const QString &user, const QString &role, const QString &domain) const
{
    return roles.contains(roleKey(user, role, domain));
}

Verdict check(const State &s, const Event &e, const FileImport *file, bool strictChain)
{
    if (s.applied.contains(e.id)) {
        Verdict v = no(QStringLiteral("a replay: this event was applied before"));
        v.duplicate = true;
        return v;
    }
    QString error;
    identity::PublicKey signer;
    if (!e.signatureValid(&error, &signer))
        return no(QStringLiteral("bad signature: %1").arg(error));

    if (e.type == type::genesis) {
        if (!s.catalogId.isEmpty() || s.events > 0)
            return no(QStringLiteral("a second genesis: the catalog already has its trust root"));
        const auto key = identity::PublicKey::fromOpenSsh(e.text("publicKey"));
        if (!key || !(*key == signer))
            return no(QStringLiteral("the genesis must be signed by the key it names"));
        if (!identity::isValidIdentityName(e.actor))
            return no(QStringLiteral("'%1' is not a valid name").arg(e.actor.left(80)));
        Verdict v;
        v.accepted = true;
        return v;
    }
    if (s.catalogId.isEmpty())
        return no(QStringLiteral("no genesis yet: the first event of a catalog must be its "
                                 "genesis"));
    if (e.catalog != s.catalogId)
        return no(QStringLiteral("from another catalog (%1, this is %2)")
                      .arg(e.catalog.left(16), s.catalogId.left(16)));
    if (strictChain ? e.after != s.head : !s.applied.contains(e.after))
        return no(strictChain ? QStringLiteral("out of order: it follows %1, but the log's "
                                               "newest act before it is %2")
                                    .arg(e.after.left(16), s.head.left(16))
                              : QStringLiteral("out of order: it follows %1, which is not "
                                               "(yet) in the log")
                                    .arg(e.after.left(16)));

    if (e.type == type::join) {
        const auto key = identity::PublicKey::fromOpenSsh(e.text("publicKey"));
        if (!key || !(*key == signer))
            return no(QStringLiteral("a join request must be signed by the key it names"));
        if (s.keyNames.contains(signer.fingerprint()))
            return no(QStringLiteral("%1 is already a member").arg(e.actor));
        if (s.revokedKeys.contains(signer.fingerprint()))
            return no(QStringLiteral("key %1 was revoked").arg(signer.fingerprint()));
        if (!identity::isValidIdentityName(e.actor))
            return no(QStringLiteral("'%1' is not a valid name").arg(e.actor.left(80)));
        Verdict v = no(QStringLiteral("%1 asks to join: an admin admits the key").arg(e.actor));
        v.awaitsAdmission = true;
        return v;
    }

    // Everything else is an act of a member, by the member's own current key.
    const QString fp = signer.fingerprint();
    if (s.revokedKeys.contains(fp))
        return no(QStringLiteral("signed by a revoked key (%1)").arg(fp));
    const QString member = s.keyNames.value(fp);
    if (member.isEmpty())
        return no(
            QStringLiteral("signed by %1, a key that is not a member of this catalog").arg(fp));
    if (member != e.actor)
        return no(QStringLiteral("the act claims to be %1's, but the key is %2's")
                      .arg(e.actor.left(80), member));
    const bool admin = s.hasRole(member, kAdmin, {});

    if (e.type == type::admit) {
        if (!admin)
            return no(QStringLiteral("%1 is not an admin; only admins admit members").arg(member));
        const QString name = e.text("member");
        const auto key = identity::PublicKey::fromOpenSsh(e.text("publicKey"));
        if (!identity::isValidIdentityName(name) || !key)
            return no(QStringLiteral("an admission needs a valid name and an ssh-ed25519 key"));
        if (s.revokedKeys.contains(key->fingerprint()))
            return no(QStringLiteral("key %1 was revoked and cannot be admitted again")
                          .arg(key->fingerprint()));
        if (s.keyNames.contains(key->fingerprint()))
            return no(QStringLiteral("key %1 already belongs to %2")
                          .arg(key->fingerprint(), s.keyNames.value(key->fingerprint())));
        if (auto it = s.members.constFind(name); it != s.members.cend() && it->active)
            return no(QStringLiteral("%1 is already a member with key %2; remove that key first")
                          .arg(name, it->key.fingerprint()));
        Verdict v;
        v.accepted = true;
        return v;
    }
    if (e.type == type::remove) {
        if (!admin)
            return no(QStringLiteral("%1 is not an admin; only admins remove members").arg(member));
        const QString name = e.text("member");
        if (!s.members.value(name).active)
            return no(QStringLiteral("%1 is not a member").arg(name.left(80)));
        if (s.hasRole(name, kAdmin, {})) {
            int admins = 0;
            for (const Member &m : s.members)
                admins += m.active && s.hasRole(m.name, kAdmin, {});
            if (admins <= 1)
                return no(QStringLiteral("%1 is the last admin; admit and grant another admin "
                                         "first")
                              .arg(name));
        }
        Verdict v;
        v.accepted = true;
        return v;
    }
    if (e.type == type::grant || e.type == type::revoke) {
        const bool grant = e.type == type::grant;
        if (!admin)
            return no(QStringLiteral("%1 is not an admin of this catalog; only admins %2 roles")
                          .arg(member, grant ? QStringLiteral("grant") : QStringLiteral("revoke")));
        const QString user = e.text("user"), role = e.text("role"), domain = e.text("domain");
        if (!CatalogStore::roleNames().contains(role))
            return no(
                QStringLiteral("unknown role '%1' (roles: %2)")
                    .arg(role.left(40), CatalogStore::roleNames().join(QStringLiteral(", "))));
        if (role != kAdmin && domain.isEmpty())
            return no(QStringLiteral("the role '%1' is granted per domain: name one").arg(role));
        if (const QString e = names::identifierError(QStringLiteral("domain"), domain);
            !e.isEmpty())
            return no(e);
        if (!identity::isValidIdentityName(user))
            return no(QStringLiteral("'%1' is not a valid name").arg(user.left(80)));
        const bool has = s.hasRole(user, role, domain);
        const QString where = role == kAdmin ? QString() : QStringLiteral(" in ") + domain;
        if (grant && has)
            return no(QStringLiteral("%1 already has the role %2%3").arg(user, role, where));
        if (!grant && !has)
            return no(QStringLiteral("%1 does not have the role %2%3").arg(user, role, where));
        if (!grant && role == kAdmin) {
            int admins = 0;
            for (const Member &m : s.members)
                admins += m.active && s.hasRole(m.name, kAdmin, {});
            if (admins <= 1 && s.members.value(user).active)
                return no(
                    QStringLiteral("%1 is the last admin; grant another admin first").arg(user));
        }
        Verdict v;
        v.accepted = true;
        return v;
    }
    if (e.type == type::policy) {
        if (!admin)
            return no(QStringLiteral("%1 is not an admin of this catalog; only admins change "
                                     "policies")
                          .arg(member));
        if (e.text("policy").isEmpty())
            return no(QStringLiteral("a policy change names no policy"));
        Verdict v;
        v.accepted = true;
        return v;
    }
    if (e.type == type::submit) {
        if (!file)
            return no(QStringLiteral("the submitted document could not be read"));
        if (!file->ok())
            return no(QStringLiteral("the submitted document does not import: %1")
                          .arg(file->firstError()));
        Verdict v;
        v.accepted = true;
        v.outcomes = submitOutcomes(s.entities, *file);
        return v;
    }
    if (e.type == type::decide) {
        const QString proposal = e.text("proposal"), subject = e.text("subject");
        const QString verdict = e.text("verdict");
        if (verdict != QLatin1String("approve") && verdict != QLatin1String("reject"))
            return no(
                QStringLiteral("a decision is approve or reject, not '%1'").arg(verdict.left(20)));
        const auto it = s.changes.constFind(State::changeKey(proposal, subject));
        if (it == s.changes.cend())
            return no(QStringLiteral("there is no such change (%1 in %2)")
                          .arg(subject.left(80), proposal.left(16)));
        if (it->status != QLatin1String("pending"))
            return no(QStringLiteral("the change was already %1 by %2; a decided change cannot "
                                     "be decided again")
                          .arg(it->status, it->decidedBy));
        if (it->proposer == member || it->proposerKey == fp)
            return no(QStringLiteral("%1 proposed this change and cannot decide on it "
                                     "(four-eyes rule): another governance owner must")
                          .arg(member));
        const QString domain = s.entities.value(subject).domain;
        if (!s.hasRole(member, kGovernanceOwner, domain))
            return no(QStringLiteral("%1 is not a governance owner of the domain '%2'; only they "
                                     "decide on its changes")
                          .arg(member, orNone(domain)));
        if (verdict == QLatin1String("reject") && e.text("comment").trimmed().isEmpty())
            return no(QStringLiteral("rejecting a change needs a comment that says why"));
        Verdict v;
        v.accepted = true;
        return v;
    }
    return no(QStringLiteral("unknown kind of act '%1'").arg(e.type.left(40)));
}

void apply(State &s, const Event &e, const Verdict &v)
{
    s.applied.insert(e.id);
    s.head = e.id;
    ++s.events;
    if (e.type == type::genesis) {
        s.catalogId = e.id;
        s.catalogName = e.text("name");
        const auto key = *identity::PublicKey::fromOpenSsh(e.text("publicKey"));
        s.rootFingerprint = key.fingerprint();
        s.members.insert(e.actor, {e.actor, key, true});
        s.keyNames.insert(key.fingerprint(), e.actor);
        s.roles.insert(State::roleKey(e.actor, kAdmin, {}));
        // A catalog kept before signing existed: its state at adoption, as the admin signed it.
        const QJsonObject legacy = e.fields.value(QStringLiteral("legacy")).toObject();
        for (const QJsonValue &r : legacy.value(QStringLiteral("roles")).toArray()) {
            const QJsonArray a = r.toArray();
            s.roles.insert(
                State::roleKey(a.at(0).toString(), a.at(1).toString(), a.at(2).toString()));
        }
        const QJsonObject ents = legacy.value(QStringLiteral("entities")).toObject();
        for (auto it = ents.begin(); it != ents.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            EntityState es{o.value(QStringLiteral("sha")).toString(),
                           o.value(QStringLiteral("domain")).toString(),
                           {}};
            for (const QJsonValue &p : o.value(QStringLiteral("pending")).toArray())
                es.pendingShas.insert(p.toString());
            s.entities.insert(it.key(), es);
        }
        const QJsonObject chs = legacy.value(QStringLiteral("changes")).toObject();
        for (auto it = chs.begin(); it != chs.end(); ++it) {
            const QJsonObject o = it.value().toObject();
            const QString subject = o.value(QStringLiteral("subject")).toString();
            s.changes.insert(State::changeKey(it.key(), subject),
                             {subject,
                              o.value(QStringLiteral("proposer")).toString(),
                              {},
                              o.value(QStringLiteral("status")).toString(),
                              o.value(QStringLiteral("decidedBy")).toString(),
                              o.value(QStringLiteral("sha")).toString(),
                              o.value(QStringLiteral("domain")).toString()});
        }
        const QJsonObject pols = legacy.value(QStringLiteral("policies")).toObject();
        for (auto it = pols.begin(); it != pols.end(); ++it)
            s.policies.insert(it.key(), it.value().toBool());
        return;
    }
    if (e.type == type::admit) {
        const auto key = *identity::PublicKey::fromOpenSsh(e.text("publicKey"));
        const QString name = e.text("member");
        s.members.insert(name, {name, key, true});
        s.keyNames.insert(key.fingerprint(), name);
        s.joinRequests.remove(key.fingerprint());
    } else if (e.type == type::remove) {
        Member &m = s.members[e.text("member")];
        m.active = false;
        s.keyNames.remove(m.key.fingerprint());
        s.revokedKeys.insert(m.key.fingerprint());
    } else if (e.type == type::grant) {
        s.roles.insert(State::roleKey(e.text("user"), e.text("role"), e.text("domain")));
    } else if (e.type == type::revoke) {
        s.roles.remove(State::roleKey(e.text("user"), e.text("role"), e.text("domain")));
    } else if (e.type == type::policy) {
        s.policies.insert(e.text("policy"), e.fields.value(QStringLiteral("enabled")).toBool());
    } else if (e.type == type::submit) {
        for (const auto &[d, o] : v.outcomes) {
            EntityState &es = s.entities[d.subject];
            if (o == Outcome::Added) {
                es.currentSha = d.sha;
                es.domain = d.domain;
            } else if (o == Outcome::Pending) {
                es.pendingShas.insert(d.sha);
                s.changes.insert(State::changeKey(e.id, d.subject), {d.subject,
                                                                     e.actor,
                                                                     e.keyFingerprint,
                                                                     QStringLiteral("pending"),
                                                                     {},
                                                                     d.sha,
                                                                     d.domain});
            }
        }
    } else if (e.type == type::decide) {
        ChangeState &c = s.changes[State::changeKey(e.text("proposal"), e.text("subject"))];
        const bool approve = e.text("verdict") == QLatin1String("approve");
        c.status = approve ? QStringLiteral("approved") : QStringLiteral("rejected");
        c.decidedBy = e.actor;
        EntityState &es = s.entities[c.subject];
        es.pendingShas.remove(c.newSha);
        if (approve) {
            es.currentSha = c.newSha;
            es.domain = c.newDomain;
        }
    }
}

} // namespace meshdesk::ledger
