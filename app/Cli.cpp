#include "Cli.h"
#include "CliCommon.h"

#include "KafkaConnectionsDialog.h"
#include "core/Log.h"
#include "core/Names.h"
#include "formats/DocumentWriter.h"
#include "governance/AvroCompatibility.h"
#include "governance/Diff.h"
#include "governance/Evidence.h"
#include "governance/Review.h"
#include "identity/KeyStore.h"
#include "kafka/AvroDecoder.h"
#include "kafka/BootstrapProxy.h"
#include "kafka/Conformance.h"
#include "kafka/Connection.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"
#include "kafka/SamplerWorker.h"
#include "kafka/SchemaInference.h"
#include "governance/Removal.h"
#include "kafka/TopicLinks.h"
#include "ledger/Ledger.h"
#include "lineage/MeshLoader.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <qt6keychain/keychain.h>
#include <unistd.h>

namespace meshdesk::cli {

// Shared with the other command files (CliCommon.h).

QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("meshdesk::cli", text, disambiguation, n);
}

// Everything printed passes names::terminalSafe: a name, id or value from a catalog can carry
// escape sequences or bidirectional overrides, which reach the terminal as visible \uXXXX
// instead (in JSON output the escape means the same character, so JSON stays equal).
void out(const QString &s)
{
    const QByteArray b = names::terminalSafe(s).toUtf8();
    fwrite(b.constData(), 1, size_t(b.size()), stdout);
}

void err(const QString &s)
{
    const QByteArray b = names::terminalSafe(s).toUtf8() + '\n';
    fwrite(b.constData(), 1, size_t(b.size()), stderr);
}

bool checkActingUser(const Options &o)
{
    const QString e = names::userNameError(actingName(o));
    if (e.isEmpty())
        return true;
    err(tr("acting user: %1 (pass --as NAME)").arg(e));
    return false;
}

void printJson(const QJsonValue &v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    out(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

// Prints rows as aligned columns.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : header)
        widths << int(h.size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(std::min<qsizetype>(r[i].size(), 48)));
    auto line = [&](const QStringList &cells) {
        QString s;
        for (int i = 0; i < cells.size(); ++i) {
            QString c = cells[i];
            if (c.size() > 48)
                c = c.left(47) + QChar(0x2026);
            s += i + 1 < cells.size() ? c.leftJustified(widths[i] + 2) : c;
        }
        out(s.trimmed() + QLatin1Char('\n'));
    };
    line(header);
    for (const QStringList &r : rows)
        line(r);
}

// Commands that only read open the catalog read-only (a file the user may only read works);
// commands that write open it for writing, which refuses a damaged or 0-byte file.
bool openStore(CatalogStore &store, const Options &o, bool readOnly)
{
    QString error;
    const QString path = o.db.isEmpty() ? CatalogStore::defaultPath() : o.db;
    StoreOptions options;
    options.user = actingName(o); // the admin of a catalog kept before signing, when upgraded
    options.mode = readOnly ? StoreOptions::Mode::ReadOnly : StoreOptions::Mode::ReadWrite;
    if (!store.open(path, options, &error)) {
        err(error);
        return false;
    }
    return true;
}

namespace {

int cmdImport(const Options &o)
{
    const QStringList paths = o.args.mid(1);
    if (paths.isEmpty()) {
        err(tr("usage: meshdesk import [--db FILE] [--as USER] PATH..."));
        return Usage;
    }
    if (!checkActingUser(o))
        return Usage;
    Session session;
    if (!openSession(session, o))
        return DatabaseError;
    if (!keyring().holds(session.actor)) {
        err(keyring().missingKeyMessage(session.actor));
        return Rejected;
    }
    QStringList missing;
    const QStringList files = collectImportFiles(paths, &missing);
    for (const QString &m : missing)
        err(tr("%1: no such file or folder").arg(m));
    const bool tty = isatty(fileno(stderr));
    const ImportSummary s =
        importPaths(*session.ledger, files, session.actor, [&](int done, int total, const QString &) {
            if (tty && total > 1)
                fprintf(stderr, "\r%s",
                        qPrintable(tr("importing %1 of %2 files").arg(done).arg(total)));
        });
    if (tty && files.size() > 1)
        fputs("\n", stderr);
    if (session.ledger->isTeam() && !files.isEmpty()) {
        // the files are signed acts queued for the team log: publish them and apply the log
        const int rc = finishTeamAct(session, o, tr("%n file(s) submitted", nullptr,
                                                    int(files.size())));
        if (rc != Ok)
            return rc;
    }
    QJsonArray jsonFiles;
    for (const FileOutcome &f : s.files) {
        for (const Diagnostic &d : f.diagnostics)
            err(d.toString());
        if (!f.storeError.isEmpty())
            err(f.storeError);
        QJsonArray docs;
        for (const StoredDocument &d : f.documents) {
            static const char *names[] = {"added", "unchanged", "pending-change"};
            QJsonObject jd{{QStringLiteral("kind"), d.kind},
                           {QStringLiteral("id"), d.key},
                           {QStringLiteral("outcome"), QLatin1String(names[int(d.outcome)])}};
            if (d.changeId)
                jd.insert(QStringLiteral("change"), d.changeId);
            docs.append(jd);
            if (!o.json && d.outcome == StoredDocument::Outcome::PendingChange)
                out(tr("%1 %2: differs from the approved version; pending change #%3 created\n")
                        .arg(d.kind, d.key)
                        .arg(d.changeId));
        }
        QJsonArray errors;
        for (const Diagnostic &d : f.diagnostics)
            if (d.isError())
                errors.append(d.toString());
        if (!f.storeError.isEmpty())
            errors.append(f.storeError);
        if (f.notImported)
            errors.append(tr("not imported: the import stopped at a database error"));
        jsonFiles.append(QJsonObject{{QStringLiteral("path"), f.path},
                                     {QStringLiteral("queued"), f.queued},
                                     {QStringLiteral("ok"), f.ok},
                                     {QStringLiteral("documents"), docs},
                                     {QStringLiteral("errors"), errors}});
    }
    if (!s.databaseError.isEmpty()) {
        // said once, however many files are left: every one of them would fail the same way
        err(s.databaseError);
        err(tr("import stopped at this database error: %n file(s) not imported", nullptr,
               s.notImported));
    }
    if (o.json) {
        QJsonObject j{{QStringLiteral("files"), jsonFiles},
                      {QStringLiteral("added"), s.added},
                      {QStringLiteral("unchanged"), s.unchanged},
                      {QStringLiteral("pending"), s.pending},
                      {QStringLiteral("queued"), s.queued},
                      {QStringLiteral("failed"), s.failedFiles},
                      {QStringLiteral("notImported"), s.notImported}};
        if (!s.databaseError.isEmpty())
            j.insert(QStringLiteral("databaseError"), s.databaseError);
        printJson(j);
    } else {
        out(tr("%1 files: %2 added, %3 unchanged, %4 pending changes, %5 rejected\n")
                .arg(s.files.size())
                .arg(s.added)
                .arg(s.unchanged)
                .arg(s.pending)
                .arg(s.failedFiles));
        if (s.queued)
            out(tr("%1 files signed and queued for the team log (applied when they come back "
                   "from it; `team sync` publishes now)\n")
                    .arg(s.queued));
    }
    if (!s.databaseError.isEmpty())
        return DatabaseError;
    return s.failedFiles > 0 || !missing.isEmpty() ? Rejected : Ok;
}

QJsonObject summaryJson(const EntitySummary &e)
{
    return QJsonObject{{QStringLiteral("id"), e.key},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("version"), e.version},
                       {QStringLiteral("domain"), e.domain},
                       {QStringLiteral("status"), e.status},
                       {QStringLiteral("owner"), e.owner},
                       {QStringLiteral("format"), e.format},
                       {QStringLiteral("pendingChanges"), e.pendingChanges}};
}

int cmdList(const Options &o)
{
    const QString what = o.args.value(1);
    static const QStringList kinds{QStringLiteral("domains"), QStringLiteral("products"),
                                   QStringLiteral("contracts"), QStringLiteral("changes")};
    if (!kinds.contains(what)) {
        err(tr("usage: meshdesk list domains|products|contracts|changes [--json]"));
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, o, true))
        return DatabaseError;
    if (what == QLatin1String("domains")) {
        printList(
            o.json, store.domains(),
            [](const DomainSummary &d) {
                return QJsonObject{{QStringLiteral("name"), d.name},
                                   {QStringLiteral("products"), d.products},
                                   {QStringLiteral("contracts"), d.contracts}};
            },
            {tr("DOMAIN"), tr("PRODUCTS"), tr("CONTRACTS")},
            [](const DomainSummary &d) {
                return QStringList{d.name.isEmpty() ? tr("(no domain)") : d.name,
                                   QString::number(d.products), QString::number(d.contracts)};
            });
    } else if (what == QLatin1String("changes")) {
        printList(
            o.json, store.changes(),
            [](const ChangeRecord &c) {
                return QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("status"), c.status},
                                   {QStringLiteral("kind"), c.kind},
                                   {QStringLiteral("subject"), c.key},
                                   {QStringLiteral("name"), c.subject},
                                   {QStringLiteral("proposer"), c.proposer},
                                   {QStringLiteral("created"), c.createdAt},
                                   {QStringLiteral("oldVersion"), c.oldVersion},
                                   {QStringLiteral("newVersion"), c.newVersion},
                                   {QStringLiteral("oldVersionId"), c.oldVersionId},
                                   {QStringLiteral("newVersionId"), c.newVersionId}};
            },
            {tr("ID"), tr("STATUS"), tr("KIND"), tr("SUBJECT"), tr("VERSIONS"), tr("PROPOSER"),
             tr("CREATED")},
            [](const ChangeRecord &c) {
                return QStringList{QString::number(c.id),
                                   c.status,
                                   c.kind,
                                   c.key,
                                   c.oldVersion + QStringLiteral(" -> ") + c.newVersion,
                                   c.proposer,
                                   c.createdAt};
            });
    } else {
        printList(o.json, store.entities(what.chopped(1)), summaryJson,
                  {tr("ID"), tr("NAME"), tr("VERSION"), tr("DOMAIN"), tr("STATUS"), tr("OWNER"),
                   tr("PENDING")},
                  [](const EntitySummary &e) {
                      return QStringList{e.key,
                                         e.name,
                                         e.version,
                                         e.domain,
                                         e.status,
                                         e.owner,
                                         e.pendingChanges ? QString::number(e.pendingChanges)
                                                          : QString()};
                  });
    }
    return Ok;
}

