"""No English code on a Dutch page: crawl what a reviewer and an officer can reach over a
store and register holding every status, channel, entity type, request type and kind of
history line, and look for the internal codes in what a person sees (text, tooltips, chart
titles). That every code's Dutch word does appear shows the seed really reached each one."""

from __future__ import annotations

import re
from collections import deque
from html.parser import HTMLParser
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
from pipelines.anonymize import PLACEHOLDER_LABELS
from pipelines.policy import ENTITY_TYPES
from pipelines.request_reply import request_noun
from pipelines.request_types import REQUEST_TYPES
from tests.review.conftest import OFFICER_PASSWORD, PASSWORD

#: Every code the store, register and pipeline use that is not also the Dutch word: a type
#: whose placeholder has its own name (IBAN, BSN, POSTCODE and URL are the same in Dutch),
#: and "status", a history kind that is a Dutch word too.
INTERNAL_CODES: frozenset[str] = frozenset(
    {*STATUSES, *REQUEST_STATUSES, *CHANNELS, *REQUEST_CHANNELS, *REQUEST_TYPES}
    | {code for code in ENTITY_TYPES if PLACEHOLDER_LABELS[code] != code}
    | (set(EVENT_LABELS) - {"status"})
    | set(ACTOR_LABELS)
    | {"reviewer", "redact", "keep", "false_positive", "missed", "default", "billing"}
)
#: The register's own English notes, in part.
ENGLISH_PHRASES = (
    "verification code",
    "identity verified",
    "deadline extended",
    "requester notified",
    "duplicate received",
    "contact details",
    "doel '",
)


class Visible(HTMLParser):
    """What a person sees of a page (text, tooltips, labels) and where its links lead."""

    SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag in ("script", "style"):
            self._hidden += 1
        self.parts.extend(values[name] for name in self.SHOWN_ATTRIBUTES if values.get(name))
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)

    @property
    def text(self) -> str:
        return "\n".join(self.parts)


def english_in(text: str) -> list[str]:
    """The internal codes and English system phrases in a page's visible text."""
    found = [
        code
        for code in sorted(INTERNAL_CODES)
        if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)
    ]
    return found + [phrase for phrase in ENGLISH_PHRASES if phrase in text]


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
