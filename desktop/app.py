"""Starts SMS Desk: settings, the application object, one instance only, then ``SmsDesk``
(``desktop.ui.session.desk``: the store, gateway, threads and window) and the event loop.

With a remembered sign-in and the last session's snapshot (``desktop.ui.session.snapshot``)
the main window is built and painted from the snapshot first, before
``desktop.ui.session.desk`` — and with it SQLAlchemy, the keyring and the gateway — is
imported; ``SmsDesk`` then checks the sign-in and makes that window live, or drops it for the
sign-in dialog. This module therefore imports nothing that loads the database layer.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import re
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

import desktop
from desktop.admin.commands import is_cli_command
from desktop.config.settings import Paths, load_settings
from desktop.store import StoreError
from desktop.ui.look import theme
from desktop.ui.look.icons import app_icon
from desktop.ui.look.language import install_language
from desktop.ui.look.tokens import ThemeName
from desktop.ui.session.early_start import AfterFirstPaint, EarlyStart, paint_last_session
from desktop.ui.session.lifecycle import (
    QUIT_SECONDS,
    STARTUP_FAILED,
    QuitGuard,
    StartupFailure,
    folder_failure,
    log_file_failure,
    log_problem,
    quit_on_signals,
    report_startup_failure,
    unexpected_failure,
    wake_on_signals,
)
from desktop.ui.session.live_settings import LiveSettings
from desktop.ui.session.single_instance import InstanceServer, forward, server_name
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.main_window import APP_TITLE

if TYPE_CHECKING:  # the database layer loads after the first paint
    from desktop.ui.session.desk import SmsDesk
    from desktop.ui.session.opening import Looked, Opened

__all__ = ["EarlyStart", "Opening", "create_application", "main", "paint_last_session", "run"]

log = logging.getLogger("smsdesk.app")


def load_style_sheet() -> str:
    """The application style sheet (colours as theme tokens), from the resources package."""
    return (resources.files("desktop.resources") / "styles" / "app.qss").read_text("utf-8")


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
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: apply_colour_scheme(app))
        hints.accessibility().contrastPreferenceChanged.connect(
            lambda _contrast: apply_colour_scheme(app)
        )
    # Pop-ups and the tray outlive the main window; SMS Desk quits when asked to.
    app.setQuitOnLastWindowClosed(False)
    return app


def dark_wanted(app: QApplication) -> bool:
    """Dark when the system says so ($SMSDESK_THEME overrides it)."""
    return theme_wanted(app).dark


def theme_wanted(app: QApplication) -> ThemeName:
    """The theme for the system's colour scheme and contrast setting (Qt reads the XDG
    portal's org.freedesktop.appearance contrast on Linux, the system setting on Windows
    and macOS); $SMSDESK_THEME=light|dark|high-contrast|high-contrast-dark overrides it."""
    hints = app.styleHints()
    return choose_theme(
        os.environ.get("SMSDESK_THEME", ""),
        dark=hints.colorScheme() == Qt.ColorScheme.Dark,
        high_contrast=(
            hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        ),
    )


def choose_theme(forced: str, *, dark: bool, high_contrast: bool) -> ThemeName:
    """The theme named by ``forced`` (the $SMSDESK_THEME override), else the one the
    system's scheme and contrast preference ask for."""
    for name in ThemeName:
        if forced.lower() == name.value:
            return name
    if high_contrast:
        return ThemeName.HIGH_CONTRAST_DARK if dark else ThemeName.HIGH_CONTRAST
    return ThemeName.DARK if dark else ThemeName.LIGHT


def apply_colour_scheme(app: QApplication) -> None:
    """Use the theme's palette and style sheet, following the system's scheme and contrast."""
    name = theme_wanted(app)
    app.setPalette(theme.palette(name))
    app.setStyleSheet(theme.style_sheet(load_style_sheet(), name))


class LinkOpener(QObject):
    """macOS delivers ``sms:`` links (and a click on the Dock icon's file) as FileOpen
    events instead of command-line arguments; they become the same requests."""

    def __init__(self, handle: Callable[[dict[str, str]], None], parent: QObject) -> None:
        super().__init__(parent)
        self._handle = handle

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            from desktop.core.links import is_sms_link  # (not before the first paint)

            url = event.url().toString()
            if is_sms_link(url):
                self._handle({"action": "open", "link": url})
                return True
        return super().eventFilter(watched, event)


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
    parser.add_argument(
        "--geometry",
        metavar="WxH+X+Y",
        type=window_geometry,
        help="open the window at this size and place, e.g. 960x1000+0+0 (X11 syntax: "
        "the size inside the frame, the place of its corner; over where it was last)",
    )
    parser.add_argument("link", nargs="?", help="an sms: link to open as a new conversation")
    return parser.parse_args(argv)


