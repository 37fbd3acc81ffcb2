"""Render SMS Desk's icon (resources/icons/smsdesk.svg) into the files desktops and installers use.

The PNGs (the freedesktop hicolor sizes) are drawn by Qt's own SVG renderer offscreen, so they
look exactly like the icon the running app draws; the Windows .ico and macOS .icns are packed
from those PNGs with Pillow when it is installed (``pip install -e '.[package]'``). The output is
committed, so installing SMS Desk never needs this step: run it again (``make icons``) only
after changing the SVG.

    python packaging/make_icons.py [--check]
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "smsdesk.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
ICO = ROOT / "resources" / "icons" / "smsdesk.ico"
ICNS = ROOT / "resources" / "icons" / "smsdesk.icns"

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
"""The hicolor sizes desktops look up (the spec's required 48 plus what menus, docks and
HiDPI panels ask for)."""

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
"""Windows picks from these for the taskbar, Explorer and the title bar (256 is the largest
an .ico holds)."""

ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
"""Every size an .icns holds (1024 is the 512@2x Retina variant, rendered only for it)."""


def png_path(size: int) -> Path:
    """Where the PNG of one size lives, laid out as in ``$XDG_DATA_HOME/icons/hicolor``."""
    return HICOLOR / f"{size}x{size}" / "apps" / "smsdesk.png"


def render_pngs(sizes: tuple[int, ...]) -> dict[int, bytes]:
    """Draw the SVG at each of ``sizes`` with Qt, offscreen (no display needed).

    Returns:
        The PNG file contents, by size.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not an SVG Qt can draw")
    pngs = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # Straight (not premultiplied) alpha is what PNG stores; Qt converts on save.
        image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    del app
    return pngs


def pack_ico_icns(pngs: dict[int, bytes]) -> dict[Path, bytes]:
    """Pack the PNGs into smsdesk.ico and smsdesk.icns, or nothing without Pillow."""
    try:
        from PIL import Image
    except ImportError:
        print(
            "make_icons: Pillow is not installed; .ico and .icns left as they are", file=sys.stderr
        )
        return {}
    # Each size is taken from its own Qt rendering, not scaled down by Pillow: small sizes
    # stay as crisp as the hicolor PNGs.
    ico_images = [Image.open(io.BytesIO(pngs[size])) for size in ICO_SIZES]
    ico = io.BytesIO()
    ico_images[-1].save(
        ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=ico_images[:-1]
    )
    icns = io.BytesIO()
    icns_images = [Image.open(io.BytesIO(pngs[size])) for size in ICNS_SIZES]
    icns_images[-1].save(icns, format="ICNS", append_images=icns_images[:-1])
    return {ICO: ico.getvalue(), ICNS: icns.getvalue()}


def outputs() -> dict[Path, bytes]:
    """Every file this script writes, with its contents."""
    pngs = render_pngs(tuple(sorted({*SIZES, *ICO_SIZES, *ICNS_SIZES})))
    files = {png_path(size): pngs[size] for size in SIZES}
    files.update(pack_ico_icns(pngs))
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing; fail if a committed PNG is missing (after an SVG change, rerun)",
    )
    args = parser.parse_args(argv)
    files = outputs()
    if args.check:
        missing = [str(p.relative_to(ROOT)) for p in files if not p.exists()]
        if missing:
            print("make_icons: missing " + ", ".join(missing), file=sys.stderr)
            return 1
        return 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}  {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
