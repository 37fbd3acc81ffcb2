"""One SMS Desk per user: a second launch (or an ``sms:`` link) hands its request to the
running one, which raises its window, instead of starting a second copy that would poll the
gateway twice. A local socket named per user and data directory, robust to a stale socket
left by a crash.

The socket lives in a folder only this user can enter — ``$XDG_RUNTIME_DIR/smsdesk``, else
a 0700 folder of ours in the temporary directory, else the data directory — never under a
predictable name in ``/tmp``, where another local user could take the name first and be
handed the ``sms:`` link (and SMS Desk would exit). Both ends also check who is at the
other end (the peer's uid, ``SO_PEERCRED``, on Linux) and talk only to the same user. On
Windows the name is a named pipe that ``UserAccessOption`` opens to this user only.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import struct
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("smsdesk.ui.single_instance")

TIMEOUT_MS = 1500

# The longest socket path (sun_path is 108 bytes on Linux, 104 on macOS), with room to spare.
_MAX_PATH = 100


def _uid() -> int | None:
    return os.geteuid() if hasattr(os, "geteuid") else None


def _private_folder(folder: Path, *, create: bool) -> bool:
    """Whether ``folder`` is a real folder of this user's that only they can enter (made so
    first when ``create`` and it is missing)."""
    if create:
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass
        except OSError:
            return False
    try:
        info = folder.lstat()  # a symbolic link planted by someone else is refused
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == _uid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def socket_folder(data_dir: Path) -> Path | None:
    """The folder for the socket: private to this user; None when none can be had.

    Tried in order: ``$XDG_RUNTIME_DIR/smsdesk`` (the runtime directory must itself be ours
    and 0700), ``<temporary directory>/smsdesk-<uid>``, ``<data_dir>/run``. A candidate
    someone else made, or opened to others, is passed over.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    candidates = []
    if runtime and Path(runtime).is_absolute() and _private_folder(Path(runtime), create=False):
        candidates.append(Path(runtime) / "smsdesk")
    candidates.append(Path(tempfile.gettempdir()) / f"smsdesk-{_uid()}")
    candidates.append(data_dir / "run")
    for folder in candidates:
        if len(str(folder)) + 26 > _MAX_PATH:
            continue
        if _private_folder(folder, create=True):
            return folder
        log.warning("not using %s for the single-instance socket: it is not private", folder)
    return None


def server_name(data_dir: Path) -> str | None:
    """The socket's name: one per user and data directory (two homes never collide).

    Returns:
        A path in this user's private ``socket_folder`` (a pipe name on Windows), or None
        when no private folder can be had: then this copy runs on its own.
    """
    owner = str(_uid()) if _uid() is not None else os.environ.get("USERNAME", "")
    digest = hashlib.sha256(f"{owner}:{data_dir.resolve()}".encode()).hexdigest()[:16]
    if os.name == "nt":
        return f"smsdesk-{digest}"
    folder = socket_folder(data_dir)
    return str(folder / f"instance-{digest}") if folder is not None else None


def peer_uid(descriptor: int) -> int | None:
    """The uid of the process at the other end of a local socket; None where the system
    cannot tell (not Linux): there the private folder is the protection."""
    import socket as sockets  # here: it costs start-up time, and only a second launch needs it

    option = getattr(sockets, "SO_PEERCRED", None)
    if option is None or descriptor < 0:
        return None
    # A copy of the descriptor: closing it leaves Qt's own open.
    peer = sockets.socket(fileno=os.dup(descriptor))
    try:
        raw = peer.getsockopt(sockets.SOL_SOCKET, option, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        peer.close()
    _pid, uid, _gid = struct.unpack("3i", raw)
    return int(uid)


def _same_user(socket: QLocalSocket) -> bool:
    uid = peer_uid(int(socket.socketDescriptor()))
    return uid is None or uid == _uid()


def forward(name: str, request: dict[str, str]) -> bool:
    """Hand ``request`` to a running SMS Desk of this user's; True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False  # nobody listens (or a stale socket from a crash: no one accepts)
    if not _same_user(socket):
        # Not ours: it gets nothing (an sms: link may carry a customer's number and text).
        log.warning("another user's program listens on SMS Desk's socket %s: ignored", name)
        socket.abort()
        return False
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
            if not _same_user(socket):
                log.warning("refused a request from another user's program")
                socket.abort()
                socket.deleteLater()
                continue
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
