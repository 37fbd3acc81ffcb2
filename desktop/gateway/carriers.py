"""The carriers SMS Desk ships with, one line each: its key in the settings and where its
``Carrier`` is defined. Adding a carrier is its module plus one line here.

Nothing is imported here: the settings are checked against these keys before the first window
is painted, and a carrier's module loads when it is first used (``registry.built_in_carriers``).
"""

from __future__ import annotations

#: (key, "module:name" of its Carrier), in the order the settings dialog lists them.
BUILT_IN: tuple[tuple[str, str], ...] = (
    ("demo", "desktop.gateway.demo_carrier:DEMO"),
    ("twilio", "desktop.gateway.twilio_carrier:TWILIO"),
    ("telnyx", "desktop.gateway.telnyx_carrier:TELNYX"),
)

#: Their keys: what the settings' "gateway" may name.
BUILT_IN_KEYS: tuple[str, ...] = tuple(key for key, _where in BUILT_IN)
