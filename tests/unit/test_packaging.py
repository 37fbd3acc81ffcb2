"""The installable app: desktop entry, icons, the PyInstaller spec's lists, desktop install.

Building the bundle takes a minute and is not part of the tests (``make package`` builds and
checks it); these tests prove what the build and the installed entry rely on.
"""

from __future__ import annotations

import ast
import configparser
import glob
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
ENTRY = RESOURCES / "smsdesk.desktop"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def _load(name: str):
    # packaging/ is not a package (and "packaging" is also a PyPI module): load by path.
    path = ROOT / "packaging" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"smsdesk_packaging_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


spec_data = _load("spec_data")
desktop_integration = _load("desktop_integration")


def _entry(path: Path = ENTRY) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def _validate(path: Path) -> list[str]:
    """desktop-file-validate's complaints about ``path`` (hints are advice, not faults)."""
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip(
            "desktop-file-validate is missing: install desktop-file-utils "
            "(packaging/system-deps.sh does, as root on Debian)"
        )
    result = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
    complaints = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and ": hint: " not in line
    ]
    assert result.returncode == 0 or complaints, result.stdout + result.stderr
    return complaints


# -- the desktop entry -------------------------------------------------------------------


def test_desktop_entry_passes_desktop_file_validate():
    assert _validate(ENTRY) == []


def test_desktop_entry_names_launches_and_files_the_app():
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "SMS Desk"
    assert entry["Comment"]
    assert entry["Exec"] == "smsdesk %u"  # %u: a clicked sms:/smsto: link arrives as argv
    assert entry["Icon"] == "smsdesk"
    assert entry["Categories"] == "Network;InstantMessaging;Office;"
    assert entry["MimeType"] == "x-scheme-handler/sms;x-scheme-handler/smsto;"
    assert entry["Terminal"] == "false"


def test_desktop_entry_matches_the_window_the_app_opens(qapp):
    """Docks group the window under the entry by its class: on X11 Qt's WM_CLASS is
    ("smsdesk", applicationName) — `xprop` on the running app shows "smsdesk", "smsdesk" —
    and on Wayland the app id is desktopFileName, which must be the entry's file name."""
    from desktop.app import create_application

    app = create_application([])
    assert app.applicationName() == _entry()["StartupWMClass"]
    assert app.desktopFileName() + ".desktop" == ENTRY.name


# -- icons --------------------------------------------------------------------------------


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_png_exists_at_its_size(size):
    path = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "smsdesk.png"
    assert path.exists(), "run `make icons` and commit the result"
    assert _png_size(path) == (size, size)


def test_windows_icon_holds_every_size_windows_asks_for():
    data = (RESOURCES / "icons" / "smsdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    # In an .ico directory entry a width of 0 means 256.
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert sizes >= {16, 24, 32, 48, 256}


def test_macos_icon_is_an_icns():
    data = (RESOURCES / "icons" / "smsdesk.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)


def test_committed_pngs_are_what_the_svg_draws_today(qapp):
    """A changed smsdesk.svg needs `make icons`; otherwise menus show the old icon."""
    from PySide6.QtGui import QImage

    make_icons = _load("make_icons")
    for size, data in make_icons.render_pngs((16, 48, 256)).items():
        fresh = QImage.fromData(data).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(make_icons.png_path(size))).convertToFormat(
            QImage.Format.Format_ARGB32
        )
        a, b = bytes(fresh.constBits()), bytes(committed.constBits())
        assert len(a) == len(b)
        worst = max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0)
        assert worst <= 3, f"{size}x{size} PNG differs from the SVG: run `make icons`"


# -- what the bundle ships ----------------------------------------------------------------


def _tracked(folder: Path) -> set[Path]:
    if shutil.which("git") and (ROOT / ".git").exists():
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", str(folder.relative_to(ROOT))],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        files = {ROOT / name for name in listed.split("\0") if name}
        return {path for path in files if path.exists()}  # deleted, not yet committed
    return {p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts}


def _shipped(datas: list[tuple[str, str]], folder: Path, dest: PurePosixPath) -> set[Path]:
    shipped = set()
    for source, target in datas:
        path = Path(source)
        assert path.is_file(), f"the spec ships {path}, which does not exist"
        expected = dest / path.relative_to(folder).parent.as_posix()
        assert PurePosixPath(target) == expected, f"{path} would land in {target}"
        shipped.add(path)
    return shipped


def test_bundle_ships_every_resource_file():
    shipped = _shipped(spec_data.resource_datas(), RESOURCES, spec_data.RESOURCES_DEST)
    sources = {p for p in _tracked(RESOURCES) if spec_data.is_translation_source(p)}
    assert _tracked(RESOURCES) - sources <= shipped
    assert not sources & shipped
    for needed in ("styles/app.qss", "icons/smsdesk.svg", "smsdesk.desktop", "__init__.py"):
        assert RESOURCES / needed in shipped


