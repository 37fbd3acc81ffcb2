"""Walk a window's accessibility tree as a screen reader gets it (in process, through
``QAccessible.queryAccessibleInterface``) and say what it would miss.

Used by tests/ui/test_accessibility_tree.py. Two rules, from issue 15:
- every focusable control has a name;
- every label (and button, check box) gives the words it shows, in its name, value or
  description.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

Text = QAccessible.Text


def spoken(iface: QAccessibleInterface) -> str:
    """All that a screen reader can read of one node: name, value and description."""
    return " | ".join(iface.text(t) for t in (Text.Name, Text.Value, Text.Description))


def walk(iface: QAccessibleInterface, depth: int = 0) -> Iterator[tuple[QAccessibleInterface, int]]:
    """Every shown node under ``iface`` (itself first), depth first, with its depth."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    yield iface, depth
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None:
            yield from walk(child, depth + 1)


def _shown_words(widget: QWidget) -> str:
    """The words ``widget`` shows: "" for none, or only a glyph such as the arrow of a menu
    button; without the mnemonic's "&" and a trailing ellipsis, which are not read."""
    if not isinstance(widget, QLabel | QAbstractButton):
        return ""
    text = widget.text()
    # "&Save" shows "Save"; "&&" shows "&".
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    text = text.removesuffix("…").removesuffix("...").strip()
    return text if any(c.isalnum() for c in text) else ""


def _tab_stop(obj: object) -> bool:
    """True unless ``obj`` is a widget the keyboard cannot reach (a label whose text can be
    selected with the mouse takes focus by click only; Tab never stops there)."""
    if not isinstance(obj, QWidget):
        return True  # an item of a view: reached with the arrow keys
    return bool(obj.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def problems(root: QWidget) -> list[str]:
    """What a screen reader would miss in ``root``'s tree (empty when nothing)."""
    found: list[str] = []
    top = QAccessible.queryAccessibleInterface(root)
    for iface, _depth in walk(top):
        obj = iface.object()
        role = iface.role().name
        name = iface.text(Text.Name).strip()
        label = f"{role} {type(obj).__name__ if obj is not None else '-'}"
        if obj is not None and obj.objectName():
            label += f" #{obj.objectName()}"
        state = iface.state()
        if state.focusable and not state.disabled and not name and _tab_stop(obj):
            found.append(f"{label}: focusable, without a name")
        # A widget's own node (not an item of a view that shares the view's object).
        if isinstance(obj, QWidget) and QAccessible.queryAccessibleInterface(obj) == iface:
            words = _shown_words(obj)
            if words and words not in spoken(iface):
                found.append(f"{label}: shows {words!r} but says {spoken(iface)!r}")
    return found


def dump(root: QWidget) -> str:
    """The tree as indented lines of role, name and description (for failure messages)."""
    lines = []
    for iface, depth in walk(QAccessible.queryAccessibleInterface(root)):
        desc = iface.text(Text.Description)
        lines.append(
            "  " * depth
            + f"{iface.role().name} {iface.text(Text.Name)!r}"
            + (f" ({desc!r})" if desc else "")
        )
    return "\n".join(lines)


def windows_in_tree() -> list[QWidget]:
    """The application's windows as assistive technology lists them (hidden ones too)."""
    app = QAccessible.queryAccessibleInterface(QApplication.instance())
    found = []
    for i in range(app.childCount()):
        child = app.child(i)
        if child is not None and isinstance(child.object(), QWidget):
            found.append(child.object())
    return found
