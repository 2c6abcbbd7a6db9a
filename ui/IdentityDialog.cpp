#include "IdentityDialog.h"

#include "Palette.h"
#include "identity/KeyStore.h"
#include "ledger/Ledger.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace meshdesk {

namespace {

QTableWidget *table(const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString storageText(const identity::LocalIdentity &id)
{
    switch (id.storage) {
    case identity::Storage::File:
        return IdentityDialog::tr("passphrase-protected file");
    case identity::Storage::Keychain:
        return IdentityDialog::tr("system keychain");
    case identity::Storage::Demo:
        return IdentityDialog::tr("demo key (not protected)");
    case identity::Storage::External:
        return IdentityDialog::tr("key file named by MESHDESK_KEY_FILE");
    }
    return {};
}

// Asks for a new passphrase twice; nullopt when cancelled.
std::optional<QByteArray> newPassphrase(QWidget *parent, const QString &name)
{
    QDialog d(parent);
    d.setWindowTitle(IdentityDialog::tr("Passphrase for %1").arg(name));
    auto *a = new QLineEdit;
    auto *b = new QLineEdit;
    a->setEchoMode(QLineEdit::Password);
    b->setEchoMode(QLineEdit::Password);
    auto *note = new QLabel(IdentityDialog::tr("The private key is stored encrypted with this "
                                               "passphrase (at least 8 characters)."));
    note->setWordWrap(true);
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("color: %1").arg(palette::bad.name()));
    auto *form = new QFormLayout;
    form->addRow(IdentityDialog::tr("Passphrase:"), a);
    form->addRow(IdentityDialog::tr("Again:"), b);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &d, [&] {
        if (a->text().size() < 8)
            error->setText(IdentityDialog::tr("At least 8 characters."));
        else if (a->text() != b->text())
            error->setText(IdentityDialog::tr("The two passphrases differ."));
        else
            d.accept();
    });
    auto *layout = new QVBoxLayout(&d);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return a->text().toUtf8();
}

} // namespace

