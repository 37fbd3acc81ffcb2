"""SMS Desk as a real process: quitting (SIGTERM) ends a signed-in desk within 2 s, cleanly,
without losing the message it was sending; and a start that cannot go on says why and what to
do, on stderr, with a non-zero exit and no traceback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.config.settings import Paths
from desktop.core.models import ConversationId, MessageStatus
from desktop.gateway.demo import DemoGateway, Fault
from desktop.store.store import Store
from desktop.ui.session import snapshot
from tests.app_process import App, app_env, launch, signed_in_home, store_of

QUIT_LIMIT = 2.0  # seconds from SIGTERM to the process's end
ORDER_READY = "Your order is ready for pick-up"


def terminate(app: App) -> tuple[int, float]:
    """SIGTERM, then the exit status and how long the process took to end."""
    sent = time.monotonic()
    app.process.send_signal(signal.SIGTERM)
    status = app.finish(timeout=15)
    return status, app.ended_at - sent


def assert_clean(app: App) -> None:
    """Nothing went wrong on the way out: no traceback, no warning or error logged."""
    assert "Traceback" not in app.stderr, app.stderr
    log = app.log_text
    assert "Traceback" not in log, log
    assert not [line for line in log.splitlines() if " WARNING " in line or " ERROR " in line], log
    assert log.rstrip().endswith("SMS Desk stopped"), log


# -- quitting --------------------------------------------------------------------------------


def test_sigterm_ends_a_signed_in_desk_within_2_s_with_a_clean_log(tmp_path: Path):
    paths = signed_in_home(tmp_path / "home")
    app = launch(paths, app_env())
    try:
        app.wait_for_log("signed in as extension 101")
        app.wait_for_log("demo gateway listening")
        status, took = terminate(app)
    finally:
        app.stop()

    assert status == 0, app.stderr
    assert took < QUIT_LIMIT
    assert_clean(app)


def test_quit_does_not_wait_for_a_keyring_that_hangs(tmp_path: Path):
    paths = signed_in_home(tmp_path / "home")
    # The remembered password is being read when the session ends.
    app = launch(paths, app_env(SMSDESK_TEST_KEYRING_DELAY="60"))
    try:
        app.wait_for_log("started (pid")
        status, took = terminate(app)
    finally:
        app.stop()

    assert status == 0, app.stderr
    assert took < QUIT_LIMIT
    assert "Traceback" not in app.stderr
    assert app.log_text.rstrip().endswith("SMS Desk stopped (without waiting for busy work)")


def queued_for_olivia(paths: Paths, gateway: DemoGateway) -> tuple[ConversationId, int]:
    """Anna's reply to Olivia, stored in the outbox before the app starts."""
    with store_of(paths) as store:
        conversation = store.conversations.find("+14155550134")
        assert conversation is not None
        message = store.outbound.queue(
            conversation.id, ORDER_READY, desk_number=gateway.phone_number, user_id=None
        )
        return conversation.id, int(message.id)


def status_of(paths: Paths, cid: ConversationId, mid: int) -> tuple[MessageStatus, str | None]:
    with store_of(paths) as store:
        message = next(m for m in store.conversations.messages(cid) if int(m.id) == mid)
        return message.status, message.gateway_sid


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        time.sleep(0.05)