void printFieldsText(const std::vector<Field> &fields, int indent)
{
    for (const Field &f : fields) {
        QStringList flags;
        if (f.primaryKey)
            flags << tr("key");
        if (f.required)
            flags << tr("required");
        if (f.unique)
            flags << tr("unique");
        if (f.pii)
            flags << tr("PII");
        if (!f.classification.isEmpty())
            flags << f.classification;
        out(QString(indent, QLatin1Char(' ')) +
            QStringLiteral("%1  %2%3%4\n")
                .arg(f.name, f.logicalType.isEmpty() ? f.physicalType : f.logicalType,
                     flags.isEmpty() ? QString()
                                     : QStringLiteral("  [") + flags.join(QStringLiteral(", ")) +
                                           QLatin1Char(']'),
                     f.description.isEmpty()
                         ? QString()
                         : QStringLiteral("  ") + f.description.simplified().left(80)));
        printFieldsText(f.fields, indent + 2);
        if (const Field *items = f.arrayItems()) {
            out(QString(indent + 2, QLatin1Char(' ')) + tr("items: %1\n").arg(items->logicalType));
            printFieldsText(items->fields, indent + 4);
        }
    }
}

int cmdShow(const Options &o)
{
    const QString what = o.args.value(1);
    const QString id = o.args.value(2);
    if ((what != QLatin1String("product") && what != QLatin1String("contract")) || id.isEmpty()) {
        err(tr("usage: meshdesk show product|contract ID [--json]"));
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, o, true))
        return DatabaseError;
    const auto v = store.currentVersion(what, id);
    if (!v) {
        err(tr("no %1 with id '%2'").arg(what, id));
        return Rejected;
    }
    const auto doc = store.document(*v);
    if (!doc) {
        err(tr("%1 '%2': the stored source no longer parses").arg(what, id));
        return Rejected;
    }
    const auto history = store.history(what, id);
    if (o.json) {
        QJsonObject j = toJson(*doc);
        QJsonArray versions;
        for (const VersionRecord &h : history)
            versions.append(QJsonObject{{QStringLiteral("versionId"), h.id},
                                        {QStringLiteral("version"), h.version},
                                        {QStringLiteral("state"), h.state},
                                        {QStringLiteral("current"), h.current},
                                        {QStringLiteral("importedAt"), h.importedAt},
                                        {QStringLiteral("importedBy"), h.importedBy}});
        j.insert(QStringLiteral("history"), versions);
        printJson(j);
        return Ok;
    }
    auto kv = [](const QString &k, const QString &v) {
        if (!v.isEmpty())
            out(k.leftJustified(14) + v + QLatin1Char('\n'));
    };
    kv(tr("Id:"), id);
    kv(tr("Name:"), doc->name());
    kv(tr("Version:"), doc->version());
    kv(tr("Status:"), doc->status());
    kv(tr("Domain:"), doc->domain());
    kv(tr("Owner:"), doc->owner());
    kv(tr("Format:"), formatDisplayName(doc->format()) + QLatin1Char(' ') + doc->formatVersion());
    if (doc->kind == ImportedDocument::Kind::Product) {
        const DataProduct &p = doc->product;
        kv(tr("Description:"), p.description.text().simplified());
        kv(tr("Tags:"), p.tags.join(QStringLiteral(", ")));
        for (const Port &port : p.inputPorts)
            kv(tr("Input:"), port.name + QStringLiteral(" <- ") + port.contractId);
        for (const Port &port : p.outputPorts)
            kv(tr("Output:"), port.name + QStringLiteral(" -> ") + port.contractId);
    } else {
        const Contract &c = doc->contract;
        kv(tr("Description:"), c.description.text().simplified());
        kv(tr("Tags:"), c.tags.join(QStringLiteral(", ")));
        for (const Server &s : c.servers)
            kv(tr("Server:"), s.server + QStringLiteral(" (") + s.type + QLatin1Char(')'));
        for (const SchemaObject &so : c.objects) {
            out(tr("\nObject %1 (%2 fields)\n").arg(so.name).arg(so.countFieldsRecursive()));
            printFieldsText(so.fields, 2);
        }
    }
    out(tr("\nVersions:\n"));
    for (const VersionRecord &h : history)
        out(QStringLiteral("  #%1 %2 %3%4 %5 %6\n")
                .arg(h.id)
                .arg(h.version.isEmpty() ? QStringLiteral("-") : h.version, h.state,
                     h.current ? tr(" (current)") : QString(), h.importedAt, h.importedBy));
    return Ok;
}

int cmdSearch(const Options &o)
{
    const QString text = o.args.mid(1).join(QLatin1Char(' '));
    if (text.trimmed().isEmpty()) {
        err(tr("usage: meshdesk search TEXT [--json]"));
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, o, true))
        return DatabaseError;
    const auto hits = store.search(text);
    printList(
        o.json, hits,
        [](const SearchHit &h) {
            return QJsonObject{{QStringLiteral("kind"), h.kind},
                               {QStringLiteral("ref"), h.ref},
                               {QStringLiteral("path"), h.path},
                               {QStringLiteral("title"), h.title},
                               {QStringLiteral("snippet"), h.snippet}};
        },
        {tr("KIND"), tr("NAME"), tr("IN"), tr("PATH"), tr("MATCH")},
        [](const SearchHit &h) {
            return QStringList{h.kind, h.title, h.ref, h.path, h.snippet.simplified()};
        });
    return hits.isEmpty() ? Rejected : Ok;
}

