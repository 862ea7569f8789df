"""Personal e-mail addresses are found; a company's role mailboxes are not."""

from __future__ import annotations

import pytest

from pipelines.recognizers.email import EmailRecognizer, is_role_address


@pytest.fixture(scope="module")
def recognizer() -> EmailRecognizer:
    return EmailRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Van: Anna de Vries <anna.devries@example.nl>\nAan: support@bedrijf.nl",
            "anna.devries@example.nl",
        ),
        ("Stuur het naar j.jansen84@gmail.com.", "j.jansen84@gmail.com"),
        (
            "Mijn zakelijke adres is pieter@bakkerij-pietersen.nl, niet het oude.",
            "pieter@bakkerij-pietersen.nl",
        ),
        ("E-mail: t.nowak@wp.pl", "t.nowak@wp.pl"),
        (
            "Haar vervanger (m.elamrani@voorbeeld-bv.be) neemt het over.",
            "m.elamrani@voorbeeld-bv.be",
        ),
        ("bezoeker: ok, mail is lien.peeters@telenet.be. bedankt", "lien.peeters@telenet.be"),
        (
            "graag een mailbox aanmaken als kees@hovenier-voorbeeld.nl.",
            "kees@hovenier-voorbeeld.nl",
        ),
        (
            "To: charlotte.smith+billing@shipping-example.co.uk",
            "charlotte.smith+billing@shipping-example.co.uk",
        ),
        ("account van sanne_kuipers@hotmail.com", "sanne_kuipers@hotmail.com"),
    ],
)
def test_finds_personal_addresses(find, recognizer, text, expected):
    assert find(recognizer, text) == [expected]


@pytest.mark.parametrize(
    "address",
    [
        "support@polderhost.nl",
        "info@bedrijf.nl",
        "privacy@bedrijf.nl",
        "sales@bedrijf.be",
        "billing@bedrijf.com",
        "facturatie@bedrijf.be",
        "debiteuren@bedrijf.nl",
        "no-reply@mailer.info",
        "noreply@bedrijf.nl",
        "helpdesk@bedrijf.nl",
        "servicedesk@bedrijf.nl",
        "klantenservice@bedrijf.nl",
        "administratie@bedrijf.nl",
        "boekhouding@bedrijf.nl",
        "contact@bedrijf.nl",
        "office@bedrijf.be",
        "hr@bedrijf.nl",
        "dpo@bedrijf.nl",
        "security@bedrijf.nl",
        "abuse@bedrijf.nl",
        "postmaster@bedrijf.nl",
        "webmaster@bedrijf.nl",
        "marketing@bedrijf.nl",
        "verkoop@bedrijf.nl",
        "bestellingen@bedrijf.nl",
        "orders@bedrijf.nl",
        "reserveringen@bedrijf.nl",
        "boekingen@vakantiehuisjes.nl",
        "planning@bedrijf.nl",
        "receptie@bedrijf.nl",
        "secretariaat@bedrijf.nl",
        "klantenservice-nl@bedrijf.nl",
        "sales.team@bedrijf.nl",
        "support_2@bedrijf.nl",
        "info-be@bedrijf.be",
    ],
)
def test_role_mailboxes_are_not_personal(find, recognizer, address):
    assert is_role_address(address)
    assert find(recognizer, f"Graag doorsturen naar {address} voor verdere afhandeling.") == []


def test_shared_mailbox_is_not_personal(find, recognizer):
    text = "Aparte gedeelde mailbox ondernemingsraad-west@metaal-voorbeeld.be aanmaken."
    assert find(recognizer, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Kosten € 1.249,50 per jaar.",
        "Zie @jansen op Slack.",
        "versie 4.12.3 staat klaar",
        "De site draait op web07.hosting-voorbeeld.nl.",
        "Schrijf naar jan@localhost.",
    ],
)
def test_ignores_traps(find, recognizer, text):
    assert find(recognizer, text) == []
