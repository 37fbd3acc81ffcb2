"""sms: and smsto: links open a prefilled new conversation."""

import pytest

from desktop.core.links import SmsLink, is_sms_link, parse_sms_link


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("sms:+14155550134", SmsLink("+14155550134")),
        ("SMS:+14155550134?body=Hello%20there", SmsLink("+14155550134", "Hello there")),
        ("sms://+14155550134?body=Hi", SmsLink("+14155550134", "Hi")),
        ("sms:%2B14155550134", SmsLink("+14155550134")),
        ("sms:+14155550134,+12025550173?body=Both", SmsLink("+14155550134", "Both")),
        ("sms:+14155550134;phone-context=x", SmsLink("+14155550134")),
        ("smsto:+14155550134:See you at 4", SmsLink("+14155550134", "See you at 4")),
        ("sms:(415)%20555-0134", SmsLink("(415) 555-0134")),
        ("sms:?body=no number", SmsLink("", "no number")),
    ],
)
def test_parse(link, expected):
    assert is_sms_link(link)
    assert parse_sms_link(link) == expected


@pytest.mark.parametrize("text", ["tel:+14155550134", "https://example.com", "+14155550134", ""])
def test_not_sms_links(text):
    assert not is_sms_link(text)
    assert parse_sms_link(text) is None
