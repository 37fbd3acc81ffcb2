"""The Windows version resource of smsdesk.exe (Explorer's Properties > Details), from the
package version, so it never disagrees with ``smsdesk --version``."""

from __future__ import annotations

import re


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """The four numbers Windows wants: "0.1.0" -> (0, 1, 0, 0); "1.2rc1" -> (1, 2, 0, 0).

    Only the release part counts (pre-release and local labels have no place in the four
    numbers); missing numbers are 0.
    """
    release = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in release.group().split(".")] if release else []
    a, b, c, d = (*numbers, 0, 0, 0, 0)[:4]
    return a, b, c, d


def windows_version_info(version: str, *, exe_name: str) -> object:
    """Build PyInstaller's ``VSVersionInfo`` for one executable.

    Args:
        version: the package version, e.g. "0.1.0".
        exe_name: the executable's file name, e.g. "smsdesk.exe".

    Returns:
        A ``PyInstaller.utils.win32.versioninfo.VSVersionInfo`` for ``EXE(version=...)``.
    """
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = version_tuple(version)
    strings = {
        "CompanyName": "SMS Desk developers",
        "FileDescription": "SMS Desk",
        "FileVersion": version,
        "InternalName": exe_name.removesuffix(".exe"),
        "LegalCopyright": "SMS Desk developers, MIT licence",
        "OriginalFilename": exe_name,
        "ProductName": "SMS Desk",
        "ProductVersion": version,
    }
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            # 040904B0: U.S. English, Unicode code page (1200 = 0x04B0).
            StringFileInfo(
                [StringTable("040904B0", [StringStruct(k, v) for k, v in strings.items()])]
            ),
            VarFileInfo([VarStruct("Translation", [0x0409, 1200])]),
        ],
    )
