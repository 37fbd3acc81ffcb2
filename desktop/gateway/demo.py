"""The embedded demo gateway: a loopback HTTP server speaking the Twilio Messaging API subset.

The app talks to it through TwilioGateway exactly as to a real gateway, so a fresh install
works with no account. Demo contacts answer what the desk sends them; tests use the same
server to inject faults (errors, stalls, rate limits, outages) over real HTTP.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import functools
import hmac
import json
import logging
import math
import random
import re
import secrets
import socket
import sqlite3
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from desktop.core.optouts import OptOutAction, opt_out_action
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.twilio_terms import UNSUBSCRIBED

log = logging.getLogger("smsdesk.gateway.demo")

API_VERSION = "2010-04-01"
BODY_LIMIT = 1600
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# Twilio needs a public http(s) address; the demo also takes file: addresses on this machine.
_MEDIA_URL = re.compile(r"^(https?|file):", re.IGNORECASE)
# Asking a demo contact for a photo or picture gets one back.
_ASKS_FOR_PICTURE = re.compile(r"\b(photo|picture|pic)s?\b", re.IGNORECASE)
_MESSAGING_SERVICE_SID = re.compile(r"^MG[0-9a-fA-F]{32}$")
_ACCOUNT_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)\.json$")
_LIST_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages\.json$")
_FETCH_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\.json$")
_MEDIA_LIST_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media\.json$")
_MEDIA_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media/([^/]+)\.json$")
# A picture's content is at its media uri without ".json" (as on Twilio), which redirects
# to the storage address below: unauthenticated, as Twilio's storage host is.
_MEDIA_CONTENT_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media/(ME\w+)$")
_STORAGE_ROUTE = re.compile(r"^/media-storage/(ME[0-9a-f]{32})/([0-9a-f]{64})$")
# Fault routes: send (create), list, fetch (one message), update and delete (one message),
# account, media (lists, one media, its content) or any.
_ROUTES = ("send", "list", "fetch", "update", "delete", "account", "media", "any")
# Status words a FINAL_STATUS fault may end a message in, and whether it was sent first.
_FINAL_STATUSES = {
    "delivered": True,
    "read": True,
    "partially_delivered": True,
    "undelivered": True,
    "failed": False,
    "canceled": False,
}
_MAX_REQUEST_BYTES = 1 << 20
_REQUESTS_KEPT = 10_000


class Fault(Enum):
    """What the demo gateway can be told to do wrong (see DemoGateway.inject).

    The hard cases for "nothing sent twice" are switches of these:

    * an answer lost after the message was created: ``SERVER_ERROR`` with ``apply=True``
      (created, then HTTP 500) and ``TIMEOUT`` with ``apply=True`` (created, then no answer
      within the client's timeout);
    * a slow create: ``SLOW_CREATE`` (the message exists only after ``delay``, then it is
      answered: a look-up made meanwhile does not find it yet);
    * a garbled answer to a create that was carried out: ``MALFORMED_JSON``.

    Attributes:
        SERVER_ERROR: HTTP 500 (``apply``: after carrying the request out).
        TIMEOUT: no answer for ``stall`` seconds (``apply``: carried out meanwhile).
        RATE_LIMIT: HTTP 429 with Retry-After.
        MALFORMED_JSON: the answer cut in half (the request is carried out).
        FAIL_DELIVERY: the next message created fails to deliver with ``error_code``.
        FINAL_STATUS: the next message created ends in ``status`` (any final status word
            of Twilio's: partially_delivered, undelivered, read...).
        REJECT: HTTP 400 with Twilio's error ``code`` (nothing is created).
        SLOW_CREATE: the message is created after ``delay`` seconds, then answered.
        PROXY_ERROR: an HTTP ``status`` with a ``body`` that is not Twilio's error object
            (what a proxy or firewall in front of the gateway answers); nothing is created.
    """

    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    RATE_LIMIT = "rate_limit"
    MALFORMED_JSON = "malformed_json"
    FAIL_DELIVERY = "fail_delivery"
    FINAL_STATUS = "final_status"
    REJECT = "reject"
    SLOW_CREATE = "slow_create"
    PROXY_ERROR = "proxy_error"


# The parameters each fault takes, with their defaults.
_FAULT_PARAMS: dict[Fault, dict[str, Any]] = {
    Fault.SERVER_ERROR: {"apply": False, "route": "any"},
    Fault.TIMEOUT: {"stall": 3.0, "apply": False, "route": "any"},
    Fault.RATE_LIMIT: {"retry_after": 2, "route": "any"},
    Fault.MALFORMED_JSON: {"route": "any"},
    Fault.FAIL_DELIVERY: {"error_code": 21610, "error_message": None, "route": "send"},
    Fault.FINAL_STATUS: {
        "status": "partially_delivered",
        "error_code": None,
        "error_message": None,
        "route": "send",
    },
    Fault.REJECT: {"code": 21211, "message": None, "route": "send"},
    Fault.SLOW_CREATE: {"delay": 1.0, "route": "send"},
    Fault.PROXY_ERROR: {
        "status": 400,
        "body": "<html><head><title>400 Bad Request</title></head><body>"
        "<h1>400 Bad Request</h1><hr>nginx</body></html>",
        "content_type": "text/html",
        "route": "any",
    },
}
# Faults that change what happens to the next created message instead of answering.
_LIFE_FAULTS = (Fault.FAIL_DELIVERY, Fault.FINAL_STATUS)

# Twilio's own short texts, so the demo's error bodies read like the real ones.
_TWILIO_TEXTS: dict[int, str] = {
    21211: "The 'To' number {to} is not a valid phone number.",
    21408: "Permission to send an SMS has not been enabled for the region indicated by the "
    "'To' number: {to}.",
    21602: "Message body is required.",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21606: "The From phone number {from_} is not a valid, SMS-capable inbound phone number or "
    "short code for your account.",
    21610: "Attempt to send to unsubscribed recipient",
    21612: "The 'To' phone number: {to}, is not currently reachable using the 'From' phone "
    "number: {from_} via SMS.",
    21614: "'To' number is not a valid mobile number",
    21617: "The concatenated message body exceeds the 1600 character limit.",
    21620: "Invalid media URL(s).",
    21623: "Number of media files exceeds allowed limit.",
    21705: "The Messaging Service Sid {service} is invalid.",
    30003: "Unreachable destination handset",
    30005: "Unknown destination handset",
    30006: "Landline or unreachable carrier",
    30007: "Message filtered",
    30008: "Unknown error",
    30409: "This message cannot be canceled",
    35114: "Scheduling does not support this timestamp.",
}


@dataclass(frozen=True, slots=True)
class DemoContact:
    """A fictional customer who answers what the desk sends.

    Attributes:
        name: the contact's name.
        number: their number in E.164.
        replies: friendly all-purpose answers.
        answers: answers to a question (what the desk sent had a "?"); ``replies`` if empty.
    """

    name: str
    number: str
    replies: tuple[str, ...]
    answers: tuple[str, ...] = ()

    def reply_to(self, text: str, rng: random.Random | None = None) -> str:
        """Pick what this contact answers to ``text``.

        Args:
            text: what the desk sent them.
            rng: the random source (tests pass a seeded one).

        Returns:
            "STOP" to a message containing "stop me" (try an opt-out), "You're welcome!" to
            thanks, an answer to a question, else a friendly line.
        """
        rng = rng or random.Random()
        lowered = text.lower()
        if "stop me" in lowered:
            return "STOP"  # so a new user can see what an opt-out looks like
        if any(word in lowered for word in ("thank", "thx", "cheers")):
            return "You're welcome!"
        if "?" in text:
            return rng.choice(self.answers or self.replies)
        return rng.choice(self.replies)


DEMO_CONTACTS: tuple[DemoContact, ...] = (
    DemoContact(
        name="Olivia Bennett",
        number="+14155550134",
        replies=(
            "Great, thanks for letting me know!",
            "Perfect, I'll pop in this afternoon.",
            "Sounds good, see you soon.",
            "Lovely, that's really helpful.",
        ),
        answers=(
            "Yes, that works for me.",
            "Around 3 pm would be best, if that's OK?",
            "I think so. I'll double-check and get back to you.",
        ),
    ),
    DemoContact(
        name="Sam Carter",
        number="+12025550173",
        replies=(
            "Got it, I appreciate the update.",
            "Thanks, I'll look at the quote tonight.",
            "OK, talk soon.",
            "Understood, I'll let the team know.",
        ),
        answers=(
            "Yes, Thursday morning works.",
            "Not yet, I'll confirm by tomorrow.",
            "Sure, go ahead with that.",
        ),
    ),
    DemoContact(
        name="Mia Nguyen",
        number="+61491570156",
        replies=(
            "No worries, see you then!",
            "Lovely, thanks heaps.",
            "All good, I'll keep an eye out.",
            "Sounds great!",
        ),
        answers=(
            "Yes please, 10:30 would be perfect.",
            "I'm not sure yet, can I let you know tomorrow?",
            "That should be fine, thanks for checking.",
        ),
    ),
)

# (contact index, minutes ago, text): what a new user finds waiting.
_GREETINGS = (
    (1, 47, "Hi, it's Sam. Could you send me the quote for the bathroom job when you can?"),
    (0, 4, "Hi, is my order ready to collect today?"),
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS messages (
    seq INTEGER PRIMARY KEY,
    sid TEXT NOT NULL UNIQUE,
    direction TEXT NOT NULL,
    from_number TEXT NOT NULL,
    to_number TEXT NOT NULL,
    body TEXT NOT NULL,
    messaging_service_sid TEXT,
    created_ts REAL NOT NULL,
    sent_ts REAL,
    final_ts REAL NOT NULL,
    final_status TEXT NOT NULL,
    error_code INTEGER,
    error_message TEXT,
    via_api INTEGER NOT NULL DEFAULT 0,
    send_at REAL
);
CREATE INDEX IF NOT EXISTS messages_newest ON messages (created_ts DESC, seq DESC);
CREATE INDEX IF NOT EXISTS messages_to_newest ON messages (to_number, created_ts DESC, seq DESC);
CREATE TABLE IF NOT EXISTS media (
    sid TEXT PRIMARY KEY,
    message_sid TEXT NOT NULL,
    position INTEGER NOT NULL,
    content_type TEXT NOT NULL,
    data BLOB,
    url TEXT
);
CREATE INDEX IF NOT EXISTS media_of_message ON media (message_sid, position);
"""
_COLUMNS = (
    "seq, sid, direction, from_number, to_number, body, messaging_service_sid, created_ts, "
    "sent_ts, final_ts, final_status, error_code, error_message, via_api, send_at"
)
# Columns later versions added, for a state file an older demo wrote.
_ADDED_COLUMNS = {"send_at": "REAL"}


@dataclass(frozen=True, slots=True)
class _Row:
    """One stored message. Outbound rows hold their whole planned life-cycle.

    A row is "queued" until ``sent_ts``, "sent" until ``final_ts``, then ``final_status``;
    the status is computed from the clock when read, so no timer thread is needed and the
    life-cycle carries on across restarts. Rows with ``created_ts`` in the future (contact
    replies still being "typed") are invisible until then. As on Twilio, a row sent through
    a Messaging Service is "accepted" (with no sender yet) until sent, and one scheduled
    (``send_at``) is "scheduled" until then.
    """

    seq: int
    sid: str
    direction: str
    from_number: str
    to_number: str
    body: str
    messaging_service_sid: str | None
    created_ts: float
    sent_ts: float | None
    final_ts: float
    final_status: str
    error_code: int | None
    error_message: str | None
    via_api: int
    send_at: float | None

    def state_at(self, now: float) -> tuple[str, float | None, float, int | None, str | None]:
        """Return (status, date_sent, date_updated, error_code, error_message) at ``now``."""
        sent = self.sent_ts if self.sent_ts is not None and self.sent_ts <= now else None
        if now >= self.final_ts:
            return self.final_status, sent, self.final_ts, self.error_code, self.error_message
        if sent is not None:
            return "sent", sent, sent, None, None
        if self.send_at is not None:
            return "scheduled", None, self.created_ts, None, None
        if self.messaging_service_sid:
            return "accepted", None, self.created_ts, None, None
        return "queued", None, self.created_ts, None, None

    def sender_at(self, now: float) -> str | None:
        """The ``from`` at ``now``: a Messaging Service picks it when the message goes."""
        if self.messaging_service_sid and (self.sent_ts is None or self.sent_ts > now):
            return None
        return self.from_number


@dataclass(slots=True)
class _ArmedFault:
    fault: Fault
    remaining: int
    params: dict[str, Any] = field(default_factory=dict)


def _rfc2822(ts: float | None) -> str | None:
    """A timestamp as the API writes dates: "Thu, 24 Aug 2023 05:01:45 +0000"."""
    if ts is None:
        return None
    return _rfc2822_second(int(ts))


@functools.lru_cache(maxsize=4096)  # a page's messages share a few seconds
def _rfc2822_second(second: int) -> str:
    return format_datetime(datetime.fromtimestamp(second, UTC))


def _new_sid(prefix: str) -> str:
    return prefix + uuid.uuid4().hex


_GSM7 = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")


def _segments(body: str) -> int:
    """Roughly how many SMS parts the gateway would bill (GSM-7 or UCS-2)."""
    if all(c in _GSM7 or c in _GSM7_EXTENDED for c in body):
        units, single, multi = sum(2 if c in _GSM7_EXTENDED else 1 for c in body), 160, 153
    else:
        units, single, multi = sum(2 if ord(c) > 0xFFFF else 1 for c in body), 70, 67
    return 1 if units <= single else math.ceil(units / multi)


def _error(status: int, code: int, message: str) -> tuple[int, dict[str, Any]]:
    """A Twilio-shaped error body."""
    return status, {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def _format_text(text: str, values: dict[str, str]) -> str:
    """Fill one of Twilio's text templates with the request's To, From and service sid."""
    try:
        return text.format(
            to=values.get("to", ""),
            from_=values.get("from", ""),
            service=values.get("service", ""),
        )
    except (KeyError, IndexError, ValueError):
        return text


def _parse_day(value: str) -> float:
    """The start (UTC) of the GMT date a DateSent filter names, whatever its time of day.

    Twilio filters DateSent by whole dates: "2024-05-01", and a date given with a time
    ("2024-05-01T06:00:00Z", "2019-06-11 22:05:25.000", an RFC 2822 date, "06/11/2019
    22:05:25 MST") stands for its date.

    Raises:
        ValueError: not a date in any of those forms.
    """
    value = value.strip()
    if match := re.match(r"^(\d{4}-\d{2}-\d{2})", value):
        day = date.fromisoformat(match.group(1))
    elif match := re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b", value):
        day = date(int(match.group(3)), int(match.group(1)), int(match.group(2)))
    else:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, IndexError) as exc:
            raise ValueError(value) from exc
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC)
        day = moment.date()
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp()


class _Refused(Exception):
    """A request the API refuses; ``answer`` is the (HTTP status, Twilio error body)."""

    def __init__(self, status: int, code: int, message: str) -> None:
        super().__init__(message)
        self.answer = _error(status, code, message)


def _paging(query: dict[str, str]) -> tuple[int, int]:
    """(page size, page) of a list request.

    Raises:
        _Refused: values out of range: refused as Twilio does, not clamped (PageSize is 1
            to 1000, Page 0 or more).
    """
    try:
        page_size = int(query.get("PageSize", "50"))
        page = int(query.get("Page", "0"))
    except ValueError:
        raise _Refused(400, 20001, "Invalid Page or PageSize") from None
    if not 1 <= page_size <= 1000:
        raise _Refused(400, 20001, "PageSize must be between 1 and 1000")
    if page < 0:
        raise _Refused(400, 20001, "Page must be 0 or more")
    return page_size, page


class _Server(ThreadingHTTPServer):
    """The HTTP server of one listening period; it tracks its handler threads to stop them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], demo: DemoGateway) -> None:
        self.demo = demo
        self.stop_event = threading.Event()  # wakes stalled handlers when we go down
        self._live: dict[threading.Thread, socket.socket] = {}
        self._live_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self._handle_in_thread,
            args=(request, client_address),
            name="demo-gateway-request",
            daemon=True,
        )
        with self._live_lock:
            self._live[thread] = request
        thread.start()

    def _handle_in_thread(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            with self._live_lock:
                self._live.pop(threading.current_thread(), None)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that hang up (a timed-out TwilioGateway) are expected, not worth a traceback.
        log.debug("Demo gateway request from %s failed", client_address, exc_info=True)

    def abort_requests(self, deadline: float) -> None:
        """Wake stalled handlers, cut their connections and wait for them until ``deadline``."""
        self.stop_event.set()
        with self._live_lock:
            live = list(self._live.items())
        for _thread, sock in live:
            with contextlib.suppress(OSError):  # already closed by its handler
                sock.shutdown(socket.SHUT_RDWR)
        for thread, _sock in live:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))


class _Handler(BaseHTTPRequestHandler):
    """Serves one request (HTTP/1.0: one request per connection, as simple as can be)."""

    server: _Server
    server_version = "SMSDeskDemo/1.0"
    sys_version = ""
    timeout = 10.0  # a client that connects and says nothing must not hold a thread forever

    def log_message(self, format: str, *args: Any) -> None:
        # The stdlib writes every request to stderr; ours goes to the debug log.
        log.debug("%s " + format, self.address_string(), *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def _dispatch(self, method: str) -> None:
        demo = self.server.demo
        demo._record_request(method, self.path)
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        if method == "GET" and (match := _STORAGE_ROUTE.match(split.path)):
            # The storage a picture's address redirects to: no Basic auth, as on Twilio.
            demo._record_storage_request(split.path, self.headers.get("Authorization"))
            found = demo._stored_media(match.group(1), match.group(2))
            if found is None:
                self._reply_raw(404, b"Not Found", content_type="text/plain")
            else:
                self._reply_raw(200, found[1], content_type=found[0])
            return
        form: dict[str, str] = {}
        if method == "POST":
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                length = -1
            if not 0 <= length <= _MAX_REQUEST_BYTES:
                self._reply(*_error(400, 20001, "Invalid or too large request body"))
                return
            raw = self.rfile.read(length).decode("utf-8", "replace")
            pairs = parse_qsl(raw, keep_blank_values=True)
            form = dict(pairs)
            # MediaUrl repeats, once per picture; a URL never holds a raw line break.
            form["MediaUrl"] = "\n".join(v for k, v in pairs if k == "MediaUrl" and v)
        if not demo._authorized(self.headers.get("Authorization")):
            self._reply(
                *_error(401, 20003, "Authenticate"),
                headers={"WWW-Authenticate": 'Basic realm="Twilio API"'},
            )
            return
        if method == "GET" and (match := _MEDIA_CONTENT_ROUTE.match(split.path)):
            # Twilio answers a picture's address with a redirect to its storage host.
            location = None
            if match.group(1) == demo.account_sid:
                location = demo._storage_location(match.group(2), match.group(3))
            if location is None:
                self._reply(
                    *_error(404, 20404, f"The requested resource {split.path} was not found")
                )
            else:
                self._reply_raw(307, b"", headers={"Location": location})
            return
        operation, account, sid, media_sid = self._route(method, split.path)
        if operation is None:
            self._reply(*_error(404, 20404, f"The requested resource {split.path} was not found"))
            return
        if operation == "not-allowed":
            self._reply(*_error(405, 20004, "Method not allowed"))
            return
        if account != demo.account_sid:
            self._reply(*_error(404, 20404, f"The requested resource {split.path} was not found"))
            return
        route = "media" if operation.startswith("media-") else operation  # for faults

        def handle() -> tuple[int, dict[str, Any] | None]:
            return demo._handle(operation, sid, media_sid, query, form, split.path)

        armed = demo._take_fault(route)
        if armed is None:
            self._reply(*handle())
        else:
            self._reply_with_fault(armed, route, handle, form)

    @staticmethod
    def _route(method: str, path: str) -> tuple[str | None, str | None, str | None, str | None]:
        """Return (operation, account sid, message sid, media sid); "not-allowed" for a
        method the resource does not have, None for no resource."""
        if match := _MEDIA_LIST_ROUTE.match(path):
            operation = "media-list" if method == "GET" else "not-allowed"
            return operation, match.group(1), match.group(2), None
        if match := _MEDIA_ROUTE.match(path):
            operation = {"GET": "media-fetch", "DELETE": "media-delete"}.get(method, "not-allowed")
            return operation, match.group(1), match.group(2), match.group(3)
        if match := _LIST_ROUTE.match(path):
            operation = {"GET": "list", "POST": "send"}.get(method, "not-allowed")
            return operation, match.group(1), None, None
        if match := _FETCH_ROUTE.match(path):
            operation = {"GET": "fetch", "POST": "update", "DELETE": "delete"}.get(
                method, "not-allowed"
            )
            return operation, match.group(1), match.group(2), None
        if match := _ACCOUNT_ROUTE.match(path):
            return ("account" if method == "GET" else "not-allowed"), match.group(1), None, None
        return None, None, None, None

    def _reply_with_fault(
        self,
        armed: _ArmedFault,
        route: str,
        handle: Callable[[], tuple[int, dict[str, Any] | None]],
        form: dict[str, str],
    ) -> None:
        """Answer a request that an armed fault hits (see DemoGateway.inject)."""
        params = armed.params
        if armed.fault is Fault.SERVER_ERROR:
            if params["apply"]:
                handle()
            self._reply(*_error(500, 20500, "An internal server error has occurred"))
        elif armed.fault is Fault.TIMEOUT:
            if route == "send":
                result = handle() if params["apply"] else None
                self.server.stop_event.wait(float(params["stall"]))
                if result is not None and not self.server.stop_event.is_set():
                    self._reply(*result)
                # Without apply the request is "lost": the connection closes with no answer.
                return
            if not self.server.stop_event.wait(float(params["stall"])):
                self._reply(*handle())
        elif armed.fault is Fault.SLOW_CREATE:
            # The gateway works slowly: the message exists only after ``delay``, then the
            # answer goes out (a client with a shorter read timeout has given up by then, and
            # a look-up made meanwhile does not find it yet).
            if not self.server.stop_event.wait(float(params["delay"])):
                self._reply(*handle())
        elif armed.fault is Fault.RATE_LIMIT:
            self._reply(
                *_error(429, 20429, "Too Many Requests"),
                headers={"Retry-After": str(params["retry_after"])},
            )
        elif armed.fault is Fault.MALFORMED_JSON:
            status, payload = handle()
            if 200 <= status < 300 and payload is not None:
                # Cut in half: what a proxy or a broken connection leaves of an answer.
                text = json.dumps(payload)
                self._reply_raw(status, text[: len(text) // 2].encode("utf-8"))
            else:
                self._reply(status, payload)
        elif armed.fault is Fault.REJECT:
            code = int(params["code"])
            text = params["message"] or _TWILIO_TEXTS.get(code, "Unable to create record")
            values = {
                "to": form.get("To", ""),
                "from": form.get("From", ""),
                "service": form.get("MessagingServiceSid", ""),
            }
            self._reply(*_error(400, code, _format_text(text, values)))
        elif armed.fault is Fault.PROXY_ERROR:
            # Something in front of the gateway answers instead of it: nothing is created.
            self._reply_raw(
                int(params["status"]),
                str(params["body"]).encode("utf-8"),
                content_type=str(params["content_type"]),
            )

    def _reply(
        self, status: int, payload: dict[str, Any] | None, headers: dict[str, str] | None = None
    ) -> None:
        """Answer with ``payload`` as JSON; with no body at all when it is None (204)."""
        body = b"" if payload is None else json.dumps(payload).encode("utf-8")
        self._reply_raw(status, body, headers)

    def _reply_raw(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str] | None = None,
        content_type: str = "application/json; charset=utf-8",
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            log.debug("Demo gateway client went away before the answer")


class DemoGateway:
    """A Twilio-compatible SMS gateway on 127.0.0.1, with demo contacts who reply.

    Attributes:
        contacts: the demo contacts.
        auto_reply: whether contacts answer what the desk sends them.
        reply_delay: (min, max) seconds before a contact's answer arrives.
        status_delays: seconds after creation at which a sent message becomes "sent" and
            then "delivered" (or its final status).
    """

    def __init__(
        self,
        *,
        desk_number: str = "+14155550100",
        contacts: Iterable[DemoContact] = DEMO_CONTACTS,
        auto_reply: bool = True,
        reply_delay: tuple[float, float] = (2.0, 5.0),
        status_delays: tuple[float, float] = (0.4, 1.2),
        greet: bool = True,
        state_path: Path | None = None,
        account_sid: str | None = None,
        auth_token: str | None = None,
        media_host: str = "127.0.0.1",
    ) -> None:
        """Configure the demo; nothing listens until start().

        Args:
            desk_number: the desk's number (the only accepted From).
            contacts: the demo contacts who may reply.
            auto_reply: whether contacts reply to what the desk sends.
            reply_delay: (min, max) seconds before a reply arrives.
            status_delays: (sent, final) seconds after a send for its status changes.
            greet: give an empty state two waiting inbound messages at start.
            state_path: a sqlite file to keep the messages in across restarts;
                in memory (lost at stop) when None.
            account_sid: the account sid to accept ("AC" + 32 hex), random when None.
            auth_token: the auth token to accept, random when None.
            media_host: the host name in the storage address a picture's address redirects
                to (this server, without Basic auth, as Twilio's storage host). Another
                name for this machine ("localhost") makes it another host to the client,
                as Twilio's storage is: the credentials must not follow the redirect.
        """
        self.contacts = tuple(contacts)
        self.auto_reply = auto_reply
        self.reply_delay = reply_delay
        self.status_delays = status_delays
        self._desk_number = desk_number
        self._greet = greet
        self._state_path = state_path
        self._account_sid = account_sid or "AC" + secrets.token_hex(16)
        self._auth_token = auth_token or secrets.token_hex(16)
        self._contacts_by_number = {c.number: c for c in self.contacts}
        self._rng = random.Random()
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._faults: list[_ArmedFault] = []
        self._raw_fields: dict[str, dict[str, Any]] = {}  # see inbound_raw
        # Bounded: the app runs on the demo for days, and only tests read this.
        self._requests: deque[tuple[str, str]] = deque(maxlen=_REQUESTS_KEPT)
        self._storage_requests: deque[tuple[str, bool]] = deque(maxlen=_REQUESTS_KEPT)
        self._media_host = media_host
        # Signs storage addresses: unguessable, and good for this run of the server only.
        self._storage_key = secrets.token_bytes(32)
        self._server: _Server | None = None
        self._serve_thread: threading.Thread | None = None
        self._port: int | None = None

    # -- life --------------------------------------------------------------------------------

    def start(self) -> DemoGateway:
        """Open the state and start listening on a free port of 127.0.0.1.

        Returns:
            self, so ``demo = DemoGateway().start()`` reads naturally.
        """
        if self._server is not None:
            return self
        self._connection()
        if self._greet:
            self._add_greetings()
        self._listen(0)
        log.info("Demo SMS gateway listening at %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop listening, end every request thread (within a second) and close the state."""
        self._unlisten()
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def go_down(self) -> None:
        """Stop listening (connections are refused) but keep the state: an outage."""
        self._unlisten()

    def come_back(self) -> None:
        """Listen again on the same port after go_down()."""
        if self._server is not None:
            return
        if self._port is None:
            raise RuntimeError("the demo gateway was never started")
        self._listen(self._port)

    def __enter__(self) -> DemoGateway:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def _listen(self, port: int) -> None:
        server = _Server(("127.0.0.1", port), self)
        self._port = server.server_address[1]
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},  # shutdown() waits up to one poll interval
            name=f"demo-gateway-{self._port}",
            daemon=True,
        )
        self._server, self._serve_thread = server, thread
        thread.start()

    def _unlisten(self) -> None:
        server, thread = self._server, self._serve_thread
        if server is None or thread is None:
            return
        self._server = self._serve_thread = None
        deadline = time.monotonic() + 0.8
        server.stop_event.set()
        server.shutdown()
        server.server_close()
        server.abort_requests(deadline)
        thread.join(timeout=max(0.0, deadline - time.monotonic()))

    # -- what the app sees -------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        """The API's address, "http://127.0.0.1:PORT" (the same port after come_back())."""
        if self._port is None:
            raise RuntimeError("the demo gateway is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def account_sid(self) -> str:
        """The account sid the demo accepts (the Basic-auth user name)."""
        return self._account_sid

    @property
    def auth_token(self) -> str:
        """The auth token the demo accepts (the Basic-auth password)."""
        return self._auth_token

    @property
    def phone_number(self) -> str:
        """The desk's number: the From of what the app sends, the To of what arrives."""
        return self._desk_number

    # -- test helpers ------------------------------------------------------------------------

    def inbound(
        self,
        from_number: str,
        body: str,
        *,
        at: datetime | None = None,
        media: Iterable[tuple[str, bytes]] = (),
    ) -> str:
        """Make an SMS (an MMS, with ``media``) from ``from_number`` arrive for the desk.

        Args:
            from_number: the sender.
            body: the text.
            at: when it was sent (aware); now when None.
            media: pictures as (content type as labelled, bytes): the test hook for hostile
                "images" too (any label on any bytes, any size).

        Returns:
            The new message's sid ("MM…" with media, as Twilio's MMS; "SM…" without).
        """
        items: list[tuple[str, bytes | None, str | None]] = [
            (ctype, data, None) for ctype, data in media
        ]
        sid = self._insert_inbound([(from_number, body)], at, "MM" if items else "SM")[0]
        self._add_media(sid, items)
        return sid

    def inbound_picture(self, from_number: str, body: str = "") -> str:
        """Make a message with the demo's landscape photo (a PNG) arrive from ``from_number``."""
        return self.inbound(from_number, body, media=[("image/png", landscape_png())])

    #: A value for ``inbound_raw``: leave the field out of the record.
    OMIT: Any = object()

    def inbound_raw(
        self,
        fields: dict[str, Any],
        *,
        from_number: str = "+14155550142",
        body: str = "",
        at: datetime | None = None,
    ) -> str:
        """Make an SMS arrive whose record, as listed and fetched, has ``fields`` in place
        of its own: the test hook for malformed records a real gateway might send.

        Any JSON value goes, including text SQLite could not keep here (a lone surrogate is
        sent escaped, as ``\\ud800``); a field set to ``DemoGateway.OMIT`` is left out of the
        record. Kept in memory only (a ``state_path`` does not keep it).

        Args:
            fields: the record's fields to replace, add (or, with ``OMIT``, remove).
            from_number: the sender the stored row has (what ``fields`` does not replace).
            body: the text the stored row has.
            at: when it was sent (aware); now when None.

        Returns:
            The message's sid (as stored: ``fields`` may show another).
        """
        sid = self.inbound_many([(from_number, body)], at=at)[0]
        self.serve_record_as(sid, fields)
        return sid

    def serve_record_as(self, sid: str, fields: dict[str, Any]) -> None:
        """Serve message ``sid`` (any message) with ``fields`` in place of its own, as
        ``inbound_raw`` does: a record the gateway lists or answers malformed."""
        with self._lock:
            self._raw_fields[sid] = dict(fields)

    def restore_record(self, sid: str) -> None:
        """Serve message ``sid`` as stored again: undo ``inbound_raw`` (the gateway fixed it)."""
        with self._lock:
            self._raw_fields.pop(sid, None)

    def _as_served(self, row: _Row, now: float) -> dict[str, Any]:
        """The message's record as the API serves it, with the fields inbound_raw set."""
        record = self._message_json(row, now)
        with self._lock:
            replaced = self._raw_fields.get(row.sid)
        if replaced:
            record.update(replaced)
            for key in [key for key, value in replaced.items() if value is self.OMIT]:
                del record[key]
        return record

    def _add_media(
        self, message_sid: str, items: list[tuple[str, bytes | None, str | None]]
    ) -> None:
        if not items:
            return
        with self._lock:
            db = self._connection()
            with db:
                db.executemany(
                    "INSERT INTO media (sid, message_sid, position, content_type, data, url) "
                    "VALUES (?,?,?,?,?,?)",
                    [
                        (_new_sid("ME"), message_sid, position, ctype, data, url)
                        for position, (ctype, data, url) in enumerate(items)
                    ],
                )

    def _media_rows(self, message_sid: str) -> list[tuple[str, str, int, str | None]]:
        """(sid, content type, size, url) of a message's pictures, in order."""
        with self._lock:
            return list(
                self._connection().execute(
                    "SELECT sid, content_type, length(data), url FROM media "
                    "WHERE message_sid = ? ORDER BY position",
                    (message_sid,),
                )
            )

    def _storage_signature(self, media_sid: str) -> str:
        return hmac.new(self._storage_key, media_sid.encode(), "sha256").hexdigest()

    def _storage_location(self, message_sid: str, media_sid: str) -> str | None:
        """Where a picture's content is, for the redirect: None if it has no bytes here."""
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT data IS NOT NULL FROM media WHERE message_sid = ? AND sid = ?",
                    (message_sid, media_sid),
                )
                .fetchone()
            )
        if row is None or not row[0]:
            return None
        signature = self._storage_signature(media_sid)
        return f"http://{self._media_host}:{self._port}/media-storage/{media_sid}/{signature}"

    def _stored_media(self, media_sid: str, signature: str) -> tuple[str, bytes] | None:
        """A picture's (content type, bytes) at its storage address, if the address is ours."""
        if not hmac.compare_digest(signature, self._storage_signature(media_sid)):
            return None
        with self._lock:
            row = (
                self._connection()
                .execute("SELECT content_type, data FROM media WHERE sid = ?", (media_sid,))
                .fetchone()
            )
        if row is None or row[1] is None:
            return None
        return str(row[0]), bytes(row[1])

    def _record_storage_request(self, path: str, authorization: str | None) -> None:
        with self._lock:
            self._storage_requests.append((path, authorization is not None))

    def storage_requests(self) -> list[tuple[str, bool]]:
        """(path, whether it carried an Authorization header) of each request to the picture
        storage, oldest first: Twilio's storage needs no credentials, and must get none."""
        with self._lock:
            return list(self._storage_requests)

    def inbound_many(
        self, items: Iterable[tuple[str, str]], *, at: datetime | None = None
    ) -> list[str]:
        """Make many SMS arrive at once, in one transaction (for benchmarks).

        Args:
            items: (from_number, body) pairs, in arrival order.
            at: when they were sent (aware); now when None. They share the time and keep
                their order.

        Returns:
            Their sids, in the order given.
        """
        return self._insert_inbound(items, at, "SM")

    def _insert_inbound(
        self, items: Iterable[tuple[str, str]], at: datetime | None, prefix: str
    ) -> list[str]:
        ts = self._timestamp(at)
        rows = [
            (_new_sid(prefix), "inbound", sender, self._desk_number, body, ts, ts, ts, "received")
            for sender, body in items
        ]
        with self._lock:
            db = self._connection()
            with db:
                db.executemany(
                    "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                    "created_ts, sent_ts, final_ts, final_status) VALUES (?,?,?,?,?,?,?,?,?)",
                    rows,
                )
        return [row[0] for row in rows]

    def sent(self) -> list[dict[str, Any]]:
        """Every message the app sent through the API, oldest first, as it is now.

        Returns:
            Dicts with keys to, from, body, status, sid, error_code; and media_urls (the
            MediaUrl values, in order) for a message sent with pictures. ``from`` is None
            while a Messaging Service's message waits for its sender, as the API shows it.
        """
        now = time.time()
        with self._lock:
            rows = self._select("WHERE via_api = 1 ORDER BY created_ts, seq", ())
        result = []
        for row in rows:
            status, _sent, _updated, error_code, _error_message = row.state_at(now)
            entry: dict[str, Any] = {
                "to": row.to_number,
                "from": row.sender_at(now),
                "body": row.body,
                "status": status,
                "sid": row.sid,
                "error_code": error_code,
            }
            media_urls = [url for *_rest, url in self._media_rows(row.sid) if url]
            if media_urls:
                entry["media_urls"] = media_urls
            result.append(entry)
        return result

    def inject(self, fault: Fault, *, times: int = 1, **params: Any) -> None:
        """Arm a fault for the next ``times`` matching requests.

        Args:
            fault: what goes wrong.
            times: how many requests it hits.
            **params: the fault's parameters: ``route`` ("send", "list", "fetch",
                "update", "delete", "account", "media" or "any"); SERVER_ERROR ``apply``;
                TIMEOUT ``stall``, ``apply``; RATE_LIMIT ``retry_after``; FAIL_DELIVERY
                ``error_code``, ``error_message``; FINAL_STATUS ``status``, ``error_code``,
                ``error_message``; REJECT ``code``, ``message``; SLOW_CREATE ``delay`` (the
                message is created only after this many seconds, then answered);
                PROXY_ERROR ``status``, ``body``, ``content_type``. See Fault.

        Raises:
            TypeError: a parameter the fault does not take.
            ValueError: an unknown route, a route other than "send" for a send-only fault,
                or a FINAL_STATUS status that is not a final one.
        """
        defaults = _FAULT_PARAMS[fault]
        unknown = set(params) - set(defaults)
        if unknown:
            raise TypeError(f"{fault.name} takes no parameter {sorted(unknown)}")
        merged = {**defaults, **params}
        if merged["route"] not in _ROUTES:
            raise ValueError(f"route must be one of {_ROUTES}")
        if fault in (*_LIFE_FAULTS, Fault.REJECT, Fault.SLOW_CREATE) and merged["route"] != "send":
            raise ValueError(f"{fault.name} applies to sends only")
        if fault is Fault.FINAL_STATUS and merged["status"] not in _FINAL_STATUSES:
            raise ValueError(f"status must be one of {sorted(_FINAL_STATUSES)}")
        if times < 1:
            raise ValueError("times must be at least 1")
        with self._lock:
            self._faults.append(_ArmedFault(fault, times, merged))

    def clear_faults(self) -> None:
        """Disarm every fault."""
        with self._lock:
            self._faults.clear()

    def requests_seen(self) -> list[tuple[str, str]]:
        """(method, path with query) of each request received (the last 10,000), oldest first."""
        with self._lock:
            return list(self._requests)

    # -- state -------------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        with self._lock:
            if self._db is None:
                target = str(self._state_path) if self._state_path is not None else ":memory:"
                # One connection shared by the handler threads, serialised by self._lock.
                self._db = sqlite3.connect(target, check_same_thread=False)
                self._db.executescript(_SCHEMA)
                have = {row[1] for row in self._db.execute("PRAGMA table_info(messages)")}
                for column, kind in _ADDED_COLUMNS.items():
                    if column not in have:  # a state file an older demo wrote
                        self._db.execute(f"ALTER TABLE messages ADD COLUMN {column} {kind}")
            return self._db

    def _add_greetings(self) -> None:
        with self._lock:
            db = self._connection()
            (count,) = db.execute("SELECT count(*) FROM messages").fetchone()
            if count or not self.contacts:
                return
            now = datetime.now(UTC)
            for index, minutes_ago, text in _GREETINGS:
                contact = self.contacts[index % len(self.contacts)]
                self.inbound(contact.number, text, at=now - timedelta(minutes=minutes_ago))

    @staticmethod
    def _timestamp(at: datetime | None) -> float:
        if at is None:
            return time.time()
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        return at.timestamp()

    def _select(self, where: str, args: tuple[Any, ...]) -> list[_Row]:
        sql = f"SELECT {_COLUMNS} FROM messages {where}"  # noqa: S608 (our own fixed clauses)
        cursor = self._connection().execute(sql, args)
        return [_Row(*values) for values in cursor]

    def _record_request(self, method: str, path: str) -> None:
        with self._lock:
            self._requests.append((method, path))

    def _authorized(self, header: str | None) -> bool:
        if not header or not header.startswith("Basic "):
            return False
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, sep, password = decoded.partition(":")
        # Both compared, always: no early exit that would time the account sid.
        user_ok = hmac.compare_digest(user.encode(), self._account_sid.encode())
        token_ok = hmac.compare_digest(password.encode(), self._auth_token.encode())
        return bool(sep) and user_ok and token_ok

    def _take_fault(self, route: str) -> _ArmedFault | None:
        """Consume one use of the first armed fault that answers a request on ``route``."""
        with self._lock:
            for armed in self._faults:
                if armed.fault in _LIFE_FAULTS:
                    continue  # not an answer: it changes what happens to a created message
                if armed.params["route"] not in ("any", route):
                    continue
                armed.remaining -= 1
                if armed.remaining <= 0:
                    self._faults.remove(armed)
                return armed
        return None

    def _take_delivery_failure(self) -> _ArmedFault | None:
        """Consume one use of the first armed fault that changes a created message's life."""
        with self._lock:
            for armed in self._faults:
                if armed.fault in _LIFE_FAULTS:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._faults.remove(armed)
                    return armed
        return None

    # -- the API -----------------------------------------------------------------------------

    def _handle(
        self,
        operation: str,
        sid: str | None,
        media_sid: str | None,
        query: dict[str, str],
        form: dict[str, str],
        path: str,
    ) -> tuple[int, dict[str, Any] | None]:
        """Answer one authorised API request: (HTTP status, JSON object or None for none)."""
        try:
            if operation == "send":
                return self._create_message(form)
            if operation == "list":
                return self._list_messages(query, path)
            if operation == "account":
                return 200, self._account_json()
            if sid is None:
                raise _Refused(404, 20404, f"The requested resource {path} was not found")
            if operation == "fetch":
                return 200, self._as_served(self._visible_row(sid, path), time.time())
            if operation == "update":
                return self._update_message(sid, form, path)
            if operation == "delete":
                return self._delete_message(sid, path)
            if operation == "media-list":
                return self._list_media(sid, query, path)
            return self._one_media(operation, sid, media_sid or "", path)
        except _Refused as refused:
            return refused.answer

    def _visible_row(self, sid: str, path: str) -> _Row:
        """The message ``sid`` as the API sees it now (404 when it has none)."""
        with self._lock:
            rows = self._select("WHERE sid = ? AND created_ts <= ?", (sid, time.time()))
        if not rows:
            raise _Refused(404, 20404, f"The requested resource {path} was not found")
        return rows[0]

    def _account_json(self) -> dict[str, Any]:
        uri = f"/{API_VERSION}/Accounts/{self._account_sid}"
        created = _rfc2822(time.time())
        return {
            "date_created": created,
            "date_updated": created,
            "friendly_name": "SMS Desk demo",
            "owner_account_sid": self._account_sid,
            "sid": self._account_sid,
            "status": "active",
            "subresource_uris": {"messages": f"{uri}/Messages.json"},
            "type": "Full",
            "uri": f"{uri}.json",
        }

    def _message_json(self, row: _Row, now: float) -> dict[str, Any]:
        status, sent, updated, error_code, error_message = row.state_at(now)
        uri = f"/{API_VERSION}/Accounts/{self._account_sid}/Messages/{row.sid}"
        billed = status in ("sent", "delivered", "received")
        segments = _segments(row.body)
        return {
            "account_sid": self._account_sid,
            "api_version": API_VERSION,
            "body": row.body,
            "date_created": _rfc2822(row.created_ts),
            "date_sent": _rfc2822(sent),
            "date_updated": _rfc2822(updated),
            "direction": row.direction,
            "error_code": error_code,
            "error_message": error_message,
            "from": row.sender_at(now),
            "messaging_service_sid": row.messaging_service_sid,
            "num_media": str(len(self._media_rows(row.sid))),
            # A Messaging Service's message counts 0 segments until it has a sender.
            "num_segments": "0" if status in ("accepted", "scheduled") else str(segments),
            "price": "-0.00790" if billed else None,
            "price_unit": "USD",
            "sid": row.sid,
            "status": status,
            "subresource_uris": {
                "media": f"{uri}/Media.json",
                "feedback": f"{uri}/Feedback.json",
            },
            "to": row.to_number,
            "uri": f"{uri}.json",
        }

    def _create_message(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """Create (send) a message, as Twilio does: "queued" from a From number; "accepted"
        with no ``from`` yet through a Messaging Service (the sender is picked when it goes);
        "scheduled" with ScheduleType=fixed and SendAt, through a Messaging Service only."""
        to = form.get("To", "")
        from_number = form.get("From", "")
        service = form.get("MessagingServiceSid", "")
        body = form.get("Body", "")
        media_urls = [url for url in form.get("MediaUrl", "").split("\n") if url]
        values = {"to": to, "from": from_number, "service": service}
        for failed, code in (
            (not to, 21604),
            (not _E164.match(to), 21211),
            (not from_number and not service, 21603),
            (
                bool(service) and not from_number and not _MESSAGING_SERVICE_SID.match(service),
                21705,
            ),
            (bool(from_number) and from_number != self._desk_number, 21606),
            (not body and not media_urls, 21602),
            (not all(_MEDIA_URL.match(url) for url in media_urls), 21620),
            (len(media_urls) > 10, 21623),
            (len(body) > BODY_LIMIT, 21617),
        ):
            if failed:
                return _error(400, code, _format_text(_TWILIO_TEXTS[code], values))
        now = time.time()
        send_at = None
        if service and form.get("ScheduleType") == "fixed":
            # Without a Messaging Service Twilio drops the scheduling and sends at once.
            send_at = self._send_at(form.get("SendAt", ""), now)
            if send_at is None:
                return _error(400, 35114, _TWILIO_TEXTS[35114])
        if self._opted_out(to, now):
            # As Twilio does: a number that replied STOP can't be sent to until START.
            return _error(400, UNSUBSCRIBED, _TWILIO_TEXTS[UNSUBSCRIBED])
        sent_delay, final_delay = self.status_delays
        final_delay = max(final_delay, sent_delay)
        goes = send_at if send_at is not None else now
        plan, replies = self._life_plan(goes, sent_delay, final_delay)
        sid = _new_sid("MM" if media_urls else "SM")
        with self._lock:
            db = self._connection()
            with db:
                db.execute(
                    "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                    "messaging_service_sid, created_ts, sent_ts, final_ts, final_status, "
                    "error_code, error_message, via_api, send_at) "
                    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1,?)",
                    (
                        sid,
                        "outbound-api",
                        self._desk_number,
                        to,
                        body,
                        service or None,
                        now,
                        *plan,
                        send_at,
                    ),
                )
                if replies and self.auto_reply and to in self._contacts_by_number:
                    self._plan_reply(db, self._contacts_by_number[to], body, goes + final_delay)
            self._add_media(sid, [("", None, url) for url in media_urls])
            (row,) = self._select("WHERE sid = ?", (sid,))
        return 201, self._message_json(row, now)

    def _life_plan(
        self, goes: float, sent_delay: float, final_delay: float
    ) -> tuple[tuple[Any, ...], bool]:
        """A new message's (sent_ts, final_ts, final status, error code, error text), and
        whether a contact may answer it: delivered, unless a FAIL_DELIVERY or FINAL_STATUS
        fault is armed."""
        life = self._take_delivery_failure()
        if life is None:
            return (goes + sent_delay, goes + final_delay, "delivered", None, None), True
        params = life.params
        code = int(params["error_code"]) if params["error_code"] is not None else None
        text = params["error_message"] or (
            _TWILIO_TEXTS.get(code, "Message delivery failed") if code is not None else None
        )
        if life.fault is Fault.FAIL_DELIVERY:
            return (None, goes + sent_delay, "failed", code, text), False
        status = str(params["status"])
        sent_ts = goes + sent_delay if _FINAL_STATUSES[status] else None
        final_ts = goes + final_delay if sent_ts is not None else goes + sent_delay
        return (sent_ts, final_ts, status, code, text), False

    @staticmethod
    def _send_at(value: str, now: float) -> float | None:
        """A SendAt time Twilio accepts (ISO 8601, 15 minutes to 35 days ahead), or None."""
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        ts = moment.timestamp()
        if not now + 15 * 60 <= ts <= now + 35 * 86400:
            return None
        return ts

    def _update_message(self, sid: str, form: dict[str, str], path: str) -> tuple[int, Any]:
        """POST to a message: Body="" redacts its text; Status=canceled cancels it while it
        is scheduled (Twilio's error 30409 once it is not)."""
        row = self._visible_row(sid, path)
        now = time.time()
        if "Status" in form:
            if form["Status"] != "canceled":
                raise _Refused(400, 20001, "Status can only be set to canceled")
            if row.state_at(now)[0] != "scheduled":
                raise _Refused(400, 30409, _TWILIO_TEXTS[30409])
        if "Body" in form and form["Body"] != "":
            raise _Refused(400, 20001, "Body can only be set to an empty string (redacted)")
        with self._lock:
            db = self._connection()
            with db:
                if "Status" in form:
                    db.execute(
                        "UPDATE messages SET sent_ts = NULL, final_ts = ?, "
                        "final_status = 'canceled', error_code = NULL, error_message = NULL "
                        "WHERE sid = ?",
                        (now, sid),
                    )
                if "Body" in form:
                    db.execute("UPDATE messages SET body = '' WHERE sid = ?", (sid,))
            (row,) = self._select("WHERE sid = ?", (sid,))
        return 200, self._message_json(row, now)

    def _delete_message(self, sid: str, path: str) -> tuple[int, None]:
        """DELETE a message and its media: 204 with no body."""
        self._visible_row(sid, path)
        with self._lock:
            db = self._connection()
            with db:
                db.execute("DELETE FROM messages WHERE sid = ?", (sid,))
                db.execute("DELETE FROM media WHERE message_sid = ?", (sid,))
        return 204, None

    def _opted_out(self, number: str, now: float) -> bool:
        """Whether ``number``'s latest opt-out keyword to the desk (so far) was a STOP."""
        with self._lock:
            cursor = self._connection().execute(
                "SELECT body FROM messages WHERE direction = 'inbound' AND from_number = ? "
                "AND created_ts <= ? ORDER BY created_ts DESC LIMIT 500",
                (number, now),
            )
            for (body,) in cursor:
                action = opt_out_action(body)
                if action is not None:
                    return action is OptOutAction.STOP
        return False

    def _plan_reply(
        self, db: sqlite3.Connection, contact: DemoContact, sent_body: str, delivered_ts: float
    ) -> None:
        """Store the contact's answer now, dated in the future: it appears when its time comes.

        Kept in the database rather than on a timer, so no thread outlives stop() and an
        answer still arrives after a restart.
        """
        low, high = self.reply_delay
        # Nobody answers before the message reached their phone.
        ts = max(time.time() + self._rng.uniform(low, high), delivered_ts + 0.05)
        if _ASKS_FOR_PICTURE.search(sent_body):
            sid = _new_sid("MM")  # an MMS
            db.execute(
                "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                "created_ts, sent_ts, final_ts, final_status) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    sid,
                    "inbound",
                    contact.number,
                    self._desk_number,
                    "Here it is!",
                    ts,
                    ts,
                    ts,
                    "received",
                ),
            )
            db.execute(
                "INSERT INTO media (sid, message_sid, position, content_type, data) "
                "VALUES (?,?,0,?,?)",
                (_new_sid("ME"), sid, "image/png", landscape_png()),
            )
            return
        db.execute(
            "INSERT INTO messages (sid, direction, from_number, to_number, body, created_ts, "
            "sent_ts, final_ts, final_status) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                _new_sid("SM"),
                "inbound",
                contact.number,
                self._desk_number,
                contact.reply_to(sent_body, self._rng),
                ts,
                ts,
                ts,
                "received",
            ),
        )

    def _media_json(self, row: _Row, media_sid: str, content_type: str) -> dict[str, Any]:
        base = f"/{API_VERSION}/Accounts/{self._account_sid}/Messages/{row.sid}/Media"
        return {
            "account_sid": self._account_sid,
            "content_type": content_type,
            "date_created": _rfc2822(row.created_ts),
            "date_updated": _rfc2822(row.created_ts),
            "parent_sid": row.sid,
            "sid": media_sid,
            "uri": f"{base}/{media_sid}.json",
        }

    def _list_media(self, sid: str, query: dict[str, str], path: str) -> tuple[int, Any]:
        """A message's media, paged as every list of the API is."""
        page_size, page = _paging(query)
        row = self._visible_row(sid, path)
        media = self._media_rows(sid)
        start = page * page_size
        shown = media[start : start + page_size]

        def uri(number: int) -> str:
            return f"{path}?{urlencode([('PageSize', page_size), ('Page', number)])}"

        return 200, {
            "end": start + max(len(shown) - 1, 0),
            "first_page_uri": uri(0),
            "media_list": [self._media_json(row, m_sid, ctype) for m_sid, ctype, *_ in shown],
            "next_page_uri": uri(page + 1) if start + page_size < len(media) else None,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": uri(page - 1) if page > 0 else None,
            "start": start,
            "uri": uri(page),
        }

    def _one_media(self, operation: str, sid: str, media_sid: str, path: str) -> tuple[int, Any]:
        """GET (the media's record) or DELETE (204) one media of a message."""
        row = self._visible_row(sid, path)
        found = [m for m in self._media_rows(sid) if m[0] == media_sid]
        if not found:
            raise _Refused(404, 20404, f"The requested resource {path} was not found")
        if operation == "media-delete":
            with self._lock:
                db = self._connection()
                with db:
                    db.execute("DELETE FROM media WHERE sid = ?", (media_sid,))
            return 204, None
        return 200, self._media_json(row, media_sid, found[0][1])

    def _list_messages(self, query: dict[str, str], path: str) -> tuple[int, dict[str, Any]]:
        now = time.time()
        page_size, page = _paging(query)
        where = ["created_ts <= ?"]
        args: list[Any] = [now]
        filters: list[tuple[str, str]] = []
        if "To" in query:
            where.append("to_number = ?")
            args.append(query["To"])
            filters.append(("To", query["To"]))
        if "From" in query:
            # A Messaging Service's message has no sender until it goes: From can't find it.
            where.append("from_number = ? AND (messaging_service_sid IS NULL OR sent_ts <= ?)")
            args.extend([query["From"], now])
            filters.append(("From", query["From"]))
        try:
            date_clauses = self._date_filters(query, filters)
        except ValueError:
            return _error(400, 20001, "Invalid DateSent")
        if date_clauses:
            where.append("sent_ts IS NOT NULL AND sent_ts <= ?")
            args.append(now)
            for clause, value in date_clauses:
                where.append(clause)
                args.append(value)
        token = query.get("PageToken", "")
        offset = page * page_size
        with self._lock:
            if token.startswith("PA"):
                # Keyset paging from the last message of the previous page: messages that
                # arrive meanwhile do not shift the pages.
                anchor = self._select("WHERE sid = ?", (token[2:],))
                if anchor:
                    where.append("(created_ts, seq) < (?, ?)")
                    args.extend([anchor[0].created_ts, anchor[0].seq])
                    offset = 0
            rows = self._select(
                f"WHERE {' AND '.join(where)} ORDER BY created_ts DESC, seq DESC LIMIT ? OFFSET ?",
                (*args, page_size + 1, offset),
            )
        more = len(rows) > page_size
        rows = rows[:page_size]

        def uri(number: int, page_token: str | None = None) -> str:
            params = [*filters, ("PageSize", str(page_size)), ("Page", str(number))]
            if page_token:
                params.append(("PageToken", page_token))
            return f"{path}?{urlencode(params)}"

        start = page * page_size
        return 200, {
            "end": start + max(len(rows) - 1, 0),
            "first_page_uri": uri(0),
            "messages": [self._as_served(row, now) for row in rows],
            "next_page_uri": uri(page + 1, "PA" + rows[-1].sid) if more else None,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": uri(page - 1) if page > 0 else None,
            "start": start,
            "uri": uri(page, token or None),
        }

    @staticmethod
    def _date_filters(
        query: dict[str, str], filters: list[tuple[str, str]]
    ) -> list[tuple[str, float]]:
        """SQL clauses for DateSent (that date), DateSent> (on or after that date) and
        DateSent< (on or before it): whole GMT dates, as Twilio filters, whatever time of
        day the value names.

        Raises:
            ValueError: a value that is not a date (see _parse_day).
        """
        clauses: list[tuple[str, float]] = []
        one_day = 86400.0
        for key in ("DateSent", "DateSent>", "DateSent>=", "DateSent<", "DateSent<="):
            if key not in query:
                continue
            value = query[key]
            day = _parse_day(value)
            filters.append((key, value))
            if key == "DateSent":
                clauses.append(("sent_ts >= ?", day))
                clauses.append(("sent_ts < ?", day + one_day))
            elif key.startswith("DateSent>"):
                clauses.append(("sent_ts >= ?", day))
            else:
                clauses.append(("sent_ts < ?", day + one_day))  # the whole of that date
        return clauses
