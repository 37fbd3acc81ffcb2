"""``smsdesk-relay``: run the relay under waitress, a production WSGI server.

    smsdesk-relay --config /etc/smsdesk/relay.toml          # serve
    smsdesk-relay --config /etc/smsdesk/relay.toml --check  # check the set-up, then exit

It opens the team's database (bringing its schema up to date, as a desk does), announces
every change it stores on the desks' NOTIFY channel (``ChangePublisher``: the desks' pop-ups
come within about a second), and serves until SIGTERM or Ctrl+C. A problem with the
configuration or the database at start is one sentence on stderr and exit status 2 or 1;
systemd's ``Restart=on-failure`` starts it again once the database is back.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.relay.config import RelayConfig, RelayConfigError, load_config

if TYPE_CHECKING:
    from desktop.relay.app import RelayApp
    from desktop.store.store import Store
    from desktop.store.team import ChangePublisher

log = logging.getLogger("smsdesk.relay")


def build_app(config: RelayConfig) -> tuple[RelayApp, Store, ChangePublisher | None]:
    """Open the store, start publishing its changes, and return (app, store, publisher).

    Raises:
        StoreError: the database can't be opened (the sentence says why).
    """
    from sqlalchemy import text

    from desktop.core.models import utcnow
    from desktop.gateway.registry import UnknownCarrier, built_in_carriers
    from desktop.relay.app import RelayApp
    from desktop.relay.intake import Intake
    from desktop.store import open_store
    from desktop.store.team import ChangePublisher

    try:
        terms = built_in_carriers()[config.carrier].terms
    except UnknownCarrier:
        raise RelayConfigError(
            f'This build of SMS Desk has no carrier "{config.carrier}".'
        ) from None
    store = open_store(config.database_url)
    publisher = None
    if store.dialect == "postgresql":
        instance = f"relay-{socket.gethostname()}-{os.getpid()}"[:60]
        publisher = ChangePublisher(store, instance).start()

    def database_alive() -> bool:
        with store.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True

    intake = Intake(store, terms, config.default_region, utcnow)
    return RelayApp(config, intake, database_alive), store, publisher


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="smsdesk-relay",
        description="Receive a carrier's webhooks into an SMS Desk team's database.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        default=Path(os.environ["SMSDESK_RELAY_CONFIG"])
        if os.environ.get("SMSDESK_RELAY_CONFIG")
        else None,
        help="the TOML configuration file (or SMSDESK_RELAY_CONFIG); settings may also come "
        "from SMSDESK_RELAY_* variables",
    )
    parser.add_argument(
        "--check", action="store_true", help="check the configuration and database, then exit"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        config = load_config(args.config)
    except RelayConfigError as problem:
        print(problem, file=sys.stderr)
        return 2
    from desktop.store.errors import StoreError

    try:
        app, store, publisher = build_app(config)
    except RelayConfigError as problem:
        print(problem, file=sys.stderr)
        return 2
    except StoreError as problem:
        print(f"The database can't be used: {problem}", file=sys.stderr)
        return 1
    try:
        if args.check:
            print(f"The configuration and the database are fine ({store.url}).")
            return 0
        try:
            import waitress
        except ImportError:
            print(
                "The relay's server is not installed: pip install 'smsdesk[relay]'.",
                file=sys.stderr,
            )
            return 2
        log.info(
            "serving %s webhooks on %s:%d for %s",
            config.carrier,
            config.host,
            config.port,
            config.public_url,
        )
        waitress.serve(
            app,
            host=config.host,
            port=config.port,
            threads=config.threads,
            ident="smsdesk-relay",
            max_request_body_size=config.max_body_bytes,
            # Behind a reverse proxy: the signed URL is public_url, not what the proxy says.
            clear_untrusted_proxy_headers=True,
        )
    finally:
        if publisher is not None:
            publisher.stop()
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
