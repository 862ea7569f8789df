"""Score a privacywacht NER pipeline and write the numbers into its model card.

Three measurements, each answering a product question:
(a) support messages (``shared/eval/dev.jsonl``): does the model alone find the PERSON spans
    the redactor must remove? Same definition as ``shared/eval/score.py``: a gold span is
    caught when PER predictions cover >= 90% of its characters; a PER prediction that overlaps
    no gold span is a false positive. We also report the stricter precision where the
    prediction must overlap a gold PERSON span.
    The same is measured on our own held-out support messages (``benchmarks/data/own_heldout*``,
    written after the generator and never used to tune it), the check the dev set cannot be.
(b) CoNLL-2002 Dutch ``ned.testa`` (research licence: evaluation only, never training):
    exact-span precision/recall/F per label for general newspaper Dutch; MISC is ignored.
    Each article goes through the pipeline as one document, as a support message does; the
    sentence-at-a-time PER score is reported next to it.
    ``ned.testb`` is scored the same way when it is present next to it.
(c) speed: words per second with ``nlp.pipe`` on one CPU core.

    python models/training/evaluate_ner.py models/nl_privacy_ner [--no-card] [--errors]
"""

from __future__ import annotations

import os

# one core for the speed measurement: must be set before numpy is imported
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SHARED_EVAL = REPO.parent / "shared" / "eval"
DEV_JSONL = SHARED_EVAL / "dev.jsonl"
CONLL = SHARED_EVAL / "conll2002_nl" / "ned.testa"
BENCH_DATA = REPO / "benchmarks" / "data"
#: annotated sets scored like dev: real reviews (shared/eval) and our own held-out sets,
#: each written blind, after the recipe, and never used to tune it
HELDOUT = (
    SHARED_EVAL / "airbnb_dev.jsonl",
    BENCH_DATA / "own_heldout.jsonl",
    BENCH_DATA / "own_heldout2.jsonl",
    BENCH_DATA / "own_heldout3.jsonl",
    BENCH_DATA / "own_heldout4.jsonl",
    BENCH_DATA / "own_heldout6.jsonl",
    BENCH_DATA / "reviews_heldout.jsonl",
)
#: text with few or no persons, scored as false persons per 300 sentences
FALSE_PERSON_SETS = (
    BENCH_DATA / "helpdesk_questions_heldout.jsonl",
    BENCH_DATA / "company_docs_heldout.jsonl",
)
UD_HELD_OUT = (REPO.parent / "shared" / "data" / "ud_dutch" / "ud_dutch.jsonl.gz",)
CARD_START, CARD_END = "<!-- scores:start -->", "<!-- scores:end -->"


def eval_dev(nlp: Language, path: Path, show_errors: bool = False) -> dict:
    """PERSON recall/precision on annotated support messages (score.py's definitions)."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    caught = total = tp = tp_strict = fp = 0
    errors: list[str] = []
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        text = d["text"]
        preds = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PER"]
        mask = bytearray(len(text) + 1)
        for s, e in preds:
            mask[s:e] = b"\x01" * (e - s)
        gold_all = d["spans"]
        gold_per = [g for g in gold_all if g["type"] == "PERSON"]
        for g in gold_per:
            total += 1
            n = g["end"] - g["start"]
            if n and sum(mask[g["start"] : g["end"]]) / n >= 0.9:
                caught += 1
            else:
                errors.append(f"MISS {d['id']}: {g['value']!r}")
        for s, e in preds:
            if any(s < g["end"] and g["start"] < e for g in gold_all):
                tp += 1
            else:
                fp += 1
                errors.append(f"FP   {d['id']}: {text[s:e]!r}")
            if any(s < g["end"] and g["start"] < e for g in gold_per):
                tp_strict += 1
    if show_errors:
        print("\n".join(sorted(errors)))
    return {
        "person_recall": caught / total if total else 0.0,
        "person_precision": tp / (tp + fp) if tp + fp else 0.0,
        "person_precision_strict": tp_strict / (tp + fp) if tp + fp else 0.0,
        "gold_persons": total,
        "caught": caught,
        "false_positives": fp,
    }


Sentence = list[tuple[str, str]]


def read_conll_documents(path: Path) -> list[list[Sentence]]:
    """Articles (split at ``-DOCSTART-``) of sentences of (token, IOB2 tag) from a CoNLL-2002
    file (UTF-8 as shipped here)."""
    docs: list[list[Sentence]] = [[]]
    cur: Sentence = []
    for line in path.open(encoding="utf-8"):
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if cur:
                docs[-1].append(cur)
            cur = []
            if parts and docs[-1]:
                docs.append([])
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        docs[-1].append(cur)
    return [d for d in docs if d]


def _iob_spans(tags: list[str]) -> set[tuple[int, int, str]]:
    spans, start, label = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None:
                spans.add((start, i, label))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return spans


def _conll_units(path: Path, by_document: bool) -> list[list[Sentence]]:
    """What the pipeline runs on, each as its sentences: whole articles or single sentences."""
    articles = read_conll_documents(path)
    return articles if by_document else [[sent] for doc in articles for sent in doc]


def _as_doc(nlp: Language, unit: list[Sentence]) -> Doc:
    """One Doc on the gold tokens; an article's sentence starts are marked."""
    words = [w for sent in unit for w, _ in sent]
    if len(unit) == 1:
        return Doc(nlp.vocab, words=words)
    starts = [i == 0 for sent in unit for i in range(len(sent))]
    return Doc(nlp.vocab, words=words, sent_starts=starts)


