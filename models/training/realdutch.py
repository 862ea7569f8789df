"""Real modern Dutch for the NER recipe: Tatoeba sentences and the UD/Alpino treebanks.

Why: the synthetic messages and the 19th-century Europeana OCR taught the model that a
capitalised word in certain slots is a name. It had never seen ordinary modern Dutch, where a
sentence opens with "Mooi", "Bedankt" or "Helaas", where headings are capitalised and where
people are mentioned in passing ("het huis van Mark"). These corpora are that text.

* **Tatoeba** (CC BY 2.0 FR): short informal sentences with silver PER spans. Its names are
  skewed ("Tom" is two thirds of them), so every PER span is replaced by a name drawn from the
  recipe's varied Dutch, Flemish and foreign pools (``pools.make_person``), keeping a
  possessive ("Toms", "Maria's") as a possessive. Capitalised words that are not a PER span
  are places, languages, brands or ordinary words: the silver labels say nothing about
  LOC/ORG, so such a word is marked *missing* (no lesson) unless it opens the sentence and is
  an ordinary lowercase word of the OpenTaal list ("Mooi", "Helaas"), which is gold *outside*.
* **UD Dutch and Alpino** (CC BY-SA 4.0): gold part-of-speech tags. Every token that is not
  PROPN is *outside* — including every capitalised sentence opener and heading word, the
  negative evidence the model lacked. PROPN tokens are people, places, firms and products
  alike, so they are *missing*: the model is never taught a label for them here.
  The UD test files are held out: ``evaluate_ner.py`` uses them for the "no person on a
  non-PROPN token" check.

Everything here is deterministic given the seed.
"""

from __future__ import annotations

import gzip
import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pools
import spacy
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parents[2]
SHARED_DATA = REPO.parent / "shared" / "data"
DICTIONARY = Path("/usr/share/dict/dutch")
TATOEBA = SHARED_DATA / "tatoeba_nld" / "tatoeba_nld.jsonl.gz"
UD_DUTCH = SHARED_DATA / "ud_dutch" / "ud_dutch.jsonl.gz"
ALPINO_UD = SHARED_DATA / "alpino_ud" / "alpino_ud_subsets.jsonl.gz"

#: UD splits the recipe never trains on: they are the evaluation's non-PROPN check
HELD_OUT_SPLITS = frozenset({"test"})


@dataclass
class Sample:
    """A text with gold entity spans and character ranges whose label is unknown."""

    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    missing: list[tuple[int, int]] = field(default_factory=list)


