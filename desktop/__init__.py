"""SMS Desk: send, receive and manage business SMS from your phone extension."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Read from the installed package's metadata when first asked for: importlib.metadata
    # costs a sixth of the time the window takes to appear, so not before it has.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("smsdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
