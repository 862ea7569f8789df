"""The register of privacy requests: references, deadlines, statuses, duplicates, secrecy."""

from __future__ import annotations

import csv
import io
import itertools
import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import phonenumbers
import pytest
from cryptography.fernet import Fernet

from bot.store.errors import StoreError
from bot.store.register import (
    CSV_COLUMNS,
    REGISTER_FILE,
    REQUEST_STATUSES,
    TERMINAL_STATUSES,
    ExtensionError,
    HmacKeyMismatchError,
    InvalidTransitionError,
    MissingReasonError,
    Register,
    RegisterClosedError,
    RegisterContactError,
    RegisterError,
    RegisterKeyError,
    RegisterValueError,
    RequestRecord,
    UnknownRequestError,
)
from tests.store.helpers import StillClock as Clock

KEY_1 = Fernet.generate_key().decode()
KEY_2 = Fernet.generate_key().decode()
HMAC_KEY = bytes(range(32))

EMAIL = "Kanarie.Vogelaar@Example.NL"
PHONE = "06-87654321"
PHONE_E164 = "+31687654321"

#: The state machine as the brief states it, written out independently of TRANSITIONS.
ALLOWED = {
    ("received", "identity_pending"),
    ("received", "in_progress"),
    ("received", "withdrawn"),
    ("identity_pending", "in_progress"),
    ("identity_pending", "withdrawn"),
    ("in_progress", "completed"),
    ("in_progress", "refused"),
    ("in_progress", "withdrawn"),
}
#: How to reach each status from "received".
PATHS: dict[str, list[str]] = {
    "received": [],
    "identity_pending": ["identity_pending"],
    "in_progress": ["in_progress"],
    "completed": ["in_progress", "completed"],
    "refused": ["in_progress", "refused"],
    "withdrawn": ["withdrawn"],
}


def _at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / REGISTER_FILE


@pytest.fixture
def register(db_path: Path, clock: Clock) -> Iterator[Register]:
    with Register.open(db_path, {"k1": KEY_1}, "k1", HMAC_KEY, clock=clock) as opened:
        yield opened


def _create(register: Register, **overrides: object) -> tuple[RequestRecord, bool]:
    args: dict[str, object] = {
        "type": "access",
        "channel": "email",
        "received_at": _at(2027, 1, 31),
        "email": EMAIL,
        "phone": PHONE,
    }
    args.update(overrides)
    return register.create(**args)  # type: ignore[arg-type]


def _to(register: Register, reference: str, status: str) -> None:
    for step in PATHS[status]:
        note = "kennelijk ongegrond" if step == "refused" else None
        register.advance(reference, step, "officer", note=note)


# -- creating ------------------------------------------------------------------------------


def test_create_registers_a_request(register: Register, db_path: Path) -> None:
    record, duplicate = _create(
        register, conversation_id="conv-1", message_id="msg-1", channel="zendesk"
    )
    assert duplicate is False
    assert record.reference == "AVG-2027-000001"
    assert record.type == "access"
    assert record.channel == "zendesk"
    assert record.status == "received"
    assert record.is_open
    assert record.received_at == "2027-01-31T10:00:00.000000+00:00"
    assert record.due_at == "2027-02-28T10:00:00.000000+00:00"
    assert record.deadline == record.due_at
    assert record.extended_until is None
    assert record.closed_at is None
    assert record.conversation_id == "conv-1"
    assert record.message_id == "msg-1"
    assert record.on_behalf_of is False
    assert record.has_email and record.has_phone
    assert register.get(record.reference) == record
    assert register.get("AVG-2027-999999") is None

    (event,) = register.history(record.reference)
    assert (event.kind, event.from_status, event.to_status) == ("received", None, "received")
    assert event.at == "2030-01-01T12:00:00.000000+00:00"

    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_received_at_may_be_an_iso_string_in_any_offset(register: Register) -> None:
    record, _ = _create(register, received_at="2028-01-31T23:30:00+01:00")
    assert record.received_at == "2028-01-31T22:30:00.000000+00:00"
    assert record.due_at == "2028-02-29T22:30:00.000000+00:00"


