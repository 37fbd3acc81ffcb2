"""The Twilio Programmable Messaging adapter (REST API 2010-04-01), over ``requests``.

SignalWire's compatibility API and the embedded demo gateway speak the same dialect, so this
one adapter serves all three. Every failure becomes a GatewayError from ``base`` whose text is
ours, never the library's, and never carries the auth token; which error a refused request
raises, and what its status words mean, its ``CarrierTerms`` say (``twilio_terms``).

TwilioGateway (here) is the API's calls; reading its JSON is ``twilio_parse``, the HTTP
(requests, answers, errors, redirects) ``twilio_http``.
"""

from __future__ import annotations

import logging
from collections.abc import Container, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit

import requests

from desktop.core.i18n import translate
from desktop.core.media import check_size, check_type
from desktop.core.models import Direction
from desktop.gateway.address import InsecureGatewayURL, check_base_url
from desktop.gateway.base import (
    AccountInfo,
    AuthenticationFailed,
    GatewayError,
    GatewayMessage,
    GatewayServerError,
    InboundMessages,
    LookupIncomplete,
    MediaInfo,
    MessageNotFound,
    UnreadableRecord,
)
from desktop.gateway.terms import CarrierTerms
from desktop.gateway.twilio_http import AUTH_SENTENCE, TwilioHttp
from desktop.gateway.twilio_parse import message_date, parse_message, read_entries
from desktop.gateway.twilio_terms import TWILIO_TERMS

log = logging.getLogger("smsdesk.gateway")

# What other modules (and tests) import from here: the address rules live in ``address``.
__all__ = ["InsecureGatewayURL", "TwilioGateway", "check_base_url"]


