"""Person names from cues that need no model: titles, initials, headers, labels, closings.

Support messages name people in a few fixed places: the mail header (``Van: Nurcan Yavuzalp
<...>``), the ticket form (``Behandelaar: Joost Verhelst``), the chat speaker label, the greeting
and the closing, and after titles or initials (``dhr. T. van der Gaag``, ``P.J. de Wolff``).
Those cues find most names before any NER model runs, and they find them with high precision:
a capitalised word is a name only when a cue says so ("Bakker", "Vos" and "de Boer" are also
ordinary words). A name found with a strong cue is then looked up elsewhere in the same message,
so the bare "Femke" above a signature is caught once the header named Femke Ooms.

Chat users type names in lowercase ("ze heet ineke", "klant: siem meersman"); such a name is
accepted only right after the strongest cues and only when it is no common Dutch word.

The cues are rule objects, one module per family (``pipelines.names.rules``); what every
candidate must pass is in ``pipelines.names.judge``; this module applies them, keeps one
finding per stretch of text and looks for the names found again.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex as re
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from pipelines.names.companies import is_company_token, is_shop_head
from pipelines.names.judge import judge
from pipelines.names.message import Message, domain_labels
from pipelines.names.rules import CASE_TRAPS, RULES
from pipelines.names.shape import TV_WORDS
from pipelines.names.words import COMMON, GENERIC
from pipelines.recognizers.base import finding

#: rules after which a one-word name is not looked for elsewhere (see ``Rule.repeats_lone_word``)
_LONE_WORD_STAYS = frozenset(rule.name for rule in RULES if not rule.repeats_lone_word)
#: what may not touch a repeated name: it would be part of a longer word, address or path
_REPEAT_BEFORE = re.compile(r"[\w@./'’-]")
_REPEAT_AFTER = re.compile(r"[\w@'’-]|\.\w")


def find_whole(text: str, variants: Iterable[str]) -> list[tuple[int, int]]:
    """Spans of the variants standing alone, left to right, longest first, not overlapping.

    What ``finditer`` of ``(?<![\\w@./'’-])(?:v1|v2|...)(?![\\w@'’-]|\\.\\w)`` gives with the
    variants longest first, without compiling that pattern: the names differ per message, so
    ``regex`` would compile a new pattern for nearly every message, and that costs more than
    this search.
    """
    longest: dict[int, int] = {}  # start -> length of the longest variant standing alone there
    for variant in variants:
        start = text.find(variant)
        while start != -1:
            end = start + len(variant)
            if (
                len(variant) > longest.get(start, 0)
                and not (start and _REPEAT_BEFORE.match(text, start - 1))
                and not _REPEAT_AFTER.match(text, end)
            ):
                longest[start] = len(variant)
            start = text.find(variant, start + 1)
    spans = []
    taken = 0
    for start in sorted(longest):
        if start >= taken:
            taken = start + longest[start]
            spans.append((start, taken))
    return spans


class PersonRulesRecognizer(LocalRecognizer):
    """Finds ``PERSON`` names after titles, initials, headers, labels, greetings and closings."""

    ENTITY = "PERSON"

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name=type(self).__name__,
            supported_language=supported_language,
        )

    def load(self) -> None:
        """Nothing to load: the regexes are compiled at import."""

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
    ) -> list[RecognizerResult]:
        """Apply every cue, then look for the names found again elsewhere in the message."""
        if entities and self.ENTITY not in entities:
            return []
        lowered = text.lower()
        domains = domain_labels(lowered) if "." in text else set()
        # İ and ſ match a cue letter for ``regex`` without lowercasing to it: scan in full
        cues_apply = not (CASE_TRAPS & set(text))
        doc = nlp_artifacts.tokens if nlp_artifacts is not None else None
        message = Message(text, lowered, domains, doc if isinstance(doc, Doc) else None)
        found: list[tuple[int, int, float, str]] = []
        for rule in RULES:
            if rule.needs and not any(n in lowered for n in rule.needs):
                continue
            for match in rule.candidates(text, lowered if cues_apply else None):
                span = judge(text, match, rule, message)
                if span is not None:
                    found.append((span[0], span[1], rule.score, rule.name))
        found = self._resolve(found)
        found = self._resolve(found + self._repeats(text, found))
        return [self._result(start, end, score, how) for start, end, score, how in found]

    # --- the same name elsewhere ----------------------------------------------------------
    @staticmethod
    def _repeats(
        text: str, found: Iterable[tuple[int, int, float, str]]
    ) -> list[tuple[int, int, float, str]]:
        """Occurrences of names (and first names) already found with a firm cue."""
        variants: set[str] = set()
        for start, end, score, how in found:
            value = text[start:end]
            words = value.split()
            if len(words) < 2 and (score < 0.6 or how in _LONE_WORD_STAYS):
                continue  # a lone word after "meneer" is a surname: "Garage Verhaegen" is no person
            if len(words) >= 2:
                variants.add(value)
            first = words[0]
            if (
                not first.endswith(".")
                and len(first) >= 3
                and first.lower() not in COMMON
                and first.lower() not in GENERIC
                and first.lower() not in TV_WORDS
            ):
                variants.add(first)
                if first.islower():
                    variants.add(first.capitalize())
        if not variants:
            return []
        repeats = []
        for start, end in find_whole(text, variants):
            before = text[max(0, start - 30) : start].split()
            if before and (is_company_token(before[-1]) or is_shop_head(before[-1])):
                continue  # "Garage Verhaegen", "Hofman Administratie": the company, not the person
            repeats.append((start, end, 0.5, "repeat"))
        return repeats

    @staticmethod
    def _resolve(
        found: list[tuple[int, int, float, str]],
    ) -> list[tuple[int, int, float, str]]:
        """One result per stretch of text: the best-scored, then the longest."""
        best: list[tuple[int, int, float, str]] = []
        for cand in sorted(found, key=lambda f: (-f[2], -(f[1] - f[0]), f[0])):
            if all(cand[1] <= s or cand[0] >= e for s, e, _, _ in best):
                best.append(cand)
        return sorted(best)

    def _result(self, start: int, end: int, score: float, how: str) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=score,
            pattern_name=how,
            textual_explanation=f"{self.name}: name after cue '{how}'",
        )
        return finding(self, self.ENTITY, start, end, score, explanation)
