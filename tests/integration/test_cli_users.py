"""`smsdesk users …` on a real SQLite file: adding, listing, passwords, disabling; errors as
sentences with exit status 1, usage mistakes with 2; and, in a real terminal, no echo."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import signal
import sys
import time
import types
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.accounts.staff import AccountDisabled, Accounts, User, WrongCredentials
from desktop.admin import cli
from desktop.config.settings import Paths
from desktop.store import open_store

REPO = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse 42"


class Terminal:
    """Fake prompts: answers each with the next of ``answers`` and records what was asked."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.asked.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)


class Run:
    """The outcome of one command: exit status, what it printed, what it asked."""

    def __init__(self, status: int, out: str, err: str, asked: list[str]) -> None:
        self.status, self.out, self.err, self.asked = status, out, err, asked


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


def smsdesk(home: Path, *args: str, answers: tuple[str, ...] = (), stdin: str = "") -> Run:
    terminal = Terminal(*answers)
    out, err = io.StringIO(), io.StringIO()
    status = cli.main(
        ["--home", str(home), *args],
        prompt=terminal,
        stdin=io.StringIO(stdin),
        out=out,
        err=err,
    )
    return Run(status, out.getvalue(), err.getvalue(), terminal.asked)


def accounts_in(home: Path) -> Iterator[Accounts]:
    url = f"sqlite:///{Paths.under(home).data_dir / 'smsdesk.sqlite3'}"
    with open_store(url) as store:
        yield Accounts(store, throttle_base=0.0)


def users_in(home: Path) -> list[User]:
    for accounts in accounts_in(home):
        return accounts.list_users()
    raise AssertionError("unreachable")


def can_sign_in(home: Path, extension: str, password: str) -> bool:
    for accounts in accounts_in(home):
        try:
            accounts.sign_in(extension, password)
        except WrongCredentials:
            return False
        return True
    raise AssertionError("unreachable")


def add(home: Path, extension: str, *options: str, password: str = PASSWORD) -> Run:
    return smsdesk(home, "users", "add", extension, *options, answers=(password, password))


# -- users add -----------------------------------------------------------------------------


def test_add_asks_twice_without_showing_the_password_and_creates_the_account(
    home: Path,
) -> None:
    run = add(home, "101", "--name", "Anna")

    assert run.status == 0, run.err
    assert run.out == "Added Anna (101) as an administrator (the first account always is one).\n"
    assert run.err == ""
    assert run.asked == ["Password: ", "Repeat password: "]
    assert PASSWORD not in run.out + run.err
    [user] = users_in(home)
    assert (user.extension, user.display_name, user.is_admin) == ("101", "Anna", True)
    assert can_sign_in(home, "101", PASSWORD)
    assert add(home, "102", "--name", "Bob").out == "Added Bob (102).\n"
    assert not users_in(home)[1].is_admin


def test_add_without_a_name_calls_the_account_after_its_extension(home: Path) -> None:
    add(home, "101")
    run = add(home, "102")

    assert run.out == "Added Extension 102 (102).\n"
    assert users_in(home)[1].display_name == "Extension 102"


def test_add_admin(home: Path) -> None:
    run = add(home, "101", "--name", "Anna", "--admin")

    assert run.out == "Added Anna (101) as an administrator.\n"
    assert users_in(home)[0].is_admin


def test_different_passwords_are_refused_and_nothing_is_created(home: Path) -> None:
    run = smsdesk(home, "users", "add", "101", answers=(PASSWORD, PASSWORD + "!"))

    assert run.status == 1
    assert run.err == "The two passwords are not the same; nothing was changed.\n"
    assert run.out == ""
    assert users_in(home) == []


def test_a_short_password_is_refused_before_it_is_repeated(home: Path) -> None:
    run = smsdesk(home, "users", "add", "101", answers=("short", "short"))

    assert run.status == 1
    assert run.err == "Choose a password of at least 8 characters.\n"
    assert run.asked == ["Password: "]
    assert users_in(home) == []


def test_a_taken_extension_is_refused_before_any_password_is_asked(home: Path) -> None:
    add(home, "101", "--name", "Anna")

    run = smsdesk(home, "users", "add", " 101 ", "--name", "Bob")

    assert run.status == 1
    assert run.err == "Extension 101 already has an account.\n"
    assert run.asked == []
    assert [u.display_name for u in users_in(home)] == ["Anna"]


