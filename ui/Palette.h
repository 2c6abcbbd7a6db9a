// The few colours MeshDesk's views give meaning to (Material 800 tones, readable on white), so a
// "violation red" or an "approved green" is the same everywhere. On a dark palette, shown() and
// tint() give the tones that stay readable there: use them wherever a colour is painted.
#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace meshdesk::palette {

inline const QColor bad{0xc6, 0x28, 0x28};     // violations, rejections, failures
inline const QColor good{0x2e, 0x7d, 0x32};    // conforming, approved, passed
inline const QColor accent{0x15, 0x65, 0xc0};  // rates, selection, links
inline const QColor warning{0xef, 0x6c, 0x00}; // pending, warnings
inline const QColor special{0x6a, 0x1b, 0x9a}; // a fourth series (classification, findings)
inline const QColor muted{0x75, 0x75, 0x75};   // secondary text, "info"

// Whether the application's palette is dark (the dark theme, or a dark system theme).
inline bool isDark()
{
    return QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
}

// A meaning colour as text or line on the current palette: the colour itself on light
// backgrounds, its Material 300 tone on dark ones (the 800 tones are too dim there).
inline QColor shown(const QColor &c)
{
    if (!isDark())
        return c;
    if (c == bad)
        return {0xe5, 0x73, 0x73};
    if (c == good)
        return {0x81, 0xc7, 0x84};
    if (c == accent)
        return {0x64, 0xb5, 0xf6};
    if (c == warning)
        return {0xff, 0xb7, 0x4d};
    if (c == special)
        return {0xba, 0x68, 0xc8};
    if (c == muted)
        return {0xa8, 0xa8, 0xa8};
    return QColor::fromHsl(c.hslHue(), c.hslSaturation(), std::max(c.lightness(), 170));
}

// A background tint carrying the meaning (a violating row, a removed line) under normal text:
// pale on a light palette, deep on a dark one, so the palette's text colour stays readable.
inline QColor tint(const QColor &c)
{
    const QColor base = QGuiApplication::palette().color(QPalette::Base);
    const double a = isDark() ? 0.35 : 0.14;
    return QColor::fromRgbF(float(a * c.redF() + (1 - a) * base.redF()),
                            float(a * c.greenF() + (1 - a) * base.greenF()),
                            float(a * c.blueF() + (1 - a) * base.blueF()));
}

// Lines and borders between cells: between the text and the base colour of the palette.
inline QColor line()
{
    const QPalette p = QGuiApplication::palette();
    const QColor a = p.color(QPalette::Text), b = p.color(QPalette::Base);
    return QColor::fromRgbF(float(0.3 * a.redF() + 0.7 * b.redF()),
                            float(0.3 * a.greenF() + 0.7 * b.greenF()),
                            float(0.3 * a.blueF() + 0.7 * b.blueF()));
}

// rgb(...) for style sheets and HTML
inline QString css(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

} // namespace meshdesk::palette
