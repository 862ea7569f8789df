"""The failed-login counter and the ``next`` filter, without a server."""

from __future__ import annotations

import pytest

from bot.review.auth import safe_next
from bot.review.ratelimit import FailureLimiter


class Ticker:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_blocks_after_the_limit_until_the_oldest_failure_ages_out() -> None:
    ticker = Ticker()
    limiter = FailureLimiter(5, 900, clock=ticker)
    for _ in range(4):
        limiter.failure("name:anne")
        ticker.now += 60
    assert limiter.retry_after("name:anne") is None
    limiter.failure("name:anne")  # the fifth, at t=1240
    assert limiter.retry_after("name:anne") == pytest.approx(900 - 240)
    assert limiter.retry_after("name:bram") is None
    ticker.now = 1000 + 900  # the first failure has aged out: four left in the window
    assert limiter.retry_after("name:anne") is None


def test_any_blocked_key_blocks_and_reset_forgets() -> None:
    limiter = FailureLimiter(2, 60, clock=Ticker())
    limiter.failure("name:anne", "ip:10.0.0.1")
    limiter.failure("name:bram", "ip:10.0.0.1")
    assert limiter.retry_after("name:carla", "ip:10.0.0.1") is not None
    assert limiter.retry_after("name:anne", "ip:10.0.0.2") is None
    limiter.reset("ip:10.0.0.1")
    assert limiter.retry_after("name:carla", "ip:10.0.0.1") is None


def test_memory_is_bounded() -> None:
    limiter = FailureLimiter(5, 60, clock=Ticker(), max_keys=100)
    for i in range(1000):
        limiter.failure(f"name:n{i}")
    assert len(limiter) == 100


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (None, "/review"),
        ("", "/review"),
        ("/review", "/review"),
        ("/review/messages", "/review/messages"),
        ("/review/messages?status=open&page=2", "/review/messages?status=open&page=2"),
        ("//evil.example", "/review"),
        ("//evil.example/review", "/review"),
        ("https://evil.example/review", "/review"),
        ("http:/review", "/review"),
        ("/\\evil.example", "/review"),
        ("/review\\..\\..\\evil", "/review"),
        ("/review/../api/v1/register", "/review"),
        ("/review/%2e%2e/api", "/review"),
        ("/api/v1/register", "/review"),
        ("/reviewer", "/review"),
        ("/review\r\nSet-Cookie: x=1", "/review"),
        ("review/messages", "/review"),
        ("javascript:alert(1)", "/review"),
    ],
)
def test_next_is_a_local_review_path(given: str | None, expected: str) -> None:
    assert safe_next(given) == expected


def test_forgive_takes_back_one_failure() -> None:
    limiter = FailureLimiter(2, 60, clock=Ticker())
    limiter.failure("ip:10.0.0.1")
    limiter.failure("ip:10.0.0.1")
    assert limiter.retry_after("ip:10.0.0.1") is not None
    limiter.forgive("ip:10.0.0.1")
    assert limiter.retry_after("ip:10.0.0.1") is None
    limiter.forgive("ip:10.0.0.1", "ip:unknown")
    assert len(limiter) == 0
