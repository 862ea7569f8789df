"""Speed of the NER stage and memory of a redactor with the shipped model loaded.

    python benchmarks/ner.py [--model models/nl_privacy_ner]      # prints JSON

``benchmarks/run.py`` calls :func:`measure` and writes the numbers into RESULTS.md, so one
command still runs every benchmark. Why separate from the quality table: the issue's targets
are about the model alone (words/s with ``nlp.pipe`` on one core) and the process as a whole
(resident memory with the model loaded), neither of which a per-message timing shows.

Words are non-space, non-punctuation tokens; time is CPU time of this process pinned to one
core with one BLAS thread, best of ``repeat`` passes. Memory is the peak RSS
(``VmHWM``) of a fresh child process that loads the redactor with the model and redacts
every message once, so nothing this benchmark loaded for itself is counted.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
DEFAULT_MODEL = ROOT / "models" / "nl_privacy_ner"

_RSS_CHILD = """
import json, resource, sys
sys.path.insert(0, {root!r})
from pipelines.redaction import Redactor
with open({gold!r}, encoding="utf-8") as handle:
    texts = [json.loads(line)["text"] for line in handle if line.strip()]
redactor = Redactor.from_config(model={model!r})
for text in texts:
    redactor.redact(text)
# VmHWM, not ru_maxrss: ru_maxrss survives exec and would count the forked parent's memory
try:
    status = open("/proc/self/status").read()
    print(int(next(x for x in status.splitlines() if x.startswith("VmHWM")).split()[1]))
except (OSError, StopIteration):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _texts(gold: Path) -> list[str]:
    with gold.open(encoding="utf-8") as handle:
        return [json.loads(x)["text"] for x in handle if x.strip()]


def words_per_second(model: Path, texts: list[str], repeat: int = 3) -> dict[str, Any]:
    """Best-of-``repeat`` words/s of ``nlp.pipe`` over ``texts`` (repeated to >= 50k words)."""
    import spacy

    nlp = spacy.load(model)
    batch: list[str] = []
    while sum(len(t.split()) for t in batch) < 50_000:
        batch.extend(texts)
    list(nlp.pipe(batch[:50]))  # warm-up
    best = 0.0
    words = 0
    for _ in range(repeat):
        t0 = time.process_time()
        words = sum(
            sum(1 for t in doc if not (t.is_space or t.is_punct))
            for doc in nlp.pipe(batch, batch_size=64)
        )
        best = max(best, words / (time.process_time() - t0))
    return {"words_per_second": round(best), "words": words}


def redactor_peak_rss_mb(model: Path, gold: Path) -> float:
    """Peak RSS in MB of a fresh process running the redactor with ``model`` over ``gold``."""
    code = _RSS_CHILD.format(root=str(ROOT), gold=str(gold), model=str(model))
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return int(out.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def measure(model: Path = DEFAULT_MODEL, gold: Path | None = None) -> dict[str, Any]:
    gold = gold or SHARED_EVAL / "dev.jsonl"
    model = model.resolve()
    shown = model.relative_to(ROOT) if model.is_relative_to(ROOT) else model
    res: dict[str, Any] = {"model": str(shown)}
    res["support_messages"] = words_per_second(model, _texts(gold))
    conll = SHARED_EVAL / "conll2002_nl" / "ned.testa"
    if conll.exists():  # newspaper sentences: longer, denser text than support mail
        sents, cur = [], []
        for line in conll.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts or parts[0] == "-DOCSTART-":
                if cur:
                    sents.append(" ".join(cur))
                cur = []
            else:
                cur.append(parts[0])
        res["newspaper"] = words_per_second(model, sents[:2000])
    res["redactor_peak_rss_mb"] = round(redactor_peak_rss_mb(model, gold), 1)
    return res


def markdown(res: dict[str, Any]) -> str:
    lines = [
        "## NER stage and memory",
        "",
        f"Model `{res['model']}`; words/s of `nlp.pipe` in CPU time on one pinned core; "
        "peak RSS of a fresh process that loads the redactor with the model and redacts "
        "every dev message.",
        "",
        "| measure | value |",
        "|---|---|",
        f"| NER words/s, support messages | {res['support_messages']['words_per_second']:,} |",
    ]
    if "newspaper" in res:
        lines.append(
            f"| NER words/s, newspaper sentences | {res['newspaper']['words_per_second']:,} |"
        )
    lines.append(f"| redactor with model, peak RSS | {res['redactor_peak_rss_mb']:,.0f} MB |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, default=DEFAULT_MODEL)
    ap.add_argument("--gold", type=Path, default=None)
    args = ap.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(json.dumps(measure(args.model, args.gold), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
