"""Listen on the AT-SPI bus for announcements, as a screen reader does.

Run with Debian's python3-pyatspi under /usr/bin/python3, inside ``desktop-session --a11y``:
atspi_listen.py OUT TEXT... . Writes "ready" to OUT once listening, then one line per
announcement, "politeness<TAB>text"; exits 0 once an announcement holding each TEXT was heard,
1 if that does not happen within 20 s.
"""

import sys

import pyatspi
from gi.repository import GLib


def main():
    out = open(sys.argv[1], "w")  # noqa: SIM115 (open while the loop runs)
    wanted = set(sys.argv[2:])
    status = [1]

    def heard(event):
        text = str(event.any_data)
        out.write(f"{event.detail1}\t{text}\n")
        out.flush()
        for w in list(wanted):
            if w in text:
                wanted.discard(w)
        if not wanted:
            status[0] = 0
            pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(heard, "object:announcement")
    GLib.timeout_add(20000, lambda: pyatspi.Registry.stop())
    # Registered: what is announced from now on is heard.
    GLib.idle_add(lambda: (out.write("ready\n"), out.flush(), False)[-1])
    pyatspi.Registry.start()
    out.close()
    return status[0]


if __name__ == "__main__":
    sys.exit(main())
