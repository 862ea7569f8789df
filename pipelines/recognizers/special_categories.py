"""Special categories of personal data (GDPR art. 9 and 10): health, and the rest.

``HEALTH``: illnesses, conditions, disabilities, pregnancy, operations, medication, aids, care.
``SPECIAL``: religion, ethnic origin, sexual orientation, political opinion or party
membership, trade-union membership, criminal record, biometric data (a fingerprint or face
scan that a sentence says is stored, asked for or deleted; not a device's unlock feature).

The vocabulary lives in ``pipelines/data/special_categories/*.txt`` (one item a line, with
source and licence in each header). Health terms generalise by morphology: a compound whose
head makes it a condition or treatment ("koemelkallergie", "carpaletunnelsyndroom",
"oefentherapie", "bronchitis", "bloeddrukverlagers"; ``health_suffixes.txt``, with the
look-alikes in ``health_suffix_exceptions.txt``), and by context: what a person's sick leave
or illness is for ("ziek met een zware verkoudheid", "ziekteverlof wegens een hernia"), and
what a test found ("positief getest op kinkhoest").
Special categories are found by what they are: a denomination or group a person is said to
be ("Ravi is hindoe", "omdat we Sinti zijn"), a religious observance with its verb ("houdt
de sabbat"), membership of a party, union or congregation, a conviction or record however
phrased ("een veroordeling voor heling", "in voorlopige hechtenis gezeten").

A term alone is not enough: "de server is ziek", "de printer is dood", "het systeem is
depressief traag" are about machines, and a pet's condition is nobody's personal data. So a
term is kept only when a person is the nearest subject before it in its clause ("mijn zoon
heeft autisme", "Klant is slechthorend") and no machine word stands closer; words that are
mostly metaphors in support messages ("ziek", "dood", "virus") are not in the lists at all.
Membership phrases ("lid van de CNV", "ACOD-afgevaardigde", "kandidaat-gemeenteraadslid voor
de SP") are about a person by themselves; "X is <religion>" is, unless X is a machine.
The span is the condition or membership phrase with its qualifier, not the sentence. Every
pattern is tried only where a cheap ``re`` scan finds its first word or its head.
"""

from __future__ import annotations

import heapq
import re as std_re
from collections.abc import Callable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.nationalities import NAT_NOUN
from pipelines.recognizers._scan import (
    CandidateScan,
    lowered,
    lowered_starts,
    starts_of,
    trie_regex,
)
from pipelines.recognizers.base import DutchRecognizer

# --- term lists (data files: pipelines/data/special_categories/<name>.txt) ---------------
DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "special_categories"