def window_geometry(text: str) -> str:
    """``--geometry``'s value, checked: WxH, +X+Y or WxH+X+Y (handed to Qt, which applies it
    to the first window shown, over the restored geometry: ``-qwindowgeometry``)."""
    if not re.fullmatch(r"(\d+x\d+)?([+-]\d+[+-]\d+)?", text) or not text:
        raise argparse.ArgumentTypeError(f"{text!r} is not WxH+X+Y (e.g. 960x1000+0+0)")
    return text


def main(argv: list[str] | None = None) -> int:
    """Run SMS Desk; return the process exit status.

    A start that cannot go on (a folder that is a file, a read-only home, a database the
    app refuses, a bug) says what is wrong and what to do, on stderr and in a dialog when
    there is a display, and returns a non-zero status; it never ends in a traceback.
    """
    argv = sys.argv[1:] if argv is None else argv
    # `smsdesk users …` and `smsdesk doctor` run the command line, before any Qt object
    # exists: IT runs them over SSH on machines without a display.
    if is_cli_command(argv):
        from desktop.admin import cli

        return cli.main(argv)
    args = parse_args(argv)
    paths = Paths.under(args.home) if args.home else Paths.default()
    try:
        return run(args, paths)
    except StartupFailure as failure:
        return report_startup_failure(str(failure))
    except Exception as err:
        log_problem("SMS Desk could not start")
        return report_startup_failure(str(unexpected_failure(err, paths.log_dir)))


@dataclass
class Opening:
    """What the workers of ``open_store_aside`` hand over: the opened store (and its
    keyring and accounts), the account thread that opened it, and the sign-in look-up
    under way there."""

    opened: Opened
    account_tasks: TaskRunner
    looked: Future[Looked]


def open_store_aside(
    settings: LiveSettings, paths: Paths, then: Callable[[Opening | Exception], None]
) -> tuple[TaskRunner, TaskRunner]:
    """Open the store, and load the desk's modules, in two worker threads; then call
    ``then`` once in the GUI thread with both done, or with what went wrong.

    The account thread opens the store and goes straight on to the remembered sign-in;
    the other imports the desk (``desktop.ui.session.desk``: its widgets, the carriers,
    the conversation panel) meanwhile, while the scrypt check lets go of the interpreter. The
    GUI thread imports none of those meanwhile (it would wait for the workers' import
    locks): it only paints and handles events until ``then``.

    Returns:
        the account thread (which the desk goes on using) and the loading thread.
    """
    account_tasks, loading = TaskRunner(), TaskRunner()
    current = settings.current
    done: dict[str, object] = {}

    def open_it() -> Opened:
        from desktop.system.credentials import CredentialStore

        # The OS keyring is found and checked (its backends looked up, then over D-Bus on
        # Linux: up to a second) in a thread of its own while the database layer loads and
        # the store opens; the sign-in's read of the password waits for it, if need be.
        credentials = CredentialStore()

        def find_keyring() -> None:
            with contextlib.suppress(Exception):  # (the sign-in meets it again, and says it)
                credentials.status  # noqa: B018  (found and judged once, then kept)

        threading.Thread(target=find_keyring, name="smsdesk-keyring", daemon=True).start()
        from desktop.ui.session.opening import open_desk_store

        return open_desk_store(current, paths, credentials)

    def look() -> Looked:
        from desktop.ui.session.opening import look_up_sign_in

        opened = opening.result()
        # Only now the desk's modules: both imports would share the interpreter (one at a
        # time), while the scrypt check that follows lets go of it.
        loading.run(load, lambda _: arrived("loaded", True), lambda e: arrived("loaded", e))
        return look_up_sign_in(opened.accounts, opened.credentials, current.remembered_extension)

    def load() -> None:
        # The desk (its widgets, dialogs, tray...), and what ``settle`` and ``start_desk``
        # use: the log files' handlers, the signals' socket, the version (read from the
        # package's metadata once, then kept).
        importlib.import_module("desktop.ui.session.desk")
        importlib.import_module("desktop.system.logs")
        importlib.import_module("socket")
        _ = desktop.__version__
        from desktop.gateway.registry import built_in_carriers

        built_in_carriers()
        if current.gateway == "demo":
            importlib.import_module("desktop.gateway.demo")
        importlib.import_module("desktop.ui.conversation.pane")

    def arrived(name: str, value: object) -> None:
        if "error" in done:
            return
        done[name] = value
        if isinstance(value, Exception):
            done["error"] = value
            then(value)
        elif "opened" in done and "loaded" in done:
            then(Opening(opening.result(), account_tasks, looked))

    opening = account_tasks.run(
        open_it, lambda o: arrived("opened", o), lambda e: arrived("opened", e)
    )
    # The desk's begin() takes its result; if opening failed it fails too, and the start
    # with it (``arrived``).
    looked = account_tasks.run(look)
    return account_tasks, loading


