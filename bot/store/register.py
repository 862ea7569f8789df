"""The register of privacy requests (AVG/GDPR data-subject requests, art. 12-22 and 77).

A controller must answer such requests within a month (art. 12(3)) and be able to show that
it did (art. 5(2), accountability). This register keeps, per request, what the privacy
officer needs for both: a reference to quote to the requester, the type, the deadline (and
its one extension), the status, and an append-only history of who did what when.

It lives in a SQLite file of its own (``<data_dir>/register.db``), apart from the message
store: it has another lifetime (the evidence is kept after the messages are gone), other
readers (the privacy officer) and its own migrations.

The file alone reveals no one. A requester is known by keyed digests of the normalised
e-mail address and phone number (enough to link a repeated request and to find earlier ones)
and by their contact details encrypted with Fernet; both keys come from the caller's
configuration, never from the file (see :mod:`bot.store.contact_crypto`). What *is* stored in
plain text: the type, channel, timestamps, ids of the linked conversation and message, the
actor names and the free-text notes, reasons and motivations. Those notes must describe, not
quote: they are not encrypted (they are append-only, so they could never be re-encrypted).

Errors (:class:`RegisterError` and its subclasses) name references, statuses, fields and key
ids — never a contact detail.
"""

from __future__ import annotations

import builtins
import csv
import hashlib
import hmac
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TextIO

from sqlite_utils import Database

from bot.store.contact_crypto import (
    ContactCipher,
    ContactError,
    ContactHasher,
    ContactKeyError,
    InvalidContactError,
    clean_email,
    normalise_phone,
)
from bot.store.db import DB_FILE_MODE, OpenDatabase, connect, write_transaction
from bot.store.deadlines import extended_deadline, response_deadline
from bot.store.errors import StoreClosedError, StoreError
from bot.store.models import CHANNELS
from bot.store.schema import Migration, migrate
from pipelines.request_types import REQUEST_TYPES

__all__ = [
    "CSV_COLUMNS",
    "DUPLICATE_WINDOW",
    "OPEN_STATUSES",
    "REGISTER_FILE",
    "REGISTER_MIGRATIONS",
    "REQUEST_CHANNELS",
    "REQUEST_STATUSES",
    "REQUEST_TYPES",
    "TERMINAL_STATUSES",
    "TRANSITIONS",
    "VERIFICATION_MAX_ATTEMPTS",
    "ContactError",
    "ContactKeyError",
    "ExtensionError",
    "HmacKeyMismatchError",
    "InvalidContactError",
    "InvalidTransitionError",
    "MissingReasonError",
    "Register",
    "RegisterClosedError",
    "RegisterContactError",
    "RegisterError",
    "RegisterEvent",
    "RegisterKeyError",
    "RegisterValueError",
    "RequestRecord",
    "UnknownRequestError",
    "VerificationCodeError",
    "VerificationError",
    "VerificationExpiredError",
    "VerificationLockedError",
    "VerificationNotPendingError",
    "VerificationSupersededError",
    "VerificationUnavailableError",
    "VerificationUnknownError",
    "VerificationUsedError",
]

REGISTER_FILE = "register.db"

#: The message channels, plus the ways a request reaches a company outside this service: a
#: request by letter or by telephone is just as valid and has the same deadline.
REQUEST_CHANNELS: tuple[str, ...] = (*CHANNELS, "letter", "phone", "in_person")

OPEN_STATUSES: tuple[str, ...] = ("received", "identity_pending", "in_progress")
TERMINAL_STATUSES: tuple[str, ...] = ("completed", "refused", "withdrawn")
REQUEST_STATUSES: tuple[str, ...] = (*OPEN_STATUSES, *TERMINAL_STATUSES)

#: The status machine. A withdrawal can come at any moment before the answer; a final status
#: has no way out (a new question is a new request with a new deadline).
TRANSITIONS: Mapping[str, frozenset[str]] = {
    "received": frozenset({"identity_pending", "in_progress", "withdrawn"}),
    "identity_pending": frozenset({"in_progress", "withdrawn"}),
    "in_progress": frozenset({"completed", "refused", "withdrawn"}),
    "completed": frozenset(),
    "refused": frozenset(),
    "withdrawn": frozenset(),
}

#: A second request of the same type from the same person within this window is the same
#: request (a reminder, a copy by another channel), not a new one with a new deadline.
DUPLICATE_WINDOW = timedelta(days=30)
#: A received_at further ahead of the clock than this is a typo, not a request.
FUTURE_TOLERANCE = timedelta(days=1)

#: The columns of :meth:`Register.export_csv`: what the officer's overview needs, no contact.
CSV_COLUMNS: tuple[str, ...] = (
    "reference",
    "type",
    "status",
    "channel",
    "received_at",
    "due_at",
    "extended_until",
    "closed_at",
)

#: Wrong codes a verification survives; the next one kills it (a new mail starts afresh).
#: Six digits give a guesser 5 in 1,000,000 per mail, and only the service can send a mail.
VERIFICATION_MAX_ATTEMPTS = 5
#: The one-time code is this many decimal digits: short enough to type from a phone.
VERIFICATION_CODE_DIGITS = 6

Clock = Callable[[], datetime]


# -- errors --------------------------------------------------------------------------------


class RegisterError(StoreError):
    """Something in the register went wrong; the message never carries personal data."""


class RegisterClosedError(RegisterError, StoreClosedError):
    """The register was closed."""


class RegisterValueError(RegisterError, ValueError):
    """An argument the register can never accept (unknown type, empty actor, ...)."""


class MissingReasonError(RegisterValueError):
    """A refusal without a motivation, or an extension without a reason (art. 12(3)/(4))."""


class UnknownRequestError(RegisterError, LookupError):
    """No request has this reference."""


class InvalidTransitionError(RegisterError):
    """The status machine does not allow this step; the message names both statuses."""

    def __init__(self, reference: str, from_status: str, to_status: str) -> None:
        self.reference = reference
        self.from_status = from_status
        self.to_status = to_status
        allowed = sorted(TRANSITIONS.get(from_status, ()))
        if not allowed:
            text = (
                f"request {reference} is {from_status!r}, a final status: "
                f"it cannot move to {to_status!r}"
            )
        else:
            text = (
                f"request {reference} cannot go from {from_status!r} to {to_status!r} "
                f"(from {from_status!r} only to: {', '.join(allowed)})"
            )
        super().__init__(text)


class ExtensionError(RegisterError):
    """The deadline cannot be extended (already extended, deadline passed, request closed)."""


class HmacKeyMismatchError(RegisterError):
    """The HMAC key is not the one the register was created with."""


class RegisterKeyError(RegisterError, ContactKeyError):
    """A contact key is missing or wrong, or a ciphertext does not open (names key ids only).

    Both a :class:`RegisterError` and a :class:`~bot.store.contact_crypto.ContactKeyError`,
    so either ``except`` catches it.
    """


class RegisterContactError(RegisterValueError, InvalidContactError):
    """An e-mail address or phone number that cannot be read; the value is not repeated."""


class VerificationError(RegisterError):
    """An identity verification cannot start or does not confirm.

    ``reason`` is a short enum (``expired``, ``used``, ...) that a web page turns into a
    sentence for the requester. The message names the reference at most: never the token,
    the code or the address, because errors end up in logs and on screens.
    """

    reason = "failed"


