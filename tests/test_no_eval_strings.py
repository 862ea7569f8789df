"""The evaluation files are for measuring only: none of their strings may be in the project.

Reads the gold values of ``dev.jsonl`` and ``airbnb_dev.jsonl``, the multi-token entities of
CoNLL-2002 ``ned.testa`` and the texts of all three, and checks the project's own text files
(code, comments, tests, word lists, benchmark data) for:

(a) multi-word gold values (with a space) of 6+ characters;
(b) single-word gold values of 4+ characters that are no ordinary name or word, i.e. in no
    Faker locale's name lists and not in the OpenTaal word list (``/usr/share/dict/dutch``),
    and such rare words (and hyphen parts) of multi-word names; these in any letter case
    (numbers of 4-5 digits, such as a Belgian postcode, are not checked);
(c) non-PERSON gold values (e-mail addresses, phone numbers, IBANs, addresses, ...) of 6+
    characters;
(d) any run of six consecutive words of an evaluation text (a quoted sentence).

Values that are themselves an entry of the OpenTaal list (a city, a health word, a multi-word
place name such as a country) are ordinary words, not copied strings, and are not checked.
Matching is on whole words, case-sensitive except for (b); a ``\\n`` escape in a string
literal separates words like a line break. No evaluation string is written in this file: it
reads them at run time, and only the failure report prints them.

Without ``shared/eval`` the test is skipped, unless ``PRIVACYWACHT_REQUIRE_EVAL=1``, which
makes it fail instead.
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(__file__).parents[1].parent / "shared" / "eval"
DEV = EVAL_DIR / "dev.jsonl"
AIRBNB = EVAL_DIR / "airbnb_dev.jsonl"
CONLL = EVAL_DIR / "conll2002_nl" / "ned.testa"
DUTCH_WORDS = Path("/usr/share/dict/dutch")

# the project's text files that are checked (folders recursively, or single files)
SCANNED = (
    "pipelines",
    "models/training",
    "models/nl_privacy_ner/README.md",
    "tests",
    "benchmarks",
    "config",
    "bot",
)
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache", "node_modules"}
# binary formats that may sit next to the code (a checked file must decode as UTF-8 anyway)
SKIPPED_SUFFIXES = {".pyc", ".png", ".jpg", ".jpeg", ".gif", ".ico", ".spacy", ".bin", ".gz"}

SHINGLE = 6
MIN_MULTI = 6  # (a) and (c)
MIN_SINGLE = 4  # (b)
WORD = re.compile(r"\w+")
ESCAPE = re.compile(r"\\[ntr]")
NER_TYPES = {"PER", "ORG", "LOC", "MISC"}


@dataclass
class EvalData:
    # value -> kind ("a", "b" or "c") of every gold value to look for
    values: dict[str, str] = field(default_factory=dict)
    # value -> where it comes from, for the report
    sources: dict[str, str] = field(default_factory=dict)
    # tuples of SHINGLE consecutive words of the evaluation texts
    shingles: set[tuple[str, ...]] = field(default_factory=set)


def _require_eval() -> None:
    missing = [p for p in (DEV, AIRBNB, CONLL) if not p.is_file()]
    if not missing:
        _require_word_list()
        return
    names = ", ".join(str(p) for p in missing)
    if os.environ.get("PRIVACYWACHT_REQUIRE_EVAL") == "1":
        pytest.fail(f"evaluation files missing ({names}) and PRIVACYWACHT_REQUIRE_EVAL=1")
    pytest.skip(f"evaluation files not here ({names}): nothing to check the project against")


def _require_word_list() -> None:
    # without it every ordinary word would count as rare in (b)
    if not DUTCH_WORDS.is_file():
        pytest.fail(
            f"{DUTCH_WORDS} missing: install the OpenTaal word list (apt-get install wdutch)"
        )


@functools.cache
def _known_words() -> frozenset[str]:
    """Casefolded names of every Faker locale and words of the OpenTaal list."""
    from faker.config import AVAILABLE_LOCALES

    known: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        try:
            module = importlib.import_module(f"faker.providers.person.{locale}")
        except ImportError:
            continue
        attrs = vars(module.Provider)
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            names = attrs.get(attr)
            if isinstance(names, list | tuple | dict):  # a dict maps names to weights
                known.update(str(name).casefold() for name in names)
    return frozenset(known) | _dictionary()


def _dictionary_entry(value: str) -> bool:
    """True when the value is itself a word or an entry of the OpenTaal list."""
    return value.casefold() in _dictionary()


@functools.cache
def _dictionary() -> frozenset[str]:
    if not DUTCH_WORDS.is_file():
        return frozenset()
    lines = DUTCH_WORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines)


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text)
    return {tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def _add_value(data: EvalData, value: str, person: bool, source: str) -> None:
    value = value.strip()
    if not value or _dictionary_entry(value):
        return
    if " " in value:
        if len(value) >= MIN_MULTI:
            _add(data, value, "a" if person else "c", source)
        if person:
            # the rare words of a name: "Jan Kwiatkowska-Bos" copies "Kwiatkowska-Bos"
            for word in value.split():
                _add_rare(data, word, source)
    elif not person and len(value) >= MIN_MULTI:
        _add(data, value, "c", source)
    else:
        _add_rare(data, value, source)


def _add_rare(data: EvalData, word: str, source: str) -> None:
    """Kind (b): a word that no name list or word list knows, and its rare hyphen parts."""
    parts = [word, *word.split("-")] if "-" in word else [word]
    for part in parts:
        part = part.strip(".,'’")
        if len(part) < MIN_SINGLE or part.casefold() in _known_words():
            continue
        if not any(ch.isalpha() for ch in part):
            # a 4- or 5-digit number (a Belgian postcode) is any number, not a copied string
            continue
        _add(data, part, "b", source)


def _add(data: EvalData, value: str, kind: str, source: str) -> None:
    # a value found under several kinds keeps the first; PERSON values come first
    data.values.setdefault(value, kind)
    data.sources.setdefault(value, source)


def _read_conll(path: Path) -> tuple[list[list[str]], list[tuple[str, str]]]:
    """Sentences (token lists) and (type, text) of the multi-token entities of a CoNLL file."""
    sentences: list[list[str]] = []
    entities: list[tuple[str, str]] = []
    tokens: list[str] = []
    current: list[str] = []
    current_type = ""

    def close_entity() -> None:
        nonlocal current, current_type
        if len(current) > 1 and current_type in NER_TYPES:
            entities.append((current_type, " ".join(current)))
        current, current_type = [], ""

    for line in path.read_text(encoding="latin-1").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            close_entity()
            if tokens:
                sentences.append(tokens)
            tokens = []
            continue
        token, tag = parts[0], parts[-1]
        tokens.append(token)
        if tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != current_type):
            close_entity()
            current, current_type = [token], tag[2:]
        elif tag.startswith("I-"):
            current.append(token)
        else:
            close_entity()
    close_entity()
    if tokens:
        sentences.append(tokens)
    return sentences, entities


@functools.cache
def _eval_data() -> EvalData:
    data = EvalData()
    records = []
    for path in (DEV, AIRBNB):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                records.append((path.name, json.loads(line)))
    # PERSON values first, so a name is reported under (a)/(b) rather than (c)
    for want_person in (True, False):
        for name, record in records:
            for span in record.get("spans", []):
                person = span["type"] == "PERSON"
                if person == want_person:
                    _add_value(data, span["value"], person, f"{name} {span['type']}")
    for _name, record in records:
        data.shingles |= _shingles(record["text"])
    sentences, entities = _read_conll(CONLL)
    for ner_type, text in entities:
        # the multi-word entities of the newspaper data, of every type: check (a)
        if len(text) >= MIN_MULTI and not _dictionary_entry(text):
            _add(data, text, "a", f"ned.testa {ner_type}")
    for tokens in sentences:
        data.shingles |= _shingles(" ".join(tokens))
    return data


def _project_files() -> list[Path]:
    files: list[Path] = []
    for rel in SCANNED:
        root = PROJECT / rel
        if root.is_file():
            files.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            for filename in sorted(filenames):
                path = Path(dirpath) / filename
                if path.suffix.lower() not in SKIPPED_SUFFIXES:
                    files.append(path)
    return files


@functools.cache
def _project_texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    for path in _project_files():
        raw = path.read_bytes()
        if b"\0" in raw:
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
        # "groet,\\n\\nAnna" in a string literal: the escapes separate words like blanks do
        texts[path.relative_to(PROJECT).as_posix()] = ESCAPE.sub("  ", text)
    return texts


@functools.cache
def _word_index() -> dict[str, set[str]]:
    """word -> the files it occurs in: only files with all of a value's words are searched."""
    index: dict[str, set[str]] = defaultdict(set)
    for name, text in _project_texts().items():
        for word in set(WORD.findall(text)):
            index[word].add(name)
    return index


