"""The command line for IT: ``smsdesk users …`` manages staff accounts, ``smsdesk doctor`` checks.

No Qt here: it works over SSH on a machine without a display. Passwords are only ever read
from the terminal without echo, never from the command line (where ``ps`` and the shell
history would keep them), and never printed.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from desktop.accounts import (
    AccountError,
    Accounts,
    ExtensionRule,
    ExtensionTaken,
    NoSuchUser,
    User,
    check_display_name,
    check_password,
)
from desktop.commands import COMMANDS, is_cli_command
from desktop.config import Paths, Settings, load_settings
from desktop.store import StoreError, open_store

__all__ = ["COMMANDS", "is_cli_command", "main"]

PROG = "smsdesk"

Prompt = Callable[[str], str]


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
        "users", help="manage staff accounts", description="Manage the staff accounts."
    )
    actions = users.add_subparsers(dest="action", required=True, metavar="ACTION")
    add = actions.add_parser(
        "add",
        help="add an account; asks for its password",
        description="Add an account. The password is asked for twice, without echo.",
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
        sub = actions.add_parser(action, help=text, description=text[0].upper() + text[1:] + ".")
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
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command and return the exit status.

    Args:
        argv: the arguments after the program name, e.g. ``["users", "list"]``.
        prompt: reads a password after showing its prompt, without echo.
        out: where results go; standard output by default.
        err: where problems go, as sentences; standard error by default.

    Returns:
        0 on success, 1 for a problem the message explains, 2 for a usage mistake,
        130 when interrupted with Ctrl+C.
    """
    # Resolved now rather than as defaults, so redirected streams are honoured.
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
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
        return _users(args, paths, prompt, out, err)
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
        from desktop.doctor import main as doctor_main
    except ModuleNotFoundError as missing:
        if missing.name != "desktop.doctor":
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
        from desktop.credentials import CredentialStore

        password = CredentialStore().database_password(parsed.render_as_string())
        if password:
            return parsed.set(password=password).render_as_string(hide_password=False)
    return url


def _users(args: argparse.Namespace, paths: Paths, prompt: Prompt, out: TextIO, err: TextIO) -> int:
    """Run one ``smsdesk users`` action against the database the settings name."""
    loaded = load_settings(paths.settings_file)
    for problem in loaded.problems:
        print(problem, file=err)
    settings = loaded.settings
    rule = ExtensionRule(settings.extension_min_digits, settings.extension_max_digits)
    with open_store(_database_url(settings, paths)) as store:
        accounts = Accounts(store, rule=rule)
        if args.action == "list":
            _list(accounts.list_users(), out)
        elif args.action == "add":
            _add(accounts, args.extension, args.name, args.admin, prompt, out)
        elif args.action == "passwd":
            user = _existing(accounts, args.extension)
            accounts.set_password(user.extension, _new_password(prompt))
            print(f"Changed the password of {user.label}.", file=out)
        else:
            user = _existing(accounts, args.extension)
            disable = args.action == "disable"
            accounts.set_disabled(user.extension, disable)
            done = "Disabled" if disable else "Enabled"
            print(f"{done} {user.label}.", file=out)
    return 0


def _add(
    accounts: Accounts,
    extension: str,
    name: str | None,
    admin: bool,
    prompt: Prompt,
    out: TextIO,
) -> None:
    # Everything that can be checked is checked before the password is asked for, so
    # nobody types a password twice only to learn the extension was wrong.
    key = accounts.rule.check(extension)
    display_name = check_display_name(f"Extension {key}" if name is None else name)
    if accounts.get_user(key) is not None:
        raise ExtensionTaken(f"Extension {key} already has an account.")
    user = accounts.create_user(key, display_name, _new_password(prompt), is_admin=admin)
    role = " as an administrator" if user.is_admin else ""
    print(f"Added {user.label}{role}.", file=out)


def _existing(accounts: Accounts, extension: str) -> User:
    user = accounts.get_user(extension)
    if user is None:
        raise NoSuchUser(f"There is no account with extension {extension.strip()}.")
    return user


def _new_password(prompt: Prompt) -> str:
    """Ask for a new password twice.

    Raises:
        WeakPassword: the first one is too short (said before the second is asked for).
        AccountError: the two differ.
    """
    password = prompt("Password: ")
    check_password(password)
    if prompt("Repeat password: ") != password:
        raise AccountError("The two passwords are not the same; nothing was changed.")
    return password


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
