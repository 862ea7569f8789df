"""The real process-pool engine: a worker that dies fails one message, not all later ones."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from bot.engine import EngineError, EngineSettings, RedactionEngine
from bot.settings import load_settings


def engine_settings() -> EngineSettings:
    settings = load_settings(None, environ={})
    return EngineSettings(
        model="blank",
        policy_file=settings.policy_file,
        max_chars=10_000,
        recognizers=dict(settings.recognizers),
        workers=1,
    )


def test_a_killed_worker_fails_its_message_and_the_engine_recovers() -> None:
    async def scenario() -> tuple[str, str]:
        engine = RedactionEngine(engine_settings())
        await engine.start()
        try:
            before = (await engine.redact("Mijn BSN is 111222333.", None)).text
            [pid] = list(engine._pool._processes)  # the one worker
            os.kill(pid, signal.SIGKILL)  # what the OOM killer does to a worker
            with pytest.raises(EngineError, match="a redaction worker died"):
                await engine.redact("Mijn BSN is 111222333.", None)
            after = (await engine.redact("Mijn BSN is 111222333.", None)).text
            return before, after
        finally:
            await engine.close()

    before, after = asyncio.run(scenario())
    assert before == after == "Mijn BSN is [BSN-1]."