@pytest.mark.parametrize(
    ("extension", "sentence"),
    [
        (
            "anna@union.org",
            "Sign in with your phone extension (for example 101), not your email address",
        ),
        ("1", "An extension is 2 to 8 digits, for example 101."),
    ],
)
def test_what_is_not_an_extension_is_refused_with_the_reason(
    home: Path, extension: str, sentence: str
) -> None:
    run = add(home, extension)

    assert run.status == 1
    assert run.err == sentence + "\n"
    assert run.asked == []


def test_an_unacceptable_name_is_refused(home: Path) -> None:
    run = add(home, "101", "--name", "   ")

    assert run.status == 1
    assert run.err == "Enter a name for the account, for example Anna.\n"
    assert run.asked == []


def test_the_extension_rule_comes_from_the_settings(home: Path) -> None:
    settings = Paths.under(home).settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"extension_min_digits": 3, "extension_max_digits": 4}))

    refused = add(home, "12")
    accepted = add(home, "1234")

    assert refused.err == "An extension is 3 to 4 digits, for example 101.\n"
    assert accepted.status == 0


def test_closing_the_terminal_at_the_prompt_changes_nothing(home: Path) -> None:
    run = smsdesk(home, "users", "add", "101", answers=())

    assert run.status == 1
    assert "No password was typed; nothing was changed." in run.err
    assert users_in(home) == []


# -- users list ----------------------------------------------------------------------------


def test_list_with_no_accounts_says_how_to_add_one(home: Path) -> None:
    run = smsdesk(home, "users", "list")

    assert run.status == 0
    assert "No accounts yet" in run.out
    assert "smsdesk users add" in run.out


def test_list_shows_a_table_in_extension_order_with_local_sign_in_times(home: Path) -> None:
    add(home, "101", "--name", "Anna Smith", "--admin")
    add(home, "1001", "--name", "Carl")
    add(home, "102", "--name", "Bob")
    smsdesk(home, "users", "disable", "102")
    signed_in_at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    url = f"sqlite:///{Paths.under(home).data_dir / 'smsdesk.sqlite3'}"
    with open_store(url) as store:
        Accounts(store, clock=lambda: signed_in_at).sign_in("101", PASSWORD)

    run = smsdesk(home, "users", "list")

    local = signed_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
    assert run.status == 0
    assert run.out.splitlines() == [
        "Extension  Name        Admin  Disabled  Last sign-in",
        f"101        Anna Smith  yes    no        {local}",
        "102        Bob         no     yes       never",
        "1001       Carl        no     no        never",
    ]


# -- users passwd, disable, enable ---------------------------------------------------------


def test_passwd_replaces_the_password(home: Path) -> None:
    add(home, "101", "--name", "Anna")

    run = smsdesk(home, "users", "passwd", "101", answers=("a new password", "a new password"))

    assert run.status == 0, run.err
    assert run.out == "Changed the password of Anna (101).\n"
    assert run.asked == ["Password: ", "Repeat password: "]
    assert can_sign_in(home, "101", "a new password")
    assert not can_sign_in(home, "101", PASSWORD)


def test_passwd_refuses_a_mismatch_and_keeps_the_old_password(home: Path) -> None:
    add(home, "101", "--name", "Anna")

    run = smsdesk(home, "users", "passwd", "101", answers=("a new password", "another one!"))

    assert run.status == 1
    assert "not the same" in run.err
    assert can_sign_in(home, "101", PASSWORD)


@pytest.mark.parametrize("action", ["passwd", "disable", "enable"])
def test_unknown_extension_is_a_sentence_and_asks_nothing(home: Path, action: str) -> None:
    run = smsdesk(home, "users", action, "555", answers=(PASSWORD, PASSWORD))

    assert run.status == 1
    assert run.err == "There is no account with extension 555.\n"
    assert run.asked == []


def test_disable_stops_sign_in_and_enable_allows_it_again(home: Path) -> None:
    add(home, "100", "--name", "Boss")  # the first account, an administrator
    add(home, "101", "--name", "Anna")

    disabled = smsdesk(home, "users", "disable", "101")

    assert (disabled.status, disabled.out) == (0, "Disabled Anna (101).\n")
    with pytest.raises(AccountDisabled):
        can_sign_in(home, "101", PASSWORD)
    enabled = smsdesk(home, "users", "enable", "101")
    assert (enabled.status, enabled.out) == (0, "Enabled Anna (101).\n")
    assert can_sign_in(home, "101", PASSWORD)


