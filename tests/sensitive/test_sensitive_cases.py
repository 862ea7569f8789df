"""DEDUCE-style regression cases for HEALTH, SPECIAL and CREDENTIAL (tests/sensitive/cases.json).

Each case says which values its type's recognizer must find and which substrings must not be
part of any found value. Cases listed under ``known_failures`` fail today: they run as strict
xfails, so a case that starts passing fails the run until its id (and its ``why``) is removed.
The recognizers run on their own (no NER model), so the table is cheap to run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.recognizers.credential import CredentialRecognizer
from pipelines.recognizers.special_categories import HealthRecognizer, SpecialCategoryRecognizer
from tests.case_tables import case_params

DATA = json.loads((Path(__file__).parent / "cases.json").read_text(encoding="utf-8"))
CASES = DATA["cases"]
KNOWN_FAILURES = set(DATA["known_failures"])
RECOGNIZERS = {
    "HEALTH": HealthRecognizer(),
    "SPECIAL": SpecialCategoryRecognizer(),
    "CREDENTIAL": CredentialRecognizer(),
}


def found(entity: str, text: str) -> list[str]:
    """The values the recognizer of ``entity`` reports at the analyzer's bar (0.4)."""
    recognizer = RECOGNIZERS[entity]
    results = recognizer.analyze(text, entities=[entity])
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start) if r.score >= 0.4]


def test_case_file_is_consistent():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    unknown = KNOWN_FAILURES - set(ids)
    assert not unknown, f"unknown ids in known_failures: {sorted(unknown)}"
    for case in CASES:
        assert case["type"] in RECOGNIZERS, case["id"]
        listed = case["id"] in KNOWN_FAILURES
        assert listed == bool(case.get("why")), f"{case['id']}: 'why' iff listed in known_failures"
        for needle in case["found"] + case["not_found"]:
            assert needle in case["text"], f"{case['id']}: {needle!r} not in text"


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_FAILURES))
def test_case(case):
    values = found(case["type"], case["text"])
    for value in case["found"]:
        assert any(value in v for v in values), f"{value!r} not found; found {values}"
    for needle in case["not_found"]:
        assert not any(needle in v for v in values), f"{needle!r} inside a found value {values}"
