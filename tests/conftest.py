"""Shared fixtures: one redactor for the whole run (building it loads every recognizer)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import build_redactor

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


@pytest.fixture(scope="session")
def redactor():
    return build_redactor(None)
