"""What the keyboard does, for the F1 list: the groups it is shown in, the group of each
QAction with a shortcut, and the keys that are no QAction's (Ctrl+Z while the Undo notice
shows, the Menu key on a chat row, Enter in "Say something", Escape...), declared next to the
code that handles them with ``declare_keys`` and read there too (``KeyHelp.matches``,
``KeyHelp.sequence``), so the list cannot drift from what the keys do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

#: The QAction property that names its group (a ``ShortcutGroup`` value).
GROUP_PROPERTY = "shortcutGroup"

Keys = str | QKeySequence.StandardKey


class ShortcutGroup(Enum):
    """The groups of the F1 list, by task, in the order it shows them."""

    #: the shortcuts that find and move between chats
    CHATS = QT_TRANSLATE_NOOP("Shortcuts", "Chats")
    #: the shortcuts that act on the open conversation
    CONVERSATION = QT_TRANSLATE_NOOP("Shortcuts", "Conversation")
    POPUPS = QT_TRANSLATE_NOOP("Shortcuts", "Pop-ups and notifications")
    WINDOW = QT_TRANSLATE_NOOP("Shortcuts", "Window and help")
    #: shortcuts that belong to no other group
    OTHER = QT_TRANSLATE_NOOP("Shortcuts", "Other")

    @property
    def title(self) -> str:
        """The group's heading in the app's language."""
        return translate("Shortcuts", self.value)


def set_group(action: QObject, group: ShortcutGroup) -> None:
    """File ``action`` (a QAction with a shortcut) under ``group`` in the F1 list."""
    action.setProperty(GROUP_PROPERTY, group.name)


def group_of(action: QObject) -> ShortcutGroup | None:
    """The group ``action`` was filed under, or None."""
    name = action.property(GROUP_PROPERTY)
    known = isinstance(name, str) and name in ShortcutGroup.__members__
    return ShortcutGroup[name] if known else None


def _first(sequence: QKeySequence) -> QKeyCombination:
    combination: QKeyCombination = sequence[0]  # type: ignore[index]  # (not in the stubs)
    return combination


def canonical(sequence: QKeySequence) -> QKeySequence:
    """``sequence`` as the key caps read: X11 reports Shift+Tab as Backtab, which Qt writes
    "Shift+Backtab" (the same keys as Shift+Tab), and Qt calls the main Enter key Return."""
    if sequence.count() != 1:
        return sequence
    combination = _first(sequence)
    modifiers = combination.keyboardModifiers()
    if combination.key() == Qt.Key.Key_Backtab:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
        return QKeySequence(QKeyCombination(modifiers, Qt.Key.Key_Tab))
    if combination.key() == Qt.Key.Key_Return:
        return QKeySequence(QKeyCombination(modifiers, Qt.Key.Key_Enter))
    return sequence


def native(sequence: QKeySequence) -> str:
    """A shortcut as the desktop writes it ("Ctrl+Shift+Tab"; "Strg+Umschalt+Tab")."""
    return canonical(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def key_caps(sequence: QKeySequence) -> list[str]:
    """The keys pressed together for ``sequence``, one per key cap: ["Ctrl", "Shift", "D"]
    (one cap for the whole when the desktop writes it without "+", as macOS does)."""
    text = native(sequence)
    seq = canonical(sequence)
    if seq.count() != 1:
        return [text]
    key = QKeySequence(_first(seq).key()).toString(QKeySequence.SequenceFormat.NativeText)
    if not key or not text.endswith(key):
        return [text]
    modifiers = text[: len(text) - len(key)]
    if modifiers and not modifiers.endswith("+"):
        return [text]
    return [part for part in modifiers.split("+") if part] + [key]


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """Keys that do something without a QAction, as the F1 list shows them.

    Attributes:
        group: the F1 group it is listed under.
        label: what the keys do: the English source text (marked with QT_TRANSLATE_NOOP in
            the "Shortcuts" context); ``text`` is it translated.
        keys: the keys, portable text ("Shift+F10", "Menu") or a standard key (Undo).
    """

    group: ShortcutGroup
    label: str
    keys: tuple[Keys, ...]

    @property
    def text(self) -> str:
        return translate("Shortcuts", self.label)

    def sequences(self) -> list[QKeySequence]:
        """Every key sequence, standard keys expanded to this platform's bindings."""
        found: list[QKeySequence] = []
        for keys in self.keys:
            if isinstance(keys, QKeySequence.StandardKey):
                found += QKeySequence.keyBindings(keys)[:1]
            else:
                found.append(QKeySequence(keys))
        return found

    def sequence(self) -> QKeySequence:
        """The first of the keys (for a QShortcut)."""
        return self.sequences()[0]

    def matches(self, event: QKeyEvent) -> bool:
        """Whether ``event`` presses one of the keys (the keypad's Enter is Enter). Cheap,
        in plain integers: it runs on every key typed in the boxes that declare keys."""
        combos = _COMBOS.get(id(self))
        if combos is None:  # (standard keys are the platform's: known once the app runs)
            combos = _COMBOS[id(self)] = frozenset(
                _pressed(_first(canonical(s))) for s in self.sequences() if s.count() == 1
            )
        key, modifiers = event.key(), event.modifiers().value & ~_KEYPAD
        if key == _RETURN:
            key = _ENTER
        elif key == _BACKTAB:
            key, modifiers = _TAB, modifiers | _SHIFT
        return (key, modifiers) in combos


_DECLARED: list[KeyHelp] = []
# Each declared KeyHelp's keys as (key, modifiers) integers, made on its first match.
_COMBOS: dict[int, frozenset[tuple[int, int]]] = {}
_RETURN, _ENTER = Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value
_BACKTAB, _TAB = Qt.Key.Key_Backtab.value, Qt.Key.Key_Tab.value
_SHIFT, _KEYPAD = Qt.KeyboardModifier.ShiftModifier.value, Qt.KeyboardModifier.KeypadModifier.value


def _pressed(combination: QKeyCombination) -> tuple[int, int]:
    return combination.key().value, combination.keyboardModifiers().value


def declare_keys(group: ShortcutGroup, label: str, *keys: Keys) -> KeyHelp:
    """Declare keys handled outside QActions, for the F1 list; the handler reads them back
    from the returned ``KeyHelp``. Call it at module level, next to the handler."""
    declared = KeyHelp(group, label, keys)
    if declared not in _DECLARED:
        _DECLARED.append(declared)
    return declared


def declared_keys() -> list[KeyHelp]:
    """Every key declared so far, in the order of declaration."""
    return list(_DECLARED)
