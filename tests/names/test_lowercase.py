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

    from pipelines.names.lowercase import find_lowercase_names

    assert find_lowercase_names(spacy.blank("nl")("bedankt joris voor alles")) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # capitalised first names the model may overlook in a review
        ("We sliepen drie nachten in de studio van Wiktor. Aanrader!", ["Wiktor"]),
        ("Radosław, nogmaals bedankt voor de tips.", ["Radosław"]),
        # first names that are also Dutch words, in a pair after a thank-you
        ("Bedankt Roos & Mark! Het was top.", ["Roos", "Mark"]),
        # lowercase: a name also a word, closing a message or joined to a name
        ("fijn dat het gelukt is, liefs roos", ["roos"]),
        ("kun je het doorgeven aan fenna en joep?", ["fenna", "joep"]),
        # a lowercase word the word list knows only as a capitalised name
        ("oke thx wietse :)", ["wietse"]),
    ],
)
def test_names_in_their_places_are_redacted(redactor, text, names):
    redacted = redactor.redact(text).text
    assert "[PERSOON" in redacted
    for name in names:
        assert name not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "ik kocht een roos en een tulp voor mijn moeder",
        "ok bedankt allemaal, groetjes terug",
        "Alexa verstaat me niet meer sinds de update.",
        "Ik bel morgen met notariskantoor Van Dijk & Roos.",
        "We werken met google en teams, en wonen in amsterdam.",
        "thx man",
    ],
)
def test_words_and_firms_are_no_names(redactor, text):
    assert "[PERSOON" not in redactor.redact(text).text
