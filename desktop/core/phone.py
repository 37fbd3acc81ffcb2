"""Phone numbers: normalising to E.164, checking what staff type, and formatting for display.

Numbers are stored and sent in E.164 (``+14155550134``). Two kinds of sender are not
E.164 numbers and are kept in a form of their own (see ``normalize`` and ``sender_kind``):
short codes (``72684``: digits only) and alphanumeric sender ids (``ACME``: as the gateway
gave them, whitespace tidied), which cannot be replied to. ``check_number`` judges a number
typed in the New SMS box and words the correction prompt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

import phonenumbers
from phonenumbers import (
    NumberParseException,
    PhoneNumber,
    PhoneNumberFormat,
    PhoneNumberType,
    ValidationResult,
    shortnumberinfo,
)

from desktop.core.country_names import names_in
from desktop.core.i18n import QT_TRANSLATE_NOOP, language, translate
from desktop.core.regions import FALLBACK_REGION


@lru_cache(maxsize=4096)
def normalize(raw: str, default_region: str = FALLBACK_REGION) -> str:
    """Return a sender or recipient from the gateway in the one form the store keeps.

    Used for numbers that come from the gateway: they are usually E.164 already, but some
    gateways send national forms, and senders can be short codes or names. The forms:

    * a possible phone number: E.164 (``(415) 555-0134`` → ``+14155550134``);
    * a short code (3 to 8 digits, no ``+``, written with or without separators, that are
      not a valid number of the region): its digits (``726-84`` → ``72684``), the form the
      New SMS box gives a typed short code, so both reach the same conversation;
    * an alphanumeric sender id (any letter): as given, with surrounding whitespace removed
      and inner runs of whitespace made one space (``" ACME  Corp "`` → ``"ACME Corp"``);
      case is kept: carriers show the sender exactly as its owner set it;
    * anything else: the text with its whitespace tidied the same way.

    Args:
        raw: the number as received.
        default_region: the region used to read a number without a country code.

    Returns:
        The stored form; "" for an empty or blank sender (the caller decides what to do).
    """
    text = " ".join(raw.split())
    if not text or not any(ch.isdigit() for ch in text):
        return text
    if any(ch.isalpha() for ch in text):
        return text  # an alphanumeric sender id
    short_code = _short_code_digits(text)
    try:
        number = phonenumbers.parse(text, default_region)
    except NumberParseException:
        return short_code or text
    if short_code and not phonenumbers.is_valid_number(number):
        # Possible is not enough: five digits are a possible British number.
        return short_code
    if not phonenumbers.is_possible_number(number):
        return text  # other non-E.164 senders keep their own form
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _short_code_digits(text: str) -> str:
    """The digits of ``text`` if it is written like a short code ("726-84"), else ""."""
    if text.startswith(("+", "\uff0b")) or not _looks_like_a_number(text):
        return ""
    digits = phonenumbers.normalize_digits_only(text)
    return digits if len(digits) in _SHORT_CODE_LENGTHS else ""


class SenderKind(StrEnum):
    """What kind of address a conversation's peer is (see ``sender_kind``)."""

    NUMBER = "number"  # a phone number (E.164, or digits the gateway may still reach)
    SHORT_CODE = "short_code"  # 3 to 8 digits: a business's short number; replies work
    ALPHANUMERIC = "alphanumeric"  # a sender name ("ACME"): carriers deliver no replies


def sender_kind(peer: str) -> SenderKind:
    """Tell a stored peer's kind from its form (as ``normalize`` left it).

    Any letter makes it a sender name; digits alone, 3 to 8 of them, a short code;
    everything else is treated as a number, which the gateway may be able to reach.
    """
    if any(ch.isalpha() for ch in peer):
        return SenderKind.ALPHANUMERIC
    if peer.isascii() and peer.isdigit() and len(peer) in _SHORT_CODE_LENGTHS:
        return SenderKind.SHORT_CODE
    return SenderKind.NUMBER


def reply_refusal(peer: str) -> str:
    """Why nothing can be sent to ``peer``, as a sentence; "" when it can be replied to.

    An alphanumeric sender id is a name a business shows instead of a number: carriers
    deliver nothing addressed to it, and the gateway would only refuse the message.
    """
    if sender_kind(peer) is SenderKind.ALPHANUMERIC:
        return translate(
            "Phone",
            "{peer} is a sender name, not a phone number: carriers don't deliver replies "
            "to it, so SMS Desk can't send it a message.",
        ).format(peer=peer)
    return ""


