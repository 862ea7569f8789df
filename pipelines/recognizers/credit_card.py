"""Payment card numbers (credit, debit, Maestro, Bancontact): 13-19 digits that pass Luhn.

Card numbers are printed in groups: 4-4-4-4 (Visa, Mastercard), 4-6-5 (Amex), 4-6-4 (Diners),
4-4-4-4-3 (19-digit Maestro / Bancontact), always with one separator kind. Grouped that way and
Luhn-valid (``stdnum.luhn``) the number is reported without a cue. An ungrouped run of digits
is as likely a tracking or order number (one in ten passes Luhn), so it needs a cue word.

Rejected: the digits of an IBAN (``DE89 3704 0044 0532 0130 00`` holds a 4-4-4-4 run), numbers
that start like phone numbers (0, +) -- card numbers start with 2-6 -- and runs of one or two
repeated digits (``0000 0000 0000 0000`` passes Luhn).
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from stdnum import luhn

from pipelines.recognizers.base import DutchRecognizer

#: not inside a word, a code, an amount, a phone number or after another digit group
_START = r"(?<![\w+\-/.,]|\d[ \-])"
_END = r"(?![\w\-/]|[.,]\d)"


class CreditCardRecognizer(DutchRecognizer):
    """Finds payment card numbers and checks them with the Luhn algorithm."""

    ENTITY = "CREDIT_CARD"
    PATTERNS = [
        # 4-4-4-4-3, 4-4-4-4 and 4-4-4-1..3 (13-19 digits), one separator throughout
        Pattern(
            "card_4444",
            rf"{_START}[2-6]\d{{3}}(?P<sep>[ \-])\d{{4}}(?P=sep)\d{{4}}(?P=sep)"
            rf"(?:\d{{4}}(?:(?P=sep)\d{{3}})?|\d{{1,3}})(?!(?P=sep)\d{{4}}){_END}",
            0.5,
        ),
        # 4-6-5 (Amex) and 4-6-4 (Diners)
        Pattern("card_465", rf"{_START}3\d{{3}}(?P<sep>[ \-])\d{{6}}(?P=sep)\d{{4,5}}{_END}", 0.5),
        # one run of digits: only with a cue (see accept)
        Pattern("card_plain", rf"{_START}[2-6]\d{{12,18}}{_END}", 0.1),
    ]
    CONTEXT = (
        "creditcard", "credit card", "creditcardnummer", "kaartnummer", "kaart", "card",
        "visa", "mastercard", "master card", "amex", "american express", "maestro", "bancontact",
        "debitcard", "debit card", "betaalkaart", "betaalpas", "bankpas", "pinpas",
    )  # fmt: skip
    #: number kinds that are not cards; unlike the shared business cues no short prefixes
    #: ("sn", "ref", "bon") that also start ordinary words ("snel", "refund")
    NEGATIVE_CONTEXT = (
        "order", "bestel", "factuur", "invoice", "zending", "track", "pakket", "pakbon",
        "ticket", "referentie", "kenmerk", "dossier", "serienummer", "serial", "imei", "ean",
        "barcode", "klantnummer", "klantnr", "artikel",
    )  # fmt: skip

    _GROUPED = re.compile(r"[ \-]")
    #: an IBAN ("NL91 ABNA ", "DE89 3704 ") runs up to the match on the same line
    _IBAN_BEFORE = re.compile(r"[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4})*[ \-]?$", re.IGNORECASE)

    def validate_result(self, pattern_text: str) -> bool | None:
        """Luhn decides; one or two distinct digits are filler, not a card."""
        digits = pattern_text.replace(" ", "").replace("-", "")
        if len(set(digits)) <= 2:
            return False
        return luhn.is_valid(digits)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not part of an IBAN; an ungrouped number only with a cue word."""
        if self._IBAN_BEFORE.search(text, max(0, start - 40), start):
            return False
        if self._GROUPED.search(text, start, end):
            return True
        return self.find_cue(text, start, end) is not None
