"""Phone numbers: Dutch, Belgian and international (``+``) spellings, checked by ``phonenumbers``.

People write a number in many ways (``06-12345678``, ``+31 (0)10 764 31 85``, ``0476/52.09.17``,
``(0172) 53 48 19``), so one loose regex collects a run of digit groups that starts like a phone
number (``0``, ``+`` or ``(0``), and the run is then cut into the longest pieces that
``phonenumbers`` accepts for the Netherlands or Belgium. That library knows which area codes and
lengths exist, which rejects most order, invoice and tracking numbers. Dates, times, IBAN digit
groups and numbers labelled as an order/invoice number are refused before it is asked.

Service numbers (0800, 0900, 088, Belgian 070/078 …) are company lines: still reported, but with
``"phone_kind": "service"`` in the result's metadata so the policy can keep them.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import phonenumbers
import regex as re
from phonenumbers import PhoneNumberType
from presidio_analyzer import EntityRecognizer, Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.recognizers.base import DutchRecognizer

_SEP = r"(?:[ \u00a0]?[\-./][ \u00a0]?|[ \u00a0])"
#: a head (``+31``, ``+31 (0)10``, ``(030)``, ``06``) and digit groups split by one separator;
#: possessive groups that stop before a time (``12:00``)
_CANDIDATE = re.compile(
    r"(?<![\w+.,/\-]|\d[ .\-/])"
    r"(?:\+\d++(?:[ \u00a0]?\(0\)[ \u00a0]?\d++)?|\(0\d{1,4}\)[ \u00a0]?\d++|0\d*+)"
    rf"(?:{_SEP}\d++(?!:\d))*+"
    r"(?!\w)"
)
#: the most digit groups one number is written in ("+32 (0)478 61 05 39", "06 - 12 34 56 78")
_MAX_GROUPS = 8
_GROUP = re.compile(r"\+?\(?\d[\d()]*")
#: ``02-06-2024`` / ``01.01.23``: a date, not a number to call
_DATE = re.compile(r"\d{1,2}([\-./])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d\d(?!\d)")
#: ``0844.064.108``: a Belgian enterprise (KBO/btw) number, not a phone number
_ENTERPRISE = re.compile(r"0\d{3}\.\d{3}\.\d{3}")
#: an IBAN head right before the digits (``NL91 ABNA 0417 1643 00``)
_IBAN_HEAD = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){1,7}[ ]?$")
#: the number is labelled as something else: ``ordernummer: 0612345678``
_OTHER_LABEL = re.compile(
    r"(?<!\w)(?:(?:order|bestel|factuur|invoice|tracking|track|zending|pakket|referentie|"
    r"reference|ref|kenmerk|ticket|dossier|zaak|transactie|serie|serial|artikel)"
    r"(?:nummer|nr|number|no|code|id)?\.?|(?:order|bestelling|factuur|invoice|referentie|kenmerk|"
    r"ticket)|(?:klant|debiteur|account|contract|lid|relatie|customer)[\s\-]?"
    r"(?:nr\.?|nummer|number|no\.?|id)|btw(?:-id|-nummer|nummer)?|vat|ondernemingsnummer|"
    r"ondernemingsnr|kbo|rijksregister\w*)\s*[:#]?\s*(?-i:BE)?\s*$",
    re.IGNORECASE,
)
_SERVICE_TYPES = {
    PhoneNumberType.TOLL_FREE,
    PhoneNumberType.PREMIUM_RATE,
    PhoneNumberType.SHARED_COST,
    PhoneNumberType.UAN,
}
_STRONG = Pattern("phone_grouped", _CANDIDATE.pattern, 0.6)
_WEAK = Pattern("phone_plain", _CANDIDATE.pattern, 0.3)
_FOREIGN = Pattern("phone_international_possible", _CANDIDATE.pattern, 0.45)


class NlPhoneRecognizer(DutchRecognizer):
    """Finds phone numbers and marks company service lines with ``phone_kind``."""

    ENTITY = "PHONE"
    PATTERNS = [_STRONG]
    CONTEXT = (
        "tel",
        "telefoon",
        "telefonisch",
        "phone",
        "mobiel",
        "mobile",
        "gsm",
        "bel",
        "call",
        "nummer",
        "nr",
        "whatsapp",
        "app",
        "sms",
        "bereikbaar",
        "terugbel",
        "contact",
        "fax",
        "reach",
        "number",
    )
    CONTEXT_BEFORE = 40
    CONTEXT_AFTER = 15

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Cut every digit run into the longest valid phone numbers it holds."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        for match in _CANDIDATE.finditer(text):
            if _IBAN_HEAD.search(text, max(0, match.start() - 30), match.start()):
                continue
            groups = [(g.start(), g.end()) for g in _GROUP.finditer(match.group())]
            results.extend(self._split(text, match.start(), groups))
        return EntityRecognizer.remove_duplicates(results)

    def _split(
        self, text: str, offset: int, groups: list[tuple[int, int]]
    ) -> list[RecognizerResult]:
        """The longest valid numbers in a run of digit groups, left to right.

        A number has at most ``_MAX_GROUPS`` groups and 7–15 digits, which bounds the work
        per group however long the run is.
        """
        found: list[RecognizerResult] = []
        digits = [0]
        for g_start, g_end in groups:
            run = text[offset + g_start : offset + g_end]
            digits.append(digits[-1] + sum(ch.isdigit() for ch in run))
        i = 0
        while i < len(groups):
            for j in range(min(len(groups), i + _MAX_GROUPS), i, -1):
                if not 7 <= digits[j] - digits[i] <= 15:
                    continue
                start, end = offset + groups[i][0], offset + groups[j - 1][1]
                result = self._judge(text, start, end)
                if result is not None:
                    found.append(result)
                    i = j
                    break
            else:
                i += 1
        return found

    def _judge(self, text: str, start: int, end: int) -> RecognizerResult | None:
        value = text[start:end]
        if value[0] not in "0+(" or _DATE.match(value) or _ENTERPRISE.fullmatch(value):
            return None
        number = _parse(value)
        if number is None:
            return None
        parsed, valid = number
        if _OTHER_LABEL.search(text, max(0, start - 30), start):
            return None
        digits = sum(ch.isdigit() for ch in value)
        grouped = not value.isdigit()
        if not valid:
            pattern = _FOREIGN
        elif grouped or value.startswith("06") or value.startswith("00"):
            pattern = _STRONG
        else:
            pattern = _WEAK
        if pattern is _STRONG and digits < 10 and not grouped:
            pattern = _WEAK
        result = self._score_match(text, start, end, pattern)
        if result is not None:
            result.recognition_metadata.update(_kind(parsed))
        return result


def _parse(value: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """Parse as Dutch, then Belgian; a ``+`` number from elsewhere needs only a possible length.

    Dutch fictitious ranges pass ``is_valid_number`` (it checks prefixes and lengths, not
    whether a number is assigned), so validity is required for national spellings.
    """
    digits = "".join(ch for ch in value if ch.isdigit())
    if value.startswith("+"):
        digits = "+" + digits
        if "(0)" in value:
            # "+31 (0)10 …": the trunk zero is written but not dialled
            head, _, tail = value.partition("(0)")
            digits = "+" + "".join(ch for ch in head + tail if ch.isdigit())
    elif digits.startswith("00"):
        digits = "+" + digits[2:]
    return _parse_digits(digits)


@lru_cache(maxsize=4096)
def _parse_digits(digits: str) -> tuple[phonenumbers.PhoneNumber, bool] | None:
    """``_parse`` on normalised digits, cached: a long list repeats the same numbers."""
    parsed = None
    for region in ("NL", "BE"):
        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            return None
        if phonenumbers.is_valid_number(parsed):
            return parsed, True
        if digits.startswith("+"):
            break
    if (
        parsed is not None
        and digits.startswith("+")
        and not digits.startswith(("+31", "+32"))
        and len(str(parsed.national_number)) >= 8
        and phonenumbers.is_possible_number(parsed)
    ):
        return parsed, False
    return None


def _kind(parsed: phonenumbers.PhoneNumber) -> dict[str, Any]:
    """``phone_kind`` for the policy: ``service`` lines belong to companies."""
    number_type = phonenumbers.number_type(parsed)
    if number_type in _SERVICE_TYPES:
        kind = "service"
    elif number_type == PhoneNumberType.MOBILE:
        kind = "mobile"
    elif number_type in (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE):
        kind = "fixed"
    else:
        kind = "other"
    return {"phone_kind": kind, "phone_region": phonenumbers.region_code_for_number(parsed)}
