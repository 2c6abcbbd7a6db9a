#include "AuditLogModel.h"

#include "catalog/DisplayText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace meshdesk {

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setRows(const QList<AuditRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    m_times.clear();
    m_times.reserve(rows.size());
    for (const AuditRow &r : rows) {
        QDateTime t = QDateTime::fromString(r.at, Qt::ISODateWithMs);
        if (t.timeSpec() == Qt::LocalTime)
            t.setTimeSpec(Qt::UTC);
        m_times << t;
    }
    endResetModel();
}

QStringList AuditLogModel::actors() const
{
    QSet<QString> s;
    for (const AuditRow &r : m_rows)
        s.insert(r.actor);
    QStringList out(s.cbegin(), s.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

QStringList AuditLogModel::actions() const
{
    QSet<QString> s;
    for (const AuditRow &r : m_rows)
        s.insert(r.action);
    QStringList out(s.cbegin(), s.cend());
    out.sort();
    return out;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AuditRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case TimeColumn:
            return localDateTime(r.at);
        case ActorColumn:
            return r.actor;
        case ActionColumn:
            return actionDisplayName(r.action); // ActionRole keeps the stored word
        case SubjectColumn:
            return r.subject;
        case DetailsColumn:
            return r.details.left(300);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TimeColumn ? r.at : QVariant();
    case ActorRole:
        return r.actor;
    case ActionRole:
        return r.action;
    case TimeRole:
        return m_times.at(index.row());
    case DetailsRole: {
        const QJsonDocument d = QJsonDocument::fromJson(r.details.toUtf8());
        return d.isNull() ? r.details : QString::fromUtf8(d.toJson(QJsonDocument::Indented));
    }
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case SubjectColumn:
        return tr("Subject");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}

void AuditLogFilter::setActor(const QString &actor)
{
    m_actor = actor;
    invalidateFilter();
}

void AuditLogFilter::setAction(const QString &action)
{
    m_action = action;
    invalidateFilter();
}

void AuditLogFilter::setPeriod(const QDateTime &from, const QDateTime &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool AuditLogFilter::filterAcceptsRow(int row, const QModelIndex &parent) const
{
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    if (!m_actor.isEmpty() && i.data(AuditLogModel::ActorRole).toString() != m_actor)
        return false;
    if (!m_action.isEmpty() && i.data(AuditLogModel::ActionRole).toString() != m_action)
        return false;
    const QDateTime t = i.data(AuditLogModel::TimeRole).toDateTime();
    if (m_from.isValid() && t < m_from)
        return false;
    if (m_to.isValid() && t >= m_to)
        return false;
    return true;
}

} // namespace meshdesk
