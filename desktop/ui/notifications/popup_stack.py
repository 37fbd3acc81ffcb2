"""The stack of pop-ups: shows, merges, stacks and places them near the tray.

Newest on top, at most ``MAX_VISIBLE`` shown with "+N more" for the rest (their clocks
paused until they are shown); messages from one conversation merge into its pop-up. While
the main window is on screen the stack keeps clear of its toolbars (the open conversation's
Call … More options, Close), showing fewer pop-ups if it must, and moves when the window
does. Where
they go is computed by desktop.ui.notifications.popup_geometry; the pop-ups are
desktop.ui.notifications.popups.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from desktop.config.settings import Settings
from desktop.core.i18n import translate
from desktop.core.models import Conversation, Message, utcnow
from desktop.ui.dialogs.templates import TemplateLibrary
from desktop.ui.notifications.popup_geometry import (
    POPUP_WIDTH,
    QUIET_FLAGS,
    clear_of_toolbars,
    fitting,
    keep_clear_of,
    stack_geometry,
    tray_corner,
)
from desktop.ui.notifications.popups import MessagePopup, NoticePopup, PopupFrame
from desktop.ui.session.live_settings import LiveSettings

MAX_VISIBLE = 3
# What the followed window does that may move its toolbars.
WINDOW_MOVES = frozenset(
    {
        QEvent.Type.Move,
        QEvent.Type.Resize,
        QEvent.Type.Show,
        QEvent.Type.Hide,
        QEvent.Type.WindowStateChange,
    }
)


def _height(popup: QWidget) -> int:
    """The height a pop-up needs at the stack's fixed width (its text wraps)."""
    layout = popup.layout()
    if layout is not None and layout.hasHeightForWidth():
        return max(popup.sizeHint().height(), layout.totalHeightForWidth(POPUP_WIDTH))
    return popup.sizeHint().height()


