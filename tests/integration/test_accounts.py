"""Staff accounts on a real SQLite file: the extension rule, scrypt hashes, the first admin,
signing in, and the slow-down of wrong sign-ins that survives a restart."""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import alembic.command
import pytest
from sqlalchemy import create_engine, event, inspect, text

import desktop.accounts.passwords
import desktop.accounts.staff
from desktop.accounts.staff import (
    MIN_PASSWORD_LENGTH,
    OWASP_SCRYPT_COST,
    AccountDisabled,
    AccountError,
    Accounts,
    ExtensionRule,
    ExtensionTaken,
    LastAdministrator,
    NoSuchUser,
    NotAnExtension,
    ScryptCost,
    User,
    WeakPassword,
    WrongCredentials,
    hash_password,
    verify_password,
)
from desktop.store import InboundRecord, Store, open_store
from desktop.store.migrate import alembic_config

# The shared ``store`` fixture on a SQLite file (``db_path``: some tests look at it directly).
pytestmark = pytest.mark.sqlite_only

PASSWORD = "correct horse 42"
WRONG = "not my password"
T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

EMAIL_SENTENCE = "Sign in with your phone extension (for example 101), not your email address"
EMPTY_SENTENCE = "Enter your phone extension, for example 101."
DIGITS_SENTENCE = "An extension is 2 to 8 digits, for example 101."


class FakeTime:
    """A clock and a sleep for Accounts: sleeping records the seconds and, unless frozen,
    moves the clock on by them."""

    def __init__(self, *, advance_on_sleep: bool = True) -> None:
        self.now = T0
        self.sleeps: list[float] = []
        self.advance_on_sleep = advance_on_sleep

    def clock(self) -> datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if self.advance_on_sleep:
            self.advance(seconds)

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture
def fake() -> FakeTime:
    return FakeTime()


def make_accounts(store: Store, fake: FakeTime, **options: object) -> Accounts:
    settings: dict[str, object] = {"throttle_base": 1.0, "throttle_cap": 30.0, **options}
    return Accounts(store, clock=fake.clock, sleep=fake.sleep, **settings)  # type: ignore[arg-type]


@pytest.fixture
def accounts(store: Store, fake: FakeTime) -> Accounts:
    return make_accounts(store, fake)


@pytest.fixture
def anna(accounts: Accounts) -> User:
    return accounts.create_user("101", "Anna", PASSWORD)


def stored_hash(store: Store, extension: str) -> str:
    with store.engine.connect() as conn:
        return str(
            conn.execute(
                text("SELECT password_hash FROM users WHERE extension = :e"), {"e": extension}
            ).scalar_one()
        )


def wrong_sign_in(accounts: Accounts, extension: str = "101", password: str = WRONG) -> str:
    with pytest.raises(WrongCredentials) as raised:
        accounts.sign_in(extension, password)
    return str(raised.value)


# -- the extension rule ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("anna@union.org", EMAIL_SENTENCE),
        ("  101@union.org ", EMAIL_SENTENCE),
        ("@", EMAIL_SENTENCE),
        ("", EMPTY_SENTENCE),
        ("   ", EMPTY_SENTENCE),
        ("1", DIGITS_SENTENCE),
        ("123456789", DIGITS_SENTENCE),
        ("10a", DIGITS_SENTENCE),
        ("+101", DIGITS_SENTENCE),
        ("10 1", DIGITS_SENTENCE),
        ("\u0661\u0660\u0661", DIGITS_SENTENCE),  # Arabic-Indic digits: isdigit() says yes
        ("\u00b9\u00b2", DIGITS_SENTENCE),  # superscripts
    ],
)
def test_extension_rule_explains_what_is_not_an_extension(typed: str, sentence: str) -> None:
    with pytest.raises(NotAnExtension) as raised:
        ExtensionRule().check(typed)
    assert str(raised.value) == sentence


