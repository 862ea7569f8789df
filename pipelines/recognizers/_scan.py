"""Fast candidate scans for the slow recognizers' patterns.

Several recognizers need the ``regex`` module (``\\m``, ``\\p{L}``, variable-length
lookbehind), which tries every position of a text. The helpers here let the standard ``re`` find
the few places where such a pattern can start, so that the exact pattern only runs there, and
build trie-factored alternations of long word lists.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex as re


class CandidateScan:
    """A compiled pattern tried only at the start positions a cheap scan proposes.

    The patterns of the slow recognizers need the ``regex`` module (``\\m``, ``\\p{L}``,
    variable-length lookbehind), which tries every position of the text at about 100 ns a
    character. Most of them can only start at a cue word or before a rare shape, which the
    standard ``re`` finds several times faster. ``candidates(text)`` yields, in ascending
    order, a superset of the positions where a match can start (each may repeat); the
    pattern itself is then tried there with ``match``, so the matches are exactly those of
    ``pattern.finditer`` (no pattern here matches the empty string). ``candidates`` may
    return None for a text it cannot prefilter: the pattern then scans it all. Everything else
    (``groupindex``, ``fullmatch``) is the pattern's own."""

    def __init__(self, pattern: Any, candidates: Callable[[str], Iterable[int] | None]) -> None:
        self.pattern = pattern
        self.candidates = candidates

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def finditer(self, text: str) -> Iterator[Any]:
        """The non-overlapping matches, left to right, like ``pattern.finditer(text)``."""
        candidates = self.candidates(text)
        if candidates is None:
            return self.pattern.finditer(text)
        return self._matches_at(text, candidates)

    def _matches_at(self, text: str, candidates: Iterable[int]) -> Iterator[Any]:
        pos = 0
        match_at = self.pattern.match
        for start in candidates:
            if start < pos:
                continue
            match = match_at(text, start)
            if match is None:
                pos = start + 1
            else:
                yield match
                pos = match.end() if match.end() > start else start + 1


def starts_of(prefilter: std_re.Pattern[str]) -> Callable[[str], Iterator[int]]:
    """Candidates: every position where ``prefilter`` matches, overlapping ones included."""

    def candidates(text: str) -> Iterator[int]:
        search = prefilter.search
        found = search(text)
        while found is not None:
            yield found.start()
            found = search(text, found.start() + 1)

    return candidates


#: characters that IGNORECASE matches with an ASCII letter but ``str.lower`` does not turn into it
_CASE_ODD = {ord("İ"): "i", ord("ı"): "i", ord("ſ"): "s"}


def lowered_starts(prefilter: std_re.Pattern[str]) -> Callable[[str], Iterator[int] | None]:
    """Candidates for a case-insensitive pattern: where the lowercase ``prefilter`` matches
    ``text.lower()``.

    ``re`` skips through a text fast only with case-sensitive literals (with IGNORECASE it
    tries every position), so the text is lowercased instead, with the letters that
    IGNORECASE folds to ASCII (``İ``, ``ı``, ``ſ``) mapped first. Should lowering still move
    positions, there is no prefilter (None).
    """
    scan = starts_of(prefilter)

    def candidates(text: str) -> Iterator[int] | None:
        low = lowered(text)
        return scan(low) if low is not None else None

    return candidates


_ODD_CHARS = tuple(chr(odd) for odd in _CASE_ODD)
#: the last text lowered and its lowercase form: a recognizer's patterns each ask for the
#: same message's lowercase in turn, so one ``lower()`` serves them all
_last_lowered: list[str | None] = [None, None]


def lowered(text: str) -> str | None:
    """``text`` in lowercase with the same positions (the letters IGNORECASE folds to ASCII
    mapped first), or None when lowering would move positions."""
    if _last_lowered[0] is text:
        return _last_lowered[1]
    folded = text.translate(_CASE_ODD) if any(odd in text for odd in _ODD_CHARS) else text
    low = folded.lower()
    result = low if len(low) == len(text) else None
    _last_lowered[0], _last_lowered[1] = text, result
    return result


def trie_regex(terms: tuple[str, ...], fold: bool = True) -> str:
    """One regex for many literal terms, factored as a trie; spaces match any blank.

    A flat alternation of a hundred words is tried word by word at every position; the trie
    shares prefixes, which makes the scan about ten times faster. ``fold`` lowercases the
    terms (for case-insensitive patterns); keep it off for case-sensitive names (parties).
    """
    trie: dict[str, dict] = {}
    for term in terms:
        node = trie
        for ch in term.lower() if fold else term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        branches = [
            (r"[ \t]+" if ch == " " else re.escape(ch)) + build(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)
