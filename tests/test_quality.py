"""Detection quality on the annotated dev messages stays at the levels the project promises.

Reads ``shared/eval/dev.jsonl`` beside the checkout (never copied into the repo) and scores it
with the judge's definitions. These are floors, not the figures themselves: see
benchmarks/RESULTS.md for those.
"""

from __future__ import annotations

import pytest

from pipelines.evaluate import STRUCTURED_TYPES, read_jsonl, score
from tests.conftest import SHARED_EVAL, require_eval_file

DEV = SHARED_EVAL / "dev.jsonl"


@pytest.fixture(scope="module")
def dev_result(redactor):
    require_eval_file(DEV)
    from bot.cli import predict

    gold = read_jsonl(DEV)
    return gold, predict(redactor, gold)


def test_structured_identifiers(dev_result):
    gold, preds = dev_result
    result = score(gold, preds)
    assert result["recall_structured"] >= 0.98
    assert result["precision"] >= 0.95


def test_addresses(dev_result):
    gold, preds = dev_result
    caught, total = map(int, score(gold, preds)["per_type"]["ADDRESS"].split("/"))
    assert caught / total >= 0.9


def test_no_structured_identifier_leaks(dev_result):
    gold, preds = dev_result
    leaks = score(gold, preds)["leaks_by_type"]
    assert {t: n for t, n in leaks.items() if t in STRUCTURED_TYPES} == {}
