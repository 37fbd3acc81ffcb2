"""The tray icon, the pop-ups and which messages pop up, for one signed-in session
(``TraySession``), wired to its main window; and the taskbar badge.

``desktop.ui.session.desk.SmsDesk`` builds the tray, pop-ups and notifier with the settings in
force and hands them here; each reads the settings itself and follows their changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import KW_ONLY, InitVar, dataclass, field

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models import Conversation, StoreChange
from desktop.sync.status import LinkState, SyncReport
from desktop.ui.notifications.answer_shortcut import (
    TRAY_ENTRIES,
    AnswerShortcut,
    tray_entry,
    unanswered,
)
from desktop.ui.notifications.notifier import Notifier
from desktop.ui.notifications.popup_stack import PopupStack
from desktop.ui.notifications.tray import Tray
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.threads.bridge import ChangeReceiver, StoreEvents
from desktop.ui.window.main_window import MainWindow

# How many of the chat list's first rows are looked through for unanswered messages.
SCANNED = 500

NO_TRAY_NOTICE = QT_TRANSLATE_NOOP(
    "TraySession",
    "This desktop has no system tray, so SMS Desk stays open in its window: closing the "
    "window quits it. Pop-ups still appear when an SMS arrives.",
)


def set_badge_number(count: int) -> None:
    """The taskbar or dock badge, where the platform has one (macOS, Windows, KDE…)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setBadgeNumber(count)


@dataclass(eq=False)
class TraySession:
    """The tray, pop-ups and notifier of one session, wired to its window and the store's
    changes; ``stop`` undoes it at sign-out.

    Args:
        settings: the settings in force (the one-time notices are saved there).
        events: the store's committed changes (the notifier reads them).
        tray: the tray icon.
        popups: the pop-up stack.
        notifier: decides which changes pop up.
        window: the session's main window.
        sign_out: what the tray's Sign out does.
        tell: shows the user a sentence (the no-tray notice).
    """

    settings: LiveSettings
    events: StoreEvents
    tray: Tray
    popups: PopupStack
    notifier: Notifier
    window: MainWindow
    _: KW_ONLY
    sign_out: InitVar[Callable[[], None]]
    tell: InitVar[Callable[[str], None]]
    answer: AnswerShortcut = field(init=False)
    _listing: QTimer = field(init=False)
    _receiver: ChangeReceiver = field(init=False)
    # Set by stop: a change queued before then may still arrive (queued calls outlive a
    # disconnect), and the tray is gone.
    _stopped: bool = field(init=False, default=False)

    def __post_init__(self, sign_out: Callable[[], None], tell: Callable[[str], None]) -> None:
        """Wire the tray and the notifier to the window and the store's changes."""
        self.events.sig_changed.connect(self.notifier.apply_change)
        self.answer = AnswerShortcut(
            self.window, self.popups, self.notifier, self._loaded_conversations, self.popups
        )
        # The tray's list of unanswered messages follows the store's changes, read at most
        # once a second (a burst brings thousands of changes).
        self._listing = QTimer(self.popups)
        self._listing.setSingleShot(True)
        self._listing.setInterval(1000)
        self._listing.timeout.connect(self._list_unanswered)
        self._receiver = ChangeReceiver(self.events, self._changed, self.popups)
        self.tray.sig_open_conversation.connect(self._open_conversation)
        self.tray.sig_open.connect(self.window.bring_to_front)
        self.tray.sig_new_sms.connect(self._new_sms)
        self.tray.sig_sign_out.connect(sign_out)
        self.tray.sig_quit.connect(QApplication.quit)
        self.window.sig_unread_changed.connect(self._unread_changed)
        self.window.sig_hidden_to_tray.connect(self._hidden_to_tray)
        self.window.sig_closed.connect(QApplication.quit)
        self.tray.show()
        if not self.tray.available and not self.settings.current.no_tray_notice_shown:
            self.settings.update(no_tray_notice_shown=True)
            # (Once the window is up: the sentence is shown in it.)
            QTimer.singleShot(0, lambda: tell(translate("TraySession", NO_TRAY_NOTICE)))

    def _loaded_conversations(self) -> Iterator[Conversation]:
        """The chat list's first rows, newest activity first: the newest unanswered
        messages are among them (a walk of all 100,000 loaded rows would take 8 ms)."""
        model = self.window.chat_model
        return (model.conversation_at(row) for row in range(min(model.rowCount(), SCANNED)))

    def _changed(self, _change: StoreChange) -> None:
        if self._stopped:
            return
        if self.tray.available and not self._listing.isActive():
            self._listing.start()

    def _list_unanswered(self) -> None:
        if self._stopped:
            return
        region = self.settings.current.default_region
        waiting = unanswered(self._loaded_conversations(), self.notifier.me)[:TRAY_ENTRIES]
        self.tray.set_unanswered([(int(c.id), tray_entry(c, region)) for c in waiting])

    def _open_conversation(self, conversation_id: int) -> None:
        conversation = next(
            (c for c in self._loaded_conversations() if int(c.id) == conversation_id), None
        )
        self.window.bring_to_front()
        if conversation is not None:
            self.window.open_conversation(conversation)

    def _new_sms(self) -> None:
        self.window.bring_to_front()
        self.window.new_conversation()

    def _unread_changed(self, count: int) -> None:
        self.tray.set_unread(count)
        set_badge_number(count)

    def _hidden_to_tray(self) -> None:
        if self.settings.current.tray_notice_shown:
            return
        self.settings.update(tray_notice_shown=True)
        self.popups.show_notice(
            translate("TraySession", "SMS Desk is still running"),
            translate(
                "TraySession",
                "It keeps running in the system tray: click its icon to open it again.",
            ),
        )

    def show_report(self, report: SyncReport) -> None:
        """The sync worker's report: the tray icon shows whether the gateway answers."""
        self.tray.set_online(report.state is LinkState.ONLINE)

    def stop(self) -> None:
        """Sign-out: forget what waited to pop up, close the pop-ups, remove the icon."""
        self.events.sig_changed.disconnect(self.notifier.apply_change)
        self._receiver.close()
        self._stopped = True
        self._listing.stop()
        self.notifier.stop()
        if self.notifier.desktop is not None:
            self.notifier.desktop.stop()
        self.popups.close_all()
        self.tray.hide()
        self.tray.deleteLater()
        set_badge_number(0)