using namespace governance;

// Reads exactly one document from a file for diff; errors are printed, nullopt returned.
std::optional<ImportedDocument> readOne(const QString &path)
{
    const FileImport f = importFile(path);
    for (const Diagnostic &d : f.diagnostics)
        err(d.toString());
    if (!f.ok())
        return std::nullopt;
    if (f.documents.size() != 1) {
        err(tr("%1: a diff compares files holding one document each; this one has %2")
                .arg(path)
                .arg(f.documents.size()));
        return std::nullopt;
    }
    return f.documents.front().document;
}

void printChanges(const DiffResult &d)
{
    if (d.changes.empty()) {
        out(tr("No changes.\n"));
        return;
    }
    for (Severity s : {Severity::Breaking, Severity::NonBreaking, Severity::Info}) {
        const int n = d.count(s);
        if (!n)
            continue;
        out(QStringLiteral("\n%1 (%2)\n")
                .arg(s == Severity::Breaking      ? tr("BREAKING")
                     : s == Severity::NonBreaking ? tr("Non-breaking")
                                                  : tr("Info"))
                .arg(n));
        for (const Change &c : d.changes) {
            if (c.severity != s)
                continue;
            QString line = QStringLiteral("  %1 %2").arg(kindName(c.kind).leftJustified(8), c.path);
            if (c.kind == Change::Kind::Changed)
                line += QStringLiteral(": %1 -> %2").arg(c.oldValue.left(60), c.newValue.left(60));
            else if (c.kind == Change::Kind::Added && !c.newValue.isEmpty())
                line += QStringLiteral(" (%1)").arg(c.newValue.left(60));
            else if (c.kind == Change::Kind::Removed && !c.oldValue.isEmpty())
                line += QStringLiteral(" (was %1)").arg(c.oldValue.left(60));
            out(line + QStringLiteral("   [") + c.rule + QStringLiteral("]\n"));
        }
    }
}

