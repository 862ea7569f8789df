"""Retention: expired rows are deleted, and deleted content is gone from the bytes on disk.

Messages are written through the real :class:`bot.store.Store` with a clock set back in time;
requests through the real :class:`bot.store.register.Register`. Old rows carry canary strings
and new rows others; after a purge the files (database, ``-wal``, ``-shm``) are read raw: the
old canaries must be absent and the new ones present (the positive control shows the scan
reads what the store wrote).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot import retention, retention_cli
from bot.register_config import RegisterConfig
from bot.retention import DB_FILE, PurgeReport, RetentionConfig, cutoffs, purge
from bot.settings import SettingsError, load_settings
from bot.store import Store
from bot.store.register import REGISTER_FILE, REGISTER_MIGRATIONS, Register
from bot.store.schema import migrate, schema_version
from tests.store.helpers import FakeClock, StillClock, finding

NOW = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
KEY = Fernet.generate_key().decode()
HMAC_KEY = bytes(range(32))
DEFAULTS = RetentionConfig()

# Unique strings in the messages' redacted text, subject and sender.
OLD_CANARIES = (
    "KANARIE-OUD-123",
    "KANARIE-OUD-ONDERWERP-124",
    "KANARIE-OUD-AFZENDER-125",
    "KANARIE-OUD-E-126",
    "KANARIE-MIDDEN-456",
    "KANARIE-MIDDEN-ONDERWERP-457",
    "KANARIE-MIDDEN-LEEG-789",
)
NEW_CANARIES = ("KANARIE-NIEUW-901", "KANARIE-NIEUW-D-902")


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings from the developer's environment would point elsewhere."""
    for name in list(os.environ):
        if name.startswith(
            ("PRIVACYWACHT_REGISTER_", "PRIVACYWACHT_RETENTION_", "PRIVACYWACHT_SERVICE_")
        ):
            monkeypatch.delenv(name)


def _record(store: Store, clock: FakeClock, at: datetime, text: str, **options: object) -> str:
    """A message stored as if at ``at`` (the fake clock adds a second per call)."""
    clock.now = at - timedelta(seconds=1)
    return store.record_message(channel="zendesk", text_redacted=text, **options).message_id  # type: ignore[arg-type]


def _scenario(store: Store, clock: FakeClock, now: datetime = NOW) -> dict[str, str]:
    """Six messages of every kind a purge distinguishes; returns their ids by name.

    With the default terms (31/90/31 days) as of ``now``:

    * ``old_a`` (120 days): past both terms -> deleted with its 2 findings and its delivery;
      its conversation stays for ``new_a``.
    * ``old_e`` (100 days): deleted, and its conversation with it.
    * ``mid_b`` (60 days, a failed hand-over, 1 finding): emptied, kept for its finding,
      status back to processed; its delivery (60 days) goes.
    * ``mid_c`` (45 days, no findings): nothing keeps it -> deleted with its conversation.
    * ``new_a`` (1 day) and ``new_d`` (10 days): kept with everything they have.
    """
    days = lambda n: now - timedelta(days=n)  # noqa: E731
    ids = {
        "old_a": _record(
            store,
            clock,
            days(120),
            f"Hallo, {OLD_CANARIES[0]} [BSN-1] [IBAN-1]",
            external_ref="T-A",
            event_id="evt-old-a",
            subject_redacted=OLD_CANARIES[1],
            sender_redacted=OLD_CANARIES[2],
            findings=[finding("BSN", "111222333"), finding("IBAN", "NL91ABNA0417164300", 20)],
        ),
        "old_e": _record(
            store,
            clock,
            days(100),
            f"{OLD_CANARIES[3]} [PERSOON-1]",
            external_ref="T-E",
            findings=[finding("PERSON", "Jan Jansen")],
        ),
        "mid_b": _record(
            store,
            clock,
            days(60),
            f"{OLD_CANARIES[4]} [TELEFOONNUMMER-1]",
            external_ref="T-B",
            event_id="evt-mid-b",
            subject_redacted=OLD_CANARIES[5],
            status="failed",
            findings=[finding("PHONE", "0612345678")],
        ),
        "mid_c": _record(store, clock, days(45), OLD_CANARIES[6], external_ref="T-C"),
        "new_d": _record(
            store, clock, days(10), NEW_CANARIES[1], external_ref="T-D", event_id="evt-new-d"
        ),
        "new_a": _record(
            store,
            clock,
            days(1),
            f"{NEW_CANARIES[0]} [BSN-1]",
            external_ref="T-A",
            event_id="evt-new-a",
            findings=[finding("BSN", "123456782")],
        ),
    }
    clock.now = now
    return ids


