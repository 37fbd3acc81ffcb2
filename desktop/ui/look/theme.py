"""The themes made real: the style sheet, the palette and the painted views' colours, all
taken from one table of tokens per theme (``desktop.ui.look.tokens``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from PySide6.QtGui import QColor, QPalette

from desktop.ui.look.tokens import THEMES, ThemeName, luminance

TOKEN = re.compile(r"@([a-z_]+)\b")


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """Mix ``amount`` (0..1) of ``b`` into ``a``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


@dataclass(frozen=True)
class Colors:
    """The colours the delegates paint with, for one theme."""

    base: QColor
    text: QColor
    muted: QColor
    selection: QColor
    selection_text: QColor
    selection_muted: QColor
    hover: QColor
    bubble_in: QColor
    bubble_in_text: QColor
    bubble_in_border: QColor
    bubble_out: QColor
    bubble_out_text: QColor
    bubble_out_muted: QColor
    separator: QColor
    badge: QColor
    badge_text: QColor
    badge_muted_text: QColor
    link: QColor
    danger: QColor
    focus_ring: QColor
    find_match: QColor
    find_current: QColor
    find_text: QColor

    @classmethod
    def for_theme(cls, name: ThemeName) -> Colors:
        """The painted colours of a theme, straight from its tokens."""
        return _COLORS[name]

    @classmethod
    def from_palette(cls, palette: QPalette) -> Colors:
        """The colours of the theme whose palette this is (the view's palette tells which
        theme is in use; a foreign palette gets light or dark by its lightness)."""
        return cls.for_theme(theme_of(palette))


def _colors(tokens: dict[str, str]) -> Colors:
    def c(name: str) -> QColor:
        return QColor(tokens[name])

    return Colors(
        base=c("base"),
        text=c("text"),
        muted=c("text_muted"),
        selection=c("selection"),
        selection_text=c("selection_text"),
        selection_muted=c("selection_muted"),
        hover=c("hover"),
        bubble_in=c("bubble_in"),
        bubble_in_text=c("text"),
        bubble_in_border=c("bubble_in_border"),
        bubble_out=c("bubble_out"),
        bubble_out_text=c("bubble_out_text"),
        bubble_out_muted=c("bubble_out_muted"),
        separator=c("day_pill"),
        badge=c("accent"),
        badge_text=c("accent_text"),
        badge_muted_text=c("base"),
        link=c("link"),
        danger=c("danger"),
        focus_ring=c("focus_ring"),
        find_match=c("find_match"),
        find_current=c("find_current"),
        find_text=c("find_text"),
    )


_COLORS = {name: _colors(tokens) for name, tokens in THEMES.items()}


def theme_of(palette: QPalette) -> ThemeName:
    """Which theme a palette was made from: by its base and text colours."""
    base = palette.color(QPalette.ColorRole.Base).name()
    text = palette.color(QPalette.ColorRole.Text).name()
    for name, tokens in THEMES.items():
        if tokens["base"] == base and tokens["text"] == text:
            return name
    return ThemeName.DARK if luminance(base) < 0.2 else ThemeName.LIGHT


# -- style sheet and palette -------------------------------------------------------------------


def check_mark_path(name: ThemeName) -> str:
    """The check box's mark, white or black to stand out on the theme's accent."""
    light_mark = luminance(THEMES[name]["accent_text"]) > 0.5
    mark = "check-white.svg" if light_mark else "check-black.svg"
    # Qt's style sheet url() takes forward slashes on every system.
    return str(resources.files("desktop.resources") / "styles" / mark).replace("\\", "/")


def chevron_path(name: ThemeName, direction: str) -> str:
    """The ``"up"`` or ``"down"`` chevron of combo and spin boxes, in the theme's ``arrow``
    colour (the SVGs come in black and white; the token says which)."""
    colour = "white" if luminance(THEMES[name]["arrow"]) > 0.5 else "black"
    chevron = f"chevron-{direction}-{colour}.svg"
    return str(resources.files("desktop.resources") / "styles" / chevron).replace("\\", "/")


def style_sheet(template: str, name: ThemeName) -> str:
    """The style sheet for a theme: every ``@token`` replaced by the theme's colour.

    An unknown token raises ``KeyError``: a typo must not silently drop a colour."""
    tokens = {
        **THEMES[name],
        "check_mark": check_mark_path(name),
        "chevron_up": chevron_path(name, "up"),
        "chevron_down": chevron_path(name, "down"),
    }
    return TOKEN.sub(lambda m: tokens[m.group(1)], template)


def palette(name: ThemeName) -> QPalette:
    """The palette the painted views and Fusion controls use, from the theme's tokens."""
    t = THEMES[name]
    role = QPalette.ColorRole
    colours = {
        role.Window: t["base"],
        role.WindowText: t["text"],
        role.Base: t["base"],
        role.AlternateBase: t["panel"],
        role.Text: t["text"],
        role.Button: t["control"],
        role.ButtonText: t["text"],
        role.Highlight: t["accent"],
        role.HighlightedText: t["accent_text"],
        role.PlaceholderText: t["text_muted"],
        role.ToolTipBase: t["base"],
        role.ToolTipText: t["text"],
        role.Link: t["link"],
        role.LinkVisited: t["link"],
        role.BrightText: t["danger"],
        role.Mid: t["border_control"],
        role.Midlight: t["separator"],
        # Fusion draws frames and focus outlines from these.
        role.Dark: t["border_control"],
        role.Light: t["base"],
        role.Shadow: t["border_control"],
        role.Accent: t["focus_ring"],
    }
    result = QPalette()
    for colour_role, colour in colours.items():
        result.setColor(colour_role, QColor(colour))
        result.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(colour))
    for disabled_role in (role.Text, role.ButtonText, role.WindowText):
        result.setColor(QPalette.ColorGroup.Disabled, disabled_role, QColor(t["text_disabled"]))
    return result
