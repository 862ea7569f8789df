"""Identity documents: Dutch passport / ID-card and driving-licence numbers, Belgian
rijksregisternummer and eID card number. One class per kind, all reporting ``ID_DOCUMENT``.

The Dutch document numbers have no public check digit, so they are only taken right after a
cue word ("paspoortnummer is NVK7R2TM4", "rijbewijs 4719038265"): the pattern starts at the cue
and takes the first candidate after it, unless another label ("klantnummer", "tel")
comes in between. The Belgian numbers carry a mod-97 check (``stdnum.be.nn`` / ``bis`` /
``eid``), so their printed shapes stand on their own.

Numbers also stand in file names and paths ("paspoort_<nummer>.pdf", "rijbewijs_<nummer>_
voorkant.jpg"): an underscore joins them to the name but is a boundary here. And a number may
come a sentence or two after its cue ("mijn paspoort is gestolen. Het nummer was …", two
numbers in a chat answer): the *NearCue* recognizers take the Dutch document shapes within 200
characters after a cue, unless a label of another number (``id_document_cues.txt``) comes
right before. German documents (their letter set) and Spanish DNI/NIE (stdnum check letter)
are taken after a cue, as are French passports ("passeport"), residence documents ("verblijfsdoc.",
"titre de séjour"), foreign identity cards (digits after "ID-kaart", never a BSN) and Belgian
residence cards ("B 1234567 89"). A cue may start after an underscore in a file name; a chat
speaker's tag ("Klant: …") is no label; the Belgian passport shape (two letters, six digits)
needs a passport cue, not "documentnummer"; a number found after its cue is found where it
recurs. The MRZ has its own recognizer (mrz.py).
"""

from __future__ import annotations

import re as std_re
from pathlib import Path

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from stdnum.be import bis, eid, nn
from stdnum.es import dni, nie
from stdnum.it import codicefiscale
from stdnum.nl import bsn, identiteitskaartnummer
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.tr import tckimlik

