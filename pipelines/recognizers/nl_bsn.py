"""BSN (burgerservicenummer): nine digits that pass the elfproef.

Written as one run of digits or grouped with dots, spaces or hyphens (``123.456.782``,
``1234 56 782``, ``123-456-782``).
A nine-digit number that fails the elfproef is an order or tracking number, not a BSN. A BSN
that hides inside an old-style BTW number (``NL123456782B01``) is left to the BTW recognizer:
the word boundaries below keep it out.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from pipelines.recognizers._numbers import BUSINESS_NUMBER_CUES
from pipelines.recognizers.base import DutchRecognizer

#: what may not follow a BSN: more of a word or number, or the "L01" that makes the nine
#: digits an employer's loonheffingennummer ("8190.27.443.L.01", "819027443 L01")
_END = r"(?![\w\-/]|[.,]\d|[. ]L\.?\d{2}(?!\d))"


class NlBsnRecognizer(DutchRecognizer):
    """Finds Dutch citizen service numbers (BSN) and checks the elfproef."""

    ENTITY = "BSN"
    PATTERNS = [
        Pattern("bsn_plain", r"(?<![\w.\-/])\d{9}" + _END, 0.3),
        Pattern("bsn_grouped", r"(?<![\w.\-/])\d{3}[. ]\d{3}[. ]\d{3}" + _END, 0.3),
        Pattern("bsn_4_2_3", r"(?<![\w.\-/])\d{4}[. ]\d{2}[. ]\d{3}" + _END, 0.3),
        # typed into a form that splits it, or by a phone's keypad habit: "123-456-782"
        Pattern("bsn_hyphenated", r"(?<![\w.\-/])\d{3}-\d{3}-\d{3}" + _END, 0.3),
    ]
    CONTEXT = (
        "bsn",
        "burgerservicenummer",
        "burgerservice",
        "sofinummer",
        "sofi-nummer",
        "citizen service number",
        "persoonsnummer",
    )
    NEGATIVE_CONTEXT = BUSINESS_NUMBER_CUES

    def validate_result(self, pattern_text: str) -> bool | None:
        """The elfproef decides: a 9-digit number that fails it is no BSN."""
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return bsn.is_valid(digits)
