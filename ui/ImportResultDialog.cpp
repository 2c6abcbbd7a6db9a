#include "ImportResultDialog.h"
#include "Palette.h"

#include "catalog/DisplayText.h"
#include "store/ImportJob.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshdesk {

ImportResultDialog::ImportResultDialog(const ImportSummary &s, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Import result"));
    auto *summary =
        new QLabel(tr("%n file(s) read: ", nullptr, int(s.files.size())) +
                   tr("%n added, ", nullptr, s.added) + tr("%n unchanged, ", nullptr, s.unchanged) +
                   tr("%n pending change(s), ", nullptr, s.pending) +
                   (s.queued ? tr("%n sent to the team log, ", nullptr, s.queued) : QString()) +
                   tr("%n file(s) rejected.", nullptr, s.failedFiles) +
                   (s.cancelled ? tr(" Cancelled before the end.") : QString()) +
                   (s.databaseError.isEmpty()
                        ? QString()
                        : QLatin1Char('\n') +
                              tr("Stopped at a database error; %n file(s) not imported:", nullptr,
                                 s.notImported) +
                              QLatin1Char(' ') + s.databaseError));
    summary->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("importResults"));
    m_list->setHeaderLabels({tr("File"), tr("Result"), tr("Details")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setRootIsDecorated(true);
    for (const FileOutcome &f : s.files) {
        auto *item = new QTreeWidgetItem(m_list, {QFileInfo(f.path).fileName()});
        item->setToolTip(0, f.path);
        if (f.notImported) {
            item->setText(1, tr("not imported"));
            item->setForeground(1, palette::bad);
            item->setText(2, tr("the import stopped at a database error"));
        } else if (!f.ok) {
            item->setText(1, tr("rejected"));
            item->setForeground(1, palette::shown(palette::bad));
            QStringList errors;
            for (const Diagnostic &d : f.diagnostics)
                if (d.isError())
                    errors << d.toString();
            if (!f.storeError.isEmpty())
                errors << f.storeError;
            item->setText(2, errors.join(QLatin1Char('\n')));
            item->setToolTip(2, errors.join(QLatin1Char('\n')));
        } else {
            QStringList outcomes;
            for (const StoredDocument &d : f.documents) {
                QString text;
                switch (d.outcome) {
                case StoredDocument::Outcome::Added:
                    text = tr("%1 %2 added").arg(kindDisplayName(d.kind), d.key);
                    break;
                case StoredDocument::Outcome::Unchanged:
                    text = tr("%1 %2 unchanged").arg(kindDisplayName(d.kind), d.key);
                    break;
                case StoredDocument::Outcome::PendingChange:
                    text = tr("%1 %2: pending change #%3")
                               .arg(kindDisplayName(d.kind), d.key)
                               .arg(d.changeId);
                    break;
                }
                auto *child = new QTreeWidgetItem(item, {QString(), QString(), text});
                if (d.changeId) {
                    child->setData(0, Qt::UserRole, d.changeId);
                    child->setForeground(2, palette::shown(palette::warning));
                    child->setToolTip(2, tr("Double-click to review"));
                }
                outcomes << text;
            }
            item->setText(1, f.queued ? tr("sent to the team") : tr("imported"));
            item->setForeground(1, palette::shown(palette::good));
            item->setText(2, f.queued ? tr("Signed and sent to the team log: it is applied, on "
                                           "every desk alike, when it comes back from there.")
                                      : outcomes.join(QStringLiteral("; ")));
        }
        for (const Diagnostic &d : f.diagnostics)
            if (!d.isError())
                new QTreeWidgetItem(item, {QString(), tr("warning"), d.toString()});
    }
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, Qt::UserRole).toLongLong();
        if (id > 0) {
            Q_EMIT reviewRequested(id);
            accept();
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace meshdesk
