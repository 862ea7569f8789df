"""The shape every Dutch recognizer shares.

Presidio's ``PatternRecognizer`` matches a regex, optionally validates it, and leaves context to
the analyzer's lemma-based enhancer. That enhancer needs a lemmatizer (our pipeline has none)
and matches tokens, not the Dutch abbreviations support staff type ("klantnr.", "btw-id",
"tel:"). So a :class:`DutchRecognizer` looks for its cue words itself, in a character window
around the match, and marks the result as context-enhanced so Presidio does not look again.

A subclass declares class constants only, in the style of Presidio's country recognizers::

    class NlKvkRecognizer(DutchRecognizer):
        ENTITY = "KVK"
        PATTERNS = [Pattern("kvk", r"\\b\\d{8}\\b", 0.3)]
        CONTEXT = ("kvk", "kamer van koophandel")
        CONTEXT_REQUIRED = True

and overrides ``validate_result`` (checksum through python-stdnum & co.: True, False or None)
and, when the surrounding text decides, ``accept``.

A pattern may narrow the reported span with a named group ``value``: the regex can then
include a cue ("wachtwoord: ") or a boundary without redacting it.
"""

from __future__ import annotations

import re as std_re
from typing import ClassVar

import regex as re
from presidio_analyzer import (
    AnalysisExplanation,
    EntityRecognizer,
    Pattern,
    PatternRecognizer,
    RecognizerResult,
)
from presidio_analyzer.nlp_engine import NlpArtifacts

#: score given to a match whose checksum validated
VALIDATED_SCORE = 1.0
#: added to a pattern's score when a cue word is near
CONTEXT_BOOST = 0.35
#: a result below this never leaves the analyzer (see pipelines.analyzer)
MIN_SCORE = 0.4


def cue_regex(
    cues: tuple[str, ...] | list[str], underscore_starts: bool = False
) -> re.Pattern[str] | None:
    """Compile cue words into one regex that finds any of them at a word start.

    Cues are prefixes: ``klantn`` finds "klantnummer" and "klantnr". Cues of three letters or
    fewer must be whole words, or "sn" would find "snel" and "bon" "bonus". A cue with a space
    matches any run of whitespace or hyphens there ("api key", "api-key"). With
    ``underscore_starts`` a cue may also start after an underscore, as in a file name
    ("scan_paspoort_…").
    """
    if not cues:
        return None
    parts = sorted({c.lower().strip() for c in cues}, key=len, reverse=True)
    # a short cue ends its word; in a file name an underscore ends it too ("eid_5912….pdf")
    whole = r"(?![^\W_])" if underscore_starts else r"(?!\w)"
    alternatives = "|".join(
        re.escape(p).replace(r"\ ", r"[\s\-_]*") + (whole if len(p) <= 3 else "") for p in parts
    )
    start = r"(?<![^\W_])" if underscore_starts else r"(?<![\w])"
    return fast_compile(rf"{start}(?:{alternatives})", re.IGNORECASE)


def fast_compile(pattern: str, flags: int = 0):
    """Compile with the standard library when it can (2-3x faster), else with ``regex``.

    ``regex`` is needed for variable-length lookbehind and ``\\p{..}`` classes; the two
    engines agree on everything the standard one accepts. Flag values are shared.
    """
    try:
        return std_re.compile(pattern, flags)
    except std_re.error:
        return re.compile(pattern, flags)


class DutchRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer with Dutch cue words and library checksums."""

    ENTITY: ClassVar[str] = ""
    PATTERNS: ClassVar[list[Pattern]] = []
    #: lowercase cue words (prefixes) that make a match more likely
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    #: drop matches that have no cue in the window
    CONTEXT_REQUIRED: ClassVar[bool] = False
    #: cue words that say "this number is something else" (order, invoice, tracking number);
    #: a match preceded by one of them, within NEGATIVE_BEFORE characters, and by no positive
    #: cue, is dropped even when its checksum passes (one random number in eleven passes the
    #: elfproef)
    NEGATIVE_CONTEXT: ClassVar[tuple[str, ...]] = ()
    NEGATIVE_BEFORE: ClassVar[int] = 30
    #: characters before / after the match searched for cues
    CONTEXT_BEFORE: ClassVar[int] = 60
    CONTEXT_AFTER: ClassVar[int] = 25
    #: regex flags for PATTERNS; the default ignores case
    FLAGS: ClassVar[int] = re.IGNORECASE | re.MULTILINE

    def __init__(self, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=type(self).__name__,
            supported_language=supported_language,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=list(self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        self._compiled = [(p, fast_compile(p.regex, self.FLAGS)) for p in self.patterns]
        self._cues = cue_regex(self.CONTEXT)
        self._negative_cues = cue_regex(self.NEGATIVE_CONTEXT)

    # --- hooks for subclasses -------------------------------------------------------------
    def validate_result(self, pattern_text: str) -> bool | None:
        """Checksum of the matched value: True (valid), False (drop it) or None (no checksum)."""
        return None

    def accept(self, text: str, start: int, end: int) -> bool:
        """Decide with the surrounding text whether ``text[start:end]`` is really this entity."""
        return True

    # --- shared machinery -----------------------------------------------------------------
    def find_cue(self, text: str, start: int, end: int) -> str | None:
        """The first cue word in the window around ``text[start:end]``, or None."""
        if self._cues is None:
            return None
        before = text[max(0, start - self.CONTEXT_BEFORE) : start]
        after = text[end : end + self.CONTEXT_AFTER]
        found = self._cues.search(before) or self._cues.search(after)
        return found.group(0).lower() if found else None

    def has_negative_cue(self, text: str, start: int) -> bool:
        """Whether a cue for another kind of number stands just before ``start``."""
        if self._negative_cues is None:
            return False
        return bool(self._negative_cues.search(text[max(0, start - self.NEGATIVE_BEFORE) : start]))

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        """Match every pattern, validate, weigh cue words, and report the value's span."""
        if entities and self.ENTITY not in entities:
            return []
        if self.CONTEXT_REQUIRED and self._cues is not None and not self._cues.search(text):
            return []  # no cue anywhere: nothing can qualify, skip the pattern scans
        results: list[RecognizerResult] = []
        for pattern, compiled in self._compiled:
            for match in compiled.finditer(text):
                start, end = match.span("value") if "value" in compiled.groupindex else match.span()
                if start < 0 or start == end:
                    continue
                result = self._score_match(text, start, end, pattern)
                if result is not None:
                    results.append(result)
        return EntityRecognizer.remove_duplicates(results)

    def _score_match(
        self, text: str, start: int, end: int, pattern: Pattern
    ) -> RecognizerResult | None:
        value = text[start:end]
        validation = self.validate_result(value)
        if validation is False or self.invalidate_result(value):
            return None
        if not self.accept(text, start, end):
            return None
        cue = self.find_cue(text, start, end)
        if cue is None and (self.CONTEXT_REQUIRED or self.has_negative_cue(text, start)):
            return None
        score = VALIDATED_SCORE if validation else pattern.score
        if cue is not None:
            score = min(1.0, max(score + CONTEXT_BOOST, MIN_SCORE))
        explanation = AnalysisExplanation(
            recognizer=self.name,
            original_score=pattern.score,
            pattern_name=pattern.name,
            pattern=pattern.regex,
            validation_result=validation,
            textual_explanation=f"{self.name}: pattern {pattern.name}"
            + (", checksum valid" if validation else "")
            + (f", cue '{cue}'" if cue else ""),
        )
        if cue is not None:
            explanation.set_supportive_context_word(cue)
        return finding(self, self.ENTITY, start, end, score, explanation)


def finding(
    recognizer: EntityRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    explanation: AnalysisExplanation,
) -> RecognizerResult:
    """A result of one of our recognizers: named, with its id, and marked as already weighed
    for context (our own cue search replaces Presidio's lemma-based one)."""
    return RecognizerResult(
        entity_type=entity,
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY: True,
        },
    )
