"""Opt-out keywords: exactly one keyword, any case, whitespace ignored."""

import pytest

from desktop.core.optouts import OptOutAction, opt_out_action

STOP, START = OptOutAction.STOP, OptOutAction.START


@pytest.mark.parametrize(
    ("body", "action"),
    [
        ("STOP", STOP),
        ("stop", STOP),
        ("  Stop \n", STOP),
        ("StopAll", STOP),
        ("unsubscribe", STOP),
        ("CANCEL", STOP),
        ("end", STOP),
        ("Quit", STOP),
        ("REVOKE", STOP),
        ("optout", STOP),
        ("\tSTOP\t", STOP),
        ("START", START),
        ("unstop", START),
        ("yes", START),
        (" Yes ", START),
        ("stop please", None),
        ("please stop", None),
        ("STOP!", None),
        ("stopp", None),
        ("opt out", None),
        ("", None),
        ("   ", None),
        ("Yes, 4 pm is fine", None),
        ("\uff33\uff34\uff2f\uff30", None),  # full-width letters are not the keyword
        ("don't stop", None),
    ],
)
def test_keywords(body, action):
    assert opt_out_action(body) is action
