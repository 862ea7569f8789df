"""The redaction engine of the service: a process pool with one loaded redactor per worker.

Why processes: analysing a message is CPU-bound Python (spaCy, Presidio, regexes) that would
block the event loop and is serialised by the GIL in threads. Each worker loads the model and
recognizers once (``initializer``); the service only ships text in and plain results out.

Raw text crosses the process boundary in memory (a pipe) only; the worker returns the redacted
text, the findings and — for the audit HMAC — the values of the findings, which the store
hashes and drops. Nothing here logs or raises with text.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import time
import weakref
from collections.abc import AsyncIterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.store.models import ConversationMemory, MemoryRecord

_REDACTOR: Any = None  # one per worker process, set by _init_worker


class EngineError(RuntimeError):
    """The pipeline failed on a message; the message says what happened, never the text."""


class InputRejectedError(ValueError):
    """The message cannot be analysed as given (too long, unknown purpose): a 4xx, not a 500.

    ``status`` is the HTTP status the service answers with (413 too long, 400 otherwise).
    """

    def __init__(self, reason: str, status: int = 400) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class EngineSettings:
    model: str
    policy_file: Path
    max_chars: int
    recognizers: Mapping[str, Any] = field(default_factory=dict)
    workers: int = 2
    company: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Redacted:
    """What a worker sends back for one message (values only in memory, never stored)."""

    text: str
    purpose: str
    entities: list[dict[str, Any]]
    values: list[str] = field(repr=False)
    ms: float = 0.0
    #: the privacy request the message carries ({"type", "confidence", "on_behalf_of"})
    request: dict[str, Any] | None = None
    #: the other parts of the message (quoted history, sender, subject), redacted in the
    #: same conversation after the text, in the order given; None stays None
    parts: tuple[str | None, ...] = ()
    #: what the conversation learned from this message: digests and numbers, safe to store
    memory: tuple[MemoryRecord, ...] = ()


def _init_worker(settings: EngineSettings) -> None:
    """Load the redactor once per worker (model, recognizers, policy)."""
    global _REDACTOR
    from bot.settings import PROJECT_ROOT
    from pipelines.redaction import Redactor

    _REDACTOR = Redactor.from_config(
        model=settings.model,
        recognizer_config=dict(settings.recognizers),
        policy_file=settings.policy_file,
        max_chars=settings.max_chars,
        project_root=PROJECT_ROOT,
        company=dict(settings.company),
    )


def _ready(pause: float) -> int:
    """Warm-up task: proves the worker loaded; the pause makes the pool start every worker."""
    time.sleep(pause)
    return os.getpid()


def _redact(
    text: str,
    purpose: str | None,
    memory: ConversationMemory | None,
    parts: tuple[str | None, ...],
) -> Redacted:
    """Runs in a worker: redact one message, then its other ``parts``, in one conversation
    continued from ``memory`` (a new one without it)."""
    from pipelines.conversation import Conversation, MemoryEntry
    from pipelines.policy import PolicyError
    from pipelines.redaction import InputTooLargeError

    started = time.perf_counter()
    conversation = (
        Conversation(memory.key, (MemoryEntry(**asdict(r)) for r in memory.records))
        if memory is not None
        else Conversation()
    )
    try:
        result = _REDACTOR.redact(text, purpose, conversation)
        redacted_parts = tuple(
            _REDACTOR.redact(part, purpose, conversation).text if part else part for part in parts
        )
    except InputTooLargeError as error:
        raise InputRejectedError(str(error), status=413) from None
    except (KeyError, PolicyError):  # unknown purpose (Policy.purpose raises PolicyError)
        # a fixed reason: the purpose is the caller's string and is not echoed
        raise InputRejectedError("unknown purpose") from None
    except Exception as error:  # a pipeline bug: report the class only, text may be in str()
        raise EngineError(f"redaction failed ({type(error).__name__})") from None
    return Redacted(
        text=result.text,
        purpose=result.purpose,
        entities=result.entities(),
        values=[text[f.start : f.end] for f in result.findings],
        ms=(time.perf_counter() - started) * 1000,
        request=dict(result.request) if result.request else None,
        parts=redacted_parts,
        memory=tuple(MemoryRecord(**asdict(e)) for e in conversation.new_entries()),
    )


class ConversationTurns:
    """One message at a time per conversation: its memory is read, extended and stored as a
    whole, so two messages of one thread arriving together cannot both take number 2.

    Locks are held only while in use (a weak mapping), so idle conversations cost nothing.
    """

    def __init__(self) -> None:
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()

    @contextlib.asynccontextmanager
    async def turn(self, key: str | None) -> AsyncIterator[None]:
        """Hold the conversation ``key`` (None: a conversation of one message, no lock)."""
        if key is None:
            yield
            return
        lock = self._locks.get(key)
        if lock is None:
            lock = self._locks[key] = asyncio.Lock()
        async with lock:
            yield


class RedactionEngine:
    """Async front of the process pool."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self.ready = False
        self.turns = ConversationTurns()

    def _new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=max(1, self.settings.workers),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings,),
        )

    async def start(self) -> None:
        """Start the workers and wait until every one has loaded the redactor."""
        workers = max(1, self.settings.workers)
        self._pool = self._new_pool()
        loop = asyncio.get_running_loop()
        await asyncio.gather(
            *(loop.run_in_executor(self._pool, _ready, 0.5) for _ in range(workers))
        )
        self.ready = True

    async def redact(
        self,
        text: str,
        purpose: str | None,
        memory: ConversationMemory | None = None,
        parts: tuple[str | None, ...] = (),
    ) -> Redacted:
        """Redact in a worker, continuing the conversation ``memory``; ``parts`` (quoted
        history, sender, subject) follow the text in the same conversation."""
        pool = self._pool
        if pool is None:
            raise EngineError("engine not started")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, _redact, text, purpose, memory, parts)
        except BrokenProcessPool:
            # a dead worker (OOM kill, crash in native code) breaks the pool for good: replace
            # it once (not per failed call) so later messages are processed again
            if self._pool is pool:
                self._pool = self._new_pool()
                pool.shutdown(wait=False)
            raise EngineError("a redaction worker died") from None

    async def close(self) -> None:
        """Let messages in flight finish, then stop the workers."""
        self.ready = False
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await asyncio.get_running_loop().run_in_executor(None, pool.shutdown, True)