# -- usage, errors, dispatch ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [[], ["users"], ["users", "add"], ["users", "frobnicate"], ["users", "list", "extra"]],
)
def test_usage_mistakes_exit_with_status_2_and_say_how_to_use_it(
    home: Path, args: list[str]
) -> None:
    run = smsdesk(home, *args)

    assert run.status == 2
    assert "usage: smsdesk" in run.err
    assert run.out == ""


def test_help_goes_to_the_given_output(home: Path) -> None:
    run = smsdesk(home, "users", "add", "--help")

    assert run.status == 0
    assert "usage: smsdesk" in run.out
    assert "--admin" in run.out


def test_a_database_it_cannot_use_is_a_sentence_not_a_traceback(home: Path) -> None:
    settings = Paths.under(home).settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"database_url": "mysql:///desk"}))

    run = smsdesk(home, "users", "list")

    assert run.status == 1
    assert run.err == (
        "SMS Desk cannot keep its data in a mysql database; use SQLite or PostgreSQL.\n"
    )
    assert "Traceback" not in run.err


def test_without_home_it_uses_smsdesk_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SMSDESK_HOME", str(tmp_path / "env-home"))
    out, err = io.StringIO(), io.StringIO()

    status = cli.main(
        ["users", "add", "101", "--name", "Anna"],
        prompt=Terminal(PASSWORD, PASSWORD),
        out=out,
        err=err,
    )

    assert status == 0, err.getvalue()
    assert [u.label for u in users_in(tmp_path / "env-home")] == ["Anna (101)"]


def test_doctor_is_handed_the_same_paths(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A stand-in module: these tests must not depend on what the real doctor checks.
    seen: list[Paths] = []

    def doctor_main(paths: Paths, *, out: io.StringIO) -> int:
        seen.append(paths)
        out.write("all good\n")
        return 3

    fake = types.ModuleType("desktop.admin.doctor")
    fake.main = doctor_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop.admin.doctor", fake)

    run = smsdesk(home, "doctor")

    assert run.status == 3
    assert run.out == "all good\n"
    assert seen == [Paths.under(home)]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["users", "list"], True),
        (["doctor"], True),
        (["--home", "/x", "users", "list"], True),
        (["--home=/x", "doctor"], True),
        ([], False),
        (["--home", "/x"], False),
        (["--home", "users"], False),  # "users" is the home directory here
        (["--verbose"], False),
        (["--version"], False),
    ],
)
def test_which_arguments_are_for_the_command_line(argv: list[str], expected: bool) -> None:
    assert cli.is_cli_command(argv) is expected


