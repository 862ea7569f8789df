"""The two errors this package raises, built so that their text is always safe to show.

Why a dedicated module: webhook bodies are raw support tickets. An exception that quoted a
body, a subject, a sender or a header value would carry personal data into logs, error trackers
and HTTP responses — the very thing privacywacht exists to prevent. So these errors hold only a
provider name and a reason that this package writes itself ("missing field 'ticket.id'",
"signature mismatch"): field and header *names*, never values. Callers may log ``str(exc)`` and
``repr(exc)`` and may return them to the sender.
"""

from __future__ import annotations


class WebhookError(ValueError):
    """Base class: a webhook request was refused, for a reason that is safe to show."""

    def __init__(self, provider: str, reason: str) -> None:
        super().__init__(f"{provider}: {reason}")
        self.provider = provider
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(provider={self.provider!r}, reason={self.reason!r})"

    def __reduce__(self) -> tuple[type[WebhookError], tuple[str, str]]:
        # keep pickling (multiprocessing, some loggers) working with the two-argument __init__
        return (type(self), (self.provider, self.reason))


class SignatureError(WebhookError):
    """The request cannot be shown to come from the provider: refuse it (HTTP 401).

    Also raised when the provider is not configured, so that an unconfigured endpoint refuses
    everything instead of accepting unsigned requests.
    """


class PayloadError(WebhookError):
    """The request is authentic but its body is unusable: malformed JSON or a missing field."""
