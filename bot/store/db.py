"""Opening the SQLite file and running a write transaction.

sqlite-utils does the reading and inserting; this module covers the two things it leaves to
the caller: connection settings (pragmas, file mode) and a write transaction that takes the
write lock up front (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Self

from sqlite_utils import Database

from bot.store.errors import StoreClosedError

DB_FILE_MODE = 0o600
BUSY_TIMEOUT_MS = 5_000


def holds_data(path: Path) -> bool:
    """Whether the SQLite database at ``path`` exists with content (its file or its WAL):
    then keys that protect it are never made anew."""
    path = Path(path)
    return any(
        candidate.is_file() and candidate.stat().st_size > 0
        for candidate in (path, path.with_name(path.name + "-wal"))
    )


def connect(path: Path) -> Database:
    """Open (creating if needed) the database at ``path`` with the settings the store needs.

    * The file is created 0600 before SQLite touches it; SQLite gives its ``-wal`` and
      ``-shm`` files the database file's permissions, so those are private too. Redacted text
      is still a customer's words.
    * ``isolation_level=None``: the Python driver opens no implicit transactions, so the
      only transactions are the ones :func:`write_transaction` (or sqlite-utils' own
      ``atomic()``, which nests as a savepoint inside ours) opens.
    * ``check_same_thread=False``: :class:`bot.store.writer.AsyncStore` opens the store on
      one thread and uses it on its single worker; it never uses it from two at once.
    * WAL lets readers (another process, a backup) read while the writer writes;
      ``synchronous=NORMAL`` is durable against application crashes and, in WAL mode, keeps
      the database consistent after a power cut (the last commits may be lost, never half of
      one); ``foreign_keys`` is off by default in SQLite and must be set per connection.
    """
    path = Path(path)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, DB_FILE_MODE))
    conn = sqlite3.connect(
        path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    try:
        db = Database(conn, recursive_triggers=False, execute_plugins=False)
        db.enable_wal()
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    except BaseException:
        conn.close()
        raise
    return db


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """One write transaction: commit when the block ends, roll back when it raises.

    ``BEGIN IMMEDIATE`` takes the write lock at the start, so a transaction that first reads
    (the duplicate check) and then writes cannot fail half-way with ``SQLITE_BUSY`` because
    another connection started writing in between. sqlite-utils' inserts inside the block
    see the open transaction and use savepoints instead of committing.
    """
    conn = db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


class OpenDatabase:
    """The life cycle a store object shares (:class:`~bot.store.store.Store`, the register):
    one connection guarded by a lock, closed once, usable as a context manager, and a clear
    error instead of a confusing sqlite one after :meth:`close`.

    Subclasses set ``_path``, ``_lock``, ``_db`` and ``_closed`` in their constructor and may
    name their own ``closed_error`` (a :class:`StoreClosedError`).
    """

    closed_error: type[StoreClosedError] = StoreClosedError
    _path: Path
    _lock: threading.RLock
    _db: Database
    _closed: bool

    @property
    def path(self) -> Path:
        return self._path

    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Close the connection; the last connection to close also checkpoints the WAL."""
        with self._lock:
            if not self._closed:
                self._closed = True
                self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _open_db(self) -> Database:
        if self._closed:
            raise self.closed_error(f"{type(self).__name__.lower()} is closed")
        return self._db
