"""Start at login: the XDG autostart entry is written and removed by the setting."""

import shutil
import subprocess
import sys

import pytest

from desktop.system import autostart


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG entry is Linux's")
def test_enabling_writes_an_autostart_entry_that_starts_minimised(config_home, tmp_path):
    command = [str(tmp_path / "My Apps" / "smsdesk")]
    autostart.set_enabled(True, command)
    entry = config_home / "autostart" / "smsdesk.desktop"
    assert autostart.is_enabled()
    text = entry.read_text()
    assert f'Exec="{command[0]}" --minimized' in text
    assert "X-GNOME-Autostart-enabled=true" in text
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout + result.stderr
    autostart.set_enabled(False, command)
    assert not entry.exists()
    assert not autostart.is_enabled()
    autostart.set_enabled(False, command)  # removing twice is fine


def test_the_launch_command_is_this_installation():
    command = autostart.launch_command()
    assert command
    assert "smsdesk" in command[0] or command[-2:] == ["-m", "desktop"]


@pytest.mark.parametrize(
    ("argument", "quoted"),
    [
        ("/usr/bin/smsdesk", "/usr/bin/smsdesk"),
        ("/opt/a b/smsdesk", '"/opt/a b/smsdesk"'),
        ('/x/"q"', '"/x/\\"q\\""'),
        ("/x/$HOME", '"/x/\\$HOME"'),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(argument, quoted):
    assert autostart._exec_quote(argument) == quoted
