"""The chat list's view: fixed-height rows painted by ``ChatListDelegate``, browsed with the
keyboard, with a row's context menu asked for by right-click, the Menu key or Shift+F10."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.window.chat_list import ROW_HEIGHT, AnyIndex, ChatListDelegate
from desktop.ui.window.chat_menu import ROW_MENU_KEYS

__all__ = ["ChatListView"]


class ChatListView(QTableView):
    """The chat list view: one column of fixed-height rows, painted by ``ChatListDelegate``.

    A table rather than a ``QListView``: a list view lays every row out again after each row
    inserted, moved or removed, asking the Python model about each one (a tenth of a second
    with 100,000 conversations loaded, on every new message), while a table of fixed-height
    rows only shifts its row positions.

    The keyboard browses it: the arrows, Home, End, Page Up and Page Down move the current
    row and the focus stays in the list (``browsing`` is True while a key moves it, so the
    window can tell browsing from a click); Enter opens the current row.

    Right-click, the Menu key and Shift+F10 ask for a row's context menu: the row under the
    pointer, or the current row from the keyboard (``desktop.ui.window.chat_menu``).

    Signals:
        sig_open_requested(QModelIndex): Enter or Return was pressed on this row.
        sig_menu_requested(QModelIndex, QPoint): the context menu of this row, at this
            global position.
    """

    sig_open_requested = Signal(QModelIndex)
    sig_menu_requested = Signal(QModelIndex, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._browsing = False
        self.setObjectName("chatList")
        self.setAccessibleName(translate("ChatList", "Chat list"))
        self.setItemDelegate(ChatListDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as from any list
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(ROW_HEIGHT)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    @property
    def browsing(self) -> bool:
        """True while a key press moves the current row (the selection follows it)."""
        return self._browsing

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A right-click asks for the row's menu: it neither opens nor selects the row
        # (opening it would mark it read before Mark as read or Archive was chosen).
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            if index.isValid():
                self.sig_menu_requested.emit(index, event.globalPos())
        else:
            self._menu_for_current()
        event.accept()

    def _menu_for_current(self) -> None:
        """The keyboard's context menu: the current row's, below its text."""
        current = self.currentIndex()
        if not current.isValid():
            return
        self.scrollTo(current)
        rect = self.visualRect(current)
        at = QPoint(rect.left() + rect.height() // 2, rect.center().y())
        self.sig_menu_requested.emit(current, self.viewport().mapToGlobal(at))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if ROW_MENU_KEYS.matches(event):
            self._menu_for_current()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            current = self.currentIndex()
            if current.isValid():
                self.sig_open_requested.emit(current)
                event.accept()
                return
        self._browsing = True
        try:
            current = self.currentIndex()
            if (
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and not modifiers
                and current.isValid()
                and not self.selectionModel().isSelected(current)
            ):
                # Focus came in on the first row without choosing it (Qt makes it current
                # unselected): the first arrow chooses it rather than skipping past it.
                self.selectionModel().select(
                    current,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return
            super().keyPressEvent(event)
        finally:
            self._browsing = False

    def moveCursor(
        self,
        action: QAbstractItemView.CursorAction,
        modifiers: Qt.KeyboardModifier,
    ) -> QModelIndex:
        # A table's Home and End go to the first and last column; in this one-column list
        # they go to the first and last row, as a list's do (the table's Ctrl+Home/End).
        if action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(action, modifiers)

    def rowsAboutToBeRemoved(self, parent: AnyIndex, start: int, end: int) -> None:
        # The selected conversation leaves the list (archived, dealt with, here or by a
        # colleague): the selection goes with it. Qt's single-selection views select the
        # row next to it instead, which opened that conversation and marked it read unasked.
        current = self.currentIndex()
        if current.isValid() and not parent.isValid() and start <= current.row() <= end:
            self.selectionModel().clear()
        super().rowsAboutToBeRemoved(parent, start, end)
