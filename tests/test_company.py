"""A business's letterhead, footer and phone line: only the running company's own ([company])
are kept whatever the purpose; another business's (a customer's) are judged by the purpose, and
the reason says whose they are. A person's details beside them are never business details."""

import pytest


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Groeten,\nSenne Goris\nScheldecom bv – Noorderlaan 133, 2030 Antwerpen – 03 298 41 00",
            ["Noorderlaan 133", "2030", "03 298 41 00"],
        ),
        ("> Dijkhost B.V. | 088 - 345 67 00 | KvK 61824417", ["61824417"]),
        (
            "Architectenbureau Vos bv\nBrusselsesteenweg 160, 2800 Mechelen",
            ["2800"],
        ),
        ("Bij vragen kunt ge ons altijd bellen op 09 233 40 50.", ["09 233 40 50"]),
    ],
)
def test_a_customers_business_details_follow_the_purpose(redactor, text, kept):
    redacted = redactor.redact(text)
    billing = redactor.redact(text, purpose="billing")
    for value in kept:
        assert value not in redacted.text
    for finding in redacted.findings:
        if text[finding.start : finding.end] in kept:
            assert finding.action == "redact"
            assert finding.reason == "bedrijfsgegevens van de klant, niet nodig voor doel 'default'"
    # a purpose that needs addresses keeps them, still saying whose they are
    address_reasons = {
        f.reason for f in billing.findings if f.entity_type in ("ADDRESS", "POSTCODE")
    }
    assert address_reasons <= {"bedrijfsgegevens van de klant, nodig voor doel 'billing'"}


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        # the employee's own mobile under the company lines
        (
            "Architectenbureau Vos bv\nLeuvensesteenweg 214, 2800 Mechelen\nM 0472 61 84 30",
            "0472 61 84 30",
        ),
        # a person's mobile on a line that merely mentions their company
        (
            "Melder: Wim Peeters (zaakvoerder Peeters Elektro bv), +32 477 52 18 09",
            "+32 477 52 18 09",
        ),
        ("Kunt u mij bellen op 06-12345678?", "06-12345678"),
    ],
)
def test_personal_details_near_a_company_are_redacted(redactor, text, redacted):
    assert redacted not in redactor.redact(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Groet,\nSanne\n\n"
            "Van Dijk Advocaten | Grote Markt 4 | 9711 LV Groningen | www.vandijk.nl",
            ["9711 LV", "Groningen"],
        ),
        (
            "[Loonwerk | Salaris in de cloud | 085 303 44 10 | Dit bericht is vertrouwelijk]",
            ["085 303 44 10"],
        ),
    ],
)
def test_company_footers_are_business_details(redactor, text, kept):
    result = redactor.redact(text)
    for value in kept:
        assert value not in result.text
    assert any(f.reason.startswith("bedrijfsgegevens van de klant") for f in result.findings)


def test_a_persons_signature_line_with_pipes_is_not_a_footer(redactor):
    text = "Met vriendelijke groet,\nJoris Aalbers | 06 4821 9930 | www.aalbers-fotografie.nl"
    result = redactor.redact(text)
    assert "06 4821 9930" not in result.text
    assert not any(f.reason.startswith("bedrijfsgegevens") for f in result.findings)


def test_a_department_before_the_company_line_still_makes_it_a_letterhead(redactor):
    text = "Groet,\nKaat\nHR – Brouwerij De Ster nv\nMechelsesteenweg 12, 2500 Lier"
    postcode = next(f for f in redactor.redact(text).findings if f.entity_type == "POSTCODE")
    assert postcode.reason.startswith("bedrijfsgegevens van de klant")


def test_a_name_inside_a_company_name_is_kept_with_the_company(redactor):
    result = redactor.redact("Graag overmaken t.n.v. Groupe Marlin SAS, omschrijving 123.")
    assert "Groupe Marlin SAS" in result.text


def test_a_model_organisation_guess_does_not_make_a_letterhead():
    """The model tagging "IBAN" as an organisation must not turn a customer's IBAN line into
    company data; only companies with a legal form open a letterhead."""
    from presidio_analyzer import RecognizerResult

    from pipelines.company import mark_business_details
    from pipelines.policy import BUSINESS_DETAILS_KEY

    text = "Ter referentie:\nR.T. Vos\nIBAN NL53INGB0003917284"
    start = text.index("IBAN")
    guess = RecognizerResult(
        "ORGANIZATION",
        start,
        start + 4,
        0.85,
        recognition_metadata={"recognizer_name": "CheckedSpacyRecognizer"},
    )
    iban = RecognizerResult(
        "IBAN",
        start + 5,
        len(text),
        1.0,
        recognition_metadata={"recognizer_name": "IbanRecognizer"},
    )
    mark_business_details(text, [guess, iban])
    assert not iban.recognition_metadata.get(BUSINESS_DETAILS_KEY)
    legal = RecognizerResult(
        "ORGANIZATION",
        0,
        0,
        0.85,
        recognition_metadata={"recognizer_name": "CheckedSpacyRecognizer"},
    )
    letterhead = "Vos Advies bv – IBAN NL53INGB0003917284"
    legal.end = letterhead.index(" –")
    iban2 = RecognizerResult(
        "IBAN",
        letterhead.index("NL53"),
        len(letterhead),
        1.0,
        {"recognizer_name": "IbanRecognizer"},
    )
    mark_business_details(letterhead, [legal, iban2])
    assert iban2.recognition_metadata.get(BUSINESS_DETAILS_KEY)


def test_a_company_named_with_its_legal_form_is_no_person_when_repeated_bare(redactor):
    text = (
        "Privacyverklaring van Pluimsoft B.V.\n\nPluimsoft verwerkt uw gegevens alleen voor de "
        "dienst. Pluimsoft bewaart ze niet langer dan nodig."
    )
    result = redactor.redact(text)
    assert "[PERSOON" not in result.text
    assert result.text.count("Pluimsoft") == 3
