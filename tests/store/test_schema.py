"""Migrations, connection settings and the constraints the schema enforces itself."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from bot.store import MIGRATIONS, MigrationError, Store, migrate, schema_version
from bot.store.db import connect
from bot.store.schema import Migration, applied_versions


def _migration_rows(db_path: Path) -> list[tuple]:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("SELECT version, name, applied_at FROM migrations").fetchall()
    finally:
        conn.close()


def test_new_database_is_at_the_latest_version(store: Store) -> None:
    rows = _migration_rows(store.path)
    assert [(v, n) for v, n, _ in rows] == [(m.version, m.name) for m in MIGRATIONS]
    assert schema_version(store._db) == len(MIGRATIONS)


def test_migrate_is_idempotent(store: Store) -> None:
    before = _migration_rows(store.path)
    assert migrate(store._db) == []
    assert migrate(store._db) == []
    assert _migration_rows(store.path) == before


def test_reopening_applies_nothing_again(data_dir: Path) -> None:
    path = data_dir / "pw.db"
    Store(path).close()
    first = _migration_rows(path)
    Store(path).close()
    assert _migration_rows(path) == first


def test_a_new_migration_is_applied_once_and_in_order(tmp_path: Path) -> None:
    calls: list[int] = []

    def add_note_column(db) -> None:
        calls.append(2)
        db.execute("ALTER TABLE messages ADD COLUMN note TEXT")

    def add_index(db) -> None:
        calls.append(3)
        db.execute("CREATE INDEX messages_note ON messages (note)")

    db = connect(tmp_path / "pw.db")
    assert migrate(db, MIGRATIONS[:1]) == [1]
    extended = (
        *MIGRATIONS[:1],
        Migration(2, "note", add_note_column),
        Migration(3, "idx", add_index),
    )
    assert migrate(db, extended) == [2, 3]
    assert migrate(db, extended) == []
    assert calls == [2, 3]
    assert applied_versions(db) == [1, 2, 3]
    assert "note" in db["messages"].columns_dict
    db.close()


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path) -> None:
    def half_done(db) -> None:
        db.execute("CREATE TABLE half (x INTEGER)")
        raise RuntimeError("migration broke")

    db = connect(tmp_path / "pw.db")
    migrate(db, MIGRATIONS[:1])
    with pytest.raises(RuntimeError):
        migrate(db, (*MIGRATIONS[:1], Migration(2, "broken", half_done)))
    assert applied_versions(db) == [1]
    assert not db["half"].exists()  # the DDL was rolled back with the rest
    db.close()


def test_a_database_from_newer_code_is_refused(store: Store) -> None:
    store._db.execute("INSERT INTO migrations VALUES (99, 'future', '2099-01-01T00:00:00+00:00')")
    with pytest.raises(MigrationError):
        migrate(store._db)


def test_migration_versions_must_be_consecutive(tmp_path: Path) -> None:
    db = connect(tmp_path / "pw.db")
    with pytest.raises(MigrationError):
        migrate(db, (*MIGRATIONS, Migration(len(MIGRATIONS) + 2, "gap", lambda db: None)))
    db.close()


def test_connection_settings(store: Store) -> None:
    conn = store._db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    # WAL is a property of the file: a plain connection sees it too
    other = sqlite3.connect(store.path)
    assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    other.close()


def test_database_files_are_private(store: Store) -> None:
    store.record_message(channel="api", text_redacted="hallo")
    files = [p for p in store.path.parent.iterdir() if p.name.startswith(store.path.name)]
    assert {p.name for p in files} >= {"privacywacht.db", "privacywacht.db-wal"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_findings_table_has_no_place_for_a_value(store: Store) -> None:
    columns = set(store._db["findings"].columns_dict)
    assert columns == {
        "id",
        "message_id",
        "entity_type",
        "start",
        "end",
        "recognizer",
        "score",
        "action",
        "reason",
        "value_hmac",
        "key_id",
    }


@pytest.mark.parametrize(
    "sql",
    [
        # unknown channel (lookup table + foreign key)
        "INSERT INTO conversations VALUES"
        " ('00000000-0000-0000-0000-000000000000', 'fax', NULL, 't', 't', NULL)",
        # finding for a message that does not exist
        'INSERT INTO findings (message_id, entity_type, start, "end", recognizer, score,'
        " action, reason, value_hmac, key_id) VALUES ('nope', 'BSN', 0, 9, 'r', 0.5, 'redact',"
        " '', printf('%064d', 0), 'k')",
        # a value where the digest belongs
        'INSERT INTO findings (message_id, entity_type, start, "end", recognizer, score,'
        " action, reason, value_hmac, key_id) VALUES ('{message_id}', 'BSN', 0, 9, 'r', 0.5,"
        " 'redact', '', '111222333', 'k')",
        # offsets the wrong way round
        'INSERT INTO findings (message_id, entity_type, start, "end", recognizer, score,'
        " action, reason, value_hmac, key_id) VALUES ('{message_id}', 'BSN', 9, 0, 'r', 0.5,"
        " 'redact', '', printf('%064d', 0), 'k')",
        # unknown status
        "UPDATE messages SET status = 'lost' WHERE id = '{message_id}'",
        # delivery of a message that does not exist
        "INSERT INTO deliveries VALUES ('zendesk', 'evt-1', 'nope', 't')",
    ],
)
def test_schema_refuses_inconsistent_rows(store: Store, sql: str) -> None:
    message_id = store.record_message(channel="api", text_redacted="hallo").message_id
    with pytest.raises(sqlite3.IntegrityError):
        store._db.execute(sql.format(message_id=message_id))
