"""One running SMS Desk: the store, accounts, keyring, threads and — once someone has signed
in — the gateway, the sync worker and the main window (``SmsDesk``).

``desktop.app`` starts it; this module loads the database layer, so the app imports it only
after the window can be painted (see ``desktop.snapshot``).
"""

from __future__ import annotations

import dataclasses
import gc
import logging
import logging.handlers
import uuid
from datetime import datetime, time
from time import monotonic
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.engine import make_url

from desktop import __version__, autostart, snapshot
from desktop.accounts import Accounts, ExtensionRule, User
from desktop.config import Paths, Settings, save_settings
from desktop.core.links import SmsLink, parse_sms_link
from desktop.core.models import (
    Conversation,
    ConversationId,
    Direction,
    Message,
    MessageId,
    MessageStatus,
    StoreChange,
    utcnow,
)
from desktop.credentials import CredentialStore
from desktop.gateway.base import GatewayError
from desktop.gateway.connection import GatewayConfig
from desktop.gateway.demo import DemoGateway
from desktop.picture_cache import PictureCache
from desktop.picture_sending import PicturePublisher
from desktop.store import OwnedByOther, Store, open_store
from desktop.sync.engine import SyncEngine
from desktop.sync.pictures import PictureFetcher
from desktop.sync.status import LinkState
from desktop.ui.bridge import StoreEvents
from desktop.ui.failures import Failure
from desktop.ui.first_paint import watch_first_paint
from desktop.ui.help import AboutDialog
from desktop.ui.login import LoginDialog
from desktop.ui.main_window import APP_TITLE, MainWindow
from desktop.ui.notifier import Notifier
from desktop.ui.operations import ConversationOperations
from desktop.ui.popups import MessagePopup, PopupStack
from desktop.ui.tasks import TaskRunner
from desktop.ui.templates import TemplateLibrary
from desktop.ui.tray import Tray
from desktop.ui.worker import SyncThread

if TYPE_CHECKING:  # imported when needed: psycopg is for team mode only
    from collections.abc import Callable

    from desktop.app import EarlyStart
    from desktop.gateway.cancel import CancellableSession
    from desktop.store.lease import PollerLease
    from desktop.store.team import ChangeListener, ChangePublisher, TeamConnection
    from desktop.ui.lifecycle import QuitGuard
    from desktop.ui.settings_dialog import SettingsDialog

log = logging.getLogger("smsdesk.app")

# How long the chat list stays unchanged before its snapshot is written.
SNAPSHOT_DELAY_MS = 2000


class TeamLink:
    """Team mode on PostgreSQL: tells other desks what changed here (NOTIFY, through the
    store's connection) and hears what they changed (LISTEN, with a slow poll as a fallback)
    on the desk's one team connection, which also holds the poller lease. Nothing to do on
    SQLite."""

    def __init__(
        self,
        team: TeamConnection | None = None,
        publisher: ChangePublisher | None = None,
        listener: ChangeListener | None = None,
    ) -> None:
        self._team = team
        self._publisher = publisher
        self._listener = listener

    @classmethod
    def start(cls, store: Store, url: str) -> TeamLink:
        if store.dialect != "postgresql":
            return cls()
        from desktop.store.team import ChangeListener, ChangePublisher, TeamConnection

        instance = uuid.uuid4().hex
        team = TeamConnection(url)
        publisher = ChangePublisher(store, instance)
        publisher.start()
        listener = ChangeListener(store, team, instance)
        listener.start()
        log.info("team mode: sharing changes with the other desks")
        return cls(team, publisher, listener)

    def use_store(self, store: Store) -> None:
        """Reload other desks' changes as ``store`` shows them (a session's view)."""
        if self._listener is not None:
            self._listener.use_store(store)

    def lease(self) -> PollerLease | None:
        """The poller role on the team connection; None (always poll) on SQLite."""
        if self._team is None:
            return None
        from desktop.store.lease import PollerLease

        return PollerLease(self._team)

    def stop(self, timeout: float | None = None) -> None:
        """Stop listening and close the team connection.

        Args:
            timeout: how long to wait for the listener thread (a daemon: quitting need not
                wait for it); None waits up to 5 s.
        """
        if self._listener is not None:
            self._listener.stop(5.0 if timeout is None else timeout)
        if self._publisher is not None:
            self._publisher.stop()
        if self._team is not None:
            self._team.close()


