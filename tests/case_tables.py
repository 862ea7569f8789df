"""DEDUCE-style regression tables (``tests/names/data/name_cases.json``,
``tests/sensitive/cases.json``): each case one pytest param, its known failures strict xfails,
so a fixed case fails until it leaves the ``known_failures`` list."""

from __future__ import annotations

from collections.abc import Collection, Iterable

import pytest


def case_params(cases: Iterable[dict], known_failures: Collection[str]) -> list:
    """One param per case, named by its id; a listed case is xfail(strict) with its 'why'."""
    return [
        pytest.param(
            case,
            id=case["id"],
            marks=[pytest.mark.xfail(reason=case.get("why", ""), strict=True)]
            if case["id"] in known_failures
            else [],
        )
        for case in cases
    ]
