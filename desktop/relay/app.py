"""The relay's web application (WSGI): the carrier's webhooks in, a status code out.

Routes:

- ``POST /twilio/inbound``: Twilio's messaging webhook (an inbound SMS or MMS); answered
  with an empty TwiML ``<Response/>`` so Twilio sends no reply of its own.
- ``POST /twilio/status``: the status callback of the messages the desks send.
- ``POST /telnyx``: Telnyx's messaging webhooks (inbound messages and statuses).
- ``GET /health``: 200 when the database answers, 503 when it does not.

Every webhook is checked before anything is read from it: its size (no ``Content-Length``:
411; more than ``max_body_bytes``: 413), its content type (415), its signature (403), its
form (400); then it is stored (``Intake``) and answered 200/204 only once committed. A
database fault answers 503 with ``Retry-After``, so the carrier tries again later and
nothing is lost; any other failure answers 500 (the carrier retries too). Logs say what was
refused and why, never a body, a number, a message text or a secret.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

from desktop.relay.config import RelayConfig
from desktop.relay.intake import Intake
from desktop.relay.signatures import telnyx_valid, twilio_valid
from desktop.relay.webhooks import (
    MalformedWebhook,
    Webhook,
    telnyx_event,
    twilio_inbound,
    twilio_status,
)
from desktop.store.faults import database_fault

log = logging.getLogger("smsdesk.relay")

StartResponse = Callable[..., Any]
Environ = dict[str, Any]
EMPTY_TWIML = b'<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
#: How long a carrier is asked to wait before retrying while the database is away.
RETRY_AFTER_SECONDS = 30

_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    411: "Length Required",
    413: "Content Too Large",
    415: "Unsupported Media Type",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class Refused(Exception):
    """A request answered with an error status; ``reason`` goes to the log only."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class RelayApp:
    """The WSGI application.

    Args:
        config: the relay's configuration.
        intake: stores webhooks.
        database_alive: answers whether the database can be reached (for ``/health``).
        clock: Unix seconds (Telnyx timestamps are checked against it).
    """

    def __init__(
        self,
        config: RelayConfig,
        intake: Intake,
        database_alive: Callable[[], bool],
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._config = config
        self._intake = intake
        self._database_alive = database_alive
        self._clock = clock
        routes: dict[str, Callable[[Environ, bytes], tuple[int, bytes, str]]] = {
            "/twilio/inbound": self._twilio_inbound,
            "/twilio/status": self._twilio_status,
            "/telnyx": self._telnyx,
        }
        # Only the configured carrier's routes: the others have no key to check them with.
        self._routes = {path: route for path, route in routes.items() if config.carrier in path}

    def __call__(self, environ: Environ, start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "") or "/"
        method = environ.get("REQUEST_METHOD", "GET")
        try:
            if path == "/health":
                if method not in ("GET", "HEAD"):
                    raise Refused(405, "health is GET only")
                return self._health(start_response)
            route = self._routes.get(path)
            if route is None:
                raise Refused(404, "no such route")
            if method != "POST":
                raise Refused(405, "webhooks are POST only")
            body = self._body(environ)
            status, content, kind = route(environ, body)
        except Refused as refused:
            log.warning("refused %s %s: %s (%d)", method, path, refused.reason, refused.status)
            headers = [("Retry-After", str(RETRY_AFTER_SECONDS))] if refused.status == 503 else []
            return _answer(start_response, refused.status, b"", "text/plain", headers)
        return _answer(start_response, status, content, kind)

    # -- requests ---------------------------------------------------------------------------

    def _body(self, environ: Environ) -> bytes:
        length_text = environ.get("CONTENT_LENGTH") or ""
        try:
            length = int(length_text)
        except ValueError:
            raise Refused(411, "no Content-Length") from None
        if length < 0:
            raise Refused(400, "a negative Content-Length")
        if length > self._config.max_body_bytes:
            raise Refused(413, f"a body of {length} bytes")
        body: bytes = environ["wsgi.input"].read(length)
        if len(body) != length:
            raise Refused(400, "the body is shorter than its Content-Length")
        return body

    def _keep(self, webhook: Webhook | None) -> None:
        if webhook is None:
            return
        try:
            changed = self._intake.keep(webhook)
        except Exception as error:
            if database_fault(error) is not None:
                raise Refused(
                    503, f"the database is unavailable ({type(error).__name__})"
                ) from None
            log.exception("a webhook could not be stored")
            raise Refused(500, f"storing failed ({type(error).__name__})") from None
        log.info(
            "%s %s %s",
            type(webhook).__name__.lower(),
            webhook.message.sid,
            "stored" if changed else "known",
        )

    def _twilio_fields(self, environ: Environ, body: bytes) -> dict[str, str]:
        kind = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if kind != "application/x-www-form-urlencoded":
            raise Refused(415, f"content type {kind or 'none'}")
        try:
            pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
        except UnicodeDecodeError:
            raise Refused(400, "the form is not UTF-8") from None
        query = environ.get("QUERY_STRING", "")
        url = (
            self._config.public_url + environ.get("PATH_INFO", "") + (f"?{query}" if query else "")
        )
        signature = environ.get("HTTP_X_TWILIO_SIGNATURE")
        if not twilio_valid(url, pairs, signature, self._config.twilio_auth_token):
            raise Refused(403, "missing or wrong X-Twilio-Signature")
        return dict(pairs)

    def _twilio_inbound(self, environ: Environ, body: bytes) -> tuple[int, bytes, str]:
        fields = self._twilio_fields(environ, body)
        try:
            webhook = twilio_inbound(fields, datetime.now(UTC))
        except MalformedWebhook as error:
            raise Refused(400, str(error)) from None
        self._keep(webhook)
        return 200, EMPTY_TWIML, "text/xml"

    def _twilio_status(self, environ: Environ, body: bytes) -> tuple[int, bytes, str]:
        fields = self._twilio_fields(environ, body)
        try:
            webhook = twilio_status(fields, datetime.now(UTC))
        except MalformedWebhook as error:
            raise Refused(400, str(error)) from None
        self._keep(webhook)
        return 204, b"", "text/plain"

    def _telnyx(self, environ: Environ, body: bytes) -> tuple[int, bytes, str]:
        kind = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
        if kind != "application/json":
            raise Refused(415, f"content type {kind or 'none'}")
        if not telnyx_valid(
            body,
            environ.get("HTTP_TELNYX_SIGNATURE_ED25519"),
            environ.get("HTTP_TELNYX_TIMESTAMP"),
            self._config.telnyx_public_key,
            now=self._clock(),
        ):
            raise Refused(403, "missing, wrong or stale telnyx-signature-ed25519")
        try:
            webhook = telnyx_event(body, datetime.now(UTC))
        except MalformedWebhook as error:
            raise Refused(400, str(error)) from None
        self._keep(webhook)
        return 200, b"", "text/plain"

    def _health(self, start_response: StartResponse) -> Iterable[bytes]:
        try:
            alive = self._database_alive()
        except Exception:
            alive = False
        if alive:
            return _answer(start_response, 200, b'{"status": "ok"}', "application/json")
        return _answer(
            start_response,
            503,
            b'{"status": "database unavailable"}',
            "application/json",
            [("Retry-After", str(RETRY_AFTER_SECONDS))],
        )


def _answer(
    start_response: StartResponse,
    status: int,
    body: bytes,
    kind: str,
    extra: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    headers = [("Content-Type", kind), ("Content-Length", str(len(body)))]
    headers += extra or []
    start_response(f"{status} {_REASONS[status]}", headers)
    return [body]
