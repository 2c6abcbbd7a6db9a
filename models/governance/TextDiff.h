// Which parts of two texts differ, for showing an old and a new value side by side: a
// longest-common-subsequence diff over lines (or over words, for one-line values). Values that
// are JSON objects or arrays are pretty-printed first, so a changed key shows on its own line.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace meshdesk::governance {

struct SideBySide
{
    // the pieces of each side in order (lines of a multi-line text, else words with the
    // spaces that follow them) and whether each is absent from the other side
    QStringList oldParts, newParts;
    QList<bool> oldChanged, newChanged;
    bool byLine = true; // pieces are lines (joined by newlines), else words (joined as they are)
};

// A diff value as people read it: pretty JSON for objects and arrays, else the text itself.
QString prettyValue(const QString &value);

// Marks what differs between two values (pretty-printed first). Very long texts (more than
// 4,000,000 piece pairs) are not compared: every piece counts as changed.
SideBySide compareValues(const QString &oldValue, const QString &newValue);

} // namespace meshdesk::governance
