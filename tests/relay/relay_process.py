"""The relay as a team runs it: ``python -m desktop.relay.server`` under waitress on
127.0.0.1, its configuration file and environment, for the relay's tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import requests
from pg import free_port
from twilio.request_validator import RequestValidator

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
PUBLIC_URL = "https://sms-relay.example.com"
DESK = "+14155550100"


class RelayProcess:
    """One relay process; ``url`` is where it listens, ``log`` what it wrote."""

    def __init__(
        self, folder: Path, database_url: str, *, reached_directly: bool = False, **settings: str
    ) -> None:
        """``reached_directly``: the carrier posts to this very address (the demo gateway
        on this machine), not through a reverse proxy at ``PUBLIC_URL``."""
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.public_url = self.url if reached_directly else PUBLIC_URL
        self.config = folder / "relay.toml"
        lines = {
            "listen": f"127.0.0.1:{self.port}",
            "public_url": self.public_url,
            "database_url": database_url,
            "carrier": "twilio",
            **settings,
        }
        self.config.write_text(
            "".join(f'{key} = "{value}"\n' for key, value in lines.items()), encoding="utf-8"
        )
        self.log_file = folder / "relay.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30) -> RelayProcess:
        env = dict(os.environ, SMSDESK_RELAY_TWILIO_AUTH_TOKEN=TOKEN, PYTHONPATH=str(ROOT))
        with self.log_file.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "desktop.relay.server", "--config", str(self.config)],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the relay ended at start:\n{self.log}")
            try:
                if requests.get(f"{self.url}/health", timeout=1).status_code in (200, 503):
                    return self
            except requests.ConnectionError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"the relay did not answer in {timeout} s:\n{self.log}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)

    @property
    def log(self) -> str:
        return self.log_file.read_text(encoding="utf-8", errors="replace")

    def post_twilio(
        self,
        path: str,
        form: dict[str, str],
        *,
        signature: str | None = None,
        session: requests.Session | None = None,
    ) -> requests.Response:
        """POST ``form`` as Twilio does, signed by Twilio's own RequestValidator (or with
        ``signature``)."""
        if signature is None:
            signature = RequestValidator(TOKEN).compute_signature(self.public_url + path, form)
        return (session or requests).post(
            self.url + path,
            data=form,
            headers={"X-Twilio-Signature": signature},
            timeout=10,
        )


def inbound_form(sid: str, sender: str, body: str, **extra: str) -> dict[str, str]:
    """The fields of Twilio's messaging webhook for an inbound SMS."""
    return {
        "AccountSid": "AC0123456789abcdef0123456789abcdef",
        "ApiVersion": "2010-04-01",
        "Body": body,
        "From": sender,
        "MessageSid": sid,
        "NumMedia": "0",
        "NumSegments": "1",
        "SmsMessageSid": sid,
        "SmsSid": sid,
        "SmsStatus": "received",
        "To": DESK,
        **extra,
    }
