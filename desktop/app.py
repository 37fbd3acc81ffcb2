"""Starts SMS Desk: settings, the application object, one instance only, then ``SmsDesk``
(``desktop.ui.desk``: the store, gateway, threads and window) and the event loop.

With a remembered sign-in and the last session's snapshot (``desktop.snapshot``) the main
window is built and painted from the snapshot first, before ``desktop.ui.desk`` — and with it
SQLAlchemy, the keyring and the gateway — is imported; ``SmsDesk`` then checks the sign-in
and makes that window live, or drops it for the sign-in dialog. This module therefore
imports nothing that loads the database layer.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

import desktop
from desktop import snapshot
from desktop.commands import is_cli_command
from desktop.config import Paths, Settings, load_settings
from desktop.core.links import is_sms_link
from desktop.store import StoreError
from desktop.store.pending import PendingStore
from desktop.ui import theme
from desktop.ui.first_paint import watch_first_paint
from desktop.ui.icons import app_icon
from desktop.ui.main_window import APP_TITLE, MainWindow
from desktop.ui.single_instance import InstanceServer, forward, server_name
from desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the database layer loads after the first paint
    from desktop.store import Store
    from desktop.ui.desk import SmsDesk

log = logging.getLogger("smsdesk.app")


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
    app.setDesktopFileName("smsdesk")
    app.setWindowIcon(app_icon())
    # One look everywhere: Fusion, with SMS Desk's own light and dark palettes.
    app.setStyle("Fusion")
    apply_colour_scheme(app)
    if not app.property("smsdeskFollowsScheme"):
        app.setProperty("smsdeskFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_colour_scheme(app))
    # Pop-ups and the tray outlive the main window; SMS Desk quits when asked to.
    app.setQuitOnLastWindowClosed(False)
    return app


def dark_wanted(app: QApplication) -> bool:
    """Dark when the system says so ($SMSDESK_THEME=dark|light overrides it)."""
    forced = os.environ.get("SMSDESK_THEME", "").lower()
    if forced in ("dark", "light"):
        return forced == "dark"
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_colour_scheme(app: QApplication) -> None:
    """Use the light or dark palette and style sheet, following the system's scheme."""
    dark = dark_wanted(app)
    app.setPalette(theme.palette(dark))
    light = load_style_sheet()
    app.setStyleSheet(theme.dark_style_sheet(light) if dark else light)


