"""Canary values: personal data the redactor reliably removes, and a search for any trace of it.

Every channel (API, webhooks, later e-mail and chat) sends messages carrying these values and
then proves with :func:`assert_no_canaries` that not one byte of them reached disk, the logs or
the process output. The values are made up but *valid* (elfproef, mod-97, Luhn), so the
recognizers accept them; each one was checked with ``privacywacht redact`` on the blank model
(and ``test_canary.py`` checks it again through the running service).

The search is deliberately paranoid: case-insensitive, each value raw, without separators,
URL-encoded, in UTF-8 and UTF-16 (both byte orders), and also in the haystack with its
separators stripped, so "06 4719 3852" or "NL44 RABO 3829 1750 46" is caught as well.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: what "separators" means for the compact forms: whitespace, dots, hyphens (and a few more
#: that people put in numbers)
SEPARATORS = re.compile(rb"[\s.\-/()_]+")


@dataclass(frozen=True)
class Canary:
    """One value and the extra pieces of it that must not appear either (a surname alone)."""

    kind: str
    value: str
    parts: tuple[str, ...] = field(default=())

    @property
    def needles(self) -> tuple[str, ...]:
        """The strings searched for: the value, its pieces, compact and URL-encoded forms."""
        forms: dict[str, None] = {}
        for text in (self.value, *self.parts):
            forms[text] = None
            forms[compact(text)] = None
            forms[urllib.parse.quote(text, safe="")] = None
        return tuple(forms)


def compact(text: str) -> str:
    """``text`` without separators (spaces, dots, hyphens, ...)."""
    return SEPARATORS.sub(b"", text.encode("utf-8")).decode("utf-8")


def elfproef(bsn: str) -> bool:
    """The BSN check: sum of digit * weight (9..2, last -1) divisible by 11."""
    digits = [int(c) for c in bsn]
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    return len(digits) == 9 and sum(d * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def luhn(number: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(number)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def iban_mod97(iban: str) -> bool:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


BSN = Canary("BSN", "739142689")
IBAN = Canary("IBAN", "NL44RABO3829175046", ("3829175046",))
PHONE = Canary("PHONE", "06-47193852", ("47193852",))
CREDIT_CARD = Canary("CREDIT_CARD", "4917481039265570")
EMAIL = Canary("EMAIL", "kanarie.vogelzang.q7x@vogelpost-mail.nl", ("kanarie.vogelzang.q7x",))
PERSON = Canary("PERSON", "Kanarie Vogelzang", ("Kanarie", "Vogelzang"))

CANARIES: tuple[Canary, ...] = (BSN, IBAN, PHONE, CREDIT_CARD, EMAIL, PERSON)

#: one sentence per canary, each verified to be redacted on its own under the default policy
SENTENCES: dict[str, str] = {
    "PERSON": f"Hallo, mijn naam is {PERSON.value}.",
    "BSN": f"Mijn BSN is {BSN.value}.",
    "IBAN": f"Mijn IBAN is {IBAN.value}.",
    "PHONE": f"Bel me op {PHONE.value}.",
    "EMAIL": f"Mail naar {EMAIL.value} graag.",
    "CREDIT_CARD": f"Mijn creditcard is {CREDIT_CARD.value}.",
}

#: the whole set in one message (the name first: later channels redact the sender with it)
TEXT = " ".join(SENTENCES.values())
#: a subject and senders that the redactor cleans on their own (subject) or with the names the
#: text taught it (a bare name as sender)
SUBJECT = f"Vraag over {BSN.value} en {IBAN.value}"
SENDER_WITH_EMAIL = f"{PERSON.value} <{EMAIL.value}>"
SENDER_NAME = PERSON.value
SENDER_EMAIL = EMAIL.value
#: a harmless word stored as-is next to the canaries: finding it on disk proves the search
#: looks where the stored text really is (positive control on live data)
MARKER = "vlinderkoffer"


def text_html() -> str:
    """The canary text as HTML, the way Zammad, Help Scout and Freshdesk send bodies."""
    return "".join(f"<p>{sentence}</p>" for sentence in SENTENCES.values())


# ---------------------------------------------------------------------------------------------
# the search


def _patterns(canaries: Iterable[Canary]) -> list[tuple[Canary, str, bytes]]:
    """(canary, needle, encoded needle) for every needle in UTF-8, UTF-16-LE and UTF-16-BE."""
    found: list[tuple[Canary, str, bytes]] = []
    for canary in canaries:
        for needle in canary.needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found.append((canary, needle, needle.lower().encode(encoding)))
    return found


def find_canaries(data: bytes, canaries: Iterable[Canary] = CANARIES) -> list[str]:
    """Descriptions of every canary form found in ``data`` (empty: clean)."""
    haystacks = (data.lower(), SEPARATORS.sub(b"", data).lower())
    hits: list[str] = []
    for canary, needle, encoded in _patterns(canaries):
        if any(encoded in haystack for haystack in haystacks):
            hits.append(f"{canary.kind} ({needle!r})")
    return sorted(set(hits))


def files_under(paths: Iterable[Path]) -> list[Path]:
    """Every regular file under the given files and directories, recursively."""
    files: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file()))
    return files


def assert_no_canaries(
    paths: Iterable[Path],
    captured_texts: Iterable[str | bytes] = (),
    canaries: Iterable[Canary] = CANARIES,
) -> list[Path]:
    """Fail if any canary is in any byte of any file under ``paths`` or in ``captured_texts``.

    ``paths`` are data directories or files (the database and its ``-wal``/``-shm``, the keys
    file, anything else there); ``captured_texts`` are log output, captured stdout/stderr and
    HTTP response bodies. Returns the files it read, so a caller can check that the search
    was not vacuous (the database was really there).
    """
    canaries = tuple(canaries)
    leaks: list[str] = []
    files = files_under(paths)
    for file in files:
        try:
            data = file.read_bytes()
        except FileNotFoundError:  # a -wal removed by a checkpoint between listing and reading
            continue
        leaks += [f"{file}: {hit}" for hit in find_canaries(data, canaries)]
    for number, text in enumerate(captured_texts):
        data = text.encode("utf-8") if isinstance(text, str) else bytes(text)
        leaks += [f"captured text #{number}: {hit}" for hit in find_canaries(data, canaries)]
    assert not leaks, "personal data leaked:\n" + "\n".join(leaks)
    return files
