"""Credit-card recognizer: grouped Luhn-valid numbers, and the digit runs that are not cards."""

from __future__ import annotations

import pytest
from stdnum import luhn

from pipelines.recognizers.credit_card import CreditCardRecognizer

# computed with stdnum.luhn.calc_check_digit (random bodies); no real card numbers
VALID = [
    ("Ik las het nummer voor: 4000 8838 7371 6782.", "4000 8838 7371 6782"),
    ("Mijn creditcard: 5378 7789 3287 9210. Graag afschrijven.", "5378 7789 3287 9210"),
    ("Please charge 2462-0168-4934-0727, exp 09/27.", "2462-0168-4934-0727"),
    ("Amex 3724 704558 53049 mag gebruikt worden", "3724 704558 53049"),
    ("Diners: 3635 205617 4835", "3635 205617 4835"),
    (
        "Bancontact kaartnummer (6703 1003 3907 5793 830), mail verwijderd",
        "6703 1003 3907 5793 830",
    ),
    ("kaartnummer 4742 1809 6792 9089 09/27", "4742 1809 6792 9089"),
    ("visa 4742180967929089", "4742180967929089"),
    ("Maestro 6703380141269060443", "6703380141269060443"),
]

NOT_FOUND = [
    "Ik las het nummer voor: 4019 1614 6100 3305.",  # Luhn fails
    "4742180967929089",  # one run of digits without a cue
    "Track & trace 4742180967929089 bij PostNL",
    "Bestelling 4000 8838 7371 6782 is verzonden.",  # an order number
    "Terugstorten op DE89 3704 0044 0532 0130 00 graag.",  # IBAN digits
    "Compte FR76 3000 6000 0125 2760 1895 555.",
    "Testkaart 4111 1111 1111 1111 werkt niet.",  # filler digits
    "0000 0000 0000 0000",
    "Bel +31 6 1234 5678 of 0800 1234 5678 9012.",
    "Bedrag € 1.249,50, factuur 2024-0412, versie 4.12.3, build 12.1.2.172.",
    "1234 5678 4742 1809 6792 9089",  # part of a longer number
]


@pytest.fixture(scope="module")
def recognizer() -> CreditCardRecognizer:
    return CreditCardRecognizer()


@pytest.mark.parametrize(("text", "expected"), VALID)
def test_finds_card_numbers(recognizer, find, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_non_cards(recognizer, find, text):
    assert find(recognizer, text) == []


def test_test_values_pass_luhn():
    for _, value in VALID:
        assert luhn.is_valid(value.replace(" ", "").replace("-", ""))
