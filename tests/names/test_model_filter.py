"""The model's names get second thoughts; the rules' findings never do."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from pipelines.names.model_filter import filter_model_findings


def model(kind: str, text: str, value: str) -> RecognizerResult:
    start = text.index(value)
    return RecognizerResult(kind, start, start + len(value), 0.85)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Beste Dijkhost,\n\nmijn site is stuk. Groet, Jan (jan@mail.nl, support@dijkhost.nl)",
            "Dijkhost",
        ),
        ("[10:02] Domeinhaven – Tessa: Hoi! Welke domeinnaam?", "Domeinhaven"),
        ("Praktisch:\n- toegang via de achterdeur", "Praktisch"),
        ("[15:24] Klant: Prima, dank u", "Prima"),
        ("Wij vertalen Nederlands en Fries.", "Nederlands"),
        ("Mijn oude Rabo-rekening is opgeheven.", "Rabo-rekening"),
        ("kan je hem ophalen?", "hem"),
        ("Klant: Kramer Administraties belde", "Kramer Administraties"),
        ("Van Dijk Advocaten | Grote Markt 4 | 9711 LV Groningen", "Markt"),
        ("Bezorgen op Oude Vest 12a, achterom", "Oude Vest"),
        ("Ik kan Thunderbird niet openen.", "Thunderbird"),
        ("Hoe zet ik Wi-Fi aan op de printer?", "Wi-Fi"),
        ("Hoe koppel ik mijn Mac aan de beamer?", "Mac"),
        ("Bij het openen van de Excel-macro's loopt het vast.", "Excel-macro's"),
    ],
)
def test_model_names_with_the_marks_of_something_else_are_dropped(text, value):
    assert filter_model_findings(text, [model("PERSON", text, value)]) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gisteren belde Marieke Terpstra over haar laptop.", "Marieke Terpstra"),
        ("[10:02] Domeinhaven – Tessa: Hoi Lorenzo, welke domeinnaam?", "Lorenzo"),
        ("Sofie is daar zelf mee akkoord gegaan.", "Sofie"),
        # surnames and first names that end like a business word ("it", "ict", "winkel")
        ("Ik heb gisteren gebeld met Jan Smit over de factuur.", "Jan Smit"),
        ("Gerrit en Birgit hebben allebei geen toegang.", "Gerrit"),
        ("Gerrit en Birgit hebben allebei geen toegang.", "Birgit"),
        ("Namens mevrouw Wolfswinkel stuur ik de bijlage.", "Wolfswinkel"),
        ("Benedict Goudsmit vroeg om een terugbelverzoek.", "Benedict Goudsmit"),
        # a product that is also a name is still a name without an article before it
        ("Groet, Mac Verhoef", "Mac Verhoef"),
        ("Ik heb Alexa gisteren gebeld over de factuur.", "Alexa"),
    ],
)
def test_real_names_stay(text, value):
    assert len(filter_model_findings(text, [model("PERSON", text, value)])) == 1


def test_model_places_are_left_to_the_location_cues():
    text = "Het pakket komt uit Tilburg."
    assert filter_model_findings(text, [model("LOCATION", text, "Tilburg")]) == []
