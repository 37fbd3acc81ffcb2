"""Help: the About dialog (version, licence, paths, Copy diagnostics) and the list of
keyboard shortcuts, built from the actions themselves so it never goes out of date."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.config.settings import Paths
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.look.icons import app_icon
from desktop.ui.threads.failures import failure_of
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.screen_fit import fit_to_screen

LICENCE = QT_TRANSLATE_NOOP("HelpDialog", "MIT licence")


def _plain(text: str, name: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
    return label


class AboutDialog(QDialog):
    """Version, licence, where SMS Desk keeps its files, and Copy diagnostics.

    Args:
        paths: the data, config and log directories.
        database: the database URL, without its password.
        diagnostics: returns the ``smsdesk doctor`` text (runs in ``tasks``: it is slow).
        tasks: a background thread for the diagnostics.
    """

    def __init__(
        self,
        paths: Paths,
        database: str,
        diagnostics: Callable[[], str],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("HelpDialog", "About SMS Desk"))
        self.setMinimumWidth(520)
        self._diagnostics = diagnostics
        self._tasks = tasks
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = _plain("SMS Desk", "dialogTitle")  # its name, in every language
        version = _plain(
            translate("HelpDialog", "Version {version} · Python {python} · Qt {qt}").format(
                version=desktop.__version__, python=sys.version.split()[0], qt=qVersion()
            ),
            "dialogIntro",
        )
        blurb = _plain(
            translate(
                "HelpDialog",
                "Send, receive and manage business SMS from your phone extension. "
                "Free software under the {licence}.",
            ).format(licence=translate("HelpDialog", LICENCE))
        )
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(version)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(heading, 1)
        form = QFormLayout()
        form.addRow(translate("HelpDialog", "Data"), _plain(str(paths.data_dir)))
        form.addRow(translate("HelpDialog", "Settings"), _plain(str(paths.settings_file)))
        form.addRow(translate("HelpDialog", "Logs"), _plain(str(paths.log_dir)))
        form.addRow(translate("HelpDialog", "Database"), _plain(database))
        self.status = _plain("", "contactsStatus")
        self.copy_button = QPushButton(translate("HelpDialog", "Copy diagnostics"))
        self.copy_button.setAccessibleName(translate("HelpDialog", "Copy diagnostics"))
        self.copy_button.setToolTip(
            translate("HelpDialog", "Copies the `smsdesk doctor` report (it holds no secrets)")
        )
        self.copy_button.clicked.connect(self.copy_diagnostics)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("HelpDialog", "Close")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def copy_diagnostics(self) -> None:
        """Run the checks in the background, then put the report on the clipboard."""
        self.copy_button.setEnabled(False)
        self.status.setText(translate("HelpDialog", "Checking…"))
        self._tasks.run(self._diagnostics, self._copied, self._failed)

    def _copied(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.copy_button.setEnabled(True)
        self.status.setText(
            translate(
                "HelpDialog", "The diagnostics are on the clipboard: paste them into your message."
            )
        )

    def _failed(self, error: Exception) -> None:
        self.copy_button.setEnabled(True)
        failure = failure_of(error, "gather the diagnostics")
        self.status.setText(
            translate("HelpDialog", "The diagnostics could not be gathered. {reason}").format(
                reason=failure.sentence
            )
        )


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action that has a shortcut, in the order given."""
    rows = []
    for action in actions:
        keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows


def application_rows(window: QWidget | None) -> list[tuple[str, str]]:
    """The rows of the shortcuts that work in every SMS Desk window, pop-ups included
    (actions of ``window`` with the application context: "Reply to the newest message")."""
    if window is None:
        return []
    return shortcut_rows(
        a for a in window.actions() if a.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    )


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, read from the actions that carry them (the window's, then
    those of its actions that work in every window)."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rows = rows + [r for r in application_rows(parent) if r not in rows]
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("HelpDialog", "Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(translate("HelpDialog", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [
                #: the column of what a keyboard shortcut does
                translate("HelpDialog", "Action"),
                #: the column of a shortcut's keys
                translate("HelpDialog", "Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setWordWrap(False)
        # Wide enough for both columns whole ("Passa da Chat ad Archiviate e viceversa" is
        # twice "Switch Chats and Archived"); fit_to_screen keeps it on a small screen.
        self.ensurePolished()
        wide = sum(self.table.sizeHintForColumn(c) for c in (0, 1)) + 80
        self.resize(max(440, wide), 520)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("HelpDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        if not event.spontaneous():
            fit_to_screen(self)
        super().showEvent(event)

    def rows(self) -> list[tuple[str, str]]:
        def text(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text() if item is not None else ""

        return [(text(r, 0), text(r, 1)) for r in range(self.table.rowCount())]
