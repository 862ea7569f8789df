"""Failures inside the pipeline, the store and shutdown, on an in-process app.

Monkeypatching cannot reach a subprocess or the engine's worker processes, so these tests run
the real ``create_app`` on a background thread's event loop with the engine swapped for a stub
(the engine's ``cleanup_ctx`` entry is replaced; store, routes, middleware and write-back are the
real ones). The log goes through ``bot.logs.setup_logging`` into a buffer that the canary search
reads along with the data directory.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import socket
import sqlite3
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web

from bot.app import ENGINE, STORE, create_app, engine_ctx
from bot.engine import ConversationTurns, EngineError, Redacted
from bot.logs import setup_logging
from bot.service_config import ServiceConfig
from bot.settings import load_settings
from tests.service.canary import TEXT, assert_no_canaries
from tests.service.harness import (
    TOKEN,
    BackgroundServer,
    config_toml,
    post_message,
    post_webhook,
    table_counts,
    unique_id,
    zendesk_comment,
)

BSN = "111222333"
#: the stub keeps quoted history, sender and subject away (None), as if absent
PARTS = (None, None, None)
EMPTY = {"conversations": 0, "messages": 0, "findings": 0, "deliveries": 0}


def redacted(text: str) -> Redacted:
    """What a worker would answer: the BSN (if any) redacted, with its finding."""
    start = text.find(BSN)
    if start < 0:
        return Redacted(text=text, purpose="default", entities=[], values=[], parts=PARTS)
    entity = {
        "type": "BSN",
        "start": start,
        "end": start + len(BSN),
        "score": 1.0,
        "action": "redact",
        "recognizer": "NlBsnRecognizer",
        "reason": "BSN wordt nooit bewaard",
    }
    return Redacted(
        text=text.replace(BSN, "[BSN-1]"),
        purpose="default",
        entities=[entity],
        values=[BSN],
        parts=PARTS,
    )


class StubEngine:
    """Stands in for :class:`bot.engine.RedactionEngine`; ``behaviour`` decides each call."""

    def __init__(self) -> None:
        self.ready = True
        self.turns = ConversationTurns()
        self.calls = 0
        self.failures: list[BaseException] = []  # raised (in order) before answering normally
        self.hook: Callable[[], Awaitable[None]] | None = None

    async def redact(self, text: str, purpose: str | None, memory=None, parts=(), split=False):
        self.calls += 1
        if self.hook is not None:
            await self.hook()
        if self.failures:
            raise self.failures.pop(0)
        return redacted(text)


class App:
    """The real app with a stub engine, served in-process; its database and log."""

    def __init__(self, tmp_path: Path, engine: StubEngine, log: io.StringIO, **toml: str) -> None:
        self.data_dir = tmp_path / "data"
        self.db = self.data_dir / "privacywacht.db"
        self.log = log
        self.engine = engine
        config_file = tmp_path / "service.toml"
        config_file.write_text(toml.get("text") or config_toml(self.data_dir))
        settings = load_settings(config_file, environ={})
        self.app = create_app(settings, ServiceConfig.from_settings(settings))
        position = list(self.app.cleanup_ctx).index(engine_ctx)
        self.app.cleanup_ctx[position] = self._stub_ctx
        self.server = BackgroundServer(self.app)

    async def _stub_ctx(self, app: web.Application) -> AsyncIterator[None]:
        app[ENGINE] = self.engine  # type: ignore[assignment]
        yield

    @property
    def url(self) -> str:
        return self.server.base_url

    @property
    def store(self) -> Any:
        """The synchronous Store behind the app's AsyncStore (to make one insert fail)."""
        return self.app[STORE]._store

    def counts(self) -> dict[str, int]:
        return table_counts(self.db)


