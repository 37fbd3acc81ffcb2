"""The main window's status bar and notices: the gateway's state (``ConnectionIndicator``),
who is signed in, the administrators' notice of inbound messages set aside (and their
dialog), and the error box that tells the user about a problem they can act on.

``WindowStatus`` is the layer of ``MainWindow`` that does this (desktop/ui/window/main_window.py
builds the window; the layers are split by what they do, and share its attributes).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from desktop.core.i18n import translate
from desktop.sync.status import LinkState, SyncReport
from desktop.ui.dialogs.set_aside import SetAsideDialog, SetAsideNotice
from desktop.ui.look.announce import announce
from desktop.ui.look.widgets import plain_tooltip
from desktop.ui.window.undo_notice import UndoNotice

if TYPE_CHECKING:
    from desktop.accounts.staff import User
    from desktop.store.ports import WindowStore
    from desktop.ui.threads.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.main_window")

APP_TITLE = "SMS Desk"


class ConnectionIndicator(QWidget):
    """The status bar's word on the gateway: "Connected", or "Offline — retrying in 8 s"
    with a Retry now button.

    Signals:
        sig_retry_now(): the user pressed Retry now.
    """

    sig_retry_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionIndicator")
        self._dot = QLabel()
        self._dot.setObjectName("connectionDot")
        self._dot.setFixedSize(10, 10)
        self._label = QLabel(translate("WindowStatus", "Connecting…"))
        self._label.setObjectName("connectionText")
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(translate("WindowStatus", "Retry now"))
        self.retry_button.setObjectName("retryNow")
        self.retry_button.setAccessibleName(translate("WindowStatus", "Retry now"))
        self.retry_button.setFlat(True)
        self.retry_button.clicked.connect(self.sig_retry_now)
        self.retry_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.setSpacing(8)
        layout.addWidget(self._dot)
        layout.addWidget(self._label)
        layout.addWidget(self.retry_button)
        self._state = LinkState.CONNECTING
        self._headline = ""
        self._detail = ""
        self._retry_at = 0.0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._refresh)
        self._set_dot("connecting")

    @property
    def text(self) -> str:
        return self._label.text()

    @property
    def state(self) -> LinkState:
        return self._state

    def show_report(self, report: SyncReport) -> None:
        self._state = report.state
        self._headline = report.message
        self._detail = report.detail or report.message
        self._retry_at = time.monotonic() + report.retry_in
        if report.state is LinkState.ONLINE:
            self._countdown.stop()
        elif not self._countdown.isActive():
            self._countdown.start()
        self._refresh()

    def _refresh(self) -> None:
        remaining = max(0, round(self._retry_at - time.monotonic()))
        if self._state is LinkState.ONLINE:
            self._label.setText(translate("WindowStatus", "Connected"))
            self._label.setToolTip("")
            self._set_dot("online")
            self.retry_button.hide()
        elif self._state is LinkState.OFFLINE:
            if remaining:
                #: %n is a number of seconds
                offline = translate("WindowStatus", "Offline — retrying in %n s", None, remaining)
            else:
                offline = translate("WindowStatus", "Offline — retrying…")
            self._label.setText(offline)
            self._label.setToolTip(plain_tooltip(self._detail))
            self._set_dot("offline")
            self.retry_button.show()
        elif self._state is LinkState.DATABASE_FAULT:
            # "Can't reach the database — retrying in 4 s"; what it means in the tooltip.
            if remaining:
                #: {problem} is a short headline ("Can't reach the database"); %n seconds
                fault = translate("WindowStatus", "{problem} — retrying in %n s", None, remaining)
            else:
                fault = translate("WindowStatus", "{problem} — retrying…")
            self._label.setText(fault.format(problem=self._headline))
            self._label.setToolTip(self._detail)
            self._set_dot("offline")
            self.retry_button.show()
        elif self._state is LinkState.NEEDS_ATTENTION:
            self._label.setText(self._detail)
            self._label.setToolTip(plain_tooltip(self._detail))
            self._set_dot("attention")
            self.retry_button.show()
        else:
            self._label.setText(translate("WindowStatus", "Connecting…"))
            self._set_dot("connecting")

    def _set_dot(self, state: str) -> None:
        self._dot.setProperty("state", state)
        self._dot.style().unpolish(self._dot)
        self._dot.style().polish(self._dot)


class WindowStatus(QMainWindow):
    """The status bar's part of the main window: the connection, the signed-in colleague,
    messages set aside (administrators), and problems shown to the user.

    Signals:
        sig_retry_now(): the user asked to reconnect now (Retry now, or Try again on
            messages set aside).
    """

    sig_retry_now = Signal()

    # Made by MainWindow.__init__.
    _store: WindowStore
    _tasks: TaskRunner
    user: User | None

    def _build_status_bar(self, user: User | None) -> None:
        """The connection on the left; messages set aside and who is signed in on the right."""
        self.connection = ConnectionIndicator()
        self.connection.sig_retry_now.connect(self.sig_retry_now)
        self.statusBar().addWidget(self.connection)
        self.statusBar().setSizeGripEnabled(False)
        # The status bar's passing messages report how an action went ("Archived.",
        # "Transferred to Anna (102).", "Calling …"). QStatusBar paints them itself and tells
        # assistive technology nothing, so each is read out politely here, in one place
        # (clearing a message changes it to "", which announce() ignores).
        self.statusBar().messageChanged.connect(lambda text: announce(self, text))
        # For administrators: inbound messages that could not be stored (set aside).
        self.set_aside_notice = SetAsideNotice()
        self.set_aside_notice.clicked.connect(self.show_set_aside)
        self.statusBar().addPermanentWidget(self.set_aside_notice)
        # After Dealt with and Archive: "Marked dealt with and archived. [Undo]".
        self.undo_notice = UndoNotice(self)
        self.statusBar().insertPermanentWidget(1, self.undo_notice)  # (after the connection)
        self.set_aside_dialog: SetAsideDialog | None = None
        self._set_aside_retrying = False
        self.user_label = QLabel(user.label if user is not None else "")
        self.user_label.setObjectName("signedInAs")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setToolTip(translate("WindowStatus", "Signed in"))
        self.statusBar().addPermanentWidget(self.user_label)

    # -- status ----------------------------------------------------------------------------

    def show_report(self, report: SyncReport) -> None:
        self.connection.show_report(report)
        if report.set_aside or self._set_aside_retrying:
            # New records set aside, or the cycle that tried some again: count them again.
            self._set_aside_retrying = False
            self.refresh_set_aside()
            if self.set_aside_dialog is not None and self.set_aside_dialog.isVisible():
                self.set_aside_dialog.reload()

    # -- messages set aside (administrators) -----------------------------------------------

    @property
    def _is_admin(self) -> bool:
        return self.user is not None and self.user.is_admin

    def refresh_set_aside(self) -> None:
        """Show administrators how many inbound messages wait set aside (none: no notice)."""
        if not self._is_admin:
            self.set_aside_notice.show_count(0)
            return
        store = self._store
        self._tasks.run(lambda: store.set_aside.count(), self.set_aside_notice.show_count)

    def show_set_aside(self) -> SetAsideDialog | None:
        """List the messages set aside, with Try again and Dismiss (administrators only)."""
        if not self._is_admin:
            return None
        store = self._store
        if self.set_aside_dialog is None:
            dialog = SetAsideDialog(
                lambda: store.set_aside.list(),
                lambda ids: store.set_aside.request_retry(ids),
                lambda ids: store.set_aside.dismiss(ids),
                self._tasks,
                self,
            )
            dialog.sig_changed.connect(self.refresh_set_aside)
            dialog.sig_try_again.connect(self._try_set_aside_again)
            dialog.finished.connect(self._set_aside_closed)
            self.set_aside_dialog = dialog
        else:
            self.set_aside_dialog.reload()
        self.set_aside_dialog.open()
        return self.set_aside_dialog

    def _set_aside_closed(self, _result: int) -> None:
        # A closed dialog is deleted, so that it leaves the accessibility tree; the next
        # Show makes a new one.
        if self.set_aside_dialog is not None:
            self.set_aside_dialog.deleteLater()
        self.set_aside_dialog = None

    def _try_set_aside_again(self) -> None:
        # The polling desk tries them in its next cycle: make that now.
        self._set_aside_retrying = True
        self.sig_retry_now.emit()

    # -- problems --------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        """Tell the user about a problem they can act on, without blocking the window."""
        log.warning("shown to the user: %s", message)
        box = QMessageBox(
            QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        # QMessageBox raises QAccessible::Alert when shown, but Qt's AT-SPI bridge ignores
        # Alert events (qtbase atspiadaptor.cpp: "For now we ignore these events"), so on
        # Linux a screen reader hears the box only if it takes focus. The announcement is
        # the one event the bridge passes on, heard even when the window is not active.
        announce(box, message, assertive=True)