class VerificationUnavailableError(VerificationError):
    """No verification can start: the request is closed, has no e-mail address, or is past
    the identity step (the status machine has no way back to ``identity_pending``)."""

    reason = "unavailable"


class VerificationUnknownError(VerificationError):
    """No verification has this link token (mistyped, cut off, or never issued)."""

    reason = "unknown"


class VerificationCodeError(VerificationError):
    """The code does not match the reference (or there is no such reference: the two are
    told apart for no one, so that a guesser learns nothing about which references exist)."""

    reason = "wrong_code"


class VerificationLockedError(VerificationError):
    """Too many wrong codes: this verification is dead; only a new mail starts another."""

    reason = "locked"


class VerificationExpiredError(VerificationError):
    """The link and code are past their time to live."""

    reason = "expired"


class VerificationUsedError(VerificationError):
    """The link or code was used already: each works once."""

    reason = "used"


class VerificationSupersededError(VerificationError):
    """A newer mail was sent for the same request; only its link and code count."""

    reason = "superseded"


class VerificationNotPendingError(VerificationError):
    """The request no longer waits for verification (withdrawn, or moved on by the officer)."""

    reason = "not_pending"


# -- values --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request as registered. Contact details are not in it: see :meth:`Register.contact`.

    Timestamps are ISO 8601 UTC strings of fixed width (text order is time order), as in the
    message store. ``extension_notified_at`` is when the requester was told of the extension
    and its reason, which art. 12(3) requires within the first month.
    """

    reference: str
    type: str
    channel: str
    status: str
    received_at: str
    due_at: str
    extended_until: str | None
    extension_reason: str | None
    extended_at: str | None
    extension_notified_at: str | None
    closed_at: str | None
    refusal_motivation: str | None
    conversation_id: str | None
    message_id: str | None
    on_behalf_of: bool
    has_email: bool
    has_phone: bool
    created_at: str
    updated_at: str

    @property
    def deadline(self) -> str:
        """The deadline that applies now: the extended one if there is one."""
        return self.extended_until or self.due_at

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


@dataclass(frozen=True, slots=True)
class RegisterEvent:
    """One line of a request's history.

    ``kind``: received, status, duplicate, extended, or verification (a new verification
    mail while the status stays ``identity_pending``).
    """

    id: int
    reference: str
    at: str
    actor: str
    kind: str
    from_status: str | None
    to_status: str
    note: str | None


# -- schema --------------------------------------------------------------------------------

_HEX64 = "length({col}) = 64 AND {col} NOT GLOB '*[^0-9a-f]*'"

_INITIAL = [
    # Lookup tables rather than CHECK (... IN ...): a new type, channel or transition is an
    # INSERT in a later migration, not a table rebuild.
    "CREATE TABLE request_types (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    "CREATE TABLE request_channels (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    """
    CREATE TABLE request_statuses (
        name TEXT PRIMARY KEY NOT NULL,
        terminal INTEGER NOT NULL CHECK (terminal IN (0, 1))
    ) STRICT, WITHOUT ROWID
    """,
    """
    CREATE TABLE request_transitions (
        from_status TEXT NOT NULL REFERENCES request_statuses (name),
        to_status TEXT NOT NULL REFERENCES request_statuses (name),
        PRIMARY KEY (from_status, to_status)
    ) STRICT, WITHOUT ROWID
    """,
    # The fingerprint of the HMAC key (see ContactHasher.fingerprint); nothing secret.
    """
    CREATE TABLE register_meta (
        name TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    f"""
    CREATE TABLE requests (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL UNIQUE
            CHECK (reference = printf('AVG-%04d-%06d', year, sequence)),
        year INTEGER NOT NULL CHECK (year BETWEEN 1000 AND 9999),
        sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
        type TEXT NOT NULL REFERENCES request_types (name),
        channel TEXT NOT NULL REFERENCES request_channels (name),
        status TEXT NOT NULL REFERENCES request_statuses (name),
        on_behalf_of INTEGER NOT NULL CHECK (on_behalf_of IN (0, 1)),
        conversation_id TEXT CHECK (conversation_id IS NULL OR conversation_id <> ''),
        message_id TEXT CHECK (message_id IS NULL OR message_id <> ''),
        received_at TEXT NOT NULL,
        due_at TEXT NOT NULL CHECK (due_at > received_at),
        extended_until TEXT CHECK (extended_until IS NULL OR extended_until > due_at),
        extension_reason TEXT CHECK (extension_reason IS NULL OR extension_reason <> ''),
        extended_at TEXT,
        extension_notified_at TEXT,
        closed_at TEXT,
        refusal_motivation TEXT CHECK (refusal_motivation IS NULL OR refusal_motivation <> ''),
        email_hmac TEXT CHECK (email_hmac IS NULL OR ({_HEX64.format(col="email_hmac")})),
        phone_hmac TEXT CHECK (phone_hmac IS NULL OR ({_HEX64.format(col="phone_hmac")})),
        contact_key_id TEXT CHECK (contact_key_id IS NULL OR contact_key_id <> ''),
        contact_enc TEXT CHECK (contact_enc IS NULL OR contact_enc <> ''),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (year, sequence),
        CHECK ((contact_key_id IS NULL) = (contact_enc IS NULL)),
        CHECK ((extended_until IS NULL) = (extension_reason IS NULL)
            AND (extended_until IS NULL) = (extended_at IS NULL)
            AND (extended_until IS NULL) = (extension_notified_at IS NULL)),
        CHECK ((status = 'refused') = (refusal_motivation IS NOT NULL))
    ) STRICT
    """,
    "CREATE INDEX requests_email ON requests (email_hmac, type) WHERE email_hmac IS NOT NULL",
    "CREATE INDEX requests_phone ON requests (phone_hmac, type) WHERE phone_hmac IS NOT NULL",
    "CREATE INDEX requests_status ON requests (status, due_at)",
    "CREATE INDEX requests_received ON requests (received_at)",
    # The status machine again, in the database: a script that edits the file directly
    # cannot reopen a closed request either.
    """
    CREATE TRIGGER requests_status_transition BEFORE UPDATE OF status ON requests
    WHEN NEW.status IS NOT OLD.status AND NOT EXISTS (
        SELECT 1 FROM request_transitions
        WHERE from_status = OLD.status AND to_status = NEW.status
    )
    BEGIN
        SELECT RAISE(ABORT, 'register: status transition not allowed');
    END
    """,
    # The register is evidence (art. 5(2)); requests are closed, never deleted.
    """
    CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests
    BEGIN
        SELECT RAISE(ABORT, 'register: requests are never deleted');
    END
    """,
    """
    CREATE TABLE request_events (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (actor <> ''),
        kind TEXT NOT NULL CHECK (kind <> ''),
        from_status TEXT REFERENCES request_statuses (name),
        to_status TEXT NOT NULL REFERENCES request_statuses (name),
        note TEXT
    ) STRICT
    """,
    "CREATE INDEX request_events_request ON request_events (request_id, id)",
    # Append-only: a history that can be edited proves nothing.
    """
    CREATE TRIGGER request_events_no_update BEFORE UPDATE ON request_events
    BEGIN
        SELECT RAISE(ABORT, 'register: request_events is append-only');
    END
    """,
    """
    CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events
    BEGIN
        SELECT RAISE(ABORT, 'register: request_events is append-only');
    END
    """,
]