@lru_cache(maxsize=4096)
def format_for_display(number: str, default_region: str = FALLBACK_REGION) -> str:
    """Format a stored number for people: national for the default region, else international.

    ``+14155550134`` shows as ``(415) 555-0134`` for a desk in the US and as
    ``+1 415-555-0134`` elsewhere. Anything that is not an E.164 number is returned as is.
    """
    if not number.startswith("+"):
        return number
    try:
        parsed = phonenumbers.parse(number, None)
    except NumberParseException:
        return number
    if phonenumbers.region_code_for_number(parsed) == default_region:
        return phonenumbers.format_number(parsed, PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, PhoneNumberFormat.INTERNATIONAL)


# --- Checking a number typed by staff -------------------------------------------------------

EXAMPLE = "+1 415 555 0100"


def not_a_number() -> str:
    """The sentence for text that is not a phone number at all."""
    return translate(
        "Phone", "This is not a phone number. Type digits, for example {example}."
    ).format(example=EXAMPLE)


# Link schemes people paste from web pages and e-mail signatures ("tel:+1…", "sms:+1…").
_SCHEMES = ("tel:", "sms:", "smsto:")

# What people put between digits, including the full-width and typographic forms that
# phonenumbers also reads.
_NUMBER_PUNCTUATION = frozenset(
    "+\uff0b-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d./\uff0f()[]\uff08\uff09"
)

# Short codes are 3 to 8 digits in every numbering plan phonenumbers knows.
_SHORT_CODE_LENGTHS = range(3, 9)

# Number types that exist but often cannot receive SMS. FIXED_LINE_OR_MOBILE (the US and
# Canada, where the numbering plan cannot tell) is deliberately absent: warning there would
# warn on every North American mobile.
# Translated where used: translate("Phone", _WARNINGS[kind]).
_WARNINGS: dict[int, str] = {
    PhoneNumberType.FIXED_LINE: QT_TRANSLATE_NOOP(
        "Phone", "This looks like a landline: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.TOLL_FREE: QT_TRANSLATE_NOOP(
        "Phone", "This is a toll-free number: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.PREMIUM_RATE: QT_TRANSLATE_NOOP(
        "Phone", "This is a premium-rate number: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.SHARED_COST: QT_TRANSLATE_NOOP(
        "Phone", "This is a shared-cost number: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.VOIP: QT_TRANSLATE_NOOP(
        "Phone", "This is an internet (VoIP) number: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.UAN: QT_TRANSLATE_NOOP(
        "Phone",
        "This is a company switchboard (UAN) number: SMS may not arrive. You can still send.",
    ),
    PhoneNumberType.VOICEMAIL: QT_TRANSLATE_NOOP(
        "Phone", "This is a voicemail access number: SMS may not arrive. You can still send."
    ),
    PhoneNumberType.PAGER: QT_TRANSLATE_NOOP(
        "Phone", "This is a pager number: SMS may not arrive. You can still send."
    ),
}

