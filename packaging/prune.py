"""Drop the Qt files SMS Desk never loads from a PyInstaller analysis, and what only they needed.

PyInstaller's Qt hooks collect every plugin of a kind (all platforms, every image format, the
GTK theme...) and, before the spec sees the list, every shared library those plugins link
against (GTK 3, cairo, pango for the GTK theme). Removing a plugin from the list is not
enough: its libraries would stay. So this walks the link-time dependencies: a library goes
only when a dropped plugin needed it and nothing that stays does. Used by smsdesk.spec.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable

from PyInstaller.depend import bindepend

Entry = tuple  # PyInstaller's TOC entry: (dest_name, src_name, typecode)


def _closure(
    roots: Iterable[Entry],
    by_soname: dict[str, list[Entry]],
    cache: dict[str, list[Entry]],
) -> set[str]:
    """The destinations of ``roots`` and of every collected library they load, recursively."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        entry = todo.pop()
        if entry[0] in seen:
            continue
        seen.add(entry[0])
        src = entry[1]
        if src not in cache:
            # Libraries are collected under the name the loader asks for (their soname), so
            # a DT_NEEDED / import name finds its entry in the list.
            names = {
                os.path.basename(name)
                for name, _ in bindepend.get_imports(src, [os.path.dirname(src)])
            }
            cache[src] = [dep for name in names for dep in by_soname.get(name, [])]
        todo.extend(dep for dep in cache[src] if dep[0] not in seen)
    return seen


def prune(
    binaries: list[Entry], datas: list[Entry], keep: Callable[[str], bool]
) -> tuple[list[Entry], list[Entry], list[str]]:
    """Remove the entries ``keep`` rejects, then the libraries only they linked against.

    Args:
        binaries: the analysis' binaries (files, and symbolic links to them).
        datas: the analysis' data files.
        keep: says whether a file, by its destination in the bundle, is wanted.

    Returns:
        The binaries and data files that stay, and the destinations of the libraries removed
        because only rejected files needed them.
    """
    files = [entry for entry in binaries if entry[2] != "SYMLINK"]
    by_soname: dict[str, list[Entry]] = {}
    for entry in files:
        by_soname.setdefault(os.path.basename(entry[0]), []).append(entry)
    cache: dict[str, list[Entry]] = {}

    rejected = [entry for entry in files if not keep(entry[0])]
    wanted = [entry for entry in files if keep(entry[0])]
    candidates = _closure(rejected, by_soname, cache) - {entry[0] for entry in rejected}
    needed = _closure([e for e in wanted if e[0] not in candidates], by_soname, cache)
    orphans = candidates - needed
    present = {os.path.normpath(entry[0]) for entry in wanted if entry[0] not in orphans}

    def stays(entry: Entry) -> bool:
        if entry[2] == "SYMLINK":
            # PyInstaller links top-level sonames to PySide6/Qt/lib/... (it keeps these links
            # in both lists); a link goes with its target.
            target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1]))
            return keep(entry[0]) and target in present
        return keep(entry[0]) and entry[0] not in orphans

    return (
        [entry for entry in binaries if stays(entry)],
        [entry for entry in datas if stays(entry)],
        sorted(orphans),
    )
