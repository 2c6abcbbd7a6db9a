#include "Names.h"

#include <QRegularExpression>

namespace meshdesk::names {

QString userNamePattern()
{
    return QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._@-]{0,%1}$").arg(kMaxUserNameLength - 1);
}

bool isValidUserName(const QString &name)
{
    static const QRegularExpression re(userNamePattern());
    return re.match(name).hasMatch();
}

QString userNameError(const QString &name)
{
    if (isValidUserName(name))
        return {};
    if (name.isEmpty())
        return QStringLiteral("the user name is empty");
    return QStringLiteral("'%1' is not a valid user name: use an ASCII letter or digit, then "
                          "letters, digits, '.', '_', '-' or '@', at most %2 characters")
        .arg(quoted(name, 80))
        .arg(kMaxUserNameLength);
}

QString identifierError(const QString &what, const QString &value)
{
    if (value.size() <= kMaxIdentifierLength)
        return {};
    return QStringLiteral("'%1' is %2 characters long; ids, names, versions and domains are "
                          "limited to %3 characters (it begins '%4')")
        .arg(what)
        .arg(value.size())
        .arg(kMaxIdentifierLength)
        .arg(quoted(value, 40));
}

bool isUnsafeForTerminal(char32_t c)
{
    return (c < 0x20 && c != U'\n' && c != U'\t') || (c >= 0x7f && c <= 0x9f) ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e ||
           c == 0x200f || c == 0x061c;
}

namespace {

// Appends text with unsafe characters as \uXXXX (newline and tab too when oneLine).
void appendVisible(QString &out, QStringView text, bool oneLine)
{
    for (const char32_t c : text.toUcs4()) {
        if (isUnsafeForTerminal(c) || (oneLine && (c == U'\n' || c == U'\t')))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
}

bool isControl(QChar c)
{
    return isUnsafeForTerminal(c.unicode()) || c == QLatin1Char('\n') || c == QLatin1Char('\t');
}

} // namespace

QString quoted(const QString &value, int max)
{
    QString out;
    if (value.size() <= max) {
        appendVisible(out, value, true);
        return out;
    }
    qsizetype cut = max;
    if (value[cut - 1].isHighSurrogate())
        --cut; // never split a character
    appendVisible(out, QStringView(value).left(cut), true);
    out += QStringLiteral("\u2026 (%1 bytes)").arg(value.toUtf8().size());
    return out;
}

QString boundedMessage(const QString &message)
{
    constexpr qsizetype kMax = 2000;
    if (message.size() <= kMax)
        return message;
    qsizetype cut = kMax;
    if (message[cut - 1].isHighSurrogate())
        --cut;
    return message.left(cut) + QStringLiteral("\u2026 (%1 bytes)").arg(message.toUtf8().size());
}

QString markdownText(const QString &text)
{
    // CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can
    // start or end markup, links, code, HTML, table cells or headings.
    static const QString special = QStringLiteral("\\`*_{}[]()<>#|!~");
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (isControl(c))
            continue;
        else if (special.contains(c))
            out += QLatin1Char('\\') + c;
        else
            out += c;
    }
    return out;
}

QString markdownCode(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('`'))
            out += QLatin1Char('\'');
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (!isControl(c))
            out += c;
    }
    return out;
}

QString csvCell(const QString &text)
{
    QString s;
    s.reserve(text.size() + 2);
    for (const QChar c : text)
        if (!isUnsafeForTerminal(c.unicode()))
            s += c;
    if (!s.isEmpty() &&
        (s[0] == QLatin1Char('=') || s[0] == QLatin1Char('+') || s[0] == QLatin1Char('-') ||
         s[0] == QLatin1Char('@') || s[0] == QLatin1Char('\t')))
        s.prepend(QLatin1Char('\''));
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    return s;
}

QString terminalSafe(const QString &text)
{
    bool clean = true;
    for (const QChar c : text)
        if (isUnsafeForTerminal(c.unicode())) {
            clean = false;
            break;
        }
    if (clean)
        return text;
    QString out;
    out.reserve(text.size() + 16);
    appendVisible(out, text, false);
    return out;
}

} // namespace meshdesk::names
