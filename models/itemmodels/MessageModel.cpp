#include "MessageModel.h"

#include <QDateTime>
#include <QJsonDocument>

namespace meshdesk {

MessageModel::MessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void MessageModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_violating = 0;
    m_sinceMessages = m_sinceViolating = 0;
    endResetModel();
}

void MessageModel::append(const QList<kafka::Message> &batch)
{
    if (batch.isEmpty())
        return;
    // only the newest `capacity` of a huge batch are kept (and decoded)
    const qsizetype skip = std::max<qsizetype>(0, batch.size() - m_capacity);
    QList<Row> rows;
    rows.reserve(batch.size() - skip);
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const kafka::Message &m = batch[i];
        ++m_total;
        ++m_sinceMessages;
        if (i < skip) // not shown, but still checked for the counters
        {
            const kafka::Decoded d = kafka::decodeJson(m.value);
            const bool bad = m_schema && (d.kind != kafka::Decoded::Kind::Json ||
                                          !kafka::checkConformance(d.json, *m_schema).isEmpty());
            m_violating += bad;
            m_sinceViolating += bad;
            continue;
        }
        Row r;
        r.message = m;
        const kafka::Decoded d = kafka::decodeJson(m.value);
        if (d.kind == kafka::Decoded::Kind::Json) {
            r.json = true;
            r.preview =
                QString::fromUtf8(QJsonDocument(d.json.toObject()).toJson(QJsonDocument::Compact))
                    .left(300);
            if (m_schema)
                r.violations = kafka::checkConformance(d.json, *m_schema);
        } else {
            r.preview = d.kind == kafka::Decoded::Kind::Text
                            ? d.text.left(300)
                            : kafka::hexDump(m.value, 24).simplified();
            if (m_schema)
                r.violations.append({QString(), d.error});
        }
        if (!r.violations.isEmpty()) {
            ++m_violating;
            ++m_sinceViolating;
        }
        rows.append(std::move(r));
    }
    const qsizetype overflow = m_rows.size() + rows.size() - m_capacity;
    if (overflow > 0) {
        const int drop = int(std::min<qsizetype>(overflow, m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_rows.remove(0, drop);
            endRemoveRows();
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
    m_rows.append(std::move(rows));
    endInsertRows();
}

QPair<int, int> MessageModel::takeCounts()
{
    const QPair<int, int> c{m_sinceMessages, m_sinceViolating};
    m_sinceMessages = m_sinceViolating = 0;
    return c;
}

int MessageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MessageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(r.message.timestamp, Qt::UTC)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case PartitionColumn:
            return r.message.partition;
        case OffsetColumn:
            return r.message.offset;
        case KeyColumn:
            return QString::fromUtf8(r.message.key).left(60);
        case ValueColumn:
            return r.preview;
        case ViolationsColumn:
            return r.violations.isEmpty() ? QString() : QString::number(r.violations.size());
        }
        return {};
    case ViolationCountRole:
        return int(r.violations.size());
    case SearchTextRole:
        return QString::fromUtf8(r.message.key) + QLatin1Char(' ') + r.preview;
    case DetailsRole: {
        QString text;
        if (r.json)
            text = QString::fromUtf8(
                QJsonDocument::fromJson(r.message.value).toJson(QJsonDocument::Indented));
        else
            text = kafka::hexDump(r.message.value);
        for (const kafka::Violation &v : r.violations)
            text += tr("\nviolation %1: %2").arg(v.path, v.message);
        for (const auto &h : r.message.headers)
            text += tr("\nheader %1: %2").arg(h.first, QString::fromUtf8(h.second));
        return text;
    }
    default:
        return {};
    }
}

QVariant MessageModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PartitionColumn:
        return tr("Partition");
    case OffsetColumn:
        return tr("Offset");
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case ViolationsColumn:
        return tr("Violations");
    }
    return {};
}

} // namespace meshdesk
