"""Postcodes: Dutch ``1234 AB`` on their shape, Belgian ``1234`` only inside an address.

A Dutch postcode is four digits (first 1–9) and two letters, never SA, SD or SS. In capitals
the shape is distinctive enough on its own, except when the digits read as a year or the
letters as a unit (``2024 PT``, ``1000 GB``): those, and lowercase spellings (``3072ap``), need
an address around them (a street with a house number just before) or a "postcode" cue.
A Belgian postcode is a bare four-digit number, the same as a year, an amount or a quantity,
so it is reported only after a cue, or between a street with house number and a town name
("Molenstraat 14 8800 Roeselare", "Kerkweg 52, 2300 Turnhout").
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from pipelines.products import is_product
from pipelines.recognizers.base import DutchRecognizer

#: a street name with a house number (and "bus 3", "88-II", "301 bis") right before
_STREET_BEFORE = re.compile(
    r"(?:\p{Lu}[\p{L}'\-]{2,}|[\p{L}'\-]*(?:straat|laan|weg|plein|gracht|kade|dreef|singel|lei|"
    r"dijk|pad|hof|park|baan|markt|ring|dam|wal|kaai|vest|steeg|plaats|dreef|pad))\.?"
    r"[ \t]+\d{1,5}(?:[ \t]?[a-zA-Z]{1,3}\b|[\-/][\w]{1,4}|[ \t]+bus[ \t]+\d+\w?)?"
    r"[ \t]*,?[ \t]*\n?[ \t]*$"
)
_POSTCODE_CUE = re.compile(
    r"(?<!\w)(?:postcode|postnummer|post\s+code|zip|zipcode|postal\s+code|postcode\s+en)",
    re.IGNORECASE,
)
#: a town after a Belgian postcode: a capitalised word, not a month or a unit
_TOWN_AFTER = re.compile(r"^[ \t]+\p{Lu}\p{Ll}[\p{L}'\-]+")
#: digits right before: the number is the tail of a phone or account number
_DIGITS_BEFORE = re.compile(r"\d[ .\-/]$")
_NL_LETTERS_AFTER = re.compile(r"^[ ]?[A-Za-z]{2}(?!\w)")
_UNITS = frozenset(
    [
        "gb",
        "mb",
        "kb",
        "tb",
        "pb",
        "hz",
        "km",
        "mg",
        "kg",
        "cm",
        "mm",
        "ml",
        "cl",
        "ms",
        "pk",
        "kw",
        "mw",
        "am",
        "pm",
        "eu",
        "bv",
        "nv",
        "hd",
        "px",
    ]
)


#: a product's shape right before: "FRITZ!Box ", "MacBook ", "AirPort "
_PRODUCT_SHAPE_BEFORE = re.compile(r"(?:\p{L}+[!+]\p{L}+|\p{Ll}\p{Lu}\p{L}*)[ \t]$")
#: the last one or two words before the number
_WORDS_BEFORE = re.compile(r"(?:(\S+)[ \t]+)?(\S+)[ \t]$")


def _product_before(before: str) -> bool:
    """A product's name right before the number: a model number, not a postcode."""
    if _PRODUCT_SHAPE_BEFORE.search(before):
        return True
    words = _WORDS_BEFORE.search(before)
    if words is None:
        return False
    last = words.group(2)
    pair = f"{words.group(1)} {last}" if words.group(1) else None
    return is_product(last) or (pair is not None and is_product(pair))


class PostcodeRecognizer(DutchRecognizer):
    """Finds Dutch postcodes by shape and Belgian ones inside an address."""

    ENTITY = "POSTCODE"
    PATTERNS = [
        Pattern("nl_postcode", r"(?<![\w\-/.,€])[1-9]\d{3}[ ]?(?!sa|sd|ss)[a-z]{2}(?!\w)", 0.6),
        Pattern("be_postcode", r"(?<![\w\-/.,€]|€\s)[1-9]\d{3}(?![\w\-/%]|[.,:]\d)", 0.5),
    ]
    CONTEXT = ()

    def _score_match(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> RecognizerResult | None:
        if pattern.name == "nl_postcode":
            if not self._dutch(text, start, end):
                return None
        elif not self._belgian(text, start, end):
            return None
        return super()._score_match(text, start, end, pattern)

    @staticmethod
    def _in_address(text: str, start: int) -> bool:
        """A street with a house number, or a postcode cue, just before ``start``."""
        before = text[max(0, start - 80) : start]
        if _STREET_BEFORE.search(before):
            return True
        return bool(_POSTCODE_CUE.search(before))

    def _dutch(self, text: str, start: int, end: int) -> bool:
        value = text[start:end]
        before = text[max(0, start - 80) : start]
        if _DIGITS_BEFORE.search(before) and not _STREET_BEFORE.search(before):
            return False
        if _product_before(before) and not self._in_address(text, start):
            return False  # a model: "FRITZ!Box 7590 AX", "Galaxy Tab 7890 KX"
        digits, letters = value[:4], value[-2:]
        year_like = digits.startswith(("19", "20"))
        if letters.isupper() and not year_like and letters.lower() not in _UNITS:
            return True
        return self._in_address(text, start)

    def _belgian(self, text: str, start: int, end: int) -> bool:
        after = text[end : end + 40]
        if _NL_LETTERS_AFTER.match(after):
            return False  # a Dutch postcode, found by the other pattern
        before = text[max(0, start - 80) : start]
        town = _TOWN_AFTER.match(after) is not None
        if town and _STREET_BEFORE.search(before):
            return True
        if not _POSTCODE_CUE.search(before) or _DIGITS_BEFORE.search(before):
            return False
        year_like = 1950 <= int(text[start:end]) <= 2039
        return town or not year_like
