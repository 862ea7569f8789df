"""Clean the original ticket comment in Zendesk after privacywacht has redacted its copy.

privacywacht stores only redacted text, but the personal data is still in the helpdesk itself.
With ``write_back = true`` in ``[webhooks.zendesk]`` we ask Zendesk to redact the same parts of
the original comment.

What Zendesk's documentation says (Ticket Comments API,
https://developer.zendesk.com/api-reference/ticketing/tickets/ticket_comments/):

* **Redact Ticket Comment In Agent Workspace** — ``PUT /api/v2/comment_redactions/{comment_id}``
  with ``{"ticket_id": <int>, "html_body": "<div ...>My ID is <redact>847564</redact>!</div>"}``:
  the characters inside ``<redact>`` become ``▇``. It also works on closed and archived tickets
  and on formatted text (bold, italics, links), and for e-mail comments the original e-mail is
  redacted by a background job. Agent Workspace must be enabled; on Professional plans agents
  must be allowed to delete tickets. Zendesk recommends it over the older endpoint.
* **Redact String in Comment** (older, "will eventually be deprecated") —
  ``PUT /api/v2/tickets/{ticket_id}/comments/{comment_id}/redact`` with ``{"text": "..."}``:
  one string per call, no closed tickets, limited support for formatted text, and "Agents can
  delete tickets" must be enabled. It matches strings, not offsets, which makes it robust for
  plain-text comments whose stored ``html_body`` we do not have.
* Authentication: ``Authorization: Basic base64("{email}/token:{api_token}")`` or
  ``Authorization: Bearer {oauth_access_token}``.
* Rate limits (https://developer.zendesk.com/api-reference/introduction/rate-limits/): a 429
  carries ``Retry-After`` with the seconds to wait.

Hence ``endpoint`` in the configuration: ``"comment_redactions"`` (default, as Zendesk advises),
``"legacy"``, or ``"auto"`` (HTML comments via comment_redactions, plain text via legacy).

Nothing this module raises or logs contains comment text: errors carry the HTTP status, a reason
phrase from our own table (never the server's body or reason line, which could echo the
comment), ids and counts.
"""

from __future__ import annotations

import asyncio
import base64
import email.utils
import html as html_lib
import logging
import math
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any, Literal, NoReturn
from urllib.parse import urlsplit

import aiohttp

__all__ = [
    "ConfigError",
    "SpanError",
    "WriteBackError",
    "ZendeskConfig",
    "ZendeskWriteBack",
    "parse_retry_after",
    "redact_html",
]

log = logging.getLogger(__name__)

Endpoint = Literal["comment_redactions", "legacy", "auto"]
_ENDPOINTS: tuple[str, ...] = ("comment_redactions", "legacy", "auto")
_SUBDOMAIN_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
_LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
_USER_AGENT = "privacywacht-writeback/0.1"


class ConfigError(ValueError):
    """The ``[webhooks.zendesk]`` table cannot configure write-back (never echoes secrets)."""


class SpanError(ValueError):
    """Spans cannot be applied to the comment. The message holds offsets, never the text."""


class WriteBackError(Exception):
    """Zendesk did not redact the comment.

    ``status`` is the HTTP status, or ``None`` when no response arrived (timeout, connection
    error). ``reason`` is a phrase we choose ourselves, so the message can never contain comment
    text that a server echoed back. ``retry_after`` is set when Zendesk asked us to wait longer
    than we were willing to, so the caller can reschedule.
    """

    def __init__(
        self,
        status: int | None,
        reason: str,
        *,
        ticket_id: int | None = None,
        comment_id: int | None = None,
        attempts: int = 0,
        retry_after: float | None = None,
    ) -> None:
        self.status = status
        self.reason = reason
        self.ticket_id = ticket_id
        self.comment_id = comment_id
        self.attempts = attempts
        self.retry_after = retry_after
        where = f"ticket {ticket_id} comment {comment_id}" if ticket_id is not None else "request"
        what = f"HTTP {status} {reason}" if status is not None else reason
        tries = f"after {attempts} attempt{'s' if attempts != 1 else ''}" if attempts else ""
        super().__init__(f"Zendesk write-back failed for {where}: {what} {tries}".rstrip())


# ---------------------------------------------------------------------------------------------
# spans -> html_body with <redact> tags