class LinkOpener(QObject):
    """macOS delivers ``sms:`` links (and a click on the Dock icon's file) as FileOpen
    events instead of command-line arguments; they become the same requests."""

    def __init__(self, handle: Callable[[dict[str, str]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url().toString()
            if is_sms_link(url):
                self._handle({"action": "open", "link": url})
                return True
        return super().eventFilter(watched, event)


def quit_on_signals(app: QApplication) -> None:
    """Quit cleanly (stopping threads, closing the store) on SIGTERM and SIGINT.

    Python runs signal handlers only between bytecodes, and the Qt event loop runs in C; the
    wake-up socket makes Qt call back into Python as soon as a signal arrives.
    """
    import socket  # (with the rest of start-up, after the first paint)

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


class VersionAction(argparse.Action):
    """``--version``: the version is read only when asked for (see ``desktop.__getattr__``)."""

    def __init__(self, option_strings: list[str], dest: str, **_: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"SMS Desk {desktop.__version__}\n")
        parser.exit()


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="smsdesk", description="Send, receive and manage business SMS."
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "--home", type=Path, help="keep data, settings and logs under this directory"
    )
    parser.add_argument("--verbose", action="store_true", help="log debugging detail")
    parser.add_argument(
        "--minimized", action="store_true", help="start in the system tray (used at login)"
    )
    parser.add_argument("link", nargs="?", help="an sms: link to open as a new conversation")
    return parser.parse_args(argv)


@dataclass
class EarlyStart:
    """The window painted from the last session's snapshot, before the database layer is
    loaded; ``SmsDesk`` attaches the store to it once the remembered sign-in works.

    Attributes:
        window: the real main window, showing the snapshot's rows.
        store: what the window calls until the store is attached.
        tasks: the store thread the window was built with (``SmsDesk`` keeps using it).
        extension: whose snapshot it is.
    """

    window: MainWindow
    store: PendingStore
    tasks: TaskRunner
    extension: str


def paint_last_session(paths: Paths, settings: Settings) -> EarlyStart | None:
    """Show the main window with what its chat list showed at the end of the last session,
    if a sign-in is remembered and that session left a snapshot; None otherwise."""
    extension = settings.remembered_extension
    if not extension:
        return None
    database = snapshot.database_key(settings.database_url_for(paths))
    last = snapshot.read(paths.snapshot_file, extension=extension, database=database)
    if last is None:
        return None
    pending = PendingStore()
    tasks = TaskRunner()
    window = MainWindow(
        cast("Store", pending),
        tasks,
        settings.default_region,
        last.desk_number,
        snapshot=last.rows,
        snapshot_titles=last.titles,
    )
    window.user_label.setText(last.user_label)
    if last.geometry:
        window.restoreGeometry(QByteArray.fromBase64(last.geometry.encode("ascii")))
    watch_first_paint(window.chat_list)  # only when make bench asks
    window.show()
    return EarlyStart(window, pending, tasks, extension)


def main(argv: list[str] | None = None) -> int:
    """Run SMS Desk; return the process exit status."""
    argv = sys.argv[1:] if argv is None else argv
    # `smsdesk users …` and `smsdesk doctor` run the command line, before any Qt object
    # exists: IT runs them over SSH on machines without a display.
    if is_cli_command(argv):
        from desktop import cli

        return cli.main(argv)
    args = parse_args(argv)
    paths = Paths.under(args.home) if args.home else Paths.default()
    paths.ensure()

    def settle() -> None:
        # The log files and the signal handlers: right away, or just after the first paint
        # from the snapshot (logging.handlers and socket take some 10 ms to import).
        from desktop.logs import configure_logging

        configure_logging(paths.log_dir, verbose=args.verbose)
        quit_on_signals(app)

    loaded = load_settings(paths.settings_file)
    app = create_application([sys.argv[0]])
    # Already running? Hand it the request (raise, or open the link) and stop here: two
    # copies would poll the gateway twice.
    name = server_name(paths.data_dir)  # None: no private folder for it, so no hand-over
    request = {"action": "open", "link": args.link} if args.link else {"action": "raise"}
    if name is not None and forward(name, request):
        settle()
        log.info("SMS Desk is already running: handed it %s", request["action"])
        return 0
    instance = InstanceServer(name) if name is not None else None
    if instance is not None:
        instance.listen()
        app.aboutToQuit.connect(instance.close)
    early = None if args.minimized else paint_last_session(paths, loaded.settings)
    started: list[SmsDesk] = []

    def start() -> None:
        from desktop.ui.desk import SmsDesk  # the database layer, keyring and gateway

        try:
            desk = SmsDesk(loaded.settings, paths, early=early)
        except StoreError as err:
            if early is not None:
                early.window.hide()
            QMessageBox.critical(None, APP_TITLE, str(err))
            app.exit(1)
            return
        started.append(desk)
        desk.start_minimized = args.minimized
        if args.link:
            desk.handle_request(request)
        if instance is not None:
            instance.sig_request.connect(desk.handle_request)
        opener = LinkOpener(desk.handle_request, app)  # macOS hands links over as events
        app.installEventFilter(opener)
        app.aboutToQuit.connect(desk.shutdown)
        desk.begin()
        for problem in loaded.problems:
            QTimer.singleShot(0, lambda p=problem: desk.tell(p))
        app.setApplicationVersion(desktop.__version__)
        log.info("SMS Desk %s started (pid %d)", desktop.__version__, os.getpid())

    if early is None:
        settle()
        start()
        if not started:
            return 1
    else:
        # Let the snapshot be painted, then load the rest in the next turn of the loop.
        QApplication.processEvents()
        QTimer.singleShot(0, lambda: (settle(), start()))
    status = app.exec()
    if started:
        started[0].shutdown()
    elif early is not None:
        early.store.fail("SMS Desk is quitting.")
        early.tasks.shutdown()
    return status


def __getattr__(name: str) -> object:
    # ``from desktop.app import SmsDesk`` still works; the module loads it only when asked.
    if name == "SmsDesk":
        from desktop.ui.desk import SmsDesk

        return SmsDesk
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