@pytest.mark.parametrize(
    ("typed", "extension"),
    [(" 101 ", "101"), ("12", "12"), ("12345678", "12345678"), ("\t007\n", "007")],
)
def test_extension_rule_returns_the_stripped_extension(typed: str, extension: str) -> None:
    assert ExtensionRule().check(typed) == extension


def test_extension_rule_uses_the_configured_number_of_digits() -> None:
    rule = ExtensionRule(min_digits=3, max_digits=4)

    assert rule.check("123") == "123"
    assert rule.check("1234") == "1234"
    for typed in ("12", "12345"):
        with pytest.raises(NotAnExtension) as raised:
            rule.check(typed)
        assert str(raised.value) == "An extension is 3 to 4 digits, for example 101."


def test_extension_rule_example_always_fits_the_rule() -> None:
    rule = ExtensionRule(min_digits=4, max_digits=4)

    with pytest.raises(NotAnExtension) as raised:
        rule.check("101")

    assert str(raised.value) == "An extension is 4 digits, for example 1001."
    assert rule.check(rule.example) == "1001"


@pytest.mark.parametrize(("low", "high"), [(0, 4), (5, 3), (2, 16)])
def test_extension_rule_refuses_impossible_limits(low: int, high: int) -> None:
    with pytest.raises(ValueError, match="extension digits"):
        ExtensionRule(low, high)


# -- password hashes ---------------------------------------------------------------------


def test_new_hashes_are_scrypt_at_owasps_minimum_with_their_parameters(
    real_scrypt_cost: None,
) -> None:
    encoded = hash_password(PASSWORD)

    # N=2^17, r=8, p=1: OWASP's minimum for scrypt.
    match = re.fullmatch(r"scrypt\$131072\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)", encoded)
    assert match, encoded
    salt, digest = (base64.b64decode(part) for part in match.groups())
    assert len(salt) == 16
    assert digest == hashlib.scrypt(
        PASSWORD.encode(), salt=salt, n=2**17, r=8, p=1, dklen=32, maxmem=256 * 1024 * 1024
    )
    assert ScryptCost(n=2**17, r=8, p=1) == OWASP_SCRYPT_COST


def test_accounts_hash_new_passwords_at_owasps_minimum_by_default(
    real_scrypt_cost: None, store: Store
) -> None:
    accounts = Accounts(store)
    accounts.create_user("101", "Anna", PASSWORD)

    assert accounts.cost == ScryptCost(n=2**17, r=8, p=1)
    assert stored_hash(store, "101").startswith("scrypt$131072$8$1$")


def test_an_old_2_14_hash_is_upgraded_at_the_next_sign_in(store: Store) -> None:
    # What SMS Desk stored before: N=2^14. (The cost is given explicitly, so this test is
    # not slowed down by the suite's cheaper default.)
    old = ScryptCost(n=2**14, r=8, p=1)
    strong = ScryptCost(n=2**15, r=8, p=1)
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO users (extension, display_name, password_hash, is_admin,"
                " created_at, read_baseline_id) VALUES ('101', 'Anna', :hash, 0,"
                " '2026-01-01 00:00:00', 0)"
            ),
            {"hash": hash_password(PASSWORD, old)},
        )
    accounts = Accounts(store, cost=strong, throttle_base=0)

    assert accounts.sign_in("101", PASSWORD).extension == "101"

    upgraded = stored_hash(store, "101")
    assert upgraded.startswith("scrypt$32768$8$1$")
    assert verify_password(PASSWORD, upgraded)
    assert accounts.sign_in("101", PASSWORD).extension == "101"
    assert stored_hash(store, "101") == upgraded  # once only
    # A wrong password changes nothing; a dearer hash is never weakened.
    wrong_sign_in(accounts, "101")
    assert stored_hash(store, "101") == upgraded
    Accounts(store, cost=old, throttle_base=0).sign_in("101", PASSWORD)
    assert stored_hash(store, "101") == upgraded


