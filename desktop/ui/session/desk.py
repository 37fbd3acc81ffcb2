"""One running SMS Desk (``SmsDesk``): the store, accounts, keyring and threads, and the
session — sign-in, then the main window, the tray and pop-ups, and the sync worker.

The pieces live beside it: ``tray_session`` (tray, pop-ups, notifier), ``sync_control``
(the sync thread), ``team_link`` (team mode), ``session_snapshot`` (the next start's first
paint) and ``live_settings`` (the settings in force, which every widget reads and follows
itself). ``desktop.app`` starts it; this module loads the database layer, so the app imports
it only after the window can be painted (see ``desktop.ui.session.snapshot``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from time import monotonic
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.accounts.remembered import forget_remembered
from desktop.accounts.staff import Accounts, User
from desktop.config.settings import GATEWAY_FIELDS, Paths, Settings
from desktop.core.i18n import translate
from desktop.core.links import SmsLink, parse_sms_link
from desktop.core.models import (
    utcnow,
)
from desktop.gateway.connection import GatewayConfig, GatewayFactory
from desktop.gateway.registry import CarrierRegistry, PictureDelivery
from desktop.pictures.cache import PictureCache
from desktop.pictures.sending import PicturePublisher
from desktop.store import Store, open_store
from desktop.system import autostart
from desktop.system.credentials import CredentialStore
from desktop.ui.dialogs.help import AboutDialog
from desktop.ui.dialogs.login import LoginDialog
from desktop.ui.dialogs.templates import TemplateLibrary
from desktop.ui.notifications.desktop_notifications import DesktopNotifications, service_possible
from desktop.ui.notifications.notifier import Notifier
from desktop.ui.notifications.popup_stack import PopupStack
from desktop.ui.notifications.tray import Tray
from desktop.ui.notifications.tray_session import TraySession
from desktop.ui.session import snapshot
from desktop.ui.session.early_start import EarlyStart
from desktop.ui.session.first_paint import watch_first_paint, watch_live
from desktop.ui.session.gui_collector import GuiThreadCollector
from desktop.ui.session.heap_freeze import HeapFreezer
from desktop.ui.session.live_settings import SECRETS, LiveSettings
from desktop.ui.session.opening import Looked, database_url, extension_rule, look_up_sign_in
from desktop.ui.session.popup_answers import PopupAnswers
from desktop.ui.session.session_snapshot import keep_snapshot, save_snapshot
from desktop.ui.session.sync_control import SyncControl
from desktop.ui.session.team_link import TeamLink
from desktop.ui.threads.bridge import StoreEvents
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.threads.worker import SyncThread
from desktop.ui.window.main_window import APP_TITLE, MainWindow

if TYPE_CHECKING:
    from desktop.ui.dialogs.settings_dialog import SettingsDialog
    from desktop.ui.session.lifecycle import QuitGuard

log = logging.getLogger("smsdesk.app")

# A change to one of these restarts the sync worker with the new gateway and settings: the
# carrier, any carrier's field, and what the engine is built with.
SYNC_FIELDS = GATEWAY_FIELDS | {
    "gateway",
    "gateway_values",
    "poll_interval_seconds",
    "default_region",
}


class SmsDesk:
    """One running SMS Desk: store, accounts, keyring, threads, and — once someone has signed
    in — the gateway, the sync worker and the main window.

    Args:
        settings: the settings in force (every widget of the session reads and follows them).
        paths: where data, config and logs live.
        gateway: a gateway to use instead of the one the settings name (tests).
        carriers: the carriers the settings may name (SMS Desk's own by default; tests add
            one).
        poll_interval: overrides the settings' poll interval (tests poll fast).
        credentials: the keyring to use (default: the OS keyring).
        throttle_base: the first delay after a wrong password, in seconds.
        tray_available: whether the desktop has a system tray (default: ask Qt).
        early: the window painted from the last session's snapshot (built with
            ``settings`` and its store thread, which the desk goes on using).
        quit_guard: tells whether the session is ending (closing the window then quits
            instead of going to the tray).
        fail_start: reports a start that cannot go on (the app says it and exits non-zero);
            None: a dialog, then quit.
        start_minimized: the first window starts in the tray (started at login).
        desktop_notifications: whether to look for the desktop's notification service
            (default: where there can be one; False: SMS Desk's pop-ups only).
        store: the store, already opened (``opening.open_desk_store``, in a worker thread
            while the first window was painted); None: opened here.
        accounts: the store's accounts, made with it (None: made here).
        account_tasks: the account thread to use (the one that opened the store).
        looked: the sign-in look-up (and remembered sign-in) already under way in the
            account thread (``desktop.app`` starts it as soon as the store is open);
            ``begin`` takes its result instead of looking again.
    """

    def __init__(
        self,
        settings: LiveSettings,
        paths: Paths,
        *,
        gateway: GatewayConfig | None = None,
        carriers: CarrierRegistry | None = None,
        poll_interval: float | None = None,
        credentials: CredentialStore | None = None,
        throttle_base: float = 1.0,
        tray_available: bool | None = None,
        early: EarlyStart | None = None,
        quit_guard: QuitGuard | None = None,
        fail_start: Callable[[str], None] | None = None,
        start_minimized: bool = False,
        desktop_notifications: bool | None = None,
        store: Store | None = None,
        accounts: Accounts | None = None,
        account_tasks: TaskRunner | None = None,
        looked: Future[Looked] | None = None,
    ) -> None:
        if early is not None and early.settings is not settings:
            raise ValueError("the snapshot's window must share the desk's settings")
        paths.ensure()
        self.live_settings = settings
        self.paths = paths
        self.credentials = credentials or CredentialStore()
        self.store: Store = store if store is not None else open_store(self._database_url())
        # The store thread (the window painted from the snapshot was built with it).
        self.tasks = early.tasks if early is not None else TaskRunner()
        self.heap_freezer = HeapFreezer()
        # Cycles are collected on this (the GUI) thread only, and memory the store's reads
        # left behind is handed back now and then in the store thread: see gui_collector.
        self.collector = GuiThreadCollector(
            release=lambda: self.tasks.run(self.store.release_memory)
        )
        self._early = early
        # Sign-in (slow on purpose) and the keyring.
        self.account_tasks = account_tasks if account_tasks is not None else TaskRunner()
        self.network_tasks = TaskRunner()  # connection tests
        self.events = StoreEvents(self.store)
        self.pictures = PictureCache(paths.picture_cache_dir)
        self._team = TeamLink.start(self.store, self._database_url())
        # Builds the gateway the settings name (and runs the demo gateway while it is used).
        self.gateways = GatewayFactory(carriers, self.credentials, state_dir=paths.data_dir)
        self._sync = SyncControl(
            self.events, self.gateways, self._team, self.pictures, poll_interval=poll_interval
        )
        current = settings.current
        self.rule = extension_rule(current)
        self.accounts = (
            accounts
            if accounts is not None
            else Accounts(self.store, rule=self.rule, throttle_base=throttle_base)
        )
        self._fixed_gateway = gateway
        self._looked = looked
        self.quit_guard = quit_guard
        self.fail_start = fail_start
        self.start_minimized = start_minimized
        self._tray_available = tray_available
        self._desktop_notifications = (
            service_possible() if desktop_notifications is None else desktop_notifications
        )
        self.gateway: GatewayConfig | None = None
        self.user: User | None = None
        # The signed-in session's view of the store (its unread counts and opt-outs); made
        # at sign-in, replaced when the desk number changes, dropped at sign-out.
        self.session: Store | None = None
        self.window: MainWindow | None = None
        self.tray_session: TraySession | None = None
        self.login: LoginDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self._pending_link: SmsLink | None = None
        self.answers = PopupAnswers(self)
        self._stopped = False
        self._stopped_cleanly = True
        settings.changed.connect(self._settings_changed)

    @property
    def settings(self) -> Settings:
        """The settings in force now."""
        return self.live_settings.current

    @property
    def tray(self) -> Tray | None:
        return self.tray_session.tray if self.tray_session is not None else None

    @property
    def popups(self) -> PopupStack | None:
        return self.tray_session.popups if self.tray_session is not None else None

    @property
    def notifier(self) -> Notifier | None:
        return self.tray_session.notifier if self.tray_session is not None else None

    @property
    def sync(self) -> SyncThread | None:
        """The running sync thread, if any."""
        return self._sync.thread

    def _database_url(self) -> str:
        return database_url(self.settings, self.paths, self.credentials)

    # -- signing in and out ---------------------------------------------------------------

    def begin(self) -> None:
        """Sign in: silently with a remembered sign-in, else with the sign-in dialog."""
        remembered = self.settings.remembered_extension
        accounts, credentials = self.accounts, self.credentials
        looked, self._looked = self._looked, None

        def look() -> Looked:
            if looked is not None:
                return looked.result()  # (in the account thread: never the GUI's wait)
            return look_up_sign_in(accounts, credentials, remembered)

        self.account_tasks.run(look, self._show_login, self._login_unavailable)

    def _discard_early(self, *, forget: bool = True) -> None:
        """The remembered sign-in did not work: the window painted from the last session's
        snapshot goes (and, with ``forget``, the snapshot file); the sign-in dialog takes
        over."""
        early, self._early = self._early, None
        if early is None:
            return
        log.info("the remembered sign-in did not work: dropping the last session's window")
        early.store.fail(translate("Desk", "The remembered sign-in did not work."))
        early.window.shut_down_panel()
        early.window.hide()
        early.window.deleteLater()
        if forget:
            path = self.paths.snapshot_file
            self.account_tasks.run(lambda: snapshot.discard(path))

    def _login_unavailable(self, error: Exception) -> None:
        self._discard_early()
        log.error("could not prepare sign-in", exc_info=error)
        reason = getattr(error, "orig", None) or error  # the driver's words, not the SQL
        sentence = translate(
            "Desk",
            "SMS Desk can't read its accounts from the database ({reason}). Run `smsdesk "
            "doctor`: it checks the database and says what to do.",
        ).format(reason=reason)
        if self.fail_start is not None:
            self.fail_start(sentence)  # the app says it (stderr, dialog) and exits non-zero
            return
        box = QMessageBox(QMessageBox.Icon.Critical, APP_TITLE, sentence)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        QApplication.quit()

    def _show_login(self, found: Looked) -> None:
        if found.user is not None:
            log.info("signed in as extension %s (remembered)", found.user.extension)
            self._signed_in(found.user, True, "")
            return
        self.login = LoginDialog(
            self.accounts,
            self.credentials,
            self.account_tasks,
            self.rule,
            first_run=not found.has_users,
            extension=self.settings.remembered_extension,
        )
        self.login.sig_signed_in.connect(self._signed_in)
        self.login.sig_remembered_failed.connect(self._discard_early)
        self.login.rejected.connect(self._login_closed)
        if found.failure is not None:
            self.login.remembered_failed(self.settings.remembered_extension, found.failure)
        else:
            self._discard_early()
            self.login.show()

    def _forget_login(self) -> None:
        if self.user is not None and self.login is not None:
            self.login.deleteLater()
            self.login = None

    def _login_closed(self) -> None:
        if self.user is None:
            QApplication.quit()

    def _signed_in(self, user: User, remembered: bool, warning: str) -> None:
        self.live_settings.update(remembered_extension=user.extension if remembered else "")
        # The form is done: deleted once it has closed (it is emitting this signal now), so
        # that it leaves the accessibility tree; signing out makes a new one.
        QTimer.singleShot(0, self._forget_login)
        self.start_session(user)
        if warning:
            self.tell(warning)

    def start_session(self, user: User) -> None:
        """Open the main window for ``user``, with the tray and pop-ups, and start syncing.

        Each part is built with what it depends on, in order: the tray, the window (which
        asks the tray whether closing may hide it), the pop-ups and the notifier (which asks
        the window what the user is reading), then the sync worker.
        """
        self.user = user
        self.gateway = self._resolve_gateway()
        # Unread counts are this user's, opt-outs are those of the gateway's number.
        session = self.session = self.store.for_session(user.id, self.gateway.number)
        self._team.use_store(session)
        tray = Tray(self.live_settings, available=self._tray_available)

        def can_hide() -> bool:
            return tray.available and not self._session_ending()

        early = self._early
        if early is not None and early.extension == user.extension:
            # The window painted early goes live in successive turns of the event loop
            # (``_go_live_in_turns``): none of them freezes it for long.
            self._go_live_in_turns(user, session, tray, can_hide, early)
            return
        window = self._open_window(user, session, self.gateway.number, can_hide)
        self._finish_session(user, session, tray, window)

    def _go_live_in_turns(
        self,
        user: User,
        session: Store,
        tray: Tray,
        can_hide: Callable[[], bool],
        early: EarlyStart,
    ) -> None:
        """Make the window painted early live, one part per turn of the event loop: the
        conversation panel built (the window still connecting: a row clicked meanwhile opens
        once live, anything else is refused with a note, as before), then the window live on
        the store's first page, then the pop-ups and the notifier, then the tray's menu and
        the sync worker. A turn finds the session gone (quit, or the window dropped) and
        stops there; ``shutdown`` drops the early window until it is handed over."""
        number = self.gateway.number if self.gateway is not None else ""

        def current() -> bool:
            return not self._stopped and self.user is user and self._early is early

        def build_panel() -> None:
            if not current():
                return
            early.window.prepare_live(user, self.accounts, self.account_tasks, can_hide=can_hide)
            QTimer.singleShot(0, go_live)

        def go_live() -> None:
            if not current():
                return
            window = self._open_window(user, session, number, can_hide)
            rest = partial(self._finish_session, user, session, tray, window, in_turns=True)
            QTimer.singleShot(0, rest)

        QTimer.singleShot(0, build_panel)

    def _finish_session(
        self, user: User, session: Store, tray: Tray, window: MainWindow, *, in_turns: bool = False
    ) -> None:
        """The session's pop-ups and notifier, then (``in_turns``: in the next turn of the
        event loop) its tray and sync worker (``start_session``)."""
        if self._stopped or self.window is not window or self.user is not user:
            return  # signed out or quit meanwhile
        popups = PopupStack(
            self.live_settings,
            tray_geometry=lambda: tray.icon.geometry() if tray.visible else None,
            toolbars=window.toolbar_rects,
            templates=TemplateLibrary(session, self.tasks, user.id),
            my_name=user.display_name,
        )
        popups.follow(window)
        popups.sig_reply.connect(self.answers.reply)
        popups.sig_mark_read.connect(self.mark_read)
        popups.sig_open.connect(self.open_conversation_by_id)
        desktop = None
        if self._desktop_notifications:
            desktop = DesktopNotifications(parent=popups)
            desktop.start()  # asks the bus on its own thread; pop-ups until it answers
        notifier = Notifier(
            popups,
            self.live_settings,
            looking_at=window.is_looking_at,
            started_at=utcnow(),
            me=int(user.id),
            desktop=desktop,
            author_name=window.author_name,
        )
        notifier.sig_open.connect(self.open_conversation_by_id)
        notifier.sig_mark_read.connect(self.mark_read)
        rest = partial(self._start_tray_and_sync, user, tray, window, popups, notifier)
        if in_turns:
            QTimer.singleShot(0, rest)
        else:
            rest()

    def _start_tray_and_sync(
        self, user: User, tray: Tray, window: MainWindow, popups: PopupStack, notifier: Notifier
    ) -> None:
        """The session's tray and sync worker, once its pop-ups and notifier are made."""
        if self._stopped or self.window is not window or self.user is not user:
            # Signed out or quit meanwhile: what was made goes (as TraySession.stop does).
            notifier.stop()
            if notifier.desktop is not None:
                notifier.desktop.stop()
            popups.deleteLater()
            return
        self.tray_session = TraySession(
            self.live_settings,
            self.events,
            tray,
            popups,
            notifier,
            window,
            sign_out=self.sign_out,
            tell=self.tell,
        )
        self._start_sync()
        keep_snapshot(window, self.save_snapshot)
        if self.start_minimized and tray.available:
            self.start_minimized = False  # only the first window starts in the tray
        else:
            window.show()
        if self._pending_link is not None:
            link, self._pending_link = self._pending_link, None
            self._open_link(link)

    def _open_window(
        self, user: User, session: Store, desk_number: str, can_hide: Callable[[], bool]
    ) -> MainWindow:
        """The session's main window: the one painted from the last session's snapshot made
        live (the store's first page replaces the snapshot's rows in place), or a new one."""
        early, self._early = self._early, None
        if early is not None and early.extension == user.extension:
            window = early.window
            early.store.attach(session)
            window.set_desk_number(desk_number)
            window.go_live(user, self.accounts, self.account_tasks, can_hide=can_hide)
            if early.connecting is not None:
                early.connecting.live()  # (opens a row the user chose meanwhile)
        else:
            if early is not None:
                self._early = early
                self._discard_early()
            window = MainWindow(
                session,
                self.tasks,
                self.live_settings,
                desk_number,
                can_hide=can_hide,
                user=user,
                accounts=self.accounts,
                account_tasks=self.account_tasks,
            )
            watch_first_paint(window.chat_list)  # only when make bench asks
            watch_live(window)
        window.conversation.set_picture_cache(self.pictures)
        window.conversation.picture_attachments.publisher = self.picture_publisher
        # Pages of the chat list leave the collector less to walk (heap_freeze says how).
        window.chat_model.rowsInserted.connect(self.heap_freezer.rows_inserted)
        self.window = window
        self.events.sig_changed.connect(window.apply_change)
        window.sig_settings_requested.connect(self.open_settings)
        window.sig_sign_out_requested.connect(self.sign_out)
        window.sig_about_requested.connect(self.show_about)
        return window

    def _session_ending(self) -> bool:
        return self.quit_guard is not None and self.quit_guard.session_ending

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
            from desktop.admin.doctor import render, run_checks  # only when asked for

            return render(run_checks(paths, credentials=credentials), version=__version__)

        dialog = AboutDialog(paths, self.store.url, diagnostics, self.network_tasks, self.window)
        dialog.finished.connect(dialog.deleteLater)
        self.about_dialog = dialog
        dialog.open()

    def mark_read(self, conversation_id: int, up_to: int) -> None:
        """Mark as read from a pop-up: up to the newest message it showed."""
        self.answers.mark_read(conversation_id, up_to)

    def open_conversation_by_id(self, conversation_id: int) -> None:
        """Show the main window on this conversation (from a pop-up's Open)."""
        self.answers.open_conversation(conversation_id)

    # -- the last session's snapshot --------------------------------------------------------

    def save_snapshot(self) -> None:
        """Queue a write of the chat list's first rows, for the next start's first paint."""
        window, user, gateway = self.window, self.user, self.gateway
        if window is None or user is None or gateway is None:
            return
        save_snapshot(window, user, gateway.number, self.settings, self.paths, self.account_tasks)

    def sign_out(self) -> None:
        """Close the window, stop syncing, revoke and forget the remembered sign-in, ask to sign
        in."""
        user = self.user
        path = self.paths.snapshot_file
        self.account_tasks.run(lambda: snapshot.discard(path))  # after any queued write
        self._stop_session()
        if user is not None:
            credentials, accounts = self.credentials, self.accounts
            self.account_tasks.run(lambda: forget_remembered(accounts, credentials, user.extension))
        self.live_settings.update(remembered_extension="")
        self.begin()

    def _stop_session(self, sync_timeout_ms: int | None = None) -> bool:
        """Close the session's windows and stop syncing; False if the sync thread did not
        stop within ``sync_timeout_ms`` (None: as long as its gateway calls take)."""
        if self.settings_dialog is not None:
            self.settings_dialog.close()
            self.settings_dialog = None
        stopped = self._stop_sync(sync_timeout_ms)
        if self.tray_session is not None:
            self.tray_session.stop()
            self.tray_session = None
        self.session = None
        self._team.use_store(self.store)
        if self.window is not None:
            self.events.sig_changed.disconnect(self.window.apply_change)
            self.window.conversation.thumbnails.shutdown()
            self.window.hide()
            self.window.deleteLater()
            self.window = None
        self.user = None
        return stopped

    # -- gateway and sync -----------------------------------------------------------------

    def prepare_session(self) -> None:
        """What can be made while the remembered sign-in is checked, so that going live
        does less on the GUI thread: the gateway started (``prepare_gateway``) and, in the
        window painted early, the conversation panel built in the next turn of the event
        loop (the GUI thread is idle until the check ends)."""
        self.prepare_gateway()
        early = self._early
        if early is None:
            return

        def build() -> None:
            if self._early is early and not self._stopped:
                early.window.build_panel_ahead()

        QTimer.singleShot(0, build)

    def prepare_gateway(self) -> None:
        """Start the settings' carrier if it is served on this computer (the demo: its state
        opened, its greetings written, a port listened on), in the network thread while the
        remembered sign-in is checked, so that ``start_session`` finds it running instead of
        starting it on the GUI thread. A failure is left for ``start_session`` to meet and
        say."""
        if self._fixed_gateway is not None or not self.settings.remembered_extension:
            return
        key = self.settings.gateway
        try:
            carrier = self.gateways.carrier(key)
        except Exception:
            return
        if not carrier.served_here:
            return
        values = self.settings.carrier_values(carrier)
        gateways = self.gateways

        def start() -> None:
            try:
                gateways.config(key, values)
            except Exception as err:
                log.debug("could not start %s ahead: %s", key, err)

        self.network_tasks.run(start)

    def _resolve_gateway(self) -> GatewayConfig:
        if self._fixed_gateway is not None:
            return self._fixed_gateway
        key = self.settings.gateway
        self.gateways.stop_serving(keep=key)  # the demo stops when another gateway is chosen
        # Secrets stay in the keyring until the sync thread needs them.
        return self.gateways.config(key, self.settings.carrier_values(self.gateways.carrier(key)))

    def picture_publisher(self) -> PicturePublisher:
        """Where sent pictures go: the settings' public folder, or for a gateway that reads
        files on this computer (the demo) a folder of the data directory, as ``file:``
        addresses."""
        carrier = self.gateways.carrier(self.settings.gateway)
        if carrier.pictures is PictureDelivery.LOCAL_FILE:
            folder = self.paths.data_dir / "sent-pictures"
            return PicturePublisher(str(folder), folder.as_uri() + "/")
        return PicturePublisher(self.settings.picture_folder, self.settings.picture_url_base)

    def _start_sync(self) -> None:
        assert self.gateway is not None
        assert self.window is not None
        assert self.session is not None
        tray_session = self.tray_session
        self._sync.start(
            self.session,
            self.gateway,
            self.settings,
            self.window,
            report=tray_session.show_report if tray_session is not None else None,
        )

    def _stop_sync(self, timeout_ms: int | None = None) -> bool:
        """Stop the sync thread; True when it ended (see ``SyncControl.stop``)."""
        return self._sync.stop(timeout_ms)

    # -- settings -------------------------------------------------------------------------

    def open_settings(self) -> None:
        """Show the settings dialog (one at a time); what it saves is put in force through
        the live settings, which every part of the desk follows."""
        if self.settings_dialog is not None:
            self.settings_dialog.raise_()
            self.settings_dialog.activateWindow()
            return
        from desktop.ui.dialogs.settings_dialog import SettingsDialog  # (and requests) when opened

        shown = self.settings
        dialog = SettingsDialog(
            shown,
            self.paths,
            self.credentials,
            self.account_tasks,
            self.network_tasks,
            self.gateways,
            parent=self.window,
        )
        dialog.sig_saved.connect(partial(self.live_settings.adopt_saved, shown=shown))
        dialog.finished.connect(self._settings_closed)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_closed(self, _result: int) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
        self.settings_dialog = None

    def _settings_changed(self, settings: Settings, fields: frozenset[str]) -> None:
        """What new settings mean for the desk itself (the widgets follow them on their
        own): reconnect if the gateway changed, start at login, the database."""
        if self.window is None:
            return
        # A save from the settings dialog may have put a new secret in the keyring even
        # when nothing else changed.
        secrets_saved = SECRETS in fields and bool(
            self.gateways.carrier(settings.gateway).secret_fields
        )
        if fields & SYNC_FIELDS or (self._fixed_gateway is None and secrets_saved):
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
        if "start_at_login" in fields:
            try:
                autostart.set_enabled(settings.start_at_login)
            except OSError as err:
                self.tell(
                    translate(
                        "Desk", "SMS Desk could not change whether it starts at login: {reason}"
                    ).format(reason=err)
                )
        if "database_url" in fields:
            self.tell(
                translate("Desk", "The new database will be used the next time SMS Desk starts.")
            )

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
                (``desktop.ui.session.lifecycle.QUIT_SECONDS``): a gateway call in progress is cut
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
        self.gateways.close()
        self.collector.stop()
        if not clean:
            log.info(
                "quit without waiting for work still in progress; a message being sent is "
                "checked at the gateway at the next start"
            )
        self._stopped_cleanly = clean
        return clean
