"""The work on the start page: messages since the reviewer's previous visit, and the privacy
requests that are overdue or due within a week.

Why a query of its own: the message list (:meth:`bot.store.store.Store.search_messages`)
filters on whole days, and "since your last visit" is a moment — a reviewer who looked at
noon must not see the morning's messages again. The query is read-only and runs on a
connection of its own (``mode=ro``), as the architecture has readers do: it never waits for
or blocks the store's single writer (WAL), and cannot change a row even by mistake. Only
redacted text is read; the originals do not exist.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store.db import BUSY_TIMEOUT_MS
from bot.store.models import MessageSummary
from bot.store.register import Register, RequestRecord
from bot.store.review import SNIPPET_CHARS, snippet

__all__ = ["DUE_WITHIN_DAYS", "FIRST_VISIT_DAYS", "NewMessages", "due_requests", "new_messages"]

#: "Due soon" on the start page: the deadline falls within this many days.
DUE_WITHIN_DAYS = 7
#: On a first visit there is no "since": the start page shows this many days back.
FIRST_VISIT_DAYS = 7
#: At most this many new messages are listed; the rest are a link to the full list.
SHOWN = 20


@dataclass(frozen=True, slots=True)
class NewMessages:
    """The newest messages after ``since`` (at most :data:`SHOWN`) and how many there are."""

    since: datetime
    rows: list[MessageSummary]
    total: int


def _stamp(moment: datetime) -> str:
    """As the store writes ``created_at`` (fixed width, UTC): text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _connect(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.row_factory = sqlite3.Row
    return conn


def new_messages(store_file: Path, since: datetime, limit: int = SHOWN) -> NewMessages:
    """Messages stored after ``since`` (timezone-aware), newest first, from the store file.

    A store that does not exist yet has no messages. Blocking: call it in a worker thread.
    """
    if not store_file.is_file():
        return NewMessages(since, [], 0)
    head = SNIPPET_CHARS + 40
    conn = _connect(store_file)
    try:
        conn.execute("BEGIN")  # the count and the rows from one snapshot
        total = conn.execute(
            "SELECT count(*) FROM messages WHERE created_at > ?", [_stamp(since)]
        ).fetchone()[0]
        rows = conn.execute(
            "SELECT m.id, m.conversation_id, m.channel, m.created_at, m.status,"
            f" m.request_type, substr(m.text_redacted, 1, {head}) AS head,"
            " length(m.text_redacted) AS length,"
            " (SELECT count(*) FROM findings f WHERE f.message_id = m.id) AS finding_count"
            " FROM messages m WHERE m.created_at > ?"
            " ORDER BY m.created_at DESC, m.rowid DESC LIMIT ?",
            [_stamp(since), limit],
        ).fetchall()
        conn.execute("ROLLBACK")
    finally:
        conn.close()
    summaries = [
        MessageSummary(
            id=row["id"],
            conversation_id=row["conversation_id"],
            channel=row["channel"],
            created_at=row["created_at"],
            status=row["status"],
            request_type=row["request_type"],
            snippet=snippet(row["head"], row["length"]),
            finding_count=row["finding_count"],
        )
        for row in rows
    ]
    return NewMessages(since, summaries, int(total))


def first_visit_since(now: datetime) -> datetime:
    """Where "new" starts for a reviewer who has never been here."""
    return now - timedelta(days=FIRST_VISIT_DAYS)


def due_requests(
    register: Register, now: datetime
) -> tuple[list[RequestRecord], list[RequestRecord]]:
    """``(overdue, due_soon)``: open requests past their deadline, and those whose deadline
    falls within :data:`DUE_WITHIN_DAYS`; soonest deadline first. Blocking (SQLite)."""
    records = register.due(now, DUE_WITHIN_DAYS)
    overdue = [r for r in records if datetime.fromisoformat(r.deadline) < now]
    return overdue, [r for r in records if datetime.fromisoformat(r.deadline) >= now]
