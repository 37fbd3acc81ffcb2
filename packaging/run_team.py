"""``make run-team``: a whole SMS Desk team on this machine, to see what a team gets.

It starts, each on 127.0.0.1:

1. a private PostgreSQL cluster in a temporary folder (the team's database, with two
   accounts: Anna Smith, extension 101, an administrator, and Ben Jones, 102);
2. the demo SMS gateway in webhook mode: what customers send, and the status of what the
   desks send, is posted to the relay as Twilio posts it, signed;
3. ``smsdesk-relay``, which stores those webhooks in the team's database and tells the desks;
4. two desks, signed in as Anna and Ben.

A customer's SMS then pops up on both desks within about a second; one of them answers
(and owns the conversation), or transfers it to the other. Ctrl+C (or closing both desks)
stops everything and removes the folder: nothing is left behind.

The two desks get their made-up password and the demo's token through an in-memory keyring
(``team_keyring.py``), so they sign in by themselves; the real app keeps secrets in the OS
keyring.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the tests' private PostgreSQL (tests/pg.py)

from pg import PostgresServer, PostgresUnavailable, free_port  # noqa: E402

from desktop.accounts.staff import Accounts  # noqa: E402
from desktop.config.settings import Paths, Settings, save_settings  # noqa: E402
from desktop.gateway.demo import DemoGateway  # noqa: E402
from desktop.store import open_store  # noqa: E402

COLLEAGUES = (("101", "Anna Smith"), ("102", "Ben Jones"))


def say(text: str) -> None:
    print(text, flush=True)


def wait_healthy(url: str, process: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the relay stopped at start; its log is above")
        try:
            if requests.get(f"{url}/health", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the relay did not answer at {url} in {timeout:.0f} s")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="smsdesk-team-"))
    server: PostgresServer | None = None
    demo: DemoGateway | None = None
    children: list[subprocess.Popen[bytes]] = []
    try:
        say("Starting a private PostgreSQL server for the team…")
        try:
            server = PostgresServer().start()
        except PostgresUnavailable as problem:
            say(f"PostgreSQL can't be started here: {problem}")
            return 1
        url = server.create_database("smsdesk_team")
        password = secrets.token_urlsafe(12)
        with open_store(url) as store:
            accounts = Accounts(store)
            first, *others = COLLEAGUES
            accounts.create_first_admin(first[0], first[1], password)
            for extension, name in others:
                accounts.create_user(extension, name, password)
        token = secrets.token_hex(16)
        relay_url = f"http://127.0.0.1:{free_port()}"

        say("Starting smsdesk-relay…")
        relay_env = dict(
            os.environ,
            PYTHONPATH=str(ROOT),
            SMSDESK_RELAY_LISTEN=relay_url.removeprefix("http://"),
            SMSDESK_RELAY_PUBLIC_URL=relay_url,
            SMSDESK_RELAY_DATABASE_URL=url,
            SMSDESK_RELAY_CARRIER="twilio",
            SMSDESK_RELAY_TWILIO_AUTH_TOKEN=token,
        )
        relay = subprocess.Popen(
            [sys.executable, "-m", "desktop.relay.server"], cwd=ROOT, env=relay_env
        )
        children.append(relay)
        wait_healthy(relay_url, relay)

        say("Starting the demo SMS gateway in webhook mode…")
        demo = DemoGateway(auth_token=token, webhook_url=relay_url).start()

        desks = []
        for extension, name in COLLEAGUES:
            home = work / f"desk-{extension}"
            paths = Paths.under(home)
            paths.ensure()
            settings = Settings(
                database_url=url,
                remembered_extension=extension,
                no_tray_notice_shown=True,
                default_region="US",
            ).with_gateway(
                "twilio",
                {
                    "gateway_base_url": demo.base_url,
                    "account_sid": demo.account_sid,
                    "from_number": demo.phone_number,
                    "relay_url": relay_url,
                },
            )
            save_settings(paths.settings_file, settings)
            desk_env = dict(
                os.environ,
                PYTHONPATH=os.pathsep.join((str(ROOT), str(ROOT / "packaging"))),
                PYTHON_KEYRING_BACKEND="team_keyring.TeamKeyring",
                SMSDESK_TEAM_PASSWORD=password,
                SMSDESK_TEAM_GATEWAY_TOKEN=token,
            )
            say(f"Starting {name}'s desk (extension {extension})…")
            desk = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
                [sys.executable, "-m", "desktop", "--home", str(home)], cwd=ROOT, env=desk_env
            )
            children.append(desk)
            desks.append(desk)

        say(
            "\nSMS Desk team running on this machine:\n"
            f"  database  {url} (a private PostgreSQL in {server.folder})\n"
            f"  relay     {relay_url} (smsdesk-relay: webhooks into the database)\n"
            f"  gateway   {demo.base_url} (the demo, posting to the relay)\n"
            "  desks     Anna Smith (101, administrator) and Ben Jones (102), signed in;\n"
            f"            both passwords for this run: {password}\n"
            "The demo customers write in a moment: their SMS pops up on both desks. Answer on\n"
            "one (it becomes theirs), or Transfer it to the other.\n"
            "Ctrl+C here (or closing both desks) stops everything and removes it all.\n"
        )
        # A customer writes once both desks are up: their pop-ups show it arriving.
        greeted_at = time.monotonic() + 12
        while any(desk.poll() is None for desk in desks):
            if greeted_at and time.monotonic() >= greeted_at:
                greeted_at = 0
                demo.inbound(
                    demo.contacts[0].number, "Hello! Is anyone there to help with my order today?"
                )
            if relay.poll() is not None:
                say("The relay stopped; stopping the team.")
                break
            time.sleep(0.5)
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        say("Stopping the team…")
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()
        if demo is not None:
            demo.stop()
        if server is not None:
            server.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
