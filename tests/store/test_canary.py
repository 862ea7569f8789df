"""Canary test: values handed to the store must not reach any byte on disk.

The findings carry canary values; afterwards every file in the data dir — database, WAL,
shared memory, keyring — is read raw and searched for the canaries in every spelling the
store could plausibly have written (as given, case-changed, separators removed, normalised,
UTF-8 or UTF-16). A positive control proves the scan does see what the store did write.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.store import Store, StoreError, normalise
from tests.store.helpers import finding

CANARIES = {
    "BSN": "111222333",
    "EMAIL": "kanarie.vogel@example.org",
    "PERSON": "Kanarie Vogelaar",
    "PHONE": "06-9876 5432",
    "IBAN": "NL02 KANA 0123 4567 89",
}
SPELLINGS = {
    "BSN": ["111 222 333", "111.222.333"],
    "EMAIL": ["Kanarie.Vogel@Example.ORG"],
    "PERSON": ["KANARIE  VOGELAAR"],
    "PHONE": ["+31 6 98765432"],
    "IBAN": ["nl02kana0123456789"],
}
# What the redacted text holds instead; the scan must find this, or it scans nothing.
MARKER = "[BSN-1] controlemarkering-7f3a"


def _needles() -> set[bytes]:
    forms: set[str] = set()
    for entity_type, value in CANARIES.items():
        for text in (value, *SPELLINGS[entity_type]):
            for variant in (text, text.lower(), text.upper(), normalise(entity_type, text)):
                forms.add(variant)
                forms.add(re.sub(r"[\s.\-@_+()]", "", variant))  # separators removed
        forms.update(part for part in value.split() if len(part) > 6)  # "Vogelaar", "Kanarie"
    needles = set()
    for form in forms:
        needles.add(form.encode("utf-8"))
        needles.add(form.encode("utf-16-le"))
    return needles


def _data_dir_bytes(data_dir: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(data_dir)): path.read_bytes()
        for path in sorted(data_dir.rglob("*"))
        if path.is_file()
    }


def _assert_no_canary(files: dict[str, bytes]) -> None:
    needles = _needles()
    for name, content in files.items():
        lowered = content.lower()
        for needle in needles:
            assert needle.lower() not in lowered, f"a canary spelling is in {name}"


def _record_canaries(store: Store, event_id: str) -> str:
    findings = [
        finding(entity_type, value, start=10 * i)
        for i, (entity_type, value) in enumerate(CANARIES.items())
    ]
    findings += [
        finding(entity_type, spelling, start=100 + 10 * i)
        for i, (entity_type, spellings) in enumerate(SPELLINGS.items())
        for spelling in spellings
    ]
    return store.record_message(
        channel="zendesk",
        external_ref="T-7",
        event_id=event_id,
        sender_redacted="[NAAM-1] <[E-MAIL-1]>",
        subject_redacted="Vraag van [NAAM-1]",
        text_redacted=f"Hallo, mijn BSN is {MARKER}, bel [TELEFOON-1].",
        request_type="inzage",
        purpose="support",
        findings=findings,
    ).message_id


def test_no_canary_reaches_the_data_dir(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(data_dir / "privacywacht.db")
    message_id = _record_canaries(store, "evt-1")
    _record_canaries(store, "evt-1")  # a redelivery
    store.rotate_key()
    second_id = _record_canaries(store, "evt-2")  # under the new key

    # a write that fails half-way must not leave the values behind either
    def broken(self, row) -> None:
        raise RuntimeError("crash")

    monkeypatch.setattr(Store, "_insert_delivery", broken)
    with pytest.raises(RuntimeError):
        _record_canaries(store, "evt-3")
    monkeypatch.undo()

    # lookups by value work, and write nothing of the value either
    for entity_type, value in CANARIES.items():
        assert store.find_by_value(entity_type, value) == [message_id, second_id]

    # while open: the data sits in the WAL, which must be scanned too
    open_files = _data_dir_bytes(data_dir)
    assert {"privacywacht.db", "privacywacht.db-wal", "privacywacht.db-shm", "keys.json"} <= set(
        open_files
    )
    assert MARKER.encode() in open_files["privacywacht.db-wal"]  # positive control
    _assert_no_canary(open_files)

    store.close()  # checkpoint: the data moves into the main file
    closed_files = _data_dir_bytes(data_dir)
    assert MARKER.encode() in closed_files["privacywacht.db"]  # positive control
    _assert_no_canary(closed_files)


def test_the_scan_would_catch_a_leak(data_dir: Path) -> None:
    """The detector itself works: a value that does get written is found."""
    store = Store(data_dir / "privacywacht.db")
    store.record_message(channel="api", text_redacted="lek: 111.222.333")
    with pytest.raises(AssertionError):
        _assert_no_canary(_data_dir_bytes(data_dir))
    store.close()


def test_failed_write_errors_carry_no_canary(data_dir: Path) -> None:
    store = Store(data_dir / "privacywacht.db")
    bad = finding("PERSON", CANARIES["PERSON"])
    object.__setattr__(bad, "end", -5)
    with pytest.raises(StoreError) as caught:
        store.record_message(channel="api", text_redacted="x", findings=[bad])
    chain = f"{caught.value!r} {caught.value.__cause__!r}"
    assert "Kanarie" not in chain and "Vogelaar" not in chain
    store.close()
