"""Start at login: an XDG autostart entry on Linux, the Run key on Windows, a LaunchAgent on
macOS. SMS Desk then starts minimised to the tray (``--minimized``)."""

from __future__ import annotations

import contextlib
import os
import plistlib
import shutil
import sys
from pathlib import Path

from desktop.core.i18n import QT_TRANSLATE_NOOP, language, translate

ENTRY_NAME = "smsdesk.desktop"
MAC_LABEL = "org.smsdesk.SMSDesk"
WINDOWS_VALUE = "SMS Desk"
#: The autostart entry's comment (what the desktop's session settings list it as).
_COMMENT = QT_TRANSLATE_NOOP("Autostart", "Send, receive and manage business SMS")
_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


def launch_command() -> list[str]:
    """How to start this SMS Desk: the bundled executable, the installed ``smsdesk``
    script beside this Python, or ``python -m desktop``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).with_name("smsdesk")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("smsdesk")
    if found:
        return [found]
    return [sys.executable, "-m", "desktop"]


def autostart_file() -> Path:
    """The XDG autostart entry ($XDG_CONFIG_HOME/autostart/smsdesk.desktop)."""
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / ENTRY_NAME


def _exec_quote(argument: str) -> str:
    # Desktop Entry spec: quote arguments with reserved characters, escape " ` $ \ inside.
    if not any(ch in argument for ch in " \t\n\"'\\><~|&;$*?#()`"):
        return argument
    escaped = (
        argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    )
    return f'"{escaped}"'


def desktop_entry(command: list[str]) -> str:
    """The autostart entry's text for ``command`` (started minimised)."""
    exec_line = " ".join(_exec_quote(part) for part in [*command, "--minimized"])
    english = _COMMENT
    # The desktop shows Comment[xx] in language xx (Desktop Entry spec: a localestring); a
    # translation stays on one line, whatever it holds.
    shown = " ".join(translate("Autostart", _COMMENT).split())
    localized = f"Comment[{language()}]={shown}\n" if shown != english else ""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=SMS Desk\n"
        f"Comment={english}\n"
        f"{localized}"
        f"Exec={exec_line}\n"
        "Icon=smsdesk\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    """Whether SMS Desk is set to start at login."""
    if sys.platform == "win32":
        return _windows_value() is not None
    if sys.platform == "darwin":
        return _mac_agent().exists()
    return autostart_file().exists()


def set_enabled(enabled: bool, command: list[str] | None = None) -> None:
    """Start SMS Desk at login (minimised to the tray), or stop doing so.

    Raises:
        OSError: the entry can't be written or removed.
    """
    command = command or launch_command()
    if sys.platform == "win32":
        _set_windows(enabled, command)
    elif sys.platform == "darwin":
        _set_mac(enabled, command)
    elif enabled:
        path = autostart_file()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(desktop_entry(command), encoding="utf-8")
    else:
        autostart_file().unlink(missing_ok=True)


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{MAC_LABEL}.plist"


def _set_mac(enabled: bool, command: list[str]) -> None:
    path = _mac_agent()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    agent = {"Label": MAC_LABEL, "ProgramArguments": [*command, "--minimized"], "RunAtLoad": True}
    path.write_bytes(plistlib.dumps(agent))


def _windows_value() -> str | None:  # pragma: no cover - Windows only
    if sys.platform != "win32":  # never: called there only (and mypy checks the rest so)
        raise NotImplementedError("the registry is on Windows only")
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, WINDOWS_VALUE)[0])
    except OSError:
        return None


def _set_windows(enabled: bool, command: list[str]) -> None:  # pragma: no cover - Windows
    if sys.platform != "win32":  # never: called there only (and mypy checks the rest so)
        raise NotImplementedError("the registry is on Windows only")
    import subprocess
    import winreg

    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
        if enabled:
            line = subprocess.list2cmdline([*command, "--minimized"])
            winreg.SetValueEx(key, WINDOWS_VALUE, 0, winreg.REG_SZ, line)
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, WINDOWS_VALUE)
