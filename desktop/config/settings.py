"""Settings and paths: where SMS Desk keeps its files, and the one typed settings object.

Settings live in ``settings.json`` in the platform's config directory. A file that cannot be
read or holds wrong values never stops the app: a file that is not settings at all is set
aside (renamed ``settings.json.broken-<time>``) and the app starts on defaults; wrong values
fall back to their defaults alone, with the user's file kept as ``.bak``. Either way the
user is told what was wrong and where.
Secrets are never stored here; they live in the OS keyring.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import shutil
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from desktop.core.i18n import LANGUAGES, translate
from desktop.core.regions import SUPPORTED_REGIONS, system_region
from desktop.gateway.carriers import BUILT_IN_KEYS

if TYPE_CHECKING:  # the registry loads with the gateway, after the first paint
    from desktop.gateway.registry import Carrier, CarrierRegistry
from desktop.system.private_files import (
    PRIVATE_DIR,
    make_private,
    make_private_dir,
    make_private_files_in,
    replace_private_text,
)

log = logging.getLogger("smsdesk.config")

APP_NAME = "smsdesk"
SETTINGS_FILE = "settings.json"


@dataclass(frozen=True, slots=True)
class Paths:
    """The directories SMS Desk writes to.

    Attributes:
        data_dir: the database and the demo gateway's state.
        config_dir: settings.json.
        log_dir: rotating log files.
        cache_dir: what can be fetched again (the pictures of MMS); None: ``data_dir/cache``.
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path
    cache_dir: Path | None = None

    @classmethod
    def default(cls) -> Paths:
        """Return the platform's per-user directories, or all under ``$SMSDESK_HOME`` if set."""
        home = os.environ.get("SMSDESK_HOME")
        if home:
            return cls.under(Path(home))
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @classmethod
    def under(cls, root: Path) -> Paths:
        """Return paths that all live under ``root`` (tests, portable installs)."""
        return cls(
            data_dir=root / "data",
            config_dir=root / "config",
            log_dir=root / "logs",
            cache_dir=root / "cache",
        )

    def ensure(self) -> None:
        """Create the directories, readable by the user only (0700), if they are missing.

        Directories and files an older SMS Desk left readable by others (the database,
        settings, logs, the snapshot: 0644 in 0755 folders) are made private too.
        """
        for path in (self.data_dir, self.config_dir, self.log_dir, self.cache_root):
            make_private_dir(path)
        make_private(self.picture_cache_dir, PRIVATE_DIR)
        for path in (self.data_dir, self.config_dir, self.log_dir):
            make_private_files_in(path)

    @property
    def cache_root(self) -> Path:
        """Where fetched-again data lives (``cache_dir``, or ``data_dir/cache``)."""
        return self.cache_dir or self.data_dir / "cache"

    @property
    def picture_cache_dir(self) -> Path:
        """The disk cache of MMS pictures (files named by the sha256 of their bytes)."""
        return self.cache_root / "pictures"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    @property
    def snapshot_file(self) -> Path:
        """What the chat list showed at the end of the last session
        (``desktop.ui.session.snapshot``)."""
        return self.data_dir / "last-session.json"

    @property
    def default_database_url(self) -> str:
        return f"sqlite:///{self.data_dir / 'smsdesk.sqlite3'}"


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a user or IT person can set (no secrets: those are in the keyring).

    Attributes:
        gateway: the carrier's key in the registry (``desktop.gateway.registry``): "demo" (the
            embedded demo gateway), "twilio" (any Twilio-compatible API)...
        gateway_base_url: the API's base URL (https, or http on loopback only).
        account_sid: the gateway account id.
        from_number: the desk's number in E.164 (or empty with a messaging service).
        messaging_service_sid: Twilio Messaging Service used instead of a From number.
        desk_number: the number inbound messages arrive on, when a messaging service sends
            (defaults to from_number).
        gateway_values: the other carriers' settings values, by field key (the five above
            are the Twilio-compatible carriers' fields, kept under the names they always had).
        poll_interval_seconds: how often the gateway is asked for new messages.
        database_url: an SQLAlchemy URL; empty means the SQLite file in the data directory.
            Its password, if any, is kept in the keyring, never here.
        default_region: ISO country code used to read numbers typed without +country code.
        notifications: show a pop-up when an SMS arrives.
        do_not_disturb: no pop-ups and no sound for now (messages still arrive).
        sound: play a sound when an SMS arrives.
        popup_seconds: how long an untouched pop-up stays on screen.
        notification_style: how new messages are shown: ``NOTIFY_DESKTOP`` (the desktop's
            own notifications where it has a service, else SMS Desk's pop-ups) or
            ``NOTIFY_POPUPS`` (always SMS Desk's pop-ups).
        language: the language of the app, a code of ``desktop.core.i18n.LANGUAGES``, or ""
            to follow the desktop's (a change takes effect at the next start).
        close_to_tray: closing the window keeps SMS Desk running in the system tray.
        tray_notice_shown: the one-time "still running in the tray" notice was shown.
        no_tray_notice_shown: the one-time "this desktop has no system tray" notice was shown.
        extension_min_digits: shortest phone extension accepted at sign-in.
        extension_max_digits: longest phone extension accepted at sign-in.
        remembered_extension: the extension signed in with "Remember me" (its password is
            in the keyring), or empty.
        start_at_login: start SMS Desk (minimised to the tray) when the user logs in.
        call_template: how Call reaches the softphone: empty for tel: links, a URI template
            such as "callto:{number}", or a command such as "3cxphone --dial {number}".
        quiet_hours: ask before texting someone outside ``quiet_hours_start`` to
            ``quiet_hours_end`` in their own time zone.
        quiet_hours_start: when the sending window opens, "HH:MM" (their local time).
        quiet_hours_end: when it closes, "HH:MM"; later than the start.
    """

    gateway: str = "demo"
    gateway_base_url: str = "https://api.twilio.com"
    account_sid: str = ""
    from_number: str = ""
    messaging_service_sid: str = ""
    desk_number: str = ""
    gateway_values: dict[str, str] = field(default_factory=dict)
    poll_interval_seconds: float = 5.0
    database_url: str = ""
    default_region: str = field(default_factory=system_region)
    notifications: bool = True
    do_not_disturb: bool = False
    sound: bool = False
    popup_seconds: int = 8
    notification_style: str = "desktop"
    language: str = ""
    close_to_tray: bool = True
    tray_notice_shown: bool = False
    no_tray_notice_shown: bool = False
    extension_min_digits: int = 2
    extension_max_digits: int = 8
    remembered_extension: str = ""
    call_template: str = ""
    start_at_login: bool = False
    quiet_hours: bool = True
    quiet_hours_start: str = "08:00"
    quiet_hours_end: str = "21:00"

    @property
    def quiet_window(self) -> tuple[time, time]:
        """The sending window as times (the defaults if the stored ones are unusable)."""
        try:
            start, end = parse_clock(self.quiet_hours_start), parse_clock(self.quiet_hours_end)
        except ValueError:
            return time(8, 0), time(21, 0)
        if start >= end:
            return time(8, 0), time(21, 0)
        return start, end

    # Sending pictures: Twilio fetches them from a public address. SMS Desk copies each
    # picture into picture_folder (e.g. a folder a web server publishes) and sends
    # picture_url_base + its file name. Empty: sending pictures is off (except on the demo).
    picture_url_base: str = ""
    picture_folder: str = ""

    def database_url_for(self, paths: Paths) -> str:
        """Return the database URL to open: the setting, or the default SQLite file."""
        return self.database_url or paths.default_database_url

    def gateway_value(self, key: str) -> str | None:
        """One carrier settings value by field key: the Twilio-compatible fields' settings of
        their own name, the others' from ``gateway_values``; None if it was never set."""
        if key in GATEWAY_FIELDS:
            return str(getattr(self, key))
        return self.gateway_values.get(key)

    def carrier_values(self, carrier: Carrier) -> dict[str, str]:
        """The values of ``carrier``'s settings fields (defaults for empty ones)."""
        return carrier.values(self.gateway_value)

    def with_gateway(self, key: str, values: dict[str, str]) -> Settings:
        """These settings with carrier ``key`` chosen and ``values`` (field key: value) set."""
        own: dict[str, Any] = {k: v for k, v in values.items() if k in GATEWAY_FIELDS}
        others = dict(self.gateway_values)
        for field_key, value in values.items():
            if field_key in GATEWAY_FIELDS:
                continue
            if value:
                others[field_key] = value
            else:  # empty is unset: an optional field left empty writes nothing
                others.pop(field_key, None)
        return dataclasses.replace(self, gateway=key, gateway_values=others, **own)


# The settings that are carriers' fields (the Twilio-compatible ones, by their old names); the
# other carriers' values are in gateway_values.
GATEWAY_FIELDS = frozenset(
    {"gateway_base_url", "account_sid", "from_number", "messaging_service_sid", "desk_number"}
)


# The values of ``Settings.notification_style``.
NOTIFY_DESKTOP = "desktop"
NOTIFY_POPUPS = "popups"


class SettingsError(ValueError):
    """A settings value is wrong; the message says which and what is allowed."""


def parse_clock(text: str) -> time:
    """ "08:00" → time(8, 0); ValueError for anything else."""
    hours, sep, minutes = text.partition(":")
    if not sep or len(minutes) != 2 or not hours.isdigit() or not minutes.isdigit():
        raise ValueError(f"not a time of day: {text!r}")
    return time(int(hours), int(minutes))


def _check_value(name: str, value: Any, carrier_keys: Collection[str]) -> Any:
    """Validate one setting read from the file; raise SettingsError with a sentence."""
    if name == "language":
        if value not in ("", *LANGUAGES):
            codes = ", ".join(f'"{code}"' for code in LANGUAGES)
            raise SettingsError(
                #: {codes}: the language codes SMS Desk ships ("de", "fr" …)
                translate("Settings", '{key} must be "" (the desktop\'s) or one of {codes}').format(
                    key='"language"', codes=codes
                )
            )
        return value
    if name == "gateway":
        if not isinstance(value, str) or value not in carrier_keys:
            keys = [f'"{key}"' for key in carrier_keys]
            if len(keys) == 1:
                sentence = translate("Settings", "{key} must be {choice}").format(
                    key='"gateway"', choice=keys[0]
                )
            else:
                #: {choices}: the carriers' keys separated by commas, {last}: the last key
                sentence = translate("Settings", "{key} must be {choices} or {last}").format(
                    key='"gateway"', choices=", ".join(keys[:-1]), last=keys[-1]
                )
            raise SettingsError(sentence)
    elif name == "gateway_values":
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            raise SettingsError(
                translate("Settings", "{key} must be an object of texts").format(
                    key='"gateway_values"'
                )
            )
    elif name == "poll_interval_seconds":
        if not isinstance(value, int | float) or isinstance(value, bool) or not 1 <= value <= 300:
            raise SettingsError(
                translate("Settings", "{key} must be a number from 1 to 300").format(
                    key='"poll_interval_seconds"'
                )
            )
        value = float(value)
    elif name == "default_region":
        if not isinstance(value, str) or value.upper() not in SUPPORTED_REGIONS:
            raise SettingsError(
                translate(
                    "Settings", "{key} must be a two-letter country code such as {example}"
                ).format(key='"default_region"', example='"US"')
            )
        value = value.upper()
    elif name == "popup_seconds":
        if not isinstance(value, int) or isinstance(value, bool) or not 2 <= value <= 120:
            raise SettingsError(
                translate("Settings", "{key} must be a whole number from 2 to 120").format(
                    key='"popup_seconds"'
                )
            )
    elif name == "notification_style":
        if value not in (NOTIFY_DESKTOP, NOTIFY_POPUPS):
            raise SettingsError(
                translate("Settings", "{key} must be {choices} or {last}").format(
                    key='"notification_style"',
                    choices=f'"{NOTIFY_DESKTOP}"',
                    last=f'"{NOTIFY_POPUPS}"',
                )
            )
    elif name in (
        "notifications",
        "do_not_disturb",
        "sound",
        "close_to_tray",
        "tray_notice_shown",
        "no_tray_notice_shown",
        "start_at_login",
        "quiet_hours",
    ):
        if not isinstance(value, bool):
            raise SettingsError(
                translate("Settings", "{key} must be true or false").format(key=f'"{name}"')
            )
    elif name in ("extension_min_digits", "extension_max_digits"):
        if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 15:
            raise SettingsError(
                translate("Settings", "{key} must be a whole number from 1 to 15").format(
                    key=f'"{name}"'
                )
            )
    elif name in ("quiet_hours_start", "quiet_hours_end"):
        try:
            parse_clock(value if isinstance(value, str) else "")
        except ValueError:
            raise SettingsError(
                translate("Settings", "{key} must be a time such as {example}").format(
                    key=f'"{name}"', example='"08:00"'
                )
            ) from None
    elif not isinstance(value, str):
        raise SettingsError(translate("Settings", "{key} must be text").format(key=f'"{name}"'))
    return value


@dataclass(frozen=True, slots=True)
class LoadedSettings:
    """Settings as loaded, with the problems found (sentences for the user)."""

    settings: Settings
    problems: tuple[str, ...] = ()


# A settings file is a few hundred bytes; anything far larger is not one (and parsing it
# could take long or much memory).
MAX_SETTINGS_BYTES = 1_000_000


def load_settings(
    path: Path, *, set_aside: bool = True, carriers: CarrierRegistry | None = None
) -> LoadedSettings:
    """Read settings from ``path``; never raises for a bad file.

    A missing file gives defaults. A file that cannot be read or is not a JSON object of
    settings (malformed, nested too deeply, far too large) gives defaults and a problem
    sentence naming the file; with ``set_aside`` the file is renamed beside itself
    (``settings.json.broken-<time>``) so the next start is clean and nothing is lost, and the
    sentence names the new name. Unknown keys are ignored; wrong values fall back to their
    defaults, each with its own problem sentence, and a ``.bak`` copy is kept.

    Args:
        path: the settings file.
        set_aside: rename a broken file and copy one with wrong values; False changes
            nothing on disk (``smsdesk doctor`` only looks).
        carriers: the carriers "gateway" may name; SMS Desk's own by default.
    """
    if not path.exists():
        return LoadedSettings(Settings())
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            raise ValueError(
                translate("Settings", "it is larger than %Ln bytes", None, MAX_SETTINGS_BYTES)
            )
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict):
            raise ValueError(translate("Settings", "the file does not hold a JSON object"))
    except RecursionError:
        return _broken(
            path, translate("Settings", "it is nested too deeply to be settings"), set_aside
        )
    except (OSError, UnicodeDecodeError, ValueError) as err:
        return _broken(path, str(err), set_aside)
    known = {f.name for f in dataclasses.fields(Settings)}
    carrier_keys = carriers.keys() if carriers is not None else BUILT_IN_KEYS
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, value in raw.items():
        if name not in known:
            continue
        try:
            values[name] = _check_value(name, value, carrier_keys)
        except SettingsError as err:
            problems.append(
                translate("Settings", "In {path}: {problem}; the default is used instead.").format(
                    path=path, problem=err
                )
            )
    if values.get("extension_min_digits", 2) > values.get("extension_max_digits", 8):
        problems.append(
            translate(
                "Settings",
                "In {path}: {least} is larger than {most}; the defaults (2 to 8) are used instead.",
            ).format(path=path, least='"extension_min_digits"', most='"extension_max_digits"')
        )
        values.pop("extension_min_digits", None)
        values.pop("extension_max_digits", None)
    if problems and set_aside:
        _keep_backup(path)
    return LoadedSettings(Settings(**values), tuple(problems))


def _broken(path: Path, reason: str, set_aside: bool) -> LoadedSettings:
    """Defaults, and the sentence for a settings file that is not settings at all."""
    moved = _set_aside(path) if set_aside else None
    if moved is not None:
        sentence = translate(
            "Settings",
            "The settings file {path} could not be read ({reason}). It was set aside as "
            "{moved}, and SMS Desk started with default settings: open Settings (Ctrl+,) to "
            "set them again.",
        )
    elif set_aside:
        sentence = translate(
            "Settings",
            "The settings file {path} could not be read ({reason}). SMS Desk started with "
            "default settings; delete or fix the file to stop seeing this.",
        )
    else:
        sentence = translate(
            "Settings",
            "The settings file {path} could not be read ({reason}). SMS Desk starts with "
            "default settings until it is fixed or removed.",
        )
    return LoadedSettings(Settings(), (sentence.format(path=path, reason=reason, moved=moved),))


def _set_aside(path: Path) -> Path | None:
    """Rename a broken settings file beside itself (never over another file)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for attempt in range(100):
        suffix = f".broken-{stamp}" + (f"-{attempt}" if attempt else "")
        target = path.with_name(path.name + suffix)
        if target.exists():
            continue
        try:
            path.rename(target)
        except OSError as err:
            log.warning("could not set the broken settings file %s aside: %s", path, err)
            return None
        return target
    return None


def save_settings(path: Path, settings: Settings) -> None:
    """Write settings atomically (a crash never leaves a half-written file)."""
    make_private_dir(path.parent)
    data = json.dumps(dataclasses.asdict(settings), indent=2, sort_keys=True) + "\n"
    replace_private_text(path, data, prefix=".settings-", suffix=".json")


def _keep_backup(path: Path) -> Path | None:
    backup = path.with_name(path.name + ".bak")
    try:
        shutil.copy2(path, backup)
    except OSError:
        log.warning("could not keep a backup of %s", path)
        return None
    return backup
