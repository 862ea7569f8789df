"""The prefilter's clauses: every string a pattern matches holds a piece of each clause, and the
request classifier gives the same scores with the prefilter as a plain search of every cue."""

from __future__ import annotations

import re

import pytest

from pipelines import requests
from pipelines.regex_literals import may_match, required_clauses


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        (
            r"\bverwijder\w* (?:mijn|al mijn) gegevens\b",
            [{"verwijder"}, {" gegevens"}, {"mijn", "al mijn"}],
        ),
        # the parser shares the branches' common start: "inz" + ("age" | "ien")
        (r"(?:inzage|inzien) in mijn dossier", [{"inz"}, {" in mijn dossier"}, {"age", "ien"}]),
        (r"(?:wachtwoord|ww)\s*:", []),  # "ww" is too short to filter by
        (r"(?:kopie)?\s*van mijn gegevens", [{"van mijn gegevens"}]),  # an optional group
        (r"(?:gegevens){2,3}", [{"gegevens"}]),
        (r"(?i:Inzage) gevraagd", [{" gevraagd"}]),  # a folded group proves nothing itself
    ],
)
def test_clauses(pattern, clauses) -> None:
    assert [set(clause) for clause in required_clauses(pattern)] == clauses


def test_a_folding_pattern_gets_no_clause() -> None:
    assert required_clauses(re.compile("verwijder", re.IGNORECASE)) == []


SENTENCES = [
    "ik wil graag inzage in mijn dossier",
    "verwijder al mijn gegevens uit jullie systeem a.u.b.",
    "kunnen jullie mijn adres aanpassen, het nummer klopt niet",
    "stuur me een kopie van mijn gegevens als csv",
    "ik wil geen reclame meer ontvangen en trek mijn toestemming in",
    "graag bezwaar tegen marketing met mijn gegevens, dat wil ik niet",
    "waarom is mijn aanvraag automatisch afgewezen door een algoritme?",
    "ik dien een klacht in bij de autoriteit persoonsgegevens",
    "de printer op de tweede verdieping doet het niet",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_cue_that_matches_always_passes_its_prefilter(sentence) -> None:
    for cues, _vetoes in requests._TYPE_CUES.values():
        for cue in cues:
            if cue.pattern.search(sentence):
                assert may_match(requests._CUE_CLAUSES[cue.name], sentence), cue.name


def test_the_prefilter_skips_cues_a_message_cannot_fire() -> None:
    possible = requests._possible_cues("de printer op de tweede verdieping doet het niet")
    every = sum(len(cues) for cues, _ in requests._TYPE_CUES.values())
    assert sum(len(cues) for cues in possible.values()) < every / 2


@pytest.mark.parametrize("sentence", SENTENCES)
def test_scores_equal_a_search_of_every_cue(sentence, monkeypatch) -> None:
    with_prefilter = requests.score_request(sentence)
    monkeypatch.setattr(requests, "_CUE_CLAUSES", {k: [] for k in requests._CUE_CLAUSES})
    assert requests.score_request(sentence) == with_prefilter