@functools.cache
def _folded_text() -> str:
    return "\n".join(_project_texts().values()).casefold()


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _value_hits(kind: str) -> list[str]:
    data = _eval_data()
    texts = _project_texts()
    index = _word_index()
    folded = _folded_text()
    hits: list[str] = []
    for value, value_kind in data.values.items():
        if value_kind != kind:
            continue
        words = WORD.findall(value)
        if kind == "b":
            candidates = set(texts) if value.casefold() in folded else set()
        elif words:
            candidates = set.intersection(*(index.get(w, set()) for w in words))
        else:
            candidates = set(texts)
        if not candidates:
            continue
        # (b) rare words in any case: a word list may hold them capitalised or in lowercase
        flags = re.IGNORECASE if kind == "b" else 0
        pattern = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)", flags)
        for name in sorted(candidates):
            text = texts[name]
            for match in pattern.finditer(text):
                line = _line_of(text, match.start())
                hits.append(f"{name}:{line}: {value!r} ({data.sources[value]})")
    return sorted(hits)


def _report(kind: str, hits: list[str]) -> str:
    return (
        f"{len(hits)} string(s) of the evaluation files ({kind}) found in the project; "
        "replace each with an invented one:\n" + "\n".join(hits)
    )


def test_no_multiword_gold_values() -> None:
    _require_eval()
    hits = _value_hits("a")
    assert not hits, _report("multi-word gold values", hits)


