// Maps the catalog tree's meaning (KindRole, StatusRole, PendingRole) to looks: an icon per
// kind and a marker for pending changes. Models stay QtCore-only; looks live in ui/.
#pragma once

#include <QIdentityProxyModel>

namespace meshdesk {

class CatalogIconProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit CatalogIconProxy(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace meshdesk
