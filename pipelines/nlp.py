"""The spaCy side of the analyzer: which pipeline runs, loaded offline, and what its labels mean.

Presidio's ``SpacyNlpEngine.load`` calls ``spacy.cli.download`` when a model name is not
installed — a network call at run time, which privacywacht never makes. The engine here loads
by path only, or builds a blank ``nl`` pipeline (tokenizer only) when no model is configured,
and fails with a clear message when a configured model is missing.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

# registers the model's "privacywacht_wordlist_tags", "privacywacht_entity_consistency" and
# "privacywacht_entity_cues" factories even when privacywacht runs from a source tree without
# its entry points installed
from pipelines import entity_consistency, entity_cues, name_tokenizer, wordlist_tags  # noqa: F401

#: configuration value meaning "no trained model: tokenizer only"
BLANK_MODEL = "blank"

#: spaCy / CoNLL / Europeana labels -> privacywacht entity types
LABEL_TO_ENTITY: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "LOCATION": "LOCATION",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "NORP": "ORGANIZATION",
}

#: labels a model may emit that are not personal data
IGNORED_LABELS = frozenset(
    {
        "MISC",
        "DATE",
        "TIME",
        "CARDINAL",
        "ORDINAL",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "PRODUCT",
        "EVENT",
        "WORK_OF_ART",
        "LAW",
        "LANGUAGE",
        "FAC",
    }
)

NER_ENTITIES = ("PERSON", "LOCATION", "ORGANIZATION")


class ModelNotFoundError(RuntimeError):
    """A configured spaCy pipeline is not on disk (and is never downloaded)."""


def load_pipeline(model: str, project_root: Path | None = None) -> spacy.language.Language:
    """Load the configured spaCy pipeline from disk, or a blank Dutch one for ``"blank"``."""
    if not model or model == BLANK_MODEL:
        return spacy.blank("nl")
    path = Path(model)
    if not path.is_absolute() and project_root is not None and not path.exists():
        path = project_root / path
    if not path.exists():
        raise ModelNotFoundError(
            f"spaCy model not found at {model!r}; privacywacht loads models by path only "
            f'and never downloads them (set [nlp] model = "blank" to run without one)'
        )
    return spacy.load(path)


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """Presidio's spaCy engine, fed one already-loaded (or blank) Dutch pipeline."""

    def __init__(self, nlp: spacy.language.Language, language: str = "nl") -> None:
        super().__init__(
            models=[{"lang_code": language, "model_name": nlp.meta.get("name", "blank")}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=dict(LABEL_TO_ENTITY),
                labels_to_ignore=list(IGNORED_LABELS),
                low_score_entity_names=[],
                default_score=0.85,
            ),
        )
        self.nlp = {language: nlp}

    def load(self) -> None:
        """Already loaded in ``__init__``; Presidio's version would try to download."""

    @property
    def has_ner(self) -> bool:
        """Whether the pipeline can find names at all (a blank one cannot)."""
        return any("ner" in name for name in next(iter(self.nlp.values())).pipe_names)
