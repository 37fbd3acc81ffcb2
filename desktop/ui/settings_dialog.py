"""The settings dialog: the gateway (with Test connection), numbers, polling, notifications,
the tray and the database.

Secrets typed here (the gateway's auth token, a database password) go straight to the OS
keyring; the settings file never holds them. If there is no secure keyring, saving a secret
is refused with the reason, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

import phonenumbers
from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.config import Paths, Settings, save_settings
from desktop.core.calling import CallTemplateError, check_call_template
from desktop.credentials import CredentialStore, KeyringUnavailable
from desktop.gateway.base import AccountInfo, GatewayError
from desktop.gateway.connection import GatewayConfig
from desktop.gateway.twilio import check_base_url
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("smsdesk.ui.settings")

DEMO_LABEL = "Demo gateway (built in)"
TWILIO_LABEL = "Twilio-compatible (Twilio, SignalWire…)"


def region_choices() -> list[tuple[str, str]]:
    """(label, region code) for every region phonenumbers knows, sorted by country name."""
    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        name = QLocale.territoryToString(QLocale.codeToTerritory(code))
        if not name or name == "Unknown":
            name = code
        prefix = phonenumbers.country_code_for_region(code)
        choices.append((f"{name} (+{prefix})", code))
    return sorted(choices, key=lambda choice: choice[0].casefold())


def _hint() -> QLabel:
    label = QLabel()
    label.setProperty("role", "fieldHint")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def _e164_problem(text: str) -> str | None:
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return "Enter the number in international form, starting with + (e.g. +14155550100)."
    if not phonenumbers.is_valid_number(number):
        return "This is not a valid phone number. Check the digits and the country code."
    if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != text:
        return "Write it in E.164 form: + and digits only, e.g. +14155550100."
    return None


class SettingsDialog(QDialog):
    """Edits the settings; on Save stores the secrets in the keyring, then the file.

    Args:
        settings: the settings as they are.
        paths: where the settings file lives.
        credentials: the OS keyring.
        account_tasks: the thread that talks to the keyring.
        network_tasks: the thread that runs Test connection.
        demo_config: returns how to reach the running demo gateway, if there is one.

    Signals:
        sig_saved(Settings): the new settings were saved (secrets first, then the file).
    """

    sig_saved = Signal(object)

    def __init__(
        self,
        settings: Settings,
        paths: Paths,
        credentials: CredentialStore,
        account_tasks: TaskRunner,
        network_tasks: TaskRunner,
        demo_config: Callable[[], GatewayConfig | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.setMinimumWidth(560)
        self._settings = settings
        self._paths = paths
        self._credentials = credentials
        self._account_tasks = account_tasks
        self._network_tasks = network_tasks
        self._demo_config = demo_config
        self._saving = False
        self._test_generation = 0

        # Gateway -----------------------------------------------------------------------
        self.gateway = QComboBox()
        self.gateway.setAccessibleName("Gateway")
        self.gateway.addItem(DEMO_LABEL, "demo")
        self.gateway.addItem(TWILIO_LABEL, "twilio")
        self.gateway.setCurrentIndex(0 if settings.gateway == "demo" else 1)
        self.gateway.currentIndexChanged.connect(self._gateway_kind_changed)

        self.base_url = QLineEdit(settings.gateway_base_url)
        self.base_url.setAccessibleName("API address")
        self.base_url.setPlaceholderText("https://api.twilio.com")
        self.account_sid = QLineEdit(settings.account_sid)
        self.account_sid.setAccessibleName("Account SID")
        self.account_sid.setPlaceholderText("AC… (SignalWire: your project ID)")
        self.auth_token = QLineEdit()
        self.auth_token.setAccessibleName("Auth token")
        self.auth_token.setEchoMode(QLineEdit.EchoMode.Password)
        self.auth_token.setPlaceholderText("kept in your system keyring")
        self.from_number = QLineEdit(settings.from_number)
        self.from_number.setAccessibleName("From number")
        self.from_number.setPlaceholderText("+14155550100")
        self.messaging_service = QLineEdit(settings.messaging_service_sid)
        self.messaging_service.setAccessibleName("Messaging Service SID")
        self.messaging_service.setPlaceholderText("MG… (optional, instead of a From number)")
        self.desk_number = QLineEdit(settings.desk_number)
        self.desk_number.setAccessibleName("Desk number")
        self.desk_number.setPlaceholderText("the number customers text (with a Messaging Service)")

        self.picture_url_base = QLineEdit(settings.picture_url_base)
        self.picture_url_base.setAccessibleName("Public media URL base")
        self.picture_url_base.setPlaceholderText("https://example.com/sms-pictures/")
        self.picture_folder = QLineEdit(settings.picture_folder)
        self.picture_folder.setAccessibleName("Folder published at that address")
        self.picture_folder.setPlaceholderText("a folder your web server publishes there")

        self.test_button = QPushButton("Test connection")
        self.test_button.setAccessibleName("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setWordWrap(True)
        self.test_result.setAccessibleName("Connection test result")

        gateway_box = QGroupBox("SMS gateway")
        gateway_form = QFormLayout(gateway_box)
        gateway_form.addRow("Gateway", self.gateway)
        self._twilio_rows: list[QWidget] = []
        for label, field in (
            ("API address", self.base_url),
            ("Account SID", self.account_sid),
            ("Auth token", self.auth_token),
            ("From number", self.from_number),
            ("Messaging Service SID", self.messaging_service),
            ("Desk number", self.desk_number),
            ("Public media URL base", self.picture_url_base),
            ("Folder published at that address", self.picture_folder),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            gateway_form.addRow(caption, field)
            self._twilio_rows += [caption, field]
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        gateway_form.addRow(test_row)

        # General -----------------------------------------------------------------------
        self.region = QComboBox()
        self.region.setAccessibleName("Default country")
        self.region.setEditable(False)
        for label, code in region_choices():
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.default_region)))
        self.poll_interval = QSpinBox()
        self.poll_interval.setAccessibleName("Check for new messages every")
        self.poll_interval.setRange(1, 300)
        self.poll_interval.setSuffix(" s")
        self.poll_interval.setValue(round(settings.poll_interval_seconds))
        self.notifications = QCheckBox("Show a pop-up when an SMS arrives")
        self.notifications.setAccessibleName("Show a pop-up when an SMS arrives")
        self.notifications.setChecked(settings.notifications)
        self.sound = QCheckBox("Play a sound when an SMS arrives")
        self.sound.setAccessibleName("Play a sound when an SMS arrives")
        self.sound.setChecked(settings.sound)
        self.popup_seconds = QSpinBox()
        self.popup_seconds.setAccessibleName("Pop-ups close after")
        self.popup_seconds.setRange(2, 120)
        self.popup_seconds.setSuffix(" s")
        self.popup_seconds.setValue(settings.popup_seconds)
        self.start_at_login = QCheckBox("Start SMS Desk when I log in (in the tray)")
        self.start_at_login.setAccessibleName(self.start_at_login.text())
        self.start_at_login.setChecked(settings.start_at_login)
        self.call_template = QLineEdit(settings.call_template)
        self.call_template.setAccessibleName("Call with")
        self.call_template.setPlaceholderText(
            "tel: links (default), or callto:{number}, or a command"
        )
        self.close_to_tray = QCheckBox("Keep running in the system tray when the window is closed")
        self.close_to_tray.setAccessibleName(self.close_to_tray.text())
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.quiet_hours = QCheckBox("Ask before texting someone outside these hours, their time")
        self.quiet_hours.setAccessibleName(self.quiet_hours.text())
        self.quiet_hours.setChecked(settings.quiet_hours)
        start, end = settings.quiet_window
        self.quiet_start = QTimeEdit(QTime(start.hour, start.minute))
        self.quiet_start.setAccessibleName("From")
        self.quiet_start.setDisplayFormat("HH:mm")
        self.quiet_end = QTimeEdit(QTime(end.hour, end.minute))
        self.quiet_end.setAccessibleName("until")
        self.quiet_end.setDisplayFormat("HH:mm")
        self.quiet_hours.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_hours.toggled.connect(self.quiet_end.setEnabled)
        self.quiet_start.setEnabled(settings.quiet_hours)
        self.quiet_end.setEnabled(settings.quiet_hours)

        general_box = QGroupBox("General")
        general_form = QFormLayout(general_box)
        general_form.addRow("Default country", self.region)
        region_note = QLabel("Numbers typed without +country code are read as this country's.")
        region_note.setProperty("role", "note")
        region_note.setWordWrap(True)
        general_form.addRow(region_note)
        general_form.addRow("Check for new messages every", self.poll_interval)
        general_form.addRow(self.notifications)
        general_form.addRow("Pop-ups close after", self.popup_seconds)
        general_form.addRow(self.sound)
        general_form.addRow(self.close_to_tray)
        general_form.addRow(self.start_at_login)
        general_form.addRow("Call with", self.call_template)
        call_note = QLabel(
            "Call opens tel:+number in your softphone. To use another, give a link such as "
            "callto:{number} or a command such as 3cxphone --dial {number}."
        )
        call_note.setProperty("role", "note")
        call_note.setWordWrap(True)
        general_form.addRow(call_note)
        general_form.addRow(self.quiet_hours)
        window_row = QHBoxLayout()
        from_label = QLabel("From")
        from_label.setBuddy(self.quiet_start)
        to_label = QLabel("until")
        to_label.setBuddy(self.quiet_end)
        window_row.addWidget(from_label)
        window_row.addWidget(self.quiet_start)
        window_row.addWidget(to_label)
        window_row.addWidget(self.quiet_end)
        window_row.addStretch(1)
        general_form.addRow(window_row)
        quiet_note = QLabel(
            "Their time comes from their number's country (and area code in the US and "
            "Canada). Outside these hours SMS Desk offers to send at the start, their time."
        )
        quiet_note.setProperty("role", "note")
        quiet_note.setWordWrap(True)
        general_form.addRow(quiet_note)

        # Database ----------------------------------------------------------------------
        self.database_url = QLineEdit(settings.database_url)
        self.database_url.setAccessibleName("Database URL")
        self.database_url.setPlaceholderText(
            "empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team"
        )
        self.database_password = QLineEdit()
        self.database_password.setAccessibleName("Database password")
        self.database_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.database_password.setPlaceholderText("kept in your system keyring")
        self.database_hint = _hint()
        database_box = QGroupBox("Database")
        database_form = QFormLayout(database_box)
        database_form.addRow("Database URL", self.database_url)
        database_form.addRow("Database password", self.database_password)
        database_form.addRow(self.database_hint)
        database_note = QLabel(
            f"Now: {settings.database_url or paths.default_database_url}. "
            "A change takes effect the next time SMS Desk starts."
        )
        database_note.setProperty("role", "note")
        database_note.setWordWrap(True)
        database_note.setTextFormat(Qt.TextFormat.PlainText)
        database_form.addRow(database_note)

        # Layout ------------------------------------------------------------------------
        self.keyring_warning = QLabel()
        self.keyring_warning.setObjectName("keyringWarning")
        self.keyring_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.keyring_warning.setWordWrap(True)
        self.keyring_warning.hide()
        self.save_problem = _hint()
        self.save_problem.setObjectName("saveProblem")

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 8, 0)
        content_layout.addWidget(gateway_box)
        content_layout.addWidget(general_box)
        content_layout.addWidget(database_box)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.keyring_warning)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        self._gateway_kind_changed()
        self._show_keyring_status()

    # -- view state -----------------------------------------------------------------------

    def _kind(self) -> str:
        return str(self.gateway.currentData())

    def _gateway_kind_changed(self, *_args: object) -> None:
        twilio = self._kind() == "twilio"
        for widget in self._twilio_rows:
            widget.setVisible(twilio)
        self.test_result.clear()

    def _show_keyring_status(self) -> None:
        status = self._credentials.status
        if status.secure:
            return
        self.keyring_warning.setText("Secrets can't be saved on this computer: " + status.advice)
        self.keyring_warning.show()
        for field in (self.auth_token, self.database_password):
            field.setPlaceholderText("no secure keyring: can't be saved")

    # -- validation -----------------------------------------------------------------------

    def collect(self) -> tuple[Settings, list[str]]:
        """The settings as the form says, and the problems that stop them being saved."""
        problems: list[str] = []
        kind = self._kind()
        settings = dataclasses.replace(
            self._settings,
            gateway=kind,  # type: ignore[arg-type]
            gateway_base_url=self.base_url.text().strip() or "https://api.twilio.com",
            account_sid=self.account_sid.text().strip(),
            from_number=self.from_number.text().strip(),
            messaging_service_sid=self.messaging_service.text().strip(),
            desk_number=self.desk_number.text().strip(),
            picture_url_base=self.picture_url_base.text().strip(),
            picture_folder=self.picture_folder.text().strip(),
            default_region=str(self.region.currentData()),
            poll_interval_seconds=float(self.poll_interval.value()),
            notifications=self.notifications.isChecked(),
            sound=self.sound.isChecked(),
            popup_seconds=self.popup_seconds.value(),
            close_to_tray=self.close_to_tray.isChecked(),
            database_url=self.database_url.text().strip(),
            call_template=self.call_template.text().strip(),
            start_at_login=self.start_at_login.isChecked(),
            quiet_hours=self.quiet_hours.isChecked(),
            quiet_hours_start=self.quiet_start.time().toString("HH:mm"),
            quiet_hours_end=self.quiet_end.time().toString("HH:mm"),
        )
        if settings.quiet_hours and self.quiet_start.time() >= self.quiet_end.time():
            problems.append("Quiet hours: the sending window must start before it ends.")
        if kind == "twilio":
            try:
                check_base_url(settings.gateway_base_url)
            except GatewayError as err:
                problems.append(str(err))
            if not settings.account_sid:
                problems.append("Enter the Account SID (on the gateway's console).")
            if not settings.from_number and not settings.messaging_service_sid:
                problems.append("Enter the desk's From number, or a Messaging Service SID.")
            for name, number in (("From", settings.from_number), ("Desk", settings.desk_number)):
                if number and (problem := _e164_problem(number)):
                    problems.append(f"{name} number: {problem}")
            if settings.messaging_service_sid and not (
                settings.from_number or settings.desk_number
            ):
                problems.append(
                    "With a Messaging Service, enter the Desk number: the number customers "
                    "text, so SMS Desk can find their messages."
                )
        if kind == "twilio" and bool(settings.picture_url_base) != bool(settings.picture_folder):
            problems.append(
                "To send pictures, fill in both the Public media URL base and the folder "
                "published at that address (or leave both empty)."
            )
        if settings.picture_url_base and not settings.picture_url_base.startswith("https://"):
            problems.append(
                "The Public media URL base must start with https:// so the gateway can fetch "
                "the pictures."
            )
        if settings.call_template:
            try:
                check_call_template(settings.call_template)
            except CallTemplateError as err:
                problems.append(str(err))
        if settings.database_url:
            try:
                url = make_url(settings.database_url)
            except ArgumentError:
                url = None
                self.database_hint.setText(
                    "This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, "
                    "postgresql://desk@db.example.com/sms"
                )
            if url is not None and url.password:
                self.database_hint.setText(
                    "Don't put the password in the URL: type it in Database password, so it "
                    "is kept in the keyring."
                )
            elif url is not None:
                self.database_hint.clear()
            if self.database_hint.text():
                problems.append(self.database_hint.text())
                self.database_hint.show()
            else:
                self.database_hint.hide()
        return settings, problems

    def _gateway_config(self, settings: Settings, token: str) -> GatewayConfig:
        return GatewayConfig(
            base_url=settings.gateway_base_url,
            account_sid=settings.account_sid,
            auth_token=token,
            from_number=settings.from_number,
            messaging_service_sid=settings.messaging_service_sid,
            desk_number=settings.desk_number,
            timeout=(5.0, 10.0),
        )

    # -- test connection ------------------------------------------------------------------

    def test_connection(self) -> None:
        """Ask the gateway, in the network thread, whether it answers and accepts us."""
        settings, problems = self.collect()
        if problems and settings.gateway == "twilio":
            self._show_test(False, problems[0])
            return
        self._test_generation += 1
        generation = self._test_generation
        self.test_button.setEnabled(False)
        self._show_test(None, "Testing…")
        typed = self.auth_token.text()
        credentials = self._credentials
        demo = self._demo_config() if settings.gateway == "demo" else None

        def run() -> AccountInfo:
            if settings.gateway == "demo":
                if demo is None:
                    raise GatewayError("The demo gateway is not running; it starts with SMS Desk.")
                config = demo
            else:
                token = typed or credentials.gateway_token(settings.account_sid)
                if not token:
                    raise GatewayError("Enter the auth token: none is saved for this account.")
                config = self._gateway_config(settings, token)
            gateway = config.connect()
            try:
                return gateway.check()
            finally:
                gateway.close()

        self._network_tasks.run(
            run,
            lambda info: self._tested(generation, info, None),
            lambda err: self._tested(generation, None, err),
        )

    def _tested(self, generation: int, info: AccountInfo | None, error: Exception | None) -> None:
        if generation != self._test_generation:
            return
        self.test_button.setEnabled(True)
        if info is not None:
            state = f" ({info.status})" if info.status and info.status != "active" else ""
            self._show_test(True, f"Connected: the gateway accepted “{info.friendly_name}”{state}.")
        elif isinstance(error, GatewayError | KeyringUnavailable):
            self._show_test(False, error.sentence)
        else:
            log.error("connection test failed unexpectedly", exc_info=error)
            self._show_test(False, "The test failed unexpectedly. Details are in the log file.")

    def _show_test(self, ok: bool | None, sentence: str) -> None:
        self.test_result.setText(sentence)
        self.test_result.setProperty("result", "busy" if ok is None else "ok" if ok else "failed")
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)

    @property
    def test_text(self) -> str:
        return self.test_result.text()

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        """Validate; store typed secrets in the keyring; then write the settings file."""
        if self._saving:
            return
        settings, problems = self.collect()
        if problems:
            self._show_save_problem(" ".join(problems))
            return
        token = self.auth_token.text() if settings.gateway == "twilio" else ""
        db_password = self.database_password.text()
        credentials = self._credentials
        paths = self._paths

        def store() -> Settings:
            if token:
                credentials.set_gateway_token(settings.account_sid, token)
            elif settings.gateway == "twilio" and not credentials.gateway_token(
                settings.account_sid
            ):
                raise GatewayError("Enter the auth token: none is saved for this account yet.")
            if db_password and settings.database_url:
                key = make_url(settings.database_url).render_as_string(hide_password=True)
                credentials.set_database_password(key, db_password)
            save_settings(paths.settings_file, settings)
            return settings

        self._saving = True
        self.buttons.setEnabled(False)
        self._account_tasks.run(store, self._saved, self._save_failed)

    def _saved(self, settings: Settings) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        self.auth_token.clear()
        self.database_password.clear()
        self._settings = settings
        self.sig_saved.emit(settings)
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, KeyringUnavailable | GatewayError):
            self._show_save_problem(f"Nothing was saved. {error.sentence}")
        elif isinstance(error, OSError):
            self._show_save_problem(
                f"Nothing was saved: the settings file {self._paths.settings_file} can't be "
                f"written ({error.strerror or error})."
            )
        else:
            log.error("saving the settings failed", exc_info=error)
            self._show_save_problem("Saving failed unexpectedly. Details are in the log file.")

    def _show_save_problem(self, sentence: str) -> None:
        self.save_problem.setText(sentence)
        self.save_problem.show()

    @property
    def problem_text(self) -> str:
        return self.save_problem.text() if self.save_problem.isVisible() else ""
