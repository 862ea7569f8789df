"""KvK-nummer: the eight-digit number of the Dutch trade register (Kamer van Koophandel).

A KvK number has no check digit (python-stdnum has no ``nl.kvk`` for that reason), so eight
digits are only a KvK number when the writer says so. The pattern therefore starts at the cue
("KvK", "KvK-nummer", "handelsregister", "Chamber of Commerce") and takes the first eight-digit
number after it (within 40 characters), unless another label ("klantnummer", "btw", "tel") comes
in between: "KvK 12345678, klantnr 87654321" finds only the first number.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipelines.recognizers.base import DutchRecognizer

_CUE = r"(?:kvk|k\.v\.k\.?|kamer\s+van\s+koophandel|handelsregister|chamber\s+of\s+commerce|coc\b)"
#: labels of other numbers; the gap between cue and number may not contain one
_OTHER_LABEL = (
    r"(?:klant|order|bestel|factuur|invoice|ticket|btw|vat|iban|rekening|bsn|tel|gsm|mobiel"
    r"|fax|postcode|dossier|referentie|ref\b|vestiging|rsin|account|lidnummer|lid\b)"
)
#: an 8-digit run, or 4+4 / 2+3+3 groups, not part of a longer number or code
_VALUE = r"(?P<value>\d{8}|\d{4}[ .]\d{4}|\d{2}[ .]\d{3}[ .]\d{3})(?![\w\-/]|[.,]\d)"


class NlKvkRecognizer(DutchRecognizer):
    """Finds KvK numbers: eight digits just after (or just before) a trade-register cue."""

    ENTITY = "KVK"
    PATTERNS = [
        Pattern(
            "kvk_after_cue",
            rf"(?<!\w){_CUE}(?:(?!(?<!\w){_OTHER_LABEL})\D){{0,40}}?(?<![\w\-/.])" + _VALUE,
            0.3,
        ),
        # "12345678 (KvK)", "onder nummer 12345678 bij de Kamer van Koophandel"
        Pattern(
            "kvk_before_cue",
            r"(?<![\w\-/.])(?P<value>\d{8})\s*(?:\(\s*kvk\s*\)|bij\s+de\s+"
            r"(?:kvk|kamer\s+van\s+koophandel|handelsregister))",
            0.3,
        ),
    ]
    CONTEXT = ("kvk", "k.v.k", "kamer van koophandel", "handelsregister", "chamber of commerce",
               "coc")  # fmt: skip
    CONTEXT_REQUIRED = True
    #: room for "... 12345678 bij de Kamer van Koophandel"
    CONTEXT_AFTER = 40
