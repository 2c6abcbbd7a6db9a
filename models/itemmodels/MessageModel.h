// Sampled Kafka messages, checked against a contract as they arrive: a bounded buffer (oldest
// dropped), violation counts per row, and per-second counters for the rate chart. QtCore only.
#pragma once

#include "catalog/Catalog.h"
#include "kafka/Conformance.h"
#include "kafka/Kafka.h"

#include <QAbstractTableModel>
#include <optional>

namespace meshdesk {

class MessageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        PartitionColumn,
        OffsetColumn,
        KeyColumn,
        ValueColumn,
        ViolationsColumn,
        ColumnCount
    };
    enum Role
    {
        ViolationCountRole = Qt::UserRole + 1,
        DetailsRole,
        SearchTextRole,
        JsonValueRole, // QByteArray: the value as JSON (itself, or decoded from Avro); else empty
        ViolationsRole // QVariantList of QStringList{path, message}
    };

    explicit MessageModel(QObject *parent = nullptr);
    void setSchema(const std::optional<SchemaObject> &schema);
    void setCapacity(int capacity) { m_capacity = std::max(1, capacity); }
    int capacity() const { return m_capacity; }
    void clear();
    void append(const QList<kafka::Message> &batch);

    qint64 totalMessages() const { return m_total; }
    qint64 totalViolating() const { return m_violating; }
    double conformanceRate() const
    {
        return m_total ? 1.0 - double(m_violating) / double(m_total) : 1.0;
    }
    // messages and violating messages counted since the previous call (for the rate chart)
    QPair<int, int> takeCounts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        kafka::Message message;
        QString preview;
        QList<kafka::Violation> violations;
        bool json = false;
    };
    std::shared_ptr<const kafka::ConformanceChecker> m_checker; // null: no contract
    QList<Row> m_rows;
    int m_capacity = 1000;
    qint64 m_total = 0;
    qint64 m_violating = 0;
    int m_sinceMessages = 0;
    int m_sinceViolating = 0;
};

} // namespace meshdesk
