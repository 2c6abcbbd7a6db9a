#include "AuditLogDialog.h"
#include "Palette.h"

#include "catalog/DisplayText.h"
#include "itemmodels/AuditLogModel.h"
#include "ledger/Ledger.h"
#include "store/CatalogStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace meshdesk {

AuditLogDialog::AuditLogDialog(CatalogStore &store, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Audit log"));
    m_model = new AuditLogModel(this);
    m_filter = new AuditLogFilter(this);
    m_filter->setSourceModel(m_model);
    m_verified = new QLabel;
    m_verified->setObjectName(QStringLiteral("auditVerified"));
    m_verified->setWordWrap(true);
    try {
        m_model->setRows(ledger::auditLog(store));
    } catch (const StoreError &e) {
        m_verified->setText(e.message);
    }
    // the check replays every signed act (and parses every document): off the GUI thread, on a
    // connection of its own; the log is readable meanwhile
    if (m_verified->text().isEmpty() && store.isOpen()) {
        m_verified->setText(tr("Verifying the signatures and the log…"));
        auto *watcher = new QFutureWatcher<ledger::VerifyResult>(this);
        connect(watcher, &QFutureWatcher<ledger::VerifyResult>::finished, this, [this, watcher] {
            watcher->deleteLater();
            const ledger::VerifyResult v = watcher->result();
            m_verified->setText(v.intact ? tr("The log is intact: %n signed act(s) verified.",
                                              nullptr, int(v.events))
                                         : tr("The log fails at %1: %2").arg(v.act, v.reason));
            QPalette p = m_verified->palette();
            p.setColor(QPalette::WindowText,
                       palette::shown(v.intact ? palette::good : palette::bad));
            m_verified->setPalette(p);
            Q_EMIT verified(v.intact);
        });
        const QString db = store.path();
        // with the desk's pin of the file's trust root, as the window's own check
        watcher->setFuture(QtConcurrent::run([db] { return ledger::verifyFile(db); }));
    }

    m_actor = new QComboBox;
    m_actor->setObjectName(QStringLiteral("auditActor"));
    m_actor->addItem(tr("Anyone"), QString());
    for (const QString &a : m_model->actors())
        m_actor->addItem(a, a);
    m_action = new QComboBox;
    m_action->setObjectName(QStringLiteral("auditAction"));
    m_action->addItem(tr("Any action"), QString());
    for (const QString &a : m_model->actions())
        m_action->addItem(actionDisplayName(a), a);
    m_useFrom = new QCheckBox(tr("From"));
    m_useTo = new QCheckBox(tr("to"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1));
    m_to = new QDateEdit(QDate::currentDate());
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &AuditLogDialog::applyFilter);
    for (QDateEdit *d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditLogDialog::applyFilter);
    for (QComboBox *c : {m_actor, m_action})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditLogDialog::applyFilter);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("auditCount"));

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::DetailsColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_details = new QPlainTextEdit;
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &i) {
                m_details->setPlainText(i.data(AuditLogModel::DetailsRole).toString());
            });

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Actor:")));
    filters->addWidget(m_actor);
    filters->addWidget(new QLabel(tr("Action:")));
    filters->addWidget(m_action);
    filters->addSpacing(12);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_verified);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(1000, 640);
    applyFilter();
    m_table->scrollToBottom(); // the newest acts
}

void AuditLogDialog::applyFilter()
{
    m_filter->setActor(m_actor->currentData().toString());
    m_filter->setAction(m_action->currentData().toString());
    // whole days in the user's time zone; "to" includes its day
    const QDateTime from = m_useFrom->isChecked() ? m_from->date().startOfDay() : QDateTime();
    const QDateTime to = m_useTo->isChecked() ? m_to->date().addDays(1).startOfDay() : QDateTime();
    m_filter->setPeriod(from, to);
    m_count->setText(tr("%1 of %2 rows")
                         .arg(QLocale().toString(m_filter->rowCount()),
                              QLocale().toString(m_model->rowCount())));
}

void AuditLogDialog::setActor(const QString &actor)
{
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(actor)));
}

void AuditLogDialog::setAction(const QString &action)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
}

void AuditLogDialog::setPeriod(const QDate &from, const QDate &to)
{
    m_useFrom->setChecked(from.isValid());
    if (from.isValid())
        m_from->setDate(from);
    m_useTo->setChecked(to.isValid());
    if (to.isValid())
        m_to->setDate(to);
    applyFilter();
}

int AuditLogDialog::visibleRows() const
{
    return m_filter->rowCount();
}

QString AuditLogDialog::details() const
{
    return m_details->toPlainText();
}

QString AuditLogDialog::verification() const
{
    return m_verified->text();
}

} // namespace meshdesk
