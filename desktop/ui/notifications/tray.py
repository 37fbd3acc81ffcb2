"""The system tray icon: unread badge, tooltip and menu (Open, New SMS, the unanswered
messages, Do not disturb, Sign out, Quit). Behind an adapter that knows whether the desktop
has a tray at all."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.config.settings import Settings
from desktop.core.i18n import translate
from desktop.ui.look.icons import tray_icon
from desktop.ui.session.live_settings import LiveSettings


class Tray(QObject):
    """SMS Desk in the system tray.

    Args:
        settings: the settings in force; Do not disturb is read from them and, switched
            from the menu, saved to them.
        available: whether the desktop has a tray (tests pass it; default: ask Qt).

    Signals:
        sig_open(): open or raise the main window (click on the icon, or Open SMS Desk).
        sig_new_sms(): New SMS from the menu.
        sig_open_conversation(int): one of the unanswered messages listed in the menu was
            chosen: open its conversation.
        sig_dnd_toggled(bool): Do not disturb was switched on or off.
        sig_sign_out(): Sign out.
        sig_quit(): Quit.
    """

    sig_open = Signal()
    sig_new_sms = Signal()
    sig_open_conversation = Signal(int)
    sig_dnd_toggled = Signal(bool)
    sig_sign_out = Signal()
    sig_quit = Signal()

    def __init__(
        self,
        settings: LiveSettings,
        *,
        available: bool | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.available = QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        self._count = 0
        self._online = True
        self.icon = QSystemTrayIcon(tray_icon(), self)
        self.menu = QMenu()
        self.open_action = self._add(translate("Tray", "Open SMS Desk"), self.sig_open)
        self.new_sms_action = self._add(translate("Tray", "New SMS"), self.sig_new_sms)
        # The unanswered messages go between two separators (set_unanswered); with none, a
        # menu shows the two as one.
        self.menu.addSeparator()
        self._unanswered_separator = self.menu.addSeparator()
        self.unanswered_actions: list[QAction] = []
        self.dnd_action = QAction(translate("Tray", "Do not disturb"), self.menu)
        self.dnd_action.setCheckable(True)
        self.dnd_action.setChecked(settings.current.do_not_disturb)
        self.dnd_action.toggled.connect(self._dnd_toggled)
        self.menu.addAction(self.dnd_action)
        self.menu.addSeparator()
        self.sign_out_action = self._add(translate("Tray", "Sign out"), self.sig_sign_out)
        self.quit_action = self._add(translate("Tray", "Quit"), self.sig_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        settings.changed.connect(self._settings_changed)
        self._refresh()

    def set_unanswered(self, entries: list[tuple[int, str]]) -> None:
        """List these unanswered messages in the menu, newest first: (conversation id,
        "Olivia Park: Is my order re…"). The text is plain: an "&" shows as itself."""
        texts = [(cid, text) for cid, text in entries]
        if texts == [(a.data(), a.text().replace("&&", "&")) for a in self.unanswered_actions]:
            return
        for action in self.unanswered_actions:
            self.menu.removeAction(action)
            action.deleteLater()
        self.unanswered_actions = []
        before = self._unanswered_separator
        for cid, text in texts:
            action = QAction(text.replace("&", "&&"), self.menu)
            action.setData(cid)
            action.triggered.connect(lambda _=False, c=cid: self.sig_open_conversation.emit(c))
            self.menu.insertAction(before, action)
            self.unanswered_actions.append(action)

    @property
    def unanswered(self) -> list[str]:
        """The unanswered messages the menu lists, as the user reads them."""
        return [a.text().replace("&&", "&") for a in self.unanswered_actions]

    def _dnd_toggled(self, on: bool) -> None:
        self._settings.update(do_not_disturb=on)
        self._refresh()
        self.sig_dnd_toggled.emit(on)

    def _settings_changed(self, settings: Settings, fields: frozenset[str]) -> None:
        if "do_not_disturb" in fields:
            # (Toggling the action saves the value it now has again: a no-op.)
            self.dnd_action.setChecked(settings.do_not_disturb)

    def _add(self, text: str, signal: SignalInstance) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(signal)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.sig_open.emit()

    def show(self) -> None:
        if self.available:
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    @property
    def visible(self) -> bool:
        return self.icon.isVisible()

    @property
    def count(self) -> int:
        return self._count

    def set_unread(self, count: int) -> None:
        """Show ``count`` unread conversations on the badge and in the tooltip."""
        if count != self._count:
            self._count = count
            self._refresh()

    def set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self._refresh()

    def _refresh(self) -> None:
        self.icon.setIcon(tray_icon(self._count, online=self._online))
        if self._count == 0:
            tip = translate("Tray", "SMS Desk — no unread messages")
        else:
            unread = self._count  # lupdate reads a plain name as the count
            tip = translate("Tray", "SMS Desk — %n unread conversation(s)", None, unread)
        if not self._online:
            #: the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") when
            #: the gateway does not answer
            tip = translate("Tray", "{status} (offline)").format(status=tip)
        if self.dnd_action.isChecked():
            #: the tray icon's tooltip ({status}: "SMS Desk — 2 unread conversations") while
            #: Do not disturb is on
            tip = translate("Tray", "{status} · Do not disturb").format(status=tip)
        self.icon.setToolTip(tip)

    @property
    def tooltip(self) -> str:
        return self.icon.toolTip()

    def notice(self, title: str, text: str) -> bool:
        """A one-line balloon from the tray, where the desktop supports them."""
        if self.available and self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 6000)
            return True
        return False