# The label of a valid number, without and with its country; translated where used:
# translate("Phone", _KINDS[kind]), translate("Phone", _KINDS_IN[kind]).format(country=…).
_KINDS: dict[int, str] = {
    PhoneNumberType.MOBILE: QT_TRANSLATE_NOOP("Phone", "Mobile number"),
    PhoneNumberType.FIXED_LINE_OR_MOBILE: QT_TRANSLATE_NOOP("Phone", "Mobile or landline number"),
    PhoneNumberType.FIXED_LINE: QT_TRANSLATE_NOOP("Phone", "Landline number"),
    PhoneNumberType.TOLL_FREE: QT_TRANSLATE_NOOP("Phone", "Toll-free number"),
    PhoneNumberType.PREMIUM_RATE: QT_TRANSLATE_NOOP("Phone", "Premium-rate number"),
    PhoneNumberType.SHARED_COST: QT_TRANSLATE_NOOP("Phone", "Shared-cost number"),
    PhoneNumberType.VOIP: QT_TRANSLATE_NOOP("Phone", "Internet (VoIP) number"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("Phone", "Personal number"),
    PhoneNumberType.PAGER: QT_TRANSLATE_NOOP("Phone", "Pager number"),
    PhoneNumberType.UAN: QT_TRANSLATE_NOOP("Phone", "Company switchboard number"),
    PhoneNumberType.VOICEMAIL: QT_TRANSLATE_NOOP("Phone", "Voicemail access number"),
}
_KIND = QT_TRANSLATE_NOOP("Phone", "Phone number")

_KINDS_IN: dict[int, str] = {
    PhoneNumberType.MOBILE: QT_TRANSLATE_NOOP("Phone", "Mobile number ({country})"),
    PhoneNumberType.FIXED_LINE_OR_MOBILE: QT_TRANSLATE_NOOP(
        "Phone", "Mobile or landline number ({country})"
    ),
    PhoneNumberType.FIXED_LINE: QT_TRANSLATE_NOOP("Phone", "Landline number ({country})"),
    PhoneNumberType.TOLL_FREE: QT_TRANSLATE_NOOP("Phone", "Toll-free number ({country})"),
    PhoneNumberType.PREMIUM_RATE: QT_TRANSLATE_NOOP("Phone", "Premium-rate number ({country})"),
    PhoneNumberType.SHARED_COST: QT_TRANSLATE_NOOP("Phone", "Shared-cost number ({country})"),
    PhoneNumberType.VOIP: QT_TRANSLATE_NOOP("Phone", "Internet (VoIP) number ({country})"),
    PhoneNumberType.PERSONAL_NUMBER: QT_TRANSLATE_NOOP("Phone", "Personal number ({country})"),
    PhoneNumberType.PAGER: QT_TRANSLATE_NOOP("Phone", "Pager number ({country})"),
    PhoneNumberType.UAN: QT_TRANSLATE_NOOP("Phone", "Company switchboard number ({country})"),
    PhoneNumberType.VOICEMAIL: QT_TRANSLATE_NOOP("Phone", "Voicemail access number ({country})"),
}
_KIND_IN = QT_TRANSLATE_NOOP("Phone", "Phone number ({country})")


class NumberVerdict(StrEnum):
    """What the New SMS box should do with the text typed so far."""

    EMPTY = "empty"  # nothing typed yet
    VALID = "valid"  # already E.164 (or a short code): accepted as is
    CORRECTED = "corrected"  # valid in another form: offer the E.164 form
    INVALID = "invalid"  # not usable: ``message`` says why; Start Chat stays disabled


@dataclass(frozen=True, slots=True)
class NumberCheck:
    """The verdict on a typed number, with everything the prompt needs to explain it.

    Attributes:
        verdict: what to do with the text.
        number: what to store and send: E.164, or the digits of a short code; None when
            the verdict is INVALID or EMPTY.
        display: how to show the number: international format (``+1 415-555-0100``) for
            full numbers, the digits for a short code, the text as typed when invalid.
        country: name of the number's country in the app's language ("" when unknown).
        message: one sentence for the prompt: the correction, the reason, or a confirmation.
        warning: an extra sentence when SMS may not arrive, or the short-code note.
        is_short_code: True when ``number`` is a short code, not an E.164 number.
    """

    verdict: NumberVerdict
    number: str | None
    display: str
    country: str
    message: str
    warning: str = ""
    is_short_code: bool = False


class _Unreadable(Exception):
    """phonenumbers could not read the text; ``message`` says why in words for staff."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def check_number(text: str, region: str) -> NumberCheck:
    """Judge a number typed by staff and word the prompt that explains the verdict.

    Runs on every keystroke, so results are cached (per language: they hold its words).

    Args:
        text: what was typed or pasted; a leading ``tel:``/``sms:`` scheme is ignored.
        region: the default region setting (``"US"``), used for numbers typed without a
            country code.

    Returns:
        The verdict, the E.164 number to use (or the short code), and the words to show.
    """
    return _check_number(text, region, language())


@lru_cache(maxsize=1024)
def _check_number(text: str, region: str, language_code: str) -> NumberCheck:
    del language_code  # only the cache's key: the words below are in that language
    typed = _strip_scheme(text.strip())
    if not typed:
        return NumberCheck(NumberVerdict.EMPTY, None, "", "", "")
    region = region.strip().upper()
    if any(ch.isalpha() for ch in typed):
        # Names are looked up among contacts by the caller; the only letters a number may
        # carry here are an extension ("ext. 12"), which SMS cannot reach.
        return _extension_refused(typed, region) or _invalid(typed, "", not_a_number())
    try:
        number = _read(typed, region)
    except _Unreadable as problem:
        return _short_code(typed, region) or _invalid(
            typed, _typed_country(typed, region), problem.message
        )
    if phonenumbers.is_valid_number(number):
        return _extension_refused(typed, region) or _accept(typed, number)
    return _short_code(typed, region) or _invalid(
        typed, _country(number, region), _reason(typed, number, region)
    )


def _strip_scheme(text: str) -> str:
    """Drop a ``tel:``/``sms:`` link scheme and what follows the number (``?body=…``)."""
    lowered = text.lower()
    for scheme in _SCHEMES:
        if lowered.startswith(scheme):
            rest = text[len(scheme) :].lstrip("/")
            return rest.split("?", 1)[0].strip()
    return text


def _read(text: str, region: str) -> PhoneNumber:
    """Parse ``text`` with ``region``, also reading a leading 00 as the international prefix.

    Most of the world dials abroad with 00, and people copy numbers in that form even where
    the region's own prefix differs (011 in the US), so "0049 30 901820" means +49 30 901820
    for a US desk too. The 00 reading is only tried when the region's own reading is not valid.

    Raises:
        _Unreadable: when phonenumbers cannot read the text as a number.
    """
    first_error: NumberParseException | None = None
    try:
        number: PhoneNumber | None = phonenumbers.parse(text, region, keep_raw_input=True)
    except NumberParseException as error:
        number, first_error = None, error
    if number is not None and phonenumbers.is_valid_number(number):
        return number
    # Where 00 starts the region's own prefix (00 in Europe, 0011 in Australia), phonenumbers
    # has already read it: a second reading would only turn its error into a worse one.
    own_prefix = _international_prefix(phonenumbers.normalize_digits_only(text), region)
    if text.startswith("00") and not own_prefix:
        try:
            return phonenumbers.parse("+" + text[2:], region, keep_raw_input=True)
        except NumberParseException as error:
            after = phonenumbers.normalize_digits_only(text)[2:]
            raise _Unreadable(_parse_error_message(error, text, after, "00", region)) from None
    if first_error is not None:
        digits = phonenumbers.normalize_digits_only(text)
        if text.startswith(("+", "\uff0b")):
            prefix = "+"
        else:
            prefix = _international_prefix(digits, region)
            digits = digits[len(prefix) :]
        raise _Unreadable(_parse_error_message(first_error, text, digits, prefix, region))
    assert number is not None  # parse either returned a number or raised first_error
    return number


def _international_prefix(digits: str, region: str) -> str:
    """Return the region's international dialling prefix at the start of ``digits``, or ""."""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if metadata is None or not metadata.international_prefix:
        return ""
    match = re.match(metadata.international_prefix, digits)
    return match.group(0) if match else ""


def _parse_error_message(
    error: NumberParseException, text: str, digits: str, prefix: str, region: str
) -> str:
    """Word a phonenumbers parse error for staff.

    Args:
        error: what phonenumbers raised.
        text: the text as typed.
        digits: the digits after the international prefix (or all of them when none).
        prefix: the international prefix typed ("+", "00", "011"), or "" when none.
        region: the default region.
    """
    kind = error.error_type
    if kind == NumberParseException.INVALID_COUNTRY_CODE:
        if prefix:
            code = digits[:3]
            shown = f"+{code}" if prefix == "+" else code
            return _not_a_country_code(shown, prefix)
        # No prefix and no usable default region: nothing tells which country is meant.
        return translate(
            "Phone", "Add the country code: start with +, for example {example}."
        ).format(example=EXAMPLE)
    if kind == NumberParseException.TOO_LONG:
        return _too_long("")
    if kind == NumberParseException.NOT_A_NUMBER and (
        (not digits and not prefix) or not _looks_like_a_number(text)
    ):
        return not_a_number()  # nothing to count, or service codes such as "*123#"
    # After a prefix the country is whatever code the digits start with, if any yet.
    return _too_short(_country_by_prefix(digits) if prefix else _region_name(region))


def _looks_like_a_number(text: str) -> bool:
    """True when ``text`` holds only digits and the punctuation people write numbers with."""
    return all(ch.isdigit() or ch.isspace() or ch in _NUMBER_PUNCTUATION for ch in text)


def _not_a_country_code(code: str, prefix: str) -> str:
    """ "+999 is not a country code. Check the digits after the +." """
    return translate(
        "Phone", "{code} is not a country code. Check the digits after the {prefix}."
    ).format(code=code, prefix=prefix)


def _too_short(country: str) -> str:
    if country:
        return translate(
            "Phone", "This number is too short for {country} numbers — check for missing digits."
        ).format(country=country)
    return translate("Phone", "This number is too short — check for missing digits.")


def _too_long(country: str) -> str:
    if country:
        return translate(
            "Phone", "This number is too long for {country} numbers — check for extra digits."
        ).format(country=country)
    return translate("Phone", "This number is too long — check for extra digits.")


def _reason(typed: str, number: PhoneNumber, region: str) -> str:
    """Say why a number that phonenumbers could read is still not a valid number."""
    country = _country(number, region)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _LENGTH_FITS:
        reason = _digits_missing_or_extra(typed, number, region) or reason
    match reason:
        case ValidationResult.TOO_SHORT:
            return _too_short(country)
        case ValidationResult.TOO_LONG:
            return _too_long(country)
        case ValidationResult.INVALID_LENGTH:
            if country:
                return translate(
                    "Phone",
                    "This number has the wrong number of digits for {country} numbers"
                    " — check for missing or extra digits.",
                ).format(country=country)
            return translate(
                "Phone",
                "This number has the wrong number of digits — check for missing or extra digits.",
            )
        case ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
            return translate(
                "Phone",
                "This looks like a local number without its area code: add the area code.",
            )
        case ValidationResult.INVALID_COUNTRY_CODE:
            return _not_a_country_code(f"+{number.country_code}", "+")
    # The length fits, but no range of the numbering plan starts with these digits.
    if country:
        return translate("Phone", "No {country} numbers start like this. Check the digits.").format(
            country=country
        )
    return translate("Phone", "No numbers start like this. Check the digits.")


# Verdicts of is_possible_number_with_reason that leave open whether digits are missing.
_LENGTH_FITS = frozenset(
    {
        ValidationResult.IS_POSSIBLE,
        ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
        ValidationResult.INVALID_LENGTH,
    }
)


def _digits_missing_or_extra(typed: str, number: PhoneNumber, region: str) -> int | None:
    """Tell TOO_SHORT or TOO_LONG apart from "no such numbers" when the length check cannot.

    Plans with many lengths (Germany: 4 to 15 digits) accept the length of a half-typed
    mobile number, so phonenumbers only says "not valid" and the prompt would claim that no
    numbers start like this. Whether some longer number starting with the typed digits, or
    some shorter one they start with, is valid decides which it is. The typed text is
    extended rather than the parsed number because a half-typed national number may still
    carry its trunk 0 ("020 7946").

    Returns:
        ValidationResult.TOO_SHORT or TOO_LONG, or None when neither makes it valid.
    """
    code = number.country_code
    if code is None:  # (a parsed number always has one; the type allows None)
        return None
    digits = phonenumbers.normalize_digits_only(typed)
    plus = "+" if typed.startswith(("+", "\uff0b")) else ""
    metadata = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(
        code, phonenumbers.region_code_for_country_code(code)
    )
    lengths = metadata.general_desc.possible_length if metadata and metadata.general_desc else ()
    longest = max(lengths, default=0)
    national = len(phonenumbers.national_significant_number(number))
    # Up to one digit more than the longest number leaves room for a trunk prefix still
    # typed, but a number already as long as the longest is not short: "(123) 456-7890" is
    # not one digit short of "1 234 567 8900" with its first 1 read as the trunk prefix.
    missing = longest + 1 - national if national < longest else 0
    for count in range(1, missing + 1):
        # Ranges are wide enough that one repeated digit fills them (15x + eight digits).
        for digit in "0123456789":
            if _is_valid(plus + digits + digit * count, region):
                return ValidationResult.TOO_SHORT
    for end in range(len(digits) - 1, 1, -1):
        if _is_valid(plus + digits[:end], region):
            return ValidationResult.TOO_LONG
    return None


def _is_valid(text: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(_read(text, region))
    except _Unreadable:
        return False


def _accept(typed: str, number: PhoneNumber) -> NumberCheck:
    """A valid number: accept it as typed, or offer its E.164 form; warn when SMS may fail."""
    e164 = phonenumbers.format_number(number, PhoneNumberFormat.E164)
    display = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    country = _region_name(phonenumbers.region_code_for_number(number))
    kind = phonenumbers.number_type(number)
    warning = translate("Phone", _WARNINGS[kind]) if kind in _WARNINGS else ""
    if typed == e164:
        if country:
            label = translate("Phone", _KINDS_IN.get(kind, _KIND_IN)).format(country=country)
        else:
            label = translate("Phone", _KINDS.get(kind, _KIND))
        return NumberCheck(NumberVerdict.VALID, e164, display, country, label, warning)
    if country:
        question = translate("Phone", "Did you mean {number}? ({country})").format(
            number=display, country=country
        )
    else:
        question = translate("Phone", "Did you mean {number}?").format(number=display)
    return NumberCheck(NumberVerdict.CORRECTED, e164, display, country, question, warning)


def _extension_refused(typed: str, region: str) -> NumberCheck | None:
    """Refuse a valid number with an extension ("… ext. 12"): SMS reaches no extension."""
    try:
        number = phonenumbers.parse(typed, region)
    except NumberParseException:
        return None
    if not number.extension or not phonenumbers.is_valid_number(number):
        return None
    extension, number.extension = number.extension, None
    display = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    country = _region_name(phonenumbers.region_code_for_number(number))
    return _invalid(
        typed,
        country,
        translate(
            "Phone", "SMS cannot reach extension {extension}. Remove it to text {number}."
        ).format(extension=extension, number=display),
    )


def _short_code(typed: str, region: str) -> NumberCheck | None:
    """Accept a short code of the region (never with a +); refuse emergency numbers."""
    if not (typed.isascii() and typed.isdigit() and len(typed) in _SHORT_CODE_LENGTHS):
        return None
    if region not in phonenumbers.SUPPORTED_REGIONS:
        return None
    country = _region_name(region)
    if shortnumberinfo.is_emergency_number(typed, region):
        # A business SMS gateway cannot reach emergency services: say so, do not pretend.
        return _invalid(
            typed,
            country,
            translate(
                "Phone",
                "{number} is an emergency number: SMS Desk cannot text emergency services."
                " Call {number} instead.",
            ).format(number=typed),
        )
    try:
        number = phonenumbers.parse(typed, region)
    except NumberParseException:
        return None  # digits that start with the international prefix ("011")
    if not shortnumberinfo.is_valid_short_number_for_region(number, region):
        return None
    if country:
        label = translate("Phone", "Short code ({country})").format(country=country)
        note = translate(
            "Phone",
            "This is a short code: it works only within {country},"
            " and only if your gateway can send to short codes.",
        ).format(country=_with_article(country))
    else:
        label = translate("Phone", "Short code")
        note = translate(
            "Phone",
            "This is a short code: it works only within its country,"
            " and only if your gateway can send to short codes.",
        )
    return NumberCheck(NumberVerdict.VALID, typed, typed, country, label, note, is_short_code=True)


def _with_article(country: str) -> str:
    """Put "the" before English names that take it in a sentence ("within the United
    Kingdom"); other languages' translators write the sentence around the bare name."""
    if language() != "en":
        return country
    plural_or_union = country.startswith("United ") or country.endswith(
        ("Islands", "Republic", "Netherlands", "Bahamas", "Philippines", "Maldives", "Gambia")
    )
    return f"the {country}" if plural_or_union else country


def _invalid(typed: str, country: str, message: str) -> NumberCheck:
    return NumberCheck(NumberVerdict.INVALID, None, typed, country, message)


def _country(number: PhoneNumber, region: str) -> str:
    """Name the country an invalid number was meant for.

    The default region wins when it shares the country code, so a Canadian desk hears
    "Canada" about a bad +1 number, and a British desk hears "United States".
    """
    code = number.country_code
    if code is None or phonenumbers.country_code_for_region(region) == code:
        return _region_name(region)  # (a parsed number always has a code)
    return _region_name(phonenumbers.region_code_for_country_code(code))


def _typed_country(typed: str, region: str) -> str:
    """Name the country of text phonenumbers could not read, when the text makes it clear."""
    if typed.startswith("+"):
        return _country_by_prefix(phonenumbers.normalize_digits_only(typed))
    return _region_name(region)


def _country_by_prefix(digits: str) -> str:
    """Name the country whose code starts ``digits`` (country codes are 1 to 3 digits)."""
    for size in (1, 2, 3):
        if len(digits) >= size:
            region = phonenumbers.region_code_for_country_code(int(digits[:size]))
            if region != phonenumbers.UNKNOWN_REGION:
                return _region_name(region)
    return ""


def _region_name(region: str | None) -> str:
    """Name of a region in the app's language ("GB" → "United Kingdom", "Vereinigtes
    Königreich"); "" for unknown or non-geographic."""
    return _region_name_in(region, language())


def _region_name_in(region: str | None, language_code: str) -> str:
    """Name of a region in ``language_code`` (English for a language SMS Desk does not
    speak); "" for an unknown region."""
    if not region:
        return ""
    return names_in(language_code).get(region, "")


def region_name(region: str) -> str:
    """The country's name in the app's language ("DE" -> "Germany", "Deutschland"), or the
    region code where there is none."""
    return _region_name(region) or region
