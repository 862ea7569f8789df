"""``privacywacht eval`` reports the same figures as the project's judge, shared/eval/score.py."""

from __future__ import annotations

import importlib.util

import pytest

from pipelines.evaluate import read_jsonl, score
from tests.conftest import SHARED_EVAL, require_eval_file

GOLD = {
    "a": {
        "id": "a",
        "request": "access",
        "text": "Jan Jansen, bel 0612345678, klant 123456.",
        "spans": [
            {"start": 0, "end": 10, "type": "PERSON", "value": "Jan Jansen"},
            {"start": 16, "end": 26, "type": "PHONE", "value": "0612345678"},
            {"start": 34, "end": 40, "type": "CUSTOMER_ID", "value": "123456"},
        ],
    }
}
PRED = {
    "a": {
        "id": "a",
        "text": "Jan [X], bel [T], klant 123456.",
        "entities": [
            {"type": "PERSON", "start": 4, "end": 10, "action": "redact"},  # 60%: not caught
            {"type": "PHONE", "start": 16, "end": 26, "action": "redact"},
            {"type": "CUSTOMER_ID", "start": 34, "end": 40, "action": "keep"},
            {"type": "LOCATION", "start": 28, "end": 33, "action": "redact"},  # false positive
        ],
        "request": {"type": "access", "confidence": 0.9},
    }
}


def test_definitions_on_a_small_case():
    result = score(GOLD, PRED)
    assert result["per_type"] == {"CUSTOMER_ID": "1/1", "PERSON": "0/1", "PHONE": "1/1"}
    assert result["false_positives"] == 1
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["leaks"] == 0  # only verbatim gold values count, customer ids never
    assert result["request_accuracy"] == 1.0


def _judge():
    path = SHARED_EVAL / "score.py"
    require_eval_file(path)
    spec = importlib.util.spec_from_file_location("judge_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_same_figures_as_score_py_on_the_dev_set(redactor):
    judge = _judge()
    from bot.cli import predict

    gold = read_jsonl(SHARED_EVAL / "dev.jsonl")
    preds = predict(redactor, gold)
    ours = score(gold, preds)
    theirs = judge.score(gold, preds)
    assert ours == theirs
    assert score(gold, preds, ["PERSON"]) == judge.score(gold, preds, ["PERSON"])
