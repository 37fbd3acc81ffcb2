"""What the PyInstaller bundle holds besides the code PyInstaller finds by following imports.

Kept apart from ``smsdesk.spec`` so the tests can read the same lists the build uses
(tests/unit/test_packaging.py) without PyInstaller. Plain Python, no PyInstaller imports.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "desktop" / "store" / "migrations"
CARRIERS = ROOT / "desktop" / "gateway" / "carriers.py"
ENTRY_SCRIPT = ROOT / "packaging" / "smsdesk_entry.py"

NAME = "smsdesk"
BUNDLE_IDENTIFIER = "org.smsdesk.SMSDesk"
URL_SCHEMES = ("sms", "smsto")

# Where the files land inside the bundle: the same package paths as in site-packages, so
# importlib.resources.files("desktop.resources") and migrate.MIGRATIONS_DIR (the folder next
# to desktop/store/migrate.py) find them unchanged.
RESOURCES_DEST = PurePosixPath("desktop/resources")
MIGRATIONS_DEST = PurePosixPath("desktop/store/migrations")

_SKIPPED_DIRS = {"__pycache__"}
_SKIPPED_SUFFIXES = {".pyc", ".pyo"}

#: Qt's own catalogues for the languages SMS Desk speaks (standard buttons, the text fields'
#: context menu); the rest of PySide6's translations are left out.
QT_TRANSLATIONS_KEPT = frozenset(f"qtbase_{lang}.qm" for lang in ("de", "fr", "es", "it", "nl"))


def project_version() -> str:
    """The version in pyproject.toml (the one the wheel and the bundle report)."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def _shipped_files(folder: Path) -> list[Path]:
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and not _SKIPPED_DIRS.intersection(path.relative_to(folder).parts)
        and path.suffix not in _SKIPPED_SUFFIXES
        and not is_translation_source(path)
    )


def is_translation_source(path: Path) -> bool:
    """A catalogue's source (.ts) or a translator's glossary: they stay behind, the app
    loads the compiled .qm beside them."""
    return path.parent.name == "translations" and path.suffix != ".qm"


def _datas(folder: Path, dest: PurePosixPath) -> list[tuple[str, str]]:
    # PyInstaller's (source file, destination folder) pairs, one per file: a new file in the
    # folder is shipped without touching the spec, and the tests can list exactly what ships.
    return [
        (str(path), str(dest / path.relative_to(folder).parent.as_posix()))
        for path in _shipped_files(folder)
    ]


def resource_datas() -> list[tuple[str, str]]:
    """Every file of resources/ (icons, style sheets, the desktop entry), as data."""
    return _datas(RESOURCES, RESOURCES_DEST)


def migration_datas() -> list[tuple[str, str]]:
    """Every file of the Alembic migrations, as data: Alembic loads env.py and each version
    script by file path (not by import), so they must exist as .py files in the bundle."""
    return _datas(MIGRATIONS, MIGRATIONS_DEST)


def migration_imports() -> list[str]:
    """The modules the migration scripts import.

    PyInstaller never sees these imports (the scripts are data and Alembic runs them by
    path), so they are declared hidden imports; a migration that imports something new is
    covered without editing the spec.
    """
    modules: set[str] = set()
    for path in _shipped_files(MIGRATIONS):
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module)
    modules.discard("__future__")
    return sorted(modules)


def carrier_imports() -> list[str]:
    """The modules of the carriers SMS Desk ships with (``desktop.gateway.carriers.BUILT_IN``).

    The registry imports a carrier's module by name when it is first used, so PyInstaller
    never sees the import; read from the list itself, a carrier added there is bundled
    without editing the spec.
    """
    tree = ast.parse(CARRIERS.read_text(encoding="utf-8"))
    for node in tree.body:
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and node.target.id == "BUILT_IN"
            and node.value is not None
        ):
            built_in = ast.literal_eval(node.value)
            return sorted({where.partition(":")[0] for _key, where in built_in})
    raise ValueError(f"no BUILT_IN list in {CARRIERS}")


HIDDEN_IMPORTS = [
    # The database URL picks the driver at run time (sqlite:///… or postgresql+psycopg://…),
    # and Alembic picks its DDL implementation from the dialect name.
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    # psycopg imports its libpq binding by name (psycopg_binary, with libpq inside).
    "psycopg_binary",
    "psycopg_binary.pq",
    "psycopg_binary._psycopg",
    # keyring finds its backends through entry points and imports them by name; the
    # platform's own one is what stores the passwords.
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    # Qt modules the app needs even if no module imports their Python binding: SVG icons,
    # the D-Bus tray and notifications on Linux, QLocalServer for the single instance.
    "PySide6.QtSvg",
    "PySide6.QtDBus",
    "PySide6.QtNetwork",
]

METADATA = [
    # desktop.__version__ reads the installed distribution's version.
    "smsdesk",
    # `smsdesk doctor` reports the PySide6 version from its metadata.
    "PySide6-Essentials",
    # keyring lists its own backends from its entry points (PyInstaller's keyring hook copies
    # these too; named here so the bundle does not depend on that hook's details).
    "keyring",
]

# PySide6-Essentials' Python modules SMS Desk does not use. Excluding the module also keeps
# its Qt library, plugins and translations out (the Qt hooks collect them per module).
UNUSED_QT_MODULES = [
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtHelp",
    "QtHttpServer",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
]

