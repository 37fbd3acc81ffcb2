"""Starting and stopping a session's sync thread (``SyncControl``): the engine is built in
that thread from the gateway and settings in force, wired to the window and the tray, and
stopped on sign-out, new settings or quit (then with a deadline that cuts a gateway call
short). While it runs, the window's input reaches the worker's poll schedule (``DeskInUse``):
it polls fast while someone is at the desk."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.config.settings import Settings
from desktop.core.models import Direction, MessageStatus, StoreChange
from desktop.gateway.connection import GatewayConfig, GatewayFactory
from desktop.pictures.cache import PictureCache
from desktop.store import Store
from desktop.sync.engine import SyncEngine
from desktop.sync.pictures import PictureFetcher
from desktop.sync.status import SyncReport
from desktop.ui.session.desk_in_use import DeskInUse
from desktop.ui.session.team_link import TeamLink
from desktop.ui.threads.bridge import ChangeReceiver, StoreEvents
from desktop.ui.threads.worker import SyncThread
from desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from desktop.gateway.cancel import CancellableSession


class SyncControl:
    """The sync thread of the signed-in session, if one runs.

    Args:
        events: the store's committed changes (another desk's queued message wakes it).
        gateways: builds the gateway (its secrets read from the keyring in the sync thread).
        team: team mode's link (the poller lease), or a no-op on SQLite.
        pictures: the picture cache the engine fills.
        poll_interval: overrides the settings' poll interval (tests poll fast).

    Attributes:
        thread: the running sync thread, or None.
        still_running: sync threads a bounded stop gave up waiting for (they must outlive
            their stop: Qt aborts the process when a running QThread is destroyed).
    """

    def __init__(
        self,
        events: StoreEvents,
        gateways: GatewayFactory,
        team: TeamLink,
        pictures: PictureCache,
        *,
        poll_interval: float | None = None,
    ) -> None:
        self._events = events
        self._gateways = gateways
        self._team = team
        self._pictures = pictures
        self._poll_interval = poll_interval
        self.thread: SyncThread | None = None
        self._in_use: DeskInUse | None = None
        self._receiver: ChangeReceiver | None = None
        self.still_running: list[SyncThread] = []
        # The sync thread's HTTP session, to cut a slow request short when quitting.
        self._http: list[CancellableSession] = []

    def engine_factory(
        self, store: Store, config: GatewayConfig, settings: Settings
    ) -> Callable[[], SyncEngine]:
        """What the sync thread calls to build its engine (there, so a slow keyring never
        holds up the window)."""
        gateways, team, pictures = self._gateways, self._team, self._pictures
        interval = self._poll_interval or settings.poll_interval_seconds
        region = settings.default_region
        http = self._http = []

        def make_engine() -> SyncEngine:
            gateway = gateways.with_secrets(config)
            from desktop.gateway.cancel import CancellableSession  # (imports requests)

            session = CancellableSession()
            http[:] = [session]
            adapter = gateways.connect(gateway, session=session)
            return SyncEngine(
                store,
                adapter,
                poll_interval=interval,
                default_region=region,
                lease=team.lease(),
                pictures=PictureFetcher(store, adapter, pictures),
            )

        return make_engine

    def start(
        self,
        store: Store,
        config: GatewayConfig,
        settings: Settings,
        window: MainWindow,
        report: Callable[[SyncReport], None] | None = None,
    ) -> SyncThread:
        """Start syncing ``store`` with the gateway ``config`` names, wired to ``window``
        (and its reports also to ``report``: the tray)."""
        sync = self.thread = SyncThread(self.engine_factory(store, config, settings))
        self._receiver = ChangeReceiver(self._events, self._wake_for_remote_outbox)
        sync.worker.sig_report.connect(window.show_report)
        if report is not None:
            sync.worker.sig_report.connect(report)
        window.sig_message_queued.connect(sync.sig_wake)
        window.sig_retry_now.connect(sync.sig_retry_now)
        conversation = window.conversation
        conversation.sig_fetch_picture.connect(sync.sig_fetch_picture)
        sync.worker.sig_picture_fetched.connect(conversation.thumbnails.fetched)
        self._in_use = DeskInUse(window, sync.sig_user_input.emit, sync.sig_reply_expected.emit)
        sync.start()
        return sync

    def wake(self) -> None:
        """Send what waits in the outbox now."""
        if self.thread is not None:
            self.thread.sig_wake.emit()

    def _wake_for_remote_outbox(self, change: StoreChange) -> None:
        """Another desk queued a message: if this desk polls for the team, send it now."""
        if self.thread is None or not change.remote:
            return
        if any(
            m.direction is Direction.OUTBOUND and m.status is MessageStatus.QUEUED
            for m in change.messages
        ):
            self.thread.sig_wake.emit()

    def stop(self, timeout_ms: int | None = None) -> bool:
        """Stop the sync thread; True when it ended.

        With ``timeout_ms`` (quitting) a gateway call in progress is cut short and the wait
        is bounded: what was being sent stays in the outbox, "in flight", and is looked up
        at the gateway at the next start before anything is sent again. Without it (sign
        out, new settings) the call is let finish.
        """
        if self.thread is None:
            return True
        if self._receiver is not None:
            self._receiver.close()
            self._receiver = None
        if self._in_use is not None:
            self._in_use.close()
            self._in_use.deleteLater()
            self._in_use = None
        sync, self.thread = self.thread, None
        if timeout_ms is None:
            return sync.stop()
        sessions = list(self._http)

        def cut_short() -> None:
            for session in sessions:
                session.cancel()

        stopped = sync.stop(timeout_ms, interrupt=cut_short)
        if not stopped:
            # Still running: its QThread must outlive this call; the app exits without
            # waiting for it.
            self.still_running.append(sync)
        return stopped
