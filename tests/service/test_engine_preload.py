"""The fork server builds the redactor once; workers forked from it use it, ready at once."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import asyncio, json, os, sys
from bot import engine as e
from bot.settings import load_settings

settings = load_settings(None, environ={})
engine_settings = e.EngineSettings(
    model="blank", policy_file=settings.policy_file, max_chars=10_000,
    recognizers=dict(settings.recognizers), workers=2,
)
started = e.prestart(engine_settings) if sys.argv[1] == "prestart" else None

async def main():
    engine = e.RedactionEngine(engine_settings)
    await engine.start()
    try:
        infos = [await engine.run(e.worker_info) for _ in range(4)]
        text = (await engine.redact("Mijn BSN is 111222333.", None)).text
    finally:
        await engine.close()
    return infos, text

infos, text = asyncio.run(main())
print(json.dumps({"started": started, "env_left": e.PRELOAD_ENV in os.environ,
                  "preloaded": sorted({i["preloaded"] for i in infos}), "text": text}))
"""


def run(mode: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRIVACYWACHT_")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is a POSIX feature")
def test_workers_use_the_redactor_the_fork_server_built() -> None:
    result = run("prestart")
    assert result == {
        "started": True,
        "env_left": False,
        "preloaded": [True],
        "text": "Mijn BSN is [BSN-1].",
    }


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is a POSIX feature")
def test_without_prestart_the_engine_preloads_itself() -> None:
    result = run("plain")
    assert result["preloaded"] == [True] and result["text"] == "Mijn BSN is [BSN-1]."