def _read_jsonl_gz(path: Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def _word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Whitespace-separated words with leading/trailing punctuation stripped."""
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        j = i
        while j < n and not text[j].isspace():
            j += 1
        s, e = i, j
        while s < e and not text[s].isalnum():
            s += 1
        while e > s and not text[e - 1].isalnum():
            e -= 1
        if s < e:
            yield s, e
        i = j


def lowercase_words(path: Path = DICTIONARY) -> set[str]:
    """Every lowercase entry of the OpenTaal list, short ones too ("ik", "wat", "op")."""
    if not path.exists():
        return set()
    words = path.read_text(encoding="utf-8").split("\n")
    return {w.strip() for w in words if w.strip() and w.strip().islower()}


# --- Tatoeba ------------------------------------------------------------------------------


def _possessive(value: str, names: set[str]) -> tuple[str, str]:
    """Split a Tatoeba PER value into the name and its possessive ending ("Toms" -> Tom, s)."""
    for suffix in ("'s", "’s", "'", "’"):
        if value.endswith(suffix) and len(value) > len(suffix) + 1:
            return value[: -len(suffix)], suffix
    if value.endswith("s") and value[:-1] in names:
        return value[:-1], "s"
    return value, ""


def _name_for(person: pools.Person, rng: random.Random) -> str:
    """How a person is mentioned in conversation: mostly a first name, sometimes in full."""
    r = rng.random()
    if r < 0.72:
        return person.first
    if r < 0.94:
        return person.full
    return person.last_alone


def _with_possessive(name: str, suffix: str) -> str:
    if not suffix:
        return name
    if name[-1:] in "sxz":
        return name + "'"
    if name[-1:] in "aeiouy":
        return name + "'s"
    return name + "s"


def substitute_names(
    text: str, spans: list[dict], rng: random.Random, names: set[str], keep_original: float = 0.1
) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace every PER span by an invented name; one original name, one new name."""
    chosen: dict[str, str] = {}
    out: list[str] = []
    new_spans: list[tuple[int, int, str]] = []
    pos = 0
    for sp in sorted(spans, key=lambda s: s["start"]):
        s, e = sp["start"], sp["end"]
        base, suffix = _possessive(text[s:e], names)
        if base not in chosen:
            if rng.random() < keep_original:
                chosen[base] = base
            else:
                chosen[base] = _name_for(pools.make_person(rng), rng)
                if rng.random() < 0.04:  # informal writing: "gisteren zag ik sanne"
                    chosen[base] = chosen[base].lower()
        out.append(text[pos:s])
        start = sum(len(x) for x in out)
        name = _with_possessive(chosen[base], suffix)
        out.append(name)
        new_spans.append((start, start + len(name), "PER"))
        pos = e
    out.append(text[pos:])
    return "".join(out), new_spans


def tatoeba(
    path: Path,
    ordinary: set[str],
    n_with_names: int,
    n_without: int,
    seed: int = 11,
    max_sents_per_doc: int = 4,
) -> list[Sample]:
    """Sample Tatoeba sentences, substitute their names and group them into short docs."""
    rows = [r for r in _read_jsonl_gz(path) if not r["meta"].get("uncertain")]
    counts = Counter(r["text"][s["start"] : s["end"]] for r in rows for s in r["spans"])
    names = set(counts)
    rng = random.Random(seed)
    with_names = [r for r in rows if r["spans"]]
    without = [r for r in rows if not r["spans"]]
    picked = rng.sample(with_names, min(n_with_names, len(with_names)))
    picked += rng.sample(without, min(n_without, len(without)))
    rng.shuffle(picked)
    sents: list[Sample] = []
    for r in picked:
        text, spans = substitute_names(r["text"], r["spans"], rng, names)
        sents.append(_tatoeba_missing(Sample(text, spans), ordinary))
    return list(_group(sents, rng, max_sents_per_doc))


def _tatoeba_missing(doc: Sample, ordinary: set[str]) -> Sample:
    """Capitalised words outside PER spans: unknown, unless an ordinary sentence opener."""
    inside = [(s, e) for s, e, _ in doc.spans]
    for k, (s, e) in enumerate(_word_spans(doc.text)):
        word = doc.text[s:e]
        if not word[:1].isupper() or any(a <= s < b for a, b in inside):
            continue
        if k == 0 and word.lower() in ordinary:
            continue
        doc.missing.append((s, e))
    return doc


def _group(sents: list[Sample], rng: random.Random, max_per_doc: int) -> Iterator[Sample]:
    """Join consecutive sentences into one doc (space or newline), as in a short message."""
    i = 0
    while i < len(sents):
        k = rng.randint(1, max_per_doc)
        yield join_docs(sents[i : i + k], rng.choice([" ", " ", "\n"]))
        i += k


def join_docs(parts: Iterable[Sample], sep: str) -> Sample:
    out = Sample("")
    for part in parts:
        offset = len(out.text) + (len(sep) if out.text else 0)
        out.text = f"{out.text}{sep}{part.text}" if out.text else part.text
        out.spans += [(s + offset, e + offset, lab) for s, e, lab in part.spans]
        out.missing += [(s + offset, e + offset) for s, e in part.missing]
    return out


# --- UD / Alpino --------------------------------------------------------------------------


def treebank(paths: Iterable[Path], sents_per_doc: int = 5) -> tuple[list[Sample], list[Sample]]:
    """(train, held_out) docs from UD-style JSONL: PROPN tokens missing, all else outside."""
    train: list[Sample] = []
    held: list[Sample] = []
    for path in paths:
        if not path.exists():
            continue
        by_file: dict[tuple[str, bool], list[Sample]] = {}
        for r in _read_jsonl_gz(path):
            meta = r["meta"]
            is_held = meta.get("split") in HELD_OUT_SPLITS
            doc = Sample(r["text"])
            doc.missing = [(t["start"], t["end"]) for t in r["tokens"] if t["pos"] == "PROPN"]
            # Alpino keeps one sentence per file: group its sentences by subset instead
            source = meta.get("subset") or meta.get("file", "")
            by_file.setdefault((source, is_held), []).append(doc)
        for (_, is_held), docs in by_file.items():
            target = held if is_held else train
            for i in range(0, len(docs), sents_per_doc):
                target.append(join_docs(docs[i : i + sents_per_doc], " "))
    return train, held


def ud_sentences(paths: Iterable[Path], held_out: bool) -> Iterator[dict]:
    """Raw UD rows of the held-out (or training) splits, for evaluation."""
    for path in paths:
        if path.exists():
            for r in _read_jsonl_gz(path):
                if (r["meta"].get("split") in HELD_OUT_SPLITS) == held_out:
                    yield r


# --- DocBin -------------------------------------------------------------------------------


def to_docbin(docs: Iterable[Sample], nlp: spacy.language.Language) -> DocBin:
    """Tokenise with the pipeline's tokenizer; spans become entities, ranges missing."""
    db = DocBin(store_user_data=False)
    for d in docs:
        doc = nlp.make_doc(d.text)
        ents = [
            sp
            for s, e, lab in d.spans
            if (sp := doc.char_span(s, e, label=lab, alignment_mode="expand")) is not None
        ]
        ents = spacy.util.filter_spans(ents)
        inside = {t.i for sp in ents for t in sp}
        missing_idx: set[int] = set()
        for s, e in d.missing:
            sp = doc.char_span(s, e, alignment_mode="expand")
            if sp is not None:
                missing_idx.update(t.i for t in sp if t.i not in inside)
        missing = [doc[i : i + 1] for i in sorted(missing_idx)]
        doc.set_ents(ents, missing=missing, default="outside")
        db.add(doc)
    return db
