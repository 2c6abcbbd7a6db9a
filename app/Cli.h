// The command-line interface: the same binary as the GUI; a subcommand selects the CLI.
// Exit codes: 0 ok, 1 some inputs rejected or not found, 2 usage error, 3 database error,
// 4 an output file (or standard output) could not be written.
#pragma once

#include <QStringList>

namespace meshdesk::cli {

enum ExitCode
{
    Ok = 0,
    Rejected = 1,
    Usage = 2,
    DatabaseError = 3,
    WriteError = 4
};

struct Options
{
    QString db;
    QString user;
    bool json = false;
    bool verbose = false;
    QString comment;
    QString domain;
    QString from;
    QString to;
    QString out;
    qint64 change = 0;
    QString product;
    int upstream = -1;
    int downstream = -1;
    bool impact = false;
    QString format;
    QString bootstrap;
    QString profile; // a saved Kafka connection profile (security; bootstrap unless given)
    QString topic;
    int last = -1;
    bool fromBeginning = false;
    int max = 1000;
    bool maxGiven = false;
    int timeoutSeconds = 10;
    QString contractFile;
    bool seed = false;
    QString registry;
    qint64 offset = -1;
    bool follow = false;
    int port = 0;
    QString keyFile; // member add --key: a public key (file or OpenSSH line)
    QString storage; // identity create --storage keychain|file
    QString fingerprint;       // team join --fingerprint: the trust root to pin
    qint64 maxMessageBytes = 0; // team create: the topic's message limit (0: Kafka's default)
    QString overrideReason;     // retire --override: why a product others read is retired
    QStringList sets;           // edit --set NAME=VALUE (repeatable)
    QString version;            // export --version V: which stored version
    bool dryRun = false;        // edit --dry-run: print the proposed document, store nothing
    QStringList args; // subcommand and its arguments
};

bool isCliCommand(const QString &word);
int run(const Options &options);

} // namespace meshdesk::cli
