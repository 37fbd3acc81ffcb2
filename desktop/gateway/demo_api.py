"""The demo gateway's Messaging API: what each authorised request does to the messages.

DemoApi answers the requests demo_server.py routes to it (send, list, fetch, update,
delete, media, account), checks Basic auth, signs picture storage addresses and keeps the
request logs tests read; the rows are demo_rows.py, their JSON demo_json.py.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import random
import re
import secrets
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from desktop.gateway.demo_data import ASKS_FOR_PICTURE, TWILIO_TEXTS
from desktop.gateway.demo_faults import ArmedFault, ArmedFaults
from desktop.gateway.demo_json import (
    Refused,
    account_json,
    date_filters,
    error,
    format_text,
    media_json,
    message_json,
    paging,
    send_at,
)
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.demo_rows import MessageRows, PlannedReply, Row, new_sid
from desktop.gateway.twilio_terms import UNSUBSCRIBED

if TYPE_CHECKING:
    from desktop.gateway.demo import DemoGateway

BODY_LIMIT = 1600
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# Twilio needs a public http(s) address; the demo also takes file: addresses on this machine.
_MEDIA_URL = re.compile(r"^(https?|file):", re.IGNORECASE)
_MESSAGING_SERVICE_SID = re.compile(r"^MG[0-9a-fA-F]{32}$")
_REQUESTS_KEPT = 10_000

#: A value for DemoGateway.inbound_raw: leave the field out of the record.
OMIT: Any = object()


class DemoApi:
    """Answers the demo's API requests on its messages, as Twilio's Messaging API does.

    Args:
        demo: the gateway, whose public settings (``auto_reply``, ``reply_delay``,
            ``status_delays``, its numbers and credentials) are read at each request.
        rows: the messages.
        faults: the armed faults.
    """

    def __init__(self, demo: DemoGateway, rows: MessageRows, faults: ArmedFaults) -> None:
        self._demo = demo
        self._rows = rows
        self._faults = faults
        self._contacts_by_number = {c.number: c for c in demo.contacts}
        self._rng = random.Random()
        self._lock = threading.Lock()
        self._raw_fields: dict[str, dict[str, Any]] = {}  # see DemoGateway.inbound_raw
        # Bounded: the app runs on the demo for days, and only tests read this.
        self._requests: deque[tuple[str, str]] = deque(maxlen=_REQUESTS_KEPT)
        self._storage_requests: deque[tuple[str, bool]] = deque(maxlen=_REQUESTS_KEPT)
        # Signs storage addresses: unguessable, and good for this run of the server only.
        self._storage_key = secrets.token_bytes(32)
        # The StatusCallback each send named (demo_webhooks posts its statuses there); kept
        # for this run of the server, bounded as the requests are.
        self._status_callbacks: dict[str, str] = {}

    @property
    def account_sid(self) -> str:
        """The account sid requests must name (and authenticate as)."""
        return self._demo.account_sid

    # -- what the server asks ------------------------------------------------------------------

    def status_callback(self, sid: str) -> str | None:
        """The StatusCallback the message ``sid`` was sent with, if any."""
        with self._lock:
            return self._status_callbacks.get(sid)

    def record_request(self, method: str, path: str) -> None:
        """Log a request (see requests_seen)."""
        with self._lock:
            self._requests.append((method, path))

    def record_storage_request(self, path: str, authorization: str | None) -> None:
        """Log a request to the picture storage (see storage_requests)."""
        with self._lock:
            self._storage_requests.append((path, authorization is not None))

    def authorized(self, header: str | None) -> bool:
        """Whether an Authorization header carries the account sid and auth token."""
        if not header or not header.startswith("Basic "):
            return False
        try:
            decoded = base64.b64decode(header[6:].strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, sep, password = decoded.partition(":")
        # Both compared, always: no early exit that would time the account sid.
        user_ok = hmac.compare_digest(user.encode(), self._demo.account_sid.encode())
        token_ok = hmac.compare_digest(password.encode(), self._demo.auth_token.encode())
        return bool(sep) and user_ok and token_ok

    def take_fault(self, route: str) -> ArmedFault | None:
        """Consume one use of the first armed fault that answers a request on ``route``."""
        return self._faults.take(route)

    def storage_location(
        self, message_sid: str, media_sid: str, host: str, port: int
    ) -> str | None:
        """Where a picture's content is, for the redirect: None if it has no bytes here."""
        if not self._rows.has_content(message_sid, media_sid):
            return None
        signature = self._storage_signature(media_sid)
        return f"http://{host}:{port}/media-storage/{media_sid}/{signature}"

    def stored_media(self, media_sid: str, signature: str) -> tuple[str, bytes] | None:
        """A picture's (content type, bytes) at its storage address, if the address is ours."""
        if not hmac.compare_digest(signature, self._storage_signature(media_sid)):
            return None
        return self._rows.content(media_sid)

    def _storage_signature(self, media_sid: str) -> str:
        return hmac.new(self._storage_key, media_sid.encode(), "sha256").hexdigest()

    # -- what tests ask ------------------------------------------------------------------------

    def requests_seen(self) -> list[tuple[str, str]]:
        """(method, path with query) of each request received (the last 10,000), oldest first."""
        with self._lock:
            return list(self._requests)

    def storage_requests(self) -> list[tuple[str, bool]]:
        """(path, whether it carried an Authorization header) of each storage request."""
        with self._lock:
            return list(self._storage_requests)

    def serve_record_as(self, sid: str, fields: dict[str, Any]) -> None:
        """Serve message ``sid`` with ``fields`` in place of its own (see inbound_raw)."""
        with self._lock:
            self._raw_fields[sid] = dict(fields)

    def restore_record(self, sid: str) -> None:
        """Serve message ``sid`` as stored again."""
        with self._lock:
            self._raw_fields.pop(sid, None)

    # -- the API -------------------------------------------------------------------------------

    def handle(
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
                return 200, account_json(self._demo.account_sid, time.time())
            if sid is None:
                raise Refused(404, 20404, f"The requested resource {path} was not found")
            if operation == "fetch":
                return 200, self._as_served(self._visible_row(sid, path), time.time())
            if operation == "update":
                return self._update_message(sid, form, path)
            if operation == "delete":
                self._visible_row(sid, path)
                self._rows.delete(sid)  # and its media
                return 204, None
            if operation == "media-list":
                return self._list_media(sid, query, path)
            return self._one_media(operation, sid, media_sid or "", path)
        except Refused as refused:
            return refused.answer

    def _visible_row(self, sid: str, path: str) -> Row:
        """The message ``sid`` as the API sees it now (404 when it has none)."""
        row = self._rows.visible(sid, time.time())
        if row is None:
            raise Refused(404, 20404, f"The requested resource {path} was not found")
        return row

    def _message_json(self, row: Row, now: float) -> dict[str, Any]:
        num_media = len(self._rows.media_rows(row.sid))
        return message_json(row, now, self._demo.account_sid, num_media)

    def _as_served(self, row: Row, now: float) -> dict[str, Any]:
        """The message's record as the API serves it, with the fields inbound_raw set."""
        record = self._message_json(row, now)
        with self._lock:
            replaced = self._raw_fields.get(row.sid)
        if replaced:
            record.update(replaced)
            for key in [key for key, value in replaced.items() if value is OMIT]:
                del record[key]
        return record

    def _create_message(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """Create (send) a message, as Twilio does: "queued" from a From number; "accepted"
        with no ``from`` yet through a Messaging Service (the sender is picked when it goes);
        "scheduled" with ScheduleType=fixed and SendAt, through a Messaging Service only."""
        desk_number = self._demo.phone_number
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
            (bool(from_number) and from_number != desk_number, 21606),
            (not body and not media_urls, 21602),
            (not all(_MEDIA_URL.match(url) for url in media_urls), 21620),
            (len(media_urls) > 10, 21623),
            (len(body) > BODY_LIMIT, 21617),
        ):
            if failed:
                return error(400, code, format_text(TWILIO_TEXTS[code], values))
        now = time.time()
        goes_at = None
        if service and form.get("ScheduleType") == "fixed":
            # Without a Messaging Service Twilio drops the scheduling and sends at once.
            goes_at = send_at(form.get("SendAt", ""), now)
            if goes_at is None:
                return error(400, 35114, TWILIO_TEXTS[35114])
        if self._rows.opted_out(to, now):
            # As Twilio does: a number that replied STOP can't be sent to until START.
            return error(400, UNSUBSCRIBED, TWILIO_TEXTS[UNSUBSCRIBED])
        sent_delay, final_delay = self._demo.status_delays
        final_delay = max(final_delay, sent_delay)
        goes = goes_at if goes_at is not None else now
        plan, replies = self._faults.life_plan(goes, sent_delay, final_delay)
        reply = None
        if replies and self._demo.auto_reply and to in self._contacts_by_number:
            reply = self._plan_reply(to, body, goes + final_delay)
        row = self._rows.create_outbound(
            sid=new_sid("MM" if media_urls else "SM"),
            to=to,
            body=body,
            service=service or None,
            now=now,
            plan=plan,
            send_at=goes_at,
            reply=reply,
            media_urls=media_urls,
        )
        callback = form.get("StatusCallback", "")
        if callback:
            with self._lock:
                if len(self._status_callbacks) >= _REQUESTS_KEPT:
                    self._status_callbacks.pop(next(iter(self._status_callbacks)))
                self._status_callbacks[row.sid] = callback
        return 201, self._message_json(row, now)

    def _plan_reply(self, number: str, sent_body: str, delivered_ts: float) -> PlannedReply:
        """The contact's answer to what the desk sent them, dated when it will arrive.

        Stored with the message (not on a timer): it appears when its time comes.
        """
        contact = self._contacts_by_number[number]
        low, high = self._demo.reply_delay
        # Nobody answers before the message reached their phone.
        ts = max(time.time() + self._rng.uniform(low, high), delivered_ts + 0.05)
        if ASKS_FOR_PICTURE.search(sent_body):
            return PlannedReply(contact.number, "Here it is!", ts, landscape_png())  # an MMS
        return PlannedReply(contact.number, contact.reply_to(sent_body, self._rng), ts)

    def _update_message(self, sid: str, form: dict[str, str], path: str) -> tuple[int, Any]:
        """POST to a message: Body="" redacts its text; Status=canceled cancels it while it
        is scheduled (Twilio's error 30409 once it is not)."""
        row = self._visible_row(sid, path)
        now = time.time()
        if "Status" in form:
            if form["Status"] != "canceled":
                raise Refused(400, 20001, "Status can only be set to canceled")
            if row.state_at(now)[0] != "scheduled":
                raise Refused(400, 30409, TWILIO_TEXTS[30409])
        if "Body" in form and form["Body"] != "":
            raise Refused(400, 20001, "Body can only be set to an empty string (redacted)")
        row = self._rows.update(
            sid, cancel_at=now if "Status" in form else None, redact="Body" in form
        )
        return 200, self._message_json(row, now)

    def _list_media(self, sid: str, query: dict[str, str], path: str) -> tuple[int, Any]:
        """A message's media, paged as every list of the API is."""
        page_size, page = paging(query)
        row = self._visible_row(sid, path)
        media = self._rows.media_rows(sid)
        start = page * page_size
        shown = media[start : start + page_size]
        account_sid = self._demo.account_sid

        def uri(number: int) -> str:
            return f"{path}?{urlencode([('PageSize', page_size), ('Page', number)])}"

        return 200, {
            "end": start + max(len(shown) - 1, 0),
            "first_page_uri": uri(0),
            "media_list": [
                media_json(row, account_sid, m_sid, ctype) for m_sid, ctype, *_ in shown
            ],
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
        found = [m for m in self._rows.media_rows(sid) if m[0] == media_sid]
        if not found:
            raise Refused(404, 20404, f"The requested resource {path} was not found")
        if operation == "media-delete":
            self._rows.delete_media(media_sid)
            return 204, None
        return 200, media_json(row, self._demo.account_sid, media_sid, found[0][1])

    def _list_messages(self, query: dict[str, str], path: str) -> tuple[int, dict[str, Any]]:
        now = time.time()
        page_size, page = paging(query)
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
            date_clauses = date_filters(query, filters)
        except ValueError:
            return error(400, 20001, "Invalid DateSent")
        if date_clauses:
            where.append("sent_ts IS NOT NULL AND sent_ts <= ?")
            args.append(now)
            for clause, value in date_clauses:
                where.append(clause)
                args.append(value)
        token = query.get("PageToken", "")
        rows = self._rows.newest(
            where,
            args,
            after_sid=token[2:] if token.startswith("PA") else None,
            limit=page_size + 1,
            offset=page * page_size,
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
