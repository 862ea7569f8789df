"""The store's half of conversation memory: digests and numbers, with the message, per key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.store import MemoryRecord, Store, StoreError
from pipelines.conversation import Conversation, MemoryEntry


def _memory_records(conversation: Conversation) -> list[MemoryRecord]:
    return [
        MemoryRecord(e.kind, e.entity_type, e.digest, e.number) for e in conversation.new_entries()
    ]


def _record(store: Store, ref: str, memory: list[MemoryRecord], key_id: str, **extra):
    return store.record_message(
        channel="zendesk",
        external_ref=ref,
        text_redacted="Ik ben [PERSOON-1].",
        memory=memory,
        memory_key_id=key_id,
        **extra,
    )


def test_memory_round_trip_continues_numbering_after_reopening(data_dir: Path) -> None:
    path = data_dir / "pw.db"
    with Store(path) as store:
        fresh = store.conversation_memory(None)
        assert fresh.records == () and fresh.key_id == store.keyring.active_key_id
        first = Conversation(fresh.key)
        assert first.placeholder("PERSON", "Wouter Brink") == "[PERSOON-1]"
        first.learn_names(["Wouter Brink"])
        result = _record(store, "T-1", _memory_records(first), fresh.key_id)

    with Store(path) as reopened:
        memory = reopened.conversation_memory(result.conversation_id)
        assert memory.key == fresh.key and len(memory.records) == len(first.new_entries())
        later = Conversation(memory.key, (MemoryEntry(**vars(r)) for r in memory.records))
        assert later.placeholder("PERSON", "Hanna Verbeek") == "[PERSOON-2]"
        assert later.placeholder("PERSON", "Wouter") == "[PERSOON-1]"
        assert later.find_mentions("Groet, Wouter Brink", []) == [(7, 19)]
        # nothing raw: the rows are digests and numbers
        rows = list(reopened._db.query("SELECT * FROM conversation_memory"))
        assert rows and "wouter" not in repr(rows).lower()


def test_a_rotation_keeps_each_conversation_on_its_own_key(store: Store) -> None:
    old = store.conversation_memory(None)
    conversation = Conversation(old.key)
    conversation.placeholder("PHONE", "06-28374659")
    result = _record(store, "T-2", _memory_records(conversation), old.key_id)
    new_key_id = store.rotate_key()
    assert store.conversation_memory(result.conversation_id).key_id == old.key_id
    assert store.conversation_memory(None).key_id == new_key_id
    assert store.conversation_memory(None).key != old.key


def test_a_duplicate_delivery_adds_no_memory(store: Store) -> None:
    fresh = store.conversation_memory(None)
    one, two = Conversation(fresh.key), Conversation(fresh.key)
    one.placeholder("BSN", "111222333")
    two.placeholder("BSN", "123456782")
    first = _record(store, "T-3", _memory_records(one), fresh.key_id, event_id="e-1")
    again = _record(store, "T-3", _memory_records(two), fresh.key_id, event_id="e-1")
    assert again.duplicate
    assert len(store.conversation_memory(first.conversation_id).records) == 1


def test_memory_without_its_key_id_is_refused_and_nothing_is_stored(store: Store) -> None:
    conversation = Conversation(store.conversation_memory(None).key)
    conversation.placeholder("BSN", "111222333")
    with pytest.raises((ValueError, StoreError)):
        store.record_message(channel="api", text_redacted="x", memory=_memory_records(conversation))
    assert store._db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_memory_goes_with_its_conversation(store: Store) -> None:
    fresh = store.conversation_memory(None)
    conversation = Conversation(fresh.key)
    conversation.placeholder("BSN", "111222333")
    result = _record(store, "T-4", _memory_records(conversation), fresh.key_id)
    with store._db.conn:
        store._db.execute("DELETE FROM conversations WHERE id = ?", [result.conversation_id])
    assert store.conversation_memory(result.conversation_id).records == ()
