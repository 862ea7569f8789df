"""Phone numbers in every common Dutch, Belgian and international spelling, and their traps."""

from __future__ import annotations

import pytest

from pipelines.recognizers.nl_phone import NlPhoneRecognizer


@pytest.fixture(scope="module")
def recognizer() -> NlPhoneRecognizer:
    return NlPhoneRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Je kunt me bellen op 06-12345678, liefst na vijf uur.", "06-12345678"),
        ("Mijn mobiel is 06 2345 6789.", "06 2345 6789"),
        ("Bel mijn zoon op 06-38 72 14 95 als ik niet opneem.", "06-38 72 14 95"),
        ("Telefoon: +31 6 23456789", "+31 6 23456789"),
        ("Groet,\nPiet de Boer\n+31 (0)20 345 67 89\n", "+31 (0)20 345 67 89"),
        ("Graag terugbellen op 0031623456789.", "0031623456789"),
        ("Op kantoor ben ik bereikbaar via 020-3456789.", "020-3456789"),
        ("Overdag op 030 - 712 48 63.", "030 - 712 48 63"),
        ("Vast nummer (030) 234 56 78 graag verwijderen.", "(030) 234 56 78"),
        ("mijn telefoonnummer ((0172) 48 21 93) niet meer gebruiken", "(0172) 48 21 93"),
        ("Met vriendelijke groet,\nA. Bakker\n0413-285 716", "0413-285 716"),
        ("tel 0612345678 graag", "0612345678"),
        ("Klant: ja +32 471 23 45 67", "+32 471 23 45 67"),
        ("gsm 0032 495 12 34 56 graag", "0032 495 12 34 56"),
        ("mijn gsm 0478 12 34 56 , vast nummer volgt", "0478 12 34 56"),
        ("Schrijnwerkerij Peeters\n0476/12.34.56", "0476/12.34.56"),
        ("bel mij op 0493.21.43.65, ik ben op de markt", "0493.21.43.65"),
        ("vast nummer thuis 09 234 56 78 uit de lijst halen", "09 234 56 78"),
        ("Contact: Marc (015 23 45 67).", "015 23 45 67"),
        ("Zaakvoerder\n+32 (0)478 12 34 56\n", "+32 (0)478 12 34 56"),
        ("Tel. +32 3 234 56 78 of later", "+32 3 234 56 78"),
        ("or my British mobile +44 7700 900123 while abroad", "+44 7700 900123"),
    ],
)
def test_finds_phone_numbers(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


def test_splits_two_numbers_separated_by_a_slash(find, recognizer):
    text = "Tel: 0570-234 567 / 06 3456 7890"
    assert find(recognizer, text) == ["0570-234 567", "06 3456 7890"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bel gratis 0800-0123 of 0800 123 4567.", ["0800-0123", "0800 123 4567"]),
        ("Servicelijn 0900-1234567 (lokaal tarief)", ["0900-1234567"]),
        ("Onze helpdesk: 088 - 123 45 67", ["088 - 123 45 67"]),
        ("Stemlijn 0906-123456 of 0909 123456", ["0906-123456", "0909 123456"]),
    ],
)
def test_service_numbers_are_marked(recognizer, text, expected):
    results = sorted(recognizer.analyze(text, ["PHONE"]), key=lambda r: r.start)
    assert [text[r.start : r.end] for r in results] == expected
    assert all(r.recognition_metadata["phone_kind"] == "service" for r in results)


def test_personal_number_is_not_service(recognizer):
    (result,) = recognizer.analyze("bel 06-12345678", ["PHONE"])
    assert result.recognition_metadata["phone_kind"] == "mobile"


@pytest.mark.parametrize(
    "text",
    [
        "Het bedrag van € 1.249,50 is op 30-06 afgeschreven.",
        "Afspraak op 14-03 om 10:42, of 12/09 15:40.",
        "Eerste poging op 03-07 om 05:26.",
        "Looptijd 01-04-2024 t/m 31-03-2025.",
        "Datum: 01.02.2023 12:00",
        "Login vanaf 81.243.95.17 en 10.0.0.12",
        "Bestelnummer 352691595, factuur 2024-117302.",
        "Ordernummer: 0612345678",
        "Trackingnummer 0031234567891",
        "IBAN NL91 ABNA 0417 1643 00 graag gebruiken.",
        "KvK 64729183 en BSN 111222333.",
        "Kaart 5500 0000 0000 0004 is verlopen.",
        "Update naar versie 4.12.3 of Veeam 11.0.1.126.",
        "Postcode 1234 AB in Utrecht.",
        "Foutcode 0x80070005 bij het openen.",
        "btw-nummer BE 0844.123.456 klopt niet",
        "ondernemingsnummer 0712.884.573",
        "ticket 2024-0412 en WK-2024-01977",
    ],
)
def test_ignores_traps(find, recognizer, text):
    assert find(recognizer, text) == []
