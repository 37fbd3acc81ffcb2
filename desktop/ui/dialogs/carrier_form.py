"""One carrier's settings fields as rows of the Settings dialog's gateway form, built from
the carrier's fields (``desktop.gateway.registry``): labels, placeholders and help are the
carrier's."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.config.settings import Settings
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gateway.registry import Carrier
from desktop.ui.look.forms import Form

NO_KEYRING_PLACEHOLDER = QT_TRANSLATE_NOOP("SettingsDialog", "no secure keyring: can't be saved")


class CarrierForm:
    """One carrier's settings fields as rows of the gateway form, built from its fields.

    Args:
        carrier: the carrier.
        settings: the settings as they are (the first values of the boxes).
        form: the form the rows are added to.

    Attributes:
        boxes: the line edit of each field, by field key (a secret's starts empty).
    """

    def __init__(self, carrier: Carrier, settings: Settings, form: Form) -> None:
        self.carrier = carrier
        self.boxes: dict[str, QLineEdit] = {}
        self._rows: list[QWidget] = []
        values = settings.carrier_values(carrier)
        notes: list[tuple[str, QLineEdit, QWidget]] = []
        for setting in carrier.fields:
            label = setting.shown_label
            box = QLineEdit("" if setting.secret else values.get(setting.key, ""))
            box.setAccessibleName(label)
            box.setPlaceholderText(setting.shown_placeholder)
            if setting.secret:
                box.setEchoMode(QLineEdit.EchoMode.Password)
            self.boxes[setting.key] = box
            row = form.field(label, box, setting.shown_help if setting.help else "")
            self._rows += row
            if setting.help and setting.help_unless:
                notes.append((setting.help_unless, box, row[-1]))
        for key, box, cell in notes:  # once every box exists
            self._help_unless(key, box, cell)

    def _help_unless(self, key: str, box: QLineEdit, cell: QWidget) -> None:
        """Show the field's note only while the field ``key`` is empty: as the user types
        there, it goes, and comes back when that field is cleared (so does the box's
        description, which screen readers read)."""
        note = cell.findChild(QLabel)
        other = self.boxes.get(key)
        if note is None or other is None:
            return
        description = box.accessibleDescription()

        def follow(text: str) -> None:
            shown = not text.strip()
            note.setVisible(shown)
            box.setAccessibleDescription(description if shown else "")

        other.textChanged.connect(follow)
        follow(other.text())

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