@pytest.mark.parametrize(
    "overrides",
    [
        {"type": "inzage"},
        {"channel": "pigeon"},
        {"received_at": datetime(2027, 1, 31, 10, 0)},  # naive
        {"received_at": "31-01-2027"},
        {"received_at": _at(2030, 1, 3)},  # after the clock: a typo
        {"on_behalf_of": "yes"},
        {"conversation_id": ""},
        {"actor": " "},
    ],
)
def test_create_refuses_bad_arguments(register: Register, overrides: dict[str, object]) -> None:
    with pytest.raises(RegisterValueError):
        _create(register, **overrides)
    assert register.list() == []


def test_without_contact_details(register: Register) -> None:
    record, _ = _create(register, email=None, phone=None, channel="chat")
    assert not record.has_email and not record.has_phone
    assert register.contact(record.reference) == (None, None)
    # no digest, so never linked to anything
    assert _create(register, email=None, phone=None)[1] is False


def test_reference_sequence_runs_per_year(register: Register, db_path: Path, clock: Clock) -> None:
    types = itertools.cycle(["access", "erasure", "objection", "portability"])

    def make(received: datetime) -> str:
        return _create(register, type=next(types), received_at=received, email=None, phone=None)[
            0
        ].reference

    assert make(_at(2026, 12, 31)) == "AVG-2026-000001"
    assert make(_at(2026, 6, 1)) == "AVG-2026-000002"
    assert make(_at(2027, 1, 1)) == "AVG-2027-000001"
    assert make(_at(2026, 12, 30)) == "AVG-2026-000003"  # a late letter keeps its year
    assert make(_at(2027, 2, 1)) == "AVG-2027-000002"
    register.close()
    with Register.open(db_path, {"k1": KEY_1}, "k1", HMAC_KEY, clock=clock) as again:
        ref = again.create("erasure", "letter", _at(2027, 3, 1))[0].reference
        assert ref == "AVG-2027-000003"


def test_concurrent_creates_get_distinct_references(register: Register) -> None:
    references: list[str] = []
    lock = threading.Lock()

    def worker(n: int) -> None:
        for i in range(10):
            ref = register.create("access", "api", _at(2027, 1, 1 + i), phone=f"0612{n:02d}{i:04d}")
            with lock:
                references.append(ref[0].reference)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(references) == [f"AVG-2027-{n:06d}" for n in range(1, 41)]


# -- statuses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("from_status", "to_status"), list(itertools.product(REQUEST_STATUSES, REQUEST_STATUSES))
)
def test_transition_matrix(register: Register, from_status: str, to_status: str) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, from_status)
    assert register.get(reference).status == from_status  # type: ignore[union-attr]
    events_before = len(register.history(reference))
    note = "derde verzoek deze week" if to_status == "refused" else "stap"

    if (from_status, to_status) in ALLOWED:
        record = register.advance(reference, to_status, "officer", note=note)
        assert record.status == to_status
        assert (record.closed_at is not None) == (to_status in TERMINAL_STATUSES)
        assert (record.refusal_motivation is not None) == (to_status == "refused")
        last = register.history(reference)[-1]
        assert (last.kind, last.from_status, last.to_status) == ("status", from_status, to_status)
        assert (last.actor, last.note) == ("officer", note)
    else:
        with pytest.raises(InvalidTransitionError) as caught:
            register.advance(reference, to_status, "officer", note=note)
        message = str(caught.value)
        assert repr(from_status) in message and repr(to_status) in message
        assert reference in message
        assert caught.value.from_status == from_status
        assert caught.value.to_status == to_status
        if from_status in TERMINAL_STATUSES:
            assert "final" in message
        assert register.get(reference).status == from_status  # type: ignore[union-attr]
        assert len(register.history(reference)) == events_before


def test_the_database_itself_refuses_a_forbidden_transition(
    register: Register, db_path: Path
) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, "completed")
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="status transition not allowed"):
            conn.execute(
                "UPDATE requests SET status = 'in_progress' WHERE reference = ?", [reference]
            )
    finally:
        conn.close()


