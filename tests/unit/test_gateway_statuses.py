"""Twilio's terms: every status word Twilio's OpenAPI lists, mapped, and which are final."""

from __future__ import annotations

import pytest

from desktop.core.models import MessageStatus
from desktop.gateway.twilio_terms import TWILIO_TERMS

status_from_gateway = TWILIO_TERMS.status

# message_enum_status in twilio-oai spec/json/twilio_api_v2010.json, with what each becomes.
OPENAPI_STATUSES = {
    "queued": MessageStatus.SENT,
    "sending": MessageStatus.SENT,
    "sent": MessageStatus.SENT,
    "failed": MessageStatus.FAILED,
    "delivered": MessageStatus.DELIVERED,
    "undelivered": MessageStatus.FAILED,
    "receiving": MessageStatus.RECEIVED,
    "received": MessageStatus.RECEIVED,
    "accepted": MessageStatus.SENT,
    "scheduled": MessageStatus.SENT,
    "read": MessageStatus.DELIVERED,
    "partially_delivered": MessageStatus.DELIVERED,
    "canceled": MessageStatus.FAILED,
}
# The words after which Twilio reports nothing new for an outbound message.
FINAL = {"failed", "delivered", "undelivered", "read", "partially_delivered", "canceled"}


@pytest.mark.parametrize(("word", "ours"), sorted(OPENAPI_STATUSES.items()))
def test_every_status_word_of_the_openapi_is_mapped(word: str, ours: MessageStatus) -> None:
    assert status_from_gateway(word) is ours
    assert status_from_gateway(word.upper()) is ours


@pytest.mark.parametrize("word", sorted(FINAL))
def test_final_words_end_the_following(word: str) -> None:
    assert status_from_gateway(word).is_final


@pytest.mark.parametrize("word", ["queued", "sending", "sent", "accepted", "scheduled"])
def test_words_on_the_way_keep_it_followed(word: str) -> None:
    assert not status_from_gateway(word).is_final


def test_an_unknown_word_counts_as_sent() -> None:
    assert status_from_gateway("teleported") is MessageStatus.SENT
