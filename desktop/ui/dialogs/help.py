"""Help: the About dialog (version, licence, paths, Copy diagnostics). The keyboard
shortcuts list is ``desktop.ui.dialogs.help_shortcuts``."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import desktop
from desktop.config.settings import Paths
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.look.icons import app_icon
from desktop.ui.threads.failures import failure_of
from desktop.ui.threads.tasks import TaskRunner

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
