"""The embedded demo gateway as the registry knows it: no settings; started on this computer
(``serve``) and reached through the Twilio adapter, whose API and codes it speaks.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.gateway.base import GatewayError
from desktop.gateway.registry import Carrier, ConnectOptions, PictureDelivery, Served
from desktop.gateway.twilio_carrier import build_twilio
from desktop.gateway.twilio_terms import TWILIO_TERMS

if TYPE_CHECKING:
    from desktop.gateway.twilio import TwilioGateway

log = logging.getLogger("smsdesk.gateway")

DEMO_LABEL = QT_TRANSLATE_NOOP("Carriers", "Demo gateway (built in)")
#: Its state file in the data directory: its messages survive a restart of SMS Desk.
STATE_FILE = "demo-gateway.sqlite3"


class DemoCarrier(Carrier):
    """The demo gateway: a loopback server with demo contacts who reply (the default)."""

    key = "demo"
    label = DEMO_LABEL
    terms = TWILIO_TERMS
    pictures = PictureDelivery.LOCAL_FILE  # it reads file: addresses on this computer
    not_running = QT_TRANSLATE_NOOP(
        "Carriers", "The demo gateway is not running; it starts with SMS Desk."
    )

    def build(
        self, values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
    ) -> TwilioGateway:
        return build_twilio(values, secrets, options)

    def serve(self, state_dir: Path | None) -> Served:
        """Start the demo on a free port of 127.0.0.1.

        Args:
            state_dir: where its messages are kept across restarts; None: a throwaway (in
                memory, no greeting, no replies: ``smsdesk doctor``'s check).

        Raises:
            GatewayError: it could not listen on 127.0.0.1.
        """
        from desktop.gateway.demo import DemoGateway

        if state_dir is None:
            demo = DemoGateway(greet=False, auto_reply=False)
        else:
            demo = DemoGateway(state_path=state_dir / STATE_FILE)
        try:
            demo.start()
        except OSError as exc:
            raise GatewayError(
                f"The demo gateway could not listen on 127.0.0.1 ({exc.strerror or exc})."
            ) from exc
        log.info("demo gateway listening on %s", demo.base_url)
        return Served(
            values={
                "gateway_base_url": demo.base_url,
                "account_sid": demo.account_sid,
                "from_number": demo.phone_number,
            },
            secrets={"auth_token": demo.auth_token},
            stop=demo.stop,
            where=demo.base_url,
        )


DEMO = DemoCarrier()