def test_verify_accepts_the_right_password_only() -> None:
    encoded = hash_password(PASSWORD)

    assert verify_password(PASSWORD, encoded)
    assert not verify_password(WRONG, encoded)
    assert not verify_password(PASSWORD + " ", encoded)
    assert not verify_password("", encoded)


def test_two_hashes_of_one_password_differ_and_both_verify() -> None:
    first, second = hash_password(PASSWORD), hash_password(PASSWORD)

    assert first != second
    assert first.split("$")[4] != second.split("$")[4]  # the salts
    assert verify_password(PASSWORD, first)
    assert verify_password(PASSWORD, second)


def test_non_ascii_passwords_hash_and_verify() -> None:
    encoded = hash_password("pässwörd-密码-\U0001f511")

    assert verify_password("pässwörd-密码-\U0001f511", encoded)
    assert not verify_password("passwort-密码-\U0001f511", encoded)


def _tampered(encoded: str, index: int, value: str) -> str:
    parts = encoded.split("$")
    parts[index] = value
    return "$".join(parts)


def test_malformed_hashes_do_not_verify_and_do_not_raise() -> None:
    good = hash_password(PASSWORD)
    digest = base64.b64decode(good.split("$")[5])
    flipped = base64.b64encode(bytes([digest[0] ^ 1]) + digest[1:]).decode()
    malformed = [
        "",
        PASSWORD,
        "scrypt",
        good[:-6],
        good + "$",
        "bcrypt" + good[6:],
        _tampered(good, 1, "16385"),  # not a power of two
        _tampered(good, 1, "99999999"),  # would take gigabytes
        _tampered(good, 2, "0"),
        _tampered(good, 4, "!!notbase64!!"),
        _tampered(good, 5, "QUJD"),  # a 3-byte digest
        _tampered(good, 5, flipped),  # right shape, wrong digest
    ]
    for encoded in malformed:
        assert verify_password(PASSWORD, encoded) is False, encoded


# -- creating accounts -------------------------------------------------------------------


def test_first_admin_is_created_only_while_there_are_no_accounts(accounts: Accounts) -> None:
    assert not accounts.has_users()

    admin = accounts.create_first_admin(" 101 ", "  Anna Smith ", PASSWORD)

    assert admin.extension == "101"
    assert admin.display_name == "Anna Smith"
    assert admin.is_admin
    assert admin.created_at == T0
    assert admin.last_sign_in_at is None
    assert not admin.disabled
    assert admin.label == "Anna Smith (101)"
    assert accounts.has_users()
    with pytest.raises(AccountError) as raised:
        accounts.create_first_admin("102", "Bob", PASSWORD)
    assert str(raised.value) == "An account already exists; sign in with it."
    assert [u.extension for u in accounts.list_users()] == ["101"]
    assert accounts.sign_in("101", PASSWORD).id == admin.id


def test_new_accounts_count_the_history_before_them_as_read(store: Store, db_path: Path) -> None:
    accounts = Accounts(store, throttle_base=0)
    admin = accounts.create_first_admin("101", "Anna", PASSWORD)  # before any message
    store.ingest.inbound(
        [InboundRecord(f"SM{i}", "+14155550134", "+15550000000", "hi", T0) for i in range(3)]
    )

    newcomer = accounts.create_user("102", "Ben", PASSWORD)

    engine = create_engine(sqlite_url(db_path))
    with engine.connect() as conn:
        baselines = dict(conn.execute(text("SELECT extension, read_baseline_id FROM users")).all())
    engine.dispose()
    assert baselines == {"101": 0, "102": 3}
    store = store.for_session(newcomer.id)
    assert store.conversations.unread_count() == 0
    store = store.for_session(admin.id)
    assert store.conversations.unread_count() == 1


def test_user_id_is_the_models_type() -> None:
    from desktop.core.models import UserId

    assert desktop.accounts.staff.UserId is UserId


def test_first_admin_is_refused_once_any_account_exists(accounts: Accounts) -> None:
    accounts.create_user("200", "Not an admin", PASSWORD)

    with pytest.raises(AccountError, match="already exists"):
        accounts.create_first_admin("101", "Anna", PASSWORD)


