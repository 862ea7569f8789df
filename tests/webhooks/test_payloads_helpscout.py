"""Help Scout conversation webhooks: the event is a header; the latest customer thread is kept."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bot.webhooks import IncomingMessage, PayloadError, derive_event_id, parse

REPLY = {"X-HelpScout-Event": "convo.customer.reply.created"}

# a v2 conversation object with embedded threads, newest first, as Help Scout lists them
CONVERSATION: dict[str, Any] = {
    "id": 291938,
    "number": 349,
    "type": "email",
    "folderId": 1234,
    "status": "active",
    "state": "published",
    "subject": "Retour van mijn bestelling",
    "preview": "Ik heb het pakket gisteren teruggestuurd...",
    "mailboxId": 85,
    "createdBy": {"id": 29418, "type": "customer", "email": "vbear@mywork.com"},
    "createdAt": "2026-11-20T12:34:12Z",
    "primaryCustomer": {
        "id": 29418,
        "first": "Vernon",
        "last": "Bear",
        "email": "vbear@mywork.com",
    },
    "_embedded": {
        "threads": [
            {
                "id": 4003,
                "type": "note",
                "state": "published",
                "body": "<p>Interne notitie: klant bellen.</p>",
                "createdAt": "2026-11-21T09:29:00Z",
                "createdBy": {"id": 7, "type": "user", "email": "agent@helpdesk.example"},
            },
            {
                "id": 4002,
                "type": "customer",
                "state": "published",
                "status": "active",
                "body": "<p>Ik heb het pakket gisteren teruggestuurd.</p>",
                "source": {"type": "email", "via": "customer"},
                "createdAt": "2026-11-21T09:28:00Z",
                "customer": {"id": 29418, "first": "Vernon", "email": "vbear@mywork.com"},
                "createdBy": {"id": 29418, "type": "customer", "email": "vbear@mywork.com"},
            },
            {
                "id": 4001,
                "type": "message",
                "state": "published",
                "body": "<p>Kunt u het pakket terugsturen?</p>",
                "createdAt": "2026-11-20T15:00:00Z",
                "createdBy": {"id": 7, "type": "user", "email": "agent@helpdesk.example"},
            },
            {
                "id": 4000,
                "type": "customer",
                "state": "published",
                "body": "<p>Mijn bestelling is kapot aangekomen.</p>",
                "createdAt": "2026-11-20T12:34:12Z",
                "createdBy": {"id": 29418, "type": "customer", "email": "vbear@mywork.com"},
            },
        ]
    },
}


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def threads(payload: dict[str, Any]) -> list[dict[str, Any]]:
    return payload["_embedded"]["threads"]


def test_latest_customer_thread_becomes_the_message() -> None:
    assert parse("helpscout", body(CONVERSATION), REPLY) == [
        IncomingMessage(
            provider="helpscout",
            event_id=derive_event_id("helpscout", "291938", "4002"),
            conversation_ref="291938",
            comment_id="4002",
            sender="vbear@mywork.com",
            subject="Retour van mijn bestelling",
            text="<p>Ik heb het pakket gisteren teruggestuurd.</p>",
            html=True,
            author_is_customer=True,
        )
    ]


def test_thread_order_is_not_relied_upon() -> None:
    payload = copy.deepcopy(CONVERSATION)
    threads(payload).reverse()
    [message] = parse("helpscout", body(payload), REPLY)
    assert message.comment_id == "4002"


def test_convo_created_takes_the_opening_thread() -> None:
    payload = copy.deepcopy(CONVERSATION)
    payload["_embedded"]["threads"] = [threads(payload)[-1]]
    [message] = parse("helpscout", body(payload), {"X-HelpScout-Event": "convo.created"})
    assert message.text == "<p>Mijn bestelling is kapot aangekomen.</p>"


@pytest.mark.parametrize(
    "event",
    [
        "convo.agent.reply.created",
        "convo.note.created",
        "convo.status",
        "convo.assigned",
        "customer.created",
        "satisfaction.ratings",
    ],
)
def test_other_events_are_ignored(event: str) -> None:
    assert parse("helpscout", body(CONVERSATION), {"X-HelpScout-Event": event}) == []


def test_event_header_name_is_case_insensitive() -> None:
    headers = {"x-helpscout-event": "convo.customer.reply.created"}
    assert len(parse("helpscout", body(CONVERSATION), headers)) == 1


@pytest.mark.parametrize("headers", [None, {}, {"X-HelpScout-Event": ""}])
def test_missing_event_header_is_an_error(headers: dict[str, str] | None) -> None:
    with pytest.raises(PayloadError) as excinfo:
        parse("helpscout", body(CONVERSATION), headers)
    assert excinfo.value.reason == "missing header 'X-HelpScout-Event'"


def test_conversation_without_customer_threads_is_ignored() -> None:
    payload = copy.deepcopy(CONVERSATION)
    payload["_embedded"]["threads"] = [t for t in threads(payload) if t["type"] != "customer"]
    assert parse("helpscout", body(payload), {"X-HelpScout-Event": "convo.created"}) == []


def test_draft_customer_thread_is_not_taken() -> None:
    payload = copy.deepcopy(CONVERSATION)
    threads(payload)[1]["state"] = "draft"
    [message] = parse("helpscout", body(payload), REPLY)
    assert message.comment_id == "4000"


def test_legacy_v1_payload_with_top_level_threads() -> None:
    legacy = {
        "id": 1001,
        "number": 12,
        "subject": "Vraag over abonnement",
        "customer": {"id": 5, "firstName": "Anna", "email": "anna@example.org"},
        "threads": [
            {
                "id": 77,
                "type": "customer",
                "body": "Kan ik mijn abonnement pauzeren?",
                "createdAt": "2026-11-21T09:00:00Z",
                "createdBy": {"id": 5, "type": "customer"},
            }
        ],
    }
    [message] = parse("helpscout", body(legacy), REPLY)
    assert message.conversation_ref == "1001"
    assert message.comment_id == "77"
    assert message.sender == "anna@example.org"


def test_missing_threads_is_an_error() -> None:
    payload = copy.deepcopy(CONVERSATION)
    del payload["_embedded"]
    with pytest.raises(PayloadError, match=r"missing field '_embedded.threads'"):
        parse("helpscout", body(payload), REPLY)


def test_missing_conversation_id_is_an_error() -> None:
    payload = copy.deepcopy(CONVERSATION)
    del payload["id"]
    with pytest.raises(PayloadError, match="missing field 'id'"):
        parse("helpscout", body(payload), REPLY)


def test_threads_of_the_wrong_type_are_an_error() -> None:
    payload = copy.deepcopy(CONVERSATION)
    payload["_embedded"]["threads"] = ["tekst"]
    with pytest.raises(PayloadError, match=r"'_embedded.threads' has the wrong type"):
        parse("helpscout", body(payload), REPLY)


def test_malformed_json_is_an_error() -> None:
    with pytest.raises(PayloadError, match="malformed JSON"):
        parse("helpscout", b"{'id': 1}", REPLY)
