"""The demo gateway's HTTP server: routes requests to its API and answers the armed faults.

One server per listening period of DemoGateway (go_down() ends it, come_back() starts
another on the same port); the API behind it is demo_api.py.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from desktop.gateway.demo_api import DemoApi
from desktop.gateway.demo_data import TWILIO_TEXTS
from desktop.gateway.demo_faults import ArmedFault, Fault
from desktop.gateway.demo_json import error, format_text

log = logging.getLogger("smsdesk.gateway.demo")

_ACCOUNT_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)\.json$")
_LIST_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages\.json$")
_FETCH_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)\.json$")
_MEDIA_LIST_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media\.json$")
_MEDIA_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media/([^/]+)\.json$")
# A picture's content is at its media uri without ".json" (as on Twilio), which redirects
# to the storage address below: unauthenticated, as Twilio's storage host is.
_MEDIA_CONTENT_ROUTE = re.compile(r"^/2010-04-01/Accounts/([^/]+)/Messages/([^/]+)/Media/(ME\w+)$")
_STORAGE_ROUTE = re.compile(r"^/media-storage/(ME[0-9a-f]{32})/([0-9a-f]{64})$")
_MAX_REQUEST_BYTES = 1 << 20


class DemoServer(ThreadingHTTPServer):
    """The HTTP server of one listening period; it tracks its handler threads to stop them."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], api: DemoApi, media_host: str) -> None:
        """Listen on ``address`` for ``api``; a picture's address redirects to its storage
        on ``media_host`` (this server by another name: see DemoGateway)."""
        self.api = api
        self.media_host = media_host
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

    server: DemoServer
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
        api = self.server.api
        api.record_request(method, self.path)
        split = urlsplit(self.path)
        query = dict(parse_qsl(split.query, keep_blank_values=True))
        if method == "GET" and (match := _STORAGE_ROUTE.match(split.path)):
            # The storage a picture's address redirects to: no Basic auth, as on Twilio.
            api.record_storage_request(split.path, self.headers.get("Authorization"))
            found = api.stored_media(match.group(1), match.group(2))
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
                self._reply(*error(400, 20001, "Invalid or too large request body"))
                return
            raw = self.rfile.read(length).decode("utf-8", "replace")
            pairs = parse_qsl(raw, keep_blank_values=True)
            form = dict(pairs)
            # MediaUrl repeats, once per picture; a URL never holds a raw line break.
            form["MediaUrl"] = "\n".join(v for k, v in pairs if k == "MediaUrl" and v)
        if not api.authorized(self.headers.get("Authorization")):
            self._reply(
                *error(401, 20003, "Authenticate"),
                headers={"WWW-Authenticate": 'Basic realm="Twilio API"'},
            )
            return
        if method == "GET" and (match := _MEDIA_CONTENT_ROUTE.match(split.path)):
            # Twilio answers a picture's address with a redirect to its storage host.
            location = None
            if match.group(1) == api.account_sid:
                port = self.server.server_address[1]
                location = api.storage_location(
                    match.group(2), match.group(3), self.server.media_host, port
                )
            if location is None:
                self._reply(
                    *error(404, 20404, f"The requested resource {split.path} was not found")
                )
            else:
                self._reply_raw(307, b"", headers={"Location": location})
            return
        operation, account, sid, media_sid = self._route(method, split.path)
        if operation is None:
            self._reply(*error(404, 20404, f"The requested resource {split.path} was not found"))
            return
        if operation == "not-allowed":
            self._reply(*error(405, 20004, "Method not allowed"))
            return
        if account != api.account_sid:
            self._reply(*error(404, 20404, f"The requested resource {split.path} was not found"))
            return
        route = "media" if operation.startswith("media-") else operation  # for faults

        def handle() -> tuple[int, dict[str, Any] | None]:
            return api.handle(operation, sid, media_sid, query, form, split.path)

        armed = api.take_fault(route)
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
        armed: ArmedFault,
        route: str,
        handle: Callable[[], tuple[int, dict[str, Any] | None]],
        form: dict[str, str],
    ) -> None:
        """Answer a request that an armed fault hits (see DemoGateway.inject)."""
        params = armed.params
        if armed.fault is Fault.SERVER_ERROR:
            if params["apply"]:
                handle()
            self._reply(*error(500, 20500, "An internal server error has occurred"))
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
                *error(429, 20429, "Too Many Requests"),
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
            text = params["message"] or TWILIO_TEXTS.get(code, "Unable to create record")
            values = {
                "to": form.get("To", ""),
                "from": form.get("From", ""),
                "service": form.get("MessagingServiceSid", ""),
            }
            self._reply(*error(400, code, format_text(text, values)))
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
