"""Caller metadata is data: ids a caller chose are kept as keyed HMACs, paths are logged as
their route. Against the running service, and the migration of an older database."""

from __future__ import annotations

import json
import sqlite3
import time
import uuid
from pathlib import Path

import pytest

from bot.store import FindingRecord, Keyring, MigrationError, Store
from bot.store.db import connect
from bot.store.schema import MIGRATIONS, migrate
from tests.service.harness import log_start, post_message, request

# invented: an e-mail address as conversation id, a BSN-like number inside an idempotency key
CONVERSATION = "marieke.vos.{}@voorbeeld.nl"
KEY = "retour-bsn-246813579-{}"


def bytes_at_rest(data_dir: Path) -> bytes:
    """Every file of the data directory (database, WAL, key files) in one string of bytes."""
    return b"".join(p.read_bytes() for p in sorted(data_dir.iterdir()) if p.is_file())


def test_caller_ids_never_land_at_rest_and_replays_and_memory_still_work(service) -> None:
    tag = uuid.uuid4().hex[:8]
    conversation, key = CONVERSATION.format(tag), KEY.format(tag)
    first = post_message(
        service.base_url,
        {"conversation_id": conversation, "text": "Hallo, mijn naam is Jorien Baksteen."},
        Idempotency_Key=key,
    )
    assert first.status == 201
    assert first.json()["conversation_id"] == conversation  # the caller gets their id back

    replay = post_message(
        service.base_url,
        {"conversation_id": conversation, "text": "Hallo, mijn naam is Jorien Baksteen."},
        Idempotency_Key=key,
    )
    assert replay.status == 200
    again = replay.json()
    assert again.pop("duplicate") is True and again == first.json()

    later = post_message(
        service.base_url,
        {"conversation_id": conversation, "text": "Is de bestelling van Baksteen al verstuurd?"},
    )
    assert later.status == 201
    assert "Baksteen" not in later.json()["text"]  # the conversation's memory found it
    assert later.json()["id"] != first.json()["id"]

    keyring = Keyring.in_dir(service.data_dir)
    rows = sqlite3.connect(f"file:{service.db}?mode=ro", uri=True)
    try:
        [(external_ref,)] = rows.execute(
            "SELECT c.external_ref FROM conversations c JOIN messages m"
            " ON m.conversation_id = c.id WHERE m.id = ?",
            (first.json()["id"],),
        ).fetchall()
        [(event_id,)] = rows.execute(
            "SELECT event_id FROM deliveries WHERE message_id = ?", (first.json()["id"],)
        ).fetchall()
    finally:
        rows.close()
    assert external_ref == keyring.caller_ref(conversation)
    assert event_id == keyring.caller_ref(key)
    assert external_ref.startswith(f"hmac:{keyring.active_key_id}:")

    at_rest = bytes_at_rest(service.data_dir)
    for value in (conversation, key, "246813579", f"marieke.vos.{tag}"):
        assert value.encode() not in at_rest
    logged = "\n".join(service.captured())
    assert conversation not in logged and key not in logged


def test_paths_are_logged_as_their_route(service) -> None:
    marker = f"jan.{uuid.uuid4().hex[:8]}@voorbeeld.nl"
    reviewer = (service.data_dir / "reviewer-token").read_text().strip()
    start = log_start(service)  # not len(stderr): the test before may still be logging
    shown = request(
        service.base_url,
        "GET",
        f"/api/v1/register/{marker}",
        headers={"Authorization": f"Bearer {reviewer}"},
    )
    assert shown.status in (400, 404)
    assert request(service.base_url, "GET", f"/geen-route/{marker}").status == 404
    deadline = time.monotonic() + 10
    while True:  # the access line is written after the answer went out
        logged = service.stderr()[start:]
        paths = [
            json.loads(line)["path"]
            for line in logged.splitlines()
            if line.startswith("{") and '"http.access"' in line
        ]
        if len(paths) >= 2 or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert paths == ["/api/v1/register/{reference}", "-"]
    assert marker not in logged


# ---------------------------------------------------------------------------------------------
# the store: lookups across a key rotation, and migration 4 of a database from before


