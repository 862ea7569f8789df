"""Freshdesk's two content forms against the running service: what is stored is clean text.

The bodies are built as Freshdesk's "Trigger webhook" action sends them (the Simple form's
``freshdesk_webhook`` wrapper with ``ticket_*`` fields; an Advanced body with our documented
keys, with and without ``"html": true``). All values are invented.
"""

from __future__ import annotations

import copy
import re

import pytest

from tests.service.harness import messages_of, post_webhook, unique_id
from tests.webhooks.test_payloads_freshdesk import CREATED, SIMPLE_CREATED, SIMPLE_REPLY

# a tag or a character entity: none may reach the database
MARKUP = re.compile(r"<[^>]*>|&[A-Za-z#][A-Za-z0-9]*;")

PHONE_HTML = "<div dir='ltr'>Bel me op <b>06-38472615</b> &amp; niet op mijn werk.</div>"


def _simple(form: dict, ticket: str) -> dict:
    payload = copy.deepcopy(form)
    payload["freshdesk_webhook"]["ticket_id"] = int(ticket)
    return payload


def _advanced(ticket: str, **extra: object) -> dict:
    payload = {key: value for key, value in CREATED.items() if key != "html"}
    return {**payload, "ticket_id": ticket, "description": PHONE_HTML, **extra}


ADVANCED_TEXT = "Bel me op [TELEFOONNUMMER-1] & niet op mijn werk."


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda ref: _simple(SIMPLE_CREATED, ref),
            "Op mijn factuur staat € 120 in plaats van € 95.",
        ),
        (lambda ref: _simple(SIMPLE_REPLY, ref), "bel me gerust op [TELEFOONNUMMER-1]."),
        (lambda ref: _advanced(ref, html=True), ADVANCED_TEXT),
        (lambda ref: _advanced(ref, html=False), ADVANCED_TEXT),
        (lambda ref: _advanced(ref), ADVANCED_TEXT),
    ],
    ids=["simple-created", "simple-reply", "advanced-html", "advanced-html-false", "advanced"],
)
def test_stored_as_clean_redacted_text(service, build, expected: str) -> None:
    ref = unique_id()
    answer = post_webhook(service.base_url, "freshdesk", build(ref))
    assert answer.status == 200, answer.body
    assert answer.json()["stored"] == 1
    [(_, sender, subject, text)] = messages_of(service.db, "freshdesk", ref)
    for stored in (text, subject or "", sender or ""):
        assert not MARKUP.search(stored), stored
    assert expected in text
    assert "06-38472615" not in text
    assert " : <" not in text  # no "Author Name : " prefix left over


def test_the_simple_reply_keeps_the_customers_words(service) -> None:
    ref = unique_id()
    answer = post_webhook(service.base_url, "freshdesk", _simple(SIMPLE_REPLY, ref))
    assert answer.status == 200, answer.body
    [(_, _, _, text)] = messages_of(service.db, "freshdesk", ref)
    assert text.startswith("Mijn klantnummer is KL-44817, bel me gerust op ")
    assert "Interne notitie" not in text  # the private comment is never read