def test_bundle_ships_every_migration_where_alembic_looks_for_it():
    from desktop.store.migrate import MIGRATIONS_DIR

    shipped = _shipped(spec_data.migration_datas(), MIGRATIONS_DIR, spec_data.MIGRATIONS_DEST)
    assert _tracked(MIGRATIONS_DIR) <= shipped
    assert {"env.py", "script.py.mako"} <= {p.name for p in shipped}
    assert set(MIGRATIONS_DIR.glob("versions/0*.py")) <= shipped
    # migrate.py finds the folder next to itself; the bundle must keep that layout.
    assert MIGRATIONS_DIR.relative_to(ROOT).as_posix() == str(spec_data.MIGRATIONS_DEST)


def test_what_the_migrations_import_is_bundled():
    imports = spec_data.migration_imports()
    assert {"alembic", "sqlalchemy"} <= set(imports)
    assert "desktop.store.tables" in imports  # env.py's metadata


def test_every_built_in_carrier_is_bundled():
    """The registry imports a carrier's module by name (PyInstaller cannot see it): a bundle
    without it failed at its first use ("No module named desktop.gateway.demo_carrier")."""
    from desktop.gateway.carriers import BUILT_IN

    modules = spec_data.carrier_imports()
    assert modules == sorted({where.partition(":")[0] for _key, where in BUILT_IN})
    assert {"desktop.gateway.demo_carrier", "desktop.gateway.twilio_carrier"} <= set(modules)
    assert all(importlib.util.find_spec(module) is not None for module in modules)


def test_spec_builds_from_the_shared_lists():
    """The spec is plain Python over spec_data's lists (what these tests check)."""
    source = (ROOT / "packaging" / "smsdesk.spec").read_text(encoding="utf-8")
    ast.parse(source)
    for used in (
        "spec_data.resource_datas()",
        "spec_data.migration_datas()",
        "spec_data.HIDDEN_IMPORTS",
        "spec_data.migration_imports()",
        "spec_data.carrier_imports()",
        "spec_data.EXCLUDES",
        "spec_data.keep_qt_file",
        "spec_data.BUNDLE_IDENTIFIER",
        "console=False",
        "COLLECT(",
    ):
        assert used in source
    assert "packaging/smsdesk_entry.py" in str(spec_data.ENTRY_SCRIPT.relative_to(ROOT))


def test_bundle_answers_the_doctors_qt_probe_and_nothing_else(capsys):
    """In the bundle sys.executable is smsdesk itself; `smsdesk doctor` still runs its Qt
    check in a child process through it (packaging/smsdesk_entry.py)."""
    from desktop.admin import doctor

    entry = _load("smsdesk_entry")
    assert entry.QT_PROBE == doctor._QT_PROBE
    assert entry.run_doctor_probe(["import os; os.remove('x')"]) == 2
    assert entry.run_doctor_probe([doctor._QT_PROBE]) == 0
    assert capsys.readouterr().out.strip().startswith("6.")


def test_hidden_imports_exist():
    import psycopg  # noqa: F401  (psycopg_binary refuses to be found before psycopg)

    missing = [m for m in spec_data.HIDDEN_IMPORTS if importlib.util.find_spec(m) is None]
    assert missing == []


def _qt_modules_the_app_imports() -> set[str]:
    found = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            else:
                continue
            found.update(n.split(".")[1] for n in names if n.startswith("PySide6.Qt"))
    return found


def test_no_qt_module_the_app_uses_is_left_out_of_the_bundle():
    """A new `from PySide6.QtMultimedia import …` needs spec_data.UNUSED_QT_MODULES edited."""
    used = _qt_modules_the_app_imports()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert used & set(spec_data.UNUSED_QT_MODULES) == set()


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_de.qm", True),  # Qt's own words, in German
        ("PySide6/Qt/translations/qtbase_nl.qm", True),
        ("PySide6/Qt/translations/qtbase_ja.qm", False),  # a language SMS Desk does not speak
        ("PySide6/Qt/translations/designer_de.qm", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("PySide6/Qt/lib/libQt6DBus.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Svg.so.6", True),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/libpyside6qml.abi3.so.6.11", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),  # Windows wheel layout
        ("PySide6\\Qt6Qml.dll", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),  # macOS
        ("PySide6/Qt/lib/QtGui.framework/Versions/A/QtGui", True),
        ("libpython3.11.so.1.0", True),  # not Qt: never touched
    ],
)
def test_bundle_keeps_only_the_qt_files_the_app_loads(dest, kept):
    assert spec_data.keep_qt_file(dest) is kept


def test_macos_bundle_opens_sms_and_smsto_links():
    plist = spec_data.info_plist("1.2.3")
    schemes = {s for t in plist["CFBundleURLTypes"] for s in t["CFBundleURLSchemes"]}
    assert schemes == {"sms", "smsto"}
    assert plist["CFBundleShortVersionString"] == "1.2.3"
    assert spec_data.BUNDLE_IDENTIFIER == "org.smsdesk.SMSDesk"


def test_windows_version_numbers_come_from_the_package_version():
    version_info = _load("version_info")
    assert version_info.version_tuple("0.1.0") == (0, 1, 0, 0)
    assert version_info.version_tuple("1.2rc1") == (1, 2, 0, 0)
    assert version_info.version_tuple("2.0.1.5.6") == (2, 0, 1, 5)