EXCLUDES = [
    *(f"PySide6.{module}" for module in UNUSED_QT_MODULES),
    # The standard library's Tk GUI, which the app never loads.
    "tkinter",
    # Mako (Alembic's template engine) highlights its error pages with Pygments when it can,
    # and Pygments' image formatter pulls in Pillow; without them Mako falls back to plain
    # text. Pillow is only a build tool here (make_icons.py).
    "pygments",
    "PIL",
    # Developer tools that are importable in the build's virtual environment.
    "pytest",
    "pytestqt",
    "_pytest",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
]

# Qt libraries that must not ride along behind a plugin: the plugin is dropped below, so its
# library is dead weight (QtQml/QtQuick come in through the virtual keyboard and the
# PySide6 glue library, QtPdf through the PDF image-format plugin, the EglFS ones through the
# eglfs platform for screens without a window system).
UNUSED_QT_LIBRARIES = {
    "Qt6EglFSDeviceIntegration",
    "Qt6EglFsKmsSupport",
    "Qt6Qml",
    "Qt6QmlMeta",
    "Qt6QmlModels",
    "Qt6QmlWorkerScript",
    "Qt6Quick",
    "Qt6QuickWidgets",
    "Qt6VirtualKeyboard",
    "Qt6VirtualKeyboardQml",
    "Qt6Pdf",
    "Qt6OpenGLWidgets",
    "Qt6Sql",
    "Qt6PrintSupport",
    "Qt6Multimedia",
    "pyside6qml",
}

# Plugins kept, by plugin folder; folders not listed are dropped whole. Names are the
# plugin's stem without "lib" (Linux/macOS) — one list for every platform.
QT_PLUGINS_KEPT: dict[str, set[str] | None] = {
    # xcb and wayland on Linux desktops, offscreen for `smsdesk` over SSH and for tests,
    # windows and cocoa on the other two platforms.
    "platforms": {
        "qxcb",
        "qwayland",
        "qwayland-egl",
        "qwayland-generic",
        "qoffscreen",
        "qminimal",
        "qwindows",
        "qdirect2d",
        "qcocoa",
    },
    "platforms/darwin": None,
    # The XDG portal theme (file dialogs through the portal, the desktop's colour scheme).
    # Not qgtk3: it would bring the build machine's GTK 3, cairo and pango (about 15 MB)
    # whose modules and schemas must match the user's system; the app styles itself.
    "platformthemes": {"qxdgdesktopportal"},
    # Dead keys and compose sequences, and input methods (IBus) for typing names in any script.
    "platforminputcontexts": {
        "composeplatforminputcontextplugin",
        "ibusplatforminputcontextplugin",
    },
    "iconengines": None,  # qsvgicon: the app icon is an SVG
    # SVG for the icon; ICO/ICNS for the window icon on Windows/macOS; JPEG/GIF are cheap and
    # a style sheet may use them.
    "imageformats": {"qsvg", "qico", "qicns", "qjpeg", "qgif"},
    "styles": None,  # the native widget style on Windows and macOS
    "xcbglintegrations": None,  # what xcb loads when a window asks for GL
    "wayland-decoration-client": None,  # window title bars on Wayland without server decorations
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,  # xdg-shell
    "accessiblebridge": None,  # screen readers (macOS/Windows)
}


def _plugin_stem(filename: str) -> str:
    stem = filename.split(".", 1)[0]
    return stem.removeprefix("lib")


def keep_qt_file(dest: str) -> bool:
    """Whether a collected Qt file (by its path inside the bundle) belongs in SMS Desk.

    Args:
        dest: the file's destination, e.g. ``PySide6/Qt/plugins/platforms/libqvnc.so``.

    Returns:
        False for the plugins and translations SMS Desk never loads, and the Qt libraries
        of modules it does not use.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if len(parts) < 2 or parts[0] != "PySide6":
        return True
    name = parts[-1]
    if "translations" in parts:
        return name in QT_TRANSLATIONS_KEPT
    if "plugins" in parts:
        folder = "/".join(parts[parts.index("plugins") + 1 : -1])
        if folder not in QT_PLUGINS_KEPT:
            return False
        kept = QT_PLUGINS_KEPT[folder]
        return kept is None or _plugin_stem(name) in kept
    frameworks = [part for part in parts if part.endswith(".framework")]
    if frameworks:  # macOS: PySide6/Qt/lib/QtQml.framework/... is Qt6Qml
        library = "Qt6" + frameworks[0].removesuffix(".framework").removeprefix("Qt")
    else:
        library = _plugin_stem(name)
    return library not in UNUSED_QT_LIBRARIES


def info_plist(version: str) -> dict[str, object]:
    """macOS Info.plist additions: the version, HiDPI, and sms:/smsto: links open SMS Desk."""
    return {
        "CFBundleName": "SMS Desk",
        "CFBundleDisplayName": "SMS Desk",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "LSApplicationCategoryType": "public.app-category.business",
        "NSHumanReadableCopyright": "SMS Desk developers, MIT licence",
        "CFBundleURLTypes": [
            {
                "CFBundleURLName": f"{BUNDLE_IDENTIFIER}.{scheme}",
                "CFBundleURLSchemes": [scheme],
                "CFBundleTypeRole": "Editor",
            }
            for scheme in URL_SCHEMES
        ],
    }
