"""Dates are birth dates only in a birth context, and only real calendar dates."""

from __future__ import annotations

import pytest

from pipelines.recognizers.date_of_birth import DateOfBirthRecognizer


@pytest.fixture(scope="module")
def recognizer() -> DateOfBirthRecognizer:
    return DateOfBirthRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ter identificatie: geboren 21-09-1975.", "21-09-1975"),
        ("geboortedatum 03/11/1988 komt overeen", "03/11/1988"),
        ("geboortedatum op het rijbewijs 1984-07-30. Kunnen jullie", "1984-07-30"),
        ("Mijn moeder is geboren op 7 maart 1941, haar klantnummer volgt.", "7 maart 1941"),
        ("my date of birth is 9 October 1992 and my address", "9 October 1992"),
        ("mn geboortedatum, dat is 23 feb. 1979. is dat nodig?", "23 feb. 1979"),
        ("Geboortedatum: 02.12.1966\nAdres: Dorpsstraat 1", "02.12.1966"),
        ("DOB: March 14, 1985", "March 14, 1985"),
        ("born on 30/06/2001 in Ghent", "30/06/2001"),
        ("geb. 15-4-1958", "15-4-1958"),
        (
            "Wat is je geboortedatum?\n[10:42] bezoeker: Jan Peeters, 11/05/2002",
            "11/05/2002",
        ),
        ("Klant gaf haar BSN en geboortedatum (28-02-1983) door.", "28-02-1983"),
    ],
)
def test_finds_birth_dates(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Het contract loopt van 01-04-2024 t/m 31-03-2025.",
        "Eerste verdachte request op 03-07 om 05:26.",
        "Op di 4 jun 2024 om 09:41 schreef Support:",
        "Factuurdatum 12-03-2024, vervaldatum 26-03-2024.",
        "Graag uiterlijk 15 juli 2024 reageren.",
        "geboren 31-02-1980",  # no calendar date
        "geboren 12-05-1850",  # implausible year
        "geboren in 1971",
        "mijn geboortedatum klopt niet. Factuurdatum 01-02-2019 is ook fout",
        "Versie 4.12.3 van 14.06.2022",
        # a chat time stamp right after a question about the birth date
        "Wat is je geboortedatum?\n09-01-2025 14:02 - Femke: die staat al in mijn profiel",
    ],
)
def test_ignores_other_dates(find, recognizer, text):
    assert find(recognizer, text) == []


def test_only_the_birth_date_in_a_sentence_with_two_dates(find, recognizer):
    text = "geboortedatum 12-03-1980, en klant sinds 05-06-2015"
    assert find(recognizer, text) == ["12-03-1980"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mijn geboortedatum staat op 03/04/1970 maar moet 04/03/1970 zijn",
            ["03/04/1970", "04/03/1970"],
        ),
        ("het rijksregisternummer van Jan (° 14/02/1988) klopt niet", ["14/02/1988"]),
        ("geboortedatum 03/04/1970; de factuurdatum is 12/05/2024", ["03/04/1970"]),
    ],
)
def test_corrections_and_the_belgian_birth_sign(find, text, expected):
    assert find(DateOfBirthRecognizer(), text) == expected


def test_a_chat_time_stamp_is_no_birth_date_but_the_answer_is(find, recognizer):
    text = "Mag ik uw geboortedatum?\n[09-01-25 14:02] Femke: 3 mei 1988"
    assert find(recognizer, text) == ["3 mei 1988"]
