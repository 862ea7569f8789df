"""Freshdesk automation-rule bodies: the Simple form Freshdesk sends by default, and the
Advanced (custom JSON) one written with the documented keys. All values are invented."""

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


# The Simple form: the fields ticked in the rule, named ``ticket_`` + placeholder path and
# wrapped in "freshdesk_webhook"; the comment placeholder renders "Author : <html>".
SIMPLE_CREATED: dict[str, Any] = {
    "freshdesk_webhook": {
        "ticket_id": 7302,
        "ticket_subject": "Factuur klopt niet",
        "ticket_description": (
            '<div style="font-family:-apple-system, Helvetica Neue, Arial, sans-serif; '
            'font-size:14px"><div dir="ltr">Beste helpdesk,<br><br>Op mijn factuur staat '
            "&euro; 120 in plaats van &euro; 95.<br>Groet, Wieteke Dorrestijn</div></div>"
        ),
        "ticket_status": "Open",
        "ticket_priority": "Medium",
        "ticket_url": "https://voorbeeldsoft.freshdesk.com/helpdesk/tickets/7302",
        "ticket_contact_name": "Wieteke Dorrestijn",
        "ticket_contact_email": "w.dorrestijn@example.org",
    }
}

SIMPLE_REPLY: dict[str, Any] = {
    "freshdesk_webhook": {
        **SIMPLE_CREATED["freshdesk_webhook"],
        "ticket_latest_public_comment": (
            'Wieteke Dorrestijn : <div style="font-family:-apple-system, Arial, sans-serif; '
            'font-size:14px"><div dir="ltr">Mijn klantnummer is <b>KL-44817</b>, '
            "bel me gerust op 06-38472615.</div></div>"
        ),
        "ticket_latest_private_comment": "Bram : <div>Interne notitie van de helpdesk</div>",
    }
}


def test_creation_rule_uses_the_description_as_text() -> None:
    assert parse("freshdesk", body(CREATED)) == [
        IncomingMessage(
            provider="freshdesk",
            event_id=derive_event_id("freshdesk", "6541", "description"),
            conversation_ref="6541",
            comment_id=None,
            sender="p.bakker@example.nl",
            subject="Inloggen op het klantportaal",
            text="Goedemorgen, ik kan sinds vanochtend niet inloggen.",
            html=False,
            author_is_customer=None,
        )
    ]


def test_update_rule_prefers_the_latest_public_comment() -> None:
    [message] = parse("freshdesk", body(UPDATED))
    assert message.text == "Het werkt nog steeds niet, ook niet in een andere browser."
    assert message.html is False


def test_markup_becomes_text_whether_or_not_the_rule_says_html() -> None:
    """Freshdesk renders its text placeholders as HTML; an admin who did not know that (no
    "html" key, or "html": false) still gets clean text."""
    for flag in ({}, {"html": False}, {"html": "false"}, {"html": True}):
        payload = {key: value for key, value in CREATED.items() if key != "html"} | flag
        [message] = parse("freshdesk", body(payload))
        assert message.text == "Goedemorgen, ik kan sinds vanochtend niet inloggen.", flag


def test_plain_text_keeps_its_lines_and_signs() -> None:
    text = "Regel een: a < b en c > d\nRegel twee van Jansen & Zn"
    [message] = parse("freshdesk", body({**UPDATED, "latest_public_comment": text}))
    assert message.text == text


def test_html_true_reads_text_without_tags_as_html() -> None:
    [message] = parse("freshdesk", body({**CREATED, "description": "Jansen &amp; Zn"}))
    assert message.text == "Jansen & Zn"


def test_simple_form_description() -> None:
    [message] = parse("freshdesk", body(SIMPLE_CREATED))
    assert message.conversation_ref == "7302"
    assert message.comment_id is None
    assert message.event_id == derive_event_id("freshdesk", "7302", "description")
    assert message.subject == "Factuur klopt niet"
    assert message.sender == "w.dorrestijn@example.org"
    assert message.text == (
        "Beste helpdesk,\n\nOp mijn factuur staat € 120 in plaats van € 95.\n"
        "Groet, Wieteke Dorrestijn"
    )
    assert message.html is False and message.author_is_customer is None


def test_simple_form_comment_loses_its_author_prefix_and_markup() -> None:
    [message] = parse("freshdesk", body(SIMPLE_REPLY))
    assert message.text == "Mijn klantnummer is KL-44817, bel me gerust op 06-38472615."
    assert message.author_is_customer is True  # the author is the ticket's contact
    assert message.sender == "w.dorrestijn@example.org"


def test_an_agents_public_reply_is_not_the_customers() -> None:
    payload = {"freshdesk_webhook": {**SIMPLE_REPLY["freshdesk_webhook"]}}
    payload["freshdesk_webhook"]["ticket_latest_public_comment"] = (
        "Bram Helpdesk : <div>We kijken ernaar.</div>"
    )
    [message] = parse("freshdesk", body(payload))
    assert message.text == "We kijken ernaar."
    assert message.author_is_customer is False
    assert message.sender == "Bram Helpdesk"


def test_the_private_comment_is_never_read() -> None:
    payload = {"freshdesk_webhook": {**SIMPLE_CREATED["freshdesk_webhook"]}}
    payload["freshdesk_webhook"]["ticket_latest_private_comment"] = "Bram : <div>notitie</div>"
    [message] = parse("freshdesk", body(payload))
    assert "notitie" not in message.text


def test_a_colon_in_plain_text_is_not_an_author() -> None:
    text = "Let op : de printer doet het niet"
    [message] = parse("freshdesk", body({**UPDATED, "latest_public_comment": text}))
    assert message.text == text and message.author_is_customer is None


def test_simple_form_errors_name_the_wrapped_field() -> None:
    with pytest.raises(PayloadError) as missing_id:
        parse("freshdesk", body({"freshdesk_webhook": {"ticket_subject": "Factuur"}}))
    assert missing_id.value.reason == "missing field 'freshdesk_webhook.ticket_id'"
    with pytest.raises(PayloadError) as missing_text:
        parse("freshdesk", body({"freshdesk_webhook": {"ticket_id": 7302}}))
    assert missing_text.value.reason == (
        "missing field 'freshdesk_webhook.ticket_latest_public_comment' or "
        "'freshdesk_webhook.ticket_description'"
    )
    with pytest.raises(PayloadError, match="field 'freshdesk_webhook' has the wrong type"):
        parse("freshdesk", body({"freshdesk_webhook": "ticket 7302"}))


def test_a_wrapped_advanced_body_with_requester_keys() -> None:
    """Integration guides wrap an Advanced body in freshdesk_webhook with requester_* keys."""
    payload = {
        "freshdesk_webhook": {
            "ticket_id": "7303",
            "ticket_subject": "Wachtwoord vergeten",
            "ticket_description": "<p>Kunt u mijn wachtwoord resetten?</p>",
            "requester_name": "Gijsbert Overdijk",
            "requester_email": "g.overdijk@example.org",
        }
    }
    [message] = parse("freshdesk", body(payload))
    assert message.text == "Kunt u mijn wachtwoord resetten?"
    assert message.sender == "g.overdijk@example.org"


def test_markup_in_the_subject_and_an_empty_html_text() -> None:
    [message] = parse("freshdesk", body({**UPDATED, "subject": "Jansen &amp; Zn"}))
    assert message.subject == "Jansen & Zn"
    assert parse("freshdesk", body({**CREATED, "description": "<div><br></div>"})) == []


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
