"""Numbers said digit by digit: a BSN or phone number in a call transcript.

Why: speech-to-text and people typing what they heard write a number as words ("mijn BSN is
acht vijf drie één negen vier één drie nul", "bel me op nul zes twee drie ..."). The number
recognizers look for digits, so such a number would pass untouched. A run of digit words (and
digits) is read as the digits it says, and is a BSN when the nine digits pass the elfproef, or a
phone number when ``phonenumbers`` finds it a valid Dutch number — the same checks as written
numbers get. The digit words are data (``pipelines/data/spoken_digits.txt``).
"""

from __future__ import annotations

from pathlib import Path

import phonenumbers
import regex as re
from presidio_analyzer import Pattern
from stdnum.nl import bsn

from pipelines.recognizers.base import DutchRecognizer

_DATA = Path(__file__).resolve().parent.parent / "data" / "spoken_digits.txt"


def _digit_words() -> dict[str, str]:
    pairs = (line.split() for line in _DATA.read_text(encoding="utf-8").splitlines())
    return {p[0]: p[1] for p in pairs if len(p) == 2 and not p[0].startswith("#")}


DIGIT_WORDS = _digit_words()
_REPEAT = ("dubbel", "double")
_WORD = "|".join(sorted(map(re.escape, [*DIGIT_WORDS, *_REPEAT]), key=len, reverse=True))
#: four or more digit words or numbers in a row; a leading "een" is the article ("een nul zes
#: ...": "a zero six ..."), not a digit. At least three must be words (see ``_said``), so "06 1234
#: 5678" stays with the phone recognizer.
_SPOKEN_RUN = (
    rf"(?<![\p{{L}}\d])(?:een[ \t]+)?(?P<value>(?:\d+|{_WORD})(?:[\s,\-]+(?:\d+|{_WORD})){{3,}})"
    r"(?![\p{L}\d])"
)
_MIN_WORDS = 3


def _said(value: str) -> bool:
    """Whether enough of ``value`` is words: a number said, not written."""
    tokens = re.split(r"[\s,\-]+", value.lower())
    return sum(not t.isdigit() for t in tokens) >= _MIN_WORDS


def spoken_digits(value: str) -> str:
    """The digits ``value`` says ("nul zes dubbel twee" -> "0622")."""
    digits: list[str] = []
    repeat = False
    for token in re.split(r"[\s,\-]+", value.lower()):
        if token in _REPEAT:
            repeat = True
            continue
        digit = token if token.isdigit() else DIGIT_WORDS.get(token, "")
        digits.append(digit * 2 if repeat and len(digit) == 1 else digit)
        repeat = False
    return "".join(digits)


class SpokenBsnRecognizer(DutchRecognizer):
    """A BSN said digit by digit: nine digits that pass the elfproef."""

    ENTITY = "BSN"
    PATTERNS = [Pattern("bsn_spoken", _SPOKEN_RUN, 0.3)]

    def validate_result(self, pattern_text: str) -> bool | None:
        return _said(pattern_text) and bsn.is_valid(spoken_digits(pattern_text))


class SpokenPhoneRecognizer(DutchRecognizer):
    """A phone number said digit by digit: a valid Dutch number once read as digits."""

    ENTITY = "PHONE"
    PATTERNS = [Pattern("phone_spoken", _SPOKEN_RUN, 0.3)]

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = spoken_digits(pattern_text)
        # a Dutch number is said from its leading zero ("nul zes ..."), or with the country code
        if not _said(pattern_text) or not digits.startswith(("0", "31")) or len(digits) < 10:
            return False
        try:
            number = phonenumbers.parse(digits, "NL")
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_valid_number(number)


class SpokenDocumentNumberRecognizer(DutchRecognizer):
    """A driving-licence or document number said digit by digit after its name ("klant noemt
    rijbewijsnummer twee negen vier …"): eight to ten digits, with the document's name just
    before it, since such a number has no checksum to tell it from others."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [Pattern("document_number_spoken", _SPOKEN_RUN, 0.3)]
    CONTEXT = (
        "rijbewijs",
        "rijbewijsnummer",
        "paspoortnummer",
        "documentnummer",
        "identiteitskaart",
        "id-kaart",
        "driving licence",
    )
    CONTEXT_REQUIRED = True
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 0

    def validate_result(self, pattern_text: str) -> bool | None:
        return _said(pattern_text) and 8 <= len(spoken_digits(pattern_text)) <= 10