@pytest.mark.parametrize("motivation", ["", "   ", None])
def test_refusal_needs_a_motivation(register: Register, motivation: str | None) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, "in_progress")
    with pytest.raises(MissingReasonError, match="motivation"):
        register.refuse(reference, "officer", motivation)  # type: ignore[arg-type]
    with pytest.raises(MissingReasonError, match="motivation"):
        register.advance(reference, "refused", "officer", note=motivation)
    assert register.get(reference).status == "in_progress"  # type: ignore[union-attr]


def test_refuse_records_the_motivation(register: Register) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, "in_progress")
    record = register.refuse(reference, "officer", "  verzoek kennelijk ongegrond  ")
    assert record.status == "refused"
    assert record.refusal_motivation == "verzoek kennelijk ongegrond"
    assert record.closed_at is not None
    assert register.history(reference)[-1].note == "verzoek kennelijk ongegrond"


def test_unknown_reference_and_status(register: Register) -> None:
    with pytest.raises(UnknownRequestError, match="AVG-2027-000042"):
        register.advance("AVG-2027-000042", "in_progress", "officer")
    with pytest.raises(UnknownRequestError):
        register.history("jan@example.nl")
    with pytest.raises(UnknownRequestError) as caught:
        register.contact("jan@example.nl")
    assert "jan" not in str(caught.value)  # only something shaped like a reference is echoed
    reference = _create(register)[0].reference
    with pytest.raises(RegisterValueError, match="unknown request status"):
        register.advance(reference, "done", "officer")
    with pytest.raises(RegisterValueError, match="actor"):
        register.advance(reference, "in_progress", "")


def test_errors_are_store_errors(register: Register) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, "withdrawn")
    with pytest.raises(StoreError):
        register.advance(reference, "in_progress", "officer")


# -- extension -----------------------------------------------------------------------------


def test_extension_before_the_deadline(register: Register) -> None:
    reference = _create(register)[0].reference  # received 31 Jan 2027, due 28 Feb 2027
    record = register.extend(reference, "officer", "complex verzoek", now=_at(2027, 2, 20))
    assert record.extended_until == "2027-04-28T10:00:00.000000+00:00"
    assert record.deadline == record.extended_until
    assert record.due_at == "2027-02-28T10:00:00.000000+00:00"  # the original stays
    assert record.extension_reason == "complex verzoek"
    assert record.extended_at == "2027-02-20T10:00:00.000000+00:00"
    assert record.extension_notified_at == "2027-02-20T10:00:00.000000+00:00"
    last = register.history(reference)[-1]
    assert last.kind == "extended"
    assert (last.from_status, last.to_status) == ("received", "received")
    assert "complex verzoek" in (last.note or "") and "notified" in (last.note or "")


def test_extension_at_the_last_moment_is_still_in_time(register: Register) -> None:
    reference = _create(register)[0].reference
    record = register.extend(reference, "officer", "reden", now=_at(2027, 2, 28))
    assert record.extended_until is not None


def test_extension_after_the_deadline_is_refused(register: Register) -> None:
    reference = _create(register)[0].reference
    late = _at(2027, 2, 28) + timedelta(microseconds=1)
    with pytest.raises(ExtensionError, match="passed"):
        register.extend(reference, "officer", "te laat bedacht", now=late)
    record = register.get(reference)
    assert record is not None and record.extended_until is None
    assert register.history(reference)[-1].kind == "received"


def test_extension_uses_the_clock_by_default(register: Register, clock: Clock) -> None:
    reference = _create(register)[0].reference
    with pytest.raises(ExtensionError):  # the clock stands in 2030
        register.extend(reference, "officer", "reden")
    clock.now = _at(2027, 2, 1)
    assert register.extend(reference, "officer", "reden").extended_until is not None


def test_only_one_extension(register: Register) -> None:
    reference = _create(register)[0].reference
    register.extend(reference, "officer", "reden", now=_at(2027, 2, 1))
    with pytest.raises(ExtensionError, match="already extended"):
        register.extend(reference, "officer", "nog meer tijd", now=_at(2027, 2, 2))
    assert register.get(reference).extension_reason == "reden"  # type: ignore[union-attr]


