"""What the review pages need besides SQL: where findings stand in the redacted text, the
checks on a reviewer's span, the errors they raise, and the register's dashboard numbers.

Pure functions only (no database, no I/O): :class:`bot.store.store.Store` calls them inside
its transactions, and the web layer may call the register helpers on ``Register.list()``.

Why the layout is worked out here and not stored: the audit log records every finding at its
offsets in the ORIGINAL text (that is what the pipeline reports, and the original is gone).
The redacted text is the original with each redacted finding replaced by a placeholder, in
text order, so walking the findings and matching each placeholder where it must stand gives
both directions of the mapping - where a finding shows in the redacted text now, and where a
reviewer's span in the redacted text lay in the original - without ever rewriting audit rows.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from bot.store.errors import StoreError

REDACT = "redact"
KEEP = "keep"

#: A reviewer's redaction in the audit log: who found it, how sure, and why.
REVIEWER_RECOGNIZER = "reviewer"
REVIEWER_SCORE = 1.0
MISSED_REASON = "gemist bij review"
DEFAULT_MISSED_TYPE = "PERSON"

#: The longest span a reviewer may redact at once: a name, an address or an IBAN fits; a
#: whole paragraph is a sign of a mis-selection (and would make an odd regression case).
MAX_MISSED_CHARS = 200
#: The message list shows about this much of each text.
SNIPPET_CHARS = 200
#: The most redacted text around a span that one exported regression case carries.
CONTEXT_CHARS = 500
#: The largest page of the message list.
MAX_PAGE = 500
MAX_ACTOR_CHARS = 200
MAX_NOTE_CHARS = 2000

#: ``[PERSOON-1]``, ``[E-MAILADRES-2]``, ``[IP_ADDRESS-1]`` (a type without a Dutch label
#: keeps its own name, see ``pipelines.anonymize.Conversation.placeholder``).
PLACEHOLDER = re.compile(r"\[[A-Z][A-Z0-9_-]*-[0-9]+\]")
#: What a kept IP address becomes when the policy truncates it (``pipelines.anonymize.
#: truncate_ip``): a /16 or /48 network, or the bare label when it did not parse.
TRUNCATED_IP = re.compile(r"IP-ADRES|[0-9A-Fa-f:.]+/(?:16|48)")


# -- errors ----------------------------------------------------------------------------------


class ReviewError(StoreError):
    """A review action could not be done; the message never quotes message text."""


class ReviewValueError(ReviewError, ValueError):
    """An argument that can never be accepted (unknown type, empty actor, bad date...)."""


class InvalidSpanError(ReviewValueError):
    """A span a reviewer marked as missed that cannot be redacted; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"cannot redact this span: {reason}")
        self.reason = reason


class UnknownMessageError(ReviewError, LookupError):
    """No stored message has this id."""


class UnknownFindingError(ReviewError, LookupError):
    """The message has no finding with this id."""


# -- where findings stand in the redacted text -----------------------------------------------


