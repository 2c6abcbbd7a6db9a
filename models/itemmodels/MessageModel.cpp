#include "MessageModel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace meshdesk {

MessageModel::MessageModel(QObject *parent) : QAbstractTableModel(parent) {}

void MessageModel::setSchema(const std::optional<SchemaObject> &schema)
{
    m_checker = schema ? std::make_shared<const kafka::ConformanceChecker>(*schema) : nullptr;
}

void MessageModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_violating = 0;
    m_sinceMessages = m_sinceViolating = 0;
    endResetModel();
}

namespace {
QString textPreview(const QByteArray &text) // one line, 300 characters at most
{
    return QString::fromUtf8(text.left(1200)).simplified().left(300);
}
} // namespace

void MessageModel::append(const QList<kafka::Message> &batch)
{
    if (batch.isEmpty())
        return;
    // only the newest `capacity` of a huge batch are kept (and decoded)
    const qsizetype skip = std::max<qsizetype>(0, batch.size() - m_capacity);
    QList<Row> rows;
    rows.reserve(batch.size() - skip);
    // whether the value is JSON; with a contract, one simdjson pass parses and checks (the DOM is
    // built only for the details pane of the selected row). Avro comes decoded from the
    // sampler's thread.
    auto check = [this](const kafka::Message &m, QList<kafka::Violation> *violations) {
        if (!m.decodeError.isEmpty())
            return false;
        return m_checker ? m_checker->checkJson(m.jsonValue(), violations) ==
                               kafka::ConformanceChecker::Json::Valid
                         : kafka::decodeJson(m.jsonValue()).kind == kafka::Decoded::Kind::Json;
    };
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const kafka::Message &m = batch[i];
        ++m_total;
        ++m_sinceMessages;
        if (i < skip) // not shown, but still checked for the counters
        {
            QList<kafka::Violation> violations;
            const bool bad = m_checker && (!check(m, &violations) || !violations.isEmpty());
            m_violating += bad;
            m_sinceViolating += bad;
            continue;
        }
        Row r;
        r.message = m;
        r.json = check(m, &r.violations);
        if (r.json) {
            r.preview = textPreview(m.jsonValue());
        } else if (!m.decodeError.isEmpty()) {
            r.preview = kafka::hexDump(m.value, 24).simplified();
            r.violations.append({QString(), m.decodeError});
        } else {
            const kafka::Decoded d = kafka::decodeJson(m.value);
            r.preview = d.kind == kafka::Decoded::Kind::Binary
                            ? kafka::hexDump(m.value, 24).simplified()
                            : textPreview(m.value);
            if (m_checker) // Qt may accept what simdjson refuses (bad UTF-8 inside a string)
                r.violations.append({QString(), d.error.isEmpty()
                                                    ? QStringLiteral("not valid JSON (UTF-8)")
                                                    : d.error});
        }
        if (!r.violations.isEmpty()) {
            ++m_violating;
            ++m_sinceViolating;
        }
        rows.append(std::move(r));
    }
    // rows stay in time order: a history read comes partition by partition, and partitions'
    // messages interleave. Rows older than the newest shown go where their time puts them (one
    // by one: rare once live); the rest, the usual case, are appended at once. Equal times keep
    // their arrival order.
    const auto earlier = [](const Row &a, const Row &b) {
        return a.message.timestamp < b.message.timestamp;
    };
    std::stable_sort(rows.begin(), rows.end(), earlier);
    qsizetype inOrder = 0; // rows[inOrder..] are not older than the newest row shown
    if (!m_rows.isEmpty()) {
        const qint64 newest = m_rows.last().message.timestamp;
        inOrder =
            std::partition_point(rows.cbegin(), rows.cend(),
                                 [newest](const Row &r) { return r.message.timestamp < newest; }) -
            rows.cbegin();
    }
    for (qsizetype i = 0; i < inOrder;) {
        const int at = int(std::upper_bound(m_rows.cbegin(), m_rows.cend(), rows[i], earlier) -
                           m_rows.cbegin());
        // the run of rows that fall into the same gap goes in at once
        qsizetype end = i + 1;
        while (end < inOrder && earlier(rows[end], m_rows[at]))
            ++end;
        beginInsertRows({}, at, at + int(end - i) - 1);
        for (qsizetype k = i; k < end; ++k)
            m_rows.insert(at + (k - i), std::move(rows[k]));
        endInsertRows();
        i = end;
    }
    rows.remove(0, inOrder);
    const qsizetype overflow = m_rows.size() + rows.size() - m_capacity;
    if (overflow > 0) { // the oldest go
        const int drop = int(std::min<qsizetype>(overflow, m_rows.size()));
        if (drop > 0) {
            beginRemoveRows({}, 0, drop - 1);
            m_rows.remove(0, drop);
            endRemoveRows();
        }
    }
    if (rows.isEmpty())
        return;
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
            // the user's time zone; the full date and time in the tooltip
            return QDateTime::fromMSecsSinceEpoch(r.message.timestamp, Qt::UTC)
                .toLocalTime()
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
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(r.message.timestamp, Qt::UTC).toLocalTime(),
                QLocale::LongFormat);
        return {};
    case ViolationCountRole:
        return int(r.violations.size());
    case JsonValueRole: // the value as JSON: itself, or decoded from Avro
        return r.json ? r.message.jsonValue() : QByteArray();
    case ViolationsRole: {
        QVariantList out;
        for (const kafka::Violation &v : r.violations)
            out << QVariant(QStringList{v.path, v.message});
        return out;
    }
    case SearchTextRole: // key and value (the first 64 KiB of a big one)
        return QString::fromUtf8(r.message.key) + QLatin1Char(' ') +
               (r.json ? QString::fromUtf8(r.message.jsonValue().left(64 * 1024)) : r.preview);
    case DetailsRole: {
        // violations and headers first; the value after, bounded: a 10 MB message shows its
        // first 256 KiB (pretty-printing and laying out all of it would stall the GUI)
        constexpr qsizetype shown = 256 * 1024;
        QString text;
        for (const kafka::Violation &v : r.violations)
            text += tr("violation %1: %2\n")
                        .arg(v.path.isEmpty() ? tr("(message)") : v.path, v.message);
        for (const auto &h : r.message.headers)
            text += tr("header %1: %2\n").arg(h.first, QString::fromUtf8(h.second.left(1024)));
        if (!text.isEmpty())
            text += QLatin1Char('\n');
        const QByteArray &json = r.message.jsonValue();
        if (r.json && json.size() <= shown) {
            text +=
                QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Indented));
        } else if (r.json) {
            text += QString::fromUtf8(json.left(shown));
            text += tr("\n… %1 more bytes (the message has %2 bytes; the first %3 are shown)")
                        .arg(json.size() - shown)
                        .arg(json.size())
                        .arg(shown);
        } else {
            text += kafka::hexDump(r.message.value);
        }
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
