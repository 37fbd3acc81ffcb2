"""Put SMS Desk into the current user's desktop: menu entry, icons, sms:/smsto: links.

    python3 packaging/desktop_integration.py install [--exec PROGRAM]   (make install-desktop)
    python3 packaging/desktop_integration.py uninstall                  (make uninstall-desktop)

The entry starts the built bundle (dist/smsdesk/smsdesk) when there is one, else this
checkout's .venv/bin/smsdesk, by absolute path: nothing has to be on PATH. Files go where the
freedesktop specifications say ($XDG_DATA_HOME, default ~/.local/share); no root needed.
Standard library only, so it runs with the system's python3 before any virtual environment.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
DESKTOP_FILE = "smsdesk.desktop"
ICON_NAME = "smsdesk"
SCHEMES = ("x-scheme-handler/sms", "x-scheme-handler/smsto")
CANDIDATES = (ROOT / "dist" / "smsdesk" / "smsdesk", ROOT / ".venv" / "bin" / "smsdesk")

# The characters that make the Desktop Entry spec require quoting an Exec argument.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share."""
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    """$XDG_CONFIG_HOME, or ~/.config (where mimeapps.list lives)."""
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def default_program() -> Path | None:
    """The bundle when it is built, else the virtual environment's command; None if neither."""
    return next((path for path in CANDIDATES if os.access(path, os.X_OK)), None)


def exec_argument(program: Path) -> str:
    """``program`` written as the Exec key's first argument.

    The Desktop Entry spec: an argument with reserved characters goes in double quotes, with
    ``"`` `` ` `` ``$`` and ``\\`` escaped by a backslash inside them; "%" is doubled (field
    codes); then, the key being a string, every backslash is escaped once more.
    """
    text = str(program).replace("%", "%%")
    if _RESERVED.search(text):
        text = '"' + re.sub(r'(["`$\\])', r"\\\1", text) + '"'
    return text.replace("\\", "\\\\")


def desktop_entry(program: Path) -> str:
    """resources/smsdesk.desktop with Exec (and TryExec) pointing at ``program``.

    TryExec hides the entry from menus if the program is deleted later (a removed checkout)
    instead of leaving an entry that fails to start.
    """
    lines = []
    for line in (RESOURCES / DESKTOP_FILE).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            args = line.removeprefix("Exec=").split(" ", 1)[1:]
            lines.append(" ".join(["Exec=" + exec_argument(program), *args]))
            lines.append("TryExec=" + str(program).replace("\\", "\\\\"))
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


def icon_files() -> dict[Path, Path]:
    """Every icon to install: source file -> path under $XDG_DATA_HOME/icons."""
    hicolor = RESOURCES / "icons" / "hicolor"
    icons = {
        png: Path("hicolor") / png.relative_to(hicolor) for png in hicolor.glob("*/apps/*.png")
    }
    icons[RESOURCES / "icons" / "smsdesk.svg"] = Path("hicolor/scalable/apps/smsdesk.svg")
    return dict(sorted(icons.items()))


def installed_files(base: Path) -> list[Path]:
    """Every file ``install`` writes under the data directory ``base``."""
    return [base / "applications" / DESKTOP_FILE] + [
        base / "icons" / rel for rel in icon_files().values()
    ]


def _run(*command: str) -> None:
    # The caches and the MIME default are conveniences: desktops rescan on their own, so a
    # missing tool or a failure is reported, never fatal.
    if shutil.which(command[0]) is None:
        print(f"  ({command[0]} not found: skipped)")
        return
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    status = "ok" if result.returncode == 0 else f"failed: {result.stderr.strip()}"
    print(f"  {' '.join(command)}: {status}")


def refresh(base: Path) -> None:
    """Update the menu's MIME cache and the icon cache, where those tools exist."""
    _run("update-desktop-database", "-q", str(base / "applications"))
    # -t: the user's hicolor folder has no index.theme of its own (the system's is used).
    _run("gtk-update-icon-cache", "-f", "-t", "-q", str(base / "icons" / "hicolor"))


def install(program: Path, base: Path) -> None:
    """Write the desktop entry and icons, refresh the caches, claim sms: and smsto: links."""
    entry = base / "applications" / DESKTOP_FILE
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_suffix(".tmp")
    temporary.write_text(desktop_entry(program), encoding="utf-8")
    temporary.replace(entry)  # a menu never reads a half-written entry
    print(f"{entry}  (starts {program})")
    for source, rel in icon_files().items():
        target = base / "icons" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    print(f"{base / 'icons' / 'hicolor'}/*/apps/{ICON_NAME}.*  ({len(icon_files())} icons)")
    refresh(base)
    if shutil.which("xdg-mime"):
        for scheme in SCHEMES:
            _run("xdg-mime", "default", DESKTOP_FILE, scheme)
    else:
        print("  (xdg-mime not found: sms: links are offered to SMS Desk but not made its default)")


def forget_defaults(mimeapps: Path) -> bool:
    """Take SMS Desk out of mimeapps.list (as default or added handler); True if it was in.

    Only values naming smsdesk.desktop change: other applications' choices stay as they are.
    """
    if not mimeapps.exists():
        return False
    changed = False
    lines = []
    for line in mimeapps.read_text(encoding="utf-8").splitlines():
        key, sep, value = line.partition("=")
        if sep and not line.lstrip().startswith(("#", "[")):
            apps = [app for app in value.split(";") if app]
            kept = [app for app in apps if app != DESKTOP_FILE]
            if kept != apps:
                changed = True
                if not kept:
                    continue
                line = f"{key}={';'.join(kept)};"
        lines.append(line)
    if changed:
        mimeapps.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return changed


def uninstall(base: Path, config: Path) -> None:
    """Remove what ``install`` wrote, SMS Desk's link defaults, and refresh the caches."""
    for path in installed_files(base):
        if path.exists():
            path.unlink()
            print(f"removed {path}")
    for mimeapps in (config / "mimeapps.list", base / "applications" / "mimeapps.list"):
        if forget_defaults(mimeapps):
            print(f"removed SMS Desk from {mimeapps}")
    refresh(base)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument(
        "--exec",
        type=Path,
        dest="program",
        help="the program the entry starts (default: dist/smsdesk/smsdesk, else .venv/bin/smsdesk)",
    )
    args = parser.parse_args(argv)
    if args.action == "uninstall":
        uninstall(data_home(), config_home())
        return 0
    program = args.program or default_program()
    if program is None:
        print("desktop_integration: build SMS Desk first (make package, or make run)")
        return 1
    install(program.absolute(), data_home())
    return 0


if __name__ == "__main__":
    sys.exit(main())
