"""Numbers said digit by digit (call transcripts): a BSN or a phone number once read as digits,
with the same checks as written ones. Every number is invented (generated to pass or fail)."""

from __future__ import annotations

import pytest

from pipelines.recognizers.spoken_numbers import (
    SpokenBsnRecognizer,
    SpokenPhoneRecognizer,
    spoken_digits,
)


def test_digits_of_a_said_number() -> None:
    assert spoken_digits("nul zes dubbel twee 3 één") == "062231"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "klant: mijn burgerservicenummer is acht vijf drie één negen vier één drie nul",
            ["acht vijf drie één negen vier één drie nul"],
        ),
        (
            "eh ja dat is negen vier vier, een een zeven, zeven een vijf",
            ["negen vier vier, een een zeven, zeven een vijf"],
        ),
    ],
)
def test_a_said_bsn(find, text, expected) -> None:
    assert find(SpokenBsnRecognizer(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "u kunt me bellen op nul zes twee drie vier vijf zes zeven acht negen",
            ["nul zes twee drie vier vijf zes zeven acht negen"],
        ),
        # the article before a said number is not its first digit
        (
            "ik heb een nul zes twee drie vier vijf zes zeven acht negen nummer",
            ["nul zes twee drie vier vijf zes zeven acht negen"],
        ),
        (
            "mobiel 06 dubbel twee drie vier vijf zes zeven acht",
            ["06 dubbel twee drie vier vijf zes zeven acht"],
        ),
    ],
)
def test_a_said_phone_number(find, text, expected) -> None:
    assert find(SpokenPhoneRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ik heb vier vijf zes zeven vragen over de factuur",  # no number
        "acht vijf drie één negen vier één drie een",  # fails the elfproef
        "Bel 06 1234 5678 of 020 555 0101",  # written numbers: the phone recognizer's
        "een twee drie vier, hoedje van papier",
    ],
)
def test_no_said_number(find, text) -> None:
    assert find(SpokenBsnRecognizer(), text) == []
    assert find(SpokenPhoneRecognizer(), text) == []


def test_a_licence_number_said_after_its_name_is_a_document():
    from pipelines.recognizers.spoken_numbers import SpokenDocumentNumberRecognizer

    rec = SpokenDocumentNumberRecognizer()
    said = "vijf een drie acht nul twee vier zes zeven een"
    text = f"Notitie: klant noemt rijbewijsnummer {said} en polisnummer AV-33"
    assert [text[r.start : r.end] for r in rec.analyze(text, ["ID_DOCUMENT"])] == [said]
    other = f"Notitie: klant noemt polisnummer {said}"
    assert rec.analyze(other, ["ID_DOCUMENT"]) == []
