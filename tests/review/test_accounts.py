"""``accounts.db``: users, verification without a timing tell, sessions and their limits."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.review import passwords
from bot.review.accounts import (
    ACCOUNTS_FILE,
    ACCOUNTS_MIGRATIONS,
    Accounts,
    DuplicateUserError,
    InvalidNameError,
    UnknownUserError,
)
from bot.review.passwords import PasswordPolicyError, ScryptParams
from bot.store.db import connect
from bot.store.schema import migrate, schema_version

FAST = ScryptParams(n=2**10)
PASSWORD = "paarden-staal-batterij"
IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=8)


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def accounts(tmp_path: Path, clock: Clock) -> Iterator[Accounts]:
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as opened:
        yield opened


@pytest.fixture
def kdf_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every run of the KDF, by its ``n``."""
    calls: list[int] = []
    real = passwords._kdf

    def counting(password: bytes, salt: bytes, params: ScryptParams, length: int) -> bytes:
        calls.append(params.n)
        return real(password, salt, params, length)

    monkeypatch.setattr(passwords, "_kdf", counting)
    return calls


def test_file_is_private_strict_and_migrated(accounts: Accounts, tmp_path: Path) -> None:
    path = tmp_path / ACCOUNTS_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with sqlite3.connect(path) as conn:
        tables = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    for table in ("roles", "users", "sessions"):
        assert "STRICT" in tables[table]
    assert schema_version(accounts._db) == len(ACCOUNTS_MIGRATIONS)


def test_reopening_keeps_users_and_migrates_nothing(tmp_path: Path, clock: Clock) -> None:
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as accounts:
        accounts.add("anne", "reviewer", PASSWORD)
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as accounts:
        assert [u.name for u in accounts.list()] == ["anne"]


def test_add_and_verify(accounts: Accounts) -> None:
    added = accounts.add("anne", "reviewer", PASSWORD)
    assert (added.name, added.role, added.disabled) == ("anne", "reviewer", False)
    assert added.created_at == "2026-03-10T12:00:00+00:00"
    assert accounts.verify("anne", PASSWORD) == added
    assert accounts.verify("anne", PASSWORD + "x") is None
    assert accounts.verify("anne", "") is None


def test_password_is_stored_only_as_scrypt_hash(accounts: Accounts, tmp_path: Path) -> None:
    accounts.add("anne", "reviewer", PASSWORD)
    stored = accounts._db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("scrypt$1024$8$1$")
    assert PASSWORD.encode() not in (tmp_path / ACCOUNTS_FILE).read_bytes()


def test_short_password_is_refused_and_nothing_stored(accounts: Accounts) -> None:
    with pytest.raises(PasswordPolicyError):
        accounts.add("anne", "reviewer", "elf-tekens!")
    assert accounts.list() == []
    accounts.add("anne", "reviewer", PASSWORD)
    with pytest.raises(PasswordPolicyError):
        accounts.set_password("anne", "kort")
    assert accounts.verify("anne", PASSWORD) is not None


def test_duplicates_names_and_roles_are_refused(accounts: Accounts) -> None:
    accounts.add("anne", "reviewer", PASSWORD)
    with pytest.raises(DuplicateUserError):
        accounts.add("anne", "officer", PASSWORD)
    for bad in ("", "Anne", "anne jansen", "anne@example.nl", "-anne", "a" * 65):
        with pytest.raises(InvalidNameError):
            accounts.add(bad, "reviewer", PASSWORD)
    with pytest.raises(InvalidNameError):
        accounts.add("bram", "admin", PASSWORD)
    with pytest.raises(UnknownUserError):
        accounts.set_password("nobody", PASSWORD)
    with pytest.raises(UnknownUserError):
        accounts.disable("nobody")


def test_unknown_name_still_runs_the_kdf(accounts: Accounts, kdf_calls: list[int]) -> None:
    accounts.add("anne", "reviewer", PASSWORD)
    kdf_calls.clear()
    assert accounts.verify("nobody", PASSWORD) is None
    assert len(kdf_calls) == 1
    assert accounts.verify("Not A Valid Name!", PASSWORD) is None
    assert len(kdf_calls) == 2
    assert accounts.verify("anne", "wrong password here") is None
    assert len(kdf_calls) == 3
    # the dummy run costs what a real one costs: the same parameters
    assert kdf_calls[0] == kdf_calls[2] == FAST.n


def test_disabled_user_cannot_log_in_but_the_kdf_runs(
    accounts: Accounts, kdf_calls: list[int]
) -> None:
    accounts.add("anne", "reviewer", PASSWORD)
    accounts.disable("anne")
    kdf_calls.clear()
    assert accounts.verify("anne", PASSWORD) is None
    assert len(kdf_calls) == 1
    user = accounts.get("anne")
    assert user is not None and user.disabled
    accounts.enable("anne")
    assert accounts.verify("anne", PASSWORD) is not None


def test_set_password_and_role(accounts: Accounts) -> None:
    accounts.add("anne", "reviewer", PASSWORD)
    accounts.set_password("anne", "een-heel-nieuw-wachtwoord")
    assert accounts.verify("anne", PASSWORD) is None
    assert accounts.verify("anne", "een-heel-nieuw-wachtwoord") is not None
    assert accounts.set_role("anne", "officer").role == "officer"