// datacontract-cli's changelog layout (error / warning / info), for teams moving from it:
// breaking -> error, non-breaking -> warning, info -> info; the check name is the rule.
void printDatacontractCli(const DiffResult &d, const QString &newFile)
{
    out(QStringLiteral("%1 changes: %2 error, %3 warning, %4 info\n")
            .arg(d.changes.size())
            .arg(d.count(Severity::Breaking))
            .arg(d.count(Severity::NonBreaking))
            .arg(d.count(Severity::Info)));
    QStringList blocks;
    for (const Change &c : d.changes) {
        const QString sev = c.severity == Severity::Breaking      ? QStringLiteral("error")
                            : c.severity == Severity::NonBreaking ? QStringLiteral("warning")
                                                                  : QStringLiteral("info");
        QString check = c.rule.toLower();
        check.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
        check.remove(QRegularExpression(QStringLiteral("^_|_$")));
        QString what = kindName(c.kind);
        if (c.kind == Change::Kind::Changed)
            what += QStringLiteral(" from %1 to %2").arg(c.oldValue, c.newValue);
        else if (c.kind == Change::Kind::Added && !c.newValue.isEmpty())
            what += QLatin1Char(' ') + c.newValue;
        else if (c.kind == Change::Kind::Removed && !c.oldValue.isEmpty())
            what += QLatin1Char(' ') + c.oldValue;
        blocks << QStringLiteral("%1\t[%2] at %3\n        in %4\n            %5")
                      .arg(sev, check, newFile, c.path, what);
    }
    if (!blocks.isEmpty())
        out(blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n'));
}

int cmdDiff(const Options &o)
{
    if (o.args.size() != 3 ||
        (!o.format.isEmpty() && o.format != QLatin1String("datacontract-cli") &&
         o.format != QLatin1String("json") && o.format != QLatin1String("text"))) {
        err(tr("usage: meshdesk diff OLD_FILE NEW_FILE [--json | --format "
               "text|json|datacontract-cli]"));
        return Usage;
    }
    const auto a = readOne(o.args[1]);
    const auto b = readOne(o.args[2]);
    if (!a || !b)
        return Usage;
    DiffResult d;
    QString error;
    if (!diffDocuments(*a, *b, d, &error)) {
        err(error);
        return Usage;
    }
    std::optional<AvroCompatibility> compat;
    if (a->format() == SourceFormat::Avro && b->format() == SourceFormat::Avro &&
        a->contract.avroSchema && b->contract.avroSchema)
        compat = avroCompatibility(*a->contract.avroSchema, *b->contract.avroSchema);
    if (o.format == QLatin1String("datacontract-cli")) {
        printDatacontractCli(d, o.args[2]);
    } else if (o.json || o.format == QLatin1String("json")) {
        QJsonObject j = d.toJson();
        if (compat)
            j.insert(QStringLiteral("compatibility"),
                     QJsonObject{{QStringLiteral("level"), compat->level()},
                                 {QStringLiteral("backward"), compat->backward},
                                 {QStringLiteral("forward"), compat->forward},
                                 {QStringLiteral("full"), compat->full()},
                                 {QStringLiteral("backwardProblems"),
                                  QJsonArray::fromStringList(compat->backwardProblems)},
                                 {QStringLiteral("forwardProblems"),
                                  QJsonArray::fromStringList(compat->forwardProblems)}});
        printJson(j);
    } else {
        out(tr("%1 %2: %3 -> %4: %5 breaking, %6 non-breaking, %7 info\n")
                .arg(a->kindName(), a->key(), a->version(), b->version())
                .arg(d.count(Severity::Breaking))
                .arg(d.count(Severity::NonBreaking))
                .arg(d.count(Severity::Info)));
        printChanges(d);
        if (compat) {
            out(tr("\nAvro compatibility (Schema Registry terms): %1\n").arg(compat->level()));
            for (const QString &p : compat->backwardProblems)
                out(tr("  not BACKWARD: %1\n").arg(p));
            for (const QString &p : compat->forwardProblems)
                out(tr("  not FORWARD: %1\n").arg(p));
        }
    }
    return d.breaking() ? Rejected : Ok;
}

void printReview(const Review &r)
{
    out(tr("Change #%1 (%2): %3 %4, %5 -> %6, proposed by %7 at %8\n")
            .arg(r.change.id)
            .arg(r.change.status, r.change.kind, r.change.key,
                 r.current ? r.current->version() : QStringLiteral("-"),
                 r.proposed ? r.proposed->version() : QStringLiteral("-"), r.change.proposer,
                 r.change.createdAt));
    if (!r.change.decidedBy.isEmpty())
        out(tr("Decided by %1 at %2: %3\n")
                .arg(r.change.decidedBy, r.change.decidedAt, r.change.comment));
    printChanges(r.diff);
    out(tr("\nPolicies:\n"));
    for (const PolicyResult &p : r.policies) {
        out(QStringLiteral("  %1 %2 - %3\n")
                .arg(p.passed ? tr("pass")
                              : (p.level == Policy::Level::Error ? tr("FAIL") : tr("warn")),
                     p.policyId, p.description));
        for (const PolicyFinding &f : p.findings)
            out(QStringLiteral("       %1: %2\n").arg(f.path, f.message));
    }
    out(tr("\nDownstream impact:\n"));
    if (!r.removal.isEmpty()) {
        out(tr("  removal from the mesh: %1; %n product(s) still read it\n", nullptr,
               int(r.impact.size()))
                .arg(r.removal));
        if (!r.retirementOverride.isEmpty())
            out(tr("  retirement override: %1\n").arg(r.retirementOverride));
    }
    if (r.impact.isEmpty())
        out(r.diff.breaking() || !r.removal.isEmpty() ? tr("  no product reads it\n")
                                                      : tr("  nothing breaking\n"));
    for (const Consumer &c : r.impact)
        out(QStringLiteral("  %1 (%2) owner %3, domain %4, via %5, depth %6\n")
                .arg(c.name, c.productId, c.owner, c.domain, c.viaContract)
                .arg(c.depth));
}

int cmdReview(const Options &o)
{
    const QString verb = o.args.value(1);
    bool ok = false;
    const qint64 id = o.args.value(2).toLongLong(&ok);
    if (!ok || (verb != QLatin1String("approve") && verb != QLatin1String("reject") &&
                verb != QLatin1String("show"))) {
        err(tr("usage: meshdesk review show|approve|reject CHANGE_ID --as USER [--comment TEXT]"));
        return Usage;
    }
    if (verb != QLatin1String("show") && !checkActingUser(o))
        return Usage;
    Session s;
    if (!openSession(s, o, verb == QLatin1String("show")))
        return DatabaseError;
    if (verb == QLatin1String("show")) {
        const Review r = buildReview(*s.store, id);
        if (!r.ok()) {
            err(r.error);
            return Rejected;
        }
        if (o.json)
            printJson(r.toJson());
        else
            printReview(r);
        return Ok;
    }
    const ledger::ActResult r =
        s.ledger->decide(id, s.actor, verb == QLatin1String("approve"), o.comment);
    if (!r.ok) {
        // the store's reasons are written for people, without our options: name the one here
        const bool noComment = verb == QLatin1String("reject") && o.comment.trimmed().isEmpty();
        err(noComment ? r.error + QLatin1Char(' ') + tr("Give it with --comment TEXT.") : r.error);
        return Rejected;
    }
    if (r.queued)
        return finishTeamAct(s, o,
                             tr("change #%1: the decision of %2").arg(id).arg(s.actor));
    else
        out(tr("change #%1 %2 by %3 (signed act %4)\n")
                .arg(id)
                .arg(verb == QLatin1String("approve") ? tr("approved") : tr("rejected"), s.actor,
                     r.eventId.left(16)));
    return Ok;
}

// Remove from Mesh: deprecate, then retire a product; each step a signed proposal for review
int cmdRemove(const Options &o)
{
    const bool retire = o.args.value(0) == QLatin1String("retire");
    const QString id = o.args.value(1);
    if (id.isEmpty() || o.args.size() > 2) {
        err(retire ? tr("usage: meshdesk retire PRODUCT_ID --as USER [--override REASON]")
                   : tr("usage: meshdesk deprecate PRODUCT_ID --as USER"));
        return Usage;
    }
    Session s;
    if (!openSession(s, o))
        return DatabaseError;
    if (!keyring().holds(s.actor)) {
        err(keyring().missingKeyMessage(s.actor));
        return Rejected;
    }
    const governance::RemovalProposal p = governance::proposeRemoval(
        *s.store, id,
        retire ? governance::RemovalStep::Retire : governance::RemovalStep::Deprecate,
        o.overrideReason);
    // who still reads it, before anything else: the proposer sees what the reviewer will
    if (!o.json) {
        if (p.readers.isEmpty())
            out(tr("No product reads %1.\n").arg(id));
        else
            out(tr("%n product(s) still read %1:\n", nullptr, int(p.readers.size())).arg(id));
        for (const Consumer &c : p.readers)
            out(QStringLiteral("  %1 (%2) owner %3, domain %4, via %5, depth %6\n")
                    .arg(c.name, c.productId, c.owner, c.domain, c.viaContract)
                    .arg(c.depth));
    }
    if (!p.ok()) {
        err(p.error);
        return Rejected;
    }
    const ledger::ActResult r = s.ledger->submit(p.file, s.actor);
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (r.queued)
        return finishTeamAct(s, o, tr("%1 %2: proposed").arg(id, p.toStatus));
    qint64 change = 0;
    for (const StoredDocument &d : r.stored.documents)
        change = std::max(change, d.changeId);
    if (o.json) {
        QJsonArray readers;
        for (const Consumer &c : p.readers)
            readers.append(QJsonObject{{QStringLiteral("product"), c.productId},
                                       {QStringLiteral("owner"), c.owner},
                                       {QStringLiteral("domain"), c.domain},
                                       {QStringLiteral("via"), c.viaContract},
                                       {QStringLiteral("depth"), c.depth}});
        printJson(QJsonObject{{QStringLiteral("product"), id},
                              {QStringLiteral("from"), p.fromStatus},
                              {QStringLiteral("to"), p.toStatus},
                              {QStringLiteral("change"), change},
                              {QStringLiteral("readers"), readers},
                              {QStringLiteral("override"), p.overrideReason}});
    } else {
        out(tr("%1: %2 -> %3 proposed as change #%4 (signed act %5); it takes effect when a "
               "governance owner approves it\n")
                .arg(id, p.fromStatus, p.toStatus)
                .arg(change)
                .arg(r.eventId.left(16)));
    }
    return change > 0 ? Ok : Rejected;
}

int cmdRole(const Options &o)
{
    const QString verb = o.args.value(1);
    Session s;
    if (verb == QLatin1String("list")) {
        if (!openStore(*s.store, o, true))
            return DatabaseError;
        printList(
            o.json, s.store->roles(),
            [](const RoleGrant &g) {
                return QJsonObject{{QStringLiteral("user"), g.user},
                                   {QStringLiteral("role"), g.role},
                                   {QStringLiteral("domain"), g.domain},
                                   {QStringLiteral("grantedBy"), g.grantedBy},
                                   {QStringLiteral("grantedAt"), g.grantedAt}};
            },
            {tr("USER"), tr("ROLE"), tr("DOMAIN"), tr("GRANTED BY"), tr("AT")},
            [](const RoleGrant &g) {
                return QStringList{g.user, g.role, g.domain, g.grantedBy, g.grantedAt};
            });
        return Ok;
    }
    if ((verb != QLatin1String("grant") && verb != QLatin1String("revoke")) || o.args.size() != 4) {
        err(tr("usage: meshdesk role grant|revoke USER ROLE --domain D --as ADMIN | meshdesk role "
               "list"));
        return Usage;
    }
    if (!checkActingUser(o))
        return Usage;
    if (const QString e = names::userNameError(o.args[2]); !e.isEmpty()) {
        err(e);
        return Usage;
    }
    if (const QString e = names::identifierError(QStringLiteral("domain"), o.domain);
        !e.isEmpty()) {
        err(e);
        return Usage;
    }
    if (!openSession(s, o))
        return DatabaseError;
    const ledger::ActResult r = verb == QLatin1String("grant")
                                    ? s.ledger->grant(s.actor, o.args[2], o.args[3], o.domain)
                                    : s.ledger->revoke(s.actor, o.args[2], o.args[3], o.domain);
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (r.queued)
        return finishTeamAct(s, o, tr("%1: %2 %3 %4").arg(verb, o.args[2], o.args[3], o.domain));
    out(tr("%1: %2 %3 %4\n").arg(verb, o.args[2], o.args[3], o.domain));
    return Ok;
}

int cmdAudit(const Options &o)
{
    const QString verb = o.args.value(1);
    if (verb != QLatin1String("verify") && verb != QLatin1String("export") &&
        verb != QLatin1String("list")) {
        err(tr("usage: meshdesk audit verify | audit list [--from DATE] [--to DATE] | audit export "
               "--out DIR [--change ID | --from DATE --to DATE]"));
        return Usage;
    }
    // verify, list and export only read the catalog: a read-only file works
    Session s;
    if (verb == QLatin1String("verify")) {
        // a damaged file may not even load its ledger: the integrity check comes first
        if (!openStore(*s.store, o, true))
            return DatabaseError;
        s.ledger = std::make_unique<ledger::Ledger>(*s.store, &keyring());
        QString loadError;
        const bool loaded = s.ledger->load(&loadError);
        // SQLite's integrity check runs first inside verify(): damaged pages or indexes can hide
        // rows while what is left still replays, so a log that checks out proves nothing about
        // a damaged file. Damage is a database error (exit 3), not a broken log (exit 1).
        const ledger::VerifyResult v = ledger::verifyPinned(*s.ledger, s.store->path());
        if (!v.damage.isEmpty()) {
            if (o.json)
                printJson(
                    QJsonObject{{QStringLiteral("intact"), false},
                                {QStringLiteral("rows"), 0},
                                {QStringLiteral("events"), 0},
                                {QStringLiteral("legacyRows"), 0},
                                {QStringLiteral("firstBrokenRow"), 0},
                                {QStringLiteral("act"), v.act},
                                {QStringLiteral("reason"), v.reason},
                                {QStringLiteral("damage"), QJsonArray::fromStringList(v.damage)}});
            else
                out(tr("database file DAMAGED (SQLite's integrity check): %1\n")
                        .arg(v.damage.join(QStringLiteral("; "))));
            return DatabaseError;
        }
        if (!loaded) {
            err(loadError);
            return DatabaseError;
        }
        if (o.json)
            printJson(QJsonObject{{QStringLiteral("intact"), v.intact},
                                  {QStringLiteral("rows"), v.events + v.legacyRows},
                                  {QStringLiteral("events"), v.events},
                                  {QStringLiteral("legacyRows"), v.legacyRows},
                                  {QStringLiteral("firstBrokenRow"), v.firstBrokenSeq},
                                  {QStringLiteral("act"), v.act},
                                  {QStringLiteral("reason"), v.reason},
                                  {QStringLiteral("root"), s.ledger->rootFingerprint()},
                                  {QStringLiteral("damage"), QJsonArray()}});
        else if (v.intact)
            out(tr("audit log intact: %n signed act(s) verified", nullptr, int(v.events)) +
                (v.legacyRows ? tr(", %n row(s) from before signing", nullptr, int(v.legacyRows))
                              : QString()) +
                (s.ledger->hasGenesis() ? tr("; trust root %1").arg(s.ledger->rootFingerprint())
                                        : QString()) +
                QLatin1Char('\n'));
        else
            out(tr("audit log BROKEN at %1: %2\n").arg(v.act, v.reason));
        return v.intact ? Ok : Rejected;
    }
    if (!openSession(s, o, true))
        return DatabaseError;
    if (verb == QLatin1String("list")) {
        printList(
            o.json, ledger::auditLog(*s.store, o.from, o.to),
            [](const AuditRow &r) {
                return QJsonObject{{QStringLiteral("id"), r.id},
                                   {QStringLiteral("at"), r.at},
                                   {QStringLiteral("actor"), r.actor},
                                   {QStringLiteral("action"), r.action},
                                   {QStringLiteral("subject"), r.subject},
                                   {QStringLiteral("details"),
                                    QJsonDocument::fromJson(r.details.toUtf8()).object()},
                                   {QStringLiteral("hash"), r.hash},
                                   {QStringLiteral("event"), r.eventId},
                                   {QStringLiteral("key"), r.keyFingerprint}};
            },
            {tr("ID"), tr("AT"), tr("ACTOR"), tr("ACTION"), tr("SUBJECT")},
            [](const AuditRow &r) {
                return QStringList{QString::number(r.id), r.at, r.actor, r.action, r.subject};
            });
        return Ok;
    }
    // export: an evidence pack for auditors (Markdown + CSV)
    if (o.out.isEmpty()) {
        err(tr("audit export needs --out DIR"));
        return Usage;
    }
    const EvidencePack pack = buildEvidence(*s.ledger, o.change, o.from, o.to, s.actor);
    if (!pack.error.isEmpty()) {
        err(pack.error);
        return Rejected;
    }
    QString error;
    if (!writeEvidence(pack, o.out, &error)) {
        err(error);
        return WriteError;
    }
    out(tr("wrote %1.md and %1.csv\n").arg(QDir(o.out).filePath(pack.baseName)));
    return Ok;
}

int cmdPolicy(const Options &o)
{
    const QString verb = o.args.value(1);
    Session s;
    if (!openSession(s, o, verb == QLatin1String("list")))
        return DatabaseError;
    if (verb == QLatin1String("list")) {
        const QStringList enabled = s.store->enabledPolicies();
        auto level = [](const Policy &p) {
            return p.level == Policy::Level::Error ? QStringLiteral("error")
                                                   : QStringLiteral("warning");
        };
        printList(
            o.json, builtinPolicies(),
            [&](const Policy &p) {
                return QJsonObject{{QStringLiteral("id"), p.id},
                                   {QStringLiteral("description"), p.description},
                                   {QStringLiteral("level"), level(p)},
                                   {QStringLiteral("enabled"), enabled.contains(p.id)}};
            },
            {tr("POLICY"), tr("ENABLED"), tr("LEVEL"), tr("DESCRIPTION")},
            [&](const Policy &p) {
                return QStringList{p.id, enabled.contains(p.id) ? tr("on") : tr("off"), level(p),
                                   p.description};
            });
        return Ok;
    }
    if ((verb != QLatin1String("enable") && verb != QLatin1String("disable")) ||
        o.args.size() != 3) {
        err(tr("usage: meshdesk policy list | policy enable|disable ID --as ADMIN"));
        return Usage;
    }
    if (!checkActingUser(o))
        return Usage;
    const ledger::ActResult r =
        s.ledger->setPolicy(s.actor, o.args[2], verb == QLatin1String("enable"));
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (r.queued)
        return finishTeamAct(s, o, tr("policy %1 %2d").arg(o.args[2], verb));
    out(tr("policy %1 %2d\n").arg(o.args[2], verb));
    return Ok;
}

int cmdLineage(const Options &o)
{
    const QString format =
        o.format.isEmpty() ? (o.impact && !o.json ? QStringLiteral("text") : QStringLiteral("json"))
                           : o.format;
    if (format != QLatin1String("json") && format != QLatin1String("dot") &&
        format != QLatin1String("svg") && !(o.impact && format == QLatin1String("text"))) {
        err(tr("usage: meshdesk lineage [--product ID] [--upstream N] [--downstream N] [--impact] "
               "[--format json|dot|svg]"));
        return Usage;
    }
    CatalogStore store;
    if (!openStore(store, o, true))
        return DatabaseError;
    const lineage::Graph g = lineage::loadGraph(store);
    for (const lineage::Warning &w : g.warnings())
        err(tr("warning: %1").arg(w.message));
    for (const QList<int> &cycle : g.cycles()) {
        QStringList ids;
        for (int n : cycle)
            ids << g.nodes()[size_t(n)].id;
        err(tr("warning: the mesh has a cycle: %1").arg(ids.join(QStringLiteral(" -> "))));
    }
    QSet<int> only;
    if (!o.product.isEmpty()) {
        const int node = g.indexOf(o.product);
        if (node < 0) {
            err(tr("no product with id '%1'").arg(o.product));
            return Rejected;
        }
        if (o.impact) {
            const QSet<int> impact = g.impact(node);
            QList<int> sorted(impact.begin(), impact.end());
            std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
                return g.nodes()[size_t(a)].id < g.nodes()[size_t(b)].id;
            });
            if (o.json || format == QLatin1String("json")) {
                QJsonArray a;
                for (int n : sorted)
                    a.append(QJsonObject{{QStringLiteral("id"), g.nodes()[size_t(n)].id},
                                         {QStringLiteral("name"), g.nodes()[size_t(n)].name},
                                         {QStringLiteral("domain"), g.nodes()[size_t(n)].domain},
                                         {QStringLiteral("owner"), g.nodes()[size_t(n)].owner}});
                printJson(a);
            } else {
                for (int n : sorted)
                    out(QStringLiteral("%1\t%2\t%3\n")
                            .arg(g.nodes()[size_t(n)].id, g.nodes()[size_t(n)].domain,
                                 g.nodes()[size_t(n)].owner));
            }
            return Ok;
        }
        only = g.neighbourhood(node, o.upstream < 0 ? 1 : o.upstream,
                               o.downstream < 0 ? 1 : o.downstream);
    }
    if (format == QLatin1String("dot"))
        out(g.toDot(only));
    else if (format == QLatin1String("svg"))
        out(lineage::toSvg(g, lineage::layout(g, only)));
    else
        printJson(g.toJson(only));
    return Ok;
}

