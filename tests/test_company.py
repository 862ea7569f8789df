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
            "Architectenbureau Vos bv\nBrusselsesteenweg 160, 2800 Mechelen\nM 0472 09 31 55",
            "0472 09 31 55",
        ),
        # a person's mobile on a line that merely mentions their company
        (
            "Melder: Wim Peeters (zaakvoerder Peeters Elektro bv), +32 477 30 92 64",
            "+32 477 30 92 64",
        ),
        ("Kunt u mij bellen op 06-12345678?", "06-12345678"),
    ],
)
def test_personal_details_near_a_company_are_redacted(redactor, text, redacted):
    assert redacted not in redactor.redact(text).text
