"""describe_error: gateway error codes as sentences office staff can act on."""

from __future__ import annotations

import pytest

from desktop.gateway.errors import (
    FALLBACK_LIMIT,
    RETRY_LATER_CODES,
    describe_error,
    describe_refusal,
    is_retry_later,
    known_codes,
)

REQUIRED_CODES = [
    14107, 20003, 20429, 21211, 21408, 21602, 21606, 21610, 21611, 21612, 21614, 21617,
    30001, 30002, 30003, 30004, 30005, 30006, 30007, 30008, 30022, 30034,
]  # fmt: skip


@pytest.mark.parametrize("code", REQUIRED_CODES)
def test_every_common_code_has_its_own_sentence(code: int) -> None:
    sentence = describe_error(code, "raw gateway text")
    assert code in known_codes()
    assert "raw gateway text" not in sentence
    assert f"error {code}" not in sentence
    assert sentence[0].isupper()
    assert sentence.endswith(".")
    # One or two sentences: what happened, then what to do.
    assert 1 <= sentence.count(". ") + 1 <= 2


def test_stop_opt_out_says_the_recipient_must_text_start() -> None:
    assert describe_error(21610) == (
        "The recipient replied STOP to opt out of messages from this number. "
        "They must text START before you can message them again."
    )


def test_known_code_sentences_are_distinct_where_the_meaning_differs() -> None:
    sentences = {describe_error(code) for code in REQUIRED_CODES}
    assert len(sentences) == len(REQUIRED_CODES)


def test_unknown_code_shows_gateway_text_with_the_code() -> None:
    assert describe_error(99999, "  Something odd happened.  ") == (
        "Something odd happened. (error 99999)"
    )


def test_unknown_code_fallback_is_capped_and_kept_on_one_line() -> None:
    text = describe_error(99999, "line one\nline two\x1b[31m " + "x" * 500)
    message, suffix = text.rsplit(" (error 99999)", 1)
    assert suffix == ""
    assert len(message) <= FALLBACK_LIMIT
    assert message.startswith("line one line two [31m")
    assert message.endswith("…")
    assert "\n" not in text
    assert "\x1b" not in text


def test_unknown_code_without_text_still_names_the_code() -> None:
    text = describe_error(99999)
    assert "error 99999" in text
    assert text.endswith(".")


def test_no_code_uses_the_gateway_text_alone() -> None:
    assert describe_error(None, "Queue is full.") == "Queue is full."


@pytest.mark.parametrize("fallback", [None, "", "   \n "])
def test_no_code_and_no_text_gives_a_generic_sentence(fallback: str | None) -> None:
    text = describe_error(None, fallback)
    assert text.startswith("The SMS gateway reported a problem")
    assert text.endswith(".")


# -- "try again later" ------------------------------------------------------------------------


@pytest.mark.parametrize("code", [14107, 20429, 21611, 30001, 30022])
def test_codes_twilio_documents_as_try_again_later_are_retried(code: int) -> None:
    assert is_retry_later(code)


@pytest.mark.parametrize("code", [None, 21211, 21610, 21617, 30003, 30007, 99999])
def test_other_codes_are_not_retried(code: int | None) -> None:
    assert not is_retry_later(code)


def test_every_retry_later_code_has_its_own_sentence() -> None:
    assert RETRY_LATER_CODES.issubset(known_codes())


def test_a_message_cancelled_at_the_gateway_says_so() -> None:
    text = describe_error(None, None, status="canceled")
    assert text.startswith("The message was cancelled at the SMS gateway")
    assert describe_error(30003, None, status="canceled") == describe_error(30003)
    assert describe_error(None, None, status="failed").startswith("The SMS gateway reported")


# -- HTTP 4xx answers that are not the gateway API's ---------------------------------------------


def test_a_refused_message_too_large_says_what_to_shorten() -> None:
    text = describe_refusal(413, "api.example.com", this_message=True)
    assert "too large (HTTP 413)" in text
    assert "was not sent" in text
    assert "Retry" in text


@pytest.mark.parametrize("status", [400, 403, 422])
def test_a_refused_message_names_the_status_and_the_way_to_check(status: int) -> None:
    text = describe_refusal(status, "api.example.com", this_message=True)
    assert f"(HTTP {status})" in text
    assert "was not sent" in text
    assert "proxy" in text
    assert text.endswith(".")


def test_every_request_refused_says_messages_wait() -> None:
    text = describe_refusal(400, "api.example.com")
    assert "at api.example.com refuses" in text
    assert "messages wait until it works" in text
    assert describe_refusal(400).startswith("The SMS gateway refuses")
