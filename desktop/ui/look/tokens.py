"""The colour tokens of every theme: one named table per theme (light, dark, high contrast,
high-contrast dark), and the pairs of tokens the app puts next to each other.

Everything takes its colours from here: the style sheet (resources/styles/app.qss names
tokens as ``@name``), the palette, and the colours the delegates paint with
(``theme.Colors``). ``PAIRS`` says which token is drawn on which, and how much contrast that
needs (WCAG 2.2 AA: 4.5:1 for text, 3:1 for control boundaries, graphics and the focus
ring); tests/ui/test_contrast.py checks every pair in every theme and that the style sheet
uses only tokens, and only pairs declared here. Pure data: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

TEXT = 4.5  # WCAG 2.2 AA, 1.4.3: text and images of text
NON_TEXT = 3.0  # WCAG 2.2 AA, 1.4.11 and 2.4.13: control boundaries, graphics, focus

LIGHT = {
    # Surfaces.
    "base": "#ffffff",  # the window, the conversation, fields, dialogs
    "panel": "#f7f8fa",  # the chat list, status bar, find bar
    "control": "#f3f4f6",  # the composer, hovered buttons, read-only fields
    "search": "#eceff3",  # the chat search field at rest
    "hover": "#f0f2f5",  # a hovered chat row
    "selection": "#dbe6fb",  # the selected chat row, a selected colleague
    "separator": "#e3e6ea",  # decorative rules between areas (not a control boundary)
    # Text.
    "text": "#1f2329",
    "text_secondary": "#4b5563",  # status bar, prompts, counts
    "text_muted": "#5b6270",  # times, previews, placeholders, hints, system lines
    "text_disabled": "#9ca3af",  # disabled controls (exempt from the contrast minimum)
    # Controls.
    "border_control": "#7c8591",  # field, button and check box boundaries
    "arrow": "#000000",  # combo and spin box chevrons: black or white, as their SVGs are
    "focus_ring": "#0a1a3f",  # the 2 px keyboard focus ring
    "accent": "#2563d9",  # primary buttons, links, unread, outgoing bubbles
    "accent_hover": "#1d4fb0",
    "accent_text": "#ffffff",  # text and check marks on the accent
    "accent_disabled": "#c9d6ef",
    # Message bubbles.
    "bubble_in": "#eef0f3",
    "bubble_in_border": "#eef0f3",  # drawn only where it differs from bubble_in
    "bubble_out": "#2563d9",
    "bubble_out_text": "#ffffff",
    "bubble_out_muted": "#e3ebfb",  # time and notes on an outgoing bubble
    "day_pill": "#e8ebef",  # "Today" and the other day headings
    # Meanings.
    "danger": "#c5221f",
    "danger_bg": "#fdecea",
    "danger_border": "#f6c7c2",
    "danger_text": "#8c1d18",
    "success": "#137333",
    "caution": "#8a5100",
    "notice_bg": "#fef7e0",  # the keyring and number warnings
    "notice_border": "#f9dc8c",
    "notice_text": "#6b4e00",
    "banner_bg": "#fff4e5",  # the opt-out banner
    "banner_border": "#f3d19c",
    "banner_text": "#7a4100",
    "inverse_bg": "#1f2329",  # the pop-up's "more" strip
    "inverse_text": "#ffffff",
    "find_match": "#ffe08a",  # find bar matches in a message
    "find_current": "#ff9632",
    "find_text": "#1f2329",
    # Status dots and scroll bars.
    "status_idle": "#7c8591",
    "status_online": "#1e8e3e",
    "status_offline": "#b35c00",
    "status_attention": "#d93025",
    "scroll_handle": "#b6bcc5",
    "scroll_handle_hover": "#7c8591",
    "link": "#2563d9",  # links, the current tab, unread times (text on surfaces)
    "selection_text": "#1f2329",  # text on the selected chat row
    "selection_muted": "#4b5563",  # times and previews on the selected chat row
}

DARK = {
    "base": "#1f2126",
    "panel": "#1a1c20",
    "control": "#2a2d33",
    "search": "#2a2d33",
    "hover": "#272a30",
    "selection": "#2c3e60",
    "separator": "#30343b",
    "text": "#e6e8eb",
    "text_secondary": "#b0b6bf",
    "text_muted": "#a3aab4",
    "text_disabled": "#6b7280",
    "border_control": "#7d8591",
    "arrow": "#ffffff",
    "focus_ring": "#a8c7fa",
    "accent": "#1c4fb0",
    "accent_hover": "#1d57c4",
    "accent_text": "#ffffff",
    "accent_disabled": "#2c3e60",
    "bubble_in": "#2c3036",
    "bubble_in_border": "#2c3036",
    "bubble_out": "#1c4fb0",
    "bubble_out_text": "#ffffff",
    "bubble_out_muted": "#dbe6fb",
    "day_pill": "#30343b",
    "danger": "#f28b82",
    "danger_bg": "#3a2424",
    "danger_border": "#5a2e2e",
    "danger_text": "#f2b8b5",
    "success": "#81c995",
    "caution": "#f0b860",
    "notice_bg": "#3a3320",
    "notice_border": "#6b5a2a",
    "notice_text": "#f3d58a",
    "banner_bg": "#3a2c1c",
    "banner_border": "#6b4a1e",
    "banner_text": "#f5c27a",
    "inverse_bg": "#e6e8eb",
    "inverse_text": "#1f2126",
    "find_match": "#ffe08a",
    "find_current": "#ff9632",
    "find_text": "#1f2329",
    "status_idle": "#7d8591",
    "status_online": "#81c995",
    "status_offline": "#f0a050",
    "status_attention": "#f28b82",
    "scroll_handle": "#4a4f57",
    "scroll_handle_hover": "#7d8591",
    "link": "#8ab4f8",
    "selection_text": "#e6e8eb",
    "selection_muted": "#c4cad3",
}

# High contrast: black on white, strong borders, no tints; text aims at 7:1 and beyond. Muted
# text stays a shade off the text colour, so a placeholder never reads as typed text.
HIGH_CONTRAST = {
    "base": "#ffffff",
    "panel": "#ffffff",
    "control": "#ffffff",
    "search": "#ffffff",
    "hover": "#ffffff",
    "selection": "#000000",
    "separator": "#000000",
    "text": "#000000",
    "text_secondary": "#000000",
    "text_muted": "#474747",
    "text_disabled": "#595959",
    "border_control": "#000000",
    "arrow": "#000000",
    "focus_ring": "#0060df",
    "accent": "#000000",
    "accent_hover": "#333333",
    "accent_text": "#ffffff",
    "accent_disabled": "#d0d0d0",
    "bubble_in": "#ffffff",
    "bubble_in_border": "#000000",
    "bubble_out": "#000000",
    "bubble_out_text": "#ffffff",
    "bubble_out_muted": "#ffffff",
    "day_pill": "#ffffff",
    "danger": "#a00000",
    "danger_bg": "#ffffff",
    "danger_border": "#a00000",
    "danger_text": "#a00000",
    "success": "#005a00",
    "caution": "#5c3300",
    "notice_bg": "#ffffff",
    "notice_border": "#000000",
    "notice_text": "#000000",
    "banner_bg": "#ffffff",
    "banner_border": "#000000",
    "banner_text": "#000000",
    "inverse_bg": "#000000",
    "inverse_text": "#ffffff",
    "find_match": "#ffff00",
    "find_current": "#ff9632",
    "find_text": "#000000",
    "status_idle": "#000000",
    "status_online": "#005a00",
    "status_offline": "#5c3300",
    "status_attention": "#a00000",
    "scroll_handle": "#000000",
    "scroll_handle_hover": "#0000c8",
    "link": "#0000c8",
    "selection_text": "#ffffff",
    "selection_muted": "#ffffff",
}

HIGH_CONTRAST_DARK = {
    "base": "#000000",
    "panel": "#000000",
    "control": "#000000",
    "search": "#000000",
    "hover": "#000000",
    "selection": "#ffffff",
    "separator": "#ffffff",
    "text": "#ffffff",
    "text_secondary": "#ffffff",
    "text_muted": "#c2c2c2",
    "text_disabled": "#a6a6a6",
    "border_control": "#ffffff",
    "arrow": "#ffffff",
    "focus_ring": "#3b8eea",
    "accent": "#ffffff",
    "accent_hover": "#ffff00",
    "accent_text": "#000000",
    "accent_disabled": "#3a3a3a",
    "bubble_in": "#000000",
    "bubble_in_border": "#ffffff",
    "bubble_out": "#ffffff",
    "bubble_out_text": "#000000",
    "bubble_out_muted": "#000000",
    "day_pill": "#000000",
    "danger": "#ff8080",
    "danger_bg": "#000000",
    "danger_border": "#ff8080",
    "danger_text": "#ff8080",
    "success": "#80ff80",
    "caution": "#ffd080",
    "notice_bg": "#000000",
    "notice_border": "#ffffff",
    "notice_text": "#ffffff",
    "banner_bg": "#000000",
    "banner_border": "#ffffff",
    "banner_text": "#ffffff",
    "inverse_bg": "#ffffff",
    "inverse_text": "#000000",
    "find_match": "#ffff00",
    "find_current": "#00ffff",
    "find_text": "#000000",
    "status_idle": "#ffffff",
    "status_online": "#80ff80",
    "status_offline": "#ffd080",
    "status_attention": "#ff8080",
    "scroll_handle": "#ffffff",
    "scroll_handle_hover": "#ffff00",
    "link": "#ffff00",
    "selection_text": "#000000",
    "selection_muted": "#000000",
}


class ThemeName(Enum):
    """The themes SMS Desk has."""

    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"
    HIGH_CONTRAST_DARK = "high-contrast-dark"

    @property
    def dark(self) -> bool:
        return self in (ThemeName.DARK, ThemeName.HIGH_CONTRAST_DARK)

    @property
    def high_contrast(self) -> bool:
        return self in (ThemeName.HIGH_CONTRAST, ThemeName.HIGH_CONTRAST_DARK)


THEMES: dict[ThemeName, dict[str, str]] = {
    ThemeName.LIGHT: LIGHT,
    ThemeName.DARK: DARK,
    ThemeName.HIGH_CONTRAST: HIGH_CONTRAST,
    ThemeName.HIGH_CONTRAST_DARK: HIGH_CONTRAST_DARK,
}


@dataclass(frozen=True)
class Pair:
    """One token drawn on (or next to) another, and the contrast it needs."""

    front: str
    back: str
    minimum: float
    where: str


def _text(front: str, backs: tuple[str, ...], where: str) -> list[Pair]:
    return [Pair(front, back, TEXT, where) for back in backs]


def _edge(front: str, backs: tuple[str, ...], where: str) -> list[Pair]:
    return [Pair(front, back, NON_TEXT, where) for back in backs]


# Every pair the style sheet and the delegates draw. The style sheet test fails when a rule
# puts a colour on a background that is not listed here, or when a token used as text or a
# border has no pair at all.
SURFACES = ("base", "panel", "control", "search")
PAIRS: list[Pair] = [
    *_text("text", (*SURFACES, "hover", "bubble_in"), "text, titles, fields"),
    *_text("selection_text", ("selection",), "the selected chat row, a selected colleague"),
    *_text("selection_muted", ("selection",), "time and preview on the selected chat row"),
    *_text("text_secondary", ("base", "panel"), "status bar, prompts, counts"),
    *_text(
        "text_muted",
        (*SURFACES, "hover", "bubble_in", "day_pill"),
        "times, previews, placeholders, hints, system lines, Today",
    ),
    *_text("link", ("base", "panel"), "links, the current tab, unread times, Retry"),
    *_text("accent_text", ("accent", "accent_hover"), "primary buttons, badges"),
    *_text("base", ("text_muted",), "a colleague's unread badge"),
    *_text("bubble_out_text", ("bubble_out",), "outgoing message text"),
    *_text("bubble_out_muted", ("bubble_out",), "outgoing message time and notes"),
    *_text("danger", ("base", "panel"), "errors, failed messages"),
    *_text("danger_text", ("danger_bg",), "failure banner"),
    *_text("success", ("base", "panel"), "sent, valid number, owner: you"),
    *_text("caution", ("base", "panel"), "owner: a colleague, set-aside notice, Unicode"),
    *_text("notice_text", ("notice_bg",), "keyring and number warnings"),
    *_text("banner_text", ("banner_bg",), "opt-out banner"),
    *_text("inverse_text", ("inverse_bg",), "the pop-up's more strip"),
    *_text("find_text", ("find_match", "find_current"), "find bar matches"),
    *_edge("border_control", (*SURFACES, "hover"), "field, button and check box boundaries"),
    *_edge("arrow", ("base",), "the arrows of combo boxes, spin boxes and time edits"),
    *_edge("danger", ("base",), "an invalid field's border"),
    *_edge("accent_text", ("accent",), "the check mark"),
    *_edge(
        "focus_ring",
        (*SURFACES, "hover", "selection", "bubble_in", "accent", "bubble_out"),
        "the keyboard focus ring, inside and outside",
    ),
    *_edge(
        "status_idle",
        ("panel",),
        "connection dot",
    ),
    *_edge("status_online", ("panel",), "connection dot"),
    *_edge("status_offline", ("panel",), "connection dot"),
    *_edge("status_attention", ("panel",), "connection dot"),
    *_edge("scroll_handle_hover", ("base", "panel"), "a hovered scroll bar"),
]

# Tokens that mark an area but carry no meaning of their own (WCAG 1.4.11 does not ask
# contrast of them), and the disabled colours (exempt by WCAG 1.4.3).
DECORATIVE = frozenset(
    {
        "separator",
        "bubble_in_border",  # high contrast outlines bubbles; their text carries the meaning
        "danger_border",
        "notice_border",
        "banner_border",
        "scroll_handle",
        "text_disabled",
        "accent_disabled",
    }
)


def luminance(colour: str) -> float:
    """The relative luminance of ``#rrggbb`` (WCAG 2.2)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)
