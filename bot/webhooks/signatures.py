"""Check that a webhook request really comes from the configured ticket system.

One function per provider; each returns None when the request is authentic and raises
:class:`SignatureError` otherwise. :func:`verify` picks the function from the provider name and
the ``[webhooks.<provider>]`` configuration table.

Why so strict: whatever passes here is stored (after redaction) and trusted as a customer's
words, so a forged request is both a data-integrity and an abuse problem. Every comparison uses
:func:`hmac.compare_digest` so that the time it takes says nothing about how much of a guess
was right, and the providers that sign a timestamp get their timestamp checked too, so that a
captured request cannot be replayed later. Signatures are always computed over the raw body
bytes exactly as received — never over re-serialised JSON.

What each provider sends (confirmed against their documentation, see the module's tests):

============  ==============================================  =================================
provider      header(s)                                       value
============  ==============================================  =================================
Zendesk       ``X-Zendesk-Webhook-Signature``,                base64(HMAC-SHA256(secret,
              ``X-Zendesk-Webhook-Signature-Timestamp``       timestamp + body))
Zammad        ``X-Hub-Signature``                             ``sha1=`` hex(HMAC-SHA1(secret,
                                                              body))
Help Scout    ``X-HelpScout-Signature``                       base64(HMAC-SHA1(secret, body))
Chatwoot      ``X-Chatwoot-Signature``,                       ``sha256=`` hex(HMAC-SHA256(
              ``X-Chatwoot-Timestamp`` (unix seconds)         secret, timestamp + "." + body))
Freshdesk     no signature exists: HTTP Basic auth or a shared secret header, configured on
              the automation rule's webhook action
============  ==============================================  =================================
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from bot.webhooks.errors import SignatureError
from bot.webhooks.headers import get_header
from bot.webhooks.providers import (
    CHATWOOT,
    FRESHDESK,
    HELPSCOUT,
    ZAMMAD,
    ZENDESK,
    check_provider,
)

DEFAULT_MAX_AGE_S = 300

ZENDESK_SIGNATURE = "X-Zendesk-Webhook-Signature"
ZENDESK_TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp"
ZAMMAD_SIGNATURE = "X-Hub-Signature"
HELPSCOUT_SIGNATURE = "X-HelpScout-Signature"
CHATWOOT_SIGNATURE = "X-Chatwoot-Signature"
CHATWOOT_TIMESTAMP = "X-Chatwoot-Timestamp"
AUTHORIZATION = "Authorization"

_UNIX_SECONDS = re.compile(r"\d{1,12}", re.ASCII)
_HEX = re.compile(r"[0-9a-fA-F]+", re.ASCII)

Headers = Mapping[str, str]


# ---------------------------------------------------------------------------------------------
# one function per provider


def verify_zendesk(
    headers: Headers,
    body: bytes,
    secret: str,
    *,
    now: datetime | None = None,
    max_age_s: float = DEFAULT_MAX_AGE_S,
) -> None:
    """Zendesk: base64(HMAC-SHA256(secret, timestamp + body)), timestamp in ISO-8601.

    The timestamp header is signed together with the body (concatenated, no separator) and must
    lie within ``max_age_s`` seconds of ``now`` in either direction.
    """
    key = _key(ZENDESK, secret)
    signature = _require_header(ZENDESK, headers, ZENDESK_SIGNATURE)
    timestamp = _require_header(ZENDESK, headers, ZENDESK_TIMESTAMP)
    sent_at = _parse_iso_timestamp(ZENDESK, timestamp)
    digest = hmac.new(key, timestamp.encode("utf-8") + bytes(body), hashlib.sha256).digest()
    _compare(ZENDESK, base64.b64encode(digest), signature)
    _check_fresh(ZENDESK, sent_at, now, max_age_s)


def verify_zammad(headers: Headers, body: bytes, secret: str) -> None:
    """Zammad: ``X-Hub-Signature: sha1=<hex HMAC-SHA1(secret, body)>`` (the WebSub format).

    Zammad signs only the body, with no timestamp, so a replay cannot be detected here;
    deduplicating on the message's event id (see :mod:`bot.webhooks.payloads`) makes a replay
    harmless.
    """
    key = _key(ZAMMAD, secret)
    header = _require_header(ZAMMAD, headers, ZAMMAD_SIGNATURE)
    provided = _prefixed_hex(ZAMMAD, header, "sha1")
    _compare(ZAMMAD, hmac.new(key, bytes(body), hashlib.sha1).hexdigest().encode(), provided)


def verify_helpscout(headers: Headers, body: bytes, secret: str) -> None:
    """Help Scout: ``X-HelpScout-Signature: base64(HMAC-SHA1(secret, body))``, no timestamp."""
    key = _key(HELPSCOUT, secret)
    signature = _require_header(HELPSCOUT, headers, HELPSCOUT_SIGNATURE)
    digest = hmac.new(key, bytes(body), hashlib.sha1).digest()
    _compare(HELPSCOUT, base64.b64encode(digest), signature)


def verify_chatwoot(
    headers: Headers,
    body: bytes,
    secret: str,
    *,
    now: datetime | None = None,
    max_age_s: float = DEFAULT_MAX_AGE_S,
) -> None:
    """Chatwoot: ``X-Chatwoot-Signature: sha256=<hex HMAC-SHA256(secret, ts + "." + body)>``.

    ``ts`` is the ``X-Chatwoot-Timestamp`` header (unix seconds) and must lie within
    ``max_age_s`` of ``now``. These are the header names Chatwoot's own API schema documents for
    a webhook's ``secret`` ("Signed webhook deliveries include X-Chatwoot-Timestamp and
    X-Chatwoot-Signature; the signature is sha256= followed by the HMAC-SHA256 of
    {timestamp}.{raw_request_body}"). Chatwoot also sends ``X-Chatwoot-Delivery``, which is not
    part of the signature. Versions without per-webhook secrets send no signature at all: such
    requests are refused ("missing header").
    """
    key = _key(CHATWOOT, secret)
    header = _require_header(CHATWOOT, headers, CHATWOOT_SIGNATURE)
    timestamp = _require_header(CHATWOOT, headers, CHATWOOT_TIMESTAMP)
    sent_at = _parse_unix_timestamp(CHATWOOT, timestamp)
    provided = _prefixed_hex(CHATWOOT, header, "sha256")
    signed = timestamp.encode("ascii") + b"." + bytes(body)
    _compare(CHATWOOT, hmac.new(key, signed, hashlib.sha256).hexdigest().encode(), provided)
    _check_fresh(CHATWOOT, sent_at, now, max_age_s)


def verify_freshdesk(
    headers: Headers,
    *,
    username: str | None = None,
    password: str | None = None,
    header: str | None = None,
    header_value: str | None = None,
) -> None:
    """Freshdesk signs nothing: accept HTTP Basic auth or a shared secret header instead.

    Both are set on the automation rule's "Trigger webhook" action (it supports Basic auth and
    custom headers). Either configured method may authenticate a request; with neither
    configured, every request is refused — an open endpoint would accept anyone's "tickets".
    Use HTTPS: unlike an HMAC, these credentials travel with every request.
    """
    if not (username and password) and not (header and header_value):
        raise SignatureError(FRESHDESK, "not configured")
    authorization = presented = None
    if username and password:
        authorization = get_header(headers, AUTHORIZATION)
        if authorization is not None and _basic_auth_matches(authorization, username, password):
            return
    if header and header_value:
        presented = get_header(headers, header)
        expected = header_value.encode("utf-8")
        if presented is not None and hmac.compare_digest(_to_bytes(presented), expected):
            return
    if authorization is None and presented is None:
        raise SignatureError(FRESHDESK, "missing credentials")
    raise SignatureError(FRESHDESK, "credentials mismatch")


# ---------------------------------------------------------------------------------------------
# dispatcher


def verify(
    provider: str,
    headers: Headers,
    body: bytes,
    config: Mapping[str, Any] | None,
    now: datetime | None = None,
) -> None:
    """Verify a request for ``provider`` with its ``[webhooks.<provider>]`` table ``config``.

    Keys: ``secret`` and optionally ``max_age_s`` (Zendesk, Chatwoot; default 300) for the
    signing providers; ``username`` + ``password`` and/or ``header`` + ``header_value`` for
    Freshdesk. A provider without its credentials is "not configured" and refuses everything.
    """
    name = check_provider(provider, SignatureError)
    table: Mapping[str, Any] = config if isinstance(config, Mapping) else {}
    if name == FRESHDESK:
        verify_freshdesk(
            headers,
            username=_optional_str(name, table, "username"),
            password=_optional_str(name, table, "password"),
            header=_optional_str(name, table, "header"),
            header_value=_optional_str(name, table, "header_value"),
        )
        return
    secret = _optional_str(name, table, "secret")
    if not secret:
        raise SignatureError(name, "not configured")
    if name in _TIMED:
        max_age_s = _max_age(name, table)
        _TIMED[name](headers, body, secret, now=now, max_age_s=max_age_s)
    else:
        _UNTIMED[name](headers, body, secret)


_TIMED: dict[str, Callable[..., None]] = {ZENDESK: verify_zendesk, CHATWOOT: verify_chatwoot}
_UNTIMED: dict[str, Callable[[Headers, bytes, str], None]] = {
    ZAMMAD: verify_zammad,
    HELPSCOUT: verify_helpscout,
}


# ---------------------------------------------------------------------------------------------
# helpers: every error below names a header or a config key, never a value


def _key(provider: str, secret: str) -> bytes:
    if not isinstance(secret, str) or not secret:
        raise SignatureError(provider, "not configured")
    return secret.encode("utf-8")


def _require_header(provider: str, headers: Headers, name: str) -> str:
    value = get_header(headers, name)
    if value is None:
        raise SignatureError(provider, f"missing header '{name}'")
    return value


def _to_bytes(value: str) -> bytes:
    # header values are text; anything that is not ASCII can never equal a digest anyway
    return value.encode("utf-8", errors="replace")


def _compare(provider: str, expected: bytes, provided: str) -> None:
    if not hmac.compare_digest(expected, _to_bytes(provided)):
        raise SignatureError(provider, "signature mismatch")


def _prefixed_hex(provider: str, header: str, algorithm: str) -> str:
    """The hex digest from ``<algorithm>=<hex>``, lower-cased for a constant-time compare."""
    prefix, separator, digest = header.partition("=")
    if not separator or not _HEX.fullmatch(digest):
        raise SignatureError(provider, "malformed signature header")
    if prefix.strip().lower() != algorithm:
        raise SignatureError(provider, "unsupported signature algorithm")
    return digest.lower()


def _parse_iso_timestamp(provider: str, value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise SignatureError(provider, "malformed timestamp header") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _parse_unix_timestamp(provider: str, value: str) -> datetime:
    if not _UNIX_SECONDS.fullmatch(value):
        raise SignatureError(provider, "malformed timestamp header")
    try:
        return datetime.fromtimestamp(int(value), tz=UTC)
    except (OverflowError, OSError, ValueError):
        raise SignatureError(provider, "malformed timestamp header") from None


def _check_fresh(provider: str, sent_at: datetime, now: datetime | None, max_age_s: float) -> None:
    """Refuse timestamps more than ``max_age_s`` away from ``now``, in the past or the future.

    Checked after the signature, so "stale timestamp" always means an authentic but old (or
    clock-skewed) request — useful when diagnosing a drifting clock.
    """
    if isinstance(max_age_s, bool) or not isinstance(max_age_s, int | float) or max_age_s <= 0:
        raise SignatureError(provider, "misconfigured: 'max_age_s' must be a positive number")
    current = now if now is not None else datetime.now(UTC)
    if current.tzinfo is None:
        current = current.replace(tzinfo=UTC)
    if abs((current - sent_at).total_seconds()) > max_age_s:
        raise SignatureError(provider, "stale timestamp")


def _basic_auth_matches(authorization: str, username: str, password: str) -> bool:
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        return False
    user, separator, secret = decoded.partition(b":")
    if not separator:
        return False
    # both comparisons always run, so the timing does not tell which half was wrong
    user_ok = hmac.compare_digest(user, username.encode("utf-8"))
    password_ok = hmac.compare_digest(secret, password.encode("utf-8"))
    return user_ok & password_ok


def _optional_str(provider: str, table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise SignatureError(provider, f"misconfigured: '{key}' must be a string")
    return value


def _max_age(provider: str, table: Mapping[str, Any]) -> float:
    value = table.get("max_age_s", DEFAULT_MAX_AGE_S)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        raise SignatureError(provider, "misconfigured: 'max_age_s' must be a positive number")
    return value
