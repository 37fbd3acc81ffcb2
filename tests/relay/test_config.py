"""The relay's configuration: a TOML file and SMSDESK_RELAY_* variables, the auth token from
the environment or a credentials file only, and a sentence for each mistake."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.relay.config import RelayConfigError, load_config
from tests.relay.relay_process import ROOT

GOOD = """\
listen = "127.0.0.1:8787"
public_url = "https://sms-relay.example.com/"
database_url = "postgresql://smsdesk@db.example.com/smsdesk"
carrier = "twilio"
default_region = "gb"
"""
TOKEN = "a-secret-token-of-the-account"


def write(tmp_path, text):
    path = tmp_path / "relay.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_good_file_with_the_token_from_the_environment(tmp_path):
    config = load_config(write(tmp_path, GOOD), {"SMSDESK_RELAY_TWILIO_AUTH_TOKEN": f"  {TOKEN}\n"})
    assert (config.host, config.port) == ("127.0.0.1", 8787)
    assert config.public_url == "https://sms-relay.example.com"
    assert config.default_region == "GB"
    assert config.twilio_auth_token == TOKEN
    assert TOKEN not in repr(config)
    assert TOKEN not in str(config)


def test_the_token_from_a_credentials_file_and_settings_from_the_environment(tmp_path):
    secret = tmp_path / "twilio-auth-token"
    secret.write_text(TOKEN + "\n", encoding="utf-8")
    config = load_config(
        write(tmp_path, GOOD),
        {
            "SMSDESK_RELAY_TWILIO_AUTH_TOKEN_FILE": str(secret),
            "SMSDESK_RELAY_LISTEN": "0.0.0.0:9000",
        },
    )
    assert config.twilio_auth_token == TOKEN
    assert config.port == 9000


@pytest.mark.parametrize(
    ("text", "env", "says"),
    [
        (GOOD, {}, "SMSDESK_RELAY_TWILIO_AUTH_TOKEN"),
        (GOOD + 'auth_token = "x"\n', {}, "Unknown setting 'auth_token'"),
        (GOOD.replace("twilio", "pigeon"), {}, 'the relay knows "twilio" and "telnyx"'),
        (GOOD.replace('"127.0.0.1:8787"', '"8787"'), {}, 'write it like "127.0.0.1:8787"'),
        (GOOD.replace("https://sms-relay.example.com/", "relay"), {}, "is not a web address"),
        (GOOD.replace("twilio", "telnyx"), {}, "telnyx_public_key"),
        ("listen = ", {}, "is not valid TOML"),
        (
            GOOD.replace('database_url = "postgresql://smsdesk@db.example.com/smsdesk"', ""),
            {},
            "Set database_url",
        ),
        (GOOD, {"SMSDESK_RELAY_TWILIO_AUTH_TOKEN_FILE": "/nonexistent/token"}, "can't be read"),
    ],
)
def test_each_mistake_is_a_sentence_that_says_what_to_fix(tmp_path, text, env, says):
    with pytest.raises(RelayConfigError, match=None) as raised:
        load_config(write(tmp_path, text), env)
    assert says in str(raised.value)


def test_the_command_says_what_is_wrong_without_a_traceback(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "desktop.relay.server", "--config", str(write(tmp_path, GOOD))],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "SMSDESK_RELAY_TWILIO_AUTH_TOKEN" in done.stderr


def test_check_opens_the_database_and_says_it_is_fine(tmp_path):
    database = tmp_path / "team.sqlite3"
    text = GOOD.replace("postgresql://smsdesk@db.example.com/smsdesk", f"sqlite:///{database}")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop.relay.server",
            "--config",
            str(write(tmp_path, text)),
            "--check",
        ],
        cwd=ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(ROOT),
            "SMSDESK_RELAY_TWILIO_AUTH_TOKEN": TOKEN,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "The configuration and the database are fine" in done.stdout
    assert database.exists()
    assert TOKEN not in done.stdout + done.stderr


def test_the_shipped_example_configuration_loads():
    example = ROOT / "packaging" / "relay" / "relay.toml.example"
    config = load_config(example, {"SMSDESK_RELAY_TWILIO_AUTH_TOKEN": TOKEN})
    assert (config.host, config.port, config.carrier) == ("127.0.0.1", 8787, "twilio")
    assert config.public_url == "https://sms-relay.example.com"
