"""ID-document recognizers: Dutch passport/ID-card and driving-licence numbers after a cue,
Belgian rijksregisternummer and eID card number by their checksums."""

from __future__ import annotations

import pytest
from stdnum.be import eid, nn

from pipelines.recognizers.id_document import (
    BeEidCardRecognizer,
    BeNationalNumberRecognizer,
    BeResidenceCardRecognizer,
    ForeignIdCardRecognizer,
    ForeignPassportRecognizer,
    NlDrivingLicenceNearCueRecognizer,
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
    from stdnum.es import dni

    assert all(nn.is_valid(v) for v in NN_VALUES)
    assert all(eid.is_valid(v) for v in [*EID_VALUES, EID_DOTTED])
    assert dni.is_valid(DNI)


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


# made up: an eID number with its mod-97 check, a Spanish DNI with its check letter
EID_DOTTED = "593.0417288.54"
DNI = "71234590W"


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        # numbers inside file names and paths
        (
            NlPassportRecognizer,
            "Bijlagen:\n- paspoort_KR7T42HP6.pdf\n- loonstrook.pdf",
            ["KR7T42HP6"],
        ),
        (NlPassportRecognizer, r"C:\scans\idkaart_PW3L8N2K7_achterkant.jpg", ["PW3L8N2K7"]),
        (NlPassportRecognizer, "Bijgevoegd: contract.pdf, ID-kaart_TR94KM1X2.pdf", ["TR94KM1X2"]),
        (NlDrivingLicenceRecognizer, "Bijlagen: rijbewijs_6182739450.jpg", ["6182739450"]),
        (NlDrivingLicenceRecognizer, "/home/an/rijbewijs_5203918476_voorkant.png", ["5203918476"]),
        # Belgian eID with dots
        (BeEidCardRecognizer, f"kaartnummer identiteitskaart {EID_DOTTED}", [EID_DOTTED]),
    ],
)
def test_finds_numbers_in_file_names(find, cls, text, expected):
    assert find(cls(), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn paspoort is gestolen in Rome. Het nummer was PK3M81TX4, denk ik.", ["PK3M81TX4"]),
        (
            "Paspoort vernieuwd. Oud nummer RL2N5KT81, nieuw nummer RV8T3M4K2.",
            ["RL2N5KT81", "RV8T3M4K2"],
        ),
        (
            "agent: ik heb nog de paspoortnummers nodig\nklant: die van mij is HK7W2PL94 en van "
            "mijn man JD4ZK8R13",
            ["HK7W2PL94", "JD4ZK8R13"],
        ),
        # a Belgian passport's shape, after a passport word
        (
            "Mijn Belgisch paspoort heeft nummer EN593028, het vorige was EK204861.",
            ["EN593028", "EK204861"],
        ),
    ],
)
def test_finds_passport_numbers_near_a_cue(find, text, expected):
    from pipelines.recognizers.id_document import NlPassportNearCueRecognizer

    assert find(NlPassportNearCueRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "paspoort_scan12345.pdf ligt klaar",  # a scan's name, not a number
        "Paspoort vernieuwd. Mijn boeking HTX552901 blijft staan.",  # a booking reference
        "Mijn paspoort is verlopen. Aanvraagnummer 2K7XQ9TL1, referentie AB1234567.",
        "Mijn code is XR4K7P2M5.",  # no cue at all
        "Mijn ID-kaart is verlopen. Bestelling KL482910 staat klaar.",  # no passport word
    ],
)
def test_no_passport_number_near_a_cue_for_other_numbers(find, text):
    from pipelines.recognizers.id_document import NlPassportNearCueRecognizer

    assert find(NlPassportNearCueRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Mijn rijbewijs verloopt. In het portaal staat het oude, het nieuwe is 6283917450.", True),
        ("Rijbewijs laten zien. Mijn klantnummer is 6283917450.", False),
        ("Rijbewijs kwijt, bel 0612345678 of 06 12 34 56 78.", False),
    ],
)
def test_driving_licence_near_a_cue(find, text, found):
    from pipelines.recognizers.id_document import NlDrivingLicenceNearCueRecognizer

    assert bool(find(NlDrivingLicenceNearCueRecognizer(), text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I travel on a German passport, number C7FG29KRW, not the old one.", True),
        ("Duitse Personalausweis, nummer L22X81TM4.", True),
        ("German passport photo upload failed, error ABCDEFGHJ.", False),
    ],
)
def test_german_documents_after_a_cue(find, text, found):
    from pipelines.recognizers.id_document import ForeignPassportRecognizer

    assert bool(find(ForeignPassportRecognizer(), text)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"For the contract I can give my DNI {DNI}.", True),
        ("For the contract I can give my DNI 71234590A.", False),  # wrong check letter
        (f"Ordernummer {DNI} is verzonden.", False),  # no cue
    ],
)
def test_spanish_dni(find, text, found):
    from pipelines.recognizers.id_document import EsDniRecognizer

    assert bool(find(EsDniRecognizer(), text)) is found


