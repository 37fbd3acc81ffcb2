"""Build the one-folder bundle (dist/smsdesk/) with PyInstaller, then prove it is whole.

After PyInstaller has run, every shared library and Qt plugin in the bundle must find the
libraries it links against (a library dropped by mistake would otherwise only show up as a
crash on a user's machine), the bundle must answer ``--version`` with the package's version,
and the size of its parts is printed.

    python packaging/build.py [--no-check]     (make package)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import spec_data

ROOT = spec_data.ROOT
SPEC = ROOT / "packaging" / "smsdesk.spec"
DIST = ROOT / "dist"
BUILD = ROOT / "build"
BUNDLE = DIST / spec_data.NAME


def run_pyinstaller() -> None:
    """Build into dist/ and build/ from scratch (a stale build/ can keep dropped files)."""
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={BUILD}",
        str(SPEC),
    ]
    subprocess.run(command, check=True, cwd=ROOT)  # noqa: S603 (our own interpreter)


def executable() -> Path:
    """The bundle's executable that prints: on Windows the console twin (smsdesk-cli.exe),
    since the windowed smsdesk.exe has no console to print to."""
    if sys.platform == "win32":
        return BUNDLE / f"{spec_data.NAME}-cli.exe"
    return BUNDLE / spec_data.NAME


def missing_libraries() -> list[str]:
    """Libraries that a shared object of the bundle needs but cannot find (Linux only).

    ``ldd`` resolves each file the way the dynamic loader will at run time, through the
    RUNPATHs PySide6 sets ($ORIGIN/...), so a library missing from the bundle shows as
    "not found" even when the virtual environment has it.
    """
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return []
    problems = []
    for path in sorted(BUNDLE.rglob("*.so*")):
        if not path.is_file():
            continue
        result = subprocess.run(  # noqa: S603
            ["ldd", str(path)],  # noqa: S607 (the system's ldd)
            capture_output=True,
            text=True,
            check=False,
            env={"PATH": "/usr/bin:/bin"},  # no LD_LIBRARY_PATH from the build's shell
        )
        for line in result.stdout.splitlines():
            if "not found" in line:
                problems.append(f"{path.relative_to(BUNDLE)}: {line.strip()}")
    return problems


def check_version() -> str:
    """Run the bundle's ``--version`` in a clean environment; it must match pyproject."""
    # A clean environment: the bundle must not lean on the virtual environment.
    env = {"PATH": os.defpath, "HOME": str(BUILD / "version-home")}
    if "SYSTEMROOT" in os.environ:  # Windows programs cannot start without it
        env["SYSTEMROOT"] = os.environ["SYSTEMROOT"]
    result = subprocess.run(  # noqa: S603
        [str(executable()), "--version"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env=env,
    )
    said = (result.stdout + result.stderr).strip()
    expected = f"SMS Desk {spec_data.project_version()}"
    if result.returncode != 0 or said != expected:
        raise SystemExit(f"build: {executable()} --version said {said!r}, expected {expected!r}")
    return said


# What each part of the bundle is, by where it lands in _internal/ (first match wins).
PARTS = (
    ("Qt's ICU (Unicode and locale data)", ("PySide6/Qt/lib/libicu",)),
    ("Qt libraries", ("PySide6/Qt/lib/",)),
    ("Qt plugins", ("PySide6/Qt/plugins/",)),
    ("PySide6/shiboken6 bindings", ("PySide6/", "shiboken6/", "libpyside6", "libshiboken6")),
    ("Python runtime", ("libpython", "python3", "base_library.zip", "lib-dynload")),
    ("cryptography (Secret Service keyring)", ("cryptography", "_cffi_backend")),
    ("psycopg + libpq (PostgreSQL)", ("psycopg",)),
    ("SQLAlchemy C extensions", ("sqlalchemy/",)),
)


def _part(relative: str) -> str:
    if "/" not in relative and not relative.startswith(("lib", "base_library")):
        return "executable (all Python code, compressed)"
    for name, prefixes in PARTS:
        if relative.startswith(prefixes):
            return name
    if relative.startswith("lib") and ".so" in relative:
        return "system libraries (X11/xcb, fontconfig, D-Bus, OpenSSL...)"
    return "other data (certifi, metadata, resources, migrations...)"


def size_report(top: int = 8) -> str:
    """The bundle's size by part, then its biggest single files."""
    internal = BUNDLE / "_internal"
    parts: dict[str, int] = defaultdict(int)
    files: list[tuple[int, str]] = []
    for path in BUNDLE.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        size = path.stat().st_size
        base = internal if internal in path.parents else BUNDLE
        relative = path.relative_to(base).as_posix()
        parts[_part(relative)] += size
        files.append((size, relative))
    total = sum(parts.values())
    lines = [f"{total / 2**20:7.1f} MB  {BUNDLE.relative_to(ROOT)}"]
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1]):
        lines.append(f"{size / 2**20:7.1f} MB    {name}")
    lines.append("biggest files:")
    for size, relative in sorted(files, reverse=True)[:top]:
        lines.append(f"{size / 2**20:7.1f} MB    {relative}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build dist/smsdesk/ with PyInstaller.")
    parser.add_argument("--no-check", action="store_true", help="skip the checks after the build")
    args = parser.parse_args(argv)
    run_pyinstaller()
    if not args.no_check:
        problems = missing_libraries()
        if problems:
            print("build: the bundle misses libraries:\n  " + "\n  ".join(problems))
            return 1
        print(f"build: {executable().relative_to(ROOT)} --version: {check_version()}")
    print(size_report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