def test_no_rare_single_word_gold_values() -> None:
    _require_eval()
    hits = _value_hits("b")
    assert not hits, _report("rare single-word gold values", hits)


def test_no_non_person_gold_values() -> None:
    _require_eval()
    hits = _value_hits("c")
    assert not hits, _report("non-PERSON gold values", hits)


def _runs(text: str, shingles: set[tuple[str, ...]]) -> list[tuple[int, int]]:
    """(start, end) of each maximal run of words whose every window of SHINGLE is in
    ``shingles``."""
    matches = list(WORD.finditer(text))
    words = [m.group() for m in matches]
    runs: list[tuple[int, int]] = []
    for i in range(len(words) - SHINGLE + 1):
        if tuple(words[i : i + SHINGLE]) not in shingles:
            continue
        start, end = matches[i].start(), matches[i + SHINGLE - 1].end()
        if runs and start < runs[-1][1]:
            runs[-1] = (runs[-1][0], end)  # overlapping windows: one longer run
        else:
            runs.append((start, end))
    return runs


def test_no_runs_of_evaluation_text() -> None:
    _require_eval()
    shingles = _eval_data().shingles
    hits: list[str] = []
    for name, text in _project_texts().items():
        for start, end in _runs(text, shingles):
            quoted = text[start:end]
            if len(quoted) > 160:
                quoted = quoted[:160] + "…"
            hits.append(f"{name}:{_line_of(text, start)}: {quoted!r}")
    assert not hits, _report(f"runs of {SHINGLE}+ words of an evaluation text", sorted(hits))
