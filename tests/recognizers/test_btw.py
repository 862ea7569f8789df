"""BTW recognizer: Dutch btw-id / btw-nummer and Belgian VAT / ondernemingsnummer."""

from __future__ import annotations

import pytest
from stdnum.be import vat as be_vat
from stdnum.nl import btw as nl_btw

from pipelines.recognizers.btw import BtwRecognizer

# computed: new-style btw-id (mod 97), old style (BSN + B01), Belgian numbers (mod 97)
NL_NEW = ["NL005979711B20", "NL004710497B32", "NL004650752B66"]
NL_OLD = ["NL633875004B01", "NL170586492B01"]
BE = ["0283124093", "0434483487", "0982450444"]

VALID = [
    ("Mijn btw-id is NL005979711B20.", ["NL005979711B20"]),
    ("btw-id: NL0047.10.497.B.32 (sinds 2020)", ["NL0047.10.497.B.32"]),
    ("BTW NL 0046.50.752.B66", ["NL 0046.50.752.B66"]),
    ("Op de factuur stond nog mijn oude btw-nummer NL633875004B01.", ["NL633875004B01"]),
    # a valid number needs no cue
    ("Gegevens: NL170586492B01, Dorpsstraat", ["NL170586492B01"]),
    ("nl005979711b20 staat onderaan", ["nl005979711b20"]),
    ("omzetbelasting 633875004B01", ["633875004B01"]),
    ("btw-nummer 6338.75.004.B01", ["6338.75.004.B01"]),
    ("Ondernemingsnummer / btw: BE 0283.124.093\n", ["BE 0283.124.093"]),
    ("zelfstandige (btw BE0434.483.487), klantnr KIT-20733", ["BE0434.483.487"]),
    ("VAT BE 0982 450 444", ["BE 0982 450 444"]),
    ("BE0434483487", ["BE0434483487"]),
    ("BE-0434.483.487", ["BE-0434.483.487"]),
    ("Wat is uw ondernemingsnummer? 0283.124.093", ["0283.124.093"]),
    ("KvK 40123456, btw-id NL004650752B66.", ["NL004650752B66"]),
]

NOT_FOUND = [
    "NL004417892B74 zonder enige toelichting",  # check fails and no cue: dropped
    "BE 0283.124.094",  # Belgian check fails
    "btw-nummer BE 0283.124.094",  # a cue does not save a failing Belgian number
    "Bel mij op 0283.124.093",  # bare Belgian number without cue
    "Bedrag € 1.249,50 incl. 21% btw, factuur 2024-0412.",
    "Versie 4.12.3 (build 12.1.2.172) rekent de btw verkeerd.",
    "Ticket WK-2024-01977: btw-tarief 9% op 10:42 aangepast.",
    "Overmaken naar BE68 5390 0754 7034 graag.",  # an IBAN, not a VAT number
    "Bestelling 123456789B01X is onderweg.",
    "Zie 6338.75.004.B01 hierboven",  # no NL prefix and no cue
]


@pytest.fixture(scope="module")
def recognizer() -> BtwRecognizer:
    return BtwRecognizer()


@pytest.mark.parametrize(("text", "expected"), VALID)
def test_finds_vat_numbers(recognizer, find, text, expected):
    assert find(recognizer, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_invalid_and_lookalikes(recognizer, find, text):
    assert find(recognizer, text) == []


@pytest.mark.parametrize("cue", ["btw-id", "btw-nummer", "VAT number", "omzetbelasting"])
def test_nl_shape_with_failing_check_kept_after_cue(recognizer, find, cue):
    assert find(recognizer, f"{cue}: NL004417892B74") == ["NL004417892B74"]


def test_test_values_are_valid():
    assert all(nl_btw.is_valid(v) for v in NL_NEW + NL_OLD)
    assert all(be_vat.is_valid(v) for v in BE)
    assert not nl_btw.is_valid("NL004417892B74")
