"""The redaction engine of the service: a process pool with one loaded redactor per worker.

Why processes: analysing a message is CPU-bound Python (spaCy, Presidio, regexes) that would
block the event loop and is serialised by the GIL in threads. Each worker loads the model and
recognizers once (``initializer``); the service only ships text in and plain results out.

Why a fork server: loading the model and compiling the recognizers takes seconds of CPU. Where
the platform has one, the workers are forked from multiprocessing's fork server, a clean
single-threaded process that built the redactor once before forking (``prestart``): a worker is
ready at once (at start-up and when a dead one is replaced), the model is loaded once instead
of once per worker, and the workers share its memory pages. Anywhere else, or when the fork
server was already running without the redactor, each worker builds its own as before.

Raw text crosses the process boundary in memory (a pipe) only; the worker returns the redacted
text, the findings and — for the audit HMAC — the values of the findings, which the store
hashes and drops. Nothing here logs or raises with text.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import heapq
import itertools
import json
import logging
import multiprocessing
import os
import signal
import time
import weakref
from collections.abc import AsyncIterator, Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from bot.store.models import ConversationMemory, MemoryRecord

log = logging.getLogger("privacywacht.engine")

_REDACTOR: Any = None  # one per worker process, set by _init_worker
_BARRIER: Any = None  # the pool's start barrier, set by _init_worker
#: (settings key, redactor) built in the fork server before it forks workers (``prestart``)
_PRELOADED: tuple[str, Any] | None = None
#: the environment variable that tells the fork server, as it starts, what to preload
PRELOAD_ENV = "PW_ENGINE_PRELOAD"
#: seconds the workers wait for each other at start (a worker that died fails the start)
START_TIMEOUT_S = 300.0
#: seconds a worker waits after the time cap for a message to unwind before it is killed
HARD_GRACE_S = 5.0


class EngineError(RuntimeError):
    """The pipeline failed on a message; the message says what happened, never the text."""


class EngineBusyError(RuntimeError):
    """The queue in front of the workers is full: nothing was done, try again later."""

    def __init__(self, retry_after: float) -> None:
        super().__init__("the work queue is full")
        self.retry_after = retry_after


class _TimeCap(BaseException):
    """Raised inside a worker by the time cap's alarm (a BaseException, so that no
    ``except Exception`` in the pipeline swallows it)."""


def _alarm(signum: int, frame: object) -> None:
    raise _TimeCap()


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
    #: messages waiting for a worker before the engine answers "busy" (EngineBusyError)
    max_queue: int = 32
    #: seconds one message may take in a worker (0: no cap)
    timeout_s: float = 30.0
    #: longer messages may occupy all workers but one (with two or more workers)
    long_chars: int = 2_000
    #: a mail's text up to this long is split into parts of ``max_chars``
    max_split_chars: int = 100_000
    #: short messages waiting for a worker at the same time are redacted together, up to
    #: this many in one worker call (the spaCy pipeline then runs over all of them at once);
    #: 1 turns batching off. Measured at concurrency 8 (load.py, 1 KB messages, 2 workers):
    #: 2-3 gain ~15% messages/s at the same p99; 4 and more raise p99 (a batch's messages
    #: all wait for its last one)
    batch_max: int = 3
    #: seconds a short message that finds a worker free waits for others to join its batch
    #: (0: none; messages are batched only when they have to wait anyway)
    batch_window_s: float = 0.0


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


def _redactor_key(settings: EngineSettings) -> str:
    """What the redactor is built from, as one comparable string (JSON)."""
    return json.dumps(
        {
            "model": settings.model,
            "policy_file": str(settings.policy_file),
            "max_chars": settings.max_chars,
            "recognizers": settings.recognizers,
            "company": settings.company,
        },
        sort_keys=True,
        default=str,
    )


def _build_redactor(settings: EngineSettings) -> Any:
    from bot.settings import PROJECT_ROOT
    from pipelines.redaction import Redactor

    return Redactor.from_config(
        model=settings.model,
        recognizer_config=dict(settings.recognizers),
        policy_file=settings.policy_file,
        max_chars=settings.max_chars,
        project_root=PROJECT_ROOT,
        company=dict(settings.company),
    )


def _init_worker(settings: EngineSettings, barrier: Any = None) -> None:
    """Load the redactor once per worker (model, recognizers, policy), or take the one the
    fork server built for the same settings."""
    global _REDACTOR, _BARRIER
    signal.signal(signal.SIGALRM, _alarm)
    _BARRIER = barrier
    if _PRELOADED is not None and _PRELOADED[0] == _redactor_key(settings):
        _REDACTOR = _PRELOADED[1]
    else:
        _REDACTOR = _build_redactor(settings)


def preload_from_environment() -> None:
    """Runs in the fork server (``bot.engine_preload``): build the redactor named by
    ``PRELOAD_ENV`` before any worker is forked. Never raises: the fork server must start
    whatever happens, and the workers then build their own."""
    global _PRELOADED
    value = os.environ.get(PRELOAD_ENV)
    if not value:
        return
    try:
        fields = json.loads(value)
        fields["policy_file"] = Path(fields["policy_file"])
        settings = EngineSettings(**fields)
        _PRELOADED = (_redactor_key(settings), _build_redactor(settings))
    except Exception:  # no text in it: there is none here
        _PRELOADED = None


def _context() -> Any:
    """The multiprocessing context of the workers: the fork server where there is one."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def prestart(settings: EngineSettings) -> bool:
    """Start the fork server now, building the redactor of ``settings`` in the background
    while the caller goes on (``serve`` calls this before it imports the web application).
    False when there is no fork server here or it was already running (then nothing is
    preloaded and the workers build their own)."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    if forkserver._forkserver._forkserver_pid is not None:  # one per process, started once
        return False
    value = json.dumps(
        {
            "model": settings.model,
            "policy_file": str(settings.policy_file),
            "max_chars": settings.max_chars,
            "recognizers": dict(settings.recognizers),
            "company": dict(settings.company),
        },
        default=str,
    )
    forkserver.set_forkserver_preload(["bot.engine_preload"])
    previous = os.environ.get(PRELOAD_ENV)
    os.environ[PRELOAD_ENV] = value  # read by the fork server as it starts, then removed
    try:
        forkserver.ensure_running()
    finally:
        if previous is None:
            os.environ.pop(PRELOAD_ENV, None)
        else:
            os.environ[PRELOAD_ENV] = previous
    return True


def worker_info() -> dict[str, Any]:
    """Runs in a worker: its pid and whether its redactor is the fork server's (for tests and
    diagnostics; no text)."""
    preloaded = _PRELOADED is not None and _REDACTOR is _PRELOADED[1]
    return {"pid": os.getpid(), "preloaded": preloaded}


def _ready(timeout: float) -> int:
    """Warm-up task: proves the worker loaded; waiting at the pool's barrier until every
    worker has taken one makes the pool start every worker."""
    if _BARRIER is not None:
        _BARRIER.wait(timeout)
    return os.getpid()


def _capped(timeout: float, function: Callable[..., Any], *args: Any) -> Any:
    """Runs in a worker: ``function(*args)`` stopped after ``timeout`` seconds by an alarm
    (checked between Python bytecodes; native code that ignores it meets the parent's hard
    cap, which replaces the worker)."""
    if timeout > 0:
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return function(*args)
    except _TimeCap:
        raise InputRejectedError(
            f"analysing the message took longer than {timeout:g} s: it was not stored",
            status=422,
        ) from None
    finally:
        if timeout > 0:
            signal.setitimer(signal.ITIMER_REAL, 0)


def split_text(text: str, size: int) -> list[str]:
    """``text`` in consecutive parts of at most ``size`` characters, cut after a line end
    (else after a space) where one falls in the part's second half; joined they are
    ``text`` again."""
    parts, start = [], 0
    while len(text) - start > size:
        end = start + size
        cut = text.rfind("\n", start + size // 2, end)
        if cut < 0:
            cut = text.rfind(" ", start + size // 2, end)
        end = cut + 1 if cut >= 0 else end
        parts.append(text[start:end])
        start = end
    parts.append(text[start:])
    return parts


def _redact_split(text: str, purpose: str | None, conversation: Any) -> Any:
    """Runs in a worker: a text longer than the size budget redacted part by part in one
    conversation (the same person keeps one placeholder), as one result with the offsets
    of the whole text."""
    from pipelines.redaction import RedactionResult

    size = _REDACTOR.max_chars
    if len(text) <= size:
        return _REDACTOR.redact(text, purpose, conversation)
    results, offset, findings = [], 0, []
    for part in split_text(text, size):
        result = _REDACTOR.redact(part, purpose, conversation)
        results.append(result)
        findings.extend(
            dataclasses.replace(f, start=f.start + offset, end=f.end + offset)
            for f in result.findings
        )
        offset += len(part)
    first: RedactionResult = results[0]
    return dataclasses.replace(
        first,
        text="".join(r.text for r in results),
        findings=tuple(findings),
        request=next((r.request for r in results if r.request), None),
    )


def _redact(
    text: str,
    purpose: str | None,
    memory: ConversationMemory | None,
    parts: tuple[str | None, ...],
    split: bool = False,
    docs: tuple[Any, ...] = (),
) -> Redacted:
    """Runs in a worker: redact one message, then its other ``parts``, in one conversation
    continued from ``memory`` (a new one without it). ``split``: a text over the size budget
    is redacted in parts instead of refused (mail). ``docs``: the spaCy documents of the text
    and of each part, made beforehand (``_redact_many``), None where there is none."""
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
        docs = docs or (None,) * (1 + len(parts))
        if split:
            result = _redact_split(text, purpose, conversation)
        else:
            result = _REDACTOR.redact(text, purpose, conversation, doc=docs[0])
        redacted_parts = tuple(
            _REDACTOR.redact(part, purpose, conversation, doc=doc).text if part else part
            for part, doc in zip(parts, docs[1:], strict=True)
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


def _docs_of(texts: list[str]) -> list[Any]:
    return list(_REDACTOR.analyzer.docs(texts))


def _redact_many(
    timeout: float, jobs: list[tuple[str, str | None, ConversationMemory | None, tuple]]
) -> list[Redacted | Exception]:
    """Runs in a worker: messages that waited for a worker together, each redacted as
    ``_redact`` would (its own time cap, its own error), with the spaCy pipeline run once over
    all their texts (``nlp.pipe``), which is faster than one text at a time."""

    def wanted(text: Any) -> bool:  # what ``Redactor.redact`` would analyse
        return isinstance(text, str) and bool(text) and len(text) <= _REDACTOR.max_chars

    texts = [t for text, _, _, parts in jobs for t in (text, *parts) if wanted(t)]
    try:
        made = iter(_capped(timeout, _docs_of, texts))
    except InputRejectedError as error:  # the time cap: nothing of the batch is done
        return [InputRejectedError(str(error), error.status) for _ in jobs]
    except Exception:  # a pipeline bug: each message then makes its own and fails on its own
        made = iter(())
    outcomes: list[Redacted | Exception] = []
    for text, purpose, memory, parts in jobs:
        docs = tuple(next(made, None) if wanted(t) else None for t in (text, *parts))
        try:
            outcomes.append(_capped(timeout, _redact, text, purpose, memory, parts, False, docs))
        except (InputRejectedError, EngineError) as error:
            outcomes.append(error)
    return outcomes


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


class WorkQueue:
    """Admission to the workers: at most ``workers`` jobs run, at most ``max_queue`` wait.

    Short jobs are taken before long ones (a one-line question does not wait behind a
    hostile megabyte), and with two or more workers long jobs occupy all but one, so a
    short message always finds a worker soon. Within a class, first come first served.
    """

    def __init__(self, workers: int, max_queue: int) -> None:
        self.workers = max(1, workers)
        self.max_queue = max_queue
        self.long_cap = max(1, self.workers - 1)
        self.running = 0
        self.long_running = 0
        self._waiting: list[tuple[bool, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    @property
    def waiting(self) -> int:
        return sum(1 for *_, future in self._waiting if not future.done())

    def _can_start(self, long: bool) -> bool:
        return self.running < self.workers and (not long or self.long_running < self.long_cap)

    def _start(self, long: bool) -> None:
        self.running += 1
        self.long_running += long

    def _release(self, long: bool) -> None:
        self.running -= 1
        self.long_running -= long
        while self._waiting:
            long_next, _, future = self._waiting[0]
            if future.done():  # cancelled while waiting
                heapq.heappop(self._waiting)
                continue
            if not self._can_start(long_next):
                break
            heapq.heappop(self._waiting)
            self._start(long_next)
            future.set_result(None)

    @contextlib.asynccontextmanager
    async def slot(self, long: bool) -> AsyncIterator[None]:
        """Hold a worker slot; raises :class:`EngineBusyError` when the queue is full."""
        # the jobs waiting cannot start now (each release starts what can): a short job may
        # pass waiting long ones held back by the cap; a long one queues behind them
        if self._can_start(long) and not (long and self.waiting):
            self._start(long)
        else:
            if self.waiting >= self.max_queue:
                raise EngineBusyError(retry_after=5.0)
            future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            heapq.heappush(self._waiting, (long, next(self._order), future))
            try:
                await future
            except asyncio.CancelledError:
                if future.done() and not future.cancelled():  # granted, then cancelled
                    self._release(long)
                raise
        try:
            yield
        finally:
            self._release(long)


class RedactionEngine:
    """Async front of the process pool: a bounded queue, a time cap per message."""

    def __init__(self, settings: EngineSettings) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self.ready = False
        self.turns = ConversationTurns()
        self.queue = WorkQueue(settings.workers, settings.max_queue)
        #: short messages waiting to be taken into a batch, with their callers' futures
        self._pending: collections.deque[tuple[tuple, asyncio.Future[Redacted]]] = (
            collections.deque()
        )
        self._drainers: set[asyncio.Task[None]] = set()
        #: drainers still taking batches (a finished task leaves ``_drainers`` only later)
        self._draining = 0

    def _new_pool(self) -> ProcessPoolExecutor:
        workers = max(1, self.settings.workers)
        context = _context()
        return ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.settings, context.Barrier(workers)),
        )

    async def start(self) -> None:
        """Start the workers and wait until every one has loaded the redactor."""
        workers = max(1, self.settings.workers)
        prestart(self.settings)  # unless ``serve`` did already
        loop = asyncio.get_running_loop()

        def submit() -> list[Any]:  # starting a worker waits for the fork server: not here
            self._pool = self._new_pool()
            return [self._pool.submit(_ready, START_TIMEOUT_S) for _ in range(workers)]

        futures = await loop.run_in_executor(None, submit)
        await asyncio.gather(*(asyncio.wrap_future(f) for f in futures))
        self.ready = True

    def _replace_pool(self, pool: ProcessPoolExecutor, kill: bool = False) -> None:
        """A broken pool (a worker died) or one with a runaway worker is replaced once (not
        per failed call), so later messages are processed again."""
        if self._pool is not pool:
            return
        self._pool = self._new_pool()
        if kill:  # the runaway ignores its alarm (native code): the pool's processes go
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                with contextlib.suppress(Exception):
                    process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    async def run(self, function: Callable[..., Any], *args: Any, size: int = 0) -> Any:
        """``function(*args)`` in a worker, through the queue and under the time cap.

        ``size`` (characters) decides whether the job counts as long. Raises
        :class:`EngineBusyError` (queue full), :class:`InputRejectedError` (status 422: the
        time cap was reached; the worker is replaced when it does not stop by itself) or
        :class:`EngineError` (a worker died)."""
        settings = self.settings
        async with self.queue.slot(size > settings.long_chars):
            pool = self._pool
            if pool is None:
                raise EngineError("engine not started")
            loop = asyncio.get_running_loop()
            timeout = settings.timeout_s
            try:  # a pool already broken raises at submit, not from the future
                future = loop.run_in_executor(pool, _capped, timeout, function, *args)
                if timeout > 0:
                    return await asyncio.wait_for(future, timeout + HARD_GRACE_S)
                return await future
            except TimeoutError:
                log.error("engine.worker_replaced", extra={"ctx": {"timeout_s": timeout}})
                self._replace_pool(pool, kill=True)
                raise InputRejectedError(
                    f"analysing the message took longer than {timeout:g} s: it was not stored",
                    status=422,
                ) from None
            except BrokenProcessPool:
                self._replace_pool(pool)
                raise EngineError("a redaction worker died") from None

    async def redact(
        self,
        text: str,
        purpose: str | None,
        memory: ConversationMemory | None = None,
        parts: tuple[str | None, ...] = (),
        split: bool = False,
    ) -> Redacted:
        """Redact in a worker, continuing the conversation ``memory``; ``parts`` (quoted
        history, sender, subject) follow the text in the same conversation. ``split``: a
        text over the size budget (up to ``max_split_chars``) is redacted in parts."""
        limit = self.settings.max_split_chars if split else self.settings.max_chars
        if len(text) > limit:  # refused before any work, not after the queue
            raise InputRejectedError(
                f"message has {len(text)} characters; the limit is {limit}", status=413
            )
        size = len(text) + sum(len(p) for p in parts if p)
        batched = not split and self.settings.batch_max > 1 and size <= self.settings.long_chars
        try:
            if batched:
                return await self._batched((text, purpose, memory, parts))
            return await self.run(_redact, text, purpose, memory, parts, split, size=size)
        except InputRejectedError as exc:
            if exc.status == 422:  # never silently: the time cap's failures are logged
                log.error("message.timed_out", extra={"ctx": {"chars": size}})
            raise

    async def _batched(self, job: tuple) -> Redacted:
        """A short message through the batch queue: it is taken, with the others waiting
        then, into the next batch that a worker slot is free for (``_drain``).

        At most ``max_queue`` messages wait here (:class:`EngineBusyError` beyond); messages
        of one conversation never meet in a batch (``ConversationTurns`` holds the second)."""
        if self._pool is None:
            raise EngineError("engine not started")
        if len(self._pending) >= self.settings.max_queue:
            raise EngineBusyError(retry_after=5.0)
        future: asyncio.Future[Redacted] = asyncio.get_running_loop().create_future()
        self._pending.append((job, future))
        if self._draining < self.queue.workers:
            self._draining += 1
            task = asyncio.create_task(self._drain())
            self._drainers.add(task)
            task.add_done_callback(self._drainers.discard)
        return await future

    def _take(self) -> list[tuple[tuple, asyncio.Future[Redacted]]]:
        batch = []
        while self._pending and len(batch) < self.settings.batch_max:
            job, future = self._pending.popleft()
            if not future.done():  # its caller gave up (cancelled) while it waited
                batch.append((job, future))
        return batch

    async def _drain(self) -> None:
        """Runs batches while messages wait: one worker slot (a short job's) per batch."""
        window = self.settings.batch_window_s
        batch: list[tuple[tuple, asyncio.Future[Redacted]]] = []
        try:
            while self._pending:
                if window > 0 and len(self._pending) < self.settings.batch_max:
                    await asyncio.sleep(window)
                async with self.queue.slot(False):
                    batch = self._take()
                    if batch:
                        await self._run_batch(batch)
        except EngineBusyError as error:  # the long jobs fill the queue: these wait no more
            for _, future in self._take_all():
                future.set_exception(EngineBusyError(error.retry_after))
        finally:  # whatever ended this loop, no caller is left waiting for nothing
            self._draining -= 1
            for _, future in batch:
                if not future.done():
                    future.set_exception(EngineError("redaction failed"))

    def _take_all(self) -> list[tuple[tuple, asyncio.Future[Redacted]]]:
        batch = [(job, future) for job, future in self._pending if not future.done()]
        self._pending.clear()
        return batch

    async def _run_batch(self, batch: list[tuple[tuple, asyncio.Future[Redacted]]]) -> None:
        """One worker call for ``batch`` (``_redact_many``); each caller gets its own result
        or error. The hard cap is a time cap per message, plus one for the pipeline pass."""
        timeout = self.settings.timeout_s
        outcomes: list[Any]
        pool = self._pool
        if pool is None:
            outcomes = [EngineError("engine not started") for _ in batch]
        else:
            loop = asyncio.get_running_loop()
            jobs = [job for job, _ in batch]
            try:  # a pool already broken raises at submit, not from the future
                future = loop.run_in_executor(pool, _redact_many, timeout, jobs)
                if timeout > 0:
                    outcomes = await asyncio.wait_for(
                        future, timeout * (len(jobs) + 1) + HARD_GRACE_S
                    )
                else:
                    outcomes = await future
            except TimeoutError:
                log.error("engine.worker_replaced", extra={"ctx": {"timeout_s": timeout}})
                self._replace_pool(pool, kill=True)
                reason = f"analysing the message took longer than {timeout:g} s: it was not stored"
                outcomes = [InputRejectedError(reason, status=422) for _ in batch]
            except BrokenProcessPool:
                self._replace_pool(pool)
                outcomes = [EngineError("a redaction worker died") for _ in batch]
            except asyncio.CancelledError:
                for _, waiting in batch:
                    waiting.cancel()
                raise
            except Exception as error:  # e.g. a result that could not be sent back
                failure = f"redaction failed ({type(error).__name__})"
                outcomes = [EngineError(failure) for _ in batch]
        for (_, waiting), outcome in zip(batch, outcomes, strict=True):
            if waiting.done():
                continue
            if isinstance(outcome, BaseException):
                waiting.set_exception(outcome)
            else:
                waiting.set_result(outcome)

    async def close(self) -> None:
        """Let messages in flight finish, then stop the workers."""
        self.ready = False
        if self._drainers:  # batches taken or waiting for a slot: they finish first
            await asyncio.gather(*self._drainers, return_exceptions=True)
        if self._pool is not None:
            pool, self._pool = self._pool, None
            await asyncio.get_running_loop().run_in_executor(None, pool.shutdown, True)
