"""Webhooks from ticket systems: check who sent them, then read out the messages.

Pure and synchronous on purpose — functions over (headers, raw body bytes, config) — so the web
app stays a thin layer and every rule here is testable without a server. The order in a
handler is always: :func:`verify` the raw bytes first, then :func:`parse`, then deduplicate on
``(provider, event_id)``, redact, store. Errors (:class:`SignatureError`,
:class:`PayloadError`) never contain message text, subjects, senders or body bytes.
"""

from bot.webhooks.errors import PayloadError, SignatureError, WebhookError
from bot.webhooks.message import IncomingMessage, derive_event_id
from bot.webhooks.payloads import parse
from bot.webhooks.providers import PROVIDERS
from bot.webhooks.signatures import (
    DEFAULT_MAX_AGE_S,
    verify,
    verify_chatwoot,
    verify_freshdesk,
    verify_helpscout,
    verify_zammad,
    verify_zendesk,
)

__all__ = [
    "DEFAULT_MAX_AGE_S",
    "PROVIDERS",
    "IncomingMessage",
    "PayloadError",
    "SignatureError",
    "WebhookError",
    "derive_event_id",
    "parse",
    "verify",
    "verify_chatwoot",
    "verify_freshdesk",
    "verify_helpscout",
    "verify_zammad",
    "verify_zendesk",
]
