"""``POST /api/v1/messages``, health and OpenAPI against the running service."""

from __future__ import annotations

import json
import uuid

import pytest

from bot.store import Keyring
from tests.service.harness import (
    MAX_BODY_BYTES,
    MAX_MESSAGE_CHARS,
    TOKEN,
    count,
    post_json,
    post_message,
    query,
    request,
    table_counts,
)

UUID_LENGTH = 36


def stored_row(service, message_id: str) -> tuple:
    [row] = query(
        service.db,
        "SELECT conversation_id, channel, sender_redacted, subject_redacted, text_redacted,"
        " purpose, entity_count FROM messages WHERE id = ?",
        (message_id,),
    )
    return row


def test_message_is_redacted_stored_and_answered_in_dutch(service) -> None:
    text = "Hallo, mijn naam is Berend Wolkenveld en mijn BSN is 111222333."
    answer = post_message(service.base_url, {"text": text})
    assert answer.status == 201
    assert answer.content_type == "application/json"
    result = answer.json()
    assert set(result) == {"id", "conversation_id", "text", "entities", "request", "reply"}
    assert result["text"] == "Hallo, mijn naam is [PERSOON-1] en mijn BSN is [BSN-1]."
    assert result["request"] is None
    found = {(e["type"], text[e["start"] : e["end"]], e["action"]) for e in result["entities"]}
    assert found == {("PERSON", "Berend Wolkenveld", "redact"), ("BSN", "111222333", "redact")}
    for entity in result["entities"]:
        assert set(entity) == {"type", "start", "end", "score", "action", "recognizer", "reason"}
        assert 0.0 < entity["score"] <= 1.0 and entity["reason"]
    assert result["reply"] == (
        "Bedankt, we hebben je bericht ontvangen. Je stuurde ons een naam en een BSN. "
        "Die hebben we niet nodig om je te helpen, dus we hebben ze verwijderd."
    )
    assert len(result["id"]) == UUID_LENGTH and len(result["conversation_id"]) == UUID_LENGTH
    conversation, channel, sender, subject, stored, purpose, entities = stored_row(
        service, result["id"]
    )
    assert (conversation, channel, stored, purpose) == (
        result["conversation_id"],
        "api",
        result["text"],
        "default",
    )
    assert (sender, subject, entities) == (None, None, 2)
    assert count(service.db, "findings", "message_id = ?", (result["id"],)) == 2


def test_reply_without_findings_only_confirms_receipt(service) -> None:
    answer = post_message(service.base_url, {"text": "Mijn printer doet het niet meer."})
    assert answer.status == 201
    result = answer.json()
    assert result["text"] == "Mijn printer doet het niet meer."
    assert result["entities"] == []
    assert result["reply"] == "Bedankt, we hebben je bericht ontvangen."


def test_reply_is_in_english_for_an_english_message(service) -> None:
    answer = post_message(
        service.base_url, {"text": "Hello, my BSN is 111222333, can you please check my invoice?"}
    )
    assert answer.status == 201
    assert answer.json()["reply"] == (
        "Thank you, we have received your message. You sent us a citizen service number (BSN)."
        " We don't need this to help you, so we have removed it."
    )


def test_privacy_request_is_recognised_and_stored_with_its_type(service) -> None:
    answer = post_message(
        service.base_url,
        {"text": "Hierbij doe ik een inzageverzoek: welke gegevens hebben jullie van mij?"},
    )
    assert answer.status == 201
    result = answer.json()
    assert result["request"]["type"] == "access" and 0 < result["request"]["confidence"] <= 1
    assert query(service.db, "SELECT request_type FROM messages WHERE id = ?", (result["id"],)) == [
        ("access",)
    ]
    ordinary = post_message(service.base_url, {"text": "Verwijder mijn bestelling van gisteren."})
    assert ordinary.json()["request"] is None


def test_privacy_question_is_answered_from_the_statement(service) -> None:
    answer = post_message(service.base_url, {"text": "Hoe lang bewaren jullie mijn facturen?"})
    reply = answer.json()["reply"]
    assert reply.startswith("Bedankt, we hebben je bericht ontvangen. Uit onze privacyverklaring")
    assert "zeven jaar" in reply and "/privacy#hoe-lang-wij-je-gegevens-bewaren" in reply
    page = request(service.base_url, "GET", "/privacy")
    assert page.status == 200 and b'id="hoe-lang-wij-je-gegevens-bewaren"' in page.body


