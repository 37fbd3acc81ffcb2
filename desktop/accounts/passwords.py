"""Password hashes: scrypt with its work factors stored beside the salt and digest.

New hashes cost N=2^17, r=8, p=1 (OWASP's minimum for scrypt); ``needs_rehash`` tells the
sign-in which stored hashes are cheaper than that, so they are replaced at the next
successful sign-in. Pure Python (hashlib); no database, no Qt.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import threading
from dataclasses import dataclass

__all__ = [
    "HASH_BYTES",
    "OWASP_SCRYPT_COST",
    "SALT_BYTES",
    "SCRYPT_COST",
    "ScryptCost",
    "dummy_hash",
    "hash_cost",
    "hash_password",
    "needs_rehash",
    "verify_password",
]


@dataclass(frozen=True, slots=True)
class ScryptCost:
    """The work factors of an scrypt hash.

    Attributes:
        n: CPU/memory cost, a power of two.
        r: block size.
        p: parallelisation.
    """

    n: int
    r: int
    p: int


# OWASP's minimum for scrypt (Password Storage Cheat Sheet): N=2^17, r=8, p=1. One hash
# takes 128 MiB and about 0.4 s on an office PC: unnoticeable at sign-in, costly for a
# guesser with a GPU. Hashes made with less are rehashed at the next successful sign-in.
OWASP_SCRYPT_COST = ScryptCost(n=2**17, r=8, p=1)
SCRYPT_COST = OWASP_SCRYPT_COST
"""The cost of new hashes when none is given; tests swap in a cheaper one for speed."""

SALT_BYTES = 16
HASH_BYTES = 32

_ENCODED_HASH = re.compile(
    r"scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})",
    re.ASCII,
)
# A stored hash is data: parameters beyond these would let a tampered row make one sign-in
# take minutes or gigabytes, so they count as malformed.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
# hashlib refuses scrypt above its maxmem (32 MiB by default: less than N=2^17, r=8 needs).
_MAX_MEMORY = 256 * 1024 * 1024


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    # surrogatepass: a password read from a terminal in an odd locale may hold lone
    # surrogates; it must still hash, and always to the same bytes.
    return hashlib.scrypt(
        password.encode("utf-8", "surrogatepass"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        dklen=dklen,
        maxmem=_MAX_MEMORY,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _cost(cost: ScryptCost | None) -> ScryptCost:
    # Looked up at call time, not bound as a default, so the module's cost is the one used.
    return SCRYPT_COST if cost is None else cost


def _encode(cost: ScryptCost, salt: bytes, digest: bytes) -> str:
    return "$".join(("scrypt", str(cost.n), str(cost.r), str(cost.p), _b64(salt), _b64(digest)))


def hash_password(password: str, cost: ScryptCost | None = None) -> str:
    """Hash a password with scrypt and a fresh random salt.

    Args:
        password: the password.
        cost: the work factors; ``SCRYPT_COST`` (N=2^17, r=8, p=1) when None.

    Returns:
        ``"scrypt$131072$8$1$<salt base64>$<hash base64>"``: the parameters are stored with
        the hash so they can be raised later without invalidating existing passwords.
    """
    cost = _cost(cost)
    salt = secrets.token_bytes(SALT_BYTES)
    return _encode(cost, salt, _scrypt(password, salt, cost.n, cost.r, cost.p, HASH_BYTES))


def hash_cost(encoded: str) -> ScryptCost | None:
    """Return the work factors a stored hash was made with, or None if it is malformed."""
    match = _ENCODED_HASH.fullmatch(encoded) if isinstance(encoded, str) else None
    if match is None:
        return None
    n, r, p = (int(group) for group in match.group(1, 2, 3))
    return ScryptCost(n, r, p)


def needs_rehash(encoded: str, cost: ScryptCost | None = None) -> bool:
    """Tell whether a stored hash is cheaper than ``cost`` in any factor (or malformed).

    A hash that is dearer than ``cost`` is kept: a lower setting never weakens a hash.
    """
    cost = _cost(cost)
    found = hash_cost(encoded)
    return found is None or found.n < cost.n or found.r < cost.r or found.p < cost.p


_dummy_hashes: dict[ScryptCost, str] = {}
_dummy_lock = threading.Lock()


def dummy_hash(cost: ScryptCost | None = None) -> str:
    """A hash verified when the extension has no account, so that an unknown extension costs
    the same scrypt work as a wrong password. The digest is random bytes: no password
    matches it."""
    cost = _cost(cost)
    with _dummy_lock:
        if cost not in _dummy_hashes:
            salt, digest = secrets.token_bytes(SALT_BYTES), secrets.token_bytes(HASH_BYTES)
            _dummy_hashes[cost] = _encode(cost, salt, digest)
        return _dummy_hashes[cost]


def verify_password(password: str, encoded: str) -> bool:
    """Tell whether ``password`` matches a hash made by ``hash_password``.

    Args:
        password: the password typed.
        encoded: the stored hash, with its parameters.

    Returns:
        True if it matches; False if it does not, or if ``encoded`` is malformed or asks for
        unreasonable parameters (a damaged row must refuse the sign-in, not crash it).
    """
    match = _ENCODED_HASH.fullmatch(encoded) if isinstance(encoded, str) else None
    if match is None:
        return False
    n, r, p = (int(group) for group in match.group(1, 2, 3))
    try:
        salt = base64.b64decode(match.group(4), validate=True)
        expected = base64.b64decode(match.group(5), validate=True)
    except ValueError:  # binascii.Error: the padding does not fit the length
        return False
    if not (
        1 < n <= _MAX_N
        and n & (n - 1) == 0
        and 1 <= r <= _MAX_R
        and 1 <= p <= _MAX_P
        and 128 * r * (n + p) <= _MAX_MEMORY
        and salt
        and 16 <= len(expected) <= 64
    ):
        return False
    try:
        actual = _scrypt(password, salt, n, r, p, len(expected))
    except (ValueError, MemoryError):
        return False
    # Constant time: how much of the digest matched must not show in the timing.
    return hmac.compare_digest(actual, expected)