@pytest.mark.parametrize(
    "created",
    [True, False],
    ids=["the gateway created it, its answer was not in yet", "the request never arrived"],
)
def test_a_message_being_sent_at_quit_is_sent_exactly_once_at_the_next_start(
    tmp_path: Path, demo_gateway: DemoGateway, created: bool
):
    paths = signed_in_home(
        tmp_path / "home",
        gateway="twilio",
        gateway_base_url=demo_gateway.base_url,
        account_sid=demo_gateway.account_sid,
        from_number=demo_gateway.phone_number,
    )
    cid, mid = queued_for_olivia(paths, demo_gateway)
    # The send hangs for longer than the quit may take (the read timeout is 15 s).
    demo_gateway.inject(Fault.TIMEOUT, stall=30.0, apply=created, route="send")
    env = app_env(gateway_token=demo_gateway.auth_token)
    first = launch(paths, env)
    try:
        wait_until(
            lambda: any(method == "POST" for method, _ in demo_gateway.requests_seen()),
            "the send reached the gateway",
        )
        status, took = terminate(first)
    finally:
        first.stop()
    assert status == 0, first.stderr
    assert took < QUIT_LIMIT
    assert "Traceback" not in first.stderr + first.log_text
    # The send was cut short, so every thread ended: no exit without waiting.
    assert first.log_text.rstrip().endswith("SMS Desk stopped"), first.log_text
    # Not lost: still waiting in the outbox, not failed.
    assert status_of(paths, cid, mid)[0] in (MessageStatus.QUEUED, MessageStatus.SENDING)
    assert len(demo_gateway.sent()) == (1 if created else 0)

    demo_gateway.clear_faults()
    if not created:
        # Started again a minute later: a message the gateway does not list is sent again
        # only once its attempt is older than the grace (test_sync_engine proves the wait).
        with store_of(paths) as store, store.engine.begin() as conn:
            conn.execute(
                text("UPDATE outbox SET attempt_started_at = :at"),
                {"at": datetime.now(UTC) - timedelta(minutes=1)},
            )
    second = launch(paths, env)
    try:
        wait_until(lambda: status_of(paths, cid, mid)[1] is not None, "the message was sent")
        status, _ = terminate(second)
    finally:
        second.stop()
    assert status == 0, second.stderr
    assert [m["body"] for m in demo_gateway.sent()] == [ORDER_READY]  # once, not twice
    assert status_of(paths, cid, mid)[1] == demo_gateway.sent()[0]["sid"]


# -- start-up failures ----------------------------------------------------------------------


def assert_refused_to_start(app: App, *sentence_parts: str) -> None:
    status = app.finish(timeout=30)
    assert status != 0
    assert "Traceback" not in app.stderr, app.stderr
    for part in sentence_parts:
        assert part in app.stderr, app.stderr
    assert app.stderr.startswith("smsdesk: ERROR: SMS Desk cannot start"), app.stderr


@pytest.mark.parametrize("folder", ["data", "config", "logs"])
def test_a_folder_that_is_a_file_is_named_with_what_to_do(tmp_path: Path, folder: str):
    home = tmp_path / "home"
    home.mkdir()
    (home / folder).write_text("not a folder")

    app = launch(Paths.under(home), app_env())

    assert_refused_to_start(
        app, f"{home / folder} is a file, not a folder", "Move or rename that file"
    )


def read_only(home: Path) -> list[str]:
    """A command prefix that runs the rest with ``home`` read-only (a private bind mount
    when root, whom file modes do not stop), or [] after making it read-only by its mode."""
    if os.geteuid() != 0:
        home.chmod(0o555)
        return []
    if shutil.which("unshare") is None or shutil.which("mount") is None:
        pytest.skip("needs unshare and mount to make a folder read-only for root")
    script = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, str(home), "true"], capture_output=True, check=False
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {probe.stderr.decode()[-200:]}")
    return ["unshare", "-m", "sh", "-c", script, str(home)]


