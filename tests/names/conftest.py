"""Helpers for the name tests: the same ``find`` as the recognizer test tables use."""

from __future__ import annotations

import pytest

from tests.recognizers.conftest import found_values


@pytest.fixture
def find():
    """``find(recognizer, text)`` -> the values it would redact."""
    return found_values
