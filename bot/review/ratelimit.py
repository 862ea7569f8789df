"""A sliding-window counter of failed logins, in memory.

Why in memory: the service runs as one process (SQLite has one writer), a restart that
forgets the counters costs an attacker's window at most once per restart, and a table of
failed attempts would itself be a log of names people typed (sometimes their password, in
the wrong field). Keys are ``"name:<name>"`` and ``"ip:<address>"`` chosen by the caller.

Memory is bounded: old timestamps are dropped as keys are touched, and beyond ``max_keys``
the keys with the oldest last failure are forgotten first — an attacker who floods the
table with new names only makes it forget its own old entries sooner.
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from collections.abc import Callable

__all__ = ["FailureLimiter"]


class FailureLimiter:
    """At most ``limit`` failures per key within ``window`` seconds; then blocked until the
    oldest failure in the window ages out."""

    def __init__(
        self,
        limit: int = 5,
        window: float = 15 * 60,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        if limit < 1 or window <= 0 or max_keys < 1:
            raise ValueError("limit, window and max_keys must be positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._max_keys = max_keys
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, key: str, now: float) -> deque[float] | None:
        times = self._failures.get(key)
        if times is None:
            return None
        while times and times[0] <= now - self.window:
            times.popleft()
        if not times:
            del self._failures[key]
            return None
        return times

    def retry_after(self, *keys: str) -> float | None:
        """Seconds until any of ``keys`` may try again; None when none is blocked."""
        now = self._clock()
        waits = []
        for key in keys:
            times = self._recent(key, now)
            if times is not None and len(times) >= self.limit:
                waits.append(times[-self.limit] + self.window - now)
        return max(waits) if waits else None

    def failure(self, *keys: str) -> None:
        """Count one failed attempt against each key."""
        now = self._clock()
        for key in keys:
            times = self._recent(key, now)
            if times is None:
                times = deque(maxlen=self.limit)
                self._failures[key] = times
            times.append(now)
            self._failures.move_to_end(key)
        while len(self._failures) > self._max_keys:
            self._failures.popitem(last=False)

    def forgive(self, *keys: str) -> None:
        """Take back the latest failure of each key (an attempt counted in advance that
        turned out to be a success)."""
        for key in keys:
            times = self._failures.get(key)
            if times:
                times.pop()
                if not times:
                    del self._failures[key]

    def reset(self, *keys: str) -> None:
        """Forget the failures of ``keys`` (a successful login clears its name's count)."""
        for key in keys:
            self._failures.pop(key, None)

    def __len__(self) -> int:
        return len(self._failures)
