"""Rules-only redaction speed of a checkout, for side-by-side comparisons of two commits.

    git worktree add /tmp/before <commit>
    taskset -c 1 python benchmarks/rules_speed.py /tmp/before
    taskset -c 1 python benchmarks/rules_speed.py .

Run the two alternately, a few times each, on a quiet machine. It builds the redactor as
``benchmarks/run.py``'s "rules, no NER model" system does, redacts our held-out support
messages and the load-test messages (cut to 20,000 characters, the service's default limit)
three times and prints characters per CPU second of the best pass. The texts always come from
this checkout's ``benchmarks/data``, so both commits redact the same text.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TEXTS = ("own_heldout.jsonl", "own_heldout2.jsonl", "load_messages.jsonl", "sensitive_tuning.jsonl")


def main(root: str) -> None:
    sys.path.insert(0, root)
    os.chdir(root)
    from bot.settings import PROJECT_ROOT, load_settings
    from pipelines.redaction import Redactor

    settings = load_settings()
    redactor = Redactor.from_config(
        model="blank",
        recognizer_config=settings.recognizers,
        policy_file=settings.policy_file,
        project_root=PROJECT_ROOT,
    )
    texts = [
        json.loads(line)["text"][:20_000]
        for name in TEXTS
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
    ]
    chars = sum(map(len, texts))
    for text in texts[:20]:  # warm caches and lazy loads
        redactor.redact(text)
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for text in texts:
            redactor.redact(text)
        best = min(best, time.process_time() - start)
    print(f"{chars / best:,.0f} chars/s ({chars:,} chars, best pass {best:.2f} s CPU)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).resolve().parents[1]))
