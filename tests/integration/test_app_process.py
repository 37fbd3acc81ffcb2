"""The installed `smsdesk` command as a real process: it starts (waiting for sign-in), and
quits cleanly (threads stopped, database closed) when the session ends it with SIGTERM.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop import __version__


def smsdesk() -> str:
    found = shutil.which("smsdesk", path=str(Path(sys.executable).parent))
    assert found, "the smsdesk entry point is not installed in this environment"
    return found


def test_version():
    result = subprocess.run([smsdesk(), "--version"], capture_output=True, text=True, timeout=30)
    assert result.returncode == 0
    assert result.stdout.strip() == f"SMS Desk {__version__}"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_starts_and_quits_cleanly_on_a_signal(tmp_path, stop):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SMSDESK_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [smsdesk()], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    log = tmp_path / "logs" / "smsdesk.log"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if log.exists() and "started (pid" in log.read_text():
                break
            assert process.poll() is None, process.communicate()
            time.sleep(0.1)
        else:
            pytest.fail("SMS Desk did not start: " + log.read_text())
        process.send_signal(stop)
        _, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, stderr
    data = tmp_path / "data"
    assert (data / "smsdesk.sqlite3").exists()
    # A clean close checkpoints the write-ahead log and removes it.
    assert not (data / "smsdesk.sqlite3-wal").exists()
