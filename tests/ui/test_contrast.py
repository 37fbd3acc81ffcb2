"""Contrast in every theme: every pair of tokens the style sheet and the delegates draw meets
WCAG 2.2 AA (4.5:1 text, 3:1 control boundaries and focus), the style sheet names only
tokens, and every colour pair one of its rules makes is one the token table declares."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.app import apply_colour_scheme, choose_theme, load_style_sheet
from desktop.ui.look import theme
from desktop.ui.look.theme import Colors
from desktop.ui.look.tokens import (
    DECORATIVE,
    NON_TEXT,
    PAIRS,
    TEXT,
    THEMES,
    ThemeName,
    contrast,
)

ALL_THEMES = list(ThemeName)
TOKEN = re.compile(r"@([a-z_]+)")
# Colour values a rule might write instead of a token.
LITERAL = re.compile(
    r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\bhsla?\(|:\s*(white|black|red|green|blue|gray|grey|yellow)\b",
    re.IGNORECASE,
)
DECLARED = {(p.front, p.back) for p in PAIRS}


def _rules(sheet: str) -> list[tuple[list[str], dict[str, str]]]:
    """The style sheet's rules: (selectors, {property: value})."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        declarations = {}
        for line in body.split(";"):
            if ":" in line:
                key, value = line.split(":", 1)
                declarations[key.strip()] = value.strip()
        rules.append(([s.strip() for s in selectors.split(",")], declarations))
    return rules


def _token(value: str | None) -> str | None:
    match = TOKEN.search(value or "")
    return match.group(1) if match else None


def _colour_tokens(declarations: dict[str, str]) -> tuple[str | None, str | None, set[str]]:
    front = _token(declarations.get("color"))
    back = _token(declarations.get("background") or declarations.get("background-color"))
    borders = {
        token
        for key, value in declarations.items()
        if key.startswith("border") and (token := _token(value))
    }
    return front, back, borders


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_every_declared_pair_meets_its_wcag_minimum(name):
    tokens = THEMES[name]
    failures = [
        f"{p.front} on {p.back}: {contrast(tokens[p.front], tokens[p.back]):.2f} < {p.minimum}"
        f" ({p.where})"
        for p in PAIRS
        if contrast(tokens[p.front], tokens[p.back]) < p.minimum
    ]
    assert not failures, f"{name.value}: " + "; ".join(failures)


def test_every_theme_has_the_same_tokens_and_only_colours():
    names = set(THEMES[ThemeName.LIGHT])
    for name, tokens in THEMES.items():
        assert set(tokens) == names, f"{name.value} differs: {set(tokens) ^ names}"
        for token, value in tokens.items():
            assert re.fullmatch(r"#[0-9a-f]{6}", value), f"{name.value}.{token} = {value}"
    for pair in PAIRS:
        assert pair.front in names, pair
        assert pair.back in names, pair


def test_the_style_sheet_writes_no_colour_only_tokens():
    sheet = re.sub(r"/\*.*?\*/", "", load_style_sheet(), flags=re.DOTALL)
    literals = [m.group(0) for m in LITERAL.finditer(sheet)]
    assert not literals, f"colours written in app.qss instead of tokens: {literals}"
    known = set(THEMES[ThemeName.LIGHT]) | {"check_mark", "chevron_up", "chevron_down"}
    unknown = set(TOKEN.findall(sheet)) - known
    assert not unknown, f"app.qss names tokens no theme has: {unknown}"
    for name in ALL_THEMES:
        assert "@" not in theme.style_sheet(load_style_sheet(), name)


