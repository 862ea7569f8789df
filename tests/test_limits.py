"""Budgets without a running service: the rate limiter, the work queue, the time cap, the
mail's text split and its history shortened, and header fields cut before parsing."""

from __future__ import annotations

import asyncio
import email
import email.policy
from email.message import EmailMessage

import pytest

from bot.engine import (
    EngineBusyError,
    InputRejectedError,
    WorkQueue,
    _capped,
    split_text,
)
from bot.limits import LimitsConfig, RateLimiter, retry_after
from bot.mail.headers import MAX_FIELD_BYTES, MAX_FIELDS, cap_headers, parse_capped
from bot.mail.processor import shortened_history
from bot.settings import SettingsError


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


# --------------------------------------------------------------------------------------------
# rate limits


def test_a_burst_passes_then_the_client_waits_for_the_refill() -> None:
    clock = Clock()
    limiter = RateLimiter(clock=clock)
    allowed = [limiter.take("chat:abc", 60) for _ in range(10)]  # 60/min: bursts of 10
    assert allowed == [0.0] * 10
    wait = limiter.take("chat:abc", 60)
    assert wait == pytest.approx(1.0)
    assert retry_after(wait) == "1"
    clock.now += 1.0
    assert limiter.take("chat:abc", 60) == 0.0


def test_budgets_are_per_key_and_zero_is_off() -> None:
    limiter = RateLimiter(clock=Clock())
    assert limiter.take("token:a", 6) == 0.0
    assert limiter.take("token:a", 6) > 0  # a burst of one
    assert limiter.take("token:b", 6) == 0.0  # another token has its own budget
    assert all(limiter.take("ip:x", 0) == 0.0 for _ in range(1000))


def test_forgotten_keys_come_back_with_a_full_bucket() -> None:
    limiter = RateLimiter(max_keys=2, clock=Clock())
    limiter.take("a", 6)
    limiter.take("b", 6)
    limiter.take("c", 6)  # "a" is forgotten
    assert limiter.take("a", 6) == 0.0


@pytest.mark.parametrize(
    "table",
    [{"max_queue": 0}, {"message_timeout_s": -1}, {"api_per_minute": "veel"}],
)
def test_limits_are_checked_at_start(table) -> None:
    with pytest.raises(SettingsError):
        LimitsConfig.from_mapping(table)


def test_limit_defaults_and_rates_may_be_off() -> None:
    assert LimitsConfig.from_mapping({"chat_per_minute": 0}).chat_per_minute == 0
    assert LimitsConfig.from_mapping({}).max_queue == 32


# --------------------------------------------------------------------------------------------
# the work queue


def test_a_full_queue_is_busy_and_short_jobs_go_first() -> None:
    async def scenario() -> tuple[list[str], bool]:
        queue = WorkQueue(workers=1, max_queue=2)
        order: list[str] = []
        gate = asyncio.Event()

        async def job(name: str, long: bool) -> None:
            async with queue.slot(long):
                order.append(name)
                await gate.wait()

        first = asyncio.create_task(job("first", True))
        await asyncio.sleep(0)
        waiting = [asyncio.create_task(job("long", True)), asyncio.create_task(job("short", False))]
        await asyncio.sleep(0)
        busy = False
        try:
            async with queue.slot(False):
                pass
        except EngineBusyError:
            busy = True
        gate.set()
        await asyncio.wait_for(asyncio.gather(first, *waiting), 10)
        return order, busy

    order, busy = asyncio.run(scenario())
    assert busy
    assert order == ["first", "short", "long"]


def test_long_jobs_leave_one_worker_for_short_ones() -> None:
    async def scenario() -> list[str]:
        queue = WorkQueue(workers=2, max_queue=10)
        started: list[str] = []
        gate = asyncio.Event()

        async def job(name: str, long: bool) -> None:
            async with queue.slot(long):
                started.append(name)
                await gate.wait()

        tasks = [asyncio.create_task(job(f"long{i}", True)) for i in range(3)]
        await asyncio.sleep(0)
        tasks.append(asyncio.create_task(job("short", False)))
        await asyncio.sleep(0)
        snapshot = list(started)
        gate.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 10)
        return snapshot

    assert asyncio.run(scenario()) == ["long0", "short"]


def test_a_waiting_job_that_is_cancelled_gives_its_place_back() -> None:
    async def scenario() -> int:
        queue = WorkQueue(workers=1, max_queue=1)
        gate = asyncio.Event()

        async def job() -> None:
            async with queue.slot(False):
                await gate.wait()

        running = asyncio.create_task(job())
        await asyncio.sleep(0)
        waiting = asyncio.create_task(job())
        await asyncio.sleep(0)
        waiting.cancel()
        await asyncio.sleep(0)
        third = asyncio.create_task(job())  # the queue has room again
        await asyncio.sleep(0)
        gate.set()
        await asyncio.wait_for(asyncio.gather(running, third), 10)
        return queue.running

    assert asyncio.run(scenario()) == 0


