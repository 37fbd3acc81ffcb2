"""Help → Keyboard shortcuts (F1): every shortcut, grouped by task, with its keys drawn as
key caps and a filter box on top.

Built from the actions themselves (their text, their shortcuts and the group each is filed
under, ``desktop.ui.look.key_help``) and from the keys declared next to the code that
handles them (Ctrl+Z for Undo, the Menu key on a chat row, Enter in "Say something"...), so
it never goes out of date. An action nobody filed lands in "Other".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.look.key_help import (
    KeyHelp,
    ShortcutGroup,
    canonical,
    group_of,
    key_caps,
    native,
)
from desktop.ui.look.widgets import HeadingLabel, plain_label
from desktop.ui.window.screen_fit import fit_to_screen

# The key caps of a row (a list of caps per key sequence), on the keys column's items.
CAPS_ROLE = Qt.ItemDataRole.UserRole + 1
CAP_PAD_X, CAP_PAD_Y, CAP_GAP, KEYS_GAP, CAP_RADIUS = 6, 2, 4, 14, 4


@dataclass(frozen=True, slots=True)
class ShortcutRow:
    """One line of the list: what the keys do, and the keys (as the desktop writes them).

    Attributes:
        group: the group it is listed under.
        what: what the keys do ("Dealt with").
        keys: each key sequence, once ("Ctrl+Shift+D").
        caps: the key caps of each sequence (["Ctrl", "Shift", "D"]).
    """

    group: ShortcutGroup
    what: str
    keys: tuple[str, ...]
    caps: tuple[tuple[str, ...], ...]

    @property
    def spoken(self) -> str:
        """What a screen reader says for the row: "Send, Enter or Ctrl+Enter"."""
        keys = self.keys[0]
        for more in self.keys[1:]:
            #: a keyboard shortcut list read aloud: two ways to press the same thing
            keys = translate("Shortcuts", "{keys} or {more}").format(keys=keys, more=more)
        #: a row of the shortcuts list read aloud: what it does, then its keys
        return translate("Shortcuts", "{action}, {keys}").format(action=self.what, keys=keys)


def _label(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(
    actions: Iterable[QAction], declared: Iterable[KeyHelp] = ()
) -> list[ShortcutRow]:
    """The rows of the list, grouped in ``ShortcutGroup``'s order: every action of
    ``actions`` that has a shortcut (in the order given; an action without a group goes to
    Other), then the ``declared`` keys of each group. Rows of one group that do the same
    thing are one row ("Send": Enter from the box, Ctrl+Enter anywhere); each key once,
    the fewest keys first."""
    found: dict[tuple[ShortcutGroup, str], list[QKeySequence]] = {}
    seen: set[int] = set()

    def add(group: ShortcutGroup, what: str, sequences: Iterable[QKeySequence]) -> None:
        keys = found.setdefault((group, what), [])
        for sequence in sequences:
            sequence = canonical(sequence)
            if not sequence.isEmpty() and sequence not in keys:
                keys.append(sequence)

    for action in actions:
        if id(action) in seen or not action.shortcuts():
            continue
        seen.add(id(action))
        add(group_of(action) or ShortcutGroup.OTHER, _label(action), action.shortcuts())
    for keys in declared:
        add(keys.group, keys.text, keys.sequences())
    rows = []
    for (group, what), sequences in found.items():
        sequences.sort(key=lambda s: len(key_caps(s)))  # Enter before Ctrl+Enter
        rows.append(
            ShortcutRow(
                group,
                what,
                tuple(native(s) for s in sequences),
                tuple(tuple(key_caps(s)) for s in sequences),
            )
        )
    order = list(ShortcutGroup)
    return sorted(rows, key=lambda row: order.index(row.group))  # (stable: the order given)


class KeyCapsDelegate(QStyledItemDelegate):
    """Draws the keys column as key caps: a small rounded box per key, right-aligned, in
    the theme's control colours (text on @control, a @border_control edge)."""

    def _font(self, option: QStyleOptionViewItem) -> QFont:
        return QFont(option.font)

    def _caps(self, index: QModelIndex | QPersistentModelIndex) -> list[list[str]]:
        caps = index.data(CAPS_ROLE)
        return caps if isinstance(caps, list) else []

    def _width(self, metrics: QFontMetrics, caps: list[list[str]]) -> int:
        width = 0
        for n, sequence in enumerate(caps):
            width += KEYS_GAP if n else 0
            for m, cap in enumerate(sequence):
                width += (CAP_GAP if m else 0) + metrics.horizontalAdvance(cap) + 2 * CAP_PAD_X
        return width

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(self._font(option))
        return QSize(
            self._width(metrics, self._caps(index)) + 8, metrics.height() + 2 * CAP_PAD_Y + 10
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        palette: QPalette = opt.palette
        rect: QRect = opt.rect
        font = self._font(opt)
        metrics = QFontMetrics(font)
        caps = self._caps(index)
        height = metrics.height() + 2 * CAP_PAD_Y
        top = rect.top() + (rect.height() - height) // 2
        x = rect.right() - 4 - self._width(metrics, caps)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for n, sequence in enumerate(caps):
            x += KEYS_GAP if n else 0
            for m, cap in enumerate(sequence):
                x += CAP_GAP if m else 0
                width = metrics.horizontalAdvance(cap) + 2 * CAP_PAD_X
                box = QRect(x, top, width, height)
                painter.setPen(palette.color(QPalette.ColorRole.Mid))  # @border_control
                painter.setBrush(palette.color(QPalette.ColorRole.Button))  # @control
                painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), CAP_RADIUS, CAP_RADIUS)
                painter.setPen(palette.color(QPalette.ColorRole.ButtonText))  # @text
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), cap)
                x += width
        painter.restore()


