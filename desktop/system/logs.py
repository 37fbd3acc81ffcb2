"""Logging for SMS Desk: a private rotating log file, warnings on stderr, secrets redacted.

Every secret SMS Desk handles (passwords, the gateway auth token) is registered here as it
passes through, and every handler carries a filter that replaces registered secrets, and
anything that looks like a credential in a URL, header or form, with ``[redacted]``.

Tracebacks go to the log file only: stderr gets the message and the exception's last line
(and where the details are), unless ``--verbose`` asks for everything.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
import re
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO, cast
from urllib.parse import quote

__all__ = [
    "LOG_FILE",
    "REDACTED",
    "RedactingFilter",
    "configure_logging",
    "forget_secrets",
    "redact",
    "register_secret",
]

REDACTED = "[redacted]"
LOG_FILE = "smsdesk.log"

#: Shorter values are not registered: replacing "a" or "123" everywhere would garble logs
#: and tell a reader which characters the secret does not contain.
MIN_SECRET_LENGTH = 4

log = logging.getLogger("smsdesk")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_secret_pattern: re.Pattern[str] | None = None

# "Authorization: Basic …" as sent, and as printed in a headers dict ('Authorization': '…').
_AUTH_HEADER = re.compile(
    r"""(authorization['"]?\s*[:=]\s*['"]?(?:basic|bearer)\s+)[^\s'",}]+""", re.IGNORECASE
)
# scheme://user:password@host — the user stays (it helps support), the password goes. The
# password runs to the first "@": a raw "/" in it must not let the rest through.
_URL_PASSWORD = re.compile(r"([a-z][a-z0-9+.\-]*://[^:/@\s]*):[^@\s]*@", re.IGNORECASE)
# password=…, token=…, AuthToken=…, auth_token=…, db_password=… in queries and forms.
_FORM_SECRET = re.compile(
    r"""((?<![A-Za-z0-9])[A-Za-z_]*(?:password|passwd|token|secret)[A-Za-z_]*=)[^&\s'",;]+""",
    re.IGNORECASE,
)
# "password": "…" in JSON or a printed dict.
_KEYED_SECRET = re.compile(
    r"""(['"][A-Za-z_]*(?:password|passwd|token|secret)[A-Za-z_]*['"]\s*:\s*['"])[^'"]*""",
    re.IGNORECASE,
)


def register_secret(value: str) -> None:
    """Remember a secret so that ``redact`` (and so every log handler) hides it from now on.

    Thread-safe. The percent-encoded form is registered too, because a secret that ends up
    in a URL or a form is written that way.

    Args:
        value: the secret; values shorter than 4 characters are ignored (see
            ``MIN_SECRET_LENGTH``).
    """
    global _secret_pattern
    if not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH:
        return
    forms = {value, quote(value, safe="")}
    with _secrets_lock:
        if not forms <= _secrets:
            _secrets.update(forms)
            _secret_pattern = None  # rebuilt by the next redact()


def forget_secrets() -> None:
    """Forget every registered secret (for tests)."""
    global _secret_pattern
    with _secrets_lock:
        _secrets.clear()
        _secret_pattern = None


def _current_pattern() -> re.Pattern[str] | None:
    """The pattern matching every registered secret, or None when there is none."""
    global _secret_pattern
    with _secrets_lock:
        if _secret_pattern is None and _secrets:
            # Longest first: a secret that contains another must be replaced whole.
            ordered = sorted(_secrets, key=len, reverse=True)
            _secret_pattern = re.compile("|".join(re.escape(s) for s in ordered))
        return _secret_pattern


def redact(text: str) -> str:
    """Return ``text`` with every registered secret and every recognisable credential hidden.

    Recognised without registration: ``Authorization: Basic/Bearer …``, the password in
    ``scheme://user:password@host``, and ``password=``/``token=``/``AuthToken=``-like query
    and form values (and the same keys in JSON). Long hex strings are deliberately not
    treated as tokens: message and account ids look the same.

    Args:
        text: any text about to be logged or shown.

    Returns:
        The text with each secret replaced by ``[redacted]``.
    """
    pattern = _current_pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = _AUTH_HEADER.sub(rf"\1{REDACTED}", text)
    text = _URL_PASSWORD.sub(rf"\1:{REDACTED}@", text)
    text = _FORM_SECRET.sub(rf"\1{REDACTED}", text)
    return _KEYED_SECRET.sub(rf"\1{REDACTED}", text)


