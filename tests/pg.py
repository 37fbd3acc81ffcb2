"""A throw-away PostgreSQL server for the test session, started from the installed programs.

The team features are tested against a real server, not a mock: ``PostgresServer`` runs
``initdb`` in a fresh temporary folder, starts ``postgres`` on a free loopback port with
durability turned off (tests need speed, not crash safety), and hands out one new database per
test. Nothing system-wide is touched: no service, no shared data folder, no fixed port.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

__all__ = ["PostgresServer", "PostgresUnavailable", "find_bindir"]

# Temporary folders are named with this prefix, so a later session can find the servers of a
# session that was killed before it could stop them (see _sweep_orphans).
_PREFIX = "smsdesk-pg-"
# The pid of the Python process that owns a server folder.
_OWNER_FILE = "owner.pid"
_START_TIMEOUT = 30.0
_DATABASE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
_SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres")

INSTALL_HINT = (
    "install the PostgreSQL server (Debian: sudo apt-get install postgresql; "
    "`make test` does it when run as root), or point SMSDESK_PG_BINDIR at the folder "
    "holding initdb, pg_ctl and postgres"
)


class PostgresUnavailable(Exception):
    """No PostgreSQL server can be run here; the message says why and how to fix it."""


def find_bindir() -> Path:
    """Find the folder of the server programs (``initdb``, ``pg_ctl``, ``postgres``).

    Looks at ``$SMSDESK_PG_BINDIR``, then Debian's ``/usr/lib/postgresql/<version>/bin``
    (newest version first, since Debian does not put them on PATH), then PATH.

    Raises:
        PostgresUnavailable: none of those has all three programs.
    """
    candidates: list[Path] = []
    if configured := os.environ.get("SMSDESK_PG_BINDIR"):
        candidates.append(Path(configured))
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates.extend(sorted(versions, key=_version_key, reverse=True))
    if on_path := shutil.which("pg_ctl"):
        candidates.append(Path(on_path).resolve().parent)
    for folder in candidates:
        if all(os.access(folder / program, os.X_OK) for program in _SERVER_PROGRAMS):
            return folder
    raise PostgresUnavailable(f"No PostgreSQL server programs were found: {INSTALL_HINT}.")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path.parent.name)) or (0,)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class PostgresServer:
    """A PostgreSQL server of its own in a temporary folder, for one test session.

    Runs as the ``postgres`` OS user when the tests run as root (``initdb`` and ``postgres``
    refuse root), as the current user otherwise. It listens on 127.0.0.1 (TCP, so connection
    loss and keepalives behave as on a network) and on a Unix socket in its folder, and trusts
    every local connection: there is no password to leak.

    Args:
        bindir: the folder of the server programs; found with ``find_bindir`` when omitted.
        durable: flush to disk as an office's server does (PostgreSQL's defaults: fsync,
            synchronous commit, full-page writes), for ``make bench``'s figures beside
            SQLite's full sync; else nothing is flushed at all, for the tests' speed.

    Attributes:
        host: ``"127.0.0.1"``.
        port: the TCP port, chosen free when the server starts.
        folder: the temporary folder (data directory, socket, log); removed by ``stop()``.
    """

    host = "127.0.0.1"

    def __init__(self, bindir: Path | None = None, *, durable: bool = False) -> None:
        self._bindir = bindir or find_bindir()
        self._durable = durable
        self.port = 0
        self.folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._run_as: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self._run_as = pwd.getpwnam("postgres")
            except KeyError:
                raise PostgresUnavailable(
                    "The tests run as root and there is no 'postgres' user to run the "
                    f"PostgreSQL server as: {INSTALL_HINT}."
                ) from None

    # -- life cycle --------------------------------------------------------------------

    def start(self) -> PostgresServer:
        """Create the cluster, start the server and wait until it accepts connections.

        Returns:
            The server itself.

        Raises:
            PostgresUnavailable: initdb or the server failed; the message ends with their
                output.
        """
        _sweep_orphans()
        self.folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
        (self.folder / _OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
        (self.folder / "socket").mkdir()
        if self._run_as is not None:
            for path in (self.folder, self.folder / "socket"):
                os.chown(path, self._run_as.pw_uid, self._run_as.pw_gid)
        try:
            self._initdb()
            # A port that was free a moment ago may be taken by the time the server binds it.
            for attempt in range(3):
                self.port = free_port()
                try:
                    self._start_server()
                    break
                except PostgresUnavailable:
                    if attempt == 2 or "already in use" not in self._log_tail():
                        raise
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server at once (``pg_ctl stop -m immediate``) and remove its folder.

        Safe to call twice, and after a failed start.
        """
        folder = self.folder
        if folder is None:
            return
        process, self._process = self._process, None
        try:
            if process is not None and process.poll() is None:
                # Immediate: the data is thrown away, so a clean checkpoint would be wasted.
                with contextlib.suppress(OSError, subprocess.SubprocessError):
                    self._run(
                        ["pg_ctl", "stop", "-D", str(folder / "data"), "-m", "immediate", "-W"],
                        timeout=15,
                    )
                try:
                    process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)
        finally:
            self.folder = None
            shutil.rmtree(folder, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server as a restart does (fast shutdown: every connection is cut),
        keeping its data, folder and port; ``resume`` starts it again."""
        assert self.folder is not None, "the server is not started"
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        self._run(
            ["pg_ctl", "stop", "-D", str(self.folder / "data"), "-m", "fast", "-W"], timeout=30
        )
        process.wait(timeout=30)

    def resume(self) -> None:
        """Start a halted server again on the same port; return once it takes connections."""
        assert self.folder is not None, "the server is not started"
        if self._process is None:
            self._start_server()

    def __enter__(self) -> PostgresServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # -- databases ---------------------------------------------------------------------

    def url(self, database: str = "postgres") -> str:
        """The SQLAlchemy URL of one of the server's databases (user ``postgres``)."""
        return f"postgresql://postgres@{self.host}:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL.

        Args:
            name: a plain lower-case SQL name (letters, digits, underscores).

        Returns:
            ``postgresql://postgres@127.0.0.1:PORT/name``.
        """
        self._check_name(name)
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, disconnecting whoever is still connected to it."""
        self._check_name(name)
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def connect(self, database: str = "postgres") -> psycopg.Connection:
        """Open an autocommit connection to one of the server's databases, as ``postgres``."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user="postgres",
            dbname=database,
            autocommit=True,
            connect_timeout=5,
        )

    # -- helpers -----------------------------------------------------------------------

    def _admin(self) -> psycopg.Connection:
        return self.connect("postgres")

    @staticmethod
    def _check_name(name: str) -> None:
        if not _DATABASE_NAME.fullmatch(name):
            raise ValueError(f"not a plain database name: {name!r}")

    def _run(self, argv: list[str], *, timeout: float) -> subprocess.CompletedProcess[bytes]:
        """Run one of the server programs (as the server's user), failing on a non-zero exit."""
        argv = [str(self._bindir / argv[0]), *argv[1:]]
        return subprocess.run(
            argv, capture_output=True, check=True, timeout=timeout, **self._as_user()
        )

    def _as_user(self) -> dict:
        """Popen arguments that run a program as the server's user, in a clean environment."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PG", "LC_"))}
        env["LC_ALL"] = "C"
        options: dict = {"env": env, "cwd": str(self.folder)}
        if self._run_as is not None:
            # The same as runuser -u postgres, without depending on it: the child drops root's
            # groups and ids before it executes the program.
            env["HOME"] = str(self.folder)
            env["USER"] = env["LOGNAME"] = self._run_as.pw_name
            options.update(user=self._run_as.pw_uid, group=self._run_as.pw_gid, extra_groups=[])
        return options

    def _initdb(self) -> None:
        assert self.folder is not None
        try:
            self._run(
                [
                    "initdb",
                    "-D",
                    str(self.folder / "data"),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "--encoding=UTF8",
                    "--locale=C",
                    "--no-sync",  # nothing here needs to survive a power cut
                    "--no-instructions",
                ],
                timeout=120,
            )
        except subprocess.CalledProcessError as exc:
            output = (exc.stdout + exc.stderr).decode(errors="replace").strip()
            raise PostgresUnavailable(f"initdb failed: {output[-2000:]}") from None
        except subprocess.TimeoutExpired:
            raise PostgresUnavailable("initdb did not finish within 120 s") from None

    def _flushing(self) -> list[str]:
        if self._durable:
            return []  # PostgreSQL's defaults
        # Fast and disposable: no flushes to disk at all.
        return ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]

    def _start_server(self) -> None:
        assert self.folder is not None
        log = (self.folder / "postgres.log").open("ab")
        try:
            self._process = subprocess.Popen(
                [
                    str(self._bindir / "postgres"),
                    "-D",
                    str(self.folder / "data"),
                    "-k",
                    str(self.folder / "socket"),
                    "-p",
                    str(self.port),
                    "-c",
                    f"listen_addresses={self.host}",
                    *self._flushing(),
                    "-c",
                    "max_connections=200",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                **self._as_user(),
            )
        finally:
            log.close()
        deadline = time.monotonic() + _START_TIMEOUT
        while True:
            if self._process.poll() is not None:
                self._process = None
                raise PostgresUnavailable(f"The PostgreSQL server exited: {self._log_tail()}")
            try:
                self.connect().close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline:
                    raise PostgresUnavailable(
                        f"The PostgreSQL server did not accept connections within "
                        f"{_START_TIMEOUT:.0f} s: {self._log_tail()}"
                    ) from None
                time.sleep(0.05)

    def _log_tail(self) -> str:
        if self.folder is None:
            return ""
        try:
            text = (self.folder / "postgres.log").read_text(errors="replace")
        except OSError:
            return ""
        return text.strip()[-2000:]


def _runs_in(pid: int, folder: Path) -> bool:
    """Whether process ``pid`` is a server of ``folder`` (not a later process given its pid)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return str(folder).encode() in cmdline


def _sweep_orphans() -> None:
    """Stop the servers of test sessions that died without stopping them, and remove them.

    Each session has its own folder and port, so a leftover server never gets in the way of
    the next one; it is only cleaned up so they do not pile up. A folder counts as orphaned
    when the process named in its owner file is gone.
    """
    for folder in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        try:
            owner = int((folder / _OWNER_FILE).read_text(encoding="ascii"))
        except (OSError, ValueError):
            continue
        if _alive(owner):
            continue
        try:
            postmaster = int(
                (folder / "data" / "postmaster.pid").read_text(encoding="ascii").split()[0]
            )
        except (OSError, ValueError, IndexError):
            postmaster = 0
        if postmaster and _runs_in(postmaster, folder):
            # SIGQUIT is what pg_ctl stop -m immediate sends; pg_ctl itself would need the
            # right user and the right version's binary.
            with contextlib.suppress(OSError):
                os.kill(postmaster, signal.SIGQUIT)
            for _ in range(100):
                if not _runs_in(postmaster, folder):  # a zombie's cmdline is empty
                    break
                time.sleep(0.05)
        shutil.rmtree(folder, ignore_errors=True)