def test_a_read_only_home_is_named_with_what_to_do(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    prefix = read_only(home)
    try:
        app = launch(Paths.under(home), app_env(), prefix=prefix)
        assert_refused_to_start(app, f"{home / 'data'}", "--home")
    finally:
        home.chmod(0o755)
    assert "read-only" in app.stderr or "not allowed to write" in app.stderr, app.stderr


def test_a_database_that_is_not_one_is_refused_with_a_sentence_not_a_hang(tmp_path: Path):
    paths = signed_in_home(tmp_path / "home")
    database = paths.data_dir / "smsdesk.sqlite3"
    for stale in paths.data_dir.glob("smsdesk.sqlite3-*"):
        stale.unlink()
    database.write_bytes(os.urandom(database.stat().st_size))

    app = launch(paths, app_env())

    status = app.finish(timeout=30)
    assert status != 0
    assert "Traceback" not in app.stderr, app.stderr
    assert "smsdesk: ERROR: " in app.stderr
    assert "file is not a database" in app.stderr
    assert "smsdesk doctor" in app.stderr


@pytest.mark.parametrize("snapshot_first", [False, True], ids=["first start", "repeat start"])
def test_a_bug_during_start_up_ends_in_a_sentence_naming_the_log(
    tmp_path: Path, snapshot_first: bool
):
    paths = signed_in_home(tmp_path / "home")
    if snapshot_first:  # the window is painted from the snapshot before the bug
        with store_of(paths) as store:
            paths.snapshot_file.write_text(good_snapshot(paths, store), encoding="utf-8")

    app = launch(paths, app_env(), module="tests.integration.broken_start")

    status = app.finish(timeout=30)
    assert status == 1
    assert "Traceback" not in app.stderr, app.stderr
    assert "SMS Desk could not start because of an unexpected problem" in app.stderr
    assert "RuntimeError: a planted bug" in app.stderr
    assert f"The details are in {paths.log_dir / 'smsdesk.log'}" in app.stderr
    assert "Traceback" in app.log_text  # for whoever fixes it


def good_snapshot(paths: Paths, store: Store) -> str:
    """The text of the snapshot a quit would leave for Anna's chat list."""
    rows = tuple(store.conversations.list())
    last = snapshot.Snapshot(
        extension="101",
        user_label="Anna Smith (101)",
        database=snapshot.database_key(paths.default_database_url),
        desk_number="+14155550100",
        rows=rows,
        titles=tuple(r.peer_number for r in rows),
        geometry="AdnQywADAAA=",
    )
    return snapshot.to_json(last)


def _set_first_row(field: str, literal: str) -> Callable[[str], str]:
    def change(text: str) -> str:
        raw = json.loads(text)
        raw["rows"][0][field] = "@@"
        return json.dumps(raw).replace('"@@"', literal)

    return change


def _geometry(text: str) -> str:
    raw = json.loads(text)
    raw["geometry"] = "ÄÖÜ€"
    return json.dumps(raw, ensure_ascii=False)


def _deep(text: str) -> str:
    return text.replace('"rows"', '"deep": ' + "[" * 100_000 + "]" * 100_000 + ', "rows"', 1)


@pytest.mark.parametrize(
    "tamper",
    [_set_first_row("id", "Infinity"), _set_first_row("unread_count", "1e400"), _geometry, _deep],
    ids=["Infinity", "1e400", "non-ASCII geometry", "deep nesting"],
)
def test_a_tampered_snapshot_is_ignored_and_replaced_at_the_next_quit(
    tmp_path: Path, tamper: Callable[[str], str]
):
    paths = signed_in_home(tmp_path / "home")
    with store_of(paths) as store:
        text = good_snapshot(paths, store)
    assert snapshot.from_json(text)  # the untampered text is a good snapshot
    paths.snapshot_file.write_text(tamper(text), encoding="utf-8")

    # The benchmark's hook quits right after the chat list is first painted with rows.
    app = launch(paths, app_env(SMSDESK_BENCH_FIRST_PAINT="quit"))
    status = app.finish(timeout=60)

    assert status == 0, app.stderr
    assert "Traceback" not in app.stderr + app.log_text, app.stderr
    assert "ignoring the last session's snapshot" in app.stderr
    assert '"painted_at"' in app.stdout  # the store's rows were painted instead
    replaced = snapshot.read(
        paths.snapshot_file,
        extension="101",
        database=snapshot.database_key(paths.default_database_url),
    )
    assert replaced is not None
    # The store's rows, written afresh (the demo gateway's greetings may have come too).
    assert "+14155550134" in [r.peer_number for r in replaced.rows]
    assert replaced.rows[0].id != float("inf")


def test_a_100000_deep_settings_file_is_set_aside_named_and_quit_still_works(tmp_path: Path):
    paths = signed_in_home(tmp_path / "home")
    paths.settings_file.write_text("[" * 100_000 + "]" * 100_000)

    app = launch(paths, app_env())
    try:
        # No remembered sign-in any more: the sign-in dialog waits, with the sentence.
        app.wait_for_log("could not be read (it is nested too deeply to be settings)")
        status, took = terminate(app)
    finally:
        app.stop()

    assert status == 0, app.stderr
    assert took < QUIT_LIMIT
    [moved] = paths.config_dir.glob("settings.json.broken-*")
    assert f"It was set aside as {moved}" in app.stderr
    assert "Traceback" not in app.stderr
    assert moved.read_text().startswith("[[[")


def test_a_repeat_start_paints_the_snapshot_before_the_store_s_workers_load(tmp_path: Path):
    """The store's workers import SQLAlchemy, the keyring and the desk: begun with the window,
    they would take the interpreter from its first paint."""
    paths = signed_in_home(tmp_path / "home")
    with store_of(paths) as store:
        paths.snapshot_file.write_text(good_snapshot(paths, store), encoding="utf-8")

    app = launch(paths, app_env(SMSDESK_BENCH_FIRST_PAINT="quit"))
    status = app.finish(timeout=60)

    assert status == 0, app.stderr
    painted = [json.loads(line) for line in app.stdout.splitlines() if '"painted_at"' in line]
    assert painted, app.stdout
    assert painted[0]["workers_loading"] == []
