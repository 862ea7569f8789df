"""The store for asyncio code: every call runs on one dedicated worker thread.

SQLite allows one writer at a time and its calls block, so the aiohttp handlers must neither
call it on the event loop (a slow fsync would stall every request) nor from many threads
(they would queue on the database lock and time out under load). A single-thread executor
gives both: calls leave the loop, and writes are serialised in the order they were made.
Reads share the same thread because the connection is not safe to use from two at once, and
reads in this service are rare (UI, privacy-officer look-ups) next to the writes.

A cancelled ``await`` does not undo a call already handed to the worker: the write still
completes (atomically) or fails (leaving nothing); only its result is not delivered.
"""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Any, ParamSpec, TextIO, TypeVar

from bot.store.errors import StoreClosedError
from bot.store.models import (
    DEFAULT_STATUS,
    ConversationMemory,
    DigestCount,
    Feedback,
    FindingRecord,
    MemoryRecord,
    MessageDetail,
    MessageSummary,
    RecordResult,
    StoredConversation,
    StoredFinding,
    StoredMessage,
    TypeCount,
    WeekCount,
)
from bot.store.store import Store

P = ParamSpec("P")
T = TypeVar("T")


def _worker() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="privacywacht-store")


class AsyncStore:
    """A :class:`Store` behind a one-thread executor; ``await`` every call.

    Build it with ``await AsyncStore.open(path)`` (the database is opened and migrated on the
    worker, off the loop) or wrap an existing store with ``AsyncStore(store)``. Close it with
    ``await astore.close()`` — it waits for the calls made before it, then closes the store.
    """

    def __init__(self, store: Store, *, executor: ThreadPoolExecutor | None = None) -> None:
        self._store = store
        self._executor = executor if executor is not None else _worker()
        self._closing = False
        self._closed: asyncio.Future[None] | None = None

    @classmethod
    async def open(cls, path: Path, **store_options: Any) -> AsyncStore:
        """Open and migrate the database on the worker thread, then wrap it."""
        executor = _worker()
        loop = asyncio.get_running_loop()
        try:
            store = await loop.run_in_executor(
                executor, functools.partial(Store, Path(path), **store_options)
            )
        except BaseException:
            executor.shutdown(wait=False)
            raise
        return cls(store, executor=executor)

    async def __aenter__(self) -> AsyncStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    @property
    def closed(self) -> bool:
        return self._closing

    async def close(self) -> None:
        """Wait for every call already made, then close the store and stop the worker.

        The close runs as the worker's last job, so the writes queued before it land first.
        Safe to call twice; shielded, so cancelling the caller does not skip the close.
        """
        if self._closed is None:
            self._closing = True
            loop = asyncio.get_running_loop()
            self._closed = loop.run_in_executor(self._executor, self._store.close)
            self._closed.add_done_callback(lambda _: self._executor.shutdown(wait=False))
        await asyncio.shield(self._closed)

    async def _call(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        if self._closing:
            raise StoreClosedError("store is closed")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(fn, *args, **kwargs))

    # -- writes ----------------------------------------------------------------------------

    async def record_message(
        self,
        *,
        channel: str,
        text_redacted: str,
        findings: Sequence[FindingRecord] = (),
        external_ref: str | None = None,
        conversation_id: str | None = None,
        event_id: str | None = None,
        sender_redacted: str | None = None,
        subject_redacted: str | None = None,
        request_type: str | None = None,
        purpose: str | None = None,
        status: str = DEFAULT_STATUS,
        memory: Sequence[MemoryRecord] = (),
        memory_key_id: str | None = None,
    ) -> RecordResult:
        """See :meth:`Store.record_message`."""
        return await self._call(
            self._store.record_message,
            channel=channel,
            text_redacted=text_redacted,
            findings=tuple(findings),
            external_ref=external_ref,
            conversation_id=conversation_id,
            event_id=event_id,
            sender_redacted=sender_redacted,
            subject_redacted=subject_redacted,
            request_type=request_type,
            purpose=purpose,
            status=status,
            memory=tuple(memory),
            memory_key_id=memory_key_id,
        )

    async def set_status(self, message_id: str, status: str) -> bool:
        return await self._call(self._store.set_status, message_id, status)

    async def rotate_key(self) -> str:
        """Rotate on the worker, so no digest is made half-way through a rotation."""
        return await self._call(self._store.rotate_key)

    # -- reads -----------------------------------------------------------------------------

    async def get_message(self, message_id: str) -> StoredMessage | None:
        return await self._call(self._store.get_message, message_id)

    async def list_messages(self, conversation_id: str) -> list[StoredMessage]:
        return await self._call(self._store.list_messages, conversation_id)

    async def messages_with_status(
        self, channel: str, status: str, limit: int = 100
    ) -> list[StoredMessage]:
        return await self._call(self._store.messages_with_status, channel, status, limit)

    async def findings_for(self, message_id: str) -> list[StoredFinding]:
        return await self._call(self._store.findings_for, message_id)

    async def get_conversation(self, conversation_id: str) -> StoredConversation | None:
        return await self._call(self._store.get_conversation, conversation_id)

    async def find_conversation(self, channel: str, external_ref: str) -> StoredConversation | None:
        return await self._call(self._store.find_conversation, channel, external_ref)

    async def conversation_memory(self, conversation_id: str | None) -> ConversationMemory:
        """See :meth:`Store.conversation_memory`."""
        return await self._call(self._store.conversation_memory, conversation_id)

    async def find_delivery(self, channel: str, event_id: str) -> RecordResult | None:
        return await self._call(self._store.find_delivery, channel, event_id)

    async def find_caller_delivery(self, channel: str, event_id: str) -> RecordResult | None:
        return await self._call(self._store.find_caller_delivery, channel, event_id)

    async def find_caller_conversation(
        self, channel: str, external_ref: str
    ) -> StoredConversation | None:
        return await self._call(self._store.find_caller_conversation, channel, external_ref)

    def caller_ref(self, value: str) -> str:
        """How a caller's own id is stored (:meth:`Keyring.caller_ref`; no I/O)."""
        return self._store.keyring.caller_ref(value)

    async def find_by_value(self, entity_type: str, value: str) -> list[str]:
        return await self._call(self._store.find_by_value, entity_type, value)

    async def find_by_digest(self, key_id: str, value_hmac: str) -> list[str]:
        return await self._call(self._store.find_by_digest, key_id, value_hmac)

    async def count_by_digest(
        self, entity_type: str | None = None, *, min_messages: int = 1, limit: int = 100
    ) -> list[DigestCount]:
        return await self._call(
            self._store.count_by_digest, entity_type, min_messages=min_messages, limit=limit
        )

    # -- the review pages ------------------------------------------------------------------

    async def search_messages(
        self,
        channel: str | None = None,
        entity_type: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        has_request: bool | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[MessageSummary], int]:
        """See :meth:`Store.search_messages`."""
        return await self._call(
            self._store.search_messages,
            channel=channel,
            entity_type=entity_type,
            since=since,
            until=until,
            has_request=has_request,
            text=text,
            limit=limit,
            offset=offset,
        )

    async def message_detail(self, message_id: str) -> MessageDetail | None:
        """See :meth:`Store.message_detail`."""
        return await self._call(self._store.message_detail, message_id)

    async def mark_false_positive(
        self, message_id: str, finding_id: int, actor: str, note: str | None = None
    ) -> Feedback:
        """See :meth:`Store.mark_false_positive`."""
        return await self._call(
            self._store.mark_false_positive, message_id, finding_id, actor, note
        )

    async def mark_missed(
        self,
        message_id: str,
        start: int,
        end: int,
        entity_type: str | None,
        actor: str,
        note: str | None = None,
    ) -> Feedback:
        """See :meth:`Store.mark_missed`; runs on the writer thread like every write, so it
        is ordered with the messages being recorded."""
        return await self._call(
            self._store.mark_missed, message_id, start, end, entity_type, actor, note
        )

    async def export_feedback_jsonl(self, file: TextIO | str | os.PathLike[str]) -> int:
        """See :meth:`Store.export_feedback_jsonl`; the file is written on the worker too,
        so a large export does not block the event loop."""
        return await self._call(self._store.export_feedback_jsonl, file)

    async def redactions_per_week(self, weeks: int = 12) -> list[WeekCount]:
        """See :meth:`Store.redactions_per_week`."""
        return await self._call(self._store.redactions_per_week, weeks)

    async def requests_per_type(self) -> list[TypeCount]:
        """See :meth:`Store.requests_per_type`."""
        return await self._call(self._store.requests_per_type)
