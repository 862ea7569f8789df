"""Recording messages: round trip, conversations, deduplication, atomicity, look-ups."""

from __future__ import annotations

import sqlite3
import traceback
from pathlib import Path

import pytest

from bot.store import (
    FindingRecord,
    Store,
    StoreClosedError,
    StoreError,
    UnknownConversationError,
)
from tests.store.helpers import EMPTY, finding, row_counts

TEXT = "Mijn BSN is [BSN-1], mail [E-MAIL-1]."


def _record(store: Store, **overrides):
    args = {
        "channel": "zendesk",
        "external_ref": "T-100",
        "event_id": None,
        "sender_redacted": "[NAAM-1]",
        "subject_redacted": "Vraag over [KLANTNUMMER-1]",
        "text_redacted": TEXT,
        "request_type": None,
        "purpose": "support",
        "findings": [
            finding("BSN", "111222333", start=12),
            finding("EMAIL", "a.b@example.org", start=30, action="keep", reason="nodig"),
        ],
    }
    args.update(overrides)
    return store.record_message(**args)


def test_message_and_findings_round_trip(store: Store) -> None:
    result = _record(store, request_type="inzage", event_id="evt-1")
    assert result.duplicate is False

    message = store.get_message(result.message_id)
    assert message is not None
    assert message.id == result.message_id
    assert message.conversation_id == result.conversation_id
    assert message.channel == "zendesk"
    assert message.text_redacted == TEXT
    assert message.sender_redacted == "[NAAM-1]"
    assert message.subject_redacted == "Vraag over [KLANTNUMMER-1]"
    assert message.request_type == "inzage"
    assert message.purpose == "support"
    assert message.entity_count == 2
    assert message.status == "processed"
    assert message.created_at == "2024-05-01T09:00:01.000000+00:00"

    bsn, email = store.findings_for(result.message_id)
    assert (bsn.entity_type, bsn.start, bsn.end) == ("BSN", 12, 21)
    assert (bsn.recognizer, bsn.score, bsn.action) == ("TestRecognizer", 0.95, "redact")
    assert bsn.reason == "niet nodig voor doel 'support'"
    assert bsn.key_id == store.keyring.active_key_id
    assert bsn.value_hmac == store.keyring.digest("BSN", "111222333").hex
    assert (email.entity_type, email.action, email.reason) == ("EMAIL", "keep", "nodig")

    conversation = store.get_conversation(result.conversation_id)
    assert conversation is not None
    assert (conversation.channel, conversation.external_ref) == ("zendesk", "T-100")
    assert conversation.purpose == "support"
    assert store.find_conversation("zendesk", "T-100") == conversation
    assert row_counts(store) == {"conversations": 1, "messages": 1, "findings": 2, "deliveries": 1}


def test_message_without_optional_parts(store: Store) -> None:
    result = store.record_message(channel="api", text_redacted="Geen persoonsgegevens.")
    message = store.get_message(result.message_id)
    assert message is not None
    assert message.sender_redacted is None and message.subject_redacted is None
    assert message.entity_count == 0
    assert store.findings_for(result.message_id) == []
    assert store.get_conversation(result.conversation_id).external_ref is None


def test_unknown_ids_read_as_nothing(store: Store) -> None:
    assert store.get_message("nope") is None
    assert store.get_conversation("nope") is None
    assert store.find_conversation("zendesk", "nope") is None
    assert store.list_messages("nope") == []
    assert store.findings_for("nope") == []


def test_messages_of_one_ticket_share_a_conversation(store: Store) -> None:
    first = _record(store)
    second = _record(store, purpose="facturatie", text_redacted="Tweede bericht")
    other_channel = _record(store, channel="freshdesk")  # same ticket number, other provider
    no_ref_1 = _record(store, channel="api", external_ref=None)
    no_ref_2 = _record(store, channel="api", external_ref=None)

    assert second.conversation_id == first.conversation_id
    assert other_channel.conversation_id != first.conversation_id
    assert no_ref_1.conversation_id != no_ref_2.conversation_id
    messages = store.list_messages(first.conversation_id)
    assert [m.id for m in messages] == [first.message_id, second.message_id]
    assert messages[1].purpose == "facturatie"  # each message keeps its own purpose
    conversation = store.get_conversation(first.conversation_id)
    assert conversation.purpose == "support"  # the conversation keeps the one it opened with
    assert conversation.created_at == messages[0].created_at
    assert conversation.updated_at == messages[1].created_at


