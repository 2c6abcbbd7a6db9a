#include "LooksProxies.h"
#include "Palette.h"

#include "itemmodels/ChangeListModel.h"
#include "itemmodels/SchemaModel.h"

#include <QBrush>
#include <QIcon>

namespace meshdesk {

QVariant SchemaLooksProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == SchemaModel::NameColumn) {
        static const QIcon object(QStringLiteral(":/icons/object.svg"));
        static const QIcon field(QStringLiteral(":/icons/field.svg"));
        return index.parent().isValid() ? field : object;
    }
    if (role == Qt::ForegroundRole && index.column() == SchemaModel::ClassificationColumn &&
        index.data(SchemaModel::PiiRole).toBool())
        return QBrush(palette::shown(palette::bad));
    return QSortFilterProxyModel::data(index, role);
}

QVariant ChangeLooksProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == ChangeListModel::IdColumn) {
        static const QIcon pending(QStringLiteral(":/icons/change-pending.svg"));
        static const QIcon approved(QStringLiteral(":/icons/change-approved.svg"));
        static const QIcon rejected(QStringLiteral(":/icons/change-rejected.svg"));
        const QString s = index.data(ChangeListModel::StatusRole).toString();
        return s == QLatin1String("approved")   ? approved
               : s == QLatin1String("rejected") ? rejected
                                                : pending;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace meshdesk
