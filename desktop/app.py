"""Builds SMS Desk from its parts, wires their signals and runs the event loop.

This is the one place that knows every part: settings and paths, the store, the gateway
(the embedded demo gateway or a Twilio-compatible one), the store thread, the sync worker
thread and the main window.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import signal
import socket
import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.config import Paths, Settings, load_settings
from desktop.gateway.connection import GatewayConfig
from desktop.gateway.demo import DemoGateway
from desktop.store import Store, StoreError, open_store
from desktop.sync.engine import SyncEngine
from desktop.ui.bridge import StoreEvents
from desktop.ui.main_window import APP_TITLE, MainWindow
from desktop.ui.tasks import TaskRunner
from desktop.ui.worker import SyncThread

log = logging.getLogger("smsdesk.app")


class SmsDesk:
    """One running SMS Desk: store, gateway, threads and window, wired together.

    Args:
        settings: the user's settings.
        paths: where data, config and logs live.
        gateway: the gateway to use; None starts the embedded demo gateway (with its state
            kept in the data directory) when the settings say "demo".
        poll_interval: overrides the settings' poll interval (tests poll fast).
    """

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        *,
        gateway: GatewayConfig | None = None,
        poll_interval: float | None = None,
    ) -> None:
        paths.ensure()
        self.settings = settings
        self.paths = paths
        self.demo: DemoGateway | None = None
        if gateway is None:
            gateway = self._start_demo() if settings.gateway == "demo" else None
        if gateway is None:
            # Issue 4 brings the Twilio settings and the keyring; until then demo is the way.
            gateway = self._start_demo()
        self.gateway = gateway
        self.store: Store = open_store(settings.database_url_for(paths))
        self.tasks = TaskRunner()
        self.events = StoreEvents(self.store)
        region = settings.default_region
        self.window = MainWindow(self.store, self.tasks, region, gateway.number)
        self.events.sig_changed.connect(self.window.apply_change)

        interval = poll_interval if poll_interval is not None else settings.poll_interval_seconds
        store = self.store

        def make_engine() -> SyncEngine:
            return SyncEngine(
                store, gateway.connect(), poll_interval=interval, default_region=region
            )

        self.sync = SyncThread(make_engine)
        self.sync.worker.sig_report.connect(self.window.show_report)
        self.window.sig_message_queued.connect(self.sync.sig_wake)
        self.window.sig_retry_now.connect(self.sync.sig_retry_now)
        self._stopped = False

    def _start_demo(self) -> GatewayConfig:
        self.demo = DemoGateway(state_path=self.paths.data_dir / "demo-gateway.sqlite3").start()
        log.info("demo gateway listening on %s", self.demo.base_url)
        return GatewayConfig(
            base_url=self.demo.base_url,
            account_sid=self.demo.account_sid,
            auth_token=self.demo.auth_token,
            from_number=self.demo.phone_number,
        )

    def start(self) -> None:
        """Show the window and start syncing."""
        self.sync.start()
        self.window.show()

    def shutdown(self) -> None:
        """Stop everything in order: window, sync thread, store thread, store, demo gateway."""
        if self._stopped:
            return
        self._stopped = True
        self.window.hide()
        self.sync.stop()
        self.tasks.shutdown()
        self.events.close()
        self.store.close()
        if self.demo is not None:
            self.demo.stop()


def configure_logging(paths: Paths, *, verbose: bool = False) -> None:
    """Log to a rotating file in the log directory, and warnings to stderr."""
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("smsdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if any(getattr(h, "_smsdesk", False) for h in root.handlers):
        return
    file_handler = logging.handlers.RotatingFileHandler(
        paths.log_dir / "smsdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    file_handler._smsdesk = True  # type: ignore[attr-defined]
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(logging.Formatter("smsdesk: %(levelname)s: %(message)s"))
    stderr._smsdesk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(stderr)


def load_style_sheet() -> str:
    """The application style sheet, read from the installed resources package."""
    return (resources.files("desktop.resources") / "styles" / "light.qss").read_text("utf-8")


def create_application(argv: list[str]) -> QApplication:
    """Create (or return) the QApplication with SMS Desk's identity and style."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("smsdesk")
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("smsdesk")
    app.setStyleSheet(load_style_sheet())
    return app


def quit_on_signals(app: QApplication) -> None:
    """Quit cleanly (stopping threads, closing the store) on SIGTERM and SIGINT.

    Python runs signal handlers only between bytecodes, and the Qt event loop runs in C; the
    wake-up socket makes Qt call back into Python as soon as a signal arrives.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: receiver.recv(64))
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.quit())
    holder = QObject(app)
    holder.setObjectName("signalWakeup")
    holder._sockets = (receiver, sender)  # type: ignore[attr-defined]  # keep them open


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smsdesk", description="Send, receive and manage business SMS."
    )
    parser.add_argument("--version", action="version", version=f"SMS Desk {__version__}")
    parser.add_argument(
        "--home", type=Path, help="keep data, settings and logs under this directory"
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run SMS Desk; return the process exit status."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    paths = Paths.under(args.home) if args.home else Paths.default()
    paths.ensure()
    configure_logging(paths, verbose=args.verbose)
    loaded = load_settings(paths.settings_file)
    app = create_application([sys.argv[0]])
    try:
        desk = SmsDesk(loaded.settings, paths)
    except StoreError as err:
        QMessageBox.critical(None, APP_TITLE, str(err))
        return 1
    app.aboutToQuit.connect(desk.shutdown)
    quit_on_signals(app)
    desk.start()
    for problem in loaded.problems:
        QTimer.singleShot(0, lambda p=problem: desk.window.show_error(p))
    log.info("SMS Desk %s started (pid %d)", __version__, os.getpid())
    status = app.exec()
    desk.shutdown()
    return status
