"""The carriers SMS Desk can talk to, each registered with what the rest of the app needs.

A carrier (``Carrier``) brings: its settings fields (``SettingField``: label, kind, placeholder,
whether required, how it is checked, with sentences), the rules between them, how its
gateway is built from their values and secrets, and its ``CarrierTerms`` (status words and
error codes in the app's terms). The settings, the settings dialog, the desk, ``smsdesk
doctor`` and the sync engine know carriers only through this.

Adding a carrier means one new module (a ``Carrier`` subclass) and one line in
``carriers.BUILT_IN``. Tests make their own ``CarrierRegistry`` (``plus``) and pass it in:
there is no global list to change.

No requests and no adapter are imported here: a gateway is built in the thread that uses it.
"""

from __future__ import annotations

import functools
import importlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import phonenumbers

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.gateway.base import GatewayError

if TYPE_CHECKING:
    from desktop.gateway.base import Gateway
    from desktop.gateway.terms import CarrierTerms


class FieldKind(StrEnum):
    """What a settings field holds, which decides how it is edited and checked.

    TEXT: plain text. SECRET: a password or token, typed hidden and kept in the OS keyring,
    never in settings.json. URL: a web address. PHONE: a phone number in E.164 (checked).
    ID: an account or service identifier (an Account SID).
    """

    TEXT = "text"
    SECRET = "secret"  # noqa: S105 (the kind's name, not a password)
    URL = "url"
    PHONE = "phone"
    ID = "id"


