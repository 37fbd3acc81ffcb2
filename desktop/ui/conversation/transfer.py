"""Transfer: hand a conversation to a colleague, with an optional note. (In 3CX this option
is "currently bugged, do not use"; here it works, and the data layer enforces who may.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.ui.look.widgets import plain_label

if TYPE_CHECKING:
    from desktop.accounts.staff import User


NOTE_LIMIT = 500


class TransferDialog(QDialog):
    """Choose a colleague (searchable) and optionally write a note.

    Args:
        users: everyone with an account.
        me: who is transferring (not offered).
        owner_id: the current owner (not offered: it is theirs already).
        title: the conversation's name, for the heading.

    Signals:
        sig_transfer(int, str): transfer to this user id, with this note.
    """

    sig_transfer = Signal(int, str)

    def __init__(
        self,
        users: list[User],
        me: int,
        owner_id: int | None,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("transferDialog")
        #: window title: hand a conversation over to a colleague
        transfer_conversation = translate("Transfer", "Transfer conversation")
        self.setWindowTitle(transfer_conversation)
        self.setMinimumWidth(420)
        caption = QLabel(transfer_conversation)
        caption.setObjectName("dialogTitle")
        heading = plain_label(
            translate("Transfer", "Hand the conversation with {title} to a colleague:").format(
                title=title
            )
        )
        # Named here, not with name=: the translations checker reads that as English text.
        heading.setObjectName("dialogIntro")
        self.search = QLineEdit()
        self.search.setAccessibleName(translate("Transfer", "Search colleagues"))
        self.search.setPlaceholderText(translate("Transfer", "Search by name or extension"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.colleagues = QListWidget()
        self.colleagues.setAccessibleName(translate("Transfer", "Colleagues"))
        self.colleagues.setObjectName("colleagueList")
        self.colleagues.setMaximumHeight(200)
        for user in users:
            if user.id in (me, owner_id) or user.disabled:
                continue
            item = QListWidgetItem(user.label)
            item.setData(Qt.ItemDataRole.UserRole, int(user.id))
            self.colleagues.addItem(item)
        self.colleagues.itemSelectionChanged.connect(self._update)
        self.colleagues.itemDoubleClicked.connect(lambda _item: self._transfer())
        self.empty = QLabel(
            translate(
                "Transfer", "No colleague to transfer to: add accounts with “{command}”."
            ).format(command="smsdesk users add")
        )
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setVisible(self.colleagues.count() == 0)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(translate("Transfer", "Note (optional)"))
        self.note.setPlaceholderText(
            translate("Transfer", "Note (optional), e.g. “wants a call back after 3 pm”")
        )
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.problem = QLabel()
        self.problem.setObjectName("saveProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox()
        #: button: hands the conversation over to the chosen colleague
        transfer = translate("Transfer", "Transfer")
        self.transfer_button = self.buttons.addButton(
            transfer, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.transfer_button.setAccessibleName(transfer)
        self.transfer_button.setObjectName("primaryButton")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("Transfer", "Cancel"))
        self.buttons.accepted.connect(self._transfer)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(caption)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.colleagues, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._update()
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible = None
        for row in range(self.colleagues.count()):
            item = self.colleagues.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        if first_visible is not None and self.colleagues.currentItem() is None:
            self.colleagues.setCurrentItem(first_visible)
        self._update()

    def _chosen(self) -> QListWidgetItem | None:
        item = self.colleagues.currentItem()
        return item if item is not None and not item.isHidden() and item.isSelected() else None

    def _update(self) -> None:
        self.transfer_button.setEnabled(self._chosen() is not None)

    def choose(self, label_part: str) -> None:
        """Select the first colleague whose label contains ``label_part``."""
        for row in range(self.colleagues.count()):
            item = self.colleagues.item(row)
            if label_part.casefold() in item.text().casefold():
                self.colleagues.setCurrentItem(item)
                item.setSelected(True)
                return

    def _transfer(self) -> None:
        item = self._chosen()
        if item is None:
            return
        note = self.note.toPlainText().strip()
        if len(note) > NOTE_LIMIT:
            self.show_problem(
                translate("Transfer", "Keep the note under %n character(s).", None, NOTE_LIMIT)
            )
            return
        self.transfer_button.setEnabled(False)
        self.sig_transfer.emit(int(item.data(Qt.ItemDataRole.UserRole)), note)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self._update()

    @property
    def problem_text(self) -> str:
        return self.problem.text() if self.problem.isVisible() else ""
