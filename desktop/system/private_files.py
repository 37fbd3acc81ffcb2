"""Files and folders only their owner can read: SMS Desk's database, settings, logs, snapshot,
picture cache and the exports it writes hold message bodies and password hashes.

New folders are made 0700 and new files 0600 by giving the mode to the call that creates
them (``mkdir``, ``os.open``): unlike changing the process's umask around the creation, that
cannot leak into another thread creating a file at the same moment. Existing ones that are
ours (owned by this user) are brought to those modes at start-up. On Windows, where modes
mean little, files keep the protection of the user's profile folder.

Pure Python; no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "PRIVATE_DIR",
    "PRIVATE_FILE",
    "create_private_file",
    "make_private",
    "make_private_dir",
    "make_private_files_in",
    "replace_private_text",
    "write_private_bytes",
    "write_private_text",
]

log = logging.getLogger("smsdesk.files")

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600

_POSIX = os.name == "posix"


def _ours(info: os.stat_result) -> bool:
    return not hasattr(os, "geteuid") or info.st_uid == os.geteuid()


def make_private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """Set ``path`` to ``mode`` if it exists, is ours and is not that already.

    A symbolic link is left alone (what it points at may be anybody's); a file of another
    user too (we may not, and should not, change it). Failures are logged, never raised:
    the app still works with wider permissions.
    """
    if not _POSIX:
        return
    try:
        info = path.lstat()
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or not _ours(info) or stat.S_IMODE(info.st_mode) == mode:
        return
    try:
        path.chmod(mode)
    except OSError as err:
        log.warning("could not make %s private: %s", path, err.strerror or err)
    else:
        log.info("made %s readable by its owner only (was %o)", path, stat.S_IMODE(info.st_mode))


def make_private_dir(path: Path) -> None:
    """Create ``path`` and any missing parents as 0700; an existing ``path`` of ours becomes
    0700 too (parents that already existed are not ours to change).

    Raises:
        OSError: a missing folder could not be created.
    """
    missing: list[Path] = []
    current = path
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another thread
            folder.mkdir(mode=PRIVATE_DIR)
        make_private(folder, PRIVATE_DIR)  # the umask may have taken bits away, never added
    if not path.is_dir():
        # A file where the folder should be: say so (mkdir's FileExistsError would say less).
        raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), str(path))
    make_private(path, PRIVATE_DIR)


def make_private_files_in(folder: Path, names: Iterable[str] | None = None) -> None:
    """Make the files directly in ``folder`` (or only those ``names``) 0600, if ours."""
    if not _POSIX:
        return
    if names is None:
        try:
            entries = [entry for entry in folder.iterdir() if entry.is_file()]
        except OSError:
            return
    else:
        entries = [folder / name for name in names]
    for entry in entries:
        make_private(entry)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty as 0600 if it does not exist; make it 0600 if it is ours."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    make_private(path)


def _open_private(path: Path) -> int:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    if _POSIX and hasattr(os, "fchmod"):
        # An existing file keeps its mode through O_TRUNC: an export written over an older
        # one (0644) must not stay readable by everyone.
        with contextlib.suppress(OSError):
            if _ours(os.fstat(fd)):
                os.fchmod(fd, PRIVATE_FILE)
    return fd


def write_private_text(
    path: Path, text: str, *, encoding: str = "utf-8", newline: str = ""
) -> None:
    """Write ``text`` to ``path`` as a file only its owner can read (an export).

    Args:
        path: the file; replaced if it exists.
        text: what to write.
        encoding: its encoding (``utf-8-sig`` puts the BOM spreadsheets look for).
        newline: as for ``open``: "" writes line ends as they are in ``text``.

    Raises:
        OSError: the file could not be written.
    """
    with open(_open_private(path), "w", encoding=encoding, newline=newline) as out:
        out.write(text)


def replace_private_text(path: Path, text: str, *, prefix: str, suffix: str = "") -> None:
    """Replace ``path`` with ``text`` atomically, as a file only its owner can read: written
    to a temporary file beside it (``prefix``…``suffix``), synced, then renamed over it, so a
    crash never leaves a half-written file.

    Raises:
        OSError: it could not be written; ``path`` is as it was.
    """
    descriptor, temporary = tempfile.mkstemp(prefix=prefix, suffix=suffix, dir=path.parent)
    try:
        # mkstemp creates the file 0600 already; say so for umasks and platforms alike.
        os.chmod(temporary, PRIVATE_FILE)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` as a file only its owner can read (a saved picture).

    Raises:
        OSError: the file could not be written.
    """
    with open(_open_private(path), "wb") as out:
        out.write(data)
