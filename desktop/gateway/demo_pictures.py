"""Pictures the demo contacts send: small PNG files drawn in pure Python (no Qt, no files)."""

from __future__ import annotations

import functools
import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def encode_png(width: int, height: int, pixels: bytes) -> bytes:
    """Encode RGB ``pixels`` (row by row, 3 bytes each) as a PNG file."""
    stride = width * 3
    raw = b"".join(b"\x00" + pixels[y * stride : (y + 1) * stride] for y in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 6))
        + _chunk(b"IEND", b"")
    )


@functools.lru_cache(maxsize=2)
def landscape_png(width: int = 360, height: int = 240) -> bytes:
    """A sunny landscape: a sky fading to light, a sun and two green hills."""
    rows = []
    sun_x, sun_y, sun_r = width * 0.72, height * 0.3, height * 0.12
    for y in range(height):
        row = bytearray()
        t = y / height
        sky = (int(70 + 120 * t), int(140 + 80 * t), int(220 + 30 * t))
        for x in range(width):
            far = height * 0.6 - 28 * _wave(x / width * 3.1)
            near = height * 0.78 - 22 * _wave(x / width * 4.7 + 1.3)
            if (x - sun_x) ** 2 + (y - sun_y) ** 2 <= sun_r**2:
                colour = (255, 214, 92)
            elif y >= near:
                colour = (64, 150, 72)
            elif y >= far:
                colour = (110, 182, 98)
            else:
                colour = sky
            row.extend(colour)
        rows.append(bytes(row))
    return encode_png(width, height, b"".join(rows))


def _wave(x: float) -> float:
    # A smooth bump without importing math for one call site per pixel.
    x = x % 2.0
    return 4 * x * (1 - x) if x < 1 else -4 * (x - 1) * (2 - x) * 0.35
