"""Where the time of ``Redactor.redact`` goes, stage by stage, in CPU seconds on one core.

    python benchmarks/profile_stages.py [SET.jsonl ...] [--repeat 3]

Each stage is timed on its own over the same messages (best of ``--repeat``), with the shipped
model: the spaCy pipeline one text at a time and with ``nlp.pipe``, Presidio's Doc ->
``NlpArtifacts`` conversion, ``AnalyzerEngine.analyze`` over our recognizers (and, inside it,
Presidio's own machinery: the engine minus the recognizers' ``analyze``), the request
classifier, and the whole of ``redact`` one by one and, where the checkout has it,
``redact_batch``. Prints a Markdown table (share of one-by-one ``redact``). Message text is
never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def best(function: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        function()
        times.append(time.process_time() - started)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    from bot.cli import build_redactor
    from pipelines.redaction import request_of

    sets = args.sets or [SHARED_EVAL / "dev.jsonl"]
    texts = [
        json.loads(line)["text"]
        for path in sets
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    redactor = build_redactor(None)
    analyzer = redactor.analyzer
    nlp = analyzer.nlp_engine.nlp["nl"]
    engine = analyzer.engine
    for text in texts[:10]:  # warm caches and lazy loads
        redactor.redact(text)
    artifacts = [analyzer.nlp_engine.process_text(t, "nl") for t in texts]
    docs = [a.tokens for a in artifacts]
    recognizers = engine.registry.get_recognizers(language="nl", all_fields=True)
    entities = engine.get_supported_entities(language="nl")

    def recognizers_only() -> None:
        for text, art in zip(texts, artifacts, strict=True):
            for recognizer in recognizers:
                recognizer.analyze(text=text, entities=entities, nlp_artifacts=art)

    rows: list[tuple[str, float]] = []
    total = best(lambda: [redactor.redact(t) for t in texts], args.repeat)
    rows.append(
        (
            "spaCy pipeline, one document at a time",
            best(lambda: [nlp(t) for t in texts], args.repeat),
        )
    )
    rows.append(
        (
            "spaCy pipeline, `nlp.pipe` (batch 32)",
            best(lambda: list(nlp.pipe(texts, batch_size=32)), args.repeat),
        )
    )
    convert = analyzer.nlp_engine._doc_to_nlp_artifact
    rows.append(
        (
            "spaCy Doc -> Presidio NlpArtifacts",
            best(lambda: [convert(d, "nl") for d in docs], args.repeat),
        )
    )
    analyze = best(
        lambda: [
            engine.analyze(text=t, language="nl", nlp_artifacts=a)
            for t, a in zip(texts, artifacts, strict=True)
        ],
        args.repeat,
    )
    only = best(recognizers_only, args.repeat)
    rows.append(("Presidio AnalyzerEngine.analyze over our recognizers", analyze))
    rows.append(("- of which Presidio's own machinery (loop, context step, dedup)", analyze - only))
    rows.append(
        (
            "request classifier (`classify_request`)",
            best(lambda: [request_of(t) for t in texts], args.repeat),
        )
    )
    if hasattr(redactor, "redact_batch"):
        batched = best(
            lambda: list(redactor.redact_batch([(t, None, None) for t in texts])), args.repeat
        )
        rows.append(("whole `redact_batch` (as `redact --jsonl` runs)", batched))
    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} messages, {chars / len(texts):.0f} characters on average; one-by-one "
        f"`redact`: {total:.2f} CPU s = {chars / total:,.0f} characters/s\n"
    )
    print("| stage | CPU s | share of one-by-one `redact` |\n|---|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.3f} | {seconds / total:.0%} |")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
