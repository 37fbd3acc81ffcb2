"""The command line for IT: ``smsdesk users …`` manages staff accounts, ``smsdesk doctor`` checks.

No Qt here: it works over SSH on a machine without a display. Passwords are read from the
terminal without echo, from the keyring, or (``--password-stdin``, for scripts) from
standard input — never from the command line (where ``ps`` and the shell history would keep
them) — and never printed. Who may change accounts is ``TRUST_MODEL``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop.accounts.remembered import is_token
from desktop.accounts.staff import (
    AccountDisabled,
    AccountError,
    Accounts,
    ExtensionRule,
    ExtensionTaken,
    NoSuchUser,
    User,
    WrongCredentials,
    check_display_name,
    check_password,
)
from desktop.admin.commands import COMMANDS, is_cli_command
from desktop.config.settings import Paths, Settings, load_settings
from desktop.store import StoreError, open_store

__all__ = ["COMMANDS", "is_cli_command", "main"]

PROG = "smsdesk"

Prompt = Callable[[str], str]

TRUST_MODEL = """\
Who may change accounts:
  Adding an account, setting a password, disabling and enabling need an enabled
  administrator: give your extension with --admin-ext and type your password when
  asked (it is not shown). Two exceptions need no administrator:
  - the very first account of an empty database (it is always an administrator);
  - on a single-desk SQLite database, the computer user who owns the database file
    (SMS Desk keeps it readable by that user only). Root is no exception unless it
    owns the file. A team's PostgreSQL database always needs an administrator.
  The administrator's password is taken from the keyring when that administrator
  ticked "Remember me" in SMS Desk on this computer and database. For scripts,
  --password-stdin reads the passwords from standard input instead, one per line: the
  administrator's first, then the new account's (once); the keyring is not used then.
  'users list' shows no secrets: whoever can read the database may run it.
  Whoever can write the database itself (the file's owner; anyone with the team
  database's password) can change anything in it: keep those to IT and the desks."""


def build_parser() -> argparse.ArgumentParser:
    """Build the parser of ``smsdesk [--home DIR] users …`` and ``smsdesk doctor``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Manage SMS Desk from the command line.",
        epilog="Run smsdesk without a command to start the app.",
    )
    parser.add_argument(
        "--home",
        type=Path,
        metavar="DIR",
        help="data, settings and logs under this directory (as for the app)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    users = commands.add_parser(
        "users",
        help="manage staff accounts",
        description="Manage the staff accounts.",
        epilog=TRUST_MODEL,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    # What every account change takes: who authorises it, and where passwords come from.
    change = argparse.ArgumentParser(add_help=False)
    change.add_argument(
        "--admin-ext",
        metavar="EXTENSION",
        help="your extension, as an administrator; your password is asked for (see below)",
    )
    change.add_argument(
        "--password-stdin",
        action="store_true",
        help="read passwords from standard input, one per line (for scripts)",
    )
    add = actions.add_parser(
        "add",
        parents=[change],
        help="add an account; asks for its password",
        description="Add an account. The password is asked for twice, without echo.",
        epilog=TRUST_MODEL,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("extension", help="the phone extension it signs in with, e.g. 101")
    add.add_argument("--name", help='the name colleagues see (default "Extension 101")')
    add.add_argument("--admin", action="store_true", help="may manage accounts and settings")
    actions.add_parser("list", help="list the accounts", description="List the accounts.")
    for action, text in (
        ("passwd", "set an account's password; asks for it"),
        ("disable", "stop an account from signing in"),
        ("enable", "let a disabled account sign in again"),
    ):
        sub = actions.add_parser(
            action,
            parents=[change],
            help=text,
            description=text[0].upper() + text[1:] + ".",
            epilog=TRUST_MODEL,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        sub.add_argument("extension", help="the account's phone extension")

    commands.add_parser(
        "doctor",
        help="check the set-up and say what to fix",
        description="Check the installation and set-up, and say what to fix.",
    )
    return parser


def main(
    argv: Sequence[str],
    *,
    prompt: Prompt = getpass.getpass,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command and return the exit status.

    Args:
        argv: the arguments after the program name, e.g. ``["users", "list"]``.
        prompt: reads a password after showing its prompt, without echo.
        stdin: where ``--password-stdin`` reads passwords; standard input by default.
        out: where results go; standard output by default.
        err: where problems go, as sentences; standard error by default.

    Returns:
        0 on success, 1 for a problem the message explains, 2 for a usage mistake,
        130 when interrupted with Ctrl+C.
    """
    # Resolved now rather than as defaults, so redirected streams are honoured.
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    stdin = sys.stdin if stdin is None else stdin
    try:
        # argparse prints usage and help to the process's streams; send them to ours.
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            args = build_parser().parse_args(list(argv))
    except SystemExit as done:
        return done.code if isinstance(done.code, int) else (0 if done.code is None else 2)

    paths = Paths.under(args.home) if args.home else Paths.default()
    try:
        if args.command == "doctor":
            return _doctor(paths, out, err)
        return _users(args, paths, Passwords(prompt, stdin, args), out, err)
    except (AccountError, StoreError) as problem:
        print(problem, file=err)
        return 1
    except DBAPIError as failure:
        # Only the driver's message: the full error lists the statement's parameters,
        # which may include a password hash.
        print(f"The database could not be used: {failure.orig}", file=err)
        return 1
    except EOFError:
        print("\nNo password was typed; nothing was changed.", file=err)
        return 1
    except KeyboardInterrupt:
        print("\nInterrupted; nothing was changed.", file=err)
        return 130


def _doctor(paths: Paths, out: TextIO, err: TextIO) -> int:
    """Run ``smsdesk doctor`` (imported only when asked for: it checks a lot)."""
    try:
        from desktop.admin.doctor import main as doctor_main
    except ModuleNotFoundError as missing:
        if missing.name != "desktop.admin.doctor":
            raise
        print("The doctor command is not part of this build of SMS Desk.", file=err)
        return 1
    return doctor_main(paths, out=out)


def _database_url(settings: Settings, paths: Paths) -> str:
    """The database URL the app would open: with its password from the keyring, as the app.

    Raises:
        StoreError: the URL in the settings is not valid.
    """
    url = settings.database_url_for(paths)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"The database address in the settings is not valid: {exc}") from None
    if parsed.get_backend_name() == "postgresql" and parsed.username and not parsed.password:
        # Only a team database has a password, kept in the keyring as the app does.
        from desktop.system.credentials import CredentialStore

        password = CredentialStore().database_password(parsed.render_as_string())
        if password:
            return parsed.set(password=password).render_as_string(hide_password=False)
    return url