_TAG_RE = re.compile(r"<!--.*?-->|<![^>]*>|<\?[^>]*>|</?[A-Za-z][^>]*>", re.DOTALL)
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _merge_spans(spans: Sequence[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Validated spans, sorted, with overlapping and touching spans merged; empty ones dropped.

    Merging touching spans gives one ``<redact>`` per stretch of personal data, which is what an
    agent sees as one ▇▇▇ block anyway and avoids ``</redact><redact>`` noise.
    """
    checked: list[tuple[int, int]] = []
    for index, span in enumerate(spans):
        if not isinstance(span, (tuple, list)) or len(span) != 2:
            raise SpanError(f"span {index} is not a (start, end) pair")
        start, end = span
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
            raise SpanError(f"span {index} has non-integer offsets")
        if not 0 <= start <= end <= length:
            raise SpanError(
                f"span {index} ({start}, {end}) is outside the comment (length {length})"
            )
        if start < end:
            checked.append((start, end))
    checked.sort()
    merged: list[tuple[int, int]] = []
    for start, end in checked:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _check_html_spans(source: str, spans: list[tuple[int, int]]) -> None:
    """Refuse spans that would break markup.

    Assumption: offsets index the comment's HTML *source* (Zendesk's ``html_body``), as
    produced by a detector that ran on that source or mapped its findings back onto it. A
    ``<redact>`` tag may then only be inserted in text: a span may not start or end inside a tag,
    comment or character reference, and may not contain a tag — wrapping ``Jan <b>Jansen</b>``
    in one ``<redact>`` would mis-nest the markup, and silently redacting only the text would
    leave data in attributes (``href="mailto:..."``) unredacted. Split such spans at the tags,
    or let Zendesk's ``redact`` attribute handle elements (not done here). A character
    reference (``&amp;``) wholly inside a span is fine.
    """
    regions = [(m.start(), m.end(), "tag") for m in _TAG_RE.finditer(source)]
    regions += [(m.start(), m.end(), "character reference") for m in _ENTITY_RE.finditer(source)]
    regions.sort()
    for start, end in spans:
        for r_start, r_end, kind in regions:
            if r_start >= end:
                break
            if r_end <= start:
                continue
            if r_start < start < r_end or r_start < end < r_end:
                raise SpanError(
                    f"span ({start}, {end}) starts or ends inside an HTML {kind} at "
                    f"offsets {r_start}-{r_end}; offsets must fall between tags"
                )
            if kind == "tag":
                raise SpanError(
                    f"span ({start}, {end}) crosses an HTML tag at offsets {r_start}-{r_end}; "
                    "split the span at the tag"
                )


def _escape_text(text: str) -> str:
    """Plain text as HTML element content (``&``, ``<``, ``>``; quotes need no escaping there)."""
    return html_lib.escape(text, quote=False)


def redact_html(text: str, spans: list[tuple[int, int]], html: bool) -> str:
    """The comment as ``html_body`` with each span wrapped in ``<redact>…</redact>``.

    ``html=False``: ``text`` is plain text and offsets index it; every piece is HTML-escaped
    *after* cutting, so offsets stay valid and a ``<`` in the comment cannot open a tag.
    ``html=True``: ``text`` is the comment's HTML source and offsets index that source; it is not
    re-escaped, and spans that would break markup raise :class:`SpanError` (see
    :func:`_check_html_spans` for the assumption). Overlapping and touching spans are merged.
    """
    merged = _merge_spans(spans, len(text))
    if html:
        _check_html_spans(text, merged)
    escape: Callable[[str], str] = (lambda part: part) if html else _escape_text
    out: list[str] = []
    position = 0
    for start, end in merged:
        out.append(escape(text[position:start]))
        out.append("<redact>")
        out.append(escape(text[start:end]))
        out.append("</redact>")
        position = end
    out.append(escape(text[position:]))
    return "".join(out)


def _redaction_strings(text: str, spans: list[tuple[int, int]], html: bool) -> list[str]:
    """The distinct strings the legacy endpoint must be asked to redact, longest first.

    The legacy endpoint redacts a string wherever it occurs. Asking for ``"Jan Jansen"`` before
    ``"Jan"`` keeps the longer one findable; a shorter string that no longer occurs outside what
    was already redacted is skipped, since Zendesk answers an error for a string it cannot find.
    """
    merged = _merge_spans(spans, len(text))
    if html:
        _check_html_spans(text, merged)
    pieces = [text[s:e] for s, e in merged]
    if html:
        pieces = [html_lib.unescape(piece) for piece in pieces]
        text = html_lib.unescape(_TAG_RE.sub(" ", text))
    wanted = sorted({p for p in pieces if p.strip()}, key=lambda p: (-len(p), p))
    remaining = text
    strings: list[str] = []
    for piece in wanted:
        if piece in remaining:
            strings.append(piece)
            remaining = remaining.replace(piece, "\x00" * len(piece))
    return strings


# ---------------------------------------------------------------------------------------------
# configuration


@dataclass(frozen=True)
class ZendeskConfig:
    """Write-back settings from the ``[webhooks.zendesk]`` table.

    Secrets are excluded from ``repr`` so that logging or printing a config cannot leak them.
    """

    base_url: str | None = None
    email: str | None = None
    api_token: str | None = field(default=None, repr=False)
    oauth_token: str | None = field(default=None, repr=False)
    write_back: bool = False
    timeout: float = 10.0
    retries: int = 3
    backoff: float = 0.5
    max_retry_after: float = 120.0
    endpoint: Endpoint = "comment_redactions"

    @classmethod
    def from_mapping(cls, table: Mapping[str, Any]) -> ZendeskConfig:
        """Read the TOML table; keys this module does not use (a webhook secret) are ignored.

        Keys: ``subdomain`` or ``base_url``; ``email`` + ``api_token``, or ``oauth_token``;
        ``write_back`` (default false); optional ``timeout`` (s, 10), ``retries`` (3),
        ``backoff`` (s, 0.5), ``max_retry_after`` (s, 120), ``endpoint``
        (``comment_redactions`` | ``legacy`` | ``auto``). Credentials are required only when
        ``write_back`` is true, so the table can also serve a receive-only webhook.
        """
        write_back = table.get("write_back", False)
        if not isinstance(write_back, bool):
            raise ConfigError("[webhooks.zendesk] write_back must be true or false")
        subdomain, base_url = table.get("subdomain"), table.get("base_url")
        if subdomain is not None and base_url is not None:
            raise ConfigError("[webhooks.zendesk] set either subdomain or base_url, not both")
        if subdomain is not None:
            if not isinstance(subdomain, str) or not _SUBDOMAIN_RE.match(subdomain):
                raise ConfigError("[webhooks.zendesk] subdomain must look like 'yourcompany'")
            base_url = f"https://{subdomain}.zendesk.com"
        elif base_url is not None:
            base_url = _check_base_url(base_url)
        config = cls(
            base_url=base_url,
            email=_optional_str(table, "email"),
            api_token=_optional_str(table, "api_token"),
            oauth_token=_optional_str(table, "oauth_token"),
            write_back=write_back,
            timeout=_positive_number(table, "timeout", 10.0),
            retries=int(_positive_number(table, "retries", 3, allow_zero=True, integer=True)),
            backoff=_positive_number(table, "backoff", 0.5, allow_zero=True),
            max_retry_after=_positive_number(table, "max_retry_after", 120.0, allow_zero=True),
            endpoint=_endpoint(table.get("endpoint", "comment_redactions")),
        )
        if write_back:
            config.check_credentials()
        return config

    def check_credentials(self) -> None:
        """Refuse a write-back config that cannot authenticate (before any ticket arrives)."""
        if not self.base_url:
            raise ConfigError("[webhooks.zendesk] write_back needs subdomain or base_url")
        if self.api_token and self.oauth_token:
            raise ConfigError("[webhooks.zendesk] set either api_token or oauth_token, not both")
        if self.api_token and not self.email:
            raise ConfigError("[webhooks.zendesk] api_token needs the agent's email")
        if not self.api_token and not self.oauth_token:
            raise ConfigError("[webhooks.zendesk] write_back needs api_token or oauth_token")


def _check_base_url(value: object) -> str:
    """An http(s) URL without query; plain http only to localhost (tests, local proxies)."""
    if not isinstance(value, str):
        raise ConfigError("[webhooks.zendesk] base_url must be a string")
    parts = urlsplit(value)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError("[webhooks.zendesk] base_url must be an http(s) URL")
    if parts.scheme == "http" and parts.hostname not in _LOCAL_HOSTS:
        raise ConfigError("[webhooks.zendesk] base_url must use https (tokens travel with it)")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigError("[webhooks.zendesk] base_url must not carry query, fragment or user")
    return value.rstrip("/")


def _optional_str(table: Mapping[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ConfigError(f"[webhooks.zendesk] {key} must be a string")
    return value


def _positive_number(
    table: Mapping[str, Any],
    key: str,
    default: float,
    *,
    allow_zero: bool = False,
    integer: bool = False,
) -> float:
    value = table.get(key, default)
    kinds = (int,) if integer else (int, float)
    ok = isinstance(value, kinds) and not isinstance(value, bool) and math.isfinite(value)
    if not ok or value < 0 or (value == 0 and not allow_zero):
        raise ConfigError(f"[webhooks.zendesk] {key} must be a positive number")
    return float(value)


def _endpoint(value: object) -> Endpoint:
    if value not in _ENDPOINTS:
        raise ConfigError(f"[webhooks.zendesk] endpoint must be one of {', '.join(_ENDPOINTS)}")
    return value  # type: ignore[return-value]


def _positive_id(value: object, name: str) -> int:
    """A Zendesk id as int; it goes into the URL path, so nothing else is accepted."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValueError(f"{name} must be a positive integer")
    return value


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP-date), else None."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - (now or datetime.now(UTC))).total_seconds()
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _phrase(status: int) -> str:
    """Our own reason phrase for a status; the server's reason line is not trusted."""
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unexpected status"


