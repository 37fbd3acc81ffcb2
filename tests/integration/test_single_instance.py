"""One SMS Desk per user: a second launch hands its request (or an sms: link) to the
running one and exits at once; a socket left by a crash does not get in the way."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from desktop.ui.single_instance import InstanceServer, forward, server_name


def smsdesk() -> str:
    found = shutil.which("smsdesk", path=str(Path(sys.executable).parent))
    assert found
    return found


@pytest.fixture
def running(qtbot, main_window):
    """The signed-in app, listening for later launches as `smsdesk` does."""
    desk = main_window.desk
    server = InstanceServer(server_name(desk.paths.data_dir))
    assert server.listen()
    server.sig_request.connect(desk.handle_request)
    yield desk
    server.close()


def launch(desk, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    home = desk.paths.data_dir.parent
    started = time.monotonic()
    result = subprocess.run(
        [smsdesk(), "--home", str(home), *args], env=env, capture_output=True, text=True, timeout=30
    )
    return result, time.monotonic() - started


def test_a_second_launch_raises_the_first_and_exits(qtbot, running):
    running.window.hide()
    with qtbot.waitSignal(running.window.windowHandle().visibleChanged, timeout=15000):
        result, took = launch(running)
    assert result.returncode == 0, result.stderr
    assert took < 10
    assert running.window.isVisible()


def test_an_sms_link_opens_a_prefilled_new_conversation(qtbot, running, demo_gateway):
    result, _ = launch(running, "sms:+14155550134?body=Your%20order%20is%20ready")
    assert result.returncode == 0, result.stderr
    window = running.window
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None, timeout=10000)
    dialog = window.new_dialog
    assert dialog.field.text() == "+14155550134"
    dialog.start_chat()
    qtbot.waitUntil(lambda: window.conversation.conversation is not None, timeout=3000)
    assert window.conversation.editor.toPlainText() == "Your order is ready"


def test_a_stale_socket_from_a_crash_is_replaced(qtbot, tmp_path):
    name = server_name(tmp_path)
    script = (
        "import sys, time\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtNetwork import QLocalServer\n"
        "app = QCoreApplication([])\n"
        f"server = QLocalServer(); assert server.listen({name!r})\n"
        "print('listening', flush=True); time.sleep(60)\n"
    )
    crashed = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert crashed.stdout.readline().strip() == "listening"
    crashed.send_signal(signal.SIGKILL)  # leaves its socket file behind
    crashed.wait()
    started = time.monotonic()
    assert not forward(name, {"action": "raise"})  # nobody answers
    assert time.monotonic() - started < 3
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.sig_request.connect(received.append)
    with qtbot.waitSignal(server.sig_request, timeout=5000):
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                (
                    "from PySide6.QtCore import QCoreApplication\n"
                    "from desktop.ui.single_instance import forward\n"
                    f"app = QCoreApplication([]); assert forward({name!r}, {{'action': 'raise'}})\n"
                ),
            ]
        )
    assert received == [{"action": "raise"}]
    server.close()
    QLocalServer.removeServer(name)
