"""The HTTP side of the Telnyx adapter: one session, the API key, and answers turned into
the app's errors.

Every request carries the API key as a Bearer token, to the API's own origin only; redirects
are never followed (they could carry the key elsewhere); loopback addresses (a test server)
never go through a proxy. Which error a refusal raises follows the HTTP status, then the code
of Telnyx's ``errors[]`` entry through its ``CarrierTerms``. Sentences name the host, never
the key.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

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
from desktop.gateway.telnyx_parse import first_error
from desktop.gateway.terms import CarrierTerms
from desktop.gateway.twilio_parse import parse_retry_after

log = logging.getLogger("smsdesk.gateway")

#: Marked here, translated where raised: translate("Telnyx", AUTH_SENTENCE).
AUTH_SENTENCE = QT_TRANSLATE_NOOP(
    "Telnyx", "Telnyx refused the API key. Check the API key in Settings."
)


class TelnyxHttp:
    """The transport of one TelnyxGateway. Used by one thread at a time, as its gateway is.

    Attributes:
        origin: the API's scheme, host and port ("https://api.telnyx.com").
        host: its host (and port), as the sentences name it.
        session: the ``requests`` session every call goes through.
        timeout: (connect, read) seconds for every request.
    """

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: tuple[float, float],
        session: requests.Session | None,
        terms: CarrierTerms,
    ) -> None:
        """Set up the transport for ``base_url`` (already checked); no request is made.

        Args:
            base_url: the API's origin (and path prefix), without a trailing slash.
            api_key: the Bearer token. Never logged or shown.
            timeout: (connect, read) seconds for every request.
            session: a session to use (and not close); a new one when None.
            terms: what Telnyx's error codes mean (which error a refusal raises).
        """
        self.timeout = timeout
        self.session = session if session is not None else requests.Session()
        self._owns_session = session is None
        self._terms = terms
        self._api_key = api_key
        split = urlsplit(base_url)
        self.origin = f"{split.scheme}://{split.netloc}"
        self.host = split.netloc
        self._base = base_url
        self._proxies: dict[str, Any] | None = (
            {"http": None, "https": None, "all": None}
            if is_loopback(split.hostname or "")
            else None
        )

    def close(self) -> None:
        """Release the connection pool (a session passed in is left to its owner)."""
        if self._owns_session:
            self.session.close()

    def url(self, path: str) -> str:
        """The address of an API path ("/v2/messages")."""
        return f"{self._base}{path}"

    def is_ours(self, url: str) -> bool:
        """Whether ``url`` is on the API's own origin (the only place the key goes)."""
        split = urlsplit(url)
        return f"{split.scheme}://{split.netloc}" == self.origin

    def headers(self, url: str) -> dict[str, str]:
        """The headers of a request to ``url``: the key only on the API's own origin."""
        headers = {"User-Agent": f"smsdesk/{__version__}", "Accept": "application/json"}
        if self.is_ours(url):
            headers["Authorization"] = f"Bearer {self._api_key}"
        return headers

    def proxies_for(self, url: str) -> dict[str, Any] | None:
        """No proxy for this machine's addresses; the environment's otherwise."""
        if is_loopback(urlsplit(url).hostname or ""):
            return {"http": None, "https": None, "all": None}
        return None

    def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        not_found: str = "record",
    ) -> dict[str, Any]:
        """Make one API call; return the ``data`` object of its answer, or raise a
        GatewayError.

        Args:
            method: GET or POST.
            path: the API path ("/v2/messages").
            params: query parameters.
            body: the JSON body of a POST.
            not_found: "message" when a 404 means the message is unknown.
        """
        data = self._call(method, path, params, body, not_found).get("data")
        if not isinstance(data, dict):
            raise self.malformed()
        return data

    def request_list(self, path: str, params: Mapping[str, str]) -> list[dict[str, Any]]:
        """GET a list; return the records of its answer's ``data`` list."""
        data = self._call("GET", path, params, None, "record").get("data")
        if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
            raise self.malformed()
        return data

    def _call(
        self,
        method: str,
        path: str,
        params: Mapping[str, str] | None,
        body: Mapping[str, Any] | None,
        not_found: str,
    ) -> dict[str, Any]:
        """One request; the decoded JSON object of a 2xx answer, or the matching error."""
        url = self.url(path)
        # A CA bundle path set on a caller's session is honoured; verify=False never is.
        verify: bool | str = self.session.verify if isinstance(self.session.verify, str) else True
        started = time.monotonic()
        try:
            response = self.session.request(
                method,
                url,
                params=params,
                json=body,
                headers=self.headers(url),
                timeout=self.timeout,
                verify=verify,
                proxies=self._proxies,
                allow_redirects=False,
            )
        except requests.RequestException as exc:
            raise self.transport_error(exc) from exc
        log.debug(
            "%s %s -> %d in %.3f s", method, path, response.status_code, time.monotonic() - started
        )
        try:
            return self._decode(response, not_found)
        finally:
            response.close()

    def malformed(self) -> MalformedResponse:
        return MalformedResponse(
            translate(
                "Telnyx",
                "Telnyx at {host} sent an answer SMS Desk can't read. SMS Desk will try again; "
                "if it keeps happening, check the API address in Settings.",
            ).format(host=self.host)
        )

    def transport_error(self, exc: requests.RequestException) -> GatewayError:
        """Map a requests exception to our error; the request's fate decides the flags."""
        unreachable = translate(
            "Telnyx",
            "Can't reach Telnyx at {host}. Check the internet connection; SMS Desk will keep "
            "trying.",
        ).format(host=self.host)
        if isinstance(exc, requests.ConnectTimeout):
            return GatewayUnreachable(unreachable)  # the request never left this machine
        if isinstance(exc, requests.ReadTimeout):
            return GatewayTimeout(
                translate(
                    "Telnyx",
                    "Telnyx at {host} did not answer in time. SMS Desk will check what "
                    "happened before it sends anything again.",
                ).format(host=self.host)
            )
        if isinstance(exc, requests.exceptions.SSLError):
            return GatewayUnreachable(
                translate(
                    "Telnyx",
                    "Can't make a secure connection to Telnyx at {host}: its certificate was "
                    "not accepted. Check the API address in Settings.",
                ).format(host=self.host)
            )
        if isinstance(exc, requests.ConnectionError):
            reason = exc.args[0] if exc.args else None
            if isinstance(reason, urllib3.exceptions.MaxRetryError):
                return GatewayUnreachable(unreachable)  # no connection was made
            # The connection broke after the request was written: it may have been carried
            # out, so this must not look like "never sent" (that would invite a double send).
            return GatewayTimeout(
                translate(
                    "Telnyx",
                    "The connection to Telnyx at {host} broke before it answered. SMS Desk "
                    "will check what happened before it sends anything again.",
                ).format(host=self.host)
            )
        return self.malformed()

    def _decode(self, response: requests.Response, not_found: str) -> dict[str, Any]:
        """The JSON object of a 2xx answer; the matching error otherwise."""
        status = response.status_code
        payload = self._json(response)
        code, words = first_error(payload)
        if 200 <= status < 300:
            if payload is None:
                raise self.malformed()
            return payload
        if status in (401, 403):
            raise AuthenticationFailed(translate("Telnyx", AUTH_SENTENCE), code=code)
        if status == 429:
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None:
                slow_down = translate(
                    "Telnyx",
                    "Telnyx asked SMS Desk to slow down. It will try again in {seconds} s.",
                ).format(seconds=f"{retry_after:.0f}")
            else:
                slow_down = translate(
                    "Telnyx", "Telnyx asked SMS Desk to slow down. It will try again shortly."
                )
            raise RateLimited(slow_down, retry_after=retry_after, code=code)
        if status >= 500:
            raise GatewayServerError(
                translate(
                    "Telnyx",
                    "Telnyx at {host} had a problem (HTTP {status}). SMS Desk will check what "
                    "happened before it sends anything again.",
                ).format(host=self.host, status=status),
                code=code,
            )
        if status == 404:
            if not_found == "message":
                raise MessageNotFound(
                    translate(
                        "Telnyx",
                        "Telnyx has no record of that message (it keeps them for 10 days).",
                    ),
                    code=code,
                )
            raise MessageNotFound(
                translate(
                    "Telnyx",
                    "Telnyx has no record of what SMS Desk asked for. Check the settings of "
                    "the Telnyx gateway.",
                ),
                code=code,
            )
        if 300 <= status < 400:
            # Never followed: a redirect could carry the API key elsewhere.
            raise GatewayError(
                translate(
                    "Telnyx",
                    "Telnyx at {host} redirected SMS Desk elsewhere (HTTP {status}). Check "
                    "the API address in Settings.",
                ).format(host=self.host, status=status),
                code=code,
            )
        if code is None:
            # Not Telnyx's error object (a proxy's page, a bare 422): nothing was created.
            raise RequestRefused(describe_refusal(status, self.host), http_status=status)
        raise self._terms.refusal(code, words)

    @staticmethod
    def _json(response: requests.Response) -> dict[str, Any] | None:
        """The body as a JSON object, or None when it is not one."""
        try:
            payload = response.json()
        except ValueError:
            return None
        return payload if isinstance(payload, dict) else None