from pipelines.recognizers._numbers import BUSINESS_NUMBER_CUES
from pipelines.recognizers.base import DutchRecognizer, cue_regex

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _cue_words() -> dict[str, tuple[str, ...]]:
    """The words of ``id_document_cues.txt`` by kind (passport, licence, label)."""
    kinds: dict[str, list[str]] = {}
    for line in (DATA_DIR / "id_document_cues.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, word = line.strip().split(None, 1)
            kinds.setdefault(kind, []).append(word.lower())
    return {kind: tuple(words) for kind, words in kinds.items()}


CUE_WORDS = _cue_words()
_LABEL = std_re.compile(
    r"(?<![a-z])(?:"
    + "|".join(std_re.escape(w).replace(r"\ ", r"[\s\-_]*") for w in CUE_WORDS["label"])
    + ")"
)

#: a number stands alone: no letter or digit glued to it, but an underscore may join it to a
#: file name ("paspoort_<nummer>.pdf", "idkaart_<nummer>_voorkant.jpg")
_START = r"(?<![^\W_])(?<![\-/.,])"
_END = r"(?![^\W_])(?![\-/]|[.,]\d)"
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
    return rf"(?<![^\W_]){cue}{gap}{_START}(?P<value>{value}){_END}"


class _CueGatedRecognizer(DutchRecognizer):
    """A recognizer that needs a cue, and first checks with plain substring tests (the longest
    word of each cue, lowercase) whether the text can hold one: most texts name no document,
    and ``str.__contains__`` rules them out far faster than the cue regex."""

    CONTEXT_REQUIRED = True

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._cues = cue_regex(self.CONTEXT, underscore_starts=True)  # "scan_paspoort_…"
        self._pieces = tuple(
            {max(cue.lower().replace("-", " ").split(), key=len) for cue in self.CONTEXT}
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """No cue's longest word in the text: nothing to find; else the usual analysis."""
        low = text.lower()
        if len(low) == len(text) and not any(piece in low for piece in self._pieces):
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return _with_recurrences(text, results) if results else results


def _with_recurrences(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """A document number found after its cue is one wherever it recurs in the message ("Het
    documentnummer is dus …" after a file name with the number): its other occurrences as a
    whole token, with the same score."""
    extra: list[RecognizerResult] = []
    for result in results:
        value = text[result.start : result.end]
        pos = text.find(value)
        while pos >= 0:
            end = pos + len(value)
            whole = not text[pos - 1 : pos].isalnum() and not text[end : end + 1].isalnum()
            if whole and not any(r.start < end and pos < r.end for r in results + extra):
                extra.append(
                    RecognizerResult(
                        result.entity_type,
                        pos,
                        end,
                        result.score,
                        result.analysis_explanation,
                        dict(result.recognition_metadata or {}),
                    )
                )
            pos = text.find(value, end)
    return results + extra


class NlPassportRecognizer(_CueGatedRecognizer):
    """Dutch passport / identity-card numbers (and Belgian passport numbers) after a cue."""

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:paspoort|passport|reisdocument|id[\s\-]*kaart|id[\s\-]*bewijs|identiteitskaart"
        r"|identiteitsbewijs|identity\s+card|id\s+card|documentnummer|document\s*nummer"
        r"|document\s+number|legitimatie|pasp\.?\s*nr\.?)"
    )
    #: cues that name a passport itself, not any document ("creditnota, documentnummer …")
    _PASSPORT_CUE = r"(?:paspoort|passport|passeport|reisdocument)"
    PATTERNS = [
        # NL: 2 letters, 6 letters/digits, 1 digit (stdnum checks the shape)
        Pattern("passport_after_cue", _after_cue(_CUE, r"[A-Z]{2}[A-Z0-9]{6}\d"), 0.3),
        # BE passport (and Moroccan CIN): 2 letters + 6 digits, no check: a passport cue only
        Pattern(
            "be_passport_after_cue",
            _after_cue(rf"(?:{_PASSPORT_CUE}|(?-i:CIN)\b)", r"[A-Z]{2}\d{6}"),
            0.3,
        ),
    ]
    CONTEXT = ("paspoort", "passport", "passeport", "reisdocument", "id kaart", "id bewijs",
               "identiteit", "identity card", "id card", "document", "legitimatie",
               "cin", "pasp.")  # fmt: skip
    CONTEXT_REQUIRED = True

    _DIGIT = re.compile(r"\d")

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum checks the Dutch shape (no letter O); two digits at least rule out words."""
        if len(self._DIGIT.findall(pattern_text)) < 2:
            return False
        if len(pattern_text) == 9:
            return identiteitskaartnummer.is_valid(pattern_text)
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """A number joined to a file name by "_" or "-" is in capitals ("paspoort_scan12345"
        is a scan's name, not a document number)."""
        glued = text[start - 1 : start] in "_-" or text[end : end + 1] == "_"
        return not (glued and not text[start:end].isupper())


#: a chat line's speaker tag ("Klant:", "[10:03] Medewerker Ilse:") at a line start
#: any chat line's speaker, named or by role, with a time stamp before it: "[09:16] Jolien
#: (Reisbureau):", "Klant:", "14:02 - Sanne de Wit:"
_ANY_SPEAKER = std_re.compile(
    r"^[ \t]*(?:\[[\d:\-/ ,.]{4,20}\][ \t]*|[\d:\-/ ,.]{4,20}[ \t]+-[ \t]+)?"
    r"([^\W\d_][\w\-' ]{0,30}?(?:[ \t]*\([^)\n]{1,30}\))?)[ \t]*:(?=[ \t])",
    std_re.MULTILINE,
)
_SPEAKER_TAG = std_re.compile(
    r"^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?("
    + "|".join(map(std_re.escape, CUE_WORDS["speaker"]))
    + r")(?:[ \t]+[^\W\d_][\w\-]*){0,2}[ \t]*:",  # "Medewerker Ilse:"
    std_re.IGNORECASE | std_re.MULTILINE,
)


def _labelled(text: str, start: int) -> bool:
    """Whether a label of another number ("boeking", "aanvraagnummer") is among the three
    words before ``start``, in its clause; a chat speaker's tag ("Klant: …" in a transcript
    with another speaker) is no label."""
    clause = std_re.split(r"[,;.!?\n]\s", text[max(0, start - 40) : start])[-1]
    if not any(_LABEL.match(word) for word in clause.lower().split()[-3:]):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    tag = _SPEAKER_TAG.match(text, line_start)
    if tag is None or text[tag.end() : start].strip():
        return True  # no tag, or words between the tag and the number that may label it
    speakers = {m.group(1).lower() for m in _ANY_SPEAKER.finditer(text)}
    return len(speakers) < 2


class NlPassportNearCueRecognizer(_CueGatedRecognizer):
    """A Dutch passport / ID-card number a few sentences after a document cue.

    The number in its Dutch shape (stdnum: two letters, six letters or digits, a digit, no
    letter O; in capitals) stands within 200 characters after "paspoort", "ID-kaart",
    "documentnummer": "mijn paspoort is gestolen. Het nummer was …", the second of two
    ("oud nummer …, nieuw nummer …"), numbers given in a chat after the question. A label of
    another number just before it ("boeking", "aanvraagnummer") rules it out.
    """

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [
        Pattern(
            "passport_near_cue",
            rf"{_START}(?-i:(?=(?:[A-Z]*\d){{2}})(?=\d*[A-Z]\d*[A-Z])[A-Z]{{2}}[A-Z0-9]{{6}}\d){_END}",
            0.3,
        ),
        # a Belgian passport: two letters and six digits, without a check, so only after a
        # passport word ("heeft nummer EM…, het vorige was EL…")
        Pattern("be_passport_near_cue", rf"{_START}(?-i:[A-Z]{{2}}\d{{6}}){_END}", 0.3),
    ]
    CONTEXT = CUE_WORDS["passport"]
    CONTEXT_REQUIRED = True
    CONTEXT_BEFORE = 200
    CONTEXT_AFTER = 0

    #: a passport named as such, for the Belgian shape, which has no check of its own
    _PASSPORT_WORD = std_re.compile(r"(?i)(?<![^\W\d_])(?:paspoort|passport|passeport)")

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum checks the Dutch shape (no letter O); the Belgian one has no check."""
        if len(pattern_text) == 8:
            return None
        return identiteitskaartnummer.is_valid(pattern_text)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not when a label of another number comes right before it; the Belgian shape only
        within 200 characters after a passport word."""
        if end - start == 8 and not self._PASSPORT_WORD.search(text, max(0, start - 200), start):
            return False
        return not _labelled(text, start)


class NlDrivingLicenceNearCueRecognizer(_CueGatedRecognizer):
    """A Dutch or Belgian driving-licence number (ten digits) a sentence or two after
    "rijbewijs": "mijn rijbewijs verloopt. … het nieuwe nummer is …"."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [
        Pattern("licence_near_cue", rf"{_START}(?<!\d[ \t])[1-9]\d{{9}}(?![ \t]\d){_END}", 0.3)
    ]
    CONTEXT = CUE_WORDS["licence"]
    CONTEXT_REQUIRED = True
    CONTEXT_BEFORE = 200
    CONTEXT_AFTER = 0

    def accept(self, text: str, start: int, end: int) -> bool:
        """Not when a label of another number comes right before it."""
        return not _labelled(text, start)


class EsDniRecognizer(_CueGatedRecognizer):
    """Spanish DNI (eight digits and a check letter) and NIE (X/Y/Z, seven digits, a check
    letter) after a cue; stdnum checks the letter."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [Pattern("es_dni", rf"{_START}(?-i:\d{{8}}[A-Z]|[XYZ]\d{{7}}[A-Z]){_END}", 0.3)]
    CONTEXT = (
        "dni",
        "n.i.e",
        "documento nacional",
        "extranjero",
        "spaans",
        "spanish",
        "paspoort",
        "passport",
        "identiteitskaart",
        "identity card",
        "id card",
        "id-kaart",
    )
    CONTEXT_REQUIRED = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """The check letter (mod 23)."""
        return dni.is_valid(pattern_text) or nie.is_valid(pattern_text)


class ForeignPassportRecognizer(_CueGatedRecognizer):
    """Passport and residence-permit numbers of other countries after a document cue.

    Customers from abroad quote their own passports (UK and US: nine digits; Germany, France:
    letters and digits). There is no checksum to lean on, so only the passport cue right before
    the number admits it, and the number must be mostly digits, unlike a word or a code.
    """

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:paspoort|passport|passeport|reisdocument|travel\s+document"
        r"|verblijfs(?:vergunning|doc(?:ument)?|pas|kaart|titel)|titre\s+de\s+s[ée]jour"
        r"|carte\s+de\s+s[ée]jour|residence\s+(?:permit|card)"
        r"|nummer\s+van\s+(?:het|de|uw|je|mijn)\s+document|personalausweis|reisepass|ausweis"
        # the passport in Italian, Spanish, Portuguese, Polish and Turkish
        r"|passaporto|pasaporte|passaporte|paszport|pasaport"
        # Ukrainian and Russian in Latin letters
        r"|pasport|zakordonnyi\s+pasport)"
    )
    PATTERNS = [
        Pattern(
            "foreign_passport_after_cue",
            _after_cue(_CUE, r"(?=(?:[A-Z]*\d){6})[A-Z0-9]{8,10}", max_gap=25),
            0.3,
        ),
        # German passport and identity card: nine of C F G H J K L M N P R T V W X Y Z and
        # digits (no vowels, no B D Q S), at least two digits and two letters
        Pattern(
            "de_document_after_cue",
            _after_cue(
                _CUE,
                r"(?-i:(?=(?:[A-Z]*\d){2})(?=\d*[A-Z]\d*[A-Z])[CFGHJKLMNPRTVWXYZ0-9]{9})",
                max_gap=25,
            ),
            0.3,
        ),
    ]
    CONTEXT = ("paspoort", "passport", "passeport", "reisdocument", "travel document",
               "verblijfs", "titre de séjour", "carte de séjour", "residence permit",
               "residence card", "document", "personalausweis", "reisepass",
               "ausweis", "passaporto", "pasaporte", "passaporte", "paszport",
               "pasaport", "pasport")  # fmt: skip
    CONTEXT_REQUIRED = True


class ForeignIdCardRecognizer(_CueGatedRecognizer):
    """Identity-card numbers of other countries after an identity-card cue.

    Ukrainian, Polish, Turkish and other national cards carry numbers of eight to ten
    characters, mostly digits ("ID-kaart (…) № <nummer>"). A Dutch card's number has the
    passport shape (NlPassportRecognizer); nine digits that pass the BSN 11-test are a BSN, and
    ten digits with a leading 0 a phone number, so neither is taken here.
    """

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:id[\s\-]*kaart|identiteitskaart|identity\s+card|id\s+card"
        r"|carte\s+d['’]identit[ée]|dow[óo]d(?:\s+osobisty)?|kimlik(?:\s+kart[ıi])?"
        # Italian, Spanish, Portuguese and Romanian cards
        r"|carta\s+d['’]identit[àa]|documento\s+nacional\s+de\s+identidad|\bdni\b|c[ée]dula"
        r"|cart[ãa]o\s+de\s+cidad[ãa]o|carte\s+de\s+identitate)"
    )
    PATTERNS = [
        Pattern(
            "foreign_id_card_after_cue",
            # eight to ten characters, at least five digits ("CA48213TR" on an Italian card)
            _after_cue(_CUE, r"(?=(?:[A-Z]*\d){5})[A-Z0-9]{8,10}", max_gap=25),
            0.3,
        ),
        Pattern(
            # nine capitals and digits, two of each at least (the French card since 2021)
            "nine_character_card_after_cue",
            _after_cue(
                _CUE, r"(?-i:(?=(?:[A-Z]*\d){2})(?=\d*[A-Z]\d*[A-Z])[A-Z0-9]{9})", max_gap=25
            ),
            0.3,
        ),
    ]
    CONTEXT = ("id kaart", "idkaart", "identiteitskaart", "identity card", "id card",
               "carte d'identité", "dowód", "dowod", "kimlik", "carta d'identità", "dni",
               "cédula", "cartão de cidadão", "carte de identitate")  # fmt: skip

    def validate_result(self, pattern_text: str) -> bool | None:
        """Not a BSN (11-test) nor a phone number (ten digits from 0)."""
        if pattern_text.isdigit():
            if len(pattern_text) == 9 and bsn.is_valid(pattern_text):
                return False
            if len(pattern_text) == 10 and pattern_text.startswith("0"):
                return False
        return None


class BeResidenceCardRecognizer(_CueGatedRecognizer):
    """Belgian residence cards for foreigners (A-, B-, F-, F+-, E-, K-, L-kaart, EBC): "B",
    seven digits and two more ("B 1234567 89"), near a residence-card cue. No public check is
    known for the two last digits, so a cue within the window is required."""

    ENTITY = "ID_DOCUMENT"
    PATTERNS = [Pattern("be_residence_card", rf"{_START}(?-i:B)[ ]?\d{{7}}[ ]?\d{{2}}{_END}", 0.3)]
    CONTEXT = ("verblijfskaart", "vreemdelingenkaart", "verblijfstitel", "verblijfsvergunning",
               "verblijfsdocument", "f-kaart", "f+ kaart", "e-kaart", "e+ kaart", "a-kaart",
               "b-kaart", "k-kaart", "l-kaart", "ebc kaart", "titre de séjour",
               "carte de séjour", "residence card", "residence permit")  # fmt: skip
    CONTEXT_BEFORE = 80


class NlDrivingLicenceRecognizer(_CueGatedRecognizer):
    """Dutch (and Belgian) driving-licence numbers: ten digits right after a licence cue."""

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:rijbewijs|driving\s+licen[cs]e|driver'?s\s+licen[cs]e|permis\s+de\s+conduire"
        r"|f(?:ü|ue)hrerschein)"
    )
    #: a leading 0 would be a phone number (0612345678)
    PATTERNS = [
        Pattern("licence_after_cue", _after_cue(_CUE, r"[1-9]\d{9}"), 0.3),
        # in a file name, joined by hyphens or underscores: "rijbewijs-<nummer>-achterkant.png"
        Pattern(
            "licence_in_file_name",
            rf"(?<![^\W_]){_CUE}[\-_](?P<value>[1-9]\d{{9}})(?=[\-_.][\w.])",
            0.3,
        ),
    ]
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
        Pattern("be_eid_grouped", rf"{_START}\d{{3}}([\- .])\d{{7}}\1\d{{2}}{_END}", 0.5),
        Pattern("be_eid_plain", rf"{_START}\d{{12}}{_END}", 0.1),
    ]
    CONTEXT = ("identiteitskaart", "eid", "e-id", "id kaart", "kaartnummer", "identity card",
               "id card", "carte d'identité", "elektronische identiteitskaart")  # fmt: skip
    NEGATIVE_CONTEXT = BUSINESS_NUMBER_CUES

    _GROUPED = re.compile(r"[\- .]")

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._cues = cue_regex(self.CONTEXT, underscore_starts=True)  # "scan_eid_….pdf"

    def validate_result(self, pattern_text: str) -> bool | None:
        """stdnum's eID check: the first ten digits mod 97 (97 for zero) are the last two."""
        return eid.is_valid(pattern_text)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Twelve bare digits (an OGM payment reference has the same check) need a cue."""
        if self._GROUPED.search(text, start, end):
            return True
        return self.find_cue(text, start, end) is not None


class ForeignNationalNumberRecognizer(_CueGatedRecognizer):
    """National identification numbers of other countries, after their own name and checked
    by python-stdnum: the Polish PESEL, the Turkish T.C. kimlik no, the Romanian CNP and the
    Italian codice fiscale. An employer or landlord asks for them as a Dutch one asks a BSN."""

    ENTITY = "ID_DOCUMENT"
    _CUE = (
        r"(?:pesel|kimlik(?:\s+(?:no|numaras[ıi]))?|t\.?\s?c\.?\s+kimlik|\bcnp\b"
        r"|codice\s+fiscale)"
    )
    PATTERNS = [
        Pattern("national_number_after_cue", _after_cue(_CUE, r"\d{11}|\d{13}", max_gap=25), 0.3),
        Pattern(
            "codice_fiscale_after_cue",
            _after_cue(_CUE, r"(?-i:[A-Z]{6}\d{2}[A-Z]\d{2}[A-Z]\d{3}[A-Z])", max_gap=25),
            0.3,
        ),
    ]
    CONTEXT = ("pesel", "kimlik", "cnp", "codice fiscale")
    CONTEXT_REQUIRED = True

    def validate_result(self, pattern_text: str) -> bool | None:
        """The number's own check digits decide."""
        checks = (pesel.is_valid, tckimlik.is_valid, cnp.is_valid, codicefiscale.is_valid)
        return any(check(pattern_text) for check in checks)