IdentityDialog::IdentityDialog(identity::Keyring &keyring, identity::Vault *vault,
                               ledger::Ledger *ledger, const QString &actingUser, QWidget *parent)
    : QDialog(parent), m_keyring(keyring), m_vault(vault), m_ledger(ledger), m_user(actingUser)
{
    setWindowTitle(tr("Identities and members"));
    auto *tabs = new QTabWidget;

    // --- identities on this machine
    auto *mine = new QWidget;
    m_identities =
        table({tr("Name"), tr("Key fingerprint"), tr("Private key kept in")}, "identities");
    auto *create = new QPushButton(tr("&New identity…"));
    auto *import = new QPushButton(tr("&Import key…"));
    auto *exportKey = new QPushButton(tr("&Export public key…"));
    auto *use = new QPushButton(tr("&Act as this identity"));
    use->setObjectName(QStringLiteral("useIdentity"));
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {create, import, exportKey, use})
        row->addWidget(b);
    row->addStretch();
    auto *mineLayout = new QVBoxLayout(mine);
    auto *explain = new QLabel(
        tr("Who acts in MeshDesk is proven by a key, not by a typed name: every proposal, "
           "decision and role change is signed with the private key of the acting identity. "
           "The private key never leaves this machine; give others the public key."));
    explain->setWordWrap(true);
    mineLayout->addWidget(explain);
    mineLayout->addWidget(m_identities, 1);
    mineLayout->addLayout(row);
    tabs->addTab(mine, tr("On this machine"));

    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New identity"),
                                                   tr("Name (letters, digits and . _ @ -):"),
                                                   QLineEdit::Normal, identity::osLogin(), &ok)
                                 .trimmed();
        if (!ok || name.isEmpty())
            return;
        // the system keychain when there is one, else a passphrase-protected file
        if (m_vault && createIdentity(name, true, {}))
            return;
        const auto pass = newPassphrase(this, name);
        if (pass)
            createIdentity(name, false, *pass);
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Import a private key (OpenSSH ed25519 or MeshDesk)"));
        if (file.isEmpty())
            return;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            say(f.errorString(), true);
            return;
        }
        const QByteArray text = f.read(64 * 1024);
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("Import key"), tr("Act under the name:"),
                                  QLineEdit::Normal, identity::osLogin(), &ok)
                .trimmed();
        if (!ok || name.isEmpty())
            return;
        QByteArray source;
        if (text.contains("MESHDESK PRIVATE KEY")) {
            source = QInputDialog::getText(this, tr("Import key"), tr("The key file's passphrase:"),
                                           QLineEdit::Password)
                         .toUtf8();
        }
        identity::KeyStore::Result r =
            m_vault ? m_keyring.keyStore().importKey(name, text, source,
                                                     identity::Storage::Keychain, {}, m_vault)
                    : identity::KeyStore::Result{};
        if (!r.identity) {
            const auto pass = newPassphrase(this, name);
            if (!pass)
                return;
            r = m_keyring.keyStore().importKey(name, text, source, identity::Storage::File, *pass,
                                               m_vault);
        }
        if (!r.identity)
            say(r.error, true);
        else
            say(tr("Imported %1 (%2).").arg(name, r.identity->key.fingerprint()), false);
        fillIdentities();
    });
    connect(exportKey, &QPushButton::clicked, this, [this] {
        const auto id = m_keyring.keyStore().find(selectedIdentity());
        if (!id)
            return;
        const QString line = id->key.openSshLine(id->name);
        QApplication::clipboard()->setText(line);
        const QString file = QFileDialog::getSaveFileName(this, tr("Save the public key"),
                                                          id->name + QStringLiteral(".pub"));
        if (!file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::WriteOnly) || f.write(line.toUtf8() + '\n') < 0) {
                say(f.errorString(), true);
                return;
            }
        }
        say(tr("The public key of %1 is on the clipboard%2. Give it to an admin of the catalog.")
                .arg(id->name, file.isEmpty() ? QString() : tr(" and in %1").arg(file)),
            false);
    });
    connect(use, &QPushButton::clicked, this, [this] {
        const QString name = selectedIdentity();
        if (name.isEmpty())
            return;
        const auto u = m_keyring.unlock(name);
        if (!u.key) {
            if (!u.cancelled)
                say(u.error, true);
            return;
        }
        m_user = name;
        say(tr("Acting as %1.").arg(name), false);
        Q_EMIT identityChosen(name);
        fillMembers();
    });
    connect(m_identities, &QTableWidget::cellDoubleClicked, use, &QPushButton::click);

    // --- members of the catalog
    auto *members = new QWidget;
    m_root = new QLabel;
    m_root->setObjectName(QStringLiteral("trustRoot"));
    m_root->setWordWrap(true);
    m_root->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_members =
        table({tr("Member"), tr("Key fingerprint"), tr("Roles"), tr("Admitted by")}, "members");
    m_admit = new QPushButton(tr("A&dmit a member…"));
    m_remove = new QPushButton(tr("&Remove member"));
    m_grant = new QPushButton(tr("&Grant a role…"));
    m_revoke = new QPushButton(tr("Re&voke a role…"));
    auto *mrow = new QHBoxLayout;
    for (QPushButton *b : {m_admit, m_remove, m_grant, m_revoke})
        mrow->addWidget(b);
    mrow->addStretch();
    auto *membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_root);
    membersLayout->addWidget(m_members, 1);
    membersLayout->addLayout(mrow);
    tabs->addTab(members, tr("Members of this catalog"));

    connect(m_admit, &QPushButton::clicked, this, [this] {
        QDialog d(this);
        d.setWindowTitle(tr("Admit a member"));
        auto *name = new QLineEdit;
        auto *key = new QPlainTextEdit;
        key->setPlaceholderText(QStringLiteral("ssh-ed25519 AAAA… name"));
        key->setMaximumHeight(90);
        auto *form = new QFormLayout;
        form->addRow(tr("Name:"), name);
        form->addRow(tr("Public key:"), key);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
        auto *l = new QVBoxLayout(&d);
        l->addWidget(new QLabel(tr("Compare the key's fingerprint with its owner (by phone or "
                                   "chat) before you admit it.")));
        l->addLayout(form);
        l->addWidget(buttons);
        d.resize(560, 220);
        if (d.exec() == QDialog::Accepted)
            admit(name->text().trimmed(), key->toPlainText().trimmed());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = selectedMember();
        if (name.isEmpty() || !m_ledger)
            return;
        const ledger::ActResult r = m_ledger->removeMember(m_user, name);
        say(r.ok ? tr("%1 removed; acts signed by the key from now on are refused.").arg(name)
                 : r.error,
            !r.ok);
        if (r.ok)
            Q_EMIT catalogChanged();
        fillMembers();
    });
    auto roleDialog = [this](bool granting) {
        QDialog d(this);
        d.setWindowTitle(granting ? tr("Grant a role") : tr("Revoke a role"));
        auto *user = new QLineEdit(selectedMember());
        auto *role = new QComboBox;
        for (const QString &r : CatalogStore::roleNames())
            role->addItem(r);
        auto *domain = new QLineEdit;
        auto *form = new QFormLayout;
        form->addRow(tr("Member:"), user);
        form->addRow(tr("Role:"), role);
        form->addRow(tr("Domain:"), domain);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, &d, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &d, &QDialog::reject);
        auto *l = new QVBoxLayout(&d);
        l->addLayout(form);
        l->addWidget(buttons);
        if (d.exec() != QDialog::Accepted || !m_ledger)
            return;
        if (granting) {
            grant(user->text().trimmed(), role->currentText(), domain->text().trimmed());
            return;
        }
        const ledger::ActResult r = m_ledger->revoke(m_user, user->text().trimmed(),
                                                     role->currentText(), domain->text().trimmed());
        say(r.ok ? tr("Role revoked.") : r.error, !r.ok);
        if (r.ok)
            Q_EMIT catalogChanged();
        fillMembers();
    };
    connect(m_grant, &QPushButton::clicked, this, [roleDialog] { roleDialog(true); });
    connect(m_revoke, &QPushButton::clicked, this, [roleDialog] { roleDialog(false); });

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("identityMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(860, 480);
    fillIdentities();
    fillMembers();
}

