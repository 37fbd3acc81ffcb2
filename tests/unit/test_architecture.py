"""The Qt-free rule: only desktop/ui, desktop/app.py and desktop/__main__.py import Qt."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop"
QT_ROOTS = {"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "qtpy"}
QT_ALLOWED = {"app.py", "__main__.py"}


def _domain_modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or str(relative) in QT_ALLOWED:
            continue
        yield path


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def test_domain_code_never_imports_qt():
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(_imported_roots(path) & QT_ROOTS)
        for path in _domain_modules()
        if _imported_roots(path) & QT_ROOTS
    }
    assert offenders == {}


def test_domain_modules_import_with_qt_unavailable():
    """Import every domain module in a Python where importing PySide6 fails."""
    modules = [
        ".".join(("desktop", *p.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in _domain_modules()
        if "migrations" not in p.parts
    ]
    script = f"""
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in {sorted(QT_ROOTS)!r}:
            raise ImportError('Qt is not allowed here: ' + name)
        return None
sys.meta_path.insert(0, BlockQt())
for name in {modules!r}:
    importlib.import_module(name)
print(len({modules!r}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(modules) > 10


def test_the_first_paint_path_loads_no_database_layer_or_keyring():
    """The window is painted from the last session's snapshot before SQLAlchemy and the
    keyring load (desktop.ui.session.snapshot): what builds and paints it must not import them."""
    code = (
        "import sys, desktop.app, desktop.ui.window.main_window, desktop.ui.session.snapshot;"
        "import desktop.store;"
        "import desktop.store.pending;"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'keyring'));"
        "assert not loaded, loaded"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
