#include "CatalogIconProxy.h"
#include "Palette.h"

#include "itemmodels/CatalogTreeModel.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QHash>
#include <QIcon>

namespace meshdesk {

CatalogIconProxy::CatalogIconProxy(QObject *parent) : QIdentityProxyModel(parent) {}

QVariant CatalogIconProxy::data(const QModelIndex &index, int role) const
{
    const QString kind = QIdentityProxyModel::data(index, CatalogTreeModel::KindRole).toString();
    if (role == Qt::DecorationRole && index.column() == CatalogTreeModel::NameColumn) {
        static const QHash<QString, QIcon> icons = {
            {QStringLiteral("domain"), QIcon(QStringLiteral(":/icons/domain.svg"))},
            {QStringLiteral("product"), QIcon(QStringLiteral(":/icons/product.svg"))},
            {QStringLiteral("contract"), QIcon(QStringLiteral(":/icons/contract.svg"))},
            {QStringLiteral("port"), QIcon(QStringLiteral(":/icons/port.svg"))},
            {QStringLiteral("object"), QIcon(QStringLiteral(":/icons/object.svg"))},
        };
        return icons.value(kind);
    }
    if (role == Qt::DisplayRole && index.column() == CatalogTreeModel::NameColumn) {
        const int pending = QIdentityProxyModel::data(index, CatalogTreeModel::PendingRole).toInt();
        const QString name = QIdentityProxyModel::data(index, role).toString();
        if (pending > 0)
            return tr("%1  (%n pending)", nullptr, pending).arg(name);
        return name;
    }
    if (role == Qt::ForegroundRole && index.column() == CatalogTreeModel::StatusColumn) {
        const QString status =
            QIdentityProxyModel::data(index, CatalogTreeModel::StatusRole).toString();
        if (status == QLatin1String("active"))
            return palette::shown(palette::good);
        if (status == QLatin1String("deprecated") || status == QLatin1String("retired"))
            return palette::shown(palette::bad);
        if (!status.isEmpty())
            return palette::shown(palette::warning);
    }
    if (role == Qt::FontRole && kind == QLatin1String("domain")) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == CatalogTreeModel::NameColumn &&
        kind != QLatin1String("domain"))
        // the whole name first: long labels are elided in a narrow tree
        return QIdentityProxyModel::data(index, Qt::DisplayRole).toString() + QLatin1Char('\n') +
               tr("%1 %2").arg(
                   kind == QLatin1String("product") ? tr("Data product") : tr("Contract"),
                   QIdentityProxyModel::data(index, CatalogTreeModel::KeyRole).toString());
    return QIdentityProxyModel::data(index, role);
}

} // namespace meshdesk
