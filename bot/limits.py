"""Budgets: how much work one message and one client may cause (``[limits]``).

Why: analysing text costs CPU and memory in proportion to its length, and the workers are
few. Without budgets one client (two chat sockets sending a megabyte each) takes the service
from everyone else (issue 19). So:

* every message has a size budget (``max_message_chars``, :mod:`bot.settings`, checked
  before any work) and a
  time budget in the worker (``message_timeout_s``, :mod:`bot.engine`);
* the queue in front of the workers is bounded (``max_queue``): when it is full the answer
  is "busy, try again" (HTTP 503 + ``Retry-After``, LMTP 451 4.3.2), never an endless wait;
* each client has a rate: per API token, per client address and per chat session (token
  buckets; HTTP 429 + ``Retry-After``, a chat error frame with ``retry_after``).

A rate of 0 switches that limit off. Bursts of up to a sixth of the minute's budget (ten
seconds' worth, at least one message) pass at once.
"""

from __future__ import annotations

import math
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from aiohttp import web

from bot.settings import SettingsError


@dataclass(frozen=True)
class LimitsConfig:
    #: a mail's text (body + signature) longer than ``max_message_chars`` is split into
    #: parts of at most that many characters (at line ends) and each
    #: part redacted in one conversation, up to this many characters; above it, refused
    max_mail_chars: int = 100_000
    #: messages longer than this are "long": with two or more workers they may occupy all
    #: workers but one, and short messages are taken from the queue first
    long_message_chars: int = 2_000
    #: messages waiting for a worker; one more is answered "busy" (503 / LMTP 451)
    max_queue: int = 32
    #: a message still being analysed after this long is failed (and logged); a worker that
    #: does not stop 5 s later is replaced
    message_timeout_s: float = 30.0
    #: messages per minute per API bearer token
    api_per_minute: int = 300
    #: requests with a message per minute per client address (API, webhooks, chat together)
    ip_per_minute: int = 600
    #: messages per minute per chat session
    chat_per_minute: int = 20

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> LimitsConfig:
        values: dict[str, Any] = {}
        for spec in fields(cls):
            value = table.get(spec.name, spec.default)
            number: float
            try:
                number = float(value) if isinstance(spec.default, float) else int(value)
            except (TypeError, ValueError):
                raise SettingsError(f"[limits] {spec.name} must be a number") from None
            if number < 0 or (number == 0 and not spec.name.endswith("_per_minute")):
                raise SettingsError(f"[limits] {spec.name} must be positive")
            values[spec.name] = number
        return cls(**values)


class RateLimiter:
    """Token buckets by key (``"token:…"``, ``"ip:…"``, ``"chat:…"``); least recently used
    keys are forgotten beyond ``max_keys`` (a full bucket is what a new key gets anyway)."""

    def __init__(self, max_keys: int = 50_000, clock: Callable[[], float] = time.monotonic) -> None:
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._max_keys = max_keys
        self._clock = clock

    def take(self, key: str, per_minute: int) -> float:
        """Take one message from ``key``'s budget: 0.0 when allowed, else the seconds until
        one is available (nothing is taken then)."""
        if per_minute <= 0:
            return 0.0
        capacity = max(1.0, per_minute / 6)
        rate = per_minute / 60.0
        now = self._clock()
        tokens, last = self._buckets.pop(key, (capacity, now))
        tokens = min(capacity, tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            wait = 0.0
        else:
            self._buckets[key] = (tokens, now)
            wait = (1.0 - tokens) / rate
        while len(self._buckets) > self._max_keys:
            self._buckets.popitem(last=False)
        return wait


def retry_after(seconds: float) -> str:
    """A ``Retry-After`` value: whole seconds, at least 1."""
    return str(max(1, math.ceil(seconds)))


def too_many(seconds: float, what: str) -> web.Response:
    """HTTP 429 with ``Retry-After``; ``what`` names the budget (ours, never the client's)."""
    wait = retry_after(seconds)
    return web.json_response(
        {"error": f"too many messages for this {what}: try again in {wait} s"},
        status=429,
        headers={"Retry-After": wait},
    )


def busy(seconds: float) -> web.Response:
    """HTTP 503 with ``Retry-After``: the work queue is full; nothing was stored."""
    wait = retry_after(seconds)
    return web.json_response(
        {"error": f"busy: the work queue is full, nothing was stored; try again in {wait} s"},
        status=503,
        headers={"Retry-After": wait},
    )


@dataclass
class Budgets:
    """The service's rate limits and where the client's address comes from."""

    config: LimitsConfig
    trust_proxy: bool = False
    limiter: RateLimiter = field(default_factory=RateLimiter)

    def client(self, request: web.BaseRequest) -> str:
        """The client's address; the last ``X-Forwarded-For`` hop only behind a trusted proxy."""
        if self.trust_proxy:
            forwarded = request.headers.get("X-Forwarded-For", "").split(",")[-1].strip()
            if forwarded:
                return forwarded[:100]
        return request.remote or "unknown"

    def take(self, request: web.BaseRequest, *others: tuple[str, str, int]) -> tuple[float, str]:
        """One message from the client address's budget and from each of ``others``
        (``(key, name, per_minute)``): (0.0, "") when allowed, else (seconds to wait, the
        name of the budget that is spent)."""
        ip = self.client(request)
        for key, name, per_minute in (("ip:" + ip, "address", self.config.ip_per_minute), *others):
            wait = self.limiter.take(key, per_minute)
            if wait > 0:
                return wait, name
        return 0.0, ""


BUDGETS = web.AppKey("budgets", Budgets)