def test_old_parameters_are_upgraded_on_login(tmp_path: Path, clock: Clock) -> None:
    with Accounts.in_dir(tmp_path, clock=clock, params=ScryptParams(n=2**4)) as accounts:
        accounts.add("anne", "reviewer", PASSWORD)
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as accounts:
        assert accounts.verify("anne", PASSWORD) is not None
        stored = accounts._db.execute("SELECT password_hash FROM users").fetchone()[0]
        assert stored.startswith("scrypt$1024$")
        assert accounts.verify("anne", PASSWORD) is not None


def test_session_lookup_idle_and_absolute_limits(accounts: Accounts, clock: Clock) -> None:
    user = accounts.add("anne", "reviewer", PASSWORD)
    session = accounts.create_session(user, LIFETIME)
    assert len(session.token) >= 43 and len(session.csrf_token) >= 43
    stored = accounts._db.execute("SELECT token_digest FROM sessions").fetchone()[0]
    assert session.token not in stored  # only the digest is stored

    found = accounts.session(session.token, IDLE)
    assert found is not None and found.user == user and found.csrf_token == session.csrf_token
    assert accounts.session("not-a-token", IDLE) is None

    # kept alive by use, every 29 minutes, until the absolute limit
    for _ in range(20):
        clock.now += timedelta(minutes=29)
        if clock.now >= session.expires_at:
            break
        assert accounts.session(session.token, IDLE) is not None
    else:
        pytest.fail("the absolute limit was never reached")
    assert accounts.session(session.token, IDLE) is None
    assert accounts.session_count() == 0  # the expired one was removed
    assert session.token not in repr(session) and session.csrf_token not in repr(session)

    idle = accounts.create_session(user, LIFETIME)
    clock.now += timedelta(minutes=30)
    assert accounts.session(idle.token, IDLE) is None


def test_password_change_and_disabling_end_sessions(accounts: Accounts) -> None:
    user = accounts.add("anne", "reviewer", PASSWORD)
    first = accounts.create_session(user, LIFETIME)
    accounts.set_password("anne", "een-heel-nieuw-wachtwoord")
    assert accounts.session(first.token, IDLE) is None
    second = accounts.create_session(user, LIFETIME)
    accounts.disable("anne")
    assert accounts.session(second.token, IDLE) is None
    assert accounts.session_count() == 0


def test_role_change_counts_on_the_next_lookup(accounts: Accounts) -> None:
    user = accounts.add("anne", "reviewer", PASSWORD)
    session = accounts.create_session(user, LIFETIME)
    accounts.set_role("anne", "officer")
    found = accounts.session(session.token, IDLE)
    assert found is not None and found.user.role == "officer"


def test_end_session(accounts: Accounts) -> None:
    user = accounts.add("anne", "reviewer", PASSWORD)
    session = accounts.create_session(user, LIFETIME)
    assert accounts.end_session(session.token)
    assert not accounts.end_session(session.token)
    assert accounts.session(session.token, IDLE) is None


def test_previous_visit_is_where_the_last_session_left_off(
    accounts: Accounts, clock: Clock
) -> None:
    user = accounts.add("anne", "reviewer", PASSWORD)
    first = accounts.create_session(user, LIFETIME)
    assert first.previous_visit is None  # never here before
    clock.now += timedelta(minutes=5)
    accounts.session(first.token, IDLE)  # still working at 12:05
    clock.now += timedelta(seconds=10)
    accounts.session(first.token, IDLE)  # 12:05:10: within the touch interval, not written
    accounts.end_session(first.token)

    clock.now += timedelta(days=1)
    second = accounts.create_session(user, LIFETIME)
    assert second.previous_visit == datetime(2026, 3, 10, 12, 5, tzinfo=UTC)
    # the same "since" for the whole session, however often the page is loaded
    clock.now += timedelta(minutes=20)
    found = accounts.session(second.token, IDLE)
    assert found is not None and found.previous_visit == second.previous_visit
    # another user's visits are their own
    olga = accounts.add("olga", "officer", PASSWORD)
    assert accounts.create_session(olga, LIFETIME).previous_visit is None


def test_a_version_one_file_is_migrated_and_its_sessions_survive(
    tmp_path: Path, clock: Clock
) -> None:
    db = connect(tmp_path / ACCOUNTS_FILE)
    migrate(db, ACCOUNTS_MIGRATIONS[:1])  # an accounts.db from before the start page
    db.conn.close()
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as accounts:
        user = accounts.add("anne", "reviewer", PASSWORD)
    db = connect(tmp_path / ACCOUNTS_FILE)
    db.execute(
        "INSERT INTO sessions (token_digest, user_id, csrf_token, created_at, last_seen,"
        " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
        ["0" * 64, user.id, "c" * 43, "2026-03-10T12:00:00+00:00", "2026-03-10T12:00:00+00:00",
         "2026-03-10T20:00:00+00:00"],
    )  # fmt: skip
    db.conn.close()
    with Accounts.in_dir(tmp_path, clock=clock, params=FAST) as accounts:
        assert schema_version(accounts._db) == len(ACCOUNTS_MIGRATIONS)
        assert accounts.session_count() == 1
        assert accounts.create_session(user, LIFETIME).previous_visit is None
