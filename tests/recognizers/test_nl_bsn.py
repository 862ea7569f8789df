"""BSN: nine digits that pass the elfproef, and not an employer's loonheffingennummer.
Every number is invented (generated to pass or fail the elfproef)."""

from __future__ import annotations

import pytest

from pipelines.recognizers.nl_bsn import NlBsnRecognizer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn BSN is 944117715.", ["944117715"]),
        ("BSN: 9441.17.715", ["9441.17.715"]),
        ("burgerservicenummer 853 194 130 graag wijzigen", ["853 194 130"]),
        ("bsn 886-075-002 graag aanpassen", ["886-075-002"]),
    ],
)
def test_finds_a_bsn(find, text, expected):
    assert find(NlBsnRecognizer(), text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BSN 944117716 klopt niet",  # fails the elfproef
        "BSN 944-117-716 klopt niet",
        "Het loonheffingennummer in de kopregel is 9441.17.715.L.01.",
        "loonheffingennummer 944117715L01",
        "loonheffingennummer 944117715 L02 van de werkgever",
    ],
)
def test_not_a_bsn(find, text):
    assert find(NlBsnRecognizer(), text) == []
