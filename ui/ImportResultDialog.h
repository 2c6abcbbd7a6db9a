// After an import: every file with its outcome (added / unchanged / pending change #N) or its
// error with file:line:column; a pending change opens its review.
#pragma once

#include <QDialog>

class QTreeWidget;

namespace meshdesk {

struct ImportSummary;

class ImportResultDialog : public QDialog
{
    Q_OBJECT
public:
    ImportResultDialog(const ImportSummary &summary, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    void reviewRequested(qint64 changeId);

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace meshdesk
