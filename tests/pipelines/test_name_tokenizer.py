"""A first name that ends a sentence is its own token, in the recipe and in the shipped model."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipelines.name_tokenizer import make_name_safe, name_exceptions

SHIPPED = Path(__file__).resolve().parents[2] / "models" / "nl_privacy_ner"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Ik sprak gisteren met Max.", ["Max", "."]),
        ("Het boek is van Tom.", ["Tom", "."]),
        ("Bel Ed.", ["Ed", "."]),
        # lowercase abbreviations keep their dot
        ("Zie art. 5 en blz. 12", ["art.", "5", "en", "blz.", "12"]),
    ],
)
def test_name_safe_tokenizer(text, tokens):
    nlp = spacy.blank("nl")
    make_name_safe(nlp, first_names={"Max", "Tom", "Ed"})
    words = [t.text for t in nlp(text)]
    assert words[-len(tokens) :] == tokens


def test_only_title_case_first_names_are_dropped():
    rules = ["Tom.", "tom.", "Blz.", "TOM.", "Max."]
    assert name_exceptions(rules, {"Tom", "Max"}) == ["Max.", "Tom."]


def test_the_shipped_model_splits_a_sentence_final_name():
    nlp = spacy.load(SHIPPED)
    assert [t.text for t in nlp.tokenizer("Dat heb ik aan Max.")][-2:] == ["Max", "."]
