"""The settings in force, as one object that announces changes (``LiveSettings``).

``desktop.config.settings.Settings`` stays the frozen, Qt-free value that is loaded, validated and
saved; ``LiveSettings`` holds the current one, saves a change and emits ``changed``. Widgets
that depend on a setting take it in their constructor, read ``current`` when they need a
value and subscribe to ``changed`` for what they show; nobody pushes settings into them.
"""

from __future__ import annotations

import dataclasses
import logging
from datetime import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop.config.settings import Settings, save_settings

log = logging.getLogger("smsdesk.settings")

# Among the changed fields of a save from the settings dialog: it stored the secrets it was
# given in the keyring first, so the gateway's auth token may be new although no field of
# the settings file changed.
SECRETS = "secrets"


def changed_fields(old: Settings, new: Settings) -> frozenset[str]:
    """The names of the fields whose values differ between ``old`` and ``new``."""
    return frozenset(
        f.name for f in dataclasses.fields(Settings) if getattr(old, f.name) != getattr(new, f.name)
    )


class LiveSettings(QObject):
    """The settings in force, saved to ``path`` when they change.

    Args:
        settings: the settings to start with (as loaded).
        path: the settings file that changes are written to.
        parent: the Qt parent.

    Signals:
        changed(Settings, frozenset[str]): new settings are in force (already saved); the
            second argument names the fields that changed (and ``SECRETS`` after a save
            from the settings dialog).
    """

    changed = Signal(object, object)

    def __init__(self, settings: Settings, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = settings
        self._path = path

    @property
    def current(self) -> Settings:
        """The settings in force now."""
        return self._current

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path

    def update(self, **values: Any) -> None:
        """Change the named fields, save the file and announce the change.

        Nothing happens when the values are the ones in force. The file is a few hundred
        bytes written atomically, so it is written here, as the desk always did; a failure
        to write it is logged, and the change stays in force for this session.

        Raises:
            TypeError: a name that is not a settings field (a bug).
        """
        new = dataclasses.replace(self._current, **values)
        fields = changed_fields(self._current, new)
        if not fields:
            return
        self._current = new
        try:
            save_settings(self._path, new)
        except OSError as err:
            log.error("could not save the settings: %s", err)
        self.changed.emit(new, fields)

    def adopt_saved(self, saved: Settings, shown: Settings | None = None) -> None:
        """Put in force settings the settings dialog has saved (its secrets in the keyring,
        then the file), announced with ``SECRETS`` among the changed fields.

        Args:
            saved: the settings the dialog wrote.
            shown: the settings the dialog was opened with. What changed meanwhile
                elsewhere (Do not disturb from the tray, a one-time notice) and the dialog
                did not change is kept; only then is the file written again.
        """
        merged = saved
        if shown is not None:
            edited = changed_fields(shown, saved)
            kept = {
                name: getattr(self._current, name)
                for name in changed_fields(shown, self._current) - edited
            }
            if kept:
                merged = dataclasses.replace(saved, **kept)
                try:
                    save_settings(self._path, merged)
                except OSError as err:
                    log.error("could not save the settings: %s", err)
        fields = changed_fields(self._current, merged) | {SECRETS}
        self._current = merged
        self.changed.emit(merged, fields)

    def quiet_hours(self) -> tuple[bool, time, time]:
        """The quiet-hours setting in force: (on, window start, window end)."""
        settings = self._current
        return (settings.quiet_hours, *settings.quiet_window)
