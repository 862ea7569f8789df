"""CREDENTIAL: passwords, codes, keys and tokens; never the cue, never a state word."""

from __future__ import annotations

import secrets
import string

import pytest

from pipelines.recognizers.credential import CredentialRecognizer

RECOGNIZER = CredentialRecognizer()


def _bitlocker_key() -> str:
    """A made-up 48-digit BitLocker recovery key: eight groups of six digits."""
    return "-".join(f"{secrets.randbelow(10**6):06d}" for _ in range(8))


def _token(prefix: str, length: int) -> str:
    alphabet = string.ascii_letters + string.digits
    return prefix + "".join(secrets.choice(alphabet) for _ in range(length))


BITLOCKER = _bitlocker_key()
MOLLIE = _token("live_", 30)
STRIPE = _token("sk_live_", 24)
GITHUB = _token("ghp_", 36)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het wachtwoord van de mailbox was Narcis2022!, ik heb het al veranderd in "
            "Blauw-Boot-41 maar het gaat door.",
            ["Narcis2022!", "Blauw-Boot-41"],
        ),
        ("klant: het wachtwoord is Poesje!2017", ["Poesje!2017"]),
        ("Wachtwoord Windows: Zonnepit1961! (klant gaf het zelf op)", ["Zonnepit1961!"]),
        ("- FTP-wachtwoord: ab2020!jan", ["ab2020!jan"]),
        (f"- Mollie API-key: {MOLLIE}", [MOLLIE]),
        (f"stripe {STRIPE} staat in de config", [STRIPE]),
        (f"token {GITHUB}", [GITHUB]),
        ("het wachtwoord van de wifi is patatjes4410 als ge da nodig hebt", ["patatjes4410"]),
        ("De verhuiscode (token) die ik van hen kreeg is Qz8#mW3r!Tp5.", ["Qz8#mW3r!Tp5"]),
        ("authcode: a8Kf-22zQ-m1", ["a8Kf-22zQ-m1"]),
        ("Toegang: deurcode gebouw 5582#, appartement 2de verdieping.", ["5582#"]),
        ("mijn pincode is 4321.", ["4321"]),
        ("pincode 9087", ["9087"]),
        ("ww = Welkom01", ["Welkom01"]),
        ("password: hunter2", ["hunter2"]),
        ("wachtwoord: zomerzon", ["zomerzon"]),
        ("wifi wachtwoord is 'mijn hond 12'", ["mijn hond 12"]),
        ("mijn wachtwoord is tijdelijk Welkom123 tot morgen", ["Welkom123"]),
        (
            "nieuwe herstelcodes gegenereerd. Ze las er twee voor (5K2H-8QPM en Y4RT-7LWB), "
            "geadviseerd",
            ["5K2H-8QPM", "Y4RT-7LWB"],
        ),
        (
            "one of my backup codes in the form yesterday, 5821-1937-0946 is that a problem??",
            ["5821-1937-0946"],
        ),
        (f"herstelsleutel staat in Entra ({BITLOCKER}) – niet doorgeven", [BITLOCKER]),
        (f"de sleutel is {BITLOCKER}", [BITLOCKER]),
        (f"{BITLOCKER}", [BITLOCKER]),
        (
            "Ik heb mijn wachtwoord ingevuld en kreeg een fout. Moet ik iets doen? "
            "Het was Anke2024Lier, ik heb het nog niet veranderd.",
            ["Anke2024Lier"],
        ),
        ("API key: 9f8e7d6c5b4a39281706f5e4d3c2b1a0", ["9f8e7d6c5b4a39281706f5e4d3c2b1a0"]),
    ],
)
def test_finds_secrets(find, text: str, expected: list[str]) -> None:
    assert find(RECOGNIZER, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "het wachtwoord is verlopen",
        "Uw wachtwoord verloopt binnen 24 uur.",
        "het wachtwoord is gewijzigd",
        "ik ben mijn wachtwoord vergeten",
        "stuur mij een nieuw wachtwoord",
        "zorg dat je je Google-wachtwoord weet.",
        "Wachtwoord M365 gereset, alle sessies ingetrokken",
        "wachtwoord gereset om 10:42",
        "het wachtwoord werkt niet en mijn telefoonnummer is 0612345678",
        "de melding (risicocontrole, code RC-17)",
        "steeds foutcode FF-502 bij de export",
        "mijn postcode is 2531 VK",
        "zipcode 90210",
        "token (verhuiscode) die ik kreeg van de oude provider",
        "het wachtwoord is kwijt",
        "het wachtwoord is nodig voor de installatie",
        "Bram vermoedt dat het service-account na de wachtwoordwijziging niet werd aangepast",
        "de herstelcodes is ze kwijt, ticket 2024-0611-0093",
        "factuur 2024-0412 van € 1.249,50, versie 4.12.3",
        "Veeam B&R 12.1.2.172 en bestelling WK-2024-01977",
        "Pinnen kan gewoon. Totaal wordt € 189,-.",
        "De code van de korting is ZOMER24",
    ],
)
def test_ignores_traps(find, text: str) -> None:
    assert find(RECOGNIZER, text) == []
