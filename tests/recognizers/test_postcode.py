"""Dutch postcodes by shape, Belgian ones only inside an address or after a cue."""

from __future__ import annotations

import pytest

from pipelines.recognizers.postcode import PostcodeRecognizer


@pytest.fixture(scope="module")
def recognizer() -> PostcodeRecognizer:
    return PostcodeRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Groet,\nA. de Vries\nLindelaan 12\n3521 AB Utrecht", "3521 AB"),
        ("Adres: Kerkweg 4, 7411CD Deventer", "7411CD"),
        ("Identificatie via postcode 2512 KL en huisnummer.", "2512 KL"),
        ("nieuwe is kastanjelaan 15b 3062kb rotterdam", "3062kb"),
        ("Burgemeester Visserlaan 210\n5038 KR Tilburg", "5038 KR"),
        ("Javastraat 21-II, 1094 HP Amsterdam", "1094 HP"),
        ("Oudegracht 120 bis, 3511AZ Utrecht", "3511AZ"),
        ("Het nieuwe adres is:\n\nGentsesteenweg 40 bus 2\n8530 Harelbeke", "8530"),
        ("Contactadres: Lierseweg 12, 2200 Herentals of per mail", "2200"),
        ("naam Jonas Peeters, Kapelstraat 8 8790 Waregem", "8790"),
        ("Klant: Statiestraat 40 bus 3, 2640 Mortsel. graag", "2640"),
        ("Geef je klantnummer en postcode even door?\nbezoeker: AB-01234 en 9050", "9050"),
        ("Postcode: 3000", "3000"),
    ],
)
def test_finds_postcodes(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sinds 2019 ben ik klant.",
        "In 2024 PT is het contract afgelopen.",
        "We hebben 2640 stuks besteld.",
        "Het kost € 2640 per jaar.",
        "Afspraak om 12:30 of 1430.",
        "Schijf van 1000 GB en 2000 MB geheugen.",
        "Upload van 3072kb duurde lang.",
        "Code 1234 SS en 1234 SA en 1234 SD bestaan niet.",
        "Bel 06 3824 1975 of 020 1234 567.",
        "Factuur 2024-0412 en order 12345678.",
        "Versie 4.12.3 geïnstalleerd.",
        "0123 AB is geen postcode",
        "Bestelling 8790 Waregem",
        "sinds 2019 de klant",
        # a product's model number: the name right before it says so
        "Mijn router is een FRITZ!Box 4690 KX van de provider.",
        "De Galaxy Tab 7890 KX laadt niet op.",
    ],
)
def test_ignores_traps(find, recognizer, text):
    assert find(recognizer, text) == []