// ---- Kafka ------------------------------------------------------------------------------

std::optional<SchemaObject> contractSchema(const Options &o, CatalogStore *store, QString *error)
{
    std::optional<Contract> contract;
    std::optional<SchemaObject> topicSchema; // the object a product's contract names for the topic
    if (!o.contractFile.isEmpty()) {
        const FileImport f = importFile(o.contractFile);
        if (!f.ok() || f.documents.empty() ||
            f.documents.front().document.kind != ImportedDocument::Kind::Contract) {
            *error = f.ok() ? tr("%1: not a contract").arg(o.contractFile) : f.firstError();
            return std::nullopt;
        }
        contract = f.documents.front().document.contract;
    } else if (!o.product.isEmpty() && store) {
        for (const ProductPorts &p : store->currentOutputPorts())
            if (p.productKey == o.product)
                if (const auto v = store->currentVersion(QStringLiteral("contract"), p.contractId))
                    if (const auto doc = store->document(*v))
                        for (const kafka::ContractTopic &t : kafka::contractTopics(doc->contract))
                            if (t.topic == o.topic) {
                                contract = doc->contract;
                                topicSchema = t.schema;
                            }
        if (!contract) {
            *error = tr("product '%1' has no output contract with a Kafka server for topic '%2'")
                         .arg(o.product, o.topic);
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    if (topicSchema)
        return topicSchema;
    // the object for the topic: physicalName == topic, else the first
    for (const SchemaObject &so : contract->objects)
        if (so.physicalName == o.topic)
            return so;
    if (!contract->objects.empty())
        return contract->objects.front();
    *error = tr("the contract has no schema");
    return std::nullopt;
}

std::atomic_bool g_stop{false};

} // namespace

// A saved connection profile's security settings, its password from MESHDESK_KAFKA_PASSWORD
// (scripts) or the system keychain (what the GUI saved); never printed, never logged.
std::optional<kafka::KafkaConfig> profileSecurity(const QString &name, QString *bootstrap,
                                                  QString *error)
{
    const std::optional<kafka::ConnectionProfile> profile = kafka::findProfile(name);
    if (!profile) {
        *error =
            tr("no Kafka connection profile named '%1' (Governance > Kafka connections)").arg(name);
        return std::nullopt;
    }
    if (bootstrap->isEmpty())
        *bootstrap = profile->bootstrap;
    QString password = qEnvironmentVariable("MESHDESK_KAFKA_PASSWORD");
    if (password.isEmpty() && profile->securityProtocol.startsWith(QLatin1String("SASL"))) {
        QKeychain::ReadPasswordJob job(KafkaConnectionsDialog::keychainService());
        job.setAutoDelete(false);
        job.setKey(KafkaConnectionsDialog::keychainKey(profile->name));
        QEventLoop loop;
        QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job.start();
        loop.exec();
        if (job.error() != QKeychain::NoError) {
            *error = tr("profile '%1' needs a password: set MESHDESK_KAFKA_PASSWORD (the keychain "
                        "did not answer: %2)")
                         .arg(name, job.errorString());
            return std::nullopt;
        }
        password = job.textData();
    }
    return kafka::securityConfig(*profile, password);
}

namespace {
// The bytes QJsonDocument writes for a string's UTF-8 (quotes, backslash, \b \f \n \r \t, other
// control characters as \u00xx): the streaming printer's lines stay byte-identical to the lines
// `sample --json` built with QJsonDocument before it streamed.
void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p; // the longest stretch that needs no escape, copied at once
        while (p < end && uchar(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        out.append(run, p - run);
        if (p == end)
            break;
        const uchar c = uchar(*p++);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out += '"';
}

// Bytes as UTF-8 the way QString::fromUtf8 reads them (invalid sequences become U+FFFD)
QByteArray utf8Of(const QByteArray &bytes)
{
    if (QUtf8StringView(bytes).isValidUtf8())
        return bytes;
    return QString::fromUtf8(bytes).toUtf8();
}

// stdout through one big buffer: a line per message costs no system call
class OutBuffer
{
public:
    ~OutBuffer() { flush(); }
    QByteArray &bytes() { return m_buf; }
    void lineDone()
    {
        if (m_buf.size() >= 1 << 18)
            flush();
    }
    void flush()
    {
        if (!m_buf.isEmpty())
            fwrite(m_buf.constData(), 1, size_t(m_buf.size()), stdout);
        m_buf.clear();
        fflush(stdout);
    }

private:
    QByteArray m_buf;
};

int cmdSample(const Options &o)
{
    kafka::KafkaConfig security;
    QString bootstrap = o.bootstrap;
    if (!o.profile.isEmpty()) {
        QString error;
        const auto config = profileSecurity(o.profile, &bootstrap, &error);
        if (!config) {
            err(error);
            return Usage;
        }
        security = *config;
    }
    if (bootstrap.isEmpty() || o.topic.isEmpty()) {
        err(tr("usage: meshdesk sample --bootstrap HOSTS | --profile NAME --topic T [--last N | "
               "--from-beginning] "
               "[--max N] [--timeout S] [--contract FILE | --product ID] [--format json|text|hex] "
               "[--json]"));
        return Usage;
    }
    std::unique_ptr<CatalogStore> store;
    if (!o.product.isEmpty()) {
        store = std::make_unique<CatalogStore>();
        if (!openStore(*store, o, true))
            return DatabaseError;
    }
    QString error;
    const std::optional<SchemaObject> schema = contractSchema(o, store.get(), &error);
    if (!error.isEmpty()) {
        err(error);
        return Usage;
    }
    const QString format = o.format.isEmpty() ? QStringLiteral("json") : o.format;
    // Avro: the contract's schema for plain binary; the Confluent wire format's ids go to the
    // registry when one is named, else the contract's schema stands for every id
    kafka::AvroDecoder avro;
    if (format == QLatin1String("avro")) {
        if (!schema && o.registry.isEmpty()) {
            err(tr("--format avro needs --contract, --product or --registry"));
            return Usage;
        }
        QByteArray schemaJson;
        if (schema) {
            schemaJson = kafka::avroSchemaFor(*schema);
            if (!o.contractFile.isEmpty() &&
                importFile(o.contractFile).documents.front().document.format() ==
                    SourceFormat::Avro) {
                QFile f(o.contractFile);
                if (f.open(QIODevice::ReadOnly))
                    schemaJson = f.readAll(); // an .avsc is its own schema
            }
            if (!avro.setSchema(schemaJson, &error)) {
                err(error);
                return Usage;
            }
        }
        if (!o.registry.isEmpty())
            avro.setSchemaLookup(kafka::registryLookup(o.registry));
        else
            avro.setSchemaLookup([schemaJson](int, QString *) { return schemaJson; });
    }
    // without a contract the checker has no fields: it only parses (its findings are dropped)
    const kafka::ConformanceChecker checker(schema ? *schema : SchemaObject());
    OutBuffer output;
    qint64 printed = 0;
    int violating = 0;
    // the general path: any format, the value built as a QJsonValue
    auto print = [&](const kafka::Message &m) {
        QJsonValue value;
        QJsonArray violations;
        if (format == QLatin1String("hex")) {
            value = kafka::hexDump(m.value);
        } else if (format == QLatin1String("avro")) {
            const kafka::Decoded d = avro.decode(m.value);
            if (d.kind == kafka::Decoded::Kind::Json) {
                value = d.json;
                if (schema)
                    for (const kafka::Violation &v : checker.check(d.json))
                        violations.append(QJsonObject{{QStringLiteral("path"), v.path},
                                                      {QStringLiteral("message"), v.message}});
            } else {
                value = kafka::hexDump(m.value, 64);
                violations.append(QJsonObject{{QStringLiteral("path"), QString()},
                                              {QStringLiteral("message"), d.error}});
            }
        } else if (format == QLatin1String("text")) {
            value = QString::fromUtf8(m.value);
        } else {
            const kafka::Decoded d = kafka::decodeJson(m.value);
            if (d.kind == kafka::Decoded::Kind::Json) {
                value = d.json;
                if (schema)
                    for (const kafka::Violation &v : checker.check(d.json))
                        violations.append(QJsonObject{{QStringLiteral("path"), v.path},
                                                      {QStringLiteral("message"), v.message}});
            } else {
                value = d.kind == kafka::Decoded::Kind::Text
                            ? QJsonValue(d.text)
                            : QJsonValue(kafka::hexDump(m.value, 64));
                if (schema)
                    violations.append(QJsonObject{{QStringLiteral("path"), QString()},
                                                  {QStringLiteral("message"), d.error}});
            }
        }
        if (!violations.isEmpty())
            ++violating;
        if (o.json) {
            QJsonObject line{{QStringLiteral("partition"), m.partition},
                             {QStringLiteral("offset"), double(m.offset)},
                             {QStringLiteral("timestamp"), double(m.timestamp)},
                             {QStringLiteral("key"), QString::fromUtf8(m.key)},
                             {QStringLiteral("value"), value},
                             {QStringLiteral("violations"), violations}};
            output.bytes() += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        } else {
            const QString shown =
                value.isString()
                    ? value.toString()
                    : QString::fromUtf8(
                          QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
            output.bytes() += QStringLiteral("p%1 @%2 %3 key=%4 %5\n")
                                  .arg(m.partition)
                                  .arg(m.offset)
                                  .arg(QDateTime::fromMSecsSinceEpoch(m.timestamp, Qt::UTC)
                                           .toString(Qt::ISODateWithMs),
                                       QString::fromUtf8(m.key), shown.left(300))
                                  .toUtf8();
            for (const auto &v : violations)
                output.bytes() += QStringLiteral("    violation %1: %2\n")
                                      .arg(v.toObject().value(QLatin1String("path")).toString(),
                                           v.toObject().value(QLatin1String("message")).toString())
                                      .toUtf8();
        }
    };
    // The fast path (--json, JSON values): simdjson parses and checks the value in one pass and
    // the line embeds the value's own bytes, minified; the rest of the line is written as
    // QJsonDocument wrote it (keys sorted, integers plain), so the lines are the same as before
    // for values in that form. Values simdjson does not take as a JSON document go the general
    // path, which names the parse error exactly as before.
    QByteArray minified;
    QList<kafka::Violation> found;
    auto printJsonFast = [&](const kafka::Message &m) {
        found.clear();
        const kafka::ConformanceChecker::Root root = checker.checkJsonRoot(m.value, &found);
        if (root != kafka::ConformanceChecker::Root::Object &&
            root != kafka::ConformanceChecker::Root::Array) {
            print(m);
            return;
        }
        kafka::minifyJson(m.value, &minified);
        QByteArray &b = output.bytes();
        b += "{\"key\":";
        appendJsonString(b, utf8Of(m.key));
        b += ",\"offset\":" + QByteArray::number(m.offset);
        b += ",\"partition\":" + QByteArray::number(m.partition);
        b += ",\"timestamp\":" + QByteArray::number(m.timestamp);
        b += ",\"value\":";
        b += minified;
        b += ",\"violations\":[";
        if (schema) {
            for (qsizetype i = 0; i < found.size(); ++i) {
                b += i ? ",{\"message\":" : "{\"message\":";
                appendJsonString(b, found[i].message.toUtf8());
                b += ",\"path\":";
                appendJsonString(b, found[i].path.toUtf8());
                b += '}';
            }
            violating += !found.isEmpty();
        }
        b += "]}\n";
    };
    const bool fast = o.json && format == QLatin1String("json");
    auto handle = [&](const kafka::Message &m) {
        ++printed;
        if (fast)
            printJsonFast(m);
        else
            print(m);
        output.lineDone();
    };
    kafka::SampleRequest req;
    req.bootstrap = bootstrap;
    req.security = security;
    req.topic = o.topic;
    req.mode = o.fromBeginning ? kafka::SampleRequest::Mode::FromBeginning
               : o.offset >= 0 ? kafka::SampleRequest::Mode::FromOffset
                               : kafka::SampleRequest::Mode::Last;
    req.offset = std::max<qint64>(0, o.offset);
    req.last = o.last < 0 ? 10 : o.last;
    req.timeoutMs = o.timeoutSeconds * 1000;
    // streamed: each message printed as it is read and checked, the first --max of them
    req.onMessage = handle;
    req.limit = std::max(0, o.max);
    const kafka::SampleResult r = kafka::sample(req);
    output.flush();
    for (const kafka::OffsetGap &gap : r.gaps)
        err(kafka::describeGap(gap));
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    if (o.follow) {
        // live: new messages as they arrive, until SIGINT/SIGTERM; the broker going away and
        // coming back is said once each on stderr, and so is a gap retention left
        std::signal(SIGINT, [](int) { g_stop = true; });
        std::signal(SIGTERM, [](int) { g_stop = true; });
        kafka::SamplerWorker worker;
        QEventLoop loop;
        QObject::connect(&worker, &kafka::SamplerWorker::batch, &loop,
                         [&](const QList<kafka::Message> &batch) {
                             for (const kafka::Message &m : batch)
                                 handle(m);
                             output.flush();
                         });
        QObject::connect(
            &worker, &kafka::SamplerWorker::connectivityChanged, &loop,
            [&](bool reachable, const QString &reason) {
                err(reachable
                        ? tr("broker %1 is reachable again: following '%2'").arg(bootstrap, o.topic)
                        : tr("broker %1 is unreachable: %2 (still trying; "
                             "nothing is lost meanwhile)")
                              .arg(bootstrap, reason));
            });
        QObject::connect(&worker, &kafka::SamplerWorker::notice, &loop,
                         [](const QString &text) { err(text); });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (g_stop)
                loop.quit();
        });
        poll.start(50);
        kafka::SamplerWorker::Settings settings;
        settings.bootstrap = bootstrap;
        settings.security = security;
        settings.topic = o.topic;
        settings.resumeFrom = r.nextOffsets; // right after the history above: no gap, no repeat
        settings.last = 0; // (and if the history ended nowhere: only what comes from now on)
        worker.start(settings);
        loop.exec();
        worker.stop();
        return Ok;
    }
    if (!o.json)
        out(tr("%1 message(s) from %2 partition(s); %3 violate the contract\n")
                .arg(printed)
                .arg(r.partitions)
                .arg(violating));
    return Ok;
}

int cmdInfer(const Options &o)
{
    kafka::KafkaConfig security;
    QString bootstrap = o.bootstrap;
    if (!o.profile.isEmpty()) {
        QString error;
        const auto config = profileSecurity(o.profile, &bootstrap, &error);
        if (!config) {
            err(error);
            return Usage;
        }
        security = *config;
    }
    const QString format = o.format.isEmpty() ? QStringLiteral("json") : o.format;
    if (bootstrap.isEmpty() || o.topic.isEmpty() ||
        (format != QLatin1String("json") && format != QLatin1String("avro"))) {
        err(tr("usage: meshdesk infer --bootstrap HOSTS | --profile NAME --topic T [--last N | "
               "--from-beginning] [--format json|avro] [--registry URL] [--contract SCHEMA.avsc] "
               "[--out FILE]"));
        return Usage;
    }
    kafka::InferRequest req;
    req.sample.bootstrap = bootstrap;
    req.sample.security = security;
    req.sample.topic = o.topic;
    req.sample.mode = o.fromBeginning ? kafka::SampleRequest::Mode::FromBeginning
                                      : kafka::SampleRequest::Mode::Last;
    req.sample.last = o.last < 0 ? 100 : o.last;
    req.sample.max = o.maxGiven ? std::max(1, o.max) : 100000;
    req.sample.timeoutMs = o.timeoutSeconds * 1000;
    req.format = format;
    req.registryUrl = o.registry;
    if (!o.contractFile.isEmpty()) {
        QFile f(o.contractFile);
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("%1: cannot read: %2").arg(o.contractFile, f.errorString()));
            return Usage;
        }
        req.avroSchema = f.readAll(); // the writer's schema of plain Avro values
    }
    const kafka::InferResult r = kafka::inferTopic(req);
    for (const QString &note : r.notes)
        err(tr("note: %1").arg(note));
    if (!r.ok) {
        err(r.error);
        return Rejected;
    }
    const Contract draft = kafka::draftContract(r, bootstrap, o.topic, format);
    const QString header =
        tr("Drafted by MeshDesk from %n message(s) of topic %1 on %2 at %3.", nullptr, r.samples)
            .arg(o.topic, bootstrap, nowUtc()) +
        QLatin1Char('\n') +
        tr("Review it before publishing: descriptions, owner, domain, service levels.");
    const QByteArray yaml = formats::writeOdcs(draft, header);
    if (!o.out.isEmpty()) {
        QFile f(o.out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(yaml) != yaml.size() ||
            !f.flush()) {
            err(tr("%1: cannot write: %2").arg(o.out, f.errorString()));
            return Rejected;
        }
        err(tr("wrote %1").arg(o.out));
    } else {
        fwrite(yaml.constData(), 1, size_t(yaml.size()), stdout);
    }
    err(tr("inferred from %n message(s)", nullptr, r.samples));
    return Ok;
}

