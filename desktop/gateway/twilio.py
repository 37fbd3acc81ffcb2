"""The Twilio Programmable Messaging adapter (REST API 2010-04-01), over ``requests``.

SignalWire's compatibility API and the embedded demo gateway speak the same dialect, so this
one adapter serves all three. Every failure becomes a GatewayError from ``base`` whose text is
ours, never the library's, and never carries the auth token; which error a refused request
raises, and what its status words mean, its ``CarrierTerms`` say (``twilio_terms``).
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import requests
import urllib3.exceptions

from desktop import __version__
from desktop.core.media import check_size, check_type
from desktop.core.models import Direction
from desktop.gateway.address import InsecureGatewayURL, check_base_url, is_loopback
from desktop.gateway.base import (
    AccountInfo,
    AuthenticationFailed,
    GatewayError,
    GatewayMessage,
    GatewayServerError,
    GatewayTimeout,
    GatewayUnreachable,
    InboundMessages,
    LookupIncomplete,
    MalformedResponse,
    MediaInfo,
    MessageNotFound,
    RateLimited,
    RequestRefused,
    UnreadableRecord,
)
from desktop.gateway.errors import describe_refusal
from desktop.gateway.terms import CarrierTerms
from desktop.gateway.twilio_terms import TWILIO_TERMS

log = logging.getLogger("smsdesk.gateway")

# What other modules (and tests) import from here: the address rules live in ``address``.
__all__ = ["InsecureGatewayURL", "TwilioGateway", "check_base_url", "parse_message"]

API_VERSION = "2010-04-01"

_OUTBOUND_DIRECTIONS = frozenset({"outbound-api", "outbound-reply", "outbound-call"})
# Fields of a message record that name the account: left out of a record kept as it came.
_ACCOUNT_FIELDS = frozenset({"account_sid", "uri", "subresource_uris"})
_AUTH_SENTENCE = "The SMS gateway refused the Account SID or auth token. Check them in Settings."


@functools.lru_cache(maxsize=4096)  # a burst's messages share a few seconds' dates
def _parse_date(value: Any) -> datetime | None:
    """Parse an RFC 2822 date as the API sends it into an aware UTC datetime.

    Raises:
        ValueError: the value is neither null nor an RFC 2822 date.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f"date is not a string: {value!r}")
    parsed = parsedate_to_datetime(value)
    if parsed.tzinfo is None:  # "-0000" means UTC with no stated origin
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _optional_int(value: Any) -> int | None:
    """Read a count or code the API sends as an int, a numeric string or null."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    return int(value)


def _direction(value: Any) -> Direction:
    """Map the API's direction word onto ours."""
    if value == "inbound":
        return Direction.INBOUND
    if value in _OUTBOUND_DIRECTIONS or (isinstance(value, str) and value.startswith("outbound")):
        return Direction.OUTBOUND
    raise ValueError(f"unknown direction {value!r}")


def parse_message(data: Mapping[str, Any]) -> GatewayMessage:
    """Turn one message resource of the API into a GatewayMessage.

    Args:
        data: the decoded JSON object of one message.

    Returns:
        The message, with dates as aware UTC datetimes and counts as ints.

    Raises:
        MalformedResponse: a required key is missing or a value has the wrong shape.
    """
    try:
        date_created = _parse_date(data["date_created"])
        if date_created is None:
            raise ValueError("date_created is null")
        sid = data["sid"]
        status = data["status"]
        if not isinstance(sid, str) or not sid or not isinstance(status, str):
            raise ValueError("sid or status is not a string")
        error_message = data.get("error_message")
        return GatewayMessage(
            sid=sid,
            direction=_direction(data["direction"]),
            # A messaging-service send has no "from" until the service picks a number.
            from_number=str(data.get("from") or ""),
            to_number=str(data.get("to") or ""),
            body=str(data.get("body") or ""),
            status=status,
            date_created=date_created,
            date_sent=_parse_date(data.get("date_sent")),
            date_updated=_parse_date(data.get("date_updated")),
            error_code=_optional_int(data.get("error_code")),
            error_message=str(error_message) if error_message else None,
            num_segments=_optional_int(data.get("num_segments")),
            num_media=_optional_int(data.get("num_media")) or 0,
        )
    except (KeyError, TypeError, ValueError, IndexError, OverflowError) as exc:
        raise MalformedResponse(
            "The SMS gateway sent a message record SMS Desk can't read. "
            "SMS Desk will try again; if it keeps happening, check the gateway address in Settings."
        ) from exc


