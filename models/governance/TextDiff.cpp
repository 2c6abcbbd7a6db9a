#include "TextDiff.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <vector>

namespace meshdesk::governance {

QString prettyValue(const QString &value)
{
    const QString t = value.trimmed();
    if (t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError)
            return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    return value;
}

namespace {

QStringList words(const QString &text)
{
    // each word keeps the spaces after it, so joining the pieces gives the text back
    static const QRegularExpression re(QStringLiteral("\\S+\\s*|\\s+"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    return out;
}

// LCS table over the pieces; marks the pieces not in the common subsequence.
void mark(const QStringList &a, const QStringList &b, QList<bool> &aChanged, QList<bool> &bChanged)
{
    const qsizetype n = a.size(), m = b.size();
    aChanged = QList<bool>(n, true);
    bChanged = QList<bool>(m, true);
    if (n == 0 || m == 0 || n * m > 4'000'000)
        return;
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] =
                a[i].trimmed() == b[j].trimmed()
                    ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                    : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i].trimmed() == b[j].trimmed()) {
            aChanged[i++] = false;
            bChanged[j++] = false;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
}

} // namespace

SideBySide compareValues(const QString &oldValue, const QString &newValue)
{
    SideBySide s;
    const QString a = prettyValue(oldValue), b = prettyValue(newValue);
    s.byLine = a.contains(QLatin1Char('\n')) || b.contains(QLatin1Char('\n'));
    if (s.byLine) {
        s.oldParts = a.isEmpty() ? QStringList() : a.split(QLatin1Char('\n'));
        s.newParts = b.isEmpty() ? QStringList() : b.split(QLatin1Char('\n'));
    } else {
        s.oldParts = words(a);
        s.newParts = words(b);
    }
    mark(s.oldParts, s.newParts, s.oldChanged, s.newChanged);
    return s;
}

} // namespace meshdesk::governance
