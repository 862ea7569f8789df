"""What the messages of one conversation share, kept without a single raw value.

A reader of a redacted thread must be able to follow it: ``[PERSOON-1]`` is the same person in
every message, whether the thread arrives as one mail with quoted history, as ten webhook
calls over a week, or across a restart of the service. And a name found once (a signature)
must be found again where no cue or model would be sure (a quoted "Hoi Karin").

Both need memory of earlier values, but the service may keep nothing raw at rest. So the
memory holds only keyed digests (HMAC-SHA256 under a key the caller owns) of

- each redacted value, normalised as the anonymizer compares values, with its number;
- the short forms of each full person name (first name, surname), pointing at its number, so
  that "Groet, Karin" after "Karin de Boer" gets the same ``[PERSOON-n]``;
- the spellings under which a person name may recur (see :mod:`pipelines.names`), so that a
  later message can be searched for them by digesting its candidate spans.

The raw names found in this process stay in :attr:`Conversation.names` (memory only) for the
rules that need the words themselves; :meth:`Conversation.new_entries` is what may be stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.anonymize import PLACEHOLDER_LABELS, normalise
from pipelines.names import find_mentions, mention_spellings, name_variants, not_a_person_here

#: kinds of memory entries
VALUE = "value"  # a redacted value and its placeholder number
VARIANT = "variant"  # a short form of a full person name, with that name's number
MENTION = "mention"  # a spelling under which a person name may recur (no number)
KINDS = (VALUE, VARIANT, MENTION)

#: the longest spelling, in words, searched for by digest ("Anne-Marie van der Linden-Smit")
MAX_MENTION_WORDS = 7
#: mention entries of this type digest a spelling's first word: a later message digests the
#: longer runs only where a remembered first word stands
START = "PERSON_START"
#: the value of the one START entry that says every mention of the conversation has its first
#: word remembered (a conversation begun before first words were kept has not)
_ALL_STARTS = "\x1fall mentions have their first word"
#: a piece of a name as it stands in text: letters, digits, apostrophes, hyphens, dots
_PIECE = re.compile(r"[\w'’.\-]+")
#: the boundaries a mention must have, as :func:`pipelines.names.find_mentions` requires
_BAD_BEFORE = re.compile(r"[\w@./\-]")
_BAD_AFTER = re.compile(r"[\w@\-]|\.\w")
_TRAILING = ".'’"


@dataclass(frozen=True)
class MemoryEntry:
    """One remembered fact: a digest, what kind of fact, and its placeholder number."""

    kind: str
    entity_type: str
    digest: str
    number: int | None = None


class Conversation:
    """Placeholder numbers and known names of one conversation.

    ``key`` digests every remembered value; give the same key and the stored ``entries`` to
    continue a conversation in another process or after a restart. Without a key (the command
    line, where the conversation lives and dies in memory) a random one is used.
    """

    def __init__(self, key: bytes | None = None, entries: Iterable[MemoryEntry] = ()) -> None:
        self._key = key if key is not None else secrets.token_bytes(32)
        self._numbers: dict[tuple[str, str], int] = {}
        self._variants: dict[str, int] = {}
        self._mentions: set[str] = set()
        #: the mention digests of earlier processes: the only names not also in :attr:`names`
        self._stored_mentions: set[str] = set()
        #: digests of the first words of all mentions (see :data:`START`)
        self._starts: set[str] = set()
        self._counts: Counter[str] = Counter()
        self._new: list[MemoryEntry] = []
        #: person names found in this process (memory only, never in :meth:`new_entries`)
        self.names: set[str] = set()
        for entry in entries:
            self._remember(entry)
        self._stored_mentions = set(self._mentions)
        self._stored_starts = set(self._starts)
        #: every stored mention has its first word stored: search from first words
        self._search_by_start = self._digest(MENTION, START, _ALL_STARTS) in self._stored_starts
        #: keep first words (a fresh conversation, or one that kept them all so far)
        self._all_starts = self._search_by_start or not self._stored_mentions

    # -- placeholders ----------------------------------------------------------------------

    def placeholder(self, entity_type: str, value: str) -> str:
        """``[LABEL-N]``: the same value gets the same N within this conversation; a first
        name or surname gets the number of the full name it belongs to."""
        label = PLACEHOLDER_LABELS.get(entity_type, entity_type)
        return f"[{label}-{self.number(entity_type, value)}]"

    def number(self, entity_type: str, value: str) -> int:
        """The placeholder number of ``value``, assigning the next one to a new value."""
        normalised = normalise(entity_type, value)
        digest = self._digest(VALUE, entity_type, normalised)
        number = self._numbers.get((entity_type, digest))
        if number is not None:
            return number
        variants: set[str] = set()
        if entity_type == "PERSON":
            number = self._variants.get(self._digest(VARIANT, entity_type, normalised))
            variants = {normalise(entity_type, v) for v in name_variants(value)} - {normalised}
            if number is None:
                number = self._number_of_short_form(variants)
        if number is None:
            number = self._counts[entity_type] + 1
        self._add(MemoryEntry(VALUE, entity_type, digest, number))
        for variant in sorted(variants):
            variant_digest = self._digest(VARIANT, entity_type, variant)
            if variant_digest not in self._variants:
                self._add(MemoryEntry(VARIANT, entity_type, variant_digest, number))
        return number

    def _number_of_short_form(self, variants: set[str]) -> int | None:
        """A full name whose first name or surname was numbered on its own before ("Karin",
        then "Karin de Boer") takes that number, unless a full name already claimed it."""
        claimed = set(self._variants.values())
        for variant in sorted(variants):
            number = self._numbers.get(("PERSON", self._digest(VALUE, "PERSON", variant)))
            if number is not None and number not in claimed:
                return number
        return None

    # -- names -----------------------------------------------------------------------------

    def learn_names(self, names: Iterable[str]) -> None:
        """Remember person names so that they are found again later in the conversation."""
        for name in names:
            if name in self.names:
                continue
            self.names.add(name)
            for spelling in mention_spellings(name):
                digest = self._digest(MENTION, "PERSON", spelling)
                if digest not in self._mentions:
                    self._add(MemoryEntry(MENTION, "PERSON", digest))
                if self._all_starts:
                    self._add_start(spelling.split(" ", 1)[0])
            if self._all_starts:
                self._add_start(_ALL_STARTS)

    def find_mentions(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans of ``text`` where a known name recurs, outside the ``taken`` spans: names of
        this process by their words, names of earlier processes by digest."""
        found = find_mentions(text, self.names, taken)
        if not self._stored_mentions:
            return found  # every name known is one of this process's, found above by its words
        blocked = list(taken) + found
        for start, end in self._digested_mentions(text):
            if any(start < b and a < end for a, b in blocked):
                continue
            if not_a_person_here(text, start, end):
                continue
            blocked.append((start, end))
            found.append((start, end))
        return sorted(found)

    def _digested_mentions(self, text: str) -> list[tuple[int, int]]:
        """Candidate spans (runs of up to :data:`MAX_MENTION_WORDS` words joined by single
        spaces, with a mention's boundaries) whose digest is a spelling remembered from an
        earlier process; the longest wins at each start. (This process's names are found by
        their words: digesting every candidate span costs a quarter of a message's time.)"""
        pieces = [m.span() for m in _PIECE.finditer(text)]
        spans: list[tuple[int, int]] = []
        covered_to = 0
        for index, (piece_start, piece_end) in enumerate(pieces):
            for start in _starts(text, piece_start, piece_end):
                if start < covered_to or (start and _BAD_BEFORE.match(text, start - 1)):
                    continue
                best = self._longest_mention(text, start, pieces, index)
                if best is not None:
                    spans.append((start, best))
                    covered_to = best
                    break
        return spans

    def _add_start(self, word: str) -> None:
        digest = self._digest(MENTION, START, word)
        if digest not in self._starts:
            self._add(MemoryEntry(MENTION, START, digest))

    def _starts_a_mention(self, text: str, start: int, piece_end: int) -> bool:
        """Whether the word at ``start`` is the first word of a remembered spelling (always
        True when the conversation did not keep first words)."""
        if not self._search_by_start:
            return True
        words = {text[start:piece_end], *(text[start:end] for end in _ends(text, start, piece_end))}
        return any(self._digest(MENTION, START, w) in self._stored_starts for w in words)

    def _longest_mention(
        self, text: str, start: int, pieces: list[tuple[int, int]], index: int
    ) -> int | None:
        """The end of the longest remembered spelling starting at ``start`` in piece
        ``index``, or None."""
        if not self._starts_a_mention(text, start, pieces[index][1]):
            return None
        best = None
        last = index
        while last < len(pieces) and last - index < MAX_MENTION_WORDS:
            if last > index and text[pieces[last - 1][1] : pieces[last][0]] != " ":
                break
            for end in _ends(text, start, pieces[last][1]):
                if self._digest(MENTION, "PERSON", text[start:end]) in self._stored_mentions:
                    best = end
                    break
            last += 1
        return best

    # -- memory ----------------------------------------------------------------------------

    def new_entries(self) -> list[MemoryEntry]:
        """What this process learned, as digests and numbers only: safe to store."""
        return list(self._new)

    def _add(self, entry: MemoryEntry) -> None:
        self._remember(entry)
        self._new.append(entry)

    def _remember(self, entry: MemoryEntry) -> None:
        if entry.kind == VALUE and entry.number is not None:
            self._numbers[(entry.entity_type, entry.digest)] = entry.number
            self._counts[entry.entity_type] = max(self._counts[entry.entity_type], entry.number)
        elif entry.kind == VARIANT and entry.number is not None:
            self._variants.setdefault(entry.digest, entry.number)
        elif entry.kind == MENTION and entry.entity_type == START:
            self._starts.add(entry.digest)
        elif entry.kind == MENTION:
            self._mentions.add(entry.digest)
        else:
            raise ValueError(f"unknown memory entry kind {entry.kind!r}")

    def _digest(self, kind: str, entity_type: str, value: str) -> str:
        message = f"{kind}\x1f{entity_type}\x1f{value}".encode("utf-8", "surrogatepass")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _starts(text: str, start: int, end: int) -> list[int]:
    """Where a mention may start in the piece ``text[start:end]``: at the piece, or after an
    opening quote ("'Karin'"), as a particle like "'t" starts with one itself."""
    starts = [start]
    while start < end - 1 and text[start] in "'’":
        start += 1
        starts.append(start)
    return starts


def _ends(text: str, start: int, end: int) -> list[int]:
    """Where a mention starting at ``start`` may end inside the piece ending at ``end``: the
    piece whole, or without a closing full stop or apostrophe ("… met Karin.")."""
    ends = []
    while end > start:
        if not _BAD_AFTER.match(text, end):
            ends.append(end)
        if text[end - 1] not in _TRAILING:
            break
        end -= 1
    return ends
