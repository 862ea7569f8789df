"""MRZ: the fields of a passport's or identity card's machine-readable zone, by check digit."""

from __future__ import annotations

import pytest

from pipelines.recognizers.mrz import MrzRecognizer, check_digit

RECOGNIZER = MrzRecognizer()

# the ICAO 9303 specimens (Utopia, Anna Maria Eriksson)
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"
TD1 = (
    "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
)


def _found(text: str) -> list[tuple[str, str]]:
    results = sorted(RECOGNIZER.analyze(text, entities=[]), key=lambda r: r.start)
    return [(r.entity_type, text[r.start : r.end]) for r in results]


def test_check_digit():
    assert check_digit("L898902C3") == "6"
    assert check_digit("740812") == "2"
    assert check_digit("D23145890") == "7"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De app leest dit niet:\n\n" + TD3 + "\n\nGroet",
            [
                ("PERSON", "ERIKSSON<<ANNA<MARIA"),
                ("ID_DOCUMENT", "L898902C3"),
                ("DATE_OF_BIRTH", "740812"),
            ],
        ),
        (
            TD1,
            [
                ("ID_DOCUMENT", "D23145890"),
                ("DATE_OF_BIRTH", "740812"),
                ("PERSON", "ERIKSSON<<ANNA<MARIA"),
            ],
        ),
    ],
)
def test_fields_of_a_machine_readable_zone(text, expected):
    assert _found(text) == expected


def test_a_dutch_passport_s_personal_number_is_a_bsn():
    line2 = "NX7L2K9D1" + "0NLD8301015F3001014" + "111222333<<<<<"
    line2 = line2[:9] + check_digit(line2[:9]) + line2[10:]
    line2 += check_digit(line2[28:42]) + "0"
    text = "P<NLDJANSEN<<PIET<<<<<<<<<<<<<<<<<<<<<<<<<<<\n" + line2
    assert ("BSN", "111222333") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        # MRZ-length lines whose check digits do not fit
        "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C30UTO7408120F1204159ZE184226B<<<<<10",
        # a separator line of fillers
        "<" * 44 + "\n" + "<" * 44,
    ],
)
def test_no_fields_without_a_fitting_check_digit(text):
    assert _found(text) == []
