"""``POST /webhooks/{provider}`` against the running service, signed as each provider signs."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from tests.service.harness import (
    chatwoot_message,
    count,
    freshdesk_rule,
    helpscout_conversation,
    messages_of,
    post_json,
    post_webhook,
    table_counts,
    unique_id,
    zammad_article,
    zendesk_comment,
)

TEXT = "Mijn naam is Berend Wolkenveld en mijn BSN is 111222333."
HTML = "<p>Mijn naam is Berend Wolkenveld</p><p>en mijn BSN is 111222333.</p>"
REDACTED = "Mijn naam is [PERSOON-1] en mijn BSN is [BSN-1]."


def payload_for(provider: str, ref: str) -> dict:
    """One customer message on ticket/conversation ``ref`` in ``provider``'s shape."""
    return {
        "zendesk": lambda: zendesk_comment(TEXT, ticket=ref),
        "zammad": lambda: zammad_article(HTML, ticket=ref),
        "helpscout": lambda: helpscout_conversation(HTML, conversation=ref),
        "chatwoot": lambda: chatwoot_message(TEXT, conversation=ref),
        "freshdesk": lambda: freshdesk_rule(HTML, ticket=ref),
    }[provider]()


PROVIDERS = ["zendesk", "zammad", "helpscout", "chatwoot", "freshdesk"]
SIGNED = ["zendesk", "zammad", "helpscout", "chatwoot"]


@pytest.mark.parametrize("provider", PROVIDERS)
def test_valid_signature_is_stored_redacted(service, provider: str) -> None:
    ref = unique_id()
    answer = post_webhook(service.base_url, provider, payload_for(provider, ref))
    assert answer.status == 200, answer.body
    result = answer.json()
    assert (result["received"], result["stored"], result["duplicates"]) == (1, 1, 0)
    [(message_id, _, _, text)] = messages_of(service.db, provider, ref)
    assert result["ids"] == [message_id]
    # HTML bodies are stored as text; the line break comes from the second <p>
    assert " ".join(text.split()) == REDACTED  # HTML paragraphs become lines
    assert count(service.db, "deliveries", "message_id = ?", (message_id,)) == 1
    assert count(service.db, "findings", "message_id = ?", (message_id,)) == 2


@pytest.mark.parametrize("provider", PROVIDERS)
def test_replayed_event_is_a_duplicate_and_stores_nothing(service, provider: str) -> None:
    ref = unique_id()
    payload = payload_for(provider, ref)
    first = post_webhook(service.base_url, provider, payload)
    assert first.status == 200 and first.json()["stored"] == 1
    before = table_counts(service.db)
    replay = post_webhook(service.base_url, provider, payload)  # signed afresh, same event
    assert replay.status == 200
    assert replay.json() == {
        "received": 1,
        "stored": 0,
        "duplicates": 1,
        "ids": first.json()["ids"],
        "requests": [],
    }
    assert table_counts(service.db) == before
    assert len(messages_of(service.db, provider, ref)) == 1


@pytest.mark.parametrize("provider", PROVIDERS)
def test_tampered_body_is_a_401(service, provider: str) -> None:
    payload = payload_for(provider, unique_id())
    body = json.dumps(payload).encode()
    before = table_counts(service.db)
    tampered = body.replace(b"111222333", b"111222334")
    answer = post_webhook(service.base_url, provider, body, body=tampered)
    if provider == "freshdesk":  # Freshdesk signs nothing: a changed body is still authentic
        assert answer.status == 200
        return
    assert answer.status == 401
    assert answer.json() == {"error": "signature mismatch"}
    assert table_counts(service.db) == before


@pytest.mark.parametrize("provider", PROVIDERS)
def test_wrong_secret_is_a_401(service, provider: str) -> None:
    before = table_counts(service.db)
    answer = post_webhook(
        service.base_url, provider, payload_for(provider, unique_id()), secret="not-the-secret"
    )
    assert answer.status == 401
    expected = "credentials mismatch" if provider == "freshdesk" else "signature mismatch"
    assert answer.json() == {"error": expected}
    assert table_counts(service.db) == before


@pytest.mark.parametrize("provider", PROVIDERS)
def test_missing_signature_is_a_401(service, provider: str) -> None:
    payload = payload_for(provider, unique_id())
    answer = post_json(service.base_url, f"/webhooks/{provider}", payload)
    assert answer.status == 401
    assert answer.json()["error"].startswith("missing ")


@pytest.mark.parametrize("provider", ["zendesk", "chatwoot"])
@pytest.mark.parametrize("age", [timedelta(minutes=10), timedelta(minutes=-10)])
def test_stale_or_future_timestamp_is_a_401(service, provider: str, age: timedelta) -> None:
    before = table_counts(service.db)
    answer = post_webhook(service.base_url, provider, payload_for(provider, unique_id()), age=age)
    assert answer.status == 401
    assert answer.json() == {"error": "stale timestamp"}
    assert table_counts(service.db) == before


