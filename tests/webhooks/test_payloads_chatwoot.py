"""Chatwoot message_created events: only the contact's public messages are kept."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bot.webhooks import IncomingMessage, PayloadError, derive_event_id, parse

# the message_created sample from Chatwoot's "Webhook events" documentation, in Dutch
MESSAGE_CREATED: dict[str, Any] = {
    "id": 118,
    "content": "Hoi, mijn bestelling 4711 is nog niet binnen.",
    "created_at": "2026-11-21T09:29:48.000Z",
    "message_type": "incoming",
    "content_type": "text",
    "private": False,
    "content_attributes": {},
    "source_id": None,
    "sender": {"id": 14, "name": "Sanne de Vries", "avatar": "", "type": "contact"},
    "inbox": {"id": 1, "name": "Webshop support"},
    "conversation": {
        "additional_attributes": {"referer": "https://shop.example.nl/bestellingen"},
        "can_reply": True,
        "channel": "Channel::WebWidget",
        "id": 10,
        "inbox_id": 1,
        "contact_inbox": {"id": 12, "contact_id": 14, "inbox_id": 1},
        "meta": {
            "sender": {
                "email": "sanne@example.nl",
                "id": 14,
                "name": "Sanne de Vries",
                "type": "contact",
            },
            "assignee": {"id": 1, "name": "John", "type": "user"},
        },
        "status": "open",
        "unread_count": 1,
        "timestamp": 1795253388,
    },
    "account": {"id": 1, "name": "Webshop BV"},
    "event": "message_created",
}


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def changed(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(MESSAGE_CREATED)
    payload.update(changes)
    return payload


def test_incoming_message_becomes_a_message() -> None:
    assert parse("chatwoot", body(MESSAGE_CREATED)) == [
        IncomingMessage(
            provider="chatwoot",
            event_id=derive_event_id("chatwoot", "1", "10", "118"),
            conversation_ref="10",
            comment_id="118",
            sender="sanne@example.nl",
            subject=None,
            text="Hoi, mijn bestelling 4711 is nog niet binnen.",
            html=False,
            author_is_customer=True,
        )
    ]


@pytest.mark.parametrize(
    "changes",
    [
        {"message_type": "outgoing"},
        {"message_type": "activity"},
        {"message_type": "template"},
        {"message_type": 1},
        {"message_type": False},
        {"private": True},
        {"event": "message_updated"},
        {"event": "conversation_created"},
        {"event": "webwidget_triggered"},
        {"content": None},  # attachments only
        {"content": ""},
    ],
)
def test_everything_but_public_incoming_messages_is_ignored(changes: dict[str, Any]) -> None:
    assert parse("chatwoot", body(changed(**changes))) == []


def test_numeric_incoming_message_type_is_kept() -> None:
    assert len(parse("chatwoot", body(changed(message_type=0)))) == 1


def test_sender_name_is_used_when_no_email_is_known() -> None:
    payload = changed()
    del payload["conversation"]["meta"]["sender"]["email"]
    [message] = parse("chatwoot", body(payload))
    assert message.sender == "Sanne de Vries"


def test_email_inbox_subject_is_read() -> None:
    payload = changed()
    payload["conversation"]["additional_attributes"]["mail_subject"] = "Bestelling 4711"
    [message] = parse("chatwoot", body(payload))
    assert message.subject == "Bestelling 4711"


def test_same_conversation_number_in_another_account_is_another_event() -> None:
    [first] = parse("chatwoot", body(MESSAGE_CREATED))
    [other] = parse("chatwoot", body(changed(account={"id": 2, "name": "Andere BV"})))
    assert first.event_id != other.event_id


def test_missing_conversation_is_an_error() -> None:
    payload = changed()
    del payload["conversation"]
    with pytest.raises(PayloadError, match=r"missing field 'conversation.id'"):
        parse("chatwoot", body(payload))


def test_conversation_display_id_is_accepted() -> None:
    payload = changed()
    payload["conversation"]["display_id"] = payload["conversation"].pop("id")
    [message] = parse("chatwoot", body(payload))
    assert message.conversation_ref == "10"


def test_missing_message_id_is_an_error() -> None:
    payload = changed()
    del payload["id"]
    with pytest.raises(PayloadError, match="missing field 'id'"):
        parse("chatwoot", body(payload))


def test_missing_content_is_an_error() -> None:
    payload = changed()
    del payload["content"]
    with pytest.raises(PayloadError, match="missing field 'content'"):
        parse("chatwoot", body(payload))


def test_malformed_json_is_an_error() -> None:
    with pytest.raises(PayloadError, match="malformed JSON"):
        parse("chatwoot", b"")