QString IdentityDialog::message() const
{
    return m_message->text();
}

void IdentityDialog::say(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        QStringLiteral("color: %1").arg(error ? palette::bad.name() : palette::good.name()));
}

QString IdentityDialog::selectedIdentity() const
{
    const int row = m_identities->currentRow();
    return row < 0 ? QString() : m_identities->item(row, 0)->data(Qt::UserRole).toString();
}

QString IdentityDialog::selectedMember() const
{
    const int row = m_members->currentRow();
    return row < 0 ? QString() : m_members->item(row, 0)->data(Qt::UserRole).toString();
}

bool IdentityDialog::createIdentity(const QString &name, bool keychain,
                                    const QByteArray &passphrase)
{
    const identity::KeyStore::Result r = m_keyring.keyStore().create(
        name, keychain ? identity::Storage::Keychain : identity::Storage::File, passphrase,
        m_vault);
    if (!r.identity) {
        if (!keychain)
            say(r.error, true);
        return false;
    }
    say(tr("Created %1, key %2 (%3). Export the public key and give it to an admin of the "
           "catalog.")
            .arg(name, r.identity->key.fingerprint(), storageText(*r.identity)),
        false);
    fillIdentities();
    return true;
}

bool IdentityDialog::admit(const QString &name, const QString &publicKeyLine)
{
    if (!m_ledger)
        return false;
    const ledger::ActResult r = m_ledger->admit(m_user, name, publicKeyLine);
    say(r.ok ? (r.queued ? tr("The admission of %1 is queued for the team log.").arg(name)
                         : tr("%1 admitted.").arg(name))
             : r.error,
        !r.ok);
    if (r.ok)
        Q_EMIT catalogChanged();
    fillMembers();
    return r.ok;
}

bool IdentityDialog::grant(const QString &user, const QString &role, const QString &domain)
{
    if (!m_ledger)
        return false;
    const ledger::ActResult r = m_ledger->grant(m_user, user, role, domain);
    say(r.ok ? tr("Role granted.") : r.error, !r.ok);
    if (r.ok)
        Q_EMIT catalogChanged();
    fillMembers();
    return r.ok;
}

void IdentityDialog::fillIdentities()
{
    const QList<identity::LocalIdentity> all = m_keyring.keyStore().list();
    m_identities->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const identity::LocalIdentity &id = all[i];
        auto *name =
            new QTableWidgetItem(id.name == m_user ? tr("%1 (acting)").arg(id.name) : id.name);
        name->setData(Qt::UserRole, id.name);
        m_identities->setItem(i, 0, name);
        m_identities->setItem(i, 1, new QTableWidgetItem(id.key.fingerprint()));
        m_identities->setItem(i, 2, new QTableWidgetItem(storageText(id)));
        if (id.name == m_user)
            m_identities->selectRow(i);
    }
    m_identities->resizeColumnsToContents();
}

void IdentityDialog::fillMembers()
{
    const bool haveCatalog = m_ledger && m_ledger->hasGenesis();
    const bool admin =
        haveCatalog && m_ledger->state().hasRole(m_user, QStringLiteral("admin"), {});
    for (QPushButton *b : {m_admit, m_remove, m_grant, m_revoke}) {
        b->setEnabled(admin);
        b->setToolTip(admin ? QString()
                            : tr("Only an admin of this catalog admits members and grants roles."));
    }
    if (!haveCatalog) {
        m_root->setText(tr("This catalog has no signed acts yet: its first act (an import) makes "
                           "the acting identity its admin and trust root."));
        m_members->setRowCount(0);
        return;
    }
    m_root->setText(
        tr("Catalog trust root: %1 (the key of %2, who created it). Compare it with the "
           "creator's by phone or chat, as you would an SSH host key.%3")
            .arg(m_ledger->rootFingerprint(),
                 m_ledger->memberOf(m_ledger->rootFingerprint()).isEmpty()
                     ? tr("a removed member")
                     : m_ledger->memberOf(m_ledger->rootFingerprint()),
                 admin ? QString() : tr("\nOnly admins admit members and grant roles.")));
    const QList<MemberRecord> members = m_ledger->store().members();
    const QList<RoleGrant> roles = m_ledger->store().roles();
    m_members->setRowCount(int(members.size()));
    for (int i = 0; i < members.size(); ++i) {
        const MemberRecord &m = members[i];
        QStringList r;
        for (const RoleGrant &g : roles)
            if (g.user == m.name)
                r << (g.domain.isEmpty() ? g.role : tr("%1 in %2").arg(g.role, g.domain));
        auto *name = new QTableWidgetItem(m.active ? m.name : tr("%1 (removed)").arg(m.name));
        name->setData(Qt::UserRole, m.name);
        m_members->setItem(i, 0, name);
        m_members->setItem(i, 1, new QTableWidgetItem(m.fingerprint));
        m_members->setItem(i, 2, new QTableWidgetItem(r.join(QStringLiteral(", "))));
        m_members->setItem(i, 3, new QTableWidgetItem(m.admittedBy));
    }
    m_members->resizeColumnsToContents();
}

} // namespace meshdesk
