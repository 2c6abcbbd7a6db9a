#include "StartPage.h"
#include "Palette.h"

#include "catalog/DisplayText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace meshdesk {

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("startTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::RichText);
    m_body = new QTextBrowser;
    m_body->setObjectName(QStringLiteral("startBody"));
    m_body->setOpenLinks(false);
    m_body->setFrameShape(QFrame::NoFrame);
    connect(m_body, &QTextBrowser::anchorClicked, this,
            [this](const QUrl &url) { Q_EMIT linkActivated(url.toString()); });
    auto shortcut = [](const char *keys) {
        return QKeySequence(QString::fromLatin1(keys)).toString(QKeySequence::NativeText);
    };
    // (the shortcuts in tooltips: in the labels the row outgrew a small screen in German)
    m_importFiles = new QPushButton(tr("Import files…"));
    m_importFiles->setToolTip(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
    m_importFiles->setObjectName(QStringLiteral("startImportFiles"));
    m_importFolder = new QPushButton(tr("Import a folder…"));
    m_importFolder->setToolTip(shortcut("Ctrl+Shift+O"));
    m_importFolder->setObjectName(QStringLiteral("startImportFolder"));
    m_demo = new QPushButton(tr("Open the demo catalog"));
    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setToolTip(tr("A new window with the demo catalog in a temporary database and a demo "
                          "Kafka broker; this catalog is not touched."));
    m_dashboards = new QPushButton(tr("Dashboards"));
    m_dashboards->setToolTip(shortcut("Ctrl+Shift+D"));
    m_dashboards->setObjectName(QStringLiteral("startDashboards"));
    m_lineage = new QPushButton(tr("Lineage of the whole mesh"));
    m_lineage->setObjectName(QStringLiteral("startLineage"));
    connect(m_importFiles, &QPushButton::clicked, this, &StartPage::importFilesRequested);
    connect(m_importFolder, &QPushButton::clicked, this, &StartPage::importFolderRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_dashboards, &QPushButton::clicked, this, &StartPage::dashboardsRequested);
    connect(m_lineage, &QPushButton::clicked, this, &StartPage::lineageRequested);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_importFiles, m_importFolder, m_demo, m_dashboards, m_lineage})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addLayout(buttons);
    layout->addWidget(m_body, 1);
    render();
}

void StartPage::setCatalog(const QString &path, const Figures &figures,
                           const QList<ChangeRecord> &pendingChanges,
                           const QList<RecentItem> &recent)
{
    m_path = path;
    m_error.clear();
    m_figures = figures;
    m_pending = pendingChanges;
    m_recent = recent;
    m_empty = figures.products == 0 && figures.contracts == 0;
    render();
}

void StartPage::setError(const QString &error)
{
    m_error = error;
    m_empty = true;
    render();
}

QString StartPage::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void StartPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(); // its colours follow the palette
}

void StartPage::render()
{
    m_title->setText(
        tr("<h2>MeshDesk</h2><p>Catalog: <code>%1</code></p>").arg(m_path.toHtmlEscaped()));
    const bool open = m_error.isEmpty();
    // an empty catalog: importing or the demo are what there is to do
    m_demo->setVisible(m_empty);
    m_dashboards->setVisible(!m_empty);
    m_lineage->setVisible(!m_empty);
    m_importFiles->setEnabled(open);
    m_importFolder->setEnabled(open);
    const QString muted = palette::css(palette::shown(palette::muted));
    QString h;
    if (!open) {
        h += QStringLiteral("<p style='color:%1'>%2</p>")
                 .arg(palette::css(palette::shown(palette::bad)),
                      tr("The catalog could not be opened: %1").arg(m_error.toHtmlEscaped()));
        m_body->setHtml(h);
        return;
    }
    if (m_empty) {
        h += tr("<h3>This catalog is empty</h3>"
                "<p>Import data contracts and data products (ODCS, Data Contract Specification, "
                "ODPS, Data Product Specification, Avro schemas): one file at a time, a whole "
                "folder, or drop files on the window.</p>"
                "<p>Or look around the demo catalog first: twelve data products in five domains, "
                "a pending change to review, live Kafka topics.</p>");
        m_body->setHtml(h);
        return;
    }
    h += tr("<h3>In this catalog</h3>");
    h += QStringLiteral("<table cellpadding='4'><tr>");
    auto figure = [](int n, const QString &what) {
        return QStringLiteral("<td align='center'><span style='font-size:x-large'><b>%1</b></span>"
                              "<br>%2</td>")
            .arg(QLocale().toString(n), what);
    };
    h += figure(m_figures.domains, tr("Domains"));
    h += figure(m_figures.products, tr("Data products"));
    h += figure(m_figures.contracts, tr("Contracts"));
    h += figure(m_figures.pending, tr("Pending changes"));
    h += QStringLiteral("</tr></table>");
    h += tr("<h3>Waiting for review</h3>");
    if (m_pending.isEmpty())
        h += QStringLiteral("<p style='color:%1'>%2</p>").arg(muted, tr("No pending changes."));
    else
        h += QStringLiteral("<ul>");
    for (const ChangeRecord &c : std::as_const(m_pending))
        h += QStringLiteral("<li><a href='review:%1'>%2</a> <span style='color:%5'>%3, %4</span>"
                            "</li>")
                 .arg(c.id)
                 .arg(tr("Change #%1: %2 %3")
                          .arg(c.id)
                          .arg(kindDisplayName(c.kind),
                               (c.subject.isEmpty() ? c.key : c.subject).toHtmlEscaped()),
                      tr("proposed by %1").arg(c.proposer.toHtmlEscaped()),
                      localDateTime(c.createdAt), muted);
    if (!m_pending.isEmpty())
        h += QStringLiteral("</ul>");
    h += tr("<h3>Recently opened</h3>");
    if (m_recent.isEmpty())
        h += QStringLiteral("<p style='color:%1'>%2</p>")
                 .arg(muted, tr("Nothing yet: open a product or a contract from the tree or the "
                                "search."));
    else
        h += QStringLiteral("<ul>");
    for (const RecentItem &r : std::as_const(m_recent))
        h += QStringLiteral("<li><a href='%1:%2'>%3</a> <span style='color:%5'>%4</span></li>")
                 .arg(r.kind, r.key.toHtmlEscaped(),
                      (r.name.isEmpty() ? r.key : r.name).toHtmlEscaped(), kindDisplayName(r.kind),
                      muted);
    if (!m_recent.isEmpty())
        h += QStringLiteral("</ul>");
    m_body->setHtml(h);
}

} // namespace meshdesk