def _m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    db["request_types"].insert_all({"name": name} for name in REQUEST_TYPES)
    db["request_channels"].insert_all({"name": name} for name in REQUEST_CHANNELS)
    db["request_statuses"].insert_all(
        {"name": name, "terminal": int(name in TERMINAL_STATUSES)} for name in REQUEST_STATUSES
    )
    db["request_transitions"].insert_all(
        {"from_status": source, "to_status": target}
        for source, targets in TRANSITIONS.items()
        for target in sorted(targets)
    )


_VERIFICATION = [
    # Which message made (or repeated) which request. The service registers a request after
    # committing the message; when it crashes in between, the provider delivers the message
    # again and create() must find the request instead of making a second one (or a second
    # "duplicate" event). A message belongs to at most one request.
    """
    CREATE TABLE request_messages (
        message_id TEXT PRIMARY KEY NOT NULL CHECK (message_id <> ''),
        request_id INTEGER NOT NULL REFERENCES requests (id)
    ) STRICT
    """,
    "CREATE INDEX request_messages_request ON request_messages (request_id)",
    # Requests registered before this migration keep their idempotency: the first request of
    # a message wins, as it would have.
    """
    INSERT OR IGNORE INTO request_messages (message_id, request_id)
    SELECT message_id, id FROM requests WHERE message_id IS NOT NULL ORDER BY id
    """,
    # Identity verification by a one-time link and code sent to the address the request came
    # from (no copies of ID documents). Only digests are kept: the link token (256 random
    # bits) as a plain SHA-256, the six-digit code as an HMAC under the register's key bound
    # to the reference, since a plain hash of a million possible codes is no secret.
    # ``used_at`` is when it ended, ``outcome`` how: verified, or superseded by a newer mail.
    f"""
    CREATE TABLE verifications (
        id INTEGER PRIMARY KEY,
        request_id INTEGER NOT NULL REFERENCES requests (id),
        token_digest TEXT NOT NULL UNIQUE CHECK ({_HEX64.format(col="token_digest")}),
        code_digest TEXT NOT NULL CHECK ({_HEX64.format(col="code_digest")}),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL CHECK (expires_at > created_at),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        used_at TEXT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('verified', 'superseded')),
        CHECK ((used_at IS NULL) = (outcome IS NULL))
    ) STRICT
    """,
    "CREATE INDEX verifications_request ON verifications (request_id, id)",
]


def _m002_verification(db: Database) -> None:
    for statement in _VERIFICATION:
        db.execute(statement)


_RETENTION = [
    # Evidence is kept for a term, not for ever (art. 5(1)(e)): a closed request may now be
    # deleted once its retention term has passed (see bot.retention). An open one still may
    # not: it is work in progress, and its deadline is owed to the requester.
    "DROP TRIGGER requests_no_delete",
    """
    CREATE TRIGGER requests_delete_only_closed BEFORE DELETE ON requests
    WHEN NOT EXISTS (
        SELECT 1 FROM request_statuses WHERE name = OLD.status AND terminal = 1
    )
    BEGIN
        SELECT RAISE(ABORT, 'register: open requests are never deleted');
    END
    """,
    # The history stays append-only: never updated (request_events_no_update stays), and
    # deleted only together with its request, never a line at a time. The trigger below
    # deletes the children *after* the request row is gone, so "its request no longer
    # exists" is exactly "its request is being deleted" - and only a closed one can be.
    "DROP TRIGGER request_events_no_delete",
    """
    CREATE TRIGGER request_events_delete_with_request BEFORE DELETE ON request_events
    WHEN EXISTS (SELECT 1 FROM requests WHERE id = OLD.request_id)
    BEGIN
        SELECT RAISE(ABORT, 'register: request_events is append-only');
    END
    """,
    # The children reference requests without ON DELETE CASCADE (a table rebuild to add it),
    # so the database cascades by trigger: deleting a closed request takes its history, its
    # message links and its verification digests along, in the same statement, whoever
    # deletes it (Register.purge_closed or a script).
    """
    CREATE TRIGGER requests_delete_children AFTER DELETE ON requests
    BEGIN
        DELETE FROM request_events WHERE request_id = OLD.id;
        DELETE FROM request_messages WHERE request_id = OLD.id;
        DELETE FROM verifications WHERE request_id = OLD.id;
    END
    """,
]


def _m003_retention(db: Database) -> None:
    for statement in _RETENTION:
        db.execute(statement)


#: The register's own migrations (same rules as :mod:`bot.store.schema`: append only).
REGISTER_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "register of privacy requests", _m001_initial),
    Migration(2, "requests by message; identity verification", _m002_verification),
    Migration(3, "closed requests may be deleted after their retention term", _m003_retention),
)

#: Domain separation: a code digest can never equal a contact digest of the same key.
_CODE_DOMAIN = b"privacywacht/register/verification-code\x00"

_FINGERPRINT = "hmac_key_fingerprint"