def test_a_replayed_privacy_question_gets_the_same_answer(service) -> None:
    payload = {"text": "Waar staan mijn gegevens opgeslagen?"}
    key = f"key-{uuid.uuid4()}"
    first = post_message(service.base_url, payload, Idempotency_Key=key)
    replay = post_message(service.base_url, payload, Idempotency_Key=key)
    assert (first.status, replay.status) == (201, 200)
    assert replay.json()["reply"] == first.json()["reply"]
    assert "waar-je-gegevens-worden-opgeslagen" in replay.json()["reply"]


def test_privacy_question_the_statement_does_not_answer_goes_to_a_person(service) -> None:
    answer = post_message(
        service.base_url, {"text": "Mag ik mijn gegevens op papier ontvangen per post?"}
    )
    assert "geen duidelijk antwoord" in answer.json()["reply"]


def test_sender_and_subject_are_redacted_before_storage(service) -> None:
    payload = {
        "text": "Mijn naam is Berend Wolkenveld, mijn pas is kwijt.",
        "sender": "Berend Wolkenveld <berend.wolkenveld@example.nl>",
        "subject": "Pas kwijt, BSN 111222333",
    }
    answer = post_message(service.base_url, payload)
    assert answer.status == 201
    _, _, sender, subject, text, _, _ = stored_row(service, answer.json()["id"])
    assert sender == "[PERSOON-1] <[E-MAILADRES-1]>"
    assert subject == "Pas kwijt, BSN [BSN-1]"
    assert "Wolkenveld" not in text


def test_purpose_decides_what_is_kept(service) -> None:
    text = "Mijn IBAN is NL91ABNA0417164300 en mijn BSN is 111222333."
    answer = post_message(service.base_url, {"text": text, "purpose": "billing"})
    assert answer.status == 201
    result = answer.json()
    assert result["text"] == "Mijn IBAN is NL91ABNA0417164300 en mijn BSN is [BSN-1]."
    actions = {e["type"]: e["action"] for e in result["entities"]}
    assert actions == {"IBAN": "keep", "BSN": "redact"}
    assert "een BSN" in result["reply"] and "rekeningnummer" not in result["reply"]
    assert stored_row(service, result["id"])[5] == "billing"


# ---------------------------------------------------------------------------------------------
# conversations


FIRST = "Hallo, mijn naam is Berend Wolkenveld."
LATER = "Is het pakket van Wolkenveld al onderweg?"  # no cue: detection alone keeps the name


def test_a_name_from_an_earlier_message_is_redacted_in_the_same_conversation(service) -> None:
    conversation = f"ticket-{uuid.uuid4()}"
    first = post_message(service.base_url, {"conversation_id": conversation, "text": FIRST})
    assert first.status == 201 and first.json()["conversation_id"] == conversation
    later = post_message(service.base_url, {"conversation_id": conversation, "text": LATER})
    assert later.status == 201
    result = later.json()
    assert result["conversation_id"] == conversation
    assert "Wolkenveld" not in result["text"]
    assert [(e["type"], e["action"]) for e in result["entities"]] == [("PERSON", "redact")]
    # both messages are filed under one conversation
    first_conv = stored_row(service, first.json()["id"])[0]
    assert stored_row(service, result["id"])[0] == first_conv
    # filed under the keyed HMAC of the caller's id, never the id as sent
    keyed = Keyring.in_dir(service.data_dir).caller_ref(conversation)
    where = "id = ? AND external_ref = ?"
    assert count(service.db, "conversations", where, (first_conv, keyed)) == 1
    assert count(service.db, "conversations", "external_ref = ?", (conversation,)) == 0


def test_without_the_conversation_the_later_message_keeps_the_name(service) -> None:
    """The control for the test above: the redaction there comes from the conversation."""
    for payload in ({"text": LATER}, {"text": LATER, "conversation_id": f"other-{uuid.uuid4()}"}):
        answer = post_message(service.base_url, payload)
        assert answer.status == 201
        assert answer.json()["text"] == LATER


