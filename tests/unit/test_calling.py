"""Call: tel: by default, a URI template, or a command line (never through a shell), and
only a number that can be dialled — a valid E.164 number or a region's short code — put in
as exactly one argument, never as received from an inbound sender."""

import pytest

from desktop.core.calling import (
    CallTarget,
    CallTemplateError,
    CannotCall,
    call_target,
    check_call_template,
    dialable,
)

N = "+14155550134"


@pytest.mark.parametrize(
    ("template", "target"),
    [
        ("", CallTarget(url="tel:+14155550134")),
        ("callto:{number}", CallTarget(url="callto:+14155550134")),
        ("sip:{number}@pbx.example.com", CallTarget(url="sip:+14155550134@pbx.example.com")),
        ("3cxphone --dial {number}", CallTarget(command=("3cxphone", "--dial", N))),
        ("'/opt/My Phone/phone' -c {number}", CallTarget(command=("/opt/My Phone/phone", "-c", N))),
        ("dial {number}; rm -rf /", CallTarget(command=("dial", f"{N};", "rm", "-rf", "/"))),
        ("phone --to={number}", CallTarget(command=("phone", f"--to={N}"))),
    ],
)
def test_call_targets(template, target):
    assert call_target(N, template) == target


@pytest.mark.parametrize(
    "template", ["callto:", "phone --dial", "phone '{number}", "{number} --call", "'{number}x' a"]
)
def test_unusable_templates_say_how_to_fix_them(template):
    with pytest.raises(CallTemplateError, match=r"\{number\}|quotes|program"):
        call_target(N, template)
    with pytest.raises(CallTemplateError):
        check_call_template(template)


# What inbound senders have been seen to carry, and what Call must never dial as it is.
HOSTILE_SENDERS = [
    "sip:a@evil.io;x=@pbx",
    "a@evil.io;transport=tcp",
    "--help",
    "-c",
    "+1 415 555 0134; rm -rf /",
    "+14155550134@evil.io",
    "+14155550134 --help",
    "ACME",
    "$(reboot)",
    "{number}",
    "+10000000000",  # possible, not valid
    "",
]


@pytest.mark.parametrize("sender", HOSTILE_SENDERS)
@pytest.mark.parametrize(
    "template", ["", "callto:{number}", "sip:{number}@pbx.example.com", "phone --dial {number}"]
)
def test_a_sender_that_is_not_a_dialable_number_is_never_dialled(sender, template):
    with pytest.raises(CannotCall) as refused:
        call_target(sender, template)
    assert "cannot be called" in str(refused.value) or "does not dial" in str(refused.value)


def test_a_sender_name_says_it_cannot_be_called_and_what_to_do():
    with pytest.raises(CannotCall) as refused:
        dialable("ACME")
    assert str(refused.value) == (
        "“ACME” is a sender name, not a phone number: it cannot be called, and carriers don't "
        "deliver replies to it. Contact the sender another way."
    )


@pytest.mark.parametrize(
    ("code", "region", "result"),
    [
        ("87654", "GB", "87654"),  # a valid UK short code
        ("2222", "US", "2222"),
        ("12345", "US", None),  # not a short code of the region
        ("911", "US", None),  # an emergency number: never from here
        ("112", "GB", None),
    ],
)
def test_a_short_code_is_dialled_only_where_it_is_valid(code, region, result):
    if result is None:
        with pytest.raises(CannotCall):
            dialable(code, region)
    else:
        assert dialable(code, region) == result
        assert call_target(code, "phone --dial {number}", region).command == (
            "phone",
            "--dial",
            result,
        )


@pytest.mark.parametrize("number", ["+14155550134", "+442071838750", "+33612345678"])
def test_the_number_is_one_argument_that_never_starts_with_a_dash(number):
    target = call_target(number, "phone --dial {number} --now")
    assert target.command == ("phone", "--dial", number, "--now")
    assert not target.command[2].startswith("-")
    assert target.command.count(number) == 1