def eval_conll(nlp: Language, path: Path, by_document: bool = True) -> dict:
    """Exact-span P/R/F per label on gold tokenisation; gold MISC is dropped.

    Why by document: the shipped pipeline is meant to see a whole message at once (its
    ``entity_consistency`` step uses the rest of the text), so a newspaper article is the fair
    unit. ``by_document=False`` gives the sentence-at-a-time score of earlier model cards."""
    units = _conll_units(path, by_document)
    docs = (_as_doc(nlp, unit) for unit in units)
    counts: dict[str, Counter] = {lab: Counter() for lab in ("PER", "LOC", "ORG")}
    for unit, doc in zip(units, nlp.pipe(docs), strict=True):
        tags = [t for sent in unit for _, t in sent]
        gold = {s for s in _iob_spans(tags) if s[2] != "MISC"}
        pred = {(e.start, e.end, e.label_) for e in doc.ents if e.label_ in counts}
        for lab, c in counts.items():
            g = {s for s in gold if s[2] == lab}
            p = {s for s in pred if s[2] == lab}
            c["tp"] += len(g & p)
            c["fp"] += len(p - g)
            c["fn"] += len(g - p)
    out = {}
    for lab, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[lab] = {"p": p, "r": r, "f": f, "n_gold": c["tp"] + c["fn"]}
    return out


_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n+")


def count_sentences(text: str) -> int:
    """Sentences as the false-person bar counts them: split on . ! ? and line breaks."""
    return sum(1 for part in _SENTENCE_END.split(text) if part.strip())


def eval_false_persons(nlp: Language, path: Path) -> dict:
    """PER predictions that touch no gold PERSON span, per 300 sentences."""
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    fp = sentences = 0
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        sentences += count_sentences(d["text"])
        gold = [(g["start"], g["end"]) for g in d["spans"] if g["type"] == "PERSON"]
        for e in doc.ents:
            if e.label_ == "PER" and not any(
                e.start_char < ge and gs < e.end_char for gs, ge in gold
            ):
                fp += 1
    return {
        "false_persons": fp,
        "sentences": sentences,
        "per_300_sentences": 300 * fp / sentences if sentences else 0.0,
    }


def eval_ud_non_propn(nlp: Language, paths: tuple[Path, ...] = UD_HELD_OUT) -> dict | None:
    """On the held-out UD test split: persons that cover a token that is not PROPN.

    Every such token is a gold non-name (a capitalised opener, a heading word, an adjective),
    so each hit is a false person whatever the person/place/firm split of PROPN would be."""
    import gzip

    rows = []
    for path in paths:
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                rows += [r for line in fh if (r := json.loads(line))["meta"].get("split") == "test"]
    if not rows:
        return None
    bad = persons = 0
    for r, doc in zip(rows, nlp.pipe(r["text"] for r in rows), strict=True):
        non_propn = [
            (t["start"], t["end"])
            for t in r["tokens"]
            if t["pos"] != "PROPN" and r["text"][t["start"] : t["end"]][:1].isalpha()
        ]
        for e in doc.ents:
            if e.label_ != "PER":
                continue
            persons += 1
            if any(e.start_char < te and ts < e.end_char for ts, te in non_propn):
                bad += 1
    return {"sentences": len(rows), "persons": persons, "persons_on_non_propn": bad}


def eval_speed(nlp: Language, texts: list[str], min_words: int = 60_000) -> dict:
    """Words/s with nlp.pipe on one thread; words = non-space, non-punct tokens."""
    batch: list[str] = []
    while sum(len(t.split()) for t in batch) < min_words:
        batch.extend(texts)
    list(nlp.pipe(batch[:50]))  # warm-up
    t0 = time.perf_counter()
    words = 0
    for doc in nlp.pipe(batch, batch_size=64):
        words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    dt = time.perf_counter() - t0
    return {"words_per_second": round(words / dt), "words": words, "seconds": round(dt, 2)}


