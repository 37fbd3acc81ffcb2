"""Making and removing administrators, and checking that the signed-in administrator still
is one: the rules the Team dialog relies on, on each database backend."""

from __future__ import annotations

import pytest

from desktop.accounts.staff import (
    Accounts,
    LastAdministrator,
    LastAdministratorRole,
    NoSuchUser,
    NotAdministrator,
)
from desktop.store import Store

PASSWORD = "correct horse 42"


@pytest.fixture
def accounts(store: Store) -> Accounts:
    made = Accounts(store, throttle_base=0.0)
    made.create_first_admin("101", "Anna", PASSWORD)
    made.create_user("102", "Bob", PASSWORD)
    return made


def test_a_colleague_made_administrator_is_one_and_can_be_demoted_again(
    accounts: Accounts,
) -> None:
    accounts.set_admin("102", True)
    assert accounts.get_user("102").is_admin  # type: ignore[union-attr]
    assert accounts.authorize_admin("102", PASSWORD).extension == "102"

    accounts.set_admin("102", False)
    assert not accounts.get_user("102").is_admin  # type: ignore[union-attr]


def test_the_only_enabled_administrator_keeps_the_role_and_the_sentence_says_why(
    accounts: Accounts,
) -> None:
    with pytest.raises(LastAdministratorRole) as refused:
        accounts.set_admin("101", False)

    assert "only enabled administrator" in refused.value.sentence
    assert "Make another colleague an administrator first." in refused.value.sentence
    assert accounts.get_user("101").is_admin  # type: ignore[union-attr]


def test_a_disabled_administrator_does_not_count_as_the_one_left(accounts: Accounts) -> None:
    accounts.set_admin("102", True)
    accounts.set_disabled("102", True)

    with pytest.raises(LastAdministratorRole):
        accounts.set_admin("101", False)
    with pytest.raises(LastAdministrator):
        accounts.set_disabled("101", True)


def test_with_a_second_administrator_the_first_may_step_down(accounts: Accounts) -> None:
    accounts.set_admin("102", True)

    accounts.set_admin("101", False)

    assert [u.extension for u in accounts.list_users() if u.is_admin] == ["102"]


def test_set_admin_on_an_unknown_extension_says_so(accounts: Accounts) -> None:
    with pytest.raises(NoSuchUser, match=r"There is no account with extension 999\."):
        accounts.set_admin("999", True)


def test_confirm_admin_refuses_an_account_demoted_or_disabled_since_it_signed_in(
    accounts: Accounts,
) -> None:
    anna = accounts.get_user("101")
    bob = accounts.get_user("102")
    assert anna is not None
    assert bob is not None
    assert accounts.confirm_admin(anna.id).extension == "101"
    with pytest.raises(NotAdministrator):
        accounts.confirm_admin(bob.id)

    accounts.set_admin("102", True)
    assert accounts.confirm_admin(bob.id).is_admin
    accounts.set_admin("101", False)  # Bob removed Anna's role on another desk
    with pytest.raises(NotAdministrator, match=r"Only an administrator can change accounts\."):
        accounts.confirm_admin(anna.id)
    accounts.set_admin("101", True)
    accounts.set_disabled("101", True)
    with pytest.raises(NotAdministrator):
        accounts.confirm_admin(anna.id)
