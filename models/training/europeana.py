"""Convert the Europeana Newspapers Dutch NER corpus (KB, CC0) to a spaCy DocBin.

The file has one ``token TAG`` pair per line with BIO tags PER/LOC/ORG and *no* sentence
breaks. We split sentences on sentence-final punctuation and group them into documents of a
few sentences, because the NER model sees whole documents and one 180k-token document would
be useless for batching. Tokens in the file sometimes carry punctuation ("kwestien,"), so we
rebuild the running text, give each entity its character span without surrounding
punctuation, and re-tokenise with the pipeline's own tokenizer: the model is then trained on
exactly the tokenisation it will see at run time.

    python models/training/europeana.py --output models/training/corpus/europeana.spacy
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import DocBin

REPO = Path(__file__).resolve().parents[2]
DEFAULT_BIO = REPO.parent / "shared" / "data" / "europeana_nl" / "enp_NL.kb.bio"
SENT_END = (".", "!", "?")
PUNCT = ".,;:!?()[]\"'«»„“”-—/"

Token = tuple[str, str]


def read_bio(path: Path) -> list[Token]:
    """(token, tag) pairs; malformed lines and stray tags are repaired, not fatal."""
    out: list[Token] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.strip().split()
            if not parts:
                continue
            word, tag = (parts[0], parts[-1]) if len(parts) >= 2 else (parts[0], "O")
            if tag != "O" and (tag[:2] not in ("B-", "I-") or tag[2:] not in ("PER", "LOC", "ORG")):
                tag = "O"
            out.append((word, tag))
    return out


def sentences(tokens: list[Token], max_len: int = 80) -> Iterator[list[Token]]:
    """Split after sentence-final punctuation (not inside an entity; very long runs are cut)."""
    cur: list[Token] = []
    for i, (word, tag) in enumerate(tokens):
        cur.append((word, tag))
        nxt = tokens[i + 1][1] if i + 1 < len(tokens) else "O"
        ends = (word.endswith(SENT_END) and len(word) > 1) or word in SENT_END
        # "Mr." and initials ("J.") end in a dot but do not end a sentence
        boundary = (ends and tag == "O" and not _abbrev(word)) or len(cur) >= max_len
        if boundary and not nxt.startswith("I-"):
            yield cur
            cur = []
    if cur:
        yield cur


def _abbrev(word: str) -> bool:
    core = word.rstrip(".")
    return (len(core) <= 3 and core[:1].isupper()) or core.lower() in {
        "mr",
        "dr",
        "st",
        "jhr",
        "z",
        "no",
        "art",
    }


def to_text(sents: list[list[Token]]) -> tuple[str, list[tuple[int, int, str]]]:
    """Running text plus entity character spans, stripped of attached punctuation."""
    text_parts: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    open_ent: list = []  # [start, end, label]
    for sent in sents:
        for word, tag in sent:
            start = pos
            text_parts.append(word + " ")
            pos += len(word) + 1
            core_s = start + (len(word) - len(word.lstrip(PUNCT)))
            core_e = start + len(word.rstrip(PUNCT))
            if core_e <= core_s:
                core_s, core_e = start, start + len(word)
            if tag.startswith("B-") or (
                tag.startswith("I-") and (not open_ent or open_ent[2] != tag[2:])
            ):
                if open_ent:
                    spans.append(tuple(open_ent))
                open_ent = [core_s, core_e, tag[2:]]
            elif tag.startswith("I-"):
                open_ent[1] = core_e
            else:
                if open_ent:
                    spans.append(tuple(open_ent))
                open_ent = []
    if open_ent:
        spans.append(tuple(open_ent))
    return "".join(text_parts).rstrip(), spans


def vocabulary(path: Path, min_count: int = 2, min_len: int = 5) -> list[str]:
    """Lowercase alphabetic words of the corpus: ordinary words, never names (sorted)."""
    counts: dict[str, int] = {}
    for word, _tag in read_bio(path):
        if len(word) >= min_len and word.isalpha() and word.islower():
            counts[word] = counts.get(word, 0) + 1
    return sorted(w for w, n in counts.items() if n >= min_count)


def convert(path: Path, sents_per_doc: int = 8) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The corpus as documents of ``sents_per_doc`` sentences, in corpus order."""
    sents = list(sentences(read_bio(path)))
    return [to_text(sents[i : i + sents_per_doc]) for i in range(0, len(sents), sents_per_doc)]


def to_docbin(
    docs: list[tuple[str, list[tuple[int, int, str]]]],
    nlp: spacy.language.Language,
    skip_empty: bool = True,
) -> DocBin:
    """Docs with entity spans; docs without any entity are skipped (likely unannotated)."""
    db = DocBin(store_user_data=False)
    for text, spans in docs:
        doc = nlp.make_doc(text)
        ents = [
            sp
            for s, e, lab in spans
            if (sp := doc.char_span(s, e, label=lab, alignment_mode="expand")) is not None
        ]
        if not ents and skip_empty:
            continue
        ents = spacy.util.filter_spans(ents)
        inside = {t.i for sp in ents for t in sp}
        # The KB annotation is incomplete (whole pages carry no tags at all). A capitalised
        # word that is not sentence-initial and not tagged may be an unannotated name, so we
        # mark it "missing" rather than "outside": the model is not taught that it is O.
        missing = [
            doc[t.i : t.i + 1]
            for t in doc
            if t.i not in inside
            and t.text[:1].isupper()
            and t.i > 0
            and doc[t.i - 1].text not in SENT_END
        ]
        doc.set_ents(ents, missing=missing, default="outside")
        db.add(doc)
    return db


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", type=Path, default=DEFAULT_BIO, help="enp_NL.kb.bio")
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--sents-per-doc", type=int, default=8)
    args = ap.parse_args(argv)
    docs = convert(args.input, args.sents_per_doc)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    to_docbin(docs, spacy.blank("nl")).to_disk(args.output)
    n_ents = sum(len(s) for _, s in docs)
    print(f"wrote {len(docs)} docs ({n_ents} entities) to {args.output}")


if __name__ == "__main__":
    main()