def model_size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def card_block(res: dict) -> str:
    dev, conll, speed = res["dev"], res["conll"], res["speed"]
    lines = [
        CARD_START,
        "| evaluation set | metric | value |",
        "|---|---|---|",
        f"| support messages (`shared/eval/dev.jsonl`, {dev['gold_persons']} PERSON spans) "
        f"| PERSON recall (>= 90% chars covered) | {dev['person_recall']:.3f} |",
        f"| | PERSON precision (score.py definition) | {dev['person_precision']:.3f} |",
        "| | PERSON precision (must overlap a gold PERSON) "
        f"| {dev['person_precision_strict']:.3f} |",
    ]
    for name, h in res.get("heldout", {}).items():
        lines.append(
            f"| our held-out support messages (`{name}`, {h['gold_persons']} PERSON spans) "
            f"| PERSON recall / precision (score.py definition) "
            f"| {h['person_recall']:.3f} / {h['person_precision']:.3f} |"
        )
    for split, scores in (("ned.testa", conll), ("ned.testb", res.get("conll_testb"))):
        for lab in ("PER", "LOC", "ORG") if scores else ():
            c = scores[lab]
            lines.append(
                f"| CoNLL-2002 `{split}` (exact span, {c['n_gold']} gold {lab}, by article) "
                f"| {lab} P / R / F | {c['p']:.3f} / {c['r']:.3f} / {c['f']:.3f} |"
            )
    for name, fpr in res.get("false_persons", {}).items():
        lines.append(
            f"| held-out text with few persons (`{name}`, {fpr['sentences']} sentences) "
            f"| false persons per 300 sentences | {fpr['per_300_sentences']:.2f} "
            f"({fpr['false_persons']}) |"
        )
    if ud := res.get("ud_test"):
        lines.append(
            f"| UD Dutch test split ({ud['sentences']} sentences, held out from training) "
            f"| persons covering a non-PROPN word | {ud['persons_on_non_propn']} "
            f"of {ud['persons']} |"
        )
    if sentences := res.get("conll_sentences"):
        c = sentences["PER"]
        lines.append(
            "| CoNLL-2002 `ned.testa`, one sentence at a time (no article context) "
            f"| PER P / R / F | {c['p']:.3f} / {c['r']:.3f} / {c['f']:.3f} |"
        )
    lines += [
        f"| speed (`nlp.pipe`, 1 CPU core, support messages) | words/s | "
        f"{speed['words_per_second']:,} |",
        f"| size on disk | MB | {res['size_mb']:.1f} |",
        CARD_END,
    ]
    return "\n".join(lines)


def write_card(model_dir: Path, res: dict) -> None:
    card = model_dir / "README.md"
    block = card_block(res)
    if card.exists() and CARD_START in (text := card.read_text(encoding="utf-8")):
        pattern = re.escape(CARD_START) + ".*?" + re.escape(CARD_END)
        text = re.sub(pattern, lambda _m: block, text, flags=re.S)
    else:
        text = f"# nl_privacy_ner\n\n## Scores\n\n{block}\n"
    card.write_text(text, encoding="utf-8")


def evaluate(
    model_dir: Path,
    dev: Path = DEV_JSONL,
    conll: Path = CONLL,
    write: bool = True,
    show_errors: bool = False,
) -> dict:
    nlp = spacy.load(model_dir)
    res: dict = {"size_mb": round(model_size_mb(model_dir), 2)}
    res["dev"] = eval_dev(nlp, dev, show_errors) if dev.exists() else None
    res["heldout"] = {h.name: eval_dev(nlp, h) for h in HELDOUT if h.exists()}
    res["false_persons"] = {
        h.name: eval_false_persons(nlp, h) for h in FALSE_PERSON_SETS if h.exists()
    }
    res["ud_test"] = eval_ud_non_propn(nlp)
    res["conll"] = eval_conll(nlp, conll) if conll.exists() else None
    res["conll_sentences"] = eval_conll(nlp, conll, by_document=False) if conll.exists() else None
    testb = conll.with_name("ned.testb")
    res["conll_testb"] = eval_conll(nlp, testb) if testb.exists() else None
    texts = [json.loads(x)["text"] for x in dev.open(encoding="utf-8")] if dev.exists() else []
    res["speed"] = eval_speed(nlp, texts or ["Hoi, ik ben Jan de Vries uit Utrecht."])
    if write and res["dev"] and res["conll"]:
        write_card(model_dir, res)
        (model_dir / "scores.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return res


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", type=Path, nargs="?", default=REPO / "models" / "nl_privacy_ner")
    ap.add_argument("--dev", type=Path, default=DEV_JSONL)
    ap.add_argument("--conll", type=Path, default=CONLL)
    ap.add_argument("--no-card", action="store_true", help="do not write README.md/scores.json")
    ap.add_argument("--errors", action="store_true", help="print misses and false positives")
    args = ap.parse_args(argv)
    res = evaluate(args.model, args.dev, args.conll, not args.no_card, args.errors)
    print(json.dumps(res, indent=2))


if __name__ == "__main__":
    main()
