"""ID-document recognizers: Dutch passport/ID-card and driving-licence numbers after a cue,
Belgian rijksregisternummer and eID card number by their checksums."""

from __future__ import annotations

import pytest
from stdnum.be import eid, nn

from pipelines.recognizers.id_document import (
    BeEidCardRecognizer,
    BeNationalNumberRecognizer,
    NlDrivingLicenceRecognizer,
    NlPassportRecognizer,
)

# made up in the documented shapes; Belgian numbers computed (mod 97) and checked below
NN_VALUES = ["84.03.12-742.04", "92113063487", "05.06.07-659.83"]
EID_VALUES = ["592-0868288-25", "599093100227"]

PASSPORT = [
    ("Ter identificatie: mijn paspoortnummer is XR4K7P2M5, geboren in 1980.", ["XR4K7P2M5"]),
    ("ID-kaart gezien, documentnummer BP6LM37M2 (alleen ter controle).", ["BP6LM37M2"]),
    ("de kopie van mijn paspoort (NW92DT8F3) mag weg", ["NW92DT8F3"]),
    ("Identiteitskaart: JK1HPG730", ["JK1HPG730"]),
    ("Legitimatie: paspoort SP4R27X91", ["SP4R27X91"]),
    ("Belgisch paspoort EH123456", ["EH123456"]),
    ("Documentnummer:\nXR4K7P2M5", ["XR4K7P2M5"]),
]
PASSPORT_NOT = [
    "Mijn code is XR4K7P2M5.",  # no cue
    "paspoort en klantnummer KL4829371",  # another label in between
    "Mijn paspoort is vorige maand verlopen en mijn ID-kaart is onleesbaar.",
    "paspoortnummer XO4K7P2M5",  # the letter O never occurs
    "paspoort: PASPOORT1",  # a word, not a number
    "paspoort kwijt, ticket KIT-T-240913, versie 4.12.3",
]

LICENCE = [
    ("Mijn rijbewijsnummer is 4719038265, geldig tot 2032.", ["4719038265"]),
    ("legitimatie gecontroleerd (rijbewijs 4817263950), machtiging getekend", ["4817263950"]),
    ("Driving licence number: 3928174650", ["3928174650"]),
]
LICENCE_NOT = [
    "Nummer 4719038265 heb ik al gestuurd.",  # no cue
    "Rijbewijs kwijt, bel me op 0612345678.",  # phone number
    "rijbewijs gestuurd, klantnummer 4719038265",
    "Kopie rijbewijs bij factuur 2024-0412 om 10:42",
]

BE_NN = [
    ("mijn rijksregisternummer is 84.03.12-742.04", ["84.03.12-742.04"]),
    ("INSZ 92113063487 van de werknemer", ["92113063487"]),
    ("stuurde ook het rijksregisternummer mee (05.06.07-659.83)", ["05.06.07-659.83"]),
    ("Nationaal nummer: 840312 742 04", ["840312 742 04"]),
    ("rijksregisternummer 84 03 12 742 04", ["84 03 12 742 04"]),
]
BE_NN_NOT = [
    "rijksregisternummer 84.03.12-742.05",  # check fails
    "bestelling 92113063487 is verzonden",  # an order number that passes by chance
    "Bel 32477309264 voor info",  # a phone number with country code
    "Bel 06 12 34 56 78 of 0496 35 81 27",
    "Datum 12.05.24, versie 12.1.2.172, bedrag € 1.249,50",
]

BE_EID = [
    ("nummer identiteitskaart 592-0868288-25.", ["592-0868288-25"]),
    ("eID-kaartnummer: 599093100227", ["599093100227"]),
]
BE_EID_NOT = [
    "599093100227",  # twelve bare digits need a cue
    "identiteitskaart 592-0868288-26",  # check fails
    "+++090/9310/02270+++ is de mededeling",  # structured payment reference
]


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [(NlPassportRecognizer, t, e) for t, e in PASSPORT]
    + [(NlDrivingLicenceRecognizer, t, e) for t, e in LICENCE]
    + [(BeNationalNumberRecognizer, t, e) for t, e in BE_NN]
    + [(BeEidCardRecognizer, t, e) for t, e in BE_EID],
)
def test_finds_document_numbers(find, cls, text, expected):
    assert find(cls(), text) == expected


@pytest.mark.parametrize(
    ("cls", "text"),
    [(NlPassportRecognizer, t) for t in PASSPORT_NOT]
    + [(NlDrivingLicenceRecognizer, t) for t in LICENCE_NOT]
    + [(BeNationalNumberRecognizer, t) for t in BE_NN_NOT]
    + [(BeEidCardRecognizer, t) for t in BE_EID_NOT],
)
def test_ignores_lookalikes(find, cls, text):
    assert find(cls(), text) == []


def test_all_report_id_document():
    classes = [NlPassportRecognizer, NlDrivingLicenceRecognizer, BeNationalNumberRecognizer,
               BeEidCardRecognizer]  # fmt: skip
    assert {cls().supported_entities[0] for cls in classes} == {"ID_DOCUMENT"}


def test_test_values_are_valid():
    assert all(nn.is_valid(v) for v in NN_VALUES)
    assert all(eid.is_valid(v) for v in EID_VALUES)


@pytest.mark.parametrize(
    "text",
    [
        "Here is my passport (passport no. 912803376) for the check.",
        "Mijn Duitse paspoort heeft nummer C01X00T47.",
    ],
)
def test_foreign_passports_after_a_cue(find, text):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert len(find(ForeignPassportRecognizer(), text)) == 1


@pytest.mark.parametrize(
    "text",
    ["Bestelling 912803376 is verzonden.", "passport photo upload failed, error 40412"],
)
def test_no_foreign_passport_without_cue_or_with_a_short_code(find, text):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert find(ForeignPassportRecognizer(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Klopt het dat het nummer van het document V12345678 is?",
        "mijn verblijfsvergunning heeft nummer W87654321",
    ],
)
def test_residence_permit_numbers(find, text):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert len(find(ForeignPassportRecognizer(), text)) == 1


def test_a_document_reference_without_digits_is_not_found(find):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert find(ForeignPassportRecognizer(), "het document BIJLAGE-A is bijgevoegd") == []


def test_a_bare_document_number_is_no_id_document(find):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert find(ForeignPassportRecognizer(), "zie document 20240117 in SharePoint") == []
