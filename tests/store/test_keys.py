"""The keyring file and the keyed digests of values."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import traceback
from pathlib import Path

import pytest

from bot.store import Keyring, KeyringError, normalise


@pytest.mark.parametrize(
    ("entity_type", "spellings"),
    [
        ("BSN", ["111222333", "111 222 333", "111.222.333", "111-222-333"]),
        ("IBAN", ["NL91ABNA0417164300", "nl91 abna 0417 1643 00", "NL91-ABNA-0417-1643-00"]),
        ("PHONE", ["0612345678", "06-1234 5678", "+31 6 12345678", "0031612345678"]),
        ("PHONE", ["+31 (0)6 1234 5678", "(06) 12345678"]),
        ("POSTCODE", ["1234AB", "1234 ab", "1234-AB"]),
        ("LICENSE_PLATE", ["12-AB-34", "12ab34", "12 AB 34"]),
        ("PERSON", ["Kanarie Vogelaar", "kanarie  vogelaar", " KANARIE\tVogelaar "]),
        ("EMAIL", ["Kanarie.Vogel@Example.org", "kanarie.vogel@example.org"]),
        ("PERSON", ["Jeroen Straße", "JEROEN STRASSE"]),  # casefold, not lower
        ("BSN", ["１１１２２２３３３", "111222333"]),  # full-width digits (NFKC)
    ],
)
def test_spellings_of_one_value_normalise_alike(entity_type: str, spellings: list[str]) -> None:
    assert len({normalise(entity_type, s) for s in spellings}) == 1


def test_words_keep_their_punctuation() -> None:
    # e-mail addresses and names are not identifiers: dots and hyphens matter there
    assert normalise("EMAIL", "j.de-vries@example.nl") != normalise("EMAIL", "jdevries@example.nl")
    assert normalise("PERSON", "Anne-Marie") == "anne-marie"
    assert normalise("PHONE", "+32 470 12 34 56") == "+32470123456"  # only NL is made national


def test_keyring_file_is_created_private(tmp_path: Path) -> None:
    old_umask = os.umask(0)  # even a careless umask must not widen it
    try:
        keyring = Keyring.in_dir(tmp_path / "data")
    finally:
        os.umask(old_umask)
    assert keyring.path == tmp_path / "data" / "keys.json"
    assert stat.S_IMODE(keyring.path.stat().st_mode) == 0o600
    data = json.loads(keyring.path.read_text())
    assert len(data["keys"]) == 1
    assert len(bytes.fromhex(data["keys"][0]["secret"])) == 32
    assert [p.name for p in keyring.path.parent.iterdir()] == ["keys.json"]  # no temp files


def test_digest_is_keyed_and_stable(tmp_path: Path) -> None:
    one = Keyring(tmp_path / "a.json")
    again = Keyring(tmp_path / "a.json")  # loads the same key
    other = Keyring(tmp_path / "b.json")  # a fresh key
    digest = one.digest("BSN", "111222333")
    assert digest == again.digest("BSN", "111 222 333")
    assert digest.key_id == one.active_key_id
    assert len(digest.hex) == 64 and int(digest.hex, 16) >= 0
    assert other.digest("BSN", "111222333").hex != digest.hex
    assert digest.hex != hashlib.sha256(b"111222333").hexdigest()  # not a plain hash


def test_rotation_adds_a_key_and_keeps_the_old(tmp_path: Path) -> None:
    keyring = Keyring(tmp_path / "keys.json")
    old_id = keyring.active_key_id
    before = keyring.digest("IBAN", "NL91ABNA0417164300")
    new_id = keyring.rotate()
    assert new_id != old_id
    assert keyring.active_key_id == new_id
    assert keyring.key_ids == (old_id, new_id)
    after = keyring.digest("IBAN", "NL91ABNA0417164300")
    assert after.key_id == new_id and after.hex != before.hex
    # every key is tried, newest first, so either digest is found
    assert keyring.lookup_digests("IBAN", "nl91 abna 0417 1643 00") == [after, before]
    assert keyring.digest_with(old_id, "IBAN", "NL91ABNA0417164300") == before
    assert stat.S_IMODE(keyring.path.stat().st_mode) == 0o600
    # the rotation is on disk
    assert Keyring(keyring.path).key_ids == (old_id, new_id)


def test_reload_sees_a_rotation_by_another_process(tmp_path: Path) -> None:
    service = Keyring(tmp_path / "keys.json")
    cli = Keyring(tmp_path / "keys.json")
    new_id = cli.rotate()
    assert new_id not in service.key_ids
    service.reload()
    assert service.active_key_id == new_id
    # a rotation re-reads the file first, so it does not drop the other process's key
    third = service.rotate()
    assert Keyring(tmp_path / "keys.json").key_ids[-2:] == (new_id, third)


def test_repr_shows_no_secret(tmp_path: Path) -> None:
    keyring = Keyring(tmp_path / "keys.json")
    secret = json.loads(keyring.path.read_text())["keys"][0]["secret"]
    assert secret not in repr(keyring)
    assert keyring.active_key_id in repr(keyring)


def test_unknown_key_id(tmp_path: Path) -> None:
    with pytest.raises(KeyringError):
        Keyring(tmp_path / "keys.json").digest_with("nope", "BSN", "111222333")


@pytest.mark.parametrize(
    "content",
    [
        "not json 111222333",
        '{"format": 1, "keys": []}',
        '{"format": 2, "keys": [{"id": "a", "created_at": "t", "secret": "00"}]}',
        '{"format": 1, "keys": [{"id": "a", "created_at": "t", "secret": "zz111222333"}]}',
        '{"format": 1, "keys": [{"id": "a", "created_at": "t", "secret": "00"}]}',
    ],
)
def test_malformed_keyring_is_refused_without_echoing_it(tmp_path: Path, content: str) -> None:
    path = tmp_path / "keys.json"
    path.write_text(content)
    path.chmod(0o600)
    with pytest.raises(KeyringError) as caught:
        Keyring(path)
    # neither the message nor a chained exception (json's error quotes the text) echoes it
    assert "111222333" not in "".join(traceback.format_exception(caught.value))


def test_a_readable_keyring_is_made_private(tmp_path: Path) -> None:
    path = Keyring(tmp_path / "keys.json").path
    path.chmod(0o644)
    Keyring(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
