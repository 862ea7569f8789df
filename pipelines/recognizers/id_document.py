"""Identity documents: Dutch passport / ID-card and driving-licence numbers, Belgian
rijksregisternummer and eID card number. One class per kind, all reporting ``ID_DOCUMENT``.

The Dutch document numbers have no public check digit, so they are only taken right after a
cue word ("paspoortnummer is NVK7R2TM4", "rijbewijs 4719038265"): the pattern starts at the cue
and takes the first candidate after it, unless another label ("klantnummer", "tel")
comes in between. The Belgian numbers carry a mod-97 check (``stdnum.be.nn`` / ``bis`` /
``eid``), so their printed shapes stand on their own.
"""

from __future__ import annotations

import regex as re
from presidio_analyzer import Pattern
from stdnum.be import bis, eid, nn
from stdnum.nl import identiteitskaartnummer

from pipelines.recognizers._numbers import BUSINESS_NUMBER_CUES
from pipelines.recognizers.base import DutchRecognizer

_START = r"(?<![\w\-/.,])"
_END = r"(?![\w\-/]|[.,]\d)"
#: labels of other numbers; the gap between a cue and its number may not contain one
_OTHER_LABEL = (
    r"(?<!\w)(?:klant|order|bestel|factuur|invoice|ticket|referentie|ref\b|dossier|kenmerk"
    r"|serienummer|serial|sn\b|account|bsn|iban|rekening|kvk|btw|tel|gsm|mobiel|bel\b|fax"
    r"|postcode|kenteken|lid\b|lidnummer|pas\b|pasnummer)"
)


def _after_cue(cue: str, value: str, max_gap: int = 40) -> str:
    """A regex for ``value`` following ``cue`` (a form may put it on the next line) with no
    digit or other label in between; the gap is short, so this costs nothing where no cue is."""
    gap = rf"(?:(?!{_OTHER_LABEL})\D){{0,{max_gap}}}?"
    return rf"(?<!\w){cue}{gap}{_START}(?P<value>{value}){_END}"


class NlPassportRecognizer(DutchRecognizer):
    """Dutch passport / identity-card numbers (and Belgian passport numbers) after a cue."""

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:paspoort|passport|reisdocument|id[\s\-]*kaart|id[\s\-]*bewijs|identiteitskaart"
        r"|identiteitsbewijs|identity\s+card|id\s+card|documentnummer|document\s*nummer"
        r"|document\s+number|legitimatie)"
    )
    PATTERNS = [
        # NL: 2 letters, 6 letters/digits, 1 digit; BE passport: 2 letters + 6 digits
        Pattern("passport_after_cue", _after_cue(_CUE, r"[A-Z]{2}[A-Z0-9]{6}\d|[A-Z]{2}\d{6}"), 0.3)
    ]
    CONTEXT = ("paspoort", "passport", "reisdocument", "id kaart", "id bewijs", "identiteit",
               "identity card", "id card", "document", "legitimatie")  # fmt: skip
    CONTEXT_REQUIRED = True

    _DIGIT = re.compile(r"\d")

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum checks the Dutch shape (no letter O); two digits at least rule out words."""
        if len(self._DIGIT.findall(pattern_text)) < 2:
            return False
        if len(pattern_text) == 9:
            return identiteitskaartnummer.is_valid(pattern_text)
        return None


class ForeignPassportRecognizer(DutchRecognizer):
    """Passport and residence-permit numbers of other countries after a document cue.

    Customers from abroad quote their own passports (UK and US: nine digits; Germany, France:
    letters and digits). There is no checksum to lean on, so only the passport cue right before
    the number admits it, and the number must be mostly digits, unlike a word or a code.
    """

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:paspoort|passport|reisdocument|travel\s+document|verblijfs(?:vergunning|document|pas)"
        r"|residence\s+(?:permit|card)|nummer\s+van\s+(?:het|de|uw|je|mijn)\s+document)"
    )
    PATTERNS = [
        Pattern(
            "foreign_passport_after_cue",
            _after_cue(_CUE, r"(?=(?:[A-Z]*\d){6})[A-Z0-9]{8,10}", max_gap=25),
            0.3,
        )
    ]
    CONTEXT = ("paspoort", "passport", "reisdocument", "travel document", "verblijfs",
               "residence permit", "residence card", "document")  # fmt: skip
    CONTEXT_REQUIRED = True


class NlDrivingLicenceRecognizer(DutchRecognizer):
    """Dutch (and Belgian) driving-licence numbers: ten digits right after a licence cue."""

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:rijbewijs|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|permis\s+de\s+conduire"
        r"|f(?:ü|ue)hrerschein)"
    )
    #: a leading 0 would be a phone number (0612345678)
    PATTERNS = [Pattern("licence_after_cue", _after_cue(_CUE, r"[1-9]\d{9}"), 0.3)]
    CONTEXT = ("rijbewijs", "driving licence", "driving license", "driver's license",
               "drivers license", "permis de conduire", "führerschein")  # fmt: skip
    CONTEXT_REQUIRED = True


class BeNationalNumberRecognizer(DutchRecognizer):
    """Belgian rijksregisternummer / INSZ (and BIS number): birth date, serial, mod-97 check."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [
        # 85.08.13-762.10, 850813 762 10, 85 08 13 762 10, 85081376210
        Pattern(
            "be_nn",
            rf"{_START}\d{{2}}([. ]?)\d{{2}}\1\d{{2}}[\-. ]?\d{{3}}[\-. ]?\d{{2}}{_END}",
            0.5,
        ),
    ]
    CONTEXT = ("rijksregister", "insz", "nationaal nummer", "nationaalnummer", "numéro national",
               "national number", "identificatienummer", "bis-nummer", "bisnummer",
               "registre national", "ssin")  # fmt: skip
    NEGATIVE_CONTEXT = BUSINESS_NUMBER_CUES

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum checks the birth date and the mod-97 digits (born before or since 2000)."""
        return nn.is_valid(pattern_text) or bis.is_valid(pattern_text)


class BeEidCardRecognizer(DutchRecognizer):
    """Belgian eID card numbers (``511-4492472-50``): the last two digits are the first ten
    mod 97. Printed with dashes the shape is distinctive; twelve bare digits need a cue."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [
        Pattern("be_eid_grouped", rf"{_START}\d{{3}}([\- ])\d{{7}}\1\d{{2}}{_END}", 0.5),
        Pattern("be_eid_plain", rf"{_START}\d{{12}}{_END}", 0.1),
    ]
    CONTEXT = ("identiteitskaart", "eid", "e-id", "id kaart", "kaartnummer", "identity card",
               "id card", "carte d'identité", "elektronische identiteitskaart")  # fmt: skip
    NEGATIVE_CONTEXT = BUSINESS_NUMBER_CUES

    _GROUPED = re.compile(r"[\- ]")

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum's eID check: the first ten digits mod 97 (97 for zero) are the last two."""
        return eid.is_valid(pattern_text)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Twelve bare digits (an OGM payment reference has the same check) need a cue."""
        if self._GROUPED.search(text, start, end):
            return True
        return self.find_cue(text, start, end) is not None