class Passwords:
    """Where this command's passwords come from: the terminal (without echo), or standard
    input with ``--password-stdin``.

    Args:
        prompt: reads a password after showing its prompt, without echo.
        stdin: read, a line per password, when ``args.password_stdin`` is set.
        args: the parsed command line.
    """

    def __init__(self, prompt: Prompt, stdin: TextIO, args: argparse.Namespace) -> None:
        self._prompt = prompt
        self._stdin = stdin
        self.from_stdin = bool(getattr(args, "password_stdin", False))

    def _line(self) -> str:
        line = self._stdin.readline()
        if not line:
            raise EOFError
        return line.removesuffix("\n").removesuffix("\r")

    def administrator(self, extension: str) -> str:
        """The administrator's password."""
        if self.from_stdin:
            return self._line()
        return self._prompt(f"Password of administrator {extension}: ")

    def new(self) -> str:
        """A new password: asked twice at the terminal, read once from standard input.

        Raises:
            WeakPassword: the first one is too short (said before the second is asked for).
            AccountError: the two differ.
        """
        if self.from_stdin:
            password = self._line()
            check_password(password)
            return password
        password = self._prompt("Password: ")
        check_password(password)
        if self._prompt("Repeat password: ") != password:
            raise AccountError("The two passwords are not the same; nothing was changed.")
        return password


def _users(
    args: argparse.Namespace, paths: Paths, passwords: Passwords, out: TextIO, err: TextIO
) -> int:
    """Run one ``smsdesk users`` action against the database the settings name."""
    loaded = load_settings(paths.settings_file)
    for problem in loaded.problems:
        print(problem, file=err)
    settings = loaded.settings
    rule = ExtensionRule(settings.extension_min_digits, settings.extension_max_digits)
    url = _database_url(settings, paths)
    with open_store(url) as store:
        accounts = Accounts(store, rule=rule)
        if args.action == "list":
            _list(accounts.list_users(), out)
        elif args.action == "add":
            _add(accounts, args, url, passwords, out, err)
        else:
            user = _existing(accounts, args.extension)
            _authorize(accounts, args, url, passwords, err)
            if args.action == "passwd":
                accounts.set_password(user.extension, passwords.new())
                print(f"Changed the password of {user.label}.", file=out)
            else:
                disable = args.action == "disable"
                accounts.set_disabled(user.extension, disable)
                done = "Disabled" if disable else "Enabled"
                print(f"{done} {user.label}.", file=out)
    return 0