class RedactingFilter(logging.Filter):
    """A handler filter that redacts a record's message, exception text and stack.

    It formats the message and the exception itself and stores the redacted text, clearing
    ``args`` and ``exc_info``, so no formatter downstream can format the originals again.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact ``record`` in place.

        Args:
            record: the record about to be emitted.

        Returns:
            True: records are never dropped, only cleaned.
        """
        try:
            message = record.getMessage()
        except Exception:  # wrong format arguments: still log what there is, redacted
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            text = record.exc_text or _FORMATTER.formatException(record.exc_info)
            record.exc_text = redact(text)
            # Formatters only format exc_info when exc_text is empty; clearing it makes sure
            # no handler (ours or one added later) prints the unredacted original.
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_FORMATTER = logging.Formatter()


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files only their owner can read (mode 0o600)."""

    def _open(self) -> io.TextIOWrapper:
        # os.open with a mode: the file never exists with wider permissions, not even
        # briefly; fchmod fixes a file left by an older version.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
        # A text mode ("a"): open() gives a TextIOWrapper, as the handler's own _open does.
        return cast(
            "io.TextIOWrapper", open(fd, self.mode, encoding=self.encoding, errors=self.errors)
        )


class _StderrHandler(logging.StreamHandler[TextIO]):
    """Writes to ``sys.stderr`` as it is at each message, not as it was at start-up: it can
    be replaced (test capture) or missing altogether (a windowed app on Windows)."""

    def __init__(self) -> None:
        super().__init__()

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _value: Any) -> None:
        pass  # always the current sys.stderr

    def emit(self, record: logging.LogRecord) -> None:
        if sys.stderr is not None:
            super().emit(record)


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*: .*$", re.MULTILINE)


class _BriefFormatter(logging.Formatter):
    """One line per record for stderr: the message, and for an exception its last line and
    where the traceback is (a person reading a terminal wants the sentence, not the stack)."""

    def __init__(self, fmt: str, log_file: Path) -> None:
        super().__init__(fmt)
        self._log_file = log_file

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_text, record.stack_info
        detail = record.exc_text
        record.exc_text, record.stack_info = None, None
        try:
            text = super().format(record)
        finally:
            record.exc_text, record.stack_info = saved
        if detail:
            # The last "SomeError: what happened" line: the exception itself (its message
            # may run on over lines of SQL and links, which are left to the file).
            found = _EXCEPTION_LINE.findall(detail)
            last = found[-1].strip() if found else detail.strip().splitlines()[-1].strip()
            text += f" ({last}; details in {self._log_file})"
        return text


def configure_logging(log_dir: Path, *, verbose: bool = False) -> None:
    """Log to ``log_dir/smsdesk.log`` and warnings to stderr, always redacted.

    The file rotates at 2 MB and keeps 3 old files, UTF-8, readable by the user only.
    stderr gets warnings in one line each (a traceback only in the file), or everything,
    tracebacks included, with ``verbose``. Uncaught exceptions (in the main
    thread and in other threads) are logged through the same handlers. Calling it again only
    updates the levels.

    Args:
        log_dir: the log directory; created (user-only) if missing.
        verbose: log debugging detail to the file and to stderr.

    Raises:
        OSError: the directory or the log file cannot be created.
    """
    root = logging.getLogger("smsdesk")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    ours = [h for h in root.handlers if getattr(h, "_smsdesk", False)]
    if ours:
        for handler in ours:
            if isinstance(handler, logging.StreamHandler) and not isinstance(
                handler, logging.FileHandler
            ):
                handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
                handler.setFormatter(_stderr_formatter(log_dir, verbose))
        _install_excepthooks()
        return
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    file_handler = _PrivateRotatingFileHandler(
        log_dir / LOG_FILE, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    stderr = _StderrHandler()
    stderr.setLevel(logging.DEBUG if verbose else logging.WARNING)
    stderr.setFormatter(_stderr_formatter(log_dir, verbose))
    new: tuple[logging.Handler, ...] = (file_handler, stderr)
    for handler in new:
        handler.addFilter(RedactingFilter())
        handler._smsdesk = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    _install_excepthooks()


def _stderr_formatter(log_dir: Path, verbose: bool) -> logging.Formatter:
    fmt = "smsdesk: %(levelname)s: %(message)s"
    return logging.Formatter(fmt) if verbose else _BriefFormatter(fmt, log_dir / LOG_FILE)


def _install_excepthooks() -> None:
    """Route uncaught exceptions through the redacting logger (once)."""
    if not getattr(sys.excepthook, "_smsdesk", False):
        sys.excepthook = _chain_sys_hook(sys.excepthook)
    if not getattr(threading.excepthook, "_smsdesk", False):
        threading.excepthook = _chain_thread_hook(threading.excepthook)


def _chain_sys_hook(previous: Any) -> Any:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.critical("Uncaught exception", exc_info=(exc_type, exc, tb))
        # The default hook would print the traceback to stderr unredacted; our stderr
        # handler has shown it (redacted) already. A hook someone else installed runs.
        if previous is not sys.__excepthook__:
            previous(exc_type, exc, tb)

    hook._smsdesk = True  # type: ignore[attr-defined]
    return hook


def _chain_thread_hook(previous: Any) -> Any:
    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:  # as the default hook: a thread may end this way
            return
        name = args.thread.name if args.thread is not None else "unknown"
        log.critical(
            "Uncaught exception in thread %s",
            name,
            # (exc_value may be None, which logging prints as it should; the type says not.)
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )
        if previous is not threading.__excepthook__:
            previous(args)

    hook._smsdesk = True  # type: ignore[attr-defined]
    return hook
