"""One cue rule: a regex that captures a candidate name, and the checks only that cue needs.

Why objects: each cue has its own evidence ("Van: X <x@...>" is no person when the address
is ``info@``; "Top X," names X only before a comma). A rule keeps its pattern and its own
``accept`` together, so a new cue is one object in its family's module, not a branch in a
chain of ``if rule.name == ...``. What every candidate must pass whatever its cue (the words
of a name, no company beside it) is in ``pipelines.names.judge``.
"""

from __future__ import annotations

import re as std_re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

import regex as re

from pipelines.names.words import FOLLOW

if TYPE_CHECKING:
    from pipelines.names.message import Message

#: characters that ``regex`` matches case-insensitively to a cue letter but that do not lowercase
#: to it (or not to one character); a test checks this list against all of Unicode
CASE_TRAPS = frozenset("İſ\U0001df95")  # the last matches the "ß" of "Grüße"
#: what may follow a name that ends its line: a role or company after a separator
_LINE_TAIL = re.compile(r"[ \t]*(?:[|,–—(]|-[ \t]|[.!][ \t]*$)")
#: what may follow a label value or an introduced name
_BOUNDARY = re.compile(r"[ \t]*(?:[,()|;:!?–—\"'’]|-[ \t]|\.(?!\w))")


def rx(pattern: str) -> re.Pattern[str]:
    """Cue words in any case; the name parts switch case-insensitivity off with ``(?-i:)``."""
    return re.compile(pattern, re.IGNORECASE | re.MULTILINE)


def cue(pattern: str) -> std_re.Pattern[str]:
    """Where a rule's match may start, as a standard-library regex over the lowercased text.

    Scanning a whole message with a ``regex`` pattern that opens on a large case-insensitive
    alternation is slow; the standard library scans lowercase literals several times faster.
    A cue must match at *every* position where the rule's regex can match (it may match at more:
    the rule's regex has the last word), so it is the rule's opening with everything that
    narrows it dropped or loosened. Its lookbehinds exclude only ASCII word characters, which are
    word characters for ``regex`` too.
    """
    if pattern != pattern.lower():
        raise ValueError(f"a cue runs over lowercased text, so it must be lowercase: {pattern!r}")
    return std_re.compile(pattern, std_re.MULTILINE)


class Candidate(NamedTuple):
    """A rule's match after judging: the kept name words and where they stand."""

    text: str
    match: re.Match[str]
    #: where the kept name words start and end in ``text``
    start: int
    end: int
    words: list[str]
    #: the name is typed in lowercase
    lowercase: bool
    message: Message


