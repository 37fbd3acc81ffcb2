"""``python -m tests.integration.broken_start --home HOME``: SMS Desk's real start-up with a
bug planted where the database layer is set up (``SmsDesk.begin`` raises), to prove that a
bug during start-up still ends in a sentence, not a traceback."""

from __future__ import annotations

import sys

from desktop import app


def planted_bug(_self: object) -> None:
    raise RuntimeError("a planted bug")


def main() -> int:
    from desktop.ui.session.desk import SmsDesk

    SmsDesk.begin = planted_bug  # type: ignore[method-assign,assignment]
    return app.main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
