"""Build a busy office's store through SMS Desk's own storage layer, and cache it.

The large store holds 100,000 conversations and 1,000,000 messages with a long tail: one
conversation of 10,000 messages, most with a handful, about a hundred with hundreds. Text is
business SMS in several languages (about a fifth needs Unicode), a third of the numbers
belong to contacts, a thousand conversations are archived, and the signed-in colleague has a
few dozen unread conversations from "today".

Everything goes through ``Store`` (``import_history`` for the year of history,
``import_contacts``, ``set_archived``, ``ingest_inbound`` for today's messages) and
``Accounts``, as the app itself would write it. The file is cached under ``bench/`` by
generator version, scale and schema revision, so the next run reuses it.

With ``--database URL`` (or ``--url URL``) the same store is built in that (empty) database
instead, e.g. a team's PostgreSQL: nothing is cached then (``bench/pg_store.py`` keeps a dump
of it).

Usage: python -m bench.generate [--scale large|small] [--force] [--database URL]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.accounts.staff import Accounts
from desktop.core.models import ContactDraft, Direction, MessageStatus
from desktop.store import HEAD_REVISION, HistoryRecord, InboundRecord, open_store

GENERATOR_VERSION = 1
BENCH_DIR = Path(__file__).resolve().parent
DESK_NUMBER = "+14155550100"
EXTENSION = "101"
PASSWORD = "bench password 42"  # noqa: S105 - a throwaway account in a generated store
SEED = 20240611
HISTORY_CHUNK = 10_000
TODAY_CHUNK = 10_000


@dataclass(frozen=True)
class Scale:
    """How big a store to build."""

    name: str
    conversations: int
    messages: int
    big: int  # messages in the one very long conversation
    archived: int
    today: int  # inbound messages ingested after the colleague's account exists


SCALES = {
    "large": Scale("large", 100_000, 1_000_000, 10_000, 1_000, 120),
    "small": Scale("small", 1_000, 10_000, 1_000, 10, 120),
}


@dataclass(frozen=True)
class StoreInfo:
    """What the probes need to know about a generated store (saved next to it as JSON)."""

    path: str
    scale: str
    conversations: int
    messages: int
    big_peer: str
    big_messages: int
    small_peer: str
    small_messages: int
    contacts: int
    archived: int
    unread_conversations: int
    extension: str
    password: str
    desk_number: str
    generated_in_s: float
    generator_version: int
    schema: str
    median_messages: float
    p99_messages: int


def store_path(scale: Scale) -> Path:
    """Where the cached store of this scale lives (git-ignored: bench/*.sqlite3*)."""
    return BENCH_DIR / f"store-g{GENERATOR_VERSION}-s{HEAD_REVISION}-{scale.name}.sqlite3"


def info_path(scale: Scale) -> Path:
    return store_path(scale).with_suffix(".sqlite3-info.json")


# -- text -----------------------------------------------------------------------------------

_FIRST_NAMES = (
    "Olivia Liam Emma Noah Ava Oliver Sophia Elijah Isabella James Mia William Amelia Lucas "
    "Harper Mateo Evelyn Henry Zoë Chloé José Renée Björn Søren Łukasz Ana Wei Yuki Priya "
    "Aisha Omar Fatima Diego Lucía Marta Pierre Amélie Jürgen Siobhán Niamh Kofi Thandi"
)
_LAST_NAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Nguyen Kim "
    "Patel Müller Dubois Rossi Novak Kowalski O'Brien Murphy Silva Santos Tanaka Chen Singh "
    "Okafor Mensah Haddad Cohen Larsen Andersson Fernández Moreau Schäfer Horvat"
)
_FIRST = _FIRST_NAMES.split()
_LAST = _LAST_NAMES.split()
_COMPANIES = (
    "Acme Plumbing",
    "Bright Dental",
    "Northside Motors",
    "Green Leaf Florists",
    "Harbour Vets",
    "City Physio",
    "Blue Sky Travel",
    "Oak & Iron Builders",
    "",
    "",
    "",
)
_PRODUCTS = (
    "boiler",
    "bathroom cabinet",
    "winter tyres",
    "glasses",
    "hearing aid",
    "sofa",
    "laptop",
    "bike",
    "prescription",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "tomorrow")
_TIMES = ("9:00", "9:30", "10:15", "11 am", "noon", "2 pm", "3:30", "4:45", "5 pm")

_INBOUND = (
    "Hi, is my order {order} ready to collect?",
    "Can I book an appointment for {day} at {time}?",
    "Thanks!",
    "Thanks, see you {day}",
    "Running 10 minutes late, sorry",
    "What time do you close today?",
    "Did you get my payment for invoice {inv}?",
    "Please call me back when you can",
    "Is the {product} in stock?",
    "Ok",
    "Yes please",
    "No thanks, all good",
    "Can you send the quote again? I can't find it",
    "Could you deliver it {day} instead?",
    "The delivery hasn't arrived yet, any news?",
    "I'd like to cancel my appointment on {day}",
    "👍",
    "Great, thank you so much 😊",
    "Merci beaucoup, à {day} !",
    "¿Pueden llamarme mañana por la mañana?",
    "Danke, bis später 😊",
    "Obrigado! Até amanhã",
    "Dziękuję, będę o {time}",
    "谢谢 明天见",
    "ありがとうございます",
    "Is the {product} still under warranty?",
    "Hi it's {first}, can we move to {time}?",
)
_OUTBOUND = (
    "Your order {order} is ready for collection.",
    "Hi {first}, your appointment is confirmed for {day} at {time}.",
    "Thanks for your payment of ${amount}. Invoice {inv} is settled.",
    "We're open until 6 pm today.",
    "Good news: the {product} is back in stock.",
    "Your invoice {inv} has been emailed to you.",
    "Sorry, we can't make it on {day}; how about {day2} at {time}?",
    "Your delivery is on its way and should arrive by {time}.",
    "Thanks {first}, see you then!",
    "No problem at all.",
    "Your {product} has been repaired and is ready.",
    "Reminder: your appointment is {day} at {time}. Reply C to cancel.",
    "We've received your message and will call you back shortly.",
    "Merci {first}, à bientôt !",
    "The {product} is covered by the warranty until next year.",
    "Could you confirm your address for the delivery?",
)
_EXTRA = (
    "Parking is round the back.",
    "Let us know if anything changes.",
    "Bring the receipt with you please.",
    "The total comes to ${amount} including VAT.",
    "We can also deliver for a small fee.",
    "Have a lovely day!",
)


def _fill(template: str, rng: random.Random) -> str:
    if "{" not in template:
        return template
    return template.format(
        order=f"#{rng.randint(10000, 99999)}",
        inv=f"INV-{rng.randint(2023000, 2025999)}",
        day=rng.choice(_DAYS),
        day2=rng.choice(_DAYS),
        time=rng.choice(_TIMES),
        product=rng.choice(_PRODUCTS),
        first=rng.choice(_FIRST),
        amount=f"{rng.randint(12, 2400)}.{rng.randint(0, 99):02d}",
    )


def _body(rng: random.Random, inbound: bool) -> str:
    text = _fill(rng.choice(_INBOUND if inbound else _OUTBOUND), rng)
    if rng.random() < 0.12:  # the long ones: two or three SMS parts
        text += " " + " ".join(_fill(rng.choice(_EXTRA), rng) for _ in range(rng.randint(2, 5)))
    return text


# -- numbers and shape ----------------------------------------------------------------------

_AREAS = (201, 202, 206, 212, 213, 303, 305, 310, 312, 404, 415, 512, 617, 646, 702, 713, 718)


def _numbers(rng: random.Random, count: int) -> list[str]:
    found: set[str] = set()
    ordered: list[str] = []
    while len(ordered) < count:
        roll = rng.random()
        if roll < 0.8:
            number = f"+1{rng.choice(_AREAS)}{rng.randint(200, 999)}{rng.randint(0, 9999):04d}"
        elif roll < 0.9:
            number = f"+447{rng.randint(100, 999)}{rng.randint(100000, 999999)}"
        else:
            number = f"+614{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        if number not in found and number != DESK_NUMBER:
            found.add(number)
            ordered.append(number)
    return ordered


def _counts(rng: random.Random, scale: Scale) -> list[int]:
    """Messages per conversation: [big, small, then a Pareto tail], summing to the total."""
    others = scale.conversations - 2
    target = scale.messages - scale.big - 4
    raw = [min(rng.paretovariate(1.5), 400.0) for _ in range(others)]
    factor = target / sum(raw)
    counts = [max(1, round(r * factor)) for r in raw]
    # Bring the sum to the target exactly, a message at a time on random conversations.
    diff = target - sum(counts)
    while diff:
        i = rng.randrange(others)
        if diff > 0:
            counts[i] += 1
            diff -= 1
        elif counts[i] > 1:
            counts[i] -= 1
            diff += 1
    return [scale.big, 4, *counts]


def _log(message: str) -> None:
    print(f"  [generate] {message}", file=sys.stderr, flush=True)


def generate(scale: Scale, *, force: bool = False, url: str | None = None) -> StoreInfo:
    """Return the cached store of this scale, building it first if it is missing.

    Args:
        scale: how big a store.
        force: rebuild the cached SQLite file even if it exists.
        url: build into this database instead (it must be empty); nothing is cached.
    """
    if url is not None:
        return generate_into(url, scale)
    path, info_file = store_path(scale), info_path(scale)
    if not force and path.exists() and info_file.exists():
        return StoreInfo(**json.loads(info_file.read_text()))
    if not force and (migrated := _migrate_older(scale)) is not None:
        return migrated
    for stale in BENCH_DIR.glob(f"store-*-{scale.name}.sqlite3*"):
        stale.unlink()
    started = time.perf_counter()
    rng = random.Random(SEED + len(scale.name))
    _log(
        f"building the {scale.name} store: {scale.messages:,} messages, "
        f"{scale.conversations:,} conversations"
    )
    store = open_store(f"sqlite:///{path}")
    try:
        info = _build(store, scale, rng, str(path))
    finally:
        store.close()
    # One self-contained file: fold the write-ahead log in.
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - started
    info = StoreInfo(**{**asdict(info), "generated_in_s": round(elapsed, 1)})
    info_file.write_text(json.dumps(asdict(info), indent=2))
    _log(f"done in {elapsed:.0f} s: {path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    return info


def _migrate_older(scale: Scale) -> StoreInfo | None:
    """This generator's store of an older schema, migrated to this version's and kept under
    its new name (seconds instead of minutes of building); None when there is none."""
    path, info_file = store_path(scale), info_path(scale)
    older = [
        found
        for found in sorted(BENCH_DIR.glob(f"store-g{GENERATOR_VERSION}-s*-{scale.name}.sqlite3"))
        if found != path and found.with_name(found.name + "-info.json").exists()
    ]
    if not older:
        return None
    source = older[-1]
    started = time.perf_counter()
    shutil.copyfile(source, path)
    open_store(f"sqlite:///{path}").close()  # opening the store migrates it
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    info = json.loads(source.with_name(source.name + "-info.json").read_text())
    info = StoreInfo(**{**info, "path": str(path), "schema": HEAD_REVISION})
    info_file.write_text(json.dumps(asdict(info), indent=2))
    for stale in BENCH_DIR.glob(f"store-*-{scale.name}.sqlite3*"):
        if stale not in (path, info_file):
            stale.unlink()
    _log(f"migrated {source.name} to {path.name} in {time.perf_counter() - started:.0f} s")
    return info


def generate_into(url: str, scale: Scale) -> StoreInfo:
    """Build the store of this scale in the (empty) database at ``url``, then analyse it.

    The same records as the cached SQLite file (same seed), written through the same Store
    calls. On PostgreSQL, ``VACUUM ANALYZE`` follows, as autovacuum would have run on an
    office's database long before anyone searched it: the planner has statistics and the
    visibility map is set.
    """
    from sqlalchemy import make_url

    where = make_url(url).render_as_string(hide_password=True)
    started = time.perf_counter()
    rng = random.Random(SEED + len(scale.name))
    _log(
        f"building the {scale.name} store in {where}: {scale.messages:,} messages, "
        f"{scale.conversations:,} conversations"
    )
    store = open_store(url)
    try:
        info = _build(store, scale, rng, where)
        if store.dialect == "postgresql":
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM ANALYZE"
                )
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    _log(f"done in {elapsed:.0f} s")
    return StoreInfo(**{**asdict(info), "generated_in_s": round(elapsed, 1)})


def _build(store, scale: Scale, rng: random.Random, path: str) -> StoreInfo:
    peers = _numbers(rng, scale.conversations)
    counts = _counts(rng, scale)
    end = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    year = timedelta(days=365).total_seconds()

    # Every message of the year, then stored in time order so ids follow time.
    events: list[tuple[float, int, bool]] = []
    last_ago: list[float] = []  # how long before `end` each conversation's last message was
    for index, count in enumerate(counts):
        if index == 0:  # the big one: all year long, and the newest of all
            span_end, span = 0.0, year
        elif index == 1:  # a short one just below it in the list
            span_end, span = 60.0, 3600.0
        else:
            span_end = rng.random() ** 1.5 * year  # recent activity is more common
            span = min(year - span_end, rng.expovariate(1 / (count * 86400.0)))
        inbound = True
        times = sorted(span_end + rng.random() * span for _ in range(count - 1))
        times.append(span_end)  # the conversation's last message ends its span
        last_ago.append(span_end)
        times.sort(reverse=True)  # seconds before `end`, oldest first
        for ago in times:
            events.append((ago, index, inbound))
            if rng.random() < 0.55:
                inbound = not inbound
    events.sort(key=lambda e: -e[0])
    _log(f"{len(events):,} messages laid out; storing the history")

    for start in range(0, len(events), HISTORY_CHUNK):
        chunk = events[start : start + HISTORY_CHUNK]
        records = []
        for ago, index, inbound in chunk:
            at = end - timedelta(seconds=ago)
            if inbound:
                status, code, reason = MessageStatus.RECEIVED, None, None
            elif rng.random() < 0.02:
                status, code = MessageStatus.FAILED, 30003
                reason = "The recipient's phone was switched off or out of coverage."
            else:
                status, code, reason = MessageStatus.DELIVERED, None, None
            records.append(
                HistoryRecord(
                    peer_number=peers[index],
                    desk_number=DESK_NUMBER,
                    direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
                    body=_body(rng, inbound),
                    created_at=at,
                    status=status,
                    sid=f"SM{rng.getrandbits(128):032x}",
                    error_code=code,
                    error_message=reason,
                )
            )
        store.ingest.history(records, now=end)
        if (start // HISTORY_CHUNK) % 20 == 19:
            _log(f"{start + len(chunk):,} messages stored")

    # Contacts for a third of the numbers (the big and small conversations included).
    drafts = []
    for index in range(0, scale.conversations, 3):
        name = f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"
        drafts.append(ContactDraft(name, (peers[index],), rng.choice(_COMPANIES)))
    store.contacts.import_drafts(drafts, now=end)
    _log(f"{len(drafts):,} contacts imported")

    # The conversations quiet for longest are archived.
    by_age = sorted(range(2, scale.conversations), key=lambda i: last_ago[i])
    archived = 0
    for index in by_age[-scale.archived :]:
        conversation = store.conversations.find(peers[index])
        assert conversation is not None
        store.ownership.set_archived(conversation.id, True, now=end)
        archived += 1

    accounts = Accounts(store)
    user = accounts.create_first_admin(EXTENSION, "Bench Desk", PASSWORD)
    accounts.create_user("102", "Anna Smith", PASSWORD)
    accounts.create_user("103", "Ben Jones", PASSWORD)
    store = store.for_session(user.id)

    # Today: a few dozen recent conversations write again; they are unread for the desk.
    today_senders = rng.sample(by_age[:400], 40)
    today: list[InboundRecord] = []
    now = datetime.now(UTC) - timedelta(minutes=30)
    for n in range(scale.today):
        index = today_senders[n % len(today_senders)]
        today.append(
            InboundRecord(
                sid=f"SM{rng.getrandbits(128):032x}",
                peer_number=peers[index],
                desk_number=DESK_NUMBER,
                body=_body(rng, True),
                created_at=now + timedelta(seconds=n),
            )
        )
    store.ingest.inbound(today)
    # The big conversation is the newest, and unread.
    store.ingest.inbound(
        [
            InboundRecord(
                sid=f"SM{rng.getrandbits(128):032x}",
                peer_number=peers[0],
                desk_number=DESK_NUMBER,
                body="Morning! Any update on the order?",
                created_at=datetime.now(UTC) - timedelta(minutes=1),
            )
        ]
    )
    unread = store.conversations.unread_count()
    ordered = sorted(counts[2:])
    return StoreInfo(
        path=path,
        scale=scale.name,
        conversations=scale.conversations,
        messages=scale.messages + scale.today + 1,
        big_peer=peers[0],
        big_messages=counts[0] + 1,
        small_peer=peers[1],
        small_messages=counts[1],
        contacts=len(drafts),
        archived=archived,
        unread_conversations=unread,
        extension=EXTENSION,
        password=PASSWORD,
        desk_number=DESK_NUMBER,
        generated_in_s=0.0,
        generator_version=GENERATOR_VERSION,
        schema=HEAD_REVISION,
        median_messages=ordered[len(ordered) // 2],
        p99_messages=ordered[int(len(ordered) * 0.99)],
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=sorted(SCALES), default="large")
    parser.add_argument("--force", action="store_true", help="rebuild even if cached")
    parser.add_argument(
        "--database",
        "--url",
        dest="url",
        help="build into this empty database (e.g. postgresql://…) instead of the cache",
    )
    args = parser.parse_args(argv)
    info = generate(SCALES[args.scale], force=args.force, url=args.url)
    print(json.dumps(asdict(info), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
