#include "Decision.h"

#include <QCoreApplication>

namespace meshdesk::governance {

QString rejectNeedsCommentMessage()
{
    return QCoreApplication::translate("meshdesk::governance",
                                       "Rejecting a change needs a comment that says why.");
}

} // namespace meshdesk::governance
