"""The C heap's free pages go back to the system (native_heap.trim: glibc's malloc_trim),
and trimming is a harmless no-op where the C library has no malloc_trim."""

import ctypes
import sys

import pytest

from desktop.system import native_heap

glibc = pytest.mark.skipif(
    native_heap._MALLOC_TRIM is None, reason="malloc_trim is glibc's (Linux)"
)


def resident_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@glibc
def test_trim_gives_back_freed_memory_kept_below_a_block_in_use():
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    # 48 MiB in 4 KiB blocks (SQLite's pages: below malloc's mmap threshold, so on the
    # heap), written to so they are resident; the last one stays in use, as some page
    # above a freed cache always is, so the heap's top cannot shrink on its own.
    blocks = [libc.malloc(4096) for _ in range(12_288)]
    for block in blocks:
        ctypes.memset(block, 1, 4096)
    for block in blocks[:-1]:
        libc.free(block)
    kept = resident_kib()
    try:
        assert native_heap.trim() is True
        assert kept - resident_kib() > 32 * 1024
    finally:
        libc.free(blocks[-1])


def test_trim_is_a_no_op_without_malloc_trim(monkeypatch):
    monkeypatch.setattr(native_heap, "_MALLOC_TRIM", None)
    assert native_heap.trim() is False


def test_malloc_trim_is_looked_for_on_linux_only(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert native_heap._find_malloc_trim() is None
