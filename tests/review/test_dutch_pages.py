"""No English code on a Dutch page: crawl what a reviewer and an officer can reach over a
store and register holding every status, channel, entity type, request type and kind of
history line, and look for the internal codes in what a person sees (text, tooltips, chart
titles). That every code's Dutch word does appear shows the seed really reached each one."""

from __future__ import annotations

from collections import deque
from urllib.parse import urldefrag

import pytest

from bot.review.labels import (
    ACTOR_LABELS,
    EVENT_LABELS,
    channel_label,
    message_status_label,
    request_status_label,
    type_label,
)
from bot.store.models import CHANNELS, STATUSES
from bot.store.register import REQUEST_CHANNELS, REQUEST_STATUSES
from pipelines.policy import ENTITY_TYPES
from pipelines.request_reply import request_noun
from pipelines.request_types import REQUEST_TYPES
from tests.review.conftest import OFFICER_PASSWORD, PASSWORD
from tests.review.dutch import Visible, english_in


def crawl(browser, start: str = "/review") -> dict[str, str]:
    """Every page under /review reachable by links from ``start``: path -> visible text."""
    seen: dict[str, str] = {}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        if path in seen:
            continue
        answer = browser.get(path)
        assert answer.status == 200, (path, answer.status)
        page = Visible()
        page.feed(answer.text)
        seen[path] = page.text
        for link in page.links:
            target = urldefrag(link).url
            if (
                target.startswith("/review")
                and not target.startswith("/review/static/")
                and not target.endswith(".jsonl")
                and target not in seen
            ):
                queue.append(target)
        assert len(seen) < 300, "the crawl does not end"
    return seen


def test_the_checker_finds_codes_and_passes_dutch_words() -> None:
    assert english_in("Ontvangen · status forwarded") == ["forwarded"]
    assert english_in("Bericht via email") == ["email"]
    assert english_in("PERSON naast [PERSOON-1]") == ["PERSON"]
    assert english_in("niet nodig voor doel 'default'") == ["default", "doel '"]
    assert english_in("system / received") == ["received", "system"]
    dutch = "PERSOON, KVK-NUMMER, [E-MAILADRES-1], via e-mail, webchat, status: doorgestuurd"
    assert english_in(dutch) == []


@pytest.mark.parametrize(("name", "password"), [("anne", PASSWORD), ("olga", OFFICER_PASSWORD)])
def test_no_english_code_on_any_page(seeded, name: str, password: str) -> None:
    login = Visible()
    login.feed(seeded.browser.get("/login").text)
    assert english_in(login.text) == []

    assert seeded.browser.login(name, password).status == 303
    pages = crawl(seeded.browser)
    pages["/review/messages/onbekend"] = ""  # and an error page
    missing = Visible()
    missing.feed(seeded.browser.get("/review/messages/onbekend").text)
    pages["/review/messages/onbekend"] = missing.text

    # the crawl reached every message and request, the lists and the dashboard
    for message_id in seeded.messages:
        assert f"/review/messages/{message_id}" in pages
    for reference in seeded.references.values():
        assert f"/review/register/{reference}" in pages
    for path in ("/review", "/review/messages", "/review/register", "/review/dashboard"):
        assert path in pages

    found = {path: english_in(text) for path, text in pages.items()}
    assert {path: codes for path, codes in found.items() if codes} == {}

    # ... and it met every code, in Dutch
    everything = "\n".join(pages.values())
    expected = (
        [channel_label(c) for c in {*CHANNELS, *REQUEST_CHANNELS}]
        + [message_status_label(s) for s in STATUSES]
        + [request_status_label(s) for s in REQUEST_STATUSES]
        + [type_label(t) for t in ENTITY_TYPES]
        + [request_noun(t) for t in REQUEST_TYPES]
        + [label for kind, label in EVENT_LABELS.items() if kind != "status"]
        + list(ACTOR_LABELS.values())
    )
    assert [word for word in expected if word not in everything] == []
    for sentence in (
        "niet nodig voor het doel ‘Gewone supportvraag’",
        "nodig voor het doel ‘Facturatie en betalingen’",
        "INLOGGEGEVEN wordt nooit bewaard",
        "ORGANISATIE is geen persoonsgegeven",
        "identiteit bevestigd met de code uit de e-mail",
        "verificatiecode opnieuw per e-mail verstuurd",
        "toegevoegd aan de contactgegevens: telefoonnummer",
        "opnieuw ontvangen via Zammad",
        "termijn verlengd tot",
        "gemist (PERSOON)",
        "onterecht (PERSOON)",
    ):
        assert sentence in everything, sentence
