"""The settings dialog: the gateway (with Test connection), numbers, polling, notifications,
the tray, calls, quiet hours and the database. Its fields and sections, laid out as one form,
are ``desktop.ui.dialogs.settings_pages``; here they are read, tested and saved.

The gateway's form is built from the chosen carrier's settings fields (``desktop.gateway.
registry``): labels, placeholders, checks and their sentences are the carrier's. Secrets typed
here (the gateway's auth token, a database password) go straight to the OS keyring; the
settings file never holds them. If there is no secure keyring, saving a secret is refused
with the reason, and nothing is written.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QScrollArea, QVBoxLayout, QWidget
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from desktop.config.settings import Paths, Settings, save_settings
from desktop.core.calling import CallTemplateError, check_call_template
from desktop.core.i18n import translate
from desktop.gateway.base import AccountInfo, GatewayError
from desktop.gateway.connection import GatewayFactory, MissingSecret
from desktop.gateway.registry import PictureDelivery
from desktop.system.credentials import CredentialStore, KeyringUnavailable
from desktop.ui.dialogs.carrier_form import NO_KEYRING_PLACEHOLDER, CarrierForm
from desktop.ui.dialogs.settings_pages import SettingsPages, region_choices
from desktop.ui.look.announce import announce, show_problem
from desktop.ui.look.wheel import wheel_only_when_focused
from desktop.ui.look.widgets import plain_label, save_cancel_buttons
from desktop.ui.threads.tasks import TaskRunner
from desktop.ui.window.screen_fit import fit_to_screen

__all__ = ["CarrierForm", "SettingsDialog", "region_choices"]

log = logging.getLogger("smsdesk.ui.settings")


class SettingsDialog(SettingsPages, QDialog):
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

        content = self._build_pages(settings, paths, gateways)
        self.gateway.currentIndexChanged.connect(self._gateway_kind_changed)
        self.test_button.clicked.connect(self.test_connection)

        # Layout ------------------------------------------------------------------------
        self.keyring_warning = plain_label(name="keyringWarning", hidden=True)
        self.save_problem = plain_label(name="saveProblem", role="fieldHint", hidden=True)

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
            self.ensurePolished()
            self.columns.align()  # (with the style sheet's fonts and padding)
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
