// Names and identifying strings: the one rule for user names (acting users, proposers,
// deciders, role holders; the identities that get signed use it too), the one length limit for
// ids and other identifying strings, and how untrusted text is shown in Markdown, CSV, a
// terminal and messages. Every check and every output path asks here, so the rule is written
// once and documented once (README, "Names and ids").
#pragma once

#include <QString>

namespace meshdesk::names {

// A user name: an ASCII letter or digit, then ASCII letters, digits, '.', '_', '-' or '@'; at
// most 64 characters (e.g. anna.schmidt, j_doe, ci-bot, anna@example.com). The same rule for
// acting users, role holders and signed identities / members (identity::isValidIdentityName
// asks here; the ledger's rules check every signed act with it). No spaces, no control
// characters, no Markdown or CSV syntax, no look-alike letters from other scripts: a name is
// safe in every output and cannot start a spreadsheet formula.
inline constexpr int kMaxUserNameLength = 64;
// The pattern as a regular expression (anchored), as documented.
QString userNamePattern();
bool isValidUserName(const QString &name);
// Empty when valid; otherwise says what is wrong and what is allowed (the name itself is shown
// safely: cut and with control characters made visible).
QString userNameError(const QString &name);

// Ids (contract, product, team ids), versions, domains, owners, names of products, contracts,
// schema objects and fields, and role names: at most this many characters.
inline constexpr int kMaxIdentifierLength = 256;
// Empty when value is within the limit; otherwise "'<what>' is N characters long; ... at most
// 256 (it begins '...')".
QString identifierError(const QString &what, const QString &value);

// A value quoted in a message or log line: the first max characters, then "… (N bytes)" when
// longer, control characters made visible. A 10 MB scalar never becomes a 10 MB message.
inline constexpr int kMaxQuotedValue = 200;
QString quoted(const QString &value, int max = kMaxQuotedValue);
// A whole message: kept when short; cut to 2,000 characters with "… (N bytes)" otherwise (a
// backstop for messages that quote several values).
QString boundedMessage(const QString &message);

// Untrusted text in a Markdown document (a table cell or a list item): one line, Markdown and
// HTML punctuation backslash-escaped, control characters removed, so a value cannot add a
// row, a link, a heading or markup.
QString markdownText(const QString &text);
// Untrusted text in inline code (`...`): backticks and control characters replaced.
QString markdownCode(const QString &text);
// A CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a cell that a
// spreadsheet would run as a formula (starting with =, +, -, @ or tab) gets a leading
// apostrophe (the OWASP recommendation).
QString csvCell(const QString &text);
// Text for a terminal: C0/C1 control characters (except newline and tab), DEL and the Unicode
// bidirectional overrides become visible \uXXXX escapes, so nothing from a catalog can move
// the cursor, recolour the terminal or reorder what is shown. Inside JSON strings the escape
// means the same character, so JSON output stays valid and equal.
QString terminalSafe(const QString &text);
bool isUnsafeForTerminal(char32_t c);

} // namespace meshdesk::names
