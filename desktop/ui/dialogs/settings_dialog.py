"""The settings dialog: the gateway (with Test connection), numbers, polling, notifications,
the tray and the database.

The gateway's form is built from the chosen carrier's settings fields (``desktop.gateway.
registry``): labels, placeholders, checks and their sentences are the carrier's. Secrets typed
here (the gateway's auth token, a database password) go straight to the OS keyring; the
settings file never holds them. If there is no secure keyring, saving a secret is refused
with the reason, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import logging

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
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

from desktop.config.settings import NOTIFY_DESKTOP, NOTIFY_POPUPS, Paths, Settings, save_settings
from desktop.core.calling import CallTemplateError, check_call_template
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.phone import region_name
from desktop.gateway.base import AccountInfo, GatewayError
from desktop.gateway.connection import GatewayFactory, MissingSecret
from desktop.gateway.registry import Carrier, PictureDelivery
from desktop.system.credentials import CredentialStore, KeyringUnavailable
from desktop.ui.look.announce import announce, show_problem
from desktop.ui.look.language import LANGUAGE_NAMES, desktop_language
from desktop.ui.look.wheel import wheel_only_when_focused
from desktop.ui.look.widgets import plain_label, save_cancel_buttons, spin_box
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.screen_fit import fit_to_screen

log = logging.getLogger("smsdesk.ui.settings")

NO_KEYRING_PLACEHOLDER = QT_TRANSLATE_NOOP("SettingsDialog", "no secure keyring: can't be saved")


def region_choices() -> list[tuple[str, str]]:
    """(label, region code) for every region phonenumbers knows, named in the app's
    language and sorted as it sorts ("Österreich" with the O's in German)."""
    choices = []
    for code in phonenumbers.SUPPORTED_REGIONS:
        prefix = phonenumbers.country_code_for_region(code)
        name = region_name(code)
        if name == code:  # no name in the CLDR's tables (AC, TA): Qt's English one
            name = QLocale.territoryToString(QLocale.codeToTerritory(code))
        choices.append((f"{name} (+{prefix})", code))
    collator = QCollator(QLocale())
    return sorted(choices, key=lambda choice: collator.sortKey(choice[0]))


class CarrierForm:
    """One carrier's settings fields as rows of the gateway form, built from its fields.

    Args:
        carrier: the carrier.
        settings: the settings as they are (the first values of the boxes).
        form: the form the rows are added to.

    Attributes:
        boxes: the line edit of each field, by field key (a secret's starts empty).
    """

    def __init__(self, carrier: Carrier, settings: Settings, form: QFormLayout) -> None:
        self.carrier = carrier
        self.boxes: dict[str, QLineEdit] = {}
        self._rows: list[QWidget] = []
        values = settings.carrier_values(carrier)
        for setting in carrier.fields:
            label = setting.shown_label
            box = QLineEdit("" if setting.secret else values.get(setting.key, ""))
            box.setAccessibleName(label)
            box.setPlaceholderText(setting.shown_placeholder)
            if setting.secret:
                box.setEchoMode(QLineEdit.EchoMode.Password)
            caption = QLabel(label)
            caption.setBuddy(box)
            form.addRow(caption, box)
            self.boxes[setting.key] = box
            self._rows += [caption, box]
            if setting.help:
                help_text = setting.shown_help
                note = plain_label(help_text, role="note")
                box.setAccessibleDescription(help_text)
                form.addRow(note)
                self._rows.append(note)

    def set_visible(self, visible: bool) -> None:
        for widget in self._rows:
            widget.setVisible(visible)

    def values(self) -> dict[str, str]:
        """The values as typed (stripped; an empty box stands for the field's default)."""
        return self.carrier.values(lambda key: self.boxes[key].text())

    def typed_secrets(self) -> dict[str, str]:
        """The secrets typed now, by field key (those left empty are not in it)."""
        typed = {f.key: self.boxes[f.key].text() for f in self.carrier.secret_fields}
        return {key: secret for key, secret in typed.items() if secret}

    def clear_secrets(self) -> None:
        for setting in self.carrier.secret_fields:
            self.boxes[setting.key].clear()

    def no_keyring(self) -> None:
        """Say in the secrets' boxes that they can't be saved."""
        for setting in self.carrier.secret_fields:
            self.boxes[setting.key].setPlaceholderText(
                translate("SettingsDialog", NO_KEYRING_PLACEHOLDER)
            )


class SettingsDialog(QDialog):
    """Edits the settings; on Save stores the secrets in the keyring, then the file.

    Args:
        settings: the settings as they are.
        paths: where the settings file lives.
        credentials: the OS keyring.
        account_tasks: the thread that talks to the keyring.
        network_tasks: the thread that runs Test connection.
        gateways: the carriers (one form each) and the factory Test connection uses (the
            desk's: it reaches the demo gateway the desk runs).

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
        gateways: GatewayFactory,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._paths = paths
        self._credentials = credentials
        self._account_tasks = account_tasks
        self._network_tasks = network_tasks
        self._gateways = gateways
        self._saving = False
        self._test_generation = 0

        # Gateway -----------------------------------------------------------------------
        self.gateway = QComboBox()
        self.gateway.setAccessibleName(translate("SettingsDialog", "Gateway"))
        for carrier in gateways.carriers:
            self.gateway.addItem(carrier.shown_label, carrier.key)
        self.gateway.setCurrentIndex(max(0, self.gateway.findData(settings.gateway)))
        self.gateway.currentIndexChanged.connect(self._gateway_kind_changed)

        self.picture_url_base = QLineEdit(settings.picture_url_base)
        self.picture_url_base.setAccessibleName(
            translate("SettingsDialog", "Public media URL base")
        )
        #: an example address of the web folder pictures are published in (keep it an address)
        example = translate("SettingsDialog", "https://example.com/sms-pictures/")
        self.picture_url_base.setPlaceholderText(example)
        self.picture_folder = QLineEdit(settings.picture_folder)
        self.picture_folder.setAccessibleName(
            translate("SettingsDialog", "Folder published at that address")
        )
        self.picture_folder.setPlaceholderText(
            translate("SettingsDialog", "a folder your web server publishes there")
        )

        self.test_button = QPushButton(translate("SettingsDialog", "Test connection"))
        self.test_button.setAccessibleName(translate("SettingsDialog", "Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = plain_label(
            name="testResult", accessible=translate("SettingsDialog", "Connection test result")
        )

        gateway_box = QGroupBox(translate("SettingsDialog", "SMS gateway"))
        gateway_form = QFormLayout(gateway_box)
        gateway_form.addRow(translate("SettingsDialog", "Gateway"), self.gateway)
        # One form per carrier, built from its fields; only the chosen one shows.
        self.carrier_forms = {
            carrier.key: CarrierForm(carrier, settings, gateway_form)
            for carrier in gateways.carriers
        }
        self._picture_rows: list[QWidget] = []
        for label, field in (
            (translate("SettingsDialog", "Public media URL base"), self.picture_url_base),
            (translate("SettingsDialog", "Folder published at that address"), self.picture_folder),
        ):
            caption = QLabel(label)
            caption.setBuddy(field)
            gateway_form.addRow(caption, field)
            self._picture_rows += [caption, field]
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        gateway_form.addRow(test_row)

        # General -----------------------------------------------------------------------
        self.language = QComboBox()
        self.language.setAccessibleName(translate("SettingsDialog", "Language"))
        #: the first choice of the Language list: {language} is the computer's, e.g. "Deutsch"
        follow = translate("SettingsDialog", "Same as the computer ({language})")
        self.language.addItem(follow.format(language=LANGUAGE_NAMES[desktop_language()]), "")
        for code, name in LANGUAGE_NAMES.items():  # each in its own language, never translated
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.region = QComboBox()
        self.region.setAccessibleName(translate("SettingsDialog", "Default country"))
        self.region.setEditable(False)
        for label, code in region_choices():
            self.region.addItem(label, code)
        self.region.setCurrentIndex(max(0, self.region.findData(settings.default_region)))
        self.poll_interval = spin_box(QSpinBox())
        self.poll_interval.setAccessibleName(
            translate("SettingsDialog", "Check for new messages every")
        )
        self.poll_interval.setRange(1, 300)
        #: after a number of seconds: "30 s"
        self.poll_interval.setSuffix(translate("SettingsDialog", " s"))
        self.poll_interval.setValue(round(settings.poll_interval_seconds))
        self.notifications = QCheckBox(
            translate("SettingsDialog", "Show a notification when an SMS arrives")
        )
        self.notifications.setAccessibleName(
            translate("SettingsDialog", "Show a notification when an SMS arrives")
        )
        self.notifications.setChecked(settings.notifications)
        self.notification_style = QComboBox()
        self.notification_style.setAccessibleName(
            translate("SettingsDialog", "Show notifications as")
        )
        self.notification_style.addItem(
            translate("SettingsDialog", "The desktop's notifications"), NOTIFY_DESKTOP
        )
        self.notification_style.addItem(
            translate("SettingsDialog", "SMS Desk pop-ups"), NOTIFY_POPUPS
        )
        self.notification_style.setCurrentIndex(
            max(0, self.notification_style.findData(settings.notification_style))
        )
        self.notification_style.setToolTip(
            translate(
                "SettingsDialog",
                "The desktop's notifications follow its Do Not Disturb and notification "
                "settings. Where the desktop has no notification service, SMS Desk's pop-ups "
                "are used.",
            )
        )
        self.sound = QCheckBox(translate("SettingsDialog", "Play a sound when an SMS arrives"))
        self.sound.setAccessibleName(
            translate("SettingsDialog", "Play a sound when an SMS arrives")
        )
        self.sound.setChecked(settings.sound)
        self.popup_seconds = spin_box(QSpinBox())
        self.popup_seconds.setAccessibleName(translate("SettingsDialog", "Pop-ups close after"))
        self.popup_seconds.setRange(2, 120)
        #: after a number of seconds: "30 s"
        self.popup_seconds.setSuffix(translate("SettingsDialog", " s"))
        self.popup_seconds.setValue(settings.popup_seconds)
        self.start_at_login = QCheckBox(
            translate("SettingsDialog", "Start SMS Desk when I log in (in the tray)")
        )
        self.start_at_login.setAccessibleName(self.start_at_login.text())
        self.start_at_login.setChecked(settings.start_at_login)
        self.call_template = QLineEdit(settings.call_template)
        self.call_template.setAccessibleName(translate("SettingsDialog", "Call with"))
        self.call_template.setPlaceholderText(
            #: keep tel:, callto: and {number} as they are: they are what is typed here
            translate("SettingsDialog", "tel: links (default), or callto:{number}, or a command")
        )
        self.call_template.setToolTip(self.call_template.placeholderText())
        self.close_to_tray = QCheckBox(
            translate("SettingsDialog", "Keep running in the system tray when the window is closed")
        )
        self.close_to_tray.setAccessibleName(self.close_to_tray.text())
        self.close_to_tray.setChecked(settings.close_to_tray)
        self.quiet_hours = QCheckBox(
            translate(
                "SettingsDialog", "Ask before texting someone outside these hours, their time"
            )
        )
        self.quiet_hours.setAccessibleName(self.quiet_hours.text())
        self.quiet_hours.setChecked(settings.quiet_hours)
        start, end = settings.quiet_window
        self.quiet_start = spin_box(QTimeEdit(QTime(start.hour, start.minute)))
        #: quiet hours: the sending window starts at this time ("From 08:00 until 20:00")
        self.quiet_start.setAccessibleName(translate("SettingsDialog", "From"))
        self.quiet_start.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.quiet_end = spin_box(QTimeEdit(QTime(end.hour, end.minute)))
        #: quiet hours: the sending window ends at this time ("From 08:00 until 20:00")
        self.quiet_end.setAccessibleName(translate("SettingsDialog", "until"))
        self.quiet_end.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.quiet_hours.toggled.connect(self.quiet_start.setEnabled)
        self.quiet_hours.toggled.connect(self.quiet_end.setEnabled)
        self.quiet_start.setEnabled(settings.quiet_hours)
        self.quiet_end.setEnabled(settings.quiet_hours)

        general_box = QGroupBox(translate("SettingsDialog", "General"))
        general_form = QFormLayout(general_box)
        general_form.addRow(translate("SettingsDialog", "Language"), self.language)
        language_note = translate(
            "SettingsDialog", "A new language is used the next time SMS Desk starts."
        )
        general_form.addRow(plain_label(language_note, role="note"))
        general_form.addRow(translate("SettingsDialog", "Default country"), self.region)
        region_note = translate(
            "SettingsDialog", "Numbers typed without +country code are read as this country's."
        )
        general_form.addRow(plain_label(region_note, role="note"))
        general_form.addRow(
            translate("SettingsDialog", "Check for new messages every"), self.poll_interval
        )
        poll_note = translate(
            "SettingsDialog",
            "While you use SMS Desk or wait for a reply, it checks every second; when the "
            "desk is idle, it slows down to this.",
        )
        general_form.addRow(plain_label(poll_note, role="note"))
        general_form.addRow(self.notifications)
        general_form.addRow(
            translate("SettingsDialog", "Show notifications as"), self.notification_style
        )
        general_form.addRow(translate("SettingsDialog", "Pop-ups close after"), self.popup_seconds)
        general_form.addRow(self.sound)
        general_form.addRow(self.close_to_tray)
        general_form.addRow(self.start_at_login)
        general_form.addRow(translate("SettingsDialog", "Call with"), self.call_template)
        call_note = plain_label(
            #: keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are
            translate(
                "SettingsDialog",
                "Call opens tel:+number in your softphone. To use another, give a link such as "
                "callto:{number} or a command such as 3cxphone --dial {number}.",
            ),
            role="note",
        )
        general_form.addRow(call_note)
        general_form.addRow(self.quiet_hours)
        window_row = QHBoxLayout()
        #: quiet hours: the sending window starts at this time ("From 08:00 until 20:00")
        from_label = QLabel(translate("SettingsDialog", "From"))
        from_label.setBuddy(self.quiet_start)
        #: quiet hours: the sending window ends at this time ("From 08:00 until 20:00")
        to_label = QLabel(translate("SettingsDialog", "until"))
        to_label.setBuddy(self.quiet_end)
        window_row.addWidget(from_label)
        window_row.addWidget(self.quiet_start)
        window_row.addWidget(to_label)
        window_row.addWidget(self.quiet_end)
        window_row.addStretch(1)
        general_form.addRow(window_row)
        quiet_note = plain_label(
            translate(
                "SettingsDialog",
                "Their time comes from their number's country (and area code in the US and "
                "Canada). Outside these hours SMS Desk offers to send at the start, their time.",
            ),
            role="note",
        )
        general_form.addRow(quiet_note)

        # Database ----------------------------------------------------------------------
        self.database_url = QLineEdit(settings.database_url)
        self.database_url.setAccessibleName(translate("SettingsDialog", "Database URL"))
        self.database_url.setPlaceholderText(
            translate(
                "SettingsDialog",
                "empty: this computer only (SQLite), e.g. postgresql://desk@server/sms for a team",
            )
        )
        # Longer than the field in some languages (Qt elides a placeholder): whole on hover.
        self.database_url.setToolTip(self.database_url.placeholderText())
        self.database_password = QLineEdit()
        self.database_password.setAccessibleName(translate("SettingsDialog", "Database password"))
        self.database_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.database_password.setPlaceholderText(
            translate("SettingsDialog", "kept in your system keyring")
        )
        self.database_hint = plain_label(role="fieldHint", hidden=True)
        database_box = QGroupBox(translate("SettingsDialog", "Database"))
        database_form = QFormLayout(database_box)
        database_form.addRow(translate("SettingsDialog", "Database URL"), self.database_url)
        database_form.addRow(
            translate("SettingsDialog", "Database password"), self.database_password
        )
        database_form.addRow(self.database_hint)
        database_note = plain_label(
            translate(
                "SettingsDialog",
                "Now: {url}. A change takes effect the next time SMS Desk starts.",
            ).format(url=settings.database_url or paths.default_database_url),
            role="note",
        )
        database_form.addRow(database_note)

        # Layout ------------------------------------------------------------------------
        self.keyring_warning = plain_label(name="keyringWarning", hidden=True)
        self.save_problem = plain_label(name="saveProblem", role="fieldHint", hidden=True)

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
        # A Tab stop: it scrolls with the keys.
        scroll.setAccessibleName(translate("SettingsDialog", "All settings"))
        scroll.setWidget(content)
        self._scroll = scroll

        self.buttons = save_cancel_buttons(self, self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.keyring_warning)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.buttons)
        self.resize(640, 620)

        self._gateway_kind_changed()
        self._show_keyring_status()
        wheel_only_when_focused(self)  # a wheel turn scrolls the form, never changes a value

    # -- view state -----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        # (Before it is mapped: at 144 dpi or on a small screen it is taller than the
        # screen; its sections scroll instead.)
        if not event.spontaneous():
            self._fit_content_width()
            fit_to_screen(self)
        super().showEvent(event)

    def _fit_content_width(self) -> None:
        """As wide as the form needs (German's labels are a third longer than English's),
        so that only its height scrolls; fit_to_screen then keeps it on the screen."""
        self.ensurePolished()  # the style sheet's fonts and padding decide the widths
        scroll, outer = self._scroll, self.layout()
        content = scroll.widget()
        if content is None or outer is None:
            return
        margins = outer.contentsMargins()
        needed = (
            content.minimumSizeHint().width()
            + scroll.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        if self.width() < needed:
            self.resize(needed, self.height())

    def _kind(self) -> str:
        return str(self.gateway.currentData())

    @property
    def carrier_form(self) -> CarrierForm:
        """The form of the carrier chosen now."""
        return self.carrier_forms[self._kind()]

    def _gateway_kind_changed(self, *_args: object) -> None:
        chosen = self._kind()
        for key, form in self.carrier_forms.items():
            form.set_visible(key == chosen)
        public = self.carrier_form.carrier.pictures is PictureDelivery.PUBLIC_URL
        for widget in self._picture_rows:
            widget.setVisible(public)
        self.test_result.clear()

    def _show_keyring_status(self) -> None:
        status = self._credentials.status
        if status.secure:
            return
        self.keyring_warning.setText(
            translate("SettingsDialog", "Secrets can't be saved on this computer: {advice}").format(
                advice=status.advice
            )
        )
        self.keyring_warning.show()
        for form in self.carrier_forms.values():
            form.no_keyring()
        self.database_password.setPlaceholderText(
            translate("SettingsDialog", NO_KEYRING_PLACEHOLDER)
        )

    # -- validation -----------------------------------------------------------------------

    def collect(self) -> tuple[Settings, list[str]]:
        """The settings as the form says, and the problems that stop them being saved."""
        problems: list[str] = []
        kind = self._kind()
        chosen = self.carrier_form
        settings = self._settings
        # Every form's values are kept (as typed), the chosen carrier's last and chosen.
        for form in [*(f for f in self.carrier_forms.values() if f is not chosen), chosen]:
            settings = settings.with_gateway(form.carrier.key, form.values())
        settings = dataclasses.replace(
            settings,
            gateway=kind,
            picture_url_base=self.picture_url_base.text().strip(),
            picture_folder=self.picture_folder.text().strip(),
            default_region=str(self.region.currentData()),
            language=str(self.language.currentData()),
            poll_interval_seconds=float(self.poll_interval.value()),
            notifications=self.notifications.isChecked(),
            notification_style=str(self.notification_style.currentData()),
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
            problems.append(
                translate(
                    "SettingsDialog", "Quiet hours: the sending window must start before it ends."
                )
            )
        carrier = chosen.carrier
        problems += [problem.sentence for problem in carrier.problems(chosen.values())]
        public = carrier.pictures is PictureDelivery.PUBLIC_URL
        if public and bool(settings.picture_url_base) != bool(settings.picture_folder):
            problems.append(
                translate(
                    "SettingsDialog",
                    "To send pictures, fill in both the Public media URL base and the folder "
                    "published at that address (or leave both empty).",
                )
            )
        if settings.picture_url_base and not settings.picture_url_base.startswith("https://"):
            problems.append(
                translate(
                    "SettingsDialog",
                    "The Public media URL base must start with https:// so the gateway can "
                    "fetch the pictures.",
                )
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
                    translate(
                        "SettingsDialog",
                        "This is not a database URL. Examples: sqlite:////home/me/sms.sqlite3, "
                        "postgresql://desk@db.example.com/sms",
                    )
                )
            if url is not None and url.password:
                self.database_hint.setText(
                    translate(
                        "SettingsDialog",
                        "Don't put the password in the URL: type it in Database password, so it "
                        "is kept in the keyring.",
                    )
                )
            elif url is not None:
                self.database_hint.clear()
            if self.database_hint.text():
                problems.append(self.database_hint.text())
                self.database_hint.show()
            else:
                self.database_hint.hide()
        return settings, problems

    # -- test connection ------------------------------------------------------------------

    def test_connection(self) -> None:
        """Ask the gateway, in the network thread, whether it answers and accepts us."""
        settings, problems = self.collect()
        form = self.carrier_form
        if problems and form.carrier.fields:
            self._show_test(False, problems[0])
            return
        self._test_generation += 1
        generation = self._test_generation
        self.test_button.setEnabled(False)
        self._show_test(None, translate("SettingsDialog", "Testing…"))
        gateways, values, typed = self._gateways, form.values(), form.typed_secrets()

        def run() -> AccountInfo:
            # A gateway served here (the demo) is the desk's running one, never a new one.
            config = gateways.config(
                settings.gateway, values, secrets=typed, start=False, timeout=(5.0, 10.0)
            )
            try:
                gateway = gateways.connect(config)
            except MissingSecret as missing:
                raise GatewayError(
                    #: {field} names a setting of the gateway ("auth token")
                    translate(
                        "SettingsDialog", "Enter the {field}: none is saved for this account."
                    ).format(field=missing.field.shown_named)
                ) from None
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
            if info.status and info.status != "active":
                # The account's status as the carrier words it ("suspended").
                sentence = translate(
                    "SettingsDialog", "Connected: the gateway accepted “{name}” ({status})."
                ).format(name=info.friendly_name, status=info.status)
            else:
                sentence = translate(
                    "SettingsDialog", "Connected: the gateway accepted “{name}”."
                ).format(name=info.friendly_name)
            self._show_test(True, sentence)
        elif isinstance(error, GatewayError | KeyringUnavailable):
            self._show_test(False, error.sentence)
        else:
            log.error("connection test failed unexpectedly", exc_info=error)
            self._show_test(
                False,
                translate(
                    "SettingsDialog", "The test failed unexpectedly. Details are in the log file."
                ),
            )

    def _show_test(self, ok: bool | None, sentence: str) -> None:
        self.test_result.setText(sentence)
        self.test_result.setProperty("result", "busy" if ok is None else "ok" if ok else "failed")
        self.test_result.style().unpolish(self.test_result)
        self.test_result.style().polish(self.test_result)
        announce(self.test_result, sentence, assertive=ok is False)

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
        form = self.carrier_form
        carrier, values, typed = form.carrier, form.values(), form.typed_secrets()
        db_password = self.database_password.text()
        credentials = self._credentials
        paths = self._paths

        def store() -> Settings:
            for secret in carrier.secret_fields:
                entry = carrier.secret_entry(secret, values)
                if secret.key in typed:
                    credentials.set_gateway_token(entry, typed[secret.key])
                elif secret.required and not credentials.gateway_token(entry):
                    raise GatewayError(
                        #: {field} names a setting of the gateway ("auth token")
                        translate(
                            "SettingsDialog",
                            "Enter the {field}: none is saved for this account yet.",
                        ).format(field=secret.shown_named)
                    )
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
        for form in self.carrier_forms.values():
            form.clear_secrets()
        self.database_password.clear()
        self._settings = settings
        self.sig_saved.emit(settings)
        self.accept()

    def _save_failed(self, error: Exception) -> None:
        self._saving = False
        self.buttons.setEnabled(True)
        if isinstance(error, KeyringUnavailable | GatewayError):
            self._show_save_problem(
                translate("SettingsDialog", "Nothing was saved. {reason}").format(
                    reason=error.sentence
                )
            )
        elif isinstance(error, OSError):
            self._show_save_problem(
                translate(
                    "SettingsDialog",
                    "Nothing was saved: the settings file {file} can't be written ({reason}).",
                ).format(file=self._paths.settings_file, reason=error.strerror or error)
            )
        else:
            log.error("saving the settings failed", exc_info=error)
            self._show_save_problem(
                translate(
                    "SettingsDialog", "Saving failed unexpectedly. Details are in the log file."
                )
            )

    def _show_save_problem(self, sentence: str) -> None:
        show_problem(self.save_problem, sentence)

    @property
    def problem_text(self) -> str:
        return self.save_problem.text() if self.save_problem.isVisible() else ""