def test_every_colour_pair_the_style_sheet_makes_is_declared_and_checked():
    """Derived from the sheet itself: a rule's text colour on its background (or, for a
    :hover/:focus/:checked rule, on the background it changes to, with the text colour of
    its plain rule) must be a declared pair; a token used as text must be checked as text
    somewhere, and a border token as a boundary, unless it is declared decorative."""
    rules = _rules(load_style_sheet())
    plain: dict[str, tuple[str | None, str | None]] = {}
    for selectors, declarations in rules:
        front, back, _ = _colour_tokens(declarations)
        for selector in selectors:
            if ":" not in selector:
                old_front, old_back = plain.get(selector, (None, None))
                plain[selector] = (front or old_front, back or old_back)
    text_fronts = {p.front for p in PAIRS if p.minimum >= TEXT}
    edge_fronts = {p.front for p in PAIRS if p.minimum >= NON_TEXT}
    backs = {p.back for p in PAIRS}
    problems = []
    for selectors, declarations in rules:
        if any(":disabled" in s for s in selectors):
            continue  # WCAG 1.4.3 exempts inactive controls
        front, back, borders = _colour_tokens(declarations)
        for selector in selectors:
            base = re.sub(r"(?<!:):(?!:)[a-z!-]+", "", selector).strip()
            plain_front, plain_back = plain.get(base, (None, None))
            pair_front = front or plain_front
            pair_back = back or (plain_back if front and base != selector else None)
            if pair_front in DECORATIVE and pair_front == pair_back:
                continue  # a rule line: drawn in its colour, no text on it
            if pair_front and pair_back and (pair_front, pair_back) not in DECLARED:
                problems.append(f"{selector}: {pair_front} on {pair_back} is not declared")
        placeholder = _token(declarations.get("placeholder-text-color"))
        for text in (front, placeholder):
            if text and text not in text_fronts and text not in DECORATIVE:
                problems.append(f"{selectors[0]}: text colour {text} is never checked as text")
        if back and back not in backs and back not in edge_fronts and back not in DECORATIVE:
            problems.append(f"{selectors[0]}: background {back} is never checked")
        for border in borders:
            if border not in edge_fronts and border not in DECORATIVE:
                problems.append(f"{selectors[0]}: border {border} is never checked")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_the_painted_colours_are_the_tokens_and_meet_the_minimum(name):
    colors = Colors.for_theme(name)
    tokens = THEMES[name]
    assert colors.text.name() == tokens["text"]
    assert colors.muted.name() == tokens["text_muted"]
    assert colors.bubble_out.name() == tokens["bubble_out"]
    assert colors.focus_ring.name() == tokens["focus_ring"]
    text_pairs = {
        "message text in": (colors.bubble_in_text, colors.bubble_in),
        "time on an incoming bubble": (colors.muted, colors.bubble_in),
        "outgoing text": (colors.bubble_out_text, colors.bubble_out),
        "time on an outgoing bubble": (colors.bubble_out_muted, colors.bubble_out),
        "system line": (colors.muted, colors.base),
        "Today": (colors.muted, colors.separator),
        "chat preview and time": (colors.muted, colors.base),
        "chat preview on a hovered row": (colors.muted, colors.hover),
        "chat title on the selected row": (colors.selection_text, colors.selection),
        "chat preview on the selected row": (colors.selection_muted, colors.selection),
        "unread time": (colors.link, colors.base),
        "Retry": (colors.link, colors.base),
        "failure line": (colors.danger, colors.base),
        "unread badge": (colors.badge_text, colors.badge),
        "a colleague's badge": (colors.badge_muted_text, colors.muted),
        "find match": (colors.find_text, colors.find_match),
        "current find match": (colors.find_text, colors.find_current),
    }
    ring_pairs = {
        "ring on a row": (colors.focus_ring, colors.base),
        "ring on the selected row": (colors.focus_ring, colors.selection),
        "ring on a hovered row": (colors.focus_ring, colors.hover),
    }
    failures = [
        f"{what}: {contrast(a.name(), b.name()):.2f}"
        for pairs, minimum in ((text_pairs, TEXT), (ring_pairs, NON_TEXT))
        for what, (a, b) in pairs.items()
        if contrast(a.name(), b.name()) < minimum
    ]
    assert not failures, f"{name.value}: " + "; ".join(failures)


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_the_palette_is_the_theme_and_its_placeholders_are_readable(name):
    palette = theme.palette(name)
    assert theme.theme_of(palette) is name
    assert Colors.from_palette(palette) == Colors.for_theme(name)
    placeholder = palette.color(QPalette.ColorRole.PlaceholderText).name()
    for surface in ("base", "control", "search", "panel"):
        assert contrast(placeholder, THEMES[name][surface]) >= TEXT, surface
    highlight = palette.color(QPalette.ColorRole.Highlight).name()
    highlighted = palette.color(QPalette.ColorRole.HighlightedText).name()
    assert contrast(highlighted, highlight) >= TEXT


