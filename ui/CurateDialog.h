// Propose an edit: a steward changes a product's or contract's description, usage, limitations,
// tags or owner, or one field's description, classification and PII flag. The dialog shows the
// semantic diff a reviewer will see (computed off the GUI thread as the user types) and submits
// a new version for review; nothing is changed in place.
#pragma once

#include "formats/ModelEdits.h"
#include "store/CatalogStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTimer;

namespace meshdesk {

namespace ledger {
class Ledger;
}
class DiffModel;

class CurateDialog : public QDialog
{
    Q_OBJECT
public:
    // field: the schema object and field names for a field edit, empty for the whole entity
    CurateDialog(ledger::Ledger &ledger, const QString &kind, const QString &key,
                 const QStringList &field, const QString &user, QWidget *parent = nullptr);

    bool isUsable() const { return m_error.isEmpty(); } // false: the entity cannot be edited
    QString error() const { return m_error; }
    qint64 changeId() const { return m_changeId; } // 0 when queued for the team log
    bool queued() const { return m_queued; }
    QString newVersion() const;
    // The edits the form holds now (only what differs from the current version).
    QList<ModelEdit> edits() const;
    DiffModel *previewModel() const { return m_diff; }

    // widgets, for tests
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *ownerEdit() const { return m_owner; }
    QComboBox *classificationBox() const { return m_classification; }
    QCheckBox *piiBox() const { return m_pii; }
    QLineEdit *commentEdit() const { return m_comment; }

Q_SIGNALS:
    void previewReady();

public Q_SLOTS:
    void accept() override;

private:
    void schedulePreview();
    void preview();

    ledger::Ledger &m_ledger;
    QString m_kind;
    QString m_key;
    QStringList m_field;
    QString m_user;
    QString m_error;
    VersionRecord m_version;
    ImportedDocument m_current;
    qint64 m_changeId = 0;
    bool m_queued = false;
    int m_generation = 0;

    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_usage = nullptr;
    QPlainTextEdit *m_limitations = nullptr;
    QLineEdit *m_tags = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_classification = nullptr;
    QCheckBox *m_pii = nullptr;
    QLineEdit *m_newVersion = nullptr;
    QLineEdit *m_comment = nullptr;
    QTableView *m_previewView = nullptr;
    DiffModel *m_diff = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace meshdesk