def test_two_first_admins_at_the_same_moment_exactly_one_wins(tmp_path: Path) -> None:
    for round_number in range(5):
        url = sqlite_url(tmp_path / f"race{round_number}.sqlite3")
        stores = [open_store(url), open_store(url)]  # two copies of the app
        barrier = threading.Barrier(2)
        results: list[object] = []

        def race(
            store: Store,
            extension: str,
            barrier: threading.Barrier = barrier,
            results: list[object] = results,
        ) -> None:
            accounts = Accounts(store)
            barrier.wait()
            try:
                results.append(accounts.create_first_admin(extension, "Admin", PASSWORD))
            except AccountError as err:
                results.append(err)

        threads = [threading.Thread(target=race, args=(stores[i], f"10{i}")) for i in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        try:
            assert len(results) == 2
            assert sum(isinstance(r, User) for r in results) == 1, results
            assert sum(isinstance(r, AccountError) for r in results) == 1, results
            assert len(Accounts(stores[0]).list_users()) == 1
        finally:
            for store in stores:
                store.close()


def test_an_extension_has_one_account(accounts: Accounts, anna: User) -> None:
    for extension in ("101", " 101 "):
        with pytest.raises(ExtensionTaken) as raised:
            accounts.create_user(extension, "Someone else", PASSWORD)
        assert str(raised.value) == "Extension 101 already has an account."
    assert accounts.list_users() == [anna]


def test_a_short_password_is_refused_and_nothing_is_created(accounts: Accounts) -> None:
    short = "x" * (MIN_PASSWORD_LENGTH - 1)

    with pytest.raises(WeakPassword) as raised:
        accounts.create_user("101", "Anna", short)

    assert str(raised.value) == "Choose a password of at least 8 characters."
    assert not accounts.has_users()
    with pytest.raises(WeakPassword):
        accounts.create_first_admin("101", "Anna", short)
    assert accounts.create_user("101", "Anna", "x" * MIN_PASSWORD_LENGTH).extension == "101"


@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("", "Enter a name for the account, for example Anna."),
        ("   ", "Enter a name for the account, for example Anna."),
        ("A" * 101, "A name can be at most 100 characters long; this one has 101."),
        ("Anna\nSmith", "A name cannot contain line breaks or other control characters."),
    ],
)
def test_unacceptable_display_names_are_refused(
    accounts: Accounts, name: str, sentence: str
) -> None:
    with pytest.raises(AccountError) as raised:
        accounts.create_user("101", name, PASSWORD)

    assert str(raised.value) == sentence
    assert not accounts.has_users()


def test_display_name_of_100_characters_is_kept_stripped(accounts: Accounts) -> None:
    user = accounts.create_user("101", "  " + "A" * 100 + " ", PASSWORD)

    assert user.display_name == "A" * 100
    assert accounts.get_user("101") == user


def test_create_user_checks_the_extension_with_the_rule(store: Store, fake: FakeTime) -> None:
    accounts = make_accounts(store, fake, rule=ExtensionRule(3, 4))

    with pytest.raises(NotAnExtension, match="3 to 4 digits"):
        accounts.create_user("12", "Anna", PASSWORD)
    with pytest.raises(NotAnExtension, match="email"):
        accounts.create_user("anna@union.org", "Anna", PASSWORD)


def test_accounts_are_listed_in_extension_order(accounts: Accounts) -> None:
    for extension in ("1001", "102", "20", "101"):
        accounts.create_user(extension, f"Person {extension}", PASSWORD, is_admin=False)

    assert [u.extension for u in accounts.list_users()] == ["20", "101", "102", "1001"]
    assert accounts.get_user("999") is None


# -- signing in --------------------------------------------------------------------------


