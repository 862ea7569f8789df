"""Licence-plate recognizer: Dutch sidecodes and Belgian plates, and the ticket codes that
look like them."""

from __future__ import annotations

import pytest

from pipelines.recognizers.nl_license_plate import SIDECODES, NlLicensePlateRecognizer

FOUND = [
    # dashed Dutch sidecodes stand without a cue
    ("Grote beurt 38-HTR-5, incl. oliefilter.", ["38-HTR-5"]),
    ("Mijn auto staat nog met het oude kenteken PD-47-LX geregistreerd.", ["PD-47-LX"]),
    ("Sinds april rijd ik een nieuwe leaseauto, K-719-RS.", ["K-719-RS"]),
    ("Graag op de factuur: ZN-628-B", ["ZN-628-B"]),
    ("XTG-53-F staat op de parkeerplaats", ["XTG-53-F"]),
    ("1-TDP-59 heeft een deuk", ["1-TDP-59"]),
    ("kenteken 13-DFF-7 en 9-XTS-41", ["13-DFF-7", "9-XTS-41"]),
    # without dashes, with spaces or in lower case only with a cue
    ("kenteken PD47LX", ["PD47LX"]),
    ("Nummerbord: PD 47 LX", ["PD 47 LX"]),
    ("de auto met kenteken pd-47-lx", ["pd-47-lx"]),
    # Belgian plates
    ("er is ingebroken in de bestelwagen (1-TRX-407) op de parking", ["1-TRX-407"]),
    ("nummerplaat van onze monteur (2-BNV-736) doorgegeven", ["2-BNV-736"]),
    ("nummerplaat 1ABC123", ["1ABC123"]),
    ("oude nummerplaat ABC-123", ["ABC-123"]),
]

NOT_FOUND = [
    "Ik open een ticket (#KIT-T-251108) en bel je terug.",
    "Betaling afgewezen (risicocontrole, code RC-17).",
    "Foutcode FF-502 tijdens de UBL-export, versie 5.2.1.",
    "Upload afgekeurd, fout VER-0042.",
    "Reparatieorder R-24-0871 is aangenomen.",
    "Mijn bestelling 2024-PT-0315 is nog niet binnen.",
    "Factuur WK-2024-01977 van € 1.249,50, build 12.1.2.172, om 10:42.",
    "Apparaat: HP Pavilion 15-eg2075nd, NAS-SV-02, dataherstel DR-24-017.",
    "Afspraak op 12-05-24 en 1-MRT-24.",
    "PD47LX",  # no dashes, no cue
    "pd-47-lx",  # lower case, no cue
    "ABC-123",  # old Belgian shape without a cue
    "AE-12-BU",  # vowels never occur on Dutch plates
    "ticket ZN-628-B",  # a business code by its label
]


@pytest.fixture(scope="module")
def recognizer() -> NlLicensePlateRecognizer:
    return NlLicensePlateRecognizer()


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_plates(recognizer, find, text, expected):
    assert find(recognizer, text) == expected


@pytest.mark.parametrize("text", NOT_FOUND)
def test_ignores_codes(recognizer, find, text):
    assert find(recognizer, text) == []


@pytest.mark.parametrize("sidecode", SIDECODES)
def test_every_sidecode_without_cue(recognizer, find, sidecode):
    letters, digits = iter("BDFGHJKLMN"), iter("1234567890")
    plate = "".join(
        next(letters) if c == "X" else next(digits) if c == "9" else c for c in sidecode
    )
    assert find(recognizer, f"De {plate} is weg.") == [plate]
