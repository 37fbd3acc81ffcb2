"""Messages set aside, for administrators: a status-bar notice and the dialog it opens.

The sync worker sets aside inbound records it could not store (see
``desktop.store.set_aside_store``); everything else keeps flowing. An administrator sees how
many wait in the status bar, reads them here (as plain text: they came from outside) and
asks to try them again or dismisses them. The store is only ever called in the store thread.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.look.formatting import clock_time, list_time
from desktop.ui.look.widgets import plain_label

if TYPE_CHECKING:  # the window imports this module before the database layer is loaded
    from desktop.store.set_aside_store import SetAside
    from desktop.ui.threads.tasks import TaskRunner

__all__ = ["SetAsideDialog", "SetAsideNotice", "describe"]

_ID_ROLE = Qt.ItemDataRole.UserRole


def _count(n: int) -> str:
    return translate("SetAsideDialog", "%n message(s) set aside", None, n)


def describe(entry: SetAside) -> str:
    """One record as the list shows it: its sid and time, then the reason."""
    at = entry.received_at or entry.set_aside_at
    when = list_time(at)
    if when != clock_time(at):  # today's list time is the clock time already
        #: a day and a time of day: "Tuesday 14:05", "5 Dec 14:05"
        when = translate("SetAsideDialog", "{day} {time}").format(day=when, time=clock_time(at))
    sid = entry.sid or translate("SetAsideDialog", "No message id")
    if entry.retry_requested_at is not None:
        #: a message set aside: its id and when it came, asked to be fetched again
        heading = translate("SetAsideDialog", "{sid} · {when} (waiting to be tried again)")
    else:
        #: a message set aside: its id and when it came
        heading = translate("SetAsideDialog", "{sid} · {when}")
    return f"{heading.format(sid=sid, when=when)}\n{entry.reason}"


def _raw_text(raw: str) -> str:
    """The record's fields, one per line, as the gateway gave them (escapes kept)."""
    try:
        fields = json.loads(raw)
    except ValueError:
        return raw
    # ensure_ascii: a lone surrogate or a NUL stays visible as \ud800 or \u0000.
    return json.dumps(fields, ensure_ascii=True, indent=2)


class SetAsideNotice(QPushButton):
    """The status bar's "3 messages set aside" for administrators; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideNotice")
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        self.setIconSize(QSize(14, 14))
        self.setToolTip(
            translate(
                "SetAsideDialog", "Messages from the gateway that could not be stored. Show them."
            )
        )
        self.show_count(0)

    def show_count(self, count: int) -> None:
        text = _count(count)
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(count > 0)


class SetAsideDialog(QDialog):
    """The records set aside: what each is and why, with Try again and Dismiss.

    Args:
        list_records: returns the records awaiting an administrator (run in the store
            thread).
        try_again: asks the polling desk to fetch and store these ids again (store thread).
        dismiss: leaves these ids out of the list from now on (store thread).
        tasks: the store thread.

    Signals:
        sig_changed(): records were asked to be tried again or dismissed (the notice's count
            and the worker should know).
        sig_try_again(): records wait to be tried again: wake the worker.
    """

    sig_changed = Signal()
    sig_try_again = Signal()

    def __init__(
        self,
        list_records: Callable[[], list[SetAside]],
        try_again: Callable[[list[int]], int],
        dismiss: Callable[[list[int]], int],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideDialog")
        self.setWindowTitle(translate("SetAsideDialog", "Messages set aside"))
        self.resize(560, 440)
        self._list_records = list_records
        self._try_again = try_again
        self._dismiss = dismiss
        self._tasks = tasks
        self._records: dict[int, SetAside] = {}

        intro = plain_label(
            translate(
                "SetAsideDialog",
                "These messages came from the SMS gateway but could not be stored; every other "
                "message arrived as usual. Try again fetches them from the gateway again; "
                "Dismiss takes them off this list.",
            ),
            name="setAsideIntro",
        )
        self.records = QListWidget()
        self.records.setObjectName("setAsideList")
        self.records.setAccessibleName(translate("SetAsideDialog", "Messages set aside"))
        self.records.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.records.setWordWrap(True)
        self.records.setSpacing(3)
        self.records.setAlternatingRowColors(True)
        self.records.itemSelectionChanged.connect(self._selection_changed)
        self.records.currentItemChanged.connect(self._selection_changed)
        details_label = QLabel(translate("SetAsideDialog", "What the gateway sent:"))
        details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QPlainTextEdit()  # plain text only: the record came from outside
        self.details.setObjectName("setAsideDetails")
        self.details.setAccessibleName(translate("SetAsideDialog", "What the gateway sent"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        details_label.setBuddy(self.details)

        buttons = QDialogButtonBox()
        self.try_again_button = buttons.addButton(
            translate("SetAsideDialog", "Try again"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.dismiss_button = buttons.addButton(
            translate("SetAsideDialog", "Dismiss"), QDialogButtonBox.ButtonRole.ActionRole
        )
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for button in (self.try_again_button, self.dismiss_button, close):
            button.setAccessibleName(button.text())
        self.try_again_button.setToolTip(
            translate("SetAsideDialog", "Fetch the selected messages again and store them")
        )
        self.dismiss_button.setToolTip(
            translate("SetAsideDialog", "Take the selected messages off this list")
        )
        self.try_again_button.clicked.connect(lambda: self._act(self._try_again, retry=True))
        self.dismiss_button.clicked.connect(lambda: self._act(self._dismiss, retry=False))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.records, 3)
        layout.addWidget(details_label)
        layout.addWidget(self.details, 2)
        layout.addWidget(buttons)
        self._selection_changed()
        self.reload()

    def reload(self) -> None:
        """Read the records again (in the store thread) and show them, all selected."""
        self._tasks.run(self._list_records, self._show)

    def _show(self, records: list[SetAside]) -> None:
        self._records = {entry.id: entry for entry in records}
        self.records.clear()
        for entry in records:
            item = QListWidgetItem(describe(entry))
            item.setData(_ID_ROLE, entry.id)
            self.records.addItem(item)
        if not records:
            self.records.addItem(
                QListWidgetItem(translate("SetAsideDialog", "Nothing is set aside."))
            )
            self.records.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        else:
            # The first one's details show; the buttons act on all until one is chosen.
            self.records.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.records.selectAll()
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        """The ids of the selected records, in the list's order."""
        ids = [item.data(_ID_ROLE) for item in self.records.selectedItems()]
        return sorted(int(i) for i in ids if i is not None)

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        self.try_again_button.setEnabled(bool(ids))
        self.dismiss_button.setEnabled(bool(ids))
        current = self.records.currentItem()
        chosen = current.data(_ID_ROLE) if current is not None else None
        entry = self._records.get(chosen) if chosen is not None else None
        self.details.setPlainText(_raw_text(entry.raw) if entry is not None else "")

    def _act(self, action: Callable[[list[int]], int], *, retry: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def done(_count: int) -> None:
            self.sig_changed.emit()
            if retry:
                self.sig_try_again.emit()
            self.reload()

        self._tasks.run(lambda: action(ids), done)
