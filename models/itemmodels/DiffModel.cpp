#include "DiffModel.h"

namespace meshdesk {

using namespace governance;

DiffModel::DiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void DiffModel::setDiff(const DiffResult &diff)
{
    beginResetModel();
    m_diff = diff;
    endResetModel();
}

int DiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diff.changes.size());
}

int DiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DiffModel::schemaPathOf(const QString &diffPath)
{
    if (!diffPath.startsWith(QLatin1String("schema.")))
        return {};
    QStringList parts = diffPath.mid(7).split(QLatin1Char('.'));
    QStringList out;
    for (int i = 0; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String("properties") && i + 1 < parts.size()) {
            out << parts[++i];
        } else if (parts[i] == QLatin1String("items")) {
            if (!out.isEmpty())
                out.last() += QStringLiteral("[]");
        } else if (parts[i] == QLatin1String("mapKey")) {
            if (!out.isEmpty())
                out.last() += QStringLiteral("{key}");
        } else if (i == 0) {
            out << parts[i];
        } else {
            break; // an attribute of the field (logicalType, required ...)
        }
    }
    return out.join(QLatin1Char('.'));
}

QString DiffModel::displayPath(const QString &diffPath)
{
    QString p = diffPath;
    if (p.startsWith(QLatin1String("schema.")))
        p = p.mid(7);
    return p.replace(QStringLiteral(".properties."), QStringLiteral("."));
}

QVariant DiffModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Change &c = m_diff.changes.at(size_t(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            switch (c.severity) {
            case Severity::Breaking:
                return tr("breaking");
            case Severity::NonBreaking:
                return tr("non-breaking");
            case Severity::Info:
                return tr("info");
            }
            return {};
        case PathColumn: // compact: "orders.order_total.physicalType"
            return displayPath(c.path);
        case KindColumn:
            switch (c.kind) {
            case Change::Kind::Added:
                return tr("added");
            case Change::Kind::Removed:
                return tr("removed");
            case Change::Kind::Changed:
                return tr("changed");
            }
            return {};
        case OldColumn:
            return c.oldValue.left(200);
        case NewColumn:
            return c.newValue.left(200);
        }
        return {};
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(c.path, c.rule);
    case SeverityRole:
        return int(c.severity);
    case PathRole:
        return c.path;
    case FieldPathRole:
        return schemaPathOf(c.path);
    default:
        return {};
    }
}

QVariant DiffModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case PathColumn:
        return tr("Path");
    case KindColumn:
        return tr("Change");
    case OldColumn:
        return tr("Old");
    case NewColumn:
        return tr("New");
    }
    return {};
}

} // namespace meshdesk