EXPECTED = {
    "conversations": 2,  # T-E and T-C
    "messages": 3,  # old_a, old_e, mid_c
    "messages_emptied": 1,  # mid_b
    "findings": 3,  # old_a's two, old_e's one
    "deliveries": 2,  # evt-old-a (with its message), evt-mid-b (past its own term)
}


def _counts(report: PurgeReport) -> dict[str, int]:
    return {key: getattr(report, key) for key in EXPECTED}


def _files(path: Path) -> dict[str, bytes]:
    """The database file and its companions, raw."""
    found = {}
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            found[candidate.name] = candidate.read_bytes()
    return found


def _assert_gone_and_kept(path: Path, gone: tuple[str, ...], kept: tuple[str, ...]) -> None:
    files = _files(path)
    assert path.name in files
    everything = b"".join(files.values())
    for name, content in files.items():
        for canary in gone:
            for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le")):
                assert encoded not in content, f"{canary} is still in {name}"
    for canary in kept:
        assert canary.encode("utf-8") in everything, f"{canary} is missing: the scan sees nothing"


def _query(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _ids(path: Path, table: str) -> set[str]:
    return {row[0] for row in _query(path, f"SELECT id FROM {table}")}


# -- configuration ---------------------------------------------------------------------------


def test_defaults_and_the_shipped_config() -> None:
    config = RetentionConfig.from_settings(load_settings())
    assert config == DEFAULTS
    assert (config.messages_days, config.findings_days, config.register_closed_years) == (
        31,
        90,
        5,
    )
    assert config.deliveries_term_days == 31
    assert (config.interval_hours, config.enabled) == (24, True)
    assert RetentionConfig.from_settings(load_settings(environ={})) == DEFAULTS


def test_values_from_the_environment_and_as_strings() -> None:
    settings = load_settings(
        environ={
            "PRIVACYWACHT_RETENTION_MESSAGES_DAYS": "14",
            "PRIVACYWACHT_RETENTION_ENABLED": "false",
        }
    )
    config = RetentionConfig.from_settings(settings)
    assert (config.messages_days, config.deliveries_term_days, config.enabled) == (14, 14, False)
    config = RetentionConfig.from_mapping(
        {"findings_days": "120", "deliveries_days": "7", "interval_hours": "0.5"}
    )
    assert (config.findings_days, config.deliveries_term_days, config.interval_hours) == (
        120,
        7,
        0.5,
    )


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"messages_days": 0}, "messages_days"),
        ({"messages_days": -3}, "messages_days"),
        ({"messages_days": True}, "messages_days"),
        ({"findings_days": "negentig"}, "findings_days"),
        ({"deliveries_days": "x"}, "deliveries_days"),
        ({"deliveries_days": 0}, "deliveries_days"),
        ({"register_closed_years": 0}, "register_closed_years"),
        ({"interval_hours": 0}, "interval_hours"),
        ({"interval_hours": "nooit"}, "interval_hours"),
        ({"enabled": "ja"}, "enabled"),
        ({"messages_dagen": 31}, "messages_dagen"),
    ],
)
def test_errors_name_the_key(table: dict[str, object], key: str) -> None:
    with pytest.raises(SettingsError, match=rf"\[retention\] .*{key}"):
        RetentionConfig.from_mapping(table)