def test_the_returned_conversation_id_continues_the_conversation(service) -> None:
    first = post_message(service.base_url, {"text": FIRST}).json()
    later = post_message(
        service.base_url, {"conversation_id": first["conversation_id"], "text": LATER}
    )
    assert later.status == 201
    assert "Wolkenveld" not in later.json()["text"]
    assert later.json()["conversation_id"] == first["conversation_id"]
    assert stored_row(service, later.json()["id"])[0] == first["conversation_id"]


# ---------------------------------------------------------------------------------------------
# idempotency


def test_idempotency_key_replay_answers_200_and_stores_nothing_new(service) -> None:
    key = f"key-{uuid.uuid4()}"
    payload = {"conversation_id": f"ticket-{uuid.uuid4()}", "text": FIRST}
    first = post_message(service.base_url, payload, Idempotency_Key=key)
    assert first.status == 201
    before = table_counts(service.db)
    replay = post_message(service.base_url, payload, Idempotency_Key=key)
    assert replay.status == 200
    again = replay.json()
    assert again.pop("duplicate") is True
    assert again == first.json()
    assert table_counts(service.db) == before
    keyed = Keyring.in_dir(service.data_dir).caller_ref(key)
    assert count(service.db, "deliveries", "channel = 'api' AND event_id = ?", (keyed,)) == 1
    assert count(service.db, "deliveries", "event_id = ?", (key,)) == 0


def test_a_new_idempotency_key_stores_a_new_message(service) -> None:
    payload = {"text": FIRST}
    one = post_message(service.base_url, payload, Idempotency_Key=f"key-{uuid.uuid4()}")
    two = post_message(service.base_url, payload, Idempotency_Key=f"key-{uuid.uuid4()}")
    assert (one.status, two.status) == (201, 201)
    assert one.json()["id"] != two.json()["id"]


@pytest.mark.parametrize("key", ["", "k" * 201])
def test_an_unusable_idempotency_key_is_a_400(service, key: str) -> None:
    before = table_counts(service.db)
    answer = post_message(service.base_url, {"text": FIRST}, Idempotency_Key=key)
    assert answer.status == 400
    assert "Idempotency-Key" in answer.json()["error"]
    assert table_counts(service.db) == before


# ---------------------------------------------------------------------------------------------
# refusals


@pytest.mark.parametrize(
    "authorization",
    [None, "Bearer wrong-token", f"Basic {TOKEN}", "Bearer", f"Bearer {TOKEN}x", TOKEN],
)
def test_missing_or_invalid_bearer_token_is_a_401(service, authorization) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    before = table_counts(service.db)
    answer = post_json(service.base_url, "/api/v1/messages", {"text": FIRST}, headers)
    assert answer.status == 401
    assert answer.json() == {"error": "missing or invalid bearer token"}
    assert answer.headers["www-authenticate"].startswith("Bearer")
    assert table_counts(service.db) == before


def test_bearer_scheme_is_case_insensitive(service) -> None:
    answer = post_json(
        service.base_url, "/api/v1/messages", {"text": FIRST}, {"Authorization": f"bearer {TOKEN}"}
    )
    assert answer.status == 201


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", None])
def test_wrong_content_type_is_a_415(service, content_type) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if content_type:
        headers["Content-Type"] = content_type
    answer = request(
        service.base_url, "POST", "/api/v1/messages", json.dumps({"text": FIRST}).encode(), headers
    )
    assert answer.status == 415
    assert answer.json() == {"error": "send application/json"}


def test_json_with_charset_is_accepted(service) -> None:
    body = json.dumps({"text": "Goedemorgen"}).encode()
    headers = {
        "Authorization": f"Bearer {TOKEN}",
        "Content-Type": "application/json; charset=utf-8",
    }
    assert request(service.base_url, "POST", "/api/v1/messages", body, headers).status == 201


@pytest.mark.parametrize(
    "body",
    [b'{"text": "Berend Wolkenveld"', b"{'text': 1}", b"", b'{"text": "a"} trailing'],
)
def test_malformed_json_is_a_400_with_a_reason(service, body: bytes) -> None:
    answer = post_message(service.base_url, body)
    assert answer.status == 400
    reason = answer.json()["error"]
    assert reason.startswith("malformed JSON: ") and " at line 1 column " in reason
    assert "Wolkenveld" not in reason and "text" not in reason  # never quotes the body


