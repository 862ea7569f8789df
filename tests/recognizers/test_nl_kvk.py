"""KvK recognizer: eight digits after a trade-register cue, and nothing without one."""

from __future__ import annotations

import pytest

from pipelines.recognizers.nl_kvk import NlKvkRecognizer

VALID = [
    ("Mijn gegevens: KvK 40123456, btw-id volgt.", ["40123456"]),
    ("KvK: 69382710\nMet vriendelijke groet,", ["69382710"]),
    ("Je KvK-nummer (75123908) staat goed.", ["75123908"]),
    ("Ik stop met mijn eenmanszaak (kvk 58123406) per 1 juli.", ["58123406"]),
    ("kvk-nr. 80456712", ["80456712"]),
    ("Ingeschreven bij de Kamer van Koophandel onder nummer 1234 5678.", ["1234 5678"]),
    ("Handelsregister: 30123456", ["30123456"]),
    ("Chamber of Commerce no. 85123764", ["85123764"]),
    ("CoC 81234567 | VAT NL004650752B66", ["81234567"]),
    # only the number right after the cue, not the customer number after it
    ("KvK 72345618, klantnummer 10293847", ["72345618"]),
    ("Klantnummer 10293847, KvK 72345618", ["72345618"]),
    ("Ingeschreven onder nummer 63012945 bij de Kamer van Koophandel.", ["63012945"]),
    ("Bedrijfsgegevens: 63012945 (KvK)", ["63012945"]),
    ("KvK-nummer:\n63012945", ["63012945"]),
]

NOT_FOUND = [
    "Klantnummer 10293847, graag snel reactie.",  # no cue
    "Ordernummer 20240412 is verzonden.",
    "KvK en klantnummer: 10293847",  # another label between cue and number
    "KvK 123456789 klopt niet",  # nine digits: not a KvK number
    "Mijn KvK-uittreksel van 2024-04-12 zit in de bijlage.",
    "KvK-inschrijving sinds 2019, omzet € 1.249,50.",
    "Versie 4.12.3 van de KvK-koppeling, build 12.1.2.172.",
    "Ticket KIT-T-24130215 over de KvK-koppeling",
]


@pytest.fixture(scope="module")
def recognizer() -> NlKvkRecognizer:
    return NlKvkRecognizer()


@pytest.mark.parametrize(("text", "expected"), VALID)
def test_finds_kvk_after_cue(recognizer, find, text, expected):
    assert find(recognizer, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_numbers_without_kvk_cue(recognizer, find, text):
    assert find(recognizer, text) == []
