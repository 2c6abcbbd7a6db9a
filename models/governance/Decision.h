// Wording for decisions that people read (translated, no command-line syntax). Who may decide is
// the ledger's rule (ledger::Ledger::whyCannotDecide and the Rules it applies), not this file's.
#pragma once

#include <QString>

namespace meshdesk::governance {

// A reject needs a comment that says why; the message when it is missing (translated).
QString rejectNeedsCommentMessage();

} // namespace meshdesk::governance
