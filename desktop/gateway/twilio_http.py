"""The Twilio adapter's HTTP: one request, its answer decoded or mapped to a GatewayError.

Credentials go only to the gateway's own origin: redirects are never followed for API
calls, next-page addresses on another host are ignored, and a picture's redirect is checked
here before ``twilio`` follows it. Texts are ours, never the library's, and never carry the
auth token or the account sid.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote, urljoin, urlsplit

import requests
import urllib3.exceptions

from desktop import __version__
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gateway.address import is_loopback
from desktop.gateway.base import (
    AuthenticationFailed,
    GatewayError,
    GatewayServerError,
    GatewayTimeout,
    GatewayUnreachable,
    MalformedResponse,
    MessageNotFound,
    RateLimited,
    RequestRefused,
)
from desktop.gateway.errors import describe_refusal
from desktop.gateway.terms import CarrierTerms
from desktop.gateway.twilio_parse import optional_code, parse_retry_after

log = logging.getLogger("smsdesk.gateway")

API_VERSION = "2010-04-01"
#: Marked here, translated where raised: translate("Twilio", AUTH_SENTENCE).
AUTH_SENTENCE = QT_TRANSLATE_NOOP(
    "Twilio", "The SMS gateway refused the Account SID or auth token. Check them in Settings."
)


class TwilioHttp:
    """The HTTP side of one TwilioGateway: the session, the credentials and the answers.

    Used by one thread at a time, as its gateway is.

    Attributes:
        origin: the gateway's scheme, host and port ("https://api.twilio.com").
        host: its host (and port), as the sentences name it.
        session: the ``requests`` session every call goes through.
        timeout: (connect, read) seconds for every request.
    """

    def __init__(
        self,
        *,
        base_url: str,
        account_sid: str,
        auth_token: str,
        timeout: tuple[float, float],
        session: requests.Session | None,
        terms: CarrierTerms,
    ) -> None:
        """Set up the transport for ``base_url`` (already checked); no request is made.

        Args:
            base_url: the API's origin and path prefix, without a trailing slash.
            account_sid: the Basic-auth user name.
            auth_token: the Basic-auth password. Never logged or shown.
            timeout: (connect, read) seconds for every request.
            session: a session to use (and not close); a new one when None.
            terms: what the carrier's error codes mean (which error a refusal raises).
        """
        self.timeout = timeout
        # The gateway's clock at its last answer (its Date header), if it said it.
        self.answered_at: datetime | None = None
        self.session = session if session is not None else requests.Session()
        self._owns_session = session is None
        self._terms = terms
        self._account_sid = account_sid
        self._auth = (account_sid, auth_token)
        split = urlsplit(base_url)
        self.origin = f"{split.scheme}://{split.netloc}"
        self.host = split.netloc
        self._base_path = split.path
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

    def close(self) -> None:
        """Release the connection pool (a session passed in is left to its owner)."""
        if self._owns_session:
            self.session.close()

    def url(self, path: str) -> str:
        """An address under the account, e.g. ``/Messages.json`` (``.json``: the account)."""
        return f"{self.origin}{self._account_path}{path}"

    def next_page_url(self, next_page_uri: Any) -> str | None:
        """Resolve the API's ``next_page_uri``; None at the end or when it leaves our gateway."""
        if not next_page_uri or not isinstance(next_page_uri, str):
            return None
        if next_page_uri.startswith("/") and not next_page_uri.startswith("//"):
            # Twilio's uris are absolute paths on the origin; a gateway under a path prefix
            # (SignalWire's /api/laml) may or may not repeat the prefix.
            if self._base_path and not next_page_uri.startswith(self._base_path + "/"):
                url = f"{self.origin}{self._base_path}{next_page_uri}"
            else:
                url = f"{self.origin}{next_page_uri}"
        else:
            url = urljoin(self.origin + "/", next_page_uri)
        split = urlsplit(url)
        if f"{split.scheme}://{split.netloc}" != self.origin:
            # Following it would send our credentials to whoever that host is.
            log.warning("Ignoring a next page on another host: %s", split.netloc)
            return None
        return url

    def get_picture(self, url: str) -> requests.Response:
        """One GET of a picture's address, streamed, not following redirects; with the
        credentials only on the gateway's own origin."""
        split = urlsplit(url)
        ours = f"{split.scheme}://{split.netloc}" == self.origin
        verify: bool | str = self.session.verify if isinstance(self.session.verify, str) else True
        proxies: dict[str, Any] | None = None  # the environment's, for storage hosts
        if ours:
            proxies = self._proxies
        elif is_loopback(split.hostname or ""):
            proxies = {"http": None, "https": None, "all": None}
        try:
            response = self.session.get(
                url,
                auth=self._auth if ours else None,
                headers={"User-Agent": f"smsdesk/{__version__}"},
                timeout=self.timeout,
                verify=verify,
                proxies=proxies,
                stream=True,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self.transport_error(exc) from exc
        log.debug(
            "GET %s -> %d",
            self.loggable(url) if ours else f"{split.scheme}://{split.netloc}/…",
            response.status_code,
        )
        return response

    def redirect_target(self, current: str, location: str) -> str:
        """Where a picture's redirect leads, or GatewayError when it must not be followed."""
        target = urljoin(current, location)
        split = urlsplit(target)
        refused = GatewayError(
            translate(
                "Twilio",
                "The SMS gateway at {host} sent a picture to an address SMS Desk does not "
                "fetch from; it was not fetched.",
            ).format(host=self.host)
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

    def malformed(self) -> MalformedResponse:
        return MalformedResponse(
            translate(
                "Twilio",
                "The SMS gateway at {host} sent an answer SMS Desk can't read. SMS Desk will "
                "try again; if it keeps happening, check the gateway address in Settings.",
            ).format(host=self.host)
        )

    def loggable(self, url: str) -> str:
        """The url for logs, without the account sid (half of the credentials)."""
        return url.replace(self.origin, "").replace(self._account_sid, "AC…")

    def request(
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
        verify: bool | str = self.session.verify if isinstance(self.session.verify, str) else True
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                data=data,
                auth=self._auth,
                headers={"User-Agent": f"smsdesk/{__version__}", "Accept": "application/json"},
                timeout=self.timeout,
                verify=verify,
                proxies=self._proxies,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self.transport_error(exc) from exc
        log.debug(
            "%s %s -> %d in %.3f s",
            method,
            self.loggable(url),
            response.status_code,
            time.monotonic() - started,
        )
        self.answered_at = answer_date(response.headers.get("Date"))
        try:
            return self._decode(response, not_found)
        finally:
            response.close()

    def transport_error(self, exc: requests.RequestException) -> GatewayError:
        """Map a requests exception to our error; the request's fate decides the flags."""
        unreachable = translate(
            "Twilio",
            "Can't reach the SMS gateway at {host}. "
            "Check the internet connection; SMS Desk will keep trying.",
        ).format(host=self.host)
        if isinstance(exc, requests.ConnectTimeout):
            return GatewayUnreachable(unreachable)  # the request never left this machine
        if isinstance(exc, requests.ReadTimeout):
            return GatewayTimeout(
                translate(
                    "Twilio",
                    "The SMS gateway at {host} did not answer in time. "
                    "SMS Desk will check what happened and try again.",
                ).format(host=self.host)
            )
        if isinstance(exc, requests.exceptions.SSLError):
            return GatewayUnreachable(
                translate(
                    "Twilio",
                    "Can't make a secure connection to the SMS gateway at {host}: its "
                    "certificate was not accepted. Check the gateway address in Settings.",
                ).format(host=self.host)
            )
        if isinstance(exc, requests.ConnectionError):
            reason = exc.args[0] if exc.args else None
            if isinstance(reason, urllib3.exceptions.MaxRetryError):
                # No connection was made (refused, no route, name not found).
                return GatewayUnreachable(unreachable)
            # The connection broke after the request was written: it may have been carried
            # out, so this must not look like "never sent" (that would invite a double send).
            return GatewayTimeout(
                translate(
                    "Twilio",
                    "The connection to the SMS gateway at {host} broke before it answered. "
                    "SMS Desk will check what happened and try again.",
                ).format(host=self.host)
            )
        # Anything else (a broken chunked body, an undecodable encoding...) came back garbled.
        return self.malformed()

    def _decode(self, response: requests.Response, not_found: str) -> dict[str, Any]:
        """Return the JSON object of a 2xx answer; raise the matching error otherwise."""
        status = response.status_code
        payload = self._json(response)
        code = optional_code(payload)
        if 200 <= status < 300:
            if payload is None:
                raise self.malformed()
            return payload
        if status in (401, 403):
            raise AuthenticationFailed(translate("Twilio", AUTH_SENTENCE), code=code)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                slow_down = translate(
                    "Twilio",
                    "The SMS gateway asked SMS Desk to slow down. "
                    "It will try again in {seconds} s.",
                ).format(seconds=f"{retry_after:.0f}")
            else:
                slow_down = translate(
                    "Twilio",
                    "The SMS gateway asked SMS Desk to slow down. It will try again shortly.",
                )
            raise RateLimited(slow_down, retry_after=retry_after, code=code)
        if status >= 500:
            raise GatewayServerError(
                translate(
                    "Twilio",
                    "The SMS gateway at {host} had a problem (HTTP {status}). "
                    "SMS Desk will try again.",
                ).format(host=self.host, status=status),
                code=code,
            )
        if status == 404:
            if not_found == "message":
                no_record = translate(
                    "Twilio",
                    "The SMS gateway has no record of that message. If this keeps happening, "
                    "check the Account SID and gateway address in Settings.",
                )
            else:
                no_record = translate(
                    "Twilio",
                    "The SMS gateway has no record of what SMS Desk asked for. If this keeps "
                    "happening, check the Account SID and gateway address in Settings.",
                )
            raise MessageNotFound(no_record, code=code)
        if 300 <= status < 400:
            # We never follow redirects: they could carry the credentials elsewhere.
            raise GatewayError(
                translate(
                    "Twilio",
                    "The SMS gateway at {host} redirected SMS Desk elsewhere (HTTP {status}). "
                    "Check the gateway address in Settings.",
                ).format(host=self.host, status=status),
                code=code,
            )
        api_message = payload.get("message") if payload is not None else None
        if not isinstance(api_message, str):
            api_message = None
        if code is None and not api_message:
            # Not the API's error object: a proxy's or firewall's page, a bare 422. Twilio
            # creates nothing on a 4xx, so this is no "maybe sent" (MalformedResponse would
            # make a send be looked up and sent again every cycle, for ever).
            raise RequestRefused(describe_refusal(status, self.host), http_status=status)
        # Which error (try later, rejected number, unsubscribed...) the code means.
        raise self._terms.refusal(code, api_message)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any] | None:
        """The body as a JSON object, or None when it is not one."""
        try:
            payload = response.json()
        except ValueError:  # requests' JSONDecodeError, and bad encodings
            return None
        return payload if isinstance(payload, dict) else None


def answer_date(header: str | None) -> datetime | None:
    """An HTTP ``Date`` header as an aware datetime; None when absent or unreadable, or
    without a zone (HTTP dates are GMT: a server that says otherwise is not believed)."""
    if not header:
        return None
    try:
        when = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    return when if when.tzinfo is not None else None