def test_timestamp_within_five_minutes_is_accepted(service) -> None:
    answer = post_webhook(
        service.base_url, "zendesk", payload_for("zendesk", unique_id()), age=timedelta(minutes=4)
    )
    assert answer.status == 200 and answer.json()["stored"] == 1


def test_unknown_provider_is_a_404(service) -> None:
    answer = post_webhook(
        service.base_url, "zendesk", payload_for("zendesk", unique_id()), path_provider="jira"
    )
    assert answer.status == 404
    assert answer.json() == {"error": "no such webhook provider"}


def test_signature_of_another_provider_is_a_401(service) -> None:
    """A request signed for Zammad is not a Help Scout request (different secret, header)."""
    answer = post_webhook(
        service.base_url, "zammad", payload_for("zammad", unique_id()), path_provider="helpscout"
    )
    assert answer.status == 401


@pytest.mark.parametrize(
    "payload",
    [
        chatwoot_message(TEXT, message_type="outgoing"),
        chatwoot_message(TEXT, message_type=1),
        chatwoot_message(TEXT, message_type="activity"),
        chatwoot_message(TEXT, private=True),
        {**chatwoot_message(TEXT), "event": "conversation_status_changed"},
    ],
    ids=["outgoing", "outgoing-enum", "activity", "private", "other-event"],
)
def test_chatwoot_agent_and_private_messages_are_not_stored(service, payload) -> None:
    before = table_counts(service.db)
    answer = post_webhook(service.base_url, "chatwoot", payload)
    assert answer.status == 200
    assert answer.json() == {"received": 0, "stored": 0, "duplicates": 0, "ids": [], "requests": []}
    assert table_counts(service.db) == before


@pytest.mark.parametrize(
    ("provider", "payload"),
    [
        ("zendesk", zendesk_comment(TEXT, public=False)),
        ("zammad", zammad_article(HTML, internal=True)),
    ],
    ids=["zendesk-internal-note", "zammad-internal-article"],
)
def test_internal_notes_are_not_stored(service, provider: str, payload) -> None:
    before = table_counts(service.db)
    answer = post_webhook(service.base_url, provider, payload)
    assert answer.status == 200 and answer.json()["stored"] == 0
    assert table_counts(service.db) == before


@pytest.mark.parametrize(
    ("provider", "payload", "reason"),
    [
        ("zendesk", b"{not json", "malformed JSON"),
        ("zammad", {"article": {"body": "x"}}, "missing field 'ticket.id'"),
        ("freshdesk", {"subject": "x", "description": "y"}, "missing field 'ticket_id'"),
    ],
)
def test_authentic_but_unusable_payload_is_a_400(service, provider, payload, reason) -> None:
    before = table_counts(service.db)
    answer = post_webhook(service.base_url, provider, payload)
    assert answer.status == 400
    assert reason in answer.json()["error"]
    assert table_counts(service.db) == before


def test_webhook_body_over_max_body_bytes_is_a_413(service) -> None:
    payload = payload_for("zammad", unique_id())
    payload["article"]["body"] = "<p>" + "a" * 3000 + "</p>"
    answer = post_webhook(service.base_url, "zammad", payload)
    assert answer.status == 413
    assert answer.json() == {"error": "body larger than 2048 bytes"}


def test_comments_on_one_ticket_share_a_conversation_and_its_names(service) -> None:
    ticket = unique_id()
    first = zendesk_comment("Hallo, mijn naam is Berend Wolkenveld.", ticket=ticket)
    later = zendesk_comment("Is het pakket van Wolkenveld al onderweg?", ticket=ticket)
    for payload in (first, later):
        answer = post_webhook(service.base_url, "zendesk", payload)
        assert answer.status == 200 and answer.json()["stored"] == 1
    texts = [row[3] for row in messages_of(service.db, "zendesk", ticket)]
    assert texts == [
        "Hallo, mijn naam is [PERSOON-1].",
        "Is het pakket van [PERSOON-1] al onderweg?",
    ]
    conversations = count(
        service.db, "conversations", "channel = 'zendesk' AND external_ref = ?", (ticket,)
    )
    assert conversations == 1


def test_same_ticket_number_in_two_providers_is_two_conversations(service) -> None:
    ref = unique_id()
    for provider in ("zammad", "freshdesk"):
        assert post_webhook(service.base_url, provider, payload_for(provider, ref)).status == 200
    assert len(messages_of(service.db, "zammad", ref)) == 1
    assert len(messages_of(service.db, "freshdesk", ref)) == 1
