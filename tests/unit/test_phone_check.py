"""A typed number ends up in E.164, or the prompt says what is wrong and what to do."""

import phonenumbers
import pytest
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from desktop.core.phone import NumberVerdict, check_number


def _example(region: str, kind: int) -> str:
    """A number phonenumbers' own metadata gives as valid for ``region`` and ``kind``."""
    number = phonenumbers.example_number_for_type(region, kind)
    assert number is not None, (region, kind)
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


@pytest.mark.parametrize(
    ("text", "region", "e164", "country"),
    [
        ("+14155550100", "US", "+14155550100", "United States"),
        (" +14155550100 ", "US", "+14155550100", "United States"),
        ("tel:+14155550100", "US", "+14155550100", "United States"),
        ("sms:+14155550100?body=Hi", "US", "+14155550100", "United States"),
        ("+447400123456", "GB", "+447400123456", "United Kingdom"),
        ("+447400123456", "US", "+447400123456", "United Kingdom"),  # typed abroad
        ("+4915123456789", "DE", "+4915123456789", "Germany"),
        ("+33612345678", "FR", "+33612345678", "France"),
        ("+61491570156", "AU", "+61491570156", "Australia"),
        ("+918123456789", "IN", "+918123456789", "India"),
        ("+15062345678", "CA", "+15062345678", "Canada"),
        ("+31612345678", "NL", "+31612345678", "Netherlands"),
        ("+34612345678", "ES", "+34612345678", "Spain"),
        ("+5511961234567", "BR", "+5511961234567", "Brazil"),
        ("+819012345678", "JP", "+819012345678", "Japan"),
        ("+14155550100", "ZZ", "+14155550100", "United States"),  # no default region needed
    ],
)
def test_e164_is_accepted_as_typed(text, region, e164, country):
    check = check_number(text, region)
    assert check.verdict is NumberVerdict.VALID
    assert check.number == e164
    assert check.country == country
    assert check.display.startswith("+")  # international format shows the country code
    assert country in check.message
    assert not check.is_short_code


