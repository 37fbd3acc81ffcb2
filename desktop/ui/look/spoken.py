"""What a screen reader gets from a status label: its visible words, always in step.

A ``QLabel`` with no accessible name of its own is read by its text, and Qt tells assistive
technology each time that text changes (``QLabel.setText`` raises NameChanged while the
name is empty). A fixed name ("Owner", "Message length") hides the words the label shows,
so status labels, counters, banners and errors leave the name empty and say what kind of
thing they are in the accessible description instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def status_label(label: QLabel, what: str) -> QLabel:
    """Make ``label`` read as the words it shows, with ``what`` it is as its description.

    Args:
        label: a label whose text changes (a status, counter, banner or error).
        what: what kind of text it is ("Owner", "Message length", "Sign-in problem").

    Returns:
        ``label``, for use where it is built.
    """
    label.setAccessibleName("")
    label.setAccessibleDescription(what)
    return label
