"""Logs never hold a secret: registered secrets and credential patterns are redacted everywhere."""

from __future__ import annotations

import io
import logging
import os
import stat
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.system.logs import (
    LOG_FILE,
    RedactingFilter,
    configure_logging,
    forget_secrets,
    redact,
    register_secret,
)

SECRET = "Tw1lio-auth-token-0123456789abcdef"
MESSAGE_SID = "SM" + "0123456789abcdef" * 2


@pytest.fixture(autouse=True)
def _no_registered_secrets() -> Iterator[None]:
    forget_secrets()
    yield
    forget_secrets()


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """configure_logging into tmp_path; afterwards the handlers, level and hooks are restored.

    The hooks start as Python's defaults (pytest installs its own threading hook per test,
    and a chained hook would report our deliberate thread crash to pytest).
    """
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    root = logging.getLogger("smsdesk")
    before = list(root.handlers), root.level
    directory = tmp_path / "logs"
    yield directory
    for handler in list(root.handlers):
        if handler not in before[0]:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(before[1])


def read_log(directory: Path) -> str:
    for handler in logging.getLogger("smsdesk").handlers:
        handler.flush()
    return (directory / LOG_FILE).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Authorization: Basic QUMxMjM6c2VjcmV0", "Authorization: Basic [redacted]"),
        ("authorization: bearer eyJhbGciOi.x.y rest", "authorization: bearer [redacted] rest"),
        (
            "{'Authorization': 'Basic QUMxMjM6c2VjcmV0', 'Accept': 'application/json'}",
            "{'Authorization': 'Basic [redacted]', 'Accept': 'application/json'}",
        ),
        (
            "postgresql://smsdesk:pa55/w@rd@db.example.com/smsdesk",
            "postgresql://smsdesk:[redacted]@rd@db.example.com/smsdesk",
        ),
        ("https://AC123:tok3n@api.twilio.com/x", "https://AC123:[redacted]@api.twilio.com/x"),
        (
            "POST To=%2B1555&password=hunter22&Body=hi",
            "POST To=%2B1555&password=[redacted]&Body=hi",
        ),
        ("GET /x?token=abcd1234 HTTP/1.1", "GET /x?token=[redacted] HTTP/1.1"),
        ("AuthToken=abcd1234&AccountSid=AC1", "AuthToken=[redacted]&AccountSid=AC1"),
        ("auth_token=abcd1234", "auth_token=[redacted]"),
        ('{"password": "hunter22", "user": "101"}', '{"password": "[redacted]", "user": "101"}'),
    ],
)
def test_credentials_are_recognised_without_registration(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        f"GET /2010-04-01/Accounts/AC{'ab' * 16}/Messages/{MESSAGE_SID}.json -> 200",
        "http://127.0.0.1:8080/2010-04-01/Accounts.json",
        "user 101 signed in; 3 tokens left",
    ],
)
def test_ids_and_plain_addresses_are_left_alone(text: str) -> None:
    assert redact(text) == text


def test_a_registered_secret_is_hidden_everywhere_also_percent_encoded() -> None:
    register_secret("p@ss word/42")

    assert redact("a p@ss word/42 b p%40ss%20word%2F42 c") == "a [redacted] b [redacted] c"


def test_a_secret_containing_another_is_hidden_whole() -> None:
    register_secret("abcd")
    register_secret("abcdefgh")

    assert redact("xabcdefghx abcd") == "x[redacted]x [redacted]"


def test_very_short_values_are_not_registered() -> None:
    register_secret("abc")
    register_secret("")

    assert redact("abc abcabc") == "abc abcabc"


