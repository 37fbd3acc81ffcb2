"""The bundle's entry point: exactly what the ``smsdesk`` command runs.

``desktop.app.main`` dispatches on its arguments, so ``smsdesk doctor`` and ``smsdesk users …``
work from the bundle as they do from a pip install.
"""

import sys

QT_PROBE = (
    "from PySide6.QtCore import qVersion\nfrom PySide6 import QtGui, QtWidgets\nprint(qVersion())\n"
)
"""desktop.admin.doctor's Qt probe, word for word (tests/unit/test_packaging.py compares them).
A copy, because importing desktop.admin.doctor would load the database layer and phonenumbers
first: the probe would then take a second instead of Qt's start-up time."""


def run_doctor_probe(argv: list[str]) -> int:
    """Run the doctor's Qt probe when the doctor starts this bundle as its Python.

    ``smsdesk doctor`` loads Qt in a child process (``sys.executable -c <probe>``) so that a
    Qt that crashes cannot take the report down with it. In the bundle, sys.executable is
    this program, not a Python interpreter; it answers that one fixed script, nothing else.
    """
    if [arg.strip() for arg in argv] != [QT_PROBE.strip()]:
        print("smsdesk: -c runs only the doctor's Qt check in this build", file=sys.stderr)
        return 2
    exec(compile(QT_PROBE, "<doctor Qt probe>", "exec"), {"__name__": "__main__"})  # noqa: S102
    return 0


if __name__ == "__main__":
    if getattr(sys, "frozen", False) and sys.argv[1:2] == ["-c"]:
        # Decided before importing the app: the probe should cost Qt's start-up, no more.
        sys.exit(run_doctor_probe(sys.argv[2:]))
    from desktop.app import main

    sys.exit(main())
