"""``make run-team``: a whole SMS Desk team on this machine, to see what a team gets.

It starts, each on 127.0.0.1:

1. a private PostgreSQL cluster in a temporary folder (the team's database, with two
   accounts: Anna Smith, extension 101, an administrator, and Ben Jones, 102);
2. the demo SMS gateway in webhook mode: what customers send, and the status of what the
   desks send, is posted to the relay as Twilio posts it, signed;
3. ``smsdesk-relay``, which stores those webhooks in the team's database and tells the desks;
4. two desks, signed in as Anna and Ben, side by side: each in one half of the screen
   (``smsdesk --geometry``, from the screen's area free of panels as Qt sees it).

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
# What a window manager adds around a window (title bar, borders), roughly: the desks'
# frames, not just their insides, must fit in their halves.
FRAME_WIDTH, FRAME_HEIGHT = 10, 40
# The main window's minimum size (MainWindow: 720 x 480).
MIN_WIDTH, MIN_HEIGHT = 720, 480
# Asks Qt, in a process of its own, for the screen's area free of panels and docks.
_AVAILABLE = (
    "from PySide6.QtGui import QGuiApplication\n"
    "app = QGuiApplication([])\n"
    "area = app.primaryScreen().availableGeometry()\n"
    "print(area.x(), area.y(), area.width(), area.height())\n"
)


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


def screen_area() -> tuple[int, int, int, int] | None:
    """The primary screen's area free of panels (x, y, width, height), as Qt sees it in the
    session this runs in; None without a screen (the desks then open where they like)."""
    try:
        found = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
            [sys.executable, "-c", _AVAILABLE], capture_output=True, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    numbers = found.stdout.split()
    if found.returncode != 0 or len(numbers) != 4 or not all(n.isdigit() for n in numbers):
        return None
    x, y, width, height = (int(n) for n in numbers)
    return x, y, width, height


def side_by_side(area: tuple[int, int, int, int], count: int = 2) -> list[str]:
    """``--geometry`` values (WxH+X+Y) that put ``count`` desks side by side in ``area``:
    each in its share of the width, frame included, the full height. A screen narrower
    than the desks' minimum width makes them overlap in the middle, the first on the left
    edge and the last on the right."""
    x, y, width, height = area
    share = width // count
    inside_w = max(share - FRAME_WIDTH, MIN_WIDTH)
    inside_h = max(height - FRAME_HEIGHT, MIN_HEIGHT)
    outer = inside_w + FRAME_WIDTH
    step = (width - outer) // (count - 1) if count > 1 else 0
    return [f"{inside_w}x{inside_h}+{x + i * step}+{y}" for i in range(count)]


def stop_on_signals() -> None:
    """SIGTERM (a session ending, ``kill``) and SIGHUP (the terminal closed) stop the team as
    Ctrl+C does: by default Python would end at once, leaving the relay and the database
    server running with nobody to stop them."""

    def interrupt(_signum: int, _frame: object) -> None:
        # Once: a second signal must not cut the stopping short.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    signal.signal(signal.SIGHUP, interrupt)


def main() -> int:
    stop_on_signals()
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

        area = screen_area()
        places = side_by_side(area, len(COLLEAGUES)) if area else []
        desks = []
        for index, (extension, name) in enumerate(COLLEAGUES):
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
            place = ["--geometry", places[index]] if places else []
            desk = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
                [sys.executable, "-m", "desktop", "--home", str(home), *place],
                cwd=ROOT,
                env=desk_env,
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