class TwilioGateway:
    """A Twilio-compatible SMS gateway over HTTPS. Blocking: use it from the worker thread.

    One instance is used by one thread at a time (a ``requests.Session`` is not meant to be
    shared across threads).

    Attributes:
        desk_number: the desk's number; inbound messages are those sent to it.
        terms: what its status words and error codes mean (Twilio's by default).
        base_url: the API's origin (and path prefix, for SignalWire), without a trailing slash.
        account_sid: the account whose messages are read and written.
        MAX_PAGES: the most list pages one fetch_inbound follows (a guard against a gateway
            that pages forever).
        LOOKUP_MAX_PAGES: the most list pages one find_outbound reads (at the default 200 a
            page, 20,000 messages to one number since the attempt began) before it gives up
            and says it could not tell.
        FIRST_PAGE_SIZE: messages on the first page a poll reads (see fetch_inbound).
        MAX_REDIRECTS: the most redirects a picture's download follows.
    """

    MAX_PAGES = 1000
    LOOKUP_MAX_PAGES = 100
    FIRST_PAGE_SIZE = 50
    MAX_REDIRECTS = 3

    def __init__(
        self,
        *,
        account_sid: str,
        auth_token: str,
        base_url: str = "https://api.twilio.com",
        from_number: str | None = None,
        messaging_service_sid: str | None = None,
        desk_number: str | None = None,
        timeout: tuple[float, float] = (3.05, 15.0),
        page_size: int = 200,
        session: requests.Session | None = None,
        terms: CarrierTerms = TWILIO_TERMS,
        status_callback: str | None = None,
    ) -> None:
        """Set up the adapter; nothing goes over the network until the first call.

        Args:
            account_sid: the Account SID ("AC…"), the Basic-auth user name.
            auth_token: the auth token, the Basic-auth password. Never logged or shown.
            base_url: the API's origin; plain http is accepted only for loopback hosts.
            from_number: the desk's sending number in E.164.
            messaging_service_sid: a Messaging Service ("MG…") to send through instead.
            desk_number: the number inbound messages are addressed to; defaults to
                ``from_number`` and is required with a messaging service.
            timeout: (connect, read) seconds for every request.
            page_size: messages per list page when fetching inbound messages (1-1000).
            session: a session to use (and not close); a new one by default.
            terms: what the carrier's status words and error codes mean.
            status_callback: where the carrier posts the statuses of what is sent (the
                team's relay), or None: they are asked for (``fetch_message``).

        Raises:
            ValueError: no sender, no desk number, or missing credentials.
            InsecureGatewayURL: plain http to a host that is not this machine.
            GatewayError: the address is not a web address at all.
        """
        if not account_sid or not auth_token:
            raise ValueError("account_sid and auth_token are required")
        if not from_number and not messaging_service_sid:
            raise ValueError("one of from_number or messaging_service_sid is required")
        desk_number = desk_number or from_number
        if not desk_number:
            raise ValueError("desk_number is required when sending through a messaging service")
        self.base_url = check_base_url(base_url)
        self.terms = terms
        self.account_sid = account_sid
        self.desk_number = desk_number
        self._from_number = from_number
        self._messaging_service_sid = messaging_service_sid
        self.status_callback = status_callback
        self._page_size = max(1, min(int(page_size), 1000))
        self._http = TwilioHttp(
            base_url=self.base_url,
            account_sid=account_sid,
            auth_token=auth_token,
            timeout=timeout,
            session=session,
            terms=terms,
        )

    # -- the Gateway protocol ------------------------------------------------------------

    @property
    def delivers_by_webhook(self) -> bool:
        """Whether the carrier posts this desk's news to the team's relay (a status callback
        is named): the sync engine then polls only as a fallback."""
        return bool(self.status_callback)

    def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> GatewayMessage:
        """Send ``body`` to ``to`` (E.164) and return the message as the gateway accepted it.

        Args:
            to: the recipient in E.164.
            body: the text (the gateway refuses more than 1,600 characters).
            media_urls: public addresses of pictures to send with it (an MMS).

        Returns:
            The accepted message, usually with status "queued".

        Raises:
            GatewayError: see the module docstring of ``base`` for the kinds and their flags.
        """
        sender = (
            ("MessagingServiceSid", self._messaging_service_sid)
            if self._messaging_service_sid
            else ("From", self._from_number or self.desk_number)
        )
        # MediaUrl repeats once per picture: a list of pairs keeps every one.
        pairs = [("To", to), ("Body", body), *(("MediaUrl", url) for url in media_urls), sender]
        if self.status_callback:
            pairs.append(("StatusCallback", self.status_callback))
        data = self._http.request("POST", self._http.url("/Messages.json"), data=pairs)
        return parse_message(data)

    def fetch_inbound(self, since: datetime, known: Container[str] = ()) -> InboundMessages:
        """Return the messages sent to the desk number at or after ``since``, oldest first.

        The API filters by date only and lists newest first, so this asks for everything
        sent on or after the date of ``since`` and stops paging at the first page that
        reaches older messages. ``since`` is compared at whole seconds, the API's precision.
        The first page is small (``FIRST_PAGE_SIZE``): most polls find nothing new, and a
        page costs its full size to send and read. When it holds only new messages, the
        list is read again in pages of ``page_size``, so a burst takes few requests.

        With ``known`` (a quick re-read: the sids the caller stored already), paging also
        stops after a page whose every entry is a known message: the rest of the window,
        older still, was listed before. A message the carrier listed late below such a
        page is left to the caller's next whole re-read (without ``known``). Without this,
        each quick re-read within seconds of a 10,000-message burst read all of it again.

        Args:
            since: an aware datetime; the watermark of the previous poll (minus an overlap).
            known: sids whose page may end the listing (see above); none by default.

        An entry of a page that cannot be read (no date, an unknown direction...) does not
        fail the poll: it is returned in ``unreadable`` (see ``_read_page``), so the caller
        can set it aside while every other message flows.

        Returns:
            The inbound messages, oldest first (within one second, the reverse of the
            gateway's newest-first order), and in ``unreadable`` the entries of the pages
            read that could not be read.

        Raises:
            ValueError: ``since`` is naive.
            GatewayError: as for every call (also a page that is not a list of messages).
        """
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        # The API's dates have whole seconds: a message at 10:00:00.700 is reported as
        # 10:00:00, so comparing against 10:00:00.500 would lose it.
        since = since.astimezone(UTC).replace(microsecond=0)
        page_size = min(self.FIRST_PAGE_SIZE, self._page_size)
        filters = {
            "To": self.desk_number,
            # requests encodes this key as "DateSent%3E", which with "=" reads DateSent>=.
            "DateSent>": since.date().isoformat(),
        }
        params: dict[str, str] | None = {**filters, "PageSize": str(page_size)}
        url: str | None = self._http.url("/Messages.json")
        newest_first: list[GatewayMessage] = []
        unreadable: list[UnreadableRecord] = []
        seen_urls: set[str] = set()
        listed_at: datetime | None = None
        for page_number in range(self.MAX_PAGES):
            if url is None:
                break
            seen_urls.add(url)
            page = self._http.request("GET", url, params=params)
            if page_number == 0:  # (the list's first answer: when it began)
                listed_at = self._http.answered_at
            messages, unread = self._read_page(page)
            unreadable += unread
            reached_older = False
            all_known = bool(messages) and not unread
            for message in messages:
                if message_date(message) < since:
                    reached_older = True
                elif message.direction is Direction.INBOUND:
                    newest_first.append(message)
                all_known = all_known and message.sid in known
            if reached_older or all_known:
                break
            url = self._http.next_page_url(page.get("next_page_uri"))
            full = len(messages) + len(unread) >= page_size
            if url is not None and page_size < self._page_size and full:
                # A burst: a full first page of new messages. A next-page address keeps its
                # page size, so read the list again from the start in the largest pages.
                page_size = self._page_size
                params = {**filters, "PageSize": str(page_size)}
                url = self._http.url("/Messages.json")
                newest_first, unreadable, seen_urls = [], [], set()
                continue
            params = None  # the next page's address carries every filter
            if url in seen_urls:
                log.warning("The gateway's next page points back at a page already read")
                listed_at = None  # (not the whole list: the next poll reads it all again)
                break
        else:
            log.warning("Stopped after %d pages of inbound messages", self.MAX_PAGES)
            listed_at = None
        oldest_first = newest_first[::-1]
        # Stable: messages within one second keep the gateway's order, reversed.
        oldest_first.sort(key=message_date)
        return InboundMessages(oldest_first, unreadable, listed_at=listed_at)

    def fetch_message(self, sid: str) -> GatewayMessage:
        """Return one message as it is now (its status, error code and dates).

        Raises:
            MessageNotFound: the gateway has no message with that sid.
            GatewayError: as for every call.
        """
        url = self._http.url(f"/Messages/{quote(sid, safe='')}.json")
        return parse_message(self._http.request("GET", url, not_found="message"))

    def find_outbound(self, to: str, since: datetime) -> list[GatewayMessage]:
        """Return every outbound message to ``to`` created at or after ``since``, newest first.

        What Twilio documents for the Messages list (its OpenAPI, ListMessage): the filters
        ``To``, ``From``, ``DateSent`` (``DateSent<``, ``DateSent>``: whole GMT dates), pages
        of up to 1,000 linked by ``next_page_uri``, and results sorted by DateSent, most
        recent first. So this asks for ``To`` alone: no ``From`` (a Messaging Service sends
        from a pool number, or ``from`` is still null while the message is accepted or
        queued) and no ``DateSent`` (a queued message has no date_sent, so any DateSent
        filter leaves out exactly the message being looked for).

        Paging stops at the first message *sent* before ``since``: in DateSent order every
        message after it was sent earlier still, and a message is created before it is sent,
        so none of them can be one created at or after ``since``. A message not yet sent
        (no date_sent) never stops the paging. Twilio does not document where it lists
        those: this relies on their coming before any message sent before ``since``, as
        they do if listed as the newest or by creation date (as the demo gateway lists);
        were they listed last, a look-up could miss one still queued. Paging also ends at
        the list's last page. Anything else (more than ``LOOKUP_MAX_PAGES`` pages, a next
        page on another host or one already read) raises LookupIncomplete: a look-up that
        did not reach ``since`` proves nothing, and the message must not be sent again on
        its strength. Every record is read strictly (an unreadable one raises
        MalformedResponse): a record skipped here could be the one looked for.

        Args:
            to: the recipient in E.164.
            since: an aware datetime: when the attempt began, minus a clock tolerance.

        Returns:
            The outbound messages to ``to`` created at or after ``since`` (by the API's whole
            seconds), from any sender, newest first.

        Raises:
            ValueError: ``since`` is naive.
            LookupIncomplete: the list could not be read back to ``since``.
            GatewayError: as for every call.
        """
        if since.tzinfo is None:
            raise ValueError("since must be timezone-aware")
        # The API's dates have whole seconds (see fetch_inbound).
        since = since.astimezone(UTC).replace(microsecond=0)
        params: dict[str, str] | None = {"To": to, "PageSize": str(self._page_size)}
        url = self._http.url("/Messages.json")
        found: list[GatewayMessage] = []
        seen_urls: set[str] = set()
        for _page in range(self.LOOKUP_MAX_PAGES):
            seen_urls.add(url)
            page = self._http.request("GET", url, params=params)
            reached_older = False
            for message in self._page_messages(page):
                if message.date_sent is not None and message.date_sent < since:
                    reached_older = True
                elif message.direction is Direction.OUTBOUND and message.date_created >= since:
                    found.append(message)
            if reached_older:
                return found
            next_page_uri = page.get("next_page_uri")
            if not next_page_uri:
                return found  # the list's end
            next_url = self._http.next_page_url(next_page_uri)
            if next_url is None or next_url in seen_urls:
                break  # a next page we will not or need not read: the rest stays unknown
            url, params = next_url, None  # the next page's address carries every filter
        raise LookupIncomplete(
            translate(
                "Twilio",
                "SMS Desk could not read the SMS gateway's list of messages to {number} far "
                "enough back to tell whether a message already went. It stays waiting and is "
                "checked again later, so that it is not sent twice.",
            ).format(number=to)
        )

    def list_media(self, sid: str) -> list[MediaInfo]:
        """The pictures (media) of message ``sid``, in the gateway's order.

        The media list is paged like the messages list (Twilio allows ten pictures a
        message, so one page nearly always holds them all); pages are followed up to
        MAX_PAGES, on the gateway only.

        Raises:
            MessageNotFound: the gateway has no such message.
            GatewayError: as for every call.
        """
        url: str | None = self._http.url(f"/Messages/{quote(sid, safe='')}/Media.json")
        found = []
        seen_urls: set[str] = set()
        for _page in range(self.MAX_PAGES):
            if url is None or url in seen_urls:
                break
            seen_urls.add(url)
            page = self._http.request("GET", url, not_found="message")
            items = page.get("media_list")
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise self._http.malformed()
            for item in items:
                uri = item.get("uri")
                if not isinstance(uri, str) or not uri:
                    raise self._http.malformed()
                content = self._http.next_page_url(uri.removesuffix(".json"))
                if content is None:
                    continue  # on another host: our credentials never go there
                found.append(
                    MediaInfo(url=content, content_type=str(item.get("content_type") or ""))
                )
            url = self._http.next_page_url(page.get("next_page_uri"))
        return found

    def download_media(self, url: str, max_bytes: int) -> tuple[str, bytes]:
        """Fetch one picture's bytes from the gateway, streamed and cut off at ``max_bytes``.

        The picture's address is on the gateway and gets the credentials; Twilio answers it
        with a redirect (302 or 307) to its storage, a host of its own that needs none.
        Redirects are followed here, not by ``requests``: the credentials go only to the
        gateway's own origin (scheme, host and port), never to the redirect's host, and a
        redirect from https to plain http (other than to this machine) is refused.

        Returns:
            (content type as the server labelled it, the bytes).

        Raises:
            PictureRefused: the label is not an accepted image type, or it is too large.
            GatewayError: the fetch failed (the address is never in the sentence).
        """
        split = urlsplit(url)
        if f"{split.scheme}://{split.netloc}" != self._http.origin:
            raise GatewayError(
                translate(
                    "Twilio", "A picture's address is not on the SMS gateway; it was not fetched."
                )
            )
        for _hop in range(self.MAX_REDIRECTS + 1):
            response = self._http.get_picture(url)
            location = response.headers.get("Location")
            if response.status_code not in (301, 302, 303, 307, 308) or not location:
                break
            response.close()
            url = self._http.redirect_target(url, location)
        else:
            raise GatewayError(
                translate(
                    "Twilio",
                    "The SMS gateway at {host} sent a picture through too many redirects; "
                    "it was not fetched.",
                ).format(host=self._http.host)
            )
        with response:
            log.debug("GET picture -> %d", response.status_code)
            if response.status_code in (401, 403):
                raise AuthenticationFailed(translate("Twilio", AUTH_SENTENCE))
            if response.status_code == 404:
                raise MessageNotFound(
                    translate("Twilio", "The SMS gateway no longer has this picture.")
                )
            if response.status_code >= 300:
                raise GatewayServerError(
                    translate(
                        "Twilio",
                        "The SMS gateway at {host} could not hand over a picture "
                        "(HTTP {status}). SMS Desk will try again.",
                    ).format(host=self._http.host, status=response.status_code)
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
                        # The size is unknown beyond the limit; say at least that much.
                        check_size(len(data), max_bytes)
            except requests.RequestException as exc:
                raise self._http.transport_error(exc) from exc
        return content_type, bytes(data)

    def check(self) -> AccountInfo:
        """Fetch the account record: proves the gateway is reachable and the credentials work."""
        data = self._http.request("GET", self._http.url(".json"))
        try:
            return AccountInfo(
                account_sid=str(data["sid"]),
                friendly_name=str(data.get("friendly_name") or ""),
                status=str(data["status"]),
            )
        except KeyError as exc:
            raise self._http.malformed() from exc

    @property
    def timeout(self) -> tuple[float, float]:
        """The (connect, read) timeout of every request, in seconds (the sync engine derives
        how long another desk's in-flight message is left alone from it)."""
        return self._http.timeout

    def close(self) -> None:
        """Release the connection pool (a session passed in is left to its owner)."""
        self._http.close()

    def __enter__(self) -> TwilioGateway:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _page_messages(self, page: Mapping[str, Any]) -> list[GatewayMessage]:
        """The messages of one list page."""
        messages = page.get("messages")
        if not isinstance(messages, list):
            raise self._http.malformed()
        if not all(isinstance(m, dict) for m in messages):
            raise self._http.malformed()
        return [parse_message(m) for m in messages]

    def _read_page(
        self, page: Mapping[str, Any]
    ) -> tuple[list[GatewayMessage], list[UnreadableRecord]]:
        """The messages of one list page that can be read, and the entries that cannot
        (see ``read_entries``): for ``fetch_inbound`` only; look-ups read strictly
        (``_page_messages``).

        Raises:
            MalformedResponse: the page has no list of messages at all.
        """
        entries = page.get("messages")
        if not isinstance(entries, list):
            raise self._http.malformed()
        readable, unreadable = read_entries(entries)
        if unreadable:
            # Debug: a bad entry is listed by every poll while it is on the first page; the
            # sync engine logs each one once, when it sets it aside.
            log.debug(
                "The gateway listed %d message record(s) SMS Desk can't read: %s",
                len(unreadable),
                "; ".join(f"{r.sid or 'no sid'!a}: {r.reason}" for r in unreadable),
            )
        return readable, unreadable
