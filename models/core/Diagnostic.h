// A message about an input, located at file:line:column (1-based; 0 = unknown). Models report
// problems as values of this type; ui/ and app/ decide how to show them.
#pragma once

#include <QList>
#include <QString>

namespace meshdesk {

struct Diagnostic
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString message;

    // "file:line:col: message" (the GNU form editors and CI understand).
    QString toString() const;
    bool isError() const { return severity == Severity::Error; }
};

using Diagnostics = QList<Diagnostic>;

// Thrown inside importers for the first fatal problem of a document; caught per file.
struct ParseError
{
    int line = 0;
    int column = 0;
    QString message;
};

} // namespace meshdesk