def test_explicit_conversation_id(store: Store) -> None:
    first = _record(store, channel="chat", external_ref=None)
    reply = _record(
        store, channel="email", external_ref=None, conversation_id=first.conversation_id
    )
    assert reply.conversation_id == first.conversation_id
    assert [m.channel for m in store.list_messages(first.conversation_id)] == ["chat", "email"]


def test_unknown_conversation_id_stores_nothing(store: Store) -> None:
    with pytest.raises(UnknownConversationError):
        _record(store, conversation_id="00000000-0000-0000-0000-000000000000", event_id="e")
    assert row_counts(store) == EMPTY


def test_duplicate_delivery_writes_nothing(store: Store) -> None:
    first = _record(store, event_id="evt-42")
    counts = row_counts(store)
    updated_at = store.get_conversation(first.conversation_id).updated_at

    again = _record(store, event_id="evt-42", text_redacted="anders", findings=[finding()])
    assert again.duplicate is True
    assert (again.message_id, again.conversation_id) == (first.message_id, first.conversation_id)
    assert row_counts(store) == counts
    assert store.get_conversation(first.conversation_id).updated_at == updated_at
    assert store.get_message(first.message_id).text_redacted == TEXT
    assert store.find_delivery("zendesk", "evt-42") == again
    assert store.find_delivery("zendesk", "evt-43") is None

    # an event id is only unique per channel
    elsewhere = _record(store, channel="zammad", event_id="evt-42")
    assert elsewhere.duplicate is False
    assert elsewhere.message_id != first.message_id


def test_failure_in_the_last_step_rolls_everything_back(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self, row) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(Store, "_insert_delivery", broken)
    with pytest.raises(StoreError) as caught:
        _record(store, event_id="evt-1")
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert row_counts(store) == EMPTY

    # the delivery was not marked as done, so the retry is stored normally
    monkeypatch.undo()
    retry = _record(store, event_id="evt-1")
    assert retry.duplicate is False
    assert row_counts(store) == {"conversations": 1, "messages": 1, "findings": 2, "deliveries": 1}


def test_invalid_finding_mid_transaction_rolls_everything_back(store: Store) -> None:
    existing = _record(store)
    counts = row_counts(store)
    updated_at = store.get_conversation(existing.conversation_id).updated_at

    bad = finding("PERSON", "Kanarie Vogelaar", start=40)
    # get past the dataclass's own check, so the database's CHECK has to catch it after the
    # conversation update, the message and the first finding were written
    object.__setattr__(bad, "score", 7.5)
    with pytest.raises(StoreError) as caught:
        _record(store, findings=[finding(), bad], event_id="evt-9")
    assert isinstance(caught.value.__cause__, sqlite3.IntegrityError)
    assert row_counts(store) == counts
    assert store.get_conversation(existing.conversation_id).updated_at == updated_at
    assert len(store.list_messages(existing.conversation_id)) == 1
    assert store.find_delivery("zendesk", "evt-9") is None
    # nothing about the value in the error or its traceback
    text = "".join(traceback.format_exception(caught.value))
    assert "Kanarie" not in text and "Vogelaar" not in text


