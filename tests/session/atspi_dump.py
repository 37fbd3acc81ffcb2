"""Print an application's accessibility tree as a screen reader gets it over AT-SPI.

Run with Debian's python3-pyatspi under /usr/bin/python3 (not the project's venv), inside
``desktop-session --a11y``:  atspi_dump.py PID OUT [WAIT_FOR_NAME]. Writes one line per
shown node, "depth<TAB>role<TAB>name<TAB>description", to OUT once the application with
process id PID is on the bus (and, if given, a node named WAIT_FOR_NAME is in its tree);
exits 1 if that does not happen within 20 s.
"""

import sys
import time

import pyatspi


def rows(node, depth=0):
    try:
        states = node.getState()
        if depth and not states.contains(pyatspi.STATE_SHOWING):
            return
        yield depth, node.getRoleName(), node.name or "", node.description or ""
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is not None:
                yield from rows(child, depth + 1)
    except Exception as error:  # a node that went away while being read
        yield depth, "gone", repr(error), ""


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # noqa: S112 (an application that left the bus while asked)
            continue
    return None


def main():
    pid, out = int(sys.argv[1]), sys.argv[2]
    wanted = sys.argv[3] if len(sys.argv) > 3 else ""
    deadline = time.monotonic() + 20
    found = []
    while time.monotonic() < deadline:
        app = find_app(pid)
        if app is not None:
            found = list(rows(app))
            if not wanted or any(name == wanted for _d, _r, name, _x in found):
                break
        time.sleep(0.2)
    else:
        print(f"no application {pid} with {wanted!r} on the AT-SPI bus", file=sys.stderr)
        with open(out, "w") as f:
            f.writelines(f"{d}\t{r}\t{n}\t{x}\n" for d, r, n, x in found)
        return 1
    with open(out, "w") as f:
        f.writelines(f"{d}\t{r}\t{n}\t{x}\n" for d, r, n, x in found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
