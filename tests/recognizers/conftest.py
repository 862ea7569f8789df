"""Helpers for the recognizer test tables."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer


def found_values(recognizer: EntityRecognizer, text: str, min_score: float = 0.4) -> list[str]:
    """The substrings a recognizer reports with at least ``min_score`` (the analyzer's bar)."""
    results = recognizer.analyze(text, entities=recognizer.supported_entities)
    return [
        text[r.start : r.end]
        for r in sorted(results, key=lambda r: r.start)
        if r.score >= min_score
    ]


@pytest.fixture
def find():
    """``find(recognizer, text)`` -> the values it would redact."""
    return found_values
