"""Retention: personal data is kept for a term, then really deleted (art. 5(1)(e) AVG/GDPR).

Redacted messages are still a customer's words, and the audit log and the register still say
who asked what, so each has a term (``[retention]``, :class:`RetentionConfig`) after which it
goes. "Goes" means gone from the file, not only from the query results: SQLite leaves deleted
rows in free pages and old page versions in the ``-wal`` file until they are overwritten.
So the purge

* deletes with ``PRAGMA secure_delete=ON``, which zeroes freed space and freed pages;
* checkpoints and truncates the WAL and runs ``VACUUM`` afterwards, so neither the database
  file nor its ``-wal`` keeps an old copy of a deleted page (``-shm`` is an index into the
  WAL and never holds row content).

Backups are out of reach here: they keep what they hold for as long as they are kept, and
their own term should not exceed these.

Why the message store is purged over a connection of its own rather than through
:class:`bot.store.Store`: retention is not the writer's business, the ``privacywacht purge``
command must work without the service, and ``secure_delete`` should apply to these deletes
only (the writer's inserts should not pay for it). The service's writer thread may hold the
write lock at any moment, so every step is a short transaction of at most
:data:`BATCH_ROWS` rows and waits up to the store's busy timeout for the lock.

Audit rows and their message (the foreign key): a finding references its message with
``ON DELETE CASCADE``, and the audit log is kept longer (90 days) than the message (31).
Deleting the message at 31 days would take its audit rows along; keeping the whole message
until 90 days would keep its text too long. So a message past its term is *emptied*: its
text, subject and sender are erased (``text_redacted = ''``, the other two ``NULL``) and the
row stays, holding only ids, channel, time, counts and statuses, as the anchor of its audit
rows; the row itself is deleted once no finding needs it any more (the later of the two
terms). A conversation goes when it has no message rows left. A message past its term whose
hand-over still fails (status ``failed``) is set to ``processed``: the text a retry would send
is gone, so retrying would only send an empty message.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Callable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.settings import Settings, SettingsError, dataclass_values
from bot.store.db import BUSY_TIMEOUT_MS

if TYPE_CHECKING:
    from bot.store.register import Register

__all__ = [
    "BATCH_ROWS",
    "DB_FILE",
    "FIRST_RUN_DELAY_S",
    "PurgeReport",
    "RetentionConfig",
    "cutoffs",
    "purge",
    "retention_task",
    "running",
]

log = logging.getLogger("privacywacht.retention")

#: The message store's file in the data dir (the name :mod:`bot.app` opens).
DB_FILE = "privacywacht.db"
#: Rows per transaction: small enough that the service's writer waits milliseconds, not
#: seconds, for the write lock while a large backlog is purged.
BATCH_ROWS = 500
#: The service's first purge comes this long after the start: the service is up and
#: serving by then, and a crash loop does not purge (and vacuum) at every restart.
FIRST_RUN_DELAY_S = 60.0


# -- configuration ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RetentionConfig:
    """The ``[retention]`` table; every key has a default, so the table may be absent.

    Terms count from when a row was stored (a message's ``created_at``, a delivery's
    ``received_at``) or, for the register, from when the request was closed.
    """

    #: Redacted messages: their text goes after this many days (see the module docstring
    #: on audit rows); a conversation goes once it has no messages left.
    messages_days: int = 31
    #: Audit rows (findings): what was found where, as keyed digests. Kept longer than the
    #: text so a privacy officer can still answer "was this value ever seen" afterwards.
    findings_days: int = 90
    #: Webhook deduplication records (provider event ids); ``None``: ``messages_days``.
    #: A delivery also goes with its message row, whichever comes first.
    deliveries_days: int | None = None
    #: Closed requests in the register (completed, refused, withdrawn), counted from
    #: ``closed_at``. The AVG sets no term for this evidence; it is the company's choice, to
    #: be stated in its retention schedule. Five years is the common Dutch practice: the
    #: limitation period of a claim for damages (art. 3:310 BW), within which the company
    #: may have to show how it handled the request.
    register_closed_years: int = 5
    #: How often the service purges (the first time shortly after it starts).
    interval_hours: float = 24.0
    #: Off: the service does not purge by itself (``privacywacht purge`` still does).
    enabled: bool = True

    def __post_init__(self) -> None:
        for key in ("messages_days", "findings_days", "register_closed_years"):
            _check_whole(key, getattr(self, key))
        if self.deliveries_days is not None:
            _check_whole("deliveries_days", self.deliveries_days)
        hours = self.interval_hours
        if isinstance(hours, bool) or not isinstance(hours, int | float) or not hours > 0:
            raise SettingsError("[retention] interval_hours must be a number above 0")
        if not isinstance(self.enabled, bool):
            raise SettingsError("[retention] enabled must be true or false")

    @property
    def deliveries_term_days(self) -> int:
        """The term of deliveries that applies: its own, else the messages' term."""
        return self.messages_days if self.deliveries_days is None else self.deliveries_days

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> RetentionConfig:
        """Build from a ``[retention]`` table; errors name the key, never the value."""
        if not isinstance(table, Mapping):
            raise SettingsError("[retention] must be a table")
        table = dict(table)
        # Not through dataclass_values: it coerces to the type of the default, and this
        # default is None ("same as messages_days").
        deliveries = table.pop("deliveries_days", None)
        for key in ("messages_days", "findings_days", "register_closed_years", "interval_hours"):
            if isinstance(table.get(key), bool):
                raise SettingsError(f"[retention] {key} must be a number")
        values = dataclass_values("retention", cls, table)
        return cls(deliveries_days=_optional_days(deliveries), **values)

    @classmethod
    def from_settings(cls, settings: Settings) -> RetentionConfig:
        """The ``[retention]`` table of the loaded settings (defaults when it is absent)."""
        return cls.from_mapping(settings.raw.get("retention", {}))


