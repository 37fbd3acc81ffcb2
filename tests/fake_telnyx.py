"""A stand-in for Telnyx's Messaging API v2 on 127.0.0.1, for the adapter and UI tests.

It speaks the subset SMS Desk uses, in the shapes of Telnyx's OpenAPI description (the pieces
in ``tests/data/telnyx``): ``POST /v2/messages`` answers an ``OutboundMessagePayload``,
``GET /v2/messages/{id}`` the message as it is now, ``GET /v2/messaging_profiles/{id}`` and
``GET /v2/phone_numbers?filter[phone_number]=…`` for Test connection; a wrong key gets 401,
and a test can make the next answer anything (an ``Errors`` body, a 429 with Retry-After, a
5xx, a stall past the client's timeout). Every request is recorded, its JSON body parsed.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

API_KEY = "KEY0123456789ABCDEF_test"
PROFILE_ID = "4000eba1-a0c0-4563-9925-b25e842a7cb6"
DESK = "+18445550001"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def error_body(code: str, title: str, detail: str = "", pointer: str = "") -> dict[str, Any]:
    """An ``Errors`` body with one entry."""
    entry: dict[str, Any] = {"code": code, "title": title}
    if detail:
        entry["detail"] = detail
    if pointer:
        entry["source"] = {"pointer": pointer}
    return {"errors": [entry]}


@dataclass
class Answer:
    """A canned answer for the next request: status, JSON body (or raw bytes), headers, and
    a delay before it (past the client's read timeout: a lost answer)."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    then_create: bool = False  # a POST still creates the message (the answer is what is lost)


@dataclass
class Seen:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any


class FakeTelnyx:
    """The server; ``with FakeTelnyx() as telnyx: telnyx.url``.

    Attributes:
        url: its base address ("http://127.0.0.1:PORT").
        seen: every request, in order.
        messages: the messages it created, by id (its records, as GET answers them).
        profiles: messaging profiles by id (``{"name", "enabled"}``).
        numbers: the account's numbers (E.164).
    """

    def __init__(self) -> None:
        self.seen: list[Seen] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self.profiles: dict[str, dict[str, Any]] = {
            PROFILE_ID: {"name": "Front desk", "enabled": True}
        }
        self.numbers = [DESK]
        self._next: deque[Answer] = deque()
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> FakeTelnyx:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    # -- what the test arranges ------------------------------------------------------------

    def answer_next(self, answer: Answer) -> None:
        """The next request (any) gets ``answer``."""
        with self._lock:
            self._next.append(answer)

    def set_status(self, sid: str, word: str, code: str | None = None, title: str = "") -> None:
        """Message ``sid`` is ``word`` from now on (with an error ``code`` if given)."""
        with self._lock:
            record = self.messages[sid]
            record["to"][0]["status"] = word
            if word in ("sent", "delivered", "delivery_failed", "delivery_unconfirmed"):
                record["sent_at"] = record["sent_at"] or now_iso()
            if word in ("delivered", "delivery_failed", "sending_failed", "expired"):
                record["completed_at"] = now_iso()
            record["errors"] = [{"code": code, "title": title or "Failed"}] if code else []

    def posted(self) -> list[dict[str, Any]]:
        """The JSON bodies of every ``POST /v2/messages``."""
        return [s.body for s in self.seen if s.method == "POST" and s.path == "/v2/messages"]

    # -- the server -----------------------------------------------------------------------

    def _create(self, request: dict[str, Any]) -> dict[str, Any]:
        media = request.get("media_urls") or []
        record = {
            "record_type": "message",
            "direction": "outbound",
            "id": str(uuid.uuid4()),
            "type": "MMS" if media else "SMS",
            "messaging_profile_id": request.get("messaging_profile_id") or PROFILE_ID,
            "organization_id": "b448f9cc-a842-4784-98e9-03c1a5872950",
            "from": {
                "phone_number": request.get("from") or DESK,
                "carrier": "TELNYX LLC",
                "line_type": "VoIP",
            },
            "to": [
                {
                    "phone_number": request.get("to"),
                    "status": "queued",
                    "carrier": "T-MOBILE USA, INC.",
                    "line_type": "Wireless",
                }
            ],
            "text": request.get("text", ""),
            "subject": None,
            "media": [
                {"url": url, "content_type": None, "sha256": None, "size": None} for url in media
            ],
            "webhook_url": request.get("webhook_url"),
            "webhook_failover_url": None,
            "encoding": "GSM-7",
            "parts": 1,
            "tags": [],
            "cost": None,
            "received_at": now_iso(),
            "sent_at": None,
            "completed_at": None,
            "valid_until": None,
            "errors": [],
        }
        self.messages[record["id"]] = record
        return record

    def _route(self, seen: Seen) -> tuple[int, Any, dict[str, str]]:
        if seen.headers.get("authorization") != f"Bearer {API_KEY}":
            return 401, error_body("10009", "Authentication failed"), {}
        path = seen.path
        if seen.method == "POST" and path == "/v2/messages":
            body = seen.body if isinstance(seen.body, dict) else {}
            if not body.get("to"):
                return 422, error_body("10004", "Missing required parameter", pointer="/to"), {}
            return 200, {"data": json.loads(json.dumps(self._create(body)))}, {}
        if seen.method == "GET" and path.startswith("/v2/messages/"):
            record = self.messages.get(path.rsplit("/", 1)[1])
            if record is None:
                return 404, error_body("10005", "Resource not found"), {}
            return 200, {"data": json.loads(json.dumps(record))}, {}
        if seen.method == "GET" and path.startswith("/v2/messaging_profiles/"):
            profile_id = path.rsplit("/", 1)[1]
            profile = self.profiles.get(profile_id)
            if profile is None:
                return 404, error_body("10005", "Resource not found"), {}
            return (
                200,
                {"data": {"record_type": "messaging_profile", "id": profile_id, **profile}},
                {},
            )
        if seen.method == "GET" and path == "/v2/phone_numbers":
            wanted = seen.query.get("filter[phone_number]", [""])[0]
            found = [
                {
                    "record_type": "phone_number",
                    "id": "1293384261075731499",
                    "phone_number": n,
                    "status": "active",
                    "messaging_profile_id": PROFILE_ID,
                }
                for n in self.numbers
                if n == wanted
            ]
            return 200, {"data": found, "meta": {"total_results": len(found)}}, {}
        return 404, error_body("10005", "Resource not found"), {}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _serve(self, method: str) -> None:
                split = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = raw
                seen = Seen(
                    method,
                    split.path,
                    parse_qs(split.query),
                    {k.lower(): v for k, v in self.headers.items()},
                    body,
                )
                with fake._lock:
                    fake.seen.append(seen)
                    canned = fake._next.popleft() if fake._next else None
                    if canned is None or canned.then_create:
                        status, payload, headers = fake._route(seen)
                    if canned is not None and not canned.then_create:
                        status, payload, headers = canned.status, canned.body, canned.headers
                if canned is not None and canned.delay:
                    time.sleep(canned.delay)
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    content_type = "text/html" if isinstance(payload, bytes) else "application/json"
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the client gave up (a timeout test)

            def do_GET(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

        return Handler
