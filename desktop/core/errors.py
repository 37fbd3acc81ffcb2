"""Refusals: the errors a person can act on, each carrying the sentence they are shown.

Anything raised towards the UI that is not a ``Refusal`` is a bug: the operations layer
(``desktop.ui.threads.operations``) logs it with its traceback and shows a generic sentence, never
the exception's own text (which may hold a path, a query or a secret).
"""

from __future__ import annotations


class Refusal(Exception):
    """Something the user asked for cannot be done; ``sentence`` says why, for them.

    Subclasses are raised with their sentence as the first argument (``str(refusal)`` is
    the same sentence), so they read well in logs and tests too.
    """

    @property
    def sentence(self) -> str:
        """The sentence the user is shown, as written (plain text)."""
        return str(self)
