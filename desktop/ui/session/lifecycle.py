"""Starting and stopping: every request to quit ends the app, and a start that cannot go on
says why and what to do, instead of a traceback.

Quit (the menu, Ctrl+Q, the tray), SIGTERM and SIGINT (a logout, ``kill``, Ctrl+C in a
terminal) and the session manager all end in a ``QEvent.Quit`` on the application. Qt would
first try to close every window and give up when one refuses; the main window refuses on
purpose (closing it goes to the tray), so ``QuitGuard`` ends the event loop itself.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.i18n import translate

if TYPE_CHECKING:
    from desktop.config.settings import Paths

log = logging.getLogger("smsdesk.app")

#: Exit status of a start that could not go on.
STARTUP_FAILED = 1
#: How long quitting waits for the threads, all together: a logout's session manager kills
#: an app that takes much longer, and Quit should feel immediate (the process ends within 2 s).
QUIT_SECONDS = 1.5

# The product's name, the start-up failure dialog's title: never translated.
_APP_TITLE = "SMS Desk"
# Platforms on which nobody would see a dialog (tests, servers).
_HEADLESS = ("offscreen", "minimal")


class StartupFailure(Exception):
    """SMS Desk cannot start; the message says what is wrong and how to fix it."""


class QuitGuard(QObject):
    """Makes every quit request end the event loop, whatever the windows say.

    Installed on the application, it sees the ``Quit`` event that ``QApplication.quit()``,
    the tray's and the menu's Quit, the signal handlers and the session manager's "die"
    send, and exits the loop at once (exit status 0), so no window's close handler can veto
    it. It also remembers that the session is ending (``commitDataRequest``): from then on
    closing the window no longer goes to the tray.

    Attributes:
        quitting: a quit was requested.
        session_ending: the session manager asked to save (logout or shutdown).
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.quitting = False
        self.session_ending = False
        self._reason = "Quit"
        self._told = False
        app.installEventFilter(self)
        # Direct: the session manager waits for the handler, in the GUI thread.
        app.commitDataRequest.connect(self._session_ends, Qt.ConnectionType.DirectConnection)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit and watched is QApplication.instance():
            if not self._told:
                self._told = True
                log.info("quitting (%s)", self._reason)
            self.quitting = True
            QApplication.exit(0)
            return True
        return super().eventFilter(watched, event)

    def _session_ends(self, _manager: object) -> None:
        log.info("the session is ending: closing the window quits SMS Desk now")
        self.session_ending = True
        self._reason = "the session ended"

    def request_quit(self, reason: str = "Quit") -> None:
        """Quit as soon as the event loop runs (also before it has started).

        Safe in a signal handler: it only sets attributes and starts a timer.
        """
        self.quitting = True
        self._reason = reason
        # A zero timer fires in whichever loop runs next: a request made while start-up
        # code still runs, before app.exec(), is not lost.
        QTimer.singleShot(0, QApplication.quit)


def quit_on_signals(guard: QuitGuard) -> None:
    """Quit on SIGTERM and SIGINT (a logout, ``kill``, Ctrl+C): installed at once, cheaply.

    The handler asks ``guard`` to quit; ``wake_on_signals`` then makes Qt call back into
    Python as soon as a signal arrives while the event loop waits.
    """
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda n, _frame: guard.request_quit(signal.Signals(n).name))


def wake_on_signals(app: QApplication) -> None:
    """Let a signal wake the Qt event loop: Python runs signal handlers only between
    bytecodes, and the event loop runs in C; the wake-up socket hands Qt a readable byte."""
    import socket  # (with the rest of start-up, after the first paint)

    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda *_: receiver.recv(64))
    holder = QObject(app)
    holder.setObjectName("signalWakeup")
    holder._sockets = (receiver, sender)  # type: ignore[attr-defined]  # keep them open


# -- start-up failures ------------------------------------------------------------------------