# --------------------------------------------------------------------------------------------
# the time cap (in this process: the worker's wrapper with its alarm)


def _spin() -> None:
    while True:
        pass


def test_a_runaway_call_is_stopped_by_the_time_cap() -> None:
    import signal

    from bot.engine import _alarm

    previous = signal.signal(signal.SIGALRM, _alarm)
    try:
        with pytest.raises(InputRejectedError) as refused:
            _capped(0.2, _spin)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert refused.value.status == 422
    assert "took longer than 0.2 s" in str(refused.value)
    assert _capped(0.2, sum, [1, 2]) == 3


# --------------------------------------------------------------------------------------------
# long mails: split, history shortened


def test_a_long_text_is_split_at_line_ends_and_loses_nothing() -> None:
    text = "".join(f"Regel {i}: de printer op kantoor geeft foutcode E{i}.\n" for i in range(400))
    parts = split_text(text, 1000)
    assert "".join(parts) == text
    assert all(len(part) <= 1000 for part in parts)
    assert all(part.endswith("\n") for part in parts[:-1])
    assert split_text("kort", 1000) == ["kort"]
    assert "".join(split_text("x" * 2500, 1000)) == "x" * 2500  # no line end: hard cuts


def test_a_long_history_is_shortened_with_a_note() -> None:
    history = "".join(f"> Op dag {i} schreef de klant over de levering.\n" for i in range(500))
    short = shortened_history(history, 2000)
    assert short is not None and len(short) <= 2000
    assert history.startswith(short.split("\n[…")[0])
    assert "eerdere berichten ingekort door privacywacht" in short
    assert shortened_history("> kort\n", 2000) == "> kort\n"
    assert shortened_history("  \n", 2000) is None


# --------------------------------------------------------------------------------------------
# header fields cut before parsing


def _hostile_mail(words: int) -> bytes:
    subject = "\r\n ".join(f"=?utf-8?q?woord{i}=C3=A9?=" for i in range(words))
    return (
        f"From: Klant <klant@voorbeeld.example>\r\nTo: support@bedrijf.example\r\n"
        f"Subject: {subject}\r\nMessage-ID: <lang-1@voorbeeld.example>\r\n\r\n"
        "Mijn vraag gaat over de factuur.\r\n"
    ).encode()


def test_a_subject_of_ten_thousand_encoded_words_is_cut_at_a_fold() -> None:
    raw = _hostile_mail(10_000)
    capped = cap_headers(raw)
    assert len(capped) < MAX_FIELD_BYTES + 500
    assert capped.endswith(b"\r\n\r\nMijn vraag gaat over de factuur.\r\n")
    parsed = parse_capped(raw, 10_000_000)
    assert parsed.subject.startswith("woord0éwoord1é")  # adjacent encoded words join
    assert parsed.from_address == "klant@voorbeeld.example"
    assert parsed.message_id == "<lang-1@voorbeeld.example>"  # fields after it are kept
    assert "Mijn vraag gaat over de factuur." in parsed.body


def test_one_long_unfolded_header_line_is_cut_after_a_space() -> None:
    subject = " ".join(f"=?utf-8?q?w{i}?=" for i in range(5_000))
    raw = f"From: k@voorbeeld.example\nSubject: {subject}\n\nTekst.\n".encode()
    message = email.message_from_bytes(cap_headers(raw), policy=email.policy.default)
    assert str(message["subject"]).startswith("w0w1w2")
    assert message.get_content().strip() == "Tekst."


def test_a_mail_within_the_caps_is_not_touched() -> None:
    mail = EmailMessage()
    mail["From"] = "Klant <klant@voorbeeld.example>"
    mail["Subject"] = "Vraag over mijn abonnement"
    mail.set_content("Hallo,\n\nIk wil mijn abonnement opzeggen.\n")
    raw = bytes(mail)
    assert cap_headers(raw) == raw


def test_too_many_header_fields_are_dropped_after_the_cap() -> None:
    fields = "".join(f"X-Trace-{i}: hop {i}\n" for i in range(MAX_FIELDS + 500))
    raw = f"From: k@voorbeeld.example\n{fields}Subject: na de sporen\n\nTekst.\n".encode()
    capped = cap_headers(raw)
    assert capped.count(b"X-Trace-") == MAX_FIELDS - 1
    assert capped.endswith(b"\n\nTekst.\n")