def _add(
    accounts: Accounts,
    args: argparse.Namespace,
    url: str,
    passwords: Passwords,
    out: TextIO,
    err: TextIO,
) -> None:
    # Everything that can be checked is checked before a password is asked for, so
    # nobody types a password twice only to learn the extension was wrong.
    key = accounts.rule.check(args.extension)
    display_name = check_display_name(f"Extension {key}" if args.name is None else args.name)
    if not accounts.has_users():
        # The first account needs nobody's permission, and is an administrator: a database
        # without one could never have its accounts changed again (a team's in particular).
        user = accounts.create_first_admin(key, display_name, passwords.new())
        why = "" if args.admin else " (the first account always is one)"
        print(f"Added {user.label} as an administrator{why}.", file=out)
        return
    if accounts.get_user(key) is not None:
        raise ExtensionTaken(f"Extension {key} already has an account.")
    _authorize(accounts, args, url, passwords, err)
    user = accounts.create_user(key, display_name, passwords.new(), is_admin=args.admin)
    role = " as an administrator" if user.is_admin else ""
    print(f"Added {user.label}{role}.", file=out)


def _authorize(
    accounts: Accounts, args: argparse.Namespace, url: str, passwords: Passwords, err: TextIO
) -> None:
    """Let the change go ahead, or raise a sentence saying what it needs (``TRUST_MODEL``).

    Raises:
        AccountError: no administrator was given, or the one given did not check out.
    """
    owner = _database_file_owner(url)
    if owner is not None and hasattr(os, "geteuid") and owner[1] == os.geteuid():
        return  # the owner of a single-desk database file may change it anyway
    if args.admin_ext is None:
        if owner is None:
            raise AccountError(
                "Changing accounts on this database needs an administrator: add --admin-ext "
                "with your extension (for example --admin-ext 101) and type your password "
                "when asked; nothing was changed."
            )
        raise AccountError(
            "Changing accounts needs an administrator: add --admin-ext with your extension "
            "(for example --admin-ext 101) and type your password when asked, or run this "
            f"as {_user_name(owner[1])}, who owns the database file {owner[0]}; nothing was "
            "changed."
        )
    extension = accounts.rule.check(args.admin_ext)
    if not passwords.from_stdin:
        remembered = _remembered_sign_in(accounts, extension)
        if remembered is not None:
            try:
                _check_admin(accounts, extension, remembered)
                return
            except AccountError as problem:
                if not isinstance(problem.__cause__, WrongCredentials):
                    raise
                what = "sign-in" if is_token(remembered) else "password"
                print(
                    f"The {what} remembered in the keyring for {extension} did not work.",
                    file=err,
                )
    _check_admin(accounts, extension, passwords.administrator(extension))


def _check_admin(accounts: Accounts, extension: str, secret: str) -> None:
    """Check an administrator's password, or the token "Remember me" keeps (the same trust:
    it proves a password sign-in on this OS account), in words for the command line."""
    try:
        if is_token(secret):
            accounts.authorize_remembered_admin(extension, secret)
        else:
            accounts.authorize_admin(extension, secret)
    except WrongCredentials as wrong:
        raise AccountError(
            "The administrator's extension or password is wrong; nothing was changed."
        ) from wrong
    except AccountDisabled as disabled:
        raise AccountError(
            f"The account of administrator {extension} is disabled; nothing was changed."
        ) from disabled


def _remembered_sign_in(accounts: Accounts, extension: str) -> str | None:
    """The administrator's sign-in remembered in the keyring for this database (a token, or
    an older SMS Desk's password), if any."""
    from desktop.system.credentials import CredentialStore

    return CredentialStore().remembered_sign_in(extension, database=accounts.database_id())


def _database_file_owner(url: str) -> tuple[Path, int] | None:
    """The file and owner (uid) of a single-desk SQLite database; None for a team's."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    path = Path(parsed.database)
    try:
        return path, path.stat().st_uid
    except OSError:
        return None


def _user_name(uid: int) -> str:
    try:
        import pwd

        return pwd.getpwuid(uid).pw_name
    except (ImportError, KeyError):
        return f"the user with id {uid}"


def _existing(accounts: Accounts, extension: str) -> User:
    user = accounts.get_user(extension)
    if user is None:
        raise NoSuchUser(f"There is no account with extension {extension.strip()}.")
    return user


def _list(users: Sequence[User], out: TextIO) -> None:
    """Print the accounts as a table with aligned columns."""
    if not users:
        print(
            "No accounts yet. Add the first with: smsdesk users add EXTENSION --name NAME --admin",
            file=out,
        )
        return
    header = ("Extension", "Name", "Admin", "Disabled", "Last sign-in")
    rows = [
        (
            user.extension,
            user.display_name,
            "yes" if user.is_admin else "no",
            "yes" if user.disabled else "no",
            # Local time: the person reading this thinks in their own clock.
            user.last_sign_in_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if user.last_sign_in_at is not None
            else "never",
        )
        for user in users
    ]
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(),
            file=out,
        )
