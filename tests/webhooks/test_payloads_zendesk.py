"""Zendesk payloads: event webhooks (ticket and messaging) and trigger bodies."""

from __future__ import annotations

import copy
import json
import re
from typing import Any

import pytest

from bot.webhooks import IncomingMessage, PayloadError, derive_event_id, parse

# shapes from developer.zendesk.com "Webhook event types" (ticket and messaging events)
COMMENT_ADDED: dict[str, Any] = {
    "account_id": 22129848,
    "detail": {
        "actor_id": "8447388090494",
        "assignee_id": "8447388090495",
        "brand_id": "8447346621311",
        "created_at": "2026-11-21T09:12:07Z",
        "description": "Ik kan niet inloggen in de app.",
        "id": "5158",
        "is_public": True,
        "priority": "HIGH",
        "requester_id": "8447388090494",
        "status": "OPEN",
        "subject": "Inloggen lukt niet",
        "submitter_id": "8447388090494",
        "tags": ["app"],
        "type": "QUESTION",
        "updated_at": "2026-11-21T09:29:59Z",
        "via": {"channel": "web_form"},
    },
    "event": {
        "comment": {
            "id": 9876543210,
            "body": "Hallo, mijn wachtwoord werkt nog steeds niet.",
            "is_public": True,
            "author": {"id": 8447388090494, "is_staff": False, "name": "Jan Jansen"},
        }
    },
    "id": "d4f5c389-8f4a-4c2e-a1b9-8e4f39c71d52",
    "subject": "zen:ticket:5158",
    "time": "2026-11-21T09:30:00.123456789Z",
    "type": "zen:event-type:ticket.comment_added",
    "zendesk_event_version": "2022-11-06",
}

TICKET_CREATED: dict[str, Any] = {
    "account_id": 22129848,
    "detail": {
        "actor_id": "8447388090494",
        "created_at": "2026-11-21T09:12:07Z",
        "description": "Ik kan niet inloggen in de app.",
        "id": "5158",
        "requester_id": "8447388090494",
        "status": "NEW",
        "subject": "Inloggen lukt niet",
        "via": {"channel": "web_form"},
    },
    "event": {"meta": {"sequence": {"id": "CE4A698AF24F35B3", "position": 1}}},
    "id": "01JQMQH83YNAKWSWJ8B1QH2NSC",
    "subject": "zen:ticket:5158",
    "time": "2026-11-21T09:12:07Z",
    "type": "zen:event-type:ticket.created",
    "zendesk_event_version": "2022-11-06",
}

MESSAGE_ADDED: dict[str, Any] = {
    "account_id": 21825834,
    "detail": {"id": "141"},
    "event": {
        "actor": {"id": "6596848315901", "name": "Fatima el Amrani", "type": "end_user"},
        "conversation_id": "67ab5f53a96f98663935c3f2",
        "message": {"body": "Is mijn pakket al verzonden?", "id": "67ab5f55155becd183e284cb"},
    },
    "id": "01JQMQH83YNAKWSWJ8B1QH2NSD",
    "subject": "zen:ticket:141",
    "time": "2026-11-21T09:30:00.254571515Z",
    "type": "zen:event-type:messaging_ticket.message_added",
    "zendesk_event_version": "2022-11-06",
}

TRIGGER: dict[str, Any] = {
    "ticket_id": "5158",
    "comment_id": "54509363035291",
    "comment": "Mijn klantnummer is KL-123456, graag terugbellen.",
    "comment_is_public": "true",
    "subject": "Terugbelverzoek",
    "requester": "jan.jansen@example.nl",
    "author": "Jan.Jansen@example.nl",
}


