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
import multiprocessing
import os
import time
from collections import OrderedDict
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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
    names: list[str] = field(repr=False)
    ms: float = 0.0
    #: the privacy request the message carries ({"type", "confidence", "on_behalf_of"})
    request: dict[str, Any] | None = None


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


def _redact(text: str, purpose: str | None, names: list[str]) -> Redacted:
    """Runs in a worker: redact one message with the conversation's known names."""
    from pipelines.anonymize import Conversation
    from pipelines.policy import PolicyError
    from pipelines.redaction import InputTooLargeError

    started = time.perf_counter()
    conversation = Conversation()
    conversation.names.update(names)
    try:
        result = _REDACTOR.redact(text, purpose, conversation)
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
        names=sorted(conversation.names),
        ms=(time.perf_counter() - started) * 1000,
        request=dict(result.request) if result.request else None,
    )


class ConversationNames:
    """Names seen per conversation, in memory only and bounded (least recently used dropped).

    Why: a name found once is redacted wherever it recurs in the same conversation, also in a
    later message; storing the names would put raw personal data at rest, so they live only in
    this process and are lost on restart (later messages then rely on detection alone).
    """

    def __init__(self, limit: int = 10_000) -> None:
        self.limit = limit
        self._names: OrderedDict[str, list[str]] = OrderedDict()

    def get(self, conversation_id: str | None) -> list[str]:
        if conversation_id is None or conversation_id not in self._names:
            return []
        self._names.move_to_end(conversation_id)
        return self._names[conversation_id]

    def put(self, conversation_id: str | None, names: list[str]) -> None:
        if conversation_id is None:
            return
        self._names[conversation_id] = names
        self._names.move_to_end(conversation_id)
        while len(self._names) > self.limit:
            self._names.popitem(last=False)


class RedactionEngine:
    """Async front of the process pool."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self.ready = False
        self.names = ConversationNames()

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
        self, text: str, purpose: str | None, names: list[str] | None = None
    ) -> Redacted:
        """Redact in a worker; ``names`` are the conversation's names known so far."""
        pool = self._pool
        if pool is None:
            raise EngineError("engine not started")
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, _redact, text, purpose, names or [])
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
