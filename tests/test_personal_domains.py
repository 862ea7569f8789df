"""A website named after a person in the conversation is personal data; a trade's site is not."""

import pytest

from pipelines.personal_domains import find_personal_domains


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("de verlenging van thornton.dev mislukte", {"Grace Thornton"}, ["thornton.dev"]),
        (
            "mijn site https://www.fleurvandam.nl/blog ligt eruit",
            {"Fleur van Dam"},
            ["https://www.fleurvandam.nl/blog"],
        ),
        ("domein kromodimedjo.nl verhuizen", {"Errol Kromodimedjo"}, ["kromodimedjo.nl"]),
    ],
)
def test_domains_named_after_people(text, names, expected):
    spans = find_personal_domains(text, names, [])
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("domeinnaam vanderlinde-fotografie.nl overzetten", {"Marieke van der Linde"}),
        ("mail naar grace@thornton.dev", {"Grace Thornton"}),
        ("onze site polderhost.nl", {"Jan de Vries"}),
        ("zie vos.nl", {"Tijs Vos"}),  # too short a surname to be sure
    ],
)
def test_business_and_other_domains_stay(text, names):
    taken = [(text.index("grace@"), len(text))] if "@" in text else []
    assert find_personal_domains(text, names, taken) == []


def test_a_role_mailbox_makes_the_domain_a_company_site():
    text = "Fysiotherapie Benali, info@benali.nl, zie benali.nl"
    taken = [(text.index("info@"), text.index("info@") + len("info@benali.nl"))]
    assert find_personal_domains(text, {"Samira Benali"}, taken) == []
