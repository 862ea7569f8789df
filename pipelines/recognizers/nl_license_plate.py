"""Vehicle registration plates: Dutch RDW sidecodes 1-14 and Belgian plates.

A Dutch plate is one of fourteen letter/digit layouts ("sidecodes": ``XX-99-99`` ...
``99-XXX-9``, ``X-999-XX``, ``999-XX-9``) whose letters are consonants without C and Q, so
no word can be spelled. Written in capitals with its dashes, that shape is specific enough to
stand without a cue; the code-like traps of support tickets (``KIT-T-2413``, ``R-24-0871``,
``VER-0042``, ``2024-PT-0315``) fit no sidecode. Without dashes, with spaces, or in lower case a
plate needs a cue word ("kenteken", "auto", "nummerplaat"). Belgian plates (``1-ABC-123``) are
handled alike; the old Belgian ``ABC-123`` / ``123-ABC`` only with a cue.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Callable, Iterable, Iterator

import regex as re
from presidio_analyzer import Pattern

from pipelines.recognizers._scan import CandidateScan, lowered_starts
from pipelines.recognizers.base import DutchRecognizer

#: letters of Dutch plates: no vowels (no words), no C and Q (confused with G and O)
_L = "[BDFGHJKLMNPRSTVWXZ]"
#: the RDW sidecodes 1-14; X is a letter, 9 a digit
SIDECODES: tuple[str, ...] = (
    "XX-99-99", "99-99-XX", "99-XX-99", "XX-99-XX", "XX-XX-99", "99-XX-XX", "99-XXX-9",
    "9-XXX-99", "XX-999-X", "X-999-XX", "XXX-99-X", "X-99-XXX", "9-XX-999", "999-XX-9",
)  # fmt: skip

_PLATE_CHAR = r"[BDFGHJKLMNPRSTVWXZ\d]"
_START = r"(?<![\w\-/.#])"
_END = r"(?![\w/]|-\w|[.,]\d)"


def _sidecodes() -> str:
    """All sidecodes as one alternation; the separator (dash, space or none) after the first
    group is captured as ``sep`` and repeated, so ``VJ-31 RB`` is not a plate."""
    alternatives = []
    for code in SIDECODES:
        groups = [
            f"{_L}{{{len(g)}}}" if g[0] == "X" else rf"\d{{{len(g)}}}" for g in code.split("-")
        ]
        alternatives.append(groups[0] + "(?P<sep>[- ]?)" + "(?P=sep)".join(groups[1:]))
    # the lookahead rejects most word starts before the 14 alternatives are tried
    return rf"\b(?={_PLATE_CHAR}{{1,3}}[- ]?{_PLATE_CHAR}{{2}})(?:{'|'.join(alternatives)})"


def _sidecode_shapes() -> str:
    """The sidecodes in lowercase, without boundaries, for the standard ``re`` (which wants a
    distinct name for each separator group): where an ``nl_plate`` match can start."""
    alternatives = []
    for number, code in enumerate(SIDECODES):
        groups = [
            f"{_L.lower()}{{{len(g)}}}" if g[0] == "X" else rf"\d{{{len(g)}}}"
            for g in code.split("-")
        ]
        sep = f"sep{number}"
        alternatives.append(groups[0] + f"(?P<{sep}>[- ]?)" + f"(?P={sep})".join(groups[1:]))
    return "|".join(alternatives)


_SHAPES = std_re.compile(_sidecode_shapes())
_LOW = _L.lower()
#: a digit next to a plate letter (maybe across a separator): a plate's first letter/digit
#: boundary, at most six characters after its start ("XX-XX-99")
_BOUNDARY_DIGIT = std_re.compile(rf"\d(?:[- ]?{_LOW}|(?<={_LOW}.)|(?<={_LOW}[- ].))")


def _nl_plate_starts(text: str) -> Iterator[int] | None:
    """Positions up to six before a letter/digit boundary where a sidecode shape begins.

    The fourteen-way shape alternation is too slow to scan the whole text with; a digit next
    to a plate letter is rare and cheap to find.
    """
    boundaries = lowered_starts(_BOUNDARY_DIGIT)(text)
    if boundaries is None:
        return None
    low = text.lower()  # same length: lowered_starts checked it
    return _shape_starts(low, boundaries)


def _shape_starts(low: str, boundaries: Iterable[int]) -> Iterator[int]:
    next_start = 0
    for boundary in boundaries:
        for start in range(max(next_start, boundary - 6), boundary + 1):
            if _SHAPES.match(low, start):
                yield start
        next_start = boundary + 1


def _dash_starts(offset: int) -> Callable[[str], Iterator[int]]:
    """Candidates ``offset`` characters before each dash (Belgian plates with dashes)."""

    def candidates(text: str) -> Iterator[int]:
        dash = text.find("-")
        while dash >= 0:
            if dash >= offset:
                yield dash - offset
            dash = text.find("-", dash + 1)

    return candidates


#: where each pattern can start (see address.CandidateScan): the boundary lookarounds of the
#: patterns would otherwise be tried at every position
_STARTS: dict[str, Callable[[str], Iterable[int] | None]] = {
    "nl_plate": _nl_plate_starts,
    "be_plate_dashed": _dash_starts(1),
    "be_plate_compact": lowered_starts(std_re.compile(r"[1-9][ ]?[a-z]{3}[ ]?\d{3}")),
    "be_plate_old": _dash_starts(3),
}


class NlLicensePlateRecognizer(DutchRecognizer):
    """Finds Dutch (sidecode) and Belgian licence plates."""

    ENTITY = "LICENSE_PLATE"
    PATTERNS = [
        Pattern("nl_plate", rf"{_START}{_sidecodes()}{_END}", 0.5),
        Pattern("be_plate_dashed", rf"{_START}[1-9]-[A-Z]{{3}}-\d{{3}}{_END}", 0.5),
        Pattern("be_plate_compact", rf"{_START}[1-9][ ]?[A-Z]{{3}}[ ]?\d{{3}}{_END}", 0.1),
        Pattern("be_plate_old", rf"{_START}(?:[A-Z]{{3}}-\d{{3}}|\d{{3}}-[A-Z]{{3}}){_END}", 0.1),
    ]
    CONTEXT = (
        "kenteken", "nummerplaat", "nummerbord", "auto", "wagen", "bedrijfswagen",
        "leaseauto", "lease-auto", "bestelwagen", "bestelbus", "busje", "vrachtwagen",
        "firmawagen", "dienstwagen", "voertuig", "motor", "scooter", "aanhanger", "caravan",
        "camper", "parkeer", "license plate", "licence plate", "plate", "registration",
        "vehicle",
    )  # fmt: skip
    #: labels of codes that can take a plate's shape; unlike the shared business cues not
    #: "factuur", "werkbon", "reparatie": a garage's invoice is where plates are written
    NEGATIVE_CONTEXT = (
        "order", "bestel", "ticket", "referentie", "ref", "kenmerk", "dossier", "zaaknummer",
        "case", "rma", "serienummer", "serial", "artikel", "model", "type", "product", "sku",
        "code", "foutcode", "fout", "error", "versie", "version", "build", "asset", "track",
        "zending",
    )  # fmt: skip
    NEGATIVE_BEFORE = 20

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(supported_language)
        self._compiled = [(p, CandidateScan(c, _STARTS[p.name])) for p, c in self._compiled]

    #: "1-MRT-24" is a date: MRT is the one Dutch month abbreviation without a vowel
    _DATE_LIKE = re.compile(r"MRT", re.IGNORECASE)

    def accept(self, text: str, start: int, end: int) -> bool:
        """Only a dashed plate in capitals without a month in it goes without a cue word."""
        value = text[start:end]
        if "-" in value and value.isupper() and not self._DATE_LIKE.search(value):
            return True
        return self.find_cue(text, start, end) is not None
