"""Zammad trigger webhooks: the article becomes the message; internal notes are skipped."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from bot.webhooks import IncomingMessage, PayloadError, derive_event_id, parse

# trimmed from the default payload in Zammad's admin documentation ("Webhook Payload")
PAYLOAD: dict[str, Any] = {
    "ticket": {
        "article_count": 1,
        "article_ids": [104],
        "create_article_sender": "Customer",
        "create_article_type": "email",
        "created_at": "2026-11-21T09:28:35.282Z",
        "customer": {
            "active": True,
            "email": "emily@example.com",
            "firstname": "Emily",
            "id": 8,
            "lastname": "Adams",
            "login": "emily@example.com",
            "roles": ["Customer"],
        },
        "customer_id": 8,
        "group": {"id": 3, "name": "Service Desk"},
        "group_id": 3,
        "id": 81,
        "number": "10081",
        "priority": {"id": 2, "name": "2 normal"},
        "state": "open",
        "title": "Factuur klopt niet",
        "updated_at": "2026-11-21T09:29:35.333Z",
    },
    "article": {
        "attachments": [],
        "body": "Beste,<div><br></div><div>Mijn factuur van oktober klopt niet.</div>",
        "content_type": "text/html",
        "created_at": "2026-11-21T09:28:35.318Z",
        "created_by_id": 8,
        "from": "Emily Adams <emily@example.com>",
        "id": 104,
        "internal": False,
        "origin_by": "emily@example.com",
        "sender": "Customer",
        "sender_id": 2,
        "subject": "Factuur klopt niet",
        "ticket_id": 81,
        "to": "Service Desk",
        "type": "email",
        "type_id": 1,
        "updated_at": "2026-11-21T09:28:35.318Z",
    },
}


def body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload).encode()


def with_article(**changes: Any) -> dict[str, Any]:
    payload = copy.deepcopy(PAYLOAD)
    payload["article"].update(changes)
    return payload


def test_customer_article_becomes_a_message() -> None:
    assert parse("zammad", body(PAYLOAD)) == [
        IncomingMessage(
            provider="zammad",
            event_id=derive_event_id("zammad", "81", "104"),
            conversation_ref="81",
            comment_id="104",
            sender="Emily Adams <emily@example.com>",
            subject="Factuur klopt niet",
            text="Beste,<div><br></div><div>Mijn factuur van oktober klopt niet.</div>",
            html=True,
            author_is_customer=True,
        )
    ]


def test_internal_article_is_skipped() -> None:
    assert parse("zammad", body(with_article(internal=True))) == []


@pytest.mark.parametrize("article", [None, {}])
def test_trigger_without_article_is_ignored(article: object) -> None:
    payload = copy.deepcopy(PAYLOAD)
    payload["article"] = article
    assert parse("zammad", body(payload)) == []


def test_payload_without_article_key_is_ignored() -> None:
    payload = copy.deepcopy(PAYLOAD)
    del payload["article"]
    assert parse("zammad", body(payload)) == []


@pytest.mark.parametrize(("sender", "expected"), [("Agent", False), ("System", False), ("X", None)])
def test_author_follows_the_article_sender(sender: str, expected: bool | None) -> None:
    [message] = parse("zammad", body(with_article(sender=sender)))
    assert message.author_is_customer is expected


def test_plain_text_article_is_not_html() -> None:
    [message] = parse("zammad", body(with_article(content_type="text/plain", body="Hoi")))
    assert message.html is False


def test_subject_falls_back_to_the_ticket_title() -> None:
    payload = with_article()
    del payload["article"]["subject"]
    [message] = parse("zammad", body(payload))
    assert message.subject == "Factuur klopt niet"


def test_same_article_gives_the_same_event_id_and_another_article_does_not() -> None:
    [first] = parse("zammad", body(PAYLOAD))
    [again] = parse("zammad", body(with_article(subject="Re: Factuur klopt niet")))
    [other] = parse("zammad", body(with_article(id=105)))
    assert first.event_id == again.event_id
    assert first.event_id != other.event_id


def test_empty_article_body_is_ignored() -> None:
    assert parse("zammad", body(with_article(body=""))) == []


@pytest.mark.parametrize(
    ("remove", "field"),
    [(("ticket",), "ticket.id"), (("ticket", "id"), "ticket.id"), (("article", "body"), None)],
)
def test_missing_required_field_is_an_error(remove: tuple[str, ...], field: str | None) -> None:
    payload = copy.deepcopy(PAYLOAD)
    target = payload
    for key in remove[:-1]:
        target = target[key]
    del target[remove[-1]]
    expected = field or ".".join(remove)
    with pytest.raises(PayloadError, match=f"missing field '{expected}'"):
        parse("zammad", body(payload))


def test_missing_article_id_is_an_error() -> None:
    payload = with_article()
    del payload["article"]["id"]
    with pytest.raises(PayloadError, match=r"missing field 'article.id'"):
        parse("zammad", body(payload))


def test_malformed_json_is_an_error() -> None:
    with pytest.raises(PayloadError, match="malformed JSON"):
        parse("zammad", b'{"ticket": {"id": 81}, "article": ')
