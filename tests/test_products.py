"""Product knowledge: data files in pipelines/data/products, and the model filter that uses it."""

from __future__ import annotations

import pytest

from pipelines.products import DATA_DIR, is_product, product_items


def test_every_product_file_says_where_it_comes_from():
    files = sorted(DATA_DIR.glob("*.txt"))
    assert len(files) >= 10
    for path in files:
        head = path.read_text(encoding="utf-8").splitlines()[:6]
        assert any(line.startswith("# Source:") for line in head), path.name


@pytest.mark.parametrize("text", ["Outlook", "outlook", "Wi-Fi", "wifi", "OneDrive", "TeamViewer"])
def test_listed_products_are_products(text):
    assert is_product(text)


@pytest.mark.parametrize("text", ["Jan de Vries", "Marieke", "", "Voorbeeldsoft"])
def test_names_are_not_products(text):
    assert not is_product(text)


def test_products_that_are_also_names_are_apart():
    """'Alexa' and 'Dell' alone cannot overrule a name; the filter leaves them to the model."""
    assert not is_product("Alexa")
    assert is_product("Alexa", include_name_like=True)
    assert "Alexa" in product_items(include_name_like=True)


@pytest.mark.parametrize(
    "text",
    [
        "Ik kan Thunderbird niet openen sinds de update.",
        "Hoe installeer ik TeamViewer op mijn laptop?",
        "Waarom synchroniseert OneDrive niet meer?",
    ],
)
def test_the_redactor_keeps_products(redactor, text):
    assert "[PERSOON" not in redactor.redact(text).text


def test_a_name_next_to_a_product_is_still_redacted(redactor):
    result = redactor.redact("Ik kan Outlook niet openen. Groet, Wendelien Hoogkamp")
    assert "Outlook" in result.text
    assert "Hoogkamp" not in result.text