class ShortcutGroupView(QTreeWidget):
    """One group's rows: what it does on the left, its key caps right-aligned; as tall as
    its rows (the dialog scrolls, not each group); arrows move between rows."""

    def __init__(self, group: ShortcutGroup, rows: list[ShortcutRow]) -> None:
        super().__init__()
        self.group = group
        self.setObjectName("shortcutGroupList")
        self.setAccessibleName(group.title)
        self.setColumnCount(2)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setItemDelegateForColumn(1, KeyCapsDelegate(self))
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.rows = rows
        for row in rows:
            item = QTreeWidgetItem([row.what, ", ".join(row.keys)])
            item.setData(1, CAPS_ROLE, [list(c) for c in row.caps])
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, row.spoken)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, ", ".join(row.keys))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.addTopLevelItem(item)

    def keys_width(self) -> int:
        return self.sizeHintForColumn(1)

    def filter(self, words: str) -> int:
        """Show the rows whose words or keys hold ``words``; return how many show."""
        needle = words.strip().casefold()
        shown = 0
        for n, row in enumerate(self.rows):
            words_and_keys = " ".join((row.what, *row.keys)).casefold()
            hit = not needle or needle in words_and_keys
            item = self.topLevelItem(n)
            if item is not None:
                item.setHidden(not hit)
            shown += hit
        self.fit_height()
        return shown

    def fit_height(self) -> None:
        """As tall as the rows that show (uniform: the key caps' height)."""
        items = (self.topLevelItem(n) for n in range(self.topLevelItemCount()))
        shown = sum(1 for item in items if item is not None and not item.isHidden())
        self.setFixedHeight(shown * max(self.sizeHintForRow(0), 1) + 2 * self.frameWidth())


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, grouped by task, read from the rows given (see
    ``shortcut_rows``); a filter box narrows the list as you type.

    Attributes:
        groups: each group's list, in the order shown.
        search: the filter box.
    """

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("HelpDialog", "Keyboard shortcuts"))
        self.search = QLineEdit()
        self.search.setObjectName("shortcutsFilter")
        #: the box above the shortcuts list that narrows it to what is typed
        self.search.setAccessibleName(translate("Shortcuts", "Filter shortcuts"))
        self.search.setPlaceholderText(
            #: placeholder of the filter box; "archive" is an example of a word to type
            translate("Shortcuts", "Filter by what it does or its keys, e.g. archive")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.nothing = plain_label(
            #: the shortcuts list when the filter matches nothing
            translate("Shortcuts", "No shortcut matches."),
            name="shortcutsNothing",
            role="note",
            hidden=True,
        )
        content = QWidget()
        content.setObjectName("shortcutsContent")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(4)
        self.groups: list[ShortcutGroupView] = []
        self.headings: list[QLabel] = []
        for group in ShortcutGroup:
            mine = [row for row in rows if row.group is group]
            if not mine:
                continue
            heading = HeadingLabel(group.title)
            heading.setObjectName("shortcutGroupHeading")
            view = ShortcutGroupView(group, mine)
            column.addSpacing(8 if self.groups else 0)
            column.addWidget(heading)
            column.addWidget(view)
            self.groups.append(view)
            self.headings.append(heading)
        column.addWidget(self.nothing)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the lists take the keys
        scroll.setWidget(content)
        self.list_area = scroll
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("HelpDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.search)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self._fit_columns()
        self.search.setFocus()

    def _fit_columns(self) -> None:
        """One keys column for every group, as wide as the widest keys; heights to fit;
        the dialog as wide as the longest row (fit_to_screen keeps it on a small screen)."""
        self.ensurePolished()
        keys = max((g.keys_width() for g in self.groups), default=0)
        what = max((g.sizeHintForColumn(0) for g in self.groups), default=0)
        for view in self.groups:
            view.header().resizeSection(1, keys)
            view.fit_height()
        bar = self.list_area.verticalScrollBar().sizeHint().width()
        self.resize(max(480, what + keys + bar + 80), 600)

    def _filter(self, text: str) -> None:
        shown = 0
        for view, heading in zip(self.groups, self.headings, strict=True):
            count = view.filter(text)
            view.setVisible(count > 0)
            heading.setVisible(count > 0)
            shown += count
        self.nothing.setVisible(shown == 0)

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)
        for view in self.groups:
            view.fit_height()

    def rows(self) -> list[tuple[str, str]]:
        """(what it does, its keys joined by ", ") for every row, in the order shown."""
        return [(row.what, ", ".join(row.keys)) for view in self.groups for row in view.rows]

    def titles(self) -> dict[str, list[str]]:
        """Each group's heading and what its rows do."""
        return {view.group.title: [row.what for row in view.rows] for view in self.groups}
