"""Colours and metrics shared by the painted views, derived from the palette (light or dark)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

ACCENT = QColor("#2f6fde")
ACCENT_TEXT = QColor("#ffffff")
DANGER = QColor("#d93025")
ONLINE = QColor("#1e8e3e")
WARNING = QColor("#e37400")


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """Mix ``amount`` (0..1) of ``b`` into ``a``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass(frozen=True)
class Colors:
    """The colours the delegates paint with, for one palette."""

    base: QColor
    text: QColor
    muted: QColor
    selection: QColor
    hover: QColor
    bubble_in: QColor
    bubble_in_text: QColor
    bubble_out: QColor
    bubble_out_text: QColor
    bubble_out_muted: QColor
    separator: QColor
    badge: QColor
    badge_text: QColor
    danger: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colors:
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = base.lightnessF() < 0.5
        accent = QColor("#3b7be8") if dark else ACCENT
        return cls(
            base=base,
            text=text,
            muted=blend(text, base, 0.45),
            selection=blend(base, accent, 0.16 if not dark else 0.35),
            hover=blend(base, text, 0.05),
            bubble_in=blend(base, text, 0.07 if not dark else 0.14),
            bubble_in_text=text,
            bubble_out=accent,
            bubble_out_text=ACCENT_TEXT,
            bubble_out_muted=blend(accent, ACCENT_TEXT, 0.75),
            separator=blend(base, text, 0.1),
            badge=accent,
            badge_text=ACCENT_TEXT,
            danger=DANGER,
        )


# -- light and dark style sheets ---------------------------------------------------------------

# The style sheet is written once, in light colours (resources/styles/light.qss); the dark
# one is the same sheet with each colour swapped for its dark counterpart, so the two can't
# drift apart.
DARK_COLOURS = {
    "#ffffff": "#1f2126",
    "#f7f8fa": "#1a1c20",
    "#e3e6ea": "#30343b",
    "#1f2329": "#e6e8eb",
    "#6b7280": "#9aa1ab",
    "#f3f4f6": "#2a2d33",
    "#cfd5dc": "#3d424a",
    "#cdd3db": "#3d424a",
    "#eceff3": "#2a2d33",
    "#2f6fde": "#4a86f0",
    "#285fc0": "#5b93f2",
    "#c9d6ef": "#2c3e60",
    "#9fb9ea": "#2c3e60",
    "#dbe6fb": "#2c3e60",
    "#fdecea": "#3a2424",
    "#f6c7c2": "#5a2e2e",
    "#8c1d18": "#f2b8b5",
    "#d93025": "#f28b82",
    "#c5221f": "#f28b82",
    "#fef7e0": "#3a3320",
    "#f9dc8c": "#6b5a2a",
    "#6b4e00": "#f3d58a",
    "#9a5b00": "#f0b860",
    "#1e8e3e": "#81c995",
    "#4b5563": "#b0b6bf",
    "#9ca3af": "#6b7280",
    "#e37400": "#f0a050",
    # The amber notice banners (opt-outs, sender names).
    "#fff4e5": "#3a2c1c",
    "#f3d19c": "#6b4a1e",
    "#7a4100": "#f5c27a",
}


def dark_style_sheet(light: str) -> str:
    """The dark version of a light style sheet (every colour in DARK_COLOURS swapped)."""
    return re.sub(
        r"#[0-9a-fA-F]{6}\b", lambda m: DARK_COLOURS.get(m.group(0).lower(), m.group(0)), light
    )


def palette(dark: bool) -> QPalette:
    """The palette the painted views and Fusion controls use, light or dark."""
    role = QPalette.ColorRole
    colours = (
        {
            role.Window: "#1f2126",
            role.WindowText: "#e6e8eb",
            role.Base: "#1f2126",
            role.AlternateBase: "#2a2d33",
            role.Text: "#e6e8eb",
            role.Button: "#2a2d33",
            role.ButtonText: "#e6e8eb",
            role.Highlight: "#4a86f0",
            role.HighlightedText: "#ffffff",
            role.PlaceholderText: "#7b828c",
            role.ToolTipBase: "#2a2d33",
            role.ToolTipText: "#e6e8eb",
            role.Link: "#8ab4f8",
            role.Mid: "#3d424a",
            role.Midlight: "#30343b",
            role.Dark: "#15171a",
            role.Light: "#3d424a",
            role.Shadow: "#000000",
        }
        if dark
        else {
            role.Window: "#ffffff",
            role.WindowText: "#1f2329",
            role.Base: "#ffffff",
            role.AlternateBase: "#f7f8fa",
            role.Text: "#1f2329",
            role.Button: "#f3f4f6",
            role.ButtonText: "#1f2329",
            role.Highlight: "#2f6fde",
            role.HighlightedText: "#ffffff",
            role.PlaceholderText: "#8a919b",
            role.ToolTipBase: "#ffffff",
            role.ToolTipText: "#1f2329",
            role.Link: "#2f6fde",
            role.Mid: "#cfd5dc",
            role.Midlight: "#e3e6ea",
            role.Dark: "#9ca3af",
            role.Light: "#ffffff",
            role.Shadow: "#6b7280",
        }
    )
    result = QPalette()
    for colour_role, colour in colours.items():
        result.setColor(colour_role, QColor(colour))
        result.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(colour))
    muted = QColor("#6b7280" if dark else "#9ca3af")
    for disabled_role in (role.Text, role.ButtonText, role.WindowText):
        result.setColor(QPalette.ColorGroup.Disabled, disabled_role, muted)
    return result