def folder_failure(paths: Paths, err: OSError) -> StartupFailure:
    """The sentence for a folder SMS Desk cannot create or use (``Paths.ensure`` failed)."""
    # (Translated here even before the translator is installed: then they stay English.)
    failed = Path(err.filename) if err.filename else None
    roles = ((paths.data_dir, "data"), (paths.config_dir, "settings"), (paths.log_dir, "log"))
    folder, role = roles[0]
    for candidate, name in roles:
        if failed is not None and (failed == candidate or failed in candidate.parents):
            folder, role = candidate, name
            break
    where = failed or folder
    if where.exists() and not where.is_dir():
        # Each folder its own whole sentence (its name changes the words around it).
        is_a_file = {
            "data": translate(
                "Lifecycle",
                "SMS Desk cannot start: its data folder (messages and database) should be at "
                "{folder}, but {where} is a file, not a folder. Move or rename that file, then "
                "start SMS Desk again.",
            ),
            "settings": translate(
                "Lifecycle",
                "SMS Desk cannot start: its settings folder should be at {folder}, but {where} "
                "is a file, not a folder. Move or rename that file, then start SMS Desk again.",
            ),
            "log": translate(
                "Lifecycle",
                "SMS Desk cannot start: its log folder should be at {folder}, but {where} is a "
                "file, not a folder. Move or rename that file, then start SMS Desk again.",
            ),
        }
        return StartupFailure(is_a_file[role].format(folder=folder, where=where))
    if err.errno == errno.EROFS:
        #: why a folder could not be made (said in parentheses in a start-up failure)
        reason = translate("Lifecycle", "the disk there is read-only")
    elif err.errno in (errno.EACCES, errno.EPERM):
        #: why a folder could not be made (said in parentheses in a start-up failure)
        reason = translate("Lifecycle", "you are not allowed to write there")
    else:
        reason = err.strerror or str(err)
    cannot_create = {
        "data": translate(
            "Lifecycle",
            "SMS Desk cannot start: it cannot create its data folder (messages and database) "
            "{folder} ({reason}). Make that folder writable for your user, or start SMS Desk "
            "with --home and a folder you can write to (for example: smsdesk --home ~/smsdesk).",
        ),
        "settings": translate(
            "Lifecycle",
            "SMS Desk cannot start: it cannot create its settings folder {folder} ({reason}). "
            "Make that folder writable for your user, or start SMS Desk with --home and a "
            "folder you can write to (for example: smsdesk --home ~/smsdesk).",
        ),
        "log": translate(
            "Lifecycle",
            "SMS Desk cannot start: it cannot create its log folder {folder} ({reason}). "
            "Make that folder writable for your user, or start SMS Desk with --home and a "
            "folder you can write to (for example: smsdesk --home ~/smsdesk).",
        ),
    }
    return StartupFailure(cannot_create[role].format(folder=folder, reason=reason))


def log_file_failure(log_dir: Path, err: OSError) -> StartupFailure:
    """The sentence for a log file that cannot be opened."""
    return StartupFailure(
        translate(
            "Lifecycle",
            "SMS Desk cannot start: it cannot write its log in {folder} ({reason}). Make that "
            "folder and the files in it writable for your user, or start SMS Desk with --home "
            "and a folder you can write to.",
        ).format(folder=log_dir, reason=err.strerror or err)
    )


def unexpected_failure(err: BaseException, log_dir: Path | None) -> StartupFailure:
    """The sentence for a bug met while starting (the details go to the log file)."""
    problem = f"{type(err).__name__}: {err}"  # the exception's own words, for IT
    if log_dir is None:
        return StartupFailure(
            translate(
                "Lifecycle",
                "SMS Desk could not start because of an unexpected problem ({problem}). Please "
                "start it again; if this happens every time, send that log to your IT contact.",
            ).format(problem=problem)
        )
    return StartupFailure(
        translate(
            "Lifecycle",
            "SMS Desk could not start because of an unexpected problem ({problem}). The "
            "details are in {log}. Please start it again; if this happens every time, send "
            "that log to your IT contact.",
        ).format(problem=problem, log=log_dir / "smsdesk.log")
    )


def _logging_configured() -> bool:
    return any(getattr(h, "_smsdesk", False) for h in logging.getLogger("smsdesk").handlers)


def log_problem(message: str, *, level: int = logging.ERROR) -> None:
    """Log the exception being handled, with its traceback once the log file is set up.

    Before that, Python's last-resort handler would print the traceback on stderr; the
    message alone (and the exception's own line) is printed instead.
    """
    if _logging_configured():
        log.log(level, message, exc_info=True)
        return
    error = sys.exc_info()[1]
    detail = f" ({type(error).__name__}: {error})" if error is not None else ""
    log.log(level, "%s%s", message, detail)


def has_display() -> bool:
    """Whether a dialog would be seen: a real platform, and on X11/Wayland a display."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return QGuiApplication.platformName() not in _HEADLESS
    platform = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0]
    if platform in _HEADLESS:
        return False
    if sys.platform.startswith(("win", "darwin")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def report_startup_failure(sentence: str, *, dialog: bool | None = None) -> int:
    """Say why SMS Desk cannot start: on stderr (and in the log, once there is one) and, when
    someone can see it, in a dialog. Returns the exit status for it.

    Args:
        sentence: what is wrong and how to fix it (plain text).
        dialog: show the dialog; None: when there is a display (``has_display``).
    """
    if _logging_configured():
        log.error("%s", sentence)  # the log file, and stderr through its handler
    elif sys.stderr is not None:
        sys.stderr.write(f"smsdesk: ERROR: {sentence}\n")
        sys.stderr.flush()
    if dialog if dialog is not None else has_display():
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            app = QApplication([sys.argv[0]] if sys.argv else ["smsdesk"])
        box = QMessageBox(QMessageBox.Icon.Critical, _APP_TITLE, sentence)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("startupFailure")
        box.exec()
    return STARTUP_FAILED