@pytest.mark.parametrize("reason", ["", "  \n", None])
def test_extension_needs_a_reason(register: Register, reason: str | None) -> None:
    reference = _create(register)[0].reference
    with pytest.raises(MissingReasonError, match="reason"):
        register.extend(reference, "officer", reason, now=_at(2027, 2, 1))  # type: ignore[arg-type]
    assert register.get(reference).extended_until is None  # type: ignore[union-attr]


def test_closed_request_cannot_be_extended(register: Register) -> None:
    reference = _create(register)[0].reference
    _to(register, reference, "completed")
    with pytest.raises(ExtensionError, match="completed"):
        register.extend(reference, "officer", "reden", now=_at(2027, 2, 1))


# -- due -----------------------------------------------------------------------------------


def test_due_lists_overdue_and_soon_due_open_requests(register: Register) -> None:
    def make(type_: str, received: datetime) -> str:
        return _create(register, type=type_, received_at=received, email=None, phone=None)[
            0
        ].reference

    overdue = make("access", _at(2027, 1, 1))  # due 1 Feb
    soon = make("erasure", _at(2027, 2, 5))  # due 5 Mar
    later = make("objection", _at(2027, 2, 20))  # due 20 Mar
    closed = make("portability", _at(2027, 1, 2))  # due 2 Feb, but completed
    _to(register, closed, "completed")
    extended = make("restriction", _at(2027, 1, 20))  # due 20 Feb, extended to 20 Apr
    register.extend(extended, "officer", "reden", now=_at(2027, 2, 1))
    waiting = make("rectification", _at(2027, 1, 3))  # due 3 Feb, waiting for identity
    _to(register, waiting, "identity_pending")

    now = _at(2027, 3, 1)
    assert [r.reference for r in register.due(now)] == [overdue, waiting, soon]
    assert [r.reference for r in register.due(now, within_days=30)] == [
        overdue,
        waiting,
        soon,
        later,
    ]
    assert [r.reference for r in register.due(_at(2027, 4, 15))] == [
        overdue,
        waiting,
        soon,
        later,
        extended,
    ]
    assert register.due(_at(2026, 1, 1)) == []
    with pytest.raises(RegisterValueError):
        register.due(now, within_days=-1)


def test_list_filters(register: Register) -> None:
    a = _create(register, type="access", email=None, phone=None)[0].reference
    b = _create(register, type="erasure", email=None, phone=None)[0].reference
    _to(register, b, "in_progress")
    assert [r.reference for r in register.list()] == [a, b]
    assert [r.reference for r in register.list(status="in_progress")] == [b]
    assert [r.reference for r in register.list(type="access")] == [a]
    assert register.list(status="in_progress", type="access") == []
    with pytest.raises(RegisterValueError):
        register.list(type="inzage")


# -- duplicates ----------------------------------------------------------------------------


def test_same_type_within_30_days_is_linked(register: Register) -> None:
    first, _ = _create(register, received_at=_at(2027, 1, 1))
    again, duplicate = _create(
        register,
        received_at=_at(2027, 1, 20),
        channel="chat",
        email=" kanarie.vogelaar@example.nl ",  # another spelling of the same address
        phone=None,
        conversation_id="conv-9",
        message_id="msg-9",
    )
    assert duplicate is True
    assert again.reference == first.reference
    assert again.due_at == first.due_at  # the deadline runs from the first request
    assert len(register.list()) == 1
    last = register.history(first.reference)[-1]
    assert last.kind == "duplicate"
    assert (last.from_status, last.to_status) == ("received", "received")
    assert "duplicate received via chat" in (last.note or "")
    assert "conv-9" in (last.note or "") and "msg-9" in (last.note or "")


def test_phone_alone_identifies_the_same_person(register: Register) -> None:
    first, _ = _create(register, email=None, phone="+31 6 8765 4321")
    again, duplicate = _create(register, email="ander@example.org", phone="0031687654321")
    assert duplicate is True and again.reference == first.reference
    # the earlier request had no e-mail address; it has taken this one over
    assert again.has_email
    assert register.contact(first.reference) == ("ander@example.org", PHONE_E164)
    assert [r.reference for r in register.find_by_contact(email="ANDER@example.org")] == [
        first.reference
    ]
    assert "added to contact details: email" in (register.history(first.reference)[-1].note or "")


