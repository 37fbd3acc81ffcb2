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
from email.utils import format_datetime
from enum import Enum
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from desktop.core.optouts import UNSUBSCRIBED_ERROR, OptOutAction, opt_out_action
from desktop.gateway.demo_pictures import landscape_png

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
# A picture's content is at its media uri without ".json" (as on Twilio).
_MEDIA_CONTENT_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media/(ME\w+)$")
_ROUTES = ("send", "list", "fetch", "account", "media", "any")
_MAX_REQUEST_BYTES = 1 << 20
_REQUESTS_KEPT = 10_000


class Fault(Enum):
    """What the demo gateway can be told to do wrong (see DemoGateway.inject)."""

    SERVER_ERROR = "server_error"
    TIMEOUT = "timeout"
    RATE_LIMIT = "rate_limit"
    MALFORMED_JSON = "malformed_json"
    FAIL_DELIVERY = "fail_delivery"
    REJECT = "reject"
    SLOW_CREATE = "slow_create"


# The parameters each fault takes, with their defaults.
_FAULT_PARAMS: dict[Fault, dict[str, Any]] = {
    Fault.SERVER_ERROR: {"apply": False, "route": "any"},
    Fault.TIMEOUT: {"stall": 3.0, "apply": False, "route": "any"},
    Fault.RATE_LIMIT: {"retry_after": 2, "route": "any"},
    Fault.MALFORMED_JSON: {"route": "any"},
    Fault.FAIL_DELIVERY: {"error_code": 21610, "error_message": None, "route": "send"},
    Fault.REJECT: {"code": 21211, "message": None, "route": "send"},
    Fault.SLOW_CREATE: {"delay": 1.0, "route": "send"},
}

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
    via_api INTEGER NOT NULL DEFAULT 0
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
    "sent_ts, final_ts, final_status, error_code, error_message, via_api"
)


