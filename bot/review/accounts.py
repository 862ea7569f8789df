"""The review UI's accounts and sessions, in their own SQLite file ``<data_dir>/accounts.db``.

Why a file of its own: password hashes and live session tokens are the keys to every
message in the store; a copy of the message database (for a bug report, for analysis) must
not carry them, and the accounts must not disappear when the message store is purged or
rebuilt. The file is created 0600 and opened like the other stores (:func:`bot.store.db.connect`:
WAL, foreign keys, ``secure_delete`` so a changed hash leaves no copy in free pages).

Sessions are server-side: the browser holds a random token, the database only its SHA-256
digest, so a stolen database cannot be replayed as a cookie. A session is valid while it is
younger than its absolute limit (``expires_at``) *and* was used within the idle limit the
caller passes; it dies with its user's password change, disabling or deletion.

The start page lists what arrived since the reviewer's previous visit, so each user has one
``last_seen`` moment (moved along with the session's, never more often than
:data:`TOUCH_INTERVAL`; one timestamp, overwritten, no log of visits). A new session copies
it into ``previous_visit`` before moving it: "since your last visit" stays the same for the
whole session instead of emptying on the first reload.

Thread-safe by a lock like :class:`bot.store.register.Register`; from asyncio call it in a
worker thread (password checks take ~0.1 s of CPU by design).
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from bot.review.passwords import (
    DEFAULT_PARAMS,
    PasswordPolicyError,
    ScryptParams,
    check_password_policy,
    dummy_verify,
    hash_password,
    needs_rehash,
    verify_password,
)
from bot.store.db import OpenDatabase, connect, write_transaction
from bot.store.errors import StoreClosedError, StoreError
from bot.store.schema import Migration, migrate

__all__ = [
    "ACCOUNTS_FILE",
    "ACCOUNTS_MIGRATIONS",
    "ROLES",
    "AccountError",
    "Accounts",
    "AccountsClosedError",
    "DuplicateUserError",
    "InvalidNameError",
    "Session",
    "UnknownUserError",
    "User",
    "check_name",
    "check_role",
    "utc_now",
]

log = logging.getLogger("privacywacht.review")

ACCOUNTS_FILE = "accounts.db"
ROLES = ("reviewer", "officer")
#: Lower-case letters, digits and ``. _ -``: a login name is typed, shown in the header and
#: logged as the ``actor``, so it must be unambiguous and id-like (no spaces, no ``@``).
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")
#: ``last_seen`` is written at most this often: a page view per second need not be a write.
TOUCH_INTERVAL = timedelta(seconds=30)

Clock = Callable[[], datetime]


class AccountError(StoreError):
    """An account operation was refused; the message names users and roles, never secrets."""


class AccountsClosedError(StoreClosedError):
    """The accounts database was closed."""


class UnknownUserError(AccountError, LookupError):
    """No user has that name."""


class DuplicateUserError(AccountError):
    """A user with that name already exists."""


class InvalidNameError(AccountError, ValueError):
    """A name or role that is not allowed."""


@dataclass(frozen=True)
class User:
    """An account as the rest of the code sees it: never the password hash."""

    id: int
    name: str
    role: str
    created_at: str
    disabled: bool

    @property
    def is_officer(self) -> bool:
        return self.role == "officer"


@dataclass(frozen=True)
class Session:
    """A live session. ``token`` is set only by :meth:`Accounts.create_session` (the one
    moment the plain token exists on the server, to put it in the cookie)."""

    digest: str = field(repr=False)
    user: User
    csrf_token: str = field(repr=False)
    created_at: datetime
    last_seen: datetime
    expires_at: datetime
    token: str = field(default="", repr=False)
    #: When the user was last seen before this session began; None on the first login.
    previous_visit: datetime | None = None


_INITIAL = [
    # A lookup table rather than CHECK (role IN ...): a new role is an INSERT, not a rebuild.
    "CREATE TABLE roles (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 64),
        role TEXT NOT NULL REFERENCES roles (name),
        password_hash TEXT NOT NULL CHECK (password_hash LIKE 'scrypt$%'),
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
    ) STRICT
    """,
    """
    CREATE TABLE sessions (
        token_digest TEXT PRIMARY KEY NOT NULL
            CHECK (length(token_digest) = 64 AND token_digest NOT GLOB '*[^0-9a-f]*'),
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
        created_at TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        expires_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX sessions_user ON sessions (user_id)",
    "CREATE INDEX sessions_expires_at ON sessions (expires_at)",
]


def _m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    db["roles"].insert_all({"name": role} for role in ROLES)


def _m002_last_visit(db: Database) -> None:
    db.execute("ALTER TABLE users ADD COLUMN last_seen TEXT")
    db.execute("ALTER TABLE sessions ADD COLUMN previous_visit TEXT")


ACCOUNTS_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "review accounts and sessions", _m001_initial),
    Migration(2, "each user's last visit, for the start page", _m002_last_visit),
)


def utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    """ISO 8601 in UTC with seconds: sorts as text, so SQL can compare it."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _visit(moment: datetime) -> str:
    """A visit to the microsecond, as the message store stamps messages: a message stored a
    moment before the visit is not "new" on the next one."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _moment(stamp: str | None) -> datetime | None:
    return datetime.fromisoformat(stamp) if stamp else None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _user(row: Any) -> User:
    return User(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        created_at=row["created_at"],
        disabled=bool(row["disabled"]),
    )


class Accounts(OpenDatabase):
    """Users and sessions in one SQLite file; opened (and migrated) on construction."""

    closed_error = AccountsClosedError

    def __init__(
        self,
        path: Path | str,
        *,
        clock: Clock = utc_now,
        params: ScryptParams = DEFAULT_PARAMS,
    ) -> None:
        self._path = Path(path)
        self._lock = threading.RLock()
        self._clock = clock
        self._params = params
        self._closed = False
        self._db = connect(self._path)
        try:
            self._db.execute("PRAGMA secure_delete=ON")
            migrate(self._db, ACCOUNTS_MIGRATIONS)
        except BaseException:
            self._db.close()
            self._closed = True
            raise

    @classmethod
    def in_dir(
        cls,
        data_dir: Path | str,
        *,
        clock: Clock = utc_now,
        params: ScryptParams = DEFAULT_PARAMS,
    ) -> Accounts:
        """The accounts at ``data_dir/accounts.db`` (created on first use)."""
        return cls(Path(data_dir) / ACCOUNTS_FILE, clock=clock, params=params)

    def __repr__(self) -> str:
        return f"Accounts(path={str(self._path)!r})"

    def now(self) -> datetime:
        """The clock the accounts use (injected in tests)."""
        return self._clock()

    # -- users -----------------------------------------------------------------------------

    def add(self, name: str, role: str, password: str) -> User:
        """Create a user. The password is hashed before the write lock is taken."""
        check_name(name)
        check_role(role)
        check_password_policy(password)
        encoded = hash_password(password, self._params)
        now = _stamp(self._clock())
        with self._lock:
            db = self._open_db()
            try:
                with write_transaction(db):
                    cursor = db.execute(
                        "INSERT INTO users (name, role, password_hash, created_at,"
                        " password_changed_at) VALUES (?, ?, ?, ?, ?)",
                        [name, role, encoded, now, now],
                    )
                    user_id = cursor.lastrowid
            except sqlite3.IntegrityError:
                if self._row(name) is not None:
                    raise DuplicateUserError(f"a user named {name} already exists") from None
                raise
        log.info("review.user_added", extra={"ctx": {"uid": user_id}})
        user = self.get(name)
        assert user is not None
        return user

    def get(self, name: str) -> User | None:
        """The user named ``name`` (disabled ones too), or None."""
        with self._lock:
            row = self._row(name)
        return _user(row) if row is not None else None

    def list(self) -> list[User]:
        """Every user, by name; never a hash."""
        with self._lock:
            rows = self._open_db().query(
                "SELECT id, name, role, created_at, disabled FROM users ORDER BY name"
            )
            return [_user(row) for row in rows]

    def set_password(self, name: str, password: str) -> None:
        """Replace the password; every session of the user ends (a changed password is
        usually a reaction to a leak, and a leaked password may have opened a session)."""
        check_password_policy(password)
        encoded = hash_password(password, self._params)
        user = self._update(
            name,
            "UPDATE users SET password_hash = ?, password_changed_at = ? WHERE name = ?",
            [encoded, _stamp(self._clock()), name],
            end_sessions=True,
        )
        log.info("review.password_changed", extra={"ctx": {"uid": user.id}})

    def set_role(self, name: str, role: str) -> User:
        """Change the role; takes effect on the user's next request (the role is read from
        this table on every request, not cached in the session)."""
        check_role(role)
        user = self._update(
            name, "UPDATE users SET role = ? WHERE name = ?", [role, name], end_sessions=False
        )
        log.info("review.role_changed", extra={"ctx": {"uid": user.id}})
        return self.get(name) or user

    def disable(self, name: str) -> None:
        """Block logins and end every session. The row stays: names in audit trails keep
        pointing at someone, and the name cannot be reused by a different person."""
        user = self._update(
            name, "UPDATE users SET disabled = 1 WHERE name = ?", [name], end_sessions=True
        )
        log.info("review.user_disabled", extra={"ctx": {"uid": user.id}})

    def enable(self, name: str) -> None:
        """Allow logins again (with the password the user had)."""
        user = self._update(
            name, "UPDATE users SET disabled = 0 WHERE name = ?", [name], end_sessions=False
        )
        log.info("review.user_enabled", extra={"ctx": {"uid": user.id}})

    def verify(self, name: str, password: str) -> User | None:
        """The user, if ``name`` is an enabled account and ``password`` is its password.

        Unknown and disabled names still run the KDF once (on a dummy hash), so the time an
        answer takes does not tell which names exist. A hash made with older parameters is
        replaced after a successful check.
        """
        with self._lock:
            row = self._row(name) if NAME_PATTERN.fullmatch(name) else None
        if row is None or row["disabled"]:
            dummy_verify(password, self._params)
            return None
        encoded = row["password_hash"]
        if not verify_password(password, encoded):
            return None
        if needs_rehash(encoded, self._params):
            self._rehash(row["id"], encoded, password)
        return _user(row)

    # -- sessions --------------------------------------------------------------------------

    def create_session(self, user: User, lifetime: timedelta) -> Session:
        """A new session for ``user`` that ends ``lifetime`` from now at the latest.

        Expired sessions of everyone are removed on the way: logins are rare enough to carry
        that housekeeping, and no timer is needed.
        """
        token = secrets.token_urlsafe(32)
        csrf = secrets.token_urlsafe(32)
        now = self._clock()
        expires = now + lifetime
        digest = _digest(token)
        with self._lock:
            db = self._open_db()
            with write_transaction(db):
                db.execute("DELETE FROM sessions WHERE expires_at <= ?", [_stamp(now)])
                rows = list(db.query("SELECT last_seen FROM users WHERE id = ?", [user.id]))
                previous = rows[0]["last_seen"] if rows else None
                db.execute(
                    "INSERT INTO sessions (token_digest, user_id, csrf_token, created_at,"
                    " last_seen, expires_at, previous_visit) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [digest, user.id, csrf, _stamp(now), _stamp(now), _stamp(expires), previous],
                )
                db.execute("UPDATE users SET last_seen = ? WHERE id = ?", [_visit(now), user.id])
        return Session(
            digest,
            user,
            csrf,
            now,
            now,
            expires,
            token=token,
            previous_visit=_moment(previous),
        )

    def session(self, token: str, idle: timedelta) -> Session | None:
        """The live session for a cookie's token, its ``last_seen`` moved to now; None for an
        unknown, expired or idle session or a disabled user (an expired one is deleted)."""
        if not token or len(token) > 200 or not token.isascii():
            return None
        digest = _digest(token)
        now = self._clock()
        with self._lock:
            db = self._open_db()
            rows = list(
                db.query(
                    "SELECT s.csrf_token, s.created_at AS s_created, s.last_seen, s.expires_at,"
                    " s.previous_visit, u.id, u.name, u.role, u.created_at, u.disabled"
                    " FROM sessions s JOIN users u ON u.id = s.user_id"
                    " WHERE s.token_digest = ?",
                    [digest],
                )
            )
            if not rows:
                return None
            row = rows[0]
            last_seen = datetime.fromisoformat(row["last_seen"])
            expires_at = datetime.fromisoformat(row["expires_at"])
            if row["disabled"] or now >= expires_at or now >= last_seen + idle:
                with write_transaction(db):
                    db.execute("DELETE FROM sessions WHERE token_digest = ?", [digest])
                outcome = "absolute" if now >= expires_at else "idle"
                log.info("review.session_expired", extra={"ctx": {"outcome": outcome}})
                return None
            if now - last_seen >= TOUCH_INTERVAL:
                with write_transaction(db):
                    db.execute(
                        "UPDATE sessions SET last_seen = ? WHERE token_digest = ?",
                        [_stamp(now), digest],
                    )
                    db.execute(
                        "UPDATE users SET last_seen = max(coalesce(last_seen, ''), ?) WHERE id = ?",
                        [_visit(now), row["id"]],
                    )
                last_seen = now
        return Session(
            digest=digest,
            user=_user(row),
            csrf_token=row["csrf_token"],
            created_at=datetime.fromisoformat(row["s_created"]),
            last_seen=last_seen,
            expires_at=expires_at,
            previous_visit=_moment(row["previous_visit"]),
        )

    def end_session(self, token: str) -> bool:
        """Delete the session of this token (logout); True when there was one."""
        if not token or len(token) > 200:
            return False
        with self._lock:
            db = self._open_db()
            with write_transaction(db):
                cursor = db.execute("DELETE FROM sessions WHERE token_digest = ?", [_digest(token)])
            return cursor.rowcount > 0

    def end_sessions(self, name: str) -> int:
        """Delete every session of the user; the number deleted."""
        with self._lock:
            row = self._row(name)
            if row is None:
                raise UnknownUserError(f"no user named {name}")
            db = self._open_db()
            with write_transaction(db):
                cursor = db.execute("DELETE FROM sessions WHERE user_id = ?", [row["id"]])
            return cursor.rowcount

    def session_count(self) -> int:
        """Sessions stored (live or not yet cleaned up); for tests and the dashboard."""
        with self._lock:
            return self._open_db().execute("SELECT count(*) FROM sessions").fetchone()[0]

    # -- internals -------------------------------------------------------------------------

    def _row(self, name: str) -> Any:
        rows = list(self._open_db().query("SELECT * FROM users WHERE name = ?", [name]))
        return rows[0] if rows else None

    def _update(self, name: str, sql: str, params: list[Any], *, end_sessions: bool) -> User:
        with self._lock:
            db = self._open_db()
            with write_transaction(db):
                row = self._row(name)
                if row is None:
                    raise UnknownUserError(f"no user named {name}")
                db.execute(sql, params)
                if end_sessions:
                    db.execute("DELETE FROM sessions WHERE user_id = ?", [row["id"]])
        return _user(row)

    def _rehash(self, user_id: int, old: str, password: str) -> None:
        try:
            encoded = hash_password(password, self._params)
        except PasswordPolicyError:  # a rule tightened since; the next password change fixes it
            return
        with self._lock:
            db = self._open_db()
            with write_transaction(db):
                # only if nobody changed the password in the meantime
                db.execute(
                    "UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?",
                    [encoded, user_id, old],
                )
        log.info("review.password_rehashed", extra={"ctx": {"uid": user_id}})


def check_name(name: str) -> None:
    if not isinstance(name, str) or not NAME_PATTERN.fullmatch(name):
        raise InvalidNameError(
            "a user name is 1-64 characters: lower-case letters, digits, '.', '_' or '-',"
            " starting with a letter or digit"
        )


def check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidNameError(f"unknown role; expected one of: {', '.join(ROLES)}")
