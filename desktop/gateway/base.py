"""What SMS Desk needs of an SMS gateway: the interface, its messages and its errors.

Every error a gateway raises is a GatewayError whose ``str()`` is a sentence a person can
act on; the UI shows it as it is. Flags tell the sync engine what to do next: ``transient``
(try again later), ``ambiguous`` (the request may have been carried out: check with the
gateway before sending again, so nothing is sent twice) and ``opt_out`` (the recipient
unsubscribed at the carrier: opt the number out here too).
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from desktop.core.errors import Refusal
from desktop.core.models import Direction

if TYPE_CHECKING:
    from desktop.gateway.terms import CarrierTerms


@dataclass(frozen=True, slots=True)
class GatewayMessage:
    """A message as the gateway reports it (numbers exactly as the gateway gave them).

    Attributes:
        sid: the gateway's unique id (Twilio "SM…").
        direction: inbound (to the desk) or outbound (from the desk).
        from_number: sender, as given by the gateway.
        to_number: recipient, as given by the gateway.
        body: the text.
        status: the gateway's own status word (queued, sent, delivered, received, failed…);
            its carrier's ``CarrierTerms`` says what it means.
        error_code: the gateway's error code, when it failed.
        error_message: the gateway's error text, when it gave one.
        date_created: when the gateway created the record, UTC.
        date_sent: when it was sent (None while still queued), UTC.
        date_updated: when the record last changed, UTC.
        num_segments: SMS parts, when the gateway says.
        num_media: attached media items.
    """

    sid: str
    direction: Direction
    from_number: str
    to_number: str
    body: str
    status: str
    date_created: datetime
    date_sent: datetime | None = None
    date_updated: datetime | None = None
    error_code: int | None = None
    error_message: str | None = None
    num_segments: int | None = None
    num_media: int = 0


@dataclass(frozen=True, slots=True)
class MediaInfo:
    """One picture of a message as the gateway lists it.

    Attributes:
        url: where its bytes are (on the gateway; fetched with its credentials).
        content_type: the type the gateway announced.
    """

    url: str
    content_type: str = ""


@dataclass(frozen=True, slots=True)
class UnreadableRecord:
    """One entry of the gateway's list that SMS Desk could not read (no date, a strange
    direction...): kept as it came, so it can be set aside instead of failing the poll.

    Attributes:
        sid: its sid as the gateway gave it, if it had a string one.
        raw: the entry as ASCII JSON (every non-ASCII character escaped: storable as is).
        reason: what is wrong with it, in words for an administrator.
    """

    sid: str | None
    raw: str
    reason: str


class InboundMessages(list[GatewayMessage]):
    """What ``fetch_inbound`` returns: the readable messages, oldest first (it is a list of
    them), and in ``unreadable`` the entries it could not read.

    Attributes:
        unreadable: the entries of the answer that could not be read, newest first.
        listed_at: the gateway's own clock when it began answering (its ``Date`` header),
            None when unknown: what it listed then held every message dated more than the
            listing's lag before it (``desktop.sync.inbound.POLL_OVERLAP``).
    """

    def __init__(
        self,
        messages: Sequence[GatewayMessage] = (),
        unreadable: Sequence[UnreadableRecord] = (),
        *,
        listed_at: datetime | None = None,
    ) -> None:
        super().__init__(messages)
        self.unreadable = list(unreadable)
        self.listed_at = listed_at


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """What "Test connection" learns: whose account the credentials open."""

    account_sid: str
    friendly_name: str
    status: str


class Gateway(Protocol):
    """An SMS gateway as the sync engine uses it. Implementations block; call from a worker.

    Attributes:
        desk_number: the desk's own number in E.164 (inbound messages are those sent to it).
        terms: its carrier's status words and error codes in the app's terms.
    """

    desk_number: str

    @property
    def terms(self) -> CarrierTerms:
        """Its carrier's status words and error codes in the app's terms."""
        ...

    def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> GatewayMessage:
        """Send ``body`` (and pictures at public ``media_urls``) to ``to`` (E.164); return
        the accepted message."""
        ...

    def list_media(self, sid: str) -> list[MediaInfo]:
        """The pictures of message ``sid``, in order."""
        ...

    def download_media(self, url: str, max_bytes: int) -> tuple[str, bytes]:
        """One picture's (content type, bytes), refused beyond ``max_bytes``."""
        ...

    def fetch_inbound(self, since: datetime, known: Container[str] = ()) -> InboundMessages:
        """Return the messages sent to the desk number at or after ``since``, oldest first,
        with the entries that could not be read in ``unreadable``. A listing in pages may
        stop after a page whose every entry's sid is in ``known`` (a quick re-read of what
        the caller stored already: see ``TwilioGateway.fetch_inbound``)."""
        ...

    def fetch_message(self, sid: str) -> GatewayMessage:
        """Return one message as it is now (for status updates)."""
        ...

    def find_outbound(self, to: str, since: datetime) -> list[GatewayMessage]:
        """Return every outbound message to ``to`` created at or after ``since``, newest first.

        Used to find out whether a send whose answer was lost was carried out, so it must
        be complete back to ``since`` and must not depend on the sender: a Messaging
        Service sends from a pool number, or from nobody yet while the message waits.

        Raises:
            LookupIncomplete: the gateway's list could not be read back to ``since``; the
                answer would prove nothing, so nothing may be sent again on it.
        """
        ...

    def check(self) -> AccountInfo:
        """Check that the gateway is reachable and the credentials are accepted."""
        ...

    def close(self) -> None:
        """Release the connection pool."""
        ...


