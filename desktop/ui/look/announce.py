"""Tell a screen reader something now: an error, or a new message, as an announcement.

One function, so every announcement in the app is made the same way (Qt 6.8's
``QAccessibleAnnouncementEvent``, which the AT-SPI bridge passes on to Orca and others).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Ask assistive technology to speak ``text`` on behalf of ``widget``.

    Args:
        widget: where it comes from (the pop-up, the sign-in form, the conversation).
        text: the whole sentence to speak, plain text.
        assertive: True for errors, which interrupt what is being read; new messages are
            polite and wait their turn.
    """
    if not text:
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    # Does nothing when no assistive technology is listening (QAccessible.isActive()).
    QAccessible.updateAccessibility(event)


def show_problem(label: QLabel, sentence: str) -> None:
    """Show ``sentence`` in ``label`` (an inline error or warning) and announce it, so a
    screen reader hears it at once, not only when the user reaches the label."""
    label.setText(sentence)
    label.show()
    announce(label, sentence, assertive=True)
