"""The literal pieces a regular expression cannot match without: a cheap prefilter.

Why: the request classifier tries dozens of cue patterns per type on every sentence, and
Python's ``re`` tries every branch of an alternation at every position, so a message with no
request in it still costs thousands of searches. Each cue, though, contains words it cannot
match without ("inzage", "verwijder" and "gegevens"). If one of them is missing from the
message, the cue cannot fire there and is skipped — a plain substring test (``in``) instead of
a regex search, with the same result.

A pattern's requirement is a list of clauses; every clause is a set of strings one of which
every match contains ("gegevens" and one of "verwijder", "wis"). The analysis is conservative:
where it cannot prove a piece is required (an optional group, a class of characters, a
lookaround, a folded case), it leaves the piece out, never adding a wrong one.
"""

from __future__ import annotations

import re
import re._constants as c  # the parser's opcode names (stdlib)
import re._parser as p  # the stdlib's own regex parser

#: pieces with fewer letters than this are too common to filter anything out
MIN_LITERAL = 3

Clause = frozenset[str]


def required_clauses(pattern: re.Pattern[str] | str) -> list[Clause]:
    """Clauses every match of ``pattern`` satisfies: for each, the match contains one of its
    strings. An empty list proves nothing. Patterns that fold case (IGNORECASE) get none:
    the text would have to be folded the same way first."""
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if compiled.flags & re.IGNORECASE:
        return []
    return _clauses(p.parse(compiled.pattern, compiled.flags))


def may_match(clauses: list[Clause], text: str) -> bool:
    """Whether ``text`` holds a piece of every clause (if not, the pattern cannot match)."""
    return all(any(piece in text for piece in clause) for clause in clauses)


def _clauses(items: p.SubPattern) -> list[Clause]:
    """The clauses of a sequence: its plain runs, and what its required parts need."""
    found = [frozenset({run}) for run in _literal_runs(items) if _usable({run})]
    for op, arg in items:
        if op is c.BRANCH:
            branch = _one_of([_clauses(b) for b in arg[1]])
            if branch is not None:
                found.append(branch)
        elif op is c.SUBPATTERN:
            if not (arg[1] & re.IGNORECASE):  # "(?i:...)" folds its letters
                found.extend(_clauses(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            found.extend(_clauses(arg[2]))
    return found


def _one_of(branches: list[list[Clause]]) -> Clause | None:
    """One clause for an alternation: each branch's most selective clause, joined; None if a
    branch proves nothing."""
    if not all(branches):
        return None
    return frozenset().union(*(max(b, key=_selectivity) for b in branches))


def _usable(pieces: set[str] | Clause) -> bool:
    """Every piece has MIN_LITERAL characters that are not blanks."""
    return all(len(piece.strip()) >= MIN_LITERAL for piece in pieces)


def _selectivity(pieces: Clause) -> tuple[int, int]:
    """Longer shortest piece (up to six characters: rare enough), then fewer pieces."""
    return (min(6, min(len(piece.strip()) for piece in pieces)), -len(pieces))


def _literal_runs(items: p.SubPattern) -> list[str]:
    """The runs of plain characters in a sequence (a class, group or repeat ends a run)."""
    runs: list[str] = []
    current: list[str] = []
    for op, arg in items:
        if op is c.LITERAL:
            current.append(chr(arg))
            continue
        if op is c.AT:  # \b, ^, $: zero width, the run goes on
            continue
        runs.append("".join(current))
        current = []
    runs.append("".join(current))
    return [r for r in runs if r]