@pytest.mark.parametrize(
    ("cls", "text", "expected"),
    [
        # a cue joined to the file name by an underscore
        (NlPassportRecognizer, "Bijlage: scan_paspoort_XR123456.pdf", ["XR123456"]),
        # French and Moroccan cues
        (ForeignPassportRecognizer, "Mon passeport:\n21KD40917, valable encore.", ["21KD40917"]),
        (NlPassportRecognizer, "en de CIN van mijn vader: KT550318", ["KT550318"]),
        # an abbreviated residence document in a table
        (ForeignPassportRecognizer, "| Ahmed | verblijfsdoc. | X53019264 | 2029 |", ["X53019264"]),
        # a foreign identity card: digits after the cue, in its own script and a No. sign
        (ForeignIdCardRecognizer, "Pools ID-kaart (dowód osobisty) № 728364519", ["728364519"]),
        (ForeignPassportRecognizer, "Mijn Poolse paszport: EA4821937, nog geldig.", ["EA4821937"]),
        (
            ForeignIdCardRecognizer,
            "Italiaanse collega heeft carta d'identità CB51937KT, moet zij iets doen?",
            ["CB51937KT"],
        ),
        (
            BeResidenceCardRecognizer,
            "Verblijfskaart (E-kaart), nummer B 2048816 31",
            ["B 2048816 31"],
        ),
        # found once after its cue, found again where it recurs
        (
            ForeignPassportRecognizer,
            "Mijn verblijfsdocument W61829304 is verlopen. Ik heb W61829304 al opgestuurd.",
            ["W61829304", "W61829304"],
        ),
        # a chat: the speaker's tag is no label of another number
        (
            NlDrivingLicenceNearCueRecognizer,
            "Medewerker Anja: Wat is uw rijbewijsnummer?\nKlant: 6620481937\n"
            "Medewerker Anja: Dank u.",
            ["6620481937"],
        ),
    ],
)
def test_documents_in_more_places(find, cls, text, expected):
    assert find(cls(), text) == expected


@pytest.mark.parametrize(
    ("cls", "text"),
    [
        # a business document's number in the Belgian passport shape
        (NlPassportRecognizer, "Op de factuur, documentnummer FA551204, klopt de btw niet."),
        # a BSN or a phone number after an identity-card cue is not a foreign card
        (ForeignIdCardRecognizer, "ID-kaart kwijt, mijn BSN-nummer weet ik: 111222333"),
        (ForeignIdCardRecognizer, "Mijn ID-kaart is gestolen, bereikbaar op 0612345678"),
        # no residence-card cue
        (BeResidenceCardRecognizer, "Bestelbon B 2048816 31 is betaald."),
        # one "Klant:" is a form's label, not a chat
        (NlDrivingLicenceNearCueRecognizer, "Mijn rijbewijs is verlopen.\nKlant: 6620481937"),
    ],
)
def test_no_document_in_these_lookalikes(find, cls, text):
    assert find(cls(), text) == []


def _redacted(text: str) -> str:
    from pipelines.redaction import Redactor

    return Redactor.from_config().redact(text).text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a short cue ends at an underscore in a file name
        ("Bijlage: scan_eid_591234567829.pdf", "591234567829"),
        ("Bijlagen: eid_591234567829.jpg, factuur_2024-118.pdf", "591234567829"),
        # a cue joined to the number by a hyphen in a path
        ("zie /home/kees/Downloads/rijbewijs-5268831470-voorkant.png", "5268831470"),
        # an abbreviated passport cue
        ("Kees Bos, pasp.nr. BX4R7T2K9, geldig t/m 03-2030", "BX4R7T2K9"),
        # a chat answer after the question, the speaker's tag right before it
        (
            "[10:02] Jolien (Reisbureau): Wat is het paspoortnummer van uw zoon?\n"
            "[10:03] Klant: BX4R7T2K9 en van mij PL3N8V5H2",
            "BX4R7T2K9",
        ),
    ],
)
def test_document_numbers_in_file_names_abbreviations_and_chats(text, number):
    assert number not in _redacted(text)


@pytest.mark.parametrize(
    "text",
    [
        "rijbewijs-overzicht-2024.pdf en bestelling 5268831470",
        "Klant: BX4R7T2K9 is mijn klantnummer; mijn paspoort ligt thuis.",
    ],
)
def test_labels_and_other_file_names_stay(text):
    assert _redacted(text) == text


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Merhaba, kimlik kartım: T.C. kimlik no 10000000146, maaş", "10000000146"),
        ("Do umowy: PESEL 44051401359, adres w Holandii", "44051401359"),
        ("Voici mon numéro de carte d'identité: K7PTRW2M5 pour la location", "K7PTRW2M5"),
        ("ya z Ukrainy, pasport nomer EK481937, tymchasovyi zakhyst", "EK481937"),
    ],
)
def test_foreign_numbers_after_their_cue(text, number):
    from pipelines.recognizers.id_document import (
        ForeignIdCardRecognizer,
        ForeignNationalNumberRecognizer,
        ForeignPassportRecognizer,
    )

    recognizers = (
        ForeignNationalNumberRecognizer(),
        ForeignIdCardRecognizer(),
        ForeignPassportRecognizer(),
    )
    found = {text[r.start : r.end] for rec in recognizers for r in rec.analyze(text, [rec.ENTITY])}
    assert number in found


def test_national_number_needs_its_check_digits():
    from pipelines.recognizers.id_document import ForeignNationalNumberRecognizer

    text = "PESEL 44051401358 (een cijfer verkeerd)"
    rec = ForeignNationalNumberRecognizer()
    assert rec.analyze(text, [rec.ENTITY]) == []
