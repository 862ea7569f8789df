"""Freshdesk automation-rule bodies, written by the admin with the documented keys."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.webhooks import IncomingMessage, PayloadError, derive_event_id, parse

# what a "Trigger webhook" action with the documented body renders on ticket creation
CREATED: dict[str, Any] = {
    "ticket_id": "6541",
    "subject": "Inloggen op het klantportaal",
    "requester_email": "p.bakker@example.nl",
    "description": "<div>Goedemorgen, ik kan sinds vanochtend niet inloggen.</div>\n\n",
    "latest_public_comment": "",
    "html": True,
}

UPDATED: dict[str, Any] = {
    **CREATED,
    "latest_public_comment": "Het werkt nog steeds niet, ook niet in een andere browser.",
    "html": "false",
}


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def test_creation_rule_uses_the_description() -> None:
    assert parse("freshdesk", body(CREATED)) == [
        IncomingMessage(
            provider="freshdesk",
            event_id=derive_event_id("freshdesk", "6541", "description"),
            conversation_ref="6541",
            comment_id=None,
            sender="p.bakker@example.nl",
            subject="Inloggen op het klantportaal",
            text="<div>Goedemorgen, ik kan sinds vanochtend niet inloggen.</div>\n\n",
            html=True,
            author_is_customer=None,
        )
    ]


def test_update_rule_prefers_the_latest_public_comment() -> None:
    [message] = parse("freshdesk", body(UPDATED))
    assert message.text == "Het werkt nog steeds niet, ook niet in een andere browser."
    assert message.html is False


def test_html_defaults_to_plain_text() -> None:
    payload = {key: value for key, value in CREATED.items() if key != "html"}
    [message] = parse("freshdesk", body(payload))
    assert message.html is False


def test_replies_without_ids_get_distinct_stable_event_ids() -> None:
    [first] = parse("freshdesk", body(UPDATED))
    [again] = parse("freshdesk", body(UPDATED))
    [second] = parse("freshdesk", body({**UPDATED, "latest_public_comment": "Nog een vraag."}))
    [opening] = parse("freshdesk", body(CREATED))
    assert first.event_id == again.event_id
    assert len({first.event_id, second.event_id, opening.event_id}) == 3


def test_comment_id_and_event_id_are_used_when_given() -> None:
    [by_comment] = parse("freshdesk", body({**UPDATED, "comment_id": 9001}))
    assert by_comment.comment_id == "9001"
    assert by_comment.event_id == derive_event_id("freshdesk", "6541", "9001")
    [by_event] = parse("freshdesk", body({**UPDATED, "event_id": "fd-6541-17952534"}))
    assert by_event.event_id == "fd-6541-17952534"


def test_rule_without_any_text_is_ignored() -> None:
    assert parse("freshdesk", body({**CREATED, "description": " "})) == []
    assert parse("freshdesk", body({**CREATED, "description": None})) == []


def test_rule_without_text_keys_is_an_error() -> None:
    payload = {"ticket_id": "6541", "subject": "Inloggen"}
    with pytest.raises(PayloadError) as excinfo:
        parse("freshdesk", body(payload))
    assert excinfo.value.reason == "missing field 'latest_public_comment' or 'description'"


def test_missing_ticket_id_is_an_error() -> None:
    payload = {key: value for key, value in CREATED.items() if key != "ticket_id"}
    with pytest.raises(PayloadError, match="missing field 'ticket_id'"):
        parse("freshdesk", body(payload))


@pytest.mark.parametrize(
    ("field", "value"),
    [("ticket_id", "{{ticket.id}}"), ("description", 42), ("html", "misschien")],
)
def test_wrong_values_are_errors(field: str, value: object) -> None:
    with pytest.raises(PayloadError, match=f"field '{field}'"):
        parse("freshdesk", body({**CREATED, field: value}))


def test_malformed_json_is_an_error() -> None:
    with pytest.raises(PayloadError, match="malformed JSON"):
        parse("freshdesk", b"ticket_id=6541&description=hallo")