def test_secrets_registered_from_many_threads_are_all_hidden() -> None:
    def register(n: int) -> None:
        for i in range(100):
            register_secret(f"secret-{n}-{i}-x")

    threads = [threading.Thread(target=register, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    text = " ".join(f"secret-{n}-{i}-x" for n in range(8) for i in range(100))
    assert set(redact(text).split()) == {"[redacted]"}


def test_a_logged_exception_holding_a_secret_is_written_redacted(log_dir: Path) -> None:
    register_secret(SECRET)
    configure_logging(log_dir)
    log = logging.getLogger("smsdesk.gateway")

    try:
        try:
            raise KeyError(f"token {SECRET} refused")
        except KeyError as inner:
            raise RuntimeError(f"sign-in failed with {SECRET}") from inner
    except RuntimeError:
        log.exception("Could not check the gateway with %s", SECRET)

    text = read_log(log_dir)
    assert SECRET not in text
    assert "Could not check the gateway with [redacted]" in text
    assert "RuntimeError: sign-in failed with [redacted]" in text
    assert "KeyError: 'token [redacted] refused'" in text  # the chained cause, too


class ReformattingFormatter(logging.Formatter):
    """Formats exc_info itself whenever it is there, as some JSON formatters do."""

    def format(self, record: logging.LogRecord) -> str:
        text = record.getMessage()
        if record.exc_info:
            return f"{text}\n{self.formatException(record.exc_info)}"
        return f"{text}\n{record.exc_text or ''}"


def test_handlers_after_ours_never_see_the_unredacted_exception(log_dir: Path) -> None:
    register_secret(SECRET)
    configure_logging(log_dir)
    later = io.StringIO()
    plain = logging.StreamHandler(later)  # no filter of its own, on the root logger
    plain.setFormatter(ReformattingFormatter())
    logging.getLogger().addHandler(plain)
    try:
        try:
            raise ValueError(SECRET)
        except ValueError:
            logging.getLogger("smsdesk.store").exception("failed")
    finally:
        logging.getLogger().removeHandler(plain)

    assert "ValueError: [redacted]" in later.getvalue()
    assert SECRET not in later.getvalue()


def test_the_filter_redacts_the_stack_and_keeps_every_record() -> None:
    register_secret(SECRET)
    record = logging.LogRecord(
        "smsdesk", logging.INFO, __file__, 1, "value %s", (SECRET,), None, sinfo=f"at {SECRET}"
    )

    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "value [redacted]"
    assert record.stack_info == "at [redacted]"


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_log_file_is_readable_by_its_owner_only_also_after_rotation(log_dir: Path) -> None:
    configure_logging(log_dir)
    logging.getLogger("smsdesk").warning("first")
    handler = next(h for h in logging.getLogger("smsdesk").handlers if hasattr(h, "doRollover"))

    handler.doRollover()  # type: ignore[attr-defined]
    logging.getLogger("smsdesk").warning("second")

    for name in (LOG_FILE, f"{LOG_FILE}.1"):
        assert stat.S_IMODE((log_dir / name).stat().st_mode) == 0o600
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700


def test_configure_logging_twice_adds_no_handlers_and_updates_the_level(log_dir: Path) -> None:
    root = logging.getLogger("smsdesk")
    configure_logging(log_dir)
    count = len(root.handlers)

    configure_logging(log_dir, verbose=True)

    assert len(root.handlers) == count
    assert root.level == logging.DEBUG
    stderr = [h for h in root.handlers if type(h).__name__ == "_StderrHandler"]
    assert [h.level for h in stderr] == [logging.DEBUG]


def test_an_uncaught_exception_is_logged_redacted_and_not_printed_raw(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_secret(SECRET)
    configure_logging(log_dir)
    try:
        raise RuntimeError(f"crash with {SECRET}")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)

    text = read_log(log_dir)
    assert "CRITICAL smsdesk [MainThread] Uncaught exception" in text
    assert "RuntimeError: crash with [redacted]" in text
    err = capsys.readouterr().err
    assert "crash with [redacted]" in err
    assert SECRET not in err + text


def test_a_hook_installed_before_ours_still_runs(
    log_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, v, tb: seen.append(t))
    configure_logging(log_dir)

    sys.excepthook(ValueError, ValueError("x"), None)

    assert seen == [ValueError]
    assert "Uncaught exception" in read_log(log_dir)


def test_an_uncaught_exception_in_a_thread_is_logged_redacted(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_secret(SECRET)
    configure_logging(log_dir)

    def crash() -> None:
        raise RuntimeError(f"worker died holding {SECRET}")

    thread = threading.Thread(target=crash, name="sync-worker")
    thread.start()
    thread.join()

    text = read_log(log_dir)
    assert "Uncaught exception in thread sync-worker" in text
    assert "RuntimeError: worker died holding [redacted]" in text
    assert SECRET not in text + capsys.readouterr().err


def fail_twice() -> None:
    try:
        raise OSError("the disk is full")
    except OSError as inner:
        raise RuntimeError(f"could not save with {SECRET}\n[SQL: SELECT 1]") from inner


def test_stderr_gets_one_line_per_error_and_the_traceback_stays_in_the_file(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register_secret(SECRET)
    configure_logging(log_dir)
    try:
        fail_twice()
    except RuntimeError:
        logging.getLogger("smsdesk.store").exception("saving failed")

    err = capsys.readouterr().err
    assert err == (
        "smsdesk: ERROR: saving failed (RuntimeError: could not save with [redacted]; "
        f"details in {log_dir / LOG_FILE})\n"
    )
    text = read_log(log_dir)
    assert "Traceback (most recent call last)" in text
    assert "OSError: the disk is full" in text


def test_verbose_stderr_shows_the_whole_traceback(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(log_dir, verbose=True)
    try:
        fail_twice()
    except RuntimeError:
        logging.getLogger("smsdesk.store").exception("saving failed")

    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "OSError: the disk is full" in err
