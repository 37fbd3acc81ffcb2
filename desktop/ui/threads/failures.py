"""The one place that tells a refusal (a sentence for the user) from a bug (logged).

Used by the operations layer (``desktop.ui.threads.operations``) and by the store thread's own
fallback (``desktop.ui.threads.tasks``): whatever fails, the user reads a sentence written for them,
never an exception's own text (which may hold a path, a query or a secret).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from desktop.core.errors import Refusal
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger("smsdesk.ui.failures")

# What the user reads when something failed for a reason nobody foresaw (a bug); marked
# here, translated in ``failure_of`` (the language is installed after imports).
SOMETHING_WENT_WRONG = QT_TRANSLATE_NOOP(
    "Failures",
    "Something went wrong, so this was not done. Try again; if it happens again, send the "
    "log file to whoever looks after SMS Desk (Help → About SMS Desk says where it is).",
)


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an operation failed, as the user is to be told.

    Attributes:
        sentence: what to show (plain text): the refusal's own sentence, or
            ``SOMETHING_WENT_WRONG`` for a bug.
        refusal: the refusal (for callers that offer more, e.g. "Take over?" when a
            colleague owns it); None for the computer's own refusal (a full disk) and for a
            bug, which is logged already.
    """

    sentence: str
    refusal: Refusal | None = None


def failure_of(error: BaseException, what: str) -> Failure:
    """Tell a refusal (its sentence) from a bug (logged with its traceback; a generic sentence).

    Args:
        error: what the operation raised.
        what: the operation in a few words, for the log ("transfer a conversation").
    """
    if isinstance(error, Refusal):
        return Failure(error.sentence, error)
    if isinstance(error, OSError) and error.strerror:
        # The computer's own refusal (a full disk, a folder without write access): the
        # person can act on it, so it is said, without the rest of the exception's text.
        log.warning("could not %s: %s", what, error.strerror)
        if error.filename:
            return Failure(
                translate("Failures", "The computer refused: {reason} ({file}).").format(
                    reason=error.strerror, file=error.filename
                )
            )
        return Failure(
            translate("Failures", "The computer refused: {reason}.").format(reason=error.strerror)
        )
    log.error("could not %s", what, exc_info=error)
    return Failure(translate("Failures", SOMETHING_WENT_WRONG))
