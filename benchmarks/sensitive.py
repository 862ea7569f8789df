"""Passwords, health, special categories and identity documents on every set at once.

    python benchmarks/sensitive.py [--out benchmarks/SENSITIVE_QUALITY.md] [--config FILE]

The redactor runs exactly as ``privacywacht redact --jsonl`` does (shipped defaults, or
``--config``), and each annotated set is scored with the project's judge
(``pipelines.evaluate``, ``shared/eval/score.py``'s definitions): per category caught/total
(a gold span is caught when redactions cover 90% of it), values left in the redacted text
(leaks), and all-types precision. The bars of issue 18: CREDENTIAL, ID_DOCUMENT and BSN
recall ≥ 0.98, HEALTH and SPECIAL ≥ 0.95, all-types precision ≥ 0.95, and no password, BSN,
IBAN or document number leaking from held-out text. Which sets have guided tuning (and so
overstate what new text will get) is said under the table; the blind set is the honest figure.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.cli import build_redactor, predict  # noqa: E402
from pipelines.evaluate import read_jsonl, score  # noqa: E402

SHARED_EVAL = ROOT.parent / "shared" / "eval"
DATA = ROOT / "benchmarks" / "data"
SETS = (
    SHARED_EVAL / "dev.jsonl",
    DATA / "own_heldout3.jsonl",
    DATA / "sensitive_tuning.jsonl",
    DATA / "sensitive_tuning2.jsonl",
    DATA / "sensitive_tuning3.jsonl",
    DATA / "sensitive_tuning4.jsonl",
    DATA / "sensitive_tuning5.jsonl",
    DATA / "sensitive_tuning6.jsonl",
    DATA / "sensitive_heldout.jsonl",
    DATA / "sensitive_heldout2.jsonl",
    DATA / "sensitive_heldout3.jsonl",
    DATA / "sensitive_heldout4.jsonl",
)
CATEGORIES = ("CREDENTIAL", "ID_DOCUMENT", "BSN", "HEALTH", "SPECIAL")
#: what must never be left in the text
NEVER_LEAK = ("CREDENTIAL", "BSN", "IBAN", "ID_DOCUMENT")

TUNING_NOTE = (
    "Sets that guided the rules (their errors were read): `sensitive_tuning*.jsonl`,",
    "`own_heldout3.jsonl` (its sensitive-category misses were read on 2026-12-06),",
    "`sensitive_heldout.jsonl` (blind until 2026-12-06, first scored untouched at CREDENTIAL",
    "19/55, HEALTH 34/55, SPECIAL 28/41, ID_DOCUMENT 29/45, precision 0.971) and",
    "`sensitive_heldout2.jsonl` (written blind on 2026-12-06; first scored untouched at",
    "CREDENTIAL 26/40, ID_DOCUMENT 32/34, HEALTH 41/55, SPECIAL 24/28, precision 0.981; read on",
    "2026-12-06 (third session) once a newer blind set existed). `sensitive_heldout3.jsonl`",
    "(written blind on 2026-12-06; first scored untouched at commit 721fcd2: CREDENTIAL 51/59,",
    "ID_DOCUMENT 24/24, BSN 16/17, HEALTH 42/65, SPECIAL 20/37, precision 0.962) was read on",
    "2026-12-06 (fourth session) once `sensitive_heldout4.jsonl` existed, which was written",
    "blind that session by a helper who had not read the recognizers, and has only been scored:",
    "it is the figure to expect on new text. Its first, untouched score (commit 7bc9156):",
    "CREDENTIAL 39/51, ID_DOCUMENT 19/21, BSN 12/13, HEALTH 60/117, SPECIAL 30/59, precision",
    "0.966. `sensitive_tuning4.jsonl` (health and credentials, written blind) was scored",
    "untouched at CREDENTIAL 41/52, HEALTH 62/92, precision 0.953, then tuned on.",
    "`sensitive_tuning5.jsonl` (written the same way on 2026-12-06, fourth session) was scored",
    "untouched at commit 7bc9156 (CREDENTIAL 29/48, HEALTH 41/92, SPECIAL 32/64, precision",
    "0.962) and after the health vocabulary (HEALTH 58/92), then tuned on.",
    "`sensitive_tuning6.jsonl` (credentials, documents, BSN, IBAN; written the same way that",
    "session) was scored untouched at 7bc9156 (CREDENTIAL 57/87, ID_DOCUMENT 26/36, BSN 20/23,",
    "precision 0.926) and at f50d9df (CREDENTIAL 61/87), then tuned on.",
)


def _cell(per_type: dict, category: str) -> str:
    value = per_type.get(category)
    if not value:
        return "–"
    caught, total = (int(x) for x in value.split("/"))
    return f"{caught}/{total} ({caught / total:.2f})"


def run(config: str | None) -> list[str]:
    redactor = build_redactor(config)
    rows = [
        "| set | texts | " + " | ".join(CATEGORIES) + " | all-types precision | leaks (never) |",
        "|---|---|" + "---|" * len(CATEGORIES) + "---|---|",
    ]
    for path in SETS:
        if not path.exists():
            continue
        gold = read_jsonl(path)
        result = score(gold, predict(redactor, gold))
        leaks = result["leaks_by_type"]
        never = ", ".join(f"{t} {leaks[t]}" for t in NEVER_LEAK if leaks.get(t)) or "none"
        rows.append(
            f"| `{path.name}` | {len(gold)} | "
            + " | ".join(_cell(result["per_type"], c) for c in CATEGORIES)
            + f" | {result['precision']:.3f} | {never} |"
        )
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "SENSITIVE_QUALITY.md")
    ap.add_argument("--config", default=None)
    args = ap.parse_args(argv)
    rows = run(args.config)
    text = "\n".join(
        [
            "# Sensitive categories on every set",
            "",
            f"Produced by `python benchmarks/sensitive.py` on {dt.date.today().isoformat()}"
            " (shipped defaults, the NER model included). Cells: caught/total (recall).",
            "",
            *rows,
            "",
            *TUNING_NOTE,
            "",
        ]
    )
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