def test_exactly_30_days_is_still_linked(register: Register) -> None:
    first, _ = _create(register, received_at=_at(2027, 1, 1))
    again, duplicate = _create(register, received_at=_at(2027, 1, 1) + timedelta(days=30))
    assert duplicate is True and again.reference == first.reference


def test_after_30_days_is_a_new_request(register: Register) -> None:
    first, _ = _create(register, received_at=_at(2027, 1, 1))
    later, duplicate = _create(
        register, received_at=_at(2027, 1, 1) + timedelta(days=30, seconds=1)
    )
    assert duplicate is False
    assert later.reference != first.reference


def test_other_type_is_a_new_request(register: Register) -> None:
    first, _ = _create(register, type="access")
    other, duplicate = _create(register, type="erasure")
    assert duplicate is False and other.reference != first.reference
    assert [e.kind for e in register.history(first.reference)] == ["received"]


def test_other_person_is_a_new_request(register: Register) -> None:
    _create(register)
    _, duplicate = _create(register, email="iemand.anders@example.nl", phone="0611112222")
    assert duplicate is False


def test_closed_request_is_not_linked(register: Register) -> None:
    first, _ = _create(register)
    _to(register, first.reference, "completed")
    again, duplicate = _create(register, received_at=_at(2027, 2, 2))
    assert duplicate is False and again.reference != first.reference


def test_requests_on_behalf_of_someone_are_never_linked(register: Register) -> None:
    first, _ = _create(register, on_behalf_of=True)
    second, duplicate = _create(register, on_behalf_of=True)
    assert duplicate is False and second.reference != first.reference
    assert second.on_behalf_of
    # and a request of one's own is not folded into one made on someone's behalf
    assert _create(register)[1] is False


# -- contact details -----------------------------------------------------------------------


def test_contact_round_trip(register: Register) -> None:
    reference = _create(register, email=f"  {EMAIL} ")[0].reference
    assert register.contact(reference) == (EMAIL, PHONE_E164)


def test_find_by_contact(register: Register) -> None:
    a = _create(register, type="access", received_at=_at(2027, 1, 1))[0].reference
    b = _create(register, type="erasure", received_at=_at(2027, 1, 2), email=None)[0].reference
    _create(register, email="ander@example.org", phone="0611112222")
    assert [r.reference for r in register.find_by_contact(email=EMAIL.lower())] == [a]
    assert [r.reference for r in register.find_by_contact(phone="+31687654321")] == [a, b]
    assert [r.reference for r in register.find_by_contact(EMAIL, "0687654321")] == [a, b]
    assert register.find_by_contact(email="niemand@example.org") == []
    with pytest.raises(RegisterValueError):
        register.find_by_contact()


@pytest.mark.parametrize(
    ("field", "value"),
    [("email", "geen-adres"), ("email", "a b@example.nl"), ("phone", "bel me"), ("phone", "123")],
)
def test_unreadable_contact_details_are_refused_without_repeating_them(
    register: Register, field: str, value: str
) -> None:
    with pytest.raises(RegisterContactError) as caught:
        _create(register, **{field: value})
    assert isinstance(caught.value, ValueError)
    assert value not in str(caught.value)
    assert register.list() == []


