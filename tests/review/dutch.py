"""What counts as English on a Dutch page, and what a person sees of one: shared by the
crawl over seeded data (``test_dutch_pages.py``) and the browser test (``tests/ui``)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from bot.review.labels import ACTOR_LABELS, EVENT_LABELS
from bot.store.models import CHANNELS, STATUSES
from bot.store.register import REQUEST_CHANNELS, REQUEST_STATUSES
from pipelines.anonymize import PLACEHOLDER_LABELS
from pipelines.policy import ENTITY_TYPES
from pipelines.request_types import REQUEST_TYPES

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