class SmsDesk:
    """One running SMS Desk: store, accounts, keyring, threads, and — once someone has signed
    in — the gateway, the sync worker and the main window.

    Args:
        settings: the user's settings.
        paths: where data, config and logs live.
        gateway: a gateway to use instead of the one the settings name (tests).
        poll_interval: overrides the settings' poll interval (tests poll fast).
        credentials: the keyring to use (default: the OS keyring).
        throttle_base: the first delay after a wrong password, in seconds.
        tray_available: whether the desktop has a system tray (default: ask Qt).
    """

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        *,
        gateway: GatewayConfig | None = None,
        poll_interval: float | None = None,
        credentials: CredentialStore | None = None,
        throttle_base: float = 1.0,
        tray_available: bool | None = None,
        early: EarlyStart | None = None,
    ) -> None:
        paths.ensure()
        self.settings = settings
        self.paths = paths
        self.credentials = credentials or CredentialStore()
        self.store: Store = open_store(self._database_url())
        # The store thread (the window painted from the snapshot was built with it).
        self.tasks = early.tasks if early is not None else TaskRunner()
        self._early = early
        self.account_tasks = TaskRunner()  # sign-in (slow on purpose) and the keyring
        self.network_tasks = TaskRunner()  # connection tests
        self.events = StoreEvents(self.store)
        self.pictures = PictureCache(paths.picture_cache_dir)
        self._team = TeamLink.start(self.store, self._database_url())
        self.rule = ExtensionRule(settings.extension_min_digits, settings.extension_max_digits)
        self.accounts = Accounts(self.store, rule=self.rule, throttle_base=throttle_base)
        self._fixed_gateway = gateway
        self._poll_interval = poll_interval
        self.demo: DemoGateway | None = None
        self.gateway: GatewayConfig | None = None
        self.user: User | None = None
        # The signed-in session's view of the store (its unread counts and opt-outs); made
        # at sign-in, replaced when the desk number changes, dropped at sign-out.
        self.session: Store | None = None
        self.window: MainWindow | None = None
        self.sync: SyncThread | None = None
        self.login: LoginDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self._tray_available = tray_available
        self.start_minimized = False
        self._pending_link: SmsLink | None = None
        self.tray: Tray | None = None
        self.popups: PopupStack | None = None
        self.notifier: Notifier | None = None
        # Set by the app: tells whether the session is ending (closing the window then
        # quits instead of going to the tray), and reports a start that cannot go on.
        self.quit_guard: QuitGuard | None = None
        self.fail_start: Callable[[str], None] | None = None
        # The sync thread's HTTP session, to cut a slow request short when quitting.
        self._http: list[CancellableSession] = []
        self._still_running: list[SyncThread] = []  # sync threads quit gave up waiting for
        self._stopped = False
        self._stopped_cleanly = True

    def _database_url(self) -> str:
        url = self.settings.database_url_for(self.paths)
        parsed = make_url(url)
        if parsed.username and not parsed.password:
            password = self.credentials.database_password(parsed.render_as_string())
            if password:
                return parsed.set(password=password).render_as_string(hide_password=False)
        return url

    # -- signing in and out ---------------------------------------------------------------

    def begin(self) -> None:
        """Sign in: silently with a remembered password, else with the sign-in dialog."""
        remembered = self.settings.remembered_extension
        accounts, credentials = self.accounts, self.credentials

        def look() -> tuple[bool, str | None]:
            password = (
                credentials.remembered_password(remembered, database=accounts.database_id())
                if remembered
                else None
            )
            return accounts.has_users(), password

        self.account_tasks.run(look, self._show_login, self._login_unavailable)

    def _discard_early(self, *, forget: bool = True) -> None:
        """The remembered sign-in did not work: the window painted from the last session's
        snapshot goes (and, with ``forget``, the snapshot file); the sign-in dialog takes
        over."""
        early, self._early = self._early, None
        if early is None:
            return
        log.info("the remembered sign-in did not work: dropping the last session's window")
        early.store.fail("The remembered sign-in did not work.")
        if hasattr(early.window, "conversation"):
            early.window.conversation.thumbnails.shutdown()
        early.window.hide()
        early.window.deleteLater()
        if forget:
            path = self.paths.snapshot_file
            self.account_tasks.run(lambda: snapshot.discard(path))

    def _login_unavailable(self, error: Exception) -> None:
        self._discard_early()
        log.error("could not prepare sign-in", exc_info=error)
        reason = getattr(error, "orig", None) or error  # the driver's words, not the SQL
        sentence = (
            f"SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk "
            "doctor`: it checks the database and says what to do."
        )
        if self.fail_start is not None:
            self.fail_start(sentence)  # the app says it (stderr, dialog) and exits non-zero
            return
        box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, sentence)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        QApplication.quit()

    def _show_login(self, found: tuple[bool, str | None]) -> None:
        has_users, password = found
        self.login = LoginDialog(
            self.accounts,
            self.credentials,
            self.account_tasks,
            self.rule,
            first_run=not has_users,
            extension=self.settings.remembered_extension,
        )
        self.login.sig_signed_in.connect(self._signed_in)
        self.login.sig_remembered_failed.connect(self._discard_early)
        self.login.rejected.connect(self._login_closed)
        if has_users and password:
            self.login.sign_in_with(self.settings.remembered_extension, password)
        else:
            self._discard_early()
            self.login.show()

    def _login_closed(self) -> None:
        if self.user is None:
            QApplication.quit()

    def _signed_in(self, user: User, remembered: bool, warning: str) -> None:
        extension = user.extension if remembered else ""
        if self.settings.remembered_extension != extension:
            self._save_settings(dataclasses.replace(self.settings, remembered_extension=extension))
        self.start_session(user)
        if warning:
            self.tell(warning)

    def start_session(self, user: User) -> None:
        """Open the main window for ``user`` and start syncing."""
        self.user = user
        self.gateway = self._resolve_gateway()
        # Unread counts are this user's, opt-outs are those of the gateway's number.
        session = self.session = self.store.for_session(user.id, self.gateway.number)
        self._team.use_store(session)
        early, self._early = self._early, None
        if early is not None and early.extension == user.extension:
            # The window painted from the last session's snapshot becomes the live one:
            # the store's first page replaces the snapshot's rows in place.
            window = early.window
            early.store.attach(session)
            window.set_desk_number(self.gateway.number)
            window.go_live(user, self.accounts, self.account_tasks)
        else:
            if early is not None:
                self._early = early
                self._discard_early()
            window = MainWindow(
                session,
                self.tasks,
                self.settings.default_region,
                self.gateway.number,
                user=user,
                accounts=self.accounts,
                account_tasks=self.account_tasks,
            )
            watch_first_paint(window.chat_list)  # only when make bench asks
        window.call_template = lambda: self.settings.call_template
        window.conversation.quiet_hours = self.quiet_hours
        window.conversation.set_picture_cache(self.pictures)
        window.conversation.picture_publisher = self.picture_publisher
        # Each page of the chat list (and each live row) leaves the collector less to walk.
        window.chat_model.rowsInserted.connect(freeze_what_is_loaded)
        self.window = window
        self.events.sig_changed.connect(window.apply_change)
        window.sig_settings_requested.connect(self.open_settings)
        window.sig_sign_out_requested.connect(self.sign_out)
        self._start_tray_and_popups(window)
        self._start_sync()
        window.sig_about_requested.connect(self.show_about)
        self._keep_snapshot(window)
        if self.start_minimized and self.tray is not None and self.tray.available:
            self.start_minimized = False  # only the first window starts in the tray
        else:
            window.show()
        if self._pending_link is not None:
            link, self._pending_link = self._pending_link, None
            self._open_link(link)

    # -- requests from other launches and links ---------------------------------------------

    def handle_request(self, request: dict[str, str]) -> None:
        """Another launch asked for the window, or to open an ``sms:`` link."""
        link = parse_sms_link(request.get("link", "")) if request.get("link") else None
        if self.window is None:
            if link is not None:
                self._pending_link = link  # opened once someone has signed in
            if self.login is not None:
                self.login.show()
                self.login.raise_()
                self.login.activateWindow()
            return
        self.window.bring_to_front()
        if link is not None:
            self._open_link(link)

    def _open_link(self, link: SmsLink) -> None:
        if self.window is not None:
            self.window.bring_to_front()
            self.window.new_conversation(link.number, draft=link.body)

    def show_about(self) -> None:
        """About SMS Desk, with Copy diagnostics (the doctor's report, no secrets)."""
        paths, credentials = self.paths, self.credentials

        def diagnostics() -> str:
            from desktop.doctor import render, run_checks  # only when asked for

            return render(run_checks(paths, credentials=credentials), version=__version__)

        dialog = AboutDialog(paths, self.store.url, diagnostics, self.network_tasks, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def _start_tray_and_popups(self, window: MainWindow) -> None:
        tray = Tray(available=self._tray_available)
        self.tray = tray
        popups = PopupStack(
            self.settings.default_region,
            seconds=lambda: self.settings.popup_seconds,
            tray_geometry=lambda: tray.icon.geometry() if tray.visible else None,
        )
        popups.quiet_hours = self.quiet_hours
        user_id = self.user.id if self.user else None
        session = self.session
        assert session is not None  # made by start_session, before the tray
        popups.templates = TemplateLibrary(session, self.tasks, user_id, parent=popups)
        popups.my_name = self.user.display_name if self.user else ""
        self.popups = popups
        self.notifier = Notifier(
            popups,
            settings=lambda: self.settings,
            looking_at=window.is_looking_at,
            started_at=utcnow(),
            me=int(self.user.id) if self.user else None,
            region=self.settings.default_region,
        )
        self.events.sig_changed.connect(self.notifier.apply_change)
        popups.sig_reply.connect(self._reply_from_popup)
        popups.sig_mark_read.connect(self.mark_read)
        popups.sig_open.connect(self.open_conversation_by_id)

        tray.set_dnd(self.settings.do_not_disturb)
        window.dnd_action.setChecked(self.settings.do_not_disturb)
        tray.sig_open.connect(window.bring_to_front)

        def new_sms() -> None:
            window.bring_to_front()
            window.new_conversation()

        tray.sig_new_sms.connect(new_sms)
        tray.sig_dnd_toggled.connect(self.set_do_not_disturb)
        window.sig_dnd_toggled.connect(self.set_do_not_disturb)
        tray.sig_sign_out.connect(self.sign_out)
        tray.sig_quit.connect(QApplication.quit)
        window.sig_unread_changed.connect(self._unread_changed)
        window.close_to_tray = lambda: (
            self.settings.close_to_tray and tray.available and not self._session_ending()
        )
        window.sig_hidden_to_tray.connect(self._hidden_to_tray)
        window.sig_closed.connect(QApplication.quit)
        tray.show()
        if not tray.available and not self.settings.no_tray_notice_shown:
            self._save_settings(dataclasses.replace(self.settings, no_tray_notice_shown=True))
            QTimer.singleShot(
                0,
                lambda: self.tell(
                    "This desktop has no system tray, so SMS Desk stays open in its window: "
                    "closing the window quits it. Pop-ups still appear when an SMS arrives."
                ),
            )

    def _session_ending(self) -> bool:
        return self.quit_guard is not None and self.quit_guard.session_ending

    def _unread_changed(self, count: int) -> None:
        if self.tray is not None:
            self.tray.set_unread(count)
        set_badge_number(count)

    def _hidden_to_tray(self) -> None:
        if self.settings.tray_notice_shown or self.popups is None:
            return
        self._save_settings(dataclasses.replace(self.settings, tray_notice_shown=True))
        self.popups.show_notice(
            "SMS Desk is still running",
            "It keeps running in the system tray: click its icon to open it again.",
        )

    def set_do_not_disturb(self, on: bool) -> None:
        """No pop-ups or sounds while on; messages still arrive and count as unread."""
        if self.settings.do_not_disturb != on:
            self._save_settings(dataclasses.replace(self.settings, do_not_disturb=on))
        if self.tray is not None:
            self.tray.set_dnd(on)
        if self.window is not None and self.window.dnd_action.isChecked() != on:
            self.window.dnd_action.setChecked(on)
        if on and self.popups is not None:
            self.popups.close_all()

    def mark_read(self, conversation_id: int, up_to: int) -> None:
        """Mark as read from a pop-up: up to the newest message it showed."""
        store = self.session
        if store is None:
            return
        window = self.window
        show_error = window.show_error if window else log.error
        ConversationOperations(self.tasks, store, show_error).mark_read(
            ConversationId(conversation_id), MessageId(up_to)
        )

    def open_conversation_by_id(self, conversation_id: int) -> None:
        """Show the main window on this conversation (from a pop-up's Open)."""
        window = self.window
        if window is None:
            return
        window.bring_to_front()
        store = self.session
        if store is None:
            return

        def show(conversation: Conversation | None) -> None:
            if conversation is not None and self.window is window:
                window.open_conversation(conversation)

        self.tasks.run(lambda: store.conversations.get(ConversationId(conversation_id)), show)

    def quiet_hours(self) -> tuple[bool, time, time]:
        """The quiet-hours setting: (on, window start, window end)."""
        return (self.settings.quiet_hours, *self.settings.quiet_window)

    def _reply_from_popup(
        self,
        conversation_id: int,
        text: str,
        scheduled_at: datetime | None,
        popup: MessagePopup,
    ) -> None:
        """Store a pop-up's reply in the outbox (then the worker sends it), and mark read."""
        if self.gateway is None or self.session is None:
            return
        store, desk = self.session, self.gateway.number
        me = self.user.id if self.user is not None else None
        cid = ConversationId(conversation_id)
        # Answering reads what the pop-up showed, not an SMS that arrived while typing.
        seen = MessageId(popup.newest_shown_id)

        def stored(message: Message) -> None:
            if self.sync is not None:
                self.sync.sig_wake.emit()
            if shiboken6.isValid(popup):
                popup.track(message)

        def failed(failure: Failure) -> None:
            if not shiboken6.isValid(popup):
                return
            if isinstance(failure.refusal, OwnedByOther):
                popup.reply_failed(f"{failure.sentence} Open the conversation to take over.")
                return
            if failure.refusal is not None:
                popup.reply_failed(failure.sentence)
                return
            popup.reply_failed(f"Not saved, so not sent. {failure.sentence}")

        ConversationOperations(self.tasks, store, popup.reply_failed).queue_message(
            cid,
            text,
            desk_number=desk,
            user_id=me,
            scheduled_at=scheduled_at,
            cancel_if_reply=scheduled_at is not None,
            seen_up_to=seen,
            on_done=stored,
            on_failed=failed,
        )

    # -- the last session's snapshot --------------------------------------------------------

    def _keep_snapshot(self, window: MainWindow) -> None:
        """Write what the chat list shows a couple of seconds after its first page changes
        (and at quit), for the next start to paint at once (``desktop.snapshot``)."""
        timer = QTimer(window)
        timer.setSingleShot(True)
        timer.setInterval(SNAPSHOT_DELAY_MS)
        timer.timeout.connect(self.save_snapshot)
        model = window.chat_model
        for changed in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.dataChanged,
            model.layoutChanged,
            model.modelReset,
        ):
            changed.connect(lambda *_: timer.start())

    def save_snapshot(self) -> None:
        """Queue a write of the chat list's first rows (or nothing, while they are not the
        chat list, or no sign-in is remembered)."""
        window, user, gateway = self.window, self.user, self.gateway
        if window is None or user is None or gateway is None or window.from_snapshot:
            return
        if self.settings.remembered_extension != user.extension:
            return
        rows = window.chat_model.first_rows(snapshot.ROWS)
        if rows is None:
            return
        last = snapshot.Snapshot(
            extension=user.extension,
            user_label=user.label,
            database=snapshot.database_key(self.settings.database_url_for(self.paths)),
            desk_number=gateway.number,
            rows=tuple(c for c, _ in rows),
            titles=tuple(t for _, t in rows),
            geometry=bytes(window.saveGeometry().toBase64().data()).decode("ascii"),
        )
        path = self.paths.snapshot_file

        def write() -> None:
            try:
                snapshot.write(path, last)
            except OSError as err:
                log.warning("could not save the chat list for the next start: %s", err)

        self.account_tasks.run(write)

    def sign_out(self) -> None:
        """Close the window, stop syncing, forget the remembered password, ask to sign in."""
        user = self.user
        path = self.paths.snapshot_file
        self.account_tasks.run(lambda: snapshot.discard(path))  # after any queued write
        self._stop_session()
        if user is not None:
            credentials, accounts = self.credentials, self.accounts
            self.account_tasks.run(
                lambda: credentials.forget_password(user.extension, database=accounts.database_id())
            )
        if self.settings.remembered_extension:
            self._save_settings(dataclasses.replace(self.settings, remembered_extension=""))
        self.begin()

    def _stop_session(self, sync_timeout_ms: int | None = None) -> bool:
        """Close the session's windows and stop syncing; False if the sync thread did not
        stop within ``sync_timeout_ms`` (None: as long as its gateway calls take)."""
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog = None
        stopped = self._stop_sync(sync_timeout_ms)
        if self.notifier is not None:
            self.events.sig_changed.disconnect(self.notifier.apply_change)
            self.notifier.stop()
            self.notifier = None
        if self.popups is not None:
            self.popups.close_all()
            self.popups = None
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None
        self.session = None
        self._team.use_store(self.store)
        set_badge_number(0)
        if self.window is not None:
            self.events.sig_changed.disconnect(self.window.apply_change)
            self.window.conversation.thumbnails.shutdown()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.user = None
        return stopped

    # -- gateway and sync -----------------------------------------------------------------

    def _resolve_gateway(self) -> GatewayConfig:
        if self._fixed_gateway is not None:
            return self._fixed_gateway
        if self.settings.gateway == "demo":
            if self.demo is None:
                state = self.paths.data_dir / "demo-gateway.sqlite3"
                self.demo = DemoGateway(state_path=state).start()
                log.info("demo gateway listening on %s", self.demo.base_url)
            config = self.demo_config()
            assert config is not None  # (the demo gateway was started just above)
            return config
        self._stop_demo()
        s = self.settings
        # The token stays in the keyring until the sync thread needs it.
        return GatewayConfig(
            base_url=s.gateway_base_url,
            account_sid=s.account_sid,
            auth_token="",
            from_number=s.from_number,
            messaging_service_sid=s.messaging_service_sid,
            desk_number=s.desk_number,
        )

    def picture_publisher(self) -> PicturePublisher:
        """Where sent pictures go: the settings' public folder, or on the demo gateway a
        folder of the data directory (the demo accepts ``file:`` addresses)."""
        if self.settings.gateway == "demo":
            folder = self.paths.data_dir / "sent-pictures"
            return PicturePublisher(str(folder), folder.as_uri() + "/")
        return PicturePublisher(self.settings.picture_folder, self.settings.picture_url_base)

    def demo_config(self) -> GatewayConfig | None:
        """How to reach the running demo gateway, if there is one."""
        if self.demo is None:
            return None
        return GatewayConfig(
            base_url=self.demo.base_url,
            account_sid=self.demo.account_sid,
            auth_token=self.demo.auth_token,
            from_number=self.demo.phone_number,
        )

    def _start_sync(self) -> None:
        assert self.gateway is not None
        assert self.window is not None
        assert self.session is not None
        config = self.gateway
        store, credentials = self.session, self.credentials
        interval = self._poll_interval or self.settings.poll_interval_seconds
        region = self.settings.default_region
        team = self._team
        pictures = self.pictures
        http = self._http = []

        def make_engine() -> SyncEngine:
            # Runs in the sync thread, so a slow keyring never holds up the window.
            gateway = config
            if not gateway.auth_token:
                token = credentials.gateway_token(gateway.account_sid)
                if not token:
                    raise GatewayError(
                        "No auth token is saved for the SMS gateway. Open Settings "
                        "(Ctrl+,) and enter it."
                    )
                gateway = dataclasses.replace(gateway, auth_token=token)
            from desktop.gateway.cancel import CancellableSession  # (imports requests)

            session = CancellableSession()
            http[:] = [session]
            adapter = gateway.connect(session)
            return SyncEngine(
                store,
                adapter,
                poll_interval=interval,
                default_region=region,
                lease=team.lease(),
                pictures=PictureFetcher(store, adapter, pictures),
            )

        self.sync = SyncThread(make_engine)
        self.events.sig_changed.connect(self._wake_for_remote_outbox)
        self.sync.worker.sig_report.connect(self.window.show_report)
        tray = self.tray
        if tray is not None:
            self.sync.worker.sig_report.connect(
                lambda report: tray.set_online(report.state is LinkState.ONLINE)
            )
        self.window.sig_message_queued.connect(self.sync.sig_wake)
        self.window.sig_retry_now.connect(self.sync.sig_retry_now)
        conversation = self.window.conversation
        conversation.sig_fetch_picture.connect(self.sync.sig_fetch_picture)
        self.sync.worker.sig_picture_fetched.connect(conversation.thumbnails.fetched)
        self.sync.start()

    def _wake_for_remote_outbox(self, change: StoreChange) -> None:
        """Another desk queued a message: if this desk polls for the team, send it now."""
        if self.sync is None or not change.remote:
            return
        if any(
            m.direction is Direction.OUTBOUND and m.status is MessageStatus.QUEUED
            for m in change.messages
        ):
            self.sync.sig_wake.emit()

    def _stop_sync(self, timeout_ms: int | None = None) -> bool:
        """Stop the sync thread; True when it ended.

        With ``timeout_ms`` (quitting) a gateway call in progress is cut short and the wait
        is bounded: what was being sent stays in the outbox, "in flight", and is looked up
        at the gateway at the next start before anything is sent again. Without it (sign
        out, new settings) the call is let finish.
        """
        if self.sync is None:
            return True
        self.events.sig_changed.disconnect(self._wake_for_remote_outbox)
        sync, self.sync = self.sync, None
        if timeout_ms is None:
            return sync.stop()
        sessions = list(self._http)

        def cut_short() -> None:
            for session in sessions:
                session.cancel()

        stopped = sync.stop(timeout_ms, interrupt=cut_short)
        if not stopped:
            # Still running: its QThread must outlive this call (Qt aborts the process when
            # a running QThread is destroyed); the app exits without waiting for it.
            self._still_running.append(sync)
        return stopped

    def _stop_demo(self) -> None:
        if self.demo is not None:
            self.demo.stop()
            self.demo = None

    # -- settings -------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the settings dialog (one at a time)."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from desktop.ui.settings_dialog import SettingsDialog  # (and requests) when opened

        dialog = SettingsDialog(
            self.settings,
            self.paths,
            self.credentials,
            self.account_tasks,
            self.network_tasks,
            self.demo_config,
            parent=self.window,
        )
        dialog.sig_saved.connect(self.apply_settings)
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None

    def apply_settings(self, settings: Settings) -> None:
        """Use saved settings now: reconnect if the gateway changed, redraw numbers."""
        old = self.settings
        self.settings = settings
        gateway_fields = (
            "gateway",
            "gateway_base_url",
            "account_sid",
            "from_number",
            "messaging_service_sid",
            "desk_number",
            "poll_interval_seconds",
            "default_region",
        )
        changed = any(getattr(old, f) != getattr(settings, f) for f in gateway_fields)
        if self.window is None:
            return
        if settings.default_region != old.default_region:
            self.window.set_region(settings.default_region)
        if changed or (self._fixed_gateway is None and settings.gateway == "twilio"):
            # Reconnect: a new token may have been saved even if nothing else changed.
            self._stop_sync()
            self.gateway = self._resolve_gateway()
            if self.user is not None:
                # Another desk number: a new view, whose conversations show its opt-outs.
                self.session = self.store.for_session(self.user.id, self.gateway.number)
                self._team.use_store(self.session)
                self.window.use_store(self.session)
            self.window.set_desk_number(self.gateway.number)
            self._start_sync()
        if self.popups is not None:
            self.popups.set_region(settings.default_region)
        if settings.start_at_login != old.start_at_login:
            try:
                autostart.set_enabled(settings.start_at_login)
            except OSError as err:
                self.tell(f"SMS Desk could not change whether it starts at login: {err}")
        if settings.database_url != old.database_url:
            self.tell("The new database will be used the next time SMS Desk starts.")

    def _save_settings(self, settings: Settings) -> None:
        self.settings = settings
        try:
            save_settings(self.paths.settings_file, settings)
        except OSError as err:
            log.error("could not save the settings: %s", err)

    def tell(self, sentence: str) -> None:
        """Show the user a problem they can act on, without blocking anything."""
        if self.window is not None:
            self.window.show_error(sentence)
            return
        log.warning("shown to the user: %s", sentence)
        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, sentence)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # -- life cycle -----------------------------------------------------------------------

    def shutdown(self, within: float | None = None) -> bool:
        """Stop everything in order: window, sync thread, worker threads, store, demo.

        Safe to call twice (the second call returns the first one's answer).

        Args:
            within: seconds the threads get, all together, when the app quits
                (``desktop.ui.lifecycle.QUIT_SECONDS``): a gateway call in progress is cut
                short and no wait outlasts it. None waits for everything (tests, sign-out).

        Returns:
            True when every thread stopped; False when one still works past ``within``
            (the app then exits without it: see ``desktop.app.run``).
        """
        if self._stopped:
            return self._stopped_cleanly
        self._stopped = True
        deadline = monotonic() + within if within is not None else None

        def left() -> float | None:
            # (A few milliseconds at least: an idle thread needs them to say it is done.)
            return None if deadline is None else max(0.05, deadline - monotonic())

        def left_ms() -> int | None:
            seconds = left()
            return None if seconds is None else int(seconds * 1000)

        if self.login is not None:
            self.login.hide()
        self.save_snapshot()  # written before the keyring thread stops
        self._discard_early(forget=False)  # quit before the sign-in was checked
        clean = self._stop_session(sync_timeout_ms=left_ms())
        for runner in (self.network_tasks, self.account_tasks, self.tasks):
            clean = runner.shutdown(timeout=left()) and clean
        self._team.stop(left())
        self.events.close()
        self.store.close()
        self._stop_demo()
        if not clean:
            log.info(
                "quit without waiting for work still in progress; a message being sent is "
                "checked at the gateway at the next start"
            )
        self._stopped_cleanly = clean
        return clean


def set_badge_number(count: int) -> None:
    """The taskbar or dock badge, where the platform has one (macOS, Windows, KDE…)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setBadgeNumber(count)


def freeze_what_is_loaded(*_args: object) -> None:
    """Keep the objects alive now out of Python's full garbage collections.

    A full collection walks every tracked object with the GIL held, so it stops the GUI
    thread as well: 70-170 ms with 100,000 conversations loaded in the chat list, several
    times during a burst of inbound messages. What is loaded (modules, widgets, the chat
    list's rows) is freed by reference counting when dropped, so the cycle collector need
    not walk it again and again; objects made later are collected as usual. Cheap: it moves
    the collector's lists, it does not walk them.
    """
    gc.freeze()