REMOVE = object()


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def changed(payload: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """A deep copy of ``payload`` with ``path`` (dotted) set to ``value``, or removed."""
    result = copy.deepcopy(payload)
    *parents, last = path.split(".")
    target = result
    for key in parents:
        target = target[key]
    if value is REMOVE:
        del target[last]
    else:
        target[last] = value
    return result


def test_customer_comment_becomes_a_message() -> None:
    assert parse("zendesk", body(COMMENT_ADDED)) == [
        IncomingMessage(
            provider="zendesk",
            event_id="d4f5c389-8f4a-4c2e-a1b9-8e4f39c71d52",
            conversation_ref="5158",
            comment_id="9876543210",
            sender="Jan Jansen",
            subject="Inloggen lukt niet",
            text="Hallo, mijn wachtwoord werkt nog steeds niet.",
            html=False,
            author_is_customer=True,
        )
    ]


def test_agent_comment_is_marked_as_not_from_the_customer() -> None:
    payload = changed(COMMENT_ADDED, "event.comment.author.is_staff", True)
    [message] = parse("zendesk", body(payload))
    assert message.author_is_customer is False


def test_comment_without_author_leaves_the_author_unknown() -> None:
    payload = changed(COMMENT_ADDED, "event.comment.author", REMOVE)
    [message] = parse("zendesk", body(payload))
    assert message.author_is_customer is None
    assert message.sender is None


def test_internal_note_is_ignored() -> None:
    assert parse("zendesk", body(changed(COMMENT_ADDED, "event.comment.is_public", False))) == []


def test_empty_comment_is_ignored() -> None:
    assert parse("zendesk", body(changed(COMMENT_ADDED, "event.comment.body", "  "))) == []


def test_ticket_ref_falls_back_to_the_event_subject() -> None:
    payload = changed(COMMENT_ADDED, "detail.id", REMOVE)
    [message] = parse("zendesk", body(payload))
    assert message.conversation_ref == "5158"


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("event.comment", "event.comment"),
        ("event.comment.body", "event.comment.body"),
        ("event.comment.id", "event.comment.id"),
        ("id", "id"),
    ],
)
def test_missing_required_comment_field_is_an_error(path: str, field: str) -> None:
    with pytest.raises(PayloadError) as excinfo:
        parse("zendesk", body(changed(COMMENT_ADDED, path, REMOVE)))
    assert excinfo.value.reason == f"missing field '{field}'"


def test_missing_ticket_id_everywhere_is_an_error() -> None:
    payload = changed(changed(COMMENT_ADDED, "detail.id", REMOVE), "subject", "zen:user:1")
    with pytest.raises(PayloadError, match=r"missing field 'detail.id'"):
        parse("zendesk", body(payload))


def test_wrongly_typed_comment_is_an_error() -> None:
    with pytest.raises(PayloadError, match=r"field 'event.comment' has the wrong type"):
        parse("zendesk", body(changed(COMMENT_ADDED, "event.comment", "tekst")))


def test_ticket_created_uses_the_description() -> None:
    [message] = parse("zendesk", body(TICKET_CREATED))
    assert message.text == "Ik kan niet inloggen in de app."
    assert message.event_id == "01JQMQH83YNAKWSWJ8B1QH2NSC"
    assert message.conversation_ref == "5158"
    assert message.comment_id is None
    assert message.subject == "Inloggen lukt niet"
    assert message.author_is_customer is True  # requester and actor are the same user


def test_ticket_created_by_an_agent_on_behalf_of_the_requester() -> None:
    payload = changed(TICKET_CREATED, "detail.actor_id", "999")
    [message] = parse("zendesk", body(payload))
    assert message.author_is_customer is False


def test_messaging_message_from_the_end_user() -> None:
    [message] = parse("zendesk", body(MESSAGE_ADDED))
    assert message == IncomingMessage(
        provider="zendesk",
        event_id="01JQMQH83YNAKWSWJ8B1QH2NSD",
        conversation_ref="141",
        comment_id="67ab5f55155becd183e284cb",
        sender="Fatima el Amrani",
        subject=None,
        text="Is mijn pakket al verzonden?",
        html=False,
        author_is_customer=True,
    )


def test_messaging_message_from_an_agent() -> None:
    [message] = parse("zendesk", body(changed(MESSAGE_ADDED, "event.actor.type", "agent")))
    assert message.author_is_customer is False


@pytest.mark.parametrize("actor", ["system", "trigger", None])
def test_messaging_bot_and_system_messages_are_ignored(actor: str | None) -> None:
    assert parse("zendesk", body(changed(MESSAGE_ADDED, "event.actor.type", actor))) == []


@pytest.mark.parametrize(
    "event_type",
    [
        "zen:event-type:ticket.status_changed",
        "zen:event-type:ticket.comment_made_private",
        "zen:event-type:user.active_changed",
        "zen:event-type:organization.created",
    ],
)
def test_other_events_are_ignored(event_type: str) -> None:
    assert parse("zendesk", body(changed(COMMENT_ADDED, "type", event_type))) == []


# ---------------------------------------------------------------------------------------------
# trigger / automation bodies


