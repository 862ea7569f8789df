"""Customer numbers after a customer cue, in the default and in configured shapes."""

from __future__ import annotations

import pytest

from pipelines.recognizers.customer_id import CustomerIdRecognizer


@pytest.fixture(scope="module")
def recognizer() -> CustomerIdRecognizer:
    return CustomerIdRecognizer.from_config({})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Besteld onder klantnummer 312457, bestelnummer 2024-11730.", "312457"),
        ("Mijn accountnummer is AB-0012345, het gaat om het abonnement.", "AB-0012345"),
        ("Naam: Jan Jansen\nKlantnummer: XY-0114502\n", "XY-0114502"),
        ("I have been a customer since 2019 (customer number QW-166093).", "QW-166093"),
        ("Met vriendelijke groet,\nP. de Boer\nKlantnr. 583106", "583106"),
        ("Mevr. A. Jansen (AB-301554) belde over haar mailbox.", "AB-301554"),
        ("Account: XYZ-22817\nKvK: 64729183", "XYZ-22817"),
        ("Klant: Sanne de Wit (QW-187740)\n\nBeschrijving", "QW-187740"),
        ("wij zijn klant ABC-10482, boekhoudkantoor", "ABC-10482"),
        ("Mag ik je klantnummer?\nbezoeker: LM-06730 en 9040", "LM-06730"),
        ("debiteurnummer 4471923 staat op de brief", "4471923"),
    ],
)
def test_finds_customer_numbers(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Factuur PH-F-2024-088412 is nog open.",
        "Ticket KIT-T-240913 | Klant: Jan Jansen",
        "Klant meldt: factuur WK-2024-02210 klopt niet.",
        "Bestelling 123456 is verzonden.",
        "Ordernummer 78123456 voor klant De Vries.",
        "Trackingnummer 3SABCD1234567 onderweg.",
        "Foutcode FF-502 bij het exporteren.",
        "KvK: 64729183",
        "Sinds 2019 ben ik klant.",
        "Klant betaalde € 12500,00 vooruit.",
        "Ticket (ORD-123456) gesloten.",
    ],
)
def test_ignores_other_numbers(find, recognizer, text):
    assert find(recognizer, text) == []


def test_the_nearest_label_decides(find, recognizer):
    text = "klantnummer 530917, bestelnummer 352691"
    assert find(recognizer, text) == ["530917"]


def test_configured_pattern_and_cue():
    recognizer = CustomerIdRecognizer.from_config(
        {"customer_id": {"patterns": [r"\bCUST\d{6}\b"], "context": ["relatiecode"]}}
    )
    text = "Uw relatiecode 918273; op de brief staat CUST123456."
    results = recognizer.analyze(text, ["CUSTOMER_ID"])
    assert sorted(text[r.start : r.end] for r in results if r.score >= 0.4) == [
        "918273",
        "CUST123456",
    ]


def test_replacing_the_defaults():
    recognizer = CustomerIdRecognizer.from_config(
        {"customer_id": {"patterns": [r"\bK\d{7}\b"], "replace_defaults": True}}
    )
    text = "klantnummer AB-123456 en K1234567"
    results = recognizer.analyze(text, ["CUSTOMER_ID"])
    assert [text[r.start : r.end] for r in results if r.score >= 0.4] == ["K1234567"]


def test_series_letter_ids_after_a_loyalty_card_cue(find):
    text = "Mijn klantenkaartnummer is XY-B-001234. Bestelling 2023-1001."
    assert find(CustomerIdRecognizer.from_config({}), text) == ["XY-B-001234"]


def test_ticket_with_series_letter_is_no_customer_id(find):
    assert find(CustomerIdRecognizer.from_config({}), "Ik open een ticket (#KIT-T-251108).") == []
