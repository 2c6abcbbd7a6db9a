// The few colours MeshDesk's views give meaning to (Material 800 tones, readable on white), so a
// "violation red" or an "approved green" is the same everywhere.
#pragma once

#include <QColor>

namespace meshdesk::palette {

inline const QColor bad{0xc6, 0x28, 0x28};     // violations, rejections, failures
inline const QColor good{0x2e, 0x7d, 0x32};    // conforming, approved, passed
inline const QColor accent{0x15, 0x65, 0xc0};  // rates, selection, links
inline const QColor warning{0xef, 0x6c, 0x00}; // pending, warnings

} // namespace meshdesk::palette
