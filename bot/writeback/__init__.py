"""Write-back: after privacywacht redacted a message, clean the original in the source system.

Each helpdesk gets its own module; only Zendesk exists so far (:mod:`bot.writeback.zendesk`).
"""

from bot.writeback.zendesk import (
    ConfigError,
    SpanError,
    WriteBackError,
    ZendeskConfig,
    ZendeskWriteBack,
    parse_retry_after,
    redact_html,
)

__all__ = [
    "ConfigError",
    "SpanError",
    "WriteBackError",
    "ZendeskConfig",
    "ZendeskWriteBack",
    "parse_retry_after",
    "redact_html",
]