int cmdDemoBroker(const Options &o)
{
    kafka::MockBroker broker;
    QString error;
    if (!broker.start(1, &error)) {
        err(error);
        return DatabaseError;
    }
    // --port: a fixed bootstrap address in front of the mock's own port
    kafka::BootstrapProxy proxy;
    QString bootstrap = broker.bootstrap();
    if (o.port > 0) {
        if (!proxy.listen(quint16(o.port), broker.bootstrap(), &error)) {
            err(error);
            return Usage;
        }
        bootstrap = QStringLiteral("127.0.0.1:%1").arg(proxy.port());
    }
    // a team log's topic (librdkafka's mock cannot create topics through the Admin API: it names
    // no controller), so `meshdesk team create --topic meshdesk.team` works against this broker
    broker.createTopic(QStringLiteral("meshdesk.team"), 1);
    out(QStringLiteral("bootstrap: %1\n").arg(bootstrap));
    fflush(stdout);
    std::signal(SIGINT, [](int) { g_stop = true; });
    std::signal(SIGTERM, [](int) { g_stop = true; });
    QList<kafka::Feed> feeds, unlisted; // (the unlisted ones' events are clean: no contract yet)
    if (o.seed) {
        // the demo catalog's Kafka output ports
        QList<Contract> contracts;
        QDirIterator it(QStringLiteral(":/demo"));
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.fileName().endsWith(QLatin1String(".odcs.yaml")) || !f.open(QIODevice::ReadOnly))
                continue;
            const FileImport fi = importBytes(f.fileName(), f.readAll());
            if (fi.ok())
                contracts << fi.documents.front().document.contract;
        }
        feeds = kafka::feedsOf(contracts);
        unlisted = kafka::unlistedFeeds(QStringLiteral(":/demo/unlisted")); // not in the mesh yet
        for (const kafka::Feed &f : std::as_const(feeds) + unlisted) {
            broker.createTopic(f.topic, 3);
            out(QStringLiteral("topic: %1\n").arg(f.topic));
        }
        fflush(stdout);
    }
    QRandomGenerator rng(1234);
    const int violationPercent = qEnvironmentVariableIsSet("MESHDESK_DEMO_VIOLATIONS")
                                     ? qEnvironmentVariableIntValue("MESHDESK_DEMO_VIOLATIONS")
                                     : 10;
    int n = 0;
    QEventLoop loop; // the proxy needs an event loop; so does the generator's timer
    QTimer feed;
    QObject::connect(&feed, &QTimer::timeout, &loop, [&] {
        if (g_stop) {
            loop.quit();
            return;
        }
        n += kafka::produceRound(broker, feeds, rng, violationPercent);
        n += kafka::produceRound(broker, unlisted, rng, 0);
    });
    feed.start(250); // a few events per second per topic
    loop.exec();
    out(tr("demo broker stopped after %n event(s)\n", nullptr, n));
    return Ok;
}

} // namespace

