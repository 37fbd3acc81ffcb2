"""The demo gateway's webhooks: what Twilio posts to a messaging webhook and a status
callback, posted the same way to an SMS Desk relay.

Every inbound message (a contact's reply included, when its time comes) goes to the
messaging webhook with Twilio's fields (``MessageSid``, ``From``, ``To``, ``Body``,
``NumMedia``, ``MediaUrl0``…), and every status change of a message the desk sent ("sent",
then its final status, with ``ErrorCode`` when it failed) to the status callback the send
named (``StatusCallback``) or, failing that, the configured one. Each request is signed as
Twilio signs it (``X-Twilio-Signature``: HMAC-SHA1 of the URL and the sorted fields, keyed
with the auth token). An event not answered 2xx is posted again, with a growing wait (1 s
doubling to 30 s), until it is: a relay that is down or restarting loses nothing.

The demo's messages carry their planned life in their rows (see demo_rows), so a thread here
looks for what became due since it last looked, ten times a second.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import requests

from desktop.gateway.demo_rows import MessageRows, Row
from desktop.gateway.twilio_signature import twilio_signature

log = logging.getLogger("smsdesk.gateway.demo")

API_VERSION = "2010-04-01"
MAX_WAIT = 30.0
#: Events are collected this long after they are due: a message whose time was read just
#: before a look, and committed just after it, is still seen by the next look.
SETTLE = 0.25


@dataclass(slots=True)
class Event:
    """One webhook to deliver: where, what, and when to try (again)."""

    url: str
    fields: dict[str, str]
    due: float
    wait: float = 1.0
    attempts: int = field(default=0)


class WebhookSender:
    """Posts the demo's events to webhooks from its own thread.

    Args:
        rows: the demo's messages.
        account_sid: the account the fields name.
        auth_token: the key of the signatures.
        inbound_url: the messaging webhook (e.g. ``https://relay/twilio/inbound``).
        status_url: the default status callback (a send's ``StatusCallback`` wins).
        base_url: the demo API's address, for the pictures' ``MediaUrl``.
        status_callbacks: returns the ``StatusCallback`` a message was sent with, if any.
        clock: Unix seconds.
    """

    def __init__(
        self,
        rows: MessageRows,
        *,
        account_sid: str,
        auth_token: str,
        inbound_url: str,
        status_url: str,
        base_url: Callable[[], str],
        status_callbacks: Callable[[str], str | None],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._rows = rows
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._inbound_url = inbound_url
        self._status_url = status_url
        self._base_url = base_url
        self._status_callbacks = status_callbacks
        self._clock = clock
        self._seen_until = 0.0  # everything up to here is queued (0: the whole history)
        self._queue: deque[Event] = deque()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._session = requests.Session()
        self.delivered = 0

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name="demo-gateway-webhooks", daemon=True
            )
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
        self._session.close()

    @property
    def waiting(self) -> int:
        """How many events are not delivered yet."""
        return len(self._queue)

    # -- the thread -------------------------------------------------------------------------

    def _run(self) -> None:
        while not self._stop.wait(0.1):
            try:
                self._collect(self._clock() - SETTLE)
                self._deliver()
            except Exception:  # the demo must never die of a bad event
                log.exception("demo webhooks: an event could not be handled")

    def _collect(self, now: float) -> None:
        """Queue the events that became due in (seen_until, now], oldest first."""
        since, self._seen_until = self._seen_until, now
        events: list[tuple[float, int, str, dict[str, str]]] = []
        for row in self._rows.select(
            "WHERE (direction = 'inbound' AND created_ts > ? AND created_ts <= ?) "
            "OR (via_api = 1 AND ((sent_ts > ? AND sent_ts <= ?) OR "
            "(final_ts > ? AND final_ts <= ?)))",
            (since, now) * 3,
        ):
            if row.direction == "inbound":
                events.append((row.created_ts, row.seq, self._inbound_url, self._inbound(row)))
                continue
            callback = self._status_callbacks(row.sid) or self._status_url
            if not callback:
                continue
            for moment in (row.sent_ts, row.final_ts):
                if moment is not None and since < moment <= now:
                    events.append((moment, row.seq, callback, self._status(row, moment)))
        for _moment, _seq, url, fields in sorted(events, key=lambda e: (e[0], e[1])):
            self._queue.append(Event(url, fields, due=now))

    def _deliver(self) -> None:
        """Post the due events in order; one not answered 2xx waits, and so do the later."""
        while self._queue and not self._stop.is_set():
            event = self._queue[0]
            now = self._clock()
            if event.due > now:
                return
            event.attempts += 1
            try:
                answer = self._session.post(
                    event.url,
                    data=event.fields,
                    headers={
                        "X-Twilio-Signature": twilio_signature(
                            event.url, event.fields.items(), self._auth_token
                        )
                    },
                    timeout=(3.05, 15),
                )
                ok = 200 <= answer.status_code < 300
                why = f"answered {answer.status_code}"
            except requests.RequestException as error:
                ok, why = False, type(error).__name__
            if ok:
                self._queue.popleft()
                self.delivered += 1
                continue
            log.info(
                "demo webhook %s to %s not delivered (%s): again in %.0f s",
                event.fields.get("MessageSid"),
                event.url,
                why,
                event.wait,
            )
            event.due = now + event.wait
            event.wait = min(event.wait * 2, MAX_WAIT)
            return

    # -- Twilio's fields ---------------------------------------------------------------------

    def _inbound(self, row: Row) -> dict[str, str]:
        fields = {
            "AccountSid": self._account_sid,
            "ApiVersion": API_VERSION,
            "Body": row.body,
            "From": row.from_number,
            "MessageSid": row.sid,
            "NumSegments": "1",
            "SmsMessageSid": row.sid,
            "SmsSid": row.sid,
            "SmsStatus": "received",
            "To": row.to_number,
        }
        media = self._rows.media_rows(row.sid)
        fields["NumMedia"] = str(len(media))
        base = f"{self._base_url()}/{API_VERSION}/Accounts/{self._account_sid}/Messages"
        for index, (media_sid, content_type, _size, _url) in enumerate(media):
            fields[f"MediaUrl{index}"] = f"{base}/{row.sid}/Media/{media_sid}"
            fields[f"MediaContentType{index}"] = content_type
        return fields

    def _status(self, row: Row, moment: float) -> dict[str, str]:
        status, _sent, _updated, code, _text = row.state_at(moment)
        fields = {
            "AccountSid": self._account_sid,
            "ApiVersion": API_VERSION,
            "From": row.from_number,
            "MessageSid": row.sid,
            "MessageStatus": status,
            "SmsSid": row.sid,
            "SmsStatus": status,
            "To": row.to_number,
        }
        if code is not None:
            fields["ErrorCode"] = str(code)
        return fields