def _why_unreadable(entry: Any) -> str:
    """Say, for an administrator, why ``parse_message`` could not read an entry.

    Checks the fields in the order ``parse_message`` reads them; the first problem is told.
    """
    if not isinstance(entry, dict):
        return "The gateway's entry is not a message record."
    sid = entry.get("sid")
    if not isinstance(sid, str) or not sid:
        return "The gateway's record has no message id (sid)."
    if not isinstance(entry.get("status"), str):
        return "The gateway's record has no status."
    try:
        _direction(entry.get("direction"))
    except ValueError:
        shown = ascii(entry.get("direction"))[:40]
        return f"The gateway's record has an unknown direction ({shown})."
    if entry.get("date_created") in (None, ""):
        return "The gateway's record has no date_created."
    for key in ("date_created", "date_sent", "date_updated"):
        try:
            _parse_date(entry.get(key))
        except (TypeError, ValueError, IndexError, OverflowError):
            return f"The gateway's record has a {key} that is not a date."
    for key in ("error_code", "num_segments", "num_media"):
        try:
            _optional_int(entry.get(key))
        except (TypeError, ValueError, OverflowError):
            return f"The gateway's record has a {key} that is not a number."
    return "The gateway's record could not be read."


def _message_date(message: GatewayMessage) -> datetime:
    """The date the paging and ``since`` rules use: when it was sent, else when created."""
    return message.date_sent or message.date_created


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Read a Retry-After header: delay seconds or an HTTP date; None if absent or unreadable.

    Args:
        value: the header's value.
        now: the current time (for the HTTP-date form); defaults to the clock.

    Returns:
        Seconds to wait, never negative, or None.
    """
    if value is None or not value.strip():
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


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
        self._auth = (account_sid, auth_token)
        self._from_number = from_number
        self._messaging_service_sid = messaging_service_sid
        self._timeout = timeout
        self._page_size = max(1, min(int(page_size), 1000))
        self._owns_session = session is None
        self._session = session if session is not None else requests.Session()
        split = urlsplit(self.base_url)
        self._origin = f"{split.scheme}://{split.netloc}"
        self._base_path = split.path
        self._host = split.netloc
        # Loopback traffic (the demo gateway) must never be sent through a proxy configured
        # in the environment: the proxy would not reach our 127.0.0.1.
        self._proxies: dict[str, Any] | None = (
            {"http": None, "https": None, "all": None}
            if is_loopback(split.hostname or "")
            else None
        )
        self._account_path = (
            f"{self._base_path}/{API_VERSION}/Accounts/{quote(account_sid, safe='')}"
        )

    # -- the Gateway protocol ------------------------------------------------------------

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
        if media_urls:
            # MediaUrl repeats once per picture: a list of pairs keeps every one.
            pairs = [("To", to), ("Body", body), *(("MediaUrl", url) for url in media_urls)]
            data = self._request("POST", self._url("/Messages.json"), data=[*pairs, sender])
            return parse_message(data)
        form = {"To": to, "Body": body, sender[0]: sender[1]}
        data = self._request("POST", self._url("/Messages.json"), data=form)
        return parse_message(data)

    def fetch_inbound(self, since: datetime) -> InboundMessages:
        """Return the messages sent to the desk number at or after ``since``, oldest first.

        The API filters by date only and lists newest first, so this asks for everything
        sent on or after the date of ``since`` and stops paging at the first page that
        reaches older messages. ``since`` is compared at whole seconds, the API's precision.
        The first page is small (``FIRST_PAGE_SIZE``): most polls find nothing new, and a
        page costs its full size to send and read. When it holds only new messages, the
        list is read again in pages of ``page_size``, so a burst takes few requests.

        Args:
            since: an aware datetime; the watermark of the previous poll (minus an overlap).

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
        url: str | None = self._url("/Messages.json")
        newest_first: list[GatewayMessage] = []
        unreadable: list[UnreadableRecord] = []
        seen_urls: set[str] = set()
        for _page in range(self.MAX_PAGES):
            if url is None:
                break
            seen_urls.add(url)
            page = self._request("GET", url, params=params)
            messages, unread = self._read_page(page)
            unreadable += unread
            reached_older = False
            for message in messages:
                if _message_date(message) < since:
                    reached_older = True
                elif message.direction is Direction.INBOUND:
                    newest_first.append(message)
            if reached_older:
                break
            url = self._next_page_url(page.get("next_page_uri"))
            full = len(messages) + len(unread) >= page_size
            if url is not None and page_size < self._page_size and full:
                # A burst: a full first page of new messages. A next-page address keeps its
                # page size, so read the list again from the start in the largest pages.
                page_size = self._page_size
                params = {**filters, "PageSize": str(page_size)}
                url = self._url("/Messages.json")
                newest_first, unreadable, seen_urls = [], [], set()
                continue
            params = None  # the next page's address carries every filter
            if url in seen_urls:
                log.warning("The gateway's next page points back at a page already read")
                break
        else:
            log.warning("Stopped after %d pages of inbound messages", self.MAX_PAGES)
        oldest_first = newest_first[::-1]
        # Stable: messages within one second keep the gateway's order, reversed.
        oldest_first.sort(key=_message_date)
        return InboundMessages(oldest_first, unreadable)

    def fetch_message(self, sid: str) -> GatewayMessage:
        """Return one message as it is now (its status, error code and dates).

        Raises:
            MessageNotFound: the gateway has no message with that sid.
            GatewayError: as for every call.
        """
        url = self._url(f"/Messages/{quote(sid, safe='')}.json")
        return parse_message(self._request("GET", url, not_found="message"))

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
        url = self._url("/Messages.json")
        found: list[GatewayMessage] = []
        seen_urls: set[str] = set()
        for _page in range(self.LOOKUP_MAX_PAGES):
            seen_urls.add(url)
            page = self._request("GET", url, params=params)
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
            next_url = self._next_page_url(next_page_uri)
            if next_url is None or next_url in seen_urls:
                break  # a next page we will not or need not read: the rest stays unknown
            url, params = next_url, None  # the next page's address carries every filter
        raise LookupIncomplete(
            f"SMS Desk could not read the SMS gateway's list of messages to {to} far enough "
            "back to tell whether a message already went. It stays waiting and is checked "
            "again later, so that it is not sent twice."
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
        url: str | None = self._url(f"/Messages/{quote(sid, safe='')}/Media.json")
        found = []
        seen_urls: set[str] = set()
        for _page in range(self.MAX_PAGES):
            if url is None or url in seen_urls:
                break
            seen_urls.add(url)
            page = self._request("GET", url, not_found="message")
            items = page.get("media_list")
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise self._malformed()
            for item in items:
                uri = item.get("uri")
                if not isinstance(uri, str) or not uri:
                    raise self._malformed()
                content = self._next_page_url(uri.removesuffix(".json"))
                if content is None:
                    continue  # on another host: our credentials never go there
                found.append(
                    MediaInfo(url=content, content_type=str(item.get("content_type") or ""))
                )
            url = self._next_page_url(page.get("next_page_uri"))
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
        if f"{split.scheme}://{split.netloc}" != self._origin:
            raise GatewayError("A picture's address is not on the SMS gateway; it was not fetched.")
        for _hop in range(self.MAX_REDIRECTS + 1):
            response = self._get_picture(url)
            location = response.headers.get("Location")
            if response.status_code not in (301, 302, 303, 307, 308) or not location:
                break
            response.close()
            url = self._redirect_target(url, location)
        else:
            raise GatewayError(
                f"The SMS gateway at {self._host} sent a picture through too many redirects; "
                "it was not fetched."
            )
        with response:
            log.debug("GET picture -> %d", response.status_code)
            if response.status_code in (401, 403):
                raise AuthenticationFailed(_AUTH_SENTENCE)
            if response.status_code == 404:
                raise MessageNotFound("The SMS gateway no longer has this picture.")
            if response.status_code >= 300:
                raise GatewayServerError(
                    f"The SMS gateway at {self._host} could not hand over a picture "
                    f"(HTTP {response.status_code}). SMS Desk will try again."
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
                raise self._transport_error(exc) from exc
        return content_type, bytes(data)

    def _get_picture(self, url: str) -> requests.Response:
        """One GET of a picture's address, streamed, not following redirects; with the
        credentials only on the gateway's own origin."""
        split = urlsplit(url)
        ours = f"{split.scheme}://{split.netloc}" == self._origin
        verify: bool | str = self._session.verify if isinstance(self._session.verify, str) else True
        proxies: dict[str, Any] | None = None  # the environment's, for storage hosts
        if ours:
            proxies = self._proxies
        elif is_loopback(split.hostname or ""):
            proxies = {"http": None, "https": None, "all": None}
        try:
            response = self._session.get(
                url,
                auth=self._auth if ours else None,
                headers={"User-Agent": f"smsdesk/{__version__}"},
                timeout=self._timeout,
                verify=verify,
                proxies=proxies,
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self._transport_error(exc) from exc
        log.debug(
            "GET %s -> %d",
            self._loggable(url) if ours else f"{split.scheme}://{split.netloc}/…",
            response.status_code,
        )
        return response

    def _redirect_target(self, current: str, location: str) -> str:
        """Where a picture's redirect leads, or GatewayError when it must not be followed."""
        target = urljoin(current, location)
        split = urlsplit(target)
        refused = GatewayError(
            f"The SMS gateway at {self._host} sent a picture to an address SMS Desk does not "
            "fetch from; it was not fetched."
        )
        if split.scheme not in ("http", "https") or not split.hostname:
            raise refused
        if (
            urlsplit(current).scheme == "https"
            and split.scheme == "http"
            and not is_loopback(split.hostname)
        ):
            raise refused  # from encrypted to plain text
        if split.username is not None or split.password is not None:
            raise refused
        return target

    def check(self) -> AccountInfo:
        """Fetch the account record: proves the gateway is reachable and the credentials work."""
        data = self._request("GET", f"{self._origin}{self._account_path}.json")
        try:
            return AccountInfo(
                account_sid=str(data["sid"]),
                friendly_name=str(data.get("friendly_name") or ""),
                status=str(data["status"]),
            )
        except KeyError as exc:
            raise self._malformed() from exc

    @property
    def timeout(self) -> tuple[float, float]:
        """The (connect, read) timeout of every request, in seconds (the sync engine derives
        how long another desk's in-flight message is left alone from it)."""
        return self._timeout

    def close(self) -> None:
        """Release the connection pool (a session passed in is left to its owner)."""
        if self._owns_session:
            self._session.close()

    def __enter__(self) -> TwilioGateway:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- HTTP ------------------------------------------------------------------------------

    def _url(self, path: str) -> str:
        """An address under the account, e.g. ``/Messages.json``."""
        return f"{self._origin}{self._account_path}{path}"

    def _next_page_url(self, next_page_uri: Any) -> str | None:
        """Resolve the API's ``next_page_uri``; None at the end or when it leaves our gateway."""
        if not next_page_uri or not isinstance(next_page_uri, str):
            return None
        if next_page_uri.startswith("/") and not next_page_uri.startswith("//"):
            # Twilio's uris are absolute paths on the origin; a gateway under a path prefix
            # (SignalWire's /api/laml) may or may not repeat the prefix.
            if self._base_path and not next_page_uri.startswith(self._base_path + "/"):
                url = f"{self._origin}{self._base_path}{next_page_uri}"
            else:
                url = f"{self._origin}{next_page_uri}"
        else:
            url = urljoin(self._origin + "/", next_page_uri)
        split = urlsplit(url)
        if f"{split.scheme}://{split.netloc}" != self._origin:
            # Following it would send our credentials to whoever that host is.
            log.warning("Ignoring a next page on another host: %s", split.netloc)
            return None
        return url

    def _page_messages(self, page: Mapping[str, Any]) -> list[GatewayMessage]:
        """The messages of one list page."""
        messages = page.get("messages")
        if not isinstance(messages, list):
            raise self._malformed()
        if not all(isinstance(m, dict) for m in messages):
            raise self._malformed()
        return [parse_message(m) for m in messages]

    def _read_page(
        self, page: Mapping[str, Any]
    ) -> tuple[list[GatewayMessage], list[UnreadableRecord]]:
        """The messages of one list page that can be read, and the entries that cannot.

        For ``fetch_inbound`` only: one bad entry must not hide the others. Look-ups that
        decide whether to send again read strictly (``_page_messages``): there an entry
        that cannot be read must fail the look-up, never count as "not there". Entries that
        say they are outbound are left out (polling wants inbound messages only). An entry
        is kept as the gateway gave it, without the fields that name the account (its sid
        is half of the credentials).

        Raises:
            MalformedResponse: the page has no list of messages at all.
        """
        entries = page.get("messages")
        if not isinstance(entries, list):
            raise self._malformed()
        readable: list[GatewayMessage] = []
        unreadable: list[UnreadableRecord] = []
        for entry in entries:
            if isinstance(entry, dict):
                try:
                    readable.append(parse_message(entry))
                    continue
                except MalformedResponse:
                    direction = entry.get("direction")
                    if isinstance(direction, str) and direction.startswith("outbound"):
                        continue
            sid = entry.get("sid") if isinstance(entry, dict) else None
            kept = (
                {k: v for k, v in entry.items() if k not in _ACCOUNT_FIELDS}
                if isinstance(entry, dict)
                else entry
            )
            unreadable.append(
                UnreadableRecord(
                    sid=sid if isinstance(sid, str) and sid else None,
                    raw=json.dumps(kept, ensure_ascii=True),
                    reason=_why_unreadable(entry),
                )
            )
        if unreadable:
            # Debug: a bad entry is listed by every poll while it is on the first page; the
            # sync engine logs each one once, when it sets it aside.
            log.debug(
                "The gateway listed %d message record(s) SMS Desk can't read: %s",
                len(unreadable),
                "; ".join(f"{r.sid or 'no sid'!a}: {r.reason}" for r in unreadable),
            )
        return readable, unreadable

    def _malformed(self) -> MalformedResponse:
        return MalformedResponse(
            f"The SMS gateway at {self._host} sent an answer SMS Desk can't read. "
            "SMS Desk will try again; if it keeps happening, check the gateway address in Settings."
        )

    def _loggable(self, url: str) -> str:
        """The url for logs, without the account sid (half of the credentials)."""
        return url.replace(self._origin, "").replace(self.account_sid, "AC…")

    def _request(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, str] | None = None,
        data: Mapping[str, str] | list[tuple[str, str]] | None = None,
        not_found: str = "record",
    ) -> dict[str, Any]:
        """Make one API call and return its decoded JSON object, or raise a GatewayError."""
        # A CA bundle path set on a caller's session is honoured; verify=False never is.
        verify: bool | str = self._session.verify if isinstance(self._session.verify, str) else True
        started = time.monotonic()
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                data=data,
                auth=self._auth,
                headers={"User-Agent": f"smsdesk/{__version__}", "Accept": "application/json"},
                timeout=self._timeout,
                verify=verify,
                proxies=self._proxies,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self._transport_error(exc) from exc
        log.debug(
            "%s %s -> %d in %.3f s",
            method,
            self._loggable(url),
            response.status_code,
            time.monotonic() - started,
        )
        try:
            return self._decode(response, not_found)
        finally:
            response.close()

    def _transport_error(self, exc: requests.RequestException) -> GatewayError:
        """Map a requests exception to our error; the request's fate decides the flags."""
        unreachable = (
            f"Can't reach the SMS gateway at {self._host}. "
            "Check the internet connection; SMS Desk will keep trying."
        )
        if isinstance(exc, requests.ConnectTimeout):
            return GatewayUnreachable(unreachable)  # the request never left this machine
        if isinstance(exc, requests.ReadTimeout):
            return GatewayTimeout(
                f"The SMS gateway at {self._host} did not answer in time. "
                "SMS Desk will check what happened and try again."
            )
        if isinstance(exc, requests.exceptions.SSLError):
            return GatewayUnreachable(
                f"Can't make a secure connection to the SMS gateway at {self._host}: its "
                "certificate was not accepted. Check the gateway address in Settings."
            )
        if isinstance(exc, requests.ConnectionError):
            reason = exc.args[0] if exc.args else None
            if isinstance(reason, urllib3.exceptions.MaxRetryError):
                # No connection was made (refused, no route, name not found).
                return GatewayUnreachable(unreachable)
            # The connection broke after the request was written: it may have been carried
            # out, so this must not look like "never sent" (that would invite a double send).
            return GatewayTimeout(
                f"The connection to the SMS gateway at {self._host} broke before it answered. "
                "SMS Desk will check what happened and try again."
            )
        # Anything else (a broken chunked body, an undecodable encoding...) came back garbled.
        return self._malformed()

    def _decode(self, response: requests.Response, not_found: str) -> dict[str, Any]:
        """Return the JSON object of a 2xx answer; raise the matching error otherwise."""
        status = response.status_code
        payload = self._json(response)
        code = _optional_code(payload)
        if 200 <= status < 300:
            if payload is None:
                raise self._malformed()
            return payload
        if status in (401, 403):
            raise AuthenticationFailed(_AUTH_SENTENCE, code=code)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            wait = f"in {retry_after:.0f} s" if retry_after is not None else "shortly"
            raise RateLimited(
                f"The SMS gateway asked SMS Desk to slow down. It will try again {wait}.",
                retry_after=retry_after,
                code=code,
            )
        if status >= 500:
            raise GatewayServerError(
                f"The SMS gateway at {self._host} had a problem (HTTP {status}). "
                "SMS Desk will try again.",
                code=code,
            )
        if status == 404:
            what = "that message" if not_found == "message" else "what SMS Desk asked for"
            raise MessageNotFound(
                f"The SMS gateway has no record of {what}. If this keeps happening, check the "
                "Account SID and gateway address in Settings.",
                code=code,
            )
        if 300 <= status < 400:
            # We never follow redirects: they could carry the credentials elsewhere.
            raise GatewayError(
                f"The SMS gateway at {self._host} redirected SMS Desk elsewhere (HTTP {status}). "
                "Check the gateway address in Settings.",
                code=code,
            )
        api_message = payload.get("message") if payload is not None else None
        if not isinstance(api_message, str):
            api_message = None
        if code is None and not api_message:
            # Not the API's error object: a proxy's or firewall's page, a bare 422. Twilio
            # creates nothing on a 4xx, so this is no "maybe sent" (MalformedResponse would
            # make a send be looked up and sent again every cycle, for ever).
            raise RequestRefused(describe_refusal(status, self._host), http_status=status)
        # Which error (try later, rejected number, unsubscribed...) the code means.
        raise self.terms.refusal(code, api_message)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any] | None:
        """The body as a JSON object, or None when it is not one."""
        try:
            payload = response.json()
        except ValueError:  # requests' JSONDecodeError, and bad encodings
            return None
        return payload if isinstance(payload, dict) else None


def _optional_code(payload: Mapping[str, Any] | None) -> int | None:
    """The Twilio error code of an error body, when there is a usable one."""
    if payload is None:
        return None
    try:
        return _optional_int(payload.get("code"))
    except (TypeError, ValueError):
        return None
