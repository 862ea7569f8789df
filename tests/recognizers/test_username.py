"""Account names made of a person's name are persons; abbreviations and domains are not.
Every example is invented."""

from __future__ import annotations

import pytest

from pipelines.recognizers.username import UsernameRecognizer


def found(text: str) -> list[str]:
    results = UsernameRecognizer().analyze(text, ["PERSON"])
    return [text[r.start : r.end] for r in results]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Gebruikersnaam: pvdberg\nWerkplek: LT-0042", "pvdberg"),
        ("    Account Name:           k.devries\n", "k.devries"),
        ("De map C:\\Users\\j.smit\\OneDrive is stuk.", "j.smit"),
        ("Security ID:   KANTOOR\\mvanleeuwen", "mvanleeuwen"),
        ("Beste h.bakker,\n\nUw wachtwoord verloopt.", "h.bakker"),
        ("login: ddekker", "ddekker"),
    ],
)
def test_account_names_are_found(text, value) -> None:
    assert found(text) == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Zie x.com, a.u.b. en d.w.z. op www.tweakers.net",
        "Mail naar r.jansen@firma.nl",
        "    Account Name:  PC01$",
        "Account Name:      -",
        "Gebruikersnaam: NULL",
        "Gebruikersnaam: admin",
        "versie v.2024",
    ],
)
def test_no_account_name(text) -> None:
    assert found(text) == []
