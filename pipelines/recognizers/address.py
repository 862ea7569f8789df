"""Street addresses: a street name and a house number, Dutch and Belgian spellings.

The street suffix (…straat, …laan, …steenweg, …lei) is the main signal: a capitalised word and
a number ("Pavilion 15", "Windows 11", "stap 3") is no address. Names in front of the suffix
word ("Burgemeester Brokxlaan", "van der Duyn van Maasdamweg") are added by walking back over
capitalised words and particles. A street without a suffix ("Graaf Floris 43", "Brink 12") is
only taken when its context says so: an address label before it, or a postcode right after it.
The span is street and number only; the postcode and the town are other entities. An address
in a company's letterhead (a line with "B.V." or "bv" just above it) is the company's, not a
person's, and is left alone.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar

import regex as re
from presidio_analyzer import Pattern, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipelines.recognizers._scan import CandidateScan, starts_of
from pipelines.recognizers.base import DutchRecognizer

#: last parts of Dutch and Flemish street names; the longest first
STREET_SUFFIXES: tuple[str, ...] = (
    "straatweg",
    "steenweg",
    "stwg",  # steenweg, as Flemish addresses abbreviate it
    "plantsoen",
    "boulevard",
    "straatje",
    "pleintje",
    "laantje",
    "steegje",
    "straat",
    "laan",
    "weg",
    "plein",
    "kade",
    "gracht",
    "dreef",
    "dreve",
    "singel",
    "lei",
    "dijk",
    "dyk",
    "park",
    "hof",
    "hoven",
    "pad",
    "baan",
    "markt",
    "wal",
    "haven",
    "veld",
    "dam",
    "steeg",
    "poort",
    "erf",
    "kaai",
    "vest",
    "allee",
    "gaarde",
    "burcht",
    "oever",
    "kamp",
    "akker",
    "weide",
    "heuvel",
    "dries",
    "hoeve",
    "diep",
    "zijde",
    "brink",
    "ring",
)

#: street words that carry no suffix but are common enough to know ("Brink 12", "Markt 3")
SUFFIXLESS_STREETS: tuple[str, ...] = (
    "Brink",
    "Markt",
    "Grote Markt",
    "Dorp",
    "Kerkplein",
    "Dam",
    "Binnenhof",
    "Plein",
    "Vismarkt",
    "Korenmarkt",
    "Groenmarkt",
    "Buitenhof",
    "Rokin",
    "Damrak",
    "Coolsingel",
)

#: words that end in a suffix but are no street (towns, hardware, software)
_NOT_STREET = re.compile(
    r"(?:ams|rotter|schie|zaan|vollen|e|leer|monnicken|appinge|purmer|edam)dam"
    r"|(?:usb|lan|wan|hdmi|netwerk|ethernet|switch|sfp|com|seri[eë]le|thunderbolt|audio|video"
    r"|firewall|router|console|uplink|poe|vga|dvi|laad|oplaad|display|serial)-?poort"
    r"|(?:touch|track|think|key|num|note|mouse|muis|scratch|launch|game|bestands|installatie"
    r"|zoek|i)pad"
    r"|(?:invoer|tekst|zoek|invul|datum|naam|adres|wachtwoord|formulier|e-?mail|code|data"
    r"|getal|nummer|bedrag|veld)veld"
    r"|(?:server|wagen|machine|auto|printer|data|apparaten)park"
    r"|(?:loop|start|landings|rij|snel|renbaan|uitval|on|half)(?:baan|weg)"
    r"|(?:super|jaar|kerst|arbeids|woning|data|aandelen|beurs)markt"
    r"|(?:onder|half|door)weg"
    r"|(?:gerechts|binnen)hof",
    re.IGNORECASE,
)

_RING_OK = re.compile(r"(?:noord|zuid|oost|west|binnen|buiten|middel|kleine|grote)ring$", re.I)

_SUFFIX_ALT = "|".join(STREET_SUFFIXES)
_L = r"\p{L}"

#: a house number with the additions people write: 15b, 88-II, 3-bis, 301 bis, 112 bus 3, 1 hoog
HOUSE_NUMBER = (
    r"(?<![\d.,])[1-9]\d{0,4}"
    r"(?:"
    r"[ \t]*-[ \t]*(?:bis|ter|hs|bg|(?-i:[IVX]{1,4})|\d{1,4}[a-zA-Z]?|[a-zA-Z])(?![\p{L}\d])"
    r"|[ \t]*/[ \t]*\d{1,4}[a-zA-Z]?"
    r"|[ \t]+(?:bis|ter)(?![\p{L}\d])"
    r"|[ \t]+(?:bus|bte|box)[ \t]*\.?[ \t]*\d{1,4}[a-zA-Z]?"
    r"|[ \t]+(?:\d{1,2}[ \t]*)?(?:hoog|hg)(?:[ \t]+(?:voor|achter))?(?![\p{L}\d])"
    r"|[ \t]+(?:\d{1,2}[ \t]*)?(?:rd|hs|bg|zw)(?![\p{L}\d])"
    r"|(?:bis|hs|bg|[a-zA-Z])(?![\p{L}\d])"
    r"|[ \t]+(?-i:[A-Z])(?![\p{L}\d.'’])"
    r")?"
)

#: what a number followed by one of these is: an amount, a duration, a date; not a house
_UNIT_AFTER = (
    r"(?![ \t]*(?:%|€|[.,:]\d|(?:euro|eur|x|keer|jaar|jaren|dagen|dag|weken|week|maanden|maand"
    r"|uur|u|min|minuten|sec|seconden|km|m|meter|cm|mm|kg|gram|gb|mb|tb|stuks?|personen"
    r"|mensen|procent|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober"
    r"|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)(?![\p{L}])))"
)

_NAME = r"(?-i:\p{Lu})[\p{L}'’\-]*"
#: a street name written before a postcode or after an address label, without a suffix
_FREE_NAME = (
    rf"{_NAME}(?:[ \t]+(?:(?:van|der|den|de|het|'t|en|ter|ten)[ \t]+){{0,3}}{_NAME}){{0,3}}"
)

#: NL "1234 AB" or "1234ab", BE "1234 Town"
POSTCODE_AHEAD = (
    r"(?=[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?(?:(?:NL-?|B-)?[1-9]\d{3}[ \t]?[a-zA-Z]{2}(?![\p{L}\d])"
    r"|(?:B-)?[1-9]\d{3}[ \t]+(?-i:\p{Lu})))"
)

_LABEL = (
    r"(?:woon|huis|post|factuur|facturatie|bezorg|lever|aflever|contact|correspondentie"
    r"|vestigings|thuis|nieuw|oud|privé|prive|home|billing|shipping|registered\ )?-?"
    r"(?:adres|address)"
)

#: particles inside street names ("van der Duyn van Maasdamweg", "Mignot en de Blockplein")
_PARTICLES = frozenset(
    [
        "van",
        "der",
        "den",
        "de",
        "het",
        "'t",
        "’t",
        "en",
        "ter",
        "ten",
        "la",
        "le",
        "du",
        "von",
        "di",
        "da",
        "d'",
        "st.",
        "sint",
    ]
)
#: particles a street name may start with ("van der Duyn …", "de Ruijterkade" is "De …")
_LEADING_PARTICLES = frozenset(["van", "der", "den", "de", "het", "'t", "’t", "ter", "ten", "von"])
#: capitalised words that start a sentence or label, never part of a street name
_NOT_NAME = frozenset(
    [
        "adres",
        "woonadres",
        "huisadres",
        "postadres",
        "factuuradres",
        "facturatieadres",
        "bezorgadres",
        "leveradres",
        "afleveradres",
        "contactadres",
        "klant",
        "naam",
        "locatie",
        "ik",
        "mijn",
        "het",
        "op",
        "in",
        "bij",
        "naar",
        "dit",
        "dat",
        "ons",
        "onze",
        "graag",
        "tel",
        "telefoon",
        "gsm",
        "email",
        "e-mail",
        "is",
        "was",
        "nu",
        "hier",
        "thuis",
        "address",
        "my",
        "the",
        "our",
        "at",
        "woon",
        "wij",
        "we",
        "u",
        "uw",
        "jij",
        "je",
        "bezoeker",
        "visitor",
        "agent",
        "medewerker",
        "contact",
        "facturatie",
        "ticket",
        "dear",
        "beste",
        "hallo",
        "hoi",
        "groet",
        "groeten",
        "via",
        "per",
        "aan",
        "nieuw",
        "nieuwe",
        "oud",
        "oude",
        "mevrouw",
        "meneer",
        "dhr",
        "mevr",
        "dhr.",
        "mevr.",
        "de",
    ]
) - {"nieuwe", "oude"}

_COMPANY_FORM = re.compile(
    r"(?<![\p{L}])(?:b\.?\s?v\.?|n\.?\s?v\.?|bvba|bvba\.|vof|v\.o\.f\.|cvba|comm\.?v|gmbh|ltd"
    r"|inc|sprl|srl|llc)(?:[ \t]*[|,.)]?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


def in_company_letterhead(text: str, start: int) -> bool:
    """Whether the address at ``start`` follows a company name with a legal form (B.V., bv, nv).

    Such an address belongs to the company, not to a person. The line itself (up to the
    address) and the two lines above it are looked at.
    """
    line_start = text.rfind("\n", 0, start) + 1
    same_line = text[line_start:start]
    if re.search(
        r"(?<![\p{L}])(?:b\.v\.|n\.v\.|bv|nv|bvba|gmbh|ltd)(?![\p{L}])[^\n]*[|,]",
        same_line,
        re.IGNORECASE,
    ):
        return True
    above_end = max(line_start - 1, 0)
    above_start = above_end
    for _ in range(2):
        above_start = text.rfind("\n", 0, max(above_start - 1, 0)) + 1
        if above_start <= 0:
            above_start = 0
            break
    above = text[above_start:above_end]
    return bool(_COMPANY_FORM.search(above))


#: a word start for prefilters: weaker than ``\\m``, ``\\b`` or ``(?<!\\p{L})`` before a letter
#: (an ASCII letter is a letter to both engines), so it drops no candidate
NO_LETTER_BEFORE = r"(?<![A-Za-z])"


def _is_run_break(ch: str) -> bool:
    """Whether ``ch`` cannot be inside the ``[\\p{L}'’\\-]`` run of a street name."""
    return ch.isspace() or (ch < "\x80" and not ch.isalpha() and ch not in "'-")


#: a word right before a house number, and a street suffix at its end: the ``street_suffix``
#: prefilter (the suffix alternation alone is too slow to scan the whole text with)
_WORD_THEN_NUMBER = std_re.compile(r"[a-z][ \t]+[1-9]", std_re.IGNORECASE)
_SUFFIX_AT_END = std_re.compile(
    rf"(?:{'|'.join(STREET_SUFFIXES)})(?:-(?:noord|zuid|oost|west)(?:zijde)?)?\Z",
    std_re.IGNORECASE,
)
#: the digits of a postcode with its letters or town after them (see POSTCODE_AHEAD)
_POSTCODE_DIGITS = std_re.compile(r"[1-9]\d{3}(?:[ \t]?[a-zA-Z]{2}|[ \t]+\S)")
_LINE_OR_PUNCT = std_re.compile(r"^|[,:;(]", std_re.MULTILINE)


def _suffix_street_starts(text: str) -> Iterator[int]:
    """Every position of a word that ends in a street suffix and has a house number after it."""
    for found in _WORD_THEN_NUMBER.finditer(text):
        end = found.start() + 1
        start = found.start()
        while start > 0 and not _is_run_break(text[start - 1]):
            start -= 1
        if _SUFFIX_AT_END.search(text, start, end):
            yield from range(start, end)


def _before_postcode_starts(text: str) -> Iterator[int]:
    """Line starts and ``,:;(`` on the line of a four-digit number or the line above it.

    The street and number are on one line and the postcode on that line or the next.
    """
    for digits in starts_of(_POSTCODE_DIGITS)(text):
        line_start = text.rfind("\n", 0, digits) + 1
        above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
        for found in _LINE_OR_PUNCT.finditer(text, above, digits + 1):
            yield found.start()


class AddressRecognizer(DutchRecognizer):
    """Finds street + house number in Dutch and Belgian spellings."""

    ENTITY = "ADDRESS"
    PATTERNS = [
        Pattern(
            "street_suffix",
            r"\m(?<![\d'’\-/@.])(?=[\p{L}'’\-]+[ \t]+[1-9])"
            rf"(?P<value>{_L}[\p{{L}}'’\-]*?(?:{_SUFFIX_ALT})"
            r"(?:-(?:noord|zuid|oost|west)(?:zijde)?)?"
            rf"[ \t]+{HOUSE_NUMBER}){_UNIT_AFTER}(?![\p{{L}}\d])",
            0.6,
        ),
        Pattern(
            "street_before_postcode",
            rf"(?:^[ \t]*(?:[-*•][ \t]+)?|[,:;(][ \t]*)(?P<value>{_FREE_NAME}[ \t]+{HOUSE_NUMBER})"
            rf"{POSTCODE_AHEAD}",
            0.55,
        ),
        Pattern(
            "street_after_label",
            rf"(?<![\p{{L}}]){_LABEL}(?:[ \t]+(?:is|was|wordt|:))?[ \t]*:?[ \t]*"
            rf"(?P<value>{_FREE_NAME}[ \t]+{HOUSE_NUMBER}){_UNIT_AFTER}"
            r"(?=[ \t]*(?:[,;(]|$|[ \t][1-9]\d{3}))",
            0.55,
        ),
        Pattern(
            "known_suffixless_street",
            r"(?<![\p{L}\d'’\-])(?P<value>(?-i:"
            + "|".join(re.escape(s) for s in SUFFIXLESS_STREETS)
            + rf")[ \t]+{HOUSE_NUMBER}){POSTCODE_AHEAD}",
            0.55,
        ),
    ]
    CONTEXT = ("adres", "address", "woon", "postcode", "verhuisd", "bezorg", "lever")
    #: where the two costliest patterns can start (see :class:`CandidateScan`)
    _CANDIDATES: ClassVar[dict[str, Callable[[str], Iterable[int] | None]]] = {
        "street_suffix": _suffix_street_starts,
        "street_before_postcode": _before_postcode_starts,
    }

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [
            (p, CandidateScan(c, self._CANDIDATES[p.name]) if p.name in self._CANDIDATES else c)
            for p, c in self._compiled
        ]

    _number = re.compile(r"[ \t]+([1-9]\d{0,4})")
    _lead_token = re.compile(r"[^\s]+[ \t]+$")

    def accept(self, text: str, start: int, end: int) -> bool:
        """Reject suffix look-alikes (Amsterdam, USB-poort, ThinkPad) and letterhead addresses."""
        value = text[start:end]
        number = self._number.search(value)
        if number is None:
            return False
        street = value[: number.start()].rstrip()
        last_word = street.split()[-1] if street.split() else street
        bare = re.sub(r"-(?:noord|zuid|oost|west)(?:zijde)?$", "", last_word, flags=re.I)
        if re.search(r"\p{Ll}\p{Lu}", bare) or _NOT_STREET.fullmatch(bare):
            return False
        if bare.lower().endswith("ring") and not _RING_OK.search(bare.lower()):
            return False
        if bare.lower().endswith("ing") and not bare.lower().endswith("ring"):
            return False
        first = street.split()[0].lower()
        if first.rstrip(".:") in _NOT_NAME and " " in street and first not in ("nieuwe", "oude"):
            return False
        house = int(number.group(1))
        tail = text[end : end + 40]
        # a year after a word ("Kerstmarkt 2024") unless a postcode follows
        is_year = 1900 <= house < 2100 and value.rstrip().endswith(number.group(1))
        if is_year and not re.match(POSTCODE_AHEAD, tail):
            return False
        return not in_company_letterhead(text, start)

    def _extend_left(self, text: str, start: int) -> int:
        """Walk back over the names and particles in front of the suffix word."""
        line_start = text.rfind("\n", 0, start) + 1
        window = text[max(line_start, start - 80) : start]
        tokens = window.split(" ")
        if not tokens or tokens[-1] != "":
            return start  # the suffix word is glued to something before it
        tokens = tokens[:-1]
        taken: list[str] = []
        for token in reversed(tokens):
            if not token or len(taken) >= 5 or re.fullmatch(r"[A-Z]{2}", token):
                break
            low = token.lower()
            if low in _PARTICLES:
                taken.append(token)
                continue
            is_initials = re.fullmatch(r"(?:\p{Lu}\.)+", token) is not None
            is_title = low in ("dr.", "mr.", "prof.", "st.", "burg.", "ir.", "ds.", "mgr.")
            if (
                re.fullmatch(r"\p{Lu}[\p{L}'’\-]*", token) or is_initials or is_title
            ) and low not in _NOT_NAME:
                taken.append(token)
                continue
            break
        # leading lowercase particles only when a name follows them ("van der Duyn van …")
        while taken and taken[-1].islower() and taken[-1] not in _LEADING_PARTICLES:
            taken.pop()
        while (
            taken
            and taken[-1].lower() in _PARTICLES
            and (taken[-1][0].islower() or taken[-1] in ("De", "Den", "Het"))
        ):
            rest = taken[:-1]
            if any(t.lower() not in _PARTICLES for t in rest):
                break
            taken.pop()
        if not taken:
            return start
        length = sum(len(t) + 1 for t in taken)
        return start - length

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match, then add the name words in front of a suffix street and drop overlaps."""
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        for result in results:
            if _pattern_name(result) == "street_suffix":
                result.start = self._extend_left(text, result.start)
        results.sort(key=lambda r: (r.start, -(r.end - r.start)))
        kept: list[RecognizerResult] = []
        for result in results:
            if kept and result.start < kept[-1].end:
                continue
            kept.append(result)
        return kept


def _pattern_name(result: RecognizerResult) -> Any:
    explanation = result.analysis_explanation
    return explanation.pattern_name if explanation is not None else None
