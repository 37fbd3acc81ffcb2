"""Find the English text in ``desktop/ui/`` that does not go through ``translate``.

An AST walk over the calls that put text on screen or into a screen reader (widget
constructors, setters, menus, dialogs, announcements): an argument that is a string literal
with a letter in it, an f-string, or a string glued with ``+`` or ``%`` is text no
translator will ever see.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

#: Methods and functions whose string arguments are shown or spoken.
TEXT_CALLS = frozenset(
    {
        # setters
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "setPlaceholderText",
        "setTitle",
        "setLabelText",
        "setTabText",
        "setTabToolTip",
        "setItemText",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setInformativeText",
        "setDetailedText",
        "setButtonText",
        "setFormat",
        "setNameFilter",
        "setNameFilters",
        "setToolTipDuration",
        "setWindowIconText",
        "setDefaultText",
        # adders
        "addTab",
        "insertTab",
        "addItem",
        "addItems",
        "insertItem",
        "addAction",
        "addMenu",
        "addRow",
        "addButton",
        "addSection",
        "showMessage",
        "showText",
        # dialogs
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        "getText",
        "getItem",
        # constructors
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QCommandLinkButton",
        "QMessageBox",
        "QWidgetAction",
        # SMS Desk's own (desktop.ui.look)
        "announce",
        "show_problem",
        "status_label",
        "plain_tooltip",
        "plain_label",
        "plain_question",
        "ElidedLabel",
        "tell",
        "show_notice",
    }
)

_LETTER = re.compile(r"[^\W\d_]{2,}")
# Keyword arguments that name a widget or its style role (plain_label(name=, role=)).
_NOT_TEXT = frozenset({"objectName", "name", "role"})


@dataclass(frozen=True)
class Literal:
    path: Path
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r})"


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_logging(func: ast.expr) -> bool:
    """``log.warning(…)``: a log line, English for IT, not a dialog's ``warning``."""
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in {"log", "logger", "logging", "_log", "LOG"}
    )


def _english(node: ast.expr) -> str | None:
    """The English a literal argument carries, or None when it is not literal text."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _LETTER.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
        text = "".join(str(p) for p in parts)
        return text if _LETTER.search(text) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _english(node.left) or _english(node.right)
    if isinstance(node, ast.IfExp):
        return _english(node.body) or _english(node.orelse)
    if isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            found = _english(element)
            if found:
                return found
    return None


def untranslated(path: Path) -> list[Literal]:
    """Every literal English argument of a text call in ``path``."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node.func)
        if name not in TEXT_CALLS or _is_logging(node.func):
            continue
        arguments = [*node.args, *(k.value for k in node.keywords if k.arg not in _NOT_TEXT)]
        for argument in arguments:
            text = _english(argument)
            if text:
                found.append(Literal(path, argument.lineno, name, text))
    return found


def untranslated_in(folder: Path) -> list[Literal]:
    return [found for path in sorted(folder.rglob("*.py")) for found in untranslated(path)]
