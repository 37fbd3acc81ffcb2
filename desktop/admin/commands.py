"""Which launches run the command line (``smsdesk users …``, ``smsdesk doctor``) instead of
the app: told without loading the command line's own imports (SQLAlchemy among them)."""

from __future__ import annotations

from collections.abc import Sequence

COMMANDS = frozenset({"users", "doctor"})
"""First words that make ``smsdesk`` run this command line instead of the app."""


def is_cli_command(argv: Sequence[str]) -> bool:
    """Tell whether ``argv`` asks for the command line rather than the app.

    Args:
        argv: the arguments after the program name.

    Returns:
        True when the first argument, after any ``--home DIR``, is one of ``COMMANDS``.
    """
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--home":
            index += 2
        elif word.startswith("--home="):
            index += 1
        else:
            return word in COMMANDS
    return False