def test_crash_between_message_and_findings_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = Store._insert_findings

    def insert_then_crash(self, rows) -> None:
        original(self, rows)
        raise KeyboardInterrupt  # not even an Exception: still rolled back

    monkeypatch.setattr(Store, "_insert_findings", insert_then_crash)
    with pytest.raises(KeyboardInterrupt):
        _record(store, event_id="evt-1")
    assert row_counts(store) == EMPTY
    assert not store._db.conn.in_transaction


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("start", -1),
        ("end", 3),  # before start
        ("score", 1.5),
        ("score", float("nan")),
        ("entity_type", ""),
        ("action", None),
        ("value", None),
    ],
)
def test_finding_record_refuses_bad_fields_without_showing_the_value(field, bad) -> None:
    args = {
        "entity_type": "BSN",
        "start": 5,
        "end": 14,
        "recognizer": "r",
        "score": 0.9,
        "action": "redact",
        "reason": "",
        "value": "111222333",
    }
    args[field] = bad
    with pytest.raises(ValueError) as caught:
        FindingRecord(**args)
    assert "111222333" not in str(caught.value)
    assert field in str(caught.value)


def test_finding_record_hides_its_value() -> None:
    record = finding("EMAIL", "kanarie.vogel@example.org")
    assert "kanarie" not in repr(record)
    assert "kanarie" not in str(record)
    assert "entity_type='EMAIL'" in repr(record)


@pytest.mark.parametrize(
    "overrides",
    [
        {"channel": "fax"},
        {"status": "lost"},
        {"event_id": ""},
        {"external_ref": ""},
        {"findings": [{"entity_type": "BSN", "value": "111222333"}]},
    ],
)
def test_arguments_that_can_never_be_stored(store: Store, overrides) -> None:
    with pytest.raises(ValueError) as caught:
        _record(store, **overrides)
    assert "111222333" not in str(caught.value) and "fax" not in str(caught.value)
    assert row_counts(store) == EMPTY


def test_find_by_value_across_key_rotation(data_dir: Path) -> None:
    path = data_dir / "pw.db"
    with Store(path) as store:
        before = _record(store, findings=[finding("BSN", "111 222 333")])
        old_key = store.keyring.active_key_id
        new_key = store.rotate_key()
        after = _record(store, findings=[finding("BSN", "111.222.333")])
        unrelated = _record(store, findings=[finding("BSN", "999888777")])
        assert store.findings_for(before.message_id)[0].key_id == old_key
        assert store.findings_for(after.message_id)[0].key_id == new_key

    with Store(path) as reopened:  # keys and digests survive a restart
        found = reopened.find_by_value("BSN", "111222333")
        assert found == [before.message_id, after.message_id]
        assert unrelated.message_id not in found
        assert reopened.find_by_value("CUSTOMER_ID", "111222333") == []  # per entity type
        assert reopened.find_by_value("BSN", "123456782") == []


def test_counts_and_drill_down_by_digest(store: Store) -> None:
    ids = [_record(store, findings=[finding("PHONE", "06-1234 5678")]).message_id]
    ids.append(_record(store, findings=[finding("PHONE", "+31612345678")]).message_id)
    ids.append(
        _record(
            store,
            findings=[finding("PHONE", "0612345678"), finding("PHONE", "0612345678", start=20)],
        ).message_id
    )
    _record(store, findings=[finding("POSTCODE", "1234 AB")])

    top, *rest = store.count_by_digest()
    assert (top.entity_type, top.messages, top.findings) == ("PHONE", 3, 4)
    assert top.value_hmac == store.keyring.digest("PHONE", "06 12345678").hex
    assert [c.entity_type for c in rest] == ["POSTCODE"]
    assert store.count_by_digest("POSTCODE")[0].messages == 1
    assert [c.entity_type for c in store.count_by_digest(min_messages=2)] == ["PHONE"]
    assert store.find_by_digest(top.key_id, top.value_hmac) == ids
    assert store.find_by_value("PHONE", "06 12 34 56 78") == ids


def test_set_status(store: Store) -> None:
    result = _record(store)
    assert store.set_status(result.message_id, "forwarded") is True
    assert store.get_message(result.message_id).status == "forwarded"
    assert store.set_status("nope", "failed") is False
    with pytest.raises(ValueError):
        store.set_status(result.message_id, "lost")


def test_closed_store_refuses_calls(data_dir: Path) -> None:
    store = Store(data_dir / "pw.db")
    store.close()
    store.close()  # twice is fine
    assert store.closed
    with pytest.raises(StoreClosedError):
        _record(store)
    with pytest.raises(StoreClosedError):
        store.get_message("x")
