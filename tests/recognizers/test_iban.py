"""IBAN recognizer: every spelling of a valid SEPA IBAN, invalid checksums, look-alikes."""

from __future__ import annotations

import pytest
from schwifty import IBAN

from pipelines.recognizers.iban import IbanRecognizer

# generated with schwifty's IBAN.generate (random account numbers) or textbook examples
VALID = [
    ("Graag terugstorten op NL91 ABNA 0417 1643 00 t.n.v. P. de Vries.", "NL91 ABNA 0417 1643 00"),
    ("Mijn rekeningnummer is NL91ABNA0417164300.", "NL91ABNA0417164300"),
    ("iban: nl91abna0417164300", "nl91abna0417164300"),
    ("U mag het afschrijven van NL23RABO8301661318, dat is handiger.", "NL23RABO8301661318"),
    ("Uitbetalen naar NL91 INGB 6091 3909 96 graag.", "NL91 INGB 6091 3909 96"),
    ("Nieuwe rekening: NL34 KNAB 0308 2462 81", "NL34 KNAB 0308 2462 81"),
    ("NL48TRIO 9482199351 is mijn nieuwe rekening", "NL48TRIO 9482199351"),
    ("De domiciliëring mag op BE68 5390 0754 7034 blijven lopen.", "BE68 5390 0754 7034"),
    ("Terugbetaling op BE98539819093793 aub", "BE98539819093793"),
    (
        "Duitse rekening: DE89 3704 0044 0532 0130 00 t.n.v. L. Bakker",
        "DE89 3704 0044 0532 0130 00",
    ),
    ("bitte auf DE88370400448757491186 überweisen", "DE88370400448757491186"),
    ("Compte FR76 3000 6000 0125 2760 1895 555.", "FR76 3000 6000 0125 2760 1895 555"),
    # no cue needed for a valid IBAN; a number after it is not swallowed
    ("Ik heb 2 keer betaald vanaf NL84 ABNA 5260 1815 90 2024 op 3 juni", "NL84 ABNA 5260 1815 90"),
    ("(NL84ABNA5260181590)", "NL84ABNA5260181590"),
]

NOT_FOUND = [
    "Mijn rekeningnummer is NL91 ABNA 0417 1643 01.",  # check digits fail
    "IBAN NL92ABNA0417164300",  # check digits fail
    "rekening NL91 ABNA 0417 1643",  # too short
    "Factuur WK-2024-01977 van € 1.249,50 staat open.",
    "Versie 4.12.3, build 12.1.2.172, ticket KIT-T-240913.",
    "Bestelling NL-2024-0412 is verzonden, track & trace 3SABCD1234567.",
    "Bel 020 123 4567 om 10:42.",
    "code NL12 is geen rekening",
]


@pytest.fixture(scope="module")
def recognizer() -> IbanRecognizer:
    return IbanRecognizer()


@pytest.mark.parametrize(("text", "expected"), VALID)
def test_finds_valid_iban(recognizer, find, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_invalid_and_lookalikes(recognizer, find, text):
    assert find(recognizer, text) == []


def test_whole_iban_is_covered(recognizer):
    text = "Rekening NL91 ABNA 0417 1643 00 graag."
    (result,) = recognizer.analyze(text, ["IBAN"])
    assert text[result.start : result.end] == "NL91 ABNA 0417 1643 00"
    assert result.score == 1.0


def test_test_values_are_valid():
    for _, value in VALID:
        IBAN(value)


def test_iban_of_a_non_sepa_country_is_found():
    from pipelines.recognizers.iban import IbanRecognizer

    text = "Babamın emekli maaşı: hesap TR33 0006 1005 1978 6457 8413 26, ad Ali"
    found = [text[r.start : r.end] for r in IbanRecognizer().analyze(text, ["IBAN"])]
    assert found == ["TR33 0006 1005 1978 6457 8413 26"]
