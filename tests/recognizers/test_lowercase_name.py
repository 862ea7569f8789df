"""Lowercase first names where a name stands; lowercase words that are no name stay."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("de studio van femke was echt top", "femke"),
        ("bedankt joris voor alles!!", "joris"),
        ("super verblijf. noortje had alles klaargezet", "noortje"),
        ("het huisje van lotte en stijn ligt mooi", "stijn"),
    ],
)
def test_a_lowercase_first_name_in_a_names_place_is_redacted(redactor, text, name):
    assert name not in redactor.redact(text).text


@pytest.mark.parametrize(
    "text",
    [
        "we gaan met de trein naar gent",
        "ik kan het niet openen, de app van mijn bank doet raar",
        "bedankt voor alles, tot volgend jaar",
    ],
)
def test_lowercase_text_without_names_is_left_alone(redactor, text):
    assert "[PERSOON" not in redactor.redact(text).text


def test_without_word_list_tags_nothing_is_found():
    import spacy

    from pipelines.recognizers.lowercase_name import find_lowercase_names

    assert find_lowercase_names(spacy.blank("nl")("bedankt joris voor alles")) == []
