// A message value as a collapsible tree: field, value, and the contract's verdict per field.
// Fields that violate the contract are marked (red, with the reason), and required fields that
// are missing appear where they belong, marked "(missing)". Bounded: very large values and very
// many nodes are cut with a note, so a 10 MB message cannot stall the GUI.
#pragma once

#include <QTreeWidget>

namespace meshdesk {

class JsonTreeWidget : public QTreeWidget
{
    Q_OBJECT
public:
    explicit JsonTreeWidget(QWidget *parent = nullptr);
    // violations: {path, message} pairs as the conformance check reports them ("a.b", "l[2].x")
    void setMessage(const QByteArray &json, const QList<QPair<QString, QString>> &violations);
    QTreeWidgetItem *itemForPath(const QString &path) const { return m_byPath.value(path); }

    static constexpr qsizetype maxBytes = 1024 * 1024;
    static constexpr int maxNodes = 5000;

private:
    void add(QTreeWidgetItem *parent, const QString &name, const QString &path,
             const class QJsonValue &value);
    QHash<QString, QTreeWidgetItem *> m_byPath;
    int m_nodes = 0;
};

} // namespace meshdesk
