// meshdesk: the GUI when no subcommand is given, the command line otherwise (see Cli.h).
#include "Cli.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "Translations.h"
#include "core/Log.h"
#include "kafka/DemoFeed.h"
#include "kafka/Kafka.h"
#include "kafka/MockAdminFront.h"
#include "store/CatalogStore.h"
#include "store/ImportJob.h"
#include "identity/KeyStore.h"
#include "ledger/Ledger.h"
#include "team/Team.h"

#include <algorithm>
#include <QApplication>
#include <QGuiApplication>
#include <QScreen>
#include <QCommandLineParser>
#include <QDirIterator>
#include <QIcon>
#include <QLocale>
#include <QRandomGenerator>
#include <QSettings>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace meshdesk;

namespace {

// The first positional word: the CLI command (options taking a value are skipped); empty for
// the GUI.
QString commandWord(int argc, char **argv)
{
    static const QStringList withValue{
        QStringLiteral("--db"),         QStringLiteral("--as"),         QStringLiteral("--lang"),
        QStringLiteral("--quit-after"), QStringLiteral("--screenshot"), QStringLiteral("--comment"),
        QStringLiteral("--domain"),     QStringLiteral("--from"),       QStringLiteral("--to"),
        QStringLiteral("--out"),        QStringLiteral("--change"),     QStringLiteral("--review"),
        QStringLiteral("--open"),       QStringLiteral("--tab"),        QStringLiteral("--product"),
        QStringLiteral("--upstream"),   QStringLiteral("--downstream"), QStringLiteral("--format"),
        QStringLiteral("--lineage"),    QStringLiteral("--bootstrap"),  QStringLiteral("--topic"),
        QStringLiteral("--last"),       QStringLiteral("--max"),        QStringLiteral("--timeout"),
        QStringLiteral("--contract"),   QStringLiteral("--registry"),   QStringLiteral("--offset"),
        QStringLiteral("--port"),       QStringLiteral("--profile"),    QStringLiteral("--key"),
        QStringLiteral("--storage"),    QStringLiteral("--fingerprint"),
        QStringLiteral("--max-message-bytes"), QStringLiteral("--override"),
        QStringLiteral("--set")};
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (withValue.contains(a)) {
            ++i;
            continue;
        }
        if (a == QLatin1String("--")) // everything after "--" is positional
            return i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a; // any positional word means the command line (unknown ones get an error)
    }
    return {};
}

// --help and --version print and exit: no display needed (a QApplication aborts without one)
bool wantsHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" ||
            a == "-v")
            return true;
    }
    return false;
}

// A signal handler may only write to a descriptor; the event loop reads it and quits.
int g_signalPipe[2] = {-1, -1};

void quitOnTerminationSignals()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [notifier] {
        notifier->setEnabled(false);
        char c;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[1], &c, 1);
        log::app()->info("terminated by a signal: closing");
        QApplication::closeAllWindows();
        QCoreApplication::quit(); // also ends a dialog's loop
    });
    struct sigaction sa = {};
    sa.sa_handler = [](int) {
        const char c = 1;
        [[maybe_unused]] const auto n = ::write(g_signalPipe[0], &c, 1);
    };
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    for (int sig : {SIGTERM, SIGINT, SIGHUP})
        ::sigaction(sig, &sa, nullptr);
}

