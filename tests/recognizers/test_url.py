"""Profile URLs and a person's own website are personal; company and product links are not."""

from __future__ import annotations

import pytest

from pipelines.recognizers.url import UrlRecognizer


@pytest.fixture(scope="module")
def recognizer() -> UrlRecognizer:
    return UrlRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "de link staat in mijn LinkedIn-profiel (linkedin.com/in/anna-de-vries-42).",
            "linkedin.com/in/anna-de-vries-42",
        ),
        (
            "Zie https://www.linkedin.com/in/pietjansen/ voor mijn cv",
            "https://www.linkedin.com/in/pietjansen/",
        ),
        ("Groet,\nRavi\nx.com/ravi_voorbeeld", "x.com/ravi_voorbeeld"),
        ("volg me op twitter.com/anna_dv, of niet", "twitter.com/anna_dv"),
        (
            "mijn profiel: https://facebook.com/anna.devries.12",
            "https://facebook.com/anna.devries.12",
        ),
        ("foto's op instagram.com/anna.maakt.", "instagram.com/anna.maakt"),
        ("code op github.com/pjansen-dev", "github.com/pjansen-dev"),
        ("filmpjes op tiktok.com/@annadv", "tiktok.com/@annadv"),
        (
            "Mijn portfolio https://www.pietjansen-foto.nl geeft een fout.",
            "https://www.pietjansen-foto.nl",
        ),
        ("mijn website annadevries.nl is traag", "annadevries.nl"),
        ("Could you check my portfolio at www.janedoe.dev?", "www.janedoe.dev"),
        (
            "Mijn persoonlijke site (https://pieter.example.com/over-mij) laadt niet.",
            "https://pieter.example.com/over-mij",
        ),
    ],
)
def test_finds_personal_links(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


def test_domain_spelling_the_senders_name_is_found_once_names_are_known(redactor):
    # the recognizer alone cannot know the sender; pipelines.personal_domains does it
    text = (
        "Van: Ravi Voorbeeldman <r.voorbeeldman@hetnet.nl>\n\n"
        "Ik wil een WordPress-site op ravivoorbeeldman.nl, dat domein is al van mij."
    )
    result = redactor.redact(text)
    assert "ravivoorbeeldman.nl" not in result.text
    assert "[URL-1]" in result.text


@pytest.mark.parametrize(
    "text",
    [
        "Klant zegt dat haar site (fysiopraktijk-voorbeeld.nl) een HTTP 500 toont.",
        "Site staat op web12.hostingbedrijf.nl, database op db4.",
        "De zone breekt na de verhuizing naar ns3.provider.nl.",
        "Can you visit whatismyip.com and send me what it shows?",
        "Ik wil mijn domeinnaam bloemenwinkel-voorbeeld.nl verhuizen.",
        "Mail ging via smtp.hostingbedrijf.nl.",
        "Zie https://support.microsoft.com/kb/123456 voor de fout.",
        "Stuur het naar info@bedrijf.nl.",
        "Versie 4.12.3 en bestand rapport.pdf",
        "Van: Laptop Kliniek <info@laptopkliniek.nl>\nKijk op laptopkliniek.nl voor de tarieven.",
        "Onze pagina linkedin.com/company/bedrijf-bv is bijgewerkt.",
    ],
)
def test_ignores_company_links(find, recognizer, text):
    assert find(recognizer, text) == []