def test_body_that_is_not_utf8_is_a_400(service) -> None:
    answer = post_message(service.base_url, b'{"text": "caf\xe9"}')
    assert answer.status == 400
    assert answer.json() == {"error": "body is not UTF-8"}


def test_body_over_max_body_bytes_is_a_413(service) -> None:
    before = table_counts(service.db)
    answer = post_message(service.base_url, {"text": "a" * (MAX_BODY_BYTES + 100)})
    assert answer.status == 413
    assert answer.json() == {"error": f"body larger than {MAX_BODY_BYTES} bytes"}
    assert table_counts(service.db) == before


def test_message_over_max_message_chars_is_a_413(service) -> None:
    text = "a " * MAX_MESSAGE_CHARS  # fits in the body limit, exceeds the text limit
    answer = post_message(service.base_url, {"text": text})
    assert answer.status == 413
    assert answer.json() == {
        "error": f"message has {len(text)} characters; the limit is {MAX_MESSAGE_CHARS}"
    }


CONVERSATION_LENGTH = "field 'conversation_id' must be 1-200 characters"
ALLOWED = "conversation_id, purpose, sender, subject, text"


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"text": "hoi", "naam": "x"}, f"1 unknown field; allowed: {ALLOWED}"),
        ({"text": "hoi", "b": 1, "a": 2}, f"2 unknown fields; allowed: {ALLOWED}"),
        ({}, "field 'text' is required and must be a non-empty string"),
        ({"text": "   "}, "field 'text' is required and must be a non-empty string"),
        ({"text": 12}, "field 'text' is required and must be a non-empty string"),
        ({"text": "hoi", "subject": 3}, "field 'subject' must be a string"),
        ({"text": "hoi", "purpose": ["billing"]}, "field 'purpose' must be a string"),
        ({"text": "hoi", "conversation_id": ""}, CONVERSATION_LENGTH),
        ({"text": "hoi", "conversation_id": "c" * 201}, CONVERSATION_LENGTH),
        (["hoi"], "body must be a JSON object"),
        ("hoi", "body must be a JSON object"),
    ],
)
def test_invalid_fields_are_a_400(service, payload, reason: str) -> None:
    before = table_counts(service.db)
    answer = post_message(service.base_url, payload)
    assert answer.status == 400
    assert answer.json() == {"error": reason}
    assert table_counts(service.db) == before


@pytest.mark.parametrize("purpose", ["onbekend", "nolimit"])
def test_unknown_purpose_is_a_400(service, purpose: str) -> None:
    before = table_counts(service.db)
    answer = post_message(service.base_url, {"text": "hoi", "purpose": purpose})
    assert answer.status == 400
    assert answer.json() == {"error": "unknown purpose"}
    assert table_counts(service.db) == before


@pytest.mark.parametrize(
    ("method", "path", "status", "reason"),
    [
        ("GET", "/nergens", 404, "no such route"),
        ("POST", "/api/v2/messages", 404, "no such route"),
        ("GET", "/api/v1/messages", 405, "method not allowed"),
        ("DELETE", "/healthz", 405, "method not allowed"),
    ],
)
def test_unknown_routes_and_methods_answer_json(service, method, path, status, reason) -> None:
    answer = request(service.base_url, method, path)
    assert answer.status == status
    assert answer.content_type == "application/json"
    assert answer.json() == {"error": reason}


# ---------------------------------------------------------------------------------------------
# health and description


def test_healthz_is_200_once_ready(service) -> None:
    answer = request(service.base_url, "GET", "/healthz")
    assert answer.status == 200
    assert answer.json() == {"status": "ok", "workers": 1}


def test_openapi_document_describes_the_routes(service) -> None:
    answer = request(service.base_url, "GET", "/api/openapi.json")
    assert answer.status == 200 and answer.content_type == "application/json"
    document = answer.json()
    assert document["openapi"].startswith("3.1")
    assert {"/healthz", "/api/v1/messages", "/webhooks/{provider}"} <= set(document["paths"])
    post = document["paths"]["/api/v1/messages"]["post"]
    assert {"201", "200", "400", "401", "413", "415", "500"} <= set(post["responses"])
    assert document["info"]["title"] == "privacywacht"