class PopupStack(QObject):
    """Shows, merges, stacks and places the pop-ups.

    Args:
        settings: the settings in force: the default region for numbers, how long untouched
            pop-ups stay and quiet hours are read as each pop-up opens; switching Do not
            disturb on closes the pop-ups shown.
        tray_geometry: returns the tray icon's rectangle, if the desktop reports one.
        toolbars: returns the screen rectangles of the main window's toolbars the pop-ups
            must not cover (none while the window is hidden or minimised).
        templates: the saved replies a pop-up's Reply offers, where there are some.
        my_name: the signed-in colleague's name, for templates' ``{my_name}``.

    Signals:
        sig_reply(int, str, object, MessagePopup): a reply typed in a pop-up, to store and
            send now (None) or at the given aware UTC time.
        sig_mark_read(int, int): Mark as read for a conversation, up to the newest message
            its pop-up showed.
        sig_open(int): Open a conversation in the main window.
    """

    sig_reply = Signal(int, str, object, object)
    sig_mark_read = Signal(int, int)
    sig_open = Signal(int)

    def __init__(
        self,
        settings: LiveSettings,
        tray_geometry: Callable[[], QRect | None] = lambda: None,
        *,
        toolbars: Callable[[], list[QRect]] = list,
        templates: TemplateLibrary | None = None,
        my_name: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tray_geometry = tray_geometry
        self._toolbars = toolbars
        self._window: QWidget | None = None  # the window whose toolbars are kept clear of
        self.popups: list[PopupFrame] = []  # newest first
        self.clock: Callable[[], datetime] = utcnow
        self.templates = templates
        if templates is not None and templates.parent() is None:
            templates.setParent(self)
        self.my_name = my_name
        settings.changed.connect(self._settings_changed)
        self.more = QLabel()
        self.more.setWindowFlags(QUIET_FLAGS)
        self.more.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.more.setObjectName("popupMore")
        self.more.setTextFormat(Qt.TextFormat.PlainText)
        self.more.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self._layout)

    def _settings_changed(self, settings: Settings, fields: frozenset[str]) -> None:
        if "do_not_disturb" in fields and settings.do_not_disturb:
            self.close_all()

    # -- showing --------------------------------------------------------------------------

    def popup_for(self, conversation_id: int) -> MessagePopup | None:
        return next(
            (
                p
                for p in self.popups
                if isinstance(p, MessagePopup) and p.conversation.id == conversation_id
            ),
            None,
        )

    def show_message(self, conversation: Conversation, message: Message) -> MessagePopup:
        """Pop up ``message``; a conversation that already has a pop-up gets it merged in."""
        return self.show_messages(conversation, [message])

    def show_messages(
        self, conversation: Conversation, messages: Sequence[Message]
    ) -> MessagePopup:
        """Pop up messages of one conversation (oldest first), merged into its pop-up."""
        popup = self.popup_for(conversation.id)
        if popup is None:
            popup = MessagePopup(
                conversation,
                self._settings.current.default_region,
                self._settings.current.popup_seconds,
                templates=self.templates,
                my_name=self.my_name,
            )
            if self.templates is not None:
                self.templates.refresh()  # read as it opens: other desks change them too
            popup.quiet_hours = self._settings.quiet_hours
            popup.clock = self.clock
            popup.sig_reply.connect(
                lambda cid, text, when, p=popup: self.sig_reply.emit(cid, text, when, p)
            )
            popup.sig_mark_read.connect(self.sig_mark_read)
            popup.sig_open.connect(self.sig_open)
            self._add(popup)
        else:
            self.popups.remove(popup)
            self.popups.insert(0, popup)  # the newest message goes on top
        popup.add_messages(conversation, messages)
        self._layout()
        return popup

    def show_notice(self, title: str, text: str, conversation_id: int | None = None) -> None:
        notice = NoticePopup(title, text, conversation_id, self._settings.current.popup_seconds)
        notice.sig_open.connect(self.sig_open)
        self._add(notice)
        notice.adjustSize()
        self._layout()

    def _add(self, popup: PopupFrame) -> None:
        self.popups.insert(0, popup)
        popup.sig_closed.connect(lambda p=popup: self._closed(p))
        popup.sig_resized.connect(self._relayout.start)
        # Whatever changes a pop-up's size (a reply box opening, a status line, fonts being
        # polished), the ones below move with it.
        popup.installEventFilter(self)

    def follow(self, window: QWidget) -> None:
        """Place the stack again whenever ``window`` (whose toolbars it keeps clear of)
        moves, is resized, shown, hidden, minimised or restored."""
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        popup_resized = kind == QEvent.Type.Resize and watched in self.popups
        window_moved = watched is self._window and kind in WINDOW_MOVES and bool(self.popups)
        if kind == QEvent.Type.LayoutRequest or popup_resized or window_moved:
            self._relayout.start()
        return False

    def _closed(self, popup: PopupFrame) -> None:
        if popup in self.popups:
            self.popups.remove(popup)
        popup.deleteLater()
        self._layout()

    def conversation_changed(self, conversation: Conversation) -> None:
        """Show a conversation's new state (e.g. opted out) in its pop-up, if it has one."""
        popup = self.popup_for(conversation.id)
        if popup is not None:
            popup.conversation_changed(conversation)

    def message_changed(self, message: Message) -> None:
        for popup in self.popups:
            if isinstance(popup, MessagePopup):
                popup.message_changed(message)

    def dismiss(self, conversation_id: int) -> None:
        """The conversation was read elsewhere: its pop-up is no longer news."""
        popup = self.popup_for(conversation_id)
        if popup is not None and popup.reply_area.isHidden():
            popup.close()

    def close_all(self) -> None:
        for popup in list(self.popups):
            popup.close()
        self.more.hide()

    # -- placing --------------------------------------------------------------------------

    def _screen(self) -> tuple[QScreen | None, QRect | None]:
        tray = self._tray_geometry()
        if tray is not None and tray.isValid():
            screen = QGuiApplication.screenAt(tray.center())
            if screen is not None:
                return screen, tray
        return QGuiApplication.primaryScreen(), None

    def _layout(self) -> None:
        if not self.popups:  # nothing to place (and the tray may be gone with the session)
            self.more.hide()
            return
        screen, tray = self._screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        corner = tray_corner(screen.geometry(), available, tray)
        available = keep_clear_of(available, corner, tray)
        heights = [_height(p) for p in self.popups[:MAX_VISIBLE]]
        more_height = self.more.sizeHint().height() + 8
        count = 0
        if heights:
            area = clear_of_toolbars(available, corner, self._toolbars(), heights[0])
            count = fitting(area, heights, more_height, MAX_VISIBLE)
            available = area
        visible = self.popups[:count]
        hidden = self.popups[count:]
        more_size = None
        if hidden:
            #: under the pop-ups: how many more are waiting, hidden
            waiting = len(hidden)  # lupdate reads a plain name as the count
            self.more.setText(translate("PopupStack", "+%n more", None, waiting))
            self.more.adjustSize()
            more_size = QSize(POPUP_WIDTH, more_height)
        sizes = [QSize(POPUP_WIDTH, height) for height in heights[:count]]
        rects, more_rect = stack_geometry(available, corner, sizes, more_size)
        for popup, rect in zip(visible, rects, strict=True):
            popup.setGeometry(rect)
            if not popup.isVisible():
                popup.show()
                popup.resume()
        for popup in hidden:
            popup.pause()
            popup.hide()
        if more_rect is not None:
            self.more.setGeometry(more_rect)
            self.more.show()
        else:
            self.more.hide()

    @property
    def visible_popups(self) -> list[QFrame]:
        return [p for p in self.popups if p.isVisible()]

    @property
    def more_text(self) -> str:
        return self.more.text() if self.more.isVisible() else ""

    def position_of(self, popup: QFrame) -> QPoint:
        return popup.geometry().topLeft()
