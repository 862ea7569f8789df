"""Helpers shared by the storage tests."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

from bot.store import FindingRecord, Store

EMPTY = {"conversations": 0, "messages": 0, "findings": 0, "deliveries": 0}


class FakeClock:
    """A clock that moves one second per call, so ordering and updated_at are testable."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


class StillClock:
    """A clock that stands still unless moved (``clock.now = …``); far enough ahead for every
    received_at the register tests use, so expiry and deadlines are tested to the second."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def finding(
    entity_type: str = "BSN",
    value: str = "111222333",
    start: int = 0,
    end: int | None = None,
    *,
    action: str = "redact",
    score: float = 0.95,
    recognizer: str = "TestRecognizer",
    reason: str = "niet nodig voor doel 'support'",
) -> FindingRecord:
    """A finding with sensible defaults; ``end`` defaults to the value's length."""
    return FindingRecord(
        entity_type=entity_type,
        start=start,
        end=start + len(value) if end is None else end,
        recognizer=recognizer,
        score=score,
        action=action,
        reason=reason,
        value=value,
    )


def row_counts(store: Store) -> dict[str, int]:
    """Rows per data table, read with a fresh connection (sees only committed data)."""
    conn = sqlite3.connect(store.path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in EMPTY
        }
    finally:
        conn.close()
