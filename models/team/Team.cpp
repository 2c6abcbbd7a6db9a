#include "Team.h"

#include "core/Log.h"
#include "identity/KeyStore.h"

#include <QDeadlineTimer>
#include <QFuture>
#include <QScopeGuard>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

namespace meshdesk::team {

namespace {

QString normalizedFingerprint(QString fp)
{
    fp = fp.trimmed();
    if (!fp.startsWith(QLatin1String("SHA256:")))
        fp.prepend(QStringLiteral("SHA256:"));
    return fp;
}

void saveBinding(CatalogStore &store, const Binding &b)
{
    store.writeTransaction([&]() -> OperationResult {
        store.putSetting(QStringLiteral("team.bootstrap"), b.bootstrap);
        store.putSetting(QStringLiteral("team.topic"), b.topic);
        store.putSetting(QStringLiteral("team.profile"), b.profile);
        store.putSetting(QStringLiteral("team.offset"), QString::number(b.offset));
        store.putSetting(QStringLiteral("team.maxMessageBytes"),
                         QString::number(b.maxMessageBytes));
        return {true, {}};
    });
}

} // namespace

Binding binding(CatalogStore &store)
{
    Binding b;
    if (store.schemaVersion() < 5)
        return b;
    b.bootstrap = store.setting(QStringLiteral("team.bootstrap"));
    b.topic = store.setting(QStringLiteral("team.topic"));
    b.profile = store.setting(QStringLiteral("team.profile"));
    b.offset = store.setting(QStringLiteral("team.offset")).toLongLong();
    const qint64 max = store.setting(QStringLiteral("team.maxMessageBytes")).toLongLong();
    if (max > 0)
        b.maxMessageBytes = max;
    return b;
}

TeamConfig config(const Binding &b, const kafka::KafkaConfig &security)
{
    TeamConfig c;
    c.bootstrap = b.bootstrap;
    c.topic = b.topic;
    c.security = security;
    c.maxMessageBytes = b.maxMessageBytes;
    return c;
}

void attach(ledger::Ledger &ledger, const Binding &b)
{
    ledger.setTeam(b.bound());
    const qint64 max = b.maxMessageBytes;
    ledger.setOutgoingCheck(
        [max](const ledger::Event &e) { return tooLarge(encode(e.body, e.signature), max); });
}

ledger::Ledger::Prepared prepare(const LogMessage &m)
{
    QByteArray body, sig;
    QString error;
    if (decode(m.value, &body, &sig, &error))
        return ledger::Ledger::prepare(body, sig, m.offset);
    ledger::Ledger::Prepared p; // set aside with why: not an act
    p.body = m.value.left(4096);
    p.offset = m.offset;
    p.parseError = error;
    return p;
}

void applyMessages(ledger::Ledger &ledger, const QList<LogMessage> &messages, SyncReport &report)
{
    if (messages.isEmpty())
        return;
    // Signatures and documents are checked on the pool while the acts before them apply, in
    // the log's order, on this thread: verifying (an Ed25519 check per act, a parse per
    // document) and writing SQLite overlap instead of taking turns. (Results behind a pointer:
    // QtConcurrent copies what it hands out, and a prepared act holds its parsed documents.)
    QFuture<std::shared_ptr<const ledger::Ledger::Prepared>> prepared =
        QtConcurrent::mapped(messages, [](const LogMessage &m) {
            return std::shared_ptr<const ledger::Ledger::Prepared>(
                std::make_shared<ledger::Ledger::Prepared>(prepare(m)));
        });
    const auto finish = qScopeGuard([&] {
        prepared.cancel(); // (after an error: the rest is read again from the stored offset)
        prepared.waitForFinished();
    });
    QString error;
    CatalogStore &store = ledger.store();
    // the log's pages go to the database file on another thread: this one only applies
    store.checkpointInBackground();
    const bool batch = ledger.beginBatch(&error);
    QSet<QString> outbox;
    for (const EventRecord &o : store.outgoing())
        outbox.insert(o.id);
    for (int i = 0; i < messages.size(); ++i) {
        const auto held = prepared.resultAt(i); // waits for act i only
        const ledger::Ledger::Prepared &p = *held;
        const ledger::IncomingResult r = ledger.applyPrepared(p);
        if (r.applied) {
            ++report.applied;
        } else if (r.setAside) {
            ++report.setAside;
            report.refusals << QStringLiteral("offset %1: %2").arg(p.offset).arg(r.reason);
            if (outbox.contains(r.eventId))
                report.ownRefused << r.reason;
        } else if (r.duplicate) {
            ++report.duplicates;
        } else {
            report.error = r.reason; // a local failure: read again from the stored offset
            break;
        }
    }
    if (batch && !ledger.commitBatch(&error))
        report.error = error;
    report.offset = binding(store).offset;
}

SyncReport syncOnce(ledger::Ledger &ledger, const TeamConfig &config, int timeoutMs)
{
    SyncReport report;
    CatalogStore &store = ledger.store();
    QDeadlineTimer deadline(timeoutMs);
    auto readToEnd = [&]() -> bool {
        Reader reader(config, binding(store).offset);
        QString error;
        if (!reader.ok(&error)) {
            report.error = error;
            return false;
        }
        for (;;) {
            const Reader::Batch b =
                reader.poll(2000, int(std::clamp<qint64>(deadline.remainingTime(), 0, 1000)));
            if (!b.messages.isEmpty() || b.atEnd)
                report.connected = true;
            applyMessages(ledger, b.messages, report);
            if (!report.error.isEmpty())
                return false;
            if (b.atEnd && b.messages.isEmpty())
                return true;
            if (!b.error.isEmpty() && b.messages.isEmpty() && deadline.hasExpired()) {
                report.error = b.error;
                return false;
            }
            if (deadline.hasExpired()) {
                if (report.error.isEmpty())
                    report.error = QStringLiteral("the team log at %1 did not answer within %2 s")
                                       .arg(config.bootstrap)
                                       .arg(timeoutMs / 1000);
                return false;
            }
        }
    };
    // read first: our own acts already in the log leave the outbox and are not sent twice
    if (!readToEnd()) {
        report.offset = binding(store).offset;
        return report;
    }
    const QList<EventRecord> queued = store.outgoing();
    if (!queued.isEmpty()) {
        Publisher publisher(config);
        QList<QPair<QString, QByteArray>> values;
        for (const EventRecord &e : queued)
            values.append({e.id, encode(e.body, e.signature)});
        const QList<Delivery> delivered =
            publisher.publish(values, int(std::max<qint64>(1000, deadline.remainingTime())));
        for (const Delivery &d : delivered) {
            if (d.error.isEmpty())
                ++report.published;
            else if (report.error.isEmpty())
                report.error = QStringLiteral("publishing to %1: %2").arg(config.topic, d.error);
        }
        if (report.published)
            readToEnd();
    }
    report.offset = binding(store).offset;
    QString error;
    report.end = endOffset(config, &error);
    return report;
}

Outcome create(ledger::Ledger &ledger, const QString &actor, const TeamConfig &config,
               const QString &profile)
{
    Outcome out;
    CatalogStore &store = ledger.store();
    if (binding(store).bound()) {
        out.error = QStringLiteral("this catalog is already bound to team topic '%1'")
                        .arg(binding(store).topic);
        return out;
    }
    if (!ledger.hasGenesis()) {
        const ledger::ActResult g = ledger.createCatalog(actor);
        if (!g.ok) {
            out.error = g.error;
            return out;
        }
    }
    if (!store.hasRole(actor, QStringLiteral("admin"), {})) {
        out.error = QStringLiteral("%1 is not an admin of this catalog; only an admin binds it to "
                                   "a team log")
                        .arg(actor);
        return out;
    }
    if (!createTopic(config, &out.error))
        return out;
    const qint64 end = endOffset(config, &out.error);
    if (end < 0)
        return out;
    if (end > 0) {
        out.error = QStringLiteral("topic '%1' already holds %2 messages: a team log starts "
                                   "empty (to take part in it: meshdesk team join)")
                        .arg(config.topic)
                        .arg(end);
        return out;
    }
    QList<QPair<QString, QByteArray>> values;
    for (const EventRecord &e : store.events()) {
        const QByteArray v = encode(e.body, e.signature);
        if (const QString why = tooLarge(v, config.maxMessageBytes); !why.isEmpty()) {
            out.error = QStringLiteral("act #%1: %2").arg(e.seq).arg(why);
            return out;
        }
        values.append({e.id, v});
    }
    Publisher publisher(config);
    for (const Delivery &d : publisher.publish(values, config.timeoutMs * 3))
        if (!d.error.isEmpty()) {
            out.error = QStringLiteral("publishing the catalog's history to '%1': %2")
                            .arg(config.topic, d.error);
            return out;
        }
    Binding b;
    b.bootstrap = config.bootstrap;
    b.topic = config.topic;
    b.profile = profile;
    b.maxMessageBytes = config.maxMessageBytes;
    saveBinding(store, b);
    attach(ledger, b);
    const SyncReport r = syncOnce(ledger, config, config.timeoutMs);
    if (!r.error.isEmpty()) {
        out.error = r.error;
        return out;
    }
    if (!r.ownRefused.isEmpty()) {
        out.error = QStringLiteral("the team log refused this catalog's history: %1")
                        .arg(r.ownRefused.first());
        return out;
    }
    out.ok = true;
    out.message = QStringLiteral("catalog bound to team topic '%1' on %2: %3 acts published; "
                                 "trust root %4 (give joiners this fingerprint to pin)")
                      .arg(config.topic, config.bootstrap)
                      .arg(values.size())
                      .arg(ledger.rootFingerprint());
    return out;
}

Outcome join(ledger::Ledger &ledger, const QString &actor, const TeamConfig &config,
             const QString &pinnedRoot, const QString &profile)
{
    Outcome out;
    CatalogStore &store = ledger.store();
    if (ledger.hasGenesis() || store.eventCount() > 0 ||
        !store.entities(QStringLiteral("contract")).isEmpty() ||
        !store.entities(QStringLiteral("product")).isEmpty()) {
        out.error = QStringLiteral("%1 already holds a catalog; joining a team takes a new "
                                   "catalog file (--db NEW_FILE)")
                        .arg(store.path());
        return out;
    }
    if (pinnedRoot.trimmed().isEmpty()) {
        out.error = QStringLiteral("joining needs the team's trust root fingerprint "
                                   "(--fingerprint SHA256:…), compared with its creator by phone "
                                   "or chat");
        return out;
    }
    // The genesis first: whose catalog is this?
    {
        Reader reader(config, 0);
        QString error;
        if (!reader.ok(&error)) {
            out.error = error;
            return out;
        }
        QDeadlineTimer deadline(config.timeoutMs);
        Reader::Batch b;
        while (b.messages.isEmpty() && !deadline.hasExpired()) {
            b = reader.poll(1, 500);
            if (b.atEnd && b.messages.isEmpty()) {
                out.error = QStringLiteral("topic '%1' is empty: nobody created a team log there "
                                           "(meshdesk team create)")
                                .arg(config.topic);
                return out;
            }
        }
        if (b.messages.isEmpty()) {
            out.error = b.error.isEmpty()
                            ? QStringLiteral("%1: the team log did not answer within %2 s")
                                  .arg(config.bootstrap)
                                  .arg(config.timeoutMs / 1000)
                            : b.error;
            return out;
        }
        QByteArray body, sig;
        if (!decode(b.messages.first().value, &body, &sig, &error)) {
            out.error = QStringLiteral("the first message of '%1' is not a team log's genesis: %2")
                            .arg(config.topic, error);
            return out;
        }
        const auto genesis = ledger::Event::parse(body, sig, &error);
        const auto root =
            genesis ? identity::PublicKey::fromOpenSsh(genesis->text("publicKey")) : std::nullopt;
        if (!genesis || genesis->type != ledger::type::genesis || !root ||
            !genesis->signatureValid(&error)) {
            out.error = QStringLiteral("the first message of '%1' is not a valid genesis: %2")
                            .arg(config.topic, error);
            return out;
        }
        if (root->fingerprint() != normalizedFingerprint(pinnedRoot)) {
            out.error =
                QStringLiteral("the team log's trust root is %1 (%2), not the %3 you "
                               "pinned: not joined. Compare the fingerprint with the "
                               "catalog's creator again.")
                    .arg(root->fingerprint(), genesis->actor, normalizedFingerprint(pinnedRoot));
            return out;
        }
    }
    Binding b;
    b.bootstrap = config.bootstrap;
    b.topic = config.topic;
    b.profile = profile;
    b.maxMessageBytes = config.maxMessageBytes;
    saveBinding(store, b);
    attach(ledger, b);
    SyncReport r = syncOnce(ledger, config, config.timeoutMs * 6);
    if (!r.error.isEmpty()) {
        out.error = r.error;
        return out;
    }
    const auto id = ledger.keyring() ? ledger.keyring()->identity(actor) : std::nullopt;
    if (!id) {
        out.ok = true;
        out.message = QStringLiteral("joined team log '%1': %2 acts applied (you hold no key for "
                                     "'%3': browsing only)")
                          .arg(config.topic)
                          .arg(r.applied)
                          .arg(actor);
        return out;
    }
    const QString member = ledger.memberOf(id->key.fingerprint());
    if (!member.isEmpty()) {
        out.ok = true;
        out.message =
            QStringLiteral("joined team log '%1' as %2: %3 acts applied, catalog digest %4")
                .arg(config.topic, member)
                .arg(r.applied)
                .arg(ledger.digest().left(16));
        return out;
    }
    const ledger::ActResult request = ledger.requestJoin(actor);
    if (!request.ok) {
        out.error = request.error;
        return out;
    }
    r = syncOnce(ledger, config, config.timeoutMs);
    out.ok = true;
    out.message =
        QStringLiteral("joined team log '%1' (%2 acts applied) and asked to be "
                       "admitted as %3 with key %4%5; an admin admits you with: "
                       "meshdesk team admit %3")
            .arg(config.topic)
            .arg(r.applied)
            .arg(actor, id->key.fingerprint(),
                 r.error.isEmpty() ? QString()
                                   : QStringLiteral(" (the request is queued: %1)").arg(r.error));
    return out;
}

QList<JoinRequest> joinRequests(ledger::Ledger &ledger)
{
    QList<JoinRequest> out;
    QSet<QString> seen;
    const QList<SetAsideRecord> aside = ledger.store().setAside();
    for (auto it = aside.crbegin(); it != aside.crend(); ++it) {
        QString error;
        const auto e = ledger::Event::parse(it->body, it->signature, &error);
        if (!e || e->type != ledger::type::join || seen.contains(e->keyFingerprint) ||
            !e->signatureValid(nullptr))
            continue;
        seen.insert(e->keyFingerprint);
        if (!ledger.memberOf(e->keyFingerprint).isEmpty() ||
            ledger.state().revokedKeys.contains(e->keyFingerprint))
            continue;
        out.prepend({e->actor, e->text("publicKey"), e->keyFingerprint, it->offset});
    }
    return out;
}

} // namespace meshdesk::team
