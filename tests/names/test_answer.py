"""The line after a question for the name is the name, however it is typed. Invented examples."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "[10:01] Medewerker: Mag ik uw naam?\n[10:02] Klant: jorien de wit 3512ab",
            "jorien de wit",
        ),
        ("Medewerker: Wat is je naam?\nKlant: ja hoor, het is ahmed, klantnr 4471902", "ahmed"),
        ("Medewerker: Mag ik uw naam?\nKlant: mw. bakker", "bakker"),
        ("Agent: May I have your name?\nvisitor: Rohit Sharma. I'm a freelancer.", "Rohit Sharma"),
    ],
)
def test_the_answer_is_redacted(redactor, text, name):
    redacted = redactor.redact(text).text
    assert name not in redacted
    assert "[PERSOON-1]" in redacted


@pytest.mark.parametrize(
    "text",
    [
        "Wat is de naam van het bestand?\nKlant: factuur maart",
        "Wat is je naam?\nKlant: dat zeg ik liever niet",
        "Onder welke naam staat de bestelling?\nKlant: geen idee eigenlijk",
    ],
)
def test_an_answer_without_a_name_is_left_alone(redactor, text):
    assert "[PERSOON" not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bonjour Madame Verhoef,\n\nla facture est impayée.", "Verhoef"),
        ("Sehr geehrter Herr Wolters,\n\nvielen Dank.", "Wolters"),
        ("Het pakket ligt bij de buren, fam. Stoutjes.", "Stoutjes"),
    ],
)
def test_foreign_and_family_titles_name_a_surname(redactor, text, name):
    assert name not in redactor.redact(text).text
