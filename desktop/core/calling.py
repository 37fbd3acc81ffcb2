"""How "Call" reaches the office softphone: a ``tel:`` link, a URI template, or a command.

The setting ``call_template`` decides:

* empty: open ``tel:+14155550134`` with the system's handler (the 3CX app and most
  softphones register for ``tel:``);
* a URI with ``{number}`` (``callto:{number}``, ``sip:{number}@pbx.example.com``): open it;
* anything else with ``{number}`` is a command line, run without a shell
  (``3cxphone --dial {number}``).
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


class CallTemplateError(ValueError):
    """The call setting can't be used; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class CallTarget:
    """What Call will do: open ``url``, or run ``command`` (an argument list)."""

    url: str | None = None
    command: tuple[str, ...] = ()


def call_target(number: str, template: str = "") -> CallTarget:
    """Build the URL or command that calls ``number`` (E.164).

    Raises:
        CallTemplateError: the template has no ``{number}``, or its quotes don't close.
    """
    template = template.strip()
    if not template:
        return CallTarget(url=f"tel:{number}")
    if "{number}" not in template:
        raise CallTemplateError(
            "The Call setting must contain {number} where the phone number goes, "
            "for example callto:{number} or 3cxphone --dial {number}."
        )
    if _SCHEME.match(template) and " " not in template:
        return CallTarget(url=template.replace("{number}", number))
    try:
        parts = shlex.split(template)
    except ValueError as err:
        raise CallTemplateError(
            f"The Call command can't be read ({err}). Check its quotes."
        ) from None
    return CallTarget(command=tuple(part.replace("{number}", number) for part in parts))
