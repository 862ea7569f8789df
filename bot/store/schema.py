"""The database schema as an ordered list of migrations.

Each migration runs once, in its own transaction, and is recorded in ``migrations``; a
database therefore always sits at a known version and ``migrate`` can run at every start.
Migrations are written as SQL rather than with sqlite-utils' ``create_table``: SQLite cannot
change a column's constraints later without rebuilding the table, so the CHECKs, foreign keys
and STRICT typing have to be right from the first version, and they must not change when a
newer sqlite-utils generates its DDL differently.

Rules for adding one: append, never edit a released migration; a migration that rebuilds a
table must switch ``PRAGMA foreign_keys`` off itself (it cannot be changed inside the
transaction, so such a migration needs its own handling in :func:`migrate`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlite_utils import Database

from bot.store.db import write_transaction
from bot.store.errors import MigrationError
from bot.store.keys import CALLER_REF_PREFIX, Keyring
from bot.store.models import CHANNELS, STATUSES


@dataclass(frozen=True)
class Migration:
    """One step of the schema: a version number, a name for humans, and the change."""

    version: int
    name: str
    #: ``apply(db)``, or ``apply(db, keyring)`` when ``keyed`` (the keyring may be None when
    #: :func:`migrate` was called without one; such a migration must then have nothing to do)
    apply: Callable[..., None]
    keyed: bool = False


_INITIAL = [
    # Lookup tables instead of CHECK (... IN ...): a new channel or status is an INSERT in a
    # later migration, not a table rebuild.
    "CREATE TABLE channels (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    "CREATE TABLE statuses (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        channel TEXT NOT NULL REFERENCES channels (name),
        external_ref TEXT CHECK (external_ref IS NULL OR external_ref <> ''),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        purpose TEXT,
        UNIQUE (channel, external_ref)
    ) STRICT
    """,
    "CREATE INDEX conversations_updated_at ON conversations (updated_at)",
    """
    CREATE TABLE messages (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        channel TEXT NOT NULL REFERENCES channels (name),
        created_at TEXT NOT NULL,
        sender_redacted TEXT,
        subject_redacted TEXT,
        text_redacted TEXT NOT NULL,
        request_type TEXT,
        purpose TEXT,
        entity_count INTEGER NOT NULL CHECK (entity_count >= 0),
        status TEXT NOT NULL REFERENCES statuses (name)
    ) STRICT
    """,
    "CREATE INDEX messages_conversation ON messages (conversation_id, created_at)",
    "CREATE INDEX messages_created_at ON messages (created_at)",
    "CREATE INDEX messages_request_type ON messages (request_type) WHERE request_type IS NOT NULL",
    # The audit log. Offsets refer to the original text; the value itself is never here,
    # only its keyed digest (see bot.store.keys).
    """
    CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        entity_type TEXT NOT NULL CHECK (entity_type <> ''),
        start INTEGER NOT NULL CHECK (start >= 0),
        "end" INTEGER NOT NULL CHECK ("end" >= start),
        recognizer TEXT NOT NULL CHECK (recognizer <> ''),
        score REAL NOT NULL CHECK (score BETWEEN 0.0 AND 1.0),
        action TEXT NOT NULL CHECK (action <> ''),
        reason TEXT NOT NULL,
        value_hmac TEXT NOT NULL
            CHECK (length(value_hmac) = 64 AND value_hmac NOT GLOB '*[^0-9a-f]*'),
        key_id TEXT NOT NULL CHECK (key_id <> '')
    ) STRICT
    """,
    "CREATE INDEX findings_message ON findings (message_id)",
    "CREATE INDEX findings_digest ON findings (value_hmac, entity_type)",
    # Webhook providers deliver at least once; the primary key is the deduplication.
    """
    CREATE TABLE deliveries (
        channel TEXT NOT NULL REFERENCES channels (name),
        event_id TEXT NOT NULL CHECK (event_id <> ''),
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        received_at TEXT NOT NULL,
        PRIMARY KEY (channel, event_id)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX deliveries_message ON deliveries (message_id)",
]


def _m001_initial(db: Database) -> None:
    for statement in _INITIAL:
        db.execute(statement)
    db["channels"].insert_all({"name": name} for name in CHANNELS)
    db["statuses"].insert_all({"name": name} for name in STATUSES)


_REVIEW = [
    # A lookup table, as for channels: a new kind of remark is an INSERT, not a rebuild.
    "CREATE TABLE feedback_kinds (name TEXT PRIMARY KEY NOT NULL) STRICT, WITHOUT ROWID",
    # A reviewer's remark on a redaction. Like the rest of the store it holds no original
    # value: a false positive points at its finding, a missed value at the placeholder that
    # replaced it (offsets into the redacted text). The note is the reviewer's own words.
    """
    CREATE TABLE feedback (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
        kind TEXT NOT NULL REFERENCES feedback_kinds (name),
        finding_id INTEGER REFERENCES findings (id) ON DELETE CASCADE,
        start INTEGER CHECK (start >= 0),
        "end" INTEGER CHECK ("end" > start),
        entity_type TEXT NOT NULL CHECK (entity_type <> ''),
        actor TEXT NOT NULL CHECK (actor <> ''),
        created_at TEXT NOT NULL,
        note TEXT,
        CHECK ((start IS NULL) = ("end" IS NULL)),
        CHECK (finding_id IS NOT NULL OR start IS NOT NULL)
    ) STRICT
    """,
    "CREATE INDEX feedback_message ON feedback (message_id, id)",
    "CREATE INDEX feedback_finding ON feedback (finding_id) WHERE finding_id IS NOT NULL",
    # One false-positive remark per finding: a double click must not count twice in the
    # regression set.
    "CREATE UNIQUE INDEX feedback_one_false_positive ON feedback (finding_id)"
    " WHERE kind = 'false_positive'",
    # The review list filters by channel and by entity type, newest first.
    "CREATE INDEX messages_channel_created_at ON messages (channel, created_at)",
    "CREATE INDEX findings_type_message ON findings (entity_type, message_id)",
]


def _m002_review(db: Database) -> None:
    for statement in _REVIEW:
        db.execute(statement)
    # Spelled out, not FEEDBACK_KINDS: a released migration must insert the same rows for
    # ever; a later kind is a later migration's INSERT.
    db["feedback_kinds"].insert_all({"name": name} for name in ("false_positive", "missed"))


_MEMORY = [
    # What a conversation remembers so that placeholders keep their numbers across messages,
    # workers and restarts (see pipelines.conversation): keyed digests and numbers, never a
    # value. A value has a number; a short form of a full name points at that name's number;
    # a mention (a spelling a name may recur under) has none. Every row of a conversation is
    # digested under one key, derived from the keyring key named here.
    """
    CREATE TABLE conversation_memory (
        conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('value', 'variant', 'mention')),
        entity_type TEXT NOT NULL CHECK (entity_type <> ''),
        digest TEXT NOT NULL CHECK (length(digest) = 64 AND digest NOT GLOB '*[^0-9a-f]*'),
        number INTEGER CHECK (number IS NULL OR number >= 1),
        key_id TEXT NOT NULL CHECK (key_id <> ''),
        CHECK ((kind = 'mention') = (number IS NULL)),
        PRIMARY KEY (conversation_id, kind, entity_type, digest)
    ) STRICT, WITHOUT ROWID
    """,
]


def _m003_conversation_memory(db: Database) -> None:
    for statement in _MEMORY:
        db.execute(statement)


def _m004_caller_ids(db: Database, keyring: Keyring | None) -> None:
    """The API's caller-chosen ids as keyed HMACs: a conversation id (``external_ref``) and an
    ``Idempotency-Key`` (the delivery's ``event_id``) were stored as sent, and callers put
    e-mail addresses and customer numbers in them. Each becomes
    :meth:`~bot.store.keys.Keyring.caller_ref` under the active key, which is what the store
    now writes and matches (replays and conversations keep working). No schema change."""
    conversations = list(
        db.query(
            "SELECT id, external_ref FROM conversations WHERE channel = 'api'"
            " AND external_ref IS NOT NULL AND external_ref NOT LIKE ?",
            [CALLER_REF_PREFIX + "%"],
        )
    )
    deliveries = list(
        db.query(
            "SELECT event_id FROM deliveries WHERE channel = 'api' AND event_id NOT LIKE ?",
            [CALLER_REF_PREFIX + "%"],
        )
    )
    if not conversations and not deliveries:
        return
    if keyring is None:
        raise MigrationError("migration 4 keys the API's caller ids: open the store with its keys")
    for row in conversations:
        db.execute(
            "UPDATE conversations SET external_ref = ? WHERE id = ?",
            [keyring.caller_ref(row["external_ref"]), row["id"]],
        )
    for row in deliveries:
        db.execute(
            "UPDATE deliveries SET event_id = ? WHERE channel = 'api' AND event_id = ?",
            [keyring.caller_ref(row["event_id"]), row["event_id"]],
        )


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _m001_initial),
    Migration(2, "review feedback; indexes for the review pages", _m002_review),
    Migration(3, "conversation memory: placeholder numbers as digests", _m003_conversation_memory),
    Migration(4, "API caller ids as keyed HMACs", _m004_caller_ids, keyed=True),
)

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
) STRICT
"""


def _check_order(migrations: tuple[Migration, ...]) -> None:
    if [m.version for m in migrations] != list(range(1, len(migrations) + 1)):
        raise MigrationError("migration versions must run 1, 2, 3, ... without gaps")


def applied_versions(db: Database) -> list[int]:
    """The versions recorded in ``migrations`` (empty for a new database)."""
    if not db["migrations"].exists():
        return []
    return [row["version"] for row in db.query("SELECT version FROM migrations ORDER BY 1")]


def schema_version(db: Database) -> int:
    """The highest applied version; 0 for a new database."""
    versions = applied_versions(db)
    return versions[-1] if versions else 0


def migrate(
    db: Database,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    *,
    keyring: Keyring | None = None,
) -> list[int]:
    """Apply the missing migrations in order; returns the versions applied by this call.

    Idempotent: a second call applies nothing. Each migration and its ``migrations`` row
    commit together, so a failing migration leaves the database at the previous version,
    never half-way. The applied set is re-read inside each transaction because another
    process may have migrated in the meantime. A database that is already at a version this
    code does not know was written by newer code: refuse rather than write into a schema we
    do not understand.
    """
    _check_order(migrations)
    db.execute(_MIGRATIONS_TABLE)
    applied = set(applied_versions(db))
    if applied and max(applied) > len(migrations):
        raise MigrationError("database schema is newer than this version of privacywacht")
    done: list[int] = []
    for migration in migrations:
        if migration.version in applied:
            continue
        with write_transaction(db):
            if migration.version in applied_versions(db):
                continue
            if migration.keyed:
                migration.apply(db, keyring)
            else:
                migration.apply(db)
            db["migrations"].insert(
                {
                    "version": migration.version,
                    "name": migration.name,
                    "applied_at": datetime.now(UTC).isoformat(timespec="seconds"),
                }
            )
        done.append(migration.version)
    return done