def load_terms(name: str) -> tuple[str, ...]:
    """The items of ``<name>.txt``: one a line, ``#`` comments and blank lines skipped."""
    lines = (DATA_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    items = (line.strip() for line in lines)
    return tuple(dict.fromkeys(i for i in items if i and not i.startswith("#")))


def _with_plurals(terms: tuple[str, ...]) -> tuple[str, ...]:
    """``terms`` and the regular plurals of their one-word items ("glucosesensoren",
    "katheters"): aids are ordered and returned by the piece. An irregular plural
    ("wandelstokken") needs its own line; a made-up form matches nothing."""
    plurals = tuple(
        term + ending
        for term in terms
        if term.isalpha() and not term.endswith(("en", "s"))
        for ending in ("en", "s")
    )
    return terms + plurals


#: conditions that are medical in any sentence (Dutch and English)
HEALTH_TERMS = tuple(
    dict.fromkeys(
        load_terms("health_terms")
        # symptoms and attacks, aids and care supplies, medical examinations, brand medicines
        + load_terms("symptoms")
        + _with_plurals(load_terms("aids"))
        + _with_plurals(load_terms("aids_more"))
        # how people say it in their own words: "slaap nauwelijks", "piep in mijn oor"
        + load_terms("symptoms_lay")
        + load_terms("examinations")
        + load_terms("medicine_brands")
        # conditions by specialty, treatments and care, generic medicines in Dutch spelling
        + load_terms("conditions")
        + load_terms("treatments")
        + load_terms("medicine_generics")
        + load_terms("health_short_terms")
    )
)
#: medical words that take a body part in front ("borstamputatie", "oorontsteking"); only the
#: compound counts: a bare "ontsteking" may be a car's ignition
MEDICAL_HEADS = load_terms("medical_heads")
#: body parts and procedures that form a compound with -operatie ("rugoperatie")
OPERATION_PREFIXES = load_terms("operation_prefixes")
BODY_PARTS = load_terms("body_parts")
#: qualifiers kept with the term: "zware knieoperatie", "ernstige depressie"
HEALTH_QUALIFIERS = load_terms("health_qualifiers")
#: compound heads and suffixes that make a word a health term ("koemelkallergie", "bronchitis")
HEALTH_SUFFIXES = load_terms("health_suffixes")
#: words that end in such a suffix and are no health data ("glucose", "kinderziektes")
_SUFFIX_EXCEPTIONS = load_terms("health_suffix_exceptions")
HEALTH_SUFFIX_EXCEPTIONS = frozenset(t for t in _SUFFIX_EXCEPTIONS if not t.startswith("-"))
#: endings that make such a word no health term ("purpose", "overdose", "cellulose")
HEALTH_SUFFIX_EXCEPTION_ENDINGS = tuple(t[1:] for t in _SUFFIX_EXCEPTIONS if t.startswith("-"))
#: words glued after a health term that keep it one ("diabetescontrole", "ivf-traject")
HEALTH_COMPOUND_TAILS = load_terms("health_compound_tails")
RELIGION_TERMS = load_terms("religion")
#: sexual orientation and gender identity
ORIENTATION_TERMS = load_terms("orientation")
POLITICAL_VIEW_TERMS = load_terms("political_views")
#: ethnic and cultural groups ("omdat we Sinti zijn")
ETHNIC_GROUPS = load_terms("ethnic_groups")
#: religious practice that says a person's religion ("vast tijdens de ramadan", "bidt")
RELIGIOUS_PRACTICE = load_terms("religious_practice")
#: rites that a religion's adjective makes about a person ("een islamitische begrafenis")
RELIGIOUS_RITES = load_terms("religious_rites")
#: political parties in the Netherlands and Belgium (written as people write them)
PARTIES = load_terms("parties")
#: trade unions in the Netherlands and Belgium
UNIONS = load_terms("unions")
#: criminal record (art. 10)
CRIMINAL_TERMS = load_terms("criminal")
#: genetic data of a person: carrier status, mutations
GENETIC_TERMS = load_terms("genetics")
#: nouns of origin that the nationality list lacks ("Surinamer", "Indo"), for insults
ORIGIN_NOUNS = load_terms("origin_nouns")
#: what a person wears for their faith (with a verb of wearing)
RELIGIOUS_DRESS = load_terms("religious_dress")
#: heads of compounds that name an offence or its sentence: "zedenveroordeling", "geweldsdelict"
CRIMINAL_HEADS = load_terms("criminal_heads")
#: the first words of the membership patterns (besides the party and union names)
PARTY_CUE_WORDS = load_terms("party_cues")
UNION_CUE_WORDS = load_terms("union_cues")
#: a role held in a union, before its name: "kaderlid van het CNV", "consulent bij de FNV"
UNION_ROLES = load_terms("union_roles")
#: endings of generic medicine names (WHO INN stems, Dutch spelling): "-statine", "-pril"
MEDICINE_STEMS = load_terms("medicine_stems")
#: ordinary words that end in such a stem ("cholesterol")
MEDICINE_STEM_EXCEPTIONS = frozenset(load_terms("medicine_stem_exceptions"))
#: cards and passes that only a person with a disability holds ("Valys-pas", "blue badge")
DISABILITY_CARDS = load_terms("disability_cards")
#: what a medical diet leaves out or limits: "gluten" + "vrij", "natrium" + "beperkt"
DIET_SUBSTANCES = load_terms("diet_substances")
#: what a lab test or a home measurement of a person is called ("HbA1c", "bloeddruk")
LAB_MEASURES = load_terms("lab_measures")
#: labels of a form field whose items are health data ("Medicatie:", "Allergieën:")
HEALTH_FIELD_LABELS = load_terms("health_field_labels")
#: organs and body fluids that make "-onderzoek", "-scan", "-echo" a medical examination
ORGANS = load_terms("organs")
EXAM_HEADS = load_terms("exam_heads")
#: denomination adjectives before "kerk", "gemeente", "parochie" ("de hervormde gemeente")
DENOMINATIONS = load_terms("denominations")

# --- who the term is about --------------------------------------------------------------
_PERSON = re.compile(
    r"(?<![\p{L}])(?:ik|ikzelf|mij|me|mijn|m'n|mn|hij|zij|ze|haar|hem|zijn|z'n|u|uw|je|jij"
    r"|jouw|we|wij|ons|onze|klant|klante|cliënt|client|collega|medewerker|medewerkster"
    r"|werknemer|zoon|dochter|man|vrouw|echtgeno\p{L}*|partner|vader|moeder|papa|mama|pa|ma"
    r"|ouders|kind|kinderen|broer|zus|zusje|broertje|oma|opa|schoon\p{L}+|tante|oom|neef"
    r"|nicht|vriend|vriendin|buurman|buurvrouw|leerling|patiënt|patient|mevrouw|meneer|mevr"
    r"|dhr|mw|i|my|he|she|his|her|him|customer|colleague|son|daughter|wife|husband|mother"
    r"|father|employee|\p{L}*manager|zaakvoerder|eigenaar|baas|directeur|assistente?"
    r"|secretaresse|boekhouder|stagiair\p{L}*|docent|juf|leraar|lerares|technieker|monteur"
    r"|heeft|heb|hebben|lijdt|leed|suffers?|diagnosed|gediagnosticeerd|kreeg|kregen|krijgt"
    r"|krijg|gekregen"
    # a care provider advises, examines or treats a patient: "de ergotherapeut adviseert een
    # douchestoel", "de neuroloog laat een scan maken"
    r"|(?:huis|bedrijfs|kinder|oog|tand|verzekerings|controle)?arts|dokter|specialist"
    r"|\p{L}*therapeut|\p{L}*therapeute|\p{L}+oloog|psychiater|verloskundige|vroedvrouw)(?![\p{L}])"
    r"|(?m:^[ \t]*[-•*][ \t]*(?-i:\p{Lu}\p{Ll}+)[ \t]*:)"
    r"|(?-i:(?!(?:De|Het|Een|Deze|Die|Dit|Onze|Mijn|Uw|Ons|Op|In|Bij|Voor|Na|Met|Van|Als|Er"
    r"|The|This|Our|My)[ \t])\p{Lu}\p{Ll}+[ \t]+(?:(?:van|de|der|den|van de|van der|ter)[ \t]+)?"
    r"\p{Lu}\p{Ll}+)",
    re.IGNORECASE,
)
_THING = re.compile(
    r"(?<![\p{L}-])(?:server\p{L}*|printer|systeem|system|laptop|computer|pc|telefoon|gsm"
    r"|smartphone|iphone|tablet|site|website|webshop|app|applicatie|netwerk|network|router"
    r"|modem|database|schijf|ssd|hdd|software|programma|bestand|mailbox|account|machine"
    r"|apparaat|scherm|toetsenbord|muis|wifi|internet|verbinding|scanner|kassa\p{L}*|virus"
    r"|malware|bug|update|versie|plugin|script|back-?up|domein|vps|cloud|nas|switch|firewall"
    r"|batterij|accu|hosting|pakket|project|code|budget|planning|markt|bedrijf|sector)(?![\p{L}])",
    re.IGNORECASE,
)
_HEALTH_TERM_SET = frozenset(HEALTH_TERMS)


def _deletions(word: str) -> Iterator[str]:
    return (word[:i] + word[i + 1 :] for i in range(len(word)))


#: one-word terms long enough that a word one letter away is that term misspelt
_LONG_TERMS = frozenset(t for t in HEALTH_TERMS if t.isalpha() and len(t) >= 8)
#: every long term with one letter left out -> the term ("nuropathie" -> "neuropathie")
_TERM_DELETIONS: dict[str, str] = {}
for _term in sorted(_LONG_TERMS):
    for _deleted in _deletions(_term):
        _TERM_DELETIONS.setdefault(_deleted, _term)
_LONG_WORD = std_re.compile(r"(?<![^\W\d_])[^\W\d_]{7,25}(?![^\W\d_]|-\w)")


@lru_cache(maxsize=65536)
def misspelt_term(word: str) -> str | None:
    """The long health term that ``word`` (lowercase) misspells by one letter left out or added
    ("nuropathie", "hooikoors", "astmma"), or None."""
    if word in _LONG_TERMS:
        return None
    # one letter left out or one added; a changed letter is too often another word
    # ("migratie" is no "migraine")
    found = _TERM_DELETIONS.get(word)
    for deleted in _deletions(word) if found is None else ():
        if deleted in _LONG_TERMS:
            found = deleted
            break
    # an ending added or dropped is another form ("operaties"), not a slip of the pen
    if found is None or word.startswith(found) or found.startswith(word):
        return None
    return found


#: short abbreviations that are also other words: only in capitals after having or a possessive
_SHORT_TERMS = frozenset(load_terms("health_short_terms"))
#: a pet's condition is no personal data ("onze hond heeft artrose")
_ANIMAL = re.compile(
    rf"(?<![\p{{L}}-])(?:{trie_regex(load_terms('animals'))})(?![\p{{L}}])", re.IGNORECASE
)
_CLAUSE_START = re.compile(r"[.!?\n;:]|\s[-–]\s")
_METAPHOR_AFTER = re.compile(
    r"[ \t]+(?:traag|langzaam|slow|irritant|vervelend|slecht|laat|lang)(?![\p{L}])",
    re.IGNORECASE,
)
#: "sick of", "sick and tired": fed up, not ill
_FED_UP_AFTER = re.compile(r"[ \t]+(?:of|and[ \t]+tired|to[ \t]+death)(?![\p{L}])", re.IGNORECASE)
_ORG_BEFORE = re.compile(
    r"(?-i:(?:Stichting|Vereniging|Fonds|Centrum|Instituut|Federatie|Nederlandse|Vlaamse"
    r"|Partij|Huis|Museum|Kerk|School))[ \t]+$"
)


_alt = trie_regex
#: a dose after a medicine name: "20 mg", "2,5mg", "500 microgram", "10 IE"
_DOSE = (
    r"[ \t]*\d+(?:[.,]\d+)?[ \t]*(?:mg|mcg|µg|microgram|milligram|gram|ml|ie|e)"
    r"(?:[ \t]*/[ \t]*(?:dag|ml|uur))?(?![\p{L}\d])"
)
_DOSE_AFTER = re.compile(_DOSE, re.IGNORECASE)
_MEDICINE_WORD = re.compile(rf"\p{{L}}{{3,20}}(?:{trie_regex(MEDICINE_STEMS)})")
_B = r"\m(?<![@/.\-])"  # start of a word, not in a URL, e-mail or compound
_E = r"(?![\p{L}\d]|-\p{L})"  # end of a word, not the start of a compound


def _at_word_start(
    candidates: Callable[[str], Iterator[int] | None],
) -> Callable[[str], Iterator[int] | None]:
    """Only the candidates that start a word (every pattern here does); a lookbehind in the
    scan itself would cost ``re`` its fast literal search."""

    def starts(text: str) -> Iterator[int] | None:
        found = candidates(text)
        if found is None:
            return None
        return (i for i in found if i == 0 or not text[i - 1].isalpha())

    return starts


def _term_starts(
    terms: tuple[str, ...], names: tuple[str, ...] = ()
) -> Callable[[str], Iterator[int] | None]:
    """Where a pattern can start: a lowercase ``terms`` word (case-insensitive) or one of the
    case-sensitive ``names`` (parties, unions). See :class:`address.CandidateScan`."""
    lowered = _at_word_start(lowered_starts(std_re.compile(trie_regex(terms))))
    exact = starts_of(std_re.compile(trie_regex(names, fold=False))) if names else None

    def candidates(text: str) -> Iterator[int] | None:
        found = lowered(text)
        if found is None or exact is None:
            return found
        return heapq.merge(found, exact(text))

    return candidates


def _word_starts_before(
    suffixes: tuple[str, ...], whole: bool = False, at_end: bool = False
) -> Callable[[str], Iterator[int] | None]:
    """Candidates for a compound that ends in one of ``suffixes``: the start of each word in
    which a suffix occurs (found by a lowercase literal scan, then walked back). ``whole``:
    the suffix must itself start a word or follow a hyphen ("Syrisch-orthodox"); ``at_end``:
    it must end the word ("enalapril", not "aprilse")."""
    end = r"(?![^\W\d_])" if at_end else ""
    found = lowered_starts(std_re.compile(trie_regex(suffixes) + end))
    if whole:
        found = _at_word_start(found)

    def candidates(text: str) -> Iterator[int] | None:
        ends = found(text)
        if ends is None:
            return None
        return _walk_back(text, ends)

    return candidates


def _walk_back(text: str, positions: Iterator[int], digits: bool = False) -> Iterator[int]:
    """The start of the word (letters and hyphens, and digits with ``digits``: "HLA-B27")
    around each position, in order."""
    in_word = str.isalnum if digits else str.isalpha
    for pos in positions:
        start = pos
        while start > 0 and (in_word(text[start - 1]) or text[start - 1] == "-"):
            start -= 1
        yield start


_OPERATIE = std_re.compile("operatie")


def _words_with(
    found: std_re.Pattern[str], digits: bool = False
) -> Callable[[str], Iterator[int] | None]:
    """The starts of the words (letters and hyphens, and digits with ``digits``) in which
    ``found`` occurs, lowercase."""

    def candidates(text: str) -> Iterator[int] | None:
        low = lowered(text)
        if low is None:
            return None
        return _walk_back(text, (m.start() for m in found.finditer(low)), digits)

    return candidates


def _with_words_before(
    starts: Callable[[str], Iterator[int] | None], count: int
) -> Callable[[str], Iterator[int] | None]:
    """``starts`` and the starts of up to ``count`` words (letters, digits, hyphens) before
    each, in ascending order: where a pattern's optional first words may begin ("zware
    knieoperatie", "16 weken zwanger", "zat in de gevangenis")."""

    def candidates(text: str) -> Iterator[int] | None:
        found = starts(text)
        if found is None:
            return None
        positions: set[int] = set()
        for start in found:
            positions.add(start)
            pos = start
            for _ in range(count):
                while pos > 0 and text[pos - 1] in " \t":
                    pos -= 1
                if pos == 0 or not _word_char(text[pos - 1]):
                    break
                while pos > 0 and _word_char(text[pos - 1]):
                    pos -= 1
                positions.add(pos)
        return iter(sorted(positions))

    return candidates


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "-"


def _only_with(
    words: tuple[str, ...], starts: Callable[[str], Iterator[int] | None]
) -> Callable[[str], Iterator[int] | None]:
    """``starts``, but only in a text that holds one of ``words`` somewhere (lowercase): a
    cheap test first where the pattern's own first words are many ("een katholieke uitvaart":
    no rite word, no need to look for the 90 religions)."""
    gate = std_re.compile(trie_regex(words))

    def candidates(text: str) -> Iterator[int] | None:
        return starts(text) if gate.search(text.lower()) else iter(())

    return candidates


_PREGNANT = std_re.compile("zwanger|pregnant")
#: how far along: "16 weken", "vijf maanden", "two months" (before "zwanger"/"pregnant")
_DURATION = (
    r"(?:\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|ruim|bijna|one|two|three|four"
    r"|five|six|seven|eight|nine)[ \t]+(?:weken|week|maanden|maand|weeks|months)[ \t]+"
)


_WORD_BEFORE = re.compile(r"([\p{L}\d'-]+)[ \t-]*$")


def _health_device(clause: str, pos: int) -> bool:
    """A machine word named by its health use is an aid, not the subject: "a CPAP machine",
    "het zuurstofapparaat" is one word, "de insuline pomp"."""
    before = _WORD_BEFORE.search(clause, max(0, pos - 30), pos)
    word = before.group(1).lower() if before else ""
    return len(word) > 3 and word in _HEALTH_TERM_SET


class _PersonTermRecognizer(DutchRecognizer):
    """Term patterns kept only when a person, not a machine, is what the clause is about."""

    #: patterns that describe a person by themselves (memberships) and need no person cue
    SELF_EVIDENT: ClassVar[frozenset[str]] = frozenset()
    #: patterns whose own verb names a subject: kept unless a machine is the subject
    DESCRIBES: ClassVar[frozenset[str]] = frozenset()
    #: pattern name -> where it can start (its first words), to skip the rest of the text
    STARTS: ClassVar[dict[str, Callable[[str], Iterator[int] | None]]] = {}

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [
            (p, CandidateScan(c, self.STARTS[p.name]) if p.name in self.STARTS else c)
            for p, c in self._compiled
        ]
        self._self_evident_res = [c for p, c in self._compiled if p.name in self.SELF_EVIDENT]
        self._describes_res = [c for p, c in self._compiled if p.name in self.DESCRIBES]

    @staticmethod
    def _clause_before(text: str, start: int) -> str:
        """The clause up to ``start`` (at most 120 characters back)."""
        before = text[max(0, start - 120) : start]
        clause_starts = list(_CLAUSE_START.finditer(before))
        return before[clause_starts[-1].end() :] if clause_starts else before

    def accept(self, text: str, start: int, end: int) -> bool:
        """Keep the term when the nearest subject before it is a person, not a machine."""
        if _ORG_BEFORE.search(text[max(0, start - 20) : start]):
            return False
        if _METAPHOR_AFTER.match(text, end):
            return False
        if any(c.fullmatch(text, start, end) for c in self._self_evident_res):
            return True
        if any(c.fullmatch(text, start, end) for c in self._describes_res):
            thing = max(
                (m.end() for m in _THING.finditer(self._clause_before(text, start))), default=-1
            )
            person = max(
                (m.end() for m in _PERSON.finditer(self._clause_before(text, start))), default=-1
            )
            return thing < 0 or person > thing
        clause = self._clause_before(text, start)
        last_person = max((m.end() for m in _PERSON.finditer(clause)), default=-1)
        last_thing = max(
            (m.end() for m in _THING.finditer(clause) if not _health_device(clause, m.start())),
            default=-1,
        )
        if last_thing > last_person:
            return False
        if last_person >= 0:
            return True
        # no subject in the clause: a person in the sentence or just around it will do
        around = text[max(0, start - 60) : start] + " " + text[end : end + 40]
        return bool(_PERSON.search(around)) and not _THING.search(text[end : end + 25])


_DIAGNOSIS_WORDS = ("diagnose", "diagnosis", "gediagnosticeerd", "gediagnostiseerd", "diagnosed")
#: words that end a diagnosis named after "gediagnosticeerd met"
_DIAGNOSIS_STOP = (
    r"(?:en|maar|bij|in|op|sinds|door|omdat|of|dus|want|die|dat|is|was|en|na|toen|vorig|vorige"
    r"|afgelopen|and|but|in|at|since|last|when|by|van|from|of)(?![\p{L}\d'-])"
)
#: a health field that says there is nothing: "Allergieën: geen", "Medicatie: n.v.t."
_FIELD_EMPTY = r"(?i:geen|n\.?v\.?t|nvt|none|n/a|onbekend|nee|-)(?![\p{L}])"
_BLOOD_PRESSURE_WORD = std_re.compile(r"bloeddruk|blood pressure|tensie")
_BP_READING = std_re.compile(r"(?<![\d/.,-])\d{2,3}[ \t]*/[ \t]*\d{2,3}(?![\d/]|[.,]\d)")
_FIELD_LINE = std_re.compile(
    r"^[ \t]*(?:[-*•][ \t]*)?(?:" + "|".join(HEALTH_FIELD_LABELS) + r")[ \t]*:[ \t]*(.*)$",
    std_re.IGNORECASE | std_re.MULTILINE,
)
_FIELD_ITEM = std_re.compile(r"[^,;\s][^,;\n]*")


def _blood_pressure_starts(text: str) -> Iterator[int]:
    """Readings like "135/85" in a message that speaks of blood pressure somewhere before."""
    low = lowered(text)
    if low is None or not ("bloeddruk" in low or "blood pressure" in low or "tensie" in low):
        return iter(())
    word = _BLOOD_PRESSURE_WORD.search(low)
    if word is None:
        return iter(())
    return (
        m.start() for m in _BP_READING.finditer(text, word.end()) if m.start() - word.end() < 300
    )


def _walk_past(
    starts: Callable[[str], Iterator[int] | None],
) -> Callable[[str], Iterator[int] | None]:
    """Where a lookbehind pattern's value may start: after its cue word and up to three more
    words ("diagnose ADD", "gediagnosticeerd met een ...")."""

    def candidates(text: str) -> Iterator[int] | None:
        found = starts(text)
        if found is None:
            return None
        positions: list[int] = []
        for start in found:
            pos = start
            for _ in range(4):
                while pos < len(text) and _word_char(text[pos]):
                    pos += 1
                while pos < len(text) and text[pos] in " \t":
                    pos += 1
                if pos >= len(text) or not _word_char(text[pos]):
                    break
                positions.append(pos)
        return iter(sorted(set(positions)))

    return candidates


def _health_field_items(text: str) -> Iterator[int]:
    """The start of every item on a health field's line ("Medicatie: a, b")."""
    if ":" not in text:
        return iter(())
    starts = [
        line.start(1) + item.start()
        for line in _FIELD_LINE.finditer(text)
        for item in _FIELD_ITEM.finditer(line.group(1))
    ]
    return iter(starts)


class HealthRecognizer(_PersonTermRecognizer):
    """Finds health data about a person: conditions, disabilities, operations, pregnancy."""

    ENTITY = "HEALTH"
    FLAGS = re.IGNORECASE | re.MULTILINE
    #: a lab value with its number is always a person's (an animal's is excepted in accept)
    SELF_EVIDENT = frozenset({"lab_value"})
    STARTS = {
        "health_term": _term_starts(
            ("ziekte", "syndroom", "type", *HEALTH_QUALIFIERS, *HEALTH_TERMS)
        ),
        "broken_body_part": _term_starts(
            (
                *("gebroken", "gekneusde", "verstuikte", "broken", "fractured", "bekken"),
                *("gezwollen", "opgezwollen", "ontstoken", "zere", "stijve", "dikke", "swollen"),
                *BODY_PARTS,
            )
        ),
        "health_compound": _word_starts_before(HEALTH_SUFFIXES),
        "allergic_to": _term_starts(("allergisch", "allergic")),
        "health_context": _term_starts(("ziek", "arbeidsongeschikt", "sick", "off")),
        "operation": _with_words_before(_words_with(_OPERATIE), 1),
        "medical_compound": _word_starts_before(MEDICAL_HEADS),
        "medicine": _word_starts_before(MEDICINE_STEMS, at_end=True),
        "examination": _word_starts_before(EXAM_HEADS, at_end=True),
        "pregnancy": _with_words_before(_words_with(_PREGNANT), 2),
        "disability_card": _term_starts(("gehandicapten", "invaliden", *DISABILITY_CARDS)),
        "treatment": _with_words_before(
            _term_starts(("therapie", "behandeling", "begeleiding", "controle")), 1
        ),
        "hospital_stay": _term_starts(
            ("opgenomen", "opname", "gedwongen", "vrijwillig", "onvrijwillig")
        ),
        "test_result": _term_starts(("positief", "negatief", "tested")),
        "childbirth": _term_starts(
            (
                "net",
                "pas",
                "onlangs",
                "vorige",
                "gisteren",
                "dagen",
                "weken",
                "maanden",
                *[str(n) for n in range(1, 13)],
                "een",
                "twee",
                "drie",
                "vier",
                "vijf",
                "zes",
                "zeven",
                "acht",
                "negen",
                "tien",
                "elf",
                "twaalf",
            )
        ),
        "body_complaint": _term_starts(("last", "klachten", "problemen")),
        "medical_diet": _term_starts(DIET_SUBSTANCES),
        "lab_value": _term_starts(LAB_MEASURES),
        "sober_time": _with_words_before(_term_starts(("clean", "sober")), 2),
        "blood_pressure": _blood_pressure_starts,
        "diagnosis": _walk_past(_term_starts(_DIAGNOSIS_WORDS)),
        "health_field": _health_field_items,
    }
    PATTERNS = [
        Pattern(
            "health_term",
            rf"{_B}(?:(?:ziekte|syndroom)[ \t]+van[ \t]+(?-i:\p{{Lu}})\p{{L}}+"
            r"(?:[ \t]+type[ \t]+\d)?"
            # a type in front does not break the term: "type 1-diabetes", "type 2 diabetes"
            r"|(?:type[ \t]*-?[ \t]*(?:1|2|I|II)[ \t]*-?[ \t]*)?"
            rf"(?:ziekte[ \t]+van[ \t]+)?(?:(?:{_alt(HEALTH_QUALIFIERS)})[ \t]+)?"
            rf"(?:{_alt(HEALTH_TERMS)})"
            r"(?:[ \t]+(?:type|type-)[ \t]*(?:1|2|I|II)(?![\p{L}\d]))?"
            rf"(?:-?(?:{_alt(HEALTH_COMPOUND_TAILS)}))?(?:{_DOSE})?)" + _E,
            0.5,
        ),
        Pattern(
            # a compound whose head makes it a condition or treatment: "koemelkallergie",
            # "clusterhoofdpijn", "carpaletunnelsyndroom", "oefentherapie", "absence-epilepsie"
            "health_compound",
            rf"{_B}(?:\p{{L}}+-)?\p{{L}}{{2,25}}-?(?:{_alt(HEALTH_SUFFIXES)})(?:s|en|ën)?"
            rf"(?:-?(?:{_alt(HEALTH_COMPOUND_TAILS)}))?" + _E,
            0.5,
        ),
        Pattern(
            # what a person's sick leave or illness is for: "ziek met een zware verkoudheid",
            # "ziekteverlof wegens hartproblemen", "arbeidsongeschikt door een whiplash"
            "health_context",
            rf"{_B}(?:ziekteverlof|ziekmelding|ziekgemeld|ziek|arbeidsongeschikt|sick[ \t]+leave"
            r"|off[ \t]+sick)[ \t]+(?:(?:thuis|gemeld|sinds|al|nu)[ \t]+)?"
            r"(?:wegens|vanwege|met|door|due[ \t]+to|with)[ \t]+"
            r"(?:(?:een|de|het|zijn|haar|mijn|a|an|the|his|her|my|zware|ernstige|acute|lichte"
            r"|flinke|bad|severe)[ \t]+){0,2}"
            r"(?!(?:onmiddellijke|ingang|vakantie|verlof|kinderen|kind|spoed|vrij|immediate)"
            r"(?![\p{L}]))\p{L}{4,}" + _E,
            0.5,
        ),
        Pattern(
            "allergic_to",
            rf"{_B}(?:allergisch|allergic)[ \t]+(?:voor|aan|op|to)[ \t]+\p{{L}}+" + _E,
            0.5,
        ),
        Pattern(
            "operation",
            rf"{_B}(?:(?:{_alt(HEALTH_QUALIFIERS)})[ \t]+)?(?:{_alt(OPERATION_PREFIXES)})-?"
            r"operaties?" + _E,
            0.5,
        ),
        Pattern(
            # Dutch glues the body part on: "borstamputatie", "blaasontsteking", "maagbloeding"
            "medical_compound",
            rf"{_B}\p{{L}}{{3,20}}(?:{_alt(MEDICAL_HEADS)})s?" + _E,
            0.5,
        ),
        Pattern(
            # a generic medicine by its INN stem, with its dose: "simvastatine 40 mg",
            # "enalapril", "amoxicilline"; ordinary words with such an ending are excepted
            "medicine",
            rf"{_B}\p{{L}}{{3,20}}(?:{_alt(MEDICINE_STEMS)})(?:{_DOSE})?" + _E,
            0.5,
        ),
        Pattern(
            # an organ's examination: "schildklieronderzoek", "hartecho", "longfoto",
            # "bloedwaarden"; "marktonderzoek" and "bodemonderzoek" have no organ in front
            "examination",
            rf"{_B}(?:{_alt(ORGANS)})-?(?:{_alt(EXAM_HEADS)})" + _E,
            0.5,
        ),
        Pattern(
            # what a disability entitles a person to: "mijn gehandicaptenparkeerkaart",
            # "invalidenkaart"; not the facilities ("gehandicaptenparkeerplaatsen")
            "disability_card",
            rf"{_B}(?:(?:gehandicapten|invaliden)-?(?:parkeerkaart|parkeervergunning|kaart|pas)"
            rf"(?:en)?|(?:{_alt(DISABILITY_CARDS)}))" + _E,
            0.5,
        ),
        Pattern(
            # a treatment with whom or what it is for is one fact: "in therapie bij een
            # psycholoog", "onder behandeling bij de neuroloog"
            "treatment",
            r"\m(?:in|onder)[ \t]+(?:therapie|behandeling|begeleiding|controle)[ \t]+bij[ \t]+"
            r"(?:(?:een|de|het|mijn|zijn|haar|onze)[ \t]+)?"
            r"(?:\p{L}*therapeut|\p{L}*therapeute|\p{L}+oloog|psychiater|\p{L}*arts|ggz"
            r"|\p{L}*kliniek|\p{L}*ziekenhuis|revalidatiecentrum|\p{L}*specialist)" + _E,
            0.5,
        ),
        Pattern(
            # giving birth, told as such: "zes weken geleden bevallen", "net bevallen van een
            # zoon"; not "het is me goed bevallen" (it pleased me)
            "childbirth",
            rf"{_B}(?:(?:\p{{L}}+|\d+)[ \t]+(?:dagen|weken|maanden)[ \t]+geleden|net|pas|onlangs"
            r"|vorige[ \t]+week|gisteren)[ \t]+bevallen(?:[ \t]+van[ \t]+(?:een|haar|mijn|onze)"
            r"[ \t]+(?:zoon|dochter|kind|tweeling|baby))?" + _E,
            0.5,
        ),
        Pattern(
            # a complaint of a body part: "veel last van mijn rug", "pijn in haar knie"
            "body_complaint",
            rf"{_B}(?:last|klachten|problemen)[ \t]+(?:met|van|aan)[ \t]+(?:mijn|m'n|zijn|haar|z'n)"
            rf"[ \t]+(?:{_alt(BODY_PARTS)})" + _E,
            0.5,
        ),
        Pattern(
            # a test result names what was tested: "positief getest op corona", "negatief
            # getest op COVID-19", "tested positive for covid"
            "test_result",
            rf"{_B}(?:(?:positief|negatief)[ \t]+getest[ \t]+op"
            r"|tested[ \t]+(?:positive|negative)[ \t]+for)[ \t]+(?:het[ \t]+|de[ \t]+)?"
            r"\p{L}[\p{L}\d\-]*" + _E,
            0.5,
        ),
        Pattern(
            # a stay in care: "opgenomen op de psychiatrie", "opgenomen in een kliniek",
            # "opgenomen op de moeder-babyunit"
            "hospital_stay",
            rf"{_B}(?:(?:gedwongen|vrijwillig|onvrijwillig)[ \t]+)?(?:opgenomen|opname)[ \t]+"
            r"(?:op|in)[ \t]+(?:de|het|een)[ \t]+(?:\p{L}+-)?"
            r"(?:psychiatrie|paaz|puk|ggz|\p{L}*kliniek|\p{L}*ziekenhuis|\p{L}*unit|\p{L}*afdeling"
            r"|intensive[ \t]+care|ic|hospice|verpleeghuis|revalidatiecentrum|kraamafdeling)" + _E,
            0.5,
        ),
        Pattern(
            # a medical diet: "een zoutarm dieet", "eiwitbeperkt dieet"; without "dieet" only
            # when it is a must ("moet strikt glutenvrij eten"), not on a menu
            "medical_diet",
            rf"{_B}(?:{_alt(DIET_SUBSTANCES)})-?(?:vrij|vrije|arm|arme|beperkt|beperkte)"
            r"(?:[ \t]+dieet(?![\p{L}])"
            r"|(?<=(?:moet|moeten|mag|mogen|strikt|volledig)[ \t]+(?:\p{L}+[ \t]+){0,2}"
            r"\p{L}+)(?=[ \t]+(?:eten|eet|leven|koken)(?![\p{L}])))",
            0.5,
        ),
        Pattern(
            # how far along is part of the health fact: "16 weken zwanger", "vijf maanden
            # zwanger", "two months pregnant"
            "pregnancy",
            rf"{_B}{_DURATION}(?:zwanger|pregnant)" + _E,
            0.5,
        ),
        Pattern(
            # a person's lab value or measurement with its number: "HbA1c 58 mmol/mol",
            # "bloeddruk van 150/95", "saturatie 91%"
            "lab_value",
            rf"{_B}(?:{_alt(LAB_MEASURES)})(?:[ \t]*-?(?:waarde|gehalte|spiegel))?[ \t]*"
            r"(?:(?::|=|is|was|van|zit[ \t]+op|of)[ \t]*)?(?:rond[ \t]+de[ \t]+|ongeveer[ \t]+)?"
            r"\d{1,3}(?:[.,]\d{1,2})?(?:[ \t]*/[ \t]*\d{2,3})?"
            r"(?:[ \t]*(?:mmol/mol|mmol/l|mmol|mg/dl|ng/ml|µg/l|ug/l|mmhg|mm[ \t]+hg|u/l|g/dl"
            r"|ml/min|%))?" + _E,
            0.5,
        ),
        Pattern(
            # blood-pressure readings once a message speaks of blood pressure: "ik zit rond de
            # 135/85"; see ``_blood_pressure_starts``
            "blood_pressure",
            r"(?<![\d/.,-])(?:[89]\d|1\d\d|2[0-4]\d)[ \t]*/[ \t]*(?:[4-9]\d|1[0-4]\d)"
            r"(?![\d/]|[.,]\d)",
            0.5,
        ),
        Pattern(
            # what a diagnosis names: "de diagnose ADD", "gediagnosticeerd met fibromyalgie",
            # "diagnosed with long covid"; a bare diagnosis names an abbreviation only, as
            # "de diagnose van het netwerkprobleem" is a technician's
            "diagnosis",
            r"(?<=(?:diagnose|diagnosis)[ \t]+)(?-i:\p{Lu}{2,6}(?:-\p{Lu}{2,6})?)"
            r"(?![\p{L}\d]|-\p{L})"
            r"|(?<=(?:gediagnosticeerd|gediagnostiseerd|diagnosed)[ \t]+(?:met|with|als|as)[ \t]+"
            r"(?:een[ \t]+|de[ \t]+|het[ \t]+|a[ \t]+|an[ \t]+)?)"
            rf"(?!{_DIAGNOSIS_STOP})[\p{{L}}\d][\p{{L}}\d'-]*"
            rf"(?:[ \t]+(?!{_DIAGNOSIS_STOP})[\p{{L}}\d][\p{{L}}\d'-]*){{0,3}}",
            0.5,
        ),
        Pattern(
            # an item of a health field in a form: "Medicatie: metformine, insuline" gives two
            "health_field",
            r"(?<=^[ \t]*(?:[-*•][ \t]*)?(?:" + "|".join(HEALTH_FIELD_LABELS) + r")[ \t]*:[ \t]*"
            r"(?:[^,;\n]{1,60}[,;][ \t]*){0,8})"
            rf"(?!{_FIELD_EMPTY})[^,;\s][^,;\n]{{0,58}}?(?=[ \t]*(?:[,;.\n]|$))",
            0.5,
        ),
        Pattern(
            # recovery from addiction counted in time: "veertien maanden clean", "2 jaar sober"
            "sober_time",
            r"\m(?:\d{1,3}|\p{L}+)[ \t]+(?:dagen|weken|maanden|jaar|jaren|days|weeks|months|years)"
            r"[ \t]+(?:clean|sober)" + _E,
            0.5,
        ),
        Pattern(
            "broken_body_part",
            rf"{_B}(?:gebroken|gekneusde|verstuikte|broken|fractured|gezwollen|opgezwollen"
            r"|ontstoken|zere|stijve|dikke|swollen)[ \t]+"
            # "dikke duim" is a thumbs-up, no body part here
            rf"(?:{_alt(BODY_PARTS)})(?:s|en)?"
            + _E
            + rf"|{_B}(?:{_alt(BODY_PARTS)})[ \t]+(?:gebroken|gekneusd|verstuikt)"
            + _E
            + rf"|{_B}(?:arm|been|pols|enkel|heup|rib|sleutelbeen|voet|bekken)breuk"
            + _E,
            0.5,
        ),
    ]

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        named = dict((p.name, c) for p, c in self._compiled)
        self._field = named["health_field"]
        self._diagnosis = named["diagnosis"]
        self._misspelt_pattern = Pattern("misspelt_term", _LONG_WORD.pattern, 0.5)

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """The patterns, and long terms misspelt by one letter ("diabetis", "nuropathie")."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if entities and self.ENTITY not in entities:
            return results
        low = lowered(text)
        if low is None:
            return results
        taken = [(r.start, r.end) for r in results]
        for word in _LONG_WORD.finditer(low):
            start, end = word.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if misspelt_term(word.group(0)) is None:
                continue
            result = self._score_match(text, start, end, self._misspelt_pattern)
            if result is not None:
                results.append(result)
        return results

    def accept(self, text: str, start: int, end: int) -> bool:
        """Short and ambiguous terms (MS, ALS, ADD, ASS, TIA) only in capitals or after a verb;
        what a health field or a diagnosis names counts unless the text is about an animal."""
        value = text[start:end]
        low = value.lower()
        if self._field.fullmatch(text, start, end):
            return not _ANIMAL.search(text[max(0, start - 300) : start])
        if self._diagnosis.fullmatch(text, start, end):
            return super().accept(text, start, end)
        medicine = _MEDICINE_WORD.fullmatch(low.split(None, 1)[0])
        if medicine:
            if medicine.group(0) in MEDICINE_STEM_EXCEPTIONS:
                return False
            if _DOSE_AFTER.search(value) and not _ANIMAL.search(self._clause_before(text, start)):
                return True  # a medicine with its dose is a person's medication
        if low not in _HEALTH_TERM_SET and (
            low in HEALTH_SUFFIX_EXCEPTIONS
            or low.rsplit("-", 1)[-1] in HEALTH_SUFFIX_EXCEPTIONS
            or low.endswith(HEALTH_SUFFIX_EXCEPTION_ENDINGS)
        ):
            return False
        if _ANIMAL.search(self._clause_before(text, start)):
            return False
        if low in _SHORT_TERMS and (
            not value.isupper()
            or not re.search(
                r"(?:heeft|heb|hebben|had|met|aan|has|have|with|reden:|wegens|vanwege|mijn|m'n"
                r"|zijn|z'n|haar|my|his|her)[ \t]+"
                r"(?:\p{L}+[ \t]+){0,2}$",
                text[max(0, start - 25) : start],
                re.IGNORECASE,
            )
        ):
            return False
        if low in (
            "corona",
            "covid",
            "griep",
            "blind",
            "doof",
            "deaf",
            "zwanger",
            "pregnant",
            "handicap",
            "verlamd",
            "overspannen",
            "verslaafd",
            "gelovig",
            "kanker",
            "cancer",
            "operatie",
            "surgery",
            "allergisch",
            "staar",
            "spit",
            "puffer",
            "hoofdpijn",
            "lyme",
            "meniscus",
            "opname",
            "krukken",
            "indicatie",
            "zuurstof",
            "sick",
        ) and not re.search(
            r"(?:heeft|heb|hebben|had|hadden|is|ben|zijn|was|waren|werd|wordt|raakte|met|aan"
            r"|na|door|tegen|voor|has|have|had|is|am|are|was|with|got|gekregen|kreeg|i'm|i’m"
            r"|mijn|zijn|haar|my|his|her|loopt|lopen|loop|gebruikt|gebruik|reden:|wegens|vanwege"
            r"|herstellende[ \t]+van|hersteld[ \t]+van|recovering[ \t]+from)"
            r"[ \t]+(?:(?:een|de|het|a|an|the|zware|ernstige|erg|heel|zeer|helemaal|bijna"
            r"|sinds|al|nog|ook|zelf|flink|behoorlijk|zwaar|lichte?|volgens|huisarts|dokter"
            r"|arts|ruim|pas|inmiddels|nu|\d+|weken|week|maanden|maand|weeks|months|vorige"
            r"|afgelopen|gisteren|vandaag|sinds|kort|echt)[ \t]+){0,3}$",
            text[max(0, start - 40) : start],
            re.IGNORECASE,
        ):
            return False
        if low == "sick" and _FED_UP_AFTER.match(text, end):
            return False  # "I'm sick of waiting"
        return super().accept(text, start, end)


#: what a conviction or suspicion is for: a sentence, a term, or the offence's words
_OFFENCE = (
    r"(?:een[ \t]+|a[ \t]+)?"
    r"(?:taakstraf|werkstraf|gevangenisstraf|celstraf|voorwaardelijke[ \t]+straf"
    r"|\d+[ \t]+(?:maanden|jaar|weken|dagen|months|years)(?:[ \t]+cel)?"
    r"|(?!(?:de|het|een|u|uw|mij|me|ons|jullie|the|you)(?![\p{L}]))\p{L}{4,}"
    r"(?:[ \t]+onder[ \t]+invloed)?)"
)

#: what a person is said to be: religion, orientation, political view, ethnic group
#: biometric data of a person, and the words that say it is processed (asked, kept, deleted)
BIOMETRIC_TERMS = load_terms("biometrics")
_BIOMETRIC_USE = std_re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(map(std_re.escape, load_terms("biometric_processing"))) + ")",
    std_re.IGNORECASE,
)
#: a sentence around a term: up to its stops, at most 100 characters either side
_SENTENCE_STOP = std_re.compile(r"[.!?\n]")
#: a habit of worship, and where: "elke zondag naar de kerk", "op vrijdag naar de moskee"
_WORSHIP_HABIT = (
    r"(?:elke|iedere|op)[ \t]+(?:zondag|zaterdag|vrijdag|sabbat|week|feestdag)\p{L}*"
    r"|trouw|wekelijks|altijd"
)
_WORSHIP_HOUSE = r"kerk|moskee|synagoge|tempel|gurdwara|mis|eredienst"
_DESCRIBED = RELIGION_TERMS + ORIENTATION_TERMS + POLITICAL_VIEW_TERMS + ETHNIC_GROUPS


class SpecialCategoryRecognizer(_PersonTermRecognizer):
    """Finds religion, ethnicity, orientation, politics, union membership, criminal record."""

    ENTITY = "SPECIAL"
    FLAGS = re.IGNORECASE | re.MULTILINE
    _PARTY = rf"(?-i:{_alt(PARTIES, fold=False)})"
    #: a verb of becoming, staying or being between "lid" and "van": "lid blijven van", "lid
    #: geworden van", "lid zijn van"
    _MEMBER_VERB = (
        r"(?:(?:worden|geworden|word|wordt|werd|blijven|gebleven|blijf|blijft|bleef|zijn|geweest"
        r"|ben|is|was|waren)[ \t]+)?"
    )
    _UNION = rf"(?-i:{_alt(UNIONS, fold=False)})(?:[ \t]+(?-i:\p{{Lu}}[\p{{L}}&]+)){{0,2}}"
    PATTERNS = [
        Pattern(
            "party_membership",
            rf"{_B}(?:(?:partij)?lid[ \t]+{_MEMBER_VERB}(?:van|bij)[ \t]+"
            rf"(?:de[ \t]+|het[ \t]+)?{_PARTY}"
            rf"|(?:kandidaat-?)?(?:gemeente)?raadslid(?:[ \t]+(?:voor|namens|van)[ \t]+"
            rf"(?:de[ \t]+|het[ \t]+)?{_PARTY})?"
            rf"|(?:kandidaat-?)?(?:tweede-?)?kamerlid(?:[ \t]+(?:voor|namens|van)[ \t]+"
            rf"(?:de[ \t]+)?{_PARTY})?"
            rf"|(?:kandidaat-?)?(?:wethouder|statenlid|schepen|burgemeester)[ \t]+"
            rf"(?:voor|namens|van)[ \t]+(?:de[ \t]+)?{_PARTY}"
            # a seat for a party: "zit in de gemeenteraad voor D66"
            rf"|(?:zit|zat|zitten|zaten)[ \t]+in[ \t]+de[ \t]+(?:gemeenteraad|raad|deelraad"
            rf"|provinciale[ \t]+staten|tweede[ \t]+kamer|eerste[ \t]+kamer)[ \t]+"
            rf"(?:voor|namens|van)[ \t]+"
            rf"(?:de[ \t]+|het[ \t]+)?{_PARTY}"
            rf"|partijlid|{_PARTY}-(?:lid|stemmer|kiezer|raadslid|kamerlid|wethouder|militant)"
            rf"|(?:gestemd|stem|stemmen|stemde)[ \t]+(?:(?:\p{{L}}+[ \t]+){{0,2}}?op[ \t]+)?"
            rf"(?:de[ \t]+|het[ \t]+)?"
            rf"{_PARTY}(?![\p{{L}}])"
            rf"|member[ \t]+of[ \t]+(?:the[ \t]+)?{_PARTY}"
            # a candidate on its list, active in it, its membership: "op de lijst van X staan",
            # "actief in de X", "active in the X", "mijn lidmaatschap van X"
            rf"|op[ \t]+de[ \t]+(?:kandidaten)?lijst[ \t]+(?:van|voor)[ \t]+(?:de[ \t]+|het[ \t]+)?"
            rf"{_PARTY}"
            rf"|(?:actief|active)(?:[ \t]+(?:ben|is|zijn|was|waren|am|are))?[ \t]+"
            rf"(?:in|bij|voor|for)[ \t]+(?:de[ \t]+|het[ \t]+|the[ \t]+)?"
            rf"{_PARTY}"
            rf"|(?:lidmaatschap|membership)[ \t]+(?:van|bij|of)[ \t]+"
            rf"(?:de[ \t]+|het[ \t]+|the[ \t]+)?"
            rf"{_PARTY})" + _E,
            0.6,
        ),
        Pattern(
            # a rite named by its religion is the family's religion: "een hindoeïstische
            # crematie", "een katholieke uitvaart", "a Jewish wedding"; not "een katholieke
            # school" (no rite)
            "religious_rite",
            rf"{_B}(?:{_alt(RELIGION_TERMS)})(?:e|en|se)?[ \t]+(?:{_alt(RELIGIOUS_RITES)})" + _E,
            0.6,
        ),
        Pattern(
            # biometric data of a person: "mijn vingerafdruk", "een gezichtsscan"; kept only
            # when its sentence says it is stored, asked for or deleted (see ``accept``)
            "biometric",
            rf"{_B}(?:{_alt(BIOMETRIC_TERMS)})" + _E,
            0.5,
        ),
        Pattern(
            "union_membership",
            rf"{_B}(?:(?:lid|member)[ \t]+(?:van|bij|of)[ \t]+(?:de[ \t]+|het[ \t]+|the[ \t]+)?"
            rf"(?:vakbond[ \t]+)?{_UNION}"
            rf"|aangesloten[ \t]+bij[ \t]+(?:de[ \t]+|het[ \t]+)?(?:vakbond[ \t]+)?{_UNION}"
            rf"|lid[ \t]+van[ \t]+de[ \t]+vakbond"
            # the union named after the role belongs to it: "vakbondsafgevaardigde voor het X"
            rf"|(?:vakbondslid|vakbondsleden|vakbondsafgevaardigde"
            rf"|vakbondsdelegee|vakbondsman|vakbondsvrouw|syndicaal[ \t]+afgevaardigde)"
            r"(?:[ \t]+(?:van|voor|bij)[ \t]+(?:het[ \t]+|de[ \t]+)?"
            rf"(?-i:{_alt(UNIONS, fold=False)}))?"
            rf"|(?-i:{_alt(UNIONS, fold=False)})-(?:delegee|delegé|délégué|afgevaardigde"
            rf"|lid|militant|secretaris|vertegenwoordiger|kaderlid)"
            rf"|(?:{_alt(UNION_ROLES)})[ \t]+(?:van|voor|bij)[ \t]+(?:het[ \t]+|de[ \t]+)?"
            rf"(?-i:{_alt(UNIONS, fold=False)})|union[ \t]+member"
            # "als NVJ member", "FNV-lid", the dues or membership named with the union
            rf"|(?-i:{_alt(UNIONS, fold=False)})[ \t]+(?:member|lid)"
            rf"|(?:contributie|lidmaatschap|lidgeld|membership|dues)[ \t]+"
            rf"(?:voor|van|aan|bij|of|to)"
            rf"[ \t]+(?:de[ \t]+|het[ \t]+|the[ \t]+)?{_UNION}"
            # a person's own union work: "mijn vakbondswerk", "haar vakbondsactiviteiten"
            r"|(?<=(?<![\p{L}'])(?:mijn|m'n|zijn|z'n|haar|onze|hun|jouw|uw)[ \t]+)"
            # (not a person of the union: "mijn vakbondsconsulent" is someone else)
            r"vakbonds(?!\p{L}*(?:consulent|jurist|advocaat|bestuurder|vertegenwoordiger|man"
            r"|vrouw|secretaris|voorzitter)(?![\p{L}]))\p{L}+)" + _E,
            0.6,
        ),
        Pattern(
            "religion_orientation_politics",
            r"\m(?<=(?<![\p{L}'])(?:is|ben|bent|zijn|was|waren|werd|word|wordt|als|een|am|are"
            # a feeling is a statement too: "ik voel me al lang niet meer katholiek"
            r"|i'm|as|a|an|(?:voel|voelt|voelde|voelden|voelen)[ \t]+(?:me|mij|zich|ons))[ \t]+"
            r"(?:(?:erg|heel|zeer|streng|sterk|ook|zelf|nogal|best|behoorlijk|praktiserend"
            r"|overtuigd|openlijk|strictly|very|openly|devout|practising|practicing|niet|meer"
            r"|nog|al|lang|steeds|wel|echt|eigenlijk|altijd|nooit|geen|not|no|longer)[ \t]+){0,4})"
            r"(?:(?-i:\p{Lu})?\p{L}+-)?"
            rf"(?:{_alt(_DESCRIBED)})(?:en|s)?"
            rf"(?:[ \t]+(?:{_alt(_DESCRIBED)}|gedoopt|opgevoed|getrouwd|begraven))?{_E}"
            # "omdat we Sinti zijn", "dat hij moslim is"
            r"|\m(?<=(?<![\p{L}'])(?:ik|we|wij|hij|zij|ze|jullie|u)[ \t]+)"
            rf"(?:{_alt(_DESCRIBED)})(?:en|s)?"
            r"(?=[ \t]+(?:zijn|ben|bent|is|was|waren|werd|geworden)(?![\p{L}]))"
            # a subordinate clause that ends on it: "wist je dat Sem van inkoop moslim is?"
            rf"|\m(?<=(?<![\p{{L}}'])(?:\p{{L}}+)[ \t]+)(?:{_alt(_DESCRIBED)})(?:en|s)?"
            r"(?=[ \t]+(?:zijn|ben|bent|is|was|waren)[ \t]*(?:[?.!,;:)]|$))",
            0.5,
        ),
        Pattern(
            # a rite a person went through: "ik ben gedoopt", "onze zoon is gevormd"
            "religious_status",
            r"\m(?<=(?<![\p{L}'])(?:is|ben|bent|zijn|was|waren|werd|werden|word|wordt|been|was"
            r"|were)[ \t]+(?:(?:ooit|wel|al|ook|nooit|niet|als[ \t]+kind|katholiek|protestants"
            r"|christelijk)[ \t]+){0,3})(?:gedoopt|gevormd|geconfirmeerd|baptised|baptized"
            r"|christened)" + _E,
            0.5,
        ),
        Pattern(
            # the practice with its own verb says who: "Rivka houdt zich aan de joodse
            # spijswetten", "vieren op zaterdag de sabbat", "sinds ik bekeerd ben tot de islam"
            "religious_observance",
            r"\m(?:bekeerd|bekering|converted|conversion)(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:tot|to)"
            r"[ \t]+(?:de[ \t]+|het[ \t]+)?\p{L}+"
            r"|\m(?:vast|vasten|viert|vieren|vierde|houdt|houden|hield)(?:[ \t]+\p{L}+){0,6}?"
            r"[ \t]+(?:(?:tijdens|met)[ \t]+)?(?:de[ \t]+|het[ \t]+)?"
            rf"(?:{_alt(RELIGIOUS_PRACTICE)}){_E}"
            r"|\m(?:eet|eten|at|aten|alleen|uitsluitend|eats|only)[ \t]+(?:\p{L}+[ \t]+){0,2}"
            r"(?:halal|koosjer|kosher)(?![\p{L}])",
            0.5,
        ),
        Pattern(
            "religious_practice",
            rf"{_B}(?:{_alt(RELIGIOUS_PRACTICE)}){_E}",
            0.5,
        ),
        Pattern(
            # going to worship as a habit: "wij gaan elke zondag naar de hervormde kerk", "ik
            # ga op vrijdag naar de moskee"; the house of worship is the span. Without a day or
            # a habit ("de monteur gaat naar de kerk") it is an errand
            "worship",
            r"\m(?:ga|gaan|gaat|ging|gingen)[ \t]+"
            rf"(?:(?P<habit>{_WORSHIP_HABIT})[ \t]+)?(?:nog[ \t]+|ook[ \t]+)?"
            r"naar[ \t]+(?:de|het)[ \t]+"
            rf"(?P<value>(?:(?:{_alt(DENOMINATIONS)})[ \t]+)?(?:{_WORSHIP_HOUSE}))(?![\p{{L}}])"
            # without a habit before it, a day after it: "naar de moskee op vrijdag"
            rf"(?(habit)|(?=[^.!?\n]{{0,20}}(?:{_WORSHIP_HABIT})))",
            0.5,
        ),
        Pattern(
            "congregation_membership",
            r"\m(?:(?:lid|leden|member|members)[ \t]+" + _MEMBER_VERB + r"(?:van|bij|of)"
            # baptised into it: "gedoopt in de Pinkstergemeente"
            r"|gedoopt[ \t]+(?:in|bij))[ \t]+"
            r"(?:de[ \t]+|het[ \t]+|een[ \t]+|the[ \t]+)?"
            r"(?:(?:(?-i:\p{Lu})\p{L}+[ \t]+){1,3}(?:kerk|gemeente|parochie|gemeenschap|church)"
            # a denomination in lowercase: "de hervormde gemeente", "de katholieke parochie"
            rf"|(?:{_alt(DENOMINATIONS)})[ \t]+(?:\p{{L}}+[ \t]+)?"
            r"(?:kerk|gemeente|parochie|gemeenschap|moskee|synagoge|tempel|geloofsgemeenschap"
            r"|kerkgemeenschap|congregatie|church|congregation)"
            r"|\p{L}{3,}(?:kerk|gemeente|parochie)"
            # the house of worship opens the compound: "de moskeevereniging", "het kerkkoor"
            r"|(?:moskee|synagoge|tempel|gurdwara|parochie|kerk)\p{L}{0,14}"
            r"|(?:kerk|geloofs)gemeenschap)(?![\p{L}-])",
            0.6,
        ),
        Pattern(
            "ethnicity",
            rf"{_B}(?:(?-i:\p{{Lu}})\p{{L}}+-)?"
            r"(?:(?-i:\p{Lu})\p{L}+(?:se|sche|an|ese|ish))[ \t]+"
            r"(?:afkomst|achtergrond|komaf|roots|origine|descent|origin|heritage)"
            # how people describe themselves in English forms: "a Black British employee"
            r"|(?-i:(?:Black|White|Asian|Mixed)[ \t]+(?:British|Caribbean|African|Dutch|Asian"
            r"|Pakistani|Indian|Bangladeshi))" + _E,
            0.5,
        ),
        Pattern(
            "criminal_record",
            # "zit een celstraf uit", "in voorlopige hechtenis gezeten", "veroordeeld tot een
            # geldboete wegens belediging", "verdacht van fraude"
            rf"{_B}(?:(?:zit|zat|zitten|zaten)[ \t]+(?:een[ \t]+)?)?(?:in[ \t]+(?:de[ \t]+)?)?"
            r"(?:(?:voorwaardelijke|onvoorwaardelijke|lange|korte)[ \t]+)?"
            rf"(?:{_alt(CRIMINAL_TERMS)})"
            rf"(?:(?<=van|voor|wegens|for)[ \t]+{_OFFENCE})?"
            rf"(?:[ \t]+(?:tot|voor|to|van|wegens|for|of)[ \t]+{_OFFENCE}){{0,2}}"
            r"(?:[ \t]+(?:gezeten|doorgebracht|uit(?![ \t]+\d)))?" + _E,
            0.5,
        ),
        Pattern(
            # a prayer named by its time or kind: "het middaggebed", "vrijdaggebeden"
            "prayer_compound",
            rf"{_B}\p{{L}}{{3,14}}gebed(?:en)?" + _E,
            0.5,
        ),
        Pattern(
            # wearing one's faith: "Hiba draagt een hoofddoek", "he wears a patka"
            "religious_dress",
            r"\m(?:draag|draagt|dragen|droeg|droegen|gedragen|wear|wears|wearing|wore)"
            r"(?:[ \t]+\p{L}+){0,3}?"
            rf"[ \t]+(?:{_alt(RELIGIOUS_DRESS)})" + _E,
            0.5,
        ),
        Pattern(
            # a baptism or conversion one has done: "ik laat me dopen", "laat ik me volwassen
            # dopen", "liet zich bekeren"
            "baptism",
            r"\m(?:laat|laten|liet|lieten)(?:[ \t]+(?:ik|we|wij|hij|zij|ze))?[ \t]+"
            r"(?:me|mij|zich|ons|hem|haar)[ \t]+(?:\p{L}+[ \t]+)?(?:dopen|vormen|bekeren)" + _E,
            0.5,
        ),
        Pattern(
            # one's own congregation: "in onze baptistengemeente", "mijn moskee", "onze kerk";
            # not "onze gemeente" (the municipality)
            "own_congregation",
            r"(?<=(?<![\p{L}'])(?:onze|ons|mijn|m'n|zijn|z'n|haar|hun|our|my)[ \t]+)"
            r"(?:\p{L}{3,}kerk|kerk|(?:baptisten|pinkster|evangelie|evangelische|geloofs"
            r"|volle-evangelie)gemeente|moskee|synagoge|parochie|tempel|gurdwara|mosque"
            r"|church|synagogue)" + _E,
            0.5,
        ),
        Pattern(
            # arrested at a protest: "opgepakt bij de blokkade op de A12"
            "protest_arrest",
            r"\m(?:opgepakt|gearresteerd|aangehouden|arrested)(?:[ \t]+(?:ben|is|werd|zijn"
            r"|werden|word|wordt|was|were))?[ \t]+(?:bij|tijdens|op|at|during)[ \t]+"
            r"(?:de|een|het|the|a)[ \t]+(?:[\p{L}\d]+-)?\p{L}*(?:blokkade|demonstratie|demo"
            r"|protest|protestactie|rellen|betoging|bezetting|blockade|demonstration)" + _E,
            0.5,
        ),
        Pattern(
            # taking part in political protest: "ik loop mee in pro-X demonstraties",
            # "demonstreren tegen de oorlog"
            "political_activity",
            r"\m(?:meeloop|meelopen|meeliep|meeliepen|loop[ \t]+mee|liep[ \t]+mee|deelgenomen"
            r"|deelneem|neem[ \t]+deel|nam[ \t]+deel|demonstreer|demonstreerde|demonstreren"
            r"|protesteer|protesteren)[ \t]+(?:(?:in|bij|aan|met|tegen|voor)[ \t]+)?"
            r"(?:(?:de|een|het)[ \t]+)?(?:(?:\p{L}+-)?\p{L}+[ \t]+)?(?:\p{L}+-)?\p{L}*"
            r"(?:demonstraties?|demo's|demo"
            r"|protesten|protest|protestmars|betogingen?|blokkades?|klimaatmars|wakes?)" + _E,
            0.5,
        ),
        Pattern(
            # orientation told by what a person does: "op vrouwen val", "uit de kast gekomen"
            "orientation_phrase",
            r"\m(?:(?:val|valt|vallen|viel|vielen)[ \t]+(?:ook[ \t]+|zelf[ \t]+)?op[ \t]+"
            r"(?:mannen|vrouwen|jongens|meisjes|meiden|kerels)"
            r"|op[ \t]+(?:mannen|vrouwen|jongens|meisjes|meiden)[ \t]+(?:val|valt|vallen|viel)"
            r"|uit[ \t]+de[ \t]+kast[ \t]+(?:gekomen|komen|kwam|kwamen|gaan|ging))" + _E,
            0.5,
        ),
        Pattern(
            # a colour a person says they are: "omdat ik zwart ben", "hij is getint"
            "skin_colour",
            r"(?<=(?<![\p{L}'])(?:ik|hij|zij|ze|wij|we)[ \t]+)(?:zwart|getint)"
            r"(?=[ \t]+(?:ben|is|zijn)(?![\p{L}]))"
            r"|(?<=(?<![\p{L}'])(?:ik[ \t]+ben|hij[ \t]+is|zij[ \t]+is|ze[ \t]+is|i'm|i[ \t]+am)"
            r"[ \t]+)(?:zwart|getint|black)(?![\p{L}])(?![ \t]+(?:geworden|gemaakt|gekleurd))",
            0.5,
        ),
        Pattern(
            # an ethnic insult aimed at a person names their origin: "noemde me een vuile X"
            "ethnic_insult",
            r"(?<=(?<![\p{L}'])(?:noemde|noemden|noemt|noemen|scheldt|schold|schelden"
            r"|uitgescholden)(?:[ \t]+(?:me|mij|hem|haar|ons|uit))*[ \t]+(?:voor[ \t]+|als[ \t]+)?"
            r"(?:een[ \t]+|vuile[ \t]+een[ \t]+)?)"
            r"(?:\p{L}+[ \t]+)?"
            rf"(?:{_alt(NAT_NOUN + ETHNIC_GROUPS + ORIGIN_NOUNS)})(?:s|en)?" + _E,
            0.5,
        ),
        Pattern(
            # genetic data: "ik ben gendrager", "een BRCA2-mutatie", "HLA-B27-positief"
            "genetic",
            rf"{_B}(?:{_alt(GENETIC_TERMS)}"
            r"|(?-i:[A-Z]{2,6}\d{0,3}(?:-[A-Z]{0,3}\d{1,3})?)-?(?:positief|positive|drager"
            r"|draagster|mutatie|mutation))" + _E,
            0.5,
        ),
        Pattern(
            # the offence glued to its conviction or kind: "een zedenveroordeling",
            # "een eerder geweldsdelict", "drugsdelicten"
            "criminal_compound",
            rf"{_B}\p{{L}}{{3,20}}(?:{_alt(CRIMINAL_HEADS)})" + _E,
            0.5,
        ),
    ]
    #: (coming out and marching in a protest are told of a person by the verb itself)
    SELF_EVIDENT = frozenset(
        {
            "party_membership",
            "union_membership",
            "congregation_membership",
            "baptism",
            "orientation_phrase",
            "political_activity",
        }
    )
    #: a person is described by the pattern's own verb ("Ravi is hindoe"): kept unless a
    #: machine is the subject ("de server is orthodox geconfigureerd")
    DESCRIBES = frozenset(
        {"religion_orientation_politics", "religious_observance", "religious_status"}
    )

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._biometric = next(c for p, c in self._compiled if p.name == "biometric")

    def accept(self, text: str, start: int, end: int) -> bool:
        """A question on a form ("Bent u ooit veroordeeld?") is about nobody yet; biometric
        data counts when its sentence says it is processed, not as a device's feature."""
        if text[end : end + 3].lstrip().startswith("?"):
            return False
        if self._biometric.fullmatch(text, start, end):
            return self._processed(text, start, end)
        return super().accept(text, start, end)

    @staticmethod
    def _processed(text: str, start: int, end: int) -> bool:
        """Whether the sentence around ``start:end`` stores, asks for or deletes it."""
        before = text[max(0, start - 100) : start]
        stops = list(_SENTENCE_STOP.finditer(before))
        sentence_start = start - len(before) + (stops[-1].end() if stops else 0)
        stop = _SENTENCE_STOP.search(text, end, end + 100)
        sentence_end = stop.start() if stop else min(len(text), end + 100)
        return _BIOMETRIC_USE.search(text, sentence_start, sentence_end) is not None

    STARTS = {
        "biometric": _term_starts(BIOMETRIC_TERMS),
        "party_membership": _term_starts(
            (*PARTY_CUE_WORDS, "op de", "actief", "active", "lidmaatschap", "membership"), PARTIES
        ),
        "union_membership": _term_starts(
            (*UNION_CUE_WORDS, *UNION_ROLES, "contributie", "lidmaatschap", "lidgeld", "dues"),
            UNIONS,
        ),
        "religion_orientation_politics": _word_starts_before(_DESCRIBED, whole=True),
        "religious_practice": _term_starts(
            (
                *RELIGIOUS_PRACTICE,
                "eet",
                "eten",
                "at",
                "aten",
                "alleen",
                "uitsluitend",
                "eats",
                "vast",
                "viert",
                "vier",
                "houd",
                "hield",
                "converted",
                "conversion",
            )
        ),
        "congregation_membership": _term_starts(("lid", "leden", "member", "gedoopt")),
        "religious_status": _term_starts(
            ("gedoopt", "gevormd", "geconfirmeerd", "baptised", "baptized", "christened")
        ),
        "worship": _term_starts(("ga", "gaan", "gaat", "ging", "gingen")),
        "religious_rite": _only_with(RELIGIOUS_RITES, _term_starts(RELIGION_TERMS)),
        # the words that may open the phrase ("zit een …", "in voorlopige …") are common, so
        # the scan looks for the criminal terms and steps back over up to four words
        "criminal_record": _with_words_before(_term_starts(CRIMINAL_TERMS), 4),
        "criminal_compound": _word_starts_before(CRIMINAL_HEADS),
        "prayer_compound": _word_starts_before(("gebed",)),
        "religious_dress": _term_starts(("draag", "dragen", "droeg", "gedragen", "wear", "wore")),
        "baptism": _term_starts(("laat", "laten", "liet", "lieten")),
        "own_congregation": _with_words_before(
            _words_with(
                std_re.compile(
                    "kerk|gemeente|moskee|synagoge|parochie|tempel|gurdwara|mosque|church|synagogue"
                )
            ),
            0,
        ),
        "protest_arrest": _term_starts(("opgepakt", "gearresteerd", "aangehouden", "arrested")),
        "political_activity": _term_starts(
            (
                "meeloop",
                "meelopen",
                "meeliep",
                "loop mee",
                "liep mee",
                "deelgenomen",
                "deelneem",
                "neem deel",
                "nam deel",
                "demonstre",
                "protester",
            )
        ),
        "orientation_phrase": _term_starts(("val", "viel", "op ", "uit de kast")),
        "skin_colour": _term_starts(("zwart", "getint", "black")),
        "ethnic_insult": _walk_past(
            _term_starts(
                ("noemde", "noemden", "noemt", "noemen", "scheld", "schold", "uitgescholden")
            )
        ),
        "genetic": _words_with(
            std_re.compile(
                trie_regex(GENETIC_TERMS) + "|positief|positive|drager|draagster|mutatie|mutation"
            ),
            digits=True,
        ),
    }
