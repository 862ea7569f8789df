"""Customer and account numbers (``PH-482015``, ``klantnummer 530917``).

The policy usually keeps them (support needs them to find the account), but they identify a
person, so they are detected. Each company has its own shape, so the shapes and cue words are
configurable (``[recognizers.customer_id]``: ``patterns``, ``context``, ``replace_defaults``).
The defaults: a 2–4-letter prefix with 4–8 digits, or a plain 5–8-digit number, after a
customer cue. The nearest label before the number decides, so in "klantnummer 530917,
bestelnummer 352691" only the first is a customer number; invoice and ticket numbers
(``PH-F-2024-088412``, ``KIT-T-240913``) have another shape. A prefixed id in parentheses right
after a name ("Mevr. A. Jansen (PH-723640)") is a customer reference too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import regex as re
from presidio_analyzer import Pattern, RecognizerResult

from pipelines.recognizers._numbers import BUSINESS_NUMBER_CUES
from pipelines.recognizers.base import DutchRecognizer, cue_regex

#: cues that make a plain number a customer number
STRONG_CUES: tuple[str, ...] = (
    "klantnummer",
    "klantnr",
    "klant nr",
    "klant-nr",
    "klantcode",
    "debiteurnummer",
    "debiteurnr",
    "debiteur",
    "accountnummer",
    "accountnr",
    "account nr",
    "account:",
    "customer number",
    "customer no",
    "customer id",
    "customer nr",
    "lidnummer",
    "lidnr",
    "relatienummer",
    "relatienr",
    "contractnummer",
    "contractnr",
    "abonneenummer",
    "klant-id",
    "klantid",
    "klantennummer",
    "klantenkaart",
    "klantenpas",
    "lidkaart",
    "spaarpas",
    "membership",
    "loyalty card",
    "client id",
    "client number",
    "client nr",
    "merchant id",
    "merchant number",
    "werkgeversnummer",
    "werkgeversnr",
    "werkgever-id",
    "relatie-id",
    "abonnementsnummer",
    "contract id",
)
#: labels of other numbers: a "klantnummer" further back does not reach a bare number past them
OTHER_NUMBER_CUES: tuple[str, ...] = (
    "kvk",
    "kamer van koophandel",
    "btw",
    "vat",
    "iban",
    "rekening",
    "bsn",
    "tel",
    "telefoon",
    "gsm",
    "mobiel",
    "postcode",
    "kenteken",
    "paspoort",
    "rijbewijs",
    "ondernemingsnummer",
)
#: a prefixed id also counts after a looser cue
WEAK_CUES: tuple[str, ...] = ("klant", "account", "customer", "client")
#: "PH-482015", and with a series letter "TH-K-004417"
_PREFIXED = r"(?<![\w\-/])[A-Z]{2,4}-(?:[A-Z]-)?\d{4,8}(?![\w\-/]|[.,]\d)"
_PLAIN = r"(?<![\w\-/.,€]|€\s)\d{5,8}(?![\w\-/%]|[.,:]\d)"
#: "Jan Jansen (AB-123456)", "Drukkerij Van Dijk (AB-123456, …)"
_AFTER_NAME = re.compile(r"\p{Lu}[\p{L}'.\-]+\s\($")
DEFAULT_PATTERNS: list[Pattern] = [
    Pattern("customer_prefixed", _PREFIXED, 0.3),
    Pattern("customer_plain", _PLAIN, 0.1),
]


class CustomerIdRecognizer(DutchRecognizer):
    """Finds customer numbers after a customer cue, in configurable shapes."""

    ENTITY = "CUSTOMER_ID"
    PATTERNS = DEFAULT_PATTERNS
    CONTEXT = STRONG_CUES + WEAK_CUES
    NEGATIVE_CONTEXT = BUSINESS_NUMBER_CUES
    CONTEXT_BEFORE = 50
    CONTEXT_AFTER = 0
    FLAGS = re.MULTILINE

    def __init__(
        self,
        supported_language: str = "nl",
        patterns: list[Pattern] | None = None,
        context: tuple[str, ...] | None = None,
    ) -> None:
        if patterns is not None:
            self.PATTERNS = patterns
        if context is not None:
            self.CONTEXT = context
        super().__init__(supported_language)
        self._strong = cue_regex(tuple(c for c in self.CONTEXT if c not in WEAK_CUES))
        self._other_numbers = cue_regex(OTHER_NUMBER_CUES)

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> CustomerIdRecognizer:
        """Build from ``[recognizers.customer_id]``; ``from_config({})`` gives the defaults.

        ``patterns`` are regex strings (score 0.5: a company's own shape is found without a
        cue) or tables ``{regex, score, name}``; ``context`` adds cue words. With
        ``replace_defaults = true`` both replace the built-in ones instead.
        """
        section = config.get("customer_id", {}) or {}
        replace = bool(section.get("replace_defaults", False))
        extra: list[Pattern] = []
        for i, item in enumerate(section.get("patterns", []) or []):
            if isinstance(item, str):
                extra.append(Pattern(f"customer_config_{i}", item, 0.5))
            else:
                extra.append(
                    Pattern(
                        str(item.get("name", f"customer_config_{i}")),
                        str(item["regex"]),
                        float(item.get("score", 0.5)),
                    )
                )
        cues = tuple(str(c).lower() for c in section.get("context", []) or [])
        patterns = extra if replace and extra else [*DEFAULT_PATTERNS, *extra]
        context = cues if replace and cues else (*STRONG_CUES, *WEAK_CUES, *cues)
        return cls(patterns=patterns, context=context)

    def find_cue(self, text: str, start: int, end: int) -> str | None:
        """The nearest label before the number, when it is a customer cue and not an
        order/invoice/ticket label standing closer."""
        if self._cues is None:
            return None
        window_start = max(0, start - self.CONTEXT_BEFORE)
        cues = list(self._cues.finditer(text, window_start, start))
        if not cues:
            return None
        last = cues[-1]
        if self._negative_cues is not None and self._negative_cues.search(text, last.end(), start):
            return None
        return last.group(0).lower()

    def _score_match(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> RecognizerResult | None:
        cue = self.find_cue(text, start, end)
        if pattern.name == "customer_plain":
            # a bare number needs "klantnummer", not just "klant", and no "KvK:" closer to it
            window = max(0, start - self.CONTEXT_BEFORE)
            strong = list(self._strong.finditer(text, window, start)) if self._strong else []
            if cue is None or not strong:
                return None
            if self._other_numbers and self._other_numbers.search(text, strong[-1].end(), start):
                return None
        elif (
            pattern.name == "customer_prefixed"
            and cue is None
            and _AFTER_NAME.search(text, max(0, start - 40), start)
            and not self.has_negative_cue(text, start)
        ):
            pattern = Pattern("customer_after_name", pattern.regex, 0.45)
        return super()._score_match(text, start, end, pattern)
