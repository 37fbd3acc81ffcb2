"""Colours and metrics shared by the painted views, derived from the palette (light or dark)."""

from __future__ import annotations

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
