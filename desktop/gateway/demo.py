"""The embedded demo gateway: a loopback HTTP server speaking the Twilio Messaging API subset.

The app talks to it through TwilioGateway exactly as to a real gateway, so a fresh install
works with no account. Demo contacts answer what the desk sends them; tests use the same
server to inject faults (errors, stalls, rate limits, outages) over real HTTP.

DemoGateway (here) starts and stops it and holds the test hooks; its parts are
demo_server.py (HTTP), demo_api.py (what each request does), demo_rows.py (the messages
in SQLite), demo_json.py (Twilio's JSON), demo_faults.py (Fault), demo_data.py (the
contacts and canned texts) and demo_pictures.py.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from desktop.gateway.demo_api import OMIT, DemoApi
from desktop.gateway.demo_data import DEMO_CONTACTS, GREETINGS, DemoContact
from desktop.gateway.demo_faults import ArmedFaults, Fault
from desktop.gateway.demo_pictures import landscape_png
from desktop.gateway.demo_rows import MessageRows
from desktop.gateway.demo_server import DemoServer

if TYPE_CHECKING:  # (it imports requests: only a demo that posts webhooks loads it)
    from desktop.gateway.demo_webhooks import WebhookSender

# Fault is armed through DemoGateway.inject: the tests import both from here.
__all__ = ["DemoGateway", "Fault"]

log = logging.getLogger("smsdesk.gateway.demo")


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
        webhook_url: str | None = None,
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
            webhook_url: an SMS Desk relay's address: inbound messages and statuses are
                also posted there, signed as Twilio signs them (``/twilio/inbound`` and
                ``/twilio/status`` under it; see demo_webhooks). None: polling only.
        """
        self.contacts = tuple(contacts)
        self.auto_reply = auto_reply
        self.reply_delay = reply_delay
        self.status_delays = status_delays
        self._desk_number = desk_number
        self._greet = greet
        self._account_sid = account_sid or "AC" + secrets.token_hex(16)
        self._auth_token = auth_token or secrets.token_hex(16)
        self._rows = MessageRows(state_path, desk_number)
        self._faults = ArmedFaults()
        self._api = DemoApi(self, self._rows, self._faults)
        self._media_host = media_host
        self._server: DemoServer | None = None
        self._serve_thread: threading.Thread | None = None
        self._port: int | None = None
        self.webhooks: WebhookSender | None = None
        if webhook_url is not None:
            from desktop.gateway.demo_webhooks import WebhookSender

            base = webhook_url.rstrip("/")
            self.webhooks = WebhookSender(
                self._rows,
                account_sid=self._account_sid,
                auth_token=self._auth_token,
                inbound_url=f"{base}/twilio/inbound",
                status_url=f"{base}/twilio/status",
                base_url=lambda: self.base_url,
                status_callbacks=self._api.status_callback,
            )

    # -- life --------------------------------------------------------------------------------

    def start(self) -> DemoGateway:
        """Open the state and start listening on a free port of 127.0.0.1.

        Returns:
            self, so ``demo = DemoGateway().start()`` reads naturally.
        """
        if self._server is not None:
            return self
        self._rows.open()
        if self._greet:
            self._add_greetings()
        self._listen(0)
        log.info("Demo SMS gateway listening at %s", self.base_url)
        if self.webhooks is not None:
            self.webhooks.start()
        return self

    def stop(self) -> None:
        """Stop listening, end every request thread (within a second) and close the state."""
        if self.webhooks is not None:
            self.webhooks.stop()
        self._unlisten()
        self._rows.close()

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
        server = DemoServer(("127.0.0.1", port), self._api, self._media_host)
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
        prefix = "MM" if items else "SM"
        sid = self._rows.insert_inbound([(from_number, body)], self._timestamp(at), prefix)[0]
        self._rows.add_media(sid, items)
        return sid

    def inbound_picture(self, from_number: str, body: str = "") -> str:
        """Make a message with the demo's landscape photo (a PNG) arrive from ``from_number``."""
        return self.inbound(from_number, body, media=[("image/png", landscape_png())])

    #: A value for ``inbound_raw``: leave the field out of the record.
    OMIT: Any = OMIT

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
        self._api.serve_record_as(sid, fields)

    def restore_record(self, sid: str) -> None:
        """Serve message ``sid`` as stored again: undo ``inbound_raw`` (the gateway fixed it)."""
        self._api.restore_record(sid)

    def storage_requests(self) -> list[tuple[str, bool]]:
        """(path, whether it carried an Authorization header) of each request to the picture
        storage, oldest first: Twilio's storage needs no credentials, and must get none."""
        return self._api.storage_requests()

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
        return self._rows.insert_inbound(items, self._timestamp(at), "SM")

    def sent(self) -> list[dict[str, Any]]:
        """Every message the app sent through the API, oldest first, as it is now.

        Returns:
            Dicts with keys to, from, body, status, sid, error_code; and media_urls (the
            MediaUrl values, in order) for a message sent with pictures. ``from`` is None
            while a Messaging Service's message waits for its sender, as the API shows it.
        """
        now = time.time()
        rows = self._rows.select("WHERE via_api = 1 ORDER BY created_ts, seq", ())
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
            media_urls = [url for *_rest, url in self._rows.media_rows(row.sid) if url]
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
        self._faults.arm(fault, times, params)

    def clear_faults(self) -> None:
        """Disarm every fault."""
        self._faults.clear()

    def requests_seen(self) -> list[tuple[str, str]]:
        """(method, path with query) of each request received (the last 10,000), oldest first."""
        return self._api.requests_seen()

    def _add_greetings(self) -> None:
        if self._rows.count() or not self.contacts:
            return
        now = datetime.now(UTC)
        for index, minutes_ago, text in GREETINGS:
            contact = self.contacts[index % len(self.contacts)]
            self.inbound(contact.number, text, at=now - timedelta(minutes=minutes_ago))

    @staticmethod
    def _timestamp(at: datetime | None) -> float:
        if at is None:
            return time.time()
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        return at.timestamp()
