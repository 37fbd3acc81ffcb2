"""SMS Desk: send, receive and manage business SMS from your phone extension."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("smsdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