# -- the register --------------------------------------------------------------------------


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Register(OpenDatabase):
    """The register in one SQLite file; opened (and migrated) on construction.

    ``keys`` maps key id → Fernet key for the contact details, ``active_key_id`` names the
    one new rows are encrypted with; ``hmac_key`` (at least 16 bytes, 32 advised) makes the
    digests that recognise a requester and must stay the same for the life of the register.
    Thread-safe by a lock, like :class:`bot.store.store.Store`; from asyncio, call it in a
    worker thread.
    """

    closed_error = RegisterClosedError

    def __init__(
        self,
        path: Path | str,
        keys: Mapping[str, str | bytes],
        active_key_id: str,
        hmac_key: bytes,
        *,
        clock: Clock = _utc_now,
    ) -> None:
        # Keys first: a configuration error must not create or touch the file.
        self._cipher: ContactCipher = _contact_call(ContactCipher, keys, active_key_id)
        self._hasher: ContactHasher = _contact_call(ContactHasher, hmac_key)
        # The same key makes the code digests (domain-separated from the contact digests):
        # one secret fewer to configure, and it already never lives in the file.
        self._code_key = bytes(hmac_key)
        self._path = Path(path)
        self._lock = threading.RLock()
        self._clock = clock
        self._closed = False
        self._db = connect(self._path)
        try:
            # Overwrite freed content with zeros: a re-encrypted row leaves no old ciphertext
            # in the file's free pages.
            self._db.execute("PRAGMA secure_delete=ON")
            migrate(self._db, REGISTER_MIGRATIONS)
            self._check_hmac_key()
        except BaseException:
            self._db.close()
            self._closed = True
            raise

    @classmethod
    def open(
        cls,
        path: Path | str,
        keys: Mapping[str, str | bytes],
        active_key_id: str,
        hmac_key: bytes,
        *,
        clock: Clock = _utc_now,
    ) -> Register:
        """Open the register at ``path`` (created on first use)."""
        return cls(path, keys, active_key_id, hmac_key, clock=clock)

    @classmethod
    def in_dir(
        cls,
        data_dir: Path | str,
        keys: Mapping[str, str | bytes],
        active_key_id: str,
        hmac_key: bytes,
        *,
        clock: Clock = _utc_now,
    ) -> Register:
        """The register at ``data_dir/register.db``, next to the message store."""
        return cls(Path(data_dir) / REGISTER_FILE, keys, active_key_id, hmac_key, clock=clock)

    def __repr__(self) -> str:
        return f"Register(path={str(self._path)!r}, active_key_id={self.active_key_id!r})"

    # -- life cycle ----------------------------------------------------------------------

    @property
    def active_key_id(self) -> str:
        return self._cipher.active_key_id

    def _check_hmac_key(self) -> None:
        fingerprint = self._hasher.fingerprint()
        with write_transaction(self._db):
            rows = list(
                self._db.query("SELECT value FROM register_meta WHERE name = ?", [_FINGERPRINT])
            )
            if not rows:
                self._db["register_meta"].insert({"name": _FINGERPRINT, "value": fingerprint})
            elif rows[0]["value"] != fingerprint:
                raise HmacKeyMismatchError(
                    "the HMAC key is not the one this register was created with; with another"
                    " key no earlier request would be recognised"
                )

    # -- writing -------------------------------------------------------------------------

    def create(
        self,
        type: str,
        channel: str,
        received_at: datetime | str,
        email: str | None = None,
        phone: str | None = None,
        conversation_id: str | None = None,
        message_id: str | None = None,
        on_behalf_of: bool = False,
        *,
        actor: str = "system",
    ) -> tuple[RequestRecord, bool]:
        """Register a request; returns ``(record, duplicate)``.

        The deadline is one calendar month after ``received_at`` (art. 12(3)). When the same
        person (same e-mail or phone digest) made an open request of the same type within 30
        days either side of ``received_at``, nothing new is registered: the earlier request
        comes back with ``duplicate=True``, gets a "duplicate" event naming the channel and
        linked ids, and takes over contact details it did not have yet. Requests made on
        behalf of someone else are never linked: one lawyer or parent may ask for several
        people. A request after an earlier one was closed is a new request.

        ``message_id`` makes the call idempotent: a message that already made (or repeated)
        a request gives that request back with ``duplicate=True`` and nothing is written, so
        a delivery retried after a crash does not register the request twice.
        """
        _check_choice(type, REQUEST_TYPES, "request type")
        _check_choice(channel, REQUEST_CHANNELS, "channel")
        if not isinstance(on_behalf_of, bool):
            raise RegisterValueError("on_behalf_of must be a bool")
        conversation_id = _optional_id(conversation_id, "conversation_id")
        message_id = _optional_id(message_id, "message_id")
        actor = _required_text(actor, "actor")
        received = _instant(received_at, "received_at")
        now = _aware_now(self._clock)
        if received > now + FUTURE_TOLERANCE:
            raise RegisterValueError("received_at lies in the future")
        # Digests and cleaning before the lock; the raw values go no further than the cipher.
        contact: dict[str, str] = {}
        email_hmac = phone_hmac = None
        if email is not None:
            email_hmac = _contact_call(self._hasher.email_digest, email)
            contact["email"] = _contact_call(clean_email, email)
        if phone is not None:
            phone_hmac = _contact_call(self._hasher.phone_digest, phone)
            contact["phone"] = _contact_call(normalise_phone, phone)
        due = response_deadline(received)

        with self._lock:
            db = self._open_db()
            stamp = _timestamp(now)
            try:
                with write_transaction(db):
                    if message_id is not None:
                        known = self._request_of_message(message_id)
                        if known is not None:
                            return _to_record(known), True
                    if not on_behalf_of and (email_hmac or phone_hmac):
                        earlier = self._earlier_request(type, received, email_hmac, phone_hmac)
                        if earlier is not None:
                            self._link_duplicate(
                                earlier,
                                stamp=stamp,
                                actor=actor,
                                channel=channel,
                                received=received,
                                conversation_id=conversation_id,
                                message_id=message_id,
                                contact=contact,
                                email_hmac=email_hmac,
                                phone_hmac=phone_hmac,
                            )
                            self._link_message(message_id, earlier["id"])
                            return self._record(earlier["reference"]), True
                    year = received.year
                    sequence = self._next_sequence(year)
                    reference = _reference(year, sequence)
                    key_id, token = self._encrypt(reference, contact)
                    request_id = self._insert_request(
                        {
                            "reference": reference,
                            "year": year,
                            "sequence": sequence,
                            "type": type,
                            "channel": channel,
                            "status": "received",
                            "on_behalf_of": int(on_behalf_of),
                            "conversation_id": conversation_id,
                            "message_id": message_id,
                            "received_at": _timestamp(received),
                            "due_at": _timestamp(due),
                            "email_hmac": email_hmac,
                            "phone_hmac": phone_hmac,
                            "contact_key_id": key_id,
                            "contact_enc": token,
                            "created_at": stamp,
                            "updated_at": stamp,
                        }
                    )
                    self._insert_event(request_id, stamp, actor, "received", None, "received", None)
                    self._link_message(message_id, request_id)
            except sqlite3.Error as error:
                raise RegisterError("could not register the request") from error
            return self._record(reference), False

    def advance(
        self, reference: str, to_status: str, actor: str, note: str | None = None
    ) -> RequestRecord:
        """Move a request to ``to_status`` along :data:`TRANSITIONS`; returns the new record.

        Moving to ``refused`` needs a motivation in ``note`` (the requester must be told why,
        art. 12(4)); :meth:`refuse` says so more plainly. A final status sets ``closed_at``.
        """
        _check_choice(to_status, REQUEST_STATUSES, "request status")
        actor = _required_text(actor, "actor")
        if note is not None and not isinstance(note, str):
            raise RegisterValueError("note must be a string or None")
        note = (note.strip() or None) if note is not None else None
        with self._lock:
            db = self._open_db()
            stamp = _timestamp(_aware_now(self._clock))
            try:
                with write_transaction(db):
                    self._move(self._row(reference), to_status, actor, note, stamp)
            except sqlite3.Error as error:
                raise RegisterError(f"could not change the status of {reference}") from error
            return self._record(reference)

    def refuse(self, reference: str, actor: str, motivation: str) -> RequestRecord:
        """Refuse a request in progress (art. 12(4)/(5)); the motivation is required."""
        if not isinstance(motivation, str) or not motivation.strip():
            raise MissingReasonError(f"refusing request {reference} needs a motivation")
        return self.advance(reference, "refused", actor, note=motivation)

    def extend(
        self, reference: str, actor: str, reason: str, now: datetime | None = None
    ) -> RequestRecord:
        """Extend the deadline by two months (art. 12(3)), once, before the first one passes.

        Call this when the notice with the reason goes to the requester: it records that
        moment as ``extension_notified_at``, because an extension nobody was told of within
        the first month does not count. ``now`` defaults to the clock.
        """
        actor = _required_text(actor, "actor")
        if not isinstance(reason, str) or not reason.strip():
            raise MissingReasonError(f"extending request {reference} needs a reason")
        reason = reason.strip()
        moment = _aware_now(self._clock) if now is None else _instant(now, "now")
        with self._lock:
            db = self._open_db()
            # The register's own time for the history (append order is time order); the
            # caller's ``now`` for the deadline check and the notice.
            stamp = _timestamp(_aware_now(self._clock))
            notified = _timestamp(moment)
            try:
                with write_transaction(db):
                    row = self._row(reference)
                    status = row["status"]
                    if status in TERMINAL_STATUSES:
                        raise ExtensionError(
                            f"request {reference} is {status!r}: a closed request has no"
                            " deadline to extend"
                        )
                    if row["extended_until"] is not None:
                        raise ExtensionError(
                            f"request {reference} was already extended (until"
                            f" {row['extended_until']}); art. 12(3) allows one extension"
                        )
                    if moment > datetime.fromisoformat(row["due_at"]):
                        raise ExtensionError(
                            f"the deadline of request {reference} passed at {row['due_at']};"
                            " an extension must be announced before the first month ends"
                        )
                    until = _timestamp(extended_deadline(datetime.fromisoformat(row["due_at"])))
                    db.execute(
                        "UPDATE requests SET extended_until = ?, extension_reason = ?,"
                        " extended_at = ?, extension_notified_at = ?, updated_at = ?"
                        " WHERE id = ?",
                        [until, reason, notified, notified, stamp, row["id"]],
                    )
                    self._insert_event(
                        row["id"],
                        stamp,
                        actor,
                        "extended",
                        status,
                        status,
                        f"deadline extended to {until}, requester notified; reason: {reason}",
                    )
            except sqlite3.Error as error:
                raise RegisterError(f"could not extend {reference}") from error
            return self._record(reference)

    def reencrypt(self) -> int:
        """Move every row's contact details to the active key; returns how many moved.

        All or nothing: a row whose key is missing stops the whole run before anything is
        written. Afterwards the WAL is checkpointed and truncated, and ``secure_delete`` has
        zeroed the old ciphertexts in the file, so an old key can be retired (removed from
        configuration) once :meth:`key_ids_in_use` no longer lists it. Backups still hold
        the old ciphertexts: keep the old key as long as those backups.
        """
        with self._lock:
            db = self._open_db()
            stamp = _timestamp(_aware_now(self._clock))
            active = self._cipher.active_key_id
            try:
                with write_transaction(db):
                    rows = list(
                        db.query(
                            "SELECT id, reference, contact_key_id, contact_enc FROM requests"
                            " WHERE contact_key_id IS NOT NULL AND contact_key_id <> ?",
                            [active],
                        )
                    )
                    for row in rows:
                        contact = self._decrypt(row)
                        key_id, token = self._encrypt(row["reference"], contact)
                        db.execute(
                            "UPDATE requests SET contact_key_id = ?, contact_enc = ?,"
                            " updated_at = ? WHERE id = ?",
                            [key_id, token, stamp, row["id"]],
                        )
            except sqlite3.Error as error:
                raise RegisterError("could not re-encrypt the contact details") from error
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return len(rows)

    # -- retention -----------------------------------------------------------------------

    def count_closed(self, before: datetime | str) -> int:
        """How many requests :meth:`purge_closed` would delete now (for a dry run)."""
        cutoff = _timestamp(_instant(before, "before"))
        marks = ", ".join("?" * len(TERMINAL_STATUSES))
        rows = self._all(
            f"SELECT count(*) AS n FROM requests WHERE status IN ({marks}) AND closed_at < ?",
            [*TERMINAL_STATUSES, cutoff],
        )
        return int(rows[0]["n"])

    def purge_closed(self, before: datetime | str) -> int:
        """Delete the closed requests (completed, refused, withdrawn) closed before ``before``,
        with their history, message links and verifications; returns how many requests.

        Why: the register is evidence of how requests were handled (art. 5(2)), and evidence
        is needed for a term, not for ever (art. 5(1)(e)); the term is the caller's (see
        :class:`bot.retention.RetentionConfig`). Open requests are never deleted, however
        old: the database refuses it (migration 3). One transaction: a request goes with all
        of its rows or not at all (the children go by the ``requests_delete_children``
        trigger). ``secure_delete`` zeroes the freed space; the WAL is then checkpointed and
        truncated and the file vacuumed, so no page of the file or its ``-wal`` still holds a
        deleted request. Backups are another matter: they keep it for as long as they live.
        """
        cutoff = _timestamp(_instant(before, "before"))
        marks = ", ".join("?" * len(TERMINAL_STATUSES))
        with self._lock:
            db = self._open_db()
            try:
                with write_transaction(db):
                    cursor = db.execute(
                        f"DELETE FROM requests WHERE status IN ({marks}) AND closed_at < ?",
                        [*TERMINAL_STATUSES, cutoff],
                    )
                    deleted = cursor.rowcount
                if deleted:
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                    db.execute("VACUUM")
                    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except sqlite3.Error as error:
                raise RegisterError("could not delete the closed requests") from error
            return deleted

    # -- identity verification -----------------------------------------------------------

    def start_verification(
        self, reference: str, ttl: timedelta, actor: str = "system"
    ) -> tuple[str, str]:
        """Issue a one-time link token and code for a request; returns ``(token, code)``.

        Why: before personal data goes out or is erased, the controller must be reasonably
        sure the requester is the person concerned (art. 12(6)), and a copy of an ID document
        is more than that needs. A link and a code sent to the address the request came from
        show that the requester controls it. The caller mails them; the register keeps only
        their digests, so the raw values live in the return value and the mail alone.

        A request in ``received`` moves to ``identity_pending``. One already there gets a new
        pair (a resend): every earlier unused pair stops working. Closed requests, requests
        past the identity step and requests without an e-mail address are refused with a
        :class:`VerificationUnavailableError`.
        """
        actor = _required_text(actor, "actor")
        if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
            raise RegisterValueError("ttl must be a positive timedelta")
        token, code = _new_token(), _new_code()
        with self._lock:
            db = self._open_db()
            now = _aware_now(self._clock)
            stamp = _timestamp(now)
            try:
                with write_transaction(db):
                    row = self._row(reference)
                    _check_can_verify(row)
                    if row["status"] == "received":
                        self._move(
                            row,
                            "identity_pending",
                            actor,
                            "verification code sent by e-mail",
                            stamp,
                        )
                    else:
                        self._supersede_verifications(row, actor, stamp)
                    db.execute(
                        "INSERT INTO verifications"
                        " (request_id, token_digest, code_digest, created_at, expires_at)"
                        " VALUES (?, ?, ?, ?, ?)",
                        [
                            row["id"],
                            _token_digest(token),
                            self._code_digest(row["reference"], code),
                            stamp,
                            _timestamp(now + ttl),
                        ],
                    )
            except sqlite3.Error as error:
                raise RegisterError(f"could not start the verification of {reference}") from error
        return token, code

    def confirm_verification(
        self,
        token: str | None = None,
        *,
        reference: str | None = None,
        code: str | None = None,
        actor: str = "requester",
    ) -> RequestRecord:
        """Confirm the requester's identity by link ``token``, or by ``reference`` and ``code``.

        Valid once, before it expires, while the request is ``identity_pending``; the request
        then moves to ``in_progress``. Every refusal is a :class:`VerificationError` whose
        ``reason`` says why. A wrong code counts against the verification (committed even
        though the call raises); after :data:`VERIFICATION_MAX_ATTEMPTS` it is dead. A wrong
        reference and a wrong code look alike, so guessing tells nobody which requests exist.
        """
        actor = _required_text(actor, "actor")
        if (token is None) == (reference is None and code is None):
            raise RegisterValueError("give either a link token, or a reference and a code")
        if token is None and (reference is None or code is None):
            raise RegisterValueError("a code needs its reference, and a reference its code")
        with self._lock:
            db = self._open_db()
            now = _aware_now(self._clock)
            stamp = _timestamp(now)
            try:
                with write_transaction(db):
                    if token is not None:
                        outcome = self._confirm_by_token(token, actor, now, stamp)
                    else:
                        outcome = self._confirm_by_code(reference, code, actor, now, stamp)
            except sqlite3.Error as error:
                raise RegisterError("could not confirm the verification") from error
            # Raised after the commit: a wrong code's attempt must be counted, not rolled back.
            if isinstance(outcome, VerificationError):
                raise outcome
            return self._record(outcome)

    # -- reading -------------------------------------------------------------------------

    def find_by_message(self, message_id: str) -> RequestRecord | None:
        """The request that this message made or repeated, or None."""
        if not isinstance(message_id, str) or not message_id:
            return None
        with self._lock:
            self._open_db()
            row = self._request_of_message(message_id)
            return _to_record(row) if row is not None else None

    def get(self, reference: str) -> RequestRecord | None:
        """The request with this reference, or None."""
        with self._lock:
            self._open_db()
            row = self._row_or_none(reference)
            return _to_record(row) if row is not None else None

    def list(
        self, status: str | None = None, type: str | None = None
    ) -> builtins.list[RequestRecord]:
        """Requests, oldest received first, optionally of one status and/or type."""
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if status is not None:
            _check_choice(status, REQUEST_STATUSES, "request status")
            clauses.append("status = ?")
            params.append(status)
        if type is not None:
            _check_choice(type, REQUEST_TYPES, "request type")
            clauses.append("type = ?")
            params.append(type)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._records(f"SELECT * FROM requests {where} ORDER BY received_at, id", params)

    def due(
        self, now: datetime | None = None, within_days: int = 7
    ) -> builtins.list[RequestRecord]:
        """Open requests whose deadline has passed or falls within ``within_days``.

        Soonest deadline first (overdue ones lead). The deadline is the extended one where
        there is one. ``now`` defaults to the clock.
        """
        if isinstance(within_days, bool) or not isinstance(within_days, int) or within_days < 0:
            raise RegisterValueError("within_days must be a non-negative integer")
        moment = _aware_now(self._clock) if now is None else _instant(now, "now")
        horizon = _timestamp(moment + timedelta(days=within_days))
        marks = ", ".join("?" * len(OPEN_STATUSES))
        return self._records(
            "SELECT * FROM requests"
            f" WHERE status IN ({marks}) AND coalesce(extended_until, due_at) <= ?"
            " ORDER BY coalesce(extended_until, due_at), id",
            [*OPEN_STATUSES, horizon],
        )

    def history(self, reference: str) -> builtins.list[RegisterEvent]:
        """The events of one request, in the order they happened."""
        with self._lock:
            db = self._open_db()
            row = self._row(reference)
            events = db.query(
                "SELECT * FROM request_events WHERE request_id = ? ORDER BY id", [row["id"]]
            )
            return [
                RegisterEvent(
                    id=event["id"],
                    reference=reference,
                    at=event["at"],
                    actor=event["actor"],
                    kind=event["kind"],
                    from_status=event["from_status"],
                    to_status=event["to_status"],
                    note=event["note"],
                )
                for event in events
            ]

    def contact(self, reference: str) -> tuple[str | None, str | None]:
        """``(email, phone)`` of the requester, decrypted; phone in E.164."""
        with self._lock:
            self._open_db()
            row = self._row(reference)
            contact = self._decrypt(row)
        return contact.get("email"), contact.get("phone")

    def find_by_contact(
        self, email: str | None = None, phone: str | None = None
    ) -> builtins.list[RequestRecord]:
        """Requests (oldest first) made with this e-mail address or this phone number.

        For an access or erasure request: which earlier requests did this person make. The
        values are digested and compared; they are neither stored nor logged.
        """
        if email is None and phone is None:
            raise RegisterValueError("give an e-mail address, a phone number or both")
        clauses: builtins.list[str] = []
        params: builtins.list[str] = []
        if email is not None:
            clauses.append("email_hmac = ?")
            params.append(_contact_call(self._hasher.email_digest, email))
        if phone is not None:
            clauses.append("phone_hmac = ?")
            params.append(_contact_call(self._hasher.phone_digest, phone))
        return self._records(
            f"SELECT * FROM requests WHERE {' OR '.join(clauses)} ORDER BY received_at, id",
            params,
        )

    def key_ids_in_use(self) -> dict[str, int]:
        """Rows per contact key id: an old key may be retired once it is no longer listed."""
        rows = self._all(
            "SELECT contact_key_id, count(*) AS n FROM requests"
            " WHERE contact_key_id IS NOT NULL GROUP BY contact_key_id ORDER BY 1",
            [],
        )
        return {row["contact_key_id"]: row["n"] for row in rows}

    def export_csv(self, file: TextIO | str | os.PathLike[str]) -> int:
        """Write the overview for the privacy officer as CSV; returns the number of requests.

        Columns: :data:`CSV_COLUMNS`. No contact details, no digests, no notes: the file is
        meant to be mailed around and opened in a spreadsheet. A path is created 0600.
        """
        records = self.list()
        if isinstance(file, str | os.PathLike):
            fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, DB_FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                _write_csv(handle, records)
        else:
            _write_csv(file, records)
        return len(records)

    # -- internals -----------------------------------------------------------------------

    def _move(
        self, row: Mapping[str, Any], to_status: str, actor: str, note: str | None, stamp: str
    ) -> None:
        """One status step with its event, inside the caller's write transaction."""
        reference = row["reference"]
        from_status = row["status"]
        if to_status not in TRANSITIONS[from_status]:
            raise InvalidTransitionError(reference, from_status, to_status)
        motivation = None
        if to_status == "refused":
            if note is None:
                raise MissingReasonError(f"refusing request {reference} needs a motivation")
            motivation = note
        self._db.execute(
            "UPDATE requests SET status = ?, updated_at = ?,"
            " closed_at = ?, refusal_motivation = coalesce(?, refusal_motivation)"
            " WHERE id = ?",
            [
                to_status,
                stamp,
                stamp if to_status in TERMINAL_STATUSES else None,
                motivation,
                row["id"],
            ],
        )
        self._insert_event(row["id"], stamp, actor, "status", from_status, to_status, note)

    def _supersede_verifications(self, row: Mapping[str, Any], actor: str, stamp: str) -> None:
        """A resend: end the request's unused verifications and say so in its history."""
        self._db.execute(
            "UPDATE verifications SET used_at = ?, outcome = 'superseded'"
            " WHERE request_id = ? AND used_at IS NULL",
            [stamp, row["id"]],
        )
        self._db.execute("UPDATE requests SET updated_at = ? WHERE id = ?", [stamp, row["id"]])
        status = row["status"]
        self._insert_event(
            row["id"],
            stamp,
            actor,
            "verification",
            status,
            status,
            "verification code sent again by e-mail; earlier links and codes no longer work",
        )

    def _code_digest(self, reference: str, code: str) -> str:
        message = _CODE_DOMAIN + reference.encode("ascii") + b"\x00" + code.encode("ascii")
        return hmac.new(self._code_key, message, hashlib.sha256).hexdigest()

    def _confirm_by_token(
        self, token: object, actor: str, now: datetime, stamp: str
    ) -> str | VerificationError:
        """The reference on success, else the error to raise once the transaction is over."""
        unknown = VerificationUnknownError("no verification has this link")
        if not _plausible_token(token):
            return unknown
        digest = _token_digest(token)  # type: ignore[arg-type]
        rows = list(self._db.query("SELECT * FROM verifications WHERE token_digest = ?", [digest]))
        if not rows or not hmac.compare_digest(rows[0]["token_digest"], digest):
            return unknown
        verification = rows[0]
        request = self._request_by_id(verification["request_id"])
        failure = _verification_failure(verification, request, now)
        if failure is not None:
            return failure
        self._verified(verification, request, actor, stamp, "identity verified by e-mail link")
        return request["reference"]

    def _confirm_by_code(
        self, reference: object, code: object, actor: str, now: datetime, stamp: str
    ) -> str | VerificationError:
        """As :meth:`_confirm_by_token`; the code is compared with every pair of the request
        (constant time each), so a code from an older mail is told apart from a wrong one."""
        wrong = VerificationCodeError("the reference or the code is not right")
        ref = reference.strip().upper() if isinstance(reference, str) else None
        digits = _clean_code(code)
        request = self._row_or_none(ref) if ref else None
        if request is None or digits is None:
            return wrong
        verifications = list(
            self._db.query(
                "SELECT * FROM verifications WHERE request_id = ? ORDER BY id DESC",
                [request["id"]],
            )
        )
        if not verifications:
            return wrong
        latest = verifications[0]
        if latest["attempts"] >= VERIFICATION_MAX_ATTEMPTS and latest["used_at"] is None:
            return _locked(request["reference"])
        digest = self._code_digest(request["reference"], digits)
        matches = [hmac.compare_digest(digest, v["code_digest"]) for v in verifications]
        if not matches[0]:
            if any(matches):
                return VerificationSupersededError(
                    f"a newer verification mail was sent for {request['reference']}"
                )
            return self._wrong_code(latest, request["reference"], now, wrong)
        failure = _verification_failure(latest, request, now)
        if failure is not None:
            return failure
        self._verified(latest, request, actor, stamp, "identity verified by e-mail code")
        return request["reference"]

    def _wrong_code(
        self,
        verification: Mapping[str, Any],
        reference: str,
        now: datetime,
        wrong: VerificationError,
    ) -> VerificationError:
        """Count a wrong code against a live verification; the last allowed one locks it."""
        if verification["used_at"] is not None or _expired(verification, now):
            return wrong
        self._db.execute(
            "UPDATE verifications SET attempts = attempts + 1 WHERE id = ?", [verification["id"]]
        )
        if verification["attempts"] + 1 >= VERIFICATION_MAX_ATTEMPTS:
            return _locked(reference)
        return wrong

    def _verified(
        self,
        verification: Mapping[str, Any],
        request: Mapping[str, Any],
        actor: str,
        stamp: str,
        note: str,
    ) -> None:
        self._db.execute(
            "UPDATE verifications SET used_at = ?, outcome = 'verified' WHERE id = ?",
            [stamp, verification["id"]],
        )
        self._move(request, "in_progress", actor, note, stamp)

    def _request_by_id(self, request_id: int) -> dict[str, Any]:
        return next(iter(self._db.query("SELECT * FROM requests WHERE id = ?", [request_id])))

    def _request_of_message(self, message_id: str) -> dict[str, Any] | None:
        rows = list(
            self._db.query(
                "SELECT requests.* FROM request_messages"
                " JOIN requests ON requests.id = request_messages.request_id"
                " WHERE request_messages.message_id = ?",
                [message_id],
            )
        )
        return rows[0] if rows else None

    def _link_message(self, message_id: str | None, request_id: int) -> None:
        if message_id is not None:
            self._db.execute(
                "INSERT INTO request_messages (message_id, request_id) VALUES (?, ?)",
                [message_id, request_id],
            )

    def _earlier_request(
        self, type: str, received: datetime, email_hmac: str | None, phone_hmac: str | None
    ) -> dict[str, Any] | None:
        marks = ", ".join("?" * len(OPEN_STATUSES))
        rows = list(
            self._db.query(
                "SELECT * FROM requests"
                f" WHERE type = ? AND on_behalf_of = 0 AND status IN ({marks})"
                " AND (email_hmac = ? OR phone_hmac = ?)"
                " AND received_at BETWEEN ? AND ?"
                " ORDER BY received_at, id LIMIT 1",
                [
                    type,
                    *OPEN_STATUSES,
                    email_hmac,
                    phone_hmac,
                    _timestamp(received - DUPLICATE_WINDOW),
                    _timestamp(received + DUPLICATE_WINDOW),
                ],
            )
        )
        return rows[0] if rows else None

    def _link_duplicate(
        self,
        earlier: dict[str, Any],
        *,
        stamp: str,
        actor: str,
        channel: str,
        received: datetime,
        conversation_id: str | None,
        message_id: str | None,
        contact: dict[str, str],
        email_hmac: str | None,
        phone_hmac: str | None,
    ) -> None:
        """Record the repeat on the earlier request, and fill in contact details it lacked."""
        parts = [f"duplicate received via {channel} at {_timestamp(received)}"]
        if conversation_id is not None:
            parts.append(f"conversation {conversation_id}")
        if message_id is not None:
            parts.append(f"message {message_id}")
        missing = {
            field: value
            for field, value in contact.items()
            if earlier[f"{field}_hmac"] is None and value
        }
        if missing:
            try:
                merged = {**self._decrypt(earlier), **missing}
            except ContactError:
                # The duplicate itself must still be recorded; the officer can add the
                # details by hand once the key is back.
                parts.append("contact details not merged: key unavailable")
            else:
                key_id, token = self._encrypt(earlier["reference"], merged)
                self._db.execute(
                    "UPDATE requests SET email_hmac = coalesce(email_hmac, ?),"
                    " phone_hmac = coalesce(phone_hmac, ?), contact_key_id = ?,"
                    " contact_enc = ? WHERE id = ?",
                    [
                        email_hmac if "email" in missing else None,
                        phone_hmac if "phone" in missing else None,
                        key_id,
                        token,
                        earlier["id"],
                    ],
                )
                parts.append(f"added to contact details: {', '.join(sorted(missing))}")
        self._db.execute("UPDATE requests SET updated_at = ? WHERE id = ?", [stamp, earlier["id"]])
        status = earlier["status"]
        self._insert_event(
            earlier["id"], stamp, actor, "duplicate", status, status, "; ".join(parts)
        )

    def _next_sequence(self, year: int) -> int:
        rows = list(
            self._db.query(
                "SELECT coalesce(max(sequence), 0) + 1 AS next FROM requests WHERE year = ?",
                [year],
            )
        )
        sequence = int(rows[0]["next"])
        if sequence > 999_999:
            raise RegisterError(f"the reference numbers of {year} are exhausted")
        return sequence

    def _encrypt(self, reference: str, contact: Mapping[str, str]) -> tuple[str | None, str | None]:
        """Ciphertext binding the details to their request (a copied token will not match)."""
        if not contact:
            return None, None
        return self._cipher.encrypt({"ref": reference, **contact})

    def _decrypt(self, row: Mapping[str, Any]) -> dict[str, str]:
        if row["contact_enc"] is None:
            return {}
        try:
            payload = self._cipher.decrypt(row["contact_key_id"], row["contact_enc"])
        except ContactError as error:
            raise RegisterKeyError(f"contact details of {row['reference']}: {error}") from None
        if payload.get("ref") != row["reference"]:
            raise RegisterKeyError(
                f"the contact details stored with {row['reference']} belong to another request"
            )
        return {
            field: payload[field]
            for field in ("email", "phone")
            if isinstance(payload.get(field), str)
        }

    def _insert_request(self, row: dict[str, Any]) -> int:
        cursor = self._db.execute(
            f"INSERT INTO requests ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            builtins.list(row.values()),
        )
        return int(cursor.lastrowid)

    def _insert_event(
        self,
        request_id: int,
        at: str,
        actor: str,
        kind: str,
        from_status: str | None,
        to_status: str,
        note: str | None,
    ) -> None:
        self._db.execute(
            "INSERT INTO request_events"
            " (request_id, at, actor, kind, from_status, to_status, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [request_id, at, actor, kind, from_status, to_status, note],
        )

    def _row_or_none(self, reference: str) -> dict[str, Any] | None:
        if not isinstance(reference, str):
            return None
        rows = list(self._db.query("SELECT * FROM requests WHERE reference = ?", [reference]))
        return rows[0] if rows else None

    def _row(self, reference: str) -> dict[str, Any]:
        row = self._row_or_none(reference)
        if row is None:
            raise UnknownRequestError(_unknown(reference))
        return row

    def _record(self, reference: str) -> RequestRecord:
        return _to_record(self._row(reference))

    def _records(self, sql: str, params: builtins.list[Any]) -> builtins.list[RequestRecord]:
        return [_to_record(row) for row in self._all(sql, params)]

    def _all(self, sql: str, params: builtins.list[Any]) -> builtins.list[dict[str, Any]]:
        with self._lock:
            return builtins.list(self._open_db().query(sql, params))