def test_key_rotation_and_reencrypt(db_path: Path, clock: Clock) -> None:
    with Register.open(db_path, {"k1": KEY_1}, "k1", HMAC_KEY, clock=clock) as first:
        old = first.create("access", "email", _at(2027, 1, 1), email="oud@example.nl")[0]
        assert first.key_ids_in_use() == {"k1": 1}

    both = {"k1": KEY_1, "k2": KEY_2}
    with Register.open(db_path, both, "k2", HMAC_KEY, clock=clock) as rotated:
        new = rotated.create("erasure", "chat", _at(2027, 1, 2), phone="0612345678")[0]
        assert rotated.key_ids_in_use() == {"k1": 1, "k2": 1}
        # old rows still decrypt under the old key, new rows use the new one
        assert rotated.contact(old.reference) == ("oud@example.nl", None)
        assert rotated.contact(new.reference) == (None, "+31612345678")

    # without the old key the old row cannot be read, and re-encryption cannot start
    with Register.open(db_path, {"k2": KEY_2}, "k2", HMAC_KEY, clock=clock) as only_new:
        with pytest.raises(RegisterKeyError, match="'k1'") as caught:
            only_new.contact(old.reference)
        assert "oud@" not in str(caught.value)
        with pytest.raises(RegisterKeyError):
            only_new.reencrypt()
        assert only_new.key_ids_in_use() == {"k1": 1, "k2": 1}

    with Register.open(db_path, both, "k2", HMAC_KEY, clock=clock) as rotated:
        assert rotated.reencrypt() == 1
        assert rotated.key_ids_in_use() == {"k2": 2}
        assert rotated.reencrypt() == 0

    with Register.open(db_path, {"k2": KEY_2}, "k2", HMAC_KEY, clock=clock) as only_new:
        assert only_new.contact(old.reference) == ("oud@example.nl", None)
        assert only_new.contact(new.reference) == (None, "+31612345678")
        # the digests did not change with the encryption key
        assert [r.reference for r in only_new.find_by_contact(email="OUD@example.nl")] == [
            old.reference
        ]


def test_contact_details_are_bound_to_their_request(register: Register, db_path: Path) -> None:
    a = _create(register)[0].reference
    b = _create(register, type="erasure", email="b@example.org", phone=None)[0].reference
    conn = sqlite3.connect(db_path)
    try:
        conn.execute(
            "UPDATE requests SET contact_enc ="
            " (SELECT contact_enc FROM requests WHERE reference = ?) WHERE reference = ?",
            [a, b],
        )
        conn.commit()
    finally:
        conn.close()
    with pytest.raises(RegisterKeyError, match="another request"):
        register.contact(b)


def test_wrong_hmac_key_is_refused(db_path: Path, clock: Clock) -> None:
    Register.open(db_path, {"k1": KEY_1}, "k1", HMAC_KEY, clock=clock).close()
    with pytest.raises(HmacKeyMismatchError):
        Register.open(db_path, {"k1": KEY_1}, "k1", bytes(32), clock=clock)


@pytest.mark.parametrize(
    ("keys", "active", "hmac_key"),
    [
        ({"k1": "not-a-fernet-key"}, "k1", HMAC_KEY),
        ({"k1": KEY_1}, "k2", HMAC_KEY),
        ({}, "k1", HMAC_KEY),
        ({"k1": KEY_1}, "k1", b"short"),
    ],
)
def test_bad_keys_are_refused_before_the_file_is_made(
    db_path: Path, keys: dict[str, str], active: str, hmac_key: bytes
) -> None:
    with pytest.raises(RegisterKeyError) as caught:
        Register.open(db_path, keys, active, hmac_key)
    assert KEY_1 not in str(caught.value)
    assert not db_path.exists()


def test_the_file_alone_reveals_no_one(register: Register, db_path: Path) -> None:
    people = [
        ("Kanarie.Vogelaar@Example.NL", "06-87654321"),
        ("j.de-boer+avg@voorbeeld.nl", "+31 20 123 4567"),
        ("PIETJE@EXAMPLE.COM", "+32 470 12 34 56"),
    ]
    for n, (email, phone) in enumerate(people):
        reference = _create(register, email=email, phone=phone, received_at=_at(2027, 1, 1 + n))[
            0
        ].reference
        register.extend(reference, "officer", "reden", now=_at(2027, 1, 5))
        register.advance(reference, "in_progress", "officer", note="identiteit vastgesteld")
    _create(register, email=people[0][0], phone=None, received_at=_at(2027, 1, 9))  # duplicate

    def forms(email: str, phone: str) -> set[str]:
        number = phonenumbers.parse(phone, "NL")
        e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
        national = str(number.national_number)
        return {
            email,
            email.strip(),
            email.lower(),
            email.upper(),
            email.split("@")[0].lower(),
            phone,
            "".join(ch for ch in phone if ch.isdigit()),
            e164,
            e164[1:],
            national,
            "0" + national,
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
        }

    def raw_bytes() -> bytes:
        data = b""
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = Path(f"{db_path}{suffix}")
            if path.exists():
                data += path.read_bytes()
        return data

    def check(data: bytes) -> None:
        assert data  # something was read
        for email, phone in people:
            for form in forms(email, phone):
                for encoded in (form.encode("utf-8"), form.encode("utf-16-le")):
                    assert encoded not in data, "a contact detail is in the register file"

    assert Path(f"{db_path}-wal").exists()  # WAL mode: the rows are here before a checkpoint
    check(raw_bytes())
    assert register.reencrypt() == 0
    register.close()
    check(raw_bytes())
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


