"""How to reach the gateway: the settings and the secret, put together (no I/O here)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # requests is imported by the thread that connects, not at start-up
    import requests

    from desktop.gateway.twilio import TwilioGateway


@dataclass(frozen=True, slots=True)
class GatewayConfig:
    """Everything needed to talk to a Twilio-compatible gateway.

    Attributes:
        base_url: API base URL.
        account_sid: account id.
        auth_token: the secret, held in memory only (never printed: ``repr`` hides it).
        from_number: the desk's number in E.164, or empty with a messaging service.
        messaging_service_sid: Twilio Messaging Service id, or empty.
        desk_number: the number inbound messages are sent to (defaults to from_number).
        timeout: (connect, read) seconds for every request.
    """

    base_url: str
    account_sid: str
    auth_token: str = field(repr=False)
    from_number: str = ""
    messaging_service_sid: str = ""
    desk_number: str = ""
    timeout: tuple[float, float] = (3.05, 15.0)

    @property
    def number(self) -> str:
        """The desk's own number: where inbound messages go and outbound come from."""
        return self.desk_number or self.from_number

    def connect(self, session: requests.Session | None = None) -> TwilioGateway:
        """Build the adapter (call it in the thread that will use it).

        Args:
            session: the HTTP session to use (and not close), e.g. a ``CancellableSession``
                so that quitting can cut a slow request short; a new one by default.
        """
        from desktop.gateway.twilio import TwilioGateway

        return TwilioGateway(
            account_sid=self.account_sid,
            auth_token=self.auth_token,
            base_url=self.base_url,
            from_number=self.from_number or None,
            messaging_service_sid=self.messaging_service_sid or None,
            desk_number=self.number or None,
            timeout=self.timeout,
            page_size=1000,  # the API's largest page: a burst arrives in few requests
            session=session,
        )
