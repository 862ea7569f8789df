"""The company that runs privacywacht: its own name, sites, numbers and address are no one's
personal data.

A support desk's own name runs through every ticket ("Bedankt voor uw bericht aan Voorbeeldsoft")
and its own documents; read as a person it becomes ``[PERSOON-1]`` everywhere, and its service
number and office address get redacted for nothing. Only the company can say who it is, so it
says so in the ``[company]`` settings. What matches is kept, with that reason, whatever the
purpose; a *customer's* company in a signature stays the customer's data and is judged as
before.

Matching is deliberately literal: a listed name (case and spacing aside), a phone number with
the same digits (``+31`` / ``0031`` read as ``0``), an address as written, and e-mail addresses
and URLs on a listed domain or its subdomains. An e-mail address whose local part looks
personal ("j.devries@", or the first name of a person in the message) is an employee's, not the
company's, and is not kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from presidio_analyzer import RecognizerResult

from pipelines.policy import OWN_COMPANY_KEY

_PHONE_PREFIXES = (("0031", "0"), ("+31", "0"), ("0032", "0"), ("+32", "0"))
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\s]+@)?([^/\s:?#]+)", re.IGNORECASE)
_ADDRESS_TYPES = frozenset({"ADDRESS", "POSTCODE", "LOCATION"})


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def phone_digits(number: str) -> str:
    """ "+31 (0)20 123 4567" and "020-1234567" -> "0201234567"."""
    raw = number.replace("(0)", "").strip()
    for prefix, local in _PHONE_PREFIXES:
        if raw.startswith(prefix):
            raw = local + raw[len(prefix) :]
            break
    return "".join(ch for ch in raw if ch.isdigit())


@dataclass(frozen=True)
class OwnCompany:
    """Who runs privacywacht, from the ``[company]`` settings."""

    names: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any] | None) -> OwnCompany:
        """The ``[company]`` table; unknown keys and non-list values are refused by name."""
        table = dict(table or {})
        unknown = sorted(set(table) - {"names", "domains", "phones", "addresses"})
        if unknown:
            raise ValueError(f"[company] unknown keys: {', '.join(unknown)}")
        values: dict[str, tuple[str, ...]] = {}
        for key, value in table.items():
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"[company] {key} must be a list of strings")
            values[key] = tuple(v.strip() for v in value if v.strip())
        return cls(**values)

    def __bool__(self) -> bool:
        return bool(self.names or self.domains or self.phones or self.addresses)

    def apply(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """Drop persons that are the company's name; mark its own data to be kept."""
        if not self:
            return results
        name_spans = list(_occurrences(text, self.names))
        address_spans = list(_occurrences(text, self.addresses))
        names = {_fold(n) for n in self.names}
        person_words = {
            w.casefold()
            for r in results
            if r.entity_type == "PERSON"
            for w in text[r.start : r.end].split()
        }
        kept: list[RecognizerResult] = []
        for r in results:
            value = text[r.start : r.end]
            if r.entity_type == "PERSON" and (_fold(value) in names or _inside(r, name_spans)):
                continue  # the company's own name, never a person
            if (
                (r.entity_type == "ORGANIZATION" and _overlaps(r, name_spans))
                or (r.entity_type == "PHONE" and self._is_own_phone(value))
                or (r.entity_type in _ADDRESS_TYPES and _overlaps(r, address_spans))
                or (r.entity_type == "URL" and self._is_own_host(value))
                or (r.entity_type == "EMAIL" and self._is_own_mailbox(value, person_words))
            ):
                r.recognition_metadata = {
                    **(r.recognition_metadata or {}),
                    OWN_COMPANY_KEY: True,
                }
            kept.append(r)
        return kept

    def _is_own_phone(self, value: str) -> bool:
        digits = phone_digits(value)
        return bool(digits) and any(digits == phone_digits(p) for p in self.phones)

    def _is_own_host(self, value: str) -> bool:
        match = _HOST.match(value.strip())
        host = match.group(1).casefold().rstrip(".") if match else ""
        return any(host == d.casefold() or host.endswith("." + d.casefold()) for d in self.domains)

    def _is_own_mailbox(self, value: str, person_words: set[str]) -> bool:
        local, _, domain = value.partition("@")
        if not domain or not self._is_own_host(domain):
            return False
        if any(sep in local for sep in "._-"):
            return False  # "j.devries@": an employee's own address
        return local.casefold() not in person_words


def _occurrences(text: str, phrases: Iterable[str]) -> Iterable[tuple[int, int]]:
    """Where each phrase stands in the text, case and runs of spaces aside."""
    for phrase in phrases:
        words = phrase.split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            yield match.start(), match.end()


def _inside(r: RecognizerResult, spans: list[tuple[int, int]]) -> bool:
    return any(start <= r.start and r.end <= end for start, end in spans)


def _overlaps(r: RecognizerResult, spans: list[tuple[int, int]]) -> bool:
    return any(r.start < end and start < r.end for start, end in spans)