bool isCliCommand(const QString &word)
{
    static const QStringList commands{
        QStringLiteral("import"), QStringLiteral("list"),  QStringLiteral("show"),
        QStringLiteral("search"), QStringLiteral("diff"),  QStringLiteral("review"),
        QStringLiteral("role"),   QStringLiteral("audit"), QStringLiteral("policy"),
        QStringLiteral("identity"), QStringLiteral("member"), QStringLiteral("team"),
        QStringLiteral("deprecate"), QStringLiteral("retire"), QStringLiteral("export"),
        QStringLiteral("edit")};
    return commands.contains(word);
}

static int runCommand(const Options &o)
{
    const QString cmd = o.args.value(0);
    try {
        if (cmd == QLatin1String("import"))
            return cmdImport(o);
        if (cmd == QLatin1String("list"))
            return cmdList(o);
        if (cmd == QLatin1String("show"))
            return cmdShow(o);
        if (cmd == QLatin1String("search"))
            return cmdSearch(o);
        if (cmd == QLatin1String("diff"))
            return cmdDiff(o);
        if (cmd == QLatin1String("review"))
            return cmdReview(o);
        if (cmd == QLatin1String("role"))
            return cmdRole(o);
        if (cmd == QLatin1String("deprecate") || cmd == QLatin1String("retire"))
            return cmdRemove(o);
        if (cmd == QLatin1String("export"))
            return cmdExport(o);
        if (cmd == QLatin1String("edit"))
            return cmdEdit(o);
        if (cmd == QLatin1String("audit"))
            return cmdAudit(o);
        if (cmd == QLatin1String("policy"))
            return cmdPolicy(o);
        if (cmd == QLatin1String("identity"))
            return cmdIdentity(o);
        if (cmd == QLatin1String("member"))
            return cmdMember(o);
        if (cmd == QLatin1String("team"))
            return cmdTeam(o);
        if (cmd == QLatin1String("lineage"))
            return cmdLineage(o);
        if (cmd == QLatin1String("sample"))
            return cmdSample(o);
        if (cmd == QLatin1String("infer"))
            return cmdInfer(o);
        if (cmd == QLatin1String("demo-broker"))
            return cmdDemoBroker(o);
    } catch (const StoreError &e) {
        err(e.message);
        return DatabaseError;
    }
    err(tr("unknown command '%1'; see meshdesk --help").arg(cmd));
    return Usage;
}

int run(const Options &o)
{
    const int code = runCommand(o);
    // What was printed must have arrived: `meshdesk list --json > out.json` on a full disk
    // would otherwise leave a cut file behind an exit code of 0.
    if (fflush(stdout) != 0 || ferror(stdout)) {
        err(tr("cannot write the output: %1").arg(QString::fromLocal8Bit(strerror(errno))));
        return WriteError;
    }
    return code;
}

} // namespace meshdesk::cli
