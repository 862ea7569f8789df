"""The spaCy slot: a pipeline plugs in by configuration, its labels map to our entity types."""

from __future__ import annotations

import pytest
import spacy

from pipelines.nlp import ModelNotFoundError, load_pipeline
from pipelines.redaction import Redactor


@pytest.fixture(scope="module")
def ruler_model(tmp_path_factory):
    """A pipeline whose 'ner' is a rule-based stand-in for a trained model."""
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns(
        [
            {"label": "PER", "pattern": "Joukje Tiemersma"},
            {"label": "ORG", "pattern": "Zeilmakerij Friesland"},
        ]
    )
    path = tmp_path_factory.mktemp("model") / "ruler_ner"
    nlp.to_disk(path)
    return path


def test_a_configured_pipeline_finds_names_and_its_labels_are_mapped(ruler_model):
    redactor = Redactor.from_config(model=str(ruler_model))
    assert redactor.analyzer.has_ner
    text = "Joukje Tiemersma werkt bij Zeilmakerij Friesland."
    result = redactor.redact(text)
    assert result.text == "[PERSOON-1] werkt bij Zeilmakerij Friesland."
    kinds = {(f.entity_type, f.action) for f in result.findings}
    assert ("PERSON", "redact") in kinds
    assert ("ORGANIZATION", "keep") in kinds


def test_blank_pipeline_has_no_ner_but_rules_still_find_names():
    redactor = Redactor.from_config(model="blank")
    assert not redactor.analyzer.has_ner
    assert "Kraai" not in redactor.redact("Met vriendelijke groet,\n\nP.J. de Kraai").text


def test_a_missing_model_is_a_clear_error_and_never_a_download(tmp_path):
    with pytest.raises(ModelNotFoundError, match="never downloads"):
        load_pipeline(str(tmp_path / "nl_core_news_lg"))
