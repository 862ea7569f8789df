"""The [company] setting: the company that runs privacywacht keeps its own data."""

from __future__ import annotations

import pytest

from bot.settings import SettingsError, load_settings
from pipelines.own_company import OwnCompany, phone_digits

COMPANY = {
    "names": ["Voorbeeldsoft", "Voorbeeldsoft B.V."],
    "domains": ["voorbeeldsoft.nl"],
    "phones": ["020 123 4567"],
    "addresses": ["Voorbeeldstraat 1"],
}
TEXT = (
    "Hallo Voorbeeldsoft, bel me op 06-12345678. Jullie nummer +31 20 123 4567 werkt niet. "
    "Mail support@voorbeeldsoft.nl of j.devries@voorbeeldsoft.nl, zie www.voorbeeldsoft.nl. "
    "Groet, Jan de Vries, Kerkstraat 4, Utrecht. Langskomen kan op Voorbeeldstraat 1."
)


@pytest.fixture(scope="module")
def company_redactor(redactor):
    from pipelines.redaction import Redactor

    return Redactor(redactor.analyzer, redactor.policy, company=OwnCompany.from_mapping(COMPANY))


def test_the_companys_own_data_is_kept(company_redactor):
    result = company_redactor.redact(TEXT)
    for kept in (
        "Voorbeeldsoft",
        "+31 20 123 4567",
        "support@voorbeeldsoft.nl",
        "Voorbeeldstraat 1",
    ):
        assert kept in result.text
    reasons = {f.reason for f in result.findings if f.action == "keep"}
    assert "gegevens van ons eigen bedrijf ([company]), geen persoonsgegeven" in reasons


def test_the_customers_data_and_employees_mail_are_still_redacted(company_redactor):
    result = company_redactor.redact(TEXT)
    for gone in ("06-12345678", "j.devries@voorbeeldsoft.nl", "Jan de Vries", "Kerkstraat 4"):
        assert gone not in result.text


def test_a_mailbox_named_after_a_person_in_the_message_is_not_the_companys(company_redactor):
    result = company_redactor.redact("Groet, Annelot Verschuur (annelot@voorbeeldsoft.nl)")
    assert "annelot@voorbeeldsoft.nl" not in result.text


def test_without_the_setting_nothing_changes(redactor):
    assert "+31 20 123 4567" not in redactor.redact(TEXT).text


@pytest.mark.parametrize(
    ("number", "digits"),
    [
        ("+31 (0)20 123 4567", "0201234567"),
        ("020-1234567", "0201234567"),
        ("0032 3 123 45 67", "031234567"),
    ],
)
def test_phone_digits(number, digits):
    assert phone_digits(number) == digits


@pytest.mark.parametrize(
    ("table", "message"),
    [({"name": ["X"]}, "unknown keys: name"), ({"names": [1]}, "names must be a list of strings")],
)
def test_a_bad_company_table_fails_at_start(tmp_path, table, message):
    key, value = next(iter(table.items()))
    config = tmp_path / "c.toml"
    config.write_text(f"[company]\n{key} = {value!r}\n".replace("'", '"'), encoding="utf-8")
    with pytest.raises(SettingsError, match=message):
        load_settings(config, environ={})


def test_the_setting_reaches_the_settings(tmp_path):
    config = tmp_path / "c.toml"
    config.write_text('[company]\nnames = ["Voorbeeldsoft"]\n', encoding="utf-8")
    assert load_settings(config, environ={}).company["names"] == ["Voorbeeldsoft"]
