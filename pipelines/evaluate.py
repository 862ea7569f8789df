"""Scoring redactions against gold JSONL, with the definitions of ``shared/eval/score.py``.

Kept in the project so ``privacywacht eval`` and the benchmarks report the very figures the
project is judged by:

- recall: a gold span is caught when predicted entities (redacted or kept) cover >= 90% of its
  characters;
- precision: over redacted predictions; one that overlaps no gold span is a false positive;
- leaks: gold values (4+ characters, not CUSTOMER_ID) still verbatim in the output text;
- request accuracy over the gold ``request`` labels.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

STRUCTURED_TYPES = frozenset(
    {
        "EMAIL",
        "PHONE",
        "IBAN",
        "BSN",
        "KVK",
        "BTW",
        "POSTCODE",
        "LICENSE_PLATE",
        "ID_DOCUMENT",
        "CREDIT_CARD",
        "IP_ADDRESS",
    }
)
COVERAGE_NEEDED = 0.9


def read_jsonl(path: Path | str) -> dict[str, dict[str, Any]]:
    """Documents by id; a malformed line is reported by number, never by content."""
    docs: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{path}:{number}: not a JSON line ({error.msg})") from None
            docs[doc["id"]] = doc
    return docs


def _spans(pred: Mapping[str, Any], types: frozenset[str] | None, redacted_only: bool):
    return [
        (e["start"], e["end"])
        for e in pred.get("entities", [])
        if (types is None or e.get("type") in types)
        and not (redacted_only and e.get("action", "redact") == "keep")
    ]


def score(
    gold: Mapping[str, Mapping[str, Any]],
    preds: Mapping[str, Mapping[str, Any]],
    types: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Recall, precision, leaks and request accuracy of ``preds`` against ``gold``."""
    only = frozenset(types) if types else None
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    true_pos = false_pos = missing = requests_right = requests_total = 0
    leaks: list[tuple[str, str, str]] = []
    confusion: Counter[tuple[str, str]] = Counter()
    for doc_id, doc in gold.items():
        pred = preds.get(doc_id)
        if pred is None:
            missing += 1
            pred = {"text": doc["text"], "entities": [], "request": None}
        text_len = len(doc["text"])
        covered = bytearray(text_len + 1)
        for start, end in _spans(pred, only, redacted_only=False):
            for i in range(max(0, start), min(end, text_len)):
                covered[i] = 1
        for span in doc["spans"]:
            total[span["type"]] += 1
            length = span["end"] - span["start"]
            if length and sum(covered[span["start"] : span["end"]]) / length >= COVERAGE_NEEDED:
                caught[span["type"]] += 1
            value = span["value"]
            if len(value) >= 4 and span["type"] != "CUSTOMER_ID" and value in pred.get("text", ""):
                leaks.append((doc_id, span["type"], value))
        for start, end in _spans(pred, only, redacted_only=True):
            if any(start < s["end"] and s["start"] < end for s in doc["spans"]):
                true_pos += 1
            else:
                false_pos += 1
        if doc.get("request") is not None:
            want = doc["request"] or "none"
            got = (pred.get("request") or {}).get("type") or "none"
            requests_total += 1
            requests_right += want == got
            confusion[(want, got)] += 1
    all_caught, all_total = sum(caught.values()), sum(total.values())
    structured_caught = sum(caught[t] for t in STRUCTURED_TYPES)
    structured_total = sum(total[t] for t in STRUCTURED_TYPES)
    return {
        "recall": all_caught / all_total if all_total else None,
        "recall_structured": structured_caught / structured_total if structured_total else None,
        "recall_person": caught["PERSON"] / total["PERSON"] if total["PERSON"] else None,
        "precision": true_pos / (true_pos + false_pos) if true_pos + false_pos else None,
        "false_positives": false_pos,
        "per_type": {t: f"{caught[t]}/{total[t]}" for t in sorted(total)},
        "leaks": len(leaks),
        "leaks_by_type": dict(Counter(t for _, t, _ in leaks)),
        "leak_examples": leaks[:15],
        "missing_predictions": missing,
        "request_accuracy": requests_right / requests_total if requests_total else None,
        "request_errors": {f"{a}->{b}": n for (a, b), n in confusion.items() if a != b},
    }


def format_report(result: Mapping[str, Any]) -> str:
    """The figures as ``key: value`` lines, the way score.py prints them."""
    return "\n".join(f"{key}: {value}" for key, value in result.items())