# -- history -------------------------------------------------------------------------------


def test_history_is_append_only(register: Register, db_path: Path) -> None:
    reference = _create(register)[0].reference
    register.advance(reference, "in_progress", "officer")
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE request_events SET note = 'anders' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE request_events SET actor = 'iemand'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM request_events WHERE id = 2")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM request_events")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM requests")
    finally:
        conn.close()
    history = register.history(reference)
    assert [(e.kind, e.from_status, e.to_status) for e in history] == [
        ("received", None, "received"),
        ("status", "received", "in_progress"),
    ]
    assert history[0].note is None


def test_history_keeps_the_order_of_events(register: Register, clock: Clock) -> None:
    reference = _create(register)[0].reference
    clock.now += timedelta(hours=1)
    register.extend(reference, "officer", "reden", now=_at(2027, 2, 1))
    clock.now += timedelta(hours=1)
    register.advance(reference, "identity_pending", "officer")
    register.advance(reference, "in_progress", "officer")
    register.advance(reference, "completed", "officer", note="gegevens verstuurd")
    history = register.history(reference)
    assert [e.kind for e in history] == ["received", "extended", "status", "status", "status"]
    assert [e.at for e in history] == sorted(e.at for e in history)
    assert history[-1].to_status == "completed"
    assert register.get(reference).closed_at == history[-1].at  # type: ignore[union-attr]


# -- export --------------------------------------------------------------------------------


def test_export_csv(register: Register, tmp_path: Path) -> None:
    a = _create(register, received_at=_at(2027, 1, 31))[0].reference
    b = _create(register, type="erasure", channel="letter", received_at=_at(2027, 2, 1))[
        0
    ].reference
    register.extend(a, "officer", "reden", now=_at(2027, 2, 10))
    _to(register, b, "completed")

    out = io.StringIO()
    assert register.export_csv(out) == 2
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert (
        tuple(rows[0])
        == CSV_COLUMNS
        == (
            "reference",
            "type",
            "status",
            "channel",
            "received_at",
            "due_at",
            "extended_until",
            "closed_at",
        )
    )
    assert rows[1] == [
        a,
        "access",
        "received",
        "email",
        "2027-01-31T10:00:00.000000+00:00",
        "2027-02-28T10:00:00.000000+00:00",
        "2027-04-28T10:00:00.000000+00:00",
        "",
    ]
    assert rows[2][:4] == [b, "erasure", "completed", "letter"]
    assert rows[2][6] == "" and rows[2][7] == "2030-01-01T12:00:00.000000+00:00"
    text = out.getvalue().lower()
    assert "example" not in text and "87654321" not in text

    path = tmp_path / "export" / "avg.csv"
    path.parent.mkdir()
    assert register.export_csv(path) == 2
    assert path.read_bytes().decode("utf-8") == out.getvalue()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


# -- life cycle ----------------------------------------------------------------------------


def test_closed_register(register: Register) -> None:
    register.close()
    register.close()  # twice is fine
    with pytest.raises(RegisterClosedError):
        register.list()
    with pytest.raises(RegisterError):
        _create(register)


def test_in_dir_uses_register_db(tmp_path: Path, clock: Clock) -> None:
    with Register.in_dir(tmp_path, {"k1": KEY_1}, "k1", HMAC_KEY, clock=clock) as opened:
        assert opened.path == tmp_path / "register.db"
        assert "k1" in repr(opened) and KEY_1 not in repr(opened)