@dataclass(frozen=True, slots=True)
class _Row:
    """One stored message. Outbound rows hold their whole planned life-cycle.

    A row is "queued" until ``sent_ts``, "sent" until ``final_ts``, then ``final_status``;
    the status is computed from the clock when read, so no timer thread is needed and the
    life-cycle carries on across restarts. Rows with ``created_ts`` in the future (contact
    replies still being "typed") are invisible until then.
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

    def state_at(self, now: float) -> tuple[str, float | None, float, int | None, str | None]:
        """Return (status, date_sent, date_updated, error_code, error_message) at ``now``."""
        sent = self.sent_ts if self.sent_ts is not None and self.sent_ts <= now else None
        if now >= self.final_ts:
            return self.final_status, sent, self.final_ts, self.error_code, self.error_message
        if sent is not None:
            return "sent", sent, sent, None, None
        return "queued", None, self.created_ts, None, None


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


def _parse_bound(value: str) -> tuple[float, bool]:
    """Read a DateSent filter value: (timestamp, whether it was a whole date).

    Raises:
        ValueError: neither YYYY-MM-DD nor an ISO datetime.
    """
    try:
        day = date.fromisoformat(value)
    except ValueError:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp(), False
    return datetime(day.year, day.month, day.day, tzinfo=UTC).timestamp(), True


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
            found = None
            if match.group(1) == demo.account_sid:
                found = demo._media_content(match.group(2), match.group(3))
            if found is None:
                self._reply(
                    *_error(404, 20404, f"The requested resource {split.path} was not found")
                )
            else:
                self._reply_raw(200, found[1], content_type=found[0])
            return
        route, account, sid = self._route(method, split.path)
        if route is None:
            self._reply(*_error(404, 20404, f"The requested resource {split.path} was not found"))
            return
        if route == "not-allowed":
            self._reply(*_error(405, 20004, "Method not allowed"))
            return
        if account != demo.account_sid:
            self._reply(*_error(404, 20404, f"The requested resource {split.path} was not found"))
            return

        def handle() -> tuple[int, dict[str, Any]]:
            return demo._handle(route, sid, query, form, split.path)

        armed = demo._take_fault(route)
        if armed is None:
            self._reply(*handle())
        else:
            self._reply_with_fault(armed, route, handle, form)

    @staticmethod
    def _route(method: str, path: str) -> tuple[str | None, str | None, str | None]:
        """Return (route, account sid, message sid); route "not-allowed" for a wrong method."""
        if match := _MEDIA_LIST_ROUTE.match(path):
            return ("media" if method == "GET" else "not-allowed"), match.group(1), match.group(2)
        if match := _LIST_ROUTE.match(path):
            route = {"GET": "list", "POST": "send"}.get(method, "not-allowed")
            return route, match.group(1), None
        if match := _FETCH_ROUTE.match(path):
            return ("fetch" if method == "GET" else "not-allowed"), match.group(1), match.group(2)
        if match := _ACCOUNT_ROUTE.match(path):
            return ("account" if method == "GET" else "not-allowed"), match.group(1), None
        return None, None, None

    def _reply_with_fault(
        self,
        armed: _ArmedFault,
        route: str,
        handle: Callable[[], tuple[int, dict[str, Any]]],
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
            if 200 <= status < 300:
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

    def _reply(
        self, status: int, payload: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        self._reply_raw(status, json.dumps(payload).encode("utf-8"), headers)

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
            The new message's sid.
        """
        sid = self.inbound_many([(from_number, body)], at=at)[0]
        self._add_media(sid, [(ctype, data, None) for ctype, data in media])
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

    def _media_content(self, message_sid: str, media_sid: str) -> tuple[str, bytes] | None:
        with self._lock:
            row = (
                self._connection()
                .execute(
                    "SELECT content_type, data FROM media WHERE message_sid = ? AND sid = ?",
                    (message_sid, media_sid),
                )
                .fetchone()
            )
        if row is None or row[1] is None:
            return None
        return str(row[0]), bytes(row[1])

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
        ts = self._timestamp(at)
        rows = [
            (_new_sid("SM"), "inbound", sender, self._desk_number, body, ts, ts, ts, "received")
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
            MediaUrl values, in order) for a message sent with pictures.
        """
        now = time.time()
        with self._lock:
            rows = self._select("WHERE via_api = 1 ORDER BY created_ts, seq", ())
        result = []
        for row in rows:
            status, _sent, _updated, error_code, _error_message = row.state_at(now)
            entry: dict[str, Any] = {
                "to": row.to_number,
                "from": row.from_number,
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
            **params: the fault's parameters: ``route`` ("send", "list", "fetch", "account"
                or "any"); SERVER_ERROR ``apply``; TIMEOUT ``stall``, ``apply``; RATE_LIMIT
                ``retry_after``; FAIL_DELIVERY ``error_code``, ``error_message``; REJECT
                ``code``, ``message``; SLOW_CREATE ``delay`` (the message is created only
                after this many seconds, then answered).

        Raises:
            TypeError: a parameter the fault does not take.
            ValueError: an unknown route, or a route other than "send" for a send-only fault.
        """
        defaults = _FAULT_PARAMS[fault]
        unknown = set(params) - set(defaults)
        if unknown:
            raise TypeError(f"{fault.name} takes no parameter {sorted(unknown)}")
        merged = {**defaults, **params}
        if merged["route"] not in _ROUTES:
            raise ValueError(f"route must be one of {_ROUTES}")
        if (
            fault in (Fault.FAIL_DELIVERY, Fault.REJECT, Fault.SLOW_CREATE)
            and merged["route"] != "send"
        ):
            raise ValueError(f"{fault.name} applies to sends only")
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
                if armed.fault is Fault.FAIL_DELIVERY:
                    continue  # not an answer: it changes what happens to a created message
                if armed.params["route"] not in ("any", route):
                    continue
                armed.remaining -= 1
                if armed.remaining <= 0:
                    self._faults.remove(armed)
                return armed
        return None

    def _take_delivery_failure(self) -> _ArmedFault | None:
        with self._lock:
            for armed in self._faults:
                if armed.fault is Fault.FAIL_DELIVERY:
                    armed.remaining -= 1
                    if armed.remaining <= 0:
                        self._faults.remove(armed)
                    return armed
        return None

    # -- the API -----------------------------------------------------------------------------

    def _handle(
        self,
        route: str,
        sid: str | None,
        query: dict[str, str],
        form: dict[str, str],
        path: str,
    ) -> tuple[int, dict[str, Any]]:
        """Answer one authorised API request: (HTTP status, JSON object)."""
        if route == "send":
            return self._create_message(form)
        if route == "list":
            return self._list_messages(query, path)
        if route == "fetch" and sid is not None:
            return self._fetch_message(sid, path)
        if route == "media" and sid is not None:
            return self._list_media(sid, path)
        return 200, self._account_json()

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
            "from": row.from_number,
            "messaging_service_sid": row.messaging_service_sid,
            "num_media": str(len(self._media_rows(row.sid))),
            "num_segments": str(_segments(row.body)),
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
        if self._opted_out(to, now):
            # As Twilio does: a number that replied STOP can't be sent to until START.
            return _error(400, UNSUBSCRIBED_ERROR, _TWILIO_TEXTS[UNSUBSCRIBED_ERROR])
        sent_delay, final_delay = self.status_delays
        final_delay = max(final_delay, sent_delay)
        failure = self._take_delivery_failure()
        sid = _new_sid("SM")
        if failure is not None:
            code = int(failure.params["error_code"])
            error_message = failure.params["error_message"] or _TWILIO_TEXTS.get(
                code, "Message delivery failed"
            )
            plan: tuple[Any, ...] = (None, now + sent_delay, "failed", code, error_message)
        else:
            plan = (now + sent_delay, now + final_delay, "delivered", None, None)
        with self._lock:
            db = self._connection()
            with db:
                db.execute(
                    "INSERT INTO messages (sid, direction, from_number, to_number, body, "
                    "messaging_service_sid, created_ts, sent_ts, final_ts, final_status, "
                    "error_code, error_message, via_api) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,1)",
                    (
                        sid,
                        "outbound-api",
                        self._desk_number,
                        to,
                        body,
                        service or None,
                        now,
                        *plan,
                    ),
                )
                if failure is None and self.auto_reply and to in self._contacts_by_number:
                    self._plan_reply(db, self._contacts_by_number[to], body, now + final_delay)
            self._add_media(sid, [("", None, url) for url in media_urls])
            (row,) = self._select("WHERE sid = ?", (sid,))
        return 201, self._message_json(row, now)

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
            sid = _new_sid("SM")
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

    def _list_media(self, sid: str, path: str) -> tuple[int, dict[str, Any]]:
        now = time.time()
        with self._lock:
            rows = self._select("WHERE sid = ? AND created_ts <= ?", (sid, now))
        if not rows:
            return _error(404, 20404, f"The requested resource {path} was not found")
        base = f"/{API_VERSION}/Accounts/{self._account_sid}/Messages/{sid}/Media"
        items = [
            {
                "account_sid": self._account_sid,
                "content_type": content_type,
                "parent_sid": sid,
                "sid": media_sid,
                "uri": f"{base}/{media_sid}.json",
            }
            for media_sid, content_type, _size, _url in self._media_rows(sid)
        ]
        return 200, {"media_list": items, "uri": f"{base}.json", "page": 0}

    def _fetch_message(self, sid: str, path: str) -> tuple[int, dict[str, Any]]:
        now = time.time()
        with self._lock:
            rows = self._select("WHERE sid = ? AND created_ts <= ?", (sid, now))
        if not rows:
            return _error(404, 20404, f"The requested resource {path} was not found")
        return 200, self._as_served(rows[0], now)

    def _list_messages(self, query: dict[str, str], path: str) -> tuple[int, dict[str, Any]]:
        now = time.time()
        try:
            page_size = max(1, min(int(query.get("PageSize", "50")), 1000))
            page = max(0, int(query.get("Page", "0")))
        except ValueError:
            return _error(400, 20001, "Invalid Page or PageSize")
        where = ["created_ts <= ?"]
        args: list[Any] = [now]
        filters: list[tuple[str, str]] = []
        for key, column in (("To", "to_number"), ("From", "from_number")):
            if key in query:
                where.append(f"{column} = ?")
                args.append(query[key])
                filters.append((key, query[key]))
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
        """SQL clauses for DateSent, DateSent> (on or after) and DateSent< (on or before).

        Raises:
            ValueError: a value that is neither a date nor an ISO datetime.
        """
        clauses: list[tuple[str, float]] = []
        one_day = 86400.0
        for key in ("DateSent", "DateSent>", "DateSent>=", "DateSent<", "DateSent<="):
            if key not in query:
                continue
            value = query[key]
            ts, whole_day = _parse_bound(value)
            filters.append((key, value))
            if key == "DateSent":
                clauses.append(("sent_ts >= ?", ts))
                clauses.append(("sent_ts < ?", ts + one_day if whole_day else ts + 1))
            elif key.startswith("DateSent>"):
                clauses.append(("sent_ts >= ?", ts))
            elif whole_day:
                clauses.append(("sent_ts < ?", ts + one_day))  # the whole of that date
            else:
                clauses.append(("sent_ts <= ?", ts))
        return clauses