def _check_whole(key: str, value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise SettingsError(f"[retention] {key} must be a whole number, 1 or more")


def _optional_days(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise SettingsError("[retention] deliveries_days must be a number")
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise SettingsError("[retention] deliveries_days must be a number") from None


# -- the report ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgeReport:
    """Rows per table that a purge deleted (or, in a dry run, would delete).

    ``messages``: message rows deleted; ``messages_emptied``: messages whose text was erased
    while the row stays for its audit rows. ``deliveries`` includes those that went with
    their message. ``requests`` is ``None`` when the register was not purged (no register
    given, or none in the data dir); its requests' history, message links and verifications
    go with them and are not counted apart. ``wal_truncated`` is False when the WAL could
    not be emptied because a reader held it (the next run tries again).
    """

    conversations: int = 0
    messages: int = 0
    messages_emptied: int = 0
    findings: int = 0
    deliveries: int = 0
    requests: int | None = None
    dry_run: bool = False
    wal_truncated: bool = True

    @property
    def total(self) -> int:
        """Every row deleted or emptied, the register included."""
        return (
            self.conversations
            + self.messages
            + self.messages_emptied
            + self.findings
            + self.deliveries
            + (self.requests or 0)
        )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- purging ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cutoffs:
    """Rows stored before these instants (ISO 8601 UTC, the store's format) have expired."""

    messages: str
    findings: str
    deliveries: str
    register_closed: datetime


def cutoffs(config: RetentionConfig, now: datetime) -> Cutoffs:
    """The instants before which each kind of row has expired, as of ``now`` (aware)."""
    if not isinstance(now, datetime) or now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be a timezone-aware datetime")
    now = now.astimezone(UTC)
    return Cutoffs(
        messages=_timestamp(now - timedelta(days=config.messages_days)),
        findings=_timestamp(now - timedelta(days=config.findings_days)),
        deliveries=_timestamp(now - timedelta(days=config.deliveries_term_days)),
        register_closed=_years_before(now, config.register_closed_years),
    )


# The conditions, written once and used both to count (dry run) and to delete, so that a dry
# run reports exactly what a purge would do. ``m`` is a message, ``c`` a conversation; the
# parameters are named after the Cutoffs fields.

#: A message row that goes: past its term, and no audit row needs it (they are past theirs
#: too, or it has none).
_MESSAGE_GOES = (
    "(m.created_at < :messages AND (m.created_at < :findings"
    " OR NOT EXISTS (SELECT 1 FROM findings f WHERE f.message_id = m.id)))"
)
#: A message past its term that stays for its audit rows, with content still to erase.
_MESSAGE_EMPTIED = (
    f"(m.created_at < :messages AND NOT {_MESSAGE_GOES}"
    " AND (m.text_redacted <> '' OR m.sender_redacted IS NOT NULL"
    " OR m.subject_redacted IS NOT NULL))"
)
_FINDING_GOES = "f.message_id IN (SELECT m.id FROM messages m WHERE m.created_at < :findings)"
_DELIVERY_GOES = (
    "(d.received_at < :deliveries"
    f" OR d.message_id IN (SELECT m.id FROM messages m WHERE {_MESSAGE_GOES}))"
)
#: A conversation none of whose messages stays. The ``updated_at`` guard: a conversation
#: touched within the term is kept even if (for a moment) it shows no messages.
_CONVERSATION_GOES = (
    "(c.updated_at < :messages AND NOT EXISTS ("
    f"SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND NOT {_MESSAGE_GOES}))"
)

_COUNTS = {
    "findings": f"SELECT count(*) FROM findings f WHERE {_FINDING_GOES}",
    "deliveries": f"SELECT count(*) FROM deliveries d WHERE {_DELIVERY_GOES}",
    "messages": f"SELECT count(*) FROM messages m WHERE {_MESSAGE_GOES}",
    "messages_emptied": f"SELECT count(*) FROM messages m WHERE {_MESSAGE_EMPTIED}",
    "conversations": f"SELECT count(*) FROM conversations c WHERE {_CONVERSATION_GOES}",
}


def purge(
    data_dir: Path,
    config: RetentionConfig,
    now: datetime | None = None,
    *,
    register: Register | None = None,
    dry_run: bool = False,
    stop: threading.Event | None = None,
) -> PurgeReport:
    """Delete what has expired as of ``now`` (default: the current time) from
    ``<data_dir>/privacywacht.db`` and, when ``register`` is given, from the register.

    Nothing is created: without a message store file that part is skipped. ``dry_run``
    counts what would go over a read-only connection and changes nothing. ``stop`` (set by
    the service at shutdown) ends the purge between two batches; what was deleted until then
    stays deleted, and the file is still checkpointed. Logs one ``retention.purged`` line
    with counts only. Raises :class:`sqlite3.Error` when the store cannot be purged (after
    the busy timeout, or a file that is not the store) and the register's errors as they are.
    """
    moment = datetime.now(UTC) if now is None else now
    limits = cutoffs(config, moment)
    started = time.perf_counter()
    path = Path(data_dir) / DB_FILE
    counts: dict[str, int] = dict.fromkeys(_COUNTS, 0)
    wal_truncated = True
    if path.is_file():
        if dry_run:
            counts = _count(path, limits)
        else:
            counts, wal_truncated = _purge_store(path, limits, stop)
    requests: int | None = None
    if register is not None and not _stopped(stop):
        if dry_run:
            requests = register.count_closed(limits.register_closed)
        else:
            requests = register.purge_closed(limits.register_closed)
    report = PurgeReport(**counts, requests=requests, dry_run=dry_run, wal_truncated=wal_truncated)
    if not dry_run:
        log.info(
            "retention.purged",
            extra={
                "ctx": {
                    **{
                        f"purged_{table}": n
                        for table, n in report.as_dict().items()
                        if isinstance(n, int) and not isinstance(n, bool)
                    },
                    "count": report.total,
                    "ms": (time.perf_counter() - started) * 1000,
                }
            },
        )
        if not wal_truncated:
            log.warning("retention.wal_busy", extra={"ctx": {"path": DB_FILE}})
    return report


def _count(path: Path, limits: Cutoffs) -> dict[str, int]:
    conn = _connect(path, read_only=True)
    try:
        params = _params(limits)
        conn.execute("BEGIN")  # one snapshot for all the counts
        try:
            return {
                name: conn.execute(sql, params).fetchall()[0][0] for name, sql in _COUNTS.items()
            }
        finally:
            conn.execute("ROLLBACK")
    finally:
        conn.close()


def _purge_store(
    path: Path, limits: Cutoffs, stop: threading.Event | None
) -> tuple[dict[str, int], bool]:
    """The deletes, in an order in which each step's condition still sees what it needs."""
    conn = _connect(path, read_only=False)
    params = _params(limits)
    counts: dict[str, int] = dict.fromkeys(_COUNTS, 0)
    try:
        # Audit rows first: afterwards a message past both terms has none left to keep it.
        counts["findings"] = _batches(
            conn,
            stop,
            "DELETE FROM findings WHERE id IN"
            f" (SELECT f.id FROM findings f WHERE {_FINDING_GOES} LIMIT {BATCH_ROWS})",
            params,
        )
        counts["deliveries"] = _batches(
            conn,
            stop,
            # WITHOUT ROWID: rows are named by their primary key.
            "DELETE FROM deliveries WHERE (channel, event_id) IN (SELECT d.channel, d.event_id"
            f" FROM deliveries d WHERE {_DELIVERY_GOES} LIMIT {BATCH_ROWS})",
            params,
        )
        counts["messages"] = _batches(
            conn,
            stop,
            "DELETE FROM messages WHERE id IN"
            f" (SELECT m.id FROM messages m WHERE {_MESSAGE_GOES} LIMIT {BATCH_ROWS})",
            params,
        )
        counts["messages_emptied"] = _batches(
            conn,
            stop,
            "UPDATE messages SET text_redacted = '', sender_redacted = NULL,"
            " subject_redacted = NULL,"
            " status = CASE status WHEN 'failed' THEN 'processed' ELSE status END"
            " WHERE id IN"
            f" (SELECT m.id FROM messages m WHERE {_MESSAGE_EMPTIED} LIMIT {BATCH_ROWS})",
            params,
        )
        counts["conversations"] = _batches(
            conn,
            stop,
            "DELETE FROM conversations WHERE id IN"
            f" (SELECT c.id FROM conversations c WHERE {_CONVERSATION_GOES} LIMIT {BATCH_ROWS})",
            params,
        )
        # Always checkpoint: a run that found nothing still empties a WAL that an earlier
        # run could not (a reader was in the way). VACUUM only after deleting something: it
        # rewrites the whole file under the write lock.
        truncated = _checkpoint(conn)
        if any(counts.values()):
            conn.execute("VACUUM")
            truncated = _checkpoint(conn)
    finally:
        conn.close()
    return counts, truncated


def _batches(
    conn: sqlite3.Connection, stop: threading.Event | None, sql: str, params: dict[str, str]
) -> int:
    """Run ``sql`` (which touches at most BATCH_ROWS rows) until it touches none; one short
    write transaction each. Returns the rows touched."""
    total = 0
    while not _stopped(stop):
        conn.execute("BEGIN IMMEDIATE")
        try:
            changed = conn.execute(sql, params).rowcount
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        total += changed
        if changed < BATCH_ROWS:
            break
    return total


def _checkpoint(conn: sqlite3.Connection) -> bool:
    """Copy the WAL into the file and truncate it to zero bytes; False when a reader or
    writer kept it from completing (it waits up to the busy timeout first)."""
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()[0]
    return busy == 0


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """An existing store file (never created here), with the store's busy timeout.

    ``secure_delete`` is set before anything is deleted: pages and cells freed by this
    connection are overwritten with zeros instead of lingering in the file's free space.
    """
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys=ON")
        if not read_only:
            conn.execute("PRAGMA secure_delete=ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _params(limits: Cutoffs) -> dict[str, str]:
    return {
        "messages": limits.messages,
        "findings": limits.findings,
        "deliveries": limits.deliveries,
    }


def _stopped(stop: threading.Event | None) -> bool:
    return stop is not None and stop.is_set()


def _timestamp(moment: datetime) -> str:
    """ISO 8601 in UTC with a fixed width, as the store writes them (text order = time)."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _years_before(moment: datetime, years: int) -> datetime:
    """The same date ``years`` calendar years earlier (29 February becomes the 28th)."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


# -- the service's background task -----------------------------------------------------------


def _utc_now() -> datetime:
    return datetime.now(UTC)


async def retention_task(
    data_dir: Path,
    config: RetentionConfig,
    register: Register | None = None,
    *,
    first_delay_s: float = FIRST_RUN_DELAY_S,
    clock: Callable[[], datetime] = _utc_now,
) -> None:
    """Purge every ``interval_hours``, the first time ``first_delay_s`` after the start.

    The purge runs in a thread (it blocks on SQLite and VACUUM). A failed run is logged by
    its exception class and the loop goes on: the next run tries again. Cancelling the task
    stops the purge between two batches and waits for that, so the register (which the
    service closes after this task) is not closed under a running purge. Returns at once
    when ``[retention] enabled`` is false.
    """
    if not config.enabled:
        log.info("retention.disabled")
        return
    delay = first_delay_s
    while True:
        await asyncio.sleep(delay)
        delay = config.interval_hours * 3600
        stop = threading.Event()
        run = asyncio.ensure_future(
            asyncio.to_thread(purge, Path(data_dir), config, clock(), register=register, stop=stop)
        )
        try:
            await asyncio.shield(run)
        except asyncio.CancelledError:
            stop.set()
            with contextlib.suppress(Exception):
                await run
            raise
        except Exception as error:
            log.exception("retention.failed", extra={"ctx": {"error": type(error).__name__}})


@contextlib.asynccontextmanager
async def running(
    data_dir: Path,
    config: RetentionConfig,
    register: Register | None = None,
    *,
    first_delay_s: float = FIRST_RUN_DELAY_S,
) -> AsyncIterator[asyncio.Task[None]]:
    """:func:`retention_task` in the background for the length of the ``async with`` block;
    cancelled (and awaited) when it ends. For a ``cleanup_ctx``::

        async def retention_ctx(app):
            async with running(data_dir, RetentionConfig.from_settings(settings), register):
                yield
    """
    task = asyncio.create_task(
        retention_task(data_dir, config, register, first_delay_s=first_delay_s),
        name="privacywacht-retention",
    )
    try:
        yield task
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
