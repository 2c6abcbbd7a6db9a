#include "JsonTreeWidget.h"
#include "Palette.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace meshdesk {

JsonTreeWidget::JsonTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    setHeaderLabels({tr("Field"), tr("Value"), tr("Contract")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
}

void JsonTreeWidget::add(QTreeWidgetItem *parent, const QString &name, const QString &path,
                         const QJsonValue &value)
{
    if (++m_nodes > maxNodes) {
        if (m_nodes == maxNodes + 1)
            new QTreeWidgetItem(
                parent ? parent : invisibleRootItem(),
                {tr("…"), tr("more than %n node(s); see the text view", nullptr, maxNodes)});
        return;
    }
    auto *item = new QTreeWidgetItem(parent ? parent : invisibleRootItem(), {name});
    m_byPath.insert(path, item);
    auto child = [&](const QString &n) { return path.isEmpty() ? n : path + QLatin1Char('.') + n; };
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        item->setText(1, tr("{%n field(s)}", nullptr, int(o.size())));
        for (auto it = o.begin(); it != o.end(); ++it)
            add(item, it.key(), child(it.key()), it.value());
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = value.toArray();
        item->setText(1, tr("[%n item(s)]", nullptr, int(a.size())));
        for (int i = 0; i < a.size(); ++i)
            add(item, QStringLiteral("[%1]").arg(i), QStringLiteral("%1[%2]").arg(path).arg(i),
                a[i]);
        break;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        item->setText(1, QLatin1Char('"') + s.left(500) +
                             (s.size() > 500 ? QStringLiteral("…\"") : QStringLiteral("\"")));
        item->setToolTip(1, tr("%n character(s)", nullptr, int(s.size())));
        break;
    }
    case QJsonValue::Double:
        item->setText(1, QString::number(value.toDouble(), 'g', 17));
        break;
    case QJsonValue::Bool:
        item->setText(1, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        break;
    default:
        item->setText(1, QStringLiteral("null"));
        break;
    }
}

void JsonTreeWidget::setMessage(const QByteArray &json,
                                const QList<QPair<QString, QString>> &violations)
{
    clear();
    m_byPath.clear();
    m_nodes = 0;
    if (json.size() > maxBytes) {
        new QTreeWidgetItem(this, {tr("(value)"), tr("%1 bytes: too large for the tree; see the "
                                                     "text view")
                                                      .arg(json.size())});
    } else {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                add(nullptr, it.key(), it.key(), it.value());
        } else if (doc.isArray()) {
            add(nullptr, tr("(value)"), QString(), doc.array());
        }
    }
    for (const auto &[path, message] : violations) {
        QTreeWidgetItem *item = m_byPath.value(path);
        if (!item) {
            // a missing field: shown under its parent (or at the top), marked
            const qsizetype dot =
                std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
            QTreeWidgetItem *parent = dot > 0 ? m_byPath.value(path.left(dot)) : nullptr;
            const QString name = dot > 0 ? path.mid(path[dot] == QLatin1Char('.') ? dot + 1 : dot)
                                         : (path.isEmpty() ? tr("(message)") : path);
            item =
                new QTreeWidgetItem(parent ? parent : invisibleRootItem(), {name, tr("(missing)")});
            m_byPath.insert(path, item);
        }
        item->setText(2, item->text(2).isEmpty() ? message
                                                 : item->text(2) + QStringLiteral("; ") + message);
        item->setToolTip(2, item->text(2));
        for (int c = 0; c < 3; ++c)
            item->setForeground(c, palette::shown(palette::bad));
    }
    expandToDepth(0);                // (collapses the rest first)
    for (const auto &v : violations) // a violation is never hidden in a collapsed branch
        if (QTreeWidgetItem *item = m_byPath.value(v.first))
            for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
                p->setExpanded(true);
}

} // namespace meshdesk
