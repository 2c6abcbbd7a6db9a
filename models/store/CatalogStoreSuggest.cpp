// CatalogStore, search suggestions: when a search finds nothing, the indexed words closest to
// what was typed (a typo: "cusomer" -> "customer"), read from the full-text index's own
// vocabulary (fts5vocab) of names and paths, so it costs nothing while searches find things.
#include "CatalogStore.h"

#include "Sqlite.h"

#include <QRegularExpression>
#include <algorithm>

namespace meshdesk {

using sql::SqliteError;
using sql::Statement;

namespace {

// Levenshtein distance with adjacent transpositions, giving up above `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size()), m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> prev2(size_t(m + 1)), prev(size_t(m + 1)), cur(size_t(m + 1));
    for (int j = 0; j <= m; ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int best = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d =
                std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, prev[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[size_t(j - 2)] + 1);
            cur[size_t(j)] = d;
            best = std::min(best, d);
        }
        if (best > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return prev[size_t(m)];
}

} // namespace

QStringList CatalogStore::suggestSearches(const QString &text, int max)
{
    static const QRegularExpression wordRe(QStringLiteral("[\\p{L}\\p{N}]+"));
    QStringList words;
    for (auto it = wordRe.globalMatch(text.toLower()); it.hasNext();)
        words << it.next().captured(0);
    if (words.isEmpty() || max <= 0 || m_schema < 2)
        return {};
    struct Candidate
    {
        QString term;
        int distance;
        qint64 documents;
    };
    try {
        // the vocabularies of names and paths (not descriptions), per connection
        sql::execScript(m_db, "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_entity_terms USING "
                              "fts5vocab(main, search_entities, col);"
                              "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_field_terms USING "
                              "fts5vocab(main, search_fields, col);");
        QList<QStringList> alternatives; // per word: itself if indexed, else the closest
        for (const QString &w : std::as_const(words)) {
            const int limit = w.size() <= 4 ? 1 : 2; // short words: one slip only
            QList<Candidate> found;
            bool known = false;
            for (const char *sql :
                 {"SELECT term, sum(doc) FROM temp.search_entity_terms WHERE col IN "
                  "('title','path') AND length(term) BETWEEN ?1 AND ?2 GROUP BY term",
                  "SELECT term, sum(doc) FROM temp.search_field_terms WHERE col IN "
                  "('title','path') AND length(term) BETWEEN ?1 AND ?2 GROUP BY term"}) {
                Statement st(m_db, sql);
                st.bind(1, qint64(w.size() - limit)).bind(2, qint64(w.size() + limit));
                while (st.step()) {
                    const QString term = st.text(0);
                    if (term == w) {
                        known = true;
                        continue;
                    }
                    const int d = distance(w, term, limit);
                    if (d <= limit)
                        found.append({term, d, st.integer(1)});
                }
            }
            if (known) {
                alternatives << QStringList{w};
                continue;
            }
            std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
                return a.distance != b.distance ? a.distance < b.distance
                                                : a.documents > b.documents;
            });
            QStringList terms;
            for (const Candidate &c : std::as_const(found))
                if (!terms.contains(c.term) && terms.size() < max)
                    terms << c.term;
            if (terms.isEmpty())
                return {}; // a word nothing resembles: no suggestion would find anything
            alternatives << terms;
        }
        // the best spelling of every word, then the second-best of each word in turn
        QStringList out;
        QStringList best;
        for (const QStringList &a : std::as_const(alternatives))
            best << a.front();
        out << best.join(QLatin1Char(' '));
        for (qsizetype i = 0; i < alternatives.size() && out.size() < max; ++i)
            for (qsizetype k = 1; k < alternatives[i].size() && out.size() < max; ++k) {
                QStringList s = best;
                s[i] = alternatives[i][k];
                out << s.join(QLatin1Char(' '));
            }
        out.removeAll(words.join(QLatin1Char(' ')));
        return out;
    } catch (const SqliteError &e) {
        rethrow(e);
    }
}

} // namespace meshdesk
