"""DEDUCE-style regression cases for person-name detection (tests/data/name_cases.json).

Each case says which substrings must be redacted as a person and which must not be part of any
redacted person. Cases listed under ``known_failures`` fail today: they run as strict xfails, so a
case that starts passing fails the run until its id (and its ``why``) is removed from the file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.cli import build_redactor
from tests.case_tables import case_params

DATA = json.loads((Path(__file__).parent / "data" / "name_cases.json").read_text(encoding="utf-8"))
CASES = DATA["cases"]
KNOWN_FAILURES = set(DATA["known_failures"])


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of ``needle`` in ``text``, case-sensitive, not starting or ending inside a word."""
    before = r"(?<!\w)" if needle[:1].isalnum() else ""
    after = r"(?!\w)" if needle[-1:].isalnum() else ""
    pattern = before + re.escape(needle) + after
    return [match.span() for match in re.finditer(pattern, text)]


def params() -> list:
    """One pytest param per case; known failures are strict xfails."""
    return case_params(CASES, KNOWN_FAILURES)


@pytest.fixture(scope="module")
def redactor():
    return build_redactor(None)


def test_case_file_is_consistent():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    unknown = KNOWN_FAILURES - set(ids)
    assert not unknown, f"unknown ids in known_failures: {sorted(unknown)}"
    for case in CASES:
        listed = case["id"] in KNOWN_FAILURES
        assert listed == bool(case.get("why")), f"{case['id']}: 'why' iff listed in known_failures"
        for needle in case["persons"] + case["not_persons"]:
            assert occurrences(case["text"], needle), f"{case['id']}: {needle!r} not in text"


@pytest.mark.parametrize("case", params())
def test_name_case(redactor, case):
    text = case["text"]
    result = redactor.redact(text)
    persons = [
        (finding.start, finding.end)
        for finding in result.findings
        if finding.entity_type == "PERSON" and finding.action != "keep"
    ]
    problems = []
    for needle in case["persons"]:
        for start, end in occurrences(text, needle):
            if not any(s <= start and end <= e for s, e in persons):
                problems.append(f"person not redacted: {needle!r} at {start}")
    for needle in case["not_persons"]:
        for start, end in occurrences(text, needle):
            if any(s < end and start < e for s, e in persons):
                problems.append(f"redacted as person: {needle!r} at {start}")
    found = [text[s:e] for s, e in persons]
    assert not problems, f"{problems}; PERSON findings: {found}; redacted: {result.text!r}"
