// Command line: one catalog for a team, over Kafka.
//   meshdesk team create --bootstrap B --topic T [--profile P] [--as ADMIN]
//   meshdesk team join --bootstrap B --topic T --fingerprint SHA256:… --db NEW [--as NAME]
//   meshdesk team status [--json] | team sync [--follow] | team admit NAME --as ADMIN
#include "CliCommon.h"

#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"
#include "team/Team.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>
#include <csignal>

namespace meshdesk::cli {

namespace {

std::atomic_bool g_stop{false};

// The team configuration of a bound catalog, or of the options (create/join).
std::optional<team::TeamConfig> teamConfig(const Options &o, const team::Binding &bound,
                                           QString *profileOut)
{
    QString bootstrap = o.bootstrap.isEmpty() ? bound.bootstrap : o.bootstrap;
    const QString profile = o.profile.isEmpty() ? bound.profile : o.profile;
    kafka::KafkaConfig security;
    if (!profile.isEmpty()) {
        QString error;
        const auto sec = profileSecurity(profile, &bootstrap, &error);
        if (!sec) {
            err(error);
            return std::nullopt;
        }
        security = *sec;
    }
    if (bootstrap.isEmpty()) {
        err(tr("no Kafka bootstrap servers: --bootstrap HOSTS or --profile NAME"));
        return std::nullopt;
    }
    team::Binding b = bound;
    b.bootstrap = bootstrap;
    if (!o.topic.isEmpty())
        b.topic = o.topic;
    if (o.maxMessageBytes > 0)
        b.maxMessageBytes = o.maxMessageBytes;
    team::TeamConfig c = team::config(b, security);
    c.timeoutMs = std::max(1, o.timeoutSeconds) * 1000;
    if (profileOut)
        *profileOut = profile;
    return c;
}

void printReport(const team::SyncReport &r)
{
    for (const QString &s : r.refusals)
        err(tr("set aside: %1").arg(s));
    if (!r.error.isEmpty())
        err(tr("offline: %1 (queued acts stay queued; the next sync publishes them)").arg(r.error));
}

} // namespace

// After an act of a team catalog was queued: publish it now and say what the log made of it.
int finishTeamAct(Session &s, const Options &o, const QString &done)
{
    const team::Binding b = team::binding(*s.store);
    const auto c = teamConfig(o, b, nullptr);
    if (!c)
        return Rejected;
    const team::SyncReport r = team::syncOnce(*s.ledger, *c, c->timeoutMs);
    if (!r.ownRefused.isEmpty()) {
        err(tr("the team log refused it: %1").arg(r.ownRefused.join(QStringLiteral("; "))));
        return Rejected;
    }
    if (!r.error.isEmpty()) {
        out(tr("%1: queued (offline: %2); the next sync publishes it\n").arg(done, r.error));
        return Ok;
    }
    out(tr("%1: applied from the team log (offset %2)\n").arg(done).arg(r.offset));
    return Ok;
}

int cmdTeam(const Options &o)
{
    const QString verb = o.args.value(1);
    static const QStringList verbs{QStringLiteral("create"), QStringLiteral("join"),
                                   QStringLiteral("status"), QStringLiteral("sync"),
                                   QStringLiteral("admit")};
    if (!verbs.contains(verb)) {
        err(tr("usage: meshdesk team create --bootstrap HOSTS --topic T [--profile P] | team join "
               "--bootstrap HOSTS --topic T --fingerprint SHA256:… --db NEW_FILE | team status "
               "[--json] | team sync [--follow] | team admit NAME"));
        return Usage;
    }
    Session s;
    if (!openSession(s, o))
        return DatabaseError;
    const team::Binding bound = team::binding(*s.store);
    if (verb == QLatin1String("create") || verb == QLatin1String("join")) {
        if (o.topic.isEmpty()) {
            err(tr("team %1 needs --topic T").arg(verb));
            return Usage;
        }
        QString profile;
        const auto c = teamConfig(o, bound, &profile);
        if (!c)
            return Usage;
        const team::Outcome r = verb == QLatin1String("create")
                                    ? team::create(*s.ledger, s.actor, *c, profile)
                                    : team::join(*s.ledger, s.actor, *c, o.fingerprint, profile);
        if (!r.ok) {
            err(r.error);
            return Rejected;
        }
        out(r.message + QLatin1Char('\n'));
        return Ok;
    }
    if (!bound.bound()) {
        err(tr("%1 is not bound to a team log (meshdesk team create | team join)")
                .arg(s.store->path()));
        return Rejected;
    }
    const auto c = teamConfig(o, bound, nullptr);
    if (!c)
        return Usage;
    if (verb == QLatin1String("admit")) {
        if (o.args.size() != 3) {
            err(tr("usage: meshdesk team admit NAME --as ADMIN"));
            return Usage;
        }
        team::syncOnce(*s.ledger, *c, c->timeoutMs); // the newest requests
        for (const team::JoinRequest &j : team::joinRequests(*s.ledger))
            if (j.name == o.args[2]) {
                const ledger::ActResult r = s.ledger->admit(s.actor, j.name, j.publicKey);
                if (!r.ok) {
                    err(r.error);
                    return Rejected;
                }
                return finishTeamAct(s, o, tr("%1 admitted with key %2").arg(j.name, j.fingerprint));
            }
        err(tr("no join request from '%1' (meshdesk team status lists them)").arg(o.args[2]));
        return Rejected;
    }
    if (verb == QLatin1String("sync")) {
        std::signal(SIGINT, [](int) { g_stop = true; });
        std::signal(SIGTERM, [](int) { g_stop = true; });
        do {
            const team::SyncReport r = team::syncOnce(*s.ledger, *c, c->timeoutMs);
            printReport(r);
            if (r.applied || r.published || !o.follow)
                out(tr("synced: %1 applied, %2 set aside, %3 published; offset %4 of %5\n")
                        .arg(r.applied)
                        .arg(r.setAside)
                        .arg(r.published)
                        .arg(r.offset)
                        .arg(r.end));
            if (!o.follow)
                return r.error.isEmpty() ? Ok : Rejected;
            for (int i = 0; i < 10 && !g_stop; ++i)
                QThread::msleep(100);
        } while (!g_stop);
        return Ok;
    }
    // status: sync first (briefly), then what this desk holds
    team::TeamConfig quick = *c;
    quick.timeoutMs = std::min(quick.timeoutMs, 5000);
    const team::SyncReport r = team::syncOnce(*s.ledger, quick, quick.timeoutMs);
    const QString digest = s.ledger->digest();
    const QList<EventRecord> queued = s.store->outgoing();
    const QList<SetAsideRecord> aside = s.store->setAside();
    const QList<team::JoinRequest> requests = team::joinRequests(*s.ledger);
    const QList<MemberRecord> members = s.store->members();
    const QList<RoleGrant> roles = s.store->roles();
    if (o.json) {
        QJsonArray m, sa, jr;
        for (const MemberRecord &x : members) {
            QJsonArray rs;
            for (const RoleGrant &g : roles)
                if (g.user == x.name)
                    rs.append(QJsonObject{{QStringLiteral("role"), g.role},
                                          {QStringLiteral("domain"), g.domain}});
            m.append(QJsonObject{{QStringLiteral("name"), x.name},
                                 {QStringLiteral("fingerprint"), x.fingerprint},
                                 {QStringLiteral("active"), x.active},
                                 {QStringLiteral("roles"), rs}});
        }
        for (const SetAsideRecord &x : aside)
            sa.append(QJsonObject{{QStringLiteral("offset"), x.offset},
                                  {QStringLiteral("event"), x.id},
                                  {QStringLiteral("reason"), x.reason}});
        for (const team::JoinRequest &j : requests)
            jr.append(QJsonObject{{QStringLiteral("name"), j.name},
                                  {QStringLiteral("fingerprint"), j.fingerprint},
                                  {QStringLiteral("offset"), j.offset}});
        printJson(QJsonObject{{QStringLiteral("topic"), bound.topic},
                              {QStringLiteral("bootstrap"), c->bootstrap},
                              {QStringLiteral("connected"), r.error.isEmpty()},
                              {QStringLiteral("error"), r.error},
                              {QStringLiteral("offset"), r.offset},
                              {QStringLiteral("end"), r.end},
                              {QStringLiteral("queued"), qint64(queued.size())},
                              {QStringLiteral("digest"), digest},
                              {QStringLiteral("root"), s.ledger->rootFingerprint()},
                              {QStringLiteral("members"), m},
                              {QStringLiteral("setAside"), sa},
                              {QStringLiteral("joinRequests"), jr}});
        return Ok;
    }
    out(tr("team log %1 on %2\n").arg(bound.topic, c->bootstrap));
    out(r.error.isEmpty() ? tr("  connected; read up to offset %1 of %2\n").arg(r.offset).arg(r.end)
                          : tr("  offline (%1); read up to offset %2\n").arg(r.error).arg(r.offset));
    out(tr("  %n act(s) queued here, not yet in the log\n", nullptr, int(queued.size())));
    out(tr("  trust root %1\n  catalog digest %2\n").arg(s.ledger->rootFingerprint(), digest));
    out(tr("members:\n"));
    for (const MemberRecord &x : members) {
        QStringList rs;
        for (const RoleGrant &g : roles)
            if (g.user == x.name)
                rs << (g.domain.isEmpty() ? g.role : g.role + QLatin1Char('@') + g.domain);
        out(QStringLiteral("  %1  %2  %3%4\n")
                .arg(x.name, x.fingerprint, rs.join(QStringLiteral(", ")),
                     x.active ? QString() : tr("  (removed)")));
    }
    if (!requests.isEmpty()) {
        out(tr("asking to join (meshdesk team admit NAME):\n"));
        for (const team::JoinRequest &j : requests)
            out(QStringLiteral("  %1  %2\n").arg(j.name, j.fingerprint));
    }
    if (!aside.isEmpty()) {
        out(tr("set aside (never applied):\n"));
        for (const SetAsideRecord &x : aside)
            out(tr("  offset %1: %2\n").arg(x.offset).arg(x.reason));
    }
    return Ok;
}

} // namespace meshdesk::cli