def test_high_contrast_follows_the_system_and_the_override():
    assert choose_theme("", dark=False, high_contrast=False) is ThemeName.LIGHT
    assert choose_theme("", dark=True, high_contrast=False) is ThemeName.DARK
    assert choose_theme("", dark=False, high_contrast=True) is ThemeName.HIGH_CONTRAST
    assert choose_theme("", dark=True, high_contrast=True) is ThemeName.HIGH_CONTRAST_DARK
    assert choose_theme("high-contrast", dark=True, high_contrast=False) is (
        ThemeName.HIGH_CONTRAST
    )
    assert choose_theme("High-Contrast-Dark", dark=False, high_contrast=False) is (
        ThemeName.HIGH_CONTRAST_DARK
    )
    assert choose_theme("light", dark=True, high_contrast=True) is ThemeName.LIGHT


def test_a_contrast_change_at_run_time_restyles_the_app(qtbot, main_window, monkeypatch):
    app = QApplication.instance()
    monkeypatch.setenv("SMSDESK_THEME", "light")
    apply_colour_scheme(app)
    assert THEMES[ThemeName.HIGH_CONTRAST]["text"] not in app.styleSheet()
    # The desktop switches contrast: the hint's signal restyles the app at once.
    monkeypatch.setenv("SMSDESK_THEME", "high-contrast")
    app.styleHints().accessibility().contrastPreferenceChanged.emit(
        Qt.ContrastPreference.HighContrast
    )
    assert theme.theme_of(app.palette()) is ThemeName.HIGH_CONTRAST
    assert THEMES[ThemeName.HIGH_CONTRAST]["text"] in app.styleSheet()
    monkeypatch.setenv("SMSDESK_THEME", "light")
    apply_colour_scheme(app)


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_the_check_mark_exists_and_stands_out_on_the_accent(name):
    path = theme.check_mark_path(name)
    assert (resources.files("desktop.resources") / "styles" / path.rsplit("/", 1)[1]).is_file()
    svg = (resources.files("desktop.resources") / "styles" / path.rsplit("/", 1)[1]).read_text()
    stroke = re.search(r'stroke="(#[0-9a-f]{6})"', svg)
    assert stroke is not None
    assert contrast(stroke.group(1), THEMES[name]["accent"]) >= NON_TEXT


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_placeholders_are_drawn_readably(qtbot, monkeypatch, name):
    """Rendered, not computed: Qt draws a placeholder at half opacity unless the style gives
    it a colour, so the strongest placeholder pixel must reach 4.5:1 on the field."""
    from desktop.app import create_application

    app = create_application([])
    monkeypatch.setenv("SMSDESK_THEME", name.value)
    apply_colour_scheme(app)
    try:
        holder = QWidget()
        qtbot.addWidget(holder)
        layout = QVBoxLayout(holder)
        search = QLineEdit()
        search.setObjectName("chatSearch")
        composer = QPlainTextEdit()
        composer.setObjectName("composer")
        for field in (search, composer):
            field.setPlaceholderText("MMMM HHHH")
            field.setFixedSize(240, 40)
            layout.addWidget(field)
        holder.show()
        qtbot.waitExposed(holder)
        for field in (search, composer):
            image = field.grab().toImage()
            background = image.pixelColor(image.width() - 20, image.height() // 2).name()
            strongest = max(
                contrast(image.pixelColor(x, y).name(), background)
                for x in range(10, image.width() // 2)
                for y in range(4, image.height() - 4)
            )
            assert strongest >= TEXT, f"{field.objectName()}: {strongest:.2f}"
    finally:
        monkeypatch.setenv("SMSDESK_THEME", "light")
        apply_colour_scheme(app)


@pytest.mark.parametrize("name", ALL_THEMES, ids=lambda n: n.value)
def test_the_chevrons_exist_in_the_arrow_colour_and_stand_out_on_the_field(name):
    for direction in ("up", "down"):
        file = theme.chevron_path(name, direction).rsplit("/", 1)[1]
        svg = (resources.files("desktop.resources") / "styles" / file).read_text()
        stroke = re.search(r'stroke="(#[0-9a-f]{6})"', svg)
        assert stroke is not None, file
        assert stroke.group(1) == THEMES[name]["arrow"], file
        assert contrast(stroke.group(1), THEMES[name]["base"]) >= NON_TEXT, file
