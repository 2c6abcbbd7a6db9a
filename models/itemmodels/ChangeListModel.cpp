#include "ChangeListModel.h"

#include "catalog/DisplayText.h"

namespace meshdesk {

ChangeListModel::ChangeListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChangeListModel::setChanges(QList<ChangeRecord> changes)
{
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ChangeRecord &a, const ChangeRecord &b) {
                         const bool ap = a.status == QLatin1String("pending"),
                                    bp = b.status == QLatin1String("pending");
                         if (ap != bp)
                             return ap;
                         return a.id > b.id;
                     });
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

int ChangeListModel::pendingCount() const
{
    return int(std::count_if(m_changes.begin(), m_changes.end(), [](const ChangeRecord &c) {
        return c.status == QLatin1String("pending");
    }));
}

QModelIndex ChangeListModel::indexOfChange(qint64 id) const
{
    for (int i = 0; i < m_changes.size(); ++i)
        if (m_changes[i].id == id)
            return index(i, 0);
    return {};
}

int ChangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ChangeRecord &c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return QStringLiteral("#%1").arg(c.id);
        case SubjectColumn:
            return c.subject.isEmpty() ? c.key : c.subject;
        case VersionsColumn:
            return QStringLiteral("%1 \u2192 %2").arg(c.oldVersion, c.newVersion);
        case ProposerColumn:
            return c.proposer;
        case CreatedColumn:
            return localDateTime(c.createdAt);
        case StatusColumn:
            return statusDisplayName(c.status);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2").arg(kindDisplayName(c.kind), c.key);
    case ChangeIdRole:
        return c.id;
    case StatusRole:
        return c.status;
    case KindRole:
        return c.kind;
    case KeyRole:
        return c.key;
    default:
        return {};
    }
}

QVariant ChangeListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("Change");
    case SubjectColumn:
        return tr("Subject");
    case VersionsColumn:
        return tr("Versions");
    case ProposerColumn:
        return tr("Proposer");
    case CreatedColumn:
        return tr("Proposed");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

} // namespace meshdesk
