// Proxies that turn the QtCore models' meaning into looks: the schema (icons for objects and
// fields, PII in red) and the inbox (an icon per change state).
#pragma once

#include <QIdentityProxyModel>
#include <QSortFilterProxyModel>

namespace meshdesk {

class SchemaLooksProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

class ChangeLooksProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace meshdesk