def test_trigger_body_becomes_a_message() -> None:
    [message] = parse("zendesk", body(TRIGGER))
    assert message == IncomingMessage(
        provider="zendesk",
        event_id=derive_event_id("zendesk", "5158", "54509363035291"),
        conversation_ref="5158",
        comment_id="54509363035291",
        sender="Jan.Jansen@example.nl",
        subject="Terugbelverzoek",
        text="Mijn klantnummer is KL-123456, graag terugbellen.",
        html=False,
        author_is_customer=True,  # author and requester match, ignoring case
    )
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", message.event_id)


def test_trigger_event_id_is_stable_and_differs_per_comment() -> None:
    [first] = parse("zendesk", body(TRIGGER))
    [again] = parse("zendesk", body(TRIGGER))
    [other] = parse("zendesk", body(changed(TRIGGER, "comment_id", "54509451282203")))
    assert first.event_id == again.event_id
    assert first.event_id != other.event_id


def test_trigger_event_id_does_not_depend_on_the_text_when_a_comment_id_is_given() -> None:
    [first] = parse("zendesk", body(TRIGGER))
    [edited] = parse("zendesk", body(changed(TRIGGER, "comment", "Iets anders.")))
    assert first.event_id == edited.event_id


def test_trigger_without_comment_id_still_tells_comments_apart() -> None:
    bare = changed(TRIGGER, "comment_id", REMOVE)
    [first] = parse("zendesk", body(bare))
    [second] = parse("zendesk", body(changed(bare, "comment", "Tweede reactie.")))
    assert first.comment_id is None
    assert first.event_id != second.event_id
    assert first.event_id == parse("zendesk", body(bare))[0].event_id


def test_trigger_supplied_event_id_is_used() -> None:
    [message] = parse("zendesk", body(changed(TRIGGER, "event_id", "5158-1795253400")))
    assert message.event_id == "5158-1795253400"


def test_trigger_author_other_than_requester_is_an_agent() -> None:
    [message] = parse("zendesk", body(changed(TRIGGER, "author", "agent@helpdesk.example")))
    assert message.author_is_customer is False
    assert message.sender == "agent@helpdesk.example"


def test_trigger_without_author_leaves_the_author_unknown() -> None:
    [message] = parse("zendesk", body(changed(TRIGGER, "author", REMOVE)))
    assert message.author_is_customer is None
    assert message.sender == "jan.jansen@example.nl"


@pytest.mark.parametrize("flag", ["false", "False", False])
def test_trigger_internal_comment_is_ignored(flag: object) -> None:
    assert parse("zendesk", body(changed(TRIGGER, "comment_is_public", flag))) == []


def test_trigger_with_odd_public_flag_is_an_error() -> None:
    with pytest.raises(PayloadError, match="'comment_is_public' must be true or false"):
        parse("zendesk", body(changed(TRIGGER, "comment_is_public", "ja")))


def test_trigger_integer_ticket_id_is_accepted() -> None:
    [message] = parse("zendesk", body(changed(TRIGGER, "ticket_id", 5158)))
    assert message.conversation_ref == "5158"


@pytest.mark.parametrize("field", ["ticket_id", "comment"])
def test_trigger_missing_required_key_is_an_error(field: str) -> None:
    with pytest.raises(PayloadError, match=f"missing field '{field}'"):
        parse("zendesk", body(changed(TRIGGER, field, REMOVE)))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ticket_id", "{{ticket.id}}"),  # the placeholder did not render
        ("comment_id", "jan.jansen@example.nl"),  # personal data in an id field
        ("event_id", "ticket 5158"),
        ("ticket_id", True),
        ("ticket_id", 51.58),
    ],
)
def test_trigger_ids_must_look_like_ids(field: str, value: object) -> None:
    with pytest.raises(PayloadError, match=f"field '{field}'"):
        parse("zendesk", body(changed(TRIGGER, field, value)))


def test_malformed_json_is_an_error() -> None:
    with pytest.raises(PayloadError) as excinfo:
        parse("zendesk", b'{"ticket_id": "5158", "comment": "half')
    assert excinfo.value.reason == "malformed JSON"


@pytest.mark.parametrize("raw", [b"[]", b'"text"', b"42", b"null"])
def test_json_that_is_not_an_object_is_an_error(raw: bytes) -> None:
    with pytest.raises(PayloadError, match="expected a JSON object"):
        parse("zendesk", raw)


def test_invalid_utf8_is_malformed_json() -> None:
    with pytest.raises(PayloadError, match="malformed JSON"):
        parse("zendesk", b'{"comment": "\xff\xfe"}')
