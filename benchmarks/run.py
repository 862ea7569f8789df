"""Quality and speed of privacywacht next to DEDUCE and out-of-the-box Presidio, in one run.

    python benchmarks/run.py [GOLD.jsonl ...] [--out benchmarks/RESULTS.md] [--repeat 3]

Every system redacts the same messages; recall, precision and leaks come from the project's
judge (``shared/eval/score.py`` when it is beside the checkout, else the identical
``pipelines.evaluate``); throughput is the best of ``--repeat`` passes in CPU time on one
pinned core, models loaded beforehand, and its ratio to DEDUCE's on the same set in the same
run. privacywacht is timed as ``redact --jsonl`` runs it (``Redactor.redact_batch``: the spaCy
pipeline over batches of messages), the others one message at a time. DEDUCE (GPL/LGPL) is
only imported here, from the ``benchmark`` extra: ``pip install -e '.[benchmark]'``. DEDUCE
3.0 pins ``regex<2025``, older than the project's own tests expect (its case folding differs),
so install the extra in a virtualenv of its own, not in the one the tests run in.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import platform
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT))

from pipelines.evaluate import read_jsonl  # noqa: E402

Predict = Callable[[str], list[dict[str, Any]]]  # text -> entities (type/start/end/action)

DEDUCE_TAGS = {
    "persoon": "PERSON",
    "patient": "PERSON",
    "locatie": "ADDRESS",
    "instelling": "ORGANIZATION",
    "ziekenhuis": "ORGANIZATION",
    "datum": "DATE_OF_BIRTH",
    "leeftijd": "DATE_OF_BIRTH",
    "telefoonnummer": "PHONE",
    "emailadres": "EMAIL",
    "url": "URL",
    "bsn": "BSN",
    "id": "ID_DOCUMENT",
    "patientnummer": "CUSTOMER_ID",
}
PRESIDIO_TYPES = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IBAN_CODE": "IBAN",
    "CREDIT_CARD": "CREDIT_CARD",
    "IP_ADDRESS": "IP_ADDRESS",
    "URL": "URL",
    "DATE_TIME": "DATE_OF_BIRTH",
    "PERSON": "PERSON",
    "LOCATION": "LOCATION",
}


def judge_score() -> Callable[..., dict[str, Any]]:
    """score.py's ``score`` when available (the judge itself), else our identical copy."""
    path = SHARED_EVAL / "score.py"
    if path.exists():
        spec = importlib.util.spec_from_file_location("judge_score", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module.score
    from pipelines.evaluate import score

    return score


def privacywacht_system(model: str) -> Predict:
    from bot.settings import PROJECT_ROOT, load_settings
    from pipelines.redaction import Redactor

    settings = load_settings()
    redactor = Redactor.from_config(
        model=model,
        recognizer_config=settings.recognizers,
        policy_file=settings.policy_file,
        project_root=PROJECT_ROOT,
    )

    def predict(text: str) -> list[dict[str, Any]]:
        return redactor.redact(text).entities()

    def predict_many(texts: list[str]) -> list[list[dict[str, Any]]]:
        """As ``redact --jsonl`` redacts a file: in batches (identical findings)."""
        return [r.entities() for r in redactor.redact_batch([(t, None, None) for t in texts])]

    predict.many = predict_many  # type: ignore[attr-defined]
    return predict


def deduce_system() -> Predict:
    from deduce import Deduce

    deduce = Deduce()

    def predict(text: str) -> list[dict[str, Any]]:
        result = deduce.deidentify(text)
        return [
            {
                "type": DEDUCE_TAGS.get(a.tag, a.tag.upper()),
                "start": a.start_char,
                "end": a.end_char,
                "action": "redact",
            }
            for a in result.annotations
        ]

    return predict


def presidio_system() -> Predict:
    """Presidio's generic recognizers as shipped (default phone regions), pointed at Dutch."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as pre

    from pipelines.nlp import OfflineSpacyNlpEngine
    from pipelines.offline import forbid_suffix_list_download

    forbid_suffix_list_download()
    registry = RecognizerRegistry(supported_languages=["nl"])
    for cls in (
        pre.EmailRecognizer,
        pre.PhoneRecognizer,
        pre.IbanRecognizer,
        pre.CreditCardRecognizer,
        pre.IpRecognizer,
        pre.UrlRecognizer,
        pre.DateRecognizer,
    ):
        registry.add_recognizer(cls(supported_language="nl"))
    engine = AnalyzerEngine(
        registry=registry,
        nlp_engine=OfflineSpacyNlpEngine(spacy.blank("nl")),
        supported_languages=["nl"],
    )

    def predict(text: str) -> list[dict[str, Any]]:
        return [
            {
                "type": PRESIDIO_TYPES.get(r.entity_type, r.entity_type),
                "start": r.start,
                "end": r.end,
                "action": "redact",
            }
            for r in engine.analyze(text=text, language="nl")
        ]

    return predict


def redacted_text(text: str, entities: list[dict[str, Any]]) -> str:
    """The text with every redacted span blanked, so the leak count means the same everywhere."""
    chars = list(text)
    for entity in entities:
        if entity.get("action") != "keep":
            for i in range(entity["start"], entity["end"]):
                chars[i] = "█"
    return "".join(chars)


def measure(predict: Predict, docs: dict[str, dict[str, Any]], repeat: int) -> dict[str, Any]:
    texts = [doc["text"] for doc in docs.values()]
    preds = {}
    for doc_id, doc in docs.items():
        entities = predict(doc["text"])
        preds[doc_id] = {
            "id": doc_id,
            "entities": entities,
            "request": None,
            "text": redacted_text(doc["text"], entities),
        }
    many = getattr(predict, "many", None)
    if many is not None and many(texts) != [preds[i]["entities"] for i in docs]:
        raise RuntimeError("batched findings differ from one-by-one findings")
    best = float("inf")
    for _ in range(repeat):
        # CPU time of this process on its one pinned core: other load on the machine then
        # slows every system's wall clock but not its figure
        started = time.process_time()
        if many is not None:
            many(texts)
        else:
            for text in texts:
                predict(text)
        best = min(best, time.process_time() - started)
    chars = sum(len(t) for t in texts)
    return {
        "preds": preds,
        "seconds": best,
        "chars_per_s": chars / best,
        "msgs_per_s": len(texts) / best,
    }


def pin_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", help="gold JSONL files (default: shared/eval/dev.jsonl)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "RESULTS.md"))
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--systems", default="privacywacht,deduce,presidio")
    parser.add_argument("--no-readme", action="store_true", help="leave README.md as it is")
    parser.add_argument("--no-ner", action="store_true", help="skip the NER speed/memory part")
    args = parser.parse_args(argv)
    golds = [Path(g) for g in args.gold] or [SHARED_EVAL / "dev.jsonl"]
    core = pin_one_core()
    score = judge_score()

    factories: dict[str, Callable[[], Predict]] = {
        "privacywacht (rules, no NER model)": lambda: privacywacht_system("blank"),
        "DEDUCE 3": deduce_system,
        "Presidio (out of the box, nl)": presidio_system,
    }
    model_dir = ROOT / "models" / "nl_privacy_ner"
    if (model_dir / "meta.json").exists():
        factories = {
            "privacywacht (with NER model)": lambda: privacywacht_system(str(model_dir)),
            **factories,
        }
    wanted = {s.strip().lower() for s in args.systems.split(",")}
    factories = {n: f for n, f in factories.items() if n.split()[0].lower() in wanted}

    rows = []
    for gold_path in golds:
        gold = read_jsonl(gold_path)
        for name, factory in factories.items():
            try:
                predict = factory()
            except ImportError as error:
                print(f"skipping {name}: {error}", file=sys.stderr)
                continue
            run = measure(predict, gold, args.repeat)
            figures = score(gold, run["preds"])
            rows.append((gold_path.name, name, figures, run))
            print(
                json.dumps(
                    {
                        "set": gold_path.name,
                        "system": name,
                        "recall": figures["recall"],
                        "recall_structured": figures["recall_structured"],
                        "recall_person": figures["recall_person"],
                        "precision": figures["precision"],
                        "leaks": figures["leaks"],
                        "chars_per_s": round(run["chars_per_s"]),
                        "msgs_per_s": round(run["msgs_per_s"], 1),
                    }
                )
            )
    table = write_results(Path(args.out), rows, core, args.repeat)
    if not args.no_ner and (model_dir / "meta.json").exists():
        import ner  # benchmarks/ner.py: NER words/s and the redactor's memory

        res = ner.measure(model_dir)
        print(json.dumps(res))
        with Path(args.out).open("a", encoding="utf-8") as out:
            out.write("\n" + ner.markdown(res) + "\n")
    if not args.no_readme:
        quote_in_readme(ROOT / "README.md", table)
    return 0


README_START, README_END = "<!-- benchmark:start -->", "<!-- benchmark:end -->"
LOAD_START, LOAD_END = "<!-- load:start -->", "<!-- load:end -->"
PROFILE_START, PROFILE_END = "<!-- profile:start -->", "<!-- profile:end -->"


def quote_in_readme(readme: Path, table: str) -> None:
    """Replace the table between the README's benchmark markers with this run's."""
    text = readme.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        return
    head, rest = text.split(README_START, 1)
    _, tail = rest.split(README_END, 1)
    readme.write_text(f"{head}{README_START}\n{table}\n{README_END}{tail}", encoding="utf-8")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.1%}"


def write_results(out: Path, rows: list[tuple], core: str, repeat: int) -> str:
    """Write RESULTS.md; returns the summary table (header line and rows) for the README."""
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `python benchmarks/run.py` on {dt.date.today().isoformat()} "
        f"({platform.processor() or platform.machine()}, Python {platform.python_version()}, "
        f"{core}, best of {repeat} passes in CPU time). Scores by `shared/eval/score.py`.",
        "",
        "| set | system | recall | structured | person | precision | FP | leaks "
        "| chars/s | msgs/s | × DEDUCE |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    deduce = {s: run["chars_per_s"] for s, name, _, run in rows if name.startswith("DEDUCE")}
    for set_name, name, f, run in rows:
        ratio = f"{run['chars_per_s'] / deduce[set_name]:.2f}" if set_name in deduce else "–"
        lines.append(
            f"| {set_name} | {name} | {_pct(f['recall'])} | {_pct(f['recall_structured'])} "
            f"| {_pct(f['recall_person'])} | {_pct(f['precision'])} | {f['false_positives']} "
            f"| {f['leaks']} | {run['chars_per_s']:,.0f} | {run['msgs_per_s']:,.1f} | {ratio} |"
        )
    table = "\n".join(lines[2:])
    lines += ["", "Per type (caught/total):", ""]
    for set_name, name, f, _ in rows:
        per_type = ", ".join(f"{t} {v}" for t, v in f["per_type"].items())
        lines.append(f"- {set_name}, {name}: {per_type}")
    # the service load section (benchmarks/load.py) and the throughput profile (issue 20)
    # survive a quality re-run
    kept = ""
    if out.exists():
        previous = out.read_text(encoding="utf-8")
        for start, end in ((LOAD_START, LOAD_END), (PROFILE_START, PROFILE_END)):
            if start in previous and end in previous:
                section = start + previous.split(start, 1)[1].split(end, 1)[0] + end
                kept += f"\n{section}\n"
    out.write_text("\n".join(lines) + "\n" + kept, encoding="utf-8")
    return table


if __name__ == "__main__":
    sys.exit(main())
