"""Shared fixtures: one redactor for the whole run (building it loads every recognizer)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.cli import build_redactor

SHARED_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def require_eval_file(path: Path) -> None:
    """Skip a quality test whose evaluation file is not beside the checkout — or fail, when
    ``PRIVACYWACHT_REQUIRE_EVAL=1`` says it must be there (CI sets it)."""
    if path.exists():
        return
    if os.environ.get("PRIVACYWACHT_REQUIRE_EVAL") == "1":
        pytest.fail(f"{path} is missing and PRIVACYWACHT_REQUIRE_EVAL=1")
    pytest.skip(f"{path.name} is not beside this checkout")


@pytest.fixture(scope="session")
def redactor():
    return build_redactor(None)
