"""The desktop's own notification service (org.freedesktop.Notifications over D-Bus, Linux).

``DesktopNotifications`` shows a conversation's new messages as one notification (a burst
replaces it instead of stacking more), offers Reply, Mark as read and Open, and reports what
the user chose. Everything that talks to the bus runs on one thread of its own: the GUI
thread never waits for the service.

Why jeepney, not QtDBus: the spec's ``replaces_id`` and ``id`` arguments are unsigned 32-bit
integers, and PySide6 turns a Python int into a signed one (``i``) or, in a QDBusArgument,
a 16-bit one (``q``); servers built on GDBus (dunst, GNOME) refuse such a call. jeepney writes
the signature it is given. The service sends its signals to the connection that created
the notification, so calls and signals share that one connection.

Spec: https://specifications.freedesktop.org/notification-spec/latest/ (Notify,
CloseNotification, GetCapabilities; ActionInvoked, NotificationClosed, and KDE's and GNOME's
NotificationReplied for the "inline-reply" capability).
"""

from __future__ import annotations

import html
import logging
import os
import queue
import sys
import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.core.i18n import translate

log = logging.getLogger("smsdesk.ui.desktop_notifications")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"

# Action keys (the spec's "default" is a click on the notification itself).
DEFAULT = "default"
REPLY = "reply"
INLINE_REPLY = "inline-reply"
MARK_READ = "mark-read"
OPEN = "open"

# How long one call may take before the service counts as gone (seconds, off the GUI thread).
CALL_TIMEOUT = 5.0


def service_possible() -> bool:
    """Whether a desktop notification service can exist here at all (Linux/BSD with a
    session bus), before asking the bus."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return bool(os.environ.get("DBUS_SESSION_BUS_ADDRESS"))


def notification_body(texts: list[str], markup: bool) -> str:
    """The body for a notification: the texts, one a line, as plain text.

    Message text is never markup: a server that reads the body as markup (capability
    "body-markup") gets ``&``, ``<`` and ``>`` escaped, so ``<b>x</b>`` shows as typed.
    """
    body = "\n".join(texts)
    return html.escape(body, quote=False) if markup else body


@dataclass
class _Shown:
    """What the bus thread knows about one conversation's notification."""

    notification_id: int