# -- helpers -------------------------------------------------------------------------------


def _to_record(row: Mapping[str, Any]) -> RequestRecord:
    return RequestRecord(
        reference=row["reference"],
        type=row["type"],
        channel=row["channel"],
        status=row["status"],
        received_at=row["received_at"],
        due_at=row["due_at"],
        extended_until=row["extended_until"],
        extension_reason=row["extension_reason"],
        extended_at=row["extended_at"],
        extension_notified_at=row["extension_notified_at"],
        closed_at=row["closed_at"],
        refusal_motivation=row["refusal_motivation"],
        conversation_id=row["conversation_id"],
        message_id=row["message_id"],
        on_behalf_of=bool(row["on_behalf_of"]),
        has_email=row["email_hmac"] is not None,
        has_phone=row["phone_hmac"] is not None,
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _write_csv(handle: TextIO, records: builtins.list[RequestRecord]) -> None:
    writer = csv.writer(handle, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in records:
        writer.writerow(
            [
                "" if getattr(record, column) is None else getattr(record, column)
                for column in CSV_COLUMNS
            ]
        )


def _reference(year: int, sequence: int) -> str:
    return f"AVG-{year:04d}-{sequence:06d}"


def _unknown(reference: object) -> str:
    # A reference is ours, not the requester's; still, only echo it if it looks like one.
    if isinstance(reference, str) and len(reference) == 15 and reference.startswith("AVG-"):
        return f"no request with reference {reference}"
    return "no request with that reference"


def _timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a fixed width, so text order is time order (as in the store)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _instant(value: datetime | str, name: str) -> datetime:
    """An aware datetime from a datetime or an ISO 8601 string; naive ones are refused."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise RegisterValueError(f"{name} is not an ISO 8601 timestamp") from None
    if not isinstance(value, datetime):
        raise RegisterValueError(f"{name} must be a datetime or an ISO 8601 string")
    if value.tzinfo is None or value.utcoffset() is None:
        raise RegisterValueError(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


def _aware_now(clock: Clock) -> datetime:
    return _instant(clock(), "clock()")


def _new_token() -> str:
    """256 random bits for the link: unguessable, so a plain SHA-256 digest is enough."""
    return secrets.token_urlsafe(32)


def _new_code() -> str:
    return f"{secrets.randbelow(10**VERIFICATION_CODE_DIGITS):0{VERIFICATION_CODE_DIGITS}d}"


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def _plausible_token(token: object) -> bool:
    """A token as :func:`_new_token` makes them; anything else is not looked up at all."""
    return (
        isinstance(token, str)
        and 16 <= len(token) <= 128
        and all(ch.isascii() and (ch.isalnum() or ch in "-_") for ch in token)
    )


def _clean_code(code: object) -> str | None:
    """The code as typed, less the spaces and dashes people add; None if it cannot be one."""
    if not isinstance(code, str):
        return None
    digits = "".join(ch for ch in code if not ch.isspace() and ch != "-")
    if len(digits) != VERIFICATION_CODE_DIGITS or not all("0" <= ch <= "9" for ch in digits):
        return None
    return digits


def _check_can_verify(row: Mapping[str, Any]) -> None:
    reference, status = row["reference"], row["status"]
    if status in TERMINAL_STATUSES:
        raise VerificationUnavailableError(
            f"request {reference} is {status!r}: a closed request is not verified"
        )
    if status not in ("received", "identity_pending"):
        raise VerificationUnavailableError(
            f"request {reference} is {status!r}: it is past the identity check"
        )
    if row["email_hmac"] is None:
        raise VerificationUnavailableError(
            f"request {reference} has no e-mail address to send a verification to"
        )


def _expired(verification: Mapping[str, Any], now: datetime) -> bool:
    return now >= datetime.fromisoformat(verification["expires_at"])


def _locked(reference: str) -> VerificationLockedError:
    return VerificationLockedError(
        f"too many wrong codes for {reference}; a new verification mail is needed"
    )


def _verification_failure(
    verification: Mapping[str, Any], request: Mapping[str, Any], now: datetime
) -> VerificationError | None:
    """Why this verification cannot confirm now, or None when it can."""
    reference = request["reference"]
    if verification["outcome"] == "superseded":
        return VerificationSupersededError(f"a newer verification mail was sent for {reference}")
    if verification["outcome"] == "verified":
        return VerificationUsedError(f"the verification of {reference} was already used")
    if verification["attempts"] >= VERIFICATION_MAX_ATTEMPTS:
        return _locked(reference)
    if _expired(verification, now):
        return VerificationExpiredError(f"the verification of {reference} has expired")
    if request["status"] != "identity_pending":
        return VerificationNotPendingError(
            f"request {reference} is {request['status']!r}, not waiting for verification"
        )
    return None


def _check_choice(value: object, choices: tuple[str, ...], name: str) -> None:
    if not isinstance(value, str) or value not in choices:
        raise RegisterValueError(f"unknown {name}; expected one of: {', '.join(choices)}")


def _required_text(value: object, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RegisterValueError(f"{name} must be a non-empty string")
    return value.strip()


def _optional_id(value: object, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise RegisterValueError(f"{name} must be a non-empty string or None")
    return value


def _contact_call(function: Callable[..., Any], *args: Any) -> Any:
    """Run a contact_crypto function, re-raising its errors as register errors.

    Callers can then catch :class:`RegisterError` alone; an unreadable value stays a
    ``ValueError``. The messages are contact_crypto's, which never include the value.
    """
    try:
        return function(*args)
    except InvalidContactError as error:
        raise RegisterContactError(str(error)) from None
    except ContactError as error:
        raise RegisterKeyError(str(error)) from None
