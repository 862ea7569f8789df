"""A spaCy component that tags every token by its place in the OpenTaal Dutch word list.

Why: the NER model's hash embeddings only know the words its training text happened to
contain. The word list (Debian ``wdutch``, BSD / CC-BY 3.0, 413,000 entries) knows that
"Lijsttrekker" and "Pakbon" are ordinary words and that "Reitzema" and "Simpelveld" are
proper names. This component writes that knowledge into ``Token.tag_`` (not a part-of-speech
tag here), and the model's ``tok2vec`` embeds it as a feature:

    DL  the lowercase form is an ordinary word          ("Bellen", "klikgeluid")
    DC  the exact form is a listed proper name          ("Reitzema", "Simpelveld")
    DB  both ("Bakker", "Jan", "Roos"): context decides
    ""  unknown to the list (foreign names, brands, typos)

Why not spaCy's ``attribute_ruler`` with ``IN`` patterns: it gives the same tags, but keeps
the lists as Python strings, sets and JSON keys, which costs ~120 MB per process. Here the
lists are two sorted arrays of spaCy's 64-bit string hashes (~3 MB), and a lookup is one
``searchsorted`` per document. The component is registered as the spaCy factory
``privacywacht_wordlist_tags`` (an entry point, so ``spacy.load`` finds it once
privacywacht is installed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.attrs import LOWER, ORTH, TAG
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

FACTORY = "privacywacht_wordlist_tags"
TAGS = ("", "DL", "DC", "DB")
#: ``Doc.user_data`` key set by this component (True when it holds a word list)
TAGGED_KEY = "privacywacht_wordlist_tags"
#: ``Doc.user_data`` key: indices of tokens that are ordinary words of another language
FOREIGN_KEY = "privacywacht_foreign_words"
#: languages whose ordinary words turn up in Dutch support text, with every inflected form
#: (pasted English logs, German and French closings) or with lemmas only (Spanish, Italian,
#: Portuguese: their full form lists would triple the model's size for little gain)
FOREIGN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
FOREIGN_ALL_FORMS = frozenset({"en", "de", "fr"})


def foreign_words(languages: Iterable[str], not_names: Iterable[str] = ()) -> list[str]:
    """Lowercase words that simplemma's dictionaries (MIT) know in ``languages``, minus
    ``not_names`` (first names and surnames: "will", "rose", "smith" must stay names).

    Training-time only: the result is stored in the model as hashes, so neither simplemma
    nor its dictionaries (~200 MB in memory) are loaded at run time."""
    from simplemma.strategies.dictionaries import DefaultDictionaryFactory

    factory = DefaultDictionaryFactory()
    words: set[str] = set()
    for lang in languages:
        for form, lemma in factory.get_dictionary(lang).items():
            for word in (form, lemma) if lang in FOREIGN_ALL_FORMS else (lemma,):
                word = word.lower()
                if len(word) >= 2 and word.isalpha():
                    words.add(word)
    return sorted(words - {n.lower() for n in not_names})  # index = 1 * ordinary + 2 * proper


def read_wordlist(path: Path) -> tuple[list[str], list[str]]:
    """(ordinary words, proper names) of a one-word-per-line list, each sorted and unique.

    Ordinary words are the lowercase, purely alphabetic entries; proper names are the entries
    that start with a capital (surnames, first names, places, streets, nationalities)."""
    ordinary: set[str] = set()
    proper: set[str] = set()
    with Path(path).open(encoding="utf-8", errors="replace") as fh:
        for line in fh:
            word = line.strip()
            if word.isalpha() and word.islower():
                ordinary.add(word)
            elif word[:1].isupper():
                proper.add(word)
    return sorted(ordinary), sorted(proper)


def _hashes(words: Iterable[str]) -> np.ndarray:
    return np.unique(np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))


def _member(sorted_hashes: np.ndarray, values: np.ndarray) -> np.ndarray:
    if not len(sorted_hashes):
        return np.zeros(len(values), dtype=bool)
    idx = np.searchsorted(sorted_hashes, values)
    idx[idx == len(sorted_hashes)] = 0
    return sorted_hashes[idx] == values


class WordlistTags:
    """Sets ``Token.tag_`` to DL/DC/DB (see the module docstring); trains nothing."""

    def __init__(self, vocab: Vocab, name: str = FACTORY) -> None:
        self.vocab = vocab
        self.name = name
        self.ordinary = np.zeros(0, dtype=np.uint64)
        self.proper = np.zeros(0, dtype=np.uint64)
        self.foreign = np.zeros(0, dtype=np.uint64)
        self._tag_ids = np.array([0] + [vocab.strings.add(t) for t in TAGS[1:]], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        # lets later steps tell "no tag: unknown to the list" from "no list at all"
        doc.user_data[TAGGED_KEY] = bool(len(self.ordinary))
        if not len(doc):
            return doc
        arr = doc.to_array([LOWER, ORTH])
        code = _member(self.ordinary, arr[:, 0]).astype(np.int64)
        code += 2 * _member(self.proper, arr[:, 1])
        doc.from_array([TAG], self._tag_ids[code].reshape(-1, 1))
        if len(self.foreign):
            doc.user_data[FOREIGN_KEY] = frozenset(
                np.flatnonzero(_member(self.foreign, arr[:, 0])).tolist()
            )
        return doc

    def set_words(self, ordinary: Iterable[str], proper: Iterable[str]) -> None:
        self.ordinary = _hashes(ordinary)
        self.proper = _hashes(proper)

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Any]] | None = None,
        *,
        nlp: Language | None = None,
        path: str | None = None,
        foreign_languages: list[str] | None = None,
    ) -> None:
        """Read the word list at ``path`` and, for ``foreign_languages``, simplemma's
        dictionaries minus every Faker first name and surname (training time only; the
        arrays are then saved)."""
        if path:
            self.set_words(*read_wordlist(Path(path)))
        if foreign_languages:
            from pipelines.first_names import person_names

            self.foreign = _hashes(foreign_words(foreign_languages, person_names()))

    # serialisation: two arrays, nothing else
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(
            {
                "ordinary": self.ordinary.tobytes(),
                "proper": self.proper.tobytes(),
                "foreign": self.foreign.tobytes(),
            }
        )

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> WordlistTags:
        msg = srsly.msgpack_loads(data)
        self.ordinary = np.frombuffer(msg["ordinary"], dtype=np.uint64).copy()
        self.proper = np.frombuffer(msg["proper"], dtype=np.uint64).copy()
        self.foreign = np.frombuffer(msg.get("foreign", b""), dtype=np.uint64).copy()
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "wordlist.bin").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> WordlistTags:
        return self.from_bytes((Path(path) / "wordlist.bin").read_bytes())


@Language.factory(FACTORY, default_config={})
def make_wordlist_tags(nlp: Language, name: str) -> WordlistTags:
    return WordlistTags(nlp.vocab, name)