class DesktopNotifications(QObject):
    """A client of org.freedesktop.Notifications, one notification per conversation.

    ``start`` connects and asks for the capabilities on the bus thread; ``sig_ready``
    tells whether a service answered. Until then, and when none does, ``available`` is
    False and SMS Desk's own pop-ups are used.

    Args:
        app_name: the application name the service shows.
        address: the session bus address (default: the environment's).

    Signals:
        sig_ready(bool): the service answered (True, capabilities known) or not (False).
        sig_action(int, str): the user chose an action on a conversation's notification
            (the conversation's id, the action key: ``DEFAULT``, ``REPLY``, ``MARK_READ``,
            ``OPEN``).
        sig_replied(int, str): the user typed a reply in the notification itself
            (inline reply): the conversation's id and the text. Emitted once per
            notification: the notification is forgotten when it is answered.
        sig_failed(int): showing a conversation's notification failed (the service went
            away): the caller shows its own pop-up instead.
        sig_shown(int, int): a conversation's notification is up (conversation id,
            notification id); tests and the tray follow it.
    """

    sig_ready = Signal(bool)
    sig_action = Signal(int, str)
    sig_replied = Signal(int, str)
    sig_failed = Signal(int)
    sig_shown = Signal(int, int)

    def __init__(
        self,
        app_name: str = "SMS Desk",
        address: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._address = address
        self.available = False
        self.capabilities: frozenset[str] = frozenset()
        self.server: tuple[str, ...] = ()
        self._commands: queue.Queue[Any] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._router: Any = None
        self.sig_ready.connect(self._ready)
        # Only the bus thread reads and writes these.
        self._by_conversation: dict[int, _Shown] = {}
        self._server_name = ""

    # -- the GUI thread's side ---------------------------------------------------------------

    @property
    def inline_reply(self) -> bool:
        """Whether the service lets the user type a reply in the notification."""
        return INLINE_REPLY in self.capabilities

    @property
    def markup(self) -> bool:
        """Whether the service reads bodies as markup (they are escaped then)."""
        return "body-markup" in self.capabilities

    def start(self) -> None:
        """Connect to the session bus and ask the service what it can do (on the bus
        thread; ``sig_ready`` tells the answer)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="desktop-notifications", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        """Close the connection (the service closes our notifications by itself when the
        connection goes away only on some desktops: ours are closed first)."""
        if self._thread is None:
            return
        self._stopping = True  # nothing more is told to the (signed-out) session
        self._commands.put(("close_all",))
        self._commands.put(None)
        self._thread.join(timeout)
        self._thread = None
        self.available = False

    def show(self, conversation_id: int, summary: str, texts: list[str]) -> None:
        """Show (or update) the conversation's notification with these message texts."""
        #: a notification's button: shows the conversation in SMS Desk
        open_text = translate("DesktopNotifications", "Open")
        #: a notification's button: answer the SMS
        reply_text = translate("DesktopNotifications", "Reply")
        #: a notification's button: the SMS was seen, the conversation no longer unread
        read_text = translate("DesktopNotifications", "Mark as read")
        actions = [DEFAULT, open_text]
        if self.inline_reply:
            actions += [INLINE_REPLY, reply_text]
        else:
            actions += [REPLY, reply_text]
        actions += [MARK_READ, read_text, OPEN, open_text]
        body = notification_body(texts, self.markup)
        self._commands.put(("notify", conversation_id, summary, body, actions))

    def show_notice(self, summary: str, text: str, conversation_id: int | None) -> None:
        """A notification that only tells something (Open, where it is about a conversation)."""
        key = conversation_id if conversation_id is not None else -1
        #: a notification's button: shows the conversation in SMS Desk
        open_text = translate("DesktopNotifications", "Open")
        actions = [DEFAULT, open_text, OPEN, open_text] if conversation_id is not None else []
        body = notification_body([text], self.markup)
        self._commands.put(("notify", key, summary, body, actions))

    def close(self, conversation_id: int) -> None:
        """The conversation was read or answered elsewhere: its notification goes."""
        self._commands.put(("close", conversation_id))

    def _ready(self, available: bool) -> None:
        self.available = available

    # -- the bus thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            self._connect()
        except Exception as err:
            log.info("no desktop notification service (%s): SMS Desk's pop-ups are used", err)
            self.sig_ready.emit(False)
            self._close_router()
            return
        self.sig_ready.emit(True)
        while True:
            item = self._commands.get()
            if item is None:
                break
            try:
                if isinstance(item, tuple):
                    self._command(item)
                else:
                    self._signal(item)
            except Exception:  # a service that misbehaves must not end the thread
                log.exception("the desktop notification service failed")
                if isinstance(item, tuple) and item[0] == "notify" and not self._stopping:
                    self.sig_failed.emit(item[1])
        self._close_router()

    def _connect(self) -> None:
        from jeepney import DBusAddress, MatchRule, new_method_call  # Linux only, on demand
        from jeepney.bus_messages import message_bus
        from jeepney.io.threading import DBusRouter, open_dbus_connection

        self._router = DBusRouter(open_dbus_connection(self._address or "SESSION"))
        notifications = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        # The service may send its signals to everyone (then the bus needs the match rule)
        # or only to us: either way they join the commands, in arrival order.
        self._filter = self._router.filter(rule, queue=self._commands)
        self._call(message_bus.AddMatch(rule))
        # Asked without starting it: a server that D-Bus would start on demand is not "the
        # desktop's" (and a test session's pop-ups must stay pop-ups).
        owner = self._call(message_bus.GetNameOwner(SERVICE)) if self._has_owner() else None
        if owner is None:
            raise LookupError(f"nobody owns {SERVICE} on the session bus")
        reply = self._call(new_method_call(notifications, "GetCapabilities"))
        self.capabilities = frozenset(reply.body[0])
        self._server_name = str(reply.header.fields.get(_sender_field(), ""))
        try:
            info = self._call(new_method_call(notifications, "GetServerInformation"))
            self.server = tuple(str(v) for v in info.body)
        except Exception:
            self.server = ()
        log.info(
            "desktop notifications: %s, capabilities %s", self.server, sorted(self.capabilities)
        )

    def _has_owner(self) -> bool:
        from jeepney.bus_messages import message_bus

        return bool(self._call(message_bus.NameHasOwner(SERVICE)).body[0])

    def _call(self, message: Any) -> Any:
        from jeepney.wrappers import unwrap_msg

        reply = self._router.send_and_get_reply(message, timeout=CALL_TIMEOUT)
        unwrap_msg(reply)  # raises on an error reply
        return reply

    def _command(self, item: tuple[Any, ...]) -> None:
        from jeepney import DBusAddress, new_method_call

        notifications = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        kind = item[0]
        if kind == "notify":
            _, cid, summary, body, actions = item
            shown = self._by_conversation.get(cid)
            replaces = shown.notification_id if shown is not None else 0
            hints = {
                "category": ("s", "im.received"),
                "desktop-entry": ("s", "smsdesk"),
            }
            reply = self._call(
                new_method_call(
                    notifications,
                    "Notify",
                    "susssasa{sv}i",
                    (self._app_name, replaces, "", summary, body, actions, hints, -1),
                )
            )
            nid = int(reply.body[0])
            self._by_conversation[cid] = _Shown(nid)
            self.sig_shown.emit(cid, nid)
        elif kind == "close":
            shown = self._by_conversation.pop(item[1], None)
            if shown is not None:
                self._call(
                    new_method_call(
                        notifications, "CloseNotification", "u", (shown.notification_id,)
                    )
                )
        elif kind == "close_all":
            for cid in list(self._by_conversation):
                try:
                    self._command(("close", cid))
                except Exception:  # signing out or quitting: the service may be gone
                    log.debug("could not close a notification", exc_info=True)

    def _conversation_of(self, notification_id: int) -> int | None:
        return next(
            (c for c, s in self._by_conversation.items() if s.notification_id == notification_id),
            None,
        )

    def _signal(self, message: Any) -> None:
        if self._stopping:
            return
        sender = message.header.fields.get(_sender_field(), "")
        if self._server_name and sender != self._server_name:
            log.warning("ignored a notification signal from %s, not the service", sender)
            return
        member = message.header.fields.get(_member_field(), "")
        body = message.body
        cid = self._conversation_of(int(body[0])) if body else None
        if cid is None or cid < 0:
            return
        if member == "ActionInvoked":
            key = str(body[1])
            if key == INLINE_REPLY:
                return  # the text comes with NotificationReplied
            if key in (DEFAULT, REPLY, MARK_READ, OPEN):
                self.sig_action.emit(cid, key)
                # Done with. Not every service closes it after an action (dunst's context
                # menu does not): closing it twice is harmless.
                self._command(("close", cid))
        elif member == "NotificationReplied":
            # Forgotten first: a second signal for the same notification sends nothing.
            self._by_conversation.pop(cid, None)
            self.sig_replied.emit(cid, str(body[1]))
        elif member == "NotificationClosed":
            self._by_conversation.pop(cid, None)

    def _close_router(self) -> None:
        router, self._router = self._router, None
        if router is not None:
            try:
                router.close()
            except Exception:
                log.debug("closing the D-Bus connection failed", exc_info=True)


def _sender_field() -> Any:
    from jeepney.low_level import HeaderFields

    return HeaderFields.sender


def _member_field() -> Any:
    from jeepney.low_level import HeaderFields

    return HeaderFields.member