class GatewayError(Refusal):
    """Something went wrong talking to the gateway; ``str(err)`` says what, for a person.

    Attributes:
        transient: trying again later may succeed.
        ambiguous: the request may have been carried out although no answer came back.
        opt_out: the recipient unsubscribed at the carrier: opt the number out here too.
        code: the gateway's error code, when it gave one.
    """

    transient = False
    ambiguous = False

    def __init__(self, message: str, *, code: int | None = None, opt_out: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.opt_out = opt_out


class AuthenticationFailed(GatewayError):
    """The gateway refused the Account SID or auth token."""


class GatewayUnreachable(GatewayError):
    """No connection could be made: the request never reached the gateway."""

    transient = True


class GatewayTimeout(GatewayError):
    """The gateway did not answer in time; the request may have been carried out."""

    transient = True
    ambiguous = True


class GatewayServerError(GatewayError):
    """The gateway failed (HTTP 5xx); the request may have been carried out."""

    transient = True
    ambiguous = True


class RateLimited(GatewayError):
    """Too many requests; the gateway asked us to wait ``retry_after`` seconds."""

    transient = True

    def __init__(self, message: str, *, retry_after: float | None, code: int | None = None):
        super().__init__(message, code=code)
        self.retry_after = retry_after


class GatewayBusy(GatewayError):
    """The gateway can't take this message now (its queue is full, it sends too fast...).

    It created nothing, or dropped the message before sending it: send it again later.
    """

    transient = True


class RequestRefused(GatewayError):
    """An HTTP 4xx that is not the API's own error object (a proxy's page, a bare 422).

    The API creates nothing on a 4xx, so nothing was carried out. Whether the message or the
    way to the gateway is at fault, the answer does not say: not transient, because asking
    the same again gets the same answer.

    Attributes:
        http_status: the HTTP status (400-499).
    """

    def __init__(self, message: str, *, http_status: int, code: int | None = None) -> None:
        super().__init__(message, code=code)
        self.http_status = http_status


class LookupIncomplete(GatewayError):
    """The gateway's list could not be read to its end (too many pages, a page elsewhere).

    What was read proves nothing about what was not: a message looked up this way must stay
    "maybe sent", never be sent again on the strength of it.
    """

    transient = True


class LookupUnavailable(LookupIncomplete):
    """The gateway has no list to look a message up in at all (Telnyx): only its webhook
    can tell that a message whose answer was lost went.

    ``str(err)`` is the sentence to show once the message is set aside for the user: it
    says that SMS Desk cannot tell, and what to do (check with the recipient, then Retry or
    Discard). The sync engine keeps the message "maybe sent" for a bounded time, in which
    a relay may match the carrier's event to it; after that it sets it aside.
    """


class MalformedResponse(GatewayError):
    """The gateway answered with something that is not the API's JSON."""

    transient = True
    ambiguous = True


class MessageRejected(GatewayError):
    """The gateway refused this message for good (sending it again will not help)."""


class RejectedNumber(MessageRejected):
    """The recipient's number is invalid, unreachable or has opted out (then ``opt_out``:
    they unsubscribed at the carrier)."""


class InvalidBody(MessageRejected):
    """The message text is empty or too long for the gateway."""


class MessageNotFound(GatewayError):
    """The gateway has no message with that id."""
