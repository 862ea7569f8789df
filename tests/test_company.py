"""A company's own letterhead and phone line are kept; a person's details beside them are not."""

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
            ["Brusselsesteenweg 160"],
        ),
        ("Bij vragen kunt ge ons altijd bellen op 09 233 40 50.", ["09 233 40 50"]),
    ],
)
def test_company_details_are_kept(redactor, text, kept):
    result = redactor.redact(text)
    for value in kept:
        assert value in result.text
    reasons = {f.reason for f in result.findings if f.action == "keep"}
    assert any("bedrijf" in reason for reason in reasons)


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
            ["Grote Markt 4", "9711 LV", "Groningen"],
        ),
        (
            "[Loonwerk | Salaris in de cloud | 085 303 44 10 | Dit bericht is vertrouwelijk]",
            ["085 303 44 10"],
        ),
    ],
)
def test_company_footers_are_kept(redactor, text, kept):
    result = redactor.redact(text)
    for value in kept:
        assert value in result.text


def test_a_persons_signature_line_with_pipes_is_not_a_footer(redactor):
    text = "Met vriendelijke groet,\nJoris Aalbers | 06 4821 9930 | www.aalbers-fotografie.nl"
    assert "06 4821 9930" not in redactor.redact(text).text


def test_a_department_before_the_company_line_still_makes_it_a_letterhead(redactor):
    text = "Groet,\nKaat\nHR – Brouwerij De Ster nv\nMechelsesteenweg 12, 2500 Lier"
    assert "2500" in redactor.redact(text).text


def test_a_name_inside_a_company_name_is_kept_with_the_company(redactor):
    result = redactor.redact("Graag overmaken t.n.v. Groupe Marlin SAS, omschrijving 123.")
    assert "Groupe Marlin SAS" in result.text


def test_a_model_organisation_guess_does_not_make_a_letterhead():
    """The model tagging "IBAN" as an organisation must not turn a customer's IBAN line into
    company data; only companies with a legal form open a letterhead."""
    from presidio_analyzer import RecognizerResult

    from pipelines.company import COMPANY_DATA_KEY, mark_company_data

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
    mark_company_data(text, [guess, iban])
    assert not iban.recognition_metadata.get(COMPANY_DATA_KEY)
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
    mark_company_data(letterhead, [legal, iban2])
    assert iban2.recognition_metadata.get(COMPANY_DATA_KEY)


def test_a_company_named_with_its_legal_form_is_no_person_when_repeated_bare(redactor):
    text = (
        "Privacyverklaring van Pluimsoft B.V.\n\nPluimsoft verwerkt uw gegevens alleen voor de "
        "dienst. Pluimsoft bewaart ze niet langer dan nodig."
    )
    result = redactor.redact(text)
    assert "[PERSOON" not in result.text
    assert result.text.count("Pluimsoft") == 3
