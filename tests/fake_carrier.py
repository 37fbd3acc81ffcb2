"""A carrier that is neither Twilio nor the demo ("Pigeon post"), registered by the tests that
prove a new carrier needs one module and one registration: its own settings fields, status
words and error codes, and an in-memory gateway."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Container, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime

from desktop.core.models import Direction, MessageStatus
from desktop.gateway.base import (
    AccountInfo,
    GatewayError,
    GatewayMessage,
    InboundMessages,
    MediaInfo,
    MessageNotFound,
)
from desktop.gateway.registry import (
    Carrier,
    CarrierRegistry,
    ConnectOptions,
    FieldKind,
    Problem,
    SettingField,
    built_in_carriers,
)
from desktop.gateway.terms import CarrierTerms, ErrorMeaning

PIGEON_LABEL = "Pigeon post (test carrier)"
#: Its error codes: the recipient unsubscribed; the loft is full (try later).
UNSUBSCRIBED, LOFT_FULL = 777, 778

# None of these words is Twilio's: a message only ends DELIVERED if these terms are used.
PIGEON_TERMS = CarrierTerms(
    statuses={
        "perched": MessageStatus.SENT,
        "flying": MessageStatus.SENT,
        "landed": MessageStatus.DELIVERED,
        "shot down": MessageStatus.FAILED,
        "arrived": MessageStatus.RECEIVED,
    },
    errors={UNSUBSCRIBED: ErrorMeaning.UNSUBSCRIBED, LOFT_FULL: ErrorMeaning.RETRY_LATER},
    describe=lambda code, text, status: f"The pigeon could not deliver it (code {code}).",
)


def _loft_problem(value: str) -> str | None:
    return None if value.startswith("loft://") else "The loft address starts with loft://."


class PigeonCarrier(Carrier):
    """Carrier pigeons: a loft address, a ring number (the desk's number) and a secret key."""

    key = "pigeon"
    label = PIGEON_LABEL
    terms = PIGEON_TERMS
    fields = (
        SettingField(
            "loft_address",
            "Loft address",
            FieldKind.URL,
            placeholder="loft://…",
            required=True,
            check=_loft_problem,
        ),
        SettingField("pigeon_key", "Pigeon key", FieldKind.SECRET, required=True),
        SettingField("ring_number", "Ring number", FieldKind.PHONE, placeholder="+1…"),
    )

    def __init__(self) -> None:
        self.built: list[tuple[PigeonGateway, ConnectOptions]] = []
        self.gateway = PigeonGateway()

    def build(
        self, values: Mapping[str, str], secrets: Mapping[str, str], options: ConnectOptions
    ) -> PigeonGateway:
        if secrets.get("pigeon_key") != "seed-corn":
            raise GatewayError("The pigeon does not know that key.")
        self.gateway.desk_number = values["ring_number"]
        self.built.append((self.gateway, options))
        return self.gateway

    def desk_number(self, values: Mapping[str, str]) -> str:
        return values.get("ring_number", "")

    def rules(self, values: Mapping[str, str]) -> list[Problem]:
        if not values.get("ring_number"):
            return [Problem("Enter the ring number pigeons fly to.", missing="ring number")]
        return []


class PigeonGateway:
    """An in-memory gateway: what is sent "perches", and lands (or is shot down) when told.

    Attributes:
        refuse_next: an error code the next send is refused with.
        fates: the status word (and error code) each sent message has when next fetched.
    """

    terms = PIGEON_TERMS
    timeout = (1.0, 1.0)

    def __init__(self) -> None:
        self.desk_number = ""
        self.refuse_next: int | None = None
        self.sent: list[GatewayMessage] = []
        self.inbox: list[GatewayMessage] = []
        self.fates: dict[str, tuple[str, int | None]] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def arrive(self, from_number: str, body: str) -> None:
        """A message from ``from_number`` reaches the desk."""
        with self._lock:
            self.inbox.append(self._message(Direction.INBOUND, from_number, body, "arrived"))

    def land_all(self, word: str = "landed", code: int | None = None) -> None:
        """What was sent is ``word`` (with ``code``) when next fetched."""
        with self._lock:
            for message in self.sent:
                self.fates[message.sid] = (word, code)

    def _message(self, direction: Direction, peer: str, body: str, word: str) -> GatewayMessage:
        ours, theirs = self.desk_number, peer
        return GatewayMessage(
            sid=f"PG{next(self._ids)}",
            direction=direction,
            from_number=theirs if direction is Direction.INBOUND else ours,
            to_number=ours if direction is Direction.INBOUND else theirs,
            body=body,
            status=word,
            date_created=datetime.now(UTC),
        )

    def send(self, to: str, body: str, media_urls: Sequence[str] = ()) -> GatewayMessage:
        with self._lock:
            code, self.refuse_next = self.refuse_next, None
            if code is not None:
                raise self.terms.refusal(code, None)
            message = self._message(Direction.OUTBOUND, to, body, "perched")
            self.sent.append(message)
            return message

    def fetch_message(self, sid: str) -> GatewayMessage:
        with self._lock:
            for message in self.sent:
                if message.sid == sid:
                    word, code = self.fates.get(sid, ("flying", None))
                    return replace(message, status=word, error_code=code)
        raise MessageNotFound("The pigeon has no such message.")

    def fetch_inbound(self, since: datetime, known: Container[str] = ()) -> InboundMessages:
        with self._lock:
            return InboundMessages([m for m in self.inbox if m.date_created >= since])

    def find_outbound(self, to: str, since: datetime) -> list[GatewayMessage]:
        with self._lock:
            return [m for m in reversed(self.sent) if m.to_number == to]

    def list_media(self, sid: str) -> list[MediaInfo]:
        return []

    def download_media(self, url: str, max_bytes: int) -> tuple[str, bytes]:
        raise GatewayError("Pigeons carry no pictures.")

    def check(self) -> AccountInfo:
        return AccountInfo("pigeon", "Loft 1", "active")

    def close(self) -> None:
        pass


def with_pigeons() -> tuple[CarrierRegistry, PigeonCarrier]:
    """SMS Desk's carriers plus a new Pigeon carrier (its one registration)."""
    pigeon = PigeonCarrier()
    return built_in_carriers().plus(pigeon), pigeon
