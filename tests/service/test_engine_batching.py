"""Micro-batching in the engine: short messages that wait for a worker together are redacted
in one worker call, each with exactly the result it gets alone."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path

from bot.engine import EngineBusyError, EngineSettings, RedactionEngine
from bot.settings import load_settings
from bot.store.models import ConversationMemory

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    json.loads(line)["text"]
    for line in (ROOT / "benchmarks" / "data" / "load_messages.jsonl").read_text().splitlines()
    if line.strip()
][:12]


def engine_settings(**changes) -> EngineSettings:
    settings = load_settings(None, environ={})
    base = EngineSettings(
        model=settings.model,  # the shipped model: the batch runs its pipeline once
        policy_file=settings.policy_file,
        max_chars=settings.max_message_chars,
        recognizers=dict(settings.recognizers),
        workers=1,
    )
    return dataclasses.replace(base, **changes)


def view(redacted) -> tuple:
    return (
        redacted.text,
        redacted.entities,
        redacted.values,
        redacted.request,
        redacted.parts,
        redacted.memory,
    )


async def redact_all(settings: EngineSettings, together: bool) -> tuple[list, int]:
    engine = RedactionEngine(settings)
    await engine.start()
    calls = []
    run_batch = engine._run_batch

    async def counted(batch):
        calls.append(len(batch))
        await run_batch(batch)

    engine._run_batch = counted
    parts = ("Van: Karin de Vries <karin@example.nl>", None, "Onderwerp: factuur")
    try:
        jobs = [
            engine.redact(
                text,
                "billing" if i % 3 == 0 else None,
                # a fixed key: the memory's digests are then comparable between runs
                ConversationMemory(f"k{i}", bytes([i]) * 32),
                parts if i % 2 else (),
            )
            for i, text in enumerate(TEXTS)
        ]
        if together:
            results = await asyncio.gather(*jobs)
        else:
            results = [await job for job in jobs]
    finally:
        await engine.close()
    return [view(r) for r in results], len(calls)


def test_messages_arriving_together_are_batched_with_identical_results() -> None:
    alone, alone_calls = asyncio.run(redact_all(engine_settings(batch_max=1), together=False))
    together, batches = asyncio.run(redact_all(engine_settings(batch_max=8), together=True))
    assert alone_calls == 0  # batch_max=1: the one-message path
    assert together == alone
    assert batches < len(TEXTS)  # the messages that waited went in batches


def test_batch_queue_is_bounded() -> None:
    async def scenario() -> list:
        engine = RedactionEngine(engine_settings(model="blank", max_queue=2, batch_max=4))
        await engine.start()
        try:
            return await asyncio.gather(
                *(engine.redact("Mijn BSN is 111222333.", None) for _ in range(12)),
                return_exceptions=True,
            )
        finally:
            await engine.close()

    results = asyncio.run(scenario())
    busy = [r for r in results if isinstance(r, EngineBusyError)]
    done = [r for r in results if not isinstance(r, BaseException)]
    assert busy and done
    assert {r.text for r in done} == {"Mijn BSN is [BSN-1]."}