@dataclass(frozen=True)
class Rule:
    """One cue: a regex whose group ``name`` is the candidate name, and how to judge it.

    A family of cues subclasses this to add its own :meth:`accept` (and, rarely,
    :meth:`follows` or :meth:`anchor_ok`); a cue without checks of its own is a plain
    ``Rule``.
    """

    name: str
    regex: re.Pattern[str]
    score: float
    #: lowercase names accepted after this cue
    lowercase: bool = False
    #: what must follow the name: "any", "boundary" (punctuation, line end, or a full name)
    #: or "line" (the name ends its line, a role after a separator may follow)
    follow: str = "any"
    #: a lone word here is checked against the message's domain names (greetings, intros)
    weak: bool = False
    #: a cheap regex for what follows the name; the name is then searched just before it. It
    #: runs over the lowercased text (see :meth:`candidates`), so it is written in lowercase
    anchor: std_re.Pattern[str] | None = None
    #: where a match can start: ``regex`` is tried only where this cheap standard-library
    #: pattern matches the lowercased text (see :func:`cue`); None scans with ``regex``
    #: throughout
    cue: std_re.Pattern[str] | None = None
    #: for a rule whose matches never span lines: ``regex`` scans only the lines in which this
    #: cue matches (the lowercased text); used where a match's start has no cheap cue
    line_cue: std_re.Pattern[str] | None = None
    #: lowercase strings of which one must be in the text for the rule to run at all
    needs: tuple[str, ...] = ()
    #: a lowercase name after this cue has at least this many words ("klant: siem meersman")
    min_lowercase_words: int = 1
    #: a one-word name found here is looked for elsewhere in the message; not after a title,
    #: where one word is a surname ("Garage Verhaegen" is no person)
    repeats_lone_word: bool = True

    # --- finding candidates ---------------------------------------------------------------
    def candidates(self, text: str, lowered: str | None) -> Iterable[re.Match[str]]:
        """The rule's matches, the same as ``self.regex.finditer(text)`` would give.

        With a cue (and the lowercased text to run it on) ``regex`` is tried only where the cue
        matches, left to right, going on after each match's end as ``finditer`` does: the cue
        matches wherever ``regex`` could, so nothing is missed. An anchored rule looks for its
        name only before each anchor that :meth:`anchor_ok` lets through.
        """
        if self.anchor is None:
            if lowered is None or (self.cue is None and self.line_cue is None):
                yield from self.regex.finditer(text)
                return
            if self.line_cue is not None:
                yield from self._in_lines(text, lowered)
                return
            assert self.cue is not None
            search, match_at = self.cue.search, self.regex.match
            pos = 0
            while (hit := search(lowered, pos)) is not None:
                match = match_at(text, hit.start())
                if match is None:
                    pos = hit.start() + 1
                else:
                    yield match
                    pos = match.end()  # a name is never empty, so this moves on
            return
        if lowered is None:  # İ or ſ in the text: the anchor runs over the text itself
            anyway = std_re.compile(self.anchor.pattern, self.anchor.flags | std_re.IGNORECASE)
            anchors = anyway.finditer(text)
        else:
            anchors = self.anchor.finditer(lowered)
        for anchor in anchors:
            if not self.anchor_ok(anchor):
                continue
            match = self.regex.search(text, max(0, anchor.start() - 80), anchor.start())
            if match is not None:
                yield match

    def _in_lines(self, text: str, lowered: str) -> Iterable[re.Match[str]]:
        """``self.regex.finditer`` over the lines that ``self.line_cue`` finds, in order.

        Each line is scanned with its newline (what a lookahead at the line end sees) and with
        the text before it visible to lookbehinds, so a match is the one a full scan gives.
        """
        assert self.line_cue is not None
        line_end = -1
        for hit in self.line_cue.finditer(lowered):
            if hit.start() <= line_end:
                continue  # this line has been scanned
            line_start = lowered.rfind("\n", 0, hit.start()) + 1
            line_end = lowered.find("\n", hit.start())
            if line_end == -1:
                yield from self.regex.finditer(text, line_start)
                return
            yield from self.regex.finditer(text, line_start, line_end + 1)

    def anchor_ok(self, anchor: std_re.Match[str]) -> bool:
        """Whether an anchor found in the text opens a search for the name before it."""
        return True

    # --- judging a candidate --------------------------------------------------------------
    def follows(self, found: Candidate) -> bool:
        """What follows the name fits the cue (a label value ends there, a closing line ends)."""
        line = found.text[found.end : found.end + 40].split("\n", 1)[0]
        stripped = line.strip()
        if self.follow == "line":
            if not stripped:
                return True
            if found.lowercase:
                return stripped.startswith(",")
            return bool(_LINE_TAIL.match(line))
        boundary = not stripped or bool(_BOUNDARY.match(line))
        if found.lowercase:
            if boundary:
                return True
            nxt = stripped.split()[0].lower().strip(".,!?") if stripped else ""
            return nxt in FOLLOW
        if self.follow == "boundary":
            return boundary or len(found.words) >= 2 or self.remark_follows(found, stripped)
        return True

    def remark_follows(self, found: Candidate, rest_of_line: str) -> bool:
        """For a "boundary" rule: a one-word name may still be followed by a remark."""
        return False

    def accept(self, found: Candidate) -> bool:
        """The check that only this cue needs; True when it has none."""
        return True