class PictureDelivery(StrEnum):
    """How a carrier gets the pictures of an MMS the desk sends.

    PUBLIC_URL: it fetches them from a public https address (the settings' "Public media URL
    base" and the folder published there). LOCAL_FILE: it reads ``file:`` addresses on this
    computer (the demo gateway).
    """

    PUBLIC_URL = "public url"
    LOCAL_FILE = "local file"


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a carrier's settings.

    Attributes:
        sentence: what is wrong and what to do, for the settings dialog.
        missing: when it is something not set at all, how a list of what is missing names
            it ("auth token", "sending number (or Messaging Service)"); None otherwise.
    """

    sentence: str
    missing: str | None = None


def e164_problem(text: str) -> str | None:
    """Why ``text`` is not a phone number in E.164 form, or None if it is one."""
    try:
        number = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return translate(
            "Carriers",
            "Enter the number in international form, starting with + (e.g. +14155550100).",
        )
    if not phonenumbers.is_valid_number(number):
        return translate(
            "Carriers", "This is not a valid phone number. Check the digits and the country code."
        )
    if phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164) != text:
        return translate(
            "Carriers", "Write it in E.164 form: + and digits only, e.g. +14155550100."
        )
    return None


@dataclass(frozen=True, slots=True, eq=False)
class SettingField:
    """One setting a carrier needs, as the settings dialog shows it.

    Attributes:
        key: its name in the settings (settings.json; a SECRET's is not stored there).
        label: its caption and accessible name ("Account SID").
        kind: what it holds (see FieldKind).
        placeholder: the grey hint in the empty box.
        help: a note shown under it, if it needs more than the placeholder says.
        required: it must be filled in (a SECRET: typed, or saved in the keyring).
        default: the value an empty box stands for ("https://api.twilio.com").
        noun: how sentences name it ("auth token"); the label by default.
        missing: the sentence when it is required and empty; "Enter the <noun>." by default.
        check: says what is wrong with a value that is not empty (None: nothing), or raises
            a GatewayError whose text says it; a PHONE is checked for E.164 on top.
        help_unless: the key of another field whose value makes the help untrue: the help
            is shown only while that field is empty (Telnyx's "receives only through a
            relay" goes once a relay's address is typed).

    The texts (label, placeholder, help, noun, missing) are English, marked where a carrier
    defines them with ``QT_TRANSLATE_NOOP("Carriers", …)``; what the app shows is the
    ``shown_*`` properties, in the app's language.
    """

    key: str
    label: str
    kind: FieldKind = FieldKind.TEXT
    placeholder: str = ""
    help: str = ""
    required: bool = False
    default: str = ""
    noun: str = ""
    missing: str = ""
    check: Callable[[str], str | None] | None = None
    help_unless: str = ""

    @property
    def secret(self) -> bool:
        """Whether it is kept in the keyring rather than in settings.json."""
        return self.kind is FieldKind.SECRET

    @property
    def named(self) -> str:
        """How sentences name it (English: ``smsdesk doctor`` lists what is missing)."""
        return self.noun or self.label

    @property
    def shown_label(self) -> str:
        """Its caption and accessible name in the app's language."""
        return translate("Carriers", self.label)

    @property
    def shown_placeholder(self) -> str:
        """Its grey hint in the app's language (an example value stays as it is)."""
        return translate("Carriers", self.placeholder) if self.placeholder else ""

    @property
    def shown_help(self) -> str:
        """Its note in the app's language."""
        return translate("Carriers", self.help) if self.help else ""

    @property
    def shown_named(self) -> str:
        """How sentences name it, in the app's language."""
        return translate("Carriers", self.named)

    def problem(self, value: str) -> Problem | None:
        """What is wrong with ``value`` (already stripped), or None; its sentence is in the
        app's language."""
        if not value:
            if self.required and not self.default:
                if self.missing:
                    empty = translate("Carriers", self.missing)
                else:
                    # Fields should bring their own ``missing`` sentence: a translator can
                    # word this one only as "Enter: {field}" in some languages.
                    #: {field} names a setting ("auth token")
                    empty = translate("Carriers", "Enter the {field}.").format(
                        field=self.shown_named
                    )
                return Problem(empty, missing=self.named)
            return None
        if self.kind is FieldKind.PHONE and (wrong := e164_problem(value)):
            #: {field} is the setting's label ("From number"), {problem} what is wrong with it
            return Problem(
                translate("Carriers", "{field}: {problem}").format(
                    field=self.shown_label, problem=wrong
                )
            )
        if self.check is not None:
            try:
                sentence = self.check(value)
            except GatewayError as err:
                sentence = str(err)
            if sentence:
                return Problem(sentence)
        return None


@dataclass(frozen=True, slots=True)
class ConnectOptions:
    """How a gateway is built, beyond its settings.

    Attributes:
        session: the ``requests.Session`` its requests go through (and that it does not
            close), e.g. a ``CancellableSession`` so quitting can cut a slow request short;
            None: its own.
        timeout: (connect, read) seconds for every request; None: the carrier's default.
    """

    session: Any = None
    timeout: tuple[float, float] | None = None


@dataclass(frozen=True, slots=True)
class Served:
    """A carrier running on this computer (the demo gateway), and how to reach it.

    Attributes:
        values: its settings values, as the user would type them for a remote one.
        secrets: its secrets (in memory only; never printed: ``repr`` hides them).
        stop: stops it.
        where: its address, for the log.
    """

    values: Mapping[str, str]
    secrets: Mapping[str, str] = field(repr=False)
    stop: Callable[[], None]
    where: str = ""


def relay_setting(key: str) -> SettingField:
    """The optional address of the team's SMS Desk relay (``desktop.relay``), a field every
    carrier that can deliver by webhook offers under its own ``key``."""
    from desktop.gateway.address import relay_problem

    return SettingField(
        key,
        QT_TRANSLATE_NOOP("Carriers", "SMS Desk relay"),
        FieldKind.URL,
        placeholder=QT_TRANSLATE_NOOP("Carriers", "https://… (optional, from your administrator)"),
        help=QT_TRANSLATE_NOOP(
            "Carriers",
            "With your team's relay, delivery reports arrive at once instead of being "
            "asked for every few seconds.",
        ),
        check=relay_problem,
    )


class Carrier(ABC):
    """One carrier: its settings fields, how its gateway is built, and its terms.

    Subclasses set the class attributes and ``build``; the rest has defaults.

    Attributes:
        key: its name in the settings ("twilio"); never changes once released.
        label: its name in the settings dialog's Gateway list.
        fields: its settings fields, in the order the dialog shows them.
        terms: its status words and error codes in the app's terms.
        pictures: how it gets the pictures of an MMS the desk sends.
        settings_advice: what to do when its settings are incomplete (``smsdesk doctor``).
        not_running: for a carrier served on this computer, the sentence when it is not.
    """

    key: ClassVar[str]
    label: ClassVar[str]
    fields: ClassVar[tuple[SettingField, ...]] = ()
    terms: ClassVar[CarrierTerms]
    pictures: ClassVar[PictureDelivery] = PictureDelivery.PUBLIC_URL
    settings_advice: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Carriers", "Open SMS Desk's Settings and enter the gateway's details from its console."
    )
    not_running: ClassVar[str] = QT_TRANSLATE_NOOP("Carriers", "The SMS gateway is not running.")

    @property
    def shown_label(self) -> str:
        """Its name in the settings dialog's Gateway list, in the app's language."""
        return translate("Carriers", self.label)

    @property
    def shown_not_running(self) -> str:
        """``not_running`` in the app's language (the sentence the desk shows)."""
        return translate("Carriers", self.not_running)

    @abstractmethod
    def build(
        self, values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
    ) -> Gateway:
        """Build its gateway adapter (in the thread that will use it; no request is made).

        Args:
            values: its fields' values (see ``values``), checked by ``problems``.
            secrets: its SECRET fields' values, from the keyring or as typed.
            options: the HTTP session and timeouts to use.
        """

    def desk_number(self, values: Mapping[str, str]) -> str:
        """The desk's own number: where inbound messages go, outbound come from."""
        return values.get("desk_number", "") or values.get("from_number", "")

    def place(self, values: Mapping[str, str]) -> str:
        """Where its gateway is, for sentences (a host name)."""
        return self.label

    def rules(self, values: Mapping[str, str]) -> list[Problem]:
        """What is wrong between its fields (each field alone is checked by itself)."""
        return []

    def secret_entry(self, field: SettingField, values: Mapping[str, str]) -> str:
        """The keyring entry a SECRET field's value is kept under (``gateway:<entry>``)."""
        return f"{self.key}:{field.key}"

    def serve(self, state_dir: Path | None) -> Served | None:
        """Start the carrier on this computer, if it is one that runs here (the demo).

        Args:
            state_dir: where it keeps its state; None: a throwaway (in memory, quiet).

        Returns:
            How to reach it; None for a carrier elsewhere (the default).
        """
        return None

    @property
    def served_here(self) -> bool:
        """Whether it runs on this computer (``serve`` starts it)."""
        return type(self).serve is not Carrier.serve

    @property
    def secret_fields(self) -> tuple[SettingField, ...]:
        return tuple(f for f in self.fields if f.secret)

    @property
    def value_fields(self) -> tuple[SettingField, ...]:
        """Its fields kept in settings.json (all but the secrets)."""
        return tuple(f for f in self.fields if not f.secret)

    def values(self, read: Callable[[str], str | None]) -> dict[str, str]:
        """Its fields' values as ``read(key)`` gives them, stripped, defaults for empty ones."""
        found = {}
        for setting in self.value_fields:
            found[setting.key] = (read(setting.key) or "").strip() or setting.default
        return found

    def problems(self, values: Mapping[str, str]) -> list[Problem]:
        """What is wrong with its settings values: each field's, then the rules'.

        Secrets are not checked here (they are typed or in the keyring: ``connect`` says so).
        """
        found = []
        for setting in self.value_fields:
            problem = setting.problem(values.get(setting.key, "").strip())
            if problem is not None:
                found.append(problem)
        return found + self.rules(values)


class UnknownCarrier(KeyError):
    """No carrier is registered under that key."""


class CarrierRegistry:
    """The carriers the app knows, by key, in the order the settings dialog lists them.

    Immutable: ``plus`` returns a new registry (a test adds its own carrier that way).
    """

    def __init__(self, carriers: Iterable[Carrier]) -> None:
        self._carriers: dict[str, Carrier] = {}
        for carrier in carriers:
            if carrier.key in self._carriers:
                raise ValueError(f"two carriers are registered as {carrier.key!r}")
            self._carriers[carrier.key] = carrier

    def plus(self, carrier: Carrier) -> CarrierRegistry:
        """A registry with ``carrier`` added (last)."""
        return CarrierRegistry([*self._carriers.values(), carrier])

    def __getitem__(self, key: str) -> Carrier:
        try:
            return self._carriers[key]
        except KeyError:
            raise UnknownCarrier(key) from None

    def __contains__(self, key: object) -> bool:
        return key in self._carriers

    def __iter__(self) -> Iterator[Carrier]:
        return iter(self._carriers.values())

    def __len__(self) -> int:
        return len(self._carriers)

    def keys(self) -> list[str]:
        return list(self._carriers)


@functools.cache
def built_in_carriers() -> CarrierRegistry:
    """The carriers SMS Desk ships with (``carriers.BUILT_IN``): the demo gateway (the
    default) and Twilio-compatible."""
    from desktop.gateway.carriers import BUILT_IN

    found = []
    for key, where in BUILT_IN:
        module, _, name = where.partition(":")
        carrier = getattr(importlib.import_module(module), name)
        if not isinstance(carrier, Carrier) or carrier.key != key:
            raise TypeError(f"{where} is not the carrier {key!r}")
        found.append(carrier)
    return CarrierRegistry(found)
