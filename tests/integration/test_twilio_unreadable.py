"""An unreadable entry in the gateway's list no longer fails the whole poll (fetch_inbound),
while the look-up that decides whether to send again stays strict.

Canned answers through a requests transport adapter (see test_twilio_adapter.py): a real
gateway's malformed entries, which the demo gateway's own rows never are.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests

from desktop.gateway.base import InboundMessages, MalformedResponse
from tests.integration.test_twilio_adapter import NOW_RFC, SINCE, api_message, canned_gateway


def page_of(*entries: Any) -> Any:
    def answer(_request: requests.PreparedRequest) -> Any:
        return 200, {"messages": list(entries), "next_page_uri": None}, None

    return answer


def test_fetch_inbound_returns_the_readable_messages_and_the_unreadable_entries() -> None:
    no_date = api_message("SM2", NOW_RFC, body="half an emoji \ud83d")
    del no_date["date_created"]
    no_date.update(account_sid="AC" + "1" * 32, uri="/2010-04-01/Accounts/AC1/Messages/SM2")
    gw, _adapter = canned_gateway(
        page_of(
            api_message("SM1", NOW_RFC),
            no_date,
            api_message("SM3", NOW_RFC, direction="sideways"),
            api_message("SM4", NOW_RFC, date_sent="not a date"),
            "not a record at all",
            # An outbound entry that can't be read is not the poll's business.
            api_message("SM5", "garbage", direction="outbound-api"),
            api_message("SM6", NOW_RFC, body="also fine"),
        )
    )

    messages = gw.fetch_inbound(SINCE)

    assert isinstance(messages, InboundMessages)
    assert [m.sid for m in messages] == ["SM6", "SM1"]  # oldest first, as before
    reasons = {entry.sid: entry.reason for entry in messages.unreadable}
    assert reasons == {
        "SM2": "The gateway's record has no date_created.",
        "SM3": "The gateway's record has an unknown direction ('sideways').",
        "SM4": "The gateway's record has a date_sent that is not a date.",
        None: "The gateway's entry is not a message record.",
    }
    (kept,) = [entry for entry in messages.unreadable if entry.sid == "SM2"]
    assert kept.raw.isascii()  # storable anywhere: the lone surrogate is escaped
    fields = json.loads(kept.raw)
    assert fields["body"] == "half an emoji \ud83d"  # as the gateway gave it
    assert "account_sid" not in fields  # half of the credentials is not kept
    assert "uri" not in fields


def test_a_page_that_is_not_a_list_of_messages_still_fails_the_poll() -> None:
    gw, _adapter = canned_gateway(lambda _r: (200, {"messages": "nope"}, None))
    with pytest.raises(MalformedResponse):
        gw.fetch_inbound(SINCE)


def test_the_look_up_before_a_resend_stays_strict() -> None:
    # An entry it can't read must fail the look-up, never count as "not there" (which
    # would send the message a second time).
    bad = api_message("SM9", NOW_RFC, direction="outbound-api")
    del bad["date_created"]
    gw, _adapter = canned_gateway(
        page_of(api_message("SM8", NOW_RFC, direction="outbound-api"), bad)
    )

    with pytest.raises(MalformedResponse):
        gw.find_outbound("+14155550134", SINCE)
