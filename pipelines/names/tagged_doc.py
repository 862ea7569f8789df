"""The base of the PERSON recognizers that read the model's tagged ``Doc``, not the raw text."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.tokens import Doc

from pipelines.wordlist_tags import TAGGED_KEY


class TaggedDocPersonRecognizer(LocalRecognizer):
    """A PERSON recognizer that reads the model's tagged ``Doc`` rather than the raw text.

    Why: the lowercase-name and name-answer recognizers judge words by what the model's
    ``wordlist_tags`` step stored (OpenTaal tags, lowercase proper names); without that step
    (a blank pipeline) they have nothing to go on and find nothing. A subclass gives its
    ``SCORE`` and ``EXPLANATION`` and implements :meth:`find`.
    """

    SCORE: ClassVar[float] = 0.6
    EXPLANATION: ClassVar[str] = ""

    def __init__(self) -> None:
        super().__init__(
            supported_entities=["PERSON"], supported_language="nl", name=type(self).__name__
        )

    def load(self) -> None:
        """Nothing to load: the knowledge is in the tagged document."""

    def find(self, text: str, doc: Doc) -> Iterable[tuple[int, int]]:
        """Character spans of the persons in ``doc`` (whose text is ``text``)."""
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        doc = getattr(nlp_artifacts, "tokens", None)
        if "PERSON" not in entities or not isinstance(doc, Doc):
            return []
        if not len(doc) or not doc.user_data.get(TAGGED_KEY):
            return []  # no word-list tags: no model, no knowledge to go on
        return [self._result(start, end) for start, end in self.find(text, doc)]

    def _result(self, start: int, end: int) -> RecognizerResult:
        return RecognizerResult(
            "PERSON",
            start,
            end,
            self.SCORE,
            analysis_explanation=AnalysisExplanation(
                recognizer=self.name,
                original_score=self.SCORE,
                textual_explanation=self.EXPLANATION,
            ),
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