// Copies the demo catalog out of the resources and imports it into a fresh database, with
// demo identities (unprotected keys, marked as demo keys, in the demo's own key folder): the
// workshop user creates the catalog and governs every domain, "demo-importer" imports the
// catalog and "anna.schmidt" (the checkout domain's owner) proposes the changes.
bool prepareDemo(const QString &dir, const QString &db, const QString &user,
                 bool proposeChanges = true, const QString &keysDir = {})
{
    QStringList base, changes;
    QDirIterator it(QStringLiteral(":/demo"), QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString res = it.next();
        if (!res.endsWith(QLatin1String(".yaml")))
            continue;
        const QString rel = res.mid(QStringLiteral(":/demo/").size());
        const QString target = dir + QLatin1Char('/') + rel;
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::copy(res, target);
        (rel.startsWith(QLatin1String("changes/")) ? changes : base) << target;
    }
    base.sort();
    // the demo's keys live with the demo (and go with it); this process acts with them
    const QString keys = keysDir.isEmpty() ? dir + QStringLiteral("/keys") : keysDir;
    qputenv("MESHDESK_KEY_DIR", QFile::encodeName(keys));
    qunsetenv("MESHDESK_KEY_FILE");
    const identity::KeyStore keyStore(keys);
    const QString importer = QStringLiteral("demo-importer");
    const QString proposer = QStringLiteral("anna.schmidt");
    for (const QString &name : {user, importer, proposer})
        if (!keyStore.find(name)) {
            const auto r = keyStore.create(name, identity::Storage::Demo, {});
            if (!r.identity) {
                fprintf(stderr, "%s\n", qPrintable(r.error));
                return false;
            }
        }
    identity::Keyring keyring(keyStore, nullptr);
    CatalogStore store;
    QString error;
    if (!store.open(db, {}, &error)) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    ledger::Ledger ledger(store, &keyring);
    ledger.load();
    // the workshop user creates the catalog, so is its admin and trust root
    bool ok = ledger.createCatalog(user, QStringLiteral("MeshDesk demo")).ok;
    for (const QString &name : {importer, proposer})
        ok = ok && ledger.admit(user, name, keyStore.find(name)->key.openSshLine(name)).ok;
    const ImportSummary a = importPaths(ledger, base, importer);
    // the proposal comes from the checkout domain's owner, so the workshop user can review it
    // (the two-desk demo leaves it to the owner, live, on the second desk)
    const ImportSummary b = importPaths(ledger, proposeChanges ? changes : QStringList(), proposer);
    for (const QString &domain :
         {QStringLiteral("checkout"), QStringLiteral("customer"), QStringLiteral("finance"),
          QStringLiteral("fulfillment"), QStringLiteral("marketing")})
        ok = ok && ledger.grant(user, user, QStringLiteral("governance-owner"), domain).ok;
    ok = ok && ledger.grant(user, proposer, QStringLiteral("owner"), QStringLiteral("checkout")).ok;
    log::app()->info("demo catalog: {} added, {} pending", a.added, b.pending);
    return ok && a.failedFiles == 0 && b.failedFiles == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("MeshDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("meshdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MESHDESK_VERSION));
    const QString command = commandWord(argc, argv);
    const bool cli = !command.isEmpty();
    std::unique_ptr<QCoreApplication> app = cli || wantsHelpOrVersion(argc, argv)
                                                ? std::make_unique<QCoreApplication>(argc, argv)
                                                : std::make_unique<QApplication>(argc, argv);

    // the language first: the options' help texts are translated as they are built
    QString lang;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == QLatin1String("--lang") && i + 1 < argc)
            lang = QString::fromLocal8Bit(argv[i + 1]);
        else if (a.startsWith(QLatin1String("--lang=")))
            lang = a.mid(7);
    }
    if (lang.isEmpty())
        lang = QSettings().value(QStringLiteral("language")).toString();
    installTranslators(*app, lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "MeshDesk: data mesh catalog and governance console.\n\n"
        "Commands (none: the GUI):\n"
        "  import PATH...                          import files or folders\n"
        "  list domains|products|contracts|changes\n"
        "  show product|contract ID\n"
        "  search [--] TEXT                        (-- before text that begins with '-')\n"
        "  diff OLD_FILE NEW_FILE                  semantic diff (exit 1: breaking)\n"
        "  review show|approve|reject CHANGE_ID    [--comment TEXT]\n"
        "  role grant|revoke USER ROLE --domain D | role list\n"
        "  identity show|create|export-public|list|import   keys that sign your acts\n"
        "  member list | member add NAME --key PUB | member remove NAME\n"
        "  deprecate|retire PRODUCT_ID [--override REASON]   Remove from Mesh (proposals)\n"
        "  edit contract|product ID --set NAME=VALUE... [--comment TEXT] [--dry-run]\n"
        "                                          propose a curation edit (a new version)\n"
        "  export contract|product ID [--version V] [--out FILE]   the standard document\n"
        "  team create|join|status|sync|admit     one catalog for a team, over Kafka\n"
        "  audit verify | audit list | audit export --out DIR [--change ID]\n"
        "  policy list | policy enable|disable ID\n"
        "  lineage [--product ID] [--upstream N] [--downstream N] [--impact] [--format "
        "json|dot|svg]\n"
        "  sample --bootstrap HOSTS | --profile NAME --topic T [--last N | --from-beginning] "
        "[--contract FILE | --product ID]\n"
        "  infer --bootstrap HOSTS --topic T [--last N] [--format json|avro] [--registry URL]\n"
        "                                          draft an ODCS contract from the topic's "
        "messages\n"
        "  demo-broker [--seed]                    a Kafka-protocol broker on 127.0.0.1 until "
        "stopped\n\n"
        "Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage, 3 database error, "
        "4 output not written."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    // `export ... --version V` names the version to export; elsewhere --version prints ours
    const bool exporting = command == QLatin1String("export");
    const QCommandLineOption versionOption =
        exporting ? QCommandLineOption(QStringLiteral("version"),
                                       QCoreApplication::translate(
                                           "main", "export: the version to export (a version "
                                                   "number, or #ID as show lists them; default: "
                                                   "the current one)."),
                                       QStringLiteral("V"))
                  : parser.addVersionOption();
    if (exporting)
        parser.addOption(versionOption);
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate(
            "main", "Catalog database file (default: $MESHDESK_DB or the app data folder)."),
        QStringLiteral("FILE"));
    const QCommandLineOption asOption(
        QStringLiteral("as"),
        QCoreApplication::translate("main", "Act as this identity: its private key must be on "
                                            "this machine (default: the identity chosen in "
                                            "Settings, or the only one)."),
        QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QCoreApplication::translate("main", "Print JSON (stable, documented in the README)."));
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Log debug messages to stderr."));
    const QCommandLineOption demoTeamOption(
        QStringLiteral("demo-team"),
        QCoreApplication::translate(
            "main", "Workshop: two desks (two windows, two identities) sharing one team catalog "
                    "over the in-process demo broker."));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "Open the demo catalog in a fresh temporary database."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "User interface language (e.g. de, en)."),
        QStringLiteral("LANG"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QCoreApplication::translate(
            "main", "Close the GUI after this many milliseconds (for scripted screenshots)."),
        QStringLiteral("MS"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save a screenshot of the window to FILE before quitting."),
        QStringLiteral("FILE"));
    const QCommandLineOption commentOption(
        QStringLiteral("comment"),
        QCoreApplication::translate("main", "Comment of a review decision (required to reject)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          QCoreApplication::translate("main", "Domain of a role."),
                                          QStringLiteral("D"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate("main", "Start of a period (ISO date)."),
        QStringLiteral("DATE"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QCoreApplication::translate("main", "End of a period (ISO date, exclusive)."),
        QStringLiteral("DATE"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QCoreApplication::translate("main", "Output folder."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption changeOption(
        QStringLiteral("change"),
        QCoreApplication::translate("main", "A change id (evidence pack of one change)."),
        QStringLiteral("ID"));
    const QCommandLineOption reviewOption(
        QStringLiteral("review"),
        QCoreApplication::translate("main", "GUI: open the review of this change."),
        QStringLiteral("CHANGE_ID"));
    const QCommandLineOption dashboardOption(
        QStringLiteral("dashboard"),
        QCoreApplication::translate("main", "GUI: open the governance dashboard."));
    const QCommandLineOption openOption(
        QStringLiteral("open"),
        QCoreApplication::translate("main", "GUI: open product:ID or contract:ID."),
        QStringLiteral("KIND:ID"));
    const QCommandLineOption tabOption(
        QStringLiteral("tab"),
        QCoreApplication::translate(
            "main",
            "GUI: the tab to show (a page: 0 overview, 1 schema, 2 source, 3 live messages; "
            "with --dashboard: 0 catalog, 1 governance, 2 live data)."),
        QStringLiteral("N"));
    const QCommandLineOption productOption(
        QStringLiteral("product"),
        QCoreApplication::translate("main", "Lineage: the product to focus on."),
        QStringLiteral("ID"));
    const QCommandLineOption upOption(
        QStringLiteral("upstream"),
        QCoreApplication::translate("main", "Lineage: steps upstream (default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption downOption(
        QStringLiteral("downstream"),
        QCoreApplication::translate("main", "Lineage: steps downstream (default 1)."),
        QStringLiteral("N"));
    const QCommandLineOption impactOption(
        QStringLiteral("impact"),
        QCoreApplication::translate(
            "main", "Lineage: list the transitive downstream products and owners."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        QCoreApplication::translate(
            "main", "Lineage output: json, dot or svg; sample: json, avro, text or hex; infer: "
                    "json or avro."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption lineageOption(
        QStringLiteral("lineage"),
        QCoreApplication::translate("main", "GUI: open the lineage view focused on this product."),
        QStringLiteral("ID"));
    parser.addOptions(
        {productOption, upOption, downOption, impactOption, formatOption, lineageOption});
    const QCommandLineOption bootstrapOption(
        QStringLiteral("bootstrap"),
        QCoreApplication::translate("main", "Sample: Kafka bootstrap servers."),
        QStringLiteral("HOSTS"));
    const QCommandLineOption topicOption(QStringLiteral("topic"),
                                         QCoreApplication::translate("main", "Sample: the topic."),
                                         QStringLiteral("T"));
    const QCommandLineOption lastOption(
        QStringLiteral("last"),
        QCoreApplication::translate("main",
                                    "Sample: the last N messages per partition (default 10)."),
        QStringLiteral("N"));
    const QCommandLineOption beginningOption(
        QStringLiteral("from-beginning"),
        QCoreApplication::translate("main", "Sample: from the beginning of each partition."));
    const QCommandLineOption maxOption(
        QStringLiteral("max"),
        QCoreApplication::translate("main", "Sample: the first N messages at most (default 1000)."),
        QStringLiteral("N"));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        QCoreApplication::translate("main", "Sample: give up after S seconds (default 10)."),
        QStringLiteral("S"));
    const QCommandLineOption contractOption(
        QStringLiteral("contract"),
        QCoreApplication::translate(
            "main", "Sample: check messages against this contract file (infer: the writer's "
                    "Avro schema, an .avsc)."),
        QStringLiteral("FILE"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        QCoreApplication::translate("main", "Demo broker: create the demo topics and feed them."));
    parser.addOptions({bootstrapOption, topicOption, lastOption, beginningOption, maxOption,
                       timeoutOption, contractOption, seedOption});
    const QCommandLineOption registryOption(
        QStringLiteral("registry"),
        QCoreApplication::translate("main",
                                    "Sample: Schema Registry URL for the Confluent wire format."),
        QStringLiteral("URL"));
    parser.addOption(registryOption);
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QCoreApplication::translate(
            "main", "Sample: a saved Kafka connection profile (SASL/SSL); its password from "
                    "MESHDESK_KAFKA_PASSWORD or the system keychain."),
        QStringLiteral("NAME"));
    parser.addOption(profileOption);
    const QCommandLineOption offsetOption(
        QStringLiteral("offset"),
        QCoreApplication::translate("main", "Sample: from this offset in each partition."),
        QStringLiteral("N"));
    const QCommandLineOption followOption(
        QStringLiteral("follow"),
        QCoreApplication::translate("main", "Sample: keep printing new messages until stopped."));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("main", "Demo broker: the bootstrap port to listen on."),
        QStringLiteral("P"));
    parser.addOptions({offsetOption, followOption, portOption});
    const QCommandLineOption keyOption(
        QStringLiteral("key"),
        QCoreApplication::translate("main",
                                    "member add: the public key (a .pub file or an OpenSSH line)."),
        QStringLiteral("KEY"));
    const QCommandLineOption storageOption(
        QStringLiteral("storage"),
        QCoreApplication::translate(
            "main", "identity create|import: keep the private key in the system keychain or a "
                    "passphrase-protected file (default: the keychain if there is one)."),
        QStringLiteral("keychain|file"));
    const QCommandLineOption fingerprintOption(
        QStringLiteral("fingerprint"),
        QCoreApplication::translate("main", "team join: the trust root's key fingerprint to pin "
                                            "(compare it with the catalog's creator)."),
        QStringLiteral("SHA256:…"));
    const QCommandLineOption maxMessageOption(
        QStringLiteral("max-message-bytes"),
        QCoreApplication::translate("main",
                                    "team create: the team topic's message limit in bytes "
                                    "(its max.message.bytes; default 1048576)."),
        QStringLiteral("N"));
    const QCommandLineOption overrideOption(
        QStringLiteral("override"),
        QCoreApplication::translate("main", "retire: retire although other products still read "
                                            "it, for this reason (recorded in the proposal)."),
        QStringLiteral("REASON"));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        QCoreApplication::translate("main", "edit: NAME=VALUE to change (repeatable)."),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("main",
                                    "edit: print the proposed document, store nothing."));
    parser.addOptions({keyOption, storageOption, fingerprintOption, maxMessageOption,
                       overrideOption, setOption, dryRunOption});
    parser.addOption(demoTeamOption);
    parser.addOptions({dbOption, asOption, jsonOption, verboseOption, demoOption, langOption,
                       quitOption, shotOption, commentOption, domainOption, fromOption, toOption,
                       outOption, changeOption, reviewOption, dashboardOption, openOption,
                       tabOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main", "Subcommand and its arguments."));
    // parse() rather than process(): process() exits with 1 on an unknown option, and a usage
    // error is 2 here (README). A word with a leading dash is an option unless it follows "--".
    if (!parser.parse(app->arguments())) {
        fprintf(stderr, "%s\n", qPrintable(parser.errorText()));
        const QStringList words = app->arguments().mid(1);
        if (words.contains(QLatin1String("search")) && !words.contains(QLatin1String("--")))
            fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                        "main", "To search for text that begins with '-', put -- before it: "
                                "meshdesk search -- -orders")));
        else
            fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate("main", "See meshdesk --help.")));
        return cli::Usage;
    }
    if (parser.isSet(helpOption))
        parser.showHelp(cli::Ok);
    if (!exporting && parser.isSet(versionOption))
        parser.showVersion();

    const bool verbose = parser.isSet(verboseOption);
    log::setupLogging(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                      verbose);

    // GUI: --as, else the identity chosen in Settings if its key is here, else the only one
    QString user = parser.isSet(asOption)
                       ? parser.value(asOption)
                       : identity::KeyStore().defaultName(
                             QSettings().value(QStringLiteral("identity")).toString());
    QString db = parser.value(dbOption);

    if (cli) {
        cli::Options o;
        o.db = db;
        o.user = parser.value(asOption); // else cli::actingName(): the identity whose key is here
        o.json = parser.isSet(jsonOption);
        o.verbose = verbose;
        o.args = parser.positionalArguments();
        o.comment = parser.value(commentOption);
        o.overrideReason = parser.value(overrideOption);
        o.sets = parser.values(setOption);
        o.dryRun = parser.isSet(dryRunOption);
        if (exporting)
            o.version = parser.value(versionOption);
        o.domain = parser.value(domainOption);
        o.from = parser.value(fromOption);
        o.to = parser.value(toOption);
        o.out = parser.value(outOption);
        o.change = parser.value(changeOption).toLongLong();
        o.product = parser.value(productOption);
        o.upstream = parser.isSet(upOption) ? parser.value(upOption).toInt() : -1;
        o.downstream = parser.isSet(downOption) ? parser.value(downOption).toInt() : -1;
        o.impact = parser.isSet(impactOption);
        o.format = parser.value(formatOption);
        o.bootstrap = parser.value(bootstrapOption);
        o.profile = parser.value(profileOption);
        o.topic = parser.value(topicOption);
        o.last = parser.isSet(lastOption) ? parser.value(lastOption).toInt() : -1;
        o.fromBeginning = parser.isSet(beginningOption);
        o.max = parser.isSet(maxOption) ? parser.value(maxOption).toInt() : 1000;
        o.maxGiven = parser.isSet(maxOption);
        o.timeoutSeconds = parser.isSet(timeoutOption) ? parser.value(timeoutOption).toInt() : 10;
        o.contractFile = parser.value(contractOption);
        o.seed = parser.isSet(seedOption);
        o.registry = parser.value(registryOption);
        o.offset = parser.isSet(offsetOption) ? parser.value(offsetOption).toLongLong() : -1;
        o.follow = parser.isSet(followOption);
        o.port = parser.value(portOption).toInt();
        o.keyFile = parser.value(keyOption);
        o.fingerprint = parser.value(fingerprintOption);
        o.maxMessageBytes = parser.value(maxMessageOption).toLongLong();
        o.storage = parser.value(storageOption);
        return cli::run(o);
    }

    std::unique_ptr<QTemporaryDir> demoDir;
    const bool demoTeam = parser.isSet(demoTeamOption);
    QString demoKeys;
    if (parser.isSet(demoOption) || demoTeam) {
        // The demo never touches the user's own catalog: a temporary database, unless --db names
        // one (then the demo is imported there and kept, and its demo keys beside it, in
        // FILE.keys, so the kept catalog can still be acted on: MESHDESK_KEY_DIR=FILE.keys)
        demoDir = std::make_unique<QTemporaryDir>();
        if (db.isEmpty() || demoTeam) {
            db = demoDir->filePath(QStringLiteral("demo.sqlite"));
        } else if (QFileInfo(db).exists() && QFileInfo(db).size() > 0) {
            // the demo creates a catalog of its own: it is never mixed into an existing one
            fprintf(stderr, "%s\n",
                    qPrintable(QCoreApplication::translate(
                                   "main", "--demo --db %1: that file already exists. The demo "
                                           "makes a new catalog; name a file that does not exist "
                                           "yet, or leave out --db for a temporary one.")
                                   .arg(QDir::toNativeSeparators(db))));
            return cli::Usage;
        } else {
            demoKeys = db + QStringLiteral(".keys");
        }
        if (!parser.isSet(asOption))
            user = identity::osLogin();
        if (!prepareDemo(demoDir->path(), db, user, !demoTeam, demoKeys))
            return cli::DatabaseError;
    }
    // SIGTERM, SIGINT, SIGHUP end the GUI as closing its window does: the demo's temporary
    // folder is removed and the window's geometry saved (a signal used to kill it on the spot)
    quitOnTerminationSignals();
    if (db.isEmpty() && qEnvironmentVariableIsEmpty("MESHDESK_DB"))
        db = QSettings()
                 .value(QStringLiteral("database"))
                 .toString(); // the Settings dialog's choice
    if (db.isEmpty())
        db = CatalogStore::defaultPath();
    SettingsDialog::applyTheme(
        QSettings().value(QStringLiteral("theme"), QStringLiteral("system")).toString());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/meshdesk.svg")));

    // --demo: the demo broker (librdkafka's mock cluster) in-process, fed by the generator
    std::unique_ptr<kafka::MockBroker> demoBroker;
    QList<kafka::Feed> demoFeeds, unlistedFeeds;
    QRandomGenerator demoRng(4711);
    if (demoDir) {
        demoBroker = std::make_unique<kafka::MockBroker>();
        QString error;
        if (demoBroker->start(1, &error)) {
            QList<Contract> contracts;
            QDirIterator it(QStringLiteral(":/demo"));
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.fileName().endsWith(QLatin1String(".odcs.yaml")) &&
                    f.open(QIODevice::ReadOnly)) {
                    const FileImport fi = importBytes(f.fileName(), f.readAll());
                    if (fi.ok())
                        contracts << fi.documents.front().document.contract;
                }
            }
            demoFeeds = kafka::feedsOf(contracts);
            // and topics no product publishes yet (Governance > Kafka connections > Data mesh)
            // (their events are clean: no contract yet to break)
            unlistedFeeds = kafka::unlistedFeeds(QStringLiteral(":/demo/unlisted"));
            for (const kafka::Feed &f : std::as_const(demoFeeds) + unlistedFeeds)
                demoBroker->createTopic(f.topic, 3);
            for (int i = 0; i < 20; ++i) { // some history to sample right away
                kafka::produceRound(*demoBroker, demoFeeds, demoRng, 10);
                kafka::produceRound(*demoBroker, unlistedFeeds, demoRng, 0);
            }
        } else {
            log::app()->warn("demo broker not started: {}", error);
            demoBroker.reset();
        }
    }
    QTimer demoTraffic;
    if (demoBroker) {
        QObject::connect(&demoTraffic, &QTimer::timeout, [&] {
            kafka::produceRound(*demoBroker, demoFeeds, demoRng, 10);
            kafka::produceRound(*demoBroker, unlistedFeeds, demoRng, 0);
        });
        demoTraffic.start(250); // a few events per second per topic
    }
    // and its Admin API: the Create wizard makes topics (the mock cluster has no CreateTopics)
    std::unique_ptr<kafka::MockAdminFront> demoAdmin;
    if (demoBroker) {
        demoAdmin = std::make_unique<kafka::MockAdminFront>(*demoBroker);
        QString error;
        if (!demoAdmin->start(&error)) {
            log::app()->warn("demo broker's admin front not started: {}", error);
            demoAdmin.reset();
        }
    }

    // --demo-team: desk A (the workshop user, governance owner) binds the demo catalog to a
    // team log on the demo broker; desk B (anna.schmidt, the checkout owner) joins it
    const QString deskB = demoDir ? demoDir->filePath(QStringLiteral("desk-b.sqlite")) : QString();
    const QString proposer = QStringLiteral("anna.schmidt");
    if (demoTeam) {
        QString error;
        team::TeamConfig c;
        c.bootstrap = demoBroker ? demoBroker->bootstrap() : QString();
        c.topic = QStringLiteral("meshdesk.demo-team");
        if (!demoBroker || !demoBroker->createTopic(c.topic, 1, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error.isEmpty() ? QStringLiteral("no demo broker") : error));
            return cli::DatabaseError;
        }
        identity::Keyring ring(identity::KeyStore(), nullptr);
        CatalogStore a;
        a.open(db);
        ledger::Ledger la(a, &ring);
        la.load();
        const team::Outcome created = team::create(la, user, c);
        CatalogStore b;
        b.open(deskB);
        ledger::Ledger lb(b, &ring);
        lb.load();
        const team::Outcome joined = created.ok
                                         ? team::join(lb, proposer, c, la.rootFingerprint())
                                         : created;
        if (!joined.ok) {
            fprintf(stderr, "%s\n", qPrintable(joined.error));
            return cli::DatabaseError;
        }
        // the workshop starts with both desks in the team: desk A admits desk B's key (the
        // Team panel shows the admission; further join requests wait for a click on Admit)
        const auto keyB = ring.identity(proposer);
        const bool member = keyB && !la.memberOf(keyB->key.fingerprint()).isEmpty();
        const ledger::ActResult admitted =
            !keyB || member ? ledger::ActResult{member, false, {}, {}, {}}
                            : la.admit(user, proposer, keyB->key.openSshLine(proposer));
        if (!admitted.ok) {
            fprintf(stderr, "%s\n", qPrintable(admitted.error));
            return cli::DatabaseError;
        }
    }
    std::unique_ptr<MainWindow> second;
    if (demoTeam) {
        second = std::make_unique<MainWindow>(deskB, proposer);
        second->setKafkaBootstrap(demoBroker->bootstrap());
        if (demoAdmin)
            second->setKafkaAdminBootstrap(demoAdmin->bootstrap());
        second->setWindowTitle(QCoreApplication::translate("main", "MeshDesk — desk B: %1")
                                   .arg(proposer));
    }
    MainWindow window(db, user);
    if (demoTeam) {
        window.setWindowTitle(QCoreApplication::translate("main", "MeshDesk — desk A: %1").arg(user));
        // side by side on the screen, each with its Team panel where there is room for it (else
        // the status bar's team button opens it)
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        if (screen.width() >= 1800) {
            window.showTeam();
            second->showTeam();
        }
        // (a small screen: as wide as a window needs, overlapping, desk B to the right)
        const int w = std::max(screen.width() / 2 - 10,
                               std::min(screen.width(), window.minimumSizeHint().width()));
        window.setGeometry(screen.x(), screen.y() + 30, w, screen.height() - 60);
        second->setGeometry(screen.x() + screen.width() - w, screen.y() + 30, w,
                            screen.height() - 60);
        second->show();
        second->showHint(QCoreApplication::translate(
                             "main", "Desk B: propose the breaking change with File > Import "
                                     "files… %1; desk A sees it in its Inbox at once.")
                             .arg(demoDir->filePath(QStringLiteral("changes/orders-v2.odcs.yaml"))));
    }
    if (demoBroker)
        window.setKafkaBootstrap(demoBroker->bootstrap());
    if (demoAdmin)
        window.setKafkaAdminBootstrap(demoAdmin->bootstrap());
    if (parser.isSet(shotOption))
        window.resize(1600, 1000); // documentation screenshots have one size
    window.show();
    if (parser.isSet(openOption)) {
        const QString target = parser.value(openOption);
        window.openEntity(target.section(QLatin1Char(':'), 0, 0),
                          target.section(QLatin1Char(':'), 1));
        if (parser.isSet(tabOption))
            window.showTab(parser.value(tabOption).toInt());
    }
    if (parser.isSet(lineageOption))
        window.openLineage(parser.value(lineageOption));
    if (parser.isSet(reviewOption))
        window.openReview(parser.value(reviewOption).toLongLong());
    if (parser.isSet(dashboardOption)) {
        window.openDashboard();
        if (parser.isSet(tabOption))
            window.showDashboardTab(parser.value(tabOption).toInt());
    }
    if (parser.isSet(quitOption)) {
        const QString shot = parser.value(shotOption);
        QTimer::singleShot(parser.value(quitOption).toInt(), &window, [&window, shot] {
            if (!shot.isEmpty())
                window.grab().save(shot);
            window.close();
        });
    }
    return app->exec();
}
