"""Test-side signers, written from the providers' documentation rather than from our code.

Why separate: if the tests signed requests with the module's own helpers, a wrong scheme would
sign and verify itself and every test would pass. These use ``hmac`` directly, and
``test_signatures.py`` also pins one fixed vector per provider computed with ``openssl``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC, datetime

NOW = datetime(2026, 11, 21, 9, 30, 0, tzinfo=UTC)
NOW_ISO = "2026-11-21T09:30:00Z"
NOW_UNIX = "1795253400"  # the same instant

SECRETS = {
    "zendesk": "zd-secret",
    "zammad": "zm-secret",
    "helpscout": "hs-secret",
    "chatwoot": "cw-secret",
}


def zendesk_headers(secret: str, body: bytes, timestamp: str = NOW_ISO) -> dict[str, str]:
    mac = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return {
        "X-Zendesk-Webhook-Signature": base64.b64encode(mac).decode(),
        "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
    }


def zammad_headers(secret: str, body: bytes) -> dict[str, str]:
    return {"X-Hub-Signature": "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()}


def helpscout_headers(secret: str, body: bytes) -> dict[str, str]:
    mac = hmac.new(secret.encode(), body, hashlib.sha1).digest()
    return {"X-HelpScout-Signature": base64.b64encode(mac).decode()}


def chatwoot_headers(secret: str, body: bytes, timestamp: str = NOW_UNIX) -> dict[str, str]:
    mac = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return {
        "X-Chatwoot-Signature": "sha256=" + mac.hexdigest(),
        "X-Chatwoot-Timestamp": timestamp,
        "X-Chatwoot-Delivery": "6f1c2c1e-3b7a-4a57-9d59-1f0a3c2b9e11",
    }


SIGNERS = {
    "zendesk": zendesk_headers,
    "zammad": zammad_headers,
    "helpscout": helpscout_headers,
    "chatwoot": chatwoot_headers,
}


def signed(provider: str, body: bytes, secret: str | None = None) -> dict[str, str]:
    """Headers that sign ``body`` for ``provider`` at :data:`NOW`."""
    return SIGNERS[provider](secret if secret is not None else SECRETS[provider], body)


def basic_auth(username: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
