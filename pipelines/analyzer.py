"""The Presidio analyzer, assembled for Dutch: our recognizers plus a pluggable spaCy pipeline.

Presidio ships no Dutch recognizers and its defaults are English; here the registry holds only
privacywacht's own recognizers (``pipelines.recognizers``) and, when the configured spaCy
pipeline has an ``ner`` component, Presidio's spaCy recognizer mapped to
``PERSON``/``LOCATION``/``ORGANIZATION``. Without a model the spaCy pass is skipped: none of
the pattern recognizers reads tokens, and tokenising every message would only cost time.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts
from spacy.language import Language
from spacy.tokens import Doc

from pipelines.names.checks import drop_non_persons
from pipelines.names.model_filter import CheckedSpacyRecognizer
from pipelines.nlp import NER_ENTITIES, OfflineSpacyNlpEngine
from pipelines.offline import forbid_suffix_list_download
from pipelines.recognizers import all_recognizers
from pipelines.recognizers.base import MIN_SCORE

LANGUAGE = "nl"
#: texts per ``nlp.pipe`` batch: measured on one core over ~500-character support messages,
#: 32 at a time runs the pipeline about a third faster than one by one (larger batches lose
#: again: their arrays no longer fit the caches)
PIPE_BATCH = 32

# Presidio logs matched words and context lists at DEBUG: message text must never reach a log
# handler, whatever level the application sets on the root logger.
logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
logging.getLogger("presidio-anonymizer").setLevel(logging.WARNING)


class CuesAlreadyWeighed(ContextAwareEnhancer):
    """Presidio's context step, left out: every recognizer here weighs its own cue words.

    The default lemma-based enhancer deep-copies every result and needs a lemmatizer our
    pipeline does not have; it would only cost time (about a tenth of all redaction time).
    """

    def __init__(self) -> None:
        super().__init__(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        )

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class Analyzer:
    """Finds every candidate entity in a text; the policy decides what happens to them."""

    def __init__(self, nlp: Language, recognizer_config: Mapping[str, Any] | None = None) -> None:
        forbid_suffix_list_download()
        self.nlp_engine = OfflineSpacyNlpEngine(nlp, LANGUAGE)
        registry = RecognizerRegistry(supported_languages=[LANGUAGE])
        for recognizer in all_recognizers(recognizer_config):
            registry.add_recognizer(recognizer)
        if self.nlp_engine.has_ner:
            registry.add_recognizer(
                CheckedSpacyRecognizer(
                    supported_language=LANGUAGE, supported_entities=list(NER_ENTITIES)
                )
            )
        self.engine = AnalyzerEngine(
            registry=registry,
            nlp_engine=self.nlp_engine,
            supported_languages=[LANGUAGE],
            default_score_threshold=MIN_SCORE,
            context_aware_enhancer=CuesAlreadyWeighed(),
        )
        self._no_artifacts = NlpArtifacts(
            entities=[],
            tokens=[],
            tokens_indices=[],
            lemmas=[],
            nlp_engine=None,
            language=LANGUAGE,
        )

    @property
    def has_ner(self) -> bool:
        return self.nlp_engine.has_ner

    def docs(self, texts: Iterable[str], batch_size: int = PIPE_BATCH) -> Iterator[Doc | None]:
        """The spaCy documents of ``texts``, in order, run through ``nlp.pipe`` in batches;
        None for each text when the pipeline finds no names (then :meth:`analyze` needs none).

        Each document is exactly what ``nlp(text)`` makes (the components keep no state
        between documents); pass it to :meth:`analyze` with its own text."""
        if not self.has_ner:
            for _ in texts:
                yield None
            return
        yield from self.nlp_engine.nlp[LANGUAGE].pipe(texts, batch_size=batch_size)

    def analyze(self, text: str, doc: Doc | None = None) -> list[RecognizerResult]:
        """All findings at or above the score threshold, duplicates removed.

        ``doc``: the text's spaCy document when it was already made (:meth:`docs`), so that
        a batch runs the pipeline once for all its texts; else it is made here."""
        if not self.has_ner:
            artifacts = self._no_artifacts
        elif doc is None:
            artifacts = self.nlp_engine.process_text(text, LANGUAGE)
        else:
            if doc.text != text:  # a mismatched pair would put findings at wrong offsets
                raise ValueError("the document given is not of this text")
            artifacts = self.nlp_engine._doc_to_nlp_artifact(doc, LANGUAGE)
        results = self.engine.analyze(text=text, language=LANGUAGE, nlp_artifacts=artifacts)
        if self.has_ner and artifacts.tokens is not None:
            results = drop_non_persons(artifacts.tokens, results, text)
        return results
