"""The Settings dialog's sections (SMS gateway, General, Notifications, Calls and quiet
hours, Database) as one form: built with ``desktop.ui.look.forms``, so every label is
right-aligned in one column and every field, check box and hint starts at one edge.

``SettingsPages`` is that layer of ``SettingsDialog`` (which reads the fields, tests the
connection and saves): it makes the fields and lays them out.
"""

from __future__ import annotations

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.config.settings import NOTIFY_DESKTOP, NOTIFY_POPUPS, Paths, Settings
from desktop.core.i18n import translate
from desktop.core.phone import region_name
from desktop.gateway.connection import GatewayFactory
from desktop.ui.dialogs.carrier_form import CarrierForm
from desktop.ui.look.forms import Form, FormColumns, form_layout
from desktop.ui.look.language import LANGUAGE_NAMES, desktop_language
from desktop.ui.look.widgets import plain_label, spin_box


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


def _check(text: str, checked: bool) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    box.setChecked(checked)
    return box


class SettingsPages:
    """The fields of the Settings dialog and their sections (a layer of ``SettingsDialog``).

    Attributes:
        sections: each section's group box and form, in order.
        columns: the label and field columns every section shares.
    """

    sections: list[tuple[QGroupBox, Form]]
    columns: FormColumns
    carrier_forms: dict[str, CarrierForm]
    _picture_rows: list[QWidget]

    def _build_pages(self, settings: Settings, paths: Paths, gateways: GatewayFactory) -> QWidget:
        """Make every field from ``settings`` and lay the sections out; returns the widget
        that holds them (the dialog scrolls it)."""
        self.columns = FormColumns()
        self.sections = []
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for box in (
            self._gateway_section(settings, gateways),
            self._general_section(settings),
            self._notifications_section(settings),
            self._calls_section(settings),
            self._database_section(settings, paths),
        ):
            column.addWidget(box)
        column.addStretch(1)
        return content

    def _section(self, title: str) -> tuple[QGroupBox, Form]:
        box = QGroupBox(title)
        box.setObjectName("settingsSection")
        form = Form(form_layout(box), self.columns)
        self.sections.append((box, form))
        return box, form

    # -- the sections ---------------------------------------------------------------------

    def _gateway_section(self, settings: Settings, gateways: GatewayFactory) -> QGroupBox:
        self.gateway = QComboBox()
        self.gateway.setAccessibleName(translate("SettingsDialog", "Gateway"))
        for carrier in gateways.carriers:
            self.gateway.addItem(carrier.shown_label, carrier.key)
        self.gateway.setCurrentIndex(max(0, self.gateway.findData(settings.gateway)))

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
        self.test_result = plain_label(
            name="testResult", accessible=translate("SettingsDialog", "Connection test result")
        )

        box, form = self._section(translate("SettingsDialog", "SMS gateway"))
        form.field(translate("SettingsDialog", "Gateway"), self.gateway)
        # One form per carrier, built from its fields; only the chosen one shows.
        self.carrier_forms = {
            carrier.key: CarrierForm(carrier, settings, form) for carrier in gateways.carriers
        }
        self._picture_rows = [
            *form.field(
                translate("SettingsDialog", "Public media URL base"), self.picture_url_base
            ),
            *form.field(
                translate("SettingsDialog", "Folder published at that address"),
                self.picture_folder,
            ),
        ]
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.wide_layout(test_row)
        return box

    def _general_section(self, settings: Settings) -> QGroupBox:
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
        self.close_to_tray = _check(
            translate(
                "SettingsDialog", "Keep running in the system tray when the window is closed"
            ),
            settings.close_to_tray,
        )
        self.start_at_login = _check(
            translate("SettingsDialog", "Start SMS Desk when I log in (in the tray)"),
            settings.start_at_login,
        )

        box, form = self._section(translate("SettingsDialog", "General"))
        form.field(
            translate("SettingsDialog", "Language"),
            self.language,
            translate("SettingsDialog", "A new language is used the next time SMS Desk starts."),
        )
        form.field(
            translate("SettingsDialog", "Default country"),
            self.region,
            translate(
                "SettingsDialog", "Numbers typed without +country code are read as this country's."
            ),
        )
        form.field(
            translate("SettingsDialog", "Check for new messages every"),
            self.poll_interval,
            translate(
                "SettingsDialog",
                "While you use SMS Desk or wait for a reply, it checks every second; when the "
                "desk is idle, it slows down to this.",
            ),
        )
        form.check(self.close_to_tray)
        form.check(self.start_at_login)
        return box

    def _notifications_section(self, settings: Settings) -> QGroupBox:
        self.notifications = _check(
            translate("SettingsDialog", "Show a notification when an SMS arrives"),
            settings.notifications,
        )
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
        self.popup_seconds = spin_box(QSpinBox())
        self.popup_seconds.setAccessibleName(translate("SettingsDialog", "Pop-ups close after"))
        self.popup_seconds.setRange(2, 120)
        #: after a number of seconds: "30 s"
        self.popup_seconds.setSuffix(translate("SettingsDialog", " s"))
        self.popup_seconds.setValue(settings.popup_seconds)
        self.sound = _check(
            translate("SettingsDialog", "Play a sound when an SMS arrives"), settings.sound
        )

        #: a section of Settings: how new messages are announced
        box, form = self._section(translate("SettingsDialog", "Notifications"))
        form.check(self.notifications)
        form.field(translate("SettingsDialog", "Show notifications as"), self.notification_style)
        form.field(translate("SettingsDialog", "Pop-ups close after"), self.popup_seconds)
        form.check(self.sound)
        return box

    def _calls_section(self, settings: Settings) -> QGroupBox:
        self.call_template = QLineEdit(settings.call_template)
        self.call_template.setAccessibleName(translate("SettingsDialog", "Call with"))
        self.call_template.setPlaceholderText(
            #: keep tel:, callto: and {number} as they are: they are what is typed here
            translate("SettingsDialog", "tel: links (default), or callto:{number}, or a command")
        )
        self.call_template.setToolTip(self.call_template.placeholderText())
        self.quiet_hours = _check(
            translate(
                "SettingsDialog", "Ask before texting someone outside these hours, their time"
            ),
            settings.quiet_hours,
        )
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

        #: a section of Settings: how Call works and when SMS Desk asks before texting
        box, form = self._section(translate("SettingsDialog", "Calls and quiet hours"))
        form.field(
            translate("SettingsDialog", "Call with"),
            self.call_template,
            #: keep tel:+number, callto:{number} and 3cxphone --dial {number} as they are
            translate(
                "SettingsDialog",
                "Call opens tel:+number in your softphone. To use another, give a link such as "
                "callto:{number} or a command such as 3cxphone --dial {number}.",
            ),
        )
        form.check(self.quiet_hours)
        # "From [08:00] until [20:00]": From labels the row, until sits between the times.
        window_row = QHBoxLayout()
        window_row.setContentsMargins(0, 0, 0, 0)
        #: quiet hours: the sending window ends at this time ("From 08:00 until 20:00")
        to_label = QLabel(translate("SettingsDialog", "until"))
        to_label.setBuddy(self.quiet_end)
        window_row.addWidget(self.quiet_start, 1)
        window_row.addWidget(to_label)
        window_row.addWidget(self.quiet_end, 1)
        window = QWidget()
        window.setLayout(window_row)
        #: quiet hours: the sending window starts at this time ("From 08:00 until 20:00")
        from_label, _window = form.field(translate("SettingsDialog", "From"), window)
        assert isinstance(from_label, QLabel)
        from_label.setBuddy(self.quiet_start)
        self.columns.fields += [self.quiet_start, self.quiet_end]
        form.hint(
            translate(
                "SettingsDialog",
                "Their time comes from their number's country (and area code in the US and "
                "Canada). Outside these hours SMS Desk offers to send at the start, their time.",
            ),
            self.quiet_hours,
        )
        return box

    def _database_section(self, settings: Settings, paths: Paths) -> QGroupBox:
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

        box, form = self._section(translate("SettingsDialog", "Database"))
        form.field(
            translate("SettingsDialog", "Database URL"),
            self.database_url,
            translate(
                "SettingsDialog",
                "Now: {url}. A change takes effect the next time SMS Desk starts.",
            ).format(url=settings.database_url or paths.default_database_url),
        )
        form.wide(self.database_hint)  # (a problem with the URL, under it)
        form.field(translate("SettingsDialog", "Database password"), self.database_password)
        return box
