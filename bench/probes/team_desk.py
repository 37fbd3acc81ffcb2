"""A desk of a team, for ``make bench``'s relay row: the real app (``SmsDesk``: window, store
thread, team link, notifier, pop-ups) signed in to the team's PostgreSQL, reporting when each
pop-up is painted.

Prints ``{"ready": true}`` once signed in and listening, then for every pop-up one line
``{"body": …, "painted_at": <Unix seconds>}`` at its first paint, and closes the pop-up (so
the next is not hidden under "+N more"). Ends when stdin closes.

Usage: python -m bench.probes.team_desk DATABASE_URL HOME EXTENSION PASSWORD
"""

from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

from desktop.app import create_application
from desktop.gateway.demo import DemoGateway
from desktop.ui.notifications.popups import MessagePopup
from PySide6.QtCore import QEvent, QMetaObject, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bench.probes.common import desk_settings, open_desk, wait_until


def emit(**values: object) -> None:
    print(json.dumps(values), flush=True)


class PopupClock(QObject):
    """Notes the first paint of each pop-up (an application-wide event filter: a pop-up may
    be shown and painted in the very turn it is made), reports it and closes the pop-up.

    A pop-up is marked seen by a property on itself, not by ``id()``: a closed pop-up is
    deleted, and the next one may be made at the same address (the run once waited 10 s for
    a pop-up it had taken for the one before).
    """

    SEEN = "benchPaintSeen"

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, MessagePopup)
            and not watched.property(self.SEEN)
        ):
            watched.setProperty(self.SEEN, True)
            QApplication.sendEvent(watched, event)  # the paint, then the time
            emit(body=watched.body_text, painted_at=time.time())
            QTimer.singleShot(0, watched.close)
            return True
        return False


def main(argv: list[str]) -> int:
    database_url, home, extension, password = argv[0], Path(argv[1]), argv[2], argv[3]
    app = create_application([sys.argv[0]])
    import logging

    logging.basicConfig(level=logging.INFO, stream=sys.stderr)
    # The desk's own gateway lists nothing: what it shows comes through the relay.
    gateway = DemoGateway(greet=False, auto_reply=False).start()
    settings = desk_settings(
        database_url,
        popup_seconds=30,
        quiet_hours=False,
        notifications=True,
        notification_style="popups",
    )
    desk = open_desk(settings, home, gateway, tray_available=True)
    desk.start_session(desk.accounts.sign_in(extension, password))
    window = desk.window
    assert window is not None
    assert wait_until(lambda: desk.popups is not None, timeout=30)
    clock = PopupClock(app)  # kept: it watches until the end
    emit(ready=True)

    def until_stdin_closes() -> None:
        sys.stdin.read()
        # (a queued call into the GUI thread: a timer started in this thread, which has
        # no event loop, would never fire)
        QMetaObject.invokeMethod(app, "quit", Qt.ConnectionType.QueuedConnection)

    threading.Thread(target=until_stdin_closes, daemon=True).start()
    app.exec()
    desk.shutdown()
    del clock
    gateway.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
