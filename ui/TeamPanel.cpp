#include "TeamPanel.h"

#include "Palette.h"
#include "ledger/Ledger.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace meshdesk {

namespace {
QTableWidget *table(const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(true);
    return t;
}
} // namespace

TeamPanel::TeamPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("teamPanel"));
    m_binding = new QLabel;
    m_binding->setWordWrap(true);
    m_binding->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("teamState"));
    m_state->setWordWrap(true);
    m_create = new QPushButton(tr("Create a team log…"));
    m_join = new QPushButton(tr("Join a team log…"));
    m_admit = new QPushButton(tr("Admit"));
    m_admit->setObjectName(QStringLiteral("admitRequest"));
    connect(m_create, &QPushButton::clicked, this, &TeamPanel::createRequested);
    connect(m_join, &QPushButton::clicked, this, &TeamPanel::joinRequested);
    m_members = table({tr("Member"), tr("Key fingerprint"), tr("Roles per domain")}, "teamMembers");
    m_requests = table({tr("Asks to join"), tr("Key fingerprint")}, "teamRequests");
    m_requests->setMaximumHeight(110);
    m_setAside = table({tr("Offset"), tr("Act"), tr("Why it was set aside")}, "teamSetAside");
    connect(m_admit, &QPushButton::clicked, this, [this] {
        const int row = m_requests->currentRow();
        if (row >= 0 && row < m_pending.size())
            Q_EMIT admitRequested(m_pending[row].name, m_pending[row].publicKey);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_join);
    buttons->addStretch();
    auto *requestRow = new QHBoxLayout;
    requestRow->addWidget(m_requests, 1);
    requestRow->addWidget(m_admit, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_binding);
    layout->addWidget(m_state);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Members</b>")));
    layout->addWidget(m_members, 2);
    layout->addWidget(new QLabel(tr("<b>Join requests</b> (compare the fingerprint with the person "
                                    "before you admit them)")));
    layout->addLayout(requestRow);
    layout->addWidget(new QLabel(tr("<b>Set aside</b> (events this desk did not apply)")));
    layout->addWidget(m_setAside, 1);
}

QString TeamPanel::stateText() const
{
    return m_state->text();
}

void TeamPanel::setSyncState(bool connected, const QString &detail)
{
    m_connected = connected;
    m_detail = detail;
    m_state->setText(connected
                         ? tr("Connected: read up to offset %1; %n act(s) of this desk queued.",
                              nullptr, m_queued)
                               .arg(m_offset)
                         : tr("Offline (%1): %n act(s) of this desk queued, published on "
                              "reconnect; read up to offset %2.",
                              nullptr, m_queued)
                               .arg(detail.isEmpty() ? tr("connecting") : detail)
                               .arg(m_offset));
    m_state->setStyleSheet(
        QStringLiteral("color: %1").arg((connected ? palette::good : palette::warning).name()));
}

void TeamPanel::setProgress(const team::SyncReport &report, int queued)
{
    m_offset = report.offset;
    m_queued = queued;
    setSyncState(m_connected || report.applied > 0, m_detail);
}

void TeamPanel::refresh(ledger::Ledger *ledger, const QString &actingUser)
{
    if (!ledger || !ledger->store().isOpen())
        return;
    CatalogStore &store = ledger->store();
    const team::Binding b = team::binding(store);
    m_create->setVisible(!b.bound());
    m_join->setVisible(!b.bound());
    if (!b.bound()) {
        m_binding->setText(tr("This catalog is kept on this desk only. Create a team log on a "
                              "Kafka topic to share it, or join one."));
        m_state->clear();
    } else {
        m_binding->setText(tr("Team log <b>%1</b> on %2%3 · trust root %4 · catalog digest %5")
                               .arg(b.topic.toHtmlEscaped(), b.bootstrap.toHtmlEscaped(),
                                    b.profile.isEmpty()
                                        ? QString()
                                        : tr(" (profile %1)").arg(b.profile.toHtmlEscaped()),
                                    ledger->rootFingerprint(), ledger->digest().left(16)));
        m_offset = b.offset;
        m_queued = int(store.outgoing().size());
        setSyncState(m_connected, m_detail);
    }
    const QList<MemberRecord> members = store.members();
    const QList<RoleGrant> roles = store.roles();
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        QStringList rs;
        for (const RoleGrant &g : roles)
            if (g.user == members[i].name)
                rs << (g.domain.isEmpty() ? g.role : tr("%1 in %2").arg(g.role, g.domain));
        QString name = members[i].name;
        if (!members[i].active)
            name = tr("%1 (removed)").arg(name);
        else if (name == actingUser)
            name = tr("%1 (you)").arg(name);
        m_members->setItem(i, 0, new QTableWidgetItem(name));
        m_members->setItem(i, 1, new QTableWidgetItem(members[i].fingerprint));
        m_members->setItem(i, 2, new QTableWidgetItem(rs.join(QStringLiteral(", "))));
    }
    m_members->resizeColumnsToContents();
    m_pending = team::joinRequests(*ledger);
    m_requests->setRowCount(int(m_pending.size()));
    for (int i = 0; i < m_pending.size(); ++i) {
        m_requests->setItem(i, 0, new QTableWidgetItem(m_pending[i].name));
        m_requests->setItem(i, 1, new QTableWidgetItem(m_pending[i].fingerprint));
    }
    const bool admin = ledger->state().hasRole(actingUser, QStringLiteral("admin"), {});
    m_admit->setEnabled(admin && !m_pending.isEmpty());
    m_admit->setToolTip(admin ? QString() : tr("Only an admin admits members."));
    // a join request is listed above while it waits, and is a member once admitted: neither is
    // news here (a join by a key that became another member, or a forged one, still is)
    QList<SetAsideRecord> aside;
    for (const SetAsideRecord &r : store.setAside()) {
        QString error;
        const auto e = ledger::Event::parse(r.body, r.signature, &error);
        const bool waiting =
            std::any_of(m_pending.cbegin(), m_pending.cend(),
                        [&](const team::JoinRequest &j) { return j.offset == r.offset; });
        if (e && e->type == QLatin1String("join") &&
            (waiting || ledger->memberOf(e->keyFingerprint) == e->actor))
            continue;
        aside << r;
    }
    m_setAside->setRowCount(int(aside.size()));
    for (int i = 0; i < aside.size(); ++i) {
        QString error;
        const auto e = ledger::Event::parse(aside[i].body, aside[i].signature, &error);
        m_setAside->setItem(i, 0, new QTableWidgetItem(QString::number(aside[i].offset)));
        m_setAside->setItem(
            i, 1,
            new QTableWidgetItem(e ? tr("%1 by %2").arg(e->type, e->actor) : tr("(unreadable)")));
        m_setAside->setItem(i, 2, new QTableWidgetItem(aside[i].reason));
    }
    m_setAside->resizeColumnToContents(0);
    m_setAside->resizeColumnToContents(1);
    m_setAside->resizeRowsToContents();
}

} // namespace meshdesk
