"""Register, migration 2: one request per message, and identity verification by link or code."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.store.db import connect
from bot.store.register import (
    REGISTER_FILE,
    REGISTER_MIGRATIONS,
    VERIFICATION_MAX_ATTEMPTS,
    Register,
    RegisterError,
    RegisterValueError,
    RequestRecord,
    UnknownRequestError,
    VerificationCodeError,
    VerificationError,
    VerificationExpiredError,
    VerificationLockedError,
    VerificationNotPendingError,
    VerificationSupersededError,
    VerificationUnavailableError,
    VerificationUnknownError,
    VerificationUsedError,
)
from bot.store.schema import migrate, schema_version
from tests.store.helpers import StillClock as Clock

KEY = Fernet.generate_key().decode()
HMAC_KEY = bytes(range(32))
EMAIL = "Kanarie.Vogelaar@Example.NL"
TTL = timedelta(hours=72)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / REGISTER_FILE


@pytest.fixture
def register(db_path: Path, clock: Clock) -> Iterator[Register]:
    with Register.open(db_path, {"k1": KEY}, "k1", HMAC_KEY, clock=clock) as opened:
        yield opened


def _create(register: Register, **overrides: object) -> tuple[RequestRecord, bool]:
    args: dict[str, object] = {
        "type": "access",
        "channel": "email",
        "received_at": datetime(2029, 12, 20, 10, 0, tzinfo=UTC),
        "email": EMAIL,
    }
    args.update(overrides)
    return register.create(**args)  # type: ignore[arg-type]


def _pending(register: Register) -> tuple[str, str, str]:
    """A new request with a verification started: (reference, token, code)."""
    reference = _create(register)[0].reference
    token, code = register.start_verification(reference, TTL)
    return reference, token, code


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def _kinds(register: Register, reference: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(e.kind, e.from_status, e.to_status, e.note) for e in register.history(reference)]


# -- one request per message ---------------------------------------------------------------


def test_the_same_message_twice_is_one_request(register: Register) -> None:
    first, duplicate = _create(register, message_id="msg-1")
    assert duplicate is False
    # The provider's retry after a crash: even a re-classified type finds the same request.
    again, duplicate = _create(register, message_id="msg-1", type="erasure")
    assert (again, duplicate) == (first, True)
    assert register.list() == [first]
    assert [kind for kind, *_ in _kinds(register, first.reference)] == ["received"]
    assert register.find_by_message("msg-1") == first
    assert register.find_by_message("msg-2") is None
    assert register.find_by_message("") is None


def test_a_message_without_contact_details_is_idempotent_too(register: Register) -> None:
    first, _ = _create(register, email=None, message_id="chat-7")
    assert _create(register, email=None, message_id="chat-7") == (first, True)
    assert len(register.list()) == 1


def test_a_duplicate_link_records_its_message(register: Register) -> None:
    earlier, _ = _create(register, message_id="msg-1")
    linked, duplicate = _create(register, message_id="msg-2", channel="zendesk")
    assert duplicate is True and linked.reference == earlier.reference
    assert register.find_by_message("msg-2") == register.get(earlier.reference)
    # The retry of the repeat: no second "duplicate" event.
    assert _create(register, message_id="msg-2", channel="zendesk")[1] is True
    kinds = [kind for kind, *_ in _kinds(register, earlier.reference)]
    assert kinds == ["received", "duplicate"]
    assert len(register.list()) == 1


def test_a_failed_create_links_no_message(register: Register) -> None:
    with pytest.raises(RegisterValueError):
        _create(register, message_id="msg-1", type="inzage")
    assert register.find_by_message("msg-1") is None
    assert _create(register, message_id="msg-1")[1] is False


def test_migration_2_links_the_messages_of_existing_requests(db_path: Path, clock: Clock) -> None:
    db = connect(db_path)
    migrate(db, REGISTER_MIGRATIONS[:1])
    db.execute(
        "INSERT INTO requests (reference, year, sequence, type, channel, status, on_behalf_of,"
        " message_id, received_at, due_at, created_at, updated_at) VALUES"
        " ('AVG-2029-000001', 2029, 1, 'access', 'email', 'received', 0, 'old-msg',"
        " '2029-12-20T10:00:00.000000+00:00', '2030-01-20T10:00:00.000000+00:00',"
        " '2029-12-20T10:00:00.000000+00:00', '2029-12-20T10:00:00.000000+00:00')"
    )
    db.close()
    with Register.open(db_path, {"k1": KEY}, "k1", HMAC_KEY, clock=clock) as register:
        assert schema_version(register._db) == len(REGISTER_MIGRATIONS)
        record = register.find_by_message("old-msg")
        assert record is not None and record.reference == "AVG-2029-000001"
        assert _create(register, message_id="old-msg") == (record, True)


# -- starting ------------------------------------------------------------------------------


def test_start_moves_the_request_to_identity_pending(register: Register) -> None:
    reference, token, code = _pending(register)
    assert len(token) >= 43 and code.isdigit() and len(code) == 6
    assert register.get(reference).status == "identity_pending"  # type: ignore[union-attr]
    assert _kinds(register, reference)[-1] == (
        "status",
        "received",
        "identity_pending",
        "verification code sent by e-mail",
    )


def test_every_start_gives_new_secrets(register: Register) -> None:
    references = [_create(register, email=f"p{n}@example.nl")[0].reference for n in range(5)]
    tokens = {register.start_verification(reference, TTL)[0] for reference in references}
    assert len(tokens) == 5


@pytest.mark.parametrize(
    ("path", "email"),
    [
        (["withdrawn"], EMAIL),
        (["in_progress", "completed"], EMAIL),
        (["in_progress", "refused"], EMAIL),
        (["in_progress"], EMAIL),  # past the identity step: no way back
        ([], None),  # nothing to send a code to
    ],
)
def test_start_is_refused(register: Register, path: list[str], email: str | None) -> None:
    record, _ = _create(register, email=email, phone="0612345678")
    for status in path:
        register.advance(record.reference, status, "officer", note="reden")
    with pytest.raises(VerificationUnavailableError) as caught:
        register.start_verification(record.reference, TTL)
    assert record.reference in str(caught.value)
    assert register.get(record.reference).status == (path[-1] if path else "received")  # type: ignore[union-attr]


def test_start_checks_its_arguments(register: Register) -> None:
    reference = _create(register)[0].reference
    with pytest.raises(UnknownRequestError):
        register.start_verification("AVG-2029-999999", TTL)
    for ttl in (timedelta(0), timedelta(hours=-1), 72):
        with pytest.raises(RegisterValueError):
            register.start_verification(reference, ttl)  # type: ignore[arg-type]
    with pytest.raises(RegisterValueError):
        register.start_verification(reference, TTL, actor=" ")
    assert register.get(reference).status == "received"  # type: ignore[union-attr]


# -- confirming ----------------------------------------------------------------------------


def test_confirm_by_link(register: Register) -> None:
    reference, token, _ = _pending(register)
    record = register.confirm_verification(token)
    assert record.reference == reference and record.status == "in_progress"
    assert _kinds(register, reference)[-1] == (
        "status",
        "identity_pending",
        "in_progress",
        "identity verified by e-mail link",
    )
    assert register.history(reference)[-1].actor == "requester"


def test_confirm_by_code_forgives_spaces_and_case(register: Register) -> None:
    reference, _, code = _pending(register)
    typed = f" {code[:3]} {code[3:]} "
    record = register.confirm_verification(reference=f" {reference.lower()} ", code=typed)
    assert record.status == "in_progress"
    assert _kinds(register, reference)[-1][3] == "identity verified by e-mail code"


def test_a_verification_works_once(register: Register) -> None:
    reference, token, code = _pending(register)
    register.confirm_verification(reference=reference, code=code)
    with pytest.raises(VerificationUsedError):
        register.confirm_verification(token)
    with pytest.raises(VerificationUsedError):
        register.confirm_verification(reference=reference, code=code)
    assert [e.to_status for e in register.history(reference)].count("in_progress") == 1


def test_expiry(register: Register, clock: Clock) -> None:
    reference, token, code = _pending(register)
    other = _create(register, email="ander@example.nl")[0].reference
    other_token, _ = register.start_verification(other, TTL)
    clock.now += TTL - timedelta(microseconds=1)
    assert register.confirm_verification(other_token).status == "in_progress"  # just in time
    clock.now += timedelta(microseconds=1)
    with pytest.raises(VerificationExpiredError):
        register.confirm_verification(token)
    with pytest.raises(VerificationExpiredError):
        register.confirm_verification(reference=reference, code=code)
    # A wrong code against a dead verification is just wrong; nothing is counted.
    with pytest.raises(VerificationCodeError):
        register.confirm_verification(reference=reference, code=_wrong(code))
    assert register.get(reference).status == "identity_pending"  # type: ignore[union-attr]
    # A new mail starts afresh.
    token, _ = register.start_verification(reference, TTL)
    assert register.confirm_verification(token).status == "in_progress"


def test_five_wrong_codes_kill_the_verification(register: Register, db_path: Path) -> None:
    reference, token, code = _pending(register)
    for _ in range(VERIFICATION_MAX_ATTEMPTS - 1):
        with pytest.raises(VerificationCodeError):
            register.confirm_verification(reference=reference, code=_wrong(code))
    with pytest.raises(VerificationLockedError):
        register.confirm_verification(reference=reference, code=_wrong(code))
    # Dead: neither the right code nor the link brings it back.
    with pytest.raises(VerificationLockedError):
        register.confirm_verification(reference=reference, code=code)
    with pytest.raises(VerificationLockedError):
        register.confirm_verification(token)
    conn = sqlite3.connect(db_path)
    try:
        (attempts,) = conn.execute("SELECT attempts FROM verifications").fetchone()
    finally:
        conn.close()
    assert attempts == VERIFICATION_MAX_ATTEMPTS  # committed although every call raised
    assert register.get(reference).status == "identity_pending"  # type: ignore[union-attr]
    _, new_code = register.start_verification(reference, TTL)
    assert register.confirm_verification(reference=reference, code=new_code).is_open


def test_a_wrong_reference_looks_like_a_wrong_code(register: Register) -> None:
    reference, _, code = _pending(register)
    other = _create(register, email="ander@example.nl")[0].reference  # never verified
    messages = set()
    for ref, typed in [
        (reference, _wrong(code)),
        ("AVG-2029-999999", code),
        (other, code),
        (reference, "12345"),
        (reference, "abcdef"),
        ("", code),
    ]:
        with pytest.raises(VerificationCodeError) as caught:
            register.confirm_verification(reference=ref, code=typed)
        messages.add(str(caught.value))
    assert messages == {"the reference or the code is not right"}


@pytest.mark.parametrize("token", ["", "kort", "x" * 500, "é" * 43, "a/b+c=" * 8, "A" * 43])
def test_unknown_tokens(register: Register, token: str) -> None:
    _pending(register)
    with pytest.raises(VerificationUnknownError) as caught:
        register.confirm_verification(token)
    assert caught.value.reason == "unknown"


def test_a_resend_supersedes_the_earlier_mail(register: Register) -> None:
    reference, old_token, old_code = _pending(register)
    new_token, new_code = register.start_verification(reference, TTL)
    assert register.get(reference).status == "identity_pending"  # type: ignore[union-attr]
    assert _kinds(register, reference)[-1][:3] == (
        "verification",
        "identity_pending",
        "identity_pending",
    )
    with pytest.raises(VerificationSupersededError):
        register.confirm_verification(old_token)
    if old_code != new_code:
        with pytest.raises(VerificationSupersededError):
            register.confirm_verification(reference=reference, code=old_code)
    assert register.confirm_verification(new_token).status == "in_progress"


def test_a_request_that_moved_on_is_not_confirmed(register: Register) -> None:
    reference, token, code = _pending(register)
    register.advance(reference, "withdrawn", "officer", note="ingetrokken per telefoon")
    with pytest.raises(VerificationNotPendingError):
        register.confirm_verification(token)
    with pytest.raises(VerificationNotPendingError):
        register.confirm_verification(reference=reference, code=code)
    assert register.get(reference).status == "withdrawn"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"token": "x" * 43, "reference": "AVG-2029-000001"},
        {"reference": "AVG-2029-000001"},
        {"code": "123456"},
        {"token": "x" * 43, "actor": ""},
    ],
)
def test_confirm_checks_its_arguments(register: Register, kwargs: dict[str, str]) -> None:
    with pytest.raises(RegisterValueError):
        register.confirm_verification(**kwargs)


def test_errors_name_no_secret(register: Register, clock: Clock) -> None:
    reference, token, code = _pending(register)
    caught: list[VerificationError] = []

    def attempt(**kwargs: str) -> None:
        with pytest.raises(VerificationError) as error:
            register.confirm_verification(**kwargs)
        caught.append(error.value)

    attempt(token=token[:-1] + ("A" if token[-1] != "A" else "B"))
    for _ in range(VERIFICATION_MAX_ATTEMPTS):
        attempt(reference=reference, code=_wrong(code))
    attempt(reference=reference, code=code)
    attempt(token=token)
    new_token, new_code = register.start_verification(reference, TTL)
    clock.now += TTL
    attempt(token=new_token)
    attempt(reference=reference, code=new_code)
    assert {type(e) for e in caught} >= {
        VerificationUnknownError,
        VerificationCodeError,
        VerificationLockedError,
        VerificationExpiredError,
    }
    for error in caught:
        assert isinstance(error, RegisterError)
        text = f"{error} {error!r} {error.args}"
        for secret in (token, code, new_token, new_code):
            assert secret not in text
        assert EMAIL.lower() not in text.lower()


def test_the_file_holds_no_token_code_or_address(register: Register, db_path: Path) -> None:
    secrets: list[str] = []
    for n in range(3):
        reference = _create(register, email=f"Persoon.{n}@Voorbeeld.NL", message_id=f"m{n}")[
            0
        ].reference
        token, code = register.start_verification(reference, TTL)
        secrets += [token, code]
        if n == 0:
            register.confirm_verification(token)
        if n == 1:
            token, code = register.start_verification(reference, TTL)  # a resend
            secrets += [token, code]
            register.confirm_verification(reference=reference, code=code)
    addresses = [f"Persoon.{n}@Voorbeeld.NL" for n in range(3)]

    def raw_bytes() -> bytes:
        data = b""
        for suffix in ("", "-wal", "-shm", "-journal"):
            path = Path(f"{db_path}{suffix}")
            if path.exists():
                data += path.read_bytes()
        return data

    def check(data: bytes) -> None:
        assert data
        needles = secrets + addresses + [a.lower() for a in addresses]
        for needle in needles:
            for encoded in (needle.encode("utf-8"), needle.encode("utf-16-le")):
                assert encoded not in data, "a secret or an address is in the register file"

    assert Path(f"{db_path}-wal").exists()
    check(raw_bytes())
    register.close()
    check(raw_bytes())
