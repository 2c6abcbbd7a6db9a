// Checks a decoded message against a contract's schema object: required fields present and
// not null, logical types, enum, pattern, length and numeric bounds, nested objects and array
// elements. Pure: value in, violations out.
#pragma once

#include "catalog/Catalog.h"

#include <QJsonValue>

namespace meshdesk::kafka {

struct Violation
{
    QString path;
    QString message;
};

QList<Violation> checkConformance(const QJsonValue &value, const SchemaObject &object);

} // namespace meshdesk::kafka