@pytest.mark.parametrize(
    ("text", "region", "e164", "display", "country"),
    [
        ("(415) 555-0100", "US", "+14155550100", "+1 415-555-0100", "United States"),
        ("415.555.0100", "US", "+14155550100", "+1 415-555-0100", "United States"),
        ("1 415 555 0100", "US", "+14155550100", "+1 415-555-0100", "United States"),
        ("+1 (415) 555-0100", "US", "+14155550100", "+1 415-555-0100", "United States"),
        ("011 44 20 7946 0018", "US", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
        ("0049 30 901820", "US", "+4930901820", "+49 30 901820", "Germany"),
        ("0031 6 12345678", "US", "+31612345678", "+31 6 12345678", "Netherlands"),
        (
            "\uff0b\uff11 \uff14\uff11\uff15 \uff15\uff15\uff15 \uff10\uff11\uff10\uff10",
            "US",
            "+14155550100",
            "+1 415-555-0100",
            "United States",
        ),  # full-width, from a CJK keyboard
        ("020 7946 0018", "GB", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
        ("07400 123456", "GB", "+447400123456", "+44 7400 123456", "United Kingdom"),
        ("+44 (0)20 7946 0018", "GB", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
        ("0049 30 901820", "GB", "+4930901820", "+49 30 901820", "Germany"),
        ("030 901820", "DE", "+4930901820", "+49 30 901820", "Germany"),
        ("01512 3456789", "DE", "+4915123456789", "+49 1512 3456789", "Germany"),
        ("06 12 34 56 78", "FR", "+33612345678", "+33 6 12 34 56 78", "France"),
        ("0044 20 7946 0018", "FR", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
        ("0491 570 156", "AU", "+61491570156", "+61 491 570 156", "Australia"),
        ("0011 44 20 7946 0018", "AU", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
        ("081234 56789", "IN", "+918123456789", "+91 81234 56789", "India"),
        ("(506) 234-5678", "CA", "+15062345678", "+1 506-234-5678", "Canada"),
        ("06 12345678", "NL", "+31612345678", "+31 6 12345678", "Netherlands"),
        ("612 34 56 78", "ES", "+34612345678", "+34 612 34 56 78", "Spain"),
        ("(11) 96123-4567", "BR", "+5511961234567", "+55 11 96123-4567", "Brazil"),
        ("090-1234-5678", "JP", "+819012345678", "+81 90-1234-5678", "Japan"),
        ("010 44 20 7946 0018", "JP", "+442079460018", "+44 20 7946 0018", "United Kingdom"),
    ],
)
def test_other_forms_of_a_valid_number_are_offered_in_e164(text, region, e164, display, country):
    check = check_number(text, region)
    assert check.verdict is NumberVerdict.CORRECTED
    assert check.number == e164
    assert check.display == display
    assert check.country == country
    assert check.message == f"Did you mean {display}? ({country})"


def test_the_correction_prompt_reads_as_a_question_naming_the_country():
    check = check_number("(415) 555-0100", "US")
    assert check.message == "Did you mean +1 415-555-0100? (United States)"


@pytest.mark.parametrize(
    ("text", "region", "reason"),
    [
        ("John Smith", "US", "This is not a phone number. Type digits"),
        ("1-800-FLOWERS", "US", "not a phone number"),
        ("+1 415 555 01OO", "US", "not a phone number"),  # letter O for zero
        ("*123#", "US", "not a phone number"),
        ("123", "US", "too short for United States numbers — check for missing digits"),
        ("+1 415 555", "US", "too short for United States numbers"),
        ("+44", "US", "too short for United Kingdom numbers"),
        ("4155550100123", "US", "too long for United States numbers — check for extra digits"),
        ("+44 20 7946 00189", "US", "too long for United Kingdom numbers"),
        ("41555501001234567890123", "US", "too long"),
        ("06 12 34", "FR", "too short for France numbers"),
        # Lengths the plan allows, but digits missing or extra: not "no numbers start like this"
        ("030 12", "DE", "too short for Germany numbers"),
        ("0151 23", "DE", "too short for Germany numbers"),
        ("020 7946", "GB", "too short for United Kingdom numbers"),
        ("0049 151 2", "US", "too short for Germany numbers"),
        ("01512 345678901", "DE", "too long for Germany numbers"),
        ("+999 123 4567", "US", "+999 is not a country code. Check the digits after the +."),
        ("011 999 1234", "US", "999 is not a country code. Check the digits after the 011."),
        ("00999 1234", "GB", "999 is not a country code. Check the digits after the 00."),
        ("(123) 456-7890", "US", "No United States numbers start like this. Check the digits."),
        ("(123) 456-7890", "CA", "No Canada numbers start like this."),
        ("0112345", "GB", "No United Kingdom numbers start like this."),
        ("555-0100", "US", "local number without its area code: add the area code"),
        ("1234567", "ZZ", "Add the country code: start with +"),
        ("911", "US", "911 is an emergency number"),
        ("999", "GB", "999 is an emergency number"),
        ("112", "DE", "112 is an emergency number"),
        ("+1 415 555 0100 ext. 12", "US", "SMS cannot reach extension 12. Remove it to text +1"),
        ("tel:+44 20 7946 0018;ext=5", "GB", "SMS cannot reach extension 5"),
    ],
)
def test_unusable_numbers_are_refused_with_the_reason(text, region, reason):
    check = check_number(text, region)
    assert check.verdict is NumberVerdict.INVALID
    assert check.number is None  # Start Chat has nothing to start with
    assert reason in check.message


@pytest.mark.parametrize(
    ("text", "region", "warning"),
    [
        ("020 7946 0018", "GB", "This looks like a landline: SMS may not arrive. You can"),
        ("030 901820", "DE", "landline"),
        ("01 23 45 67 89", "FR", "landline"),
        ("(02) 1234 5678", "AU", "landline"),
        (_example("JP", PhoneNumberType.FIXED_LINE), "JP", "landline"),
        ("(800) 555-0100", "US", "This is a toll-free number: SMS may not arrive."),
        ("0800 123 4567", "GB", "toll-free"),
        ("(900) 234-5678", "US", "This is a premium-rate number"),
        ("0900 1234567", "DE", "premium-rate"),
        ("0901 234 5678", "GB", "premium-rate"),
        (_example("DE", PhoneNumberType.SHARED_COST), "DE", "shared-cost"),
        (_example("GB", PhoneNumberType.VOIP), "GB", "VoIP"),
        (_example("GB", PhoneNumberType.PAGER), "GB", "pager"),
        (_example("GB", PhoneNumberType.UAN), "GB", "UAN"),
        (_example("DE", PhoneNumberType.VOICEMAIL), "DE", "voicemail"),
    ],
)
def test_numbers_that_may_not_take_sms_are_kept_with_a_warning(text, region, warning):
    check = check_number(text, region)
    assert check.verdict in (NumberVerdict.VALID, NumberVerdict.CORRECTED)
    assert check.number is not None
    assert check.number.startswith("+")
    assert warning in check.warning


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("(415) 555-0100", "US"),  # FIXED_LINE_OR_MOBILE: no way to tell, so no warning
        ("(506) 234-5678", "CA"),
        ("07400 123456", "GB"),
        ("01512 3456789", "DE"),
        ("06 12 34 56 78", "FR"),
        ("0491 570 156", "AU"),
        ("+918123456789", "IN"),
    ],
)
def test_mobiles_get_no_warning(text, region):
    check = check_number(text, region)
    assert check.number is not None
    assert check.warning == ""


@pytest.mark.parametrize(
    ("text", "region", "country"),
    [
        ("72345", "US", "the United States"),
        ("33669", "US", "the United States"),
        ("22000", "US", "the United States"),
        ("61998", "GB", "the United Kingdom"),
        ("87654", "GB", "the United Kingdom"),
        ("3000", "FR", "France"),
        ("1234", "NL", "the Netherlands"),
    ],
)
def test_short_codes_are_kept_as_digits_without_a_plus(text, region, country):
    check = check_number(text, region)
    assert check.verdict is NumberVerdict.VALID
    assert check.is_short_code
    assert check.number == text
    assert check.display == text
    assert f"it works only within {country}, and only if your gateway" in check.warning


def test_a_short_code_typed_with_a_plus_is_not_a_short_code():
    check = check_number("+72345", "US")
    assert check.verdict is NumberVerdict.INVALID
    assert not check.is_short_code


def test_short_codes_are_only_checked_against_the_default_region():
    # 1234 is a Dutch short code; US short codes have five or six digits.
    assert check_number("1234", "NL").is_short_code
    us = check_number("1234", "US")
    assert us.verdict is NumberVerdict.INVALID
    assert "too short" in us.message


@pytest.mark.parametrize("text", ["", "   ", "\t", "tel:"])
def test_nothing_typed_is_empty_not_invalid(text):
    check = check_number(text, "US")
    assert check.verdict is NumberVerdict.EMPTY
    assert check.number is None
    assert check.message == ""


def test_display_is_the_international_format_even_for_the_home_region():
    check = check_number("(415) 555-0100", "US")
    assert check.display == "+1 415-555-0100"


def test_region_setting_is_case_insensitive():
    assert check_number("020 7946 0018", "gb") == check_number("020 7946 0018", "GB")
