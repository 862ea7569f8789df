"""The ticket systems privacywacht accepts webhooks from, under one spelling each.

Why a module of its own: both the signature checks and the payload parsers dispatch on these
names, and the web app routes on them; one tuple keeps the three in step.
"""

from __future__ import annotations

from bot.webhooks.errors import WebhookError

ZENDESK = "zendesk"
ZAMMAD = "zammad"
HELPSCOUT = "helpscout"
CHATWOOT = "chatwoot"
FRESHDESK = "freshdesk"

PROVIDERS: tuple[str, ...] = (ZENDESK, ZAMMAD, HELPSCOUT, CHATWOOT, FRESHDESK)

# the provider name in an error for a name we do not know: the caller's string could be
# anything (it usually comes from a URL), so it is never echoed
UNKNOWN = "unknown"


def check_provider(provider: object, error: type[WebhookError]) -> str:
    """Return ``provider`` if it is one of :data:`PROVIDERS`, else raise ``error``."""
    if isinstance(provider, str) and provider in PROVIDERS:
        return provider
    raise error(UNKNOWN, "unknown provider")
