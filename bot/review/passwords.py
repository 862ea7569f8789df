"""Password hashing for the review UI's accounts: scrypt from :mod:`hashlib`.

Why scrypt: it is memory-hard (n=2**15, r=8 needs 32 MiB per guess), which makes guessing
on GPUs and ASICs expensive, and it ships with Python, so no native dependency is added for
one function. The stored string says how it was made, ``scrypt$32768$8$1$<salt>$<hash>``
(salt and hash in standard base64), so the parameters can be raised later without breaking
old hashes: :func:`verify_password` reads them from the string and :func:`needs_rehash`
tells the caller to store a fresh hash after a successful login.

Passwords are NFKC-normalised before hashing, so the same password typed on another
keyboard or operating system (composed vs. decomposed accents) still matches; the length
rule counts characters of the normalised text.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

__all__ = [
    "DEFAULT_PARAMS",
    "MAX_PASSWORD_CHARS",
    "MIN_PASSWORD_CHARS",
    "PasswordPolicyError",
    "ScryptParams",
    "check_password_policy",
    "dummy_verify",
    "hash_password",
    "needs_rehash",
    "verify_password",
]

MIN_PASSWORD_CHARS = 12
#: Longer input is no password anyone types; refusing it keeps the KDF's input small.
MAX_PASSWORD_CHARS = 1024
SALT_BYTES = 16
HASH_BYTES = 32
PREFIX = "scrypt"

# Bounds on parameters read back from a stored hash: a tampered or corrupt accounts.db must
# not make one login allocate gigabytes (n * r * 128 bytes) or spin for minutes.
_MAX_N = 2**20
_MAX_R = 32
_MAX_P = 16
_MAX_MEMORY = 1 << 30


class PasswordPolicyError(ValueError):
    """A new password does not meet the rules; the message never repeats the password."""


@dataclass(frozen=True)
class ScryptParams:
    """scrypt's cost parameters: CPU/memory cost ``n`` (a power of two), block size ``r``,
    parallelism ``p``."""

    n: int = 2**15
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        """Memory limit for OpenSSL: its default (32 MiB) is exactly what n=2**15, r=8 needs,
        and the bookkeeping on top makes it fail, so allow twice the need."""
        return 2 * 128 * self.n * self.r * self.p + (1 << 20)


DEFAULT_PARAMS = ScryptParams()


def _kdf(password: bytes, salt: bytes, params: ScryptParams, length: int) -> bytes:
    """The one place the KDF runs (tests count calls here to prove the timing paths)."""
    return hashlib.scrypt(
        password,
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=length,
    )


def _normalised(password: str) -> bytes:
    return unicodedata.normalize("NFKC", password).encode("utf-8")


def check_password_policy(password: str) -> None:
    """Refuse a new password that is too short or too long (raises PasswordPolicyError)."""
    length = len(unicodedata.normalize("NFKC", password))
    if length < MIN_PASSWORD_CHARS:
        raise PasswordPolicyError(f"password must be at least {MIN_PASSWORD_CHARS} characters long")
    if length > MAX_PASSWORD_CHARS:
        raise PasswordPolicyError(f"password must be at most {MAX_PASSWORD_CHARS} characters")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, params: ScryptParams = DEFAULT_PARAMS) -> str:
    """A new self-describing hash of ``password`` with a fresh random salt.

    The policy is checked here as well, so no code path can store a short password.
    """
    check_password_policy(password)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _kdf(_normalised(password), salt, params, HASH_BYTES)
    return f"{PREFIX}${params.n}${params.r}${params.p}${_b64(salt)}${_b64(digest)}"


def _parse(encoded: str) -> tuple[ScryptParams, bytes, bytes] | None:
    """Parameters, salt and digest of a stored hash; None when it is not one we accept."""
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != PREFIX:
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (ValueError, binascii.Error):
        return None
    if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    if 128 * n * r * p > _MAX_MEMORY or not 8 <= len(salt) <= 64 or not 16 <= len(digest) <= 64:
        return None
    return ScryptParams(n, r, p), salt, digest


def verify_password(password: str, encoded: str) -> bool:
    """Whether ``password`` matches the stored hash; the comparison is constant-time.

    A malformed stored hash or an over-long password is simply "no match" (the caller
    answers every failure the same way).
    """
    parsed = _parse(encoded)
    if parsed is None or len(password) > 4 * MAX_PASSWORD_CHARS:
        dummy_verify(password)
        return False
    params, salt, expected = parsed
    actual = _kdf(_normalised(password), salt, params, len(expected))
    return hmac.compare_digest(actual, expected)


def dummy_verify(password: str, params: ScryptParams = DEFAULT_PARAMS) -> None:
    """Spend the same time as a real verification, for names that do not exist (or are
    disabled): otherwise a fast "no" would tell an attacker which names are real."""
    _kdf(_normalised(password[: 4 * MAX_PASSWORD_CHARS]), b"\0" * SALT_BYTES, params, HASH_BYTES)


def needs_rehash(encoded: str, params: ScryptParams = DEFAULT_PARAMS) -> bool:
    """True when the stored hash was made with other parameters than ``params``."""
    parsed = _parse(encoded)
    return parsed is None or parsed[0] != params