@pytest.fixture
def service_log() -> Iterator[io.StringIO]:
    """The JSON log of the in-process app, set up as ``cmd_serve`` does, into a buffer."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    stream = io.StringIO()
    setup_logging("INFO", stream)
    yield stream
    for handler in root.handlers[:]:
        root.removeHandler(handler)
    for handler in saved_handlers:
        root.addHandler(handler)
    root.setLevel(saved_level)


@pytest.fixture
def app(tmp_path, service_log, capfd) -> Iterator[App]:
    """The app on a fresh data dir; afterwards no canary on disk, in the log or on stdout/err."""
    running = App(tmp_path, StubEngine(), service_log)
    running.server.start()
    try:
        yield running
    finally:
        running.server.stop()
    out, err = capfd.readouterr()
    files = assert_no_canaries([running.data_dir], [service_log.getvalue(), out, err])
    assert running.db in files


def events(log: io.StringIO) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.getvalue().splitlines()]


# ---------------------------------------------------------------------------------------------
# the pipeline fails


def test_engine_failure_on_the_api_is_a_500_and_stores_nothing(app) -> None:
    app.engine.failures.append(EngineError("redaction failed (ValueError)"))
    answer = post_message(app.url, {"text": TEXT, "subject": TEXT, "sender": TEXT})
    assert answer.status == 500
    assert answer.json() == {"error": "redaction failed: nothing was stored"}
    assert app.counts() == EMPTY
    [failed] = [e for e in events(app.log) if e["event"] == "message.failed"]
    assert (failed["channel"], failed["error"]) == ("api", "EngineError")


def test_engine_failure_on_a_webhook_is_a_500_and_a_retry_is_processed(app) -> None:
    payload = zendesk_comment(f"Mijn BSN is {BSN}.")  # the stub only knows this BSN
    app.engine.failures.append(EngineError("a redaction worker died"))
    first = post_webhook(app.url, "zendesk", payload)
    assert first.status == 500
    assert first.json() == {"error": "redaction failed: nothing was stored for this message"}
    assert app.counts() == EMPTY
    retry = post_webhook(app.url, "zendesk", payload)  # the provider redelivers
    assert retry.status == 200
    assert retry.json()["stored"] == 1
    assert app.counts() == {"conversations": 1, "messages": 1, "findings": 1, "deliveries": 1}


def test_unexpected_error_is_a_json_500_and_its_message_is_not_logged(app) -> None:
    """A bug that puts the text into an exception message: 500, and the text stays out."""
    app.engine.failures.append(RuntimeError(f"kapot bij: {TEXT}"))
    answer = post_message(app.url, {"text": TEXT})
    assert answer.status == 500
    assert answer.json() == {"error": "internal error: nothing was stored"}
    assert app.counts() == EMPTY
    [failed] = [e for e in events(app.log) if e["event"] == "request.failed"]
    assert failed["exc_type"] == "RuntimeError" and failed["path"] == "/api/v1/messages"
    assert_no_canaries([], [app.log.getvalue(), answer.body])


# ---------------------------------------------------------------------------------------------
# the store fails after redaction, half-way through the transaction


def fail_once(app: App, method: str) -> list[int]:
    """Make ``Store.<method>`` raise once (after the earlier inserts of the transaction ran)."""
    original = getattr(app.store, method)
    calls: list[int] = []

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.OperationalError("disk I/O error")
        return original(*args, **kwargs)

    setattr(app.store, method, failing)
    return calls


@pytest.mark.parametrize(
    "method", ["_insert_message", "_insert_findings", "_insert_memory", "_insert_delivery"]
)
def test_crash_before_commit_stores_nothing_and_the_redelivery_is_processed(app, method) -> None:
    calls = fail_once(app, method)
    payload = zendesk_comment(f"Mijn BSN is {BSN}.")
    first = post_webhook(app.url, "zendesk", payload)
    assert calls == [1]  # the failure really happened inside record_message
    assert first.status == 500
    assert first.json() == {"error": "internal error: nothing was stored"}
    assert app.counts() == EMPTY  # conversation, message and findings rolled back together
    retry = post_webhook(app.url, "zendesk", payload)
    assert retry.status == 200
    assert (retry.json()["stored"], retry.json()["duplicates"]) == (1, 0)
    one = {"conversations": 1, "messages": 1, "findings": 1, "deliveries": 1}
    assert app.counts() == one
    again = post_webhook(app.url, "zendesk", payload)
    assert (again.json()["stored"], again.json()["duplicates"]) == (0, 1)
    assert app.counts() == one
    # one engine call (text, sender and subject together) per processed delivery; the
    # duplicate was not redacted
    assert app.engine.calls == 2


def test_crash_before_commit_on_the_api_lets_the_same_idempotency_key_retry(app) -> None:
    fail_once(app, "_insert_delivery")
    key = f"key-{unique_id()}"
    payload = {"text": f"Mijn BSN is {BSN}."}
    assert post_message(app.url, payload, Idempotency_Key=key).status == 500
    assert app.counts() == EMPTY
    retry = post_message(app.url, payload, Idempotency_Key=key)
    assert retry.status == 201
    assert retry.json()["text"] == "Mijn BSN is [BSN-1]."
    replay = post_message(app.url, payload, Idempotency_Key=key)
    assert replay.status == 200 and replay.json()["id"] == retry.json()["id"]
    assert app.counts() == {"conversations": 1, "messages": 1, "findings": 1, "deliveries": 1}


# ---------------------------------------------------------------------------------------------
# configuration


NO_WEBHOOKS = f"""
[nlp]
model = "blank"
[service]
workers = 1
[api]
tokens = ["{TOKEN}"]
"""


@pytest.mark.parametrize("provider", ["zendesk", "zammad", "helpscout", "chatwoot", "freshdesk"])
def test_provider_that_is_not_configured_refuses_everything(
    tmp_path, service_log, provider: str
) -> None:
    data_dir = tmp_path / "data"
    text = NO_WEBHOOKS.replace("[service]", f'[service]\ndata_dir = "{data_dir}"')
    running = App(tmp_path, StubEngine(), service_log, text=text)
    with running.server:
        # correctly signed with the secret the other tests use: still nothing to check it with
        answer = post_webhook(running.url, provider, zendesk_comment(f"BSN {BSN}"))
        assert answer.status == 401
        assert answer.json() == {"error": "not configured"}
        assert running.engine.calls == 0
        assert running.counts() == EMPTY


# ---------------------------------------------------------------------------------------------
# graceful shutdown


def port_closed(url: str) -> bool:
    host, port = url.removeprefix("http://").split(":")
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return True
    return False


def test_request_in_flight_at_shutdown_still_gets_its_201(tmp_path, service_log) -> None:
    running = App(tmp_path, StubEngine(), service_log)
    entered, release = threading.Event(), threading.Event()

    async def hold() -> None:  # runs on the server's loop, inside the handler
        entered.set()
        while not release.is_set():
            await asyncio.sleep(0.01)

    running.engine.hook = hold
    answers: list[Any] = []
    with running.server:
        client = threading.Thread(
            target=lambda: answers.append(post_message(running.url, {"text": f"BSN {BSN}"}))
        )
        client.start()
        assert entered.wait(10)
        shutdown = running.server.begin_shutdown()
        for _ in range(200):  # the listener closes first ...
            if port_closed(running.url):
                break
            time.sleep(0.01)
        assert port_closed(running.url)
        assert not shutdown.done()  # ... and shutdown waits for the request in flight
        release.set()
        client.join(10)
        shutdown.result(10)
    [answer] = answers
    assert answer.status == 201
    assert answer.json()["text"] == "BSN [BSN-1]"
    assert running.counts() == {"conversations": 1, "messages": 1, "findings": 1, "deliveries": 0}


# ---------------------------------------------------------------------------------------------
# the register fails after the message was committed


def test_register_failure_is_a_500_and_the_retried_delivery_registers_once(
    app, monkeypatch
) -> None:
    """Stored but not registered: the sender must retry, and the retry must register it."""
    from dataclasses import replace

    from bot.register_api import REGISTER
    from bot.store.register import RegisterError

    async def redact_request(text: str, purpose: str | None, memory=None, parts=(), split=False):
        request = {"type": "access", "confidence": 0.9, "on_behalf_of": False}
        return replace(redacted(text), request=request)

    monkeypatch.setattr(app.engine, "redact", redact_request)
    register = app.app[REGISTER]
    create, calls = register.create, []

    def create_failing_once(*args: Any, **kwargs: Any):
        calls.append(1)
        if len(calls) == 1:
            raise RegisterError("could not register the request")
        return create(*args, **kwargs)

    monkeypatch.setattr(register, "create", create_failing_once)
    body = {"text": "Ik wil inzage in mijn gegevens.", "sender": "jan@klant.example"}
    first = post_message(app.url, body, Idempotency_Key="verzoek-1")
    assert first.status == 500
    assert "could not be registered" in first.json()["error"]
    assert app.counts()["messages"] == 1 and register.list() == []

    retry = post_message(app.url, body, Idempotency_Key="verzoek-1")
    assert retry.status == 200, retry.body
    reference = retry.json()["request"]["reference"]
    assert reference in retry.json()["reply"]
    again = post_message(app.url, body, Idempotency_Key="verzoek-1")
    assert again.json()["request"]["reference"] == reference
    assert [r.reference for r in register.list()] == [reference]
    assert register.get(reference).has_email  # the retry still knew the sender
    assert app.counts()["messages"] == 1
