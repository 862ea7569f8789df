"""Password hashes: format, verification, the length rule and the KDF on every path."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from bot.review import passwords
from bot.review.passwords import (
    DEFAULT_PARAMS,
    MIN_PASSWORD_CHARS,
    PasswordPolicyError,
    ScryptParams,
    hash_password,
    needs_rehash,
    verify_password,
)

PASSWORD = "paarden-staal-batterij"
HASH_FORMAT = re.compile(r"scrypt\$32768\$8\$1\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)")


def test_hash_is_self_describing_scrypt_with_a_16_byte_salt() -> None:
    encoded = hash_password(PASSWORD)
    match = HASH_FORMAT.fullmatch(encoded)
    assert match is not None, encoded
    salt, digest = (base64.b64decode(part) for part in match.groups())
    assert len(salt) == 16
    assert len(digest) == 32
    expected = hashlib.scrypt(
        PASSWORD.encode(), salt=salt, n=2**15, r=8, p=1, dklen=32, maxmem=2**26
    )
    assert digest == expected
    assert PASSWORD not in encoded


def test_same_password_gets_a_new_salt_every_time() -> None:
    assert hash_password(PASSWORD, ScryptParams(n=2**10)) != hash_password(
        PASSWORD, ScryptParams(n=2**10)
    )


def test_verify_accepts_the_password_and_nothing_else() -> None:
    encoded = hash_password(PASSWORD, ScryptParams(n=2**10))
    assert verify_password(PASSWORD, encoded)
    assert not verify_password(PASSWORD + " ", encoded)
    assert not verify_password(PASSWORD.upper(), encoded)
    assert not verify_password("", encoded)


def test_unicode_forms_of_one_password_match() -> None:
    composed, decomposed = "wachtwoord-café-12", "wachtwoord-cafe\u0301-12"
    assert verify_password(decomposed, hash_password(composed, ScryptParams(n=2**10)))


@pytest.mark.parametrize("length", [0, 1, MIN_PASSWORD_CHARS - 1])
def test_short_passwords_are_refused(length: int) -> None:
    with pytest.raises(PasswordPolicyError, match="at least 12"):
        hash_password("x" * length)


def test_twelve_characters_are_enough() -> None:
    assert verify_password("x" * 12, hash_password("x" * 12, ScryptParams(n=2**10)))


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "plain",
        "pbkdf2$1$2$3$AAAA$AAAA",
        "scrypt$32768$8$1$not base64!$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$1000$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",  # not a power of 2
        # a tampered row must not make one login allocate 128 GiB
        "scrypt$1073741824$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAA==",
        "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==",
    ],
)
def test_malformed_hashes_never_match(stored: str, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = passwords._kdf

    def counting(password: bytes, salt: bytes, params: ScryptParams, length: int) -> bytes:
        calls.append(params.n)
        return real(password, salt, ScryptParams(n=2**10), length)

    monkeypatch.setattr(passwords, "_kdf", counting)
    assert not verify_password(PASSWORD, stored)
    assert calls == [DEFAULT_PARAMS.n]  # the dummy run with our own parameters, nothing more


def test_needs_rehash_when_parameters_differ() -> None:
    weak = hash_password(PASSWORD, ScryptParams(n=2**10))
    assert needs_rehash(weak)
    assert not needs_rehash(weak, ScryptParams(n=2**10))
