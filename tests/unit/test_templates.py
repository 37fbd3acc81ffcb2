"""Template variables: filled when known, left (and reported) when not."""

from datetime import date

import pytest

from desktop.core.templates import fill, first_name, matching, unfilled_variables, variable_spans

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("template", "contact", "text", "unfilled"),
    [
        ("Hi {first_name}, it's {my_name}.", "Olivia Bennett", "Hi Olivia, it's Anna.", ()),
        ("Hi {first_name}!", None, "Hi {first_name}!", ("first_name",)),
        ("Your order is ready on {date}.", None, "Your order is ready on 25 November 2026.", ()),
        (
            "Table for {party_size} at {time}",
            "Sam",
            "Table for {party_size} at {time}",
            ("party_size", "time"),
        ),
        ("Braces {} and {Not_A_Var} stay", None, "Braces {} and {Not_A_Var} stay", ()),
        ("{first_name}{first_name}", "Mia Nguyen", "MiaMia", ()),
    ],
)
def test_fill(template, contact, text, unfilled):
    filled = fill(template, contact_name=contact, my_name="Anna Smith", today=TODAY)
    assert filled.text == text
    assert filled.unfilled == unfilled


def test_spans_mark_what_is_left():
    text = "Hi {first_name}, see you {time}"
    assert [text[a:b] for a, b in variable_spans(text)] == ["{first_name}", "{time}"]
    assert unfilled_variables(text) == ("first_name", "time")


def test_first_name():
    assert first_name("Olivia Bennett") == "Olivia"
    assert first_name("Bennett, Olivia") == "Bennett"
    assert first_name(None) == ""


def test_slash_completion_prefers_prefixes():
    templates = [("Order ready", "…"), ("Opening hours", "…"), ("Reorder", "…")]
    assert [n for n, _ in matching(templates, "/ord")] == ["Order ready", "Reorder"]
    assert [n for n, _ in matching(templates, "/")] == ["Order ready", "Opening hours", "Reorder"]
