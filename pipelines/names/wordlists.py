"""The word lists of name detection, read from ``data/<list>/items.txt``.

Why files: a word list is knowledge, not logic. Kept apart from the code (DEDUCE's
``lookup/src/*/items.txt`` layout) a list can be read, reviewed and extended without reading
a regex, and the code says only what it does with the words. Each file opens with ``#``
comment lines that say what the list is and where it comes from; then one entry per line,
which may hold blanks ("van der", "dank je wel"). A list of plain words or phrases is a data
file; an alternation with regex syntax in it (optional endings, escaped dots) stays a pattern
in the code of its rule.

Every list is read once per process (``functools.cache``); a module binds the lists it uses
to constants at import, so the hot paths look up a plain frozenset.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


@cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of ``data/<name>/items.txt`` in file order, comments and blank lines left
    out. The order matters only where the entries become a regex alternation."""
    lines = (DATA / name / "items.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a list as a set, for membership tests."""
    return frozenset(entries(name))


def alternation(name: str) -> str:
    """The entries as a regex alternation in file order; a blank inside an entry matches
    any run of blanks and tabs ("interne notitie" -> ``interne[ \\t]+notitie``). The entries
    are plain words, so nothing needs escaping."""
    return "|".join(entry.replace(" ", r"[ \t]+") for entry in entries(name))


def phrases(name: str) -> frozenset[tuple[str, ...]]:
    """The entries as tuples of words ("dank je wel" -> ``("dank", "je", "wel")``)."""
    return frozenset(tuple(entry.split()) for entry in entries(name))
