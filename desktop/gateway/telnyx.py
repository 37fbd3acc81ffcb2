"""The Telnyx Messaging API v2 adapter, over ``requests``.

What Telnyx offers a desk, by its OpenAPI description: ``POST /v2/messages`` to send (from a
number, or a sender ID or number pool with a messaging profile) and ``GET /v2/messages/{id}``
for one message (kept 10 days). What it does not: a list of messages. So

* ``fetch_inbound`` returns nothing: Telnyx delivers inbound SMS only by webhook, which a
  desk behind the office's router cannot receive; they come through an SMS Desk relay.
* ``find_outbound`` can never prove that a message whose answer was lost did *not* reach
  Telnyx, so it raises ``LookupUnavailable`` every time: the sync engine keeps the message
  "maybe sent" while a relay may match Telnyx's event to it, then sets it aside for the
  user; it never sends it again on its own (see ``find_outbound``).

TelnyxGateway (here) is the API's calls; reading its JSON is ``telnyx_parse``, the HTTP and
the errors ``telnyx_http``, the status words and codes ``telnyx_terms``.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from desktop.core.i18n import translate
from desktop.core.media import check_size, check_type
from desktop.gateway.address import check_base_url, is_loopback
from desktop.gateway.base import (
    AccountInfo,
    AuthenticationFailed,
    GatewayError,
    GatewayMessage,
    GatewayServerError,
    InboundMessages,
    LookupUnavailable,
    MediaInfo,
    MessageNotFound,
)
from desktop.gateway.telnyx_http import AUTH_SENTENCE, TelnyxHttp
from desktop.gateway.telnyx_parse import parse_message
from desktop.gateway.telnyx_terms import TELNYX_TERMS
from desktop.gateway.terms import CarrierTerms

log = logging.getLogger("smsdesk.gateway")

DEFAULT_BASE_URL = "https://api.telnyx.com"


class TelnyxGateway:
    """Telnyx over HTTPS. Blocking: use it from the worker thread, one thread at a time.

    Attributes:
        desk_number: the desk's number (the number customers text).
        terms: what Telnyx's status words and error codes mean.
    """

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str = DEFAULT_BASE_URL,
        sender: str | None = None,
        messaging_profile_id: str | None = None,
        desk_number: str | None = None,
        webhook_url: str | None = None,
        timeout: tuple[float, float] = (3.05, 15.0),
        session: requests.Session | None = None,
        terms: CarrierTerms = TELNYX_TERMS,
    ) -> None:
        """Set up the adapter; nothing goes over the network until the first call.

        Args:
            api_key: the API key (a Bearer token). Never logged or shown.
            base_url: the API's origin; plain http only for this machine (tests).
            sender: the ``from`` of every message: the desk's number in E.164, or an
                alphanumeric sender ID (then ``messaging_profile_id`` is required).
            messaging_profile_id: the messaging profile to send through (a number pool
                when there is no ``sender``).
            desk_number: the number customers text; ``sender`` when that is a number.
            webhook_url: where Telnyx reports this desk's messages (an SMS Desk relay);
                None: the messaging profile's own webhooks, if any.
            timeout: (connect, read) seconds for every request.
            session: a session to use (and not close); a new one by default.
            terms: what Telnyx's status words and error codes mean.

        Raises:
            ValueError: no API key, no sender and no profile, or no desk number.
            InsecureGatewayURL: plain http to a host that is not this machine.
            GatewayError: the address is not a web address at all.
        """
        if not api_key:
            raise ValueError("api_key is required")
        if not sender and not messaging_profile_id:
            raise ValueError("one of sender or messaging_profile_id is required")
        desk_number = desk_number or (sender if sender and sender.startswith("+") else None)
        if not desk_number:
            raise ValueError("desk_number is required without a sending number")
        self.base_url = check_base_url(base_url)
        self.terms = terms
        self.desk_number = desk_number
        self._sender = sender
        self._profile = messaging_profile_id
        self._webhook_url = webhook_url
        self._http = TelnyxHttp(
            base_url=self.base_url, api_key=api_key, timeout=timeout, session=session, terms=terms
        )

    def message_request(self, to: str, body: str, media_urls: Sequence[str] = ()) -> dict[str, Any]:
        """The JSON body of ``POST /v2/messages`` (``CreateMessageRequest``) for one message.

        ``text`` is left out of a picture-only MMS (Telnyx wants it non-empty when given);
        ``type`` says MMS whenever there are pictures.
        """
        request: dict[str, Any] = {"to": to}
        if self._sender:
            request["from"] = self._sender
        if self._profile:
            request["messaging_profile_id"] = self._profile
        if body or not media_urls:
            request["text"] = body
        if media_urls:
            request["media_urls"] = list(media_urls)
            request["type"] = "MMS"
        if self._webhook_url:
            request["webhook_url"] = self._webhook_url
        return request

    @property
    def delivers_by_webhook(self) -> bool:
        """Whether Telnyx posts this desk's news to the team's relay (a webhook URL is named
        on each send): the sync engine then checks statuses only as a fallback."""
        return bool(self._webhook_url)

    # -- the Gateway protocol ------------------------------------------------------------

    def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> GatewayMessage:
        """Send ``body`` (and pictures at public ``media_urls``) to ``to`` (E.164).

        Returns:
            The message as Telnyx accepted it, usually "queued".

        Raises:
            GatewayError: see ``base`` for the kinds and their flags.
        """
        data = self._http.request(
            "POST", "/v2/messages", body=self.message_request(to, body, media_urls)
        )
        return parse_message(data)

    def fetch_message(self, sid: str) -> GatewayMessage:
        """One message as it is now (``GET /v2/messages/{id}``; Telnyx keeps 10 days).

        Raises:
            MessageNotFound: Telnyx has no message with that id.
            GatewayError: as for every call.
        """
        path = f"/v2/messages/{quote(sid, safe='')}"
        return parse_message(self._http.request("GET", path, not_found="message"))

    def fetch_inbound(self, since: datetime, known: Container[str] = ()) -> InboundMessages:
        """Nothing: Telnyx has no list of received messages to poll; they arrive by webhook,
        through an SMS Desk relay (the settings dialog says so under Telnyx)."""
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        return InboundMessages()

    def find_outbound(self, to: str, since: datetime) -> list[GatewayMessage]:
        """Say that Telnyx cannot be asked whether a message whose answer was lost arrived.

        Telnyx's API lists no messages (its OpenAPI has ``POST /v2/messages`` and ``GET
        /v2/messages/{id}``, no list), and its detail-record reports come minutes late, so
        "not there" can never be proved; and ``POST /v2/messages`` declares no idempotency
        key that would make sending again harmless. Returning an empty list would let the
        engine send the message again once its grace has passed: a second SMS whenever
        the first had in fact gone. So this always raises LookupUnavailable: the message
        stays "maybe sent" while a relay may match Telnyx's ``message.sent`` event to it
        (``Outbox.adopt_lost``), and is then set aside for the user to decide, with this
        sentence. SMS Desk never sends it again on its own.

        Raises:
            ValueError: ``since`` is naive.
            LookupUnavailable: always.
        """
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        raise LookupUnavailable(
            translate(
                "Telnyx",
                "SMS Desk cannot tell whether this SMS reached Telnyx: the connection dropped "
                "before Telnyx answered. Check that the recipient got it, then Retry or "
                "Discard.",
            )
        )

    def list_media(self, sid: str) -> list[MediaInfo]:
        """No pictures to list: Telnyx names an inbound MMS's pictures in its webhook."""
        return []

    def download_media(self, url: str, max_bytes: int) -> tuple[str, bytes]:
        """Fetch one picture of an inbound MMS (a public https address Telnyx gave).

        The API key goes only to the API's own origin; redirects are not followed; plain
        http only on this machine.

        Raises:
            PictureRefused: not an accepted image type, or too large.
            GatewayError: the address or the fetch failed (the address is never quoted).
        """
        split = urlsplit(url)
        secure = split.scheme == "https" or (
            split.scheme == "http" and is_loopback(split.hostname or "")
        )
        if not secure or not split.hostname:
            raise GatewayError(
                translate(
                    "Telnyx", "A picture's address is not a secure web address; it was not fetched."
                )
            )
        verify: bool | str = (
            self._http.session.verify if isinstance(self._http.session.verify, str) else True
        )
        try:
            response = self._http.session.get(
                url,
                headers=self._http.headers(url),
                timeout=self._http.timeout,
                verify=verify,
                proxies=self._http.proxies_for(url),
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self._http.transport_error(exc) from exc
        with response:
            if response.status_code in (401, 403) and self._http.is_ours(url):
                raise AuthenticationFailed(translate("Telnyx", AUTH_SENTENCE))
            if response.status_code == 404:
                raise MessageNotFound(translate("Telnyx", "Telnyx no longer has this picture."))
            if response.status_code >= 300:
                raise GatewayServerError(
                    translate(
                        "Telnyx",
                        "A picture could not be fetched (HTTP {status}). SMS Desk will try again.",
                    ).format(status=response.status_code)
                )
            content_type = response.headers.get("Content-Type", "")
            check_type(content_type)
            declared = response.headers.get("Content-Length", "")
            if declared.isdigit():
                check_size(int(declared), max_bytes)
            data = bytearray()
            try:
                for chunk in response.iter_content(64 * 1024):
                    data.extend(chunk)
                    if len(data) > max_bytes:
                        check_size(len(data), max_bytes)
            except requests.RequestException as exc:
                raise self._http.transport_error(exc) from exc
        return content_type, bytes(data)

    def check(self) -> AccountInfo:
        """Prove that Telnyx answers and takes the key, and that the sender is there.

        With a messaging profile: ``GET /v2/messaging_profiles/{id}`` (refused if it is
        disabled). Otherwise: ``GET /v2/phone_numbers?filter[phone_number]=…`` for the From
        number (refused if the account has no such number).

        Raises:
            GatewayError: what is wrong, in a sentence.
        """
        if self._profile:
            try:
                profile = self._http.request(
                    "GET", f"/v2/messaging_profiles/{quote(self._profile, safe='')}"
                )
            except MessageNotFound:
                raise GatewayError(
                    translate(
                        "Telnyx",
                        "Telnyx has no messaging profile with this ID on the account. Check "
                        "the Messaging profile ID in Settings.",
                    )
                ) from None
            name = str(profile.get("name") or self._profile)
            if profile.get("enabled") is False:
                raise GatewayError(
                    translate(
                        "Telnyx",
                        "The messaging profile “{name}” is disabled at Telnyx, so nothing can "
                        "be sent through it. Enable it in the Telnyx portal.",
                    ).format(name=name)
                )
            return AccountInfo(
                account_sid=str(profile.get("id") or ""), friendly_name=name, status="active"
            )
        number = self._sender or self.desk_number
        found = self._http.request_list(
            "/v2/phone_numbers", {"filter[phone_number]": number, "page[size]": "1"}
        )
        if not found:
            raise GatewayError(
                translate(
                    "Telnyx",
                    "The API key works, but the Telnyx account has no number {number}. Check "
                    "the From number in Settings.",
                ).format(number=number)
            )
        record = found[0]
        return AccountInfo(
            account_sid=str(record.get("id") or ""),
            friendly_name=str(record.get("phone_number") or number),
            status=str(record.get("status") or "active"),
        )

    @property
    def timeout(self) -> tuple[float, float]:
        """The (connect, read) timeout of every request, in seconds (the engine's grace for
        an in-flight message is derived from it)."""
        return self._http.timeout

    def close(self) -> None:
        """Release the connection pool (a session passed in is left to its owner)."""
        self._http.close()

    def __enter__(self) -> TelnyxGateway:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
