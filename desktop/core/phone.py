"""Phone numbers: normalising to E.164 and the one function that formats a number for display.

Numbers are stored and sent in E.164 (``+14155550134``). Senders that are not numbers
(alphanumeric sender ids such as ``ACME``) and short codes are kept as the gateway gave them.
"""

from __future__ import annotations

import locale
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat

FALLBACK_REGION = "US"


def system_region() -> str:
    """Return the country of the system locale (``en_GB`` → ``GB``), or US when unknown."""
    for name in (locale.getlocale()[0], locale.setlocale(locale.LC_CTYPE, None)):
        if name and "_" in name:
            region = name.split("_", 1)[1].split(".", 1)[0].upper()
            if region in phonenumbers.SUPPORTED_REGIONS:
                return region
    return FALLBACK_REGION


@lru_cache(maxsize=4096)
def normalize(raw: str, default_region: str = FALLBACK_REGION) -> str:
    """Return ``raw`` as E.164 when it is a possible phone number, else ``raw`` stripped.

    Used for numbers that come from the gateway: they are usually E.164 already, but some
    gateways send national forms, and senders can be short codes or names.

    Args:
        raw: the number as received.
        default_region: the region used to read a number without a country code.

    Returns:
        The E.164 form, or the stripped input when it is not a phone number.
    """
    text = raw.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return text
    if any(ch.isalpha() for ch in text):
        return text  # an alphanumeric sender id
    try:
        number = phonenumbers.parse(text, default_region)
    except NumberParseException:
        return text
    if not phonenumbers.is_possible_number(number):
        return text  # short codes and other non-E.164 senders keep their own form
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


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