# -- the wheel ----------------------------------------------------------------------------


def _pyproject() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)


def test_wheel_package_data_covers_every_resource_file():
    """setuptools only copies data files its patterns match: an unmatched icon or desktop
    entry would be missing from a pip install (and from `make install-desktop` there)."""
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["desktop.resources"]
    matched = set()
    for pattern in patterns:
        matched.update(glob.glob(pattern, root_dir=RESOURCES, recursive=True))
    data_files = {
        str(p.relative_to(RESOURCES))
        for p in _tracked(RESOURCES)
        if p.suffix != ".py"
        and "__pycache__" not in p.parts
        and not spec_data.is_translation_source(p)
    }
    assert data_files - matched == set()
    assert "icons/hicolor/512x512/apps/smsdesk.png" in matched


def test_build_tools_are_an_extra_not_an_app_dependency():
    project = _pyproject()["project"]
    assert any(d.startswith("pyinstaller") for d in project["optional-dependencies"]["package"])
    assert not any(d.lower().startswith(("pyinstaller", "pillow")) for d in project["dependencies"])
    assert spec_data.project_version() == project["version"]


# -- make install-desktop -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("program", "written"),
    [
        ("/opt/smsdesk/smsdesk", "/opt/smsdesk/smsdesk"),
        ("/home/anna/SMS Desk/smsdesk", '"/home/anna/SMS Desk/smsdesk"'),
        ('/opt/a"b$c/smsdesk', '"/opt/a\\\\"b\\\\$c/smsdesk"'),
        ("/opt/100%/smsdesk", "/opt/100%%/smsdesk"),
    ],
)
def test_exec_line_quotes_the_program_as_the_spec_says(program, written):
    assert desktop_integration.exec_argument(Path(program)) == written


def _integration(action: str, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    return subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "desktop_integration.py"), action, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )


def test_install_desktop_puts_entry_and_icons_in_place_and_uninstall_takes_them_away(tmp_path):
    program = tmp_path / "SMS Desk" / "smsdesk"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    config = tmp_path / "config"
    config.mkdir()
    other = "[Default Applications]\nx-scheme-handler/tel=softphone.desktop\n"
    (config / "mimeapps.list").write_text(other)

    _integration("install", tmp_path, "--exec", str(program))
    share = tmp_path / "share"
    installed = share / "applications" / "smsdesk.desktop"
    entry = _entry(installed)
    assert entry["Exec"] == f'"{program}" %u'
    assert entry["TryExec"] == str(program)
    assert entry["StartupWMClass"] == _entry()["StartupWMClass"]
    assert _validate(installed) == []
    for size in ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "smsdesk.png"
        assert _png_size(png) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "smsdesk.svg").exists()
    if shutil.which("xdg-mime"):
        assert "x-scheme-handler/sms=smsdesk.desktop" in (config / "mimeapps.list").read_text()

    _integration("uninstall", tmp_path)
    assert [p for p in desktop_integration.installed_files(share) if p.exists()] == []
    mimeapps = (config / "mimeapps.list").read_text()
    assert "smsdesk.desktop" not in mimeapps
    assert "x-scheme-handler/tel=softphone.desktop" in mimeapps  # others' choices stay


def test_uninstall_keeps_other_handlers_listed_with_sms_desk(tmp_path):
    mimeapps = tmp_path / "mimeapps.list"
    mimeapps.write_text(
        "[Added Associations]\nx-scheme-handler/sms=smsdesk.desktop;other.desktop;\n"
        "[Default Applications]\nx-scheme-handler/smsto=smsdesk.desktop\n"
    )
    assert desktop_integration.forget_defaults(mimeapps)
    assert mimeapps.read_text() == (
        "[Added Associations]\nx-scheme-handler/sms=other.desktop;\n[Default Applications]\n"
    )
    assert not desktop_integration.forget_defaults(mimeapps)


def test_the_action_icons_ship_with_their_licence_in_the_bundle_and_the_wheel():
    """Every icon the app asks for, and the licence and source note the icon set's licence
    asks to keep with it, in the PyInstaller bundle and matched by the wheel's patterns."""
    from desktop.ui.look.action_icons import ACTION_ICONS

    actions = RESOURCES / "icons" / "actions"
    wanted = {actions / f"{stem}.svg" for stem in ACTION_ICONS.values()}
    wanted |= {actions / "LICENSE", actions / "README.md"}
    assert all(path.is_file() for path in wanted)
    shipped = _shipped(spec_data.resource_datas(), RESOURCES, spec_data.RESOURCES_DEST)
    assert wanted <= shipped
    patterns = _pyproject()["tool"]["setuptools"]["package-data"]["desktop.resources"]
    matched = set()
    for pattern in patterns:
        matched.update(glob.glob(pattern, root_dir=RESOURCES, recursive=True))
    assert {str(p.relative_to(RESOURCES)) for p in wanted} <= matched
    assert "Lucide" in (actions / "README.md").read_text(encoding="utf-8")
    assert "ISC License" in (actions / "LICENSE").read_text(encoding="utf-8")