def test_a_replay_and_a_conversation_are_found_after_a_key_rotation(tmp_path: Path) -> None:
    with Store(tmp_path / "privacywacht.db") as store:
        keyring = store.keyring
        recorded = store.record_message(
            channel="api",
            text_redacted="Mijn pas werkt niet.",
            external_ref=keyring.caller_ref("klant-77@voorbeeld.nl"),
            event_id=keyring.caller_ref("poging-1"),
        )
        store.rotate_key()
        assert keyring.caller_ref("poging-1") != keyring.caller_refs("poging-1")[-1]
        found = store.find_caller_delivery("api", "poging-1")
        assert found is not None and found.message_id == recorded.message_id
        conversation = store.find_caller_conversation("api", "klant-77@voorbeeld.nl")
        assert conversation is not None and conversation.id == recorded.conversation_id
        assert store.find_caller_delivery("api", "poging-2") is None


def test_migration_4_keys_the_ids_an_older_database_kept_as_sent(tmp_path: Path) -> None:
    path = tmp_path / "privacywacht.db"
    Keyring.in_dir(tmp_path)  # the keys the old database was made with
    db = connect(path)
    migrate(db, MIGRATIONS[:3])
    now = "2026-01-05T10:00:00.000000+00:00"
    conversations = [
        ("11111111-1111-4111-8111-111111111111", "api", "henk.smit@voorbeeld.nl"),
        ("22222222-2222-4222-8222-222222222222", "zendesk", "40417"),
    ]
    for conv_id, channel, ref in conversations:
        db["conversations"].insert(
            {"id": conv_id, "channel": channel, "external_ref": ref, "created_at": now,
             "updated_at": now, "purpose": None}
        )  # fmt: skip
        message_id = conv_id.replace("1", "3").replace("2", "4")
        db["messages"].insert(
            {"id": message_id, "conversation_id": conv_id, "channel": channel,
             "created_at": now, "text_redacted": "Hoi.", "entity_count": 0,
             "status": "processed"}
        )  # fmt: skip
        db["deliveries"].insert(
            {"channel": channel, "event_id": f"verzoek-{ref}", "message_id": message_id,
             "received_at": now}
        )  # fmt: skip
    db.close()

    with Store(path) as store:  # migrates
        keyring = store.keyring
        raw = sqlite3.connect(path)
        try:
            refs = dict(raw.execute("SELECT channel, external_ref FROM conversations"))
            events = dict(raw.execute("SELECT channel, event_id FROM deliveries"))
            version = raw.execute("SELECT max(version) FROM migrations").fetchone()[0]
        finally:
            raw.close()
        assert version == len(MIGRATIONS) >= 4
        assert refs == {"api": keyring.caller_ref("henk.smit@voorbeeld.nl"), "zendesk": "40417"}
        assert events == {
            "api": keyring.caller_ref("verzoek-henk.smit@voorbeeld.nl"),
            "zendesk": "verzoek-40417",  # provider ids are the provider's, not a caller's
        }
        found = store.find_caller_conversation("api", "henk.smit@voorbeeld.nl")
        assert found is not None and found.id == conversations[0][0]
        assert store.find_caller_delivery("api", "verzoek-henk.smit@voorbeeld.nl") is not None
        # a message of the same caller conversation joins it
        recorded = store.record_message(
            channel="api",
            text_redacted="Nog iets.",
            conversation_id=found.id,
            findings=[FindingRecord("PERSON", 0, 4, "test", 0.9, "redact", "-", "Henk")],
        )
        assert recorded.conversation_id == found.id
    assert b"henk.smit@voorbeeld.nl" not in path.read_bytes()


def test_migration_4_without_the_keys_refuses_rather_than_keep_ids_raw(tmp_path: Path) -> None:
    db = connect(tmp_path / "old.db")
    migrate(db, MIGRATIONS[:3])
    now = "2026-01-05T10:00:00.000000+00:00"
    db["conversations"].insert(
        {"id": "55555555-5555-4555-8555-555555555555", "channel": "api",
         "external_ref": "klant@voorbeeld.nl", "created_at": now, "updated_at": now}
    )  # fmt: skip
    try:
        with pytest.raises(MigrationError, match="migration 4"):
            migrate(db)
        assert [r["version"] for r in db.query("SELECT version FROM migrations")] == [1, 2, 3]
    finally:
        db.close()
