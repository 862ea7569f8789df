"""Ordinary Dutch words from the OpenTaal word list (Debian ``wdutch``, BSD / CC-BY 3.0).

Why: the main source of false ``PER`` is a capitalised ordinary word at the start of a line
or sentence ("Bellen", "Lijsttrekker", "Klikgeluid"). The generator writes such openers as
non-entities; the more different words it draws from, the less the model can key on a few
memorised openers. Europeana's vocabulary is 19th-century spelling; OpenTaal is the modern
spelling list with ~358,000 lowercase entries.

Only the lowercase entries are used (never the capitalised ones, which mix surnames, first
names, places and streets). The list is read at training time from the system path and never
copied into the project.
"""

from __future__ import annotations

from pathlib import Path

from pipelines.wordlist_tags import read_wordlist

DEFAULT_WORDLIST = Path("/usr/share/dict/dutch")


def ordinary_words(path: Path = DEFAULT_WORDLIST, min_len: int = 4) -> list[str]:
    """Sorted lowercase alphabetic words of at least ``min_len`` letters; [] without the list."""
    if not path.exists():
        return []
    return [w for w in read_wordlist(path)[0] if len(w) >= min_len]
