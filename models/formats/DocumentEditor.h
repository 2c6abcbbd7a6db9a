// Edits a stored YAML or JSON document in place and keeps everything it does not touch byte for
// byte: key order, comments, blank lines, quoting, indentation, anchors and fields MeshDesk does
// not model. libfyaml 0.7's emitter cannot do that, even with FYPCF_PARSE_COMMENTS and
// FYECF_MODE_ORIGINAL | FYECF_OUTPUT_COMMENTS (measured on tests/data: 20 of 24 fixtures come
// back changed: long lines re-flowed, blank lines dropped, sequences re-indented, comments
// moved, and a duplicate key refused), so an edit is spliced into the text at the byte spans
// libfyaml's parser reports. The result is parsed again and must equal the old document's tree
// with exactly the edits applied; otherwise the edit is refused and nothing is returned.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshdesk {

// A place in a document: mapping keys and list selectors, e.g.
// schema[name=orders].properties[name=order_id].description, fields[2].doc, models."a.b".fields
struct DocPath
{
    struct Segment
    {
        enum class Kind
        {
            Key,   // a mapping key
            Index, // the n-th list item (0-based)
            Match  // the list item that is a mapping whose matchKey is matchValue
        };
        Kind kind = Kind::Key;
        QString key; // Key: the key; Match: the item's key compared
        int index = 0;
        QString value; // Match: the value compared
        bool operator==(const Segment &o) const = default;
    };
    QList<Segment> segments;

    DocPath &key(const QString &k);
    DocPath &index(int i);
    DocPath &match(const QString &k, const QString &v);
    DocPath child(const QString &k) const; // a copy with one more key
    bool isEmpty() const { return segments.isEmpty(); }
    QString toString() const;
    // Parses the text form above; false with *error naming the position when it is malformed.
    static bool parse(const QString &text, DocPath &out, QString *error);
    bool operator==(const DocPath &o) const = default;
};

struct DocumentEdit
{
    enum class Op
    {
        Set,    // replace the value at path, or add it (creating missing mappings on the way)
        Remove, // remove the key or list item at path (nothing to do when it is absent)
        Append  // add an item to the list at path (the list is created when absent)
    };
    Op op = Op::Set;
    DocPath path;
    QJsonValue value;
    // Set of a key the mapping does not have yet: placed after the first of these keys the
    // mapping has (else after its last key), so a new description lands beside the name.
    QStringList after;

    static DocumentEdit set(const DocPath &path, const QJsonValue &value,
                            const QStringList &after = {});
    static DocumentEdit remove(const DocPath &path);
    static DocumentEdit append(const DocPath &path, const QJsonValue &value);
};

struct DocumentEditResult
{
    bool ok = false;
    QString error; // why nothing was changed
    QByteArray text;
};

// Applies the edits in order to one YAML or JSON document (a stored version's source).
DocumentEditResult applyDocumentEdits(const QByteArray &source, const QList<DocumentEdit> &edits);

// The same edits on a JSON tree: what applyDocumentEdits' result must parse to (used to check
// it, and by tests). False with *error when a path does not exist where it must.
bool applyEditsToJson(QJsonValue &root, const QList<DocumentEdit> &edits, QString *error);

// The value at a path of a JSON tree (undefined when absent).
QJsonValue jsonAt(const QJsonValue &root, const DocPath &path);

// Text as a one-line YAML scalar that every YAML reader reads back as this string: plain when
// that is safe, else quoted ('...' or, for control characters, "...").
QString yamlScalar(const QString &text);
// A mapping key: plain when safe, else double-quoted.
QString yamlKey(const QString &key);

} // namespace meshdesk