# ---------------------------------------------------------------------------------------------
# client


Sleep = Callable[[float], Awaitable[Any]]


class ZendeskWriteBack:
    """Asks Zendesk to redact the parts of a comment that privacywacht redacted.

    Use as ``async with ZendeskWriteBack(config) as zendesk: await zendesk.redact_comment(...)``
    or inject the application's ``aiohttp.ClientSession`` (then it is not closed here). Retries:
    429 waits ``Retry-After`` (up to ``max_retry_after``; longer raises at once with
    ``retry_after`` set, so a queue can reschedule instead of holding a worker), 5xx, timeouts
    and connection errors back off exponentially with jitter, other statuses fail at once —
    a 4xx will not change by asking again. Redirects are not followed: the credentials must only
    ever reach the configured host.
    """

    def __init__(
        self,
        config: ZendeskConfig,
        session: aiohttp.ClientSession | None = None,
        *,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        if config.write_back:
            config.check_credentials()
        self.config = config
        self._session = session
        self._owns_session = session is None
        self._sleep = sleep
        self._timeout = aiohttp.ClientTimeout(total=config.timeout)

    @classmethod
    def from_mapping(
        cls,
        table: Mapping[str, Any],
        session: aiohttp.ClientSession | None = None,
        *,
        sleep: Sleep = asyncio.sleep,
    ) -> ZendeskWriteBack:
        """Build from the ``[webhooks.zendesk]`` table (see :meth:`ZendeskConfig.from_mapping`)."""
        return cls(ZendeskConfig.from_mapping(table), session, sleep=sleep)

    @property
    def enabled(self) -> bool:
        """Whether ``write_back = true``; when false :meth:`redact_comment` does nothing."""
        return self.config.write_back

    async def __aenter__(self) -> ZendeskWriteBack:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the session if this object created it."""
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _get_session(self) -> aiohttp.ClientSession:
        # created lazily: a ClientSession belongs to the running event loop
        if self._session is None:
            self._session = aiohttp.ClientSession()
        return self._session

    def _headers(self) -> dict[str, str]:
        """Accept/User-Agent and the Authorization header Zendesk documents.

        Built by hand rather than with ``aiohttp.BasicAuth``, which aiohttp 3.14 deprecates and
        whose replacement does not exist in the 3.9 we still support.
        """
        headers = {"Accept": "application/json", "User-Agent": _USER_AGENT}
        if self.config.oauth_token:
            headers["Authorization"] = f"Bearer {self.config.oauth_token}"
        elif self.config.api_token:
            raw = f"{self.config.email}/token:{self.config.api_token}".encode()
            headers["Authorization"] = "Basic " + base64.b64encode(raw).decode("ascii")
        return headers

    async def redact_comment(
        self,
        ticket_id: int,
        comment_id: int,
        text: str,
        spans: list[tuple[int, int]],
        html: bool,
    ) -> None:
        """Redact ``spans`` of comment ``comment_id`` on ticket ``ticket_id`` in Zendesk.

        ``text`` is the comment as privacywacht received it: plain text (``html=False``) or the
        comment's ``html_body`` (``html=True``), and ``spans`` are offsets into it. Ids may be
        ints or digit strings (webhook payloads carry strings). Raises :class:`SpanError` before
        any request if the spans do not fit, and :class:`WriteBackError` if Zendesk does not
        confirm.

        Redaction in Zendesk is permanent, which makes repeats imperfect: if a request timed
        out after Zendesk applied it, the retry may be refused; with the legacy endpoint (one
        request per string) a failure part-way leaves the earlier strings redacted. Callers
        should treat a :class:`WriteBackError` as "check the ticket", not "nothing happened".
        """
        ticket_id = _positive_id(ticket_id, "ticket_id")
        comment_id = _positive_id(comment_id, "comment_id")
        endpoint = self.config.endpoint
        if endpoint == "auto":
            endpoint = "comment_redactions" if html else "legacy"
        ctx: dict[str, object] = {
            "ticket_id": ticket_id,
            "comment_id": comment_id,
            "endpoint": endpoint,
        }
        if not self.enabled:
            log.debug("zendesk.redact.disabled", extra={"ctx": ctx})
            return
        base = self.config.base_url
        started = time.monotonic()
        if endpoint == "legacy":
            strings = _redaction_strings(text, spans, html)
            ctx["spans"] = len(strings)
            url = f"{base}/api/v2/tickets/{ticket_id}/comments/{comment_id}/redact"
            attempts = 0
            for string in strings:
                attempts += await self._put(url, {"text": string}, ticket_id, comment_id)
        else:
            body = redact_html(text, spans, html)  # validates the spans before any request
            ctx["spans"] = len(_merge_spans(spans, len(text)))
            url = f"{base}/api/v2/comment_redactions/{comment_id}"
            attempts = 0
            if ctx["spans"]:
                payload = {"ticket_id": ticket_id, "html_body": body}
                attempts = await self._put(url, payload, ticket_id, comment_id)
        if not ctx["spans"]:
            log.debug("zendesk.redact.nothing", extra={"ctx": ctx})
            return
        ctx.update(attempts=attempts, ms=round((time.monotonic() - started) * 1000.0, 1))
        log.info("zendesk.redact.done", extra={"ctx": ctx})

    async def _put(self, url: str, payload: dict[str, Any], ticket_id: int, comment_id: int) -> int:
        """PUT with retries; returns the number of attempts it took."""
        max_attempts = self.config.retries + 1
        ids = {"ticket_id": ticket_id, "comment_id": comment_id}
        for attempt in range(1, max_attempts + 1):
            status: int | None = None
            retry_after: float | None = None
            try:
                async with self._get_session().put(
                    url,
                    json=payload,
                    headers=self._headers(),
                    timeout=self._timeout,
                    allow_redirects=False,
                ) as response:
                    status = response.status
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                # the body is never read: on errors it may echo the comment
            except TimeoutError:
                reason, error = "Timeout", "timeout"
            except aiohttp.ClientError as exc:
                reason, error = "Connection error", type(exc).__name__
            else:
                if 200 <= status < 300:
                    return attempt
                reason, error = _phrase(status), "http"
                retryable = status == 429 or status >= 500
                if not retryable:
                    self._fail(status, reason, ids, attempt, None)
            if attempt == max_attempts:
                self._fail(status, reason, ids, attempt, retry_after)
            if retry_after is None:  # 5xx, 429 without the header, timeout, connection error
                delay = self._backoff(attempt)
            elif retry_after <= self.config.max_retry_after:
                delay = retry_after  # what Zendesk asked for (429, sometimes 503)
            else:
                self._fail(status, reason, ids, attempt, retry_after)
            log.warning(
                "zendesk.redact.retry",
                extra={
                    "ctx": {
                        **ids,
                        "status": status,
                        "error": error,
                        "attempt": attempt,
                        "retry_after": round(delay, 3),
                    }
                },
            )
            await self._sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter, so many workers do not retry in lockstep."""
        return self.config.backoff * 2 ** (attempt - 1) * random.uniform(0.5, 1.0)

    def _fail(
        self,
        status: int | None,
        reason: str,
        ids: dict[str, int],
        attempts: int,
        retry_after: float | None,
    ) -> NoReturn:
        """Log the failure (ids and status only) and raise :class:`WriteBackError`."""
        log.error(
            "zendesk.redact.failed",
            extra={"ctx": {**ids, "status": status, "attempts": attempts}},
        )
        raise WriteBackError(
            status, reason, attempts=attempts, retry_after=retry_after, **ids
        ) from None
