"""Budgets against the running service (issue 19): rate limits per token, per address and
per chat session, a full work queue, read timeouts for slow clients, and a normal message
that still gets through while two hostile chat clients send the largest messages allowed.

Latency numbers are measured in ``benchmarks/hostile.py``, not asserted here: these tests
assert what happens (bounded waits only keep a broken service from hanging the run)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import aiohttp
import pytest

from bot.engine import EngineBusyError
from tests.service.harness import (
    TOKEN,
    ServiceProcess,
    post_message,
    post_webhook,
    request,
    zendesk_comment,
)
from tests.service.test_failures import App, StubEngine, service_log  # noqa: F401 (fixture)

MESSAGE = {"text": "Mijn bestelling 4471 is nog niet geleverd, kunt u kijken?"}


@pytest.fixture(scope="module")
def limited(tmp_path_factory):
    """A service with small budgets: one API message per 10 s per token (bursts of one),
    one chat message per 10 s per session, and 1 s to send headers or a body."""
    service = ServiceProcess(
        tmp_path_factory.mktemp("limited"),
        limits={"api_per_minute": 6, "chat_per_minute": 6},
        service={"header_timeout_s": 1, "body_timeout_s": 1},
    )
    service.start()
    yield service
    service.stop()


def ws_url(service: ServiceProcess, session: str | None = None) -> str:
    url = service.base_url.replace("http://", "ws://") + "/chat/ws"
    return f"{url}?session={session}" if session else url


# --------------------------------------------------------------------------------------------
# rate limits


def test_a_token_over_its_budget_gets_429_with_retry_after(limited) -> None:
    first = post_message(limited.base_url, MESSAGE)
    assert first.status == 201
    second = post_message(limited.base_url, MESSAGE)
    assert second.status == 429
    assert 1 <= int(second.headers["retry-after"]) <= 10
    assert second.json()["error"].startswith("too many messages for this token")
    assert "4471" not in second.body.decode()


def test_a_chat_session_over_its_budget_gets_an_error_frame_and_stays_open(limited) -> None:
    async def talk() -> list[dict]:
        async with aiohttp.ClientSession() as client, client.ws_connect(ws_url(limited)) as ws:
            frames = [await ws.receive_json(timeout=30)]
            for text in ("Hallo, mijn pakket is kwijt.", "Nog een vraag over de factuur."):
                await ws.send_json({"type": "message", "text": text})
                frames.append(await ws.receive_json(timeout=30))
            await ws.send_json({"type": "ping"})
            frames.append(await ws.receive_json(timeout=30))
            return frames

    welcome, reply, refused, pong = asyncio.run(talk())
    assert welcome["type"] == "welcome" and reply["type"] == "reply"
    assert refused["type"] == "error"
    assert refused["reason"].startswith("too many messages for this chat session")
    assert 1 <= refused["retry_after"] <= 10
    assert pong == {"type": "pong"}  # the socket stayed open


# --------------------------------------------------------------------------------------------
# read timeouts


def test_a_slow_header_client_is_cut_off(limited) -> None:
    with socket.create_connection(("127.0.0.1", limited.port), timeout=30) as slow:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # never the empty line
        for _ in range(3):
            time.sleep(0.4)
            slow.sendall(b"X-Slow: 1\r\n")
        assert slow.recv(1024) == b""  # closed by the service (the 30 s timeout never hit)
    assert request(limited.base_url, "GET", "/healthz").status == 200


def test_a_slow_body_gets_408_and_the_connection_closes(limited) -> None:
    head = (
        "POST /api/v1/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Authorization: Bearer {TOKEN}\r\nContent-Length: 200\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", limited.port), timeout=30) as slow:
        slow.sendall(head.encode() + b'{"text": "')
        answer = b""
        while chunk := slow.recv(4096):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408")
    assert b"the body did not arrive within 1 s" in answer


# --------------------------------------------------------------------------------------------
# a full work queue (a stub engine that says so)


@pytest.fixture
def stub_app(tmp_path, service_log):  # noqa: F811 (the fixture imported above)
    running = App(tmp_path, StubEngine(), service_log)
    running.server.start()
    try:
        yield running
    finally:
        running.server.stop()


def test_a_full_queue_is_503_with_retry_after_and_nothing_stored(stub_app) -> None:
    stub_app.engine.failures.append(EngineBusyError(retry_after=5.0))
    answer = post_message(stub_app.url, MESSAGE)
    assert answer.status == 503
    assert answer.headers["retry-after"] == "5"
    assert answer.json()["error"].startswith("busy: the work queue is full")
    stub_app.engine.failures.append(EngineBusyError(retry_after=5.0))
    hook = post_webhook(stub_app.url, "zendesk", zendesk_comment("Waar blijft mijn order?"))
    assert hook.status == 503 and hook.headers["retry-after"] == "5"
    assert stub_app.counts()["messages"] == 0
    assert post_message(stub_app.url, MESSAGE).status == 201  # the retry gets through


# --------------------------------------------------------------------------------------------
# two hostile chat clients do not stop a normal message


def test_a_normal_message_completes_while_two_chat_clients_flood(tmp_path) -> None:
    service = ServiceProcess(
        tmp_path / "flood",
        limits={"max_message_chars": 20_000, "chat_per_minute": 120},
        service={"workers": 2, "max_body_bytes": 1_048_576},
    )
    service.start()
    stop = threading.Event()
    sent = [0, 0]

    async def flood(index: int) -> None:
        big = "Bel Jan op 0612345678. " * (20_000 // 23)
        async with aiohttp.ClientSession() as client, client.ws_connect(ws_url(service)) as ws:
            await ws.receive_json(timeout=30)
            while not stop.is_set():
                await ws.send_json({"type": "message", "text": big})
                frame = await ws.receive_json(timeout=120)
                sent[index] += 1
                if frame.get("retry_after"):
                    await asyncio.sleep(min(frame["retry_after"], 1))

    threads = [threading.Thread(target=asyncio.run, args=(flood(i),)) for i in range(2)]
    try:
        for thread in threads:
            thread.start()
        time.sleep(2)  # both flooding
        answers = [post_message(service.base_url, MESSAGE) for _ in range(3)]
        assert [a.status for a in answers] == [201, 201, 201]
        assert all("4471" in a.json()["text"] for a in answers)
        assert sent[0] > 0 and sent[1] > 0
    finally:
        stop.set()
        for thread in threads:
            thread.join(180)
        service.stop()
