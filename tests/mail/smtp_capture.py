"""A local SMTP server (aiosmtpd, in a thread of its own) that keeps every message it receives.

Tests point the forwarder at it and read back what was sent. ``fail_next(n)`` answers the next
n DATA commands with a temporary failure (451 by default), so tests can prove that forwarding
retries instead of losing or duplicating a message.
"""

from __future__ import annotations

import email
import threading
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.mail.dovecot import HOST
from tests.ports import free_port


@dataclass(frozen=True)
class Captured:
    """One message as the server received it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        """The message parsed (``policy.default``: headers decoded, ``get_body`` works)."""
        return email.message_from_bytes(self.data, policy=policy.default)

    @property
    def body(self) -> str:
        """The plain-text body the helpdesk would show."""
        return self.message.get_body(("plain",)).get_content()


class _Handler:
    def __init__(self, owner: CapturingSMTP) -> None:
        self.owner = owner

    async def handle_DATA(self, server, session, envelope) -> str:
        return self.owner._received(envelope)


class CapturingSMTP:
    """Start with start() or as a context manager; ``host`` and ``port`` are where it listens."""

    host = HOST

    def __init__(self) -> None:
        self.port = 0
        self._cond = threading.Condition()
        self._messages: list[Captured] = []
        self._failures: list[int] = []
        self._controller: Controller | None = None

    def start(self) -> CapturingSMTP:
        if self._controller is not None:
            return self
        last: Exception | None = None
        for _ in range(3):  # a port taken between free_port() and the bind: pick another
            self.port = free_port()
            controller = Controller(
                _Handler(self), hostname=HOST, port=self.port, enable_SMTPUTF8=True
            )
            try:
                controller.start()
            except Exception as exc:
                last = exc
                continue
            self._controller = controller
            return self
        raise RuntimeError(f"the capturing SMTP server did not start: {last!r}")

    def stop(self) -> None:
        controller, self._controller = self._controller, None
        if controller is not None:
            controller.stop()

    def __enter__(self) -> CapturingSMTP:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- what was received -----------------------------------------------------------------

    def _received(self, envelope) -> str:
        with self._cond:
            if self._failures:
                code = self._failures.pop(0)
                kind = "4.3.0 Temporary" if code < 500 else "5.3.0 Permanent"
                return f"{code} {kind} failure staged by the test (fail_next)"
            data = envelope.original_content or envelope.content
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogateescape")
            self._messages.append(
                Captured(envelope.mail_from, list(envelope.rcpt_tos), bytes(data))
            )
            self._cond.notify_all()
        return "250 OK captured"

    @property
    def messages(self) -> list[Captured]:
        """A copy of what arrived so far, in order."""
        with self._cond:
            return list(self._messages)

    def clear(self) -> None:
        with self._cond:
            self._messages.clear()
            self._failures.clear()

    def fail_next(self, n: int = 1, code: int = 451) -> None:
        """Answer the next ``n`` DATA commands with ``code`` (4xx temporary, 5xx permanent)."""
        if not 400 <= code <= 599:
            raise ValueError(f"fail_next needs a 4xx or 5xx code, not {code}")
        with self._cond:
            self._failures.extend([code] * n)

    def wait_for(self, count: int = 1, timeout: float = 5.0) -> list[Captured]:
        """The messages, once at least ``count`` have arrived; TimeoutError after ``timeout``."""
        with self._cond:
            if not self._cond.wait_for(lambda: len(self._messages) >= count, timeout):
                got = [(m.mail_from, m.rcpt_tos) for m in self._messages]
                raise TimeoutError(
                    f"expected {count} message(s) on {HOST}:{self.port} within {timeout}s,"
                    f" got {len(self._messages)}: {got}"
                )
            return list(self._messages)