def test_the_app_hands_commands_to_the_command_line_without_starting_qt(
    home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import desktop.app

    def no_qt(*_args: object) -> None:
        raise AssertionError("a command must not create the QApplication")

    monkeypatch.setattr(desktop.app, "create_application", no_qt)
    add(home, "101", "--name", "Anna")

    status = desktop.app.main(["--home", str(home), "users", "list"])

    assert status == 0
    assert "Anna" in capsys.readouterr().out


# -- a real terminal -------------------------------------------------------------------------


def _read_until(fd: int, transcript: bytearray, wanted: bytes | None, deadline: float) -> None:
    """Read the terminal into ``transcript`` until ``wanted`` shows up, or (None) it closes."""
    while wanted is None or wanted not in transcript:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise AssertionError(
                f"waited for {wanted!r}; the terminal showed {bytes(transcript)!r}"
            )
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child has closed the terminal
            chunk = b""
        if not chunk:
            if wanted is not None:
                raise AssertionError(
                    f"the terminal closed before {wanted!r}: {bytes(transcript)!r}"
                )
            return
        transcript += chunk


def test_add_in_a_real_terminal_never_shows_the_password(home: Path) -> None:
    password = "Visible-If-Echoed-73"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TERM": "dumb"}
    env.pop("SMSDESK_HOME", None)
    command = [
        sys.executable,
        "-m",
        "desktop",
        "--home",
        str(home),
        "users",
        "add",
        "101",
        "--name",
        "Anna",
    ]
    pid, fd = pty.fork()
    if pid == 0:  # the child: becomes the command, with the pty as its terminal
        try:
            os.chdir(REPO)
            os.execve(sys.executable, command, env)  # noqa: S606  (no shell: exact argv)
        finally:
            os._exit(127)

    transcript = bytearray()
    status = None
    try:
        deadline = time.monotonic() + 60
        # Type only once the prompt shows: getpass turns echo off before printing it.
        _read_until(fd, transcript, b"Password: ", deadline)
        os.write(fd, password.encode() + b"\n")
        _read_until(fd, transcript, b"Repeat password: ", deadline)
        os.write(fd, password.encode() + b"\n")
        _read_until(fd, transcript, b"Added", deadline)
        _read_until(fd, transcript, None, deadline)  # to the end
        _, status = os.waitpid(pid, 0)
    finally:
        if status is None:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(fd)

    shown = transcript.decode(errors="replace")
    assert os.waitstatus_to_exitcode(status) == 0, shown
    assert "Added Anna (101) as an administrator" in shown
    assert password not in shown
    assert can_sign_in(home, "101", password)


# -- who may change accounts -----------------------------------------------------------------

NOBODY = 65534  # a user other than the one running the tests


def database_file(home: Path) -> Path:
    return Paths.under(home).data_dir / "smsdesk.sqlite3"


def give_the_database_to_someone_else(home: Path) -> None:
    """Make another computer user own the database file (root can; others cannot)."""
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    for path in database_file(home).parent.glob("smsdesk.sqlite3*"):
        os.chown(path, NOBODY, -1)


@pytest.fixture
def team_of_two(home: Path) -> Path:
    """Anna (101, administrator) and Bob (102), in a database someone else owns."""
    add(home, "101", "--name", "Anna", "--admin")
    add(home, "102", "--name", "Bob")
    give_the_database_to_someone_else(home)
    return home


ADMIN_PROMPT = "Password of administrator 101: "
NEW_PASSWORD = "a new password"


@pytest.mark.parametrize(
    ("args", "answers"),
    [
        (("users", "add", "103", "--admin"), (PASSWORD, PASSWORD)),
        (("users", "passwd", "101"), (NEW_PASSWORD, NEW_PASSWORD)),
        (("users", "disable", "101"), ()),
        (("users", "enable", "102"), ()),
    ],
)
def test_without_an_administrator_nobody_but_the_files_owner_changes_accounts(
    team_of_two: Path, args: tuple[str, ...], answers: tuple[str, ...]
) -> None:
    # The test runs as root: root is no exception, it does not own the file.
    run = smsdesk(team_of_two, *args, answers=answers)

    assert run.status == 1
    assert run.err == (
        "Changing accounts needs an administrator: add --admin-ext with your extension (for "
        "example --admin-ext 101) and type your password when asked, or run this as nobody, "
        f"who owns the database file {database_file(team_of_two)}; nothing was changed.\n"
    )
    assert run.asked == []
    assert [(u.extension, u.is_admin, u.disabled) for u in users_in(team_of_two)] == [
        ("101", True, False),
        ("102", False, False),
    ]
    assert can_sign_in(team_of_two, "101", PASSWORD)


def test_an_administrators_password_authorises_a_new_account(team_of_two: Path) -> None:
    run = smsdesk(
        team_of_two,
        *("users", "add", "103", "--name", "Cid", "--admin-ext", "101"),
        answers=(PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
    )

    assert run.status == 0, run.err
    assert run.asked == [ADMIN_PROMPT, "Password: ", "Repeat password: "]
    assert run.out == "Added Cid (103).\n"
    assert can_sign_in(team_of_two, "103", NEW_PASSWORD)
    # Checking the administrator is not a sign-in to the app.
    assert users_in(team_of_two)[0].last_sign_in_at is None


def test_an_administrators_password_authorises_reset_disable_and_enable(
    team_of_two: Path,
) -> None:
    reset = smsdesk(
        team_of_two,
        *("users", "passwd", "102", "--admin-ext", "101"),
        answers=(PASSWORD, NEW_PASSWORD, NEW_PASSWORD),
    )
    disabled = smsdesk(
        team_of_two, "users", "disable", "102", "--admin-ext", "101", answers=(PASSWORD,)
    )

    assert (reset.status, reset.out) == (0, "Changed the password of Bob (102).\n")
    assert (disabled.status, disabled.out) == (0, "Disabled Bob (102).\n")
    enabled = smsdesk(
        team_of_two, "users", "enable", "102", "--admin-ext", "101", answers=(PASSWORD,)
    )
    assert (enabled.status, enabled.out) == (0, "Enabled Bob (102).\n")
    assert can_sign_in(team_of_two, "102", NEW_PASSWORD)


@pytest.mark.parametrize(
    ("admin", "password", "sentence"),
    [
        (
            "101",
            "not Anna's password",
            "The administrator's extension or password is wrong; nothing was changed.",
        ),
        (
            "555",
            PASSWORD,
            "The administrator's extension or password is wrong; nothing was changed.",
        ),
        (
            "102",
            PASSWORD,
            "Bob (102) is not an administrator: only an administrator can change accounts. "
            "Give the extension of an administrator.",
        ),
        (
            "anna@union.org",
            PASSWORD,
            "Sign in with your phone extension (for example 101), not your email address",
        ),
    ],
)
def test_a_wrong_administrator_is_refused_with_a_sentence_and_nothing_changes(
    team_of_two: Path, admin: str, password: str, sentence: str
) -> None:
    run = smsdesk(
        team_of_two,
        *("users", "passwd", "101", "--admin-ext", admin),
        answers=(password, NEW_PASSWORD, NEW_PASSWORD),
    )

    assert run.status == 1
    assert run.err == sentence + "\n"
    assert "Traceback" not in run.err
    assert "Password: " not in run.asked  # the new password was never asked for
    assert can_sign_in(team_of_two, "101", PASSWORD)


def test_a_disabled_administrator_cannot_change_accounts(team_of_two: Path) -> None:
    for accounts in accounts_in(team_of_two):
        accounts.create_user("103", "Cid", PASSWORD, is_admin=True)
        accounts.set_disabled("101")

    run = smsdesk(team_of_two, "users", "enable", "101", "--admin-ext", "101", answers=(PASSWORD,))

    assert run.status == 1
    assert run.err == "The account of administrator 101 is disabled; nothing was changed.\n"
    assert users_in(team_of_two)[0].disabled


def test_the_only_enabled_administrator_is_not_disabled(team_of_two: Path) -> None:
    run = smsdesk(team_of_two, "users", "disable", "101", "--admin-ext", "101", answers=(PASSWORD,))

    assert run.status == 1
    assert run.err.startswith("This is the only enabled administrator")
    assert not users_in(team_of_two)[0].disabled


def test_wrong_administrator_passwords_count_like_wrong_sign_ins(team_of_two: Path) -> None:
    started = time.monotonic()
    smsdesk(team_of_two, "users", "disable", "102", "--admin-ext", "101", answers=("wrong",))

    assert time.monotonic() - started >= 1.0  # answered after the first delay, as a sign-in
    url = f"sqlite:///{database_file(team_of_two)}"
    with open_store(url) as store, store.engine.connect() as conn:
        failures = conn.exec_driver_sql(
            "SELECT failures FROM sign_in_failures WHERE extension = '101'"
        ).scalar_one()
    assert failures == 1


def test_scripts_give_the_passwords_on_standard_input(team_of_two: Path) -> None:
    run = smsdesk(
        team_of_two,
        *("users", "passwd", "102", "--admin-ext", "101", "--password-stdin"),
        stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n",
    )

    assert run.status == 0, run.err
    assert run.asked == []
    assert PASSWORD not in run.out + run.err
    assert can_sign_in(team_of_two, "102", NEW_PASSWORD)


def test_a_script_that_runs_out_of_passwords_changes_nothing(team_of_two: Path) -> None:
    run = smsdesk(
        team_of_two,
        *("users", "passwd", "102", "--admin-ext", "101", "--password-stdin"),
        stdin=f"{PASSWORD}\n",
    )

    assert run.status == 1
    assert "nothing was changed" in run.err
    assert can_sign_in(team_of_two, "102", PASSWORD)


def remember_101(home: Path) -> str:
    """Anna (101) signed in with "Remember me" on this OS account: her token is in the
    keyring, its digest in the database."""
    from desktop.accounts.remembered import keep_remembered
    from desktop.system.credentials import CredentialStore

    credentials = CredentialStore()
    for accounts in accounts_in(home):
        keep_remembered(accounts, credentials, accounts.get_user("101"), PASSWORD)
        return str(credentials.remembered_sign_in("101", database=accounts.database_id()))
    raise AssertionError("no store")


def test_the_administrators_remembered_sign_in_authorises_without_a_password(
    team_of_two: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    remember_101(team_of_two)
    monkeypatch.setattr(hashlib, "scrypt", lambda *a, **k: pytest.fail("scrypt was run"))

    run = smsdesk(team_of_two, "users", "disable", "102", "--admin-ext", "101")

    assert run.status == 0, run.err
    assert run.asked == []
    assert users_in(team_of_two)[1].disabled


def test_a_revoked_remembered_sign_in_is_said_and_the_password_asked_for(
    team_of_two: Path,
) -> None:
    token = remember_101(team_of_two)
    for accounts in accounts_in(team_of_two):
        accounts.forget_remembered(token)  # signed out on another desk of this database

    run = smsdesk(team_of_two, "users", "disable", "102", "--admin-ext", "101", answers=(PASSWORD,))

    assert run.status == 0, run.err
    assert run.err == "The sign-in remembered in the keyring for 101 did not work.\n"
    assert run.asked == [ADMIN_PROMPT]
    assert token not in run.out + run.err


def test_the_remembered_sign_in_of_a_colleague_authorises_nothing(team_of_two: Path) -> None:
    from desktop.accounts.remembered import keep_remembered
    from desktop.system.credentials import CredentialStore

    for accounts in accounts_in(team_of_two):
        keep_remembered(accounts, CredentialStore(), accounts.get_user("102"), PASSWORD)

    run = smsdesk(team_of_two, "users", "disable", "101", "--admin-ext", "102")

    assert run.status == 1
    assert "not an administrator" in run.err
    assert not users_in(team_of_two)[0].disabled


def test_a_stale_remembered_password_is_said_and_the_password_asked_for(
    team_of_two: Path,
) -> None:
    from desktop.system.credentials import CredentialStore

    for accounts in accounts_in(team_of_two):
        # As an older SMS Desk kept it: the password itself.
        CredentialStore().remember_sign_in("101", "old password", database=accounts.database_id())

    run = smsdesk(team_of_two, "users", "disable", "102", "--admin-ext", "101", answers=(PASSWORD,))

    assert run.status == 0, run.err
    assert run.err == "The password remembered in the keyring for 101 did not work.\n"
    assert run.asked == [ADMIN_PROMPT]


def test_the_first_account_of_an_empty_database_needs_nobody(home: Path) -> None:
    smsdesk(home, "users", "list")  # creates the empty database
    give_the_database_to_someone_else(home)

    run = add(home, "101", "--name", "Anna")

    assert run.status == 0, run.err
    assert run.out == "Added Anna (101) as an administrator (the first account always is one).\n"
    second = add(home, "102", "--name", "Mallory", "--admin")
    assert second.status == 1
    assert "needs an administrator" in second.err
    assert [u.extension for u in users_in(home)] == ["101"]


def test_the_owner_of_the_database_file_needs_no_administrator(home: Path) -> None:
    add(home, "101", "--name", "Anna", "--admin")
    assert database_file(home).stat().st_uid == os.geteuid()

    run = smsdesk(home, "users", "passwd", "101", answers=(NEW_PASSWORD, NEW_PASSWORD))

    assert run.status == 0, run.err
    assert run.asked == ["Password: ", "Repeat password: "]


def test_users_list_stays_open_to_whoever_can_read_the_database(team_of_two: Path) -> None:
    run = smsdesk(team_of_two, "users", "list")

    assert run.status == 0
    assert "Anna" in run.out
    assert "scrypt" not in run.out


def test_users_help_explains_who_may_change_accounts(home: Path) -> None:
    for args in (("users", "--help"), ("users", "add", "--help")):
        run = smsdesk(home, *args)

        assert run.status == 0
        text = " ".join(run.out.split())
        assert "need an enabled administrator" in text
        assert "--admin-ext" in text
        assert "the very first account of an empty database" in text
        assert "the computer user who owns the database file" in text
        assert "Root is no exception unless it owns the file" in text
        assert "--password-stdin reads the passwords from standard input" in text
        assert 'ticked "Remember me"' in text


@pytest.mark.postgres
def test_a_team_database_always_needs_an_administrator(home: Path, postgres_url: str) -> None:
    settings = Paths.under(home).settings_file
    settings.parent.mkdir(parents=True)
    settings.write_text(json.dumps({"database_url": postgres_url}))
    assert add(home, "101", "--name", "Anna", "--admin").status == 0  # the first: free

    refused = add(home, "102", "--name", "Bob")
    allowed = smsdesk(
        home,
        *("users", "add", "102", "--name", "Bob", "--admin-ext", "101"),
        answers=(PASSWORD, PASSWORD, PASSWORD),
    )

    assert refused.status == 1
    assert refused.err == (
        "Changing accounts on this database needs an administrator: add --admin-ext with "
        "your extension (for example --admin-ext 101) and type your password when asked; "
        "nothing was changed.\n"
    )
    assert (allowed.status, allowed.out) == (0, "Added Bob (102).\n"), allowed.err