def test_right_password_signs_in_records_the_time_and_clears_failures(
    accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    wrong_sign_in(accounts)
    wrong_sign_in(accounts)
    fake.advance(60)

    user = accounts.sign_in(" 101 ", PASSWORD)

    assert user.id == anna.id
    assert user.last_sign_in_at == fake.now
    assert accounts.get_user("101").last_sign_in_at == fake.now  # type: ignore[union-attr]
    assert fake.sleeps == [1.0, 2.0]  # nothing waited for the right password
    assert accounts.throttle_delay("101") == 1.0  # the count starts again
    wrong_sign_in(accounts)
    assert fake.sleeps[-1] == 1.0


def test_wrong_passwords_are_answered_ever_more_slowly(
    accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    messages = [wrong_sign_in(accounts) for _ in range(3)]

    assert messages == ["Extension or password is wrong"] * 3
    assert fake.sleeps == [1.0, 2.0, 4.0]


def test_the_slow_down_is_capped(store: Store, fake: FakeTime) -> None:
    accounts = make_accounts(store, fake, throttle_base=0.5, throttle_cap=3.0)
    accounts.create_user("101", "Anna", PASSWORD)

    for _ in range(7):
        wrong_sign_in(accounts)

    assert fake.sleeps == [0.5, 1.0, 2.0, 3.0, 3.0, 3.0, 3.0]


def test_many_failures_do_not_overflow_the_delay(
    store: Store, accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO sign_in_failures VALUES ('101', 5000, '2026-01-01 00:00:00')")
        )

    wrong_sign_in(accounts)

    assert fake.sleeps == [30.0]


def test_unknown_extension_is_answered_like_a_wrong_password(
    accounts: Accounts, anna: User, fake: FakeTime, monkeypatch: pytest.MonkeyPatch
) -> None:
    scrypt_calls: list[int] = []
    real_scrypt = desktop.accounts.passwords._scrypt

    def counting_scrypt(*args: object) -> bytes:
        scrypt_calls.append(1)
        return real_scrypt(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(desktop.accounts.passwords, "_scrypt", counting_scrypt)

    known = [wrong_sign_in(accounts, "101") for _ in range(3)]
    known_sleeps, known_scrypts = list(fake.sleeps), len(scrypt_calls)
    fake.sleeps.clear()
    scrypt_calls.clear()
    unknown = [wrong_sign_in(accounts, "555", WRONG) for _ in range(3)]

    assert unknown == known
    assert fake.sleeps == known_sleeps == [1.0, 2.0, 4.0]
    assert len(scrypt_calls) == known_scrypts == 3  # the same hashing work each time
    assert accounts.throttle_delay("555") == accounts.throttle_delay("101") == 8.0


def test_failures_are_counted_per_extension(accounts: Accounts, anna: User, fake: FakeTime) -> None:
    wrong_sign_in(accounts, "101")
    wrong_sign_in(accounts, "101")
    wrong_sign_in(accounts, "102")

    assert fake.sleeps == [1.0, 2.0, 1.0]


def test_the_count_survives_a_restart(db_path: Path, fake: FakeTime) -> None:
    with open_store(sqlite_url(db_path)) as first_run:
        accounts = make_accounts(first_run, fake)
        accounts.create_user("101", "Anna", PASSWORD)
        wrong_sign_in(accounts)
        wrong_sign_in(accounts)

    with open_store(sqlite_url(db_path)) as second_run:
        restarted = make_accounts(second_run, fake)
        assert restarted.throttle_delay("101") == 4.0
        wrong_sign_in(restarted)

    assert fake.sleeps == [1.0, 2.0, 4.0]


def test_an_attempt_before_the_delay_ran_out_waits_the_rest(store: Store, anna: User) -> None:
    frozen = FakeTime(advance_on_sleep=False)
    accounts = make_accounts(store, frozen)
    wrong_sign_in(accounts)  # delay 1 s from T0
    frozen.advance(0.25)

    wrong_sign_in(accounts)  # another window, another copy of the app: same extension

    assert frozen.sleeps == [1.0, 0.75, 2.0]
    frozen.advance(0.5)
    assert accounts.sign_in("101", PASSWORD).extension == "101"  # right, but waits first
    # The second attempt's turn was at T0+1 (it waited for it): its 2 s run from there.
    assert frozen.sleeps == [1.0, 0.75, 2.0, 2.25]


def test_a_clock_set_back_never_waits_longer_than_the_delay(store: Store, anna: User) -> None:
    frozen = FakeTime(advance_on_sleep=False)
    accounts = make_accounts(store, frozen)
    wrong_sign_in(accounts)
    frozen.advance(-3600)

    wrong_sign_in(accounts)

    assert frozen.sleeps == [1.0, 1.0, 2.0]


def test_throttle_delay_reports_the_next_delay(store: Store, anna: User) -> None:
    frozen = FakeTime(advance_on_sleep=False)
    accounts = make_accounts(store, frozen)
    assert accounts.throttle_delay("101") == 1.0
    assert accounts.throttle_delay("anna@union.org") == 1.0  # nothing is ever recorded for it

    wrong_sign_in(accounts)
    assert accounts.throttle_delay(" 101 ") == 1.0 + 2.0  # the rest of this one, then the next
    frozen.advance(0.4)
    assert accounts.throttle_delay("101") == pytest.approx(0.6 + 2.0)
    frozen.advance(10)
    assert accounts.throttle_delay("101") == 2.0
    wrong_sign_in(accounts)
    frozen.advance(10)
    assert accounts.throttle_delay("101") == 4.0


def test_not_an_extension_is_refused_at_once_without_the_database(
    store: Store, accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    statements: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        with pytest.raises(NotAnExtension) as raised:
            accounts.sign_in("anna@union.org", PASSWORD)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)

    assert str(raised.value) == EMAIL_SENTENCE
    assert statements == []
    assert fake.sleeps == []
    assert accounts.throttle_delay("anna@union.org") == 1.0


def test_disabled_account_with_the_right_password_is_told_so(
    accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    accounts.set_disabled("101")

    with pytest.raises(AccountDisabled) as raised:
        accounts.sign_in("101", PASSWORD)

    assert str(raised.value) == "This account is disabled. Ask your administrator to enable it."
    assert fake.sleeps == []
    assert accounts.throttle_delay("101") == 1.0  # no failure recorded
    assert accounts.get_user("101").disabled  # type: ignore[union-attr]
    # Without the password nobody learns that the account is disabled.
    assert wrong_sign_in(accounts) == "Extension or password is wrong"
    accounts.set_disabled("101", False)
    fake.advance(5)
    assert not accounts.sign_in("101", PASSWORD).disabled


def test_disabling_twice_keeps_the_account_disabled(accounts: Accounts, anna: User) -> None:
    accounts.set_disabled("101")
    accounts.set_disabled("101", disabled=True)

    assert accounts.get_user("101").disabled  # type: ignore[union-attr]
    with pytest.raises(NoSuchUser) as raised:
        accounts.set_disabled("555")
    assert str(raised.value) == "There is no account with extension 555."


def test_the_only_enabled_administrator_cannot_be_disabled(accounts: Accounts) -> None:
    accounts.create_user("100", "Boss", PASSWORD, is_admin=True)
    accounts.create_user("101", "Anna", PASSWORD)

    with pytest.raises(LastAdministrator) as raised:
        accounts.set_disabled("100")
    assert str(raised.value).startswith("This is the only enabled administrator")
    assert not accounts.get_user("100").disabled  # type: ignore[union-attr]

    accounts.set_disabled("101")  # a colleague who is no administrator still can be
    accounts.create_user("102", "Ben", PASSWORD, is_admin=True)
    accounts.set_disabled("100")  # another enabled administrator remains
    with pytest.raises(LastAdministrator):
        accounts.set_disabled("102")
    accounts.set_disabled("100", False)
    accounts.set_disabled("102")


def test_a_corrupt_stored_hash_refuses_sign_in_like_a_wrong_password(
    store: Store, accounts: Accounts, anna: User
) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE users SET password_hash = 'garbage'"))

    assert wrong_sign_in(accounts, "101", PASSWORD) == "Extension or password is wrong"


def test_new_password_replaces_the_old_and_clears_failures(
    accounts: Accounts, anna: User, fake: FakeTime
) -> None:
    wrong_sign_in(accounts)
    wrong_sign_in(accounts)

    accounts.set_password("101", "a brand new one")

    assert accounts.throttle_delay("101") == 1.0
    assert accounts.sign_in("101", "a brand new one").extension == "101"
    wrong_sign_in(accounts, "101", PASSWORD)
    with pytest.raises(WeakPassword):
        accounts.set_password("101", "short")
    with pytest.raises(NoSuchUser):
        accounts.set_password("555", "long enough password")


def test_passwords_appear_in_no_error_and_no_log(
    accounts: Accounts, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    secret = "Sup3r-Secret-Passw0rd"
    accounts.create_first_admin("101", "Anna", secret)
    errors: list[BaseException] = []
    for attempt in (
        lambda: accounts.sign_in("101", secret + "x"),
        lambda: accounts.sign_in("555", secret),
        lambda: accounts.create_user("101", "Anna", secret),
        lambda: accounts.create_user("102", "Bob", secret[:5]),
        lambda: accounts.create_first_admin("103", "Cid", secret),
    ):
        with pytest.raises(AccountError) as raised:
            attempt()
        errors.append(raised.value)
    accounts.create_user("104", "Dee", "another password", is_admin=True)
    accounts.set_disabled("101")
    with pytest.raises(AccountDisabled) as disabled:
        accounts.sign_in("101", secret)
    errors.append(disabled.value)

    for error in errors:
        chain = [error, error.__cause__, error.__context__]
        text_of_chain = " ".join(f"{e} {e!r}" for e in chain if e is not None)
        assert secret not in text_of_chain
        assert secret[:5] not in text_of_chain
        assert "scrypt$" not in text_of_chain  # nor the hash
    assert secret not in caplog.text
    assert "Wrong extension or password for 101" in caplog.text


def test_wrong_sign_ins_take_longer_each_time_in_real_time(store: Store, anna: User) -> None:
    accounts = Accounts(store, throttle_base=0.05, throttle_cap=1.0)
    durations = []
    for _ in range(3):
        started = time.monotonic()
        wrong_sign_in(accounts)
        durations.append(time.monotonic() - started)

    # Lower bounds only: each answer waits at least its delay, however loaded the machine
    # (the exact delays are checked with a recording sleep elsewhere).
    assert durations[0] >= 0.05
    assert durations[1] >= 0.10
    assert durations[2] >= 0.20


def test_invalid_throttle_settings_are_refused(store: Store) -> None:
    for options in ({"throttle_base": -1.0}, {"throttle_cap": float("nan")}):
        with pytest.raises(ValueError, match="throttle"):
            Accounts(store, **options)  # type: ignore[arg-type]


# -- the migration -----------------------------------------------------------------------


def test_upgrading_from_0001_adds_accounts_and_keeps_messages(db_path: Path) -> None:
    alembic.command.upgrade(alembic_config(url=sqlite_url(db_path)), "0001")
    engine = create_engine(sqlite_url(db_path))
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO conversations (peer_number, created_at, last_activity_at)"
                " VALUES ('+12025550100', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )

    with open_store(sqlite_url(db_path)) as store:
        assert store.conversations.find("+12025550100") is not None
        accounts = Accounts(store)
        accounts.create_first_admin("101", "Anna", PASSWORD)
        assert accounts.has_users()

    alembic.command.downgrade(alembic_config(url=sqlite_url(db_path)), "0001")
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        assert conn.execute(text("SELECT count(*) FROM conversations")).scalar() == 1
    engine.dispose()
    assert "users" not in tables
    assert "sign_in_failures" not in tables
    assert "conversations" in tables
