"""One SMS Desk per user: a second launch (or an ``sms:`` link) hands its request to the
running one, which raises its window, instead of starting a second copy that would poll the
gateway twice. A local socket named per user and data directory, robust to a stale socket
left by a crash."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("smsdesk.ui.single_instance")

TIMEOUT_MS = 1500


def server_name(data_dir: Path) -> str:
    """The socket's name: one per user and data directory (two homes never collide)."""
    owner = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{owner}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    return f"smsdesk-{digest}"


def forward(name: str, request: dict[str, str]) -> bool:
    """Hand ``request`` to a running SMS Desk; True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False  # nobody listens (or a stale socket from a crash: no one accepts)
    socket.write((json.dumps(request) + "\n").encode())
    socket.flush()
    ok = socket.waitForBytesWritten(TIMEOUT_MS) or socket.bytesToWrite() == 0
    if ok:
        socket.waitForReadyRead(TIMEOUT_MS)  # the running app says it has it
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for later launches of SMS Desk.

    Signals:
        sig_request(dict): a later launch's request: {"action": "raise"} or
            {"action": "open", "link": "sms:…"}.
    """

    sig_request = Signal(dict)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        # Owned by the application unless told otherwise, so it is gone before Qt is.
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket file left by a crashed copy is removed first."""
        if self._server.listen(self.name):
            return True
        # Nobody answered forward(), so whatever holds the name is stale.
        QLocalServer.removeServer(self.name)
        if self._server.listen(self.name):
            return True
        log.warning("cannot listen for other launches: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _read(self, socket: QLocalSocket) -> None:
        self._buffers[socket] = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        data = self._buffers[socket]
        if b"\n" not in data:
            if len(data) > 64_000:
                socket.abort()
            return
        line = data.split(b"\n", 1)[0]
        socket.write(b"ok\n")
        socket.flush()
        try:
            request = json.loads(line)
        except ValueError:
            log.warning("ignored a malformed request from another launch")
            return
        if isinstance(request, dict):
            self.sig_request.emit({str(k): str(v) for k, v in request.items()})

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()
