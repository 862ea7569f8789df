"""Domain names that are a person's name: ``janjansen.nl``, ``thornton.dev``.

A website named after its owner identifies them as surely as their name does, while a domain
that merely contains a surname next to a trade ("vandenbroek-fotografie.nl"), or that has a role
mailbox (``info@``), is a business. Which
is which only shows once the people in the message are known, so this runs after the analysis,
on the person names found.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipelines.names import PARTICLES, squash
from pipelines.recognizers.email import is_role_address

_DOMAIN = re.compile(
    r"(?<![\w@.\-/])(?:https?://)?(?:www\.)?(?P<label>[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)"
    r"\.(?:nl|be|com|net|org|eu|dev|io|me|info|online|site|nu|biz|co\.uk|de|fr|app|page)"
    r"(?:/[^\s)\]>,;]*)?(?![\w\-@])",
    re.IGNORECASE,
)
MIN_SURNAME_LENGTH = 5
_ADDRESS = re.compile(r"[\w.%+\-]+@([\w.\-]+\w)")


def name_keys(names: Iterable[str]) -> set[str]:
    """The squashed spellings a personal domain would use: full name, or a long surname."""
    keys: set[str] = set()
    for name in names:
        words = [w for w in re.split(r"[\s]+", name.strip()) if w and not w.endswith(".")]
        if not words:
            continue
        keys.add(squash("".join(words)))
        surname = [w for w in words[1:] if w.lower() not in PARTICLES] or []
        if surname:
            keys.add(squash("".join(words[1:])))
            last = squash(surname[-1])
            if len(last) >= MIN_SURNAME_LENGTH:
                keys.add(last)
    return {k for k in keys if len(k) >= MIN_SURNAME_LENGTH}


def find_personal_domains(
    text: str, names: Iterable[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of domains / URLs whose name is one of the people's names, outside ``taken``."""
    keys = name_keys(names)
    if not keys:
        return []
    # "info@vandam.nl" shows vandam.nl to be a company's site, however personal its name
    company_domains = {
        m.group(1).lower().split(".", 1)[0]
        for m in _ADDRESS.finditer(text)
        if is_role_address(m.group(0))
    }
    found = []
    for match in _DOMAIN.finditer(text):
        start, end = match.span()
        if any(start < t_end and t_start < end for t_start, t_end in taken):
            continue
        label = match.group("label").lower()
        if label not in company_domains and squash(label) in keys:
            found.append((start, end))
    return found
