"""How "Call" reaches the office softphone: a ``tel:`` link, a URI template, or a command.

The setting ``call_template`` decides:

* empty: open ``tel:+14155550134`` with the system's handler (the 3CX app and most
  softphones register for ``tel:``);
* a URI with ``{number}`` (``callto:{number}``, ``sip:{number}@pbx.example.com``): open it;
* anything else with ``{number}`` is a command line, run without a shell
  (``3cxphone --dial {number}``).

A conversation's number came from outside (an inbound sender), so only what can be dialled
is ever put into the link or the command: a valid E.164 number (``+`` and digits), or a
short code valid for the desk's region (digits). A sender name (``ACME``), an invalid number,
or text such as ``sip:a@evil.io;x=`` or ``--help`` is refused with a sentence, never
dialled. The number takes the place of ``{number}`` as plain text: it cannot add an
argument, start one with ``-``, or change the link's host or parameters.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, shortnumberinfo

from desktop.core.errors import Refusal
from desktop.core.i18n import translate

__all__ = [
    "CallTarget",
    "CallTemplateError",
    "CannotCall",
    "call_target",
    "check_call_template",
    "dialable",
]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_E164 = re.compile(r"\+[1-9][0-9]{6,14}", re.ASCII)
_SHORT_CODE = re.compile(r"[0-9]{3,8}", re.ASCII)
# What a dialled number may consist of: whatever dialable returns matches this.
_DIALLED = re.compile(r"\+?[0-9]{3,15}", re.ASCII)

PLACEHOLDER = "{number}"


class CallTemplateError(Refusal, ValueError):
    """The call setting can't be used; the message says how to fix it."""


class CannotCall(Refusal, ValueError):
    """This conversation's number cannot be dialled; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class CallTarget:
    """What Call will do: open ``url``, or run ``command`` (an argument list)."""

    url: str | None = None
    command: tuple[str, ...] = ()


def dialable(number: str, region: str = "US") -> str:
    """Return what to dial for a conversation's number: checked, never as received.

    Args:
        number: the conversation's number as stored (E.164, a short code, or a sender name).
        region: the desk's default region, for short codes.

    Returns:
        The E.164 number (``+14155550134``) or the short code's digits (``87654``).

    Raises:
        CannotCall: a sender name, an invalid number, an emergency number, or a short code
            that is not valid in ``region``; the sentence says so.
    """
    text = number.strip()
    if _E164.fullmatch(text):
        try:
            parsed = phonenumbers.parse(text, None)
        except NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_valid_number(parsed):
            return text
        raise CannotCall(
            translate(
                "Calling", "{number} is not a valid phone number, so it cannot be called."
            ).format(number=text)
        )
    if _SHORT_CODE.fullmatch(text):
        if shortnumberinfo.is_emergency_number(text, region):
            raise CannotCall(
                translate(
                    "Calling",
                    "{number} is an emergency number: SMS Desk does not dial it. Use your phone.",
                ).format(number=text)
            )
        try:
            valid = shortnumberinfo.is_valid_short_number_for_region(
                phonenumbers.parse(text, region), region
            )
        except NumberParseException:
            valid = False
        if valid:
            return text
        raise CannotCall(
            translate(
                "Calling",
                "{number} is a short code that cannot be called from here: reply by SMS instead.",
            ).format(number=text)
        )
    if any(ch.isalpha() for ch in text):
        raise CannotCall(
            translate(
                "Calling",
                "“{name}” is a sender name, not a phone number: it cannot be called, and "
                "carriers don't deliver replies to it. Contact the sender another way.",
            ).format(name=text)
        )
    raise CannotCall(_not_a_number(text))


def _not_a_number(text: str) -> str:
    return translate("Calling", "“{text}” is not a phone number, so it cannot be called.").format(
        text=text
    )


def check_call_template(template: str) -> None:
    """Check the Call setting (empty is fine: ``tel:`` links).

    Raises:
        CallTemplateError: it has no ``{number}``, its quotes don't close, or a command's
            program itself would be the number.
    """
    template = template.strip()
    if not template:
        return
    if PLACEHOLDER not in template:
        # The braces are the setting's own syntax, not a placeholder: no .format() here.
        #: {number} is written as is: the user types it into the Call setting
        raise CallTemplateError(
            translate(
                "Calling",
                "The Call setting must contain {number} where the phone number goes, "
                "for example callto:{number} or 3cxphone --dial {number}.",
            )
        )
    if _is_uri(template):
        return
    try:
        parts = shlex.split(template)
    except ValueError as err:
        #: {problem} is Python's own (English) reason, e.g. "No closing quotation"
        raise CallTemplateError(
            translate(
                "Calling", "The Call command can't be read ({problem}). Check its quotes."
            ).format(problem=err)
        ) from None
    if not parts or PLACEHOLDER in parts[0]:
        #: {number} is written as is: the user types it into the Call setting
        raise CallTemplateError(
            translate(
                "Calling",
                "The Call command must start with the program to run, for example "
                "3cxphone --dial {number}.",
            )
        )


def call_target(number: str, template: str = "", region: str = "US") -> CallTarget:
    """Build the URL or command that calls a conversation's number.

    Args:
        number: the conversation's number as stored; checked with ``dialable``.
        template: the Call setting (see the module's docstring).
        region: the desk's default region, for short codes.

    Raises:
        CallTemplateError: the template cannot be used (see ``check_call_template``).
        CannotCall: the number cannot be dialled (see ``dialable``).
    """
    check_call_template(template)
    dial = dialable(number, region)
    # Belt and braces: what is substituted below is digits with at most a leading "+".
    if not _DIALLED.fullmatch(dial):
        raise CannotCall(_not_a_number(number))
    template = template.strip()
    if not template:
        return CallTarget(url=f"tel:{dial}")
    if _is_uri(template):
        return CallTarget(url=template.replace(PLACEHOLDER, dial))
    # Split first, then substitute inside each argument: the number can never become an
    # argument of its own, nor split one.
    parts = shlex.split(template)
    return CallTarget(command=tuple(part.replace(PLACEHOLDER, dial) for part in parts))


def _is_uri(template: str) -> bool:
    return bool(_SCHEME.match(template)) and " " not in template