def test_retention_must_be_a_table() -> None:
    with pytest.raises(SettingsError, match=r"\[retention\] must be a table"):
        RetentionConfig.from_mapping("31")  # type: ignore[arg-type]


def test_cutoffs() -> None:
    limits = cutoffs(RetentionConfig(deliveries_days=7), NOW)
    assert limits.messages == "2024-03-31T12:00:00.000000+00:00"
    assert limits.findings == "2024-02-01T12:00:00.000000+00:00"
    assert limits.deliveries == "2024-04-24T12:00:00.000000+00:00"
    assert limits.register_closed == datetime(2019, 5, 1, 12, 0, tzinfo=UTC)
    leap = cutoffs(RetentionConfig(register_closed_years=1), datetime(2024, 2, 29, tzinfo=UTC))
    assert leap.register_closed == datetime(2023, 2, 28, tzinfo=UTC)
    with pytest.raises(ValueError, match="timezone-aware"):
        cutoffs(DEFAULTS, datetime(2024, 5, 1))


# -- the message store -----------------------------------------------------------------------


def test_purge_deletes_expired_rows_and_keeps_new_ones(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    ids = _scenario(store, clock)
    report = purge(data_dir, DEFAULTS, NOW)
    assert _counts(report) == EXPECTED
    assert report.requests is None and not report.dry_run and report.wal_truncated
    assert report.total == sum(EXPECTED.values())

    path = data_dir / DB_FILE
    assert _ids(path, "messages") == {ids["mid_b"], ids["new_a"], ids["new_d"]}
    assert {row[0] for row in _query(path, "SELECT external_ref FROM conversations")} == {
        "T-A",
        "T-B",
        "T-D",
    }
    assert {row[0] for row in _query(path, "SELECT event_id FROM deliveries")} == {
        "evt-new-a",
        "evt-new-d",
    }
    assert sorted(row[0] for row in _query(path, "SELECT message_id FROM findings")) == sorted(
        [ids["mid_b"], ids["new_a"]]
    )
    # The store still reads what is left, through its own connection.
    emptied = store.get_message(ids["mid_b"])
    assert emptied is not None
    assert (emptied.text_redacted, emptied.subject_redacted, emptied.sender_redacted) == (
        "",
        None,
        None,
    )
    assert emptied.status == "processed"  # a retry would hand over an empty message
    assert emptied.entity_count == 1 and len(store.findings_for(ids["mid_b"])) == 1
    assert store.get_message(ids["new_a"]).text_redacted.startswith(NEW_CANARIES[0])  # type: ignore[union-attr]
    # A value is still found in the audit log of a message whose text is gone.
    assert store.find_by_value("PHONE", "0612345678") == [ids["mid_b"]]
    assert store.find_by_value("BSN", "111222333") == []

    # Nothing more to do: a second run deletes nothing.
    assert purge(data_dir, DEFAULTS, NOW).total == 0


def test_deleted_content_is_gone_from_the_file_wal_and_shm(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    _scenario(store, clock)
    path = data_dir / DB_FILE
    assert Path(f"{path}-wal").exists()  # the service's connection stays open, in WAL mode
    _assert_gone_and_kept(path, (), OLD_CANARIES + NEW_CANARIES)  # the scan sees them all
    purge(data_dir, DEFAULTS, NOW)
    _assert_gone_and_kept(path, OLD_CANARIES, NEW_CANARIES)
    # The service keeps writing afterwards, and what it writes is readable.
    _record(store, clock, NOW, "KANARIE-NA-PURGE-555")
    store.close()
    _assert_gone_and_kept(path, OLD_CANARIES, (*NEW_CANARIES, "KANARIE-NA-PURGE-555"))


def test_an_emptied_message_goes_when_its_findings_expire(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    ids = _scenario(store, clock)
    purge(data_dir, DEFAULTS, NOW)
    later = NOW + timedelta(days=31)  # mid_b is 91 days old now, new_d 41 and new_a 32
    report = purge(data_dir, DEFAULTS, later)
    assert _counts(report) == {
        "conversations": 2,  # T-B (mid_b) and T-D (new_d, no findings)
        "messages": 2,  # mid_b, new_d
        "messages_emptied": 1,  # new_a: past its term, its finding is not
        "findings": 1,
        "deliveries": 2,
    }
    path = data_dir / DB_FILE
    assert _ids(path, "messages") == {ids["new_a"]}
    assert {row[0] for row in _query(path, "SELECT external_ref FROM conversations")} == {"T-A"}
    _assert_gone_and_kept(path, OLD_CANARIES + NEW_CANARIES, ())


def test_findings_may_have_a_shorter_term_than_messages(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    ids = _scenario(store, clock)
    config = RetentionConfig(messages_days=90, findings_days=30, deliveries_days=365)
    report = purge(data_dir, config, NOW)
    assert _counts(report) == {
        "conversations": 1,  # T-E; T-A keeps new_a
        "messages": 2,  # old_a, old_e
        "messages_emptied": 0,
        "findings": 4,  # old_a 2, old_e 1, mid_b 1: new_a's (1 day) stays
        "deliveries": 1,  # only with old_a: each delivery is within its own term
    }
    assert _ids(data_dir / DB_FILE, "messages") == {
        ids["mid_b"],
        ids["mid_c"],
        ids["new_a"],
        ids["new_d"],
    }
    assert store.get_message(ids["mid_b"]).text_redacted.startswith(OLD_CANARIES[4])  # type: ignore[union-attr]


def test_dry_run_counts_exactly_and_changes_nothing(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    _scenario(store, clock)
    path = data_dir / DB_FILE
    before = {table: _query(path, f"SELECT * FROM {table}") for table in EXPECTED_TABLES}
    dry = purge(data_dir, DEFAULTS, NOW, dry_run=True)
    assert dry.dry_run and _counts(dry) == EXPECTED
    assert {table: _query(path, f"SELECT * FROM {table}") for table in EXPECTED_TABLES} == before
    assert _counts(purge(data_dir, DEFAULTS, NOW)) == _counts(dry)


EXPECTED_TABLES = ("conversations", "messages", "findings", "deliveries")


def test_purge_in_small_batches(
    store: Store, clock: FakeClock, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retention, "BATCH_ROWS", 2)
    for n in range(7):
        _record(
            store,
            clock,
            NOW - timedelta(days=200, minutes=n),
            f"oud {n}",
            event_id=f"evt-{n}",
            findings=[finding(), finding("PHONE", "0612345678", 20)],
        )
    _record(store, clock, NOW, "nieuw", event_id="evt-nieuw")
    report = purge(data_dir, DEFAULTS, NOW)
    assert _counts(report) == {
        "conversations": 7,
        "messages": 7,
        "messages_emptied": 0,
        "findings": 14,
        "deliveries": 7,
    }
    assert len(_ids(data_dir / DB_FILE, "messages")) == 1


def test_a_stopped_purge_deletes_nothing_more(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    _scenario(store, clock)
    stop = threading.Event()
    stop.set()
    report = purge(data_dir, DEFAULTS, NOW, stop=stop)
    assert report.total == 0
    assert len(_ids(data_dir / DB_FILE, "messages")) == 6


def test_purge_waits_for_the_writer_then_deletes(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    """The service's writer may hold the write lock: the purge waits (busy timeout)."""
    _scenario(store, clock)
    path = data_dir / DB_FILE
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, lambda: writer.execute("COMMIT"))
    release.start()
    try:
        report = purge(data_dir, DEFAULTS, NOW)
    finally:
        release.join()
        writer.close()
    assert _counts(report) == EXPECTED


def test_a_data_dir_without_a_store_is_left_alone(tmp_path: Path) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    assert purge(empty, DEFAULTS, NOW) == PurgeReport()
    assert purge(tmp_path / "bestaat-niet", DEFAULTS, NOW, dry_run=True).total == 0
    assert list(empty.iterdir()) == []
    assert not (tmp_path / "bestaat-niet").exists()


def test_purge_logs_counts_only(
    store: Store, clock: FakeClock, data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    _scenario(store, clock)
    with caplog.at_level(logging.INFO, logger="privacywacht.retention"):
        purge(data_dir, DEFAULTS, NOW, dry_run=True)
        assert not [r for r in caplog.records if r.msg == "retention.purged"]
        purge(data_dir, DEFAULTS, NOW)
    [line] = [r for r in caplog.records if r.msg == "retention.purged"]
    assert line.ctx["count"] == sum(EXPECTED.values())  # type: ignore[attr-defined]
    ctx = line.ctx  # type: ignore[attr-defined]
    assert set(ctx) == {"count", "ms"} | {f"purged_{table}" for table in EXPECTED}
    assert {t: ctx[f"purged_{t}"] for t in EXPECTED} == EXPECTED  # counts only, never text


# -- the register ----------------------------------------------------------------------------


def _at(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 10, 0, tzinfo=UTC)


def _open_register(path: Path, clock: StillClock) -> Register:
    return Register.open(path, {"k1": KEY}, "k1", HMAC_KEY, clock=clock)


def _register_scenario(register: Register, clock: StillClock) -> dict[str, str]:
    """Requests closed long ago, one open for as long, and one closed recently."""
    clock.now = _at(2024, 1, 10)
    old_done = register.create(
        "access",
        "email",
        _at(2024, 1, 5),
        email="oud.verzoek@example.nl",
        message_id="msg-oud",
        conversation_id="conv-oud",
    )[0].reference
    register.start_verification(old_done, timedelta(days=3))
    register.advance(old_done, "in_progress", "officer", note="KANARIE-REGISTER-NOTITIE-1")
    old_open = register.create("erasure", "letter", _at(2024, 1, 6))[0].reference
    old_withdrawn = register.create("objection", "phone", _at(2024, 1, 7), message_id="msg-oud-2")[
        0
    ].reference
    clock.now = _at(2024, 2, 1)
    register.advance(old_done, "completed", "officer", note="KANARIE-REGISTER-NOTITIE-2")
    register.advance(old_withdrawn, "withdrawn", "officer")
    clock.now = _at(2029, 6, 1)
    recent = register.create("access", "email", _at(2029, 5, 30), email="recent@example.nl")[
        0
    ].reference
    register.advance(recent, "in_progress", "officer")
    register.refuse(recent, "officer", "KANARIE-RECENTE-MOTIVERING")
    clock.now = _at(2030, 3, 1)
    return {
        "old_done": old_done,
        "old_open": old_open,
        "old_withdrawn": old_withdrawn,
        "recent": recent,
    }


def test_purge_deletes_closed_requests_past_their_term(data_dir: Path) -> None:
    clock = StillClock()
    path = data_dir / REGISTER_FILE
    with _open_register(path, clock) as register:
        refs = _register_scenario(register, clock)
        assert register.count_closed(_at(2025, 3, 1)) == 2
        report = purge(data_dir, DEFAULTS, _at(2030, 3, 1), register=register, dry_run=True)
        assert report.requests == 2 and len(register.list()) == 4
        report = purge(data_dir, DEFAULTS, _at(2030, 3, 1), register=register)
        assert report.requests == 2 and report.total == 2
        assert [r.reference for r in register.list()] == [refs["old_open"], refs["recent"]]
        assert register.get(refs["old_done"]) is None
        assert register.find_by_message("msg-oud") is None
        assert register.find_by_contact(email="oud.verzoek@example.nl") == []
        assert len(register.history(refs["recent"])) == 3
        assert register.history(refs["old_open"])[0].kind == "received"
        assert register.due(within_days=0)[0].reference == refs["old_open"]
        assert register.contact(refs["recent"]) == ("recent@example.nl", None)
        # The rows that belonged to the deleted requests are gone with them.
        ids = {row[0] for row in _query(path, "SELECT id FROM requests")}
        for table in ("request_events", "request_messages", "verifications"):
            assert {row[0] for row in _query(path, f"SELECT request_id FROM {table}")} <= ids
        assert _query(path, "SELECT count(*) FROM verifications") == [(0,)]
        assert _query(path, "SELECT count(*) FROM request_messages") == [(0,)]
        _assert_gone_and_kept(
            path,
            (refs["old_done"], refs["old_withdrawn"], "KANARIE-REGISTER-NOTITIE", "msg-oud"),
            (refs["old_open"], refs["recent"], "KANARIE-RECENTE-MOTIVERING"),
        )
        # Five years after the recent one closed, it goes too; the open one never does.
        assert register.purge_closed(_at(2034, 6, 3)) == 1
        assert [r.reference for r in register.list()] == [refs["old_open"]]
        assert register.purge_closed(_at(2099, 1, 1)) == 0
    _assert_gone_and_kept(path, ("KANARIE-RECENTE-MOTIVERING",), (refs["old_open"],))


def test_the_database_refuses_deleting_open_requests_and_editing_history(
    data_dir: Path,
) -> None:
    clock = StillClock()
    path = data_dir / REGISTER_FILE
    with _open_register(path, clock) as register:
        refs = _register_scenario(register, clock)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM requests WHERE reference = ?", [refs["old_open"]])
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            conn.execute("DELETE FROM requests")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE request_events SET note = 'anders'")
        # Not even the history of a closed request goes a line at a time.
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(
                "DELETE FROM request_events WHERE request_id ="
                " (SELECT id FROM requests WHERE reference = ?)",
                [refs["recent"]],
            )
        # A closed request may be deleted, by anyone, and takes its rows along.
        conn.execute("DELETE FROM requests WHERE reference = ?", [refs["old_done"]])
        assert conn.execute("SELECT count(*) FROM requests").fetchone() == (3,)
        assert conn.execute("SELECT count(*) FROM verifications").fetchone() == (0,)
        assert conn.execute(
            "SELECT count(*) FROM request_events WHERE request_id NOT IN (SELECT id FROM requests)"
        ).fetchone() == (0,)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_migration_3_applies_to_an_existing_register(data_dir: Path) -> None:
    path = data_dir / REGISTER_FILE
    clock = StillClock()
    with _open_register(path, clock) as register:
        refs = _register_scenario(register, clock)
    from bot.store.db import connect

    db = connect(path)
    try:
        db.execute("DELETE FROM migrations WHERE version = 3")
        for name in ("requests_delete_only_closed", "request_events_delete_with_request"):
            db.execute(f"DROP TRIGGER {name}")
        db.execute("DROP TRIGGER requests_delete_children")
        # Back to version 2: its triggers as migration 1 made them.
        db.execute(
            "CREATE TRIGGER requests_no_delete BEFORE DELETE ON requests"
            " BEGIN SELECT RAISE(ABORT, 'register: requests are never deleted'); END"
        )
        db.execute(
            "CREATE TRIGGER request_events_no_delete BEFORE DELETE ON request_events"
            " BEGIN SELECT RAISE(ABORT, 'register: request_events is append-only'); END"
        )
        assert schema_version(db) == 2
        assert migrate(db, REGISTER_MIGRATIONS[:2]) == []
    finally:
        db.close()
    with _open_register(path, clock) as register:
        assert schema_version(register._db) == len(REGISTER_MIGRATIONS) == 3
        triggers = {
            row[0] for row in _query(path, "SELECT name FROM sqlite_master WHERE type = 'trigger'")
        }
        assert "requests_no_delete" not in triggers and "request_events_no_delete" not in triggers
        assert {"request_events_no_update", "requests_delete_children"} <= triggers
        assert register.purge_closed(_at(2025, 1, 1)) == 2
        assert register.get(refs["old_open"]) is not None


# -- the command -----------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    """``privacywacht purge ARGS --data-dir DATA_DIR`` through a parser built like bot.cli's."""
    parser = argparse.ArgumentParser(prog="privacywacht")
    parser.add_argument("--config")
    retention_cli.add_parser(parser.add_subparsers(dest="command", required=True))
    parsed = parser.parse_args(["purge", *args, "--data-dir", str(data_dir)])
    capsys.readouterr()
    status = parsed.handler(parsed)
    out, err = capsys.readouterr()
    return status, out, err


def _service_data_dir(data_dir: Path) -> tuple[list[str], dict[str, str]]:
    """A store and a register (with the service's key file) like the service leaves them,
    relative to the real clock (the command purges as of now); returns the old message's id
    and the references."""
    now = datetime.now(UTC)
    clock = FakeClock()
    with Store(data_dir / DB_FILE, clock=clock) as store:
        ids = _scenario(store, clock, now)
    keys = RegisterConfig.from_settings(load_settings()).resolve_keys(data_dir)
    register_clock = StillClock()
    register_clock.now = now - timedelta(days=6 * 366)
    with Register.in_dir(
        data_dir, keys.keys, keys.active_key_id, keys.hmac_key, clock=register_clock
    ) as register:
        old = register.create("access", "email", register_clock.now)[0].reference
        register.advance(old, "in_progress", "officer")
        register.advance(old, "completed", "officer")
        register_clock.now = now
        kept = register.create("access", "email", now - timedelta(days=2))[0].reference
    return [ids["old_a"]], {"old": old, "kept": kept}


def test_cli_dry_run_reports_and_deletes_nothing(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old_ids, refs = _service_data_dir(data_dir)
    status, out, err = _cli(capsys, data_dir, "--dry-run", "--json")
    assert (status, err) == (0, "")
    report = json.loads(out)
    assert report == {**EXPECTED, "requests": 1, "dry_run": True, "wal_truncated": True}
    assert old_ids[0] in _ids(data_dir / DB_FILE, "messages")
    assert len(_query(data_dir / REGISTER_FILE, "SELECT id FROM requests")) == 2

    status, out, _ = _cli(capsys, data_dir, "--dry-run")
    assert status == 0 and out.startswith("proefdraai")
    assert "afgesloten verzoeken in het register:" in out and "niets verwijderd" in out

    status, out, _ = _cli(capsys, data_dir)
    assert status == 0 and out.startswith("verwijderd na de bewaartermijn")
    assert old_ids[0] not in _ids(data_dir / DB_FILE, "messages")
    assert [
        row[0] for row in _query(data_dir / REGISTER_FILE, "SELECT reference FROM requests")
    ] == [refs["kept"]]
    status, out, _ = _cli(capsys, data_dir, "--json")
    assert json.loads(out) == {
        **dict.fromkeys(EXPECTED, 0),
        "requests": 0,
        "dry_run": False,
        "wal_truncated": True,
    }


def test_cli_on_an_empty_data_dir_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "leeg"
    empty.mkdir()
    for args in (("--json",), ("--dry-run", "--json"), ()):
        status, out, err = _cli(capsys, empty, *args)
        assert (status, err) == (0, "")
    assert list(empty.iterdir()) == []
    status, out, _ = _cli(capsys, empty)
    assert "overgeslagen (geen register)" in out
    status, out, _ = _cli(capsys, tmp_path / "bestaat-niet", "--json")
    assert status == 0 and json.loads(out)["requests"] is None
    assert not (tmp_path / "bestaat-niet").exists()


def test_cli_refuses_a_register_without_its_keys(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import EXIT_USAGE
    from bot.register_config import KEY_FILE

    _service_data_dir(data_dir)
    (data_dir / KEY_FILE).unlink()
    with pytest.raises(SettingsError, match="sleutels zijn niet gevonden"):
        _cli(capsys, data_dir)  # bot.cli.main turns this into exit status 2
    assert EXIT_USAGE == 2
    assert len(_ids(data_dir / DB_FILE, "messages")) == 6  # nothing purged half-way


def test_cli_reports_a_file_that_is_not_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot"
    broken.mkdir()
    (broken / DB_FILE).write_bytes(b"geen database " * 100)
    status, out, err = _cli(capsys, broken)
    assert status == 2 and out == "" and err.startswith("privacywacht: ")


# -- the service's background task -----------------------------------------------------------


def test_task_runs_purge_and_survives_a_failure(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[tuple[Path, datetime, object]] = []

    def fake_purge(
        data_dir: Path, config: RetentionConfig, now: datetime, **options: object
    ) -> PurgeReport:
        calls.append((data_dir, now, options["register"]))
        if len(calls) == 1:
            raise sqlite3.OperationalError("database is locked KANARIE-FOUT")
        return PurgeReport()

    monkeypatch.setattr(retention, "purge", fake_purge)
    config = RetentionConfig(interval_hours=0.01 / 3600)  # every 10 ms
    marker = object()

    async def main() -> asyncio.Task[None]:
        task = asyncio.create_task(
            retention.retention_task(tmp_path, config, marker, first_delay_s=0)  # type: ignore[arg-type]
        )
        for _ in range(500):
            if len(calls) >= 3:
                break
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        return task

    with caplog.at_level(logging.INFO, logger="privacywacht.retention"):
        task = asyncio.run(main())
    assert task.cancelled()
    assert len(calls) >= 3
    assert all(call[0] == tmp_path and call[2] is marker for call in calls)
    assert all(call[1].tzinfo is not None for call in calls)
    [failed] = [r for r in caplog.records if r.msg == "retention.failed"]
    assert failed.ctx == {"error": "OperationalError"}  # type: ignore[attr-defined]


def test_running_purges_once_then_stops_cleanly(
    store: Store, clock: FakeClock, data_dir: Path
) -> None:
    ids = _scenario(store, clock, datetime.now(UTC))
    purged = threading.Event()

    class Spy(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.msg == "retention.purged":
                purged.set()

    spy = Spy()
    logger = logging.getLogger("privacywacht.retention")
    logger.addHandler(spy)
    old_level = logger.level
    logger.setLevel(logging.INFO)

    async def main() -> asyncio.Task[None]:
        async with retention.running(data_dir, DEFAULTS, None, first_delay_s=0) as task:
            for _ in range(500):
                if purged.is_set():
                    break
                await asyncio.sleep(0.01)
        return task

    try:
        task = asyncio.run(main())
    finally:
        logger.removeHandler(spy)
        logger.setLevel(old_level)
    assert purged.is_set() and task.done()
    assert ids["old_a"] not in _ids(data_dir / DB_FILE, "messages")
    assert ids["new_a"] in _ids(data_dir / DB_FILE, "messages")


def test_cancel_waits_for_the_running_purge(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started, finished = threading.Event(), threading.Event()
    seen_stop: list[bool] = []

    def slow_purge(
        data_dir: Path, config: RetentionConfig, now: datetime, **options: object
    ) -> PurgeReport:
        started.set()
        stop = options["stop"]
        assert isinstance(stop, threading.Event)
        seen_stop.append(stop.wait(5))
        finished.set()
        return PurgeReport()

    monkeypatch.setattr(retention, "purge", slow_purge)

    async def main() -> None:
        async with retention.running(tmp_path, DEFAULTS, first_delay_s=0):
            while not started.is_set():
                await asyncio.sleep(0.005)
        # Leaving the block cancelled the task, which told the purge to stop and waited.
        assert finished.is_set()

    asyncio.run(main())
    assert seen_stop == [True]


def test_a_disabled_task_returns_at_once(tmp_path: Path) -> None:
    async def main() -> None:
        await asyncio.wait_for(
            retention.retention_task(tmp_path, RetentionConfig(enabled=False)), timeout=1
        )

    asyncio.run(main())