def run(args: argparse.Namespace, paths: Paths) -> int:
    """Start SMS Desk with ``paths`` and run its event loop; return the exit status.

    A failure once the application runs is reported here (``report_startup_failure``);
    one before it is raised.

    Raises:
        StartupFailure: it cannot start (the message says why and what to do).
    """
    try:
        paths.ensure()
    except OSError as err:
        raise folder_failure(paths, err) from err
    placed = ["-qwindowgeometry", args.geometry] if args.geometry else []
    app = create_application([sys.argv[0], *placed])
    install_language(app)  # the desktop's, so that a problem with the settings file reads in it
    loaded = load_settings(paths.settings_file)
    if loaded.settings.language:  # before the first window
        install_language(app, loaded.settings.language)
    guard = QuitGuard(app)
    quit_on_signals(guard)
    failures: list[StartupFailure] = []

    def settle() -> None:
        # The log files and the signals' wake-up: right away, or just after the first paint
        # from the snapshot (logging.handlers and socket take some 10 ms to import).
        from desktop.system.logs import configure_logging

        try:
            configure_logging(paths.log_dir, verbose=args.verbose)
        except OSError as err:
            raise log_file_failure(paths.log_dir, err) from err
        wake_on_signals(app)

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
    settings = LiveSettings(loaded.settings, paths.settings_file)
    early = None if args.minimized else paint_last_session(paths, settings)
    started: list[SmsDesk] = []

    def fail(sentence: str) -> None:
        failures.append(StartupFailure(sentence))
        app.exit(STARTUP_FAILED)

    def start(opened: Opening | Exception) -> None:
        try:
            settle()
            start_desk(opened)
        except StartupFailure as failure:
            failures.append(failure)
        except Exception as err:
            log_problem("SMS Desk could not start")
            failures.append(unexpected_failure(err, paths.log_dir))
        if failures:
            if early is not None:
                early.window.hide()
            app.exit(STARTUP_FAILED)

    def start_desk(opening: Opening | Exception) -> None:
        try:
            if isinstance(opening, Exception):
                raise opening
            from desktop.ui.session.desk import SmsDesk  # (loaded by ``open_store_aside``)

            opened = opening.opened
            desk = SmsDesk(
                settings,
                paths,
                early=early,
                quit_guard=guard,
                fail_start=fail,
                start_minimized=args.minimized,
                credentials=opened.credentials,
                store=opened.store,
                accounts=opened.accounts,
                account_tasks=opening.account_tasks,
                looked=opening.looked,
            )
        except StoreError as err:
            raise StartupFailure(
                f"{err} (`smsdesk doctor` checks it and says what to do.)"
            ) from err
        started.append(desk)
        if args.link:
            desk.handle_request(request)
        if instance is not None:
            instance.sig_request.connect(desk.handle_request)
        opener = LinkOpener(desk.handle_request, app)  # macOS hands links over as events
        app.installEventFilter(opener)
        app.aboutToQuit.connect(lambda: desk.shutdown(within=QUIT_SECONDS))
        desk.begin()
        desk.prepare_session()  # (while the sign-in is checked: the demo, the panel)
        for problem in loaded.problems:
            QTimer.singleShot(0, lambda p=problem: desk.tell(p))
        app.setApplicationVersion(desktop.__version__)
        log.info("SMS Desk %s started (pid %d)", desktop.__version__, os.getpid())

    # The database layer, the keyring and the gateway load, and the store opens, in worker
    # threads, while the GUI thread stays responsive; the desk starts in the GUI thread once
    # they are there. With a window painted from the snapshot they begin once it is painted
    # (their imports would share the interpreter with its first paint).
    aside: list[TaskRunner] = []

    def open_aside() -> None:
        aside.extend(open_store_aside(settings, paths, start))

    if early is None:
        open_aside()
    else:
        AfterFirstPaint(early.window.chat_list.viewport(), open_aside)
    status = app.exec()
    for runner in aside[1:]:  # (the loading thread; the account thread is the desk's)
        runner.shutdown()
    clean = True
    if started:
        clean = started[0].shutdown(within=QUIT_SECONDS)  # (the account thread too)
    else:
        if aside:
            aside[0].shutdown(timeout=QUIT_SECONDS)
        if early is not None:
            early.store.fail("SMS Desk is quitting.")
            early.tasks.shutdown()
    if failures:
        status = report_startup_failure(str(failures[0]))
    log.info("SMS Desk stopped%s", "" if clean else " (without waiting for busy work)")
    if not clean:
        # A thread still waits on the network or the disk past the quit deadline; Python
        # would wait for it at exit (or Qt abort on a running QThread). What it was doing is
        # safe to cut short: a message in flight is checked at the next start.
        logging.shutdown()
        os._exit(status)
    return status
