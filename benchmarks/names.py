"""Name detection with the shipped defaults, on every set at once: does it generalise?

    python benchmarks/names.py [--out benchmarks/NAMES_QUALITY.md] [--config FILE]

The redactor runs exactly as ``privacywacht redact --jsonl`` does, and every annotated set is
scored with the project's judge (``shared/eval/score.py``'s definitions, ``pipelines.evaluate``):
all types, and ``PERSON`` alone. The sets are the support messages of ``shared/eval`` (dev and
the real Airbnb reviews) next to our own held-out sets, each written blind and never used to
tune anything when it was first scored, so the gap between dev and the rest is visible in one
table. Which sets have since guided tuning (and so overstate what new text will get) is said
under the table: the newest blind set is the honest figure. Text with few or
no persons (IT-helpdesk questions, company documents) is scored as false persons per 300
sentences, the bar of issue 16.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli import build_redactor, predict  # noqa: E402
from pipelines.evaluate import read_jsonl, score  # noqa: E402

SHARED_EVAL = ROOT.parent / "shared" / "eval"
DATA = ROOT / "benchmarks" / "data"
ANNOTATED = (
    SHARED_EVAL / "dev.jsonl",
    SHARED_EVAL / "airbnb_dev.jsonl",
    DATA / "own_heldout.jsonl",
    DATA / "own_heldout2.jsonl",
    DATA / "own_heldout3.jsonl",
    DATA / "own_heldout4.jsonl",
    DATA / "own_heldout5.jsonl",
    DATA / "own_heldout6.jsonl",
    DATA / "reviews_heldout.jsonl",
)
FEW_PERSONS = (
    DATA / "helpdesk_questions_heldout.jsonl",
    DATA / "company_docs_heldout.jsonl",
    DATA / "own_heldout3.jsonl",
    DATA / "own_heldout4.jsonl",
    DATA / "own_heldout5.jsonl",
    DATA / "own_heldout6.jsonl",
)


#: which sets have guided tuning since they were written (their errors were read), and which
#: is still blind; kept here so every regenerated table says it
TUNING_NOTE = (
    "Sets whose errors guided the name rules (2026-12-05): `own_heldout*.jsonl` 1-3,",
    "`reviews_heldout.jsonl`, `helpdesk_questions_heldout.jsonl`, `company_docs_heldout.jsonl`",
    "(their first, untouched scores are in `issues stops` for issue 16). `own_heldout4.jsonl`",
    "was written blind by a helper who had not read the code and has only been scored, never",
    "read: it is the figure to expect on new text. Its first score (code of commit fe94c41):",
    "PERSON recall 0.825, precision 0.855, 14.15 false persons per 300 sentences; the code of",
    "the session's start (2c8852b) scores 0.812 / 0.804 / 19.94 on it.",
    "`own_heldout5.jsonl` (2026-12-06, written blind: IT tickets dense with products, company",
    "documents, named rooms/prizes/streets, brands shared with customers' names) was scored",
    "once untouched (PERSON recall 0.942, precision 0.715, 26.62 false persons per 300",
    "sentences) and has since guided tuning. own_heldout4 after that tuning (2026-12-06):",
    "PERSON recall 0.821, precision 0.869, 12.54 false persons per 300 sentences; after the",
    "second session of 2026-12-06 (firms named with a trade word, provider switches):",
    "0.821 / 0.881 / 11.25. Two retrained models (treebank proper nouns labelled from name and",
    "place lists; the product lists in the generator) were measured and not shipped: neither",
    "moved CoNLL PER (0.783/0.808 and 0.791/0.805 against 0.781/0.812) and both raised false",
    "persons on some sets.",
    "`own_heldout6.jsonl` (2026-12-06, third session; written blind by a helper who had not read",
    "the code: reviews with owners' replies, ticket queues, forwarded threads, chat exports, news",
    "paragraphs, company documents, web-form answers, foreign names) has only been scored. Its",
    "first, untouched score (commit 51e140b): PERSON recall 0.840, precision 0.862, all-types",
    "0.863 / 0.875, 18.60 false persons per 300 sentences. Once it existed, own_heldout4 was",
    "read (2026-12-06, third session) and its misses guided the rules for handles, webcare",
    "sign-offs, comment headers, name fields, time-stamped chat speakers and role words: it is",
    "no longer blind.",
)


def _fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def false_persons(gold: dict, preds: dict) -> tuple[int, int]:
    """(redacted PERSON findings touching no gold PERSON span, sentences)."""
    sys.path.insert(0, str(ROOT / "models" / "training"))
    from evaluate_ner import count_sentences

    fp = sentences = 0
    for doc_id, doc in gold.items():
        sentences += count_sentences(doc["text"])
        persons = [(s["start"], s["end"]) for s in doc["spans"] if s["type"] == "PERSON"]
        for e in preds[doc_id]["entities"]:
            if e["type"] != "PERSON" or e.get("action") == "keep":
                continue
            if not any(e["start"] < ge and gs < e["end"] for gs, ge in persons):
                fp += 1
    return fp, sentences


def run(config: str | None) -> tuple[list[str], dict]:
    redactor = build_redactor(config)
    rows = [
        "| set | texts | all-types recall | all-types precision | PERSON recall "
        "| PERSON precision | PERSON leaks |",
        "|---|---|---|---|---|---|---|",
    ]
    results: dict = {}
    for path in ANNOTATED:
        if not path.exists():
            continue
        gold = read_jsonl(path)
        t0 = time.perf_counter()
        preds = predict(redactor, gold)
        seconds = time.perf_counter() - t0
        every, person = score(gold, preds), score(gold, preds, ["PERSON"])
        results[path.name] = {"all": every, "person": person, "seconds": seconds}
        rows.append(
            f"| `{path.name}` | {len(gold)} | {_fmt(every['recall'])} "
            f"| {_fmt(every['precision'])} | {_fmt(person['recall_person'])} "
            f"| {_fmt(person['precision'])} | {person['leaks_by_type'].get('PERSON', 0)} |"
        )
    rows += ["", "| text with few persons | sentences | false persons | per 300 sentences |"]
    rows.append("|---|---|---|---|")
    for path in FEW_PERSONS:
        if not path.exists():
            continue
        gold = read_jsonl(path)
        fp, sentences = false_persons(gold, predict(redactor, gold))
        per = 300 * fp / sentences if sentences else 0.0
        results[f"{path.name}:false_persons"] = {"fp": fp, "sentences": sentences, "per300": per}
        rows.append(f"| `{path.name}` | {sentences} | {fp} | {per:.2f} |")
    return rows, results


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "NAMES_QUALITY.md")
    ap.add_argument("--config", default=None)
    ap.add_argument("--json", type=Path, default=None, help="also write the raw scores here")
    args = ap.parse_args(argv)
    rows, results = run(args.config)
    head = [
        "# Name detection on every set",
        "",
        f"`python benchmarks/names.py`, {dt.date.today().isoformat()}, shipped defaults.",
        "",
    ]
    args.out.write_text("\n".join(head + rows + ["", *TUNING_NOTE]) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str), encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