class FindingLike(Protocol):
    """The parts of an audit row the layout needs (a row mapping is adapted to it)."""

    @property
    def id(self) -> int: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def action(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    entity_type: str
    start: int
    end: int
    action: str


def as_findings(rows: Iterable[Mapping[str, Any]]) -> list[_Row]:
    """Audit rows as read from SQLite, in the shape :func:`layout` takes."""
    return [
        _Row(row["id"], row["entity_type"], row["start"], row["end"], row["action"]) for row in rows
    ]


@dataclass(frozen=True, slots=True)
class Layout:
    """Where one message's findings stand in its redacted text.

    ``spans`` maps a finding id to its span in the redacted text (None when the text does not
    show the finding where the audit rows say it must be). ``replaced`` lists the spans that
    differ from the original - placeholders and truncated IP addresses - with how much longer
    each is than the original it replaced. From ``unknown_from`` on (a redacted-text offset)
    the text cannot be mapped back to the original; None when all of it can.
    """

    spans: dict[int, tuple[int, int] | None]
    replaced: tuple[tuple[int, int, int], ...]
    unknown_from: int | None

    def to_original(self, start: int, end: int) -> tuple[int, int] | None:
        """The original-text offsets of a redacted-text span that overlaps no replacement.

        None when the span lies where the mapping is unknown.
        """
        if self.unknown_from is not None and end > self.unknown_from:
            return None
        shift = sum(growth for _, r_end, growth in self.replaced if r_end <= start)
        return start - shift, end - shift


def layout(text: str, findings: Sequence[FindingLike]) -> Layout:
    """Walk the findings in original-text order and find each one in ``text``.

    A redacted finding must show as a placeholder at its original start moved by what the
    earlier replacements added; a kept IP address may show truncated; any other kept finding
    shows unchanged. The first finding that does not fit ends the walk: every later offset
    would be a guess, and a guess here would redact or highlight the wrong words.
    """
    spans: dict[int, tuple[int, int] | None] = {}
    replaced: list[tuple[int, int, int]] = []
    growth = 0
    unknown_from: int | None = None
    for finding in sorted(findings, key=lambda f: (f.start, f.end, f.id)):
        position = finding.start + growth
        length = finding.end - finding.start
        if unknown_from is not None:
            spans[finding.id] = None
            continue
        match = None
        if finding.action == REDACT:
            match = PLACEHOLDER.match(text, position)
            if match is None:
                unknown_from = max(0, min(position, len(text)))
                spans[finding.id] = None
                continue
        elif finding.entity_type == "IP_ADDRESS":
            match = TRUNCATED_IP.match(text, position)
        if match is not None:
            spans[finding.id] = (position, match.end())
            extra = match.end() - position - length
            replaced.append((position, match.end(), extra))
            growth += extra
        elif position >= 0 and position + length <= len(text):
            spans[finding.id] = (position, position + length)
        else:
            unknown_from = max(0, min(position, len(text)))
            spans[finding.id] = None
    return Layout(spans, tuple(replaced), unknown_from)


def check_missed_span(text: str, start: int, end: int, found: Layout) -> tuple[int, int]:
    """The span a reviewer marked, trimmed of surrounding whitespace, or InvalidSpanError.

    Whitespace is trimmed because a mouse selection often takes the space after a name with
    it, and redacting that space would glue the placeholder to the next word. Refused: an
    empty span, one outside the text, one longer than :data:`MAX_MISSED_CHARS`, one that
    overlaps a placeholder (already redacted) or a finding the policy kept on purpose (a
    policy question, not a missed value), and one the audit rows cannot place in the original.
    """
    for offset in (start, end):
        if isinstance(offset, bool) or not isinstance(offset, int):
            raise InvalidSpanError("start and end must be integers")
    if start < 0 or end > len(text) or end < start:
        raise InvalidSpanError("the span lies outside the text")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InvalidSpanError("the span is empty")
    if end - start > MAX_MISSED_CHARS:
        raise InvalidSpanError(f"the span is longer than {MAX_MISSED_CHARS} characters")
    for token in PLACEHOLDER.finditer(text):
        if token.start() < end and start < token.end():
            raise InvalidSpanError("the span overlaps an existing placeholder")
    replaced = {(r_start, r_end) for r_start, r_end, _ in found.replaced}
    for span in found.spans.values():
        if span is not None and span[0] < end and start < span[1]:
            if span in replaced:
                raise InvalidSpanError("the span overlaps an existing placeholder")
            raise InvalidSpanError("the span overlaps a finding the policy kept on purpose")
    return start, end


# -- text for the pages and the export -------------------------------------------------------


def snippet(head: str, total_length: int, limit: int = SNIPPET_CHARS) -> str:
    """The start of a text for a list row: whitespace collapsed, cut at ``limit`` characters
    but never inside a placeholder (half of ``[PERSOON-12]`` reads like text), with an
    ellipsis when something was left out. ``head`` is the text's first ``limit + 40`` or so
    characters; ``total_length`` the length of the whole text."""
    flat = " ".join(head.split())
    if len(flat) <= limit and total_length <= len(head):
        return flat
    cut = limit
    for token in PLACEHOLDER.finditer(flat):
        if token.start() < cut < token.end():
            cut = token.start()
            break
    return flat[:cut].rstrip() + "…"


def context_window(
    text: str, start: int, end: int, size: int = CONTEXT_CHARS
) -> tuple[str, int, int]:
    """At most ``size`` characters of ``text`` around ``start:end``, and the span's offsets
    in that window; placeholders cut by the window's edges are left out whole."""
    if len(text) <= size:
        return text, start, end
    room = max(0, size - (end - start))
    left = max(0, start - room // 2)
    right = min(len(text), left + size)
    left = max(0, min(left, right - size))
    for token in PLACEHOLDER.finditer(text, max(0, left - 64), min(len(text), right + 64)):
        if token.start() < left < token.end() and token.end() <= start:
            left = token.end()
        if token.start() < right < token.end() and token.start() >= end:
            right = token.start()
    return text[left:right], start - left, end - left


# -- argument checks ---------------------------------------------------------------------------


def check_actor(actor: str) -> str:
    """The reviewer's name as recorded: required, because feedback without a name cannot
    be followed up or weighed."""
    if not isinstance(actor, str) or not actor.strip():
        raise ReviewValueError("actor must be a non-empty string")
    actor = actor.strip()
    if len(actor) > MAX_ACTOR_CHARS:
        raise ReviewValueError(f"actor must be at most {MAX_ACTOR_CHARS} characters")
    return actor


def check_note(note: str | None) -> str | None:
    """An optional remark; empty means none."""
    if note is None:
        return None
    if not isinstance(note, str):
        raise ReviewValueError("note must be a string or None")
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise ReviewValueError(f"note must be at most {MAX_NOTE_CHARS} characters")
    return note or None


def placeholder_label(entity_type: str) -> str:
    """The Dutch placeholder word of an entity type (``PERSON`` -> ``PERSOON``).

    Imported from the pipeline on first use, so there is one list of labels and the store
    does not load the anonymizer (and Presidio with it) until a reviewer redacts something.
    """
    from pipelines.anonymize import PLACEHOLDER_LABELS

    if not isinstance(entity_type, str) or entity_type not in PLACEHOLDER_LABELS:
        raise ReviewValueError("unknown entity type")
    return PLACEHOLDER_LABELS[entity_type]


def day_bound(value: str | date | None, name: str) -> date | None:
    """An ISO date (``YYYY-MM-DD``) or a date, for the list's inclusive date filters."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ReviewValueError(f"{name} must be an ISO date (YYYY-MM-DD)")


def like_pattern(text: str) -> str:
    """``text`` as a LIKE pattern that matches it anywhere, its ``%``, ``_`` and ``\\``
    taken literally (use with ``ESCAPE '\\'``)."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# -- dashboard numbers ------------------------------------------------------------------------


def week_start(day: date) -> date:
    """The Monday of ``day``'s ISO week."""
    return day - timedelta(days=day.weekday())


def week_starts(weeks: int, today: date) -> list[date]:
    """The Mondays of the last ``weeks`` ISO weeks, oldest first, this week last."""
    this_week = week_start(today)
    return [this_week - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def weekly_stacks(
    counts: Iterable[tuple[str, str, int]], weeks: int, today: date
) -> tuple[list[str], dict[str, list[float]]]:
    """Sparse (week start, entity type, count) rows as the stacked chart wants them: every
    week of the window as a category (empty weeks too, or the time axis would lie) and one
    list per entity type, most redacted type first."""
    categories = [monday.isoformat() for monday in week_starts(weeks, today)]
    index = {week: position for position, week in enumerate(categories)}
    stacks: dict[str, list[float]] = {}
    for week, entity_type, count in counts:
        if week in index:
            stacks.setdefault(entity_type, [0.0] * len(categories))[index[week]] += count
    ordered = sorted(stacks.items(), key=lambda item: (-sum(item[1]), item[0]))
    return categories, dict(ordered)


class RequestLike(Protocol):
    """What the register helpers read from a ``bot.store.register.RequestRecord``."""

    @property
    def received_at(self) -> str: ...
    @property
    def closed_at(self) -> str | None: ...
    @property
    def deadline(self) -> str: ...
    @property
    def is_open(self) -> bool: ...


def median_days_to_close(records: Iterable[RequestLike]) -> float | None:
    """The median number of days (fractional) from receipt to closing of the closed
    requests; None when none is closed. The median, not the mean: one request that waited
    months for an identity check should not hide that most are done in days."""
    durations = [
        (datetime.fromisoformat(r.closed_at) - datetime.fromisoformat(r.received_at))
        / timedelta(days=1)
        for r in records
        if r.closed_at is not None
    ]
    return statistics.median(durations) if durations else None


def overdue_count(records: Iterable[RequestLike], now: datetime) -> int:
    """Open requests whose deadline (the extended one where there is one) has passed."""
    if now.tzinfo is None:
        raise ValueError("now must be an aware datetime")
    return sum(1 for r in records if r.is_open and datetime.fromisoformat(r.deadline) < now)
