"""One SMS Desk per user: a second launch hands its request (or an sms: link) to the
running one and exits at once; a socket left by a crash does not get in the way."""

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer

from desktop.ui.session.single_instance import InstanceServer, forward, server_name


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
                    "from desktop.ui.session.single_instance import forward\n"
                    f"app = QCoreApplication([]); assert forward({name!r}, {{'action': 'raise'}})\n"
                ),
            ]
        )
    assert received == [{"action": "raise"}]
    server.close()
    QLocalServer.removeServer(name)


# -- a private folder, and only this user at either end ------------------------------------

NOBODY = 65534
SYSTEM_PYTHON = "/usr/bin/python3"  # one another user can run (ours lives under /root)


@pytest.fixture
def short_tmp(tmp_path_factory):
    """A short folder (socket paths have a length limit)."""
    return tmp_path_factory.mktemp("si")


@pytest.fixture
def private_runtime(short_tmp, monkeypatch):
    runtime = short_tmp / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def needs_root():
    if os.geteuid() != 0:
        pytest.skip("only root can act as another user")


def test_the_socket_is_in_the_users_private_runtime_directory(qtbot, private_runtime, short_tmp):
    name = server_name(short_tmp / "data")

    assert Path(name).parent == private_runtime / "smsdesk"
    server = InstanceServer(name)
    assert server.listen()
    try:
        assert Path(name).exists()
        assert stat.S_IMODE((private_runtime / "smsdesk").stat().st_mode) == 0o700
        assert forward(name, {"action": "raise"})
    finally:
        server.close()


def test_without_a_private_runtime_directory_a_private_folder_of_ours_is_used(
    short_tmp, monkeypatch
):
    shared = short_tmp / "shared-runtime"
    shared.mkdir()
    shared.chmod(0o755)  # not private: not used
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    monkeypatch.setattr(tempfile, "tempdir", str(short_tmp))

    name = server_name(short_tmp / "data")

    folder = Path(name).parent
    assert folder == short_tmp / f"smsdesk-{os.geteuid()}"
    info = folder.lstat()
    assert stat.S_IMODE(info.st_mode) == 0o700
    assert info.st_uid == os.geteuid()


def test_a_folder_another_user_made_first_or_a_planted_link_is_passed_over(short_tmp, monkeypatch):
    needs_root()
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(short_tmp))
    (short_tmp / "data").mkdir()  # as the app has made it by then
    squatted = short_tmp / f"smsdesk-{os.geteuid()}"
    squatted.mkdir(mode=0o700)
    os.chown(squatted, NOBODY, NOBODY)

    name = server_name(short_tmp / "data")

    assert Path(name).parent == short_tmp / "data" / "run"
    squatted.rmdir()
    elsewhere = short_tmp / "theirs"
    elsewhere.mkdir(mode=0o700)
    squatted.symlink_to(elsewhere)
    assert Path(server_name(short_tmp / "data")).parent == short_tmp / "data" / "run"


@pytest.fixture
def open_folder():
    """A folder anyone may use, as /tmp is: to see what the peer checks do on their own.
    (pytest's own folders are closed to other users.)"""
    folder = Path(tempfile.mkdtemp(prefix="smsdesk-test-", dir="/tmp"))
    folder.chmod(0o777)  # on purpose: other users must reach it
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_a_request_from_another_user_is_refused(qtbot, open_folder):
    needs_root()
    name = str(open_folder / "instance")
    server = InstanceServer(name)
    assert server.listen()
    # The folder and the file's mode would have kept them out; the check must do it alone.
    os.chmod(name, 0o777)  # noqa: S103
    received = []
    server.sig_request.connect(received.append)
    script = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "s.connect(sys.argv[1])\n"
        "s.settimeout(3)\n"
        "try:\n"
        '    s.sendall(b\'{"action": "open", "link": "sms:+14155550134?body=hi"}\\n\')\n'
        "    print(repr(s.recv(10)))\n"
        "except OSError:\n"
        "    print('reset')\n"
    )
    try:
        foreign = subprocess.Popen(
            [SYSTEM_PYTHON, "-c", script, name],
            user=NOBODY,
            group=NOBODY,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: foreign.poll() is not None, timeout=10000)
        assert foreign.returncode == 0, foreign.stderr.read()
        assert foreign.stdout.read().strip() in ("b''", "reset")  # hung up on, no "ok"
        qtbot.wait(200)  # the refused request must not arrive late
        assert received == []
        # The same request from this user goes through: it was the user that was refused.
        with qtbot.waitSignal(server.sig_request, timeout=5000):
            subprocess.Popen([sys.executable, "-c", script, name], stdout=subprocess.DEVNULL)
        assert received == [{"action": "open", "link": "sms:+14155550134?body=hi"}]
    finally:
        server.close()


def test_a_launch_hands_nothing_to_another_users_program_on_its_socket(qtbot, open_folder):
    needs_root()
    name = str(open_folder / "instance")
    squatter = (
        "import os, socket, sys\n"
        "s = socket.socket(socket.AF_UNIX)\n"
        "s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o777); s.listen(1)\n"
        "print('listening', flush=True)\n"
        "s.settimeout(10)\n"
        "conn, _ = s.accept(); conn.settimeout(3)\n"
        "data = b''\n"
        "try:\n"
        "    while chunk := conn.recv(4096):\n"
        "        data += chunk\n"
        "except OSError:\n"
        "    pass\n"
        "print(repr(data), flush=True)\n"
    )
    process = subprocess.Popen(
        [SYSTEM_PYTHON, "-c", squatter, name],
        user=NOBODY,
        group=NOBODY,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout.readline().strip() == "listening"

        handed = forward(name, {"action": "open", "link": "sms:+14155550134?body=secret"})

        assert handed is False  # so this launch starts on its own instead of exiting
        out, _ = process.communicate(timeout=15)
        assert out.strip() == "b''"  # the squatter got nothing
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
